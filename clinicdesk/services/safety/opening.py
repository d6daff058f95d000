"""When the clinic is open, as moments: the clock the escalation of urgent items runs on.

The clinic's week is its opening hours (``clinic_opening_hours``, the rules in
``services/opening_hours.py``; a clinic without any stored hours counts with the default week,
weekdays 08-16). A day is closed on a Danish public holiday (``services/workdays.py``) and on the
clinic's own closed days (``services/calendar/store.closed_days``). Times are local
(Europe/Copenhagen) and returned as UTC.

``OpenClock.add_open_minutes(start, n)``: the moment ``n`` minutes of opening time after ``start``
(minutes while closed do not count). ``day_bounds(day)``: the first opening and the last closing of
a local day, or None when the clinic is closed that day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services.calendar import store as calendar_store
from clinicdesk.services.opening_hours import DEFAULT_WEEK, Span
from clinicdesk.services.workdays import is_public_holiday, local_date

HORIZON_DAYS = 60  # looking further for an opening means the clinic has no opening hours at all


@dataclass(frozen=True)
class OpenClock:
    week: tuple[Span, ...]
    closed_days: frozenset[date] = field(default_factory=frozenset)

    def spans_on(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's opening spans as UTC moments (empty on a holiday or closed day)."""
        if day in self.closed_days or is_public_holiday(day):
            return []
        out = []
        for span in self.week:
            if span.weekday == day.weekday():
                opens = datetime.combine(day, span.opens, tzinfo=COPENHAGEN).astimezone(timezone.utc)
                closes = datetime.combine(day, span.closes, tzinfo=COPENHAGEN).astimezone(timezone.utc)
                out.append((opens, closes))
        return sorted(out)

    def day_bounds(self, day: date) -> tuple[datetime, datetime] | None:
        spans = self.spans_on(day)
        return (spans[0][0], spans[-1][1]) if spans else None

    def is_open(self, at: datetime) -> bool:
        return any(a <= at < b for a, b in self.spans_on(local_date(at)))

    def add_open_minutes(self, start: datetime, minutes: int) -> datetime | None:
        """The moment ``minutes`` of opening time after ``start``; None if there is no opening ahead."""
        left = timedelta(minutes=minutes)
        day = local_date(start)
        for _ in range(HORIZON_DAYS):
            for opens, closes in self.spans_on(day):
                begin = max(opens, start)
                if begin >= closes:
                    continue
                if begin + left <= closes:
                    return begin + left
                left -= closes - begin
            day += timedelta(days=1)
        return None

    def current_or_next_opening(self, at: datetime) -> datetime | None:
        """The start of the opening day ``at`` falls in (when open now) or of the next one."""
        day = local_date(at)
        for _ in range(HORIZON_DAYS):
            bounds = self.day_bounds(day)
            if bounds is not None and at < bounds[1]:
                return bounds[0]
            day += timedelta(days=1)
        return None

    def previous_closing(self, before: datetime) -> datetime | None:
        """The last closing of a day before the local day of ``before``."""
        day = local_date(before) - timedelta(days=1)
        for _ in range(HORIZON_DAYS):
            bounds = self.day_bounds(day)
            if bounds is not None:
                return bounds[1]
            day -= timedelta(days=1)
        return None


def clock_for(s: Session, clinic_id: int, around: datetime) -> OpenClock:
    """The clinic's clock, with its closed days from a little before to well after ``around``."""
    rows = s.scalars(select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == clinic_id)).all()
    week = tuple(sorted(Span(r.weekday, r.opens, r.closes) for r in rows)) or DEFAULT_WEEK
    day = local_date(around)
    closed = calendar_store.closed_days(s, clinic_id, day - timedelta(days=HORIZON_DAYS),
                                        day + timedelta(days=HORIZON_DAYS))
    return OpenClock(week, frozenset(closed))
