"""Rendering a guide to PDF: ``build_guide`` (read the clinic, then render) and
``render_guide`` (from already loaded data, no database): the A4 document, its metadata
(title, author, subject, keywords, language), the page template and the story of the
chosen guide. reportlab keeps module-level state, so one build runs at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import utcnow
from clinicdesk.services.guides.catalog import PDF_LANG, check_args, guide_title
from clinicdesk.services.guides.data import ClinicGuideData, load_clinic
from clinicdesk.services.guides.functions import functions_story
from clinicdesk.services.guides.login import login_story
from clinicdesk.services.guides.page import GuideCanvas, make_page_decorator
from clinicdesk.services.guides.text import long_date
from clinicdesk.services.guides.theme import FONT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W, one_build, \
    register_fonts
from clinicdesk.services.guides.writer import Writer
from clinicdesk.domain.messages import say


@dataclass(frozen=True)
class GuideInfo:
    path: Path
    pages: int
    which: str
    lang: str
    clinic_id: int
    title: str


def build_guide(db, clinic_id: int, which: str, lang: str = "da", out_path=None, now: datetime | None = None) -> GuideInfo:
    """Build one guide for one clinic from the database into ``out_path``."""
    check_args(which, lang)
    if out_path is None:
        raise ValidationError(say("Angiv hvor vejledningen skal gemmes."), code="no_out_path")
    now = now or utcnow()
    data = load_clinic(db, clinic_id, now)
    return render_guide(data, which, lang, out_path, now)


def render_guide(data: ClinicGuideData, which: str, lang: str, out_path, now: datetime | None = None) -> GuideInfo:
    """Render one guide from already loaded clinic data (no database)."""
    check_args(which, lang)
    register_fonts()
    now = now or utcnow()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = guide_title(which, lang)
    local_day = now.astimezone(COPENHAGEN).date()
    w = Writer(data, lang, now)
    generated = w.t(f"Udskrevet {long_date(local_day, 'da')}", f"Printed {long_date(local_day, 'en')}")
    subject = {
        "login": w.t("Vejledning til patienter: opret bruger og log ind på Patientportalen",
                     "Patient guide: create a user and log in to the patient portal"),
        "functions": w.t("Vejledning til patienter: Patientportalens funktioner",
                         "Patient guide: the patient portal's functions"),
    }[which]
    doc = BaseDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{title} – {data.name}", author=data.name, subject=subject,
        creator="clinicdesk", keywords=["patientportal", "vejledning", which], lang=PDF_LANG[lang],
        initialFontName=FONT, initialFontSize=10,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE_W - 2 * MARGIN_X, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = make_page_decorator(data, title, generated, w.t("Patientportal:", "Portal:"))
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvas_cls = type("GuideCanvas", (GuideCanvas,), {"page_label": w.t("Side {n} af {total}", "Page {n} of {total}")})
    with one_build():
        (login_story if which == "login" else functions_story)(w)
        doc.build(w.story, canvasmaker=canvas_cls)
    return GuideInfo(out, doc.page, which, lang, data.clinic_id, title)


