"""Stock phrases that fly (issue 10, item 4), typed as a receptionist would.

Favourites on Alt+1 … Alt+9 (set in the Shift+F2 list with Ctrl+N), abbreviation + Tab,
placeholders filled from the open item, phrases in the reason boxes, "Send og næste"
(Ctrl+Enter), and the 4-key path: open item → phrase → send, counted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.domain.enums import BookingOutcome, ItemKind, ItemStatus, MessageDirection
from clinicdesk.models import (
    BookingRequest,
    Clinic,
    InboxItem,
    Message,
    Patient,
    PhraseFavourite,
    Provider,
    StockPhrase,
)
from clinicdesk.services.inbox import Folder, favourites
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    actor_for,
    db_scalar,
    first_row,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
HELLO = "Kære {fornavn}. Vi har modtaget din besked og svarer senest {frist}. Hilsen {behandler}, {klinik}"


def _add_phrase(db, username: str, abbreviation: str, body: str, slot: int | None = None) -> int:
    """A stock phrase of the user's clinic, optionally the user's favourite ``slot``."""
    actor = actor_for(db, username)
    with db.write_session() as s:
        p = StockPhrase(clinic_id=actor.clinic_id, abbreviation=abbreviation, title=abbreviation.title(), body=body)
        s.add(p)
        s.flush()
        pid = p.id
    if slot is not None:
        favourites.set_favourite(db, actor, slot, pid)
    return pid


def _filled(db, item_id: int, body: str = HELLO) -> str:
    """``body`` filled by hand from the item's stored facts (what the user expects to see)."""
    with db.session() as s:
        item = s.get(InboxItem, item_id)
        first = s.get(Patient, item.patient_id).first_name
        prov = s.get(Provider, item.provider_id).portal_label if item.provider_id else "{behandler}"
        clinic = s.get(Clinic, item.clinic_id)
        due = item.due_date.strftime("%d.%m.%Y") if item.due_date else "{frist}"
    return (body.replace("{fornavn}", first).replace("{frist}", due).replace("{behandler}", prov)
            .replace("{klinik}", clinic.display_name or clinic.name))


def _econsult_folder(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_7, ALT)  # in the list Alt+7 is still the folder key
    qtbot.waitUntil(lambda: view.model.query.folder == Folder.ECONSULT and view.model.rowCount() > 1
                    and all(r.kind == ItemKind.ECONSULT for r in view.model.rows()), timeout=10000)


def _free_rows(view):
    return [i for i, r in enumerate(view.model.rows()) if r.claimed_by_id is None]


def test_four_keys_open_phrase_send_and_the_next_item_is_open(qtbot, open_inbox, inbox_db):
    _add_phrase(inbox_db, "sekretaer", "hej", HELLO, slot=1)
    view = open_inbox("sekretaer")
    _econsult_folder(qtbot, view)
    free = _free_rows(view)
    row = free[0]
    item_id = view.model.rows()[row].id
    next_id = next(view.model.rows()[i].id for i in free if i > row)
    view.table.setCurrentIndex(view.model.index(row, 0))
    pane = view.detail.econsult
    keys = []

    def press(widget, key, mods=Qt.KeyboardModifier.NoModifier):
        keys.append((key, mods))
        qtbot.keyClick(widget, key, mods)

    press(view.table, Qt.Key.Key_Return)  # 1: open the item; the answer box has the keyboard
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id
                    and pane.editor.hasFocus(), timeout=10000)
    press(pane.editor, Qt.Key.Key_1, ALT)  # 2: favourite 1, placeholders filled
    expected = _filled(inbox_db, item_id)
    qtbot.waitUntil(lambda: pane.editor.toPlainText() == expected, timeout=10000)
    assert "{" not in expected or "{frist}" in expected  # only a missing due date may stay as typed
    assert view.model.query.folder == Folder.ECONSULT  # Alt+1 in the box did not switch folder
    press(pane.editor, Qt.Key.Key_Return, CTRL)  # 3: "Send og næste"
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == next_id,
                    timeout=10000)
    assert len(keys) <= 4
    with inbox_db.session() as s:
        sent = s.execute(select(Message).where(Message.item_id == item_id, Message.direction == MessageDirection.TO_PATIENT)
                         .order_by(Message.id.desc())).scalars().first()
        assert sent.body == expected
        assert s.get(InboxItem, item_id).status == ItemStatus.DONE
    # the next item is open and ready: claimed by me, the answer box empty and with the keyboard
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    assert view.detail.current.claim.mine and pane.editor.toPlainText() == ""
    assert view.table.currentIndex().row() == view.model.row_of(next_id)


