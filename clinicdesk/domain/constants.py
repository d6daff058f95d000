"""Constants every layer shares."""

from __future__ import annotations

from zoneinfo import ZoneInfo

#: The clinic's time zone: times are stored as UTC and shown in this zone.
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

#: Below this age a patient needs a guardian (forælder/værge): signed up by them on the
#: portal, and created or imported with one at the clinic. No MitID login of their own.
CHILD_AGE = 15
#: A guardian is at least this old (custody needs majority).
GUARDIAN_AGE = 18
