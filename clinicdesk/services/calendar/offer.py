"""What the portal may offer and book: generated free slots of the type, within its notice and horizon.

:func:`booking_refusal` is the one check of a chosen slot (the portal's intake calls it):
the type is one the provider offers, the slot is of that type (a slot without a type, from
before schedules, takes any), it lies within the type's notice and horizon (else the
clinic's), not on a public holiday, a closed day, the provider's day off or in a holiday
period that closes booking, and inside the provider's weekly schedule (a provider without
a schedule yet: inside their old opening hours). :func:`offered_slots` lists the free
slots that pass it, for the patient to pick from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import SlotStatus
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import AppointmentType, Clinic, HolidayPeriod, OpeningHours, Provider, Slot
from clinicdesk.services.calendar import store
from clinicdesk.services.calendar.rules import covered, day_closed, limit_refusal, limits_for
from clinicdesk.services.workdays import holiday_name, local_date


def type_refusal(s: Session, provider: Provider, atype: AppointmentType | None, clinic_id: int) -> PortalRefusal | None:
    if atype is None or atype.clinic_id != clinic_id or not atype.bookable_online or not atype.active:
        return PortalRefusal("appointment_type_unknown")
    if not store.provider_offers(s, provider.id, atype.id):
        return PortalRefusal("appointment_type_unknown",
                             f"{provider.portal_label} tilbyder ikke »{atype.patient_name}«. Vælg en anden årsag "
                             "eller en anden behandler.")
    return None


def _in_old_hours(s: Session, provider: Provider, start: datetime, end: datetime) -> bool:
    ls, le = start.astimezone(COPENHAGEN), end.astimezone(COPENHAGEN)
    if ls.date() != le.date():
        return False
    return any(oh.opens <= ls.time() and le.time() <= oh.closes for oh in s.scalars(
        select(OpeningHours).where(OpeningHours.provider_id == provider.id, OpeningHours.weekday == ls.weekday())))


def booking_refusal(s: Session, clinic: Clinic, provider: Provider, atype: AppointmentType, slot: Slot,
                    now: datetime) -> PortalRefusal | None:
    """Why this slot may not be booked for this type now (None: it may). Does not look at FREE/BOOKED."""
    if slot.appointment_type_id is not None and slot.appointment_type_id != atype.id:
        booked_as = s.get(AppointmentType, slot.appointment_type_id)
        what = f"»{booked_as.patient_name}«" if booked_as is not None else "en anden slags aftale"
        return PortalRefusal("slot_unknown", f"Tiden er til {what}. Vælg en tid til »{atype.patient_name}«.")
    refusal = limit_refusal(limits_for(clinic, atype), slot.starts_at, now)
    if refusal is not None:
        return refusal
    name = holiday_name(slot.starts_at)
    if name:
        return PortalRefusal("slot_holiday", f"Klinikken har lukket {name.lower()}. Vælg en anden dag.")
    closed = s.scalars(select(HolidayPeriod).where(
        HolidayPeriod.clinic_id == clinic.id, HolidayPeriod.close_booking.is_(True),
        HolidayPeriod.starts_at < slot.ends_at, HolidayPeriod.ends_at > slot.starts_at)).first()
    if closed is not None:
        return PortalRefusal("slot_holiday", "Klinikken holder ferie på det tidspunkt. Vælg en tid efter ferien.")
    day = local_date(slot.starts_at)
    reason = day_closed(day, closed_days=store.closed_days(s, clinic.id, day, day),
                        days_off=store.days_off(s, provider.id, day, day))
    if reason is not None:
        return PortalRefusal("slot_holiday", f"{provider.portal_label} har ikke tider den dag ({reason}). "
                                             "Vælg en anden dag.")
    blocks = store.blocks_of(s, provider.id)
    inside = covered(blocks, slot.starts_at, slot.ends_at, atype.id) if blocks else _in_old_hours(
        s, provider, slot.starts_at, slot.ends_at)
    if not inside:
        return PortalRefusal("slot_outside_hours")
    return None


def offered_slots(s: Session, clinic: Clinic, provider: Provider, atype: AppointmentType, now: datetime, *,
                  limit: int = 200) -> list[Slot]:
    """The free slots a patient may book for this type with this provider now, earliest first."""
    if type_refusal(s, provider, atype, clinic.id) is not None:
        return []
    limits = limits_for(clinic, atype)
    candidates = s.scalars(select(Slot).where(
        Slot.provider_id == provider.id, Slot.status == SlotStatus.FREE,
        or_(Slot.appointment_type_id == atype.id, Slot.appointment_type_id.is_(None)),
        Slot.starts_at >= limits.earliest(now), Slot.starts_at < limits.latest(now),
    ).order_by(Slot.starts_at).limit(limit * 2)).all()
    out = [sl for sl in candidates if booking_refusal(s, clinic, provider, atype, sl, now) is None]
    return out[:limit]
