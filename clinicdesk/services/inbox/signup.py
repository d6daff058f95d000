"""Sign-ups: a patient asks for a portal user; staff approve or reject.

``detail.signup`` shows the matching patient, account and warnings (a deleted portal
user before, name mismatch, a child). ``set_signup_functions(item_id, *, econsult,
renewal, booking)`` unticks what the patient asked for; ``approve_signup`` creates the
patient if unknown, registers them with the ticked rights and gives them a portal user
pending activation (``services.activation``: token and link, mailed); an active
account is only registered. ``reject_signup(item_id, reason)`` keeps the reason for the portal (which
must not contain a CPR number).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemKind, LoginMethod, PortalAccountStatus, RightMode, SignupDecision
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import Clinic, ClinicPatient, Guardianship, InboxItem, Patient, PortalAccount, SignupRequest, utcnow
from clinicdesk.services import audit, auth, notifications
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.activation import activation_link, start_activation
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import begin_action, close_item, finish_action, run
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.permissions import Perm
from clinicdesk.services import text_gate
from clinicdesk.domain.messages import say


def _signup_item(s: Session, item: InboxItem) -> SignupRequest:
    req = s.get(SignupRequest, item.id) if item.kind == ItemKind.SIGNUP else None
    if req is None:
        raise ValidationError(say("Dette kan kun gøres ved en tilmelding."), code="wrong_kind")
    if req.decision.value != "pending":
        raise ValidationError(say("Tilmeldingen er allerede afgjort."), code="already_decided")
    return req


def set_signup_functions(
    db, actor: auth.Actor, item_id: int, *, econsult: bool, renewal: bool, booking: bool,
    expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Untick (or tick) the functions the patient asked for, before approving."""
    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        req.wants_econsult, req.wants_renewal, req.wants_booking = bool(econsult), bool(renewal), bool(booking)
        item.changed_at = now  # the functions live on the request; the item's version still moves
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} signup functions {int(econsult)}{int(renewal)}{int(booking)}")
        return finish_action(s, actor, item, now, say("Funktionerne er opdateret."))

    return run(db, work, action_id=action_id)


