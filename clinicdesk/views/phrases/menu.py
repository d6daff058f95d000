"""Filer → "Standardtekster…" (everyone: their own phrases; the clinic's for those who may edit them).

After a change in the dialog, every open inbox detail pane reloads the phrases its
answer boxes offer (``PhraseKit.reload_phrases``), so a new phrase works at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicdesk.services.permissions import Perm
from clinicdesk.views.inbox.panes.phrases import reload_window_phrases
from clinicdesk.views.menu_plugin import PermissionDialogPlugin
from clinicdesk.views.phrases.dialog import PhraseDialog


class _PhrasePlugin(PermissionDialogPlugin):
    perm = Perm.HANDLE_ITEM  # everyone who answers has personal phrases

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("PhraseDialog", "Standardtekster…"), "openPhrases")

    def make_dialog(self, db, actor, parent) -> PhraseDialog:
        dlg = PhraseDialog(db, actor, parent)
        dlg.phrases_changed.connect(lambda: reload_window_phrases(self.window))
        return dlg


def install_phrases(window) -> _PhrasePlugin:
    plugin = _PhrasePlugin(window)
    window.phrase_admin = plugin
    return plugin
