"""Constants every layer shares."""

from __future__ import annotations

from zoneinfo import ZoneInfo

#: The clinic's time zone: times are stored as UTC and shown in this zone.
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
