"""A layout that wraps its widgets onto the next line when the pane is too narrow.

The inbox's button rows use it, so a button is never narrower than its text: at
1366×768 the renewal's "Godkend linje", "Afvis linje …", "Send til læge" and "Send
afgørelsen" sit on two lines instead of reading "odkend linj" (issue 13, item 2).
Every widget keeps its size hint; a line's height is its tallest widget.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QWidgetItem


class FlowLayout(QLayout):
    """Widgets left to right, wrapping; ``align_right``: each line is pushed to the right edge."""

    def __init__(self, parent=None, *, spacing: int = 6, align_right: bool = False):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self._align_right = align_right
        self._heights: dict[int, int] = {}  # width -> height, until Qt says something changed
        self._hint: QSize | None = None
        self._minimum: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------------ QLayout API
    def addItem(self, item) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def add_widgets(self, *widgets) -> FlowLayout:
        for w in widgets:
            self.addWidget(w)
        return self

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # asked about a hundred times when an item opens (a pane shown, the stack switched): as
        # Qt's own layouts do, the answer is kept until ``invalidate``
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        self._hint = self._minimum = None
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line with everything (what the layout would like)."""
        if self._hint is None:
            self._hint = self._one_line()
        return self._hint

    def _one_line(self) -> QSize:
        w = h = 0
        for item in self._visible():
            hint = item.sizeHint()
            w += hint.width() + (self._spacing if w else 0)
            h = max(h, hint.height())
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single widget: narrower than that a button would clip."""
        if self._minimum is None:
            self._minimum = self._widest()
        return self._minimum

    def _widest(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # ------------------------------------------------------------------ placing
    def _visible(self) -> list:
        return [i for i in self._items if not (isinstance(i, QWidgetItem) and i.widget().isHidden())]

    def _place(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list] = [[]]
        x = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if lines[-1] and x + self._spacing + w > area.width():
                lines.append([])
                x = 0
            x += (self._spacing if lines[-1] else 0) + w
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            width = sum(i.sizeHint().width() for i in line) + self._spacing * (len(line) - 1)
            x = area.x() + (max(0, area.width() - width) if self._align_right else 0)
            for item in line:
                hint = item.sizeHint()
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + m.top() + m.bottom()


def flow_row(*widgets, align_right: bool = False) -> FlowLayout:
    """A wrapping row of ``widgets`` (buttons, check boxes), to add to another layout."""
    lay = FlowLayout(align_right=align_right)
    lay.add_widgets(*widgets)
    return lay


__all__ = ["FlowLayout", "flow_row"]
