""""Opret E-svar" as a receptionist types it: the patient is chosen on purpose (issue 10, item 1).

The defect: type a message, search a common surname, press Enter twice, and the message went to
the first hit (Send was the dialog's default button and highlighting a hit chose it).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.domain.enums import ItemKind, MessageDirection
from clinicdesk.models import Attachment, ClinicPatient, InboxItem, Message, Patient
from clinicdesk.views.worker import wait_for_all
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open_dialog(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, CTRL_SHIFT)  # Ctrl+Shift+E: Opret E-svar
    dlg = view.detail.econsult.dialog
    assert dlg is not None and dlg.objectName() == "newThreadDialog"
    qtbot.waitUntil(dlg.search_edit.hasFocus, timeout=5000)
    return dlg


def _common_surname(db, clinic_id) -> tuple[str, int]:
    """The surname most patients of the clinic share (the demo's "Hansen"), and how many."""
    with db.session() as s:
        name, n = s.execute(
            select(Patient.last_name, func.count()).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id).group_by(Patient.last_name)
            .order_by(func.count().desc(), Patient.last_name)).first()
    assert n >= 2, "the demo practice needs a surname shared by several patients"
    return name, n


def _choose_first_hit(qtbot, dlg, db, view):
    """Search the clinic's commonest surname and choose the first hit with Enter; returns the hit."""
    surname, _n = _common_surname(db, view.actor.clinic_id)
    _search(qtbot, dlg, surname)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)
    first = dlg.hits.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)
    return first


def _items(db) -> int:
    return db_scalar(db, select(func.count()).select_from(InboxItem))


def _search(qtbot, dlg, term: str) -> None:
    qtbot.keyClicks(dlg.search_edit, term)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    qtbot.waitUntil(lambda: dlg.hits.count() >= 1 and dlg.hits.item(0).data(Qt.ItemDataRole.UserRole) is not None,
                    timeout=10000)


def test_enter_twice_in_the_search_sends_nothing_until_a_hit_is_chosen(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    surname, n = _common_surname(inbox_db, view.actor.clinic_id)
    before = _items(inbox_db)
    # the message first, then the patient search, then Enter twice (what went wrong before)
    dlg.editor.setFocus()
    qtbot.keyClicks(dlg.editor, "Dine prøvesvar er klar.")
    dlg.search_edit.setFocus()
    _search(qtbot, dlg, surname)
    assert dlg.hits.count() == n
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Down)  # moving along the hits only highlights
    wait_for_all()
    qtbot.wait(50)
    assert _items(inbox_db) == before  # nothing was sent (before: a message to the first hit)
    assert dlg.isVisible() and dlg.result_value is None
    assert dlg.patient is None
    assert not dlg.send_button.isEnabled() and not dlg.send_button.isDefault()
    assert not dlg.chip.isVisible() and dlg.none_label.isVisible()
    assert _items(inbox_db) == before  # nothing was sent
    # Ctrl+Enter without a chosen patient sends nothing either and says why
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert _items(inbox_db) == before and "Vælg en patient" in dlg.error.text()
    # Enter on a hit chooses that one (the highlighted second hit, not the first)
    dlg.hits.setFocus()
    chosen = dlg.hits.item(1).data(Qt.ItemDataRole.UserRole)
    dlg.hits.setCurrentRow(1)
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)
    assert dlg.patient == chosen
    assert dlg.chip.isVisible() and dlg.chip_label.text() == f"{chosen.name}  {chosen.cpr_display}"
    assert dlg.send_button.isEnabled() and chosen.name in dlg.send_button.text()
    assert dlg.editor.hasFocus()
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    with inbox_db.session() as s:
        item = s.get(InboxItem, dlg.result_value.created_id)
        assert item.patient_id == chosen.id and item.kind == ItemKind.ECONSULT
        msg = s.execute(select(Message).where(Message.item_id == item.id)).scalar_one()
        assert msg.direction == MessageDirection.TO_PATIENT and msg.body == "Dine prøvesvar er klar."
    assert _items(inbox_db) == before + 1
    # the confirmation names the patient
    assert chosen.name in view.toast_label.text() and chosen.cpr_display in view.toast_label.text()


