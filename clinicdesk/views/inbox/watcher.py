"""Live updates: follow the inbox's change log through the service's listener.

``ChangeWatcher`` opens ``inbox.open_listener(db, clinic_id)`` through the worker and
asks ``listener.poll()`` every ``interval_ms`` (SQLite: several processes share one
file, so polling is the only signal). On PostgreSQL the listener LISTENs on the
database's own engine; the watcher then also keeps one ``listener.wait()`` running
in the worker, so a change from another workstation shows at once. The view opens
no connection of its own. Either way ``changed(frozenset[int])`` is emitted on the
GUI thread with the ids of the items that changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from clinicdesk.services import inbox
from clinicdesk.views.worker import run_in_background

log = logging.getLogger(__name__)

#: seconds one ``listener.wait`` may block a worker thread before it is asked again
WAIT_SECONDS = 2.0


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
        self._listener: inbox.ChangeListener | None = None
        self._generation = 0  # bumped by stop(): a listener opened for an older start is closed
        self._opening: int | None = None  # the generation a listener is being opened for

    @property
    def last_id(self) -> int | None:
        return self._last_id

    def start(self) -> None:
        self._timer.start()
        if self._listener is not None or self._opening == self._generation:
            return
        gen = self._opening = self._generation
        run_in_background(
            inbox.open_listener, self._db, self._clinic_id,
            on_done=lambda listener: self._opened(gen, listener),
            on_error=self._open_failed,
            context=self,
        )

    def stop(self) -> None:
        self._timer.stop()
        self._generation += 1
        listener, self._listener = self._listener, None
        if listener is not None:
            run_in_background(listener.close, on_error=self._failed)

    def set_clinic(self, clinic_id: int) -> None:
        self._clinic_id = clinic_id
        self._last_id = None
        self.stop()
        self.start()

    def _opened(self, gen: int, listener) -> None:
        if self._opening == gen:
            self._opening = None
        if gen != self._generation:  # stopped (or another clinic) meanwhile
            run_in_background(listener.close, on_error=self._failed)
            return
        self._listener = listener
        self._last_id = listener.last_id
        if listener.listening:
            self._wait(listener)

    def _open_failed(self, exc) -> None:
        self._opening = None
        self._failed(exc)

    def _failed(self, exc) -> None:
        log.warning("inbox change poll failed: %s", type(exc).__name__)

    def poll(self) -> None:
        listener = self._listener
        if listener is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        run_in_background(
            listener.poll,
            on_done=lambda ch: self._polled(listener, ch),
            on_error=self._poll_failed,
            context=self,
        )

    def _poll_failed(self, exc) -> None:
        self._busy = False
        self._failed(exc)

    def _polled(self, listener, changes) -> None:
        self._busy = False
        self._arrived(listener, changes)
        if self._again:
            self._again = False
            self.poll()

    def _arrived(self, listener, changes) -> None:
        if listener is not self._listener:
            return
        if changes.item_ids or changes.any_without_item:  # the log moved
            # a poll and a wait may hand their results back in either order
            self._last_id = max(self._last_id or 0, changes.last_id)
            self.changed.emit(frozenset(changes.item_ids))

    # ------------------------------------------------------------------ PostgreSQL
    def _wait(self, listener) -> None:
        run_in_background(
            listener.wait, WAIT_SECONDS,
            on_done=lambda ch: self._waited(listener, ch),
            on_error=self._failed,  # the poll timer keeps working
            context=self,
        )

    def _waited(self, listener, changes) -> None:
        if listener is not self._listener:
            return
        self._arrived(listener, changes)
        self._wait(listener)
