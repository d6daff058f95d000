"""The patient's actions on the portal, one function each, enforcing the clinic's rules.

Every function takes the database, the clinic, the CPR number of the portal
user acting and the request, plus ``now`` (tz-aware UTC; the real time when not
given) so tests and the simulator control the clock. It either refuses with a
:class:`~clinicdesk.domain.refusals.PortalRefusal` (a stable code and the Danish
sentence the portal shows) and writes nothing, or does all of its work in one
transaction: the inbox item with its detail rows, a change event for live
updates, and the audit entry (``portal_request``, no staff member).

Nothing here logs a CPR number, a name or message text.
"""

from __future__ import annotations

import logging
import re
import secrets as _secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.services.inbox import record_change
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    Attachment,
    BookingRequest,
    Clinic,
    ClinicPatient,
    Guardianship,
    HolidayPeriod,
    InboxItem,
    Medication,
    Message,
    OpeningHours,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    RenewalLine,
    RenewalRequest,
    SignupRequest,
    Slot,
)
from clinicdesk.domain.enums import (
    AppointmentStatus,
    BookingOutcome,
    Function,
    ItemKind,
    ItemStatus,
    LineDecision,
    LoginMethod,
    MessageDirection,
    PortalAccountStatus,
    RightMode,
    SignupDecision,
    SignupMode,
    SlotStatus,
)
from clinicdesk.services import portal_rules as rules
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.services import audit, notifications
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import InvalidCpr, age_on, parse_cpr
from clinicdesk.services.workdays import due_date_for, holiday_name, local_date

log = logging.getLogger(__name__)

CHILD_AGE = 15  # below this a guardian signs the child up
MAX_COMMENT = 400  # renewal/booking comments when the clinic's own maximum is larger
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class IntakeResult:
    """What an accepted request became.

    ``kind``: econsult | econsult_reply | renewal | booking | booking_auto_created |
    cancellation | signup | registration | signup_auto | read_receipt.
    """

    kind: str
    item_id: int | None
    due_date: date | None
    received_at: datetime
    patient_id: int | None = None
    message_id: int | None = None
    appointment_id: int | None = None
    mail_id: int | None = None


# -- helpers ------------------------------------------------------------------------
def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be tz-aware (UTC)")
    return now.astimezone(timezone.utc)


def _parse(cpr: str):
    try:
        parsed = parse_cpr(cpr)
    except InvalidCpr as exc:
        raise PortalRefusal("cpr_invalid", exc.message) from None
    return parsed


def _clinic(s: Session, clinic_id: int) -> Clinic:
    clinic = s.get(Clinic, clinic_id)
    if clinic is None:
        raise PortalRefusal("unknown_clinic")
    return clinic


@dataclass
class _Ctx:
    clinic: Clinic
    patient: Patient
    cp: ClinicPatient
    holiday: HolidayPeriod | None


def _portal_user(s: Session, clinic_id: int, cpr: str, now: datetime) -> _Ctx:
    """The logged-in patient, registered at this clinic with an active portal user."""
    clinic = _clinic(s, clinic_id)
    parsed = _parse(cpr)
    patient = s.scalars(select(Patient).where(Patient.cpr == parsed.digits)).first()
    if patient is None:
        raise PortalRefusal("not_registered")
    account = patient.portal_account
    if account is None or account.status != PortalAccountStatus.ACTIVE:
        raise PortalRefusal("no_portal_user")
    cp = s.scalars(
        select(ClinicPatient).where(ClinicPatient.clinic_id == clinic_id, ClinicPatient.patient_id == patient.id)
    ).first()
    if cp is None or cp.portal_registered_at is None:
        raise PortalRefusal("not_registered")
    return _Ctx(clinic, patient, cp, rules.holiday_in_force(s, clinic_id, now))


def _function_open(ctx: _Ctx, function: Function, via_app: bool) -> None:
    refusal = rules.clinic_refusal(ctx.clinic, ctx.holiday, function, via_app=via_app)
    if refusal is None:
        refusal = rules.right_refusal(ctx.cp, function)
    if refusal is not None:
        raise refusal


