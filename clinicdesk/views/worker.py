"""Run work off the GUI thread and get the result back ON the GUI thread.

The one helper every view uses for database work, PDF building and SMTP::

    from clinicdesk.views.worker import run_in_background

    run_in_background(
        inbox.list_items, self._db, self._actor,   # fn and its positional args
        on_done=self._show_items,                  # called with fn's return value
        on_error=self._show_error,                 # called with the exception
        context=self,                              # no callback after self is deleted
    )

How it works (the pattern of Picard's ``picard/util/thread.py``): a
``QRunnable`` runs ``fn`` in ``QThreadPool.globalInstance()``; a small relay
``QObject`` created in the calling (GUI) thread receives the outcome through a
queued signal, so ``on_done``/``on_error`` run in the GUI thread and may touch
widgets. The relay is a child of ``context``: when the widget is destroyed
first, the relay goes with it and the callbacks are simply not called.

Callbacks must never be run from the worker; the worker must never touch a
widget. Exceptions are delivered as objects; only the exception's type is
logged here (never its text: it may carry patient data from SQL parameters).
Tests and shutdown call :func:`wait_for_all` so no work outlives the database.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Every relay waiting for its worker, by key: keeps its Python side (the callbacks) alive
# until it delivered or its context took it down with it.
_pending: dict[int, _Relay] = {}
_keys = itertools.count()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits ``finished`` from its own thread."""

    finished = Signal(object)  # (ok, value): one Python object, whatever fn returned

    def __init__(self, on_done, on_error, parent: QObject | None):
        super().__init__(parent)
        self.key = next(_keys)
        self._on_done = on_done
        self._on_error = on_error
        # a bound method of a QObject: Qt queues the call into this object's thread
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: tuple[bool, Any]) -> None:
        ok, value = outcome
        _pending.pop(self.key, None)
        callback = self._on_done if ok else self._on_error
        self._on_done = self._on_error = None
        try:
            if callback is not None:
                callback(value)
            elif not ok:
                log.error("background task failed: %s (no error handler)", type(value).__name__)
        finally:
            if shiboken6.isValid(self):  # the callback may have closed its context, and this relay with it
                self.deleteLater()


class _Task(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.setAutoDelete(True)
        self._relay = relay
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(*self._args, **self._kwargs)
            ok = True
        except BaseException as exc:  # delivered to on_error, never lost
            ok, result = False, exc
            from clinicdesk.domain.errors import ClinicDeskError

            if not isinstance(exc, ClinicDeskError):
                log.error("background task %s raised %s", getattr(self._fn, "__qualname__", "?"), type(exc).__name__)
        try:
            self._relay.finished.emit((ok, result))
        except RuntimeError:
            pass  # the context widget (and its relay) is gone: nobody to tell


def run_in_background(
    fn: Callable,
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
    **kwargs: Any,
) -> None:
    """Run ``fn(*args, **kwargs)`` in the thread pool; call back on the GUI thread.

    Call this from the GUI thread. ``on_done(result)`` or ``on_error(exc)`` runs
    later in the GUI thread. With ``context`` (usually the calling widget), the
    callbacks are dropped if ``context`` is destroyed before the work ends.
    """
    relay = _Relay(on_done, on_error, context)
    key = relay.key
    _pending[key] = relay
    relay.destroyed.connect(lambda *_: _pending.pop(key, None))
    QThreadPool.globalInstance().start(_Task(relay, fn, args, kwargs))


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until every background task finished (tests, shutdown). True if all did."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
