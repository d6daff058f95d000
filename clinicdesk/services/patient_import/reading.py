"""Reading a patient CSV file: encoding, separator, columns, rows with their line numbers. No database.

Encoding: a UTF-8 byte order mark means UTF-8; otherwise the file is read as UTF-8 when
it is valid UTF-8 (text with æ, ø, å in Windows-1252 practically never is) and else as
Windows-1252 (what Danish Excel saves as "CSV (semikolonsepareret)"). UTF-16 ("Unicode
text") is refused with what to do. Separator: the one of ``;``, ``,`` and tab that the
header line holds most of (``;`` on a tie). Column names are matched without regard to
case, spaces, ``-`` and ``_``; unknown columns are skipped and reported.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import JoinedText, say

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000

#: canonical column → the names accepted for it (compared by :func:`_key`)
COLUMNS: dict[str, tuple[str, ...]] = {
    "cpr": ("cpr", "cpr-nummer", "cprnr", "personnummer", "ecpr"),
    "fornavn": ("fornavn", "fornavne"),
    "efternavn": ("efternavn",),
    "adresse": ("adresse",),
    "email": ("email", "e-mail", "e-mailadresse", "mail"),
    "mobil": ("mobil", "mobilnummer", "mobiltelefon"),
    "værge1_cpr": ("værge1_cpr", "værge_cpr", "værge1", "vaerge1_cpr", "forælder1_cpr"),
    "værge2_cpr": ("værge2_cpr", "værge2", "vaerge2_cpr", "forælder2_cpr"),
}
REQUIRED = ("cpr", "fornavn", "efternavn")
_SEPARATORS = {";": say("semikolon"), ",": say("komma"), "\t": say("tabulator")}


def _key(name: str) -> str:
    return "".join(ch for ch in (name or "").strip().casefold() if ch not in " -_\ufeff")


_LOOKUP = {_key(alias): canon for canon, aliases in COLUMNS.items() for alias in aliases}


class BadFile(ValidationError):
    """The file as a whole cannot be read (no line is judged)."""

    code = "bad_file"


@dataclass(frozen=True)
class CsvRow:
    line: int  # the line in the file where the row starts (the header is line 1)
    values: dict  # canonical column → text ("" when empty or missing)


@dataclass(frozen=True)
class CsvFile:
    sha256: str
    encoding: str  # "UTF-8", "UTF-8 med BOM", "Windows-1252"
    separator: str  # "semikolon", "komma", "tabulator"
    ignored_columns: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def _and(parts) -> JoinedText:
    """``»a« og »b«`` with a translatable "og"."""
    out: list = []
    for part in parts:
        out += [say(" og "), part] if out else [part]
    return JoinedText(out)


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding name)``; see the module's notes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadFile(say("Filen er gemt som UTF-16 (»Unicode-tekst«). Gem den i Excel som »CSV UTF-8« eller »CSV "
                          "(semikolonsepareret)«, og prøv igen."), code="utf16")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), say("UTF-8 med BOM")
        except UnicodeDecodeError:
            raise BadFile(say("Filen begynder som UTF-8, men indeholder tegn, der ikke er UTF-8. Gem den igen som "
                              "»CSV UTF-8«, og prøv igen."), code="bad_encoding") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise BadFile(say("Filen kan hverken læses som UTF-8 eller Windows-1252. Gem den i Excel som »CSV UTF-8«, "
                          "og prøv igen."), code="bad_encoding") from None


def _separator(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in _SEPARATORS}
    best = max(counts.values())
    if best == 0:
        return ";"
    return next(sep for sep in (";", ",", "\t") if counts[sep] == best)


def read_csv(data: bytes) -> CsvFile:
    """Read the file; a file that cannot be read at all raises :class:`BadFile` in Danish."""
    if not data or not data.strip():
        raise BadFile(say("Filen er tom. Vælg en CSV-fil med en overskriftslinje og én linje pr. patient."), code="empty")
    if len(data) > MAX_BYTES:
        raise BadFile(say("Filen er over {mb} MB. Del den op i mindre filer, og importér dem "
                          "en ad gangen.").format(mb=MAX_BYTES // (1024 * 1024)), code="too_big")
    text, encoding = decode(data)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    sep = _separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header: list[str] | None = None
    columns: list[str | None] = []
    rows: list[CsvRow] = []
    start = 1
    try:
        for raw in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in raw):
                continue
            if header is None:
                header = raw
                columns = [_LOOKUP.get(_key(h)) for h in raw]
                continue
            if len(rows) >= MAX_ROWS:
                raise BadFile(say("Filen har over {n} patienter. Del den op i mindre filer.").format(n=MAX_ROWS),
                              code="too_many")
            values = {canon: "" for canon in COLUMNS}
            for canon, cell in zip(columns, raw):
                if canon is not None:
                    values[canon] = cell.strip()
            rows.append(CsvRow(line, values))
    except csv.Error:
        raise BadFile(say("Linje {line} kan ikke læses som CSV (et anførselstegn, der ikke lukkes?). Ret "
                          "linjen, og prøv igen.").format(line=reader.line_num), code="bad_csv") from None
    if header is None:
        raise BadFile(say("Filen er tom. Vælg en CSV-fil med en overskriftslinje og én linje pr. patient."), code="empty")
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise BadFile(say("Overskriftslinjen mangler kolonnen {columns}. Første linje skal være overskrifterne, fx "
                          "cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr.").format(
            columns=_and(f"»{c}«" for c in missing)), code="missing_columns")
    doubled = sorted({c for c in columns if c is not None and columns.count(c) > 1})
    if doubled:
        raise BadFile(say("Kolonnen »{column}« står mere end én gang i overskriftslinjen. Fjern den ene.").format(
            column=doubled[0]),
                      code="double_column")
    ignored = tuple(h.strip() for h, c in zip(header, columns) if c is None and h.strip())
    return CsvFile(hashlib.sha256(data).hexdigest(), encoding, _SEPARATORS[sep], ignored, tuple(rows))


__all__ = ["COLUMNS", "REQUIRED", "BadFile", "CsvFile", "CsvRow", "decode", "read_csv"]
