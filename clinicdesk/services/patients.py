"""The patient card: basic data and the "Kommunikation" tab (rights, portal user). No Qt.

``open_patient_card(db, actor, patient_id) -> PatientCard``
    Everything the card shows for a patient registered with the actor's clinic.
    Audited ``OPEN_PATIENT`` with why (the inbox item, or the reason chosen).
``set_rights(db, actor, patient_id, econsult, renewal, booking, expected_version) -> PatientCard``
    The three portal functions (``RightMode``); "receive only" exists for the
    e-consultation only. A removed right keeps the history readable on the portal.
    Audited ``EDIT_RIGHTS``; a stale ``expected_version`` raises ``StaleData``.
``update_contact(db, actor, patient_id, email, mobile, expected_version) -> PatientCard``
    The clinic's record of e-mail and mobile. When the portal's copy then differs, the
    patient is asked to confirm at next login. Audited ``EDIT_RIGHTS`` (no values logged).
``block_portal_user(db, actor, patient_id, reason, expected_version) -> PatientCard``
``reopen_portal_user(db, actor, patient_id, reason, expected_version) -> PatientCard``
    Block a portal user (active or pending activation) or reopen a blocked one, with a
    reason (``text_gate``). Allowed for the roles that may create portal users
    (``Perm.CREATE_PORTAL_USER``: everyone who handles patients), refused for others.
    Each change appends a ``PortalAccountEvent`` and an audit entry (``BLOCK_PORTAL_USER``,
    ``REOPEN_PORTAL_USER``; the reason stays in the event, never in the log) in one
    transaction; ``expected_version`` is the portal user's version (stale: ``StaleData``).
    A reopened user is active again when it was ever activated; one that never was (no
    activation time, its activation token unused) is pending activation again, and the
    card offers to send the activation link again.
``create_portal_user(db, actor, patient_id, login_method=None) -> PortalUserResult``
    Staff create the portal user: the account becomes "pending activation" with a
    one-time token and the activation link is mailed (no CPR, no health data). A
    patient without MitID gets the security-code login. Audited ``CREATE_PORTAL_USER``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.models import Clinic, ClinicPatient, Guardianship, Patient, PortalAccount, PortalAccountEvent
from clinicdesk.models.base import utcnow
from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode
from clinicdesk.services import audit, auth, portal_account, text_gate
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.activation import activation_link, start_activation
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.services.permissions import Perm
from clinicdesk.services import contact
from clinicdesk.domain.messages import say

RIGHT_LABELS_DA = {
    RightMode.ALLOWED: say("Tilladt"),
    RightMode.RECEIVE_ONLY: say("Kun modtage"),
    RightMode.BLOCKED: say("Spærret"),
}

PORTAL_STATUS_DA = {
    None: say("Ingen portalbruger"),
    PortalAccountStatus.PENDING: say("Oprettet, venter på aktivering"),
    PortalAccountStatus.ACTIVE: say("Aktiv"),
    PortalAccountStatus.BLOCKED: say("Spærret"),
    PortalAccountStatus.DELETED: say("Slettet"),
}

LOGIN_METHOD_DA = {
    LoginMethod.MITID: "MitID",
    LoginMethod.SECURITY_CODE: say("Adgangskode og sikkerhedskode på e-mail"),
}

REMOVED_RIGHT_NOTE_DA = say(
    "Når en funktion er spærret eller kun må modtage, kan patienten stadig læse sin "
    "historik på portalen, men ikke svare eller sende nye henvendelser."
)

_NOT_REGISTERED = say("Patienten er ikke tilknyttet klinikken (længere). Søg patienten frem igen.")


@dataclass(frozen=True)
class Relative:
    patient_id: int
    name: str
    cpr: str  # formatted DDMMYY-SSSS


@dataclass(frozen=True)
class PatientCard:
    patient_id: int
    name: str
    cpr: str  # formatted
    age: int | None
    birth_date: date | None
    address: str
    email: str  # the clinic's record
    mobile: str
    has_mitid: bool
    guardians: tuple[Relative, ...]
    children: tuple[Relative, ...]
    portal_status: PortalAccountStatus | None
    portal_status_text: str
    login_method: LoginMethod | None
    login_method_text: str
    portal_email: str
    portal_mobile: str
    contact_differs: bool  # portal and clinic record disagree: the patient confirms at next login
    registered_since: datetime | None  # on the portal with this clinic (UTC)
    econsult: RightMode
    renewal: RightMode
    booking: RightMode
    version: int  # of the clinic registration (the rights)
    patient_version: int = 0  # of the patient row (contact data)
    portal_version: int | None = None  # of the portal user (block / reopen); None: no portal user
    portal_events: tuple[portal_account.PortalEvent, ...] = ()  # blocks and reopenings, newest first

    @property
    def can_create_portal_user(self) -> bool:
        return self.portal_status not in (PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED)

    @property
    def can_block_portal_user(self) -> bool:
        return self.portal_status in (PortalAccountStatus.ACTIVE, PortalAccountStatus.PENDING)

    @property
    def can_reopen_portal_user(self) -> bool:
        return self.portal_status == PortalAccountStatus.BLOCKED


@dataclass(frozen=True)
class PortalUserResult:
    card: PatientCard
    mail_to: str
    message: str  # Danish, for the staff member


def _norm_mail(v: str) -> str:
    return (v or "").strip().casefold()


def _norm_phone(v: str) -> str:
    digits = "".join(ch for ch in (v or "") if ch.isdigit())
    return digits[-8:] if len(digits) >= 8 else digits


def _differs(a: str, b: str, norm) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b and a != b)


def _fmt(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}" if len(cpr) == 10 else cpr


def registration(s: Session, actor: auth.Actor, patient_id: int) -> ClinicPatient:
    cp = s.execute(
        select(ClinicPatient).where(ClinicPatient.clinic_id == actor.clinic_id, ClinicPatient.patient_id == patient_id)
    ).scalar_one_or_none()
    if cp is None:
        raise NotFound(_NOT_REGISTERED)
    return cp


def _relatives(s: Session, ids) -> tuple[Relative, ...]:
    out = []
    for pid in ids:
        p = s.get(Patient, pid)
        if p is not None:
            out.append(Relative(p.id, p.full_name, _fmt(p.cpr)))
    return tuple(out)


def _card(s: Session, cp: ClinicPatient, now: datetime) -> PatientCard:
    p = s.get(Patient, cp.patient_id)
    acc = s.execute(select(PortalAccount).where(PortalAccount.patient_id == p.id)).scalar_one_or_none()
    parsed = cprmod.try_parse_cpr(p.cpr)
    birth = p.birth_date or (parsed.birth_date if parsed else None)
    age = None
    if parsed is not None:
        age = cprmod.age_on(parsed, now)
    guardians = s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == p.id).order_by(Guardianship.id)).all()
    children = s.scalars(select(Guardianship.child_id).where(Guardianship.guardian_id == p.id).order_by(Guardianship.id)).all()
    status = acc.status if acc is not None else None
    live = acc is not None and status != PortalAccountStatus.DELETED
    differs = live and (
        _differs(acc.email, p.email, _norm_mail) or _differs(acc.mobile, p.mobile, _norm_phone)
        or bool(acc.confirm_contact_at_next_login)
    )
    return PatientCard(
        patient_id=p.id, name=p.full_name, cpr=_fmt(p.cpr), age=age, birth_date=birth, address=p.address or "",
        email=p.email or "", mobile=p.mobile or "", has_mitid=bool(p.has_mitid),
        guardians=_relatives(s, guardians), children=_relatives(s, children),
        portal_status=status, portal_status_text=PORTAL_STATUS_DA[status],
        login_method=acc.login_method if live else None,
        login_method_text=LOGIN_METHOD_DA.get(acc.login_method, "") if live else "",
        portal_email=(acc.email or "") if live else "", portal_mobile=(acc.mobile or "") if live else "",
        contact_differs=differs, registered_since=cp.portal_registered_at,
        econsult=cp.econsult_right, renewal=cp.renewal_right, booking=cp.booking_right, version=cp.version,
        patient_version=p.version, portal_version=acc.version if acc is not None else None,
        portal_events=portal_account.account_events(s, acc.id if acc is not None else None, cp.clinic_id),
    )


def open_patient_card(db, actor: auth.Actor, patient_id: int, *, context: str = "",
                      now: datetime | None = None) -> PatientCard:
    """The card for a patient of the actor's clinic (audited as an opened patient, with why:
    ``context``, else the actor's ``lookup_context``; see ``services.audit_lookups``)."""
    auth.require(db, actor, Perm.READ_PATIENT, patient_id=patient_id)
    now = now or utcnow()
    with db.write_session() as s:
        cp = registration(s, actor, patient_id)
        card = _card(s, cp, now)
        audit.record(s, Action.OPEN_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="patient card", context=context or actor.lookup_context)
    return card