def test_plain_send_shows_the_finished_item_and_j_enter_go_on(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _econsult_folder(qtbot, view)
    row = _free_rows(view)[0]
    item_id = open_row(qtbot, view, row)
    pane = view.detail.econsult
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    qtbot.keyClicks(pane.editor, "tak")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: pane.editor.toPlainText() == "Tak for din besked. Vi vender tilbage inden for 3 hverdage.",
                    timeout=10000)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, CTRL | ALT)  # Ctrl+Alt+Enter: send, stay
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    assert view.detail.current.detail.id == item_id and not view.detail.current.can_act
    assert not pane.send_button.isEnabled() and not pane.send_next_button.isEnabled()
    assert "Tak for din besked" in pane.thread.toPlainText()
    qtbot.waitUntil(view.table.hasFocus, timeout=5000)
    # the list has the keyboard: J and Enter go on to the next item
    qtbot.waitUntil(lambda: view.model.row_of(item_id) < 0, timeout=10000)
    view.table.setCurrentIndex(view.model.index(max(0, row - 1), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    target = view.model.rows()[view.table.currentIndex().row()].id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == target,
                    timeout=10000)


def test_abbreviation_tab_expands_and_a_plain_tab_leaves_the_box(qtbot, open_inbox, inbox_db):
    _add_phrase(inbox_db, "laege", "hej", HELLO)
    view = open_inbox("laege")
    _econsult_folder(qtbot, view)
    item_id = open_row(qtbot, view, _free_rows(view)[0])
    pane = view.detail.econsult
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    qtbot.keyClicks(pane.editor, "hej")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: pane.editor.toPlainText() == _filled(inbox_db, item_id), timeout=10000)
    assert pane.editor.hasFocus()
    # Shift+F2 expands too
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor, "bpnorm")
    qtbot.keyClick(pane.editor, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert pane.editor.toPlainText().endswith("\nDine blodprøver er normale. Der er ikke behov for yderligere.")
    # a word that is no abbreviation: Tab leaves the box, the text stays
    before = pane.editor.toPlainText() + " xyz"
    qtbot.keyClicks(pane.editor, " xyz")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab)
    assert not pane.editor.hasFocus() and pane.editor.toPlainText() == before


def test_set_a_favourite_in_the_picker_then_alt_n_inserts_it(qtbot, open_inbox, inbox_db):
    view = open_inbox("sygeplejerske")
    _econsult_folder(qtbot, view)
    open_row(qtbot, view, _free_rows(view)[0])
    pane = view.detail.econsult
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    # Alt+3 with nothing on it: nothing inserted, the user is told how to set one; the folder stays
    qtbot.keyClick(pane.editor, Qt.Key.Key_3, ALT)
    qtbot.waitUntil(lambda: "Alt+3" in view.toast_label.text(), timeout=5000)
    assert pane.editor.toPlainText() == "" and view.model.query.folder == Folder.ECONSULT
    # Shift+F2 on an empty box: the list; "gem som favorit 3" with Ctrl+3
    qtbot.keyClick(pane.editor, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    picker = pane.dialog
    assert picker.objectName() == "phrasePicker" and "favorit" in picker.findChild(type(picker.preview), "hint").text()
    qtbot.keyClicks(picker.filter_edit, "tid")
    assert picker.list.currentItem().text().startswith("tid")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_3, CTRL)
    staff_id = view.actor.staff_id
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(StockPhrase.abbreviation)
                                      .join(PhraseFavourite, PhraseFavourite.phrase_id == StockPhrase.id)
                                      .where(PhraseFavourite.staff_id == staff_id, PhraseFavourite.slot == 3)) == "tid",
                    timeout=10000)
    qtbot.waitUntil(lambda: picker.list.currentItem().text().endswith("[Alt+3]"), timeout=5000)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Escape)
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_3, ALT)
    qtbot.waitUntil(lambda: pane.editor.toPlainText().startswith("Vi vil gerne se dig i klinikken."), timeout=10000)
    # another user has their own favourites
    assert favourites.list_favourites(inbox_db, actor_for(inbox_db, "laege")) == ()


