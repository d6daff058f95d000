"""What the patient card's modules share: colours, Danish error text, local dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.views.service_text import error_text as service_error_text

ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "background: #fff4d6; border: 1px solid #e0c060; padding: 6px;"
OK_STYLE = "color: #1f6f3f;"
MUTED_STYLE = "color: #5b6b78;"


def error_text(exc: BaseException) -> str:
    """A domain error's message in the user's language; never a traceback or an exception's own text."""
    if isinstance(exc, ClinicDeskError):
        return service_error_text(exc)
    return QCoreApplication.translate("PatientCard", "Der opstod en uventet fejl. Prøv igen.")


def local_date(dt) -> str:
    """"23.11.2026" in Copenhagen time ("" for none)."""
    if dt is None:
        return ""
    return dt.astimezone(COPENHAGEN).strftime("%d.%m.%Y")


def local_datetime(dt) -> str:
    """"23.11.2026 14:05" in Copenhagen time ("" for none)."""
    if dt is None:
        return ""
    return dt.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M")
