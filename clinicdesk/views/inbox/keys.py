"""The inbox's keyboard: one QAction per row of the shortcut table, and what each one does.

The keys themselves are declared once in ``shortcuts.py``; here they become
actions on the right widget (list-only keys on the table, so typing a letter in
a field never moves the list) and ``InboxKeys.trigger`` routes each to the view,
the detail pane or the open kind's pane. ``ShortcutsDialog`` lists them (F1).
Rows marked ``typed`` (Alt+1 … Alt+9 favourites, abbreviation + Tab) are keys of
the text boxes themselves and get no action here. "Send og næste" (Ctrl+Enter)
sends the answer and opens the next item of the list the user works in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from clinicdesk.services.inbox import Folder
from clinicdesk.views.inbox import shortcuts as sc

FOLDER_ACTIONS = {
    "folder_new": Folder.NEW, "folder_mine": Folder.MINE, "folder_all_open": Folder.ALL_OPEN,
    "folder_awaiting_patient": Folder.AWAITING_PATIENT, "folder_overdue": Folder.OVERDUE,
    "folder_done": Folder.DONE, "folder_econsult": Folder.ECONSULT, "folder_renewal": Folder.RENEWAL,
    "folder_booking": Folder.BOOKING, "folder_signup": Folder.SIGNUP, "folder_urgent": Folder.URGENT,
}
# keys that belong to the list only (single letters, arrows, Enter must not fire while typing)
LIST_ONLY = {"next", "previous", "open"}
# keys that belong to the detail pane
DETAIL_ONLY = {"to_list"}


class ShortcutsDialog(QDialog):
    """The inbox's keyboard shortcuts, generated from shortcuts.SHORTCUTS."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inboxShortcutsDialog")
        self.setWindowTitle(self.tr("Tastaturgenveje i indbakken"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(sc.html_table())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.resize(620, 640)


class InboxKeys(QObject):
    """The actions of an ``InboxView`` (``actions_by_id``) and their dispatch."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.actions_by_id: dict[str, QAction] = {}
        for spec in sc.SHORTCUTS:
            if spec.typed:
                continue
            act = QAction(spec.label, view)
            act.setObjectName(f"inbox_{spec.id}")
            act.setShortcuts([QKeySequence(k) for k in spec.keys])
            if spec.id in LIST_ONLY:
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                view.table.addAction(act)
            elif spec.id in DETAIL_ONLY:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                view.detail.addAction(act)
            else:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                view.addAction(act)
            act.triggered.connect(lambda _c=False, sid=spec.id: self.trigger(sid))
            self.actions_by_id[spec.id] = act
        view.detail.econsult.send_next_button.clicked.connect(self.send_and_next)

    def trigger(self, action_id: str) -> None:
        """What every key of the shortcut table does."""
        view, detail = self.view, self.view.detail
        if action_id in FOLDER_ACTIONS:
            view.folders.select_folder(FOLDER_ACTIONS[action_id])
            view.table.setFocus()
            return
        simple = {
            "next": lambda: view.move(1),
            "previous": lambda: view.move(-1),
            "open": view.open_current,
            "search": lambda: (view.search_edit.setFocus(), view.search_edit.selectAll()),
            "filters": lambda: view.provider_combo.setFocus(),
            "reload": view.reload,
            "to_list": view.focus_list,
            "assign": detail.show_assign_menu,
            "release": detail.release_current,
            "take_next": view.take_next,
            "mark_done": detail.mark_done,
            "reopen": lambda: detail.reopen_button.isVisible() and detail.reopen_button.isEnabled()
            and detail.reopen_button.click(),
            "shortcuts": view.show_shortcuts,
            "patient_card": detail.open_patient_card,
        }
        if action_id in simple:
            simple[action_id]()
            return
        if action_id == "new_thread":
            detail.econsult.new_thread()
            return
        if action_id == "send_next":
            self.send_and_next()
            return
        pane = detail.current_pane()
        if pane is not None:
            pane.handle(action_id)

    # ------------------------------------------------------------------ "Send og næste"
    def _next_after(self, item_id: int) -> int | None:
        """The item after ``item_id`` in the list (else the first from the top) that nobody else holds."""
        rows = self.view.model.rows()
        me = self.view.actor.staff_id
        i = next((n for n, r in enumerate(rows) if r.id == item_id), -1)
        order = rows[i + 1:] + rows[:max(i, 0)] if i >= 0 else rows
        for r in order:
            if r.id != item_id and r.claimed_by_id in (None, me):
                return r.id
        return None

    def send_and_next(self) -> None:
        """Ctrl+Enter: send the answer; once it is stored, open the next item of the list."""
        detail = self.view.detail
        pane = detail.current_pane()
        if pane is None or detail.current is None:
            return
        if pane is not detail.econsult:
            pane.handle("send_next")
            return
        sent_id = detail.current.detail.id
        next_id = self._next_after(sent_id)
        pane.send(then=lambda _res: QTimer.singleShot(0, lambda: self._open_after_send(sent_id, next_id)))

    def _open_after_send(self, sent_id: int, next_id: int | None) -> None:
        view = self.view
        if next_id is None or view.detail.item_id not in (sent_id, None):
            return  # nothing left to take, or the user has moved on already
        row = view.model.row_of(next_id)
        if row < 0:
            return
        view.table.setCurrentIndex(view.model.index(row, 0))
        view.open_current()
