"""Search in the inbox: what a term in the search field finds.

``search_condition(s, db, term)`` is the condition on ``InboxItem`` for a term: a
CPR number (whole, or its first 6-9 digits), a patient's name (every word), or text.

Text search covers an item's first line, subject and every message of its thread.
Substring, case-insensitive (æøå too). Where the database has a full-text index
(migrations ``inbox_02``/``inbox_03``: on SQLite the FTS5 table ``inbox_text`` with the
trigram tokenizer, queried with a quoted phrase, its rowid carrying the item id; on PostgreSQL pg_trgm GIN indexes serving
ILIKE) the search runs through it. Without one, or for terms shorter than three
characters (trigrams cannot serve them), it falls back to a scan with the same
meaning. No Qt here.
"""

from __future__ import annotations

import re
import weakref

from sqlalchemy import and_, event, false, func, inspect, or_, select, text
from sqlalchemy.orm import Session

from clinicdesk.models import InboxItem, Message, Patient
from clinicdesk.services import cpr as cprmod
from clinicdesk.services import text_gate

FTS_ITEM_SHIFT = 2**25  # inbox_text.rowid / FTS_ITEM_SHIFT = the item id (migration inbox_03)
_FTS_CACHE: dict[str, bool] = {}
_FOLD_ENGINES: "weakref.WeakSet" = weakref.WeakSet()


def _fold(value):
    return value.casefold() if isinstance(value, str) else value


def _install_fold(engine) -> None:
    """SQLite's lower() folds ASCII only; names like Ærling need Python's casefold."""
    if engine in _FOLD_ENGINES:
        return

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn, _record, _proxy):
        dbapi_conn.create_function("cd_fold", 1, _fold, deterministic=True)

    _FOLD_ENGINES.add(engine)


def fold(db, column):
    """A column folded for case-insensitive comparison against ``term.casefold()``."""
    if db.is_sqlite:
        _install_fold(db.engine)
        return func.cd_fold(column)
    return func.lower(column)


def escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def has_sqlite_fts(db) -> bool:
    if not db.is_sqlite:
        return False
    key = str(db.url)
    if key not in _FTS_CACHE:
        with db.engine.connect() as c:
            _FTS_CACHE[key] = "inbox_text" in inspect(c).get_table_names()
    return _FTS_CACHE[key]


