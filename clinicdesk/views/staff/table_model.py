"""The staff list: one row per staff member of the clinic (``services.staff.StaffRow``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from clinicdesk.services.staff import StaffRow
from clinicdesk.views.labels import role_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COL_NAME, COL_USERNAME, COL_ROLE, COL_STATUS, COL_PROVIDER, COL_OTHER = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("StaffDialog", "Navn"), QT_TRANSLATE_NOOP("StaffDialog", "Brugernavn"),
    QT_TRANSLATE_NOOP("StaffDialog", "Rolle"), QT_TRANSLATE_NOOP("StaffDialog", "Status"),
    QT_TRANSLATE_NOOP("StaffDialog", "Behandler på portalen"), QT_TRANSLATE_NOOP("StaffDialog", "Arbejder også i"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffDialog", text)


_ACTIVE = QT_TRANSLATE_NOOP("StaffDialog", "Aktiv")
_INACTIVE = QT_TRANSLATE_NOOP("StaffDialog", "Deaktiveret")
_LOCKED = QT_TRANSLATE_NOOP("StaffDialog", "låst")
_MUST_CHANGE = QT_TRANSLATE_NOOP("StaffDialog", "skal skifte adgangskode")


def status_text(row: StaffRow) -> str:
    parts = [_tr(_ACTIVE) if row.active else _tr(_INACTIVE)]
    if row.locked:
        parts.append(_tr(_LOCKED))
    if row.must_change_password:
        parts.append(_tr(_MUST_CHANGE))
    return ", ".join(parts)


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StaffRow]:
        return list(self._rows)

    def row_of(self, staff_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.full_name
            if col == COL_USERNAME:
                return row.username
            if col == COL_ROLE:
                return role_label(row.role)
            if col == COL_STATUS:
                return status_text(row)
            if col == COL_PROVIDER:
                if not row.provider_label:
                    return ""
                return row.provider_label if row.provider_active else _tr("%1 (skjult)").replace("%1", row.provider_label)
            if col == COL_OTHER:
                return ", ".join(row.other_clinics)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtGui import QBrush

            from clinicdesk.views.tones import colour

            return QBrush(colour("muted"))  # the scheme's grey, asked at paint time
        return None
