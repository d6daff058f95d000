"""What every kind's pane shares: the ``KindPane`` base class and the small table helpers.

A pane shows an ``OpenedItem`` and asks its ``DetailPane`` (``ctx``) to run the
service actions, so claims, versions and errors are handled in one place.
``handle(action_id)`` receives the keyboard actions of the shortcut table.
Every pane's reason box takes stock phrases (``self.kit``, panes/phrases.py), its
placeholders filled from the open item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from clinicdesk.views.inbox.dialogs import ReasonDialog
from clinicdesk.views.inbox.panes.phrases import PhraseKit

#: the colour of a warning in a pane's tables (clash, addictive medicine)
RED = QColor("#b3261e")


class KindPane(QWidget):
    """The base of the four panes; ``ctx`` is the ``DetailPane`` that runs the actions."""

    def __init__(self, ctx):
        super().__init__(ctx)
        self.ctx = ctx
        self.opened = None
        self.dialog = None  # the dialog this pane opened last (tests and focus)
        self.kit = PhraseKit.of(ctx)  # stock phrases, favourites, placeholders (shared by the panes)

    @property
    def detail(self):
        return self.opened.detail if self.opened else None

    def can_act(self) -> bool:
        return bool(self.opened and self.opened.can_act and not self.ctx.busy)

    @property
    def phrase_target(self) -> dict | None:
        """What the placeholders of this pane's texts are filled from: the open item."""
        return {"item_id": self.opened.detail.id} if self.opened else None

    def show_item(self, opened, same_item: bool) -> None:
        self.opened = opened
        self.kit.ensure_loaded()
        if not same_item:
            self.kit.refresh_values(self.phrase_target)

    def leaving(self) -> None:
        pass

    def handle(self, action_id: str) -> bool:
        return False

    def focus_first(self) -> None:
        self.setFocus()

    def _back_from_dialog(self, _result: int = 0) -> None:
        """A dialog of the pane closed: its window is active again and the pane has the keyboard."""
        self.window().activateWindow()
        self.focus_first()

    def ask_reason(self, title: str, prompt: str, then, ok_text: str | None = None) -> ReasonDialog:
        """Ask for a reason, then ``then(reason)``; when ``then`` answers False (the action could
        not start: the item is busy or being reloaded) the box stays open with the text."""
        dlg = ReasonDialog(title, prompt, self, ok_text=ok_text, kit=self.kit, target=self.phrase_target,
                           submit=then)
        dlg.finished.connect(self._back_from_dialog)  # the keyboard carries on in the pane
        self.dialog = dlg
        dlg.open()
        dlg.edit.setFocus()
        return dlg


def make_table(parent, name: str) -> tuple[QTableView, QStandardItemModel]:
    """A read-only, single-row-selection table with its own item model."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    # a heading wider than its column ends in "…" (centred, it was cut at both ends: ".ægemidde")
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a narrow pane elides, never scrolls
    return view, model


def fit_columns(view: QTableView) -> None:
    """The columns as wide as their contents, the first one taking what is left; when the contents
    are wider than the pane, every column gets its share (elided, the whole text in its tooltip),
    so the table never scrolls sideways and no column is cut off at the edge. Fits again when the
    pane's width changes."""
    if getattr(view, "_column_fitter", None) is None:
        view._column_fitter = _ColumnFitter(view)  # kept: a filter only Qt knows of is collected
        view.viewport().installEventFilter(view._column_fitter)  # the viewport gets its width last
    _fit(view)


def _fit(view: QTableView) -> None:
    hh = view.horizontalHeader()
    model = view.model()
    n = model.columnCount()
    if not n:
        return
    for col in range(n):  # the whole heading on hover, when its column is too narrow for it
        text = model.headerData(col, Qt.Orientation.Horizontal)
        if text and not model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole):
            model.setHeaderData(col, Qt.Orientation.Horizontal, text, Qt.ItemDataRole.ToolTipRole)
    hh.setStretchLastSection(False)
    wanted = [max(hh.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in range(n)]
    room = view.viewport().width()
    if room <= 0 or sum(wanted) <= room:
        for col in range(n):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 0
                                    else QHeaderView.ResizeMode.ResizeToContents)
        return
    widths = share_widths(wanted, room)
    for col in range(n):
        hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(col, widths[col])
    hh.setStretchLastSection(True)  # the rounding's last pixels


def share_widths(wanted: list[int], room: int) -> list[int]:
    """Columns that need less than an even share get what they need; the others share the rest
    evenly (so one long text cannot squeeze every other column to nothing)."""
    widths = [0] * len(wanted)
    open_cols = list(range(len(wanted)))
    left = room
    while open_cols:
        share = left // len(open_cols)
        small = [c for c in open_cols if wanted[c] <= share]
        if not small:
            for c in open_cols:
                widths[c] = max(36, share)
            break
        for c in small:
            widths[c] = wanted[c]
            left -= wanted[c]
        open_cols = [c for c in open_cols if c not in small]
    return widths


class _ColumnFitter(QObject):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            _fit(self._view)
        return False


def table_item(text: str, *, bold: bool = False, color: QColor | None = None, data=None) -> QStandardItem:
    """One read-only cell; ``data`` is kept under ``UserRole`` (the row's view object)."""
    it = QStandardItem(text)
    it.setEditable(False)
    if text:
        it.setToolTip(text)  # a cell of a narrow pane may be elided
    if bold:
        f = QFont()
        f.setBold(True)
        it.setFont(f)
    if color is not None:
        it.setForeground(QBrush(color))
    if data is not None:
        it.setData(data, Qt.ItemDataRole.UserRole)
    return it
