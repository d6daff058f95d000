"""Filer → "Standardtekster…" (issue 12, item 5), typed as a receptionist would: a personal phrase made in
the dialog with the keyboard expands in the inbox's answer box; the clinic's list is read-only for a
receptionist and editable for a doctor; a bad CSV file is refused line by line and nothing is stored."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.demo import DEMO_PASSWORD
from clinicdesk.domain.enums import ItemKind
from clinicdesk.models import StockPhrase
from clinicdesk.views.phrases import install_phrases
from clinicdesk.views.phrases.dialog import TAB_CLINIC, TAB_PERSONAL
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    actor_for,
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_row,
)
from window_helpers import menu_texts, open_main_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, db, tmp_path, username):
    win = open_main_window(qtbot, SimpleNamespace(db=db, password=DEMO_PASSWORD), tmp_path, username)
    install_phrases(win)
    return win


def _open_dialog(qtbot, win):
    assert "Standardtekster…" in menu_texts(win)
    win.phrase_admin.action.trigger()
    dlg = win.phrase_admin.dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=5000)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    return dlg


def test_a_personal_phrase_made_with_the_keyboard_expands_in_the_answer_box(qtbot, inbox_db, tmp_path):
    win = _window(qtbot, inbox_db, tmp_path, "sekretaer")
    dlg = _open_dialog(qtbot, win)
    assert dlg.tabs.currentIndex() == TAB_PERSONAL  # a receptionist starts on her own phrases
    tab = dlg.personal_tab
    qtbot.waitUntil(lambda: tab.table.isVisible(), timeout=5000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(tab.abbreviation.hasFocus, timeout=5000)
    qtbot.keyClicks(tab.abbreviation, "mvhr")
    qtbot.keyClick(tab.abbreviation, Qt.Key.Key_Tab)
    assert tab.title.hasFocus()
    qtbot.keyClicks(tab.title, "Min hilsen")
    qtbot.keyClick(tab.title, Qt.Key.Key_Tab)
    assert tab.body.hasFocus()
    qtbot.keyClicks(tab.body, "Kære {fornavn}. Venlig hilsen Rasmus, {klinik}")
    qtbot.keyClick(tab.body, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "mvhr" in [r.abbreviation for r in tab.model.rows()], timeout=10000)
    assert tab.status.text() == "»Min hilsen« er gemt."
    staff_id = actor_for(inbox_db, "sekretaer").staff_id
    assert db_scalar(inbox_db, select(StockPhrase.body).where(StockPhrase.owner_id == staff_id,
                                                              StockPhrase.abbreviation == "mvhr")) == (
        "Kære {fornavn}. Venlig hilsen Rasmus, {klinik}")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.phrase_admin.dialog is None, timeout=5000)

    # the inbox: open an e-consultation, type the abbreviation and Tab
    view = win.page("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: any(p.abbreviation == "mvhr" for p in view.detail.phrases), timeout=10000)
    row = next(i for i, r in enumerate(view.model.rows()) if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None)
    item_id = open_row(qtbot, view, row)
    pane = view.detail.econsult
    qtbot.waitUntil(pane.editor.hasFocus, timeout=10000)
    qtbot.keyClicks(pane.editor, "mvhr")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab)
    from clinicdesk.models import Clinic, InboxItem, Patient

    with inbox_db.session() as s:
        item = s.get(InboxItem, item_id)
        first = s.get(Patient, item.patient_id).first_name
        clinic = s.get(Clinic, item.clinic_id)
        expected = f"Kære {first}. Venlig hilsen Rasmus, {clinic.display_name or clinic.name}"
    qtbot.waitUntil(lambda: pane.editor.toPlainText() == expected, timeout=10000)


def test_the_clinic_list_is_read_only_for_a_receptionist_and_edited_by_a_doctor(qtbot, inbox_db, tmp_path):
    win = _window(qtbot, inbox_db, tmp_path, "sekretaer")
    dlg = _open_dialog(qtbot, win)
    dlg.tabs.setCurrentIndex(TAB_CLINIC)
    tab = dlg.clinic_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 5, timeout=10000)
    assert not tab.editable and tab.abbreviation.isReadOnly() and tab.body.isReadOnly()
    assert not tab.save_button.isVisible() and not tab.new_button.isVisible()
    assert tab.export_button.isVisible()
    assert "Kun administratorer, læger og sygeplejersker" in tab.findChild(type(tab.status), "readOnlyNote").text()
    before = db_scalar(inbox_db, select(func.count()).select_from(StockPhrase))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)  # nothing happens
    assert db_scalar(inbox_db, select(func.count()).select_from(StockPhrase)) == before
    win.close()

    doc = _window(qtbot, inbox_db, tmp_path, "laege")
    dlg = _open_dialog(qtbot, doc)
    assert dlg.tabs.currentIndex() == TAB_CLINIC
    tab = dlg.clinic_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 5, timeout=10000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    chosen = tab.model.rows()[tab.table.currentIndex().row()]
    qtbot.waitUntil(lambda: tab.title.text() == chosen.title, timeout=5000)
    tab.title.setFocus()
    tab.title.selectAll()
    qtbot.keyClicks(tab.title, "Ny titel")
    qtbot.keyClick(tab.title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(StockPhrase.title).where(StockPhrase.id == chosen.id))
                    == "Ny titel", timeout=10000)
    qtbot.waitUntil(lambda: tab.model.rows()[tab.model.row_of(chosen.id)].title == "Ny titel", timeout=10000)
    # a misspelt placeholder is refused under the editor, and what was typed stays
    tab.body.setFocus()
    qtbot.keyClick(tab.body, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(tab.body, " {navn}")
    qtbot.keyClick(tab.body, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "ukendt pladsholder: {navn}" in tab.error.text(), timeout=10000)
    assert tab.body.toPlainText().endswith(" {navn}") and tab.body.hasFocus()
    assert tab.error.textFormat() == Qt.TextFormat.PlainText


def test_a_bad_csv_file_is_refused_with_its_line_numbers_and_nothing_is_stored(qtbot, inbox_db, tmp_path):
    win = _window(qtbot, inbox_db, tmp_path, "sekretaer")
    dlg = _open_dialog(qtbot, win)
    tab = dlg.personal_tab
    qtbot.waitUntil(lambda: [r.abbreviation for r in tab.model.rows()] == ["ringmig"], timeout=10000)  # the demo's
    bad = tmp_path / "mine.csv"
    bad.write_text("forkortelse;titel;tekst\nok;Ok;Fint\nto ord;Titel;Tekst\n", encoding="utf-8")
    tab.import_from(str(bad))  # (the file chosen in the file dialog)
    qtbot.waitUntil(lambda: "Linje 3: Forkortelsen må kun bestå af bogstaver" in tab.error.text(), timeout=10000)
    assert tab.model.rowCount() == 1
    staff_id = actor_for(inbox_db, "sekretaer").staff_id
    assert db_scalar(inbox_db, select(func.count()).where(StockPhrase.owner_id == staff_id)) == 1
    good = tmp_path / "good.csv"
    good.write_text("forkortelse;titel;tekst\nok;Ok;Fint\n", encoding="utf-8")
    tab.import_from(str(good))
    qtbot.waitUntil(lambda: [r.abbreviation for r in tab.model.rows()] == ["ok", "ringmig"], timeout=10000)
    assert tab.status.text() == "Indlæst: 1 ny, 0 ændrede, 0 uændrede."  # Danish plural forms
    out = tmp_path / "ud.csv"
    tab.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and "ok;Ok;Fint" in out.read_text(encoding="utf-8-sig"), timeout=10000)
