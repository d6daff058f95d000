"""The clinical safety net: urgent flags, answers that must be read, contact problems."""

from __future__ import annotations
