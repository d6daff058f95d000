"""A real clinic from an empty database, with no demo data anywhere (issue 12, "Tests").

One long test, step by step, through the real widgets as a person would use them:

1. first start: "Opret jeres klinik", the setup wizard by keyboard, the new administrator logs in
   through the real login dialog;
2. Filer → Personale…: a doctor (who becomes the provider patients see) and a receptionist;
3. Filer → Kalender…: an appointment type and the doctor's weekly schedule, which makes the slots;
4. Filer → Importér patienter…: five lines, one bad; only the good lines, chosen explicitly;
5. Filer → Standardtekster…: a new clinic phrase;
6. the portal: an imported patient signs up, the sign-up is approved in the inbox (activation mail),
   she books a generated slot (accepted in the inbox: the appointment and its mail) and sends an
   e-consultation, answered with the new phrase (abbreviation + Tab; the notification mail);
7. the database holds only what the test made;
8. the portal simulator runs on this clinic, as a function and as ``clinicdesk portal-sim``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from clinicdesk.config import Config
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import (
    AppointmentStatus, BookingOutcome, ItemKind, ItemStatus, MessageDirection, PortalAccountStatus, Role,
    SignupDecision, SlotStatus,
)
from clinicdesk.models import (
    Appointment, AppointmentType, BookingRequest, Clinic, ClinicPatient, InboxItem, Message, OutboxMail, Patient,
    PortalAccount, Provider, SignupRequest, Slot, StaffMembership, StaffUser, StockPhrase,
)
from clinicdesk.portal import intake
from clinicdesk.services import notifications
from clinicdesk.views.worker import wait_for_all

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ADMIN_PASSWORD = "Blå kaffekop med mælk 42"
FIVE_LINES = (
    "cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr\n"
    "120375-1234;Mette;Sørensen;Vestergade 12, 6760 Ribe;mette@example.dk;20 12 34 56;;\n"
    "150318-4012;Ida;Sørensen;Vestergade 12, 6760 Ribe;;;120375-1234;\n"
    "031388-2217;Ahmad;Rahimi;Nørregade 3, 6760 Ribe;;;;\n"  # month 13: refused
    "241152-0908;Birthe;Ågård-Nielsen;Skolevej 7, 6760 Ribe;birthe@example.dk;;;\n"
    "020329-1WQ3;Jens;Østergaard;Plejecentret Bøgen, 6760 Ribe;;;;\n"
)
GOOD = sorted(["1203751234", "1503184012", "2411520908", "0203291WQ3"])
METTE = "120375-1234"
PHRASE = "Kære {fornavn}. Dine blodprøver er fine. Venlig hilsen {behandler}, {klinik}"


# -- the program as it starts ---------------------------------------------------------------------
@pytest.fixture
def startup(qapp, tmp_path, sqlite_copy):
    """``Startup`` on an empty, migrated SQLite file; everything it showed is closed at teardown."""
    from clinicdesk.app import Startup

    made = []

    def _start():
        s = Startup(sqlite_copy(tmp_path / "new-clinic.db"), Config(idle_lock_minutes=30))
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
        s.dispose()


def _focus(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)


def _key(qtbot, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard is now."""
    qtbot.keyClick(QApplication.focusWidget(), key, mod)


def _rows(db, model, *where):
    with db.session() as s:
        return s.scalars(select(model).where(*where)).all()


