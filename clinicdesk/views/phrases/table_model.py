"""A list of stock phrases (``services.phrase_admin.PhraseRow``): abbreviation and title."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COL_ABBREVIATION, COL_TITLE = range(2)
_HEADERS = (QT_TRANSLATE_NOOP("PhraseDialog", "Forkortelse"), QT_TRANSLATE_NOOP("PhraseDialog", "Titel"))


class PhraseTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, phrase_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == phrase_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PhraseDialog", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:  # (no tooltip: a tooltip may render text as markup)
            return row.abbreviation if index.column() == COL_ABBREVIATION else row.title
        return None