def _mode(value, label: str) -> RightMode:
    try:
        return RightMode(value)
    except ValueError:
        raise ValidationError(say("Ukendt valg for {what}. Vælg Tilladt, Kun modtage eller Spærret.").format(what=label),
                              code="invalid_right") from None


def set_rights(
    db, actor: auth.Actor, patient_id: int, econsult, renewal, booking, expected_version: int,
    *, now: datetime | None = None,
) -> PatientCard:
    """Save the three portal functions for the patient at the actor's clinic."""
    auth.require(db, actor, Perm.EDIT_PATIENT_RIGHTS, patient_id=patient_id)
    econsult = _mode(econsult, say("e-konsultation"))
    renewal = _mode(renewal, say("receptfornyelse"))
    booking = _mode(booking, say("tidsbestilling"))
    for mode, label in ((renewal, say("Receptfornyelse")), (booking, say("Tidsbestilling"))):
        if mode == RightMode.RECEIVE_ONLY:
            raise ValidationError(
                say("{what} kan ikke sættes til \"Kun modtage\"; det findes kun for e-konsultation. "
                    "Vælg Tilladt eller Spærret.").format(what=label), code="receive_only_econsult_only")
    now = now or utcnow()
    try:
        with db.write_session() as s:
            cp = registration(s, actor, patient_id)
            if cp.version != expected_version:
                raise StaleData()
            before = (cp.econsult_right, cp.renewal_right, cp.booking_right)
            cp.econsult_right, cp.renewal_right, cp.booking_right = econsult, renewal, booking
            s.flush()
            changes = [
                f"{name}: {old.value} -> {new.value}"
                for name, old, new in zip(("econsult", "renewal", "booking"), before, (econsult, renewal, booking))
                if old != new
            ]
            audit.record(s, Action.EDIT_RIGHTS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient_id, detail="; ".join(changes) or "no change")
            return _card(s, cp, now)
    except StaleDataError:
        raise StaleData() from None


