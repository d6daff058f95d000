"""Translated labels for domain values the services name in Danish (roles, …).

The services keep one Danish label per value (``permissions.ROLE_LABELS_DA``);
views show it through Qt's translation, so ``--lang en`` shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import Role
from clinicdesk.services.permissions import ROLE_LABELS_DA

# for lupdate: the same texts as ROLE_LABELS_DA
_ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("Roles", "Sekretær"),
    QT_TRANSLATE_NOOP("Roles", "Sygeplejerske"),
    QT_TRANSLATE_NOOP("Roles", "Læge"),
    QT_TRANSLATE_NOOP("Roles", "Administrator"),
)


def role_label(role: Role) -> str:
    """The role's name in the user interface language ("Sekretær" / "Receptionist")."""
    return QCoreApplication.translate("Roles", ROLE_LABELS_DA[role])
