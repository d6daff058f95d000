"""The patient's own log of lookups as a PDF (GDPR art. 15), for the clinic to hand over.

``patient_log_pdf(db, actor, patient_id) -> bytes``: ``audit_log.patient_log`` (every entry
that touched the patient, in Danish words; administrators only, audited) laid out on A4
pages with reportlab: the clinic, the patient, when and by whom it was made, and a table
of when, who, what and why. Fonts as the guides' (DejaVu Sans, embedded: æ ø å and →).
Every text is escaped before it becomes a reportlab paragraph (names are only text). No Qt.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from clinicdesk.services import auth
from clinicdesk.services.audit_log import PatientLog, local_time_text, patient_log
from clinicdesk.services.guides.theme import register_fonts

HEADERS = ("Tidspunkt", "Medarbejder", "Handling", "Hvorfor", "Detaljer")
_WIDTHS = (30 * mm, 34 * mm, 34 * mm, 42 * mm, 40 * mm)


def _styles() -> dict[str, ParagraphStyle]:
    font, bold = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=22, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or ""), style)


def build_pdf(log: PatientLog) -> bytes:
    """The log laid out as a PDF (bytes)."""
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Logning af opslag", author=log.clinic_name)
    story = [
        _p(f"Logning af opslag – {log.clinic_name}".rstrip(" –"), st["title"]),
        _p(f"Patient: {log.patient_name}, CPR {log.patient_cpr}", st["base"]),
        _p(f"Udskrevet: {local_time_text(log.made_at)} af {log.made_by}", st["base"]),
        Spacer(1, 4 * mm),
        _p("Her kan du se, hvem i klinikken der har set eller ændret dine oplysninger, hvornår og hvorfor. "
           "Opslag må kun ske, når det er nødvendigt for din aktuelle behandling (sundhedsloven § 42 a).", st["base"]),
        Spacer(1, 4 * mm),
    ]
    if not log.lines:
        story.append(_p("Ingen har set eller ændret dine oplysninger.", st["base"]))
    else:
        data = [[_p(h, st["head"]) for h in HEADERS]]
        data += [[_p(ln.time_text, st["cell"]), _p(ln.who, st["cell"]), _p(ln.what, st["cell"]),
                  _p(ln.why, st["cell"]), _p(ln.detail, st["cell"])] for ln in log.lines]
        table = LongTable(data, colWidths=_WIDTHS, repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ]))
        story.append(table)
    story += [Spacer(1, 4 * mm), _p(f"I alt {len(log.lines)} registreringer.", st["base"])]
    doc.build(story)
    return out.getvalue()


def patient_log_pdf(db, actor: auth.Actor, patient_id: int) -> bytes:
    """The patient's own log as a PDF (administrators only; reading it is audited)."""
    return build_pdf(patient_log(db, actor, patient_id))
