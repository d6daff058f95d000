"""The escalation watch says so when it cannot watch (review of issue 15): a tick that fails (the database
gone, locked or unreachable) or never comes back puts a Danish line in the watch's own banner, never a
modal box; the next tick that succeeds takes the line away by itself."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from sqlalchemy.exc import OperationalError

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import ConnectionLost, DatabaseBusy, DatabaseUnreachable
from clinicdesk.views.safety import watch
from window_helpers import open_main_window

T0 = datetime(2026, 3, 3, 10, 7, tzinfo=COPENHAGEN).astimezone(timezone.utc)  # a Tuesday, the clinic is open
TAIL = " Den prøver igen hvert minut. Hold imens selv øje med mappen Haster, og kontakt IT, hvis det varer ved."


def _quiet(qtbot, win):
    """The app's own watch, stopped, its first check come back, on a fixed clock."""
    inst = win.safety
    inst.watch.stop()
    qtbot.waitUntil(lambda: not inst.watch._busy, timeout=10000)
    inst.watch.now = lambda: T0
    return inst


def _ticking(inst, interval_ms: int = 50):
    """The timer firing every ``interval_ms``, as it would every minute."""
    inst.watch.timer.setInterval(interval_ms)
    inst.watch.start()
    return inst


def _fault_line(win) -> QLabel | None:
    return win.findChild(QLabel, "escalationFault")


def _shown(win) -> str:
    """The fault line's text as a person sees it: '' when it (or the bar holding it) is not on screen."""
    line = _fault_line(win)
    return line.text() if line is not None and line.isVisible() else ""


def _no_modal_box() -> bool:
    return not any(w.isVisible() and w.isModal() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))


@pytest.mark.parametrize("fault, cause", [
    (ConnectionLost(), "Forbindelsen til databasen er afbrudt."),
    (DatabaseUnreachable(), "Databasen svarer ikke."),  # a server that is down: refused, not "uventet"
    (DatabaseBusy(), "Databasen er optaget af en anden arbejdsstation."),
    (OperationalError("SELECT", {}, Exception("boom")), "Der opstod en uventet fejl."),
])
def test_a_failing_tick_shows_a_line_in_the_banner_and_the_next_good_tick_takes_it_away(
        qtbot, world, tmp_path, monkeypatch, caplog, fault, cause):
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    real = watch.due_escalations

    def database_gone(*_a, **_k):
        raise fault

    inst = _quiet(qtbot, win)
    monkeypatch.setattr(watch, "due_escalations", database_gone)
    caplog.set_level(logging.INFO)
    _ticking(inst)

    qtbot.waitUntil(lambda: _shown(win) != "", timeout=10000)
    assert _shown(win) == "Overvågningen af hastende henvendelser virker ikke (siden 10:07): " + cause + TAIL
    line = _fault_line(win)
    assert inst.bar.isVisible() and line.textFormat() == line.textFormat().PlainText
    qtbot.wait(50)  # as tall as its lines (a wrapped label in a tool bar stood in six lines' height)
    lines = line.fontMetrics().boundingRect(0, 0, line.contentsRect().width(), 10_000,
                                            Qt.TextFlag.TextWordWrap, line.text()).height()
    assert line.contentsRect().height() <= lines + 2
    assert _no_modal_box()  # the receptionist keeps working
    assert type(fault).__name__ in caplog.text and "boom" not in caplog.text  # the class, never the text

    monkeypatch.setattr(watch, "due_escalations", real)  # the database is back
    qtbot.waitUntil(lambda: _shown(win) == "", timeout=10000)
    assert inst.bar.isHidden()  # no notices either: the bar goes too
    inst.watch.stop()


def test_a_tick_that_never_comes_back_is_said_too(qtbot, world, tmp_path, monkeypatch):
    """A network to PostgreSQL that swallows packets: the tick hangs, and the next ones are skipped."""
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    real = watch.due_escalations
    release = threading.Event()

    def hanging(*a, **k):
        release.wait(20)
        return real(*a, **k)

    inst = _quiet(qtbot, win)
    monkeypatch.setattr(watch, "due_escalations", hanging)
    try:
        _ticking(inst)
        qtbot.waitUntil(lambda: _shown(win) != "", timeout=10000)
        assert _shown(win) == ("Overvågningen af hastende henvendelser virker ikke (siden 10:07): "
                               "Databasen svarer ikke." + TAIL)
        monkeypatch.setattr(watch, "due_escalations", real)
    finally:
        release.set()
    qtbot.waitUntil(lambda: _shown(win) == "", timeout=10000)
    inst.watch.stop()


def test_jobs_that_failed_in_a_clinic_are_said_too(qtbot, world, tmp_path, monkeypatch):
    """The jobs (recording escalations, filing "Ring til patienten" tasks) catch a clinic's failure so
    the other clinics still run; the tick came back fine, so the line never showed (review)."""
    from clinicdesk.services.safety import jobs

    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    real = jobs.file_unread_tasks

    def broken(*_a, **_k):
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    inst = _quiet(qtbot, win)
    monkeypatch.setattr(jobs, "file_unread_tasks", broken)
    _ticking(inst)
    qtbot.waitUntil(lambda: _shown(win) != "", timeout=10000)
    assert _shown(win) == ("Overvågningen af hastende henvendelser virker ikke (siden 10:07): "
                           "Varsler og \"Ring til patienten\"-opgaver kunne ikke gemmes." + TAIL)
    monkeypatch.setattr(jobs, "file_unread_tasks", real)
    qtbot.waitUntil(lambda: _shown(win) == "", timeout=10000)
    inst.watch.stop()


def test_the_fault_line_stays_beside_an_escalation_notice(qtbot, world, tmp_path):
    """The notices and the fault line share the bar: removing the last notice keeps the bar for the line."""
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    inst = _quiet(qtbot, win)
    key = (1, T0)
    inst.banner.add_notice(key, "Haster-henvendelse ikke åbnet i 30 minutter")
    inst.banner.show_fault("Overvågningen virker ikke.")
    inst.banner.remove(key)
    assert inst.bar.isVisible() and _shown(win) == "Overvågningen virker ikke."
    inst.banner.show_fault(None)
    assert inst.bar.isHidden()