def test_the_chip_shows_plain_text_and_clearing_it_disables_send(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    surname, _n = _common_surname(inbox_db, view.actor.clinic_id)
    _search(qtbot, dlg, surname)
    # double-click on a hit chooses it
    rect = dlg.hits.visualItemRect(dlg.hits.item(0))
    qtbot.mouseClick(dlg.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dlg.patient is None  # a single click only highlights
    qtbot.mouseDClick(dlg.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = dlg.hits.item(0).data(Qt.ItemDataRole.UserRole)
    assert dlg.patient == first
    assert dlg.chip_label.textFormat() == Qt.TextFormat.PlainText
    assert first.cpr_display in dlg.chip_label.text()
    assert dlg.send_button.isEnabled()
    for b in (dlg.send_button, dlg.cancel_button, dlg.clear_patient_button):
        assert not b.isDefault() and not b.autoDefault()
    # "Fjern" clears the choice: Send is disabled again and the search has the keyboard
    qtbot.mouseClick(dlg.clear_patient_button, Qt.MouseButton.LeftButton)
    assert dlg.patient is None and not dlg.send_button.isEnabled() and not dlg.chip.isVisible()
    assert dlg.search_edit.hasFocus()
    # Enter in the search with the same term moves to the hits (highlighting chooses nothing)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)
    assert dlg.hits.hasFocus() and dlg.hits.currentRow() == 0 and dlg.patient is None


def test_a_new_thread_carries_attachments_like_an_answer(qtbot, open_inbox, inbox_db, tmp_path):
    from clinicdesk.demo import tiny_pdf, tiny_png

    view = open_inbox("laege")
    dlg = _open_dialog(qtbot, view)
    with inbox_db.session() as s:
        pat = s.execute(select(Patient).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                        .where(ClinicPatient.clinic_id == view.actor.clinic_id).order_by(Patient.id)).scalars().first()
        cpr, pid = pat.cpr, pat.id
    _search(qtbot, dlg, cpr[:6] + "-" + cpr[6:])
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)  # to the hit
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)  # choose it
    assert dlg.patient is not None and dlg.patient.id == pid
    png, pdf, txt = tmp_path / "resultat.png", tmp_path / "vejledning.pdf", tmp_path / "noter.txt"
    png.write_bytes(tiny_png())
    pdf.write_bytes(tiny_pdf(["Vejledning"]))
    txt.write_text("ikke et billede")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_U, CTRL_SHIFT)  # Ctrl+Shift+U: the file dialog
    fd = dlg.files_host.dialog
    assert fd is not None and fd.objectName() == "attachFilesDialog"
    fd.setDirectory(str(tmp_path))
    fd.selectFile(f'"{png.name}" "{pdf.name}" "{txt.name}"')
    fd.accept()
    assert [a.filename for a in dlg.files.files] == ["resultat.png", "vejledning.pdf"]
    assert "noter.txt er hverken et billede eller en PDF" in dlg.error.text()
    assert "resultat.png" in dlg.files.label.text()
    dlg.editor.setFocus()
    qtbot.keyClicks(dlg.editor, "Se de vedhæftede filer.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    with inbox_db.session() as s:
        msg = s.execute(select(Message).where(Message.item_id == dlg.result_value.created_id)).scalar_one()
        names = sorted(a.filename for a in s.execute(select(Attachment).where(Attachment.message_id == msg.id))
                       .scalars())
        assert s.get(InboxItem, msg.item_id).patient_id == pid
    assert names == ["resultat.png", "vejledning.pdf"]


def test_screenshot_of_the_new_thread_dialog_with_a_chosen_patient(qtbot, open_inbox, inbox_db, tmp_path):
    """docs/new-thread.png (written there with CLINICDESK_SCREENSHOTS=1, else to a temp folder)."""
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    surname, _n = _common_surname(inbox_db, view.actor.clinic_id)
    _search(qtbot, dlg, surname)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)
    assert dlg.patient is not None
    qtbot.keyClicks(dlg.editor, "tak")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Tab)  # abbreviation + Tab
    qtbot.waitUntil(lambda: "Tak for din besked" in dlg.editor.toPlainText(), timeout=5000)
    dlg.resize(640, 600)
    qtbot.wait(50)
    docs = Path(__file__).resolve().parents[2] / "docs"
    out = (docs if os.environ.get("CLINICDESK_SCREENSHOTS") == "1" else tmp_path) / "new-thread.png"
    assert dlg.chip.isVisible() and dlg.patient.name in dlg.chip_label.text()
    assert dlg.grab().save(str(out))


