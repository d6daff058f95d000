"""Danish working days, for due dates ("answer within N working days").

Holidays come from the maintained ``holidays`` package (``holidays.Denmark``,
public holidays only; no hand-kept list), so changes such as the abolition of
Store Bededag from 2024 are followed by updating the package. A working day is
Monday-Friday and not a Danish public holiday. Christmas Eve, New Year's Eve,
Constitution Day (5 June) and 1 May are NOT public holidays and count as
working days (many clinics are open, and the law does not close them).

Counting rules (the clinic's promise "answered within N working days"):

* A request counts as received on the clinic-local (Europe/Copenhagen) date of
  its UTC receipt time.
* A request received on a weekend or public holiday counts as received at the
  start of the next working day.
* A request received at or after ``DAY_CUTOFF`` (16:00 local time, when a
  typical practice closes its phones and the daily inbox round is over) counts
  as received on the next working day. Before the cutoff it counts from that day.
* The due date is then N working days after the (effective) receipt day:
  received Monday morning with N=2 → due Wednesday; received Friday 17:00 or
  Saturday with N=2 → counted from Monday → due Wednesday. N=0 means "today"
  (the effective receipt day).
"""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from clinicdesk.domain.constants import COPENHAGEN

__all__ = [
    "COPENHAGEN",
    "DAY_CUTOFF",
    "is_public_holiday",
    "holiday_name",
    "is_working_day",
    "next_working_day",
    "effective_receipt_day",
    "add_working_days",
    "working_days_between",
    "due_date_for",
    "local_date",
]

DAY_CUTOFF = time(16, 0)

_lock = threading.Lock()


@lru_cache(maxsize=256)
def _holidays_for_year(year: int) -> dict[date, str]:
    """Danish public holidays of one year, with Danish names (cached per year)."""
    import holidays  # (on first use: the package loads every country's calendar, ~0.15 s)

    with _lock:  # the holidays package is not documented as thread-safe
        cal = holidays.Denmark(years=year, language="da")
        return dict(cal.items())


def _to_date(d: date | datetime) -> date:
    if isinstance(d, datetime):
        if d.tzinfo is None:
            raise ValueError("naive datetime: give a tz-aware datetime (UTC) or a date")
        return d.astimezone(COPENHAGEN).date()
    return d


def local_date(at: datetime) -> date:
    """The Europe/Copenhagen calendar date of a tz-aware moment."""
    return _to_date(at)


def is_public_holiday(d: date | datetime) -> bool:
    d = _to_date(d)
    return d in _holidays_for_year(d.year)


def holiday_name(d: date | datetime) -> str | None:
    """The Danish name of the public holiday on that date (e.g. "Kristi himmelfartsdag"), or None."""
    d = _to_date(d)
    return _holidays_for_year(d.year).get(d)


def is_working_day(d: date | datetime) -> bool:
    d = _to_date(d)
    return d.weekday() < 5 and d not in _holidays_for_year(d.year)


def next_working_day(d: date | datetime, *, include_same: bool = True) -> date:
    """The first working day on or after ``d`` (strictly after when include_same=False)."""
    d = _to_date(d)
    if not include_same:
        d += timedelta(days=1)
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def add_working_days(start: date | datetime, n: int) -> date:
    """The date ``n`` working days after ``start``.

    A ``start`` that is not a working day counts as the next working day, so a
    request from Saturday with n=2 is due on Wednesday, as one from Monday. A
    tz-aware datetime is taken by its Copenhagen date (no cutoff; see
    :func:`due_date_for` for receipt times).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    d = next_working_day(start)
    for _ in range(n):
        d = next_working_day(d, include_same=False)
    return d


def working_days_between(a: date | datetime, b: date | datetime) -> int:
    """Working days ``d`` with ``a < d <= b`` (negative, mirrored, when ``b < a``).

    For a working day ``a``: ``working_days_between(a, add_working_days(a, n)) == n``.
    Use it for "answered after 3 working days" or "overdue by 2 working days".
    """
    a, b = _to_date(a), _to_date(b)
    if b < a:
        return -working_days_between(b, a)
    # whole weeks fast, then the rest day by day; holidays subtracted per year
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    d = a + timedelta(days=weeks * 7)
    for _ in range(rest):
        d += timedelta(days=1)
        if d.weekday() < 5:
            count += 1
    for year in range(a.year, b.year + 1):
        for h in _holidays_for_year(year):
            if a < h <= b and h.weekday() < 5:
                count -= 1
    return count


def effective_receipt_day(received_at: datetime, *, cutoff: time | None = DAY_CUTOFF) -> date:
    """The working day a request counts as received on (see the module notes)."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be tz-aware (UTC)")
    local = received_at.astimezone(COPENHAGEN)
    d = local.date()
    if is_working_day(d) and cutoff is not None and local.time() >= cutoff:
        return next_working_day(d, include_same=False)
    return next_working_day(d)


def due_date_for(received_at_utc: datetime, n: int, *, cutoff: time | None = DAY_CUTOFF) -> date:
    """Due date (Copenhagen calendar date) for something received at a UTC moment.

    The UTC time is converted to Europe/Copenhagen first (so 23:30 UTC on a
    Friday in summer is already Saturday in Denmark), then the counting rules of
    this module apply. ``cutoff=None`` turns the late-in-the-day rule off.
    """
    return add_working_days(effective_receipt_day(received_at_utc, cutoff=cutoff), n)
