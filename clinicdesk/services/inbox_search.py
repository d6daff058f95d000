"""Text search in the inbox: an item's first line, subject and every message of its thread.

Substring, case-insensitive. Where the database has a full-text index (SQLite FTS5
table ``inbox_text`` with the trigram tokenizer; PostgreSQL pg_trgm GIN indexes,
both from migration ``inbox_0002``) the same LIKE runs through the index; without
one (or for terms shorter than three characters, which trigram indexes cannot
serve) it falls back to a plain scan with the same meaning. No Qt here.
"""

from __future__ import annotations

import weakref

from sqlalchemy import event, func, inspect, or_, select, text

from clinicdesk.models import InboxItem, Message

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


def text_condition(db, term: str):
    """A condition on InboxItem: the term occurs in its preview, subject or a message."""
    pat = f"%{escape_like(term.strip())}%"
    if has_sqlite_fts(db):
        # the trigram FTS5 table holds both the item's subject+preview and each message
        return InboxItem.id.in_(
            select(text("item_id")).select_from(text("inbox_text"))
            .where(text("inbox_text.body LIKE :fts_pat ESCAPE '\\'").bindparams(fts_pat=pat))
        )
    fpat = f"%{escape_like(term.strip().casefold())}%"
    return or_(
        fold(db, InboxItem.preview).like(fpat, escape="\\"),
        fold(db, InboxItem.subject).like(fpat, escape="\\"),
        InboxItem.id.in_(select(Message.item_id).where(fold(db, Message.body).like(fpat, escape="\\"))),
    )