# -- step 1: the first start and the wizard ----------------------------------------------------
def _set_up_the_clinic(qtbot, s):
    qtbot.waitUntil(lambda: s.first_start is not None and s.first_start.isVisible(), timeout=15000)
    first = s.first_start
    assert first.focusWidget() is first.setup_button
    qtbot.keyClick(first.setup_button, Qt.Key.Key_Return)  # "Opret jeres klinik"
    qtbot.waitUntil(lambda: s.wizard is not None and s.wizard.isVisible(), timeout=5000)
    wiz = s.wizard
    page = wiz.clinic_page
    _focus(qtbot, page.edits["name"])
    for field, text in (("name", "Lægehuset ved Åen"), ("display_name", "Lægehuset ved Åen"),
                        ("portal_link", "https://patientportal.example.dk/klinik/aaen"), ("yder_number", "054321"),
                        ("address", "Åvej 2, 6760 Ribe"), ("phone", "75 41 00 00"), ("email", "")):
        assert QApplication.focusWidget() is page.edits[field]
        qtbot.keyClicks(page.edits[field], text)
        if field != "email":
            _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)
    assert wiz.currentPage() is wiz.hours_page
    _key(qtbot, Qt.Key.Key_Return)  # the usual hours: weekdays 08:00-16:00
    assert wiz.currentPage() is wiz.admin_page
    admin = wiz.admin_page
    _focus(qtbot, admin.full_name)
    for edit, text in ((admin.full_name, "Karen Winther"), (admin.username, "karen"),
                       (admin.password, ADMIN_PASSWORD), (admin.repeat, ADMIN_PASSWORD)):
        assert QApplication.focusWidget() is edit
        qtbot.keyClicks(edit, text)
        _key(qtbot, Qt.Key.Key_Tab if edit is not admin.repeat else Qt.Key.Key_Return)
    assert wiz.currentPage() is wiz.summary_page
    assert "Karen Winther (karen)" in wiz.summary_page.summary.text()
    qtbot.keyClick(wiz.button(wiz.WizardButton.FinishButton), Qt.Key.Key_Return)  # "Opret klinikken"

    # the real login dialog, the new administrator's name filled in
    qtbot.waitUntil(lambda: s.shell is not None and s.shell.login_dialog is not None
                    and s.shell.login_dialog.isVisible(), timeout=15000)
    login = s.shell.login_dialog
    assert "Lægehuset ved Åen" in login.windowTitle() and login.username_edit.text() == "karen"
    assert login.focusWidget() is login.password_edit
    qtbot.keyClicks(login.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: s.shell.window is not None and s.shell.window.isVisible(), timeout=15000)
    win = s.shell.window
    assert win.user_label.text() == "Karen Winther · Administrator"
    return win


# -- step 2: staff --------------------------------------------------------------------------------
def _create_staff(qtbot, dlg, name: str, username: str, role: Role) -> str:
    """Ctrl+N in the staff list, the form typed, Enter; returns the temporary password shown."""
    from clinicdesk.views.staff.forms import role_of

    _focus(qtbot, dlg.table)
    qtbot.keyClick(dlg.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.isVisible(), timeout=5000)
    form = dlg.child
    _focus(qtbot, form.full_name)
    qtbot.keyClicks(form.full_name, name)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.username, username)
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # initials: none
    assert QApplication.focusWidget() is form.role
    for _ in range(form.role.count()):
        if role_of(form.role) is role:
            break
        _key(qtbot, Qt.Key.Key_Down)
    assert role_of(form.role) is role
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.objectName() == "temporaryPasswordDialog",
                    timeout=10000)
    password = dlg.child.password.text()
    assert len(password) >= 12 and dlg.child.username.text() == username
    qtbot.keyClick(dlg.child.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.child is None and not dlg.busy
                    and username in [r.username for r in dlg.model.rows()], timeout=10000)
    return password


def _staff(qtbot, win):
    win.staff_admin.action.trigger()  # Filer → Personale…
    dlg = win.staff_admin.dialog
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1 and not dlg.busy, timeout=10000)
    _create_staff(qtbot, dlg, "Anne Søgaard", "anne", Role.DOCTOR)
    _create_staff(qtbot, dlg, "Bettina Holm", "bettina", Role.RECEPTIONIST)
    assert [(r.username, r.role) for r in dlg.model.rows()] == [
        ("anne", Role.DOCTOR), ("bettina", Role.RECEPTIONIST), ("karen", Role.ADMIN)]
    assert dlg.model.index(0, 4).data() == "Anne Søgaard, Praktiserende læge"  # the provider patients see
    qtbot.keyClick(dlg.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.staff_admin.dialog is None, timeout=5000)