def _provider(s: Session, ctx: _Ctx, provider_id: int | None, function: Function) -> Provider:
    provider = s.get(Provider, provider_id) if provider_id is not None else None
    refusal = rules.provider_refusal(provider, ctx.clinic.id, function)
    if refusal is not None:
        raise refusal
    return provider


def _first_line(text: str, limit: int = 200) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _new_item(s: Session, clinic_id: int, kind: ItemKind, now: datetime, *, patient_id, subject: str,
              preview: str, due_date, via_app: bool, provider_id=None) -> InboxItem:
    """A new, unread inbox item as the portal files it (added and flushed, so it has an id)."""
    item = InboxItem(
        clinic_id=clinic_id, kind=kind, status=ItemStatus.NEW, patient_id=patient_id, provider_id=provider_id,
        subject=subject[:200], preview=preview[:200], received_at=now, due_date=due_date, unread=True,
        via_app=via_app, changed_at=now,
    )
    s.add(item)
    s.flush()
    return item


def _finish(s: Session, clinic_id: int, item_id: int | None, patient_id: int | None, detail: str, now: datetime) -> None:
    # the change tick (and NOTIFY on PostgreSQL) that open inboxes follow
    record_change(s, clinic_id, item_id, at=now)
    audit.record(s, Action.PORTAL_REQUEST, clinic_id=clinic_id, patient_id=patient_id, detail=detail)


def _local(at: datetime) -> datetime:
    return at.astimezone(COPENHAGEN)


def _fmt_local(at: datetime) -> str:
    return _local(at).strftime("%d.%m.%Y kl. %H.%M")


