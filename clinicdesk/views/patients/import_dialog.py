"""Filer → "Importér patienter…": choose a CSV file, see every line judged, then import.

Keyboard first: the file field has the focus (type or paste a path, or Alt+V to browse);
Enter shows the preview: a table of the lines (line number, CPR, name, status, and for a
refused line the reason in Danish), the file's encoding and separator, and what an import
would do. "Importér" imports all lines, and is only offered when no line is refused,
unless "Importér kun de gode linjer" is ticked (an explicit choice). The import uses the
bytes that were previewed and judges them again in its transaction
(``services/patient_import``); nothing is half-imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import patient_import
from clinicdesk.views.patients.import_model import COL_REASON, ImportTableModel
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text, service_text
from clinicdesk.views.tones import set_tone



def _read_and_preview(db, actor, path: str):
    p = Path(path.strip().strip('"'))
    try:
        data = p.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise ValidationError(QCoreApplication.translate(
            "PatientImport", "Filen findes ikke. Tjek stien, eller vælg filen med »Vælg fil…«."), code="no_file") from None
    except OSError:  # e.g. a file Excel keeps locked (it was "an unexpected error")
        raise ValidationError(QCoreApplication.translate(
            "PatientImport", "Filen kan ikke læses. Er den åben i Excel? Luk den, og prøv igen."),
            code="file_unreadable") from None
    return data, patient_import.preview_import(db, actor, data, file_name=p.name)


class PatientImportDialog(QDialog):
    imported = Signal(object)  # services.patient_import.ImportReport

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._data: bytes | None = None
        self.report: patient_import.ImportReport | None = None
        self.setObjectName("patientImportDialog")
        self.setWindowTitle(self.tr("Importér patienter"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Vælg en CSV-fil med én patient pr. linje (kolonnerne cpr, fornavn, efternavn og evt. "
                               "adresse, email, mobil, værge1_cpr, værge2_cpr); den første linje er overskrifterne. Et barn under 15 "
                               "år skal have en forælder (værge), der er patient i klinikken eller står i filen."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Sti til CSV-filen"))
        self.path.returnPressed.connect(self.preview)
        file_label = QLabel(self.tr("&Fil:"), self)
        file_label.setBuddy(self.path)
        row.addWidget(file_label)
        row.addWidget(self.path, 1)
        self.browse_button = self._button(self.tr("&Vælg fil…"), "browseButton", self.browse)
        row.addWidget(self.browse_button)
        self.preview_button = self._button(self.tr("Vis &linjerne"), "previewButton", self.preview)
        row.addWidget(self.preview_button)
        lay.addLayout(row)
        self.info = self._label("importInfo")
        lay.addWidget(self.info)
        self.model = ImportTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importTable")
        self.table.setAccessibleName(self.tr("Linjer i filen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_reason)
        lay.addWidget(self.table, 1)
        self.reason = self._label("importReason")  # the selected line's reason, in full
        lay.addWidget(self.reason)
        self.only_good = QCheckBox(self.tr("Importér kun de &gode linjer (de afviste springes over)"), self)
        self.only_good.setObjectName("onlyGood")
        self.only_good.toggled.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.only_good)
        self.status = self._label("importStatus")
        lay.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.import_button = self._button(self.tr("&Importér"), "importButton", self.run_import)
        bottom.addWidget(self.import_button)
        self.close_button = self._button(self.tr("Luk"), "closeImport", self.reject)
        bottom.addWidget(self.close_button)
        lay.addLayout(bottom)
        self._busy = False
        self._update_buttons()
        self.resize(900, 560)
        self.path.setFocus()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _label(self, name: str) -> QLabel:
        lab = QLabel("", self)
        lab.setObjectName(name)
        lab.setTextFormat(Qt.TextFormat.PlainText)  # file contents are only ever text
        lab.setWordWrap(True)
        return lab

    # ------------------------------------------------------------------ state
    def _say(self, text: str, tone: str | None = None) -> None:
        set_tone(self.status, tone)
        self.status.setText(text)

    def _update_buttons(self) -> None:
        r = self.report
        refused = bool(r and r.refused)
        can_write = bool(r and r.dry_run and r.to_write and (not refused or self.only_good.isChecked()))
        self.import_button.setEnabled(not self._busy and can_write)
        self.only_good.setEnabled(not self._busy and refused and bool(r and r.to_write) and bool(r.dry_run))
        self.preview_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _show_reason(self, current, _previous=None) -> None:
        line = self.model.line_at(current.row()) if current.isValid() else None
        self.reason.setText(self.tr("Linje %1: %2").replace("%1", str(line.line)).replace("%2", service_text(line.reason))
                            if line is not None and line.reason else "")

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg CSV-fil"), "", self.tr("CSV-filer (*.csv *.txt)"))
        if name:
            self.path.setText(name)
            self.preview()

    def preview(self) -> None:
        if self._busy or not self.path.text().strip():
            return
        self.report, self._data = None, None
        self.only_good.setChecked(False)
        self.model.set_lines(())
        self.info.setText("")
        self._set_busy(True)
        self._say(self.tr("Læser filen …"))
        run_in_background(_read_and_preview, self._db, self._actor, self.path.text(),
                          on_done=self._previewed, on_error=self._failed, context=self)

    def _show(self, report: patient_import.ImportReport) -> None:
        self.report = report
        self.model.set_lines(report.lines)
        info = self.tr("%n linjer læst (%2, adskilt med %3).", "", len(report.lines)) \
            .replace("%2", service_text(report.encoding)).replace("%3", service_text(report.separator))
        for col in report.ignored_columns:
            info += " " + self.tr("Kolonnen »%1« kendes ikke og springes over.").replace("%1", col)
        self.info.setText(info)
        first_refused = next((i for i, ln in enumerate(report.lines) if not ln.good), 0 if report.lines else None)
        if first_refused is not None:
            self.table.setCurrentIndex(self.model.index(first_refused, 0))

    def _previewed(self, result) -> None:
        self._data, report = result
        self._show(report)
        self._set_busy(False)
        self._say(service_text(report.summary), "error" if report.refused else None)
        self.table.setFocus()

    def run_import(self) -> None:
        if self._busy or self._data is None or not self.import_button.isEnabled():
            return
        self._set_busy(True)
        self._say(self.tr("Importerer …"))
        run_in_background(patient_import.import_patients, self._db, self._actor, self._data,
                          file_name=self.report.file_name if self.report else "",
                          only_good=self.only_good.isChecked(), on_done=self._imported, on_error=self._failed,
                          context=self)

    def _imported(self, report: patient_import.ImportReport) -> None:
        self._show(report)
        self._set_busy(False)
        self._say(service_text(report.summary), "ok" if report.written else "error")
        self.imported.emit(report)
        self.close_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(error_text(exc, self.tr("Der opstod en uventet fejl. Intet er importeret. Prøv igen.")), "error")
