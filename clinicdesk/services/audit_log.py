"""Reading the audit log ("Logning af opslag"): for administrators only.

``list_entries`` pages through the actor's clinic's log, newest first (keyset by id:
pass the last row's id as ``after_id`` for the next page), each detail and context (why)
in Danish words (``services.audit_words``). ``patient_log`` is the patient's own log
(GDPR art. 15): every entry that touched the patient, searches by their CPR number and
list pages that showed them included, as who, when, what and why, nothing about other
patients; ``patient_log_text`` says it as plain text, ``services.patient_log`` as a PDF. Both check ``Perm.READ_AUDIT_LOG`` first, and reading is itself audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import AuditEntry, ClinicPatient, Patient, StaffMembership, StaffUser, utcnow
from clinicdesk.services import audit, audit_lookups, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.audit_words import context_text, detail_text
from clinicdesk.services.cpr import format_cpr
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.messages import say
from clinicdesk.services.permissions import Perm

MAX_LIMIT = 1000

ACTION_LABELS_DA: dict[str, str] = {
    Action.LOGIN: "Logget ind",
    Action.LOGIN_FAILED: "Mislykket login",
    Action.LOGOUT: "Logget ud",
    Action.LOCKED_OUT: "Konto spærret",
    Action.LOCK_SCREEN: "Skærm låst",
    Action.PERMISSION_DENIED: "Adgang nægtet",
    Action.SWITCH_CLINIC: "Skiftet klinik",
    Action.OPEN_PATIENT: "Åbnet patientkort",
    Action.SEARCH_PATIENT: "Søgt efter patient",
    Action.OPEN_ITEM: "Åbnet henvendelse",
    Action.ANSWER_ITEM: "Besvaret henvendelse",
    Action.UPDATE_ITEM: "Ændret henvendelse",
    Action.DECIDE_RENEWAL: "Afgjort receptfornyelse",
    Action.DECIDE_BOOKING: "Afgjort tidsbestilling",
    Action.DECIDE_SIGNUP: "Afgjort tilmelding",
    Action.EDIT_RIGHTS: "Ændret rettigheder",
    Action.CREATE_PATIENT: "Oprettet patient",
    Action.CREATE_PORTAL_USER: "Oprettet portalbruger",
    Action.EDIT_SETTINGS: "Ændret indstillinger",
    Action.PRINT: "Udskrevet",
    Action.SAVE_FILE: "Gemt fil",
    Action.READ_AUDIT: "Læst loggen",
    Action.PORTAL_REQUEST: "Henvendelse fra portalen",
    Action.OPEN_HISTORY: "Åbnet patientens historik",
    Action.BLOCK_PORTAL_USER: "Spærret portalbruger",
    Action.REOPEN_PORTAL_USER: "Genåbnet portalbruger",
    Action.HAND_OVER: "Givet videre",
    Action.SETUP_CLINIC: "Oprettet klinik",
    Action.CREATE_STAFF: "Oprettet medarbejder",
    Action.EDIT_STAFF: "Ændret medarbejder",
    Action.DEACTIVATE_STAFF: "Deaktiveret medarbejder",
    Action.REACTIVATE_STAFF: "Genaktiveret medarbejder",
    Action.RESET_PASSWORD: "Nulstillet adgangskode",
    Action.UNLOCK_STAFF: "Låst konto op",
    Action.CHANGE_PASSWORD: "Skiftet adgangskode",
    Action.EDIT_PROVIDER_PROFILE: "Ændret behandlerprofil",
    Action.CORRECT_MESSAGE: "Rettet svar",
    Action.EDIT_STOCK_PHRASES: "Ændret standardtekster",
    Action.LIST_PAGE: "Vist liste med patienter",
    Action.PREVIEW_ATTACHMENT: "Vist vedhæftet fil",
    Action.EDIT_PATIENT: "Ændret patientens stamdata",
    Action.IMPORT_PATIENTS: "Importeret patienter",
    Action.EDIT_CALENDAR: "Ændret kalender",
    Action.GENERATE_SLOTS: "Dannet ledige tider",
    Action.VIEW_CALENDAR: "Vist kalenderdag",
    Action.MARK_URGENT: "Markeret som haster",
    Action.UNMARK_URGENT: "Fjernet markering som haster",
    Action.EDIT_SAFETY_TERMS: "Ændret ordlister for haster",
    Action.MARK_MUST_READ: "Markeret svar som skal læses",
    Action.SAFETY_TASK: "Opgave fra sikkerhedsnettet",
    Action.CONTACT_PROBLEM: "E-mailadresse virker ikke",
    Action.ESCALATE: "Hastesag varslet",
}


def action_label(action: str) -> str:
    return ACTION_LABELS_DA.get(action, action)


def _cpr(raw: str | None) -> str:
    if not raw:
        return ""
    try:
        return format_cpr(raw)
    except Exception:  # a bad stored number is still shown as stored
        return raw


def local_time_text(at: datetime) -> str:
    return at.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M:%S")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_name: str
    action: str
    action_label: str
    patient_id: int | None
    patient_name: str
    patient_cpr: str  # DDMMYY-SSSS or ""
    search_term: str
    detail: str  # as stored
    detail_text: str = ""  # in Danish words
    context: str = ""  # as stored (services.audit_lookups)
    context_text: str = ""  # why, in Danish words ("Indbakke: E-konsultation #12", "Søgning", "Behandling")

    @property
    def time_text(self) -> str:
        return local_time_text(self.at)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    next_after_id: int | None  # None: no more rows


@dataclass(frozen=True)
class StaffRef:
    id: int
    name: str


@dataclass(frozen=True)
class PatientRef:
    id: int
    name: str
    cpr: str  # formatted


def list_staff(db, actor: auth.Actor) -> tuple[StaffRef, ...]:
    """The clinic's staff members, for the filter."""
    auth.require(db, actor, Perm.READ_AUDIT_LOG)
    with db.session() as s:
        rows = s.execute(
            select(StaffUser.id, StaffUser.full_name)
            .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id)
            .order_by(StaffUser.full_name)
        ).all()
    return tuple(StaffRef(r[0], r[1]) for r in rows)


