"""Live updates: poll the change log about once a second (and LISTEN on PostgreSQL).

``ChangeWatcher`` asks ``inbox.changes_since`` through the worker every
``interval_ms`` (SQLite: several processes share one file, so polling is the
only signal). On PostgreSQL a ``PgListener`` thread additionally LISTENs on
``clinicdesk_inbox`` and triggers an immediate poll when a NOTIFY for this clinic
arrives. Either way ``changed(frozenset[int])`` is emitted on the GUI thread
with the ids of the items that changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from clinicdesk.services import inbox
from clinicdesk.views.worker import run_in_background

log = logging.getLogger(__name__)


class ChangeWatcher(QObject):
    changed = Signal(object)  # frozenset[int] of item ids (may be empty: "something changed")

    def __init__(self, db, clinic_id: int, parent=None, *, interval_ms: int = 1000):
        super().__init__(parent)
        self._db = db
        self._clinic_id = clinic_id
        self._last_id: int | None = None
        self._busy = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._listener: PgListener | None = None

    @property
    def last_id(self) -> int | None:
        return self._last_id

    def start(self) -> None:
        self._busy = True
        gen_clinic = self._clinic_id
        run_in_background(
            inbox.latest_change_id, self._db, self._clinic_id,
            on_done=lambda last: self._started(gen_clinic, last),
            on_error=lambda exc: self._failed(exc),
            context=self,
        )
        self._timer.start()
        if not getattr(self._db, "is_sqlite", True) and self._listener is None:
            self._start_listener()

    def stop(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def set_clinic(self, clinic_id: int) -> None:
        self._clinic_id = clinic_id
        self._last_id = None
        self.stop()
        self.start()

    def _started(self, clinic_id: int, last: int) -> None:
        self._busy = False
        if clinic_id == self._clinic_id:
            self._last_id = last

    def _failed(self, exc) -> None:
        self._busy = False
        log.warning("inbox change poll failed: %s", type(exc).__name__)

    def poll(self) -> None:
        if self._last_id is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        clinic_id = self._clinic_id
        run_in_background(
            inbox.changes_since, self._db, clinic_id, self._last_id,
            on_done=lambda ch: self._arrived(clinic_id, ch),
            on_error=self._failed,
            context=self,
        )

    def _arrived(self, clinic_id: int, changes) -> None:
        self._busy = False
        if clinic_id != self._clinic_id:
            return
        if changes.last_id != self._last_id:
            self._last_id = changes.last_id
            self.changed.emit(frozenset(changes.item_ids))
        if self._again:
            self._again = False
            self.poll()

    # ------------------------------------------------------------------ PostgreSQL
    def _start_listener(self) -> None:
        try:
            url = self._db.engine.url
            if url.get_backend_name() != "postgresql":
                return
            dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        except Exception:  # noqa: BLE001 - polling still works
            return
        self._listener = PgListener(dsn, self._clinic_id, self)
        self._listener.notified.connect(self.poll)
        self._listener.start()


class PgListener(QThread):
    """LISTEN clinicdesk_inbox on its own psycopg connection; ``notified`` per NOTIFY of our clinic."""

    notified = Signal()

    def __init__(self, dsn: str, clinic_id: int, parent=None):
        super().__init__(parent)
        self._dsn = dsn
        self._clinic_id = str(clinic_id)
        self._stop = False
        self.listening = False  # True once LISTEN is in force

    def stop(self) -> None:
        self._stop = True
        self.wait(3000)

    def run(self) -> None:  # the listener thread
        try:
            import psycopg

            with psycopg.connect(self._dsn, autocommit=True) as conn:
                conn.execute(f"LISTEN {inbox.NOTIFY_CHANNEL}")
                self.listening = True
                while not self._stop:
                    for n in conn.notifies(timeout=0.5, stop_after=1):
                        if n.payload == self._clinic_id:
                            self.notified.emit()
        except Exception as exc:  # noqa: BLE001 - the poll timer keeps working
            self.listening = False
            log.warning("LISTEN %s stopped: %s", inbox.NOTIFY_CHANNEL, type(exc).__name__)
