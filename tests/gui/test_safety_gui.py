"""The safety net in the inbox, driven as a person would: the Haster folder with its count, urgent items
first with a red marker, the patient's words highlighted in the thread, marking and unmarking by hand."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority
from clinicdesk.models import AuditEntry, InboxItem, Message
from clinicdesk.models.safety import UrgentFlag
from clinicdesk.services.inbox import Folder
from clinicdesk.services.safety.flags import flag_at_intake
from clinicdesk.views.inbox.table_model import COL_RECEIVED
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    activate,
    db_all,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
)

URGENT_TEXT = "Hej. Jeg har haft ondt i brystet siden i morges og det stråler ud i venstre arm. Ingen feber."


def _answers(db, item_id: int) -> int:
    """How many answers to the patient the item's thread holds."""
    from sqlalchemy import func

    from clinicdesk.domain.enums import MessageDirection

    return db_all(db, select(func.count()).select_from(Message).where(
        Message.item_id == item_id, Message.direction == MessageDirection.TO_PATIENT))[0][0]


def _answering(qtbot, open_inbox, db):
    """The doctor's answer pane on an e-consultation, the editor focused; and a count of the
    thread's answers to the patient."""
    from inbox_gui_helpers import first_row, open_row

    view = open_inbox("laege")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.editor.hasFocus(), timeout=5000)
    return pane, lambda: _answers(db, item_id)


def _flag_from_patient(db) -> int:
    """A patient's new message in an open e-consultation, scanned as the portal's intake scans it."""
    now = datetime.now(timezone.utc)
    with db.write_session() as s:
        item = s.execute(select(InboxItem).where(InboxItem.kind == ItemKind.ECONSULT,
                                                 InboxItem.status == ItemStatus.NEW,
                                                 InboxItem.priority == Priority.NORMAL,
                                                 InboxItem.claimed_by_id.is_(None))
                         .order_by(InboxItem.received_at.asc())).scalars().first()
        msg = Message(item_id=item.id, direction="from_patient", body=URGENT_TEXT, created_at=now)
        s.add(msg)
        s.flush()
        found = flag_at_intake(s, item, msg.id, URGENT_TEXT, now)
        assert found is not None and found.flagged
        return item.id


def _folder_by_keys(qtbot, view, folder: Folder) -> None:
    view.folders.setFocus()
    qtbot.keyClick(view.folders, Qt.Key.Key_Home)  # Haster is the first folder
    while view.folders.current_folder() != folder:
        qtbot.keyClick(view.folders, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.model.query.folder == folder and not view.model.is_loading, timeout=10000)