ECPR_NO_PORTAL = say(
    "Patienten har et erstatningspersonnummer (eCPR), og patientportalen kan kun bruges med et CPR-nummer. "
    "Der oprettes derfor ingen portalbruger. Kommunikér med patienten på anden vis (telefon, brev, fremmøde); "
    "når patienten får et CPR-nummer, rettes det på patientkortet, og så kan portalbrugeren oprettes."
)


def portal_can_take(cpr: str) -> bool:
    """The portal logs in by CPR number only: never for a substitute number (eCPR)."""
    parsed = cprmod.try_parse_cpr(cpr, today=date.max)
    return parsed is not None and not parsed.is_substitute


def create_portal_user(
    db, actor: auth.Actor, patient_id: int, login_method: LoginMethod | str | None = None,
    *, now: datetime | None = None,
) -> PortalUserResult:
    """Create (or re-send) the patient's portal user: pending activation, link by mail."""
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.CREATE_PORTAL_USER, patient_id=patient_id)
    now = now or utcnow()
    with db.write_session() as s:
        cp = registration(s, actor, patient_id)
        patient = s.get(Patient, patient_id)
        if not portal_can_take(patient.cpr):
            raise ValidationError(ECPR_NO_PORTAL, code="ecpr_no_portal")
        method = LoginMethod(login_method) if login_method else (
            LoginMethod.MITID if patient.has_mitid else LoginMethod.SECURITY_CODE)
        if method == LoginMethod.MITID and not patient.has_mitid:
            raise ValidationError(say("Patienten har ikke MitID. Vælg login med adgangskode og sikkerhedskode."),
                                  code="no_mitid")
        account = s.execute(select(PortalAccount).where(PortalAccount.patient_id == patient_id)).scalar_one_or_none()
        if account is not None and account.status == PortalAccountStatus.ACTIVE:
            raise ValidationError(say("Patienten har allerede en aktiv portalbruger. Der oprettes ikke en ny."),
                                  code="portal_user_exists")
        if account is not None and account.status == PortalAccountStatus.BLOCKED:
            raise ValidationError(say("Patientens portalbruger er spærret. Den skal åbnes igen i stedet for at "
                                      "oprette en ny."), code="portal_user_blocked")
        email = (patient.email or "").strip()
        if not email:
            raise ValidationError(say("Patienten har ingen e-mailadresse hos klinikken, så aktiveringslinket kan "
                                      "ikke sendes. Få patientens e-mailadresse, og prøv igen."), code="no_email")
        if account is None:
            account = PortalAccount(patient_id=patient_id, created_at=now)
            s.add(account)
        token = start_activation(account)
        account.login_method = method
        account.email = email
        account.mobile = patient.mobile or ""
        account.confirm_contact_at_next_login = False
        if cp.portal_registered_at is None:
            cp.portal_registered_at = now
        s.flush()
        audit.record(s, Action.CREATE_PORTAL_USER, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail=f"patient card, login {method.value}")
        clinic = s.get(Clinic, actor.clinic_id)
        # the activation goes to the patient's own address (never a guardian's for this)
        notifications.queue_mail_to(
            s, clinic=clinic, to_address=email, event=notifications.PORTAL_USER_CREATED,
            extra={"activation_link": activation_link(clinic, token)}, now=now,
        )
        card = _card(s, cp, now)
    return PortalUserResult(card=card, mail_to=email,
                            message=say("Portalbrugeren er oprettet. Aktiveringslinket er sendt til {email}.").format(
                                email=email))


