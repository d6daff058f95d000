"""The settings dialog's preview is a picture of the portal's front page (drawn by the guides'
drawing code) that follows the unsaved settings, with the same content as text for a screen reader."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox

from clinicdesk.views.settings.dialog import SettingsDialog
from clinicdesk.views.settings.preview import DEBOUNCE_MS


def _image_bytes(image) -> bytes:
    return bytes(image.constBits())


def _open(qtbot, world, login_as):
    _, admin = login_as("admin")
    dlg = SettingsDialog(world.db, admin)
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.save_button.isEnabled())
    qtbot.waitUntil(lambda: not dlg.preview.image.isNull(), timeout=10000)
    return dlg


def _tab_to(qtbot, dlg, widget, limit: int = 40) -> None:
    """Press Tab until ``widget`` has the focus, as a keyboard user gets there."""
    dlg.tabs.setFocus()
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


def _tile_pixels(image) -> int:
    """How many pixels have the tiles' pale blue fill (the theme's BRAND_LIGHT, #E8F1F8)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if _near(image.pixelColor(x, y), (0xE8, 0xF1, 0xF8)))


def _near(color, rgb, tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((color.red(), color.green(), color.blue()), rgb))


def test_turning_econsultation_off_with_the_keyboard_redraws_the_picture(qtbot, world, login_as):
    dlg = _open(qtbot, world, login_as)
    picture = dlg.preview_pane.picture
    assert picture.accessibleName() == "Forhåndsvisning af portalens forside"
    assert "E-konsultation – åben" in picture.accessibleDescription()
    before = picture.image.copy()
    assert before.width() >= 250 and before.height() > before.width() // 2  # a page, not a stamp

    box = dlg.fields["econsult_enabled"].widget
    assert isinstance(box, QCheckBox) and box.isChecked()
    _tab_to(qtbot, dlg, box)
    started = time.monotonic()
    with qtbot.waitSignal(dlg.preview_pane.rendered, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not box.isChecked()
        # the text alternative follows at once
        assert "E-konsultation – lukket" in picture.accessibleDescription()
        assert "E-konsultation – lukket" in dlg.preview.toPlainText()
    took = time.monotonic() - started
    after = picture.image.copy()
    assert _image_bytes(after) != _image_bytes(before)
    assert after.width() == before.width()
    # one tile fewer (E-konsultation of E-konsultation, Receptfornyelse, Tidsbestilling, Dine beskeder,
    # Dine aftaler): about a fifth less of the tiles' fill
    assert 0.70 < _tile_pixels(after) / _tile_pixels(before) < 0.90
    assert took < 3.0  # a fraction of a second on an idle machine (debounce 250 ms + ~30 ms drawing)

    # back on: the very same picture again
    with qtbot.waitSignal(dlg.preview_pane.rendered, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert _image_bytes(picture.image) == _image_bytes(before)
    assert "E-konsultation – åben" in picture.accessibleDescription()


def test_typing_a_new_name_redraws_once_after_the_typing(qtbot, world, login_as):
    dlg = _open(qtbot, world, login_as)
    picture = dlg.preview_pane.picture
    before = picture.image.copy()
    renders = []
    dlg.preview_pane.rendered.connect(lambda: renders.append(time.monotonic()))

    name = dlg.fields["display_name"].widget
    _tab_to(qtbot, dlg, name)
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    typed = "Lægehuset ved Åen"
    qtbot.keyClicks(name, typed)
    assert name.text() == typed
    assert picture.accessibleDescription().splitlines()[0] == typed  # the text at once
    qtbot.waitUntil(lambda: bool(renders), timeout=5000)
    qtbot.wait(DEBOUNCE_MS + 300)
    # one picture for the whole word (debounced), not one per key
    assert len(renders) <= 2 < len(typed)
    assert _image_bytes(picture.image) != _image_bytes(before)

