"""Creating and editing a patient in the clinic's records (the card's "Rediger", Filer → "Ny patient…").

``check_fields(data, today=...) -> Checked``
    The one check of a patient's own fields, used by the card and by the CSV import:
    CPR or eCPR (``services/cpr.py``: modulus 11 is not a rule), first and last name
    (required), address, e-mail and mobile (``services/contact.py``), each through
    ``text_gate`` (one line, a length limit). Raises ``ValidationError`` in Danish.
``create_patient(db, actor, data) -> PatientForm``
    A new patient of the actor's clinic. A CPR number already in the system (another
    clinic sharing the database) with the same name is registered with this clinic
    instead of created twice; another name is refused. Audited ``CREATE_PATIENT``.
``load_patient(db, actor, patient_id) -> PatientForm`` what the edit dialog shows.
``edit_patient(db, actor, patient_id, data, expected_version) -> PatientForm``
    Audited ``EDIT_PATIENT`` with the names of the changed fields (never values).

Guardians (forældre/værger): a child under :data:`CHILD_AGE` needs at least one, and a
guardian is a patient of the same clinic, at least :data:`GUARDIAN_AGE` years old, found
by CPR number (the import also accepts a guardian on another line of the same file).
For a patient of 15 or over ``guardian_cprs=None`` leaves the stored guardians alone (a
child who turned 15 keeps the history); new guardians are refused.
Every change is one transaction with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.constants import CHILD_AGE, GUARDIAN_AGE
from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.models import ClinicPatient, Guardianship, Patient, utcnow
from clinicdesk.services import audit, auth, contact, text_gate
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.overdue import today_local
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

#: Creating and editing patients. Until a ``Perm.EDIT_PATIENT`` exists this is the permission
#: that already governs the card's contact correction (everyone who handles patients).
EDIT_PERM = Perm.EDIT_PATIENT

MAX_NAME = 100
MAX_ADDRESS = 300
MAX_EMAIL = 200
MAX_GUARDIANS = 2


@dataclass(frozen=True)
class PatientData:
    """What a person types (or a CSV line holds); checked by :func:`check_fields`."""

    cpr: str
    first_name: str
    last_name: str
    address: str = ""
    email: str = ""
    mobile: str = ""
    has_mitid: bool | None = None  # None: CPR number and 15 or over
    guardian_cprs: tuple[str, ...] | None = ()  # None: leave the stored guardians as they are


@dataclass(frozen=True)
class Checked:
    cpr: cprmod.Cpr
    first_name: str
    last_name: str
    address: str
    email: str
    mobile: str
    has_mitid: bool
    is_child: bool
    guardians: tuple[cprmod.Cpr, ...] | None = field(default=())

    def same_name(self, first: str, last: str) -> bool:
        return _name_key(self.first_name, self.last_name) == _name_key(first, last)


@dataclass(frozen=True)
class PatientForm:
    patient_id: int
    cpr: str  # formatted DDMMYY-SSSS
    first_name: str
    last_name: str
    address: str
    email: str
    mobile: str
    has_mitid: bool
    is_child: bool
    guardian_cprs: tuple[str, ...]  # formatted
    version: int
    message: str = ""  # Danish, after a save


def _name_key(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".split()).casefold()


def is_child(cpr: cprmod.Cpr, today: date) -> bool:
    return cprmod.age_on(cpr, today) < CHILD_AGE


def _one_line(value: str, what: str, max_length: int, *, required: bool = False) -> str:
    return text_gate.check(value, what=what, max_length=max_length, required=required, multiline=False)


def check_fields(data: PatientData, *, today: date) -> Checked:
    """The patient's own fields, cleaned; the first fault raises a Danish ``ValidationError``."""
    parsed = cprmod.parse_cpr(data.cpr, today=today)
    first = _one_line(data.first_name, say("Fornavnet"), MAX_NAME, required=True)
    last = _one_line(data.last_name, say("Efternavnet"), MAX_NAME, required=True)
    address = _one_line(data.address, say("Adressen"), MAX_ADDRESS)
    email = _one_line(data.email, say("E-mailadressen"), MAX_EMAIL)
    if email and not contact.is_email(email):
        raise ValidationError(say("E-mailadressen »{email}« ser ikke rigtig ud (fx navn@eksempel.dk). Ret den.").format(
            email=email),
                              code="invalid_email")
    mobile = contact.clean_mobile(_one_line(data.mobile, say("Mobilnummeret"), 30))
    child = is_child(parsed, today)
    guardians = None
    if data.guardian_cprs is not None:
        given = [g for g in (str(x or "").strip() for x in data.guardian_cprs) if g]
        if len(given) > MAX_GUARDIANS:
            raise ValidationError(say("Der kan højst angives {n} forældre (værger).").format(n=MAX_GUARDIANS),
                                  code="too_many_guardians")
        guardians = []
        for g in given:
            try:
                guardians.append(cprmod.parse_cpr(g, today=today))
            except cprmod.InvalidCpr as exc:
                raise ValidationError(say("Forælderens (værgens) CPR-nummer: {problem}").format(problem=exc.message),
                                      code="invalid_guardian_cpr",
                                      reason=exc.details.get("reason")) from None
        if any(g.digits == parsed.digits for g in guardians):
            raise ValidationError(say("En patient kan ikke være sin egen forælder (værge). Ret værgens CPR-nummer."),
                                  code="guardian_is_self")
        if len({g.digits for g in guardians}) != len(guardians):
            raise ValidationError(say("Den samme forælder (værge) står to gange. Fjern den ene."), code="guardian_twice")
        if guardians and not child:
            raise ValidationError(say("Forældre (værger) kan kun angives for børn under {age} år. Fjern værgen, "
                                      "eller ret CPR-nummeret.").format(age=CHILD_AGE), code="guardian_for_adult")
        if child and not guardians:
            raise ValidationError(_missing_guardian(), code="guardian_required")
        guardians = tuple(guardians)
    has_mitid = data.has_mitid if data.has_mitid is not None else (not parsed.is_substitute and not child)
    return Checked(parsed, first, last, address, email, mobile, bool(has_mitid), child, guardians)


