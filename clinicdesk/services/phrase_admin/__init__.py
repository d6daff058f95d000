"""Editing stock phrases: the clinic's phrases and each staff member's personal ones.

A stock phrase has an abbreviation (typed in an answer and expanded with Tab or
Shift+F2), a title, a text and placeholders (``{fornavn}``, ``{behandler}``,
``{klinik}``, ``{frist}``; the rule is ``services.inbox.placeholders``).

- Clinic phrases (``personal=False``) are read by everyone at the clinic and edited by
  those with ``Perm.EDIT_STOCK_PHRASES`` (administrators, doctors, nurses).
- Personal phrases (``personal=True``) belong to one staff member at one clinic; only
  they see and edit them. The composer offers both (``services.inbox.phrases``); a
  personal phrase wins over a clinic phrase with the same abbreviation.

:mod:`.edit`: ``list_phrases``, ``save_phrase`` (add or change), ``delete_phrase``
and the checks (``check_phrase``). :mod:`.csv_io`: ``export_csv`` and
``import_csv`` (all or nothing; every refused line reported with its number in
Danish). Every change is audited (``EDIT_STOCK_PHRASES``, naming ids and fields,
never the text) in its own transaction.
"""

from clinicdesk.services.phrase_admin.csv_io import ImportResult, export_csv, import_csv, parse_csv
from clinicdesk.services.phrase_admin.edit import (
    MAX_ABBREVIATION, MAX_BODY, MAX_TITLE, PhraseRow, PhraseValues, check_phrase, delete_phrase, list_phrases,
    save_phrase,
)

__all__ = [
    "ImportResult", "MAX_ABBREVIATION", "MAX_BODY", "MAX_TITLE", "PhraseRow", "PhraseValues", "check_phrase",
    "delete_phrase", "export_csv", "import_csv", "list_phrases", "parse_csv", "save_phrase",
]
