"""The calendar's rules as plain functions (no database): the one home of when a slot may exist and be booked.

* :func:`day_closed` – why a day has no slots: a Danish public holiday (``services.workdays``),
  a closed day of the clinic's own, a provider's day off, or a holiday period that closes booking.
* :func:`cut_block` – the slots of one schedule block on one day: back to back, each the
  type's duration, the last one ending no later than the block (local times, Europe/Copenhagen).
* :func:`check_week` – a weekly schedule a provider may have: weekdays 0-6, each block starting
  before it ends and at least one slot long, no two blocks of a day overlapping.
* :func:`booking_window` – the type's notice and horizon (else the clinic's): the first and
  last moment a patient may book now; :func:`limit_refusal` says what is wrong with a start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.services import workdays
from clinicdesk.domain.messages import say
from clinicdesk.domain.wording import WEEKDAYS_DA

MAX_HORIZON_DAYS = 365
MAX_NOTICE_HOURS = 24 * 60

#: days many clinics close although they are no public holidays: (month, day, name)
USUAL_CLOSED_DAYS = ((6, 5, say("Grundlovsdag")), (12, 24, say("Juleaftensdag")), (12, 31, say("Nytårsaftensdag")))


@dataclass(frozen=True, order=True)
class Block:
    """One span of a provider's week for one appointment type (local times)."""

    weekday: int  # 0 = Monday
    starts: time
    ends: time
    appointment_type_id: int


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


def to_utc(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=COPENHAGEN).astimezone(timezone.utc)


def usual_closed_days(year: int) -> list[tuple[date, str]]:
    """Grundlovsdag, juleaftensdag and nytårsaftensdag of ``year`` (not public holidays; many clinics close)."""
    return [(date(year, m, d), name) for m, d, name in USUAL_CLOSED_DAYS]


def day_closed(day: date, *, closed_days: dict[date, str], days_off: dict[date, str],
               holiday_spans: Iterable[tuple[date, date]] = ()) -> str | None:
    """A Danish reason why ``day`` has no slots, or None when it is open.

    ``closed_days``: the clinic's own closed days; ``days_off``: the provider's days off;
    ``holiday_spans``: (first day, day after the last) of holiday periods that close booking."""
    name = workdays.holiday_name(day)
    if name:
        return name
    if day in closed_days:
        return closed_days[day] or say("Klinikken har lukket")
    if day in days_off:
        return days_off[day] or say("Fridag")
    for first, after in holiday_spans:
        if first <= day < after:
            return say("Ferie")
    return None


def cut_block(day: date, block: Block, minutes: int) -> list[tuple[datetime, datetime]]:
    """The (start, end) UTC times of the block's slots on ``day``."""
    step = timedelta(minutes=minutes)
    t = datetime.combine(day, block.starts)
    end = datetime.combine(day, block.ends)
    out = []
    while t + step <= end:  # a block ends before midnight, so every slot is on ``day``
        out.append((to_utc(day, t.time()), to_utc(day, (t + step).time())))
        t += step
    return out


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, code="invalid_schedule", field="schedule")


