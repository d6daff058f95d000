"""A provider's weekly schedule: blocks of bookable time, each for one appointment type.

Choose the provider (Alt+B), fill in weekday, from, to and type, Alt+T adds the block (Alt+Y the type),
Alt+F removes the selected one, Alt+G saves. Saving makes the slots over the booking
horizon at once; booked times the new week leaves out are kept and listed as conflicts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTimeEdit, QVBoxLayout, QWidget,
)

from clinicdesk.services.calendar import admin
from clinicdesk.domain.wording import WEEKDAYS_DA
from clinicdesk.services.calendar.rules import Block
from clinicdesk.views.calendar.table_model import RowsModel, make_table, selected_row
from clinicdesk.views.calendar.texts import new_slots_text, removed_text
from clinicdesk.views.service_text import service_text
from clinicdesk.views.worker import run_in_background


class ScheduleTab(QWidget):
    saved = Signal(object)  # admin.Saved
    failed = Signal(object)  # an exception

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.busy = False
        self.loaded_week: tuple[Block, ...] = ()
        self.week: list[Block] = []
        self._types: dict[int, admin.TypeRow] = {}
        self.provider = QComboBox(self)
        self.provider.setObjectName("scheduleProvider")
        self.provider.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        provider_label = QLabel(self.tr("&Behandler:"), self)
        provider_label.setBuddy(self.provider)
        self.model = RowsModel([self.tr("Ugedag"), self.tr("Fra"), self.tr("Til"), self.tr("Aftaletype")],
                               self._cells, self)
        self.table = make_table(self, self.model, "scheduleTable")
        self.table.setAccessibleName(self.tr("Ugeskema"))

        self.weekday = QComboBox(self)
        self.weekday.setObjectName("blockWeekday")
        for i, name in enumerate(WEEKDAYS_DA):
            self.weekday.addItem(service_text(name).capitalize(), i)
        self.starts = QTimeEdit(QTime(8, 0), self)
        self.starts.setObjectName("blockStarts")
        self.ends = QTimeEdit(QTime(12, 0), self)
        self.ends.setObjectName("blockEnds")
        for t in (self.starts, self.ends):
            t.setDisplayFormat("HH:mm")
        self.type = QComboBox(self)
        self.type.setObjectName("blockType")
        self.add_button = QPushButton(self.tr("&Tilføj tid"), self)
        self.add_button.setObjectName("addBlockButton")
        self.remove_button = QPushButton(self.tr("&Fjern valgte"), self)
        self.save_button = QPushButton(self.tr("&Gem ugeskema"), self)
        self.save_button.setObjectName("saveWeekButton")
        for b in (self.add_button, self.remove_button, self.save_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_block)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("scheduleStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # type names are text, never markup
        self.status.setWordWrap(True)

        form = QGridLayout()
        for col, (text, w) in enumerate(((self.tr("&Ugedag"), self.weekday), (self.tr("Fr&a"), self.starts),
                                         (self.tr("T&il"), self.ends), (self.tr("Aftalet&ype"), self.type))):
            label = QLabel(text, self)
            label.setBuddy(w)
            form.addWidget(label, 0, col)
            form.addWidget(w, 1, col)
        form.addWidget(self.add_button, 1, 4)
        top = QHBoxLayout()
        top.addWidget(provider_label)
        top.addWidget(self.provider, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.provider.currentIndexChanged.connect(lambda _i: self.reload())

    def _cells(self, b: Block):
        t = self._types.get(b.appointment_type_id)
        return (service_text(WEEKDAYS_DA[b.weekday]).capitalize(), b.starts.strftime("%H:%M"), b.ends.strftime("%H:%M"),
                self.tr("%1 (%2 min)").replace("%1", t.name).replace("%2", str(t.duration_minutes)) if t else "")

    def set_data(self, providers, types) -> None:
        self._types = {t.id: t for t in types}
        current = self.provider.currentData()
        self.provider.blockSignals(True)
        self.provider.clear()
        for p in providers:
            self.provider.addItem(p.name, p.id)
        index = self.provider.findData(current)
        self.provider.setCurrentIndex(index if index >= 0 else 0)
        self.provider.blockSignals(False)
        self.reload()

    def _fill_types(self) -> None:
        pid = self.provider.currentData()
        self.type.clear()
        for t in self._types.values():
            if t.active and (not t.provider_ids or pid in t.provider_ids):
                self.type.addItem(self.tr("%1 (%2 min)").replace("%1", t.name).replace("%2", str(t.duration_minutes)), t.id)

    def reload(self) -> None:
        pid = self.provider.currentData()
        if pid is None:
            return
        self._fill_types()
        self.busy = True
        run_in_background(admin.load_week, self._db, self._actor, pid, on_done=self._loaded,
                          on_error=self._failed, context=self)

    def _loaded(self, week) -> None:
        self.loaded_week = tuple(week)
        self.week = list(week)
        self.model.set_rows(self.week)
        self.busy = False

    def add_block(self) -> None:
        type_id = self.type.currentData()
        if type_id is None:
            self.status.setText(self.tr("Opret først en aftaletype, som behandleren tilbyder."))
            return
        b = Block(self.weekday.currentData(), self.starts.time().toPython(), self.ends.time().toPython(), type_id)
        self.week = sorted({*self.week, b})
        self.model.set_rows(self.week)
        self.status.setText(self.tr("Tiden er tilføjet. Gem ugeskemaet for at danne de ledige tider."))

    def remove_selected(self) -> None:
        b = selected_row(self.table)
        if b is not None:
            self.week = [x for x in self.week if x != b]
            self.model.set_rows(self.week)

    def save(self) -> None:
        pid = self.provider.currentData()
        if pid is None or self.busy:
            return
        self.busy = True
        run_in_background(lambda: admin.save_week(self._db, self._actor, pid, tuple(self.week),
                                                  expected=self.loaded_week),
                          on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, result) -> None:
        self.busy = False
        self.loaded_week = tuple(sorted(self.week))
        self.status.setText(self.tr("Ugeskemaet er gemt: %1, %2.")
                            .replace("%1", new_slots_text(result.created)).replace("%2", removed_text(result.removed)))
        self.saved.emit(result)

    def _failed(self, exc) -> None:
        self.busy = False
        self.failed.emit(exc)
