"""Filer → "Personale…", for administrators (``Perm.MANAGE_STAFF``) of the clinic acted for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.permissions import Perm
from clinicdesk.views.menu_plugin import PermissionDialogPlugin


class _StaffPlugin(PermissionDialogPlugin):
    perm = Perm.MANAGE_STAFF

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("StaffDialog", "Personale…"), "openStaff")

    def make_dialog(self, db, actor, parent):
        from clinicdesk.views.staff.dialog import StaffDialog  # imported when first opened

        return StaffDialog(db, actor, parent)


def install_staff(window) -> _StaffPlugin:
    plugin = _StaffPlugin(window)
    window.staff_admin = plugin
    return plugin