def _missing_guardian() -> str:
    return say("Barnet er under {age} år og skal have mindst én forælder (værge), som er patient i klinikken. "
               "Skriv forælderens CPR-nummer (opret forælderen først, hvis han eller hun ikke er patient).").format(
        age=CHILD_AGE)


def guardian_problem(guardian: cprmod.Cpr, today: date) -> str | None:
    """Why this person cannot be a guardian (too young), or None."""
    if cprmod.age_on(guardian, today) < GUARDIAN_AGE:
        return say("Forælderen (værgen) {cpr} er under {age} år og kan ikke være værge. "
                   "Ret værgens CPR-nummer.").format(cpr=guardian.formatted, age=GUARDIAN_AGE)
    return None


# ---------------------------------------------------------------------------- database
def _registration(s: Session, clinic_id: int, patient_id: int) -> ClinicPatient | None:
    return s.execute(select(ClinicPatient).where(ClinicPatient.clinic_id == clinic_id,
                                                 ClinicPatient.patient_id == patient_id)).scalar_one_or_none()


def guardian_ids(s: Session, clinic_id: int, guardians: tuple[cprmod.Cpr, ...], today: date) -> list[int]:
    ids = []
    for g in guardians:
        problem = guardian_problem(g, today)
        if problem:
            raise ValidationError(problem, code="guardian_too_young")
        row = s.execute(select(Patient.id).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                        .where(Patient.cpr == g.digits, ClinicPatient.clinic_id == clinic_id)).first()
        if row is None:
            raise ValidationError(say("Der er ingen patient med CPR-nummeret {cpr} i klinikken, så han eller hun "
                                      "kan ikke være værge. Opret forælderen som patient først.").format(cpr=g.formatted),
                                  code="guardian_not_patient")
        ids.append(row[0])
    return ids


