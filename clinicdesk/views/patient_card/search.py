"""Filer → "Find patient…": CPR or name → the clinic's patients; Enter opens the chosen card.

The search runs through ``services.inbox.search_patients`` (audited as a search, with where
it was made) off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from clinicdesk.services import inbox
from clinicdesk.views.patient_card.common import error_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone


class PatientSearchDialog(QDialog):
    """CPR or name → a list of the clinic's patients; Enter opens the chosen one."""

    patient_chosen = Signal(int)

    def __init__(self, db, actor, parent: QWidget | None = None, *, where: str = "find_patient"):
        super().__init__(parent)
        self._db, self._actor, self._where = db, actor, where  # where: the log's "Søgning (…)"
        self.setObjectName("patientSearch")
        self.setWindowTitle(self.tr("Find patient"))
        self.resize(460, 360)
        lay = QVBoxLayout(self)
        term_label = QLabel(self.tr("CPR-nummer eller navn:"), self)
        lay.addWidget(term_label)
        self.term = QLineEdit(self)
        self.term.setObjectName("patientSearchTerm")
        term_label.setBuddy(self.term)
        self.term.setPlaceholderText(self.tr("fx 010180-1234 eller Hansen"))
        self.term.returnPressed.connect(self._enter)
        lay.addWidget(self.term)
        self.results = QListWidget(self)
        self.results.setObjectName("patientSearchResults")
        self.results.setAccessibleName(self.tr("Fundne patienter"))
        self.results.itemActivated.connect(self._choose_item)
        lay.addWidget(self.results, 1)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Åbn patientkort"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.open_button, close):  # Enter belongs to the search field (no double search)
            b.setAutoDefault(False)
            b.setDefault(False)
        self.open_button.clicked.connect(self._enter)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._searched = ""
        self._searching = False

    def _enter(self) -> None:
        if self._searching:
            return
        term = self.term.text().strip()
        if self.results.count() and term == self._searched and self.results.currentItem() is not None:
            self._choose_item(self.results.currentItem())
            return
        if len(term) < 2:
            set_tone(self.status, "error")
            self.status.setText(self.tr("Skriv mindst to tegn: et CPR-nummer eller en del af navnet."))
            return
        set_tone(self.status, None)
        self.status.setText(self.tr("Søger …"))
        self._searched = term
        self._searching = True
        run_in_background(inbox.search_patients, self._db, self._actor, term, where=self._where,
                          on_done=self._found, on_error=self._failed, context=self)

    def _found(self, hits) -> None:
        self._searching = False
        self.results.clear()
        for h in hits:
            item = QListWidgetItem(f"{h.cpr_display}   {h.name}")
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.results.addItem(item)
        if len(hits) == 1:
            self.status.setText("")
            self.patient_chosen.emit(hits[0].id)
            self.accept()
            return
        if not hits:
            self.status.setText(self.tr("Ingen patienter hos klinikken passer på søgningen."))
            return
        self.status.setText(self.tr("%n patienter. Vælg en og tryk Enter.", "", len(hits)))
        self.results.setCurrentRow(0)
        self.results.setFocus()

    def _failed(self, exc) -> None:
        self._searching = False
        set_tone(self.status, "error")
        self.status.setText(error_text(exc))

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.patient_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
