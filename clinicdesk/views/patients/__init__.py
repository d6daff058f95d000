"""Patients in the clinic's records: the basic-data form (new patient, "Rediger" on the card) and the CSV import.

``edit_dialog`` the form; ``import_dialog`` / ``import_model`` the import with its preview;
``menu`` Filer → "Ny patient…" and "Importér patienter…" (``install_patient_records``).
"""

from __future__ import annotations

from clinicdesk.views.patients.edit_dialog import PatientEditDialog
from clinicdesk.views.patients.import_dialog import PatientImportDialog
from clinicdesk.views.patients.menu import install_patient_records

__all__ = ["PatientEditDialog", "PatientImportDialog", "install_patient_records"]
