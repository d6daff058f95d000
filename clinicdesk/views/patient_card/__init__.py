"""The patient card and Filer → "Find patient…" (one module per tab or capability).

``card`` the window and "Stamdata"; ``communication`` rights and the portal user;
``portal_status`` blocking and reopening it; ``history`` / ``history_detail`` /
``history_labels`` the "Historik" tab; ``search`` the patient search; ``create_user``
the "Opret portalbruger" confirmation; ``plugin`` the main window's menu entry.
"""

from __future__ import annotations

# the plugin first: the inbox imports open_patient_card from here, and the card's history
# tab imports the inbox's labels (whose package imports the inbox, which imports this)
from clinicdesk.views.patient_card.plugin import (  # noqa: I001 - the order matters
    FIND_PATIENT_KEYS,
    _PatientCardPlugin,
    install_patient_card,
    open_patient_card,
)
from clinicdesk.views.patient_card.card import PatientCard
from clinicdesk.views.patient_card.create_user import CreatePortalUserDialog
from clinicdesk.views.patient_card.history import HistoryTab
from clinicdesk.views.patient_card.portal_status import PortalReasonDialog
from clinicdesk.views.patient_card.search import PatientSearchDialog

__all__ = [
    "FIND_PATIENT_KEYS", "CreatePortalUserDialog", "HistoryTab", "PatientCard", "PatientSearchDialog",
    "PortalReasonDialog", "_PatientCardPlugin", "install_patient_card", "open_patient_card",
]
