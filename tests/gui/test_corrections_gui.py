"""Corrections keep the old words, seen in the inbox (issue 11, item 4): the renewal pane
shows every decision of a line (the replaced ones marked), and a corrected answer stays
in the thread marked "Rettet" with its correction under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.domain.enums import ItemKind, ItemStatus, LineDecision, MessageDirection
from clinicdesk.models import InboxItem, Message, OutboxMail, Patient, RenewalLine
from clinicdesk.portal import decision_answers
from clinicdesk.services.notifications import recipient_address
from clinicdesk.views.inbox.panes.thread import thread_html
from hostile_text import MARKUP, markup_holes, shown_literally
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _folder(qtbot, view, key, kind):
    view.table.setFocus()
    qtbot.keyClick(view.table, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and all(r.kind == kind for r in view.model.rows()), timeout=10000)


def _reachable(s, patient_id) -> bool:
    patient = s.get(Patient, patient_id) if patient_id else None
    return patient is not None and bool(recipient_address(s, patient))


def _pending_renewal_row(view, db) -> int:
    for i, r in enumerate(view.model.rows()):
        if r.kind != ItemKind.RENEWAL or r.claimed_by_id not in (None, view.actor.staff_id):
            continue
        with db.session() as s:
            lines = s.execute(select(RenewalLine).where(RenewalLine.item_id == r.id)).scalars().all()
            if _reachable(s, r.patient_id) and lines and all(ln.decision == LineDecision.PENDING for ln in lines):
                return i
    raise AssertionError("no pending renewal")


def _reject_current(qtbot, view, pane, why: str) -> None:
    ln = pane.current_line()
    before = len(ln.history)
    qtbot.keyClick(pane.lines_view, Qt.Key.Key_X, CTRL_SHIFT)
    dlg = pane.dialog
    qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
    qtbot.keyClicks(dlg.edit, why)
    qtbot.waitUntil(lambda: not view.detail.busy, timeout=10000)  # (a live refresh may be under way)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.detail.busy and len(
        next(x for x in view.detail.current.detail.renewal.lines if x.id == ln.id).history) == before + 1,
        timeout=10000)
    pane.lines_view.setFocus()


def _history_rows(pane) -> list[list[str]]:
    """Each decision as the lines it shows; the time (line 1, middle) left out."""
    m = pane.history_model
    rows = []
    for r in range(m.rowCount()):
        first, *rest = m.item(r, 0).text().split("\n")
        decision, _when, who = first.split(" · ")
        rows.append([decision, who, *rest])
    return rows


def _send(qtbot, view, pane) -> None:
    qtbot.keyClick(pane.lines_view, Qt.Key.Key_G, CTRL_SHIFT)  # every line decided: Ctrl+Shift+G sends
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE and not view.detail.busy,
                    timeout=10000)


def test_a_renewal_decided_again_shows_both_reasons_in_the_pane(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    _folder(qtbot, view, Qt.Key.Key_8, ItemKind.RENEWAL)
    item_id = open_row(qtbot, view, _pending_renewal_row(view, inbox_db))
    pane = view.detail.renewal
    qtbot.waitUntil(pane.lines_view.hasFocus, timeout=5000)
    assert pane.history_model.rowCount() == 0 and "ingen endnu" in pane.history_title.text()
    for _ in range(pane.lines_model.rowCount()):  # reject every line, keyboard only
        _reject_current(qtbot, view, pane, "Tag en blodprøve først")
        pending = [r for r in range(pane.lines_model.rowCount())
                   if pane.lines_model.item(r, 0).data(Qt.ItemDataRole.UserRole).decision == "pending"]
        if pending:
            pane.lines_view.setCurrentIndex(pane.lines_model.index(pending[0], 0))
    _send(qtbot, view, pane)
    doctor = view.actor.full_name

    qtbot.keyClick(view.detail, Qt.Key.Key_O, CTRL_SHIFT)  # Genåbn
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.OPEN and not view.detail.busy,
                    timeout=10000)
    pane.lines_view.setFocus()
    pane.lines_view.setCurrentIndex(pane.lines_model.index(0, 0))
    label = pane.current_line().label
    _reject_current(qtbot, view, pane, "Vi ringer dig op om dosis")
    pane.lines_view.setCurrentIndex(pane.lines_model.index(0, 0))
    assert pane.history_title.text() == f"Afgørelser for {label}"
    assert _history_rows(pane) == [
        ["Afvist", doctor, "Begrundelse: Tag en blodprøve først", "Erstattet · sendt til patienten"],
        ["Afvist", doctor, "Begrundelse: Vi ringer dig op om dosis", "Gældende, ikke sendt endnu"],
    ]
    assert pane.lines_model.item(0, 3).text() == "Vi ringer dig op om dosis"  # the line shows the newest
    _send(qtbot, view, pane)
    pane.lines_view.setCurrentIndex(pane.lines_model.index(0, 0))
    assert _history_rows(pane) == [
        ["Afvist", doctor, "Begrundelse: Tag en blodprøve først", "Erstattet"],
        ["Afvist", doctor, "Begrundelse: Vi ringer dig op om dosis", "Gældende · sendt til patienten"],
    ]
    with inbox_db.session() as s:  # the patient reads the newest
        item = s.get(InboxItem, item_id)
        clinic_id, cpr = item.clinic_id, s.get(Patient, item.patient_id).cpr
    told = [(a.what, a.reason) for a in decision_answers(inbox_db, clinic_id, cpr)
            if a.kind == "renewal" and a.item_id == item_id]
    assert (label, "Vi ringer dig op om dosis") in told and (label, "Tag en blodprøve først") not in told


def _mailable_econsult_row(view, db) -> int:
    for i, r in enumerate(view.model.rows()):
        if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None and r.patient_id is not None:
            with db.session() as s:
                if _reachable(s, r.patient_id):
                    return i
    raise AssertionError("no e-consultation from a patient with an e-mail address")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen QPA: the menu
def test_a_corrected_answer_stays_readable_marked_rettet(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    _folder(qtbot, view, Qt.Key.Key_7, ItemKind.ECONSULT)
    item_id = open_row(qtbot, view, _mailable_econsult_row(view, inbox_db))
    pane = view.detail.econsult
    corrections = pane.corrections
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    qtbot.keyClicks(pane.editor, "Tag 2 tabletter Panodil 3 gange dagligt.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE and not view.detail.busy,
                    timeout=10000)
    old_id = view.detail.current.detail.messages[-1].id
    mails = db_scalar(inbox_db, select(func.count()).select_from(OutboxMail))

    # keyboard: the thread's context menu (Shift+F10) offers "Ret svar fra … …"
    pane.thread.setFocus()
    qtbot.keyClick(pane.thread, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = corrections.menu
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    assert menu.activeAction().text().startswith("Ret svar fra ")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dlg = pane.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.edit.hasFocus(), timeout=5000)
    assert dlg.edit.toPlainText() == "Tag 2 tabletter Panodil 3 gange dagligt."  # the old text, to edit
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # unchanged: refused here
    assert dlg.isVisible() and "ikke ændret" in dlg.error.text()
    qtbot.keyClick(dlg.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dlg.edit, "Rettelse: Tag 1 tablet Panodil 3 gange dagligt. " + MARKUP)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    if dlg.isVisible():  # a live refresh was under way: the dialog keeps the text and says so; send again
        assert "Vent et øjeblik" in dlg.error.text()
        qtbot.waitUntil(lambda: not view.detail.busy, timeout=10000)
        qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.detail.current.detail.messages) >= 3 and not view.detail.busy, timeout=10000)

    shown = pane.thread.toPlainText()
    assert "Tag 2 tabletter Panodil 3 gange dagligt." in shown  # the old answer, still readable
    assert "Rettet" in shown and "Rettelse af svar fra " in shown
    assert shown.index("Tag 2 tabletter") < shown.index("Rettet") < shown.index("Rettelse: Tag 1 tablet")
    assert markup_holes(pane) == [] and shown_literally(pane.thread)  # the correction is text, not markup
    with inbox_db.session() as s:
        old = s.get(Message, old_id)
        new = s.execute(select(Message).where(Message.supersedes_id == old_id)).scalar_one()
        assert old.body == "Tag 2 tabletter Panodil 3 gange dagligt."
        assert new.direction == MessageDirection.TO_PATIENT and new.body.endswith(MARKUP)
        assert s.get(InboxItem, item_id).status == ItemStatus.DONE
    assert db_scalar(inbox_db, select(func.count()).select_from(OutboxMail)) == mails + 1
    # the corrected answer offers no second correction; the correction does
    d = view.detail.current.detail
    html = thread_html(d, correctable=True)
    assert f"ret:{old_id}" not in html and f"ret:{d.messages[-1].id}" in html
    offered = [m.id for m in corrections.candidates()]  # newest first; earlier answers in the thread stay correctable
    assert offered[0] == d.messages[-1].id and old_id not in offered
