"""What the user is told when an inbox action fails (the pane and the new-thread dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.errors import ClinicDeskError, InfrastructureFault
from clinicdesk.views.service_text import service_text


def error_message(exc: BaseException, *, safe_retry: bool = False) -> str:
    """What the user is told; ``safe_retry``: the action carried an action id, so the fault's
    message says that pressing the same button again is safe."""
    if isinstance(exc, InfrastructureFault) and safe_retry:
        return service_text(exc.safe_retry_message)
    if isinstance(exc, ClinicDeskError):
        return service_text(exc.message)
    return QCoreApplication.translate("DetailPane", "Der opstod en uventet fejl. Prøv igen, eller genindlæs med F5.")
