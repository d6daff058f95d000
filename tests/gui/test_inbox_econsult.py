"""E-consultations in the inbox, typed as a person would: open, stock phrase, send; notes; close; Opret E-svar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.models import AuditEntry, InboxItem, Message, OutboxMail
from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection
from clinicdesk.services.inbox import Folder
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    db_scalar,
    first_row,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)


def _to_econsult_folder(qtbot, view):
    qtbot.keyClick(view.table, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # Alt+7: E-konsultationer
    qtbot.waitUntil(lambda: view.model.query.folder == Folder.ECONSULT and view.model.rowCount() > 0
                    and all(r.kind == ItemKind.ECONSULT for r in view.model.rows()), timeout=10000)


def _mailable_econsult_row(view, db) -> int:
    """The first free e-consultation whose patient can be notified by e-mail."""
    from clinicdesk.models import Patient, PortalAccount

    for i, r in enumerate(view.model.rows()):
        if r.kind != ItemKind.ECONSULT or r.claimed_by_id is not None or r.patient_id is None:
            continue
        with db.session() as s:
            p = s.get(Patient, r.patient_id)
            acc = s.execute(select(PortalAccount).where(PortalAccount.patient_id == p.id)).scalar_one_or_none()
            if p.email or (acc is not None and acc.email):
                return i
    raise AssertionError("no e-consultation from a patient with an e-mail address")


def test_answer_with_stock_phrase_by_keyboard_only(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    view.table.setFocus()
    _to_econsult_folder(qtbot, view)
    row = _mailable_econsult_row(view, inbox_db)
    # J moves down the list, K up again: land on the row by keys
    view.table.setCurrentIndex(view.model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.table.currentIndex().row() == row
    item_id = view.model.rows()[row].id
    mails_before = db_scalar(inbox_db, select(func.count()).select_from(OutboxMail))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id, timeout=10000)
    qtbot.waitUntil(lambda: pane.editor.hasFocus(), timeout=5000)
    assert pane.send_button.isEnabled()
    assert view.detail.current.claim.mine
    qtbot.keyClicks(pane.editor, "Hej. tak")
    qtbot.keyClick(pane.editor, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert pane.editor.toPlainText() == "Hej. Tak for din besked. Vi vender tilbage inden for 3 hverdage."
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # Send svar (Ctrl+Enter is Send og næste)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)

    with inbox_db.session() as s:
        newest = s.execute(select(Message).where(Message.item_id == item_id).order_by(Message.id.desc())).scalars().first()
        assert newest.direction == MessageDirection.TO_PATIENT
        assert newest.body == "Hej. Tak for din besked. Vi vender tilbage inden for 3 hverdage."
        assert s.get(InboxItem, item_id).status == ItemStatus.DONE
    assert db_scalar(inbox_db, select(func.count()).select_from(OutboxMail)) == mails_before + 1
    assert pane.editor.toPlainText() == ""  # the draft is gone once sent
    # what the user sees: the answer in the thread, the confirmation, the button disabled
    assert "Tak for din besked" in pane.thread.toPlainText()
    assert not pane.send_button.isEnabled()
    assert "sendt" in view.toast_label.text()
    # the list and the counts follow without a manual refresh; the keyboard is back in the list
    qtbot.waitUntil(lambda: view.model.row_of(item_id) < 0, timeout=10000)
    assert view.table.hasFocus()


def test_phrase_picker_opens_when_no_abbreviation_matches(qtbot, open_inbox):
    view = open_inbox("laege")
    view.table.setFocus()
    _to_econsult_folder(qtbot, view)
    open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.editor.hasFocus(), timeout=5000)
    qtbot.keyClicks(pane.editor, "Svar: bp")
    qtbot.keyClick(pane.editor, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    picker = pane.dialog
    assert picker is not None and picker.objectName() == "phrasePicker" and picker.isVisible()
    assert picker.filter_edit.text() == "bp"
    assert picker.list.currentItem().text().startswith("bpnorm")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert pane.editor.toPlainText() == "Svar: Dine blodprøver er normale. Der er ikke behov for yderligere."


def test_internal_note_and_close_only_with_reason(qtbot, open_inbox, inbox_db):
    view = open_inbox("sygeplejerske")
    view.table.setFocus()
    _to_econsult_folder(qtbot, view)
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.keyClicks(pane.editor, "Ring til patienten i morgen")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Ring til patienten" in pane.thread.toPlainText(), timeout=10000)
    assert "Intern note" in pane.thread.toPlainText()
    with inbox_db.session() as s:
        note = s.execute(select(Message).where(Message.item_id == item_id).order_by(Message.id.desc())).scalars().first()
        assert note.direction == MessageDirection.INTERNAL
    # close without answer: the reason is required
    qtbot.keyClick(pane.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = pane.dialog
    assert dlg.objectName() == "reasonDialog"
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "begrundelse" in dlg.error.text()
    qtbot.keyClicks(dlg.edit, "Patienten har ringet og fået svar")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with inbox_db.session() as s:
        assert s.get(InboxItem, item_id).closed_reason == "Patienten har ringet og fået svar"


def test_new_thread_to_a_patient_found_by_search(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = view.detail.econsult.dialog
    assert dlg is not None and dlg.objectName() == "newThreadDialog"
    with inbox_db.session() as s:
        from clinicdesk.models import ClinicPatient, Patient

        pat = s.execute(select(Patient).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                        .where(ClinicPatient.clinic_id == view.actor.clinic_id).order_by(Patient.id)).scalars().first()
        cpr, pid = pat.cpr, pat.id
    qtbot.keyClicks(dlg.search_edit, cpr[:6] + "-" + cpr[6:])
    qtbot.waitUntil(lambda: dlg.hits.count() >= 1 and dlg.hits.item(0).data(Qt.ItemDataRole.UserRole) is not None,
                    timeout=10000)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)  # the hit is chosen explicitly (issue 10)
    assert dlg.patient is not None and dlg.patient.id == pid
    qtbot.keyClicks(dlg.editor, "rep")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert dlg.editor.toPlainText().startswith("Du har stadig udleveringer")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    with inbox_db.session() as s:
        item = s.get(InboxItem, dlg.result_value.created_id)
        assert item.patient_id == pid and item.kind == ItemKind.ECONSULT
        assert s.execute(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "search_patient")).scalar() >= 1


def test_attach_files_within_the_clinics_limits_and_send(qtbot, open_inbox, inbox_db, tmp_path):
    from clinicdesk.demo import tiny_pdf, tiny_png
    from clinicdesk.models import Attachment

    view = open_inbox("laege")
    view.table.setFocus()
    _to_econsult_folder(qtbot, view)
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    png = tmp_path / "udslaet.png"
    png.write_bytes(tiny_png())
    pdf = tmp_path / "svar.pdf"
    pdf.write_bytes(tiny_pdf(["Vejledning"]))
    txt = tmp_path / "noter.txt"
    txt.write_text("ikke et billede")
    # Ctrl+Shift+U opens the file dialog; choose files in it as a person would
    qtbot.keyClick(pane.editor, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = pane.dialog
    assert dlg.objectName() == "attachFilesDialog"
    dlg.setDirectory(str(tmp_path))
    dlg.selectFile(f'"{png.name}" "{pdf.name}" "{txt.name}"')
    dlg.accept()
    assert [a.filename for a in pane.pending_attachments] == ["udslaet.png", "svar.pdf"]
    assert "noter.txt er hverken et billede eller en PDF" in view.detail.error_label.text()
    assert "udslaet.png" in pane.answer_atts.text() and "(2/9)" in pane.answer_atts.text()
    qtbot.keyClicks(pane.editor, "Se vedhæftede filer.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # Send svar (Ctrl+Enter is Send og næste)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with inbox_db.session() as s:
        msg = s.execute(select(Message).where(Message.item_id == item_id).order_by(Message.id.desc())).scalars().first()
        names = sorted(a.filename for a in s.execute(select(Attachment).where(Attachment.message_id == msg.id)).scalars())
    assert names == ["svar.pdf", "udslaet.png"]
    assert pane.pending_attachments == []
    assert "udslaet.png" in pane.thread.toPlainText()


def test_f2_answer_archive_offers_my_earlier_answers(qtbot, open_inbox, inbox_db):
    from clinicdesk.models import AuditEntry

    view = open_inbox("laege")
    view.table.setFocus()
    _to_econsult_folder(qtbot, view)
    rows = [i for i, r in enumerate(view.model.rows()) if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None]
    first_id = view.model.rows()[rows[0]].id
    second_id = view.model.rows()[rows[1]].id
    open_row(qtbot, view, rows[0])
    pane = view.detail.econsult
    qtbot.keyClicks(pane.editor, "Husk at tage blodtrykket hjemme morgen og aften i en uge.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # Send svar (Ctrl+Enter is Send og næste)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    open_row(qtbot, view, view.model.row_of(second_id))
    assert first_id != second_id
    qtbot.waitUntil(lambda: pane.editor.hasFocus(), timeout=5000)
    pane.dialog = None
    qtbot.keyClick(pane.editor, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.objectName() == "phrasePicker", timeout=10000)
    picker = pane.dialog
    assert picker.windowTitle().startswith("Svararkiv")
    qtbot.keyClicks(picker.filter_edit, "blodtryk")
    assert picker.list.count() >= 1
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert pane.editor.toPlainText() == "Husk at tage blodtrykket hjemme morgen og aften i en uge."
    with inbox_db.session() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.context == "search:answer_archive")).scalar() == 1
