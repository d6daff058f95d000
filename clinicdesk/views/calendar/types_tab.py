"""Appointment types: the name staff use, the name patients see, duration, who offers it,
"comment required", and the type's own booking notice (hours) and horizon (days).

Alt+N starts a new type, Enter in the list (or selecting it) loads one into the form,
Alt+G saves. "Som klinikken" in notice or horizon means the clinic's own setting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from clinicdesk.services.calendar import admin
from clinicdesk.services.calendar.rules import MAX_HORIZON_DAYS, MAX_NOTICE_HOURS
from clinicdesk.views.calendar.table_model import RowsModel, make_table, selected_row
from clinicdesk.views.calendar.texts import horizon_suffix, notice_suffix
from clinicdesk.views.worker import run_in_background


class TypesTab(QWidget):
    saved = Signal(object)  # admin.TypeRow
    failed = Signal(object)

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.busy = False
        self._editing: admin.TypeRow | None = None
        self.model = RowsModel([self.tr("Navn"), self.tr("Patienten ser"), self.tr("Varighed"), self.tr("Online"),
                                self.tr("Kommentar")], self._cells, self)
        self.table = make_table(self, self.model, "typesTable")
        self.table.setAccessibleName(self.tr("Aftaletyper"))
        self.table.activated.connect(lambda _i: self.load_selected())

        self.name = QLineEdit(self)
        self.name.setObjectName("typeName")
        self.name.setMaxLength(100)
        self.patient_name = QLineEdit(self)
        self.patient_name.setObjectName("typePatientName")
        self.patient_name.setMaxLength(100)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("typeDuration")
        self.duration.setRange(5, 240)
        self.duration.setSingleStep(5)
        self.duration.setValue(15)
        self.duration.setSuffix(self.tr(" min"))
        self.online = QCheckBox(self.tr("Kan bestilles &online"), self)
        self.online.setChecked(True)
        self.comment = QCheckBox(self.tr("&Kommentar påkrævet"), self)
        self.comment.setObjectName("typeCommentRequired")
        self.active = QCheckBox(self.tr("I br&ug"), self)
        self.active.setChecked(True)
        self.notice = QSpinBox(self)
        self.notice.setObjectName("typeNotice")
        self.notice.setRange(-1, MAX_NOTICE_HOURS)
        self.notice.setSpecialValueText(self.tr("Som klinikken"))
        self.notice.valueChanged.connect(lambda v: self.notice.setSuffix(notice_suffix(v)))
        self.notice.setValue(-1)
        self.horizon = QSpinBox(self)
        self.horizon.setObjectName("typeHorizon")
        self.horizon.setRange(0, MAX_HORIZON_DAYS)
        self.horizon.setSpecialValueText(self.tr("Som klinikken"))
        self.horizon.valueChanged.connect(lambda v: self.horizon.setSuffix(horizon_suffix(v)))
        self.horizon.setValue(0)
        self.providers_model = QStandardItemModel(self)
        self.providers = QListView(self)
        self.providers.setObjectName("typeProviders")
        self.providers.setModel(self.providers_model)
        self.providers.setMaximumHeight(110)

        form = QFormLayout()
        for text, w in ((self.tr("&Navn:"), self.name), (self.tr("&Patienten ser:"), self.patient_name),
                        (self.tr("&Varighed:"), self.duration), (self.tr("Vars&el:"), self.notice),
                        (self.tr("Kan &bookes:"), self.horizon),
                        (self.tr("Be&handlere (ingen valgt: alle):"), self.providers)):
            label = QLabel(text, self)
            label.setBuddy(w)
            form.addRow(label, w)
        checks = QHBoxLayout()
        for c in (self.online, self.comment, self.active):
            checks.addWidget(c)
        form.addRow(checks)
        self.new_button = QPushButton(self.tr("N&y type"), self)
        self.new_button.setObjectName("newTypeButton")
        self.save_button = QPushButton(self.tr("&Gem aftaletype"), self)
        self.save_button.setObjectName("saveTypeButton")
        for b in (self.new_button, self.save_button):
            b.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_type)
        self.save_button.clicked.connect(self.save)
        order = (self.table, self.name, self.patient_name, self.duration, self.notice, self.horizon, self.providers,
                 self.online, self.comment, self.active, self.new_button, self.save_button)  # reading order
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.status = QLabel(self)
        self.status.setObjectName("typesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # type names are text, never markup
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        body.addLayout(side, 2)
        QVBoxLayout(self).addLayout(body)

    def _cells(self, t: admin.TypeRow):
        return (t.name if t.active else self.tr("%1 (ikke i brug)").replace("%1", t.name), t.patient_name,
                self.tr("%1 min").replace("%1", str(t.duration_minutes)),
                self.tr("Ja") if t.bookable_online else self.tr("Nej"),
                self.tr("Påkrævet") if t.comment_required else "")

    def set_data(self, providers, types) -> None:
        self.model.set_rows(types)
        self.providers_model.clear()
        for p in providers:
            item = QStandardItem(p.name)
            item.setData(p.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.providers_model.appendRow(item)
        if self._editing is not None:
            again = next((t for t in types if t.id == self._editing.id), None)
            self._load(again)

    def new_type(self) -> None:
        self._load(None)
        self.name.setFocus()

    def load_selected(self) -> None:
        self._load(selected_row(self.table))
        self.name.setFocus()

    def _load(self, t: admin.TypeRow | None) -> None:
        self._editing = t
        self.name.setText(t.name if t else "")
        self.patient_name.setText(t.patient_name if t else "")
        self.duration.setValue(t.duration_minutes if t else 15)
        self.online.setChecked(t.bookable_online if t else True)
        self.comment.setChecked(t.comment_required if t else False)
        self.active.setChecked(t.active if t else True)
        self.notice.setValue(-1 if t is None or t.min_notice_hours is None else t.min_notice_hours)
        self.horizon.setValue(0 if t is None or t.max_horizon_days is None else t.max_horizon_days)
        chosen = set(t.provider_ids) if t else set()
        for i in range(self.providers_model.rowCount()):
            item = self.providers_model.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)

    def row(self) -> admin.TypeRow:
        chosen = tuple(sorted(self.providers_model.item(i).data(Qt.ItemDataRole.UserRole)
                              for i in range(self.providers_model.rowCount())
                              if self.providers_model.item(i).checkState() == Qt.CheckState.Checked))
        t = self._editing
        return admin.TypeRow(
            t.id if t else None, self.name.text(), self.patient_name.text(), self.duration.value(),
            self.online.isChecked(), self.comment.isChecked(),
            None if self.notice.value() < 0 else self.notice.value(),
            None if self.horizon.value() == 0 else self.horizon.value(), self.active.isChecked(), chosen,
            t.version if t else None)

    def save(self) -> None:
        if self.busy:
            return
        self.busy = True
        row = self.row()
        run_in_background(admin.save_type, self._db, self._actor, row, on_done=self._saved, on_error=self._failed,
                          context=self)

    def _saved(self, row) -> None:
        self.busy = False
        self._editing = row
        self.status.setText(self.tr("Aftaletypen »%1« er gemt.").replace("%1", row.name))
        self.saved.emit(row)

    def _failed(self, exc) -> None:
        self.busy = False
        self.failed.emit(exc)
