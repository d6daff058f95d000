"""Importing patients from a CSV file (Filer → "Importér patienter…", ``clinicdesk patients import``).

``import_patients(db, actor, data, *, file_name, dry_run=False, only_good=False) -> ImportReport``
    Reads the bytes (``reading.py``: encoding and separator), judges every line
    (``planning.py``) and, unless it is a dry run, writes in one transaction: all lines or
    nothing when any line is refused, or only the good lines when ``only_good`` says so.
    Lines already patients of the clinic are reported (``EXISTS``) and left alone, so a
    second import of the same file changes nothing. Each created or registered patient is
    audited ``CREATE_PATIENT`` and the import (a dry run too: it looks CPR numbers up)
    ``IMPORT_PATIENTS`` with counts and the file's SHA-256, never names or numbers.
``preview_import(db, actor, data, *, file_name)`` the same as a dry run (the GUI's preview).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from clinicdesk.models import utcnow
from clinicdesk.services import audit, auth
from clinicdesk.services import patient_records as records
from clinicdesk.services.audit import Action
from clinicdesk.services.patient_import.planning import STATUS_DA, LineStatus, PlanLine, plan
from clinicdesk.services.patient_import.reading import COLUMNS, BadFile, CsvFile, read_csv
from clinicdesk.services.inbox.overdue import today_local
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import JoinedText, ServiceText, say

#: Importing patients is setting the clinic up: administrators. Until a ``Perm.IMPORT_PATIENTS``
#: exists this is the administrators' permission for the clinic's set-up.
IMPORT_PERM = Perm.IMPORT_PATIENTS


def _lines(count: int) -> ServiceText:
    """"1 linje" / "N linjer" (two templates, so each language words its own plural)."""
    return (say("{n} linje") if count == 1 else say("{n} linjer")).format(n=count)


def _join(parts: list) -> ServiceText | str:
    out: list = []
    for part in parts:
        out += [", ", part] if out else [part]
    return JoinedText(out) if out else ""


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    encoding: str
    separator: str
    ignored_columns: tuple[str, ...]
    lines: tuple[PlanLine, ...]
    dry_run: bool
    only_good: bool
    written: bool  # patients were created or registered

    def count(self, status: LineStatus) -> int:
        return sum(1 for ln in self.lines if ln.status == status)

    @property
    def refused(self) -> tuple[PlanLine, ...]:
        return tuple(ln for ln in self.lines if ln.status == LineStatus.REFUSED)

    @property
    def to_write(self) -> int:
        return self.count(LineStatus.NEW) + self.count(LineStatus.REGISTER)

    def _counts(self, *, done: bool) -> str:
        new, reg, old = (self.count(s) for s in (LineStatus.NEW, LineStatus.REGISTER, LineStatus.EXISTS))
        parts = []
        if new:
            if done:
                said = say("{n} patient oprettet") if new == 1 else say("{n} patienter oprettet")
            else:
                said = say("{n} patient oprettes") if new == 1 else say("{n} patienter oprettes")
            parts.append(said.format(n=new))
        if reg:
            parts.append((say("{n} tilknyttet klinikken") if done else say("{n} tilknyttes klinikken")).format(n=reg))
        if old:
            parts.append((say("{n} fandtes allerede") if done else say("{n} findes allerede")).format(n=old))
        return _join(parts)

    @property
    def summary(self) -> str:
        """One or two Danish sentences saying what happened (or would happen)."""
        refused = len(self.refused)
        if not self.lines:
            return say("Filen har ingen patientlinjer (kun overskriftslinjen). Intet er importeret.")
        if self.dry_run:
            counts = self._counts(done=False) or say("ingen patienter importeres")
            tail = say("; {lines} afvist").format(lines=_lines(refused)) if refused else ""
            return say("Prøvekørsel: {counts}{tail}. Intet er gemt.").format(counts=counts, tail=tail)
        if refused and not self.only_good:
            return say("{lines} er afvist, så intet er importeret. Ret de afviste linjer og "
                       "importér igen, eller vælg at importere kun de gode linjer.").format(lines=_lines(refused))
        if not self.written and refused == len(self.lines):
            return say("Alle {lines} er afvist; intet er importeret.").format(lines=_lines(refused))
        if not self.written:
            said = say("Alle {n} patienter findes allerede i klinikken; intet er ændret.").format(
                n=len(self.lines) - refused)
            return said + say(" {lines} er afvist.").format(lines=_lines(refused)) if refused else said
        tail = say(" {lines} er afvist og ikke importeret.").format(lines=_lines(refused)) if refused else ""
        return say("Importeret: {counts}.{tail}").format(counts=self._counts(done=True), tail=tail)


def _write(s: Session, actor: auth.Actor, lines: tuple[PlanLine, ...], sha256: str, now: datetime) -> int:
    today = today_local(now)
    todo = [ln for ln in lines if ln.status in (LineStatus.NEW, LineStatus.REGISTER)]
    written = 0
    # guardians (adults) first: a child's guardian may be another line of the file
    for ln in sorted(todo, key=lambda ln: ln.checked.is_child):
        c = ln.checked
        gids = records.guardian_ids(s, actor.clinic_id, c.guardians or (), today) if c.is_child else []
        records.add_to_clinic(s, actor, c, gids, now, detail=f"import {sha256[:12]} line {ln.line}",
                              imported_from=sha256)
        written += 1
    return written


def import_patients(
    db, actor: auth.Actor, data: bytes, *, file_name: str = "", dry_run: bool = False, only_good: bool = False,
    now: datetime | None = None,
) -> ImportReport:
    """Judge (and unless ``dry_run``, import) a patient CSV file; see the module's notes."""
    auth.require(db, actor, IMPORT_PERM)
    now = now or utcnow()
    csv_file: CsvFile = read_csv(data)
    with db.write_session() as s:
        lines = plan(s, actor.clinic_id, csv_file, today_local(now))
        refused = sum(1 for ln in lines if ln.status == LineStatus.REFUSED)
        may_write = not dry_run and (refused == 0 or only_good)
        written = _write(s, actor, lines, csv_file.sha256, now) if may_write else 0
        report = ImportReport(file_name, csv_file.encoding, csv_file.separator, csv_file.ignored_columns, lines,
                              dry_run, only_good, written > 0)
        how = "dry run" if dry_run else ("only good lines" if only_good else "all or nothing")
        audit.record(s, Action.IMPORT_PATIENTS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"file {csv_file.sha256[:12]}, {how}: lines={len(lines)} "
                            f"new={report.count(LineStatus.NEW)} registered={report.count(LineStatus.REGISTER)} "
                            f"existing={report.count(LineStatus.EXISTS)} refused={refused} written={written}")
    return report


def preview_import(db, actor: auth.Actor, data: bytes, *, file_name: str = "",
                   now: datetime | None = None) -> ImportReport:
    """What an import of this file would do (a dry run)."""
    return import_patients(db, actor, data, file_name=file_name, dry_run=True, now=now)


__all__ = [
    "COLUMNS", "IMPORT_PERM", "STATUS_DA", "BadFile", "ImportReport", "LineStatus", "PlanLine", "import_patients",
    "preview_import",
]
