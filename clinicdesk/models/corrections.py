"""Corrections that keep the old words: append-only renewal decisions."""

from __future__ import annotations
