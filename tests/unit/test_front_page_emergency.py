"""The emergency notice drawn on the portal's front page (settings preview): above the way in to an
e-consultation, 112, 1813 and the clinic's phone, never without the e-consultation tile."""

from __future__ import annotations

import io

from pypdf import PdfReader

from clinicdesk.domain.enums import Function
from clinicdesk.services.front_page import FrontPage
from clinicdesk.services.guides.screens.front import emergency_widgets, front_page_pdf, front_tiles, front_widgets
from clinicdesk.services.safety.emergency import emergency_notice


def _page(open_functions, phone=""):
    return FrontPage(7, "Lægehuset Ærø", "https://portal.example.dk/klinik/aeroe", None, True,
                     frozenset(open_functions), (), (), emergency=emergency_notice(phone))


def _text(pdf) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text().split())


def test_the_notice_is_drawn_above_the_econsult_tile_with_the_clinics_phone():
    pdf = front_page_pdf(_page({Function.ECONSULT, Function.RENEWAL}, "70 10 20 30"))
    text = _text(pdf)
    assert "Haster det? Skriv ikke – ring." in text
    assert "112 – Ved livsfare: ring 112." in text
    assert "1813 – Akut sygdom" in text
    assert "70 10 20 30 – Haster det i klinikkens åbningstid: ring til klinikken." in text
    assert "E-konsultation er til spørgsmål, der kan vente et par dage." in text
    assert text.index("Haster det? Skriv ikke") < text.index("E-konsultation Receptfornyelse")


def test_without_econsult_there_is_no_notice_and_without_a_phone_no_phone_line():
    assert "Haster det?" not in _text(front_page_pdf(_page({Function.RENEWAL}, "70 10 20 30")))
    widgets = front_widgets("Velkommen", None, front_tiles({Function.ECONSULT}, numbered=False),
                            emergency=emergency_notice(""))
    assert [w[0] for w in widgets] == ["title", "title", "text", "text", "text", "tiles"]
    assert widgets[1][1] == "Haster det? Skriv ikke – ring."
    assert [w[1].split(" – ")[0] for w in widgets[2:4]] == ["112", "1813"]


def test_the_guide_keeps_its_front_page_unless_it_passes_a_notice():
    tiles = front_tiles({Function.ECONSULT}, numbered=True)
    assert front_widgets("Velkommen, Anna", None, tiles) == [("title", "Velkommen, Anna"), ("tiles", tiles)]
    assert emergency_widgets(None) == []
    assert emergency_widgets(emergency_notice("1234 5678"), callout=3)[0][2] == 3


def test_the_settings_preview_names_the_clinics_phone(db):
    """The settings dialog's preview shows the same notice as the portal: with the clinic's phone
    (the phone is not one of the portal settings, so the preview had 112 and 1813 only)."""
    from clinicdesk.demo import build_demo
    from clinicdesk.services import auth
    from clinicdesk.services.clinic_settings.load import load_settings, preview_front_page

    build_demo(db, patients=20, items=0)
    res = auth.login(db, "admin", "Demo1234!")
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = load_settings(db, actor)
    assert settings.phone
    page = preview_front_page(settings)
    assert any(settings.phone in line.number or settings.phone in line.text for line in page.emergency.lines)
