"""Text search in the inbox: an item's first line, subject and every message of its thread.

Substring, case-insensitive (æøå too). Where the database has a full-text index
(migrations ``inbox_02``/``inbox_03``: on SQLite the FTS5 table ``inbox_text`` with the
trigram tokenizer, queried with a quoted phrase, its rowid carrying the item id; on PostgreSQL pg_trgm GIN indexes serving
ILIKE) the search runs through it. Without one, or for terms shorter than three
characters (trigrams cannot serve them), it falls back to a scan with the same
meaning. No Qt here.
"""

from __future__ import annotations

import weakref

from sqlalchemy import event, func, inspect, or_, select, text

from clinicdesk.models import InboxItem, Message

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
