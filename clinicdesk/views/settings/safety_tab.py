"""The "Haster" tab of the settings: the safety net's settings, the urgent-word lists, the shipped ones and
the clinic's own lines.

The safety net's settings (``domain.settings.SAFETY_SETTINGS``: minutes before an unopened urgent item
is escalated, working days before an unread "skal læses" answer gives a task, the receipt mail) are
loaded with ``services.safety.settings.safety_settings`` and saved with the tab's own button
("Gem sikkerhedsnettet", ``save_safety_settings``): they live in their own table with their own
version, like the word lines (saved at once), not in the dialog's one ``save_settings`` under "Gem".

Intended purpose: highlighting for staff, not triage. The tab shows each list as shipped (read only,
plain text from resources/safety/) and the clinic's own lines, which an administrator adds and
removes here (``services.safety.terms``; each change is saved at once and audited). "Prøv en tekst"
shows what the lists, with the clinic's lines, would highlight in a text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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

from clinicdesk.domain.errors import ClinicDeskError, StaleData
from clinicdesk.domain.settings import SAFETY_SETTINGS
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety import detect
from clinicdesk.services.safety.lists import LIST_NAMES, default_text
from clinicdesk.services.safety.settings import save_safety_settings, safety_settings
from clinicdesk.services.safety.terms import LIST_LABELS_DA, add_term, list_terms, remove_term
from clinicdesk.views.service_text import error_text, service_text
from clinicdesk.views.settings.fields import SettingField, add_settings, tab_in_order
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone

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
            self.list_choice.addItem(service_text(LIST_LABELS_DA[name]), name)
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
        set_tone(self.error, "error")
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
        lay.addWidget(self._build_net())
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
        self.load_net()
        tab_in_order(*(f.widget for f in self.net_fields.values()), self.net_save, self.list_choice, self.shipped, self.own, self.new_line, self.add_button, self.remove_button, self.try_text)  # noqa: E501 - reading order: the net first

    # ------------------------------------------------------------------ the safety net's settings
    def _build_net(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sikkerhedsnet"), self)
        box.setObjectName("safetyNetBox")
        form = QFormLayout(box)
        self.net_fields: dict[str, SettingField] = {}
        self.net_values = None  # services.safety.settings.SafetyValues as loaded or saved
        add_settings(form, SAFETY_SETTINGS, self.net_fields, self._net_edited)
        self.net_save = QPushButton(self.tr("Gem sikkerhedsnettet"), box)
        self.net_save.setObjectName("safetyNetSave")
        self.net_save.setToolTip(self.tr("Gemmer de tre indstillinger ovenfor med det samme (ikke med dialogens Gem)"))
        self.net_save.setEnabled(False)
        self.net_save.clicked.connect(self.save_net)
        self.net_status = _plain_label("", box)
        self.net_status.setObjectName("safetyNetStatus")
        row = QHBoxLayout()
        row.addWidget(self.net_status, 1)
        row.addWidget(self.net_save)
        form.addRow(row)
        for f in self.net_fields.values():
            f.widget.setEnabled(self.may_edit)
        return box

    def load_net(self) -> None:
        run_in_background(safety_settings, self._db, self._actor, on_done=self._net_arrived,
                          on_error=self._net_failed, context=self)

    def _net_arrived(self, values, message: str = "") -> None:
        self.net_values = values
        for name, field in self.net_fields.items():
            field.set_value(getattr(values, name))
        set_tone(self.net_status, None)
        self.net_status.setText(message)
        self.net_save.setEnabled(False)

    def net_changes(self) -> dict:
        if self.net_values is None:
            return {}
        return {name: f.value() for name, f in self.net_fields.items() if f.value() != getattr(self.net_values, name)}

    def _net_edited(self, *_a) -> None:
        self.net_save.setEnabled(self.may_edit and bool(self.net_changes()))

    def save_net(self) -> None:
        changes = self.net_changes()
        if not self.may_edit or not changes:
            return
        for f in self.net_fields.values():
            f.set_error("")
        self.net_save.setEnabled(False)
        self.net_status.setText(self.tr("Gemmer …"))
        run_in_background(save_safety_settings, self._db, self._actor, changes, self.net_values.version,
                          on_done=lambda v: self._net_arrived(v, self.tr("Sikkerhedsnettet er gemt.")),
                          on_error=self._net_failed, context=self)

    def _net_failed(self, exc) -> None:
        self._net_edited()
        set_tone(self.net_status, "error")
        if not isinstance(exc, ClinicDeskError):
            self.net_status.setText(self.tr("Indstillingerne kunne ikke gemmes. Prøv igen."))
            return
        text = error_text(exc)
        if isinstance(exc, StaleData):  # changed elsewhere: show what is stored now, and say so
            text += " " + self.tr("Indstillingerne er hentet igen; ret dem, og gem igen.")
            run_in_background(safety_settings, self._db, self._actor, on_done=lambda v, t=text: self._net_arrived(v, t),
                              on_error=lambda _e: None, context=self)
        field = exc.details.get("field") if hasattr(exc, "details") else None
        if field in self.net_fields:
            self.net_fields[field].set_error(text)
            self.net_fields[field].widget.setFocus()
        self.net_status.setText(text)

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
