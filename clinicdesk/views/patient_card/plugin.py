"""The main window's side of the patient card: Filer → "Find patient…" and the open cards.

``install_patient_card(window)`` adds Filer → "Find patient…" (Ctrl+Shift+P), keeps the
cards it opens and closes them on a clinic switch. ``open_patient_card(parent, db, actor,
patient_id, context=...)`` opens a card from anywhere (the inbox's "Patientkort" button uses
it with its item's context, ``audit_lookups.inbox_context(item_id)``).

Why a card is opened goes into the log of lookups: from an inbox item, the item; without
one (Find patient), the reason chosen first in :class:`LookupReasonDialog` (one key). The
card then looks up as ``actor.with_context(context)``, so its history carries the reason too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from clinicdesk.views.patient_card.lookup_reason import LookupReasonDialog
from clinicdesk.views.patient_card.search import PatientSearchDialog

FIND_PATIENT_KEYS = "Ctrl+Shift+P"


def open_patient_card(parent: QWidget | None, db, actor, patient_id: int, *, context: str = ""):
    """Open a card for a reason (``context``; none: the reason is asked first, and the asking
    dialog is returned). In a main window with the plugin installed the card is tracked
    (closed on a clinic switch)."""
    plugin = getattr(parent, "patient_cards", None)
    if isinstance(plugin, _PatientCardPlugin) and plugin.window.actor == actor:
        return plugin.open_card(patient_id, context)
    if not context:
        return ask_reason(parent, lambda ctx: _show_card(parent, db, actor, patient_id, ctx))
    return _show_card(parent, db, actor, patient_id, context)


def ask_reason(parent: QWidget | None, then) -> LookupReasonDialog:
    """Ask why (one key); ``then(context)`` runs when a reason is chosen, nothing on Escape."""
    dlg = LookupReasonDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.reason_chosen.connect(then)
    dlg.open()
    dlg.activateWindow()
    return dlg


def _show_card(parent: QWidget | None, db, actor, patient_id: int, context: str):
    # the card is imported when a card opens: the inbox imports this module for its "Patientkort"
    # button while the card's history tab uses the inbox's labels (no import cycle at start-up)
    from clinicdesk.views.patient_card.card import PatientCard

    card = PatientCard(db, actor.with_context(context), patient_id, parent)
    card.setWindowFlag(Qt.WindowType.Window, True)
    card.show()
    card.activateWindow()
    return card


class _PatientCardPlugin:
    """Keeps the window's find action and open cards; closes cards on a clinic switch."""

    def __init__(self, window):
        self.window = window
        self.cards: list = []  # PatientCard
        self.search: PatientSearchDialog | None = None
        self.reason_dialog: LookupReasonDialog | None = None
        act = QAction(QCoreApplication.translate("PatientCard", "Find patient…"), window)
        act.setObjectName("findPatientAction")
        act.setShortcut(QKeySequence(FIND_PATIENT_KEYS))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(self.find_patient)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        if first is not None:
            window.file_menu.insertAction(first, act)
            window.file_menu.insertSeparator(first)
        else:
            window.file_menu.addAction(act)
        window.addAction(act)
        self.action = act
        window.actor_changed.connect(self._actor_changed)
        window.extra_shortcut_rows.append(lambda: [
            (FIND_PATIENT_KEYS, QCoreApplication.translate("PatientCard", "Find patient (patientkort)")),
            ("Alt+H", QCoreApplication.translate("PatientCard", "Patientkort: fanen Historik (Enter åbner en linje "
                                                 "til læsning)")),
            ("Alt+P", QCoreApplication.translate("PatientCard", "Patientkort: spær portalbrugeren (med begrundelse)")),
            ("Alt+I", QCoreApplication.translate("PatientCard", "Patientkort: åbn portalbrugeren igen (med "
                                                 "begrundelse)")),
            ("Ctrl+Enter", QCoreApplication.translate("PatientCard", "Begrundelse for spærring/genåbning: bekræft")),
        ])

    def find_patient(self) -> PatientSearchDialog:
        if self.search is not None:
            self.search.close()
        dlg = PatientSearchDialog(self.window.db, self.window.actor, self.window, where="find_patient")
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.patient_chosen.connect(self.open_card)
        dlg.destroyed.connect(lambda *_: setattr(self, "search", None))
        self.search = dlg
        dlg.open()
        dlg.activateWindow()
        dlg.term.setFocus()
        return dlg

    def open_card(self, patient_id: int, context: str = ""):
        """The card for a reason; without one the reason is asked first (returns the asking dialog)."""
        if not context:
            if self.reason_dialog is not None:
                self.reason_dialog.close()
            dlg = ask_reason(self.window, lambda ctx: self.open_card(patient_id, ctx))
            dlg.destroyed.connect(lambda *_: setattr(self, "reason_dialog", None) if self.reason_dialog is dlg
                                  else None)
            self.reason_dialog = dlg
            return dlg
        card = _show_card(self.window, self.window.db, self.window.actor, patient_id, context)
        self.cards.append(card)
        card.destroyed.connect(lambda *_, c=card: self.cards.remove(c) if c in self.cards else None)
        return card

    def _actor_changed(self, _actor) -> None:
        # a card belongs to the clinic it was opened for
        for card in list(self.cards):
            card.close()


def install_patient_card(window) -> _PatientCardPlugin:
    plugin = _PatientCardPlugin(window)
    window.patient_cards = plugin
    return plugin
