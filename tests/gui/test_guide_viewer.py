"""The guide viewer: pick a guide, see its pages, save it (audited), print it (audited)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from clinicdesk.models import AuditEntry, Clinic
from clinicdesk.domain.enums import Role
from clinicdesk.services import auth
from clinicdesk.services.audit import Action
from clinicdesk.views.guide_viewer import GuideViewerDialog
from clinicdesk.views.worker import wait_for_all


@pytest.fixture
def clinic_actor(db, qapp):
    with db.write_session() as s:
        c = Clinic(name="Lægehuset Åbyen", display_name="Lægehuset Åbyen", portal_link="https://portal.example.dk/aabyen",
                   phone="86 12 34 56", address="Åvej 3, 8000 Aarhus C")
        s.add(c)
        s.flush()
        u = auth.create_staff(s, "sara", "Sara Sekretær", "Blå kaffekop 42", {c.id: Role.RECEPTIONIST})
        actor = auth.Actor(u.id, "Sara Sekretær", c.id, Role.RECEPTIONIST, c.name)
    yield actor
    wait_for_all()


def _open(qtbot, db, actor, **kw):
    dlg = GuideViewerDialog(db, actor, **kw)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.guide_loaded, timeout=30000):
        dlg.show()
    return dlg


def _actions(db):
    with db.session() as s:
        return [(e.action, e.staff_id, e.detail) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_([Action.PRINT, Action.SAVE_FILE])).order_by(AuditEntry.id))]


def test_viewer_shows_the_chosen_guide_and_saves_it(qtbot, db, clinic_actor, tmp_path):
    target = tmp_path / "ud" / "funktioner.pdf"
    asked = []

    def choose(parent, suggested):  # stands in for the file dialog
        asked.append(suggested)
        return str(target)

    dlg = _open(qtbot, db, clinic_actor, choose_save_path=choose)
    assert dlg.current.which == "login" and dlg.document.pageCount() == dlg.current.pages >= 2
    assert dlg.save_button.isEnabled()

    # the user clicks "Funktioner"
    with qtbot.waitSignal(dlg.guide_loaded, timeout=30000) as loaded:
        qtbot.mouseClick(dlg.functions_radio, Qt.MouseButton.LeftButton)
    pages = loaded.args[0]
    assert dlg.current.which == "functions" and pages == dlg.document.pageCount() == dlg.current.pages
    assert str(pages) in dlg.status_label.text()
    dlg.grab().save(str(tmp_path / "viewer.png"))

    target.parent.mkdir()
    with qtbot.waitSignal(dlg.saved, timeout=30000):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".pdf")
    reader = PdfReader(str(target))
    assert len(reader.pages) == pages
    assert "Det kan du på Patientportalen" in reader.pages[0].extract_text()
    assert _actions(db) == [(Action.SAVE_FILE, clinic_actor.staff_id, "patient guide: functions (da)")]


def test_viewer_in_english_and_print_to_pdf_printer(qtbot, db, clinic_actor, tmp_path):
    dlg = _open(qtbot, db, clinic_actor)
    with qtbot.waitSignal(dlg.guide_loaded, timeout=30000):
        dlg.lang_combo.setFocus()
        qtbot.keyClick(dlg.lang_combo, Qt.Key.Key_Down)
    assert dlg.current.lang == "en"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        pages = dlg.print_to(printer)
    assert pages == dlg.current.pages == len(PdfReader(str(out)).pages)
    assert _actions(db) == [(Action.PRINT, clinic_actor.staff_id, "patient guide: login (en)")]


def test_cancelled_save_writes_nothing(qtbot, db, clinic_actor):
    dlg = _open(qtbot, db, clinic_actor, choose_save_path=lambda parent, suggested: None)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert _actions(db) == []


def test_help_menu_opens_the_guides_of_the_current_clinic(qtbot, world, login_as):
    from clinicdesk.views.main_window import MainWindow

    result, actor = login_as("sekretaer")
    win = MainWindow(world.db, result, actor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.guides_action in win.help_menu.actions()
    win.guides_action.trigger()
    dlg = win.findChild(GuideViewerDialog)
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.current is not None, timeout=30000)
    assert dlg.current.clinic_id == actor.clinic_id and dlg.document.pageCount() >= 2
    dlg.close()


def test_print_preview_shows_the_pages_and_closing_it_prints_nothing(qtbot, db, clinic_actor):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    dlg = _open(qtbot, db, clinic_actor)
    qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    preview = dlg.findChild(QPrintPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() == dlg.current.pages, timeout=30000)
    preview.reject()
    wait_for_all()
    assert _actions(db) == []


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen QPA
def test_the_print_button_opens_the_print_dialog_and_printing_writes_every_page(qtbot, db, clinic_actor, tmp_path):
    """Issue 13: Udskriv… raised TypeError (QPrintDialog.open() wants a receiver) and did nothing."""
    from PySide6.QtPrintSupport import QPrintDialog

    dlg = _open(qtbot, db, clinic_actor)
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.findChild(QPrintDialog) is not None and dlg.findChild(QPrintDialog).isVisible(),
                    timeout=10000)
    print_dialog = dlg.findChild(QPrintDialog)
    # the person picks "Print to File (PDF)" and types a file name, then presses Print
    from PySide6.QtWidgets import QComboBox, QLineEdit

    printers = print_dialog.findChild(QComboBox, "printers")
    pdf_entry = QCoreApplication.translate("QPrintDialog", "Print to File (PDF)")  # "Udskriv til fil (PDF)" in Danish
    assert printers.findText(pdf_entry) >= 0, [printers.itemText(i) for i in range(printers.count())]
    printers.setCurrentIndex(printers.findText(pdf_entry))
    out = tmp_path / "udskrift.pdf"
    name = print_dialog.findChild(QLineEdit, "filename")
    name.clear()
    qtbot.keyClicks(name, str(out))
    print_dialog.printer().setResolution(100)  # a quick test print
    with qtbot.waitSignal(dlg.printed, timeout=30000) as printed:
        print_dialog.accept()
    assert printed.args == [dlg.current.pages]
    assert len(PdfReader(str(out)).pages) == dlg.current.pages
    wait_for_all()
    assert [a for a, _s, _d in _actions(db)] == [Action.PRINT]
