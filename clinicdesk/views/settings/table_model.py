"""A table of value rows (providers, holiday periods) that are edited in place.

:class:`RowTableModel` holds frozen dataclass rows; each :class:`Column` names the
row attribute it shows and how it is edited. ``ROW_ROLE`` returns a row's data
object. Editing replaces the row (``dataclasses.replace``) and emits ``edited``.
:class:`RowTableView` keeps an editor open in every editable cell (line edit, date
edit, tick box, or a button for an ``ACTION`` column), so typing reaches the model
at once and the preview follows each keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel, QDate, QEvent, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QStyledItemDelegate, QTableView,
    QWidget,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

LABEL, TEXT, DATE, BOOL, ACTION = "label", "text", "date", "bool", "action"


@dataclass(frozen=True)
class Column:
    field: str  # the row attribute ("" for an ACTION column)
    kind: str  # LABEL (read only), TEXT, DATE, BOOL or ACTION
    header: str  # translated


class RowTableModel(QAbstractTableModel):
    edited = Signal()  # a cell changed, a row came or went

    def __init__(self, columns: tuple[Column, ...], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list = []

    # ------------------------------------------------------------------ rows
    def rows(self) -> list:
        return list(self._rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row) -> int:
        r = len(self._rows)
        self.beginInsertRows(QModelIndex(), r, r)
        self._rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return r

    def remove(self, r: int) -> None:
        self.beginRemoveRows(QModelIndex(), r, r)
        del self._rows[r]
        self.endRemoveRows()
        self.edited.emit()

    def cell_enabled(self, row, column: Column) -> bool:
        """Whether the cell can be changed now (subclasses say no where a rule forbids it)."""
        return True

    def cell_tooltip(self, row, column: Column) -> str:
        return ""

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, col)
        if col.kind == ACTION:
            return None
        if role == Qt.ItemDataRole.EditRole or (role == Qt.ItemDataRole.DisplayRole and col.kind == LABEL):
            return getattr(row, col.field)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.kind in (LABEL, ACTION):
            return False
        row = self._rows[index.row()]
        if getattr(row, col.field) == value:
            return False
        self._rows[index.row()] = replace(row, **{col.field: value})
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        col = self.columns[index.column()]
        if not self.cell_enabled(self._rows[index.row()], col):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if col.kind not in (LABEL, ACTION) else flags

    def refresh_column(self, c: int) -> None:
        """Tell the open editors of column ``c`` to look again (enabled, tooltip)."""
        for r in range(len(self._rows)):
            self.dataChanged.emit(self.index(r, c), self.index(r, c))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _name_editor(editor: QWidget, index) -> None:
    """A cell's editor is named by its column's header, and the row's label where it has one
    (screen readers: "Portal: e-konsultation, Dr. Hansen")."""
    model = index.model()
    name = " ".join(str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "").split())
    if index.column() != 0 and model.columns[0].kind == LABEL:
        row = str(index.siblingAtColumn(0).data() or "")
        name = f"{name}, {row}" if row else name
    editor.setAccessibleName(name)


class _TickBox(QWidget):
    """A tick box centred in its cell; ``box`` is the QCheckBox."""

    def __init__(self, parent):
        super().__init__(parent)
        self.box = QCheckBox(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignCenter)


class _EditorDelegate(QStyledItemDelegate):
    """One editor per editable cell; every change is committed to the model at once."""

    action = Signal(QPersistentModelIndex)  # an ACTION column's button was clicked

    def __init__(self, view: RowTableView, action_text: str = "", action_tip: str = ""):
        super().__init__(view)
        self._action_text, self._action_tip = action_text, action_tip

    def createEditor(self, parent, option, index):
        kind = index.model().columns[index.column()].kind
        if kind == TEXT:
            editor = QLineEdit(parent)
            editor.textChanged.connect(lambda *_: self.commitData.emit(editor))
        elif kind == DATE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd.MM.yyyy")
            editor.dateChanged.connect(lambda *_: self.commitData.emit(editor))
        elif kind == BOOL:
            editor = _TickBox(parent)
            editor.box.toggled.connect(lambda *_: self.commitData.emit(editor))
        elif kind == ACTION:
            editor = QPushButton(self._action_text, parent)
            editor.setStyleSheet("min-width: 0; padding: 2px 8px;")
            editor.setToolTip(self._action_tip)
            where = QPersistentModelIndex(index)
            editor.clicked.connect(lambda: self.action.emit(where))
        else:
            return None
        if kind != ACTION:
            _name_editor(editor.box if kind == BOOL else editor, index)
        return editor

    def setEditorData(self, editor, index):
        """Show the model's value (signals blocked: this is no edit)."""
        kind = index.model().columns[index.column()].kind
        value = index.data(Qt.ItemDataRole.EditRole)
        tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        if kind == TEXT:
            if editor.text() != value:
                with QSignalBlocker(editor):
                    editor.setText(value)
                    editor.setCursorPosition(0)
            editor.setToolTip(tip)
        elif kind == DATE:
            if _pydate(editor.date()) != value:
                with QSignalBlocker(editor):
                    editor.setDate(_qdate(value))
        elif kind == BOOL:
            if editor.box.isChecked() != value:
                with QSignalBlocker(editor.box):
                    editor.box.setChecked(value)
            editor.box.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEnabled))
            editor.box.setToolTip(tip)

    def setModelData(self, editor, model, index):
        kind = model.columns[index.column()].kind
        if kind == TEXT:
            model.setData(index, editor.text())
        elif kind == DATE:
            model.setData(index, _pydate(editor.date()))
        elif kind == BOOL:
            model.setData(index, editor.box.isChecked())

    def updateEditorGeometry(self, editor, option, index):
        editor.setGeometry(option.rect)

    def eventFilter(self, editor, event):
        """Tab and Shift+Tab move on through the dialog (the cells' editors in reading order,
        then what follows the table), as everywhere else; the edit is committed already."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        return super().eventFilter(editor, event)


class RowTableView(QTableView):
    """A table whose editable cells always show their editor."""

    def __init__(self, model: RowTableModel, parent=None, *, action_text: str = "", action_tip: str = ""):
        super().__init__(parent)
        self.delegate = _EditorDelegate(self, action_text, action_tip)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes through the editors, then on (see _order_editors)
        model.modelReset.connect(lambda: self._open_editors(0, model.rowCount() - 1))
        model.rowsInserted.connect(lambda _parent, first, last: self._open_editors(first, last))

    def _open_editors(self, first: int, last: int) -> None:
        model = self.model()
        for r in range(first, last + 1):
            for c, col in enumerate(model.columns):
                if col.kind != LABEL:
                    self.openPersistentEditor(model.index(r, c))
        self._order_editors()

    def _order_editors(self) -> None:
        """Tab goes from the table through its editors row by row, left to right (editors made
        later would otherwise come after the dialog's own buttons)."""
        model, prev = self.model(), self
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                w = self.editor(r, c)
                if w is not None:
                    w = getattr(w, "box", w)
                    QWidget.setTabOrder(prev, w)
                    prev = w

    def editor(self, row: int, column: int) -> QWidget | None:
        """The editor widget open in a cell (None for a read-only one)."""
        return self.indexWidget(self.model().index(row, column))