def test_phrases_in_the_reason_boxes(qtbot, open_inbox, inbox_db):
    _add_phrase(inbox_db, "sekretaer", "ring", "Hej {fornavn}, vi ringer til dig. {klinik}", slot=2)
    view = open_inbox("sekretaer")
    _econsult_folder(qtbot, view)
    item_id = open_row(qtbot, view, _free_rows(view)[0])
    pane = view.detail.econsult
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)
    # close without answer: the reason box takes Alt+2 (a favourite) and abbreviation + Tab
    qtbot.keyClick(pane.editor, Qt.Key.Key_L, CTRL_SHIFT)
    dlg = pane.dialog
    assert dlg.objectName() == "reasonDialog"
    qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_2, ALT)
    expected = _filled(inbox_db, item_id, "Hej {fornavn}, vi ringer til dig. {klinik}")
    qtbot.waitUntil(lambda: dlg.edit.toPlainText() == expected, timeout=10000)
    qtbot.keyClicks(dlg.edit, " tid")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Tab)
    expected += " Vi vil gerne se dig i klinikken. Bestil venligst en tid på portalen eller ring i telefontiden kl. 8-9."
    assert dlg.edit.toPlainText() == expected and dlg.edit.hasFocus()
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.status).where(InboxItem.id == item_id))
                    == ItemStatus.DONE, timeout=10000)
    assert db_scalar(inbox_db, select(InboxItem.closed_reason).where(InboxItem.id == item_id)) == expected

    # a booking's decline: Shift+F2 in the reason box picks from the list
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_9, ALT)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and all(r.kind == ItemKind.BOOKING for r in view.model.rows()),
                    timeout=10000)
    row = next(i for i, r in enumerate(view.model.rows()) if r.claimed_by_id is None and db_scalar(
        inbox_db, select(BookingRequest.outcome).where(BookingRequest.item_id == r.id)) == BookingOutcome.PENDING)
    booking_id = open_row(qtbot, view, row)
    bpane = view.detail.booking
    qtbot.waitUntil(lambda: bpane.day is not None, timeout=10000)
    qtbot.keyClick(bpane.day_view, Qt.Key.Key_X, CTRL_SHIFT)
    dlg = bpane.dialog
    qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    picker = dlg.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter_edit, "tid")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    text = "Vi vil gerne se dig i klinikken. Bestil venligst en tid på portalen eller ring i telefontiden kl. 8-9."
    assert dlg.edit.toPlainText() == text
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(BookingRequest.reason)
                                      .where(BookingRequest.item_id == booking_id)) == text, timeout=10000)


def test_the_shortcuts_dialog_lists_the_new_keys(qtbot, open_inbox):
    view = open_inbox("sekretaer")
    dlg = view.show_shortcuts()
    text = dlg.browser.toPlainText()
    assert "Alt+1 … Alt+9" in text and "favorit-standardtekst 1-9" in text
    assert "Tab" in text and "forkortelse" in text
    assert "Ctrl+1 … Ctrl+9" in text and "gem den valgte tekst som favorit" in text
    # the keys as the user's language names them (Danish: Retur, Skift)
    assert "Ctrl+Retur" in text and "Send og næste" in text
    assert "Ctrl+Alt+Retur" in text
    dlg.close()
