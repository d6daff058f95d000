"""An e-consultation's messages as HTML bubbles (patient, clinic, internal note).

Speaks in the ``EconsultPane`` translation context (the pane shows it).
Links ``att:<id>`` open an attachment's preview.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from clinicdesk.domain.enums import MessageDirection
from clinicdesk.views.inbox.formatting import long_datetime, receipt_text, size_text

translate = QCoreApplication.translate

#: direction → (background, colour of the sender line)
BUBBLE = {
    MessageDirection.FROM_PATIENT: ("#f1f3f5", "#5b6b78"),
    MessageDirection.TO_PATIENT: ("#e4eef6", "#1f5f8f"),
    MessageDirection.INTERNAL: ("#fff4cf", "#7a5a00"),
}


def _sender(d, m) -> str:
    if m.direction == MessageDirection.FROM_PATIENT:
        return escape(d.patient_name or translate("EconsultPane", "Patienten"))
    if m.direction == MessageDirection.INTERNAL:
        return (translate("EconsultPane", "Intern note") + " – " + escape(m.author_name) + " – "
                + translate("EconsultPane", "patienten ser den ikke"))
    return escape(m.author_name or translate("EconsultPane", "Klinikken")) + " " + translate("EconsultPane", "til patienten")


def thread_html(d) -> str:
    """The whole thread of the item detail ``d``, oldest message first."""
    out = ["<div style='font-family: sans-serif;'>"]
    for m in d.messages:
        bg, fg = BUBBLE[m.direction]
        who = _sender(d, m)
        body = escape(m.body).replace("\n", "<br>")
        atts = "".join(
            f"<br>📎 <a href='att:{a.id}'>{escape(a.filename)}</a> ({size_text(a.size)})" for a in m.attachments
        )
        receipt = ""
        if m.direction == MessageDirection.TO_PATIENT:
            not_read = translate("EconsultPane", "Ikke læst af patienten endnu")
            receipt = (f"<br><span style='color:#2e7d32'>✓ {escape(receipt_text(m.read_by_patient_at))}</span>"
                       if m.read_by_patient_at else
                       f"<br><span style='color:#5b6b78'>{not_read}</span>")
        superseded = ("<br><i>" + translate("EconsultPane", "Retter en tidligere besked") + "</i>"
                      if m.supersedes_id else "")
        out.append(
            f"<table width='100%' cellpadding='8' style='margin-bottom:8px; background:{bg};'><tr><td>"
            f"<span style='color:{fg}; font-weight:600'>{who}</span>"
            f"<span style='color:#5b6b78'> · {escape(long_datetime(m.created_at))}</span><br>"
            f"{body}{atts}{superseded}{receipt}</td></tr></table>"
        )
    if not d.messages:
        out.append("<p><i>" + translate("EconsultPane", "Ingen beskeder.") + "</i></p>")
    out.append("</div>")
    return "".join(out)
