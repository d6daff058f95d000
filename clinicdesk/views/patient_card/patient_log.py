"""The patient's own log of lookups on screen, and saved as a PDF (GDPR art. 15).

:class:`PatientLogDialog` shows ``services.audit_log.patient_log`` (who, when, what, why;
administrators only, reading it is audited) in a table, and "Gem som PDF…" (Ctrl+S) saves
it through ``services.patient_log.build_pdf`` off the GUI thread. The patient card's
history tab opens it ("Log over opslag…"); the clinic's log viewer saves the same PDF.
``ask_pdf_path`` and ``write_pdf`` are shared with that viewer.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from clinicdesk.services import audit_log, patient_log
from clinicdesk.views.labels import action_label
from clinicdesk.views.service_text import service_text
from clinicdesk.views.patient_card.common import error_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PatientLog", "Gem patientens log som PDF"), suggested,
        QCoreApplication.translate("PatientLog", "PDF-filer (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def write_pdf(path: str, data: bytes) -> str:
    """Write the file whole or not at all; "" when saved, else a Danish message saying what to do."""
    part = path + ".part"
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError:
        try:
            os.unlink(part)
        except OSError:
            pass
        return QCoreApplication.translate("PatientLog", "Filen kunne ikke gemmes (fuld disk eller ingen adgang til "
                                          "mappen). Vælg en anden mappe og prøv igen.")
    return ""


class PatientLogModel(QAbstractTableModel):
    """Lines of ``audit_log.PatientLog``, oldest first; ``LINE_ROLE`` returns the ``LogLine``."""

    TIME, WHO, WHAT, WHY, DETAIL = range(5)
    LINE_ROLE = Qt.ItemDataRole.UserRole + 1
    _HEADERS = (QT_TRANSLATE_NOOP("PatientLog", "Tidspunkt"), QT_TRANSLATE_NOOP("PatientLog", "Medarbejder"),
                QT_TRANSLATE_NOOP("PatientLog", "Handling"), QT_TRANSLATE_NOOP("PatientLog", "Hvorfor"),
                QT_TRANSLATE_NOOP("PatientLog", "Detaljer"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: tuple[audit_log.LogLine, ...] = ()

    def set_lines(self, lines) -> None:
        self.beginResetModel()
        self.lines = tuple(lines)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatientLog", self._HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ln = self.lines[index.row()]
        if role == self.LINE_ROLE:
            return ln
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (ln.time_text, service_text(ln.who), action_label(ln.what), service_text(ln.why),
                    service_text(ln.detail))[index.column()]
        return None


class PatientLogDialog(QDialog):
    """One patient's log of lookups; "Gem som PDF…" saves what is shown."""

    def __init__(self, db, actor, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self.patient_id = db, actor, patient_id
        self.log: audit_log.PatientLog | None = None
        self.setObjectName("patientLog")
        self.setWindowTitle(self.tr("Log over opslag"))  # no patient data in titles
        self.resize(960, 560)
        # tests replace this: (suggested file name) -> chosen path or ""
        self.choose_pdf_path = lambda suggested: ask_pdf_path(self, suggested)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Henter loggen …"), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.model = PatientLogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("patientLogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PatientLogModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("patientLogStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        box = QDialogButtonBox(self)
        self.pdf_button = box.addButton(self.tr("&Gem som PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("patientLogPdf")
        self.pdf_button.setShortcut(QKeySequence.StandardKey.Save)
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        close = box.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        for b in (self.pdf_button, close):
            b.setAutoDefault(False)
        lay.addWidget(box)
        run_in_background(audit_log.patient_log, db, actor, patient_id,
                          on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, log: audit_log.PatientLog) -> None:
        self.log = log
        self.heading.setText(self.tr("%1, CPR %2 – alle opslag og ændringer hos %3, ældste først.")
                             .replace("%1", log.patient_name).replace("%2", log.patient_cpr)
                             .replace("%3", log.clinic_name))
        self.model.set_lines(log.lines)
        set_tone(self.status, None)
        self.status.setText(self.tr("%n registreringer.", "", len(log.lines)))
        self.pdf_button.setEnabled(True)
        if log.lines:
            self.table.setCurrentIndex(self.model.index(len(log.lines) - 1, 0))
            self.table.scrollToBottom()
        self.table.setFocus()

    def _failed(self, exc) -> None:
        set_tone(self.status, "error")
        self.status.setText(error_text(exc))

    def save_pdf(self) -> None:
        if self.log is None:
            return
        path = self.choose_pdf_path(self.tr("logning-af-opslag.pdf"))
        if not path:
            return
        set_tone(self.status, None)
        self.status.setText(self.tr("Gemmer …"))
        run_in_background(patient_log.build_pdf, self.log, on_done=lambda data: self._write(path, data),
                          on_error=self._failed, context=self)

    def _write(self, path: str, data: bytes) -> None:
        error = write_pdf(path, data)
        set_tone(self.status, "error" if error else "ok")
        self.status.setText(error or self.tr("Patientens log er gemt i %1.").replace("%1", path))
