"""First start on an empty database, as a new clinic meets it: the choice, the setup wizard by
keyboard, the first administrator's login, staff created in the staff dialog, and the new doctor's
first login with the temporary password (which must be changed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from sqlalchemy import select

from clinicdesk.config import Config
from clinicdesk.domain.enums import Role
from clinicdesk.models import AuditEntry, Clinic, Provider, StaffMembership, StaffUser
from clinicdesk.services import auth
from clinicdesk.services.audit import Action
from clinicdesk.views.worker import wait_for_all

ADMIN_PASSWORD = "Blå kaffekop med mælk 42"
DOCTOR_PASSWORD = "Grøn cykel i regnvejr 7"


@pytest.fixture
def empty_url(tmp_path, sqlite_copy):
    return sqlite_copy(tmp_path / "new-clinic.db")


@pytest.fixture
def startup(qapp, empty_url):
    from clinicdesk.app import Startup

    made = []

    def _start(**kw):
        s = Startup(empty_url, Config(idle_lock_minutes=30), **kw)
        made.append(s)
        s.start()
        return s

    yield _start
    wait_for_all()
    for s in made:
        shell = s.shell
        if shell is not None:
            if shell.window is not None:
                view = shell.window.page("inbox")
                if view is not None:
                    view.stop()
                shell.window.closed.disconnect()
                shell.window.close()
                shell.window.deleteLater()
            if shell.login_dialog is not None:
                shell.login_dialog.rejected.disconnect()
                shell.login_dialog.close()
                shell.login_dialog.deleteLater()
        s.busy.close()
        wait_for_all()
        QApplication.processEvents()
        s.dispose()  # the choice and the wizard close without quitting or asking again; the database closes


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _first_start(qtbot, s):
    qtbot.waitUntil(lambda: s.first_start is not None and s.first_start.isVisible(), timeout=15000)
    return s.first_start


def _fill_wizard(qtbot, wiz, **over):
    """Type the clinic page, keep the default hours (but close early on Fridays), type the admin page."""
    values = dict(name="Lægerne i Ribe I/S", display_name="Lægerne i Ribe",
                  portal_link="https://patientportal.example.dk/klinik/ribe", yder_number="012345",
                  address="Torvet 1, 6760 Ribe", phone="75 42 00 00", email="")
    values.update(over)
    page = wiz.clinic_page
    assert QApplication.focusWidget() is page.edits["name"]
    for field in ("name", "display_name", "portal_link", "yder_number", "address", "phone", "email"):
        assert QApplication.focusWidget() is page.edits[field]  # Tab goes down the form
        qtbot.keyClicks(page.edits[field], values[field])
        if field != "email":
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _enter(qtbot, page.edits["email"])
    return values


def test_an_empty_database_is_set_up_by_keyboard_and_staff_are_created(qtbot, startup, empty_url):
    s = startup()
    first = _first_start(qtbot, s)
    assert first.focusWidget() is first.setup_button  # Enter = "Opret jeres klinik"
    assert "Prøv med en demoklinik" in first.demo_button.text().replace("&", "")
    _enter(qtbot, first.setup_button)
    qtbot.waitUntil(lambda: s.wizard is not None and s.wizard.isVisible(), timeout=5000)
    wiz = s.wizard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wiz.clinic_page.edits["name"], timeout=5000)

    # a wrong ydernummer is refused on the page, in Danish, with the cursor in the field
    _fill_wizard(qtbot, wiz, yder_number="12")
    assert wiz.currentPage() is wiz.clinic_page
    assert wiz.clinic_page.error.text() == "Ydernummeret skal være 6 cifre (fx 012345)."
    assert QApplication.focusWidget() is wiz.clinic_page.edits["yder_number"]
    qtbot.keyClicks(wiz.clinic_page.edits["yder_number"], "012345")  # the old text was selected
    _enter(qtbot, wiz.clinic_page.edits["yder_number"])
    assert wiz.currentPage() is wiz.hours_page

    # opening hours: Friday closes at 14:00 (typed into the time edit)
    closes_fri = wiz.hours_page.rows[4][2]
    closes_fri.setFocus()
    qtbot.keyClicks(closes_fri, "1400")
    assert closes_fri.time().hour() == 14
    _enter(qtbot, closes_fri)
    assert wiz.currentPage() is wiz.admin_page

    admin = wiz.admin_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is admin.full_name, timeout=2000)
    qtbot.keyClicks(admin.full_name, "Mette Kjærgaard")
    qtbot.keyClick(admin.full_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(admin.username, "mette")
    qtbot.keyClick(admin.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(admin.password, "kort")  # too short: the policy says so
    qtbot.keyClick(admin.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(admin.repeat, "kort")
    _enter(qtbot, admin.repeat)
    assert wiz.currentPage() is admin
    assert admin.error.text().startswith("Adgangskoden skal have mindst 12 tegn")
    assert QApplication.focusWidget() is admin.password
    qtbot.keyClicks(admin.password, ADMIN_PASSWORD)
    qtbot.keyClick(admin.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(admin.repeat, ADMIN_PASSWORD)
    _enter(qtbot, admin.repeat)
    assert wiz.currentPage() is wiz.summary_page
    summary = wiz.summary_page.summary.text()
    assert "Lægerne i Ribe I/S" in summary and "fredag 08:00-14:00" in summary and "lørdag lukket" in summary
    assert "Mette Kjærgaard (mette)" in summary

    # Enter on the last page: "Opret klinikken"; the login dialog follows with the username filled in
    _enter(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: s.shell is not None and s.shell.login_dialog is not None
                    and s.shell.login_dialog.isVisible(), timeout=15000)
    login = s.shell.login_dialog
    assert "Lægerne i Ribe I/S" in login.windowTitle()
    assert login.username_edit.text() == "mette" and login.focusWidget() is login.password_edit
    qtbot.keyClicks(login.password_edit, ADMIN_PASSWORD)
    _enter(qtbot, login.password_edit)
    qtbot.waitUntil(lambda: s.shell.window is not None and s.shell.window.isVisible(), timeout=15000)
    win = s.shell.window

    db = s.db
    with db.session() as ses:
        clinic = ses.scalars(select(Clinic)).one()
        assert (clinic.name, clinic.display_name, clinic.yder_number, clinic.phone) == (
            "Lægerne i Ribe I/S", "Lægerne i Ribe", "012345", "75 42 00 00")
        actions = ses.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[:2] == [Action.SETUP_CLINIC, Action.CREATE_STAFF] and actions[-1] == Action.LOGIN

    # Filer → Personale… (administrators only)
    assert win.staff_admin.action in win.file_menu.actions()
    win.staff_admin.action.trigger()
    dlg = win.staff_admin.dialog
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1 and not dlg.busy, timeout=10000)

    doctor_pw = _create(qtbot, dlg, "Anne Søgaard", "anne", Role.DOCTOR)
    _create(qtbot, dlg, "Bettina Holm", "bettina", Role.RECEPTIONIST)
    assert [(r.username, r.role, r.must_change_password) for r in dlg.model.rows()] == [
        ("anne", Role.DOCTOR, True), ("bettina", Role.RECEPTIONIST, True), ("mette", Role.ADMIN, False)]
    assert dlg.model.index(0, 4).data() == "Anne Søgaard, Praktiserende læge"  # the provider patients see
    assert dlg.model.index(0, 3).data() == "Aktiv, skal skifte adgangskode"
    with db.session() as ses:
        provider = ses.scalars(select(Provider)).one()
        anne = ses.scalars(select(StaffUser).where(StaffUser.username == "anne")).one()
        assert provider.staff_id == anne.id and provider.active and provider.title == "Praktiserende læge"
        assert ses.scalars(select(StaffMembership.role).where(StaffMembership.staff_id == anne.id)).one() is Role.DOCTOR
    qtbot.keyClick(dlg.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.staff_admin.dialog is None, timeout=5000)

    # the administrator signs out; the new doctor logs in with the temporary password and must change it
    win.sign_out()
    qtbot.waitUntil(lambda: s.shell.window is None and s.shell.login_dialog is not None
                    and s.shell.login_dialog.isVisible(), timeout=15000)
    login = s.shell.login_dialog
    login.username_edit.setFocus()
    qtbot.keyClicks(login.username_edit, "anne")
    qtbot.keyClick(login.username_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.password_edit, doctor_pw)
    _enter(qtbot, login.password_edit)
    qtbot.waitUntil(lambda: login.pages.currentIndex() == 2 and not login.busy, timeout=10000)
    assert login.focusWidget() is login.new_password_edit
    assert "midlertidig" in login.change_prompt.text()
    qtbot.keyClicks(login.new_password_edit, "anne")  # not the policy's idea of a password
    qtbot.keyClick(login.new_password_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.repeat_password_edit, "anne")
    _enter(qtbot, login.repeat_password_edit)
    qtbot.waitUntil(lambda: not login.busy and bool(login.error_message), timeout=10000)
    assert login.error_message.startswith("Adgangskoden skal have mindst 12 tegn")
    assert login.pages.currentIndex() == 2
    login.new_password_edit.clear()
    qtbot.keyClicks(login.new_password_edit, DOCTOR_PASSWORD)
    qtbot.keyClick(login.new_password_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.repeat_password_edit, DOCTOR_PASSWORD)
    _enter(qtbot, login.repeat_password_edit)
    qtbot.waitUntil(lambda: s.shell.window is not None and s.shell.window.isVisible(), timeout=15000)
    win = s.shell.window
    assert win.user_label.text() == "Anne Søgaard · Læge"
    assert win.staff_admin.action not in win.file_menu.actions()  # a doctor does not manage staff
    with pytest.raises(Exception):
        auth.login(db, "anne", doctor_pw)  # the temporary password is gone
    assert auth.login(db, "anne", DOCTOR_PASSWORD).full_name == "Anne Søgaard"


def _create(qtbot, dlg, name: str, username: str, role: Role) -> str:
    """Ctrl+N in the staff dialog, type the form, Enter; returns the temporary password shown."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.table, timeout=5000)  # the keyboard is back
    qtbot.keyClick(dlg.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.isVisible(), timeout=5000)
    form = dlg.child
    assert form.objectName() == "newStaffDialog"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.full_name, timeout=5000)
    qtbot.keyClicks(form.full_name, name)
    qtbot.keyClick(form.full_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.username, username)
    qtbot.keyClick(form.username, Qt.Key.Key_Tab)
    qtbot.keyClick(form.initials, Qt.Key.Key_Tab)
    combo: QComboBox = form.role
    assert QApplication.focusWidget() is combo
    from clinicdesk.views.staff.forms import role_of

    for _ in range(4):
        if role_of(combo) is role:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert role_of(combo) is role
    _enter(qtbot, combo)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.objectName() == "temporaryPasswordDialog",
                    timeout=10000)
    shown = dlg.child
    password = shown.password.text()
    assert len(password) >= 12 and shown.username.text() == username
    _enter(qtbot, shown.password)
    qtbot.waitUntil(lambda: dlg.child is None and not dlg.busy and dlg.model.row_of(
        next((r.id for r in dlg.model.rows() if r.username == username), -1)) >= 0, timeout=10000)
    assert dlg.selected().username == username
    return password


