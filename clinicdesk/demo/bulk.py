"""The fast loader for large demos (a million inbox items in a few minutes).

SQLite: the secondary indexes of the inbox tables are dropped for the load and made again
afterwards (one sort per index instead of a million random inserts); the batches are
written on a worker thread with its own driver connection, so SQLite's work (which runs
without the GIL) overlaps with making the next batch in Python; tables with triggers (the
inbox text-search index) are filled from a staging table in one statement.
Other databases: each batch is one ordinary transaction (``rows.bulk_insert``)."""

from __future__ import annotations

import queue
import sqlite3
import threading
from contextlib import contextmanager

from clinicdesk.db import BUSY_TIMEOUT_MS
from clinicdesk.demo.rows import FLUSH_ORDER, TABLES, pop_rows, stored_rows

_BULK_TABLES = ("inbox_item", "message", "attachment", "renewal_request", "renewal_line", "booking_request",
                "signup_request")


def _raw_sqlite(db) -> sqlite3.Connection:
    """A plain driver connection for the bulk load: foreign keys not checked row by row (the ids
    are made by the demo; `clinicdesk db check` runs the full foreign key check), a large page cache."""
    raw = sqlite3.connect(str(db.sqlite_path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("PRAGMA cache_size=-131072")
    raw.execute("PRAGMA temp_store=MEMORY")
    return raw


def _sqlite_insert(raw, table: str, keys: list[str], data: list[tuple]) -> None:
    cols = ", ".join(keys)
    marks = ", ".join("?" * len(keys))
    has_trigger = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchone()
    if not has_trigger:
        raw.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", data)
        return
    # A table with triggers (the text-search index of inbox_02) is filled by ONE statement from a
    # staging table: with one statement per row, FTS5 writes its pending terms at every row's
    # statement savepoint, which is several times slower.
    stage = f"_demo_stage_{table}"
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {cols} FROM main.{table} WHERE 0")
    raw.executemany(f"INSERT INTO temp.{stage} ({cols}) VALUES ({marks})", data)
    raw.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM temp.{stage} ORDER BY rowid")
    raw.execute(f"DELETE FROM temp.{stage}")


class _BulkWriter:
    """Writes the bulk batches on a worker thread with its own SQLite connection.
    Each batch is one transaction; the first error stops the writer and is raised in the caller."""

    def __init__(self, db):
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(db,), name="demo-bulk-writer", daemon=True)
        self._thread.start()

    def put(self, batch) -> None:
        if self._error is not None:
            self.finish()
        self._queue.put(batch)

    def finish(self) -> None:
        if not self._done:
            self._done = True
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self, db) -> None:
        raw = _raw_sqlite(db)
        try:
            while True:
                batch = self._queue.get()
                if batch is None:
                    return
                if self._error is not None:
                    continue  # drain after an error
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    for table, keys, data in batch:
                        _sqlite_insert(raw, table, keys, data)
                    raw.execute("COMMIT")
                except BaseException as exc:  # handed to the caller's thread
                    if raw.in_transaction:
                        raw.execute("ROLLBACK")
                    self._error = exc
        finally:
            raw.close()


class BulkIntegrityError(RuntimeError):
    """The bulk load wrote a row whose reference points nowhere (a bug in the demo generator)."""


def check_foreign_keys(raw) -> None:
    """Run SQLite's foreign_key_check over the whole file; raise on the first broken reference."""
    broken = raw.execute("PRAGMA foreign_key_check").fetchmany(5)
    if broken:
        tables = sorted({row[0] for row in broken})
        raise BulkIntegrityError(f"foreign_key_check found broken references in: {', '.join(tables)}")


def _drop_indexes(raw) -> list[str]:
    """Drop the secondary indexes of the inbox tables for the bulk load; returns their exact SQL."""
    marks = ", ".join(f"'{t}'" for t in _BULK_TABLES)
    rows = raw.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})"
    ).fetchall()
    raw.execute("BEGIN IMMEDIATE")
    for name, _sql in rows:
        raw.execute(f'DROP INDEX "{name}"')
    raw.execute("COMMIT")
    return [sql for _name, sql in rows]


def _write_batch(b, writer: _BulkWriter | None) -> None:
    if writer is None:
        with b.db.write_session() as s:
            b.flush_rows(s.connection())
        return
    batch = []
    for name in FLUSH_ORDER:
        rows = pop_rows(b.rows, name)
        if rows:
            keys, data = stored_rows(TABLES[name], rows)
            batch.append((name, keys, data))
    writer.put(batch)


@contextmanager
def bulk_writes(b, *, drop_indexes: bool):
    """A bulk load of the build state ``b``'s rows: yields ``write()``, which writes the
    pending rows as one batch. Leaving the block waits for the last batch and (SQLite)
    makes the dropped indexes again, also after an error."""
    raw = _raw_sqlite(b.db) if b.db.is_sqlite else None
    try:
        dropped = _drop_indexes(raw) if drop_indexes and raw is not None else []
        writer = None
        try:
            if raw is not None:
                writer = _BulkWriter(b.db)
            yield lambda: _write_batch(b, writer)
            if writer is not None:
                writer.finish()
                check_foreign_keys(raw)  # written with the checks off: prove every reference now
        finally:
            if writer is not None:
                writer.finish()  # (no-op when finished; stops the thread after an error)
            if dropped:
                raw.execute("BEGIN IMMEDIATE")
                for sql in dropped:  # one sort per index instead of a million random inserts
                    raw.execute(sql)
                raw.execute("COMMIT")
    finally:
        if raw is not None:
            raw.close()
