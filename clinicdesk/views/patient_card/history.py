"""The card's "Historik" tab: the patient's threads, renewals, bookings and appointments.

``HistoryTab.load()`` asks ``services.patient_history.open_history`` (audited once per
call); the card calls it each time the tab is opened. Rows are newest first; Enter or a
double-click opens the row read-only (``history_detail``): an inbox item is fetched
without claiming it, an appointment is shown from its row. "Log over opslag…" (Alt+L, for
those who may read the log) opens the patient's own log of lookups (``patient_log``).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from clinicdesk.services import patient_history as hist
from clinicdesk.services.permissions import Perm
from clinicdesk.views.patient_card.common import error_text, local_datetime
from clinicdesk.views.patient_card.history_labels import details_text, kind_text, marked_text, status_text
from clinicdesk.views.patient_card.history_detail import AppointmentDialog, ReadOnlyItemDialog
from clinicdesk.views.patient_card.patient_log import PatientLogDialog
from clinicdesk.views.service_text import portal_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone

class HistoryModel(QAbstractTableModel):
    """The history rows; ``ROW_ROLE`` returns the row's ``HistoryRow``. Text is plain (DisplayRole)."""

    DATE, KIND_COL, TITLE, PROVIDER, STATUS, DETAILS = range(6)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    _HEADERS = (QT_TRANSLATE_NOOP("PatientHistory", "Dato"), QT_TRANSLATE_NOOP("PatientHistory", "Type"),
                QT_TRANSLATE_NOOP("PatientHistory", "Emne"), QT_TRANSLATE_NOOP("PatientHistory", "Behandler"),
                QT_TRANSLATE_NOOP("PatientHistory", "Status"), QT_TRANSLATE_NOOP("PatientHistory", "Detaljer"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[hist.HistoryRow, ...] = ()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[hist.HistoryRow, ...]:
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return marked_text(self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.DATE:
                return local_datetime(row.at)
            if col == self.KIND_COL:
                return kind_text(row.kind)
            if col == self.TITLE:
                return portal_text(row.title, row.kind)
            if col == self.PROVIDER:
                return row.provider
            if col == self.STATUS:
                return status_text(row)
            return details_text(row)
        return None


class HistoryTable(QTableView):
    """Enter opens the current row (and stays here: it never reaches the card's buttons)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryTab(QWidget):
    """The "Historik" tab."""

    loaded = Signal(object)  # PatientHistory

    def __init__(self, db, actor, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self.patient_id = db, actor, patient_id
        self.history: hist.PatientHistory | None = None
        self.detail_dialog = None
        self.setObjectName("historyTab")
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Patientens e-konsultationer, receptfornyelser, tidsbestillinger og aftaler hos "
                               "klinikken, nyeste først. Enter åbner en linje til læsning; intet bliver taget "
                               "eller ændret."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = HistoryModel(self)
        self.table = HistoryTable(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Patientens historik"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()  # fits the card: date, kind and status as wide as they need
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 5):  # subject, provider and details share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.open_row)
        lay.addWidget(self.table, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("historyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.log_dialog: PatientLogDialog | None = None
        self.log_button = QPushButton(self.tr("&Log over opslag…"), self)
        self.log_button.setObjectName("patientLogButton")
        self.log_button.setAutoDefault(False)
        self.log_button.setToolTip(self.tr("Hvem har set eller ændret patientens oplysninger, hvornår og hvorfor "
                                           "(til patienten, som PDF)"))
        self.log_button.setVisible(actor.can(Perm.READ_AUDIT_LOG))
        self.log_button.clicked.connect(self.open_log)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.log_button)
        lay.addLayout(row)

    def open_log(self) -> PatientLogDialog:
        """The patient's own log of lookups (administrators: the button shows only for them)."""
        if self.log_dialog is not None:
            self.log_dialog.close()
        dlg = PatientLogDialog(self._db, self._actor, self.patient_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.destroyed.connect(lambda *_: setattr(self, "log_dialog", None) if self.log_dialog is dlg else None)
        self.log_dialog = dlg
        dlg.open()
        return dlg

    def load(self) -> None:
        """Fetch the history (one audited look-up)."""
        set_tone(self.status, None)
        self.status.setText(self.tr("Henter historikken …"))
        run_in_background(hist.open_history, self._db, self._actor, self.patient_id,
                          on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, history: hist.PatientHistory) -> None:
        self.history = history
        self.model.set_rows(history.rows)
        for col, width in ((HistoryModel.DATE, 120), (HistoryModel.KIND_COL, 120), (HistoryModel.TITLE, 190),
                           (HistoryModel.PROVIDER, 170), (HistoryModel.STATUS, 130)):
            self.table.setColumnWidth(col, width)
        if history.rows:
            self.status.setText(self.tr("%n linjer.", "", len(history.rows)))
            # upcoming appointments are on top (newest first); the keyboard starts at the latest that has
            # happened, with a few upcoming ones still in view above it
            now = datetime.now(timezone.utc)
            first_past = next((i for i, r in enumerate(history.rows) if r.at <= now), 0)
            self.table.setCurrentIndex(self.model.index(first_past, 0))
            self.table.scrollTo(self.model.index(max(first_past - 3, 0), 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.status.setText(self.tr("Patienten har ingen historik hos klinikken endnu."))
        self.table.setFocus()
        self.loaded.emit(history)

    def _failed(self, exc) -> None:
        set_tone(self.status, "error")
        self.status.setText(error_text(exc))

    def open_row(self, index: QModelIndex) -> None:
        row = self.model.data(index, HistoryModel.ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        if not row.is_item:
            self._show(AppointmentDialog(row, self))
            return
        set_tone(self.status, None)
        self.status.setText(self.tr("Åbner til læsning …"))
        run_in_background(hist.history_item, self._db, self._actor, self.patient_id, row.ref_id,
                          on_done=lambda d: self._show(ReadOnlyItemDialog(d, self)), on_error=self._failed,
                          context=self)

    def _show(self, dialog) -> None:
        if self.history is not None:
            self.status.setText(self.tr("%n linjer.", "", len(self.history.rows)))
        self.detail_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "detail_dialog", None) if self.detail_dialog is dialog
                                 else None)
        dialog.finished.connect(self._back_from_dialog)
        dialog.open()

    def _back_from_dialog(self, *_) -> None:
        """A read-only view closed: the card is the active window again, the keyboard is back in the list."""
        self.window().activateWindow()
        self.table.setFocus()
