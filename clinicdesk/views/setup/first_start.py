"""The first start on an empty database: create your own clinic, or try the demo clinic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartDialog(QDialog):
    """Two choices; ``setup_chosen`` or ``demo_chosen`` (closing the dialog rejects it: quit)."""

    setup_chosen = Signal()
    demo_chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Velkommen til clinicdesk"))
        heading = QLabel(self.tr("Velkommen til clinicdesk"), self)
        heading.setObjectName("firstStartHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Databasen er tom. Opret jeres egen klinik – med navn, portallink, ydernummer, åbningstider og den "
            "første administrator – eller prøv programmet på en opdigtet demoklinik med personale, patienter og en "
            "fyldt indbakke."), self)
        text.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("&Opret jeres klinik"), self)
        self.setup_button.setObjectName("setupButton")
        self.setup_button.setDefault(True)
        self.setup_button.setAutoDefault(True)
        self.demo_button = QPushButton(self.tr("&Prøv med en demoklinik"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAutoDefault(True)
        note = QLabel(self.tr("Demoklinikken kan ikke senere gøres til en rigtig klinik: brug en ny database til "
                              "jeres egen."), self)
        note.setWordWrap(True)
        note.setObjectName("firstStartNote")
        note.setEnabled(False)
        self.setup_button.clicked.connect(self._setup)
        self.demo_button.clicked.connect(self._demo)

        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.setMinimumWidth(520)
        self.setup_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _setup(self) -> None:
        self.accept()
        self.setup_chosen.emit()

    def _demo(self) -> None:
        self.accept()
        self.demo_chosen.emit()
