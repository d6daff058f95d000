"""Portal settings through the real UI: Filer → Indstillinger for patientportalen… (admins only)."""

from __future__ import annotations

from sqlalchemy import select
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pypdf import PdfReader

from clinicdesk.models import Clinic

from window_helpers import menu_texts, open_main_window

MENU_TEXT = "Indstillinger for patientportalen…"


def _cell(table, row, column):
    """The editor open in a cell of a settings table (a QTableView over a table model)."""
    return table.indexWidget(table.model().index(row, column))


def _open_from_menu(qtbot, win):
    action = next(a for a in win.file_menu.actions() if a.text() == MENU_TEXT)
    action.trigger()
    dlg = win.clinic_settings.dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.save_button.isEnabled())
    return dlg


def test_admin_turns_renewal_off_and_the_guide_no_longer_offers_it(qtbot, world, tmp_path, close_windows):
    from clinicdesk.services.guides import build_guide

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    assert MENU_TEXT in menu_texts(win)
    clinic_id = win.actor.clinic_id
    before = tmp_path / "before.pdf"
    build_guide(world.db, clinic_id, "functions", out_path=before)
    assert "receptfornyelse" in "".join(p.extract_text() for p in PdfReader(before).pages).lower()

    dlg = _open_from_menu(qtbot, win)
    box = dlg.fields["renewal_enabled"].widget
    assert isinstance(box, QCheckBox) and box.text() == "Receptfornyelse" and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert not box.isChecked()
    assert "Receptfornyelse – lukket" in dlg.preview.toPlainText()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None)  # saved and closed

    with world.db.session() as s:
        assert s.get(Clinic, clinic_id).renewal_enabled is False
    after = tmp_path / "after.pdf"
    build_guide(world.db, clinic_id, "functions", out_path=after)
    text = "".join(p.extract_text() for p in PdfReader(after).pages).lower()
    # no renewal function any more (the sample inbox picture still shows an old "Recept fornyet" message)
    assert "receptfornyelse" not in text and "forny en recept" not in text


def test_receptionist_has_no_settings_entry(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, world.single)
    close_windows.append(win)
    assert MENU_TEXT not in menu_texts(win)
    assert win.clinic_settings.open() is None


def test_invalid_max_length_shows_danish_error_and_keeps_the_input(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open_from_menu(qtbot, win)
    spin = dlg.fields["max_econsult_length"].widget
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "12")
    assert spin.value() == 12
    name = dlg.fields["display_name"].widget
    name.selectAll()
    qtbot.keyClicks(name, "Lægehuset ved Åen")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    error = dlg.fields["max_econsult_length"].error
    qtbot.waitUntil(lambda: error.isVisible())
    assert "mellem 50 og 4000" in error.text()
    assert dlg.isVisible()
    assert spin.value() == 12 and name.text() == "Lægehuset ved Åen"
    with world.db.session() as s:
        c = s.get(Clinic, win.actor.clinic_id)
        assert c.max_econsult_length != 12 and c.display_name != "Lægehuset ved Åen"


def test_shared_staff_gets_the_entry_only_where_they_are_admin(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, world.shared)  # receptionist in clinic_a
    close_windows.append(win)
    win.switch_clinic(world.clinic_a.id)
    qtbot.waitUntil(lambda: win.actor.clinic_id == world.clinic_a.id)
    assert MENU_TEXT not in menu_texts(win)
    win.switch_clinic(world.clinic_b.id)  # administrator there
    qtbot.waitUntil(lambda: win.actor.clinic_id == world.clinic_b.id)
    assert MENU_TEXT in menu_texts(win)
    win.switch_clinic(world.clinic_a.id)
    qtbot.waitUntil(lambda: win.actor.clinic_id == world.clinic_a.id)
    assert MENU_TEXT not in menu_texts(win)


