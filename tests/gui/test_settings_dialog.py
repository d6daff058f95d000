"""Portal settings through the real UI: Filer → Indstillinger for patientportalen… (admins only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QCheckBox
from pypdf import PdfReader

from clinicdesk.models import Clinic
from clinicdesk.services import auth

MENU_TEXT = "Indstillinger for patientportalen…"


def _window(qtbot, world, tmp_path, username):
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow

    res = auth.login(world.db, username, world.password)
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = QSettings(str(tmp_path / f"ws-{username}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(world.db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
    qtbot.addWidget(win)
    install_extensions(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def close_windows():
    from clinicdesk.views.worker import wait_for_all

    wins = []
    yield wins
    for win in wins:
        view = win.page("inbox")
        if view is not None:
            view.stop()
    wait_for_all()


def _menu_texts(win):
    return [a.text() for a in win.file_menu.actions() if a.isVisible()]


def _open_from_menu(qtbot, win):
    action = next(a for a in win.file_menu.actions() if a.text() == MENU_TEXT)
    action.trigger()
    dlg = win.clinic_settings.dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.save_button.isEnabled())
    return dlg


def test_admin_turns_renewal_off_and_the_guide_no_longer_offers_it(qtbot, world, tmp_path, close_windows):
    from clinicdesk.services.guides import build_guide

    win = _window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    assert MENU_TEXT in _menu_texts(win)
    clinic_id = win.actor.clinic_id
    before = tmp_path / "before.pdf"
    build_guide(world.db, clinic_id, "functions", out_path=before)
    assert "receptfornyelse" in "".join(p.extract_text() for p in PdfReader(before).pages).lower()

    dlg = _open_from_menu(qtbot, win)
    box = dlg.fields["renewal_enabled"].widget
    assert isinstance(box, QCheckBox) and box.text() == "Receptfornyelse" and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))  # on the tick box
    assert not box.isChecked()
    assert "Receptfornyelse – lukket" in dlg.preview.toPlainText()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.clinic_settings.dialog is None)  # saved and closed

    with world.db.session() as s:
        assert s.get(Clinic, clinic_id).renewal_enabled is False
    after = tmp_path / "after.pdf"
    build_guide(world.db, clinic_id, "functions", out_path=after)
    text = "".join(p.extract_text() for p in PdfReader(after).pages).lower()
    # no renewal function any more (the sample inbox picture still shows an old "Recept fornyet" message)
    assert "receptfornyelse" not in text and "forny en recept" not in text


def test_receptionist_has_no_settings_entry(qtbot, world, tmp_path, close_windows):
    win = _window(qtbot, world, tmp_path, world.single)
    close_windows.append(win)
    assert MENU_TEXT not in _menu_texts(win)
    assert win.clinic_settings.open() is None


def test_invalid_max_length_shows_danish_error_and_keeps_the_input(qtbot, world, tmp_path, close_windows):
    win = _window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = _open_from_menu(qtbot, win)
    spin = dlg.fields["max_econsult_length"].widget
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "12")
    assert spin.value() == 12
    name = dlg.fields["display_name"].widget
    name.selectAll()
    qtbot.keyClicks(name, "Lægehuset ved Åen")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    error = dlg.fields["max_econsult_length"].error
    qtbot.waitUntil(lambda: error.isVisible())
    assert "mellem 50 og 4000" in error.text()
    assert dlg.isVisible()
    assert spin.value() == 12 and name.text() == "Lægehuset ved Åen"
    with world.db.session() as s:
        c = s.get(Clinic, win.actor.clinic_id)
        assert c.max_econsult_length != 12 and c.display_name != "Lægehuset ved Åen"