# -- step 3: the calendar -------------------------------------------------------------------------
def _calendar(qtbot, win):
    dlg = win.calendar.open()  # Filer → Kalender…
    qtbot.waitUntil(lambda: dlg.isVisible() and not dlg.busy and dlg.schedule_tab.provider.count() == 1,
                    timeout=10000)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    assert dlg.schedule_tab.provider.currentText().startswith("Anne Søgaard")

    # Ctrl+3: a new appointment type, field by field through the labels' Alt keys
    qtbot.keyClick(dlg, Qt.Key.Key_3, CTRL)
    types = dlg.types_tab
    assert dlg.tabs.currentWidget() is types
    _key(qtbot, Qt.Key.Key_Y, ALT)  # "Ny type"
    _focus(qtbot, types.name)
    qtbot.keyClicks(types.name, "Konsultation")
    _key(qtbot, Qt.Key.Key_P, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Konsultation hos lægen")
    _key(qtbot, Qt.Key.Key_V, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "20")
    _key(qtbot, Qt.Key.Key_G, ALT)  # "Gem aftaletype"
    qtbot.waitUntil(lambda: [t.name for t in types.model.rows()] == ["Konsultation"], timeout=10000)
    atype = types.model.rows()[0]
    assert (atype.patient_name, atype.duration_minutes, atype.bookable_online) == ("Konsultation hos lægen", 20, True)
    assert types.status.text() == "Aftaletypen »Konsultation« er gemt."

    # Ctrl+2: the weekly schedule; Monday 08:00-12:00 (the form's defaults) for the new type
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    week = dlg.schedule_tab
    qtbot.waitUntil(lambda: dlg.tabs.currentWidget() is week and week.type.count() == 1 and not week.busy,
                    timeout=10000)
    assert (week.weekday.currentText(), week.type.currentData()) == ("Mandag", atype.id)
    _key(qtbot, Qt.Key.Key_T, ALT)  # "Tilføj tid"
    qtbot.waitUntil(lambda: week.model.rowCount() == 1, timeout=5000)
    _key(qtbot, Qt.Key.Key_G, ALT)  # "Gem ugeskema"
    qtbot.waitUntil(lambda: week.status.text().startswith("Ugeskemaet er gemt:"), timeout=10000)
    made = int(week.status.text().split(":")[1].split()[0])
    assert made >= 12 * 4  # 12 slots a Monday, for every Monday in the booking horizon
    with win.db.session() as s:
        slots = s.scalars(select(Slot).where(Slot.appointment_type_id == atype.id)).all()
    assert len(slots) == made and {sl.status for sl in slots} == {SlotStatus.FREE}
    dlg.reject()
    return atype


# -- step 4: patients -----------------------------------------------------------------------------
def _import_patients(qtbot, win, tmp_path):
    path = tmp_path / "patienter.csv"
    path.write_bytes(FIVE_LINES.encode("cp1252"))  # as Danish Excel saves it
    win.patient_records.import_patients.action.trigger()  # Filer → Importér patienter…
    dlg = win.patient_records.import_patients.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.path.hasFocus(), timeout=5000)
    qtbot.keyClicks(dlg.path, str(path))
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10000)
    assert dlg.status.text() == "Prøvekørsel: 4 patienter oprettes; 1 linje afvist. Intet er gemt."
    assert dlg.reason.text().startswith("Linje 4: Måneden i CPR-nummeret er 13")
    assert not dlg.import_button.isEnabled()  # all or nothing, unless the user chooses otherwise
    qtbot.keyClick(dlg, Qt.Key.Key_G, ALT)  # "Importér kun de gode linjer"
    qtbot.waitUntil(dlg.only_good.isChecked, timeout=5000)
    qtbot.keyClick(dlg, Qt.Key.Key_I, ALT)  # "Importér"
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.report.dry_run, timeout=10000)
    assert dlg.status.text() == "Importeret: 4 patienter oprettet. 1 linje er afvist og ikke importeret."
    dlg.reject()


