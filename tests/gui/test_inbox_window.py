"""The inbox in the main window, its shortcut list, assignment, urgent notices and attachments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import func, select

from clinicdesk.models import Attachment, AuditEntry, InboxItem, Message
from clinicdesk.domain.enums import ItemKind, Priority, Role
from clinicdesk.services import auth, inbox
from clinicdesk.views.inbox import shortcuts as sc
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    DEMO_PASSWORD,
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, inbox_db, tmp_path):
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    res = auth.login(inbox_db, "delt", DEMO_PASSWORD)  # shared staff: two clinics
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat)
    win = MainWindow(inbox_db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
    qtbot.addWidget(win)
    install_extensions(win)
    win.show()
    yield win
    view = win.page("inbox")
    if view is not None:
        view.stop()
    wait_for_all()


def test_inbox_is_the_first_page_and_follows_a_clinic_switch(qtbot, window):
    view = window.page("inbox")
    assert view is not None and window.tabs.currentWidget() is view
    assert window.tabs.indexOf(view) == 0 and window.page("welcome") is None
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    first_clinic_rows = {r.id for r in view.model.rows()}
    other = next(m.clinic_id for m in window.login_result.memberships if m.clinic_id != window.actor.clinic_id)
    window.switch_clinic(other)
    qtbot.waitUntil(lambda: view.actor.clinic_id == other and not view.model.is_loading, timeout=10000)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not ({r.id for r in view.model.rows()} & first_clinic_rows),
                    timeout=10000)
    with view.db.session() as s:
        clinics = {s.get(InboxItem, r.id).clinic_id for r in view.model.rows()}
    assert clinics == {other}


def test_help_lists_every_inbox_shortcut_from_the_one_table(qtbot, window):
    view = window.page("inbox")
    rows = [text for provider in window.extra_shortcut_rows for _keys, text in provider()]
    for spec in sc.SHORTCUTS:
        assert any(spec.label in t for t in rows), spec.id
    # the inbox's own dialog (Shift+F1, also in the Help menu)
    assert view.actions_by_id["shortcuts"] in window.help_menu.actions()
    dlg = view.show_shortcuts()
    text = dlg.browser.toPlainText()
    for spec in sc.SHORTCUTS:
        assert spec.label in text
    native = QKeySequence.SequenceFormat.NativeText  # the keys' names in the user's language
    assert QKeySequence("Shift+F2").toString(native) in text and QKeySequence("Ctrl+Return").toString(native) in text
    assert "Skift+F2" in text  # Danish key names under the Danish translation
    # every row is a live action with exactly those keys (keys typed in a text box are the box's own)
    for spec in sc.SHORTCUTS:
        if spec.typed:
            assert spec.id not in view.actions_by_id
            continue
        act = view.actions_by_id[spec.id]
        assert act.shortcuts() == [QKeySequence(k) for k in spec.keys]
    dlg.close()


def test_no_two_inbox_shortcuts_share_a_key():
    seen = {}
    for spec in (s for s in sc.SHORTCUTS if not s.typed):  # Alt+N: a folder in the list, a favourite in a text box
        for k in spec.keys:
            assert k not in seen, f"{k} is used by {seen.get(k)} and {spec.id}"
            seen[k] = spec.id


def test_assign_to_all_doctors_by_keyboard(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    row = next(i for i, r in enumerate(view.model.rows()) if r.claimed_by_id is None and r.kind == ItemKind.ECONSULT)
    item_id = open_row(qtbot, view, row)
    qtbot.keyClick(view.detail.econsult.editor, Qt.Key.Key_A, CTRL_SHIFT)
    picker = view.detail.dialog
    assert picker is not None and picker.objectName() == "choicePicker" and picker.isVisible()
    qtbot.keyClicks(picker.filter_edit, "alle læ")
    assert picker.list.currentItem().text() == "Alle læger"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.assigned_role).where(InboxItem.id == item_id))
                    == Role.DOCTOR, timeout=10000)
    # assigning hands it on: the pane moves on and the claim went with it (issue 10)
    qtbot.waitUntil(lambda: view.detail.item_id != item_id and not view.detail.busy, timeout=10000)
    assert db_scalar(inbox_db, select(InboxItem.claimed_by_id).where(InboxItem.id == item_id)) is None


def test_a_new_urgent_item_raises_a_quiet_notice(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    with inbox_db.write_session() as s:
        pid = s.execute(select(InboxItem.patient_id).where(InboxItem.patient_id.is_not(None)).limit(1)).scalar()
        item = InboxItem(clinic_id=view.actor.clinic_id, kind=ItemKind.ECONSULT, priority=Priority.URGENT,
                         patient_id=pid, subject="E-konsultation", preview="Brystsmerter siden i nat")
        s.add(item)
        s.flush()
        s.add(Message(item_id=item.id, direction="from_patient", body="Brystsmerter siden i nat"))
        inbox.record_change(s, view.actor.clinic_id, item.id)
        new_id = item.id
    qtbot.waitUntil(lambda: view.toast_label.isVisible() and "hastende" in view.toast_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: view.model.row_of(new_id) == 0, timeout=10000)  # newest first, shown at the top
    assert view.model.rows()[0].priority == Priority.URGENT


def test_attachment_preview_and_audited_save(qtbot, open_inbox, inbox_db, tmp_path):
    view = open_inbox("laege")
    with inbox_db.session() as s:
        att_id, item_id, ctype = s.execute(
            select(Attachment.id, Message.item_id, Attachment.content_type).join(Message, Message.id == Attachment.message_id)
            .join(InboxItem, InboxItem.id == Message.item_id)
            .where(InboxItem.clinic_id == view.actor.clinic_id).order_by(Attachment.id)
        ).first()
    view.folders.select_folder(inbox.Folder.ALL)
    qtbot.waitUntil(lambda: view.model.query.folder == inbox.Folder.ALL and not view.model.is_loading, timeout=10000)
    while view.model.row_of(item_id) < 0 and view.model.canFetchMore():
        n = view.model.rowCount()
        view.model.fetchMore()
        qtbot.waitUntil(lambda n=n: view.model.rowCount() > n, timeout=10000)
    open_row(qtbot, view, view.model.row_of(item_id))
    pane = view.detail.econsult
    assert pane.att_row.isVisible() and pane.att_list.count() >= 1
    pane.att_list.setFocus()
    pane.att_list.setCurrentRow(0)
    qtbot.keyClick(pane.att_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.objectName() == "attachmentPreview", timeout=10000)
    preview = pane.dialog
    assert preview.kind == ("pdf" if ctype == "application/pdf" else "image")
    if preview.kind == "pdf":
        qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=10000)
    saves = db_scalar(inbox_db, select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "save_file"))
    target = tmp_path / "gemt.bin"
    pane.save_to(preview.attachment.id, str(target))
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes() == preview.attachment.data
    assert db_scalar(inbox_db, select(func.count()).select_from(AuditEntry)
                     .where(AuditEntry.action == "save_file")) == saves + 1
    preview.close()


def test_closing_the_window_gives_the_open_item_back(qtbot, window, inbox_db):
    from inbox_gui_helpers import open_row

    view = window.page("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    row = next(i for i, r in enumerate(view.model.rows()) if r.claimed_by_id is None and r.kind == ItemKind.ECONSULT)
    item_id = open_row(qtbot, view, row)
    assert db_scalar(inbox_db, select(InboxItem.claimed_by_id).where(InboxItem.id == item_id)) == window.actor.staff_id
    window.close()
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.claimed_by_id).where(InboxItem.id == item_id)) is None,
                    timeout=10000)


def test_f1_lists_every_shortcut_in_a_dialog_that_fits_the_screen(qtbot, window):
    from PySide6.QtWidgets import QTextBrowser

    win = window
    win.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: getattr(win, "shortcuts_dialog", None) is not None and win.shortcuts_dialog.isVisible())
    dlg = win.shortcuts_dialog
    text = dlg.findChild(QTextBrowser, "shortcutsText").toPlainText()
    for keys, what in (("Ctrl+L", "Lås"), ("Ctrl+N", "næste ledige"), ("Shift+F2", "standardtekst")):
        assert keys.replace("Shift", "Skift") in text or keys in text
        assert what.lower() in text.lower()
    assert dlg.height() <= win.screen().availableGeometry().height()
    dlg.close()


def test_the_keys_go_back_to_the_list_when_an_empty_folder_fills(qtbot, open_inbox, inbox_db):
    """An empty folder hides the list, and Qt moves the focus on to the filter box. When items
    then arrive (a colleague assigns one: a live change, no key pressed) the list is back, and so
    must the keys be: they went on into the filter box (J/K and Enter did nothing in the list)."""
    from PySide6.QtWidgets import QApplication

    from clinicdesk.services.inbox import Folder
    from inbox_gui_helpers import activate, actor_for

    from sqlalchemy import update

    me = actor_for(inbox_db, "sekretaer")
    with inbox_db.write_session() as s:  # her "Mine" empty (the demo is built on today's clock: a claim may be live)
        s.execute(update(InboxItem).where(InboxItem.claimed_by_id == me.staff_id)
                  .values(claimed_by_id=None, claimed_at=None, claim_expires_at=None))
        s.execute(update(InboxItem).where(InboxItem.assigned_to_id == me.staff_id).values(assigned_to_id=None))
        s.execute(update(InboxItem).where(InboxItem.assigned_role == me.role).values(assigned_role=None))
    view = open_inbox("sekretaer")
    activate(qtbot, view)
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() > 0 and bool(view.folders.counts),
                    timeout=10000)
    assert view.folders.counts[Folder.MINE] == 0
    keys = {spec.id: spec.keys[0] for spec in sc.SHORTCUTS if spec.id.startswith("folder_")}
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    qtbot.keyClick(view.table, *_key(keys["folder_mine"]))
    qtbot.waitUntil(lambda: view.empty_label.isVisible() and not view.table.isVisible(), timeout=10000)
    parked = QApplication.focusWidget()
    assert parked is not view.table

    doctor = actor_for(inbox_db, "laege")
    item = next(r for r in inbox.list_items(inbox_db, doctor, inbox.ItemQuery(folder=Folder.NEW), record=False).rows
                if r.claimed_by_id is None)
    inbox.assign(inbox_db, doctor, item.id, staff_id=view.actor.staff_id, expected_version=item.version)
    qtbot.waitUntil(lambda: view.table.isVisible() and view.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)


def _key(sequence: str):
    seq = QKeySequence(sequence)[0]
    return seq.key(), seq.keyboardModifiers()


def test_stepping_to_the_next_item_shows_no_blank_page_in_between(qtbot, open_inbox, monkeypatch):
    """The item left stays on screen until the next one is in (its actions held meanwhile): the detail
    went blank ("Vælg et element …") for the time of each open and laid the whole pane out twice.
    An open that fails shows the empty page with the error, not the item left."""
    from clinicdesk.domain.errors import DatabaseBusy

    view = open_inbox("sekretaer")
    first = open_row(qtbot, view, 0)
    seen = []
    view.detail.stack.currentChanged.connect(lambda i: seen.append(view.detail.stack.widget(i)))
    second = open_row(qtbot, view, 1)
    assert second != first and view.detail.empty not in seen
    real = inbox.open_item

    def busy(*_a, **_k):
        raise DatabaseBusy()

    monkeypatch.setattr(inbox, "open_item", busy)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.detail.error_label.isHidden(), timeout=10000)
    assert view.detail.stack.currentWidget() is view.detail.empty and view.detail.current is None
    monkeypatch.setattr(inbox, "open_item", real)
