"""The administrator's audit-log viewer ("Logning af opslag").

``install_audit_log(window)`` adds Filer → "Logning af opslag…" for actors with
``Perm.READ_AUDIT_LOG`` only (it follows ``actor_changed``). :class:`AuditLogDialog`
filters by patient (found through the patient search), staff member, action and
period, lists the clinic's log newest first (more rows load as you scroll), and
prints or saves the chosen patient's log for the patient (GDPR art. 15) as plain text or a PDF.
Details and the reason for each lookup ("Hvorfor") are shown in Danish words.
All database work goes through ``services.audit_log`` off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.views.labels import action_label
from clinicdesk.views.menu_plugin import PermissionDialogPlugin
from clinicdesk.services import audit_log as svc
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services.permissions import Perm
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text, service_text
from clinicdesk.views.tones import set_tone

COL_TIME, COL_STAFF, COL_ACTION, COL_PATIENT, COL_CPR, COL_TERM, COL_DETAIL, COL_WHY = range(8)
PAGE_SIZE = 200

# Danish action labels (services.audit_log.ACTION_LABELS_DA), listed here so lupdate finds them
_ACTION_LABELS_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("AuditAction", "Logget ind"),
    QT_TRANSLATE_NOOP("AuditAction", "Mislykket login"),
    QT_TRANSLATE_NOOP("AuditAction", "Logget ud"),
    QT_TRANSLATE_NOOP("AuditAction", "Konto spærret"),
    QT_TRANSLATE_NOOP("AuditAction", "Skærm låst"),
    QT_TRANSLATE_NOOP("AuditAction", "Adgang nægtet"),
    QT_TRANSLATE_NOOP("AuditAction", "Skiftet klinik"),
    QT_TRANSLATE_NOOP("AuditAction", "Åbnet patientkort"),
    QT_TRANSLATE_NOOP("AuditAction", "Søgt efter patient"),
    QT_TRANSLATE_NOOP("AuditAction", "Åbnet henvendelse"),
    QT_TRANSLATE_NOOP("AuditAction", "Besvaret henvendelse"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret henvendelse"),
    QT_TRANSLATE_NOOP("AuditAction", "Afgjort receptfornyelse"),
    QT_TRANSLATE_NOOP("AuditAction", "Afgjort tidsbestilling"),
    QT_TRANSLATE_NOOP("AuditAction", "Afgjort tilmelding"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret rettigheder"),
    QT_TRANSLATE_NOOP("AuditAction", "Oprettet patient"),
    QT_TRANSLATE_NOOP("AuditAction", "Oprettet portalbruger"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret indstillinger"),
    QT_TRANSLATE_NOOP("AuditAction", "Udskrevet"),
    QT_TRANSLATE_NOOP("AuditAction", "Gemt fil"),
    QT_TRANSLATE_NOOP("AuditAction", "Læst loggen"),
    QT_TRANSLATE_NOOP("AuditAction", "Henvendelse fra portalen"),
    QT_TRANSLATE_NOOP("AuditAction", "Åbnet patientens historik"),
    QT_TRANSLATE_NOOP("AuditAction", "Spærret portalbruger"),
    QT_TRANSLATE_NOOP("AuditAction", "Genåbnet portalbruger"),
    QT_TRANSLATE_NOOP("AuditAction", "Givet videre"),
    QT_TRANSLATE_NOOP("AuditAction", "Oprettet klinik"),
    QT_TRANSLATE_NOOP("AuditAction", "Oprettet medarbejder"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret medarbejder"),
    QT_TRANSLATE_NOOP("AuditAction", "Deaktiveret medarbejder"),
    QT_TRANSLATE_NOOP("AuditAction", "Genaktiveret medarbejder"),
    QT_TRANSLATE_NOOP("AuditAction", "Nulstillet adgangskode"),
    QT_TRANSLATE_NOOP("AuditAction", "Låst konto op"),
    QT_TRANSLATE_NOOP("AuditAction", "Skiftet adgangskode"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret behandlerprofil"),
    QT_TRANSLATE_NOOP("AuditAction", "Rettet svar"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret standardtekster"),
    QT_TRANSLATE_NOOP("AuditAction", "Vist liste med patienter"),
    QT_TRANSLATE_NOOP("AuditAction", "Vist vedhæftet fil"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret patientens stamdata"),
    QT_TRANSLATE_NOOP("AuditAction", "Importeret patienter"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret kalender"),
    QT_TRANSLATE_NOOP("AuditAction", "Dannet ledige tider"),
    QT_TRANSLATE_NOOP("AuditAction", "Vist kalenderdag"),
    QT_TRANSLATE_NOOP("AuditAction", "Markeret som haster"),
    QT_TRANSLATE_NOOP("AuditAction", "Fjernet markering som haster"),
    QT_TRANSLATE_NOOP("AuditAction", "Ændret ordlister for haster"),
    QT_TRANSLATE_NOOP("AuditAction", "Markeret svar som skal læses"),
    QT_TRANSLATE_NOOP("AuditAction", "Opgave fra sikkerhedsnettet"),
    QT_TRANSLATE_NOOP("AuditAction", "E-mailadresse virker ikke"),
    QT_TRANSLATE_NOOP("AuditAction", "Hastesag varslet"),
)


def action_text(label_da: str) -> str:
    return action_label(label_da)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ClinicDeskError):
        return error_text(exc)
    return QCoreApplication.translate("AuditLogDialog", "Der opstod en uventet fejl. Prøv igen.")


class AuditTableModel(QAbstractTableModel):
    """Rows of ``svc.AuditRow``; asks ``fetch_more`` for the next page when the view scrolls."""

    def __init__(self, fetch_more, parent=None):
        super().__init__(parent)
        self.rows: list[svc.AuditRow] = []
        self.next_after_id: int | None = None
        self.loading = False
        self._fetch_more = fetch_more
        self._headers = [
            self.tr("Tidspunkt"), self.tr("Medarbejder"), self.tr("Handling"), self.tr("Patient"),
            self.tr("CPR-nummer"), self.tr("Søgt efter"), self.tr("Detaljer"), self.tr("Hvorfor"),
        ]

    def reset(self, page: svc.AuditPage) -> None:
        self.beginResetModel()
        self.rows = list(page.rows)
        self.next_after_id = page.next_after_id
        self.endResetModel()

    def append(self, page: svc.AuditPage) -> None:
        if page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.next_after_id = page.next_after_id

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        return {
            COL_TIME: r.time_text, COL_STAFF: r.staff_name, COL_ACTION: action_text(r.action_label),
            COL_PATIENT: r.patient_name, COL_CPR: r.patient_cpr, COL_TERM: r.search_term,
            COL_DETAIL: service_text(r.detail_text),  # in words (services.audit_words)
            COL_WHY: service_text(r.context_text),
        }[index.column()]

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.next_after_id is not None and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch_more()


class AuditLogDialog(QDialog):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self._db, self._actor = db, actor
        self._patient: svc.PatientRef | None = None
        self._generation = 0  # answers to an older filter are dropped
        self.setWindowTitle(self.tr("Logning af opslag – %1").replace("%1", actor.clinic_name))
        self.resize(1100, 640)
        # tests replace these: (suggested file name) -> chosen path or ""
        self.choose_save_path = self._ask_save_path
        self.choose_pdf_path = self._ask_pdf_path

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Patient:"), self), 0, 0)
        self.patient_label = QLabel(self.tr("Alle patienter"), self)
        self.patient_label.setObjectName("auditPatient")
        self.patient_label.setTextFormat(Qt.TextFormat.PlainText)  # a patient's name is only text
        self.pick_patient_button = QPushButton(self.tr("Vælg patient…"), self)
        self.pick_patient_button.clicked.connect(self.pick_patient)
        self.clear_patient_button = QPushButton(self.tr("Vis alle patienter"), self)
        self.clear_patient_button.clicked.connect(self.clear_patient)
        self.clear_patient_button.setEnabled(False)
        prow = QHBoxLayout()
        prow.addWidget(self.patient_label, 1)
        prow.addWidget(self.pick_patient_button)
        prow.addWidget(self.clear_patient_button)
        grid.addLayout(prow, 0, 1, 1, 3)

        grid.addWidget(QLabel(self.tr("Medarbejder:"), self), 1, 0)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("auditStaff")
        self.staff_combo.addItem(self.tr("Alle medarbejdere"), None)
        grid.addWidget(self.staff_combo, 1, 1)
        grid.addWidget(QLabel(self.tr("Handling:"), self), 1, 2)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.action_combo.addItem(self.tr("Alle handlinger"), None)
        for action, label in sorted(svc.ACTION_LABELS_DA.items(), key=lambda kv: kv[1]):
            self.action_combo.addItem(action_text(label), action)
        grid.addWidget(self.action_combo, 1, 3)

        self.period_box = QCheckBox(self.tr("Kun perioden fra"), self)
        today = QDate.currentDate()
        self.from_date = QDateEdit(today.addDays(-30), self)
        self.to_date = QDateEdit(today, self)
        for d in (self.from_date, self.to_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
            d.setEnabled(False)
        self.period_box.toggled.connect(self.from_date.setEnabled)
        self.period_box.toggled.connect(self.to_date.setEnabled)
        drow = QHBoxLayout()
        drow.addWidget(self.period_box)
        drow.addWidget(self.from_date)
        drow.addWidget(QLabel(self.tr("til og med"), self))
        drow.addWidget(self.to_date)
        drow.addStretch(1)
        grid.addLayout(drow, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.model = AuditTableModel(self._load_more, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Logposter"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((COL_TIME, 175), (COL_STAFF, 190), (COL_ACTION, 170), (COL_PATIENT, 180),
                           (COL_CPR, 100), (COL_TERM, 120), (COL_DETAIL, 260)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("Udskriv patientens log…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("Gem som tekst…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = self.buttons.addButton(self.tr("Gem som PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("auditSavePdf")
        self.pdf_button.clicked.connect(self.save_patient_log_pdf)
        close = self.buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_patient_log)
        self.save_button.clicked.connect(self.save_patient_log)
        for b in (self.print_button, self.save_button, self.pdf_button, close, self.pick_patient_button,
                  self.clear_patient_button):
            b.setAutoDefault(False)

        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

        self.staff_combo.currentIndexChanged.connect(self.reload)
        self.action_combo.currentIndexChanged.connect(self.reload)
        self.period_box.toggled.connect(self.reload)
        self.from_date.dateChanged.connect(self._date_changed)
        self.to_date.dateChanged.connect(self._date_changed)
        self._update_buttons()
        run_in_background(svc.list_staff, db, actor, on_done=self._staff_loaded, on_error=self._failed, context=self)
        self.reload()

    # ------------------------------------------------------------------ filters
    def _filters(self) -> dict:
        f = {"patient_id": self._patient.id if self._patient else None,
             "staff_id": self.staff_combo.currentData(), "action": self.action_combo.currentData()}
        if self.period_box.isChecked():
            tz = COPENHAGEN
            start, end = self.from_date.date(), self.to_date.date()
            f["since"] = datetime.combine(start.toPython(), time(0), tzinfo=tz)
            f["until"] = datetime.combine(end.toPython() + timedelta(days=1), time(0), tzinfo=tz)
        return f

    def _date_changed(self, *_):
        if self.period_box.isChecked():
            self.reload()

    def _staff_loaded(self, staff) -> None:
        self.staff_combo.blockSignals(True)
        for s in staff:
            self.staff_combo.addItem(s.name, s.id)
        self.staff_combo.blockSignals(False)

    def pick_patient(self):
        from clinicdesk.views.patient_card import PatientSearchDialog

        dlg = PatientSearchDialog(self._db, self._actor, self, where="audit_log")
        dlg.setWindowTitle(self.tr("Vælg patient"))
        dlg.open_button.setText(self.tr("Vælg"))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.patient_chosen.connect(self.set_patient)
        self.search_dialog = dlg
        dlg.open()
        return dlg

    def set_patient(self, patient_id: int) -> None:
        run_in_background(svc.patient_ref, self._db, self._actor, patient_id,
                          on_done=self._patient_set, on_error=self._failed, context=self)

    def _patient_set(self, ref: svc.PatientRef) -> None:
        self._patient = ref
        self.patient_label.setText(f"{ref.name}, {ref.cpr}")
        self.clear_patient_button.setEnabled(True)
        self.reload()

    def clear_patient(self) -> None:
        self._patient = None
        self.patient_label.setText(self.tr("Alle patienter"))
        self.clear_patient_button.setEnabled(False)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self, *_):
        self._generation += 1
        gen = self._generation
        self.model.loading = True
        set_tone(self.status, None)
        self.status.setText(self.tr("Henter …"))
        run_in_background(svc.list_entries, self._db, self._actor, **self._filters(), limit=PAGE_SIZE,
                          on_done=lambda page: self._loaded(gen, page, False), on_error=self._failed, context=self)

    def _load_more(self):
        gen = self._generation
        self.model.loading = True
        run_in_background(svc.list_entries, self._db, self._actor, **self._filters(),
                          after_id=self.model.next_after_id, limit=PAGE_SIZE,
                          on_done=lambda page: self._loaded(gen, page, True), on_error=self._failed, context=self)

    def _loaded(self, gen: int, page: svc.AuditPage, more: bool) -> None:
        if gen != self._generation:
            return
        self.model.loading = False
        (self.model.append if more else self.model.reset)(page)
        n = len(self.model.rows)
        if n == 0:
            self.status.setText(self.tr("Ingen registreringer passer på filteret."))
        elif self.model.next_after_id is None:
            self.status.setText(self.tr("%n registreringer.", "", n))
        else:
            self.status.setText(self.tr("De nyeste %n registreringer vises – rul ned for flere.", "", n))
        self._update_buttons()

    def _failed(self, exc) -> None:
        self.model.loading = False
        set_tone(self.status, "error")
        self.status.setText(_error_text(exc))

    # ------------------------------------------------------------------ the patient's own log
    def chosen_patient_id(self) -> int | None:
        if self._patient is not None:
            return self._patient.id
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.rows[rows[0].row()].patient_id
        return None

    def _update_buttons(self, *_):
        ok = self.chosen_patient_id() is not None
        for b in (self.print_button, self.save_button, self.pdf_button):
            b.setEnabled(ok)
            b.setToolTip("" if ok else self.tr("Vælg en patient eller en linje med en patient først."))

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem patientens log"), suggested,
                                              self.tr("Tekstfiler (*.txt)"))
        return path

    def save_patient_log(self) -> None:
        pid = self.chosen_patient_id()
        if pid is None:
            return
        path = self.choose_save_path(self.tr("logning-af-opslag.txt"))
        if not path:
            return
        run_in_background(svc.patient_log_text, self._db, self._actor, pid,
                          on_done=lambda text: self._write(path, text), on_error=self._failed, context=self)

    def _write(self, path: str, text: str) -> None:
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError:
            set_tone(self.status, "error")
            self.status.setText(self.tr("Filen kunne ikke gemmes. Vælg en anden mappe og prøv igen."))
            return
        set_tone(self.status, None)
        self.status.setText(self.tr("Patientens log er gemt i %1.").replace("%1", path))

    def save_patient_log_pdf(self) -> None:
        """The patient's own log as a PDF (``services.patient_log``), built off the GUI thread."""
        pid = self.chosen_patient_id()
        if pid is None:
            return
        path = self.choose_pdf_path(self.tr("logning-af-opslag.pdf"))
        if not path:
            return
        from clinicdesk.services import patient_log  # (here: it brings reportlab, not needed at start)

        run_in_background(patient_log.patient_log_pdf, self._db, self._actor, pid,
                          on_done=lambda data: self._write_pdf(path, data), on_error=self._failed, context=self)

    def _ask_pdf_path(self, suggested: str) -> str:
        from clinicdesk.views.patient_card.patient_log import ask_pdf_path

        return ask_pdf_path(self, suggested)

    def _write_pdf(self, path: str, data: bytes) -> None:
        from clinicdesk.views.patient_card.patient_log import write_pdf

        error = write_pdf(path, data)
        set_tone(self.status, "error" if error else None)
        self.status.setText(error or self.tr("Patientens log er gemt i %1.").replace("%1", path))

    def print_patient_log(self) -> None:
        pid = self.chosen_patient_id()
        if pid is None:
            return
        run_in_background(svc.patient_log_text, self._db, self._actor, pid,
                          on_done=self._print, on_error=self._failed, context=self)

    def _print(self, text: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(text)
        doc.print_(printer)
        set_tone(self.status, None)
        self.status.setText(self.tr("Patientens log er sendt til printeren."))


# ---------------------------------------------------------------------- main window
class _AuditLogPlugin(PermissionDialogPlugin):
    perm = Perm.READ_AUDIT_LOG

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("AuditLogDialog", "Logning af opslag…"), "openAuditLog")

    def make_dialog(self, db, actor, parent) -> AuditLogDialog:
        return AuditLogDialog(db, actor, parent)


def install_audit_log(window) -> _AuditLogPlugin:
    plugin = _AuditLogPlugin(window)
    window.audit_log = plugin
    return plugin
