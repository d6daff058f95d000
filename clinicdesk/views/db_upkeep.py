"""Keeps SQLite's write-ahead log short, off the GUI thread.

SQLite copies its write-ahead log into the database file (a checkpoint) inside the commit
that brings the log to 1,000 pages; at a million items that commit took 0.7 s, and it was
whichever action the user happened to take (opening an item, a page's log entry). While the
window is open, ``WalUpkeep`` asks ``Database.checkpoint`` every few seconds on a worker
thread instead, so the log stays short and no user action pays for it. Nothing on
PostgreSQL (the server does its own). A failed checkpoint loses nothing (the log keeps the
pages) and is tried again at the next tick.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from clinicdesk.views.worker import run_in_background

log = logging.getLogger(__name__)


class WalUpkeep(QObject):
    def __init__(self, db, parent: QObject | None = None, *, interval_ms: int = 2_000):
        super().__init__(parent)
        self._db = db
        self.busy = False
        self.last: tuple[int, int] | None = None  # (pages in the log, pages in the file) of the last run
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def run_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        run_in_background(self._db.checkpoint, on_done=self._done, on_error=self._failed, context=self)

    def _done(self, result) -> None:
        self.busy = False
        self.last = result

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("write-ahead log checkpoint failed: %s", type(exc).__name__)
