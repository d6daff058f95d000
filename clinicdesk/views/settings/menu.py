"""Filer → "Indstillinger for patientportalen…" (Ctrl+,), for administrators only.

It follows ``actor_changed``: a shared staff member who switches to a clinic where
they are not an administrator loses the entry (``views.menu_plugin``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.permissions import Perm
from clinicdesk.views.menu_plugin import PermissionDialogPlugin


class _SettingsPlugin(PermissionDialogPlugin):
    perm = Perm.EDIT_CLINIC_SETTINGS

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("SettingsDialog", "Indstillinger for patientportalen…"),
                         "openClinicSettings", shortcut="Ctrl+,")
        window.extra_shortcut_rows.append(
            lambda: [("Ctrl+,", QCoreApplication.translate("SettingsDialog", "Indstillinger for patientportalen"))]
            if window.actor.can(Perm.EDIT_CLINIC_SETTINGS) else [])

    def make_dialog(self, db, actor, parent):
        from clinicdesk.views.settings.dialog import SettingsDialog  # imported when first opened

        return SettingsDialog(db, actor, parent)


def install_settings(window) -> _SettingsPlugin:
    plugin = _SettingsPlugin(window)
    window.clinic_settings = plugin
    return plugin
