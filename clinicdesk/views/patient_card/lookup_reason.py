"""Why is the card opened? A one-key choice before a patient card opens without an inbox item.

Sundhedsloven § 42 a allows a lookup only when it is needed for the patient's current
treatment; the log of lookups keeps the reason (``services.audit_lookups.reason_context``).
Keys: 1 Behandling, 2 Administration, 3 Patienten har bedt om det (each opens the card at
once), 4 Andet (a short text, then Enter); or the arrow keys and Enter. Escape opens nothing.
``reason_chosen(str)`` carries the stored context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import audit_lookups
from clinicdesk.views.patient_card.common import error_text
from clinicdesk.views.tones import set_tone

CHOICES = (
    (audit_lookups.TREATMENT, QT_TRANSLATE_NOOP("LookupReason", "&1  Behandling")),
    (audit_lookups.ADMINISTRATION, QT_TRANSLATE_NOOP("LookupReason", "&2  Administration")),
    (audit_lookups.PATIENT_REQUEST, QT_TRANSLATE_NOOP("LookupReason", "&3  Patienten har bedt om det")),
    (audit_lookups.OTHER, QT_TRANSLATE_NOOP("LookupReason", "&4  Andet:")),
)


class LookupReasonDialog(QDialog):
    """The reason for opening a patient card without an inbox item."""

    reason_chosen = Signal(str)  # the stored context, e.g. "reason:treatment"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lookupReason")
        self.setWindowTitle(self.tr("Hvorfor åbner du patientkortet?"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Et opslag må kun ske, når det er nødvendigt for patientens behandling. "
                               "Vælg grunden (tast 1-4); den står i loggen over opslag."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for reason, label in CHOICES:
            b = QRadioButton(QCoreApplication.translate("LookupReason", label), self)
            b.setObjectName(f"reason_{reason}")
            self.group.addButton(b)
            self.buttons[reason] = b
            lay.addWidget(b)
        self.other_text = QLineEdit(self)
        self.other_text.setObjectName("reasonOtherText")
        self.other_text.setMaxLength(audit_lookups.MAX_REASON_TEXT)
        self.other_text.setPlaceholderText(self.tr("kort begrundelse, fx telefon fra hjemmeplejen"))
        self.other_text.setEnabled(False)
        # Enter in the text reaches keyPressEvent below (the line edit passes it on)
        lay.addWidget(self.other_text)
        self.buttons[audit_lookups.OTHER].toggled.connect(self._other_toggled)
        self.error = QLabel("", self)
        self.error.setObjectName("reasonError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        box = QDialogButtonBox(self)
        self.open_button = box.addButton(self.tr("Åbn patientkort"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annuller"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.open_button, cancel):
            b.setAutoDefault(False)
        self.open_button.clicked.connect(self.confirm)
        cancel.clicked.connect(self.reject)
        lay.addWidget(box)
        self.buttons[audit_lookups.TREATMENT].setChecked(True)
        self.buttons[audit_lookups.TREATMENT].setFocus()

    def chosen(self) -> str:
        return next(r for r, b in self.buttons.items() if b.isChecked())

    def _other_toggled(self, on: bool) -> None:
        self.other_text.setEnabled(on)
        if on:
            self.other_text.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
        if event.key() in keys and not self.other_text.hasFocus():
            reason = CHOICES[keys[event.key()]][0]
            self.buttons[reason].setChecked(True)
            if reason != audit_lookups.OTHER:
                self.confirm()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            event.accept()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        if self.result() == QDialog.DialogCode.Accepted:
            return  # chosen already: one card per choice
        reason = self.chosen()
        try:
            context = audit_lookups.reason_context(reason, self.other_text.text())
        except ClinicDeskError as exc:  # said in Danish; the text is kept for mending
            self.error.setText(error_text(exc))
            self.error.show()
            self.other_text.setFocus()
            return
        self.error.hide()
        self.reason_chosen.emit(context)
        self.accept()