def _patient_in_clinic(s, actor: auth.Actor, patient_id: int) -> PatientRef:
    row = s.execute(
        select(Patient.id, Patient.first_name, Patient.last_name, Patient.cpr)
        .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
        .where(Patient.id == patient_id, ClinicPatient.clinic_id == actor.clinic_id)
    ).first()
    if row is None:
        raise NotFound(say("Patienten findes ikke hos klinikken. Søg patienten frem igen."))
    return PatientRef(row[0], f"{row[1]} {row[2]}", _cpr(row[3]))


def patient_ref(db, actor: auth.Actor, patient_id: int) -> PatientRef:
    """Name and CPR of a patient of the actor's clinic (for the filter's label)."""
    auth.require(db, actor, Perm.READ_AUDIT_LOG)
    with db.session() as s:
        return _patient_in_clinic(s, actor, patient_id)


def list_entries(
    db,
    actor: auth.Actor,
    *,
    patient_id: int | None = None,
    staff_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_id: int | None = None,
    limit: int = 200,
) -> AuditPage:
    """One page of the clinic's log, newest first; ``until`` is exclusive."""
    auth.require(db, actor, Perm.READ_AUDIT_LOG, patient_id=patient_id)
    limit = max(1, min(int(limit), MAX_LIMIT))
    stmt = (
        select(
            AuditEntry.id, AuditEntry.at, StaffUser.full_name, AuditEntry.action, AuditEntry.patient_id,
            Patient.first_name, Patient.last_name, Patient.cpr, AuditEntry.search_term, AuditEntry.detail,
            AuditEntry.context,
        )
        .outerjoin(StaffUser, StaffUser.id == AuditEntry.staff_id)
        .outerjoin(Patient, Patient.id == AuditEntry.patient_id)
        .where(AuditEntry.clinic_id == actor.clinic_id)
    )
    if patient_id is not None:
        stmt = stmt.where(AuditEntry.patient_id == patient_id)
    if staff_id is not None:
        stmt = stmt.where(AuditEntry.staff_id == staff_id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEntry.at < until)
    if after_id is not None:
        stmt = stmt.where(AuditEntry.id < after_id)
    stmt = stmt.order_by(AuditEntry.id.desc()).limit(limit)
    with db.write_session() as s:
        rows = s.execute(stmt).all()
        kinds = audit_lookups.item_kinds(s, (r[10] for r in rows))
        audit.record(s, Action.READ_AUDIT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="list")
    out = tuple(
        AuditRow(
            id=r[0], at=r[1], staff_name=r[2] or "", action=r[3], action_label=action_label(r[3]),
            patient_id=r[4], patient_name=f"{r[5]} {r[6]}" if r[4] is not None and r[5] is not None else "",
            patient_cpr=_cpr(r[7]), search_term=r[8] or "", detail=r[9] or "",
            detail_text=detail_text(r[3], r[9] or ""), context=r[10] or "",
            context_text=context_text(r[10] or "", kinds.get(audit_lookups.item_id_of(r[10] or "") or -1)),
        )
        for r in rows
    )
    return AuditPage(out, out[-1].id if len(out) == limit else None)


