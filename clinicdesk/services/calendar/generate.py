"""Slots made from the weekly schedules, and the conflicts a schedule change leaves.

:func:`regenerate` (inside a transaction) makes a provider's future slots match their
schedule over a span of local days, and is idempotent: run twice, the second run
changes nothing. It never touches a booked slot (an appointment or a booking waiting
in the inbox holds it) and never makes a slot on a public holiday, a closed day of the
clinic, the provider's day off or in a holiday period that closes booking; a slot that
would overlap a booked time is left out. A free slot the schedule no longer has is
deleted (or, when an old booking or appointment still points at it, withdrawn:
``BLOCKED``, never offered). A provider without any schedule is left as it is unless
asked for by name (``force``): their slots may come from before schedules existed.

:func:`find_conflicts` lists the booked times (appointments, and slots held by a
booking waiting in the inbox) that the schedule no longer covers or that lie on a
closed day: they are kept, and staff decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select, union
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import AppointmentStatus, BookingOutcome, SlotStatus
from clinicdesk.models import Appointment, AppointmentType, BookingRequest, Clinic, Provider, Slot
from clinicdesk.services.calendar import store
from clinicdesk.services.calendar.rules import Block, covered, cut_block, day_closed, to_utc
from clinicdesk.services.workdays import local_date
from clinicdesk.domain.messages import say


@dataclass(frozen=True)
class Conflict:
    """A booked time the schedule no longer covers (kept; staff decide)."""

    provider_id: int
    provider_name: str
    starts_at: datetime
    ends_at: datetime
    what: str  # "appointment" | "pending_booking" | "booked_slot"
    type_name: str
    reason: str  # Danish: why it conflicts
    appointment_id: int | None = None
    slot_id: int | None = None

    def line_da(self) -> str:
        ls = self.starts_at.astimezone(COPENHAGEN)
        what = {"appointment": say("Aftale"), "pending_booking": say("Bestilling venter i indbakken")}.get(
            self.what, say("Optaget tid"))
        type_part = say(" ({type})").format(type=self.type_name) if self.type_name else ""
        return say("{date} kl. {time} hos {provider}: {what}{type_part} – {reason}. "
                   "Tiden er bevaret; flyt eller aflys den, hvis den ikke kan holdes.").format(
            date=f"{ls:%d.%m.%Y}", time=f"{ls:%H.%M}", provider=self.provider_name, what=what, type_part=type_part,
            reason=self.reason)


@dataclass(frozen=True)
class Regenerated:
    created: int = 0
    changed: int = 0
    removed: int = 0  # deleted or withdrawn


def horizon_days(clinic: Clinic, types: dict[int, AppointmentType]) -> int:
    """How many days ahead slots are made: the clinic's horizon, or a type's own when longer."""
    own = [t.max_horizon_days for t in types.values() if t.max_horizon_days is not None and t.active]
    return max([clinic.booking_max_horizon_days, *own])


def _occupied(s: Session, provider_id: int, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    appts = s.execute(select(Appointment.starts_at, Appointment.ends_at).where(
        Appointment.provider_id == provider_id, Appointment.status == AppointmentStatus.BOOKED,
        Appointment.starts_at < end, Appointment.ends_at > start)).all()
    booked = s.execute(select(Slot.starts_at, Slot.ends_at).where(
        Slot.provider_id == provider_id, Slot.status == SlotStatus.BOOKED,
        Slot.starts_at < end, Slot.ends_at > start)).all()
    return [(a, b) for a, b in (*appts, *booked)]


def _referenced(s: Session, slot_ids: list[int]) -> set[int]:
    if not slot_ids:
        return set()
    q = union(select(Appointment.slot_id).where(Appointment.slot_id.in_(slot_ids)),
              select(BookingRequest.slot_id).where(BookingRequest.slot_id.in_(slot_ids)),
              select(BookingRequest.offered_slot_id).where(BookingRequest.offered_slot_id.in_(slot_ids)))
    return {r for (r,) in s.execute(q) if r is not None}


def desired_slots(blocks: tuple[Block, ...], durations: dict[int, int], first: date, last: date,
                  closed) -> dict[datetime, tuple[datetime, int]]:
    """start → (end, type id) of every slot the schedule makes on the open days from ``first`` to ``last``.

    ``closed(day)`` gives the reason a day is closed (None: open)."""
    out: dict[datetime, tuple[datetime, int]] = {}
    day = first
    while day <= last:
        if closed(day) is None:
            for b in blocks:
                if b.weekday == day.weekday() and b.appointment_type_id in durations:
                    for start, end in cut_block(day, b, durations[b.appointment_type_id]):
                        out[start] = (end, b.appointment_type_id)
        day += timedelta(days=1)
    return out


def regenerate(s: Session, clinic: Clinic, provider: Provider, first: date, last: date, now: datetime, *,
               force: bool = False) -> Regenerated | None:
    """Make the provider's slots after ``now`` on ``first``…``last`` match the schedule (None: no schedule)."""
    blocks = store.blocks_of(s, provider.id)
    if not blocks and not force:
        return None
    types = store.types_of_clinic(s, clinic.id)
    durations = {t.id: t.duration_minutes for t in types.values() if t.active}
    closed_days = store.closed_days(s, clinic.id, first, last)
    days_off = store.days_off(s, provider.id, first, last)
    spans = store.holiday_spans(s, clinic.id)
    want = {start: v for start, v in desired_slots(
        blocks, durations, first, last,
        lambda d: day_closed(d, closed_days=closed_days, days_off=days_off, holiday_spans=spans)).items()
        if start > now}
    window_start = max(now, to_utc(first, time(0)))
    window_end = to_utc(last + timedelta(days=1), time(0))
    existing = s.scalars(select(Slot).where(Slot.provider_id == provider.id, Slot.starts_at > window_start,
                                            Slot.starts_at < window_end)).all()
    created = changed = removed = 0
    gone: list[Slot] = []
    for slot in existing:
        wanted = want.pop(slot.starts_at, None)
        if slot.status == SlotStatus.BOOKED:
            continue  # held by an appointment or a waiting booking: never touched
        if wanted is None:
            gone.append(slot)
            continue
        end, type_id = wanted
        if (slot.ends_at, slot.appointment_type_id, slot.status) != (end, type_id, SlotStatus.FREE):
            slot.ends_at, slot.appointment_type_id, slot.status = end, type_id, SlotStatus.FREE
            changed += 1
    keep = _referenced(s, [g.id for g in gone])
    for slot in gone:
        if slot.id in keep:
            if slot.status != SlotStatus.BLOCKED:
                slot.status = SlotStatus.BLOCKED
                removed += 1
        else:
            removed += 1
    drop = [g.id for g in gone if g.id not in keep]
    if drop:
        s.execute(delete(Slot).where(Slot.id.in_(drop)).execution_options(synchronize_session=False))
    busy = _occupied(s, provider.id, window_start, window_end)
    for start, (end, type_id) in sorted(want.items()):
        if any(a < end and b > start for a, b in busy):
            continue
        s.add(Slot(provider_id=provider.id, starts_at=start, ends_at=end, status=SlotStatus.FREE,
                   appointment_type_id=type_id))
        created += 1
    s.flush()
    return Regenerated(created, changed, removed)