def test_the_demo_is_built_only_when_chosen(qtbot, startup, monkeypatch):
    import clinicdesk.app as app
    from clinicdesk.demo import build_demo

    built = []
    monkeypatch.setattr(app, "ensure_demo", lambda db: built.append(1) or build_demo(db, patients=20, items=5))
    s = startup()
    first = _first_start(qtbot, s)
    assert built == []  # nothing is built while the user chooses
    qtbot.keyClick(first, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P: "Prøv med en demoklinik"
    qtbot.waitUntil(lambda: s.shell is not None and s.shell.login_dialog is not None, timeout=60000)
    assert built == [1]
    assert "Lægerne i Søndergade" in s.shell.login_dialog.windowTitle()


def test_run_sh_starts_straight_into_the_demo(qtbot, startup, monkeypatch):
    import clinicdesk.app as app
    from clinicdesk.demo import build_demo

    monkeypatch.setenv(app.DEMO_IF_EMPTY_ENV, "1")  # what scripts/run.sh sets
    monkeypatch.setattr(app, "ensure_demo", lambda db: build_demo(db, patients=20, items=5))
    s = startup()
    qtbot.waitUntil(lambda: s.shell is not None and s.shell.login_dialog is not None, timeout=60000)
    assert s.first_start is None
    assert "Lægerne i Søndergade" in s.shell.login_dialog.windowTitle()


def test_run_sh_sets_the_demo_variable():
    from pathlib import Path

    import clinicdesk.app as app

    run_sh = (Path(__file__).parents[2] / "scripts" / "run.sh").read_text()
    assert f"{app.DEMO_IF_EMPTY_ENV}=1 exec .venv/bin/clinicdesk" in run_sh


def test_cancelling_the_wizard_goes_back_to_the_choice_and_writes_nothing(qtbot, startup):
    s = startup()
    first = _first_start(qtbot, s)
    _enter(qtbot, first.setup_button)
    qtbot.waitUntil(lambda: s.wizard is not None and s.wizard.isVisible(), timeout=5000)
    qtbot.keyClicks(s.wizard.clinic_page.edits["name"], "Halvt skrevet")
    qtbot.keyClick(s.wizard.clinic_page.edits["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: s.first_start is not None and s.first_start.isVisible(), timeout=5000)
    assert auth.list_clinics(s.db) == ()


def test_the_summary_speaks_english_under_english_opening_hours_included(qtbot, qapp, empty_url):
    """The summary's opening hours were Danish under English ("fredag 08:00-16:00", "lørdag lukket")."""
    from clinicdesk.app import install_translations
    from clinicdesk.db import Database
    from clinicdesk.views.setup import SetupWizard

    translators = install_translations(qapp, "en")
    db = Database(empty_url)
    try:
        wiz = SetupWizard(db)
        qtbot.addWidget(wiz)
        wiz.show()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wiz.clinic_page.edits["name"], timeout=5000)
        _fill_wizard(qtbot, wiz)
        assert wiz.currentPage() is wiz.hours_page
        _enter(qtbot, wiz.hours_page.rows[0][2])
        admin = wiz.admin_page
        qtbot.waitUntil(lambda: QApplication.focusWidget() is admin.full_name, timeout=2000)
        for widget, text in ((admin.full_name, "Mette Kjærgaard"), (admin.username, "mette"),
                             (admin.password, ADMIN_PASSWORD), (admin.repeat, ADMIN_PASSWORD)):
            _type(qtbot, widget, text)
        _enter(qtbot, admin.repeat)
        assert wiz.currentPage() is wiz.summary_page
        summary = wiz.summary_page.summary.text()
        assert "Monday 08:00-16:00" in summary and "Saturday closed" in summary and "Sunday closed" in summary
        for danish in ("mandag", "fredag", "lørdag", "lukket"):
            assert danish not in summary
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        db.dispose()
