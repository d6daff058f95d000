"""Staff administration through the real UI: Filer → Personale… (administrators only)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from clinicdesk.domain.errors import AccessRevoked, LoginFailed
from clinicdesk.models import Provider, StaffUser
from clinicdesk.services import auth
from clinicdesk.services.permissions import Perm

from window_helpers import menu_texts, open_main_window

MENU_TEXT = "Personale…"


def _open(qtbot, win):
    action = next(a for a in win.file_menu.actions() if a.text() == MENU_TEXT)
    action.trigger()
    dlg = win.staff_admin.dialog
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0 and not dlg.busy, timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.table, timeout=5000)
    return dlg


def _select(qtbot, dlg, username: str):
    """Move down the list with the arrow keys to the person."""
    qtbot.keyClick(dlg.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(dlg.model.rowCount()):
        if dlg.selected().username == username:
            return dlg.selected()
        qtbot.keyClick(dlg.table, Qt.Key.Key_Down)
    raise AssertionError(username)


def _confirm(qtbot, dlg):
    qtbot.waitUntil(lambda: isinstance(dlg.child, QMessageBox) and dlg.child.isVisible(), timeout=5000)
    box = dlg.child
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button: do it
    qtbot.waitUntil(lambda: not dlg.busy and dlg.child is not box, timeout=10000)


def test_only_administrators_see_the_staff_entry(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    close_windows.append(win)
    assert MENU_TEXT not in menu_texts(win)
    win2 = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win2)
    assert MENU_TEXT in menu_texts(win2)


def test_admin_deactivates_resets_and_edits_a_profile_by_keyboard(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    open_actor = auth.login(world.db, "sygeplejerske", world.password)
    nurse_actor = open_actor.actor_for(open_actor.memberships[0].clinic_id)
    dlg = _open(qtbot, win)
    usernames = [r.username for r in dlg.model.rows()]
    assert {"admin", "laege", "sekretaer", "sygeplejerske", "delt"} <= set(usernames)
    shared = next(r for r in dlg.model.rows() if r.username == "delt")
    assert shared.other_clinics == ("Lægehuset Vestergade",)

    # deactivate the nurse: Alt+D, confirm with Enter; she is refused at once
    row = _select(qtbot, dlg, "sygeplejerske")
    qtbot.keyClick(dlg.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _confirm(qtbot, dlg)
    assert dlg.status.text() == f"{row.full_name} er deaktiveret."
    assert dlg.selected().username == "sygeplejerske" and not dlg.selected().active
    assert dlg.model.index(dlg.model.row_of(row.id), 3).data() == "Deaktiveret"
    assert dlg.active_button.text().replace("&", "") == "Genaktivér"
    try:
        auth.require(world.db, nurse_actor, Perm.READ_INBOX)
        raise AssertionError("not refused")
    except AccessRevoked:
        pass
    try:
        auth.login(world.db, "sygeplejerske", world.password)
        raise AssertionError("logged in")
    except LoginFailed:
        pass
    with world.db.session() as s:  # her provider profile is hidden from patients too
        assert not any(p.active for p in s.scalars(select(Provider).where(Provider.staff_id == row.id)))

    # reset the receptionist's password: Alt+A, Enter; the temporary password is shown once
    row = _select(qtbot, dlg, "sekretaer")
    qtbot.keyClick(dlg.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    _confirm(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.objectName() == "temporaryPasswordDialog",
                    timeout=5000)
    temporary = dlg.child.password.text()
    qtbot.keyClick(dlg.child.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.child is None and not dlg.busy, timeout=5000)
    assert dlg.selected().must_change_password
    try:
        auth.login(world.db, "sekretaer", temporary)
        raise AssertionError("no change asked for")
    except auth.PasswordChangeRequired:
        pass

    # the doctor's provider profile: Alt+B, a custom name on the portal, Enter
    row = _select(qtbot, dlg, "laege")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.table, timeout=5000)
    qtbot.keyClick(dlg.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.child is not None and dlg.child.objectName() == "profileDialog", timeout=5000)
    form = dlg.child
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name, timeout=5000)
    form.display_name.setFocus()
    qtbot.keyClicks(form.display_name, "<b>Lægen</b>")  # staff text is text
    qtbot.keyClick(form.display_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.child is None and not dlg.busy, timeout=10000)
    assert dlg.status.text() == "Behandlerprofilen er gemt."
    assert dlg.model.index(dlg.model.row_of(row.id), 4).data() == "<b>Lægen</b>"
    with world.db.session() as s:
        p = s.scalars(select(Provider).where(Provider.staff_id == row.id)).first()
        assert p.display_name == "<b>Lægen</b>"

    if os.environ.get("CLINICDESK_SCREENSHOTS"):
        dlg.resize(1100, 520)
        qtbot.wait(50)
        dlg.grab().save("docs/staff-dialog.png")


def test_unlock_is_offered_only_for_a_locked_account(qtbot, world, tmp_path, close_windows):
    for _ in range(5):
        try:
            auth.login(world.db, "laege", "forkert")
        except LoginFailed:
            pass
    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open(qtbot, win)
    row = _select(qtbot, dlg, "laege")
    assert row.locked and dlg.unlock_button.isEnabled()
    assert dlg.model.index(dlg.model.row_of(row.id), 3).data() == "Aktiv, låst"
    qtbot.keyClick(dlg.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Alt+O: "Lås op"
    qtbot.waitUntil(lambda: not dlg.busy and not dlg.selected().locked, timeout=10000)
    assert not dlg.unlock_button.isEnabled()
    assert auth.login(world.db, "laege", world.password).username == "laege"
    with world.db.session() as s:
        assert s.scalars(select(StaffUser.locked_until).where(StaffUser.username == "laege")).one() is None
