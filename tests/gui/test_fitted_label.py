"""FittedLabel is as tall as its lines at its width, also when its text changes while it is hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clinicdesk.views.fitted_label import FittedLabel

TEXT = ("Overvågningen af hastende henvendelser virker ikke (siden 10:07): Databasen svarer ikke. Den prøver "
        "igen hvert minut. Hold imens selv øje med mappen Haster, og kontakt IT, hvis det varer ved.")


def _needed(label) -> int:
    return label.fontMetrics().boundingRect(0, 0, label.contentsRect().width(), 10_000, Qt.TextFlag.TextWordWrap,
                                            label.text()).height()


def _holder(qtbot, margin: int):
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.setContentsMargins(margin, 10, margin, 10)
    label = FittedLabel("", w)
    lay.addWidget(label)
    lay.addStretch(1)
    w.resize(360, 400)
    return w, label


def test_a_text_set_while_hidden_shows_whole_when_shown_again(qtbot):
    """Shown, hidden, a new text, shown again at the same width: no resize comes, so the height must
    be right already (measured at the parent's whole width, the last line was cut in a layout with
    margins: the watch's fault line said "kontakt IT" no more)."""
    w, label = _holder(qtbot, 80)
    label.setText("kort")
    w.show()
    qtbot.waitExposed(w)
    label.hide()
    label.setText(TEXT)
    label.show()
    qtbot.wait(20)
    assert label.contentsRect().height() >= _needed(label)


def test_a_label_never_shown_does_not_take_the_height_of_a_narrow_default(qtbot):
    """Never shown, the label has Qt's narrow default width: measured at that, its text took many
    lines' height, and a dialog grew past a 768 px screen to hold it."""
    w, label = _holder(qtbot, 9)
    label.hide()
    w.show()
    qtbot.waitExposed(w)
    label.setText(TEXT)
    assert label.height() <= 2 * _needed_at(label, 360 - 18)
    label.show()
    qtbot.wait(20)
    assert label.contentsRect().height() >= _needed(label)


def _needed_at(label, width: int) -> int:
    return label.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, label.text()).height()


def test_an_emptied_label_gives_its_room_back(qtbot):
    """The urgent heading of an urgent item, then a normal item (no heading): the label kept the
    last heading's lines as an empty gap above the thread."""
    w, label = _holder(qtbot, 10)
    w.show()
    qtbot.waitExposed(w)
    label.setText(TEXT)
    assert label.height() >= _needed(label) > 2 * label.fontMetrics().height()
    label.setText("")
    assert label.height() == label.height() - label.contentsRect().height() < label.fontMetrics().height()


def test_a_label_turned_bold_by_a_style_sheet_is_measured_again(qtbot):
    """"Markér som haster" sets the heading's text and then makes it bold: bold words need more
    lines at the same width, and no resize comes to measure them."""
    w, label = _holder(qtbot, 10)
    w.show()
    qtbot.waitExposed(w)
    label.setText(TEXT * 2)
    plain = label.height()
    label.setStyleSheet("font-weight: 600; font-size: 15pt;")
    qtbot.waitUntil(lambda: label.height() > plain, timeout=2000)
    assert label.contentsRect().height() >= _needed(label)
