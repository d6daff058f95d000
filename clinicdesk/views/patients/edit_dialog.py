"""A patient's basic data in a form: Filer → "Ny patient…" and "Rediger…" on the patient card.

Keyboard first: the CPR field has the focus, Tab walks the fields in reading order and
Enter saves. The guardian fields open when the CPR number is a child's (under 15), and a
note says that at least one is needed. The service (``services/patient_records.py``)
checks everything again, in one transaction with its audit entry; its Danish message
is shown under the form, and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError, StaleData
from clinicdesk.services import cpr as cprmod
from clinicdesk.services import patient_records as records
from clinicdesk.services.inbox.overdue import today_local
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text
from clinicdesk.views.tones import set_tone



def _error_text(exc: BaseException) -> str:
    if isinstance(exc, ClinicDeskError):
        return error_text(exc)
    return QCoreApplication.translate("PatientEditDialog", "Der opstod en uventet fejl. Intet er gemt. Prøv igen.")


class PatientEditDialog(QDialog):
    """``patient_id=None``: a new patient; else the patient's basic data, loaded first."""

    saved = Signal(object)  # services.patient_records.PatientForm

    def __init__(self, db, actor, patient_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self.patient_id = db, actor, patient_id
        self.form_data: records.PatientForm | None = None
        self._mitid_touched = False
        self.setObjectName("patientEditDialog")
        self.setWindowTitle(self.tr("Ny patient") if patient_id is None else self.tr("Rediger patient"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.cpr = self._edit("cpr", self.tr("DDMMÅÅ-XXXX (CPR eller erstatningsnummer)"), 11)
        self.first_name = self._edit("firstName", "", records.MAX_NAME)
        self.last_name = self._edit("lastName", "", records.MAX_NAME)
        self.address = self._edit("address", self.tr("Vej og nr., postnr. og by"), records.MAX_ADDRESS)
        self.email = self._edit("email", self.tr("navn@eksempel.dk"), records.MAX_EMAIL)
        self.mobile = self._edit("mobile", self.tr("8 cifre"), 20)
        self.has_mitid = QCheckBox(self.tr("Har &MitID"), self)
        self.has_mitid.setObjectName("hasMitid")
        self.has_mitid.setChecked(True)
        self.has_mitid.toggled.connect(lambda *_: setattr(self, "_mitid_touched", True))
        self.guardian1 = self._edit("guardian1", self.tr("forælderens CPR-nummer"), 11)
        self.guardian2 = self._edit("guardian2", self.tr("evt. den anden forælders CPR-nummer"), 11)
        self.child_note = QLabel("", self)
        self.child_note.setObjectName("childNote")
        self.child_note.setTextFormat(Qt.TextFormat.PlainText)
        self.child_note.setWordWrap(True)
        set_tone(self.child_note, "muted")
        form.addRow(self.tr("&CPR-nummer:"), self.cpr)
        form.addRow(self.tr("&Fornavn:"), self.first_name)
        form.addRow(self.tr("&Efternavn:"), self.last_name)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("E-ma&il:"), self.email)
        form.addRow(self.tr("M&obil:"), self.mobile)
        form.addRow("", self.has_mitid)
        form.addRow(self.tr("Forælder (værge) &1:"), self.guardian1)
        form.addRow(self.tr("Forælder (værge) &2:"), self.guardian2)
        form.addRow("", self.child_note)
        lay.addLayout(form)
        self.status = QLabel("", self)
        self.status.setObjectName("patientEditStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Gem"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("savePatient")
        self.save_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Gen&indlæs"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.load)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        cancel = self.buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelPatient")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.cpr.textChanged.connect(self._cpr_changed)
        self._cpr_changed()
        self.resize(520, self.sizeHint().height())
        self.cpr.setFocus()
        if patient_id is not None:
            self.load()

    def _edit(self, name: str, placeholder: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        return edit

    # ------------------------------------------------------------------ state
    def _say(self, text: str, tone: str | None = None) -> None:
        set_tone(self.status, tone)
        self.status.setText(text)

    def _is_child(self) -> bool:
        parsed = cprmod.try_parse_cpr(self.cpr.text(), today=today_local())
        return parsed is not None and records.is_child(parsed, today_local())

    def _cpr_changed(self, *_):
        child = self._is_child()
        for edit in (self.guardian1, self.guardian2):
            edit.setEnabled(child)
        self.child_note.setText(self.tr("Barn under 15 år: mindst én forælder (værge), som er patient i klinikken, "
                                        "skal angives.") if child else "")

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def load(self) -> None:
        self.reload_button.hide()
        self._set_busy(True)
        self._say(self.tr("Henter …"))
        run_in_background(records.load_patient, self._db, self._actor, self.patient_id,
                          on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, form: records.PatientForm) -> None:
        self.form_data = form
        for edit, value in ((self.cpr, form.cpr), (self.first_name, form.first_name),
                            (self.last_name, form.last_name), (self.address, form.address),
                            (self.email, form.email), (self.mobile, form.mobile)):
            edit.setText(value)
        guardians = list(form.guardian_cprs) + ["", ""]
        self.guardian1.setText(guardians[0])
        self.guardian2.setText(guardians[1])
        self.has_mitid.setChecked(form.has_mitid)
        self._mitid_touched = False
        self._set_busy(False)
        self._say("")

    def data(self) -> records.PatientData:
        child = self._is_child()
        if child:
            guardians = tuple(g for g in (self.guardian1.text().strip(), self.guardian2.text().strip()) if g)
        else:  # an adult's stored guardians are left alone; a new adult has none
            guardians = () if self.patient_id is None else None
        editing = self.patient_id is not None
        mitid = self.has_mitid.isChecked() if (editing or self._mitid_touched) else None
        return records.PatientData(self.cpr.text(), self.first_name.text(), self.last_name.text(),
                                   self.address.text(), self.email.text(), self.mobile.text(), mitid, guardians)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._set_busy(True)
        self._say(self.tr("Gemmer …"))
        if self.patient_id is None:
            run_in_background(records.create_patient, self._db, self._actor, self.data(),
                              on_done=self._saved, on_error=self._failed, context=self)
        else:
            version = self.form_data.version if self.form_data else -1
            run_in_background(records.edit_patient, self._db, self._actor, self.patient_id, self.data(), version,
                              on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, form: records.PatientForm) -> None:
        self.form_data = form
        self.saved.emit(form)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(_error_text(exc), "error")
        if isinstance(exc, StaleData):
            self.reload_button.show()