def test_admin_adds_a_holiday_and_a_stale_save_offers_reload(qtbot, world, tmp_path, close_windows):
    from datetime import date, datetime, timezone

    from PySide6.QtCore import QDate

    from clinicdesk.models import HolidayPeriod
    from clinicdesk.services import clinic_settings as cs

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open_from_menu(qtbot, win)
    dlg.tabs.setCurrentIndex(2)
    before = dlg.holiday_table.model().rowCount()
    qtbot.mouseClick(dlg.add_holiday_button, Qt.MouseButton.LeftButton)
    t = dlg.holiday_table
    row = t.model().rowCount() - 1
    assert row == before
    _cell(t, row, 0).setDate(QDate(2027, 3, 22))  # DST starts 28 March 2027
    _cell(t, row, 1).setDate(QDate(2027, 3, 28))
    qtbot.keyClicks(_cell(t, row, 2), "Vi holder påskeferie.")
    qtbot.keyClicks(_cell(t, row, 3), "Lægehuset Øst")

    # meanwhile someone else changes the clinic (another admin workstation)
    admin = win.actor
    cs.save_clinic(world.db, admin, {"attachments_allowed": False}, cs.load_settings(world.db, admin).clinic.version)
    qtbot.mouseClick(dlg.fields["econsult_enabled"].widget, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.reload_button.isVisible())
    assert "En anden har ændret" in dlg.status.text()
    assert _cell(t, row, 2).text() == "Vi holder påskeferie."  # nothing typed is lost

    qtbot.mouseClick(dlg.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.save_button.isEnabled())
    assert dlg.fields["attachments_allowed"].widget.isChecked() is False  # the other admin's change
    qtbot.mouseClick(dlg.add_holiday_button, Qt.MouseButton.LeftButton)
    row = t.model().rowCount() - 1
    _cell(t, row, 0).setDate(QDate(2027, 3, 22))
    _cell(t, row, 1).setDate(QDate(2027, 3, 28))
    qtbot.keyClicks(_cell(t, row, 2), "Vi holder påskeferie.")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None)
    with world.db.session() as s:
        h = s.scalars(select(HolidayPeriod).where(HolidayPeriod.message == "Vi holder påskeferie.")).one()
        assert h.starts_at == datetime(2027, 3, 21, 23, 0, tzinfo=timezone.utc)  # 00:00 CET
        assert h.ends_at == datetime(2027, 3, 28, 22, 0, tzinfo=timezone.utc)  # 29 March 00:00 CEST
    assert date(2027, 3, 28) == cs.load_settings(world.db, admin).holidays[-1].end_date


def test_holiday_error_keeps_the_rows_and_a_retry_does_not_add_twice(qtbot, world, tmp_path, close_windows):
    from PySide6.QtCore import QDate

    from clinicdesk.models import HolidayPeriod

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open_from_menu(qtbot, win)
    t = dlg.holiday_table
    for first, last, text in ((QDate(2028, 7, 3), QDate(2028, 7, 21), "Sommerferie."),
                              (QDate(2028, 10, 20), QDate(2028, 10, 16), "Efterårsferie.")):
        qtbot.mouseClick(dlg.add_holiday_button, Qt.MouseButton.LeftButton)
        row = t.model().rowCount() - 1
        _cell(t, row, 0).setDate(first)
        _cell(t, row, 1).setDate(last)
        qtbot.keyClicks(_cell(t, row, 2), text)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dlg.holiday_error.text()))
    assert "sidste dag skal ligge på eller efter" in dlg.holiday_error.text()
    assert dlg.isVisible() and _cell(t, t.model().rowCount() - 1, 2).text() == "Efterårsferie."
    _cell(t, t.model().rowCount() - 1, 1).setDate(QDate(2028, 10, 24))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None)
    with world.db.session() as s:
        texts = s.scalars(select(HolidayPeriod.message).where(HolidayPeriod.clinic_id == win.actor.clinic_id)).all()
    assert sorted(x for x in texts if x in ("Sommerferie.", "Efterårsferie.")) == ["Efterårsferie.", "Sommerferie."]


