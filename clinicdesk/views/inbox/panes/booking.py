"""The booking pane: the requested time beside the provider's day, and the answer.

Accept the requested time, offer a free slot of the day instead, or decline with
a reason the patient sees. The day is read through the worker; clashes with the
requested time are shown in red.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from clinicdesk.services import inbox
from clinicdesk.services.permissions import Perm
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.flow import flow_row
from clinicdesk.views.inbox.formatting import day_label, hhmm, local, short_datetime
from clinicdesk.views.inbox.panes.base import RED, KindPane, make_table, table_item
from clinicdesk.views.inbox.urgent_bar import UrgentBar
from clinicdesk.views.service_text import service_text


class BookingPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("bookingPane")
        self.day = None
        self.info = QLabel(self)
        self.info.setObjectName("bookingInfo")
        self.info.setWordWrap(True)
        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("clashLabel")
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet("font-weight: 600;")
        tones.set_tone(self.clash_label, "error")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dayEdit")
        self.date_edit.setAccessibleName(self.tr("Dag i kalenderen"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.dateChanged.connect(self._day_changed)
        self.day_label = QLabel(self)
        self.day_label.setWordWrap(True)  # a long provider title wraps, never cut at the pane's edge
        self.day_view, self.day_model = make_table(self, "providerDay")
        self.day_view.setAccessibleName(self.tr("Behandlerens dag"))
        self.day_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.accept_button = QPushButton(self.tr("Godkend den ønskede tid"), self)
        self.accept_button.setObjectName("acceptBookingButton")
        self.accept_button.setToolTip(self.tr("Opretter aftalen i kalenderen (Ctrl+Shift+G)"))
        self.accept_button.clicked.connect(self.accept_booking)
        self.offer_button = QPushButton(self.tr("Tilbyd valgt ledig tid"), self)
        self.offer_button.setObjectName("offerSlotButton")
        self.offer_button.setToolTip(self.tr("Vælg en ledig tid i dagsoversigten (Ctrl+Shift+T)"))
        self.offer_button.clicked.connect(self.offer_slot)
        self.decline_button = QPushButton(self.tr("Afvis …"), self)
        self.decline_button.setObjectName("declineBookingButton")
        self.decline_button.clicked.connect(self.decline)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Behandlerens dag:"), self))
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.day_label, 1)
        buttons = flow_row(self.accept_button, self.offer_button, self.decline_button)  # wraps, never cuts
        self.urgent_bar = UrgentBar(self)  # staff may mark any item urgent, with a reason
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.urgent_bar)
        lay.addWidget(self.info)
        lay.addWidget(self.clash_label)
        lay.addLayout(day_row)
        lay.addWidget(self.day_view, 1)
        lay.addLayout(buttons)

    def show_item(self, opened, same_item: bool) -> None:
        super().show_item(opened, same_item)
        self.urgent_bar.show_item(opened.detail)
        b = opened.detail.booking
        if b is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        parts = [
            self.tr("<b>Ønsket tid:</b> %1 kl. %2–%3").replace("%1", day_label(local(b.starts_at).date()))
            .replace("%2", hhmm(b.starts_at)).replace("%3", hhmm(b.ends_at)),
            self.tr("<b>Behandler:</b> %1").replace("%1", escape(b.provider_label)),
        ]
        if b.appointment_type:
            parts.append(self.tr("<b>Årsag:</b> %1").replace("%1", escape(b.appointment_type)))
        if b.comment:
            parts.append(self.tr("<b>Kommentar:</b> %1").replace("%1", escape(b.comment)))
        outcome = labels.lookup(labels.BOOKING_OUTCOME, b.outcome)
        if b.offered_starts_at:
            outcome += " " + self.tr("(%1)").replace("%1", short_datetime(b.offered_starts_at))
        if b.reason:
            outcome += " — " + escape(b.reason)
        parts.append(self.tr("<b>Status:</b> %1").replace("%1", outcome))
        self.info.setText("<br>".join(parts))
        day = local(b.starts_at).date()
        if not same_item or self.day is None:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.load_day()
        self._update_buttons()

    def _day_changed(self, _qd) -> None:
        self.load_day()

    def load_day(self) -> None:
        b = self.detail.booking if self.detail else None
        if b is None:
            return
        qd = self.date_edit.date()
        day = date(qd.year(), qd.month(), qd.day())
        item_id = self.detail.id
        self.ctx.run_free(inbox.provider_day, b.provider_id, day, item_id,
                          on_done=lambda pd: self._day_arrived(item_id, pd))

    def _day_arrived(self, item_id: int, pd) -> None:
        if self.detail is None or self.detail.id != item_id:
            return
        self.day = pd
        self.day_label.setText(f"{escape(pd.provider_label)} · {day_label(pd.day)}")
        self.day_model.clear()
        self.day_model.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Hvad"), self.tr("Patient"), self.tr("Konflikt")])
        for e in pd.entries:
            color = RED if e.clash else (QColor("#1f5f8f") if e.what == "requested" else
                                         QColor("#2e7d32") if e.what == "free" else None)
            bold = e.what == "requested"
            row = [
                table_item(f"{hhmm(e.starts_at)}–{hhmm(e.ends_at)}", bold=bold, color=color, data=e),
                table_item(service_text(e.label) if e.label else labels.lookup(labels.DAY_ENTRY, e.what),
                           bold=bold, color=color),
                table_item(e.patient_name),
                table_item(self.tr("Overlapper den ønskede tid") if e.clash else "", color=RED),
            ]
            if e.what == "requested":
                for it in row:
                    it.setBackground(QBrush(QColor("#e4eef6")))
            self.day_model.appendRow(row)
        self.day_view.resizeColumnsToContents()
        self.day_view.horizontalHeader().setStretchLastSection(True)
        for r in range(self.day_model.rowCount()):
            if self.day_model.item(r, 0).data(Qt.ItemDataRole.UserRole).what == "requested":
                idx = self.day_model.index(r, 0)
                self.day_view.setCurrentIndex(idx)
                self.day_view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
                break
        if pd.clashes:
            self.clash_label.setText(self.tr("%n konflikt(er) med den ønskede tid.", "", len(pd.clashes)))
        else:
            self.clash_label.setText("")
        self._update_buttons()

    def current_entry(self):
        idx = self.day_view.currentIndex()
        if not idx.isValid():
            return None
        return self.day_model.item(idx.row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        act = self.can_act() and self.ctx.actor.can(Perm.DECIDE_BOOKING)
        b = self.detail.booking if self.detail else None
        pending = b is not None and b.outcome == "pending"
        e = self.current_entry()
        self.accept_button.setEnabled(act and pending)
        self.offer_button.setEnabled(act and pending and e is not None and e.what == "free")
        self.decline_button.setEnabled(act and pending)

    def focus_first(self) -> None:
        self.day_view.setFocus()

    def accept_booking(self) -> None:
        if self.accept_button.isEnabled():
            self.ctx.run_action(inbox.accept_booking)

    def offer_slot(self) -> None:
        e = self.current_entry()
        if e is None or e.what != "free":
            if self.day is not None and self.day.free_slots and self.can_act():
                # Ctrl+Shift+T without a free slot chosen: go to the first free one
                self.day_view.setFocus()
                for r in range(self.day_model.rowCount()):
                    if self.day_model.item(r, 0).data(Qt.ItemDataRole.UserRole).what == "free":
                        self.day_view.setCurrentIndex(self.day_model.index(r, 0))
                        break
            return
        if self.offer_button.isEnabled():
            self.ctx.run_action(inbox.offer_other_slot, e.slot_id)

    def decline(self) -> None:
        if not self.decline_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis tidsbestilling"),
            self.tr("Hvorfor afvises tiden? Patienten ser begrundelsen på portalen."),
            lambda why: self.ctx.run_action(inbox.decline_booking, why),
            ok_text=self.tr("Afvis"),
        )

    def handle(self, action_id: str) -> bool:
        fn = {"approve": self.accept_booking, "offer": self.offer_slot, "reject": self.decline,
              "mark_urgent": self.urgent_bar.toggle}.get(action_id)
        if fn is None:
            return False
        fn()
        return True
