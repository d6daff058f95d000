"""The patient card: tabs "Stamdata", "Kommunikation" and "Historik".

One module per capability: this one holds the window, the "Stamdata" tab (basic data,
the clinic's e-mail and mobile; "Rediger…" opens ``views/patients/edit_dialog.py`` for CPR,
names, contact and guardians) and the loading; ``communication.py`` the rights and the
portal user, ``portal_status.py`` blocking and reopening it, ``history.py`` the history.

All database work runs through ``run_in_background``; errors are shown in Danish in
the card and the staff member's choices are kept (a stale save offers "Genindlæs").
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from clinicdesk.domain.errors import StaleData
from clinicdesk.services import patient_records as records
from clinicdesk.services import patients as svc
from clinicdesk.services.permissions import Perm
from clinicdesk.views.service_text import service_text
from clinicdesk.views.patient_card.common import error_text
from clinicdesk.views.patient_card.communication import CommunicationTab
from clinicdesk.views.patient_card.create_user import CreatePortalUserDialog
from clinicdesk.views.patient_card.history import HistoryTab
from clinicdesk.views.patient_card.portal_status import PortalStatusSection
from clinicdesk.views.patients.edit_dialog import PatientEditDialog
from clinicdesk.views.safety.notes import AddressProblemRow
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import colour, set_tone


class PatientCard(CommunicationTab, PortalStatusSection, QDialog):
    """One patient's card. Non-modal; several may be open."""

    saved = Signal(object)  # services.patients.PatientCard

    def __init__(self, db, actor, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor, self.patient_id = db, actor, patient_id
        self.card: svc.PatientCard | None = None
        self.create_dialog: CreatePortalUserDialog | None = None
        self.edit_dialog: PatientEditDialog | None = None
        self.setObjectName("patientCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Patientkort"))  # no patient data in titles
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        self.header = QLabel(self.tr("Henter patienten …"), self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        # the safety net: a red line when the mail server refused the patient's address ("Adressen virker")
        self.address_problem = AddressProblemRow(db, actor, self)
        lay.addWidget(self.address_problem)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("patientCardTabs")
        self.tabs.addTab(self._build_basic(), self.tr("Stamdata"))
        self.tabs.addTab(self._build_comm(), self.tr("Kommunikation"))
        self.history_tab = HistoryTab(db, actor, patient_id, self)
        self.tabs.addTab(self.history_tab, self.tr("&Historik"))
        self.tabs.currentChanged.connect(self._tab_changed)
        lay.addWidget(self.tabs, 1)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("patientCardStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        self.reload_button = QPushButton(self.tr("Genindlæs"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        self.close_button = QPushButton(self.tr("Luk"), self)
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.reload()

    # ------------------------------------------------------------------ building
    def _value(self, name: str) -> QLabel:
        lab = QLabel("", self)
        lab.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        lab.setObjectName(name)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setWordWrap(True)
        return lab

    def _build_basic(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.f_name = self._value("name")
        self.f_cpr = self._value("cpr")
        self.f_age = self._value("age")
        self.f_address = self._value("address")
        self.f_email = QLineEdit(self)
        self.f_email.setObjectName("email")
        self.f_email.setPlaceholderText(self.tr("ingen e-mailadresse"))
        self.f_mobile = QLineEdit(self)
        self.f_mobile.setObjectName("mobile")
        self.f_mobile.setPlaceholderText(self.tr("intet mobilnummer"))
        for edit in (self.f_email, self.f_mobile):
            edit.textEdited.connect(self._contact_edited)
        self.f_guardians = self._value("guardians")
        self.f_children = self._value("children")
        form.addRow(self.tr("Navn:"), self.f_name)
        form.addRow(self.tr("CPR-nummer:"), self.f_cpr)
        form.addRow(self.tr("Alder:"), self.f_age)
        form.addRow(self.tr("Adresse:"), self.f_address)
        form.addRow(self.tr("E-mail (klinikkens):"), self.f_email)
        form.addRow(self.tr("Mobil (klinikkens):"), self.f_mobile)
        form.addRow(self.tr("Forældre (værger):"), self.f_guardians)
        form.addRow(self.tr("Børn:"), self.f_children)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Rediger…"), page)
        self.edit_button.setObjectName("editPatient")
        self.edit_button.setToolTip(self.tr("CPR-nummer, navn, adresse, kontakt og forældre (værger)"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_patient)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.save_contact_button = QPushButton(self.tr("Gem &kontaktoplysninger"), page)
        self.save_contact_button.setObjectName("saveContact")
        self.save_contact_button.setEnabled(False)
        self.save_contact_button.clicked.connect(self.save_contact)
        row.addWidget(self.save_contact_button)
        form.addRow(row)
        return page

    # ------------------------------------------------------------------ state
    def _say(self, text: str, tone: str | None = None) -> None:
        set_tone(self.status, tone)
        self.status.setText(text)

    def _show_header(self) -> None:
        """The name and, quieter, the CPR number, in the muted tone of the scheme in use."""
        if getattr(self, "card", None) is not None:  # (a change event may come before the card is built)
            self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{escape(self.card.name)}</span>"
                                f"&nbsp;&nbsp;<span style='color:{colour('muted').name()}'>{escape(self.card.cpr)}</span>")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's scheme changed: the header follows
            self._show_header()

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self._is_dirty())
        self.save_contact_button.setEnabled(not busy and self._contact_dirty()
                                            and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))
        self.edit_button.setEnabled(not busy and self.card is not None and self._actor.can(records.EDIT_PERM))
        can_create = self.card is not None and self.card.can_create_portal_user and self._actor.can(Perm.CREATE_PORTAL_USER)
        self.create_button.setEnabled(not busy and can_create)
        self._portal_status_busy(busy)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_tab:
            self.history_tab.load()  # each opening of the tab is one audited look-up

    def reload(self) -> None:
        self.reload_button.hide()
        self._say(self.tr("Henter …"))
        run_in_background(svc.open_patient_card, self._db, self._actor, self.patient_id,
                          on_done=self._loaded, on_error=self._failed, context=self)
        if self.tabs.currentWidget() is self.history_tab:
            self.history_tab.load()

    def _loaded(self, card: svc.PatientCard, message: str = "", keep_input: bool = True) -> None:
        keep_contact = self._contact_input() if keep_input and self._contact_dirty() else None
        self.card = card
        self._show_header()
        none = self.tr("(ingen)")
        self.f_name.setText(card.name)
        self.f_cpr.setText(card.cpr)
        self.f_age.setText(self.tr("%n år", "", card.age) if card.age is not None else self.tr("ukendt"))
        self.f_address.setText(card.address or none)
        if keep_contact is None:
            self.f_email.setText(card.email)
            self.f_mobile.setText(card.mobile)
        self.f_guardians.setText("\n".join(f"{r.name} ({r.cpr})" for r in card.guardians) or none)
        self.f_children.setText("\n".join(f"{r.name} ({r.cpr})" for r in card.children) or none)
        editable = self._actor.can(Perm.EDIT_PATIENT_RIGHTS)
        self.f_email.setReadOnly(not editable)
        self.f_mobile.setReadOnly(not editable)
        self._show_comm(card)
        self.address_problem.load(self.patient_id)  # a changed address is no longer the refused one
        self._busy(False)
        self._say(message, "ok" if message else None)
        self.layout().activate()

    def _contact_input(self) -> tuple[str, str]:
        return self.f_email.text().strip(), self.f_mobile.text().strip()

    def _contact_dirty(self) -> bool:
        return self.card is not None and self._contact_input() != (self.card.email, self.card.mobile)

    def _contact_edited(self, *_):
        self.save_contact_button.setEnabled(self._contact_dirty() and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))

    def save_contact(self) -> None:
        if self.card is None or not self._contact_dirty():
            return
        email, mobile = self._contact_input()
        self._busy(True)
        self._say(self.tr("Gemmer …"))
        run_in_background(svc.update_contact, self._db, self._actor, self.patient_id, email, mobile,
                          self.card.patient_version, on_done=self._contact_saved, on_error=self._failed, context=self)

    def _contact_saved(self, card: svc.PatientCard) -> None:
        self._loaded(card, self.tr("Kontaktoplysningerne er gemt."), keep_input=False)
        self.saved.emit(card)

    def edit_patient(self) -> PatientEditDialog | None:
        """"Rediger…": the basic data in a form; the card reloads when it is saved."""
        if self.card is None or not self.edit_button.isEnabled():
            return None
        if self.edit_dialog is not None:
            self.edit_dialog.activateWindow()
            return self.edit_dialog
        dlg = PatientEditDialog(self._db, self._actor, self.patient_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._patient_saved)
        dlg.finished.connect(lambda *_: setattr(self, "edit_dialog", None))
        self.edit_dialog = dlg
        dlg.open()
        return dlg

    def _patient_saved(self, form) -> None:
        message = service_text(form.message)
        self._say(message, "ok")
        run_in_background(svc.open_patient_card, self._db, self._actor, self.patient_id,
                          on_done=lambda card: self._after_edit(card, message), on_error=self._failed,
                          context=self)

    def _after_edit(self, card: svc.PatientCard, message: str) -> None:
        self._loaded(card, message, keep_input=False)
        self.saved.emit(card)

    def _failed(self, exc) -> None:
        self._busy(False)
        self._say(error_text(exc), "error")
        if isinstance(exc, StaleData) or self.card is None:
            self.reload_button.show()
