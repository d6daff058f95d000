"""The sign-up pane: who asks to use the portal, a matching patient, and the decision.

Approving sends the activation link with the chosen functions; rejecting asks for
a reason that is sent to the patient.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QVBoxLayout

from clinicdesk.domain.wording import person_name
from clinicdesk.services import inbox
from clinicdesk.services.permissions import Perm
from clinicdesk.views.inbox.flow import FlowLayout, flow_row
from clinicdesk.views.inbox.formatting import cpr_display
from clinicdesk.views.inbox.panes.base import KindPane
from clinicdesk.views.service_text import service_text


class SignupPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("signupPane")
        self.info = QLabel(self)
        self.info.setObjectName("signupInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        self.match_label.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("signupWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 8px; border-radius: 4px;")
        self.functions = QFrame(self)
        self.cb_econsult = QCheckBox(self.tr("E-konsultation"), self.functions)
        self.cb_econsult.setObjectName("wantsEconsult")
        self.cb_renewal = QCheckBox(self.tr("Receptfornyelse"), self.functions)
        self.cb_renewal.setObjectName("wantsRenewal")
        self.cb_booking = QCheckBox(self.tr("Tidsbestilling"), self.functions)
        self.cb_booking.setObjectName("wantsBooking")
        fl = FlowLayout(self.functions)  # wraps in a narrow pane
        fl.add_widgets(QLabel(self.tr("Funktioner:"), self.functions), self.cb_econsult, self.cb_renewal,
                       self.cb_booking)
        self.approve_button = QPushButton(self.tr("Godkend og send aktiveringslink"), self)
        self.approve_button.setObjectName("approveSignupButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Shift+G"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Afvis …"), self)
        self.reject_button.setObjectName("rejectSignupButton")
        self.reject_button.setToolTip(self.tr("Ctrl+Shift+X"))
        self.reject_button.clicked.connect(self.reject)
        buttons = flow_row(self.approve_button, self.reject_button)  # wraps, never cuts
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(self.match_label)
        lay.addWidget(self.warnings)
        lay.addWidget(self.functions)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def show_item(self, opened, same_item: bool) -> None:
        super().show_item(opened, same_item)
        sv = opened.detail.signup
        if sv is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        method = self.tr("MitID") if sv.login_method == "mitid" else self.tr("Sikkerhedskode på e-mail")
        decision = {"pending": self.tr("Afventer"), "approved": self.tr("Godkendt"), "rejected": self.tr("Afvist")}
        rows = [
            (self.tr("Navn"), person_name(sv.first_name, sv.last_name)),
            (self.tr("CPR-nummer"), cpr_display(sv.cpr)),
            (self.tr("E-mail"), sv.email),
            (self.tr("Mobil"), sv.mobile),
            (self.tr("Login"), method),
            (self.tr("Status"), decision.get(sv.decision, sv.decision) + (f" — {sv.reason}" if sv.reason else "")),
        ]
        if sv.guardian_name:
            rows.append((self.tr("Forælder"), sv.guardian_name))
        self.info.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td style='color:#5b6b78'>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        ) + "</table>")
        if sv.matching_patient_id:
            self.match_label.setText(self.tr("Patient i kartoteket: %1").replace("%1", sv.matching_patient_name))
        else:
            self.match_label.setText(self.tr("Ingen patient med dette CPR-nummer i kartoteket; en godkendelse opretter patienten."))
        self.warnings.setText("<br>".join(escape(service_text(w)) for w in sv.warnings))
        self.warnings.setVisible(bool(sv.warnings))
        if not same_item:
            self.cb_econsult.setChecked(sv.wants_econsult)
            self.cb_renewal.setChecked(sv.wants_renewal)
            self.cb_booking.setChecked(sv.wants_booking)
        act = self.can_act() and self.ctx.actor.can(Perm.DECIDE_SIGNUP) and sv.decision == "pending"
        for w in (self.cb_econsult, self.cb_renewal, self.cb_booking, self.approve_button, self.reject_button):
            w.setEnabled(act)

    def focus_first(self) -> None:
        self.cb_econsult.setFocus()

    def approve(self) -> None:
        if self.approve_button.isEnabled():
            self.ctx.run_action(inbox.approve_signup, econsult=self.cb_econsult.isChecked(),
                                renewal=self.cb_renewal.isChecked(), booking=self.cb_booking.isChecked())

    def reject(self) -> None:
        if not self.reject_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis tilmelding"),
            self.tr("Hvorfor afvises tilmeldingen? Begrundelsen sendes til patienten."),
            lambda why: self.ctx.run_action(inbox.reject_signup, why),
            ok_text=self.tr("Afvis"),
        )

    def handle(self, action_id: str) -> bool:
        fn = {"approve": self.approve, "reject": self.reject}.get(action_id)
        if fn is None:
            return False
        fn()
        return True
