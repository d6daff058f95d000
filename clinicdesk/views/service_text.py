"""What the services say, in the user's language.

Services and the domain write Danish sentences marked with ``say`` (``domain/messages.py``):
a :class:`ServiceText` knows its template and parameters. Here the template is translated
(``QCoreApplication.translate`` under the empty context, where lupdate files them) and the
parameters filled in; a text without a template is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain import portal_texts
from clinicdesk.domain.enums import ItemKind
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.messages import CONTEXT, CasedText, JoinedText, ServiceText


def service_text(text) -> str:
    """``text`` (a ServiceText, a joined text, or a plain str) in the user's language."""
    if isinstance(text, JoinedText):
        return "".join(service_text(p) for p in text.parts)
    if isinstance(text, CasedText):  # lower(), upper_first(): translated first, then the first letter
        translated = service_text(text.inner)
        return str(text) if translated == str(text.inner) else text.recase(translated)
    if isinstance(text, ServiceText):
        template = QCoreApplication.translate(CONTEXT, text.template)
        if not text.params:
            return template
        params = {k: service_text(v) if isinstance(v, ServiceText) else v for k, v in text.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a {name}: the Danish is right
            return str(text)
    return "" if text is None else str(text)


def portal_text(stored: str | None, kind=None) -> str:
    """A subject or first line the portal wrote itself ("Tid aflyst af patienten", "02.03.2026 kl.
    10.00 hos …"), in the user's language; a text the patient or the clinic wrote, as it is.
    ``kind``: the item's (an e-consultation's subject is people's words but for its defaults)."""
    return service_text(portal_texts.recognise(stored, written_by_people=kind == ItemKind.ECONSULT))


def error_text(exc: BaseException, fallback: str | None = None) -> str:
    """A domain error's message in the user's language (its Danish message when not marked); any
    other exception as ``fallback`` (what the caller was doing, "… kunne ikke gemmes"), else a
    general message."""
    if isinstance(exc, ClinicDeskError):
        return service_text(exc.message)
    if fallback is not None:
        return fallback
    # never an exception's own text on screen: it is technical and may quote what was typed
    return QCoreApplication.translate("ServiceText", "Der opstod en uventet fejl. Prøv igen; kontakt IT, hvis det varer ved.")


__all__ = ["service_text", "portal_text", "error_text"]
