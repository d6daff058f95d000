"""Reading the audit log ("Logning af opslag"): for administrators only.

``list_entries`` pages through the actor's clinic's log, newest first (keyset by id:
pass the last row's id as ``after_id`` for the next page). ``patient_log_text`` is a
plain Danish report of who looked at or changed one patient's data, for handing to
the patient (GDPR art. 15): staff names, actions and times, nothing about other
patients. Both check ``Perm.READ_AUDIT_LOG`` first, and reading is itself audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import AuditEntry, ClinicPatient, Patient, StaffMembership, StaffUser, utcnow
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import format_cpr
from clinicdesk.domain.errors import NotFound
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
    detail: str

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
        raise NotFound("Patienten findes ikke hos klinikken. Søg patienten frem igen.")
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
        audit.record(s, Action.READ_AUDIT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="list")
    out = tuple(
        AuditRow(
            id=r[0], at=r[1], staff_name=r[2] or "", action=r[3], action_label=action_label(r[3]),
            patient_id=r[4], patient_name=f"{r[5]} {r[6]}" if r[4] is not None and r[5] is not None else "",
            patient_cpr=_cpr(r[7]), search_term=r[8] or "", detail=r[9] or "",
        )
        for r in rows
    )
    return AuditPage(out, out[-1].id if len(out) == limit else None)


def patient_log_text(db, actor: auth.Actor, patient_id: int) -> str:
    """A plain Danish report for the patient: who looked at or changed their data, and when."""
    auth.require(db, actor, Perm.READ_AUDIT_LOG, patient_id=patient_id)
    with db.write_session() as s:
        patient = _patient_in_clinic(s, actor, patient_id)
        rows = s.execute(
            select(AuditEntry.at, StaffUser.full_name, AuditEntry.action)
            .outerjoin(StaffUser, StaffUser.id == AuditEntry.staff_id)
            .where(AuditEntry.patient_id == patient_id, AuditEntry.clinic_id == actor.clinic_id)
            .order_by(AuditEntry.id)
        ).all()
        audit.record(s, Action.READ_AUDIT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="patient log")
        made_at = utcnow()
    lines = [
        f"Logning af opslag – {actor.clinic_name}".rstrip(" –"),
        "",
        f"Patient: {patient.name}, CPR {patient.cpr}",
        f"Udskrevet: {local_time_text(made_at)} af {actor.full_name}",
        "",
        "Her kan du se, hvem i klinikken der har set eller ændret dine oplysninger, og hvornår.",
        "",
    ]
    if not rows:
        lines.append("Ingen har set eller ændret dine oplysninger.")
    for at, name, action in rows:
        lines.append(f"{local_time_text(at)}  {name or 'Ukendt medarbejder'}: {action_label(action)}")
    lines += ["", f"I alt {len(rows)} registreringer."]
    return "\n".join(lines) + "\n"