def test_haster_folder_marker_words_and_marking_by_hand(qtbot, open_inbox, inbox_db):
    item_id = _flag_from_patient(inbox_db)
    view = open_inbox("laege")
    activate(qtbot, view)
    # the Haster folder is first, red, with its count
    first = view.folders.item(0)
    n_urgent = view.folders.counts[Folder.URGENT]
    assert n_urgent >= 1 and first.text() == f"Haster  ({n_urgent})"
    assert first.foreground().color().name() == "#b3261e" and first.font().bold()
    # in All open the urgent items come first, each with the red marker
    rows = view.model.rows()
    urgent_rows = [i for i, r in enumerate(rows) if r.priority == Priority.URGENT and r.status != ItemStatus.DONE]
    assert urgent_rows == list(range(len(urgent_rows))) and item_id in [rows[i].id for i in urgent_rows]
    marker = view.model.data(view.model.index(0, COL_RECEIVED), Qt.ItemDataRole.DecorationRole)
    assert marker is not None and not marker.isNull()
    plain = next(i for i, r in enumerate(rows) if r.priority == Priority.NORMAL)
    assert view.model.data(view.model.index(plain, COL_RECEIVED), Qt.ItemDataRole.DecorationRole) is None

    # the Haster folder by keyboard: only flagged open items
    _folder_by_keys(qtbot, view, Folder.URGENT)
    assert view.model.rowCount() == n_urgent
    assert all(r.priority == Priority.URGENT for r in view.model.rows())
    row = next(i for i, r in enumerate(view.model.rows()) if r.id == item_id)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.urgent_bar.state is not None and pane.urgent_bar.item_id == item_id, timeout=10000)
    bar = pane.urgent_bar
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert "ondt i brystet" in bar.label.text() and "stråler ud i venstre" in bar.label.text()
    marked = sorted(sel.cursor.selectedText() for sel in pane.thread.extraSelections())
    assert marked == ["ondt i brystet", "stråler ud i venstre"]
    assert all(sel.format.fontWeight() > 500 for sel in pane.thread.extraSelections())
    assert "Ingen feber" in pane.thread.toPlainText()  # the message is shown whole, as written

    # unmark by hand: a reason is asked for, the flag goes, the words are no longer marked
    assert bar.button.text() == "Fjern markering …"
    bar.button.setFocus()
    qtbot.keyClick(bar.button, Qt.Key.Key_Space)
    dlg = pane.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.edit.hasFocus(), timeout=5000)
    qtbot.keyClicks(dlg.edit, "Talt med patienten i telefonen, kendt muskelsmerte")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.state is not None and not bar.state.urgent, timeout=10000)
    assert pane.thread.extraSelections() == [] and bar.button.text() == "Markér som haster …"
    flags = db_all(inbox_db, select(UrgentFlag.source, UrgentFlag.cleared, UrgentFlag.reason)
                   .where(UrgentFlag.item_id == item_id).order_by(UrgentFlag.id))
    assert [tuple(f) for f in flags] == [("auto", False, ""),
                                        ("manual", True, "Talt med patienten i telefonen, kendt muskelsmerte")]
    # and mark it again by hand
    qtbot.keyClick(bar.button, Qt.Key.Key_Space)
    dlg = pane.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.edit.hasFocus(), timeout=5000)
    qtbot.keyClicks(dlg.edit, "Ringede igen, har det værre")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.urgent, timeout=10000)
    assert db_all(inbox_db, select(InboxItem.priority).where(InboxItem.id == item_id))[0][0] == Priority.URGENT
    actions = [a for (a,) in db_all(inbox_db, select(AuditEntry.action).where(
        AuditEntry.action.in_(("mark_urgent", "unmark_urgent"))).order_by(AuditEntry.id))]
    assert actions[-3:] == ["mark_urgent", "unmark_urgent", "mark_urgent"]


def test_settings_tab_shows_the_lists_and_takes_the_clinics_own_lines(qtbot, inbox_db):
    from clinicdesk.views.settings.safety_tab import SafetyTab
    from inbox_gui_helpers import actor_for

    tab = SafetyTab(inbox_db, actor_for(inbox_db, "admin"))
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    assert "brystsmert*" in tab.shipped.toPlainText() and tab.shipped.isReadOnly()
    tab.try_text.setFocus()
    qtbot.keyClicks(tab.try_text, "jeg har fået et hvepsestik i læben")
    assert tab.try_result.text() == "Markeres ikke."
    tab.new_line.setFocus()
    qtbot.keyClicks(tab.new_line, "hvepsestik")
    qtbot.keyClick(tab.new_line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.own.count() == 1, timeout=10000)
    assert tab.own.item(0).text() == "hvepsestik" and tab.new_line.text() == ""
    assert tab.try_result.text() == "Markeres \u201dHaster\u201d. Ord: hvepsestik"
    # the same line again: refused in Danish, nothing stored twice
    qtbot.keyClicks(tab.new_line, "Hvepsestik")
    qtbot.keyClick(tab.new_line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.error.text() != "", timeout=10000)
    assert tab.error.text() == "Udtrykket står allerede på listen." and tab.own.count() == 1
    tab.own.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.own.count() == 0, timeout=10000)
    assert [a for (a,) in db_all(inbox_db, select(AuditEntry.action).where(
        AuditEntry.action == "edit_safety_terms"))] == ["edit_safety_terms", "edit_safety_terms"]


def test_a_receptionist_sees_the_lists_but_cannot_change_them(qtbot, inbox_db):
    from clinicdesk.views.settings.safety_tab import SafetyTab
    from inbox_gui_helpers import actor_for

    tab = SafetyTab(inbox_db, actor_for(inbox_db, "sekretaer"))
    qtbot.addWidget(tab)
    assert not tab.add_button.isEnabled() and not tab.new_line.isEnabled()
    assert tab.shipped.toPlainText().startswith("# Ord og udtryk")


