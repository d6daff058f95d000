"""The import preview's table: one row per line of the file, refused lines with their reason."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush

from clinicdesk.services.patient_import import STATUS_DA, LineStatus, PlanLine
from clinicdesk.views.service_text import service_text
from clinicdesk.views.tones import colour

COL_LINE, COL_CPR, COL_NAME, COL_STATUS, COL_REASON = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PlanLine

_HEADERS = (
    QT_TRANSLATE_NOOP("PatientImport", "Linje"),
    QT_TRANSLATE_NOOP("PatientImport", "CPR-nummer"),
    QT_TRANSLATE_NOOP("PatientImport", "Navn"),
    QT_TRANSLATE_NOOP("PatientImport", "Status"),
    QT_TRANSLATE_NOOP("PatientImport", "Begrundelse"),
)
def status_text(status: LineStatus) -> str:
    """A line's status in the user's language (the words are the import's own, ``STATUS_DA``)."""
    return service_text(STATUS_DA[status])


class ImportTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: tuple[PlanLine, ...] = ()

    def set_lines(self, lines) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def line_at(self, row: int) -> PlanLine:
        return self._lines[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatientImport", _HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ln = self._lines[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return ln
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(ln.line), ln.cpr, ln.name, status_text(ln.status), service_text(ln.reason))[col]
        if role == Qt.ItemDataRole.ForegroundRole and ln.status == LineStatus.REFUSED and col in (COL_STATUS,
                                                                                                   COL_REASON):
            return QBrush(colour("error"))  # the scheme's red, asked at paint time
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