def find_conflicts(s: Session, clinic_id: int, now: datetime, *, provider_id: int | None = None,
                   force: bool = False) -> list[Conflict]:
    """Booked times after ``now`` that the schedule does not cover or that lie on a closed day."""
    out: list[Conflict] = []
    types = store.types_of_clinic(s, clinic_id)
    closed_days = store.closed_days(s, clinic_id, local_date(now))
    spans = store.holiday_spans(s, clinic_id)
    for provider in store.providers_of(s, clinic_id, provider_id):
        blocks = store.blocks_of(s, provider.id)
        if not blocks and not force:
            continue  # no schedule: nothing to compare with
        days_off = store.days_off(s, provider.id, local_date(now))
        appts = s.scalars(select(Appointment).where(
            Appointment.provider_id == provider.id, Appointment.status == AppointmentStatus.BOOKED,
            Appointment.starts_at > now).order_by(Appointment.starts_at)).all()
        held = {a.slot_id for a in appts if a.slot_id is not None}
        pending = dict(s.execute(select(BookingRequest.slot_id, BookingRequest.appointment_type_id).where(
            BookingRequest.provider_id == provider.id, BookingRequest.outcome == BookingOutcome.PENDING,
            BookingRequest.slot_id.is_not(None))).all())
        slots = s.scalars(select(Slot).where(Slot.provider_id == provider.id, Slot.status == SlotStatus.BOOKED,
                                             Slot.starts_at > now).order_by(Slot.starts_at)).all()
        things = [(a.starts_at, a.ends_at, "appointment", a.appointment_type_id, a.id, a.slot_id) for a in appts]
        things += [(sl.starts_at, sl.ends_at, "pending_booking" if sl.id in pending else "booked_slot",
                    pending.get(sl.id) or sl.appointment_type_id, None, sl.id)
                   for sl in slots if sl.id not in held]
        for start, end, what, type_id, appt_id, slot_id in sorted(things, key=lambda t: t[0]):
            day = local_date(start)
            reason = day_closed(day, closed_days=closed_days, days_off=days_off, holiday_spans=spans)
            if reason is not None:
                reason = say("dagen er lukket ({reason})").format(reason=reason)
            elif not covered(blocks, start, end):
                reason = say("uden for behandlerens ugeskema")
            else:
                continue
            t = types.get(type_id)
            out.append(Conflict(provider.id, provider.portal_label, start, end, what,
                                t.patient_name if t else "", reason, appt_id, slot_id))
    return out
