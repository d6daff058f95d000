"""Keeps the open window's idea of the user's rights in step with the database.

Every ``interval_ms`` (and on demand, e.g. after unlocking) it asks
``auth.check_access`` off the GUI thread. A new role is handed to the window
(``role_changed(Actor)``); a deactivated account or a removed membership is
reported (``revoked(message)``) so the window can say so and drop to the login.
The services check the rights at every action anyway; this only lets the window
learn it without waiting for a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from clinicdesk.domain.errors import AccessRevoked
from clinicdesk.services import auth
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text


class AccessWatch(QObject):
    role_changed = Signal(object)  # auth.Actor with the new role
    revoked = Signal(str)  # the Danish message to show

    def __init__(self, db, actor_getter, parent: QObject | None = None, *, interval_ms: int = 60_000):
        super().__init__(parent)
        self._db = db
        self._actor = actor_getter
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        actor = self._actor()
        run_in_background(auth.check_access, self._db, actor, on_done=lambda a: self._done(actor, a),
                          on_error=self._failed, context=self)

    def _done(self, before: auth.Actor, now: auth.Actor) -> None:
        self._busy = False
        if now.role is not before.role:
            self.role_changed.emit(now)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, AccessRevoked):
            self._timer.stop()
            self.revoked.emit(error_text(exc))
        # anything else (a database hiccup) is tried again at the next tick