# -- step 5: a stock phrase -------------------------------------------------------------------------
def _new_phrase(qtbot, win):
    from clinicdesk.views.phrases.dialog import TAB_CLINIC

    assert win.phrase_admin is not None  # (app.WINDOW_INSTALLERS)
    win.phrase_admin.action.trigger()  # Filer → Standardtekster…
    dlg = win.phrase_admin.dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    assert dlg.tabs.currentIndex() == TAB_CLINIC  # an administrator edits the clinic's phrases
    tab = dlg.clinic_tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(tab.abbreviation.hasFocus, timeout=5000)
    qtbot.keyClicks(tab.abbreviation, "bpfin")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.title, "Blodprøver fine")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.body, PHRASE)
    qtbot.keyClick(tab.body, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "bpfin" in [r.abbreviation for r in tab.model.rows()], timeout=10000)
    assert tab.status.text() == "»Blodprøver fine« er gemt."
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.phrase_admin.dialog is None, timeout=5000)


# -- step 6: the inbox ------------------------------------------------------------------------------
def _open_in_inbox(qtbot, view, folder_key, item_id: int):
    """The folder by its Alt key, the item chosen with the arrow keys and opened with Enter."""
    view.window().activateWindow()  # (a dialog just closed: the keys must reach the list, not a filter box)
    qtbot.waitUntil(lambda: view.window().isActiveWindow(), timeout=5000)
    view.table.setFocus()
    qtbot.keyClick(view.table, folder_key, ALT)
    qtbot.waitUntil(lambda: view.model.row_of(item_id) >= 0, timeout=15000)
    view.table.setFocus()  # (an empty folder had hidden the list, and the focus went to the filters)
    qtbot.waitUntil(view.table.hasFocus, timeout=5000)
    qtbot.keyClick(view.table, Qt.Key.Key_Home, CTRL)
    while view.table.currentIndex().row() != view.model.row_of(item_id):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.hasFocus()  # Enter is the list's own key ("open")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id
                    and not view.detail.busy, timeout=10000)


def _mails(db, kind: str):
    return _rows(db, OutboxMail, OutboxMail.kind == kind)


def _patient_activates(db, link: str) -> None:
    """The patient opens the activation link on the portal: the token in the link, once."""
    token = link.rsplit("/", 1)[1]
    intake.activate_user(db, token)
    with db.session() as s:
        account = s.scalars(select(PortalAccount).where(PortalAccount.activated_at.is_not(None))).one()
        assert account.status == PortalAccountStatus.ACTIVE and account.activation_token is None
    with pytest.raises(intake.PortalRefusal) as used:
        intake.activate_user(db, token)  # a second click on the same link
    assert used.value.code == "activation_invalid"


def _the_day_shows_the_appointment(qtbot, win, starts):
    """Filer → Kalender…, Ctrl+1 the day view, Alt+Right to the booked day: the appointment is there."""
    dlg = win.calendar.open()
    qtbot.waitUntil(lambda: dlg.isVisible() and not dlg.busy and dlg.day_tab.view is not None, timeout=10000)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    qtbot.keyClick(dlg, Qt.Key.Key_1, CTRL)
    tab = dlg.day_tab
    day = starts.date()
    while tab.day() < day:
        _key(qtbot, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: not tab.busy and tab.view is not None and tab.view.day == day, timeout=10000)
    rows = [[tab.model.index(r, c).data() for c in range(5)] for r in range(tab.model.rowCount())]
    ends = starts + timedelta(minutes=20)
    assert [r for r in rows if r[1] != "Ledig"] == [
        [f"{starts:%H:%M}–{ends:%H:%M}", "Aftale", "Konsultation hos lægen", "Mette Sørensen", "Booket"]]
    assert len(rows) == 12  # 08:00-12:00 in 20 minutes
    assert tab.summary.text().startswith("11 ledige")
    dlg.reject()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)


