"""What the user is told when an inbox action fails (the pane and the new-thread dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.errors import ClinicDeskError, InfrastructureFault


def error_message(exc: BaseException, *, safe_retry: bool = False) -> str:
    """What the user is told; ``safe_retry``: the action carried an action id, so the fault's
    message says that pressing the same button again is safe."""
    if isinstance(exc, InfrastructureFault) and safe_retry:
        return exc.safe_retry_message
    if isinstance(exc, ClinicDeskError):
        return exc.message
    return QCoreApplication.translate("DetailPane", "Der opstod en uventet fejl. Prøv igen, eller genindlæs med F5.")
