"""The "Behandlere" tab: each active provider's portal name, title and switches.

:class:`ProviderTableModel` has one row per ``ProviderValues`` (``ROW_ROLE``) and a
column per provider setting of the declaration after the provider's own name. A
provider's booking can be switched only while booking is on for the whole clinic.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout, QWidget

from clinicdesk.domain.settings import PROVIDER_SETTINGS, Kind
from clinicdesk.views.settings.fields import setting_text
from clinicdesk.views.settings.table_model import BOOL, LABEL, TEXT, Column, RowTableModel, RowTableView
from clinicdesk.views.tones import set_tone

# column numbers
COL_NAME, COL_DISPLAY_NAME, COL_TITLE, COL_ECONSULT, COL_RENEWAL, COL_BOOKING, COL_COMMENT_REQUIRED = range(7)


class ProviderTableModel(RowTableModel):
    def __init__(self, parent=None):
        columns = (Column("name", LABEL, QCoreApplication.translate("SettingsDialog", "Behandler")),) + tuple(
            Column(s.field, BOOL if s.kind is Kind.BOOL else TEXT, setting_text(s.header, s.label_note))
            for s in PROVIDER_SETTINGS
        )
        super().__init__(columns, parent)
        assert columns[COL_BOOKING].field == "booking_enabled"
        self._clinic_booking = True

    def set_clinic_booking(self, on: bool) -> None:
        """Booking for a provider only while booking is on for the whole clinic."""
        if on != self._clinic_booking:
            self._clinic_booking = on
            self.refresh_column(COL_BOOKING)

    def cell_enabled(self, row, column: Column) -> bool:
        return self._clinic_booking or column.field != "booking_enabled"

    def cell_tooltip(self, row, column: Column) -> str:
        if not self.cell_enabled(row, column):
            return QCoreApplication.translate("SettingsDialog", "Slå tidsbestilling til for klinikken først (fanen Klinik).")
        return ""


class ProviderTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        hint = QLabel(QCoreApplication.translate(
            "SettingsDialog", "Titlen vises kun, når behandleren ikke har et eget navn på portalen."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.model = ProviderTableModel(self)
        self.table = RowTableView(self.model, self)
        self.table.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Behandlere på portalen"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table)
        self.error = QLabel(self)
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
