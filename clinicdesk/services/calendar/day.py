"""Generating slots for the clinic, the conflicts list, and a provider's day as the day view shows it.

``generate_slots(db, actor, days=None)`` makes every scheduled provider's slots from today
over the booking horizon (or ``days``), audited with its counts; ``list_conflicts`` lists the
booked times the schedules no longer cover; ``provider_day(db, actor, provider_id, day)``
returns the day's slots, bookings waiting in the inbox and appointments, in time order
(showing it is audited: it names patients).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from clinicdesk.domain.enums import AppointmentStatus, BookingOutcome, SlotStatus
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.models import Appointment, BookingRequest, Clinic, InboxItem, Patient, Provider, Slot
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.calendar import store
from clinicdesk.services.calendar.admin import EDIT_PERM
from clinicdesk.services.calendar.generate import Conflict, find_conflicts, horizon_days, regenerate
from clinicdesk.services.calendar.rules import day_closed
from clinicdesk.services.permissions import Perm
from clinicdesk.services.workdays import local_date
from clinicdesk.domain.messages import say

MAX_GENERATE_DAYS = 400


@dataclass(frozen=True)
class Generated:
    first_day: date
    last_day: date
    providers: int  # providers with a schedule
    unscheduled: tuple[str, ...]  # providers without one (left as they are)
    created: int
    changed: int
    removed: int
    conflicts: tuple[Conflict, ...]


def generate_slots(db, actor, *, days: int | None = None, now: datetime | None = None) -> Generated:
    """Slots for every provider with a schedule, from today for ``days`` days (default: the booking horizon)."""
    auth.require(db, actor, EDIT_PERM)
    if days is not None and not 1 <= days <= MAX_GENERATE_DAYS:
        raise ValidationError(say("Antal dage skal være mellem 1 og {n}.").format(n=MAX_GENERATE_DAYS), code="invalid_days")
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    with db.write_session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        first = local_date(now)
        last = first + timedelta(days=days if days is not None else horizon_days(clinic, store.types_of_clinic(
            s, clinic.id)))
        created = changed = removed = n = 0
        unscheduled = []
        for p in store.providers_of(s, clinic.id):
            done = regenerate(s, clinic, p, first, last, now)
            if done is None:
                if p.active:
                    unscheduled.append(p.portal_label)
                continue
            n += 1
            created, changed, removed = created + done.created, changed + done.changed, removed + done.removed
        conflicts = tuple(find_conflicts(s, clinic.id, now))
        audit.record(s, Action.GENERATE_SLOTS, staff_id=actor.staff_id, clinic_id=clinic.id,
                     detail=f"{first.isoformat()}..{last.isoformat()} providers={n} +{created} ~{changed} "
                            f"-{removed} conflicts={len(conflicts)}")
        return Generated(first, last, n, tuple(unscheduled), created, changed, removed, conflicts)


def list_conflicts(db, actor, *, now: datetime | None = None) -> tuple[Conflict, ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    with db.session() as s:
        return tuple(find_conflicts(s, actor.clinic_id, now))


# -- the day view ------------------------------------------------------------------------
@dataclass(frozen=True)
class DayRow:
    starts_at: datetime
    ends_at: datetime
    what: str  # "free" | "withdrawn" | "pending_booking" | "appointment" | "booked_slot"
    type_name: str
    patient: str  # the patient's name (bookings and appointments), else ""
    status: AppointmentStatus | None = None
    slot_id: int | None = None
    appointment_id: int | None = None
    item_id: int | None = None


@dataclass(frozen=True)
class ProviderDayView:
    provider_id: int
    provider_name: str
    day: date
    closed: str | None  # why no slots are made that day (holiday, closed day, day off), else None
    rows: tuple[DayRow, ...]

    def count(self, what: str) -> int:
        return sum(1 for r in self.rows if r.what == what)


def provider_day(db, actor, provider_id: int, day: date) -> ProviderDayView:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    start, end = store.day_bounds(day)
    with db.write_session() as s:
        provider = s.get(Provider, provider_id)
        if provider is None or provider.clinic_id != actor.clinic_id:
            raise NotFound(say("Behandleren findes ikke (længere) i klinikken. Opdatér visningen."))
        types = store.types_of_clinic(s, actor.clinic_id)

        def tname(type_id):
            t = types.get(type_id)
            return t.patient_name if t else ""

        rows: list[DayRow] = []
        appts = s.execute(
            select(Appointment, Patient.first_name, Patient.last_name)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(Appointment.provider_id == provider.id, Appointment.starts_at < end, Appointment.ends_at > start)
            .order_by(Appointment.starts_at)).all()
        live = set()
        for a, fn, ln in appts:
            if a.slot_id is not None and a.status == AppointmentStatus.BOOKED:
                live.add(a.slot_id)
            rows.append(DayRow(a.starts_at, a.ends_at, "appointment", tname(a.appointment_type_id), f"{fn} {ln}",
                               a.status, a.slot_id, a.id))
        pending = {req.slot_id: (req, fn, ln) for req, fn, ln in s.execute(
            select(BookingRequest, Patient.first_name, Patient.last_name)
            .join(InboxItem, InboxItem.id == BookingRequest.item_id)
            .join(Patient, Patient.id == InboxItem.patient_id)
            .where(BookingRequest.provider_id == provider.id, BookingRequest.outcome == BookingOutcome.PENDING,
                   BookingRequest.starts_at >= start, BookingRequest.starts_at < end)).all()}
        for sl in s.scalars(select(Slot).where(Slot.provider_id == provider.id, Slot.starts_at < end,
                                               Slot.ends_at > start).order_by(Slot.starts_at)):
            if sl.id in live:
                continue
            if sl.status == SlotStatus.FREE:
                rows.append(DayRow(sl.starts_at, sl.ends_at, "free", tname(sl.appointment_type_id), "", None, sl.id))
            elif sl.status == SlotStatus.BLOCKED:
                rows.append(DayRow(sl.starts_at, sl.ends_at, "withdrawn", tname(sl.appointment_type_id), "", None,
                                   sl.id))
            elif sl.id in pending:
                req, fn, ln = pending[sl.id]
                rows.append(DayRow(sl.starts_at, sl.ends_at, "pending_booking",
                                   tname(req.appointment_type_id or sl.appointment_type_id), f"{fn} {ln}", None, sl.id,
                                   None, req.item_id))
            else:
                rows.append(DayRow(sl.starts_at, sl.ends_at, "booked_slot", tname(sl.appointment_type_id), "", None,
                                   sl.id))
        rows.sort(key=lambda r: (r.starts_at, r.what))
        closed = day_closed(day, closed_days=store.closed_days(s, actor.clinic_id, day, day),
                            days_off=store.days_off(s, provider.id, day, day),
                            holiday_spans=store.holiday_spans(s, actor.clinic_id))
        audit.record(s, Action.VIEW_CALENDAR, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"provider={provider.id} day={day.isoformat()}")
        return ProviderDayView(provider.id, provider.portal_label, day, closed, tuple(rows))
