"""A workstation that has signed in to a database before shows the login at once at the next start,
while the database opens: the user types meanwhile, and the login goes on when it is open."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt

from clinicdesk import app as cd_app
from clinicdesk.config import Config, signed_in_before
from clinicdesk.views.main_window import MainWindow
from clinicdesk.views.worker import wait_for_all


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Which databases were signed in to is kept in the data folder: these tests' own (the
    session's is shared, and another test starts on the same unreachable URL as a first start)."""
    monkeypatch.setenv("CLINICDESK_DATA_DIR", str(tmp_path / "data"))


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
    go.set()  # the database opens after all: put away, no login, no window
    wait_for_all()
    qtbot.wait(50)
    assert startup.shell is None and startup.db is None and startup.error_box is None
    startup.dispose()


def test_an_empty_database_after_all_gets_the_first_start_instead_of_the_login(qtbot, tmp_path, sqlite_copy):
    """Signed in here before, but the database is empty now (a new file at the same place): the
    login shown at the start gives way to the choice of the setup or the demo."""
    from clinicdesk.config import remember_signed_in

    url = sqlite_copy(tmp_path / "empty.db")
    remember_signed_in(url)
    startup = cd_app.Startup(url, Config(), demo_when_empty=False)
    startup.start()
    dlg = startup.early_login
    assert dlg is not None
    qtbot.waitUntil(lambda: startup.first_start is not None, timeout=20000)
    assert startup.first_start.isVisible() and startup.early_login is None and startup.shell is None
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()
    startup.dispose()


def test_the_memory_of_a_database_keeps_no_password():
    from clinicdesk.config import _database_digest, _signed_in_path, remember_signed_in, signed_in_before

    remember_signed_in("postgresql://klinik:hemmelig/#?1@db.example.dk:5432/clinicdesk")
    kept = _signed_in_path().read_text(encoding="utf-8")
    assert "hemmelig" not in kept and "klinik" not in kept  # a digest, not the URL
    # the same database whatever its password (changed, or given as a parameter)
    assert signed_in_before("postgresql://klinik:nyt-kodeord@db.example.dk:5432/clinicdesk")
    assert signed_in_before("postgresql://klinik@db.example.dk:5432/clinicdesk?password=x")
    assert not signed_in_before("postgresql://andenbruger:hemmelig/#?1@db.example.dk:5432/clinicdesk")
    assert _database_digest("postgresql://klinik:a@db/x") == _database_digest("postgresql://klinik:b@db/x")