# -- the test -------------------------------------------------------------------------------------
def test_a_new_clinic_from_an_empty_database_receives_a_booking_and_an_econsultation(
        qtbot, startup, tmp_path, capsys):
    s = startup()
    win = _set_up_the_clinic(qtbot, s)
    db = s.db
    clinic_id = win.actor.clinic_id
    _staff(qtbot, win)
    atype = _calendar(qtbot, win)
    _import_patients(qtbot, win, tmp_path)
    _new_phrase(qtbot, win)
    with db.session() as ses:
        provider = ses.scalars(select(Provider)).one()
        provider_id, provider_label = provider.id, provider.portal_label
        mette_id = ses.scalars(select(Patient.id).where(Patient.cpr == METTE.replace("-", ""))).one()

    view = win.page("inbox")
    qtbot.waitUntil(lambda: view.detail.setup is not None
                    and any(p.abbreviation == "bpfin" for p in view.detail.phrases), timeout=10000)

    # 6a. Mette (imported) signs up on the portal; the clinic approves in the inbox (Alt+0, Ctrl+Shift+G)
    signup = intake.sign_up(db, clinic_id, METTE, first_name="Mette", last_name="Sørensen",
                            email="mette@example.dk")
    assert signup.kind == "signup" and signup.patient_id == mette_id  # the imported patient, not a new one
    _open_in_inbox(qtbot, view, Qt.Key.Key_0, signup.item_id)
    pane = view.detail.signup
    assert view.detail.stack.currentWidget() is pane and pane.approve_button.isEnabled()
    qtbot.keyClick(pane.cb_econsult, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with db.session() as ses:
        assert ses.get(InboxItem, signup.item_id).status == ItemStatus.DONE
        assert ses.get(SignupRequest, signup.item_id).decision == SignupDecision.APPROVED
    [approved] = _mails(db, notifications.SIGNUP_APPROVED)
    assert approved.to_address == "mette@example.dk"
    link = next(w for w in approved.body.split() if "/aktiver/" in w)
    assert link.startswith("https://patientportal.example.dk/klinik/aaen/aktiver/")
    assert "Sørensen" not in approved.body and "1203751234" not in approved.body.replace("-", "")
    _patient_activates(db, link)

    # 6b. a booking into a slot the schedule made; the clinic accepts it (Alt+9, Ctrl+Shift+G)
    offered = intake.available_slots(db, clinic_id, METTE, provider_id=provider_id, appointment_type_id=atype.id)
    assert offered, "the new clinic offers no slots"
    first = offered[0]
    with db.session() as ses:
        slot = ses.get(Slot, first.slot_id)
        assert slot.appointment_type_id == atype.id and slot.provider_id == provider_id
        local = slot.starts_at.astimezone(COPENHAGEN)
        assert local.weekday() == 0 and 8 <= local.hour < 12 and local.minute in (0, 20, 40)  # as scheduled
        assert (slot.ends_at - slot.starts_at).total_seconds() == 20 * 60
    booking = intake.request_booking(db, clinic_id, METTE, provider_id=provider_id, appointment_type_id=atype.id,
                                     slot_id=first.slot_id, comment="Kontrol af blodtryk")
    assert booking.kind == "booking" and booking.appointment_id is None  # waits for the clinic
    _open_in_inbox(qtbot, view, Qt.Key.Key_9, booking.item_id)
    bpane = view.detail.booking
    qtbot.waitUntil(lambda: bpane.day is not None and bpane.accept_button.isEnabled(), timeout=10000)
    assert "Ønsket tid" in bpane.info.text()
    qtbot.keyClick(bpane.day_view, Qt.Key.Key_G, CTRL_SHIFT)  # "Godkend den ønskede tid"
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with db.session() as ses:
        req = ses.get(BookingRequest, booking.item_id)
        assert req.outcome == BookingOutcome.ACCEPTED
        appt = ses.get(Appointment, req.appointment_id)
        assert (appt.patient_id, appt.provider_id, appt.appointment_type_id, appt.status, appt.comment) == (
            mette_id, provider_id, atype.id, AppointmentStatus.BOOKED, "Kontrol af blodtryk")
        assert appt.starts_at == slot.starts_at and ses.get(Slot, first.slot_id).status == SlotStatus.BOOKED
    [accepted] = _mails(db, notifications.BOOKING_ACCEPTED)
    assert accepted.to_address == "mette@example.dk" and "blodtryk" not in accepted.body

    _the_day_shows_the_appointment(qtbot, win, local)

    # 6c. an e-consultation, answered with the new phrase: abbreviation + Tab, Ctrl+Alt+Enter sends
    econsult = intake.send_econsult(db, clinic_id, METTE, provider_id=provider_id, subject="Blodprøvesvar",
                                    body="Hej. Er svaret på mine blodprøver kommet?")
    _open_in_inbox(qtbot, view, Qt.Key.Key_7, econsult.item_id)
    epane = view.detail.econsult
    assert "Er svaret på mine blodprøver kommet?" in epane.thread.toPlainText()
    epane.editor.setFocus()
    qtbot.keyClicks(epane.editor, "bpfin")
    qtbot.keyClick(epane.editor, Qt.Key.Key_Tab)
    answer = f"Kære Mette. Dine blodprøver er fine. Venlig hilsen {provider_label}, Lægehuset ved Åen"
    qtbot.waitUntil(lambda: epane.editor.toPlainText() == answer, timeout=10000)
    qtbot.keyClick(epane.editor, Qt.Key.Key_Return, CTRL | ALT)  # "Send svar"
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    assert answer in epane.thread.toPlainText()
    with db.session() as ses:
        sent = ses.scalars(select(Message).where(Message.item_id == econsult.item_id,
                                                 Message.direction == MessageDirection.TO_PATIENT)).one()
        assert sent.body == answer
    [told] = _mails(db, notifications.ECONSULT_ANSWERED)
    assert told.to_address == "mette@example.dk" and "blodprøver" not in told.body.lower()

    # 7. only what the test made: no demo data anywhere
    with db.session() as ses:
        assert ses.scalars(select(Clinic.name)).all() == ["Lægehuset ved Åen"]
        assert sorted(ses.scalars(select(StaffUser.username))) == ["anne", "bettina", "karen"]
        assert sorted((m.role.value, m.clinic_id) for m in ses.scalars(select(StaffMembership))) == sorted(
            [(Role.ADMIN.value, clinic_id), (Role.DOCTOR.value, clinic_id), (Role.RECEPTIONIST.value, clinic_id)])
        assert ses.scalars(select(Provider.id)).all() == [provider_id]
        assert sorted(ses.scalars(select(Patient.cpr))) == GOOD
        assert ses.scalar(select(func.count()).select_from(ClinicPatient)) == 4
        assert ses.scalars(select(AppointmentType.name)).all() == ["Konsultation"]
        assert ses.scalars(select(StockPhrase.abbreviation)).all() == ["bpfin"]
        assert sorted(ses.scalars(select(InboxItem.kind))) == sorted([ItemKind.SIGNUP, ItemKind.BOOKING,
                                                                       ItemKind.ECONSULT])
        assert ses.scalar(select(func.count()).select_from(Appointment)) == 1
        assert ses.scalar(select(func.count()).select_from(OutboxMail)) == 4  # + the e-consultation's receipt
        assert ses.scalars(select(PortalAccount.patient_id)).all() == [mette_id]

    # 8. the portal simulator works on a clinic made this way: as a function ...
    from clinicdesk.portal.sim import run_sim

    report = run_sim(db, seed=12, rate=0, duration=20, max_requests=60, clinic_ids=[clinic_id])
    assert report.requests == 60 and report.errors == {}
    assert report.accepted.get("econsult", 0) > 0 and report.accepted.get("booking", 0) > 0
    assert sum(report.accepted.values()) + sum(report.refused.values()) == 60
    with db.session() as ses:
        assert ses.scalars(select(Clinic.id)).all() == [clinic_id]
        bookings = ses.scalar(select(func.count()).select_from(BookingRequest))
        econsults = ses.scalar(select(func.count()).select_from(InboxItem).where(InboxItem.kind == ItemKind.ECONSULT))
    assert (bookings, econsults) == (1 + report.accepted["booking"], 1 + report.accepted["econsult"])

    # ... and as `clinicdesk portal-sim` (bounded by --duration)
    from clinicdesk.cli import main

    capsys.readouterr()
    url = db.url.render_as_string(hide_password=False)
    assert main(["portal-sim", "--db", url, "--rate", "20", "--duration", "1", "--quiet", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "E-konsultation" in out

