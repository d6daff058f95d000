"""Blocking and reopening the portal user on the "Kommunikation" tab, with the history of both.

``PortalReasonDialog`` asks for the reason (required; Ctrl+Enter or the button confirms).
``PortalStatusSection`` is a mixin of the card: the two buttons, the history of blocks and
reopenings (when, who, why; another clinic's reason stays there), and the calls to
``services.patients.block_portal_user`` / ``reopen_portal_user``. A stale card (a colleague
changed the portal user) is refused by the service; the card offers "Genindlæs" and the
typed reason is kept for the next try.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from clinicdesk.services import patients as svc
from clinicdesk.services import portal_account
from clinicdesk.services.permissions import Perm
from clinicdesk.views.patient_card.common import local_datetime
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone

translate = QCoreApplication.translate


class PortalReasonDialog(QDialog):
    """The reason for blocking or reopening a portal user."""

    def __init__(self, blocking: bool, patient_label: str, reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.blocking = blocking
        self.setObjectName("portalReasonDialog")
        self.setWindowTitle(self.tr("Spær portalbruger") if blocking else self.tr("Åbn portalbruger igen"))
        self.resize(460, 260)
        lay = QVBoxLayout(self)
        who = QLabel(patient_label, self)
        who.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        lay.addWidget(who)
        intro = QLabel(self.tr("Patienten kan ikke logge ind på portalen, før portalbrugeren åbnes igen. "
                               "Skriv hvorfor den spærres.") if blocking else
                       self.tr("Patienten kan logge ind på portalen igen. Skriv hvorfor den åbnes."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        label = QLabel(self.tr("&Begrundelse (vises på patientkortet og gemmes i historikken):"), self)
        lay.addWidget(label)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("portalReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlainText(reason)
        label.setBuddy(self.reason)
        lay.addWidget(self.reason, 1)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Spær") if blocking else self.tr("Åbn igen"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("portalReasonOk")
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_reason)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        hint = QLabel(self.tr("Ctrl+Enter bekræfter."), self)
        set_tone(hint, "muted")
        lay.addWidget(hint)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_reason)
        self.reason.textChanged.connect(self._changed)
        self._changed()
        self.reason.setFocus()

    @property
    def text(self) -> str:
        return self.reason.toPlainText()

    def _changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text.strip()))

    def _accept_if_reason(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()


class PortalStatusSection:
    """Block / reopen and the history of both on the card (mixed into PatientCard)."""

    portal_dialog: PortalReasonDialog | None = None
    _unsent_reason: tuple[bool, str] | None = None  # (blocking, text) of a change the service refused

    def _build_portal_status_buttons(self, page: QWidget, row: QBoxLayout) -> None:
        self.block_button = QPushButton(translate("PatientCard", "S&pær portalbruger…"), page)
        self.block_button.setObjectName("blockPortalUser")
        self.block_button.clicked.connect(self.ask_block_portal_user)
        row.addWidget(self.block_button)
        self.reopen_button = QPushButton(translate("PatientCard", "Åbn portalbruger &igen…"), page)
        self.reopen_button.setObjectName("reopenPortalUser")
        self.reopen_button.clicked.connect(self.ask_reopen_portal_user)
        row.addWidget(self.reopen_button)

    def _build_portal_events(self, page: QWidget, lay: QVBoxLayout) -> None:
        lay.addWidget(QLabel("<b>" + translate("PatientCard", "Spærringer og genåbninger") + "</b>", page))
        self.portal_events = QLabel("", page)
        self.portal_events.setObjectName("portalEvents")
        self.portal_events.setTextFormat(Qt.TextFormat.PlainText)  # staff text is only ever text
        self.portal_events.setWordWrap(True)
        self.portal_events.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.portal_events)

    def _event_text(self, ev: portal_account.PortalEvent) -> str:
        what = (translate("PatientCard", "Spærret") if ev.action == portal_account.BLOCKED
                else translate("PatientCard", "Åbnet igen"))
        line = f"{local_datetime(ev.at)}  {what} " + translate("PatientCard", "af %1").replace("%1", ev.staff_name)
        if not ev.own_clinic:
            return line + " (" + ev.clinic_name + "). " + translate(
                "PatientCard", "Begrundelsen ligger hos den klinik.")
        return line + ": " + ev.reason

    def _show_portal_status(self, card: svc.PatientCard) -> None:
        self.block_button.setVisible(card.can_block_portal_user)
        self.reopen_button.setVisible(card.can_reopen_portal_user)
        if card.portal_events:
            text = "\n".join(self._event_text(ev) for ev in card.portal_events)
        elif card.can_reopen_portal_user:  # blocked before blocks were recorded with a reason
            text = translate("PatientCard", "Spærret, men hvornår, af hvem og hvorfor er ikke registreret.")
        else:
            text = translate("PatientCard", "Portalbrugeren har ikke været spærret.")
        self.portal_events.setText(text)

    def _portal_status_busy(self, busy: bool) -> None:
        allowed = self._actor.can(Perm.CREATE_PORTAL_USER)
        for button in (self.block_button, self.reopen_button):
            button.setEnabled(not busy and allowed)

    # ------------------------------------------------------------------ actions
    def ask_block_portal_user(self) -> None:
        self._ask_portal_reason(True)

    def ask_reopen_portal_user(self) -> None:
        self._ask_portal_reason(False)

    def _ask_portal_reason(self, blocking: bool) -> None:
        card = self.card
        if card is None or not (card.can_block_portal_user if blocking else card.can_reopen_portal_user):
            return
        kept = self._unsent_reason[1] if self._unsent_reason and self._unsent_reason[0] == blocking else ""
        self.portal_dialog = PortalReasonDialog(blocking, f"{card.name} ({card.cpr})", kept, self)
        self.portal_dialog.accepted.connect(self._portal_reason_given)
        self.portal_dialog.finished.connect(self._back_from_portal_dialog)
        self.portal_dialog.open()

    def _back_from_portal_dialog(self, *_) -> None:
        """The reason dialog closed: the card is the active window again, the keyboard carries on here."""
        self.activateWindow()
        self.tabs.currentWidget().setFocus()

    def _portal_reason_given(self) -> None:
        dlg = self.portal_dialog
        blocking, reason = dlg.blocking, dlg.text
        self._unsent_reason = (blocking, reason)
        self._busy(True)
        self._say(translate("PatientCard", "Spærrer portalbrugeren …") if blocking
                  else translate("PatientCard", "Åbner portalbrugeren igen …"))
        fn = svc.block_portal_user if blocking else svc.reopen_portal_user
        run_in_background(fn, self._db, self._actor, self.patient_id, reason, self.card.portal_version,
                          on_done=lambda card: self._portal_changed(card, blocking), on_error=self._failed,
                          context=self)

    def _portal_changed(self, card: svc.PatientCard, blocking: bool) -> None:
        self._unsent_reason = None
        if blocking:
            message = translate("PatientCard", "Portalbrugeren er spærret.")
        elif card.portal_status is not None and card.portal_status.value == "pending_activation":
            message = translate("PatientCard", "Portalbrugeren er åbnet igen. Den er aldrig aktiveret, så den venter "
                                "på patientens aktivering; send aktiveringslinket igen, hvis det er for gammelt.")
        else:
            message = translate("PatientCard", "Portalbrugeren er åbnet igen og er aktiv.")
        self._loaded(card, message)
        self.saved.emit(card)