UNKNOWN_STAFF = say("Ukendt medarbejder")
PORTAL = say("Patienten selv (portalen)")


@dataclass(frozen=True)
class LogLine:
    """One line of the patient's own log, in Danish words."""

    at: datetime  # UTC
    who: str  # the staff member (unknown staff and the portal are named too)
    what: str  # the action
    why: str  # the context: the inbox item, the search, the reason given ("" when none was recorded)
    detail: str  # "" when none

    @property
    def time_text(self) -> str:
        return local_time_text(self.at)


@dataclass(frozen=True)
class PatientLog:
    clinic_name: str
    patient_name: str
    patient_cpr: str  # DDMMYY-SSSS
    made_at: datetime
    made_by: str
    lines: tuple[LogLine, ...]  # oldest first


def _touches(patient_id: int, cpr: str):
    """Entries that name the patient, searched by their CPR number (also older searches that did not
    yet name the patient), or showed them on a list page."""
    raw = cpr.replace("-", "")
    return or_(
        AuditEntry.patient_id == patient_id,
        and_(AuditEntry.action == Action.SEARCH_PATIENT, AuditEntry.search_term.in_({raw, cpr})),
        and_(AuditEntry.action == Action.LIST_PAGE, AuditEntry.detail.like(f"%,{int(patient_id)},%")),
    )


def patient_log(db, actor: auth.Actor, patient_id: int) -> PatientLog:
    """The patient's own log (GDPR art. 15): every entry of the actor's clinic that touched the
    patient, oldest first, with who, when, what and why in Danish words (audited READ_AUDIT)."""
    auth.require(db, actor, Perm.READ_AUDIT_LOG, patient_id=patient_id)
    with db.write_session() as s:
        patient = _patient_in_clinic(s, actor, patient_id)
        rows = s.execute(
            select(AuditEntry.at, AuditEntry.action, AuditEntry.detail, AuditEntry.context, AuditEntry.search_term,
                   StaffUser.full_name)
            .outerjoin(StaffUser, StaffUser.id == AuditEntry.staff_id)
            .where(AuditEntry.clinic_id == actor.clinic_id, _touches(patient_id, patient.cpr))
            .order_by(AuditEntry.id)
        ).all()
        kinds = audit_lookups.item_kinds(s, (r.context for r in rows))
        audit.record(s, Action.READ_AUDIT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="patient log", context=actor.lookup_context)
        made_at = utcnow()
    own = patient.cpr.replace("-", "")

    def line(r) -> LogLine:
        who = r.full_name or (PORTAL if r.action == Action.PORTAL_REQUEST else UNKNOWN_STAFF)
        kind = kinds.get(audit_lookups.item_id_of(r.context or "") or -1)
        if r.action == Action.SEARCH_PATIENT and (r.search_term or "").replace("-", "").upper() == own.upper():
            detail = say("Søgt på patientens CPR-nummer")
        else:
            detail = detail_text(r.action, r.detail)
        return LogLine(r.at, who, action_label(r.action), context_text(r.context, kind), detail)

    return PatientLog(actor.clinic_name, patient.name, patient.cpr, made_at, actor.full_name,
                      tuple(line(r) for r in rows))


def log_text(log: PatientLog) -> str:
    """The patient's log as plain Danish text."""
    out = [
        f"Logning af opslag – {log.clinic_name}".rstrip(" –"),
        "",
        f"Patient: {log.patient_name}, CPR {log.patient_cpr}",
        f"Udskrevet: {local_time_text(log.made_at)} af {log.made_by}",
        "",
        "Her kan du se, hvem i klinikken der har set eller ændret dine oplysninger, hvornår og hvorfor.",
        "",
    ]
    if not log.lines:
        out.append("Ingen har set eller ændret dine oplysninger.")
    for ln in log.lines:
        why = f" – {ln.why}" if ln.why else ""
        detail = f" ({ln.detail})" if ln.detail else ""
        out.append(f"{ln.time_text}  {ln.who}: {ln.what}{why}{detail}")
    out += ["", f"I alt {len(log.lines)} registreringer."]
    return "\n".join(out) + "\n"


def patient_log_text(db, actor: auth.Actor, patient_id: int) -> str:
    """A plain Danish report for the patient: who looked at or changed their data, when and why."""
    return log_text(patient_log(db, actor, patient_id))
