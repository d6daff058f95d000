"""What the portal's front page shows."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from clinicdesk.models import ClinicPatient, HolidayPeriod
from clinicdesk.domain.enums import Function, RightMode
from clinicdesk.services.front_page import front_page
from portal_world import ADULT, NOW, OUTSIDER, RECEIVER, build_world, set_clinic

ALL = frozenset(Function)


def test_front_page_for_everyone(db):
    w = build_world(db)
    fp = front_page(db, w.clinic_id, now=NOW)
    assert (fp.display_name, fp.portal_link) == ("Lægehuset Åbakken", "https://portal.example.dk/aabakken")
    assert fp.holiday_message is None and fp.signup_open and fp.open_functions == ALL and fp.closed == ()
    assert fp.patient_registered is None
    labels = [(p.label, p.title, p.open_functions) for p in fp.providers]
    assert labels == [
        ("Anna Holm, Praktiserende læge", "Praktiserende læge", ALL),
        ("Sygeplejersken", "", ALL),  # a custom name hides the title
        ("Carl Berg, Læge", "Læge", frozenset()),
    ]


def test_front_page_in_a_holiday(db):
    w = build_world(db)
    with db.write_session() as s:
        s.add(HolidayPeriod(clinic_id=w.clinic_id, starts_at=NOW - timedelta(days=1), ends_at=NOW + timedelta(days=6),
                            message="Klinikken holder vinterferie.", standin_clinic="Lægerne i Byen",
                            standin_phone="70 11 22 33"))
    fp = front_page(db, w.clinic_id, now=NOW)
    assert fp.holiday_message == ("Klinikken holder vinterferie. Under ferien passes klinikken af Lægerne i Byen, "
                                  "telefon 70 11 22 33.")
    assert fp.open_functions == {Function.BOOKING}
    assert {c.function: c.code for c in fp.closed} == {Function.ECONSULT: "holiday", Function.RENEWAL: "holiday"}
    assert fp.providers[0].open_functions == {Function.BOOKING}
    assert front_page(db, w.clinic_id, now=NOW + timedelta(days=6)).holiday_message is None


def test_front_page_for_a_patient(db):
    w = build_world(db)
    set_clinic(db, w.clinic_id, booking_enabled=False)
    fp = front_page(db, w.clinic_id, ADULT, now=NOW)
    assert fp.patient_registered is True and fp.open_functions == {Function.ECONSULT, Function.RENEWAL}
    fp = front_page(db, w.clinic_id, RECEIVER, now=NOW)
    assert fp.open_functions == {Function.RENEWAL}
    assert {c.function: c.code for c in fp.closed} == {Function.ECONSULT: "receive_only",
                                                       Function.BOOKING: "booking_closed"}
    fp = front_page(db, w.clinic_id, OUTSIDER, now=NOW)
    assert fp.patient_registered is False and fp.open_functions == frozenset()
    with db.write_session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == w.patient_id)).one()
        cp.renewal_right = RightMode.BLOCKED
    assert front_page(db, w.clinic_id, ADULT, now=NOW).open_functions == {Function.ECONSULT}
