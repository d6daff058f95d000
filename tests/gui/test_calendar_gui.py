"""Filer → Kalender… through the real widgets, keyboard first: an appointment type and a weekly
schedule made in the dialog, slots generated, the slots seen in the day view."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from clinicdesk.models import Slot
from clinicdesk.services.workdays import is_working_day
from clinicdesk.views.calendar.dialog import CalendarDialog
from clinicdesk.views.calendar.menu import install_calendar
from tests.unit.calendar_world import build

from window_helpers import menu_texts, open_main_window

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _key(qtbot, dlg, key, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or dlg, key, mod)


def _type(qtbot, text):
    w = QApplication.focusWidget()
    qtbot.keyClick(w, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(w, text)


def _next_tuesday() -> date:
    d = date.today() + timedelta(days=1)
    while d.weekday() != 1 or not is_working_day(d) or (d.month, d.day) in ((12, 24), (12, 31), (6, 5)):
        d += timedelta(days=1)
    return d


def test_a_type_and_a_week_made_by_keyboard_give_slots_in_the_day_view(qtbot, db):
    w = build(db)
    dlg = CalendarDialog(db, w.admin)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: not dlg.busy and dlg.schedule_tab.provider.count() == 1, timeout=10000)

    # Ctrl+3: appointment types; Alt+Y a new one, typed field by field through the labels' Alt keys
    _key(qtbot, dlg, Qt.Key.Key_3, CTRL)
    assert dlg.tabs.currentWidget() is dlg.types_tab
    _key(qtbot, dlg, Qt.Key.Key_Y, ALT)  # a button's Alt key clicks it after a short animation
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.types_tab.name, timeout=5000)
    qtbot.keyClicks(dlg.types_tab.name, "Attest")
    _key(qtbot, dlg, Qt.Key.Key_P, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Kørekortsattest")
    _key(qtbot, dlg, Qt.Key.Key_V, ALT)
    _type(qtbot, "20")
    _key(qtbot, dlg, Qt.Key.Key_K, ALT)  # comment required
    qtbot.waitUntil(dlg.types_tab.comment.isChecked, timeout=5000)
    _key(qtbot, dlg, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: any(t.name == "Attest" for t in dlg.types_tab.model.rows()), timeout=10000)
    attest = next(t for t in dlg.types_tab.model.rows() if t.name == "Attest")
    assert (attest.patient_name, attest.duration_minutes, attest.comment_required) == ("Kørekortsattest", 20, True)
    assert "»Attest« er gemt" in dlg.types_tab.status.text()

    # Ctrl+2: the week; Tuesday 08:00-10:00 for the attest
    _key(qtbot, dlg, Qt.Key.Key_2, CTRL)
    tab = dlg.schedule_tab
    qtbot.waitUntil(lambda: tab.type.count() == 2 and not tab.busy, timeout=10000)
    _key(qtbot, dlg, Qt.Key.Key_U, ALT)
    _key(qtbot, dlg, Qt.Key.Key_Down)  # mandag → tirsdag
    _key(qtbot, dlg, Qt.Key.Key_I, ALT)  # to: 10:00
    qtbot.keyClick(tab.ends, Qt.Key.Key_Home)  # the hour: 12 → 10 with the arrow key
    qtbot.keyClick(tab.ends, Qt.Key.Key_Down)
    qtbot.keyClick(tab.ends, Qt.Key.Key_Down)
    _key(qtbot, dlg, Qt.Key.Key_Y, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Att")
    assert (tab.weekday.currentText(), tab.starts.time(), tab.ends.time(), tab.type.currentData()) == \
        ("Tirsdag", QTime(8, 0), QTime(10, 0), attest.id)
    _key(qtbot, dlg, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    _key(qtbot, dlg, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: "Ugeskemaet er gemt" in tab.status.text(), timeout=10000)

    # Alt+D: generate (nothing new: saving the week made them), and the status says so
    _key(qtbot, dlg, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: "Ledige tider til og med" in dlg.status.text(), timeout=10000)
    assert "0 nye" in dlg.status.text()

    # Ctrl+1: the day view; Alt+Right day by day to the next Tuesday
    _key(qtbot, dlg, Qt.Key.Key_1, CTRL)
    day_tab = dlg.day_tab
    target = _next_tuesday()
    qtbot.waitUntil(lambda: not day_tab.busy, timeout=10000)
    while day_tab.day() < target:
        _key(qtbot, dlg, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: day_tab.view is not None and day_tab.view.day == target, timeout=10000)
    cells = [day_tab.model.data(day_tab.model.index(r, c)) for r in range(day_tab.model.rowCount())
             for c in (0, 1, 2)]
    assert cells[:6] == ["08:00–08:20", "Ledig", "Kørekortsattest", "08:20–08:40", "Ledig", "Kørekortsattest"]
    assert day_tab.model.rowCount() == 6
    assert day_tab.summary.text().startswith("6 ledige")
    _key(qtbot, dlg, Qt.Key.Key_Left, ALT)  # Monday: no schedule, no slots
    qtbot.waitUntil(lambda: day_tab.view.day == target - timedelta(days=1), timeout=10000)
    assert day_tab.model.rowCount() == 0
    with db.session() as s:
        assert s.scalars(select(Slot).where(Slot.appointment_type_id == attest.id)).first() is not None


def test_everyone_sees_the_day_and_only_the_calendar_keepers_edit(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "sygeplejerske")
    close_windows.append(win)
    install_calendar(win)
    assert "Kalender…" in menu_texts(win)
    dlg = win.calendar.open()
    qtbot.waitUntil(lambda: not dlg.busy and dlg.day_tab.provider.count() > 0, timeout=10000)
    assert [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())] == ["Dag"]
    assert not dlg.generate_button.isVisible()
    qtbot.waitUntil(lambda: dlg.day_tab.view is not None, timeout=10000)
    dlg.reject()


def test_a_usual_closed_day_picked_under_english_keeps_its_danish_reason_for_patients(qtbot, db, qapp):
    """The portal tells patients why the clinic has no times that day: picked in the English window,
    the reason box got "Constitution Day", and the Danish portal would have shown it."""
    from clinicdesk.app import install_translations

    w = build(db)
    translators = install_translations(qapp, "en")
    try:
        dlg = CalendarDialog(db, w.admin)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
        tab = dlg.closed_tab
        i = next(i for i in range(tab.usual.count()) if tab.usual.itemText(i).startswith("Constitution Day"))
        tab.usual.setCurrentIndex(i)
        tab.usual.activated.emit(i)
        assert tab.reason.text() == "Grundlovsdag"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
