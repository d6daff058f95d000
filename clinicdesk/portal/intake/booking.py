"""Bookings from the portal: the slots a patient may pick, booking one, and cancelling their own appointment.

The patient picks a provider, an appointment type (the reason) and one of the free
slots :func:`available_slots` offers: generated slots of that type within the type's
notice and horizon (else the clinic's). :func:`request_booking` checks the chosen slot
again with the calendar's one rule (``services.calendar.offer.booking_refusal``: the
type offered by the provider, the slot of that type, notice and horizon, no public
holiday, closed day, day off or holiday period, inside the weekly schedule), and a
comment when the provider or the type requires one. The slot flips FREE → BOOKED with a
guarded update (``services.slots``), so of two patients racing for it exactly one wins.
A cancellation must come at least the clinic's cancellation limit before the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from clinicdesk.domain.enums import (
    AppointmentStatus,
    BookingOutcome,
    Function,
    ItemKind,
    RightMode,
    SlotStatus,
)
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain import portal_texts
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    BookingRequest,
    Clinic,
    Provider,
    Slot,
)
from clinicdesk.portal.intake.common import (
    IntakeResult,
    check_comment,
    finish,
    new_item,
    portal_user,
    require_open,
    require_provider,
    utc_now,
)
from clinicdesk.services import notifications
from clinicdesk.services.calendar.offer import booking_refusal, offered_slots, type_refusal
from clinicdesk.services.slots import release_slot, take_slot
from clinicdesk.services.workdays import due_date_for


@dataclass(frozen=True)
class OfferedSlot:
    slot_id: int
    starts_at: datetime
    ends_at: datetime


# -- when a slot may be booked ------------------------------------------------------------
def check_slot_time(s: Session, clinic: Clinic, provider: Provider, slot: Slot, now: datetime,
                    atype: AppointmentType | None = None) -> None:
    """Refuse a slot the calendar does not offer for this type now (``offer.booking_refusal``)."""
    if atype is None:  # no type chosen: the slot's own, else the clinic's limits and any type
        atype = s.get(AppointmentType, slot.appointment_type_id) if slot.appointment_type_id else AppointmentType(
            id=None, clinic_id=clinic.id, patient_name="", bookable_online=True, active=True)
    refusal = booking_refusal(s, clinic, provider, atype, slot, now)
    if refusal is not None:
        raise refusal


def available_slots(db, clinic_id: int, cpr: str, *, provider_id: int, appointment_type_id: int,
                    via_app: bool = False, now: datetime | None = None, limit: int = 200) -> list[OfferedSlot]:
    """The free slots the logged-in patient may pick for this provider and reason, earliest first."""
    now = utc_now(now)
    with db.session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        require_open(user, Function.BOOKING, via_app)
        provider = require_provider(s, user, provider_id, Function.BOOKING)
        atype = s.get(AppointmentType, appointment_type_id)
        refusal = type_refusal(s, provider, atype, clinic_id)
        if refusal is not None:
            raise refusal
        return [OfferedSlot(sl.id, sl.starts_at, sl.ends_at)
                for sl in offered_slots(s, user.clinic, provider, atype, now, limit=limit)]


def _take_slot(s: Session, slot: Slot) -> None:
    """The guarded flip (``services.slots``): of two patients racing for this slot exactly one wins."""
    if slot.status != SlotStatus.FREE or not take_slot(s, slot.id):
        raise PortalRefusal("slot_taken")
    s.expire(slot)


# -- booking ------------------------------------------------------------------------------
def request_booking(
    db,
    clinic_id: int,
    cpr: str,
    *,
    provider_id: int,
    appointment_type_id: int,
    slot_id: int,
    comment: str = "",
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """Book a free slot. The slot flips FREE → BOOKED with a guarded update (one of two racers wins).

    When the clinic auto-creates appointments the result is an appointment plus an
    inbox notice; otherwise a booking request waits in the inbox, the slot held for it
    (declining it must set the slot free again).
    """
    now = utc_now(now)
    with db.write_session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        require_open(user, Function.BOOKING, via_app)
        provider = require_provider(s, user, provider_id, Function.BOOKING)
        atype = s.get(AppointmentType, appointment_type_id)
        refusal = type_refusal(s, provider, atype, clinic_id)
        if refusal is not None:
            raise refusal
        slot = s.get(Slot, slot_id)
        if slot is None or slot.provider_id != provider.id:
            raise PortalRefusal("slot_unknown")
        check_slot_time(s, user.clinic, provider, slot, now, atype)
        text = check_comment(user.clinic, comment)
        if provider.booking_comment_required and not text:
            raise PortalRefusal("comment_required")
        if atype.comment_required and not text:
            raise PortalRefusal("comment_required", f"Skriv kort, hvad tiden drejer sig om. Klinikken beder om en "
                                                    f"kommentar til »{atype.patient_name}«.")
        _take_slot(s, slot)

        auto = user.clinic.auto_create_appointments
        item = new_item(
            s, clinic_id, ItemKind.BOOKING, now, patient_id=user.patient.id, provider_id=provider.id,
            subject=str((portal_texts.BOOKED if auto else portal_texts.REQUESTED).format(type=atype.patient_name)),
            preview=str(portal_texts.booking_line(slot.starts_at, provider.portal_label)),
            due_date=None if auto else due_date_for(now, user.clinic.answer_due_working_days), via_app=via_app,
        )
        appointment_id = None
        mail_id = None
        if auto:
            appt = Appointment(
                clinic_id=clinic_id,
                patient_id=user.patient.id,
                provider_id=provider.id,
                appointment_type_id=atype.id,
                slot_id=slot.id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                status=AppointmentStatus.BOOKED,
                comment=text,
                booked_online=True,
                created_at=now,
            )
            s.add(appt)
            s.flush()
            appointment_id = appt.id
            outcome = BookingOutcome.AUTO_CREATED
            mail = notifications.queue_patient_mail(
                s, clinic=user.clinic, patient=user.patient, event=notifications.BOOKING_AUTO_CREATED,
                item_id=item.id, now=now,
            )
            mail_id = mail.id if mail else None
        else:
            outcome = BookingOutcome.PENDING
        s.add(
            BookingRequest(
                item_id=item.id,
                provider_id=provider.id,
                appointment_type_id=atype.id,
                slot_id=slot.id,
                starts_at=slot.starts_at,
                comment=text,
                outcome=outcome,
                appointment_id=appointment_id,
            )
        )
        kind = "booking_auto_created" if auto else "booking"
        finish(s, clinic_id, item.id, user.patient.id, kind, now)
        return IntakeResult(kind, item.id, item.due_date, now, user.patient.id, appointment_id=appointment_id,
                            mail_id=mail_id)


# -- cancelling -----------------------------------------------------------------------------
def cancel_appointment(
    db, clinic_id: int, cpr: str, *, appointment_id: int, via_app: bool = False, now: datetime | None = None
) -> IntakeResult:
    """The patient cancels one of their own future appointments (not within the clinic's limit)."""
    now = utc_now(now)
    with db.write_session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        if user.cp.booking_right == RightMode.BLOCKED:
            raise PortalRefusal("right_blocked")
        appt = s.get(Appointment, appointment_id)
        if (
            appt is None
            or appt.clinic_id != clinic_id
            or appt.patient_id != user.patient.id
            or appt.status != AppointmentStatus.BOOKED
            or appt.starts_at <= now
        ):
            raise PortalRefusal("appointment_unknown")
        limit = user.clinic.cancellation_limit_hours
        if appt.starts_at - now < timedelta(hours=limit):
            phone = f" på {user.clinic.phone}" if user.clinic.phone else ""
            raise PortalRefusal(
                "cancel_too_late",
                f"Tiden kan ikke aflyses her mindre end {limit} timer før. Ring til klinikken{phone} for at aflyse.",
            )
        appt.status = AppointmentStatus.CANCELLED_BY_PATIENT
        appt.cancelled_at = now
        if appt.slot_id is not None:
            release_slot(s, appt.slot_id)
        provider = s.get(Provider, appt.provider_id)
        item = new_item(
            s, clinic_id, ItemKind.BOOKING, now, patient_id=user.patient.id, provider_id=appt.provider_id,
            subject=str(portal_texts.CANCELLED),
            preview=str(portal_texts.booking_line(appt.starts_at, provider.portal_label if provider else "")),
            due_date=None, via_app=via_app,
        )
        finish(s, clinic_id, item.id, user.patient.id, "cancellation", now)
        return IntakeResult("cancellation", item.id, None, now, user.patient.id, appointment_id=appt.id)


__all__ = ["request_booking", "cancel_appointment", "check_slot_time", "available_slots", "OfferedSlot"]
