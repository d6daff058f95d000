"""The application shell as a receptionist meets it: login, main window, clinic switch, idle lock."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget
from sqlalchemy import select, text

from clinicdesk.config import Config
from clinicdesk.models import AuditEntry
from clinicdesk.services.audit import Action
from clinicdesk.views.login_dialog import LoginDialog
from clinicdesk.views.main_window import MainWindow
from clinicdesk.domain.errors import LoginFailed
from clinicdesk.views.worker import run_in_background, wait_for_all



def _actions(db) -> list[str]:
    with db.session() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def _open_login(qtbot, world) -> LoginDialog:
    dlg = LoginDialog(world.db, [world.clinic_a.name, world.clinic_b.name])
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    return dlg


def _type_login(qtbot, dlg: LoginDialog, username: str, password: str) -> None:
    dlg.username_edit.clear()
    qtbot.keyClicks(dlg.username_edit, username)
    qtbot.keyClicks(dlg.password_edit, password)
    qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)


def _wait_idle(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)


def _window(qtbot, world, result, actor, **kw) -> MainWindow:
    win = MainWindow(world.db, result, actor, **kw)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# ---------------------------------------------------------------------------- login
def test_login_with_enter_opens_main_window_with_clinic_and_user(qtbot, world):
    from clinicdesk.app import Shell

    shell = Shell(world.db, Config(idle_lock_minutes=5))
    shell.start()
    qtbot.waitUntil(lambda: shell.login_dialog is not None, timeout=10000)
    dlg = shell.login_dialog
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    assert world.clinic_a.name in dlg.windowTitle()
    assert dlg.focusWidget() is dlg.username_edit
    assert dlg.password_edit.echoMode() == dlg.password_edit.EchoMode.Password

    _type_login(qtbot, dlg, world.single, world.password)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    win = shell.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)

    assert win.clinic_label.text() == world.clinic_a.name
    name = win.login_result.full_name
    assert name and win.user_label.text() == f"{name} · Sekretær"
    assert world.clinic_a.name in win.windowTitle()
    from clinicdesk.app import WINDOW_INSTALLERS

    if any(m == "clinicdesk.views.inbox" for m, _ in WINDOW_INSTALLERS):
        assert win.page("inbox") is not None  # the inbox plugged itself in after login
    assert not win.switch_menu.menuAction().isVisible()  # only shared staff switch clinic
    assert Action.LOGIN in _actions(world.db)[-3:]  # the login (then the inbox's first page, a logged lookup)


def test_wrong_password_shows_danish_error(qtbot, world):
    dlg = _open_login(qtbot, world)
    _type_login(qtbot, dlg, world.single, "forkert")
    _wait_idle(qtbot, dlg)
    assert dlg.error_label.isVisible()
    assert dlg.error_label.text() == LoginFailed.default_message
    assert "forsøg tilbage" not in dlg.error_label.text()  # it would tell that the user exists
    assert dlg.password_edit.text() == ""
    assert dlg.isVisible()


def test_five_wrong_passwords_lock_the_account(qtbot, world):
    dlg = _open_login(qtbot, world)
    for _ in range(5):
        qtbot.keyClicks(dlg.password_edit, "forkert")
        dlg.username_edit.setText(world.single)
        qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)
        _wait_idle(qtbot, dlg)
    assert dlg.error_message == LoginFailed.default_message
    # the right password does not help while the account is locked
    qtbot.keyClicks(dlg.password_edit, world.password)
    qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)
    _wait_idle(qtbot, dlg)
    assert dlg.error_message == LoginFailed.default_message
    assert Action.LOCKED_OUT in _actions(world.db)


def test_empty_fields_are_explained(qtbot, world):
    dlg = _open_login(qtbot, world)
    qtbot.mouseClick(dlg.login_button, Qt.MouseButton.LeftButton)
    assert dlg.error_message == "Skriv dit brugernavn."


# ---------------------------------------------------------------------------- shared staff
def test_shared_staff_picks_a_clinic_and_switches(qtbot, world):
    a, b = world.clinic_a.name, world.clinic_b.name
    switches_before = _actions(world.db).count(Action.SWITCH_CLINIC)
    dlg = _open_login(qtbot, world)
    with qtbot.waitSignal(dlg.logged_in, timeout=10000) as got:
        _type_login(qtbot, dlg, world.shared, world.password)
        qtbot.waitUntil(lambda: dlg.clinic_combo.isVisible(), timeout=10000)
        assert sorted(dlg.clinic_combo.itemText(i) for i in range(dlg.clinic_combo.count())) == sorted(
            [f"{a} (Sekretær)", f"{b} (Administrator)"]
        )
        assert dlg.focusWidget() is dlg.clinic_combo
        dlg.clinic_combo.setCurrentIndex(dlg.clinic_combo.findData(world.clinic_a.id))
        qtbot.keyClick(dlg.clinic_combo, Qt.Key.Key_Return)  # Enter = "Fortsæt"
    result, actor = got.args
    assert actor.clinic_id == world.clinic_a.id

    win = _window(qtbot, world, result, actor)
    name = result.full_name
    assert win.clinic_label.text() == a
    assert win.user_label.text() == f"{name} · Sekretær"
    assert win.switch_menu.menuAction().isVisible()
    assert win.welcome.title.text() == f"Velkommen, {name}"
    assert "Filer → Skift klinik" in win.welcome.tips.text()

    seen = []
    win.actor_changed.connect(seen.append)
    with qtbot.waitSignal(win.actor_changed, timeout=10000):
        win.clinic_actions[world.clinic_b.id].trigger()
    assert seen[0].clinic_id == world.clinic_b.id
    assert win.actor.clinic_id == world.clinic_b.id
    assert win.clinic_label.text() == b
    assert win.user_label.text() == f"{name} · Administrator"
    assert b in win.windowTitle()
    assert f"hos {b} som administrator" in win.welcome.text.text()
    assert win.clinic_actions[world.clinic_b.id].isChecked()
    assert _actions(world.db).count(Action.SWITCH_CLINIC) == switches_before + 1  # now (the one at login is a login)
    with world.db.session() as s:  # the clinic chosen at login is in that clinic's log as the login
        chosen = s.execute(select(AuditEntry.clinic_id).where(AuditEntry.action == Action.LOGIN,
                                                             AuditEntry.detail == "clinic chosen")).scalars().all()
    assert chosen[-1] == world.clinic_a.id


# ---------------------------------------------------------------------------- idle lock
def test_idle_lock_hides_patient_data_and_keeps_draft(qtbot, world, login_as):
    win = _window(qtbot, world, *login_as(world.single), idle_timeout_ms=600_000)
    draft = QTextEdit()
    draft.setObjectName("draft")
    win.add_page("draft", "Kladde", draft)
    win.show_page("draft")
    card = QWidget()  # another window of the app, e.g. a patient card
    card.setWindowTitle("Patientkort")
    qtbot.addWidget(card)
    card.show()
    qtbot.keyClicks(draft, "Kære patient, dit svar")
    win.statusBar().showMessage("Åbnet: Emilie Pedersen")  # panes may put patient data there

    with qtbot.waitSignal(win.locked_changed, timeout=5000):
        win.set_idle_timeout(30)
    assert win.is_locked
    assert not draft.isVisible() and not win.tabs.isVisible() and not card.isVisible()
    assert not win.statusBar().isVisible()
    assert win.lock_page.isVisible()
    assert win.windowTitle() == "clinicdesk – låst"
    assert not win.menuBar().isEnabled()
    assert win.login_result.full_name in win.lock_page.who_label.text()

    # wrong password: the Danish message, still locked
    qtbot.keyClicks(win.lock_page.password_edit, "forkert")
    qtbot.keyClick(win.lock_page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(win.lock_page.error_message), timeout=10000)
    assert win.lock_page.error_message == LoginFailed.default_message
    assert win.is_locked and not draft.isVisible()

    win.set_idle_timeout(600_000)
    with qtbot.waitSignal(win.locked_changed, timeout=10000):
        qtbot.keyClicks(win.lock_page.password_edit, world.password)
        qtbot.mouseClick(win.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert not win.is_locked
    assert draft.isVisible() and card.isVisible() and win.statusBar().isVisible()
    assert draft.toPlainText() == "Kære patient, dit svar"
    assert win.clinic_label.text() == world.clinic_a.name in win.windowTitle()
    assert Action.LOCK_SCREEN in _actions(world.db)


def test_ctrl_l_locks_and_sign_out_from_lock_screen(qtbot, world, login_as):
    win = _window(qtbot, world, *login_as(world.single))
    win.activateWindow()
    with qtbot.waitSignal(win.locked_changed, timeout=5000):
        win.lock_action.trigger()
    assert win.is_locked
    with qtbot.waitSignal(win.signed_out, timeout=10000):
        qtbot.mouseClick(win.lock_page.sign_out_button, Qt.MouseButton.LeftButton)
    assert not win.isVisible()
    wait_for_all()
    actions = _actions(world.db)
    assert sorted(actions[-2:]) == sorted([Action.LOCK_SCREEN, Action.LOGOUT])  # both audited (in parallel)


def test_pages_get_view_menu_entries_and_help_actions(qtbot, world, login_as):
    from PySide6.QtGui import QAction

    win = _window(qtbot, world, *login_as(world.single))
    win.add_page("inbox", "Indbakke", QWidget())
    titles = [a.text() for a in win.view_menu.actions()]
    assert titles == ["Velkommen", "Indbakke"]
    assert win.view_menu.actions()[1].shortcut().toString() == "Ctrl+2"
    with pytest.raises(ValueError):
        win.add_page("inbox", "Indbakke", QWidget())
    win.remove_page("welcome").deleteLater()
    assert [a.text() for a in win.view_menu.actions()] == ["Indbakke"]
    win.add_page("card", "Patientkort", QWidget())
    assert win.view_menu.actions()[1].shortcut().toString() == "Ctrl+1"  # the lowest free one
    guide = QAction("Patientvejledninger", win)
    win.add_help_action(guide)
    help_texts = [a.text() for a in win.help_menu.actions() if not a.isSeparator()]
    assert help_texts == ["&Tastaturgenveje", "&Patientvejledninger…", "Patientvejledninger", "&Om clinicdesk"]


# ---------------------------------------------------------------------------- worker
def test_worker_delivers_on_gui_thread_and_drops_results_for_deleted_context(qtbot):
    got = []
    run_in_background(lambda: threading.current_thread(), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got[0] is not threading.main_thread()  # ran in the pool …

    where = []
    run_in_background(lambda: 1, on_done=lambda _r: where.append(threading.current_thread()))
    qtbot.waitUntil(lambda: bool(where), timeout=5000)
    assert where[0] is threading.main_thread()  # … and came back on the GUI thread

    errors = []
    run_in_background(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)

    gate = threading.Event()
    dropped = []
    context = QObject()
    run_in_background(gate.wait, 5, on_done=dropped.append, context=context)
    context.deleteLater()
    qtbot.wait(20)
    gate.set()
    wait_for_all()
    qtbot.wait(20)
    assert dropped == []


# ---------------------------------------------------------------------------- self-test
def test_self_test_exits_zero():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run(
        [sys.executable, "-c", "import sys; from clinicdesk.cli import main; sys.exit(main(['--self-test']))"],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert res.returncode == 0, res.stderr
    assert "self-test ok" in res.stdout


# ---------------------------------------------------------------------------- startup
def test_startup_opens_the_database_then_the_login(qtbot, world):
    from clinicdesk.app import Startup

    startup = Startup(world.db.url.render_as_string(hide_password=False), Config())
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None and startup.shell.login_dialog is not None, timeout=20000)
    dlg = startup.shell.login_dialog
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    assert world.clinic_a.name in dlg.windowTitle()
    assert not startup.busy.isVisible()
    wait_for_all()
    # the workstation anchored the log of lookups outside the database (issue 11)
    from clinicdesk.services import audit_anchor

    anchor = audit_anchor.newest(startup.db)
    assert anchor is not None and anchor.count > 0 and anchor.database == startup.db.display_url
    startup.dispose()


def test_unreachable_database_gives_a_danish_message_not_a_traceback(qtbot):
    from clinicdesk.app import Startup

    startup = Startup("postgresql://nobody@127.0.0.1:1/clinicdesk", Config())
    startup.start()
    qtbot.waitUntil(lambda: startup.error_box is not None, timeout=20000)
    box = startup.error_box
    assert box.isVisible()
    assert box.text() == "Databasen kunne ikke åbnes. Kontrollér forbindelsen og indstillingerne, og prøv igen."
    assert "127.0.0.1:1/clinicdesk" in box.informativeText()
    assert startup.shell is None
    box.finished.disconnect()  # closing it would end the (test) application
    box.hide()
    box.deleteLater()


# ---------------------------------------------------------------------------- English
def test_english_translation_is_loaded(qtbot, qapp, world):
    from clinicdesk.app import install_translations

    translators = install_translations(qapp, "en")
    try:
        dlg = _open_login(qtbot, world)
        assert dlg.login_button.text() == "Log in"
        assert dlg.windowTitle().startswith("Log in – ")
        _type_login(qtbot, dlg, world.single, "forkert")
        _wait_idle(qtbot, dlg)
        # the service's message, through its translation (English once clinicdesk_en.ts has it)
        from clinicdesk.views.service_text import service_text

        assert dlg.error_message == service_text(LoginFailed.default_message)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


# ---------------------------------------------------------------------------- rights that change
def test_a_new_role_reaches_the_open_window(qtbot, world, login_as):
    from clinicdesk.domain.enums import Role
    from clinicdesk.models import StaffMembership

    result, actor = login_as(world.single)
    win = _window(qtbot, world, result, actor)
    assert actor.role is Role.RECEPTIONIST
    with world.db.write_session() as s:
        m = s.scalars(select(StaffMembership).where(StaffMembership.staff_id == actor.staff_id,
                                                    StaffMembership.clinic_id == actor.clinic_id)).one()
        m.role = Role.ADMIN
    with qtbot.waitSignal(win.actor_changed, timeout=10000):
        win.access_watch.check_now()
    assert win.actor.role is Role.ADMIN
    assert win.statusBar().currentMessage() == "Din rolle er ændret til Administrator."


def test_a_deactivated_account_is_told_and_dropped_to_the_login(qtbot, world, login_as):
    from PySide6.QtWidgets import QMessageBox

    from clinicdesk.models import StaffUser

    result, actor = login_as(world.single)
    win = _window(qtbot, world, result, actor)
    with world.db.write_session() as s:
        s.get(StaffUser, actor.staff_id).active = False
    win.access_watch.check_now()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "accessRevokedBox") is not None, timeout=10000)
    box = win.findChild(QMessageBox, "accessRevokedBox")
    assert "Din adgang er blevet ændret eller lukket" in box.text()
    with qtbot.waitSignal(win.signed_out, timeout=10000):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert not win.isVisible()
    wait_for_all()


def test_unlocking_rechecks_the_rights(qtbot, world, login_as):
    from PySide6.QtWidgets import QMessageBox

    from clinicdesk.models import StaffMembership

    result, actor = login_as(world.shared, world.clinic_b)  # administrator at clinic B
    win = _window(qtbot, world, result, actor)
    with qtbot.waitSignal(win.locked_changed, timeout=5000):
        win.lock_action.trigger()
    with world.db.write_session() as s:  # removed from clinic B while the screen was locked
        s.delete(s.scalars(select(StaffMembership).where(StaffMembership.staff_id == actor.staff_id,
                                                         StaffMembership.clinic_id == world.clinic_b.id)).one())
    qtbot.keyClicks(win.lock_page.password_edit, world.password)
    qtbot.mouseClick(win.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "accessRevokedBox") is not None, timeout=10000)
    assert win.is_locked  # nothing of clinic B is shown again
    with qtbot.waitSignal(win.signed_out, timeout=10000):
        win.findChild(QMessageBox, "accessRevokedBox").button(QMessageBox.StandardButton.Ok).click()
    wait_for_all()


def test_the_application_imports_without_pysides_source_reading_hook(qapp):
    """PySide6's __feature__ import hook read the source of every module imported after it (a sixth
    of the start's imports, and the sources kept in memory); the application drops it."""
    import builtins

    from clinicdesk.app import create_application

    assert hasattr(builtins, "__feature_import__")  # (PySide6 installs it: the test would mean nothing)
    create_application()
    assert builtins.__import__ is not builtins.__feature_import__
    assert builtins.__import__ is builtins.__orig_import__  # the import it replaced is put back


def test_a_callback_that_closes_its_own_context_is_not_an_error(qtbot):
    """A background task's callback that deletes the object it was tied to (a dialog closed by its
    own result) took the relay with it, and the relay's clean-up raised "Internal C++ object already
    deleted" into Qt's event loop (seen: one start in four in the start-up test)."""
    import shiboken6
    from PySide6.QtCore import QObject

    context = QObject()
    got = []

    def done(value):
        got.append(value)
        shiboken6.delete(context)

    run_in_background(lambda: 42, on_done=done, context=context)
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    qtbot.wait(20)  # (an exception in Qt's event loop fails the test)


def test_the_window_keeps_the_write_ahead_log_short_in_the_background(qtbot, world, login_as):
    result, actor = login_as(world.single)
    win = _window(qtbot, world, result, actor)
    assert win.wal_upkeep._timer.isActive()  # (SQLite: every few seconds)
    with world.db.write_session() as s:
        s.execute(text("UPDATE clinic SET name = name"))
    win.wal_upkeep.run_now()
    qtbot.waitUntil(lambda: not win.wal_upkeep.busy and win.wal_upkeep.last is not None, timeout=10000)
    log_pages, in_file = win.wal_upkeep.last
    assert log_pages > 0 and in_file == log_pages
