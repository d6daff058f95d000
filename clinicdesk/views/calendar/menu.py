"""Filer → "Kalender…" for everyone who handles bookings (``Perm.DECIDE_BOOKING``); the editing
tabs only for those who may edit the calendar (``services.calendar.admin.EDIT_PERM``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.permissions import Perm
from clinicdesk.views.calendar.dialog import CalendarDialog
from clinicdesk.views.menu_plugin import PermissionDialogPlugin


class _CalendarPlugin(PermissionDialogPlugin):
    perm = Perm.DECIDE_BOOKING

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("CalendarDialog", "Kalender…"), "openCalendar")

    def make_dialog(self, db, actor, parent) -> CalendarDialog:
        return CalendarDialog(db, actor, parent)


def install_calendar(window) -> _CalendarPlugin:
    plugin = _CalendarPlugin(window)
    window.calendar = plugin
    return plugin
