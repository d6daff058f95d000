"""Judging each line of a patient CSV file against the rules and the clinic's records.

A line is one of: ``NEW`` (the patient is created), ``REGISTER`` (the CPR number is known
in the system, from another clinic sharing the database, under the same name: the record
is registered with this clinic), ``EXISTS`` (already a patient of the clinic under the same
name: left as it is, reported, not an error; this is what makes a second import of the
same file change nothing) or ``REFUSED`` with a Danish reason. The checks of the fields
themselves are ``services/patient_records.py`` ``check_fields`` (the card uses the same).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import ClinicPatient, Patient
from clinicdesk.services import cpr as cprmod
from clinicdesk.services import patient_records as records
from clinicdesk.services.patient_import.reading import CsvFile, CsvRow
from clinicdesk.domain.messages import say


class LineStatus(str, enum.Enum):
    NEW = "new"
    REGISTER = "register"
    EXISTS = "exists"
    REFUSED = "refused"


STATUS_DA = {
    LineStatus.NEW: say("Oprettes"),
    LineStatus.REGISTER: say("Tilknyttes klinikken"),
    LineStatus.EXISTS: say("Findes allerede"),
    LineStatus.REFUSED: say("Afvist"),
}


@dataclass(frozen=True)
class PlanLine:
    line: int
    cpr: str  # formatted when it parses, else as written
    name: str
    status: LineStatus
    reason: str = ""  # Danish: why refused, or a note for EXISTS
    checked: records.Checked | None = None
    guardian_lines: tuple[int, ...] = ()  # lines of this file that are the patient's guardians

    @property
    def status_text(self) -> str:
        return STATUS_DA[self.status]

    @property
    def good(self) -> bool:
        return self.status != LineStatus.REFUSED


_MOBILE_REASON = say("Mobilnummeret skal være 8 cifre (evt. med +45 foran).")


def _field_reason(exc: ValidationError) -> str:
    if exc.code == "invalid_mobile":
        return _MOBILE_REASON
    return exc.message


def _shown_cpr(text: str) -> str:
    parsed = cprmod.try_parse_cpr(text, today=date.max)
    return parsed.formatted if parsed else text


def _known(s: Session, clinic_id: int, digits: set[str]) -> dict[str, tuple[Patient, ClinicPatient | None]]:
    out: dict[str, tuple[Patient, ClinicPatient | None]] = {}
    ordered = sorted(digits)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for p, cp in s.execute(
            select(Patient, ClinicPatient).outerjoin(
                ClinicPatient, (ClinicPatient.patient_id == Patient.id) & (ClinicPatient.clinic_id == clinic_id))
            .where(Patient.cpr.in_(chunk))
        ):
            out[p.cpr] = (p, cp)
    return out


def _first_pass(row: CsvRow, today: date, seen: dict[str, int], known, sha256: str) -> PlanLine:
    v = row.values
    name = " ".join(f"{v['fornavn']} {v['efternavn']}".split())
    cpr_text = v["cpr"]
    guardians = tuple(g for g in (v["værge1_cpr"], v["værge2_cpr"]) if g)
    data = records.PatientData(cpr=cpr_text, first_name=v["fornavn"], last_name=v["efternavn"], address=v["adresse"],
                               email=v["email"], mobile=v["mobil"], guardian_cprs=guardians)
    try:
        checked = records.check_fields(data, today=today)
    except ValidationError as exc:
        return PlanLine(row.line, _shown_cpr(cpr_text), name, LineStatus.REFUSED, _field_reason(exc))
    shown = checked.cpr.formatted
    if checked.cpr.digits in seen:
        return PlanLine(row.line, shown, name, LineStatus.REFUSED,
                        say("Samme CPR-nummer står allerede i linje {line}. Fjern den ene linje.").format(
                            line=seen[checked.cpr.digits]))
    seen[checked.cpr.digits] = row.line
    hit = known.get(checked.cpr.digits)
    if hit is None:
        return PlanLine(row.line, shown, name, LineStatus.NEW, checked=checked)
    patient, registration = hit
    if not checked.same_name(patient.first_name, patient.last_name):
        if registration is not None:
            return PlanLine(row.line, shown, name, LineStatus.REFUSED,
                            say("CPR-nummeret tilhører allerede en patient i klinikken med et andet navn. Tjek "
                                "CPR-nummer og navn."))
        return PlanLine(row.line, shown, name, LineStatus.REFUSED, records.OTHER_NAME)
    if registration is not None:
        note = (say("Blev importeret fra denne fil tidligere; ændres ikke.") if registration.imported_from == sha256
                else say("Er allerede patient i klinikken; ændres ikke."))
        return PlanLine(row.line, shown, name, LineStatus.EXISTS, note, checked=checked)
    return PlanLine(row.line, shown, name, LineStatus.REGISTER, checked=checked)


def _guardian_pass(line: PlanLine, by_cpr: dict[str, PlanLine], known, today: date) -> PlanLine:
    """A child's guardians: a patient of the clinic, or a good line of this file, 18 or over."""
    c = line.checked
    if line.status not in (LineStatus.NEW, LineStatus.REGISTER) or not c or not c.guardians:
        return line
    in_file = []
    for g in c.guardians:
        problem = records.guardian_problem(g, today)
        if problem:
            return _refuse(line, problem)
        hit = known.get(g.digits)
        if hit is not None and hit[1] is not None:
            continue  # a patient of the clinic
        other = by_cpr.get(g.digits)
        if other is None:
            return _refuse(line, say("Forælderen (værgen) {cpr} er hverken patient i klinikken eller med i "
                                     "filen. Tilføj forælderen i filen, eller opret ham eller hende først.").format(
                cpr=g.formatted))
        if not other.good:
            return _refuse(line, say("Forælderen (værgen) i linje {line} er afvist, så barnet kan ikke importeres "
                                     "uden. Ret linje {line} først.").format(line=other.line))
        in_file.append(other.line)
    return PlanLine(line.line, line.cpr, line.name, line.status, line.reason, c, tuple(in_file))


def _refuse(line: PlanLine, reason: str) -> PlanLine:
    return PlanLine(line.line, line.cpr, line.name, LineStatus.REFUSED, reason)


def plan(s: Session, clinic_id: int, csv_file: CsvFile, today: date) -> tuple[PlanLine, ...]:
    """Every line of the file judged, in file order."""
    wanted: set[str] = set()
    for row in csv_file.rows:
        for text in (row.values["cpr"], row.values["værge1_cpr"], row.values["værge2_cpr"]):
            parsed = cprmod.try_parse_cpr(text, today=date.max) if text else None
            if parsed is not None:
                wanted.add(parsed.digits)
    known = _known(s, clinic_id, wanted)
    seen: dict[str, int] = {}
    first = [_first_pass(row, today, seen, known, csv_file.sha256) for row in csv_file.rows]
    by_cpr: dict[str, PlanLine] = {}
    for row, ln in zip(csv_file.rows, first):
        parsed = cprmod.try_parse_cpr(row.values["cpr"], today=date.max)
        if parsed is not None:
            by_cpr.setdefault(parsed.digits, ln)
    # a guardian line is 18 or over, so it has no guardians itself: one more pass settles every child
    return tuple(_guardian_pass(ln, by_cpr, known, today) for ln in first)


__all__ = ["STATUS_DA", "LineStatus", "PlanLine", "plan"]