def _set_guardians(s: Session, child_id: int, gids: list[int]) -> bool:
    have = set(s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == child_id)))
    want = set(gids)
    if have == want:
        return False
    if have - want:
        s.execute(delete(Guardianship).where(Guardianship.child_id == child_id,
                                             Guardianship.guardian_id.in_(have - want)))
    for gid in gids:
        if gid not in have:
            s.add(Guardianship(child_id=child_id, guardian_id=gid))
    return True


def _form(s: Session, p: Patient, today: date, message: str = "") -> PatientForm:
    parsed = cprmod.try_parse_cpr(p.cpr, today=date.max)
    gids = s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == p.id)
                     .order_by(Guardianship.id)).all()
    cprs = tuple(cprmod.format_cpr(c) if cprmod.try_parse_cpr(c, today=date.max) else c
                 for c in (s.get(Patient, g).cpr for g in gids))
    return PatientForm(
        patient_id=p.id, cpr=parsed.formatted if parsed else p.cpr, first_name=p.first_name, last_name=p.last_name,
        address=p.address or "", email=p.email or "", mobile=p.mobile or "", has_mitid=bool(p.has_mitid),
        is_child=bool(parsed and is_child(parsed, today)), guardian_cprs=cprs, version=p.version, message=message,
    )


def add_to_clinic(s: Session, actor: auth.Actor, c: Checked, gids: list[int], now: datetime, *,
                  detail: str, imported_from: str | None = None) -> tuple[Patient, bool]:
    """Create the patient (or register a known record with the clinic) and audit it; returns
    ``(patient, created)``. The caller has checked that the CPR is not a patient here and
    that a known record carries the same name."""
    p = s.execute(select(Patient).where(Patient.cpr == c.cpr.digits)).scalar_one_or_none()
    created = p is None
    if created:
        p = Patient(cpr=c.cpr.digits, first_name=c.first_name, last_name=c.last_name, birth_date=c.cpr.birth_date,
                    address=c.address, email=c.email, mobile=c.mobile, has_mitid=c.has_mitid, created_at=now)
        s.add(p)
        s.flush()
    else:  # a record shared with another clinic: only what it lacks is filled in
        p.address = p.address or c.address
        p.email = p.email or c.email
        p.mobile = p.mobile or c.mobile
    s.add(ClinicPatient(clinic_id=actor.clinic_id, patient_id=p.id, added_at=now, imported_from=imported_from))
    for gid in gids:
        if s.execute(select(Guardianship.id).where(Guardianship.child_id == p.id,
                                                   Guardianship.guardian_id == gid)).first() is None:
            s.add(Guardianship(child_id=p.id, guardian_id=gid))
    s.flush()
    audit.record(s, Action.CREATE_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id, patient_id=p.id,
                 detail=detail if created else f"{detail}; known record registered with the clinic",
                 context=actor.lookup_context)
    return p, created


ALREADY_HERE = say("Der er allerede en patient med dette CPR-nummer i klinikken. Søg patienten frem med "
                   "Filer → Find patient (Ctrl+Shift+P).")
OTHER_NAME = say("CPR-nummeret findes allerede i systemet under et andet navn. Tjek CPR-nummer og navn; er begge "
                 "rigtige, rettes navnet på patientkortet.")


def create_patient(db, actor: auth.Actor, data: PatientData, *, now: datetime | None = None) -> PatientForm:
    """A new patient of the actor's clinic (see the module's notes on known records and guardians)."""
    auth.require(db, actor, EDIT_PERM)
    now = now or utcnow()
    today = today_local(now)
    c = check_fields(data if data.guardian_cprs is not None else _with(data, ()), today=today)
    with db.write_session() as s:
        known = s.execute(select(Patient).where(Patient.cpr == c.cpr.digits)).scalar_one_or_none()
        if known is not None and _registration(s, actor.clinic_id, known.id) is not None:
            raise ValidationError(ALREADY_HERE, code="already_patient")
        if known is not None and not c.same_name(known.first_name, known.last_name):
            raise ValidationError(OTHER_NAME, code="known_other_name")
        gids = guardian_ids(s, actor.clinic_id, c.guardians or (), today)
        p, created = add_to_clinic(s, actor, c, gids, now, detail="patient card")
        msg = say("Patienten er oprettet.") if created else say("Patienten fandtes i systemet og er nu tilknyttet klinikken.")
        return _form(s, p, today, msg)


