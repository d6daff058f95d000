"""Translated labels for domain values the services name in Danish (roles, audit actions, …).

The services keep one Danish label per value (``permissions.ROLE_LABELS_DA``);
views show it through Qt's translation, so ``--lang en`` shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import Role
from clinicdesk.services.permissions import ROLE_LABELS_DA
from clinicdesk.views.service_text import service_text

# for lupdate: the same texts as ROLE_LABELS_DA
_ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("Roles", "Sekretær"),
    QT_TRANSLATE_NOOP("Roles", "Sygeplejerske"),
    QT_TRANSLATE_NOOP("Roles", "Læge"),
    QT_TRANSLATE_NOOP("Roles", "Administrator"),
)


def translated_label(context: str, label) -> str:
    """A Danish label computed in a service, in the user's language: its translation under
    ``context`` (the view's QT_TRANSLATE_NOOP list), else the service's own ``say`` marking."""
    shown = QCoreApplication.translate(context, str(label))
    return shown if shown != str(label) else service_text(label)


def role_label(role: Role) -> str:
    """The role's name in the user interface language ("Sekretær" / "Receptionist")."""
    return translated_label("Roles", ROLE_LABELS_DA[role])


def action_label(label_da) -> str:
    """An audit action's Danish label (``services.audit_log.ACTION_LABELS_DA``) in the user's language."""
    return translated_label("AuditAction", label_da)
