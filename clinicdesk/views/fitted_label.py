"""``FittedLabel``: a wrapped plain-text line that is as tall as its lines at its width.

A tool bar and the status bar ask a wrapped label for its height at a guessed (narrow) width and
keep that height, so a two-line message stood in a box of five or six empty lines (the escalation
watch's fault line, the start-up notice at 1366×768). This label sets its height from its real
width whenever the width or the text changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class FittedLabel(QLabel):
    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # (messages may quote data: never markup)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._laid_width = 0  # the width it had when last shown
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_laid_width"):
            self._fit()  # (bold by a style sheet: more lines)

    def _fit(self) -> None:
        # measured from the text (QLabel.heightForWidth answers the fixed height once one is set)
        inner = self.contentsRect()
        side = self.width() - inner.width()
        extra = self.height() - inner.height()
        own = self.width()
        if self.isVisible():
            self._laid_width = own
        elif self._laid_width:
            own = self._laid_width  # its width when last shown (a hidden label is not laid out)
        elif (parent := self.parentWidget()) is not None:
            # never shown: Qt's narrow default width (100 px or so) gave a height of many lines,
            # and a dialog grew past the screen to hold it; the parent's room is nearer the truth
            room = parent.contentsRect()
            layout = parent.layout()
            margins = layout.contentsMargins() if layout is not None else None
            own = room.width() - (margins.left() + margins.right() if margins is not None else 0)
        width = max(own - side, 1)
        text = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, self.text())
        height = text.height() + extra if self.text() else extra  # (no text: no lines, not the last text's)
        if height != self.height():
            self.setFixedHeight(height)
