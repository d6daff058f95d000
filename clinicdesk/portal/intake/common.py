"""What every portal intake function shares.

The result type (:class:`IntakeResult`), the clock (``now`` is tz-aware UTC), the
logged-in portal user (:func:`portal_user`), whether a function is open for them
and for the chosen provider, a patient's comment, and filing: :func:`new_item`
adds the inbox item, :func:`finish` writes the change tick and the audit entry.

The rules themselves live in the services (``portal_rules``, ``cpr``,
``workdays``); this module only applies them to one request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import Function, ItemKind, ItemStatus, PortalAccountStatus
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import Clinic, ClinicPatient, HolidayPeriod, InboxItem, Patient, Provider
from clinicdesk.services import audit
from clinicdesk.services import portal_rules as rules
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import Cpr, InvalidCpr, parse_cpr
from clinicdesk.services.inbox.changes import record_change

MAX_COMMENT = 400  # renewal/booking comments when the clinic's own maximum is larger


@dataclass(frozen=True)
class IntakeResult:
    """What an accepted request became.

    ``kind``: econsult | econsult_reply | renewal | booking | booking_auto_created |
    cancellation | signup | registration | signup_auto | read_receipt | activation.
    """

    kind: str
    item_id: int | None
    due_date: date | None
    received_at: datetime
    patient_id: int | None = None
    message_id: int | None = None
    appointment_id: int | None = None
    mail_id: int | None = None


# -- clock and identity -----------------------------------------------------------------
def utc_now(now: datetime | None) -> datetime:
    """``now`` as UTC (the real time when None); a naive time is a programming error."""
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be tz-aware (UTC)")
    return now.astimezone(timezone.utc)


def parse_or_refuse(cpr: str) -> Cpr:
    """The CPR number a patient typed, or the ``cpr_invalid`` refusal with the reason."""
    try:
        return parse_cpr(cpr)
    except InvalidCpr as exc:
        raise PortalRefusal("cpr_invalid", exc.message) from None


def get_clinic(s: Session, clinic_id: int) -> Clinic:
    clinic = s.get(Clinic, clinic_id)
    if clinic is None:
        raise PortalRefusal("unknown_clinic")
    return clinic


def patient_by_cpr(s: Session, digits: str) -> Patient | None:
    return s.scalars(select(Patient).where(Patient.cpr == digits)).first()


def registration(s: Session, clinic_id: int, patient: Patient | None) -> ClinicPatient | None:
    """The patient's registration at the clinic (None for no patient or not a patient there)."""
    if patient is None:
        return None
    return s.scalars(
        select(ClinicPatient).where(ClinicPatient.clinic_id == clinic_id, ClinicPatient.patient_id == patient.id)
    ).first()


def has_active_user(patient: Patient | None) -> bool:
    account = patient.portal_account if patient is not None else None
    return account is not None and account.status == PortalAccountStatus.ACTIVE


def is_portal_user_here(patient: Patient | None, cp: ClinicPatient | None) -> bool:
    """An active portal user who signed up at this clinic."""
    return has_active_user(patient) and cp is not None and cp.portal_registered_at is not None


@dataclass
class PortalUser:
    """The logged-in patient at one clinic, with the holiday in force when they act."""

    clinic: Clinic
    patient: Patient
    cp: ClinicPatient
    holiday: HolidayPeriod | None


def portal_user(s: Session, clinic_id: int, cpr: str, now: datetime) -> PortalUser:
    """The logged-in patient, registered at this clinic with an active portal user."""
    clinic = get_clinic(s, clinic_id)
    patient = patient_by_cpr(s, parse_or_refuse(cpr).digits)
    if patient is None:
        raise PortalRefusal("not_registered")
    if not has_active_user(patient):
        raise PortalRefusal("no_portal_user")
    cp = registration(s, clinic_id, patient)
    if cp is None or cp.portal_registered_at is None:
        raise PortalRefusal("not_registered")
    return PortalUser(clinic, patient, cp, rules.holiday_in_force(clinic.holidays, now))


# -- is it open? -------------------------------------------------------------------------
def require_open(user: PortalUser, function: Function, via_app: bool) -> None:
    """Refuse unless the clinic (now, and in the app when ``via_app``) and the patient's right allow it."""
    refusal = rules.clinic_refusal(user.clinic, user.holiday, function, via_app=via_app)
    if refusal is None:
        refusal = rules.right_refusal(user.cp, function)
    if refusal is not None:
        raise refusal


def require_provider(s: Session, user: PortalUser, provider_id: int | None, function: Function) -> Provider:
    """The chosen provider of this clinic, taking this function; else the refusal."""
    provider = s.get(Provider, provider_id) if provider_id is not None else None
    refusal = rules.provider_refusal(provider, user.clinic.id, function)
    if refusal is not None:
        raise refusal
    return provider


def check_comment(clinic: Clinic, comment: str) -> str:
    """A renewal or booking comment: optional, at most the clinic's maximum and never over MAX_COMMENT."""
    return rules.check_text(
        comment, max_length=min(clinic.max_econsult_length, MAX_COMMENT), required=False, what="Kommentaren"
    )


# -- filing --------------------------------------------------------------------------------
def first_line(text: str, limit: int = 200) -> str:
    """The first non-blank line, cut with an ellipsis at ``limit`` (the inbox preview)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def new_item(s: Session, clinic_id: int, kind: ItemKind, now: datetime, *, patient_id, subject: str,
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


def finish(s: Session, clinic_id: int, item_id: int | None, patient_id: int | None, detail: str, now: datetime) -> None:
    """The change tick (and NOTIFY on PostgreSQL) that open inboxes follow, and the audit entry."""
    record_change(s, clinic_id, item_id, at=now)
    audit.record(s, Action.PORTAL_REQUEST, clinic_id=clinic_id, patient_id=patient_id, detail=detail)