def test_cancel_with_unsaved_changes_asks_first(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open_from_menu(qtbot, win)
    booking = dlg.fields["booking_enabled"].widget
    qtbot.mouseClick(booking, Qt.MouseButton.LeftButton, pos=QPoint(10, booking.height() // 2))
    provider_booking = _cell(dlg.provider_table, 0, 5).box
    assert not provider_booking.isEnabled()  # follows the clinic-wide switch
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    box = dlg.discard_box
    assert box.isVisible() and dlg.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Fortsæt redigeringen")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and not booking.isChecked()  # still editing, choice kept
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    discard = next(b for b in dlg.discard_box.buttons() if b.text() == "Kassér ændringerne")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None)
    with world.db.session() as s:
        assert s.get(Clinic, win.actor.clinic_id).booking_enabled is True


# ----------------------------------------------------------------------------- issue 12, item 6
def _dialog_with_keyboard(qtbot, win):
    dlg = _open_from_menu(qtbot, win)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    return dlg


def _set_spin(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def test_admin_lowers_the_file_size_limit_and_a_larger_file_is_refused_naming_it(qtbot, world, tmp_path,
                                                                                  close_windows):
    from clinicdesk.services.attachments import AttachmentRefused, check_clinic_files
    from clinicdesk.views.settings.dialog import TAB_FILES

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _dialog_with_keyboard(qtbot, win)
    dlg.tabs.setCurrentIndex(TAB_FILES)
    mb = dlg.fields["max_attachment_mb"].widget
    assert mb.isVisible() and mb.suffix() == " MB" and mb.value() == 10
    _set_spin(qtbot, mb, "4")
    _set_spin(qtbot, dlg.fields["max_clinic_attachments"].widget, "12")  # over the portal's 9
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    error = dlg.fields["max_clinic_attachments"].error
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "mellem 1 og 9" in error.text() and dlg.tabs.currentIndex() == TAB_FILES
    _set_spin(qtbot, dlg.fields["max_clinic_attachments"].widget, "5")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None, timeout=10000)
    with world.db.session() as s:
        clinic = s.get(Clinic, win.actor.clinic_id)
        assert (clinic.max_attachment_mb, clinic.max_clinic_attachments) == (4, 5)
        big = b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024)
        try:
            check_clinic_files(clinic, [("journal.pdf", big)], from_patient=False)
            raise AssertionError("a 5 MB file passed a 4 MB limit")
        except AttachmentRefused as exc:
            assert "større end 4 MB, som er klinikkens grænse" in str(exc)


def test_admin_edits_the_opening_hours_with_the_keyboard(qtbot, world, tmp_path, close_windows):
    from datetime import time

    from clinicdesk.models.staff import ClinicOpeningHours
    from clinicdesk.views.settings.dialog import TAB_HOURS

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _dialog_with_keyboard(qtbot, win)
    dlg.tabs.setCurrentIndex(TAB_HOURS)
    monday, friday, saturday = dlg.hours.days[0], dlg.hours.days[4], dlg.hours.days[5]
    assert saturday.text() == "lukket"
    monday.setFocus()
    monday.selectAll()
    qtbot.keyClicks(monday, "08:00-12:00, 13:00-16:30")
    qtbot.keyClick(monday, Qt.Key.Key_Tab)  # to Tuesday
    friday.setFocus()
    friday.selectAll()
    qtbot.keyClicks(friday, "8-14")  # not a time
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.hours.error.text() != "", timeout=5000)
    assert dlg.hours.error.text() == "Fredag: »8« er ikke et klokkeslæt. Skriv fx 08:00."
    assert dlg.isVisible() and friday.text() == "8-14"  # what was typed stays
    friday.selectAll()
    qtbot.keyClicks(friday, "lukket")
    saturday.selectAll()
    qtbot.keyClicks(saturday, "09:00-11:00")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None, timeout=10000)
    with world.db.session() as s:
        rows = s.scalars(select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == win.actor.clinic_id)
                         .order_by(ClinicOpeningHours.weekday, ClinicOpeningHours.opens)).all()
        by_day = {}
        for r in rows:
            by_day.setdefault(r.weekday, []).append((r.opens, r.closes))
    assert by_day[0] == [(time(8), time(12)), (time(13), time(16, 30))]
    assert 4 not in by_day and by_day[5] == [(time(9), time(11))]
    # opened again, the dialog shows what is stored
    dlg = _open_from_menu(qtbot, win)
    assert dlg.hours.days[0].text() == "08:00-12:00, 13:00-16:30" and dlg.hours.days[4].text() == "lukket"
