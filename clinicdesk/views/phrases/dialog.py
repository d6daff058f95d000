"""The stock phrase dialog: "Klinikkens standardtekster" and "Mine standardtekster".

Everyone opens it: their own phrases are theirs to edit; the clinic's list can be
edited by those with ``Perm.EDIT_STOCK_PHRASES`` (administrators, doctors, nurses)
and is read-only for the others (it opens on "Mine standardtekster" for them).
``phrases_changed`` tells the main window that the composer's list is out of date.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from clinicdesk.services.permissions import Perm
from clinicdesk.views.phrases.tab import PhraseTab

TAB_CLINIC, TAB_PERSONAL = range(2)


class PhraseDialog(QDialog):
    phrases_changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("phraseDialog")
        self.setWindowTitle(self.tr("Standardtekster – %1").replace("%1", actor.clinic_name))
        self.clinic_tab = PhraseTab(db, actor, personal=False, editable=actor.can(Perm.EDIT_STOCK_PHRASES), parent=self)
        self.personal_tab = PhraseTab(db, actor, personal=True, editable=True, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.clinic_tab, self.tr("&Klinikkens standardtekster"))
        self.tabs.addTab(self.personal_tab, self.tr("&Mine standardtekster"))
        for tab in (self.clinic_tab, self.personal_tab):
            tab.changed.connect(self.phrases_changed)
            tab.reload()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)
        self.tabs.setCurrentIndex(TAB_CLINIC if self.clinic_tab.editable else TAB_PERSONAL)
        self.resize(980, 560)

    def current_tab(self) -> PhraseTab:
        return self.tabs.currentWidget()
