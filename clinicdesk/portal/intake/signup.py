"""Sign-up from the portal: oneself, or a child under 15 signed up by a guardian.

The clinic's sign-up mode decides: off → refused; with approval → a SIGNUP item
waits in the inbox; automatic → the patient is registered at once and (for a new
user) the portal user is created pending activation, the link mailed
(``services.activation``: one code path for tokens and links). A CPR number that
already has a portal user becomes a registration at this clinic, never a second
user. E-mail addresses and phone numbers follow ``services.contact``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import (
    ItemKind,
    ItemStatus,
    LoginMethod,
    PortalAccountStatus,
    RightMode,
    SignupDecision,
    SignupMode,
)
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain import portal_texts
from clinicdesk.models import Clinic, ClinicPatient, Guardianship, InboxItem, Patient, PortalAccount, SignupRequest
from clinicdesk.portal.intake.common import (
    IntakeResult,
    finish,
    get_clinic,
    is_portal_user_here,
    new_item,
    parse_or_refuse,
    patient_by_cpr,
    registration,
    utc_now,
)
from clinicdesk.services import notifications
from clinicdesk.services import portal_rules as rules
from clinicdesk.services.activation import activation_link, start_activation
from clinicdesk.domain.constants import CHILD_AGE, GUARDIAN_AGE
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services.contact import clean_mobile, is_email
from clinicdesk.services.cpr import Cpr, age_on
from clinicdesk.services.workdays import due_date_for, local_date



def _guardian(s: Session, clinic_id: int, guardian_cpr: str | None, now: datetime) -> Patient:
    """The adult portal user of this clinic who signs a child up; else the refusal."""
    if not guardian_cpr:
        raise PortalRefusal("guardian_required")
    g = parse_or_refuse(guardian_cpr)
    guardian = patient_by_cpr(s, g.digits)
    if not is_portal_user_here(guardian, registration(s, clinic_id, guardian)):
        raise PortalRefusal("guardian_not_registered")
    if age_on(g, local_date(now)) < GUARDIAN_AGE:
        raise PortalRefusal("guardian_required")
    return guardian


def _signup_pending(s: Session, clinic_id: int, digits: str) -> bool:
    return s.scalars(
        select(SignupRequest.item_id)
        .join(InboxItem, InboxItem.id == SignupRequest.item_id)
        .where(
            InboxItem.clinic_id == clinic_id,
            SignupRequest.cpr == digits,
            SignupRequest.decision == SignupDecision.PENDING,
            InboxItem.status != ItemStatus.DONE,
        )
    ).first() is not None


def _rights(cp: ClinicPatient, *, econsult: bool, renewal: bool, booking: bool) -> None:
    cp.econsult_right = RightMode.ALLOWED if econsult else RightMode.BLOCKED
    cp.renewal_right = RightMode.ALLOWED if renewal else RightMode.BLOCKED
    cp.booking_right = RightMode.ALLOWED if booking else RightMode.BLOCKED


def _new_user(s: Session, clinic: Clinic, patient: Patient, account: PortalAccount | None, req: SignupRequest,
              item: InboxItem, now: datetime) -> int | None:
    """The portal user, pending activation (a deleted one comes back); the link mailed. Returns the mail id."""
    if account is None:
        account = PortalAccount(patient=patient, created_at=now)
        s.add(account)
    token = start_activation(account)
    account.login_method = req.login_method
    account.email = req.email
    account.mobile = req.mobile
    s.flush()
    mail = notifications.queue_patient_mail(
        s, clinic=clinic, patient=patient, event=notifications.SIGNUP_APPROVED, item_id=item.id,
        extra={"activation_link": activation_link(clinic, token)}, now=now,
    )
    return mail.id if mail else None


def _register_now(s: Session, clinic: Clinic, parsed: Cpr, patient: Patient | None, cp: ClinicPatient | None,
                  guardian: Patient | None, req: SignupRequest, item: InboxItem, now: datetime) -> Patient:
    """Automatic sign-up: the patient (created when unknown), the guardianship and the registration."""
    if patient is None:
        patient = Patient(
            cpr=parsed.digits, first_name=req.first_name, last_name=req.last_name, birth_date=parsed.birth_date,
            email=req.email, mobile=req.mobile, has_mitid=req.login_method == LoginMethod.MITID, created_at=now,
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
        cp = ClinicPatient(clinic_id=clinic.id, patient_id=patient.id)
        s.add(cp)
    cp.portal_registered_at = now
    _rights(cp, econsult=req.wants_econsult, renewal=req.wants_renewal, booking=req.wants_booking)
    return patient


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
    now = utc_now(now)
    with db.write_session() as s:
        clinic = get_clinic(s, clinic_id)
        if clinic.signup_mode == SignupMode.OFF:
            raise PortalRefusal("signup_off")
        parsed = parse_or_refuse(cpr)
        if parsed.is_substitute:
            raise PortalRefusal("substitute_cpr")
        first = rules.check_text(first_name, max_length=100, required=False, what="Fornavnet")
        last = rules.check_text(last_name, max_length=100, required=False, what="Efternavnet")
        if not first or not last:
            raise PortalRefusal("name_required")
        email = (email or "").strip()
        try:
            mobile = clean_mobile(mobile)  # the one rule for a mobile number, as on the patient card
        except ValidationError:
            raise PortalRefusal("mobile_invalid") from None
        child = age_on(parsed, local_date(now)) < CHILD_AGE
        guardian: Patient | None = None
        if child:
            guardian = _guardian(s, clinic_id, guardian_cpr, now)
            login_method = LoginMethod.SECURITY_CODE  # children log in with the security code only
        if email and not is_email(email):
            raise PortalRefusal("email_invalid")
        if not email and not child:
            raise PortalRefusal("email_invalid", "Skriv din e-mailadresse; du får besked og sikkerhedskoder på e-mail.")

        patient = patient_by_cpr(s, parsed.digits)
        account = patient.portal_account if patient is not None else None
        has_account = account is not None and account.status != PortalAccountStatus.DELETED
        cp = registration(s, clinic_id, patient)
        if has_account and cp is not None and cp.portal_registered_at is not None:
            raise PortalRefusal("already_registered")
        if _signup_pending(s, clinic_id, parsed.digits):
            raise PortalRefusal("signup_pending")

        automatic = clinic.signup_mode == SignupMode.AUTOMATIC
        what = str(((portal_texts.SIGNUP_JOIN_CHILD if child else portal_texts.SIGNUP_JOIN) if has_account
                    else (portal_texts.SIGNUP_NEW_CHILD if child else portal_texts.SIGNUP_NEW)))
        item = new_item(
            s, clinic_id, ItemKind.SIGNUP, now, patient_id=patient.id if patient is not None else None,
            subject=what, preview=str(portal_texts.SIGNUP_APPROVED if automatic else portal_texts.SIGNUP_WAITING),
            due_date=None if automatic else due_date_for(now, clinic.answer_due_working_days), via_app=via_app,
        )
        req = SignupRequest(
            item_id=item.id, cpr=parsed.digits, first_name=first, last_name=last, email=email, mobile=mobile,
            login_method=login_method, guardian_patient_id=guardian.id if guardian is not None else None,
            wants_econsult=wants_econsult, wants_renewal=wants_renewal, wants_booking=wants_booking,
            decision=SignupDecision.APPROVED if automatic else SignupDecision.PENDING,
        )
        s.add(req)
        mail_id = None
        if not automatic:
            kind = "registration" if has_account else "signup"
        else:
            patient = _register_now(s, clinic, parsed, patient, cp, guardian, req, item, now)
            if has_account:
                kind = "registration"
            else:
                mail_id = _new_user(s, clinic, patient, account, req, item, now)
                kind = "signup_auto"
        patient_id = patient.id if patient is not None else None
        finish(s, clinic_id, item.id, patient_id, kind, now)
        return IntakeResult(kind, item.id, item.due_date, now, patient_id, mail_id=mail_id)


__all__ = ["sign_up", "CHILD_AGE"]
