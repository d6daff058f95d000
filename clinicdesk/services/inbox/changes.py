"""The inbox's change log and the one change listener (live updates between workstations).

Every write to an item calls ``record_change(session, clinic_id, item_id)`` in its own
transaction: a ``ChangeEvent`` row (one INSERT, no ORM object) and, on PostgreSQL, ``NOTIFY
clinicdesk_inbox, '<clinic_id>'``. The portal's intake calls it too when it files an item. Claims
on PostgreSQL use ``record_change_rows`` (the tick and the NOTIFY in the claim's own statement).

``latest_change_id(db, clinic_id)`` and ``changes_since(db, clinic_id, last_id) ->
Changes`` read the log. ``open_listener(db, clinic_id) -> ChangeListener`` follows it
for a worker thread (no Qt): ``poll()`` never blocks, ``wait(timeout)`` blocks until
the clinic's inbox changed (LISTEN on a connection of the database's own engine on
PostgreSQL, the change log every ``interval`` seconds on SQLite), ``close()`` from
any thread.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime

from sqlalchemy import func, insert, literal, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from clinicdesk.models import ChangeEvent, utcnow
from clinicdesk.services.inbox.types import Changes

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "clinicdesk_inbox"
#: how long one wait on the LISTEN connection lasts before ``close()`` is noticed
_NOTIFY_SLICE_S = 0.5


def record_change(session: Session, clinic_id: int, item_id: int | None, at: datetime | None = None) -> None:
    """Tick the change log (and NOTIFY on PostgreSQL) in the caller's transaction: one INSERT, no
    ORM object. (``record_change_rows`` does it inside another statement.)"""
    session.execute(insert(ChangeEvent).values(clinic_id=clinic_id, item_id=item_id, at=at or utcnow()))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:ch, :payload)"), {"ch": NOTIFY_CHANNEL, "payload": str(clinic_id)})


def record_change_rows(claimed, clinic_id: int, at):
    """PostgreSQL, for one statement that changes items and logs it: ``claimed`` is a CTE of an
    ``UPDATE … RETURNING id``; the result is a CTE that ticks the change log for each of its
    rows and a column that NOTIFYs, to select from ``claimed`` with it (no row, no tick).
    ``at``: a datetime, or SQL standing for one (a cached statement's bind parameter)."""
    at_sql = at if isinstance(at, ColumnElement) else literal(at, ChangeEvent.at.type)
    ticks = (
        insert(ChangeEvent)
        .from_select(["clinic_id", "item_id", "at"], select(literal(clinic_id), claimed.c.id, at_sql))
        .returning(ChangeEvent.id)
        .cte("ticks")
    )
    ticked = select(func.count()).select_from(ticks).scalar_subquery()
    return ticked, func.pg_notify(NOTIFY_CHANNEL, str(clinic_id))


def latest_change_id(db, clinic_id: int) -> int:
    with db.session() as s:
        return s.execute(select(func.max(ChangeEvent.id)).where(ChangeEvent.clinic_id == clinic_id)).scalar() or 0


def changes_since(db, clinic_id: int, last_id: int, limit: int = 10000) -> Changes:
    """Item ids changed after ``last_id``; ``last_id`` of the result is the next start."""
    with db.session() as s:
        rows = s.execute(
            select(ChangeEvent.id, ChangeEvent.item_id)
            .where(ChangeEvent.clinic_id == clinic_id, ChangeEvent.id > last_id)
            .order_by(ChangeEvent.id)
            .limit(limit)
        ).all()
    if not rows:
        return Changes(last_id, frozenset())
    return Changes(
        rows[-1][0],
        frozenset(r[1] for r in rows if r[1] is not None),
        any(r[1] is None for r in rows),
    )


class ChangeListener:
    """Follows one clinic's change log from ``last_id`` on (see the module docstring).

    ``listening`` is True while LISTEN is in force (PostgreSQL). ``poll`` and ``wait``
    may run in different threads; each result's ``last_id`` is where the next starts.
    """

    def __init__(self, db, clinic_id: int, *, last_id: int | None = None, interval: float = 0.5):
        self.db = db
        self.clinic_id = clinic_id
        self.interval = interval
        self.last_id = latest_change_id(db, clinic_id) if last_id is None else last_id
        self._log_lock = threading.Lock()  # one read of the change log at a time (last_id)
        self._conn_lock = threading.Lock()  # one thread at a time on the LISTEN connection
        self._closed = threading.Event()
        self._conn = None
        if not db.is_sqlite:
            try:
                self._listen()
            except Exception as exc:  # noqa: BLE001 - poll() still reads the change log
                log.warning("LISTEN %s failed: %s", NOTIFY_CHANNEL, type(exc).__name__)

    @property
    def listening(self) -> bool:
        return self._conn is not None

    def _listen(self) -> None:
        """LISTEN on a connection of the database's own engine (its URL and credentials)."""
        conn = self.db.engine.connect()
        try:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql(f"LISTEN {NOTIFY_CHANNEL}")
        except Exception:
            conn.invalidate()
            conn.close()
            raise
        self._conn = conn

    def poll(self) -> Changes:
        """The changes since the last poll or wait; never blocks on other workstations."""
        with self._log_lock:
            ch = changes_since(self.db, self.clinic_id, self.last_id)
            self.last_id = ch.last_id
            return ch

    def wait(self, timeout: float = 2.0) -> Changes:
        """Block until the clinic's inbox changed (or ``timeout`` seconds passed, or
        ``close()``); the changes, empty when none came."""
        deadline = time.monotonic() + timeout
        start = self.last_id
        while not self._closed.is_set():
            ch = self.poll()
            if ch.last_id != start:
                return ch
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if self.listening:
                # PostgreSQL: read the log again only when a NOTIFY came (or at the end)
                while left > 0 and not self._closed.is_set() and not self._notified(min(left, _NOTIFY_SLICE_S)):
                    left = deadline - time.monotonic()
            else:
                self._closed.wait(min(left, self.interval))
        return Changes(self.last_id, frozenset())

    def _notified(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for a NOTIFY on the channel; True when one came."""
        with self._conn_lock:
            if self._conn is None:
                self._closed.wait(seconds)
                return False
            try:
                dbapi = self._conn.connection.dbapi_connection
                for _note in dbapi.notifies(timeout=seconds, stop_after=1):
                    return True
                return False
            except Exception as exc:  # noqa: BLE001 - the change log still answers poll()
                log.warning("LISTEN %s stopped: %s", NOTIFY_CHANNEL, type(exc).__name__)
                self._drop_connection(broken=True)
                return True

    def close(self) -> None:
        """Stop waiting and give the LISTEN connection back (any thread; may wait for a
        wait in progress to reach the end of its slice)."""
        self._closed.set()
        with self._conn_lock:
            self._drop_connection(broken=False)

    def _drop_connection(self, *, broken: bool) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if not broken:
                conn.exec_driver_sql(f"UNLISTEN {NOTIFY_CHANNEL}")
            else:
                conn.invalidate()
        except Exception:  # noqa: BLE001 - a dead connection is not returned to the pool
            conn.invalidate()
        finally:
            conn.close()


def open_listener(db, clinic_id: int, *, last_id: int | None = None, interval: float = 0.5) -> ChangeListener:
    """A listener on the clinic's inbox, starting after ``last_id`` (default: now)."""
    return ChangeListener(db, clinic_id, last_id=last_id, interval=interval)