def update_contact(
    db, actor: auth.Actor, patient_id: int, email: str, mobile: str, expected_version: int,
    *, now: datetime | None = None,
) -> PatientCard:
    """Correct the clinic's record of the patient's e-mail and mobile."""
    auth.require(db, actor, Perm.EDIT_PATIENT_RIGHTS, patient_id=patient_id)
    email = (email or "").strip()
    if email and not contact.is_email(email):
        raise ValidationError(say("E-mailadressen ser ikke rigtig ud (fx navn@eksempel.dk). Ret den, og gem igen."),
                              code="invalid_email")
    mobile = contact.clean_mobile(mobile)
    now = now or utcnow()
    try:
        with db.write_session() as s:
            cp = registration(s, actor, patient_id)
            p = s.get(Patient, patient_id)
            if p.version != expected_version:
                raise StaleData()
            changed = [n for n, old, new in (("email", p.email or "", email), ("mobile", p.mobile or "", mobile))
                       if old != new]
            p.email, p.mobile = email, mobile
            acc = s.execute(select(PortalAccount).where(PortalAccount.patient_id == patient_id)).scalar_one_or_none()
            if acc is not None and acc.status in (PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED) and (
                _differs(acc.email, email, _norm_mail) or _differs(acc.mobile, mobile, _norm_phone)
            ):
                acc.confirm_contact_at_next_login = True
            s.flush()
            audit.record(s, Action.EDIT_RIGHTS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient_id, detail="contact changed: " + (", ".join(changed) or "nothing"))
            return _card(s, cp, now)
    except StaleDataError:
        raise StaleData() from None


