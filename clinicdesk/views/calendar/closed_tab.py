"""The clinic's own closed days on top of the public holidays, and a provider's days off.

The usual ones (grundlovsdag, juleaftensdag, nytårsaftensdag: not public holidays, but many
clinics close) are one pick away in "Almindelige lukkedage". Alt+L closes the chosen day,
Alt+Å opens it again; Alt+R gives the chosen provider a day off, Alt+E takes it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from clinicdesk.services.calendar import admin
from clinicdesk.services.calendar.rules import usual_closed_days
from clinicdesk.views.service_text import service_text
from clinicdesk.views.calendar.table_model import RowsModel, make_table, selected_row
from clinicdesk.views.worker import run_in_background


class ClosedDaysTab(QWidget):
    saved = Signal(object)  # admin.Saved
    failed = Signal(object)

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.busy = False
        self.model = RowsModel([self.tr("Dato"), self.tr("Begrundelse")],
                               lambda r: (r[0].strftime("%d.%m.%Y"), r[1]), self)
        self.table = make_table(self, self.model, "closedTable")
        self.table.setAccessibleName(self.tr("Lukkedage og fridage"))
        self.table.activated.connect(lambda _i: self._pick_row())
        self.usual = QComboBox(self)
        self.usual.setObjectName("usualClosedDays")
        today = date.today()
        self.usual.addItem(self.tr("Vælg …"), None)
        for d, name in sorted(x for y in (today.year, today.year + 1) for x in usual_closed_days(y) if x[0] >= today):
            # shown in the user's language, stored in Danish: the portal tells patients the reason
            self.usual.addItem(f"{service_text(name)} {d:%d.%m.%Y}", (d, str(name)))
        self.usual.activated.connect(self._pick_usual)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("closedDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closedReason")
        self.reason.setMaxLength(200)
        self.close_button = QPushButton(self.tr("&Luk klinikken denne dag"), self)
        self.close_button.setObjectName("closeDayButton")
        self.open_button = QPushButton(self.tr("&Åbn dagen igen"), self)
        self.provider = QComboBox(self)
        self.provider.setObjectName("dayOffProvider")
        self.off_button = QPushButton(self.tr("Gi&v fridag"), self)
        self.back_button = QPushButton(self.tr("Tag fridag tilbag&e"), self)
        for b in (self.close_button, self.open_button, self.off_button, self.back_button):
            b.setAutoDefault(False)
        self.close_button.clicked.connect(lambda: self._closed_day(True))
        self.open_button.clicked.connect(lambda: self._closed_day(False))
        self.off_button.clicked.connect(lambda: self._day_off(True))
        self.back_button.clicked.connect(lambda: self._day_off(False))

        grid = QGridLayout()
        rows = ((self.tr("Al&mindelige lukkedage:"), self.usual), (self.tr("Da&to:"), self.day),
                (self.tr("Be&grundelse:"), self.reason))
        for r, (text, w) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(w)
            grid.addWidget(label, r, 0)
            grid.addWidget(w, r, 1)
        clinic_buttons = QHBoxLayout()
        clinic_buttons.addWidget(self.close_button)
        clinic_buttons.addWidget(self.open_button)
        grid.addLayout(clinic_buttons, 3, 1)
        provider_label = QLabel(self.tr("Fridag for &behandler:"), self)
        provider_label.setBuddy(self.provider)
        grid.addWidget(provider_label, 4, 0)
        off = QHBoxLayout()
        off.addWidget(self.provider, 1)
        off.addWidget(self.off_button)
        off.addWidget(self.back_button)
        grid.addLayout(off, 4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Klinikkens egne lukkedage (helligdage lukker altid):"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)

    def set_data(self, providers, closed) -> None:
        self.model.set_rows(closed)
        current = self.provider.currentData()
        self.provider.clear()
        for p in providers:
            self.provider.addItem(p.name, p.id)
        index = self.provider.findData(current)
        self.provider.setCurrentIndex(index if index >= 0 else 0)

    def _pick_usual(self, _index) -> None:
        picked = self.usual.currentData()
        if picked:
            self.day.setDate(QDate(picked[0]))
            self.reason.setText(picked[1])
            self.close_button.setFocus()

    def _pick_row(self) -> None:
        row = selected_row(self.table)
        if row:
            self.day.setDate(QDate(row[0]))
            self.reason.setText(row[1])

    def _run(self, fn, *args) -> None:
        if self.busy:
            return
        self.busy = True
        run_in_background(fn, self._db, self._actor, *args, on_done=self._saved, on_error=self._failed, context=self)

    def _closed_day(self, closed: bool) -> None:
        self._run(admin.set_closed_day, self.day.date().toPython(), closed, self.reason.text())

    def _day_off(self, off: bool) -> None:
        if self.provider.currentData() is not None:
            self._run(admin.set_day_off, self.provider.currentData(), self.day.date().toPython(), off,
                      self.reason.text())

    def _saved(self, result) -> None:
        self.busy = False
        self.saved.emit(result)

    def _failed(self, exc) -> None:
        self.busy = False
        self.failed.emit(exc)