def check_week(blocks: Iterable[Block], durations: dict[int, int]) -> tuple[Block, ...]:
    """The week sorted, or a Danish refusal naming the day that is wrong.

    ``durations``: minutes per appointment type the provider may use in the schedule."""
    week = tuple(sorted(blocks))
    for b in week:
        if not 0 <= b.weekday <= 6:
            raise _refuse(say("En ugedag skal være mandag til søndag."))
        day = WEEKDAYS_DA[b.weekday]
        if b.appointment_type_id not in durations:
            raise _refuse(say("Vælg en aftaletype, som behandleren tilbyder, for tiden om {day}en kl. {time}.").format(
                day=day, time=_hm(b.starts)))
        if b.starts >= b.ends:
            raise _refuse(say("Om {day}en skal tiden begynde, før den slutter ({starts}–{ends}).").format(
                day=day, starts=_hm(b.starts), ends=_hm(b.ends)))
        minutes = (datetime.combine(date.min, b.ends) - datetime.combine(date.min, b.starts)).seconds // 60
        if minutes < durations[b.appointment_type_id]:
            raise _refuse(say("Tiden om {day}en {starts}–{ends} er kortere end én aftale "
                              "({minutes} minutter). Gør den længere.").format(
                day=day, starts=_hm(b.starts), ends=_hm(b.ends), minutes=durations[b.appointment_type_id]))
    for d in range(7):
        of_day = [b for b in week if b.weekday == d]
        for a, b in zip(of_day, of_day[1:]):
            if b.starts < a.ends:
                raise _refuse(say("Tiderne om {day}en overlapper hinanden ({a_starts}–{a_ends} og "
                                  "{b_starts}–{b_ends}). Ret den ene.").format(
                    day=WEEKDAYS_DA[d], a_starts=_hm(a.starts), a_ends=_hm(a.ends), b_starts=_hm(b.starts),
                    b_ends=_hm(b.ends)))
    return week


def covered(blocks: Iterable[Block], start: datetime, end: datetime, appointment_type_id: int | None = None) -> bool:
    """Whether ``start``–``end`` lies inside one block of its weekday (of that type, when given)."""
    ls, le = start.astimezone(COPENHAGEN), end.astimezone(COPENHAGEN)
    if ls.date() != le.date() and le.time() != time(0):
        return False
    for b in blocks:
        if b.weekday != ls.weekday():
            continue
        if appointment_type_id is not None and b.appointment_type_id != appointment_type_id:
            continue
        if b.starts <= ls.time() and (le.time() <= b.ends) and le.date() == ls.date():
            return True
    return False


# -- notice and horizon ------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    """The type's notice and horizon, or the clinic's where the type has none."""

    notice_hours: int | None  # the type's notice in hours; None: the clinic's in days
    notice_days: int
    horizon_days: int

    def earliest(self, now: datetime) -> datetime:
        """The first start a patient may book now."""
        if self.notice_hours is not None:
            return now + timedelta(hours=self.notice_hours)
        first_day = workdays.local_date(now) + timedelta(days=self.notice_days)
        return max(now, to_utc(first_day, time(0)))

    def latest(self, now: datetime) -> datetime:
        """The first moment past the horizon (the end of its last day)."""
        last_day = workdays.local_date(now) + timedelta(days=self.horizon_days)
        return to_utc(last_day + timedelta(days=1), time(0))


def limits_for(clinic, atype) -> Limits:
    """``clinic`` and ``atype`` may be ORM rows or anything with the same attributes."""
    hours = getattr(atype, "min_notice_hours", None) if atype is not None else None
    horizon = getattr(atype, "max_horizon_days", None) if atype is not None else None
    return Limits(hours, clinic.booking_min_notice_days,
                  horizon if horizon is not None else clinic.booking_max_horizon_days)


def limit_refusal(limits: Limits, start: datetime, now: datetime) -> PortalRefusal | None:
    """The refusal for a start too soon or too far ahead, or None."""
    if start <= now or start < limits.earliest(now):
        if limits.notice_hours is not None:
            n, unit = limits.notice_hours, ("time" if limits.notice_hours == 1 else "timer")
        else:
            n, unit = limits.notice_days, ("dag" if limits.notice_days == 1 else "dage")
        return PortalRefusal(
            "slot_notice",
            f"Tiden ligger for tæt på. Klinikken tager imod bestillinger mindst {n} {unit} før tiden. "
            "Vælg en senere tid, eller ring til klinikken.")
    if start >= limits.latest(now):
        return PortalRefusal(
            "slot_horizon",
            f"Tiden ligger for langt ude i fremtiden. Du kan bestille højst {limits.horizon_days} dage frem. "
            "Vælg en tidligere tid.")
    return None