# ---------------------------------------------------------------------------- block / reopen
BLOCK_REASON_MAX = text_gate.MAX_STAFF_NOTE


def _account_for_change(s: Session, patient_id: int, expected_version: int) -> PortalAccount:
    acc = s.execute(select(PortalAccount).where(PortalAccount.patient_id == patient_id)).scalar_one_or_none()
    if acc is None or acc.status == PortalAccountStatus.DELETED:
        raise ValidationError(say("Patienten har ingen portalbruger, der kan spærres eller åbnes."),
                              code="no_portal_user")
    if acc.version != expected_version:
        raise StaleData()
    return acc


def _status_after_reopening(acc: PortalAccount) -> PortalAccountStatus:
    """Active again when the user was ever activated; pending activation when it never was.

    Never activated: no activation time and an unused activation token (a pending user
    always holds one; activating it uses it up)."""
    never = acc.activated_at is None and bool(acc.activation_token)
    return PortalAccountStatus.PENDING if never else PortalAccountStatus.ACTIVE


def _change_portal_user(db, actor: auth.Actor, patient_id: int, reason: str, expected_version: int, *,
                        blocking: bool, now: datetime | None) -> PatientCard:
    auth.require(db, actor, Perm.CREATE_PORTAL_USER, patient_id=patient_id)
    reason = text_gate.check(reason, what=say("Begrundelsen"), max_length=BLOCK_REASON_MAX, required=True)
    now = now or utcnow()
    try:
        with db.write_session() as s:
            cp = registration(s, actor, patient_id)
            acc = _account_for_change(s, patient_id, expected_version)
            before = acc.status
            if blocking:
                if before == PortalAccountStatus.BLOCKED:
                    raise ValidationError(say("Portalbrugeren er allerede spærret."), code="already_blocked")
                acc.status = PortalAccountStatus.BLOCKED
            else:
                if before != PortalAccountStatus.BLOCKED:
                    raise ValidationError(say("Portalbrugeren er ikke spærret, så der er intet at åbne."),
                                          code="not_blocked")
                acc.status = _status_after_reopening(acc)
            event = PortalAccountEvent(
                account_id=acc.id, clinic_id=actor.clinic_id, staff_id=actor.staff_id, at=now,
                action=portal_account.BLOCKED if blocking else portal_account.REOPENED, reason=reason,
            )
            s.add(event)
            s.flush()
            audit.record(s, Action.BLOCK_PORTAL_USER if blocking else Action.REOPEN_PORTAL_USER,
                         staff_id=actor.staff_id, clinic_id=actor.clinic_id, patient_id=patient_id,
                         detail=f"patient card: {before.value} -> {acc.status.value} (event {event.id})")
            return _card(s, cp, now)
    except StaleDataError:
        raise StaleData() from None


def block_portal_user(db, actor: auth.Actor, patient_id: int, reason: str, expected_version: int,
                      *, now: datetime | None = None) -> PatientCard:
    """Block the patient's portal user (active or pending activation), with a reason."""
    return _change_portal_user(db, actor, patient_id, reason, expected_version, blocking=True, now=now)


def reopen_portal_user(db, actor: auth.Actor, patient_id: int, reason: str, expected_version: int,
                       *, now: datetime | None = None) -> PatientCard:
    """Reopen a blocked portal user, with a reason: active again, or pending if never activated."""
    return _change_portal_user(db, actor, patient_id, reason, expected_version, blocking=False, now=now)
