"""The texts the portal writes into an item itself are read back as the templates they came from
(so a view can show them in the user's language); anything else is left as it is."""

from __future__ import annotations

from datetime import datetime, timezone

from clinicdesk.domain import portal_texts as pt
from clinicdesk.domain.messages import ServiceText

AT = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)  # 10.00 in Copenhagen


def test_a_booking_line_is_stored_in_danish_and_read_back_with_its_parts():
    line = pt.booking_line(AT, "Anna Holm, Praktiserende læge")
    assert str(line) == "10.03.2026 kl. 10.00 hos Anna Holm, Praktiserende læge"
    back = pt.recognise(str(line))
    assert isinstance(back, ServiceText) and back.template == pt.BOOKING_LINE.template
    assert back.params == {"date": "10.03.2026", "hour": "10", "minute": "00", "provider": "Anna Holm, Praktiserende læge"}
    assert pt.recognise(str(pt.booking_line(AT))).template == pt.BOOKING_TIME.template


def test_the_portals_subjects_are_recognised():
    assert pt.recognise("Tid aflyst af patienten").template == pt.CANCELLED.template
    booked = pt.recognise("Tid booket: Almindelig konsultation")
    assert (booked.template, booked.params) == (pt.BOOKED.template, {"type": "Almindelig konsultation"})
    assert pt.recognise(str(pt.REQUESTED.format(type="Vaccination"))).params == {"type": "Vaccination"}


def test_other_text_is_left_as_it_is():
    for text in ("Jeg kommer kl. 10.00 hos jer", "10.03.2026 kl. 10.00 hos", "Tid aflyst af patienten i går",
                 "", "10.3.2026 kl. 10.00 hos Anna"):
        back = pt.recognise(text)
        assert back == text and not isinstance(back, ServiceText)
    assert pt.recognise(None) == ""


def test_an_econsultations_subject_is_peoples_words_but_for_its_defaults():
    typed = "Tidsbestilling: kan I ringe mig op?"
    assert pt.recognise(typed).template == pt.REQUESTED.template  # (read as the portal's, it would be translated)
    assert pt.recognise(typed, written_by_people=True) == typed
    assert not isinstance(pt.recognise(typed, written_by_people=True), ServiceText)
    assert pt.recognise("E-konsultation", written_by_people=True) is pt.ECONSULT
    assert pt.recognise("Besked fra klinikken", written_by_people=True) is pt.CLINIC_MESSAGE
