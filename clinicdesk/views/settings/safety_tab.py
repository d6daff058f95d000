"""The "Haster" tab of the settings: the urgent-word lists, the shipped ones and the clinic's own lines.

Intended purpose: highlighting for staff, not triage. The tab shows each list as shipped (read only,
plain text from resources/safety/) and the clinic's own lines, which an administrator adds and
removes here (``services.safety.terms``; each change is saved at once and audited). "Prøv en tekst"
shows what the lists, with the clinic's lines, would highlight in a text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety import detect
from clinicdesk.services.safety.lists import LIST_NAMES, default_text
from clinicdesk.services.safety.terms import LIST_LABELS_DA, add_term, list_terms, remove_term
from clinicdesk.views.service_text import error_text
from clinicdesk.views.worker import run_in_background

_ERROR_STYLE = "color: #b3261e;"


def _plain_label(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SafetyTab(QWidget):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("safetyTab")
        self._db = db
        self._actor = actor
        self.terms = ()
        self.may_edit = actor.can(Perm.EDIT_CLINIC_SETTINGS)
        intro = _plain_label(self.tr(
            "Beskeder fra patienter med ord fra listerne markeres \u201dHaster\u201d, og ordene fremhæves. "
            "Det er en fremhævning til personalet, ikke en vurdering: personalet læser og afgør. "
            "Ord med * dækker alle ord, der begynder sådan. Klinikkens egne linjer gemmes med det samme."), self)
        self.list_choice = QComboBox(self)
        self.list_choice.setObjectName("safetyListChoice")
        for name in LIST_NAMES:
            self.list_choice.addItem(self.tr(LIST_LABELS_DA[name]), name)
        self.list_choice.currentIndexChanged.connect(self._show_list)
        self.shipped = QPlainTextEdit(self)
        self.shipped.setObjectName("safetyShipped")
        self.shipped.setReadOnly(True)
        self.shipped.setAccessibleName(self.tr("Standardlisten"))
        self.own = QListWidget(self)
        self.own.setObjectName("safetyOwn")
        self.own.setAccessibleName(self.tr("Klinikkens egne linjer"))
        self.new_line = QLineEdit(self)
        self.new_line.setObjectName("safetyNewLine")
        self.new_line.setAccessibleName(self.tr("Nyt ord eller udtryk"))
        self.new_line.setPlaceholderText(self.tr("Nyt ord eller udtryk, fx hvepsestik i halsen"))
        self.new_line.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Tilføj"), self)
        self.add_button.setObjectName("safetyAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Fjern valgte"), self)
        self.remove_button.setObjectName("safetyRemove")
        self.remove_button.clicked.connect(self.remove)
        self.error = _plain_label("", self)
        self.error.setObjectName("safetyError")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.try_text = QLineEdit(self)
        self.try_text.setObjectName("safetyTry")
        self.try_text.setAccessibleName(self.tr("Prøv en tekst"))
        self.try_text.setPlaceholderText(self.tr("Prøv en tekst, fx: jeg har ondt i brystet"))
        self.try_text.textChanged.connect(self._try)
        self.try_result = _plain_label("", self)
        self.try_result.setObjectName("safetyTryResult")
        for w in (self.new_line, self.add_button, self.remove_button):
            w.setEnabled(self.may_edit)
        if not self.may_edit:
            self.new_line.setPlaceholderText(self.tr("Kun administratorer kan tilføje linjer"))

        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(_plain_label(self.tr("Standardlisten (følger med programmet):"), self))
        left.addWidget(self.shipped, 1)
        right = QVBoxLayout()
        right.addWidget(_plain_label(self.tr("Klinikkens egne linjer:"), self))
        right.addWidget(self.own, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_line, 1)
        add_row.addWidget(self.add_button)
        right.addLayout(add_row)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(_plain_label(self.tr("Liste:"), self))
        row.addWidget(self.list_choice, 1)
        lay.addLayout(row)
        lay.addLayout(lists, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.try_text)
        lay.addWidget(self.try_result)
        self._show_list()
        self.reload()

    # ------------------------------------------------------------------ showing
    @property
    def list_name(self) -> str:
        return self.list_choice.currentData()

    def reload(self) -> None:
        run_in_background(list_terms, self._db, self._actor, on_done=self._terms_arrived,
                          on_error=self._failed, context=self)

    def _terms_arrived(self, terms) -> None:
        self.terms = tuple(terms)
        self._show_list()

    def _show_list(self) -> None:
        name = self.list_name
        self.shipped.setPlainText(default_text(name))  # plain text: never markup
        self.own.clear()
        for t in self.terms:
            if t.list_name == name:
                it = QListWidgetItem(t.phrase)
                it.setData(Qt.ItemDataRole.UserRole, t.id)
                self.own.addItem(it)
        self._try()

    def _additions(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for t in self.terms:
            out.setdefault(t.list_name, []).append(t.phrase)
        return out

    def _try(self) -> None:
        text = self.try_text.text()
        if not text.strip():
            self.try_result.setText("")
            return
        found = detect(text, self._additions())
        self.try_result.setText(
            self.tr("Markeres \u201dHaster\u201d. Ord: %1").replace("%1", ", ".join(found.words)) if found.flagged
            else self.tr("Markeres ikke."))

    # ------------------------------------------------------------------ editing
    def add(self) -> None:
        if not self.may_edit:
            return
        text = self.new_line.text()
        self.error.setText("")
        run_in_background(add_term, self._db, self._actor, self.list_name, text,
                          on_done=lambda _row: self._changed(clear=True), on_error=self._failed, context=self)

    def remove(self) -> None:
        it = self.own.currentItem()
        if not self.may_edit or it is None:
            return
        self.error.setText("")
        run_in_background(remove_term, self._db, self._actor, it.data(Qt.ItemDataRole.UserRole),
                          on_done=lambda _r: self._changed(clear=False), on_error=self._failed, context=self)

    def _changed(self, clear: bool) -> None:
        if clear:
            self.new_line.clear()
        self.reload()

    def _failed(self, exc) -> None:
        if isinstance(exc, ClinicDeskError):
            self.error.setText(error_text(exc))  # a sentence saying what is wrong, in the user's language
        else:
            self.error.setText(self.tr("Listen kunne ikke gemmes. Prøv igen, og kontakt IT, hvis det varer ved."))
