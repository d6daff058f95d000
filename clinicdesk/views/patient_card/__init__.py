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
# the card and its tabs load when first asked for (``__getattr__``): the inbox needs only
# ``open_patient_card`` at start, and the card brings reportlab (the patient log as a PDF)
_LAZY = {
    "PatientCard": "clinicdesk.views.patient_card.card",
    "CreatePortalUserDialog": "clinicdesk.views.patient_card.create_user",
    "HistoryTab": "clinicdesk.views.patient_card.history",
    "PortalReasonDialog": "clinicdesk.views.patient_card.portal_status",
    "PatientSearchDialog": "clinicdesk.views.patient_card.search",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "FIND_PATIENT_KEYS", "CreatePortalUserDialog", "HistoryTab", "PatientCard", "PatientSearchDialog",
    "PortalReasonDialog", "_PatientCardPlugin", "install_patient_card", "open_patient_card",
]
