"""What every kind's pane shares: the ``KindPane`` base class and the small table helpers.

A pane shows an ``OpenedItem`` and asks its ``DetailPane`` (``ctx``) to run the
service actions, so claims, versions and errors are handled in one place.
``handle(action_id)`` receives the keyboard actions of the shortcut table.
Every pane's reason box takes stock phrases (``self.kit``, panes/phrases.py), its
placeholders filled from the open item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a narrow pane elides, never scrolls
    return view, model


def fit_columns(view: QTableView) -> None:
    """The columns as wide as their contents, the first one taking what is left (elided, the
    whole text in its tooltip), so the table fits its pane without a sideways scroll bar."""
    hh = view.horizontalHeader()
    hh.setStretchLastSection(False)
    for col in range(view.model().columnCount()):
        hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 0 else QHeaderView.ResizeMode.ResizeToContents)


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
