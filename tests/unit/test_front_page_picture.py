"""The front page drawn for the settings preview: what it shows comes from the FrontPage alone."""

from __future__ import annotations

import io

from pypdf import PdfReader

from clinicdesk.domain.enums import Function
from clinicdesk.services.front_page import FrontPage, ProviderEntry
from clinicdesk.services.guides.screens.front import front_page_pdf, front_tiles


def _page(open_functions, holiday=None, providers=()):
    return FrontPage(7, "Lægehuset Ærø", "https://portal.example.dk/klinik/aeroe", holiday, True,
                     frozenset(open_functions), (), tuple(providers))


def _text(pdf) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text().split())


def test_the_drawing_shows_name_link_holiday_open_tiles_and_providers():
    anne = ProviderEntry(1, "Anne Østergaard, Praktiserende læge", "Anne Østergaard", "Praktiserende læge",
                         frozenset({Function.ECONSULT}))
    pdf = front_page_pdf(_page({Function.ECONSULT, Function.BOOKING}, "Ferie til 3. januar. Ring til Marstal.", [anne]))
    text = _text(pdf)
    assert "Lægehuset Ærø" in text and "portal.example.dk/klinik/aeroe" in text
    assert "Ferie til 3. januar. Ring til Marstal." in text
    assert "E-konsultation" in text and "Tidsbestilling" in text and "Dine aftaler" in text
    assert "Ikke muligt på portalen lige nu: Receptfornyelse." in text
    assert "Anne Østergaard, Praktiserende læge" in text
    assert 240 < pdf.width < 260 and pdf.height > 150


def test_without_booking_there_is_no_appointments_tile_and_a_holiday_makes_the_page_taller():
    assert front_tiles({Function.RENEWAL}, numbered=False) == [("Receptfornyelse", None), ("Dine beskeder", None)]
    plain = front_page_pdf(_page({Function.RENEWAL}))
    text = _text(plain)
    assert "Dine aftaler" not in text and "Ingen behandlere på portalen." in text
    assert front_page_pdf(_page({Function.RENEWAL}, "Lukket i uge 42.")).height > plain.height


def test_the_guide_numbers_its_tiles_in_the_portal_order():
    assert front_tiles([Function.BOOKING, Function.ECONSULT], numbered=True) == [
        ("E-konsultation", 1), ("Tidsbestilling", 2), ("Dine beskeder", 3), ("Dine aftaler", 4)]
