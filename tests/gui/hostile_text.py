"""Hostile markup for every text field, and a walker that proves it shows literally.

A label shows entered text safely when its format is plain text, or when the text
it holds is escaped rich text (``&lt;font`` …). Any widget whose text or tooltip
holds the raw markup while Qt would render it as rich text is a hole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QWidget

MARKUP = "<font color=red size=6>ALLERGI: PENICILLIN</font>"
RAW = "<font color=red"


def _renders_rich(fmt, text: str) -> bool:
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def _widgets(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def markup_holes(root: QWidget) -> list[str]:
    """Widgets under ``root`` (itself included) that would render the raw markup as rich text."""
    holes = []
    for w in _widgets(root):
        name = f"{type(w).__name__}#{w.objectName()}"
        if RAW in w.toolTip() and GuiQt.mightBeRichText(w.toolTip()):
            holes.append(f"{name} tooltip")
        if isinstance(w, QLabel) and RAW in w.text() and _renders_rich(w.textFormat(), w.text()):
            holes.append(f"{name} text")
        if isinstance(w, (QTextEdit, QTextBrowser)) and "ALLERGI" in w.toPlainText() and RAW not in w.toPlainText():
            holes.append(f"{name} rendered the markup")
    return holes


def shown_literally(root: QWidget) -> bool:
    """Somewhere under ``root`` the raw markup is shown as text (so the walk saw the data)."""
    for w in _widgets(root):
        if isinstance(w, QLabel) and (
            (RAW in w.text() and not _renders_rich(w.textFormat(), w.text())) or "&lt;font color=red" in w.text()
        ):
            return True
        if isinstance(w, (QTextEdit, QTextBrowser)) and RAW in w.toPlainText():
            return True
    return False