def _with(data: PatientData, guardians) -> PatientData:
    return PatientData(data.cpr, data.first_name, data.last_name, data.address, data.email, data.mobile,
                       data.has_mitid, guardians)


def _patient_here(s: Session, actor: auth.Actor, patient_id: int) -> Patient:
    if _registration(s, actor.clinic_id, patient_id) is None:
        raise NotFound(say("Patienten er ikke tilknyttet klinikken (længere). Søg patienten frem igen."))
    return s.get(Patient, patient_id)


def load_patient(db, actor: auth.Actor, patient_id: int, *, now: datetime | None = None) -> PatientForm:
    """The patient's basic data for the edit dialog (audited as an opened patient)."""
    auth.require(db, actor, Perm.READ_PATIENT, patient_id=patient_id)
    with db.write_session() as s:
        p = _patient_here(s, actor, patient_id)
        audit.record(s, Action.OPEN_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail="edit basic data", context=actor.lookup_context)
        return _form(s, p, today_local(now))


def edit_patient(db, actor: auth.Actor, patient_id: int, data: PatientData, expected_version: int, *,
                 now: datetime | None = None) -> PatientForm:
    """Save the basic data; a stale ``expected_version`` raises ``StaleData``."""
    auth.require(db, actor, EDIT_PERM, patient_id=patient_id)
    now = now or utcnow()
    today = today_local(now)
    try:
        with db.write_session() as s:
            p = _patient_here(s, actor, patient_id)
            if p.version != expected_version:
                raise StaleData()
            parsed = cprmod.try_parse_cpr(data.cpr, today=today)
            child = parsed is not None and is_child(parsed, today)
            guardians = data.guardian_cprs
            if child and guardians is None:  # a child keeps (and must have) guardians
                guardians = tuple(_form(s, p, today).guardian_cprs)
            c = check_fields(_with(data, guardians), today=today)
            if c.cpr.digits != p.cpr:
                other = s.execute(select(Patient.id).where(Patient.cpr == c.cpr.digits)).first()
                if other is not None:
                    raise ValidationError(say("Der er allerede en anden patient med dette CPR-nummer. Tjek nummeret."),
                                          code="cpr_taken")
            changed = [name for name, old, new in (
                ("cpr", p.cpr, c.cpr.digits), ("first_name", p.first_name, c.first_name),
                ("last_name", p.last_name, c.last_name), ("address", p.address or "", c.address),
                ("email", p.email or "", c.email), ("mobile", p.mobile or "", c.mobile),
                ("has_mitid", bool(p.has_mitid), c.has_mitid)) if old != new]
            p.cpr, p.first_name, p.last_name = c.cpr.digits, c.first_name, c.last_name
            p.birth_date = c.cpr.birth_date
            p.address, p.email, p.mobile, p.has_mitid = c.address, c.email, c.mobile, c.has_mitid
            if c.guardians is not None:
                gids = guardian_ids(s, actor.clinic_id, c.guardians, today)
                if _set_guardians(s, p.id, gids):
                    changed.append("guardians")
            s.flush()
            audit.record(s, Action.EDIT_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient_id, detail="patient card: " + (", ".join(changed) or "no change"), context=actor.lookup_context)
            return _form(s, p, today, say("Stamdata er gemt.") if changed else say("Der var ingen ændringer at gemme."))
    except StaleDataError:
        raise StaleData() from None


__all__ = [
    "ALREADY_HERE", "CHILD_AGE", "EDIT_PERM", "GUARDIAN_AGE", "OTHER_NAME", "Checked", "PatientData", "PatientForm",
    "add_to_clinic", "check_fields", "create_patient", "edit_patient", "guardian_ids", "guardian_problem", "is_child",
    "load_patient",
]
