"""The calendar the portal books into: weekly schedules, appointment types per provider, exceptions, closed days."""

from __future__ import annotations