def test_first_send_warns_and_second_send_sends(qtbot, open_inbox, inbox_db):

    pane, answers = _answering(qtbot, open_inbox, inbox_db)

    before = answers()
    qtbot.keyClicks(pane.editor, "Hej {fornavn}. Se vedhæftede svar. Det gælder også 010190-1234.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pane.presend_label.isVisible(), timeout=10000)
    shown = pane.presend_label.text()
    assert pane.presend_label.textFormat() == Qt.TextFormat.PlainText
    assert "{fornavn}" in shown and "ingen fil vedhæftet" in shown and "010190-1234" in shown
    assert "Tryk Send igen" in shown
    pane.window().resize(1366, 620)  # the inbox of a 1366×768 window: the box's first and last lines were cut off
    qtbot.wait(100)
    box = pane.presend_label
    lines = box.fontMetrics().boundingRect(0, 0, box.contentsRect().width(), 10_000, Qt.TextFlag.TextWordWrap,
                                           shown).height()
    assert box.contentsRect().height() >= lines
    assert answers() == before  # nothing sent on the first Send
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: answers() == before + 1, timeout=10000)
    # the pane hears of the stored answer a moment after the database has it
    qtbot.waitUntil(lambda: not pane.presend_label.isVisible(), timeout=10000)


def test_a_check_that_cannot_run_is_said_and_nothing_is_sent_until_send_again(qtbot, open_inbox, inbox_db,
                                                                                monkeypatch):
    """The check before Send failed (the database busy): the answer was sent as if all were well.
    Now the first Send stores nothing and the box says the check could not run, and why; a second
    Send of the same answer sends it."""
    from clinicdesk.domain.errors import DatabaseBusy
    from clinicdesk.views.inbox.panes import econsult

    def busy(*_a, **_k):
        raise DatabaseBusy()

    monkeypatch.setattr(econsult, "presend_warnings", busy)
    pane, answers = _answering(qtbot, open_inbox, inbox_db)

    before = answers()
    qtbot.keyClicks(pane.editor, "Tak for beskeden. Prøven er fin.")
    send = (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(pane.editor, *send)
    qtbot.waitUntil(lambda: pane.presend_label.isVisible(), timeout=10000)
    shown = pane.presend_label.text()
    assert shown.startswith("Tjekket før afsendelse kunne ikke gennemføres, så teksten er ikke sendt:")
    assert "Databasen er optaget af en anden arbejdsstation." in shown
    assert "Tryk Send igen for at sende uden tjekket." in shown
    qtbot.wait(300)
    assert answers() == before and pane.editor.toPlainText() == "Tak for beskeden. Prøven er fin."
    qtbot.keyClick(pane.editor, *send)
    qtbot.waitUntil(lambda: answers() == before + 1, timeout=10000)


def test_an_answer_without_mistakes_is_sent_at_the_first_send(qtbot, open_inbox, inbox_db):
    from sqlalchemy import func

    from clinicdesk.domain.enums import MessageDirection
    from inbox_gui_helpers import first_row, open_row

    view = open_inbox("laege")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.editor.hasFocus(), timeout=5000)
    qtbot.keyClicks(pane.editor, "Tak for beskeden. Prøven er fin.")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: db_all(inbox_db, select(func.count()).select_from(Message).where(
        Message.item_id == item_id, Message.direction == MessageDirection.TO_PATIENT,
        Message.body == "Tak for beskeden. Prøven er fin."))[0][0] == 1, timeout=10000)
    assert not pane.presend_label.isVisible()


def test_a_renewal_can_be_marked_urgent_by_hand_with_a_reason(qtbot, open_inbox, inbox_db):
    """Any item, not only an e-consultation (the issue: "Staff can also mark or unmark an item
    urgent by hand"): Ctrl+Shift+H on a renewal asks why and marks it."""
    from inbox_gui_helpers import first_row, open_row

    view = open_inbox("laege")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.RENEWAL))
    pane = view.detail.renewal
    bar = pane.urgent_bar
    qtbot.waitUntil(lambda: bar.state is not None and bar.item_id == item_id, timeout=10000)
    assert not bar.state.urgent and bar.button.text() == "Markér som haster …"
    pane.lines_view.setFocus()
    qtbot.keyClick(pane.lines_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = pane.dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible() and dlg.edit.hasFocus(), timeout=5000)
    qtbot.keyClicks(dlg.edit, "Patienten ringede: er løbet tør for blodtryksmedicin")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.urgent, timeout=10000)
    assert db_all(inbox_db, select(InboxItem.priority).where(InboxItem.id == item_id))[0][0] == Priority.URGENT
    flags = db_all(inbox_db, select(UrgentFlag.source, UrgentFlag.reason).where(UrgentFlag.item_id == item_id))
    assert [tuple(f) for f in flags][-1] == ("manual", "Patienten ringede: er løbet tør for blodtryksmedicin")
