"""The "Ferie" tab: holiday periods, added and deleted here, saved with the rest.

:class:`HolidayTableModel` has one row per ``HolidayValues`` (``ROW_ROLE``; ``id`` None
for a period that is not saved yet), a column per holiday field of the declaration,
and a last column with a "Slet" button. A deleted row simply leaves the model: the
service's ``changes_between`` sees the stored period is gone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from clinicdesk.domain.settings import HOLIDAY_FIELDS, Kind
from clinicdesk.services.clinic_settings import HolidayValues
from clinicdesk.views.settings.fields import setting_text
from clinicdesk.views.settings.table_model import ACTION, BOOL, DATE, TEXT, Column, RowTableModel, RowTableView
from clinicdesk.views.tones import set_tone

# column numbers
(COL_START, COL_END, COL_MESSAGE, COL_STANDIN_CLINIC, COL_STANDIN_PHONE, COL_CLOSE_ECONSULT, COL_CLOSE_RENEWAL,
 COL_CLOSE_BOOKING, COL_DELETE) = range(9)

_KINDS = {Kind.DATE: DATE, Kind.TEXT: TEXT, Kind.BOOL: BOOL}


class HolidayTableModel(RowTableModel):
    def __init__(self, parent=None):
        columns = tuple(Column(s.field, _KINDS[s.kind], setting_text(s.header, s.label_note))
                        for s in HOLIDAY_FIELDS) + (Column("", ACTION, ""),)
        super().__init__(columns, parent)
        assert columns[COL_DELETE].kind == ACTION and columns[COL_CLOSE_BOOKING].field == "close_booking"

    def cell_tooltip(self, row, column: Column) -> str:
        return getattr(row, column.field) if column.kind == TEXT else ""


class HolidayTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        hint = QLabel(QCoreApplication.translate(
            "SettingsDialog", "I ferien vises beskeden på portalen, og de valgte funktioner lukkes. "
                              "Nævn vikarklinikken i beskeden. Datoerne er første og sidste feriedag."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.model = HolidayTableModel(self)
        self.table = RowTableView(
            self.model, self, action_text=QCoreApplication.translate("SettingsDialog", "Slet"),
            action_tip=QCoreApplication.translate(
                "SettingsDialog", "Slet ferieperioden (når du gemmer). En ferie, der er begyndt, kan ikke slettes."))
        self.table.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Ferieperioder"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_START, 114), (COL_END, 114), (COL_STANDIN_CLINIC, 130), (COL_STANDIN_PHONE, 90),
                           (COL_CLOSE_ECONSULT, 84), (COL_CLOSE_RENEWAL, 84), (COL_CLOSE_BOOKING, 84),
                           (COL_DELETE, 64)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.delegate.action.connect(lambda index: index.isValid() and self.model.remove(index.row()))
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("SettingsDialog", "Ny ferieperiode"), self)
        self.add_button.clicked.connect(self.add_period)
        row.addWidget(self.add_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.error = QLabel(self)
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)

    def add_period(self) -> None:
        """A new period from today to today with the declared defaults; its first day gets the focus."""
        today = date.today()
        r = self.model.append(HolidayValues.new(today, today))
        editor = self.table.editor(r, COL_START)
        if editor is not None:
            editor.setFocus()

    def valid_periods(self) -> tuple[HolidayValues, ...]:
        """The rows whose dates make a period (for the preview; the service refuses the others)."""
        return tuple(h for h in self.model.rows() if h.end_date >= h.start_date)
