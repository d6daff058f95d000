"""A workstation that has signed in to a database before shows the login at once at the next start,
while the database opens: the user types meanwhile, and the login goes on when it is open."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt

from clinicdesk import app as cd_app
from clinicdesk.config import Config, signed_in_before
from clinicdesk.views.main_window import MainWindow
from clinicdesk.views.worker import wait_for_all


def _held_open(monkeypatch) -> threading.Event:
    """Opening the database waits (off the GUI thread) until the event is set."""
    go = threading.Event()
    real = cd_app.open_database

    def slow(*args, **kwargs):
        assert go.wait(20), "the test never let the database open"
        return real(*args, **kwargs)

    monkeypatch.setattr(cd_app, "open_database", slow)
    return go


def _sign_in(qtbot, dlg, username: str, password: str) -> None:
    qtbot.keyClicks(dlg.username_edit, username)
    qtbot.keyClicks(dlg.password_edit, password)
    qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)


def _window(startup) -> MainWindow | None:
    return startup.shell.window if startup.shell is not None else None


def test_the_second_start_shows_the_login_while_the_database_opens(qtbot, world, monkeypatch):
    url = world.db.url.render_as_string(hide_password=False)
    first = cd_app.Startup(url, Config())
    first.start()  # a first start here: the database first, then the login
    assert first.busy.isVisible() and first.early_login is None
    qtbot.waitUntil(lambda: first.shell is not None and first.shell.login_dialog is not None, timeout=20000)
    assert not signed_in_before(url)
    _sign_in(qtbot, first.shell.login_dialog, world.single, world.password)
    qtbot.waitUntil(lambda: _window(first) is not None, timeout=20000)  # (the shell owns its window)
    assert signed_in_before(url)
    first.shell.window.close()
    wait_for_all()
    first.dispose()

    go = _held_open(monkeypatch)
    second = cd_app.Startup(url, Config())
    second.start()
    dlg = second.early_login
    assert dlg is not None and not second.busy.isVisible()  # (the shell deletes it after the login)
    qtbot.waitExposed(dlg)
    assert second.db is None and dlg.windowTitle() == "Log ind – clinicdesk"
    _sign_in(qtbot, dlg, world.single, world.password)  # typed while the database opens
    assert dlg.busy and dlg.status_label.text() == "Åbner databasen …"
    go.set()
    qtbot.waitUntil(lambda: _window(second) is not None, timeout=20000)
    win = _window(second)
    assert win.clinic_label.text() == world.clinic_a.name
    win.close()
    wait_for_all()
    second.dispose()


def test_a_database_that_cannot_be_opened_takes_the_place_of_the_early_login(qtbot, monkeypatch):
    url = "postgresql://nobody@127.0.0.1:1/clinicdesk"
    from clinicdesk.config import remember_signed_in

    remember_signed_in(url)
    startup = cd_app.Startup(url, Config())
    startup.start()
    dlg = startup.early_login
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: startup.error_box is not None, timeout=20000)
    assert startup.error_box.isVisible() and startup.early_login is None
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()  # closed (and deleted) for the message
    assert startup.error_box.text() == "Databasen kunne ikke åbnes. Kontrollér forbindelsen og indstillingerne, og prøv igen."
    startup.error_box.finished.disconnect()  # closing it would end the (test) application
    startup.error_box.hide()
    startup.dispose()


def test_closing_the_early_login_ends_the_program(qtbot, world, monkeypatch):
    url = world.db.url.render_as_string(hide_password=False)
    from clinicdesk.config import remember_signed_in

    remember_signed_in(url)
    exits = []
    monkeypatch.setattr(cd_app.QCoreApplication, "exit", lambda code=0: exits.append(code))
    go = _held_open(monkeypatch)
    startup = cd_app.Startup(url, Config())
    startup.start()
    dlg = startup.early_login
    qtbot.waitExposed(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert exits == [0]
    go.set()
    wait_for_all()
    startup.dispose()