# -- e-consultation ------------------------------------------------------------------
def send_econsult(
    db,
    clinic_id: int,
    cpr: str,
    *,
    body: str,
    provider_id: int | None = None,
    thread_id: int | None = None,
    subject: str = "",
    attachments: Iterable[rules.AttachmentIn | tuple[str, bytes]] = (),
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """A new e-consultation to a provider (``provider_id``), or a reply in a thread (``thread_id``)."""
    now = _now(now)
    with db.write_session() as s:
        ctx = _portal_user(s, clinic_id, cpr, now)
        _function_open(ctx, Function.ECONSULT, via_app)
        thread: InboxItem | None = None
        if thread_id is not None:
            thread = s.get(InboxItem, thread_id)
            if (
                thread is None
                or thread.clinic_id != clinic_id
                or thread.patient_id != ctx.patient.id
                or thread.kind != ItemKind.ECONSULT
            ):
                raise PortalRefusal("thread_unknown")
            if thread.provider_id is not None:
                _provider(s, ctx, thread.provider_id, Function.ECONSULT)
        else:
            _provider(s, ctx, provider_id, Function.ECONSULT)
        text = rules.check_text(body, max_length=ctx.clinic.max_econsult_length, required=True)
        subj = rules.check_text(subject, max_length=200, required=False, what="Emnet")
        files = rules.check_attachments(ctx.clinic, attachments)

        due = due_date_for(now, ctx.clinic.answer_due_working_days)
        if thread is None:
            thread = _new_item(
                s, clinic_id, ItemKind.ECONSULT, now, patient_id=ctx.patient.id, provider_id=provider_id,
                subject=subj or "E-konsultation", preview=_first_line(text), due_date=due, via_app=via_app,
            )
            kind = "econsult"
        else:
            # the patient wrote again: the thread needs the clinic's attention anew
            thread.status = ItemStatus.NEW
            thread.unread = True
            thread.preview = _first_line(text)
            thread.received_at = now
            thread.due_date = due
            thread.done_at = None
            thread.done_by_id = None
            thread.changed_at = now
            kind = "econsult_reply"
        s.flush()
        msg = Message(
            item_id=thread.id, direction=MessageDirection.FROM_PATIENT, body=text, created_at=now,
        )
        s.add(msg)
        s.flush()
        for f in files:
            s.add(
                Attachment(
                    message_id=msg.id, filename=f.filename, content_type=f.content_type, size=f.size,
                    sha256=f.sha256, data=f.data,
                )
            )
        _finish(s, clinic_id, thread.id, ctx.patient.id, kind, now)
        return IntakeResult(kind, thread.id, due, now, ctx.patient.id, message_id=msg.id)


# -- renewal ----------------------------------------------------------------------------
def request_renewal(
    db,
    clinic_id: int,
    cpr: str,
    *,
    medication_ids: Iterable[int],
    pharmacy_id: int | None,
    comment: str = "",
    provider_id: int | None = None,
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """Renewal of lines from the patient's own medication list, sent to a pharmacy."""
    now = _now(now)
    ids = list(dict.fromkeys(int(i) for i in medication_ids))
    with db.write_session() as s:
        ctx = _portal_user(s, clinic_id, cpr, now)
        _function_open(ctx, Function.RENEWAL, via_app)
        provider: Provider | None = None
        if provider_id is not None:
            provider = _provider(s, ctx, provider_id, Function.RENEWAL)
        elif ctx.cp.own_doctor_id is not None:
            own = s.get(Provider, ctx.cp.own_doctor_id)
            if own is not None and rules.provider_switch(own, Function.RENEWAL):
                provider = own
        if not ids:
            raise PortalRefusal("nothing_selected")
        meds: list[Medication] = []
        for mid in ids:
            med = s.get(Medication, mid)
            if med is None or med.patient_id != ctx.patient.id or not med.active:
                raise PortalRefusal("medication_unknown")
            if med.addictive:
                raise PortalRefusal(
                    "addictive",
                    f"{med.label} er afhængighedsskabende medicin og kan ikke fornyes via patientportalen. "
                    "Bestil en tid hos lægen.",
                    medication_id=med.id,
                )
            if med.repeats_left > 0:
                raise PortalRefusal(
                    "repeats_left",
                    f"Der er stadig {med.repeats_left} udlevering(er) tilbage på recepten på {med.label} på apoteket. "
                    "Du kan forny den, når de er brugt.",
                    medication_id=med.id,
                )
            meds.append(med)
        pending = s.scalars(
            select(RenewalLine.medication_id)
            .join(InboxItem, InboxItem.id == RenewalLine.item_id)
            .where(
                RenewalLine.medication_id.in_(ids),
                RenewalLine.decision == LineDecision.PENDING,
                InboxItem.status != ItemStatus.DONE,
                InboxItem.clinic_id == clinic_id,
            )
        ).first()
        if pending is not None:
            raise PortalRefusal("already_requested", medication_id=pending)
        if pharmacy_id is None or s.get(Pharmacy, pharmacy_id) is None:
            raise PortalRefusal("pharmacy_unknown")
        text = rules.check_text(
            comment, max_length=min(ctx.clinic.max_econsult_length, MAX_COMMENT), required=False, what="Kommentaren"
        )
        due = due_date_for(now, ctx.clinic.answer_due_working_days)
        item = _new_item(
            s, clinic_id, ItemKind.RENEWAL, now, patient_id=ctx.patient.id,
            provider_id=provider.id if provider else None, subject="Receptfornyelse",
            preview=", ".join(m.label for m in meds), due_date=due, via_app=via_app,
        )
        s.add(RenewalRequest(item_id=item.id, pharmacy_id=pharmacy_id, comment=text))
        s.flush()
        for m in meds:
            s.add(RenewalLine(item_id=item.id, medication_id=m.id, decision=LineDecision.PENDING))
        _finish(s, clinic_id, item.id, ctx.patient.id, "renewal", now)
        return IntakeResult("renewal", item.id, due, now, ctx.patient.id)


# -- booking -------------------------------------------------------------------------------
def _check_slot_time(s: Session, clinic: Clinic, provider: Provider, slot: Slot, now: datetime) -> None:
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
    ls, le = _local(start), _local(end)
    inside = False
    if ls.date() == le.date():
        for oh in s.scalars(
            select(OpeningHours).where(OpeningHours.provider_id == provider.id, OpeningHours.weekday == ls.weekday())
        ):
            if oh.opens <= ls.time() and le.time() <= oh.closes:
                inside = True
                break
    if not inside:
        raise PortalRefusal("slot_outside_hours")


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
    now = _now(now)
    with db.write_session() as s:
        ctx = _portal_user(s, clinic_id, cpr, now)
        _function_open(ctx, Function.BOOKING, via_app)
        provider = _provider(s, ctx, provider_id, Function.BOOKING)
        atype = s.get(AppointmentType, appointment_type_id)
        if atype is None or atype.clinic_id != clinic_id or not atype.bookable_online:
            raise PortalRefusal("appointment_type_unknown")
        slot = s.get(Slot, slot_id)
        if slot is None or slot.provider_id != provider.id:
            raise PortalRefusal("slot_unknown")
        _check_slot_time(s, ctx.clinic, provider, slot, now)
        text = rules.check_text(
            comment, max_length=min(ctx.clinic.max_econsult_length, MAX_COMMENT), required=False, what="Kommentaren"
        )
        if provider.booking_comment_required and not text:
            raise PortalRefusal("comment_required")
        if slot.status != SlotStatus.FREE:
            raise PortalRefusal("slot_taken")
        # the guarded flip: of two patients racing for this slot exactly one gets rowcount 1
        flipped = s.execute(
            update(Slot)
            .where(Slot.id == slot.id, Slot.status == SlotStatus.FREE)
            .values(status=SlotStatus.BOOKED, version=Slot.version + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
        if flipped != 1:
            raise PortalRefusal("slot_taken")
        s.expire(slot)

        when = _fmt_local(slot.starts_at)
        auto = ctx.clinic.auto_create_appointments
        item = _new_item(
            s, clinic_id, ItemKind.BOOKING, now, patient_id=ctx.patient.id, provider_id=provider.id,
            subject=("Tid booket: " if auto else "Tidsbestilling: ") + atype.patient_name,
            preview=f"{when} hos {provider.portal_label}",
            due_date=None if auto else due_date_for(now, ctx.clinic.answer_due_working_days), via_app=via_app,
        )
        appointment_id = None
        mail_id = None
        if auto:
            appt = Appointment(
                clinic_id=clinic_id,
                patient_id=ctx.patient.id,
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
                s, clinic=ctx.clinic, patient=ctx.patient, event=notifications.BOOKING_AUTO_CREATED,
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
        _finish(s, clinic_id, item.id, ctx.patient.id, kind, now)
        return IntakeResult(kind, item.id, item.due_date, now, ctx.patient.id, appointment_id=appointment_id, mail_id=mail_id)


def cancel_appointment(
    db, clinic_id: int, cpr: str, *, appointment_id: int, via_app: bool = False, now: datetime | None = None
) -> IntakeResult:
    """The patient cancels one of their own future appointments (not within the clinic's limit)."""
    now = _now(now)
    with db.write_session() as s:
        ctx = _portal_user(s, clinic_id, cpr, now)
        if ctx.cp.booking_right == RightMode.BLOCKED:
            raise PortalRefusal("right_blocked")
        appt = s.get(Appointment, appointment_id)
        if (
            appt is None
            or appt.clinic_id != clinic_id
            or appt.patient_id != ctx.patient.id
            or appt.status != AppointmentStatus.BOOKED
            or appt.starts_at <= now
        ):
            raise PortalRefusal("appointment_unknown")
        limit = ctx.clinic.cancellation_limit_hours
        if appt.starts_at - now < timedelta(hours=limit):
            phone = f" på {ctx.clinic.phone}" if ctx.clinic.phone else ""
            raise PortalRefusal(
                "cancel_too_late",
                f"Tiden kan ikke aflyses her mindre end {limit} timer før. Ring til klinikken{phone} for at aflyse.",
            )
        appt.status = AppointmentStatus.CANCELLED_BY_PATIENT
        appt.cancelled_at = now
        if appt.slot_id is not None:
            s.execute(
                update(Slot)
                .where(Slot.id == appt.slot_id, Slot.status == SlotStatus.BOOKED)
                .values(status=SlotStatus.FREE, version=Slot.version + 1)
                .execution_options(synchronize_session=False)
            )
        provider = s.get(Provider, appt.provider_id)
        item = _new_item(
            s, clinic_id, ItemKind.BOOKING, now, patient_id=ctx.patient.id, provider_id=appt.provider_id,
            subject="Tid aflyst af patienten",
            preview=f"{_fmt_local(appt.starts_at)} hos {provider.portal_label if provider else ''}".strip(),
            due_date=None, via_app=via_app,
        )
        _finish(s, clinic_id, item.id, ctx.patient.id, "cancellation", now)
        return IntakeResult("cancellation", item.id, None, now, ctx.patient.id, appointment_id=appt.id)


# -- read receipt ------------------------------------------------------------------------------
def mark_message_read(db, clinic_id: int, cpr: str, *, message_id: int, now: datetime | None = None) -> IntakeResult:
    """The patient opened a message from the clinic: the read receipt the clinic sees (idempotent)."""
    now = _now(now)
    with db.write_session() as s:
        ctx = _portal_user(s, clinic_id, cpr, now)
        msg = s.get(Message, message_id)
        item = s.get(InboxItem, msg.item_id) if msg is not None else None
        if (
            msg is None
            or item is None
            or msg.direction != MessageDirection.TO_PATIENT
            or item.clinic_id != clinic_id
            or item.patient_id != ctx.patient.id
        ):
            raise PortalRefusal("message_unknown")
        if msg.read_by_patient_at is None:
            msg.read_by_patient_at = now
            item.changed_at = now
            _finish(s, clinic_id, item.id, ctx.patient.id, "read_receipt", now)
        return IntakeResult("read_receipt", item.id, None, msg.read_by_patient_at, ctx.patient.id, message_id=msg.id)


# -- sign-up -----------------------------------------------------------------------------------
def _activation_link(clinic: Clinic, token: str) -> str:
    return f"{clinic.portal_link.rstrip('/')}/aktiver/{token}"


def sign_up(
    db,
    clinic_id: int,
    cpr: str,
    *,
    first_name: str,
    last_name: str,
    email: str = "",
    mobile: str = "",
    login_method: LoginMethod = LoginMethod.MITID,
    guardian_cpr: str | None = None,
    wants_econsult: bool = True,
    wants_renewal: bool = True,
    wants_booking: bool = True,
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """Sign up for the portal at this clinic: oneself, or (``guardian_cpr``) a child under 15.

    A CPR that already has a portal user becomes a registration at this clinic (no
    second user). Clinic mode off → refused; with approval → a sign-up item in the
    inbox; automatic → the user (pending activation, mail with the link) and the
    registration at once, with a notice in the inbox.
    """
    now = _now(now)
    with db.write_session() as s:
        clinic = _clinic(s, clinic_id)
        if clinic.signup_mode == SignupMode.OFF:
            raise PortalRefusal("signup_off")
        parsed = _parse(cpr)
        if parsed.is_substitute:
            raise PortalRefusal("substitute_cpr")
        first = rules.check_text(first_name, max_length=100, required=False, what="Fornavnet")
        last = rules.check_text(last_name, max_length=100, required=False, what="Efternavnet")
        if not first or not last:
            raise PortalRefusal("name_required")
        email = (email or "").strip()
        mobile = re.sub(r"[\s-]", "", mobile or "")[:20]
        child = age_on(parsed, local_date(now)) < CHILD_AGE

        guardian: Patient | None = None
        if child:
            if not guardian_cpr:
                raise PortalRefusal("guardian_required")
            g = _parse(guardian_cpr)
            guardian = s.scalars(select(Patient).where(Patient.cpr == g.digits)).first()
            g_cp = (
                s.scalars(
                    select(ClinicPatient).where(
                        ClinicPatient.clinic_id == clinic_id, ClinicPatient.patient_id == guardian.id
                    )
                ).first()
                if guardian is not None
                else None
            )
            if (
                guardian is None
                or guardian.portal_account is None
                or guardian.portal_account.status != PortalAccountStatus.ACTIVE
                or g_cp is None
                or g_cp.portal_registered_at is None
            ):
                raise PortalRefusal("guardian_not_registered")
            if age_on(g, local_date(now)) < 18:
                raise PortalRefusal("guardian_required")
            login_method = LoginMethod.SECURITY_CODE  # children log in with the security code only
        if email and not _EMAIL.match(email):
            raise PortalRefusal("email_invalid")
        if not email and not child:
            raise PortalRefusal("email_invalid", "Skriv din e-mailadresse; du får besked og sikkerhedskoder på e-mail.")

        patient = s.scalars(select(Patient).where(Patient.cpr == parsed.digits)).first()
        account = patient.portal_account if patient is not None else None
        has_account = account is not None and account.status != PortalAccountStatus.DELETED
        cp = (
            s.scalars(
                select(ClinicPatient).where(ClinicPatient.clinic_id == clinic_id, ClinicPatient.patient_id == patient.id)
            ).first()
            if patient is not None
            else None
        )
        if has_account and cp is not None and cp.portal_registered_at is not None:
            raise PortalRefusal("already_registered")
        pending = s.scalars(
            select(SignupRequest.item_id)
            .join(InboxItem, InboxItem.id == SignupRequest.item_id)
            .where(
                InboxItem.clinic_id == clinic_id,
                SignupRequest.cpr == parsed.digits,
                SignupRequest.decision == SignupDecision.PENDING,
                InboxItem.status != ItemStatus.DONE,
            )
        ).first()
        if pending is not None:
            raise PortalRefusal("signup_pending")

        automatic = clinic.signup_mode == SignupMode.AUTOMATIC
        what = "Tilmelding til klinikken" if has_account else "Ny bruger til patientportalen"
        if child:
            what += " (barn)"
        item = _new_item(
            s, clinic_id, ItemKind.SIGNUP, now, patient_id=patient.id if patient is not None else None,
            subject=what, preview="Godkendt automatisk" if automatic else "Venter på godkendelse",
            due_date=None if automatic else due_date_for(now, clinic.answer_due_working_days), via_app=via_app,
        )
        s.add(
            SignupRequest(
                item_id=item.id,
                cpr=parsed.digits,
                first_name=first,
                last_name=last,
                email=email,
                mobile=mobile,
                login_method=login_method,
                guardian_patient_id=guardian.id if guardian is not None else None,
                wants_econsult=wants_econsult,
                wants_renewal=wants_renewal,
                wants_booking=wants_booking,
                decision=SignupDecision.APPROVED if automatic else SignupDecision.PENDING,
            )
        )
        mail_id = None
        if not automatic:
            kind = "registration" if has_account else "signup"
        else:
            if patient is None:
                patient = Patient(
                    cpr=parsed.digits, first_name=first, last_name=last, birth_date=parsed.birth_date,
                    email=email, mobile=mobile, has_mitid=login_method == LoginMethod.MITID, created_at=now,
                )
                s.add(patient)
                s.flush()
                item.patient_id = patient.id
            if guardian is not None:
                exists = s.scalars(
                    select(Guardianship).where(Guardianship.child_id == patient.id, Guardianship.guardian_id == guardian.id)
                ).first()
                if exists is None:
                    s.add(Guardianship(child_id=patient.id, guardian_id=guardian.id))
            if cp is None:
                cp = ClinicPatient(clinic_id=clinic_id, patient_id=patient.id)
                s.add(cp)
            cp.portal_registered_at = now
            cp.econsult_right = RightMode.ALLOWED if wants_econsult else RightMode.BLOCKED
            cp.renewal_right = RightMode.ALLOWED if wants_renewal else RightMode.BLOCKED
            cp.booking_right = RightMode.ALLOWED if wants_booking else RightMode.BLOCKED
            if has_account:
                kind = "registration"
            else:
                token = _secrets.token_urlsafe(32)
                if account is None:
                    account = PortalAccount(patient=patient, created_at=now)
                    s.add(account)
                else:  # a deleted user comes back
                    account.deleted_at = None
                account.status = PortalAccountStatus.PENDING
                account.login_method = login_method
                account.email = email
                account.mobile = mobile
                account.activation_token = token
                s.flush()
                mail = notifications.queue_patient_mail(
                    s, clinic=clinic, patient=patient, event=notifications.SIGNUP_APPROVED, item_id=item.id,
                    extra={"activation_link": _activation_link(clinic, token)}, now=now,
                )
                mail_id = mail.id if mail else None
                kind = "signup_auto"
        _finish(s, clinic_id, item.id, patient.id if patient is not None else None, kind, now)
        return IntakeResult(kind, item.id, item.due_date, now, patient.id if patient is not None else None, mail_id=mail_id)


__all__ = [
    "IntakeResult", "send_econsult", "request_renewal", "request_booking", "cancel_appointment",
    "mark_message_read", "sign_up", "CHILD_AGE",
]
