"""One way to put a permission-bound dialog on the main window's Filer menu.

The action is in the menu only while the acting staff member has the permission,
follows clinic switches (``actor_changed``), and an open dialog closes when the
clinic changes: it was opened for the clinic the user no longer acts for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog


class PermissionDialogPlugin:
    """Subclasses set ``perm`` and implement ``make_dialog(db, actor, parent)``.

    Installing a plugin puts only its menu entry on the window: ``make_dialog`` imports the
    dialog's module when the dialog is first opened (a start imports no dialog it does not show)."""

    perm = None  # a services.permissions.Perm

    def __init__(self, window, text: str, object_name: str, shortcut: str | None = None):
        self.window = window
        self.dialog: QDialog | None = None
        self.action = QAction(text, window)
        self.action.setObjectName(object_name)
        if shortcut:
            self.action.setShortcut(QKeySequence(shortcut))
        self.action.triggered.connect(self.open)
        self._in_menu = False
        self._clinic_id = None
        window.actor_changed.connect(self._follow)
        self._follow(window.actor)

    def make_dialog(self, db, actor, parent) -> QDialog:  # pragma: no cover - abstract
        raise NotImplementedError

    def _follow(self, actor) -> None:
        allowed = actor.can(self.perm)
        menu = self.window.file_menu
        if allowed and not self._in_menu:
            before = next((a for a in menu.actions() if a.isSeparator()), None)
            menu.insertAction(before, self.action)
        elif not allowed and self._in_menu:
            menu.removeAction(self.action)
        if self.dialog is not None and actor.clinic_id != self._clinic_id:
            self.dialog.done(QDialog.DialogCode.Rejected)  # opened for the other clinic
        self._in_menu = allowed
        self._clinic_id = actor.clinic_id

    def open(self):
        if not self.window.actor.can(self.perm):
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dlg = self.make_dialog(self.window.db, self.window.actor, self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.finished.connect(self._closed)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _closed(self, *_):
        self.dialog = None
