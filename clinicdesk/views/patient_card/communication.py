"""The card's "Kommunikation" tab: the three portal rights and the portal user.

A mixin of :class:`~clinicdesk.views.patient_card.card.PatientCard` (it uses the card's
``_db``, ``_actor``, ``patient_id``, ``card``, ``_say``, ``_busy``, ``_loaded`` and
``_failed``). Its texts are in the "PatientCard" translation context, written out so
Qt's lupdate finds them. Blocking and reopening the portal user live in
``portal_status.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode
from clinicdesk.services import patients as svc
from clinicdesk.services.permissions import Perm
from clinicdesk.views.patient_card.common import local_date
from clinicdesk.views.patient_card.create_user import CreatePortalUserDialog
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone

translate = QCoreApplication.translate


class CommunicationTab:
    """Rights, the portal user's data and "Opret portalbruger" (mixed into PatientCard)."""

    def _combo(self, name: str, receive_only: bool) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(translate("PatientCard", "Tilladt"), RightMode.ALLOWED.value)
        if receive_only:
            box.addItem(translate("PatientCard", "Kun modtage"), RightMode.RECEIVE_ONLY.value)
        box.addItem(translate("PatientCard", "Spærret"), RightMode.BLOCKED.value)
        box.currentIndexChanged.connect(self._dirty)
        return box

    def _build_comm(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        rights = QFormLayout()
        self.econsult = self._combo("econsultRight", True)
        self.renewal = self._combo("renewalRight", False)
        self.booking = self._combo("bookingRight", False)
        rights.addRow(translate("PatientCard", "&E-konsultation:"), self.econsult)
        rights.addRow(translate("PatientCard", "&Receptfornyelse:"), self.renewal)
        rights.addRow(translate("PatientCard", "&Tidsbestilling:"), self.booking)
        lay.addLayout(rights)
        note = QLabel(translate("PatientCard", "Kun modtage: patienten kan læse og modtage beskeder fra klinikken, "
                                "men ikke selv skrive. Spærret: patienten kan stadig læse sin historik, men ikke "
                                "svare eller sende nye henvendelser."), page)
        note.setWordWrap(True)
        set_tone(note, "muted")
        lay.addWidget(note)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(translate("PatientCard", "&Gem"), page)
        self.save_button.setObjectName("saveRights")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        lay.addLayout(save_row)

        portal_title = QLabel("<b>" + translate("PatientCard", "Portalbruger") + "</b>", page)
        lay.addWidget(portal_title)
        pform = QFormLayout()
        self.p_status = self._value("portalStatus")
        self.p_method = self._value("loginMethod")
        self.p_email = self._value("portalEmail")
        self.p_mobile = self._value("portalMobile")
        self.p_since = self._value("registeredSince")
        pform.addRow(translate("PatientCard", "Status:"), self.p_status)
        pform.addRow(translate("PatientCard", "Login:"), self.p_method)
        pform.addRow(translate("PatientCard", "E-mail på portalen:"), self.p_email)
        pform.addRow(translate("PatientCard", "Mobil på portalen:"), self.p_mobile)
        pform.addRow(translate("PatientCard", "Tilmeldt klinikken siden:"), self.p_since)
        lay.addLayout(pform)
        self.mismatch = QLabel("", page)
        self.mismatch.setTextFormat(Qt.TextFormat.PlainText)
        self.mismatch.setObjectName("contactMismatch")
        self.mismatch.setWordWrap(True)
        set_tone(self.mismatch, "notice")
        self.mismatch.hide()
        lay.addWidget(self.mismatch)
        prow = QHBoxLayout()
        prow.addStretch(1)
        self.create_button = QPushButton(translate("PatientCard", "&Opret portalbruger…"), page)
        self.create_button.setObjectName("createPortalUser")
        self.create_button.clicked.connect(self.ask_create_portal_user)
        prow.addWidget(self.create_button)
        self._build_portal_status_buttons(page, prow)  # block / reopen (portal_status.py)
        lay.addLayout(prow)
        self._build_portal_events(page, lay)
        lay.addStretch(1)
        return page

    # ------------------------------------------------------------------ state
    def _chosen(self) -> tuple[RightMode, RightMode, RightMode]:
        return tuple(RightMode(b.currentData()) for b in (self.econsult, self.renewal, self.booking))

    def _is_dirty(self) -> bool:
        return self.card is not None and self._chosen() != (self.card.econsult, self.card.renewal, self.card.booking)

    def _dirty(self, *_):
        self.save_button.setEnabled(self._is_dirty() and self._actor.can(Perm.EDIT_PATIENT_RIGHTS))

    def _set_combo(self, box: QComboBox, mode: RightMode) -> None:
        box.blockSignals(True)
        idx = box.findData(mode.value)
        box.setCurrentIndex(idx if idx >= 0 else box.findData(RightMode.BLOCKED.value))
        box.blockSignals(False)

    def _show_comm(self, card: svc.PatientCard) -> None:
        for box, mode in ((self.econsult, card.econsult), (self.renewal, card.renewal), (self.booking, card.booking)):
            self._set_combo(box, mode)
        none = translate("PatientCard", "(ingen)")
        self.p_status.setText(self._status_text(card.portal_status))
        self.p_method.setText(self._method_text(card.login_method))
        self.p_email.setText(card.portal_email or "–")
        self.p_mobile.setText(card.portal_mobile or "–")
        self.p_since.setText(local_date(card.registered_since) or translate("PatientCard", "ikke tilmeldt portalen"))
        self.mismatch.setText(
            translate("PatientCard", "E-mail eller mobil på portalen er ikke de samme som i klinikkens oplysninger "
                      "(klinikkens: %1, %2). Patienten bliver bedt om at bekræfte dem ved næste login.")
            .replace("%1", card.email or none).replace("%2", card.mobile or none))
        self.mismatch.setVisible(card.contact_differs)
        self.create_button.setText(
            translate("PatientCard", "&Opret portalbruger…") if card.portal_status in (None, PortalAccountStatus.DELETED)
            else translate("PatientCard", "&Send aktiveringslink igen…"))
        self.create_button.setVisible(card.can_create_portal_user)
        editable = self._actor.can(Perm.EDIT_PATIENT_RIGHTS)
        for b in (self.econsult, self.renewal, self.booking):
            b.setEnabled(editable)
        self._show_portal_status(card)
        self.create_button.adjustSize()

    def _status_text(self, status) -> str:
        return {
            None: translate("PatientCard", "Ingen portalbruger"),
            PortalAccountStatus.PENDING: translate("PatientCard", "Oprettet, venter på at patienten aktiverer den"),
            PortalAccountStatus.ACTIVE: translate("PatientCard", "Aktiv"),
            PortalAccountStatus.BLOCKED: translate("PatientCard", "Spærret"),
            PortalAccountStatus.DELETED: translate("PatientCard", "Slettet"),
        }[status]

    def _method_text(self, method) -> str:
        if method is None:
            return "–"
        if method == LoginMethod.MITID:
            return translate("PatientCard", "MitID")
        return translate("PatientCard", "Adgangskode og sikkerhedskode på e-mail")

    # ------------------------------------------------------------------ actions
    def save(self) -> None:
        if self.card is None or not self._is_dirty():
            return
        e, r, b = self._chosen()
        self._busy(True)
        self._say(translate("PatientCard", "Gemmer …"))
        run_in_background(svc.set_rights, self._db, self._actor, self.patient_id, e, r, b, self.card.version,
                          on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, card: svc.PatientCard) -> None:
        self._loaded(card, translate("PatientCard", "Rettighederne er gemt."))
        self.saved.emit(card)

    def ask_create_portal_user(self) -> None:
        if self.card is None:
            return
        self.create_dialog = CreatePortalUserDialog(self.card, self)
        self.create_dialog.accepted.connect(self._create_confirmed)
        self.create_dialog.open()

    def _create_confirmed(self) -> None:
        method = self.create_dialog.login_method
        self._busy(True)
        self._say(translate("PatientCard", "Opretter portalbruger …"))
        run_in_background(svc.create_portal_user, self._db, self._actor, self.patient_id, method,
                          on_done=self._created, on_error=self._failed, context=self)

    def _created(self, res: svc.PortalUserResult) -> None:
        self._loaded(res.card, translate("PatientCard", "Portalbrugeren er oprettet. Aktiveringslinket er sendt "
                                         "til %1.").replace("%1", res.mail_to))
