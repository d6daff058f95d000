"""Bookings from the portal: booking a free slot, and the patient cancelling their own appointment.

A slot must lie inside the clinic's notice and horizon, not on a public holiday
or in a holiday period that closes booking, and inside the provider's opening
hours (:func:`check_slot_time`). The slot flips FREE → BOOKED with a guarded
update (``services.slots``), so of two patients racing for it exactly one wins.
A cancellation must come at least the clinic's cancellation limit before the time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import (
    AppointmentStatus,
    BookingOutcome,
    Function,
    ItemKind,
    RightMode,
    SlotStatus,
)
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    BookingRequest,
    Clinic,
    HolidayPeriod,
    OpeningHours,
    Provider,
    Slot,
)
from clinicdesk.portal.intake.common import (
    IntakeResult,
    check_comment,
    finish,
    fmt_local,
    new_item,
    portal_user,
    require_open,
    require_provider,
    utc_now,
)
from clinicdesk.services import notifications
from clinicdesk.services.slots import release_slot, take_slot
from clinicdesk.services.workdays import due_date_for, holiday_name, local_date


# -- when a slot may be booked ------------------------------------------------------------
def check_slot_time(s: Session, clinic: Clinic, provider: Provider, slot: Slot, now: datetime) -> None:
    """Refuse a slot too soon, too far ahead, on a closed day or outside the provider's opening hours."""
    start, end = slot.starts_at, slot.ends_at
    days_ahead = (local_date(start) - local_date(now)).days
    if start <= now or days_ahead < clinic.booking_min_notice_days:
        n = clinic.booking_min_notice_days
        raise PortalRefusal(
            "slot_notice",
            f"Tiden ligger for tæt på. Klinikken tager imod bestillinger mindst {n} dag{'e' if n != 1 else ''} "
            "før tiden. Vælg en senere tid, eller ring til klinikken.",
        )
    if days_ahead > clinic.booking_max_horizon_days:
        raise PortalRefusal(
            "slot_horizon",
            f"Tiden ligger for langt ude i fremtiden. Du kan bestille højst {clinic.booking_max_horizon_days} dage frem. "
            "Vælg en tidligere tid.",
        )
    name = holiday_name(start)
    if name:
        raise PortalRefusal("slot_holiday", f"Klinikken har lukket {name.lower()}. Vælg en anden dag.")
    closed = s.scalars(
        select(HolidayPeriod).where(
            HolidayPeriod.clinic_id == clinic.id,
            HolidayPeriod.close_booking.is_(True),
            HolidayPeriod.starts_at < end,
            HolidayPeriod.ends_at > start,
        )
    ).first()
    if closed is not None:
        raise PortalRefusal("slot_holiday", "Klinikken holder ferie på det tidspunkt. Vælg en tid efter ferien.")
    if not _inside_opening_hours(s, provider, start, end):
        raise PortalRefusal("slot_outside_hours")


def _inside_opening_hours(s: Session, provider: Provider, start: datetime, end: datetime) -> bool:
    ls, le = start.astimezone(COPENHAGEN), end.astimezone(COPENHAGEN)
    if ls.date() != le.date():
        return False
    for oh in s.scalars(
        select(OpeningHours).where(OpeningHours.provider_id == provider.id, OpeningHours.weekday == ls.weekday())
    ):
        if oh.opens <= ls.time() and le.time() <= oh.closes:
            return True
    return False


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
        if atype is None or atype.clinic_id != clinic_id or not atype.bookable_online:
            raise PortalRefusal("appointment_type_unknown")
        slot = s.get(Slot, slot_id)
        if slot is None or slot.provider_id != provider.id:
            raise PortalRefusal("slot_unknown")
        check_slot_time(s, user.clinic, provider, slot, now)
        text = check_comment(user.clinic, comment)
        if provider.booking_comment_required and not text:
            raise PortalRefusal("comment_required")
        _take_slot(s, slot)

        auto = user.clinic.auto_create_appointments
        item = new_item(
            s, clinic_id, ItemKind.BOOKING, now, patient_id=user.patient.id, provider_id=provider.id,
            subject=("Tid booket: " if auto else "Tidsbestilling: ") + atype.patient_name,
            preview=f"{fmt_local(slot.starts_at)} hos {provider.portal_label}",
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
            subject="Tid aflyst af patienten",
            preview=f"{fmt_local(appt.starts_at)} hos {provider.portal_label if provider else ''}".strip(),
            due_date=None, via_app=via_app,
        )
        finish(s, clinic_id, item.id, user.patient.id, "cancellation", now)
        return IntakeResult("cancellation", item.id, None, now, user.patient.id, appointment_id=appt.id)


__all__ = ["request_booking", "cancel_appointment", "check_slot_time"]
