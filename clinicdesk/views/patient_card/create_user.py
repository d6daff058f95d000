"""The "Opret portalbruger" confirmation: the login method, and where the activation link goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from clinicdesk.domain.enums import LoginMethod
from clinicdesk.services import patients as svc
from clinicdesk.views.tones import set_tone


class CreatePortalUserDialog(QDialog):
    """Choose the login method and confirm; the card does the work."""

    def __init__(self, card: svc.PatientCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createPortalUser")
        self.setWindowTitle(self.tr("Opret portalbruger"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Patienten får en e-mail med et link til at aktivere sin bruger på patientportalen."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        who = QLabel(f"{card.name} ({card.cpr})", self)
        who.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        form.addRow(self.tr("Patient:"), who)
        mail = QLabel(card.email or self.tr("ingen e-mailadresse"), self)
        mail.setTextFormat(Qt.TextFormat.PlainText)
        if not card.email:
            set_tone(mail, "error")
        form.addRow(self.tr("Link sendes til:"), mail)
        self.method = QComboBox(self)
        self.method.setObjectName("loginMethod")
        if card.has_mitid:
            self.method.addItem(self.tr("MitID"), LoginMethod.MITID.value)
        self.method.addItem(self.tr("Adgangskode og sikkerhedskode på e-mail (uden MitID)"), LoginMethod.SECURITY_CODE.value)
        form.addRow(self.tr("Login:"), self.method)
        lay.addLayout(form)
        if not card.has_mitid:
            note = QLabel(self.tr("Patienten har ikke MitID og får derfor login med sikkerhedskode."), self)
            note.setWordWrap(True)
            lay.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Opret og send link"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if not card.email:
            missing = QLabel(self.tr("Linket kan ikke sendes uden en e-mailadresse. Få patientens e-mailadresse "
                                     "først."), self)
            missing.setWordWrap(True)
            set_tone(missing, "error")
            lay.addWidget(missing)
            self.ok_button.setEnabled(False)
        lay.addWidget(buttons)

    @property
    def login_method(self) -> LoginMethod:
        return LoginMethod(self.method.currentData())