def test_a_new_thread_sent_again_after_a_fault_is_created_once(qtbot, open_inbox, inbox_db, monkeypatch):
    """The thread was created but the answer got lost on the way back (a connection dropped
    at the commit): the dialog says pressing Send again is safe, and it is: the second press
    answers "Allerede sendt" from the first one's receipt, and there is one new thread."""
    from clinicdesk.domain.errors import CommitInDoubt
    from clinicdesk.views.inbox import new_thread

    real, ids = new_thread.inbox.start_thread, []

    def answer_lost_once(*a, **kw):
        ids.append(kw.get("action_id"))
        res = real(*a, **kw)
        if len(ids) == 1:
            raise CommitInDoubt()
        return res

    monkeypatch.setattr(new_thread.inbox, "start_thread", answer_lost_once)
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    surname, _n = _common_surname(inbox_db, view.actor.clinic_id)
    before = _items(inbox_db)
    _search(qtbot, dlg, surname)
    qtbot.keyClick(dlg.search_edit, Qt.Key.Key_Return)  # to the hits
    qtbot.keyClick(dlg.hits, Qt.Key.Key_Return)  # choose the first
    qtbot.keyClicks(dlg.editor, "Husk blodprøven før næste konsultation.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.error.text() != "" and dlg.send_button.isEnabled(), timeout=10000)
    assert "samme knap igen" in dlg.error.text() and dlg.editor.toPlainText().startswith("Husk")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    assert dlg.result_value.message.startswith("Allerede sendt")
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0]
    assert _items(inbox_db) == before + 1


def test_the_first_send_of_a_new_thread_warns_about_another_patients_cpr(qtbot, open_inbox, inbox_db):
    """The check before every answer covers "Opret E-svar" too: another patient's CPR number in the
    text is named on the first Send (nothing sent); a second Send of the same message sends it."""
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    first = _choose_first_hit(qtbot, dlg, inbox_db, view)
    other_cpr = "010203-0405" if first.cpr_display != "010203-0405" else "020304-0506"
    before = _items(inbox_db)
    qtbot.keyClicks(dlg.editor, f"Hej {{fornavn}}. Se vedhæftede svar. Svaret gælder også {other_cpr}.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dlg.presend_label.isVisible, timeout=10000)
    assert other_cpr in dlg.presend_label.text() and _items(inbox_db) == before
    # the box is as tall as its lines at its width: measured while hidden (Qt's narrow default
    # width) it took many lines' height, and the dialog grew to 1035 px, past a 768 px screen
    qtbot.wait(50)
    assert dlg.height() <= 700
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    assert _items(inbox_db) == before + 1


def test_a_new_thread_is_not_sent_unchecked_when_the_check_cannot_run(qtbot, open_inbox, inbox_db, monkeypatch):
    """The check before Send failed: the message went out as if it had passed. Now nothing is sent,
    the box says why; a second Send sends it."""
    from clinicdesk.domain.errors import DatabaseBusy
    from clinicdesk.views.inbox import new_thread

    def busy(*_a, **_k):
        raise DatabaseBusy()

    monkeypatch.setattr(new_thread, "presend_warnings", busy)
    view = open_inbox("sekretaer")
    dlg = _open_dialog(qtbot, view)
    _choose_first_hit(qtbot, dlg, inbox_db, view)
    before = _items(inbox_db)
    qtbot.keyClicks(dlg.editor, "Husk at tage prøven i morgen.")
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dlg.presend_label.isVisible, timeout=10000)
    assert "kunne ikke gennemføres" in dlg.presend_label.text()
    assert "Databasen er optaget af en anden arbejdsstation." in dlg.presend_label.text()
    qtbot.wait(300)
    assert _items(inbox_db) == before and dlg.result_value is None
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.result_value is not None, timeout=10000)
    assert _items(inbox_db) == before + 1
