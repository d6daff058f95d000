"""Action receipts: a staff action's id stored with its result, so a retry is answered, not repeated."""

from __future__ import annotations
