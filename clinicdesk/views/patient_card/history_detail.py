"""Read-only views of one line of the patient's history (no actions, nothing claimed).

``ReadOnlyItemDialog(detail)`` shows an inbox item (``ItemDetail``): the e-consultation's
thread, the renewal's lines with decisions and reasons, or the booking request.
``AppointmentDialog(row)`` shows an appointment from its history row. Every patient and
staff text is escaped (HTML) or set as plain text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from clinicdesk.domain.enums import ItemKind
from clinicdesk.services import patient_history as hist
from clinicdesk.services.inbox.detail_types import ItemDetail
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.panes.thread import thread_html
from clinicdesk.views.patient_card.common import local_datetime
from clinicdesk.views.patient_card.history_labels import status_text
from clinicdesk.views.service_text import portal_text
from clinicdesk.views.tones import LIGHT, set_tone

translate = QCoreApplication.translate

def _row(label: str, value: str) -> str:
    return (f"<tr><td style='color:{LIGHT['muted']}; padding-right:12px'>{escape(label)}</td>"
            f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>")


def _renewal_html(d: ItemDetail) -> str:
    r = d.renewal
    if r is None:
        return ""
    out = ["<table cellpadding='3'>"]
    for ln in r.lines:
        decision = labels.lookup(labels.LINE_DECISION, ln.decision)
        who = f" – {ln.decided_by_name}, {local_datetime(ln.decided_at)}" if ln.decided_by_name else ""
        out.append(_row(ln.label, decision + who + ("\n" + translate("PatientHistory", "Begrundelse:") + " " + ln.reason
                                                     if ln.reason else "")))
        for old in (h for h in ln.history if h.replaced):  # earlier decisions keep their words
            text = (translate("PatientHistory", "Erstattet: %1 – %2, %3")
                    .replace("%1", labels.lookup(labels.LINE_DECISION, old.decision))
                    .replace("%2", old.decided_by_name).replace("%3", local_datetime(old.decided_at)))
            if old.reason:
                text += "\n" + translate("PatientHistory", "Begrundelse:") + " " + old.reason
            out.append(_row("", text))
    out.append("</table><table cellpadding='3'>")
    if r.pharmacy:
        out.append(_row(translate("PatientHistory", "Apotek:"), r.pharmacy))
    if r.comment:
        out.append(_row(translate("PatientHistory", "Patientens kommentar:"), r.comment))
    out.append("</table>")
    return "".join(out)


def _booking_html(d: ItemDetail) -> str:
    b = d.booking
    if b is None:
        return ""
    rows = [
        _row(translate("PatientHistory", "Ønsket tid:"), local_datetime(b.starts_at)),
        _row(translate("PatientHistory", "Behandler:"), b.provider_label),
        _row(translate("PatientHistory", "Årsag:"), b.appointment_type),
        _row(translate("PatientHistory", "Svar:"), labels.lookup(labels.BOOKING_OUTCOME, b.outcome)),
    ]
    if b.offered_starts_at:
        rows.append(_row(translate("PatientHistory", "Tilbudt tid:"), local_datetime(b.offered_starts_at)))
    if b.reason:
        rows.append(_row(translate("PatientHistory", "Begrundelse:"), b.reason))
    if b.comment:
        rows.append(_row(translate("PatientHistory", "Patientens kommentar:"), b.comment))
    return "<table cellpadding='3'>" + "".join(rows) + "</table>"


def item_html(d: ItemDetail) -> str:
    """The item's body as escaped HTML (the thread, the renewal's lines or the booking)."""
    head = ["<table cellpadding='3'>",
            _row(translate("PatientHistory", "Modtaget:"), local_datetime(d.received_at)),
            _row(translate("PatientHistory", "Status:"), labels.status(d.status)),
            _row(translate("PatientHistory", "Behandler:"), d.provider_label or "–")]
    if d.done_at:
        head.append(_row(translate("PatientHistory", "Afsluttet:"), f"{local_datetime(d.done_at)} {d.done_by_name}".strip()))
    if d.closed_reason:
        head.append(_row(translate("PatientHistory", "Afsluttet med:"), d.closed_reason))
    head.append("</table><hr>")
    if d.kind == ItemKind.RENEWAL:
        body = _renewal_html(d)
    elif d.kind == ItemKind.BOOKING:
        body = _booking_html(d)
    else:
        body = thread_html(d)
    return "".join(head) + body


class _ReadOnlyDialog(QDialog):
    def _frame(self, title: str, subject: str) -> QVBoxLayout:
        self.setWindowTitle(title)  # no patient data in titles
        self.resize(640, 520)
        lay = QVBoxLayout(self)
        banner = QLabel(translate("PatientHistory", "Kun læsning: intet bliver taget, markeret som læst eller ændret."), self)
        banner.setObjectName("readOnlyBanner")
        set_tone(banner, "notice")  # yellow in light, dark amber in dark (style.qss)
        banner.setWordWrap(True)
        lay.addWidget(banner)
        self.subject = QLabel(subject, self)
        self.subject.setObjectName("historySubject")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)  # patient text is only ever text
        self.subject.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.subject.setWordWrap(True)
        lay.addWidget(self.subject)
        return lay

    def _close_row(self, lay: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("PatientHistory", "Luk"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class ReadOnlyItemDialog(_ReadOnlyDialog):
    """An inbox item of the history, read-only."""

    def __init__(self, detail: ItemDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = detail
        self.setObjectName("historyItemDialog")
        lay = self._frame(translate("PatientHistory", "Historik: %1 (kun læsning)").replace("%1", labels.kind(detail.kind)),
                          portal_text(detail.subject, detail.kind) or labels.kind(detail.kind))
        self.body = QTextBrowser(self)
        self.body.setObjectName("historyItemBody")
        # a document on paper in both schemes, like the inbox's thread: its light bubbles and quiet labels keep their contrast
        self.body.setStyleSheet(f"QTextBrowser {{ background: {LIGHT['card']}; color: {LIGHT['ink']}; }}")
        self.body.setOpenLinks(False)  # attachment links belong to the inbox's pane
        self.body.setHtml(item_html(detail))
        lay.addWidget(self.body, 1)
        self._close_row(lay)
        self.body.setFocus()


class AppointmentDialog(_ReadOnlyDialog):
    """An appointment of the history, read-only (shown from its row: no second look-up)."""

    def __init__(self, row: hist.HistoryRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setObjectName("historyAppointmentDialog")
        lay = self._frame(translate("PatientHistory", "Historik: aftale (kun læsning)"), row.title or translate("PatientHistory", "Aftale"))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        when = f"{local_datetime(row.at)}–{local_datetime(row.ends_at)[-5:]}" if row.ends_at else local_datetime(row.at)
        for key, label, value in (
            ("when", translate("PatientHistory", "Tid:"), when),
            ("provider", translate("PatientHistory", "Behandler:"), row.provider or "–"),
            ("status", translate("PatientHistory", "Status:"), status_text(row)),
            ("online", translate("PatientHistory", "Bestilt:"), translate("PatientHistory", "på portalen") if row.booked_online else translate("PatientHistory", "af klinikken")),
            ("cancelled", translate("PatientHistory", "Aflyst:"), local_datetime(row.cancelled_at) or "–"),
            ("comment", translate("PatientHistory", "Kommentar:"), row.comment or "–"),
        ):
            lab = QLabel(value, self)
            lab.setObjectName(f"appointment_{key}")
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = lab
            form.addRow(label, lab)
        lay.addLayout(form)
        lay.addStretch(1)
        note = QLabel(translate("PatientHistory", "Aftaler ændres i kalenderen, ikke her."), self)
        set_tone(note, "muted")
        lay.addWidget(note)
        self._close_row(lay)
