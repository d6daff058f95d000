"""The renewal pane: the requested lines, the patient's medication list, and the decision.

A doctor approves or rejects each line, then sends the decision; anyone who may
prepare a renewal sends it on to a doctor. Whether a line may be approved is the
service's answer (renewal rules), shown as the line's warning. Under the lines, the
selected line's decisions (who, when, decision, reason): a reopened renewal decided
again keeps the earlier ones, marked as replaced, and the one the patient was sent.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QMenu, QPushButton, QVBoxLayout

from clinicdesk.domain.enums import LineDecision
from clinicdesk.services import inbox
from clinicdesk.services.permissions import Perm
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.formatting import long_datetime
from clinicdesk.views.inbox.dialogs import ChoicePicker
from clinicdesk.views.inbox.flow import flow_row
from clinicdesk.views.inbox.panes.base import RED, KindPane, fit_columns, make_table, table_item
from clinicdesk.views.inbox.urgent_bar import UrgentBar
from clinicdesk.views.service_text import service_text


class RenewalPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("renewalPane")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("renewalInfo")
        self.lines_view, self.lines_model = make_table(self, "renewalLines")
        self.lines_view.setAccessibleName(self.tr("Ønskede lægemidler"))
        self.lines_view.selectionModel().currentRowChanged.connect(lambda *_: self._line_changed())
        self.history_title = QLabel(self)
        self.history_title.setObjectName("decisionHistoryTitle")
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        self.history_title.setWordWrap(True)  # a long medicine name wraps, never cut (150 % scaling)
        # one entry per decision, several lines each: it fits a narrow pane without sideways scrolling
        self.history_view = QListView(self)
        self.history_view.setObjectName("decisionHistory")
        self.history_model = QStandardItemModel(self.history_view)
        self.history_view.setModel(self.history_model)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_view.setWordWrap(True)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setSpacing(2)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.history_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.meds_view, self.meds_model = make_table(self, "medicationList")
        self.meds_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line_warning = QLabel(self)
        self.line_warning.setObjectName("lineWarning")
        self.line_warning.setWordWrap(True)
        tones.set_tone(self.line_warning, "error")
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Godkend linje"), self)
        self.approve_button.setObjectName("approveLineButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Shift+G"))
        self.approve_button.clicked.connect(self.approve_line)
        self.reject_button = QPushButton(self.tr("Afvis linje …"), self)
        self.reject_button.setObjectName("rejectLineButton")
        self.reject_button.setToolTip(self.tr("Ctrl+Shift+X"))
        self.reject_button.clicked.connect(self.reject_line)
        self.finish_button = QPushButton(self.tr("Send afgørelsen"), self)
        self.finish_button.setObjectName("finishRenewalButton")
        self.finish_button.clicked.connect(self.finish)
        self.route_button = QPushButton(self.tr("Send til læge"), self)
        self.route_button.setObjectName("routeButton")
        self.route_button.setToolTip(self.tr("Ctrl+Shift+D"))
        self.route_menu = QMenu(self)
        self.route_menu.setObjectName("routeMenu")
        self.route_button.setMenu(self.route_menu)
        # wraps onto two lines in a narrow pane ("odkend linj" no more: flow.py)
        buttons = flow_row(self.approve_button, self.reject_button, self.route_button, self.finish_button)
        self.urgent_bar = UrgentBar(self)  # staff may mark any item urgent, with a reason
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.urgent_bar)
        lay.addWidget(self.info)
        lay.addWidget(QLabel(self.tr("<b>Ønsket fornyet</b>"), self))
        lay.addWidget(self.lines_view, 3)
        lay.addWidget(self.history_title)
        lay.addWidget(self.history_view, 2)  # hidden while the line has no decisions (the title says so)
        lay.addWidget(self.line_warning)
        lay.addWidget(self.role_note)
        lay.addLayout(buttons)
        meds_title = QLabel(self.tr("<b>Patientens medicinliste</b> (ønskede linjer er fremhævet)"), self)
        meds_title.setWordWrap(True)  # (English ran past the pane's edge at 1366: "…highlighte")
        lay.addWidget(meds_title)
        lay.addWidget(self.meds_view, 2)

    def is_doctor(self) -> bool:
        return self.ctx.actor.can(Perm.DECIDE_RENEWAL)

    def show_item(self, opened, same_item: bool) -> None:
        keep_row = self.lines_view.currentIndex().row() if same_item else 0
        super().show_item(opened, same_item)
        self.urgent_bar.show_item(opened.detail)
        r = opened.detail.renewal
        if r is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        parts = []
        if r.pharmacy:
            parts.append(self.tr("Apotek: %1").replace("%1", escape(r.pharmacy)))
        if r.comment:
            parts.append(self.tr("Patientens kommentar: %1").replace("%1", escape(r.comment)))
        if r.prepared_by_name:
            parts.append(self.tr("Forberedt af %1").replace("%1", escape(r.prepared_by_name)))
        self.info.setText("<br>".join(parts))
        self.lines_model.clear()
        self.lines_model.setHorizontalHeaderLabels(
            [self.tr("Lægemiddel"), self.tr("Dosering"), self.tr("Afgørelse"), self.tr("Begrundelse"), self.tr("Bemærkning")])
        for ln in r.lines:
            color = RED if ln.addictive else None
            decision = labels.lookup(labels.LINE_DECISION, ln.decision)
            if ln.decided_by_name:
                decision += f" ({ln.decided_by_name})"
            self.lines_model.appendRow([
                table_item(ln.label, bold=True, data=ln), table_item(ln.dosage), table_item(decision),
                table_item(ln.reason), table_item(service_text(ln.warning), color=color),
            ])
        self.meds_model.clear()
        self.meds_model.setHorizontalHeaderLabels(
            [self.tr("Lægemiddel"), self.tr("Dosering"), self.tr("Udleveringer tilbage"), self.tr("Ønsket")])
        for m in r.medications:
            tag = self.tr("Ønsket fornyet") if m.requested else ""
            if m.addictive:
                tag = (tag + " · " if tag else "") + self.tr("afhængighedsskabende")
            row = [table_item(m.label, bold=m.requested), table_item(m.dosage), table_item(str(m.repeats_left)),
                   table_item(tag, bold=m.requested, color=RED if m.addictive else None)]
            if m.requested:
                for it in row:
                    it.setBackground(QBrush(QColor("#fff4cf")))
            self.meds_model.appendRow(row)
        for view in (self.lines_view, self.meds_view):
            fit_columns(view)
        self._show_all_lines()
        if self.lines_model.rowCount():
            row = min(max(keep_row, 0), self.lines_model.rowCount() - 1)
            if r.lines[row].decision != LineDecision.PENDING.value:
                # decided: go on to the next line still waiting (keyboard flow: Ctrl+Shift+G, G, …)
                pending = [i for i, ln in enumerate(r.lines) if ln.decision == LineDecision.PENDING.value]
                later = [i for i in pending if i > row]
                row = (later or pending or [row])[0]
            self.lines_view.setCurrentIndex(self.lines_model.index(row, 0))
        self._fill_route_menu()
        self._line_changed()

    def _show_all_lines(self, most: int = 4) -> None:
        """The requested lines are what the doctor decides on: the table is never lower than them
        (up to ``most``; more scroll), however little room the window leaves (1366×768 with the
        escalation banner showed one and a half lines of two)."""
        v = self.lines_view
        rows = min(max(self.lines_model.rowCount(), 1), most)
        v.setMinimumHeight(v.horizontalHeader().sizeHint().height() + rows * v.verticalHeader().defaultSectionSize()
                           + 2 * v.frameWidth())

    def _line_changed(self) -> None:
        self._show_history()
        self._update_buttons()

    def _show_history(self) -> None:
        """The selected line's decisions, oldest first; replaced ones marked."""
        ln = self.current_line()
        self.history_model.clear()
        history = ln.history if ln is not None else ()
        self.history_title.setText(
            self.tr("Afgørelser for %1 (ingen endnu)").replace("%1", ln.label) if ln is not None and not history else
            self.tr("Afgørelser for %1").replace("%1", ln.label) if ln is not None else "")
        self.history_view.setVisible(bool(history))
        for h in history:
            if h.replaced:
                state = self.tr("Erstattet")
            elif h.sent_to_patient:
                state = self.tr("Gældende")
            else:
                state = self.tr("Gældende, ikke sendt endnu")
            if h.sent_to_patient:
                state += " · " + self.tr("sendt til patienten")
            lines = [f"{labels.lookup(labels.LINE_DECISION, h.decision)} · {long_datetime(h.decided_at)} · "
                     f"{h.decided_by_name}"]
            if h.reason:
                lines.append(self.tr("Begrundelse: %1").replace("%1", h.reason))
            lines.append(state)
            self.history_model.appendRow(
                table_item("\n".join(lines), bold=not h.replaced, color=QColor("#5b6b78") if h.replaced else None))

    def _fill_route_menu(self) -> None:
        self.route_menu.clear()
        act = self.route_menu.addAction(self.tr("Alle læger"))
        act.triggered.connect(lambda: self.route(None))
        for doc in self.ctx.setup.doctors if self.ctx.setup else ():
            act = self.route_menu.addAction(doc.label)
            act.triggered.connect(lambda _c=False, sid=doc.id: self.route(sid))

    def current_line(self):
        idx = self.lines_view.currentIndex()
        if not idx.isValid():
            return None
        return self.lines_model.item(idx.row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        act = self.can_act()
        doctor = self.is_doctor()
        ln = self.current_line()
        self.approve_button.setVisible(doctor)
        self.reject_button.setVisible(doctor)
        self.finish_button.setVisible(doctor)
        self.route_button.setVisible(not doctor or act)
        self.route_button.setEnabled(act and self.ctx.actor.can(Perm.PREPARE_RENEWAL))
        self.approve_button.setEnabled(act and doctor and ln is not None and ln.may_approve)
        self.reject_button.setEnabled(act and doctor and ln is not None)
        r = self.detail.renewal if self.detail else None
        pending = any(x.decision == LineDecision.PENDING.value for x in r.lines) if r else True
        self.finish_button.setEnabled(act and doctor and not pending)
        self.line_warning.setText(service_text(ln.warning) if ln is not None and ln.warning else "")
        if not doctor:
            self.role_note.setText(self.tr(
                "Kun en læge kan godkende eller afvise receptfornyelser. Forbered anmodningen, og send den til en læge."))
        elif pending and r:
            self.role_note.setText(self.tr("Tag stilling til hver linje; send derefter afgørelsen til patienten."))
        else:
            self.role_note.setText("")

    def focus_first(self) -> None:
        self.lines_view.setFocus()

    def approve_line(self) -> None:
        ln = self.current_line()
        if ln is None or not self.approve_button.isEnabled():
            return
        self._decide(ln.id, True)

    def _decide(self, line_id: int, approve: bool, why: str = "") -> bool:
        if not self.ctx.run_action(inbox.decide_renewal_line, line_id, approve, why):
            # the item is being reloaded (a colleague's change, a refresh): nothing was stored
            if approve:
                self.ctx.show_error(self.tr("Elementet blev opdateret i samme øjeblik, så afgørelsen er ikke gemt. "
                                            "Prøv igen."))
            return False  # a rejection's reason box stays open with the text
        return True

    def reject_line(self) -> None:
        ln = self.current_line()
        if ln is None or not self.reject_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis %1").replace("%1", ln.label),
            self.tr("Hvorfor afvises linjen? Patienten ser begrundelsen."),
            lambda why: self._decide(ln.id, False, why),
            ok_text=self.tr("Afvis"),
        )

    def finish(self) -> None:
        if self.finish_button.isEnabled():
            self.ctx.run_action(inbox.finish_renewal)

    def route(self, doctor_staff_id) -> None:
        if self.route_button.isEnabled():
            self.ctx.run_action(inbox.route_to_doctor, doctor_staff_id, releases=True)

    def show_route_menu(self) -> None:
        """Ctrl+Shift+D: "Alle læger" or one doctor, by keyboard."""
        if not self.route_button.isEnabled():
            return
        choices = [(self.tr("Alle læger"), None)] + [(d.label, d.id) for d in (self.ctx.setup.doctors if self.ctx.setup else ())]
        dlg = ChoicePicker(self.tr("Send til læge"), choices, self)
        dlg.chosen.connect(self.route)
        self.dialog = dlg
        dlg.open()
        dlg.filter_edit.setFocus()

    def handle(self, action_id: str) -> bool:
        if action_id == "approve":
            # Ctrl+Shift+G: the selected line while it waits; when every line is decided, send the decision
            ln = self.current_line()
            if ln is not None and ln.decision == LineDecision.PENDING.value and self.approve_button.isEnabled():
                self.approve_line()
            elif self.finish_button.isEnabled():
                self.finish()
            return True
        if action_id == "reject":
            self.reject_line()
            return True
        if action_id == "route":
            self.show_route_menu()
            return True
        if action_id == "mark_urgent":
            self.urgent_bar.toggle()
            return True
        return False