def fts_phrase(term: str) -> str:
    """An FTS5 phrase query for a substring (trigram tokenizer): quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


ID_LIST_CAP = 1000  # up to this many hits are passed to the item query as a list of ids


def text_item_ids(s, db, term: str) -> list[int] | None:
    """SQLite with FTS: the ids of the items that contain the term, or None when there
    are more than ID_LIST_CAP (or no index): then use ``text_condition``."""
    term = term.strip()
    if not (has_sqlite_fts(db) and len(term) >= 3):
        return None
    rows = s.execute(
        text(f"SELECT DISTINCT rowid / {FTS_ITEM_SHIFT} FROM inbox_text WHERE inbox_text MATCH :q LIMIT :n"),
        {"q": fts_phrase(term), "n": ID_LIST_CAP + 1},
    ).scalars().all()
    return None if len(rows) > ID_LIST_CAP else list(rows)


def text_condition(db, term: str):
    """A condition on InboxItem: the term occurs in its preview, subject or a message."""
    term = term.strip()
    if has_sqlite_fts(db) and len(term) >= 3:
        # the trigram FTS5 table holds both the item's subject+preview and each message;
        # a quoted phrase is a case-insensitive substring match (æøå folded too)
        # the rowid carries the item id (migration inbox_03): no lookup per hit
        return InboxItem.id.in_(
            select(text(f"rowid / {FTS_ITEM_SHIFT}")).select_from(text("inbox_text"))
            .where(text("inbox_text MATCH :fts_q").bindparams(fts_q=fts_phrase(term)))
        )
    pat = f"%{escape_like(term)}%"
    if not db.is_sqlite:  # ILIKE: served by the pg_trgm GIN indexes where present
        return or_(
            InboxItem.preview.ilike(pat, escape="\\"),
            InboxItem.subject.ilike(pat, escape="\\"),
            InboxItem.id.in_(select(Message.item_id).where(Message.body.ilike(pat, escape="\\"))),
        )
    fpat = f"%{escape_like(term.casefold())}%"
    return or_(
        fold(db, InboxItem.preview).like(fpat, escape="\\"),
        fold(db, InboxItem.subject).like(fpat, escape="\\"),
        InboxItem.id.in_(select(Message.item_id).where(fold(db, Message.body).like(fpat, escape="\\"))),
    )


# ---------------------------------------------------------------------------
# the search field: CPR, name or text
# ---------------------------------------------------------------------------
_MAX_PATIENT_IDS = 2000


def _looks_like_cpr(term: str) -> str | None:
    """Normalised 10-character CPR/eCPR when the term is a whole number, else None."""
    if not cprmod.looks_like_cpr(term):
        return None
    parsed = cprmod.try_parse_cpr(term)
    if parsed is not None:
        return parsed.digits
    # a number that fails the date rules may still be stored (never reject a person)
    compact = term.strip().replace("-", "").replace(" ", "")
    return compact.upper() if len(compact) == 10 else None


def _cpr_prefix(term: str) -> str | None:
    """The first 6-9 digits of a CPR number (a birth date, possibly more)."""
    compact = term.strip().replace("-", "").replace(" ", "")
    if re.fullmatch(r"\d{6,9}", compact):
        return compact
    return None


def _patients_in(ids: list[int]):
    """Items of these patients. One patient: equality, so the (patient, received) index
    gives the newest first without a sort."""
    if not ids:
        return false()
    if len(ids) == 1:
        return InboxItem.patient_id == ids[0]
    return InboxItem.patient_id.in_(ids)


def name_condition(db, term: str):
    """Patients whose first or last name contains every word of the term (case-insensitive)."""
    conds = []
    for w in term.split():
        pat = f"%{escape_like(w.casefold())}%"
        conds.append(or_(
            fold(db, Patient.first_name).like(pat, escape="\\"),
            fold(db, Patient.last_name).like(pat, escape="\\"),
        ))
    return and_(*conds)


def search_condition(s: Session, db, term: str):
    """Condition on InboxItem for a search term: CPR (whole or first digits), name, text.

    Returns ``(condition, narrow)``. The matching patients (and, with SQLite's FTS
    index, the matching items) are looked up first, a few index reads; ``narrow``
    says the condition is a short list of ids, so the item query should be driven by
    those ids rather than by scanning the clinic's items in order.
    """
    term = text_gate.check_search(term)
    cpr = _looks_like_cpr(term)
    if cpr is not None:
        ids = s.execute(select(Patient.id).where(Patient.cpr == cpr)).scalars().all()
        return _patients_in(list(ids)), True
    prefix = _cpr_prefix(term)
    if prefix is not None:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        ids = s.execute(select(Patient.id).where(Patient.cpr >= prefix, Patient.cpr < upper)
                        .limit(_MAX_PATIENT_IDS + 1)).scalars().all()
        if len(ids) > _MAX_PATIENT_IDS:
            return InboxItem.patient_id.in_(select(Patient.id).where(Patient.cpr >= prefix, Patient.cpr < upper)), False
        return _patients_in(list(ids)), True
    name_q = select(Patient.id).where(name_condition(db, term))
    pids = s.execute(name_q.limit(_MAX_PATIENT_IDS + 1)).scalars().all()
    names_narrow = len(pids) <= _MAX_PATIENT_IDS
    by_name = _patients_in(list(pids)) if names_narrow else InboxItem.patient_id.in_(name_q)
    item_ids = text_item_ids(s, db, term)
    if item_ids is not None:
        by_text = InboxItem.id.in_(item_ids) if item_ids else false()
        return or_(by_name, by_text), names_narrow
    return or_(by_name, text_condition(db, term)), False