def approve_signup(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, econsult: bool | None = None,
    renewal: bool | None = None, booking: bool | None = None, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Approve a sign-up: the patient is created when unknown, registered at the clinic
    with the ticked functions, and gets a portal user pending activation; the activation
    link is mailed. A CPR with an active portal user is only registered (no new link)."""
    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        if econsult is not None:
            req.wants_econsult = bool(econsult)
        if renewal is not None:
            req.wants_renewal = bool(renewal)
        if booking is not None:
            req.wants_booking = bool(booking)
        warns: list[str] = []
        patient = s.execute(select(Patient).where(Patient.cpr == req.cpr)).scalar_one_or_none()
        created = None
        if patient is None:
            parsed = cprmod.try_parse_cpr(req.cpr)
            patient = Patient(cpr=req.cpr, first_name=req.first_name, last_name=req.last_name,
                              birth_date=parsed.birth_date if parsed else None, email=req.email, mobile=req.mobile,
                              has_mitid=req.login_method == LoginMethod.MITID, created_at=now)
            s.add(patient)
            s.flush()
            created = patient.id
            audit.record(s, Action.CREATE_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient.id, detail=f"from signup item {item_id}")
        elif not patient.email and req.email:
            patient.email = req.email
        item.patient_id = patient.id
        if req.guardian_patient_id is not None:
            exists = s.execute(select(Guardianship.id).where(Guardianship.child_id == patient.id,
                                                             Guardianship.guardian_id == req.guardian_patient_id)).first()
            if exists is None:
                s.add(Guardianship(child_id=patient.id, guardian_id=req.guardian_patient_id))
        cp = s.execute(select(ClinicPatient).where(ClinicPatient.clinic_id == item.clinic_id,
                                                   ClinicPatient.patient_id == patient.id)).scalar_one_or_none()
        if cp is None:
            cp = ClinicPatient(clinic_id=item.clinic_id, patient_id=patient.id)
            s.add(cp)
        cp.portal_registered_at = now
        cp.econsult_right = RightMode.ALLOWED if req.wants_econsult else RightMode.BLOCKED
        cp.renewal_right = RightMode.ALLOWED if req.wants_renewal else RightMode.BLOCKED
        cp.booking_right = RightMode.ALLOWED if req.wants_booking else RightMode.BLOCKED
        account = s.execute(select(PortalAccount).where(PortalAccount.patient_id == patient.id)).scalar_one_or_none()
        clinic = s.get(Clinic, item.clinic_id)
        queued = False
        if account is not None and account.status in (PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED):
            msg = say("Patienten er registreret hos klinikken (portalbrugeren fandtes i forvejen).")
            if account.status == PortalAccountStatus.BLOCKED:
                warns.append(say("Patientens portalbruger er spærret; patienten kan ikke logge ind, før den åbnes."))
        else:
            if account is None:
                account = PortalAccount(patient_id=patient.id, created_at=now)
                s.add(account)
            elif account.times_deleted:
                n = account.times_deleted
                warns.append(say("CPR-nummeret har før haft en portalbruger, som blev slettet én gang.") if n == 1 else
                             say("CPR-nummeret har før haft en portalbruger, som blev slettet {n} gange.").format(n=n))
            token = start_activation(account)
            account.login_method = req.login_method
            account.email = req.email
            account.mobile = req.mobile
            account.activation_token = token
            s.flush()
            audit.record(s, Action.CREATE_PORTAL_USER, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient.id, detail=f"from signup item {item_id}")
            mail = notifications.queue_patient_mail(
                s, clinic=clinic, patient=patient, event=notifications.SIGNUP_APPROVED, item_id=item.id,
                extra={"activation_link": activation_link(clinic, token)}, now=now,
            )
            queued = mail is not None
            if not queued:
                warns.append(say("Der er ingen e-mailadresse; giv patienten aktiveringslinket på anden vis."))
            msg = say("Tilmeldingen er godkendt; aktiveringslinket er sendt.") if queued else say("Tilmeldingen er godkendt.")
        req.decision = SignupDecision.APPROVED
        close_item(item, actor, now)
        audit.record(s, Action.DECIDE_SIGNUP, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient.id, detail=f"item {item_id} approved")
        return finish_action(s, actor, item, now, msg, mail_queued=queued, warnings=tuple(warns), created_id=created)

    return run(db, work, action_id=action_id)


def reject_signup(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Reject with a reason; the reason is mailed to the address given in the sign-up."""
    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    why = text_gate.check(reason, what=say("Begrundelsen"), max_length=text_gate.MAX_STAFF_NOTE)
    if not why:
        raise ValidationError(say("Skriv en begrundelse; patienten ser den på patientportalen."),
                              code="reason_required")
    if cprmod.contains_cpr(why):
        raise ValidationError(say("Begrundelsen må ikke indeholde et CPR-nummer."), code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        clinic = s.get(Clinic, item.clinic_id)
        patient = s.execute(select(Patient).where(Patient.cpr == req.cpr)).scalar_one_or_none()
        to = (req.email or "").strip()
        if not to and req.guardian_patient_id is not None:
            to = notifications.recipient_address(s, s.get(Patient, req.guardian_patient_id))
        if not to and patient is not None:
            to = notifications.recipient_address(s, patient)
        queued = False
        if to:
            notifications.queue_mail_to(s, clinic=clinic, to_address=to, event=notifications.SIGNUP_REJECTED,
                                        item_id=item.id, now=now)
            queued = True
        req.decision = SignupDecision.REJECTED
        req.reason = why
        close_item(item, actor, now, why)
        audit.record(s, Action.DECIDE_SIGNUP, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient.id if patient else None, detail=f"item {item_id} rejected")
        warns = () if queued else (say("Der er ingen e-mailadresse; giv patienten besked på anden vis."),)
        return finish_action(s, actor, item, now, say("Tilmeldingen er afvist."), mail_queued=queued,
                             warnings=warns)

    return run(db, work, action_id=action_id)
