"""Stock phrases as a CSV file: export, and import all or nothing.

The file has a header line and one phrase per record: ``forkortelse;titel;tekst``
(semicolons, as Danish spreadsheets write them; commas are read too). A text may
hold line breaks inside quotes. ``export_csv`` writes UTF-8 with a byte order mark
(so a spreadsheet shows æ, ø and å); ``import_csv`` reads it with or without one.

Importing matches phrases by abbreviation (case does not matter) in the chosen
scope: a new abbreviation adds a phrase, a known one with another title or text
changes it, an identical one is left alone (importing an export changes nothing).
Phrases missing from the file stay. Every line is checked first with the same
checks as the dialog (``edit.check_phrase``); one bad line and nothing is written:
the refusal lists each bad line with its number and the reason in Danish.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from clinicdesk.models import StockPhrase
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.phrase_admin.edit import (
    PhraseValues, check_phrase, list_phrases, perm_for, scope_clause, scope_name,
)
from clinicdesk.domain.messages import JoinedText, say

HEADER = ("forkortelse", "titel", "tekst")
_HEADER_WORDS = {"forkortelse": 0, "abbreviation": 0, "titel": 1, "title": 1, "tekst": 2, "text": 2, "body": 2}
MAX_FILE_CHARS = 2_000_000
MAX_PHRASES = 5_000
MAX_REPORTED = 20


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int

    def text_da(self) -> str:
        return say("{added} nye, {changed} ændrede og {unchanged} uændrede standardtekster.").format(
            added=self.added, changed=self.changed, unchanged=self.unchanged)


def export_csv(db, actor: auth.Actor, *, personal: bool) -> str:
    """The clinic's phrases (or the actor's personal ones) as CSV text (write it with ``encoding="utf-8-sig"``)."""
    rows = list_phrases(db, actor, personal=personal)
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow((r.abbreviation, r.title, r.body))
    return out.getvalue()


def _refused(problems: list[tuple[int, str]]) -> ValidationError:
    shown = problems[:MAX_REPORTED]
    head = (say("Filen er ikke indlæst (intet er gemt). Ret linjen og prøv igen:") if len(problems) == 1
            else say("Filen er ikke indlæst (intet er gemt). Ret linjerne og prøv igen:"))
    parts: list = [head]
    for n, msg in shown:
        parts += ["\n", say("Linje {n}: {problem}").format(n=n, problem=msg)]
    if len(problems) > len(shown):
        parts += ["\n", say("… og {n} linjer mere.").format(n=len(problems) - len(shown))]
    return ValidationError(JoinedText(parts), code="phrase_csv", lines=tuple(problems))


def parse_csv(text: str) -> list[tuple[int, PhraseValues]]:
    """(line number, checked values) per record, or a ``ValidationError`` listing every bad line."""
    if text is None:
        text = ""
    text = text.lstrip("\ufeff")
    if len(text) > MAX_FILE_CHARS:
        raise ValidationError(say("Filen er for stor til at være en liste af standardtekster (højst 2 MB)."),
                              code="phrase_csv_size")
    if not text.strip():
        raise ValidationError(say("Filen er tom. Den første linje skal være »forkortelse;titel;tekst«."),
                              code="phrase_csv_empty")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error:
        header = []
    cols = [_HEADER_WORDS.get(h.strip().lower().lstrip("\ufeff")) for h in header]
    if sorted(c for c in cols if c is not None) != [0, 1, 2]:
        raise _refused([(1, say("Den første linje skal være overskrifterne »forkortelse;titel;tekst«."))])
    index = {c: i for i, c in enumerate(cols) if c is not None}
    problems: list[tuple[int, str]] = []
    out: list[tuple[int, PhraseValues]] = []
    seen: dict[str, int] = {}
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            problems.append((start, say("Linjen kan ikke læses (et citationstegn er ikke lukket).")))
            break
        if not any(f.strip() for f in record):
            continue  # an empty line
        if len(record) != len(header):
            problems.append((start, say("Linjen har {n} felter, men skal have {wanted} "
                                        "(forkortelse, titel og tekst adskilt af semikolon).").format(
                n=len(record), wanted=len(header))))
            continue
        try:
            values = check_phrase(PhraseValues(*(record[index[c]] for c in range(3))))
        except ClinicDeskError as exc:
            problems.append((start, exc.message))
            continue
        key = values.abbreviation.casefold()
        if key in seen:
            problems.append((start, say("Forkortelsen »{abbreviation}« står også i linje {line}.").format(
                abbreviation=values.abbreviation, line=seen[key])))
            continue
        seen[key] = start
        out.append((start, values))
    if len(out) > MAX_PHRASES:
        problems.append((start, say("Filen har mere end {n} standardtekster.").format(n=MAX_PHRASES)))
    if problems:
        raise _refused(problems)
    return out


def import_csv(db, actor: auth.Actor, text: str, *, personal: bool) -> ImportResult:
    """Read the phrases of ``text`` into the scope: all or nothing, audited."""
    auth.require(db, actor, perm_for(personal, True))
    records = parse_csv(text)
    added = changed = unchanged = 0
    with db.write_session() as s:
        existing = {p.abbreviation.casefold(): p for p in s.execute(
            select(StockPhrase).where(*scope_clause(actor, personal))).scalars()}
        for _line, v in records:
            p = existing.get(v.abbreviation.casefold())
            if p is None:
                s.add(StockPhrase(clinic_id=actor.clinic_id, owner_id=actor.staff_id if personal else None,
                                  abbreviation=v.abbreviation, title=v.title, body=v.body))
                added += 1
            elif (p.abbreviation, p.title, p.body) != (v.abbreviation, v.title, v.body):
                p.abbreviation, p.title, p.body = v.abbreviation, v.title, v.body
                changed += 1
            else:
                unchanged += 1
        s.flush()
        audit.record(s, Action.EDIT_STOCK_PHRASES, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"{scope_name(personal)}s imported: {added} added, {changed} changed, {unchanged} unchanged")
    return ImportResult(added, changed, unchanged)


__all__ = ["HEADER", "ImportResult", "export_csv", "import_csv", "parse_csv"]
