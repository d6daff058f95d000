"""A provider's day: free slots, bookings waiting in the inbox and appointments, in time order.

Keyboard: Alt+Højre / Alt+Venstre go to the next / previous day, Alt+I to today; the date
field takes arrow keys and typed dates; the provider list follows the keyboard too.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.services.calendar import day as calendar_day
from clinicdesk.views.calendar.table_model import RowsModel, make_table
from clinicdesk.views.service_text import error_text
from clinicdesk.views.service_text import service_text
from clinicdesk.views.worker import run_in_background


class DayTab(QWidget):
    loaded = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.busy = False
        self.view: calendar_day.ProviderDayView | None = None
        self._what = {
            "free": self.tr("Ledig"), "withdrawn": self.tr("Trukket tilbage"),
            "pending_booking": self.tr("Bestilling venter"), "appointment": self.tr("Aftale"),
            "booked_slot": self.tr("Optaget"),
        }
        self.provider = QComboBox(self)
        self.provider.setObjectName("dayProvider")
        self.provider.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        self.date = QDateEdit(self)
        self.date.setObjectName("dayDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd dd.MM.yyyy")
        self.date.setDate(QDate.currentDate())
        self.prev_button = QPushButton(self.tr("&Forrige dag"), self)
        self.next_button = QPushButton(self.tr("&Næste dag"), self)
        self.today_button = QPushButton(self.tr("&I dag"), self)
        for b in (self.prev_button, self.next_button, self.today_button):
            b.setAutoDefault(False)
        self.prev_button.clicked.connect(lambda: self.move(-1))
        self.next_button.clicked.connect(lambda: self.move(1))
        self.today_button.clicked.connect(lambda: self.date.setDate(QDate.currentDate()))
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.move(1))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.move(-1))
        provider_label = QLabel(self.tr("&Behandler:"), self)
        provider_label.setBuddy(self.provider)
        date_label = QLabel(self.tr("&Dato:"), self)
        date_label.setBuddy(self.date)

        self.model = RowsModel([self.tr("Tid"), self.tr("Hvad"), self.tr("Aftaletype"), self.tr("Patient"),
                                self.tr("Status")], self._cells, self)
        self.table = make_table(self, self.model, "dayTable")
        self.table.setAccessibleName(self.tr("Dagens aftaler"))
        self.summary = QLabel(self)
        self.summary.setObjectName("daySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        for w in (provider_label, self.provider, date_label, self.date, self.prev_button, self.next_button,
                  self.today_button):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.provider.currentIndexChanged.connect(lambda _i: self.reload())
        self.date.dateChanged.connect(lambda _d: self.reload())

    def _cells(self, r: calendar_day.DayRow):
        a, b = r.starts_at.astimezone(COPENHAGEN), r.ends_at.astimezone(COPENHAGEN)
        status = ""
        if r.status is not None:
            status = {"booked": self.tr("Booket"), "attended": self.tr("Mødt"), "no_show": self.tr("Udeblevet"),
                      "cancelled_by_patient": self.tr("Aflyst af patienten"),
                      "cancelled_by_clinic": self.tr("Aflyst af klinikken")}.get(r.status.value, r.status.value)
        return (f"{a:%H:%M}–{b:%H:%M}", self._what.get(r.what, r.what), r.type_name, r.patient, status)

    def set_providers(self, providers) -> None:
        current = self.provider_id()
        self.provider.blockSignals(True)
        self.provider.clear()
        for p in providers:
            self.provider.addItem(p.name if p.active else self.tr("%1 (inaktiv)").replace("%1", p.name), p.id)
        index = self.provider.findData(current)
        self.provider.setCurrentIndex(index if index >= 0 else 0)
        self.provider.blockSignals(False)
        self.reload()

    def provider_id(self) -> int | None:
        return self.provider.currentData()

    def day(self) -> date:
        return self.date.date().toPython()

    def move(self, days: int) -> None:
        self.date.setDate(QDate(self.day() + timedelta(days=days)))

    def reload(self) -> None:
        pid = self.provider_id()
        if pid is None:
            return
        self.busy = True
        run_in_background(calendar_day.provider_day, self._db, self._actor, pid, self.day(), on_done=self._shown,
                          on_error=self._failed, context=self)

    def _shown(self, view) -> None:
        if view.provider_id != self.provider_id() or view.day != self.day():
            return  # a newer day was asked for meanwhile
        self.view = view
        self.model.set_rows(view.rows)
        parts = [self.tr("%n ledige", "", view.count("free")),
                 self.tr("%n bestillinger venter", "", view.count("pending_booking")),
                 self.tr("%n aftaler", "", view.count("appointment"))]
        text = ", ".join(parts)
        if view.closed:
            text = self.tr("Ingen tider denne dag: %1. ").replace("%1", service_text(view.closed)) + text
        self.summary.setText(text)
        self.busy = False
        self.loaded.emit()

    def _failed(self, exc) -> None:
        self.busy = False
        self.summary.setText(error_text(exc, self.tr("Dagen kunne ikke hentes. Prøv igen om lidt.")))
