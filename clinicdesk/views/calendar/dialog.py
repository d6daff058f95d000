"""Filer → Kalender…: a provider's day (everyone), and for administrators the weekly schedules,
appointment types and closed days, and "Dan ledige tider" (Alt+D) for the booking horizon.

Ctrl+1 … Ctrl+4 switch tabs. Every change runs off the GUI thread through
``services.calendar`` (which checks the permission again and audits it); the conflicts a
change leaves (booked times the schedules no longer cover: kept, never removed) are listed
at the bottom until the next change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from clinicdesk.services.calendar import admin, day
from clinicdesk.views.calendar.closed_tab import ClosedDaysTab
from clinicdesk.views.calendar.day_tab import DayTab
from clinicdesk.views.calendar.schedule_tab import ScheduleTab
from clinicdesk.views.calendar.table_model import RowsModel, make_table
from clinicdesk.views.calendar.texts import new_slots_text, removed_text
from clinicdesk.views.calendar.types_tab import TypesTab
from clinicdesk.views.service_text import error_text
from clinicdesk.views.service_text import service_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone


def _load(db, actor):
    return (admin.list_providers(db, actor), admin.list_types(db, actor),
            admin.list_closed_days(db, actor, since=date.today()))


class CalendarDialog(QDialog):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.busy = False
        self.can_edit = actor.can(admin.EDIT_PERM)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Kalender – %1").replace("%1", actor.clinic_name or ""))
        self.tabs = QTabWidget(self)
        self.day_tab = DayTab(db, actor, self)
        self.schedule_tab = ScheduleTab(db, actor, self)
        self.types_tab = TypesTab(db, actor, self)
        self.closed_tab = ClosedDaysTab(db, actor, self)
        self.tabs.addTab(self.day_tab, self.tr("Dag"))
        if self.can_edit:
            self.tabs.addTab(self.schedule_tab, self.tr("Ugeskema"))
            self.tabs.addTab(self.types_tab, self.tr("Aftaletyper"))
            self.tabs.addTab(self.closed_tab, self.tr("Lukkedage og fridage"))
        else:
            for tab in (self.schedule_tab, self.types_tab, self.closed_tab):
                tab.hide()
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda i=i: self.tabs.setCurrentIndex(i))
        for tab in (self.schedule_tab, self.closed_tab):
            tab.saved.connect(self._changed)
            tab.failed.connect(self._failed)
        self.types_tab.saved.connect(lambda _row: self._changed(None))
        self.types_tab.failed.connect(self._failed)

        self.conflicts_model = RowsModel([self.tr("Konflikter: bookede tider uden for ugeskemaet (bevaret)")],
                                         lambda c: (service_text(c.line_da()),), self)
        self.conflicts = make_table(self, self.conflicts_model, "conflictsTable")
        self.conflicts.setMaximumHeight(120)
        self.status = QLabel(self)
        self.status.setObjectName("calendarStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("&Dan ledige tider"), self)
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setVisible(self.can_edit)
        self.generate_button.clicked.connect(self.generate)
        close = QPushButton(self.tr("Luk"), self)
        close.setAutoDefault(False)
        self.generate_button.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.generate_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.conflicts)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self.reload()
        self.day_tab.table.setFocus()

    def reload(self) -> None:
        self.busy = True
        run_in_background(_load, self._db, self._actor, on_done=self._loaded, on_error=self._failed, context=self)
        run_in_background(day.list_conflicts, self._db, self._actor, on_done=self._show_conflicts,
                          on_error=self._failed, context=self)

    def _loaded(self, data) -> None:
        providers, types, closed = data
        self.day_tab.set_providers(providers)
        if self.can_edit:
            self.schedule_tab.set_data(providers, types)
            self.types_tab.set_data(providers, types)
            self.closed_tab.set_data(providers, closed)
        self.busy = False

    def _show_conflicts(self, conflicts) -> None:
        self.conflicts_model.set_rows(conflicts)
        self.conflicts.setVisible(bool(conflicts))

    def _changed(self, result) -> None:
        if result is not None:
            self._show_conflicts(result.conflicts)
            text = self.tr("Gemt: %1, %2.").replace("%1", new_slots_text(result.created)) \
                .replace("%2", removed_text(result.removed))
            if result.conflicts:
                text += " " + self.tr("%n bookede tider ligger nu uden for ugeskemaet; de er bevaret og står "
                                      "nedenfor.", "", len(result.conflicts))
            self.show_message(text)
        else:
            self.show_message(self.tr("Gemt."))
        self.reload()

    def generate(self) -> None:
        if self.busy:
            return
        self.busy = True
        run_in_background(day.generate_slots, self._db, self._actor, on_done=self._generated, on_error=self._failed,
                          context=self)

    def _generated(self, g) -> None:
        self.busy = False
        self._show_conflicts(g.conflicts)
        last = g.last_day.strftime("%d.%m.%Y")
        text = self.tr("Ledige tider til og med %1: %2 nye, %3 fjernet.").replace("%1", last) \
            .replace("%2", str(g.created)).replace("%3", str(g.removed))
        if g.unscheduled:
            text += " " + self.tr("Uden ugeskema: %1.").replace("%1", ", ".join(g.unscheduled))
        self.show_message(text)
        self.day_tab.reload()

    def _failed(self, exc) -> None:
        self.busy = False
        self.show_message(error_text(exc, self.tr("Det lykkedes ikke. Prøv igen om lidt.")), error=True)

    def show_message(self, text: str, error: bool = False) -> None:
        set_tone(self.status, "error" if error else None)
        self.status.setText(text)


