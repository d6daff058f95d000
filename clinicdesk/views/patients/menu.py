"""Filer → "Ny patient…" (everyone who handles patients) and "Importér patienter…" (administrators).

``install_patient_records(window)`` adds both; a new patient's card opens when it is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services import audit_lookups, patient_records
from clinicdesk.services.patient_import import IMPORT_PERM
from clinicdesk.views.menu_plugin import PermissionDialogPlugin
from clinicdesk.views.patient_card.plugin import open_patient_card
from clinicdesk.views.patients.edit_dialog import PatientEditDialog
from clinicdesk.views.patients.import_dialog import PatientImportDialog


class _NewPatientPlugin(PermissionDialogPlugin):
    perm = patient_records.EDIT_PERM

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("PatientEditDialog", "Ny patient…"), "newPatientAction")

    def make_dialog(self, db, actor, parent) -> PatientEditDialog:
        dlg = PatientEditDialog(db, actor, None, parent)
        # the clinic has just registered the patient: the card opens for that reason
        context = audit_lookups.reason_context(audit_lookups.ADMINISTRATION)
        dlg.saved.connect(lambda form: open_patient_card(self.window, db, actor, form.patient_id, context=context))
        return dlg


class _ImportPatientsPlugin(PermissionDialogPlugin):
    perm = IMPORT_PERM

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("PatientImport", "Importér patienter…"),
                         "importPatientsAction")

    def make_dialog(self, db, actor, parent) -> PatientImportDialog:
        return PatientImportDialog(db, actor, parent)


class PatientRecordsPlugins:
    def __init__(self, window):
        self.new_patient = _NewPatientPlugin(window)
        self.import_patients = _ImportPatientsPlugin(window)


def install_patient_records(window) -> PatientRecordsPlugins:
    plugins = PatientRecordsPlugins(window)
    window.patient_records = plugins
    return plugins
