"""What the patient card's modules share: the notice's look, Danish error text, local dates.

Words in a colour take a tone of the scheme (``tones.set_tone(label, "error" | "ok" | "muted")``),
so they stay readable in the dark scheme and follow a change of scheme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.views.service_text import error_text as service_error_text



def error_text(exc: BaseException) -> str:
    """A domain error's message in the user's language; never a traceback or an exception's own text."""
    return service_error_text(exc, QCoreApplication.translate("PatientCard", "Der opstod en uventet fejl. Prøv igen."))


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
