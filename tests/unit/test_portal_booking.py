"""Bookings and cancellations through the portal, and the race for one slot."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from clinicdesk.db import Database
from clinicdesk.models import Appointment, BookingRequest, HolidayPeriod, InboxItem, OutboxMail, Slot
from clinicdesk.domain.enums import AppointmentStatus, BookingOutcome, ItemKind, SlotStatus
from clinicdesk.portal import PortalRefusal, cancel_appointment, request_booking
from portal_world import ADULT, GUARDIAN, NOW, RECEIVER, build_world, local, set_clinic


def refused(code, fn, *args, **kwargs):
    with pytest.raises(PortalRefusal) as exc:
        fn(*args, **kwargs)
    assert exc.value.code == code, exc.value.message
    return exc.value


def book(db, w, slot="ok", cpr=ADULT, provider=None, comment="", now=NOW):
    return request_booking(db, w.clinic_id, cpr, provider_id=provider or w.doctor_id, appointment_type_id=w.type_id,
                           slot_id=w.slots[slot], comment=comment, now=now)


def slot_status(db, slot_id):
    with db.session() as s:
        return s.get(Slot, slot_id).status


def test_booking_waits_in_the_inbox_with_the_slot_held(any_db):
    w = build_world(any_db)
    r = book(any_db, w, comment="Knæet")
    assert r.kind == "booking" and r.appointment_id is None and r.due_date == date(2026, 3, 5)
    with any_db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert item.kind == ItemKind.BOOKING and item.subject == "Tidsbestilling: Almindelig konsultation"
        assert item.preview == "10.03.2026 kl. 10.00 hos Anna Holm, Praktiserende læge"
        br = s.get(BookingRequest, r.item_id)
        assert (br.outcome, br.slot_id, br.comment, br.starts_at) == (
            BookingOutcome.PENDING, w.slots["ok"], "Knæet", local(2026, 3, 10, 10))
        assert s.scalars(select(Appointment)).all() == []
    assert slot_status(any_db, w.slots["ok"]) == SlotStatus.BOOKED


def test_auto_create_makes_an_appointment_a_notice_and_a_mail(any_db):
    w = build_world(any_db, auto_create_appointments=True)
    r = book(any_db, w)
    assert r.kind == "booking_auto_created" and r.appointment_id and r.due_date is None
    with any_db.session() as s:
        appt = s.get(Appointment, r.appointment_id)
        assert (appt.status, appt.booked_online, appt.starts_at, appt.slot_id) == (
            AppointmentStatus.BOOKED, True, local(2026, 3, 10, 10), w.slots["ok"])
        assert s.get(BookingRequest, r.item_id).outcome == BookingOutcome.AUTO_CREATED
        assert s.get(InboxItem, r.item_id).subject.startswith("Tid booket")
        [mail] = s.scalars(select(OutboxMail)).all()
        assert mail.to_address == "mette@example.dk" and mail.kind == "booking_auto_created"


def test_slot_taken(any_db):
    w = build_world(any_db)
    book(any_db, w)
    refused("slot_taken", book, any_db, w, cpr=GUARDIAN)


@pytest.mark.parametrize(
    "slot,code",
    [("today", "slot_notice"), ("past", "slot_notice"), ("far", "slot_horizon"), ("evening", "slot_outside_hours"),
     ("saturday", "slot_outside_hours"), ("easter", "slot_holiday")],
)
def test_slot_rules(db, slot, code):
    w = build_world(db)
    e = refused(code, book, db, w, slot=slot)
    assert slot_status(db, w.slots[slot]) == SlotStatus.FREE
    if code == "slot_holiday":
        assert "påskedag" in e.message


def test_notice_and_horizon_follow_the_clinic(any_db):
    w = build_world(any_db, booking_min_notice_days=0, booking_max_horizon_days=8)
    assert book(any_db, w, slot="today").item_id  # same day allowed with 0 days' notice
    assert book(any_db, w, slot="ok").item_id  # exactly 8 days ahead
    set_clinic(any_db, w.clinic_id, booking_max_horizon_days=7)
    refused("slot_horizon", book, any_db, w, slot="ok2")


def test_slot_in_a_closing_holiday_period(any_db):
    w = build_world(any_db)
    with any_db.write_session() as s:
        s.add(HolidayPeriod(clinic_id=w.clinic_id, starts_at=local(2026, 3, 9, 0), ends_at=local(2026, 3, 16, 0),
                            close_booking=True))
    refused("slot_holiday", book, any_db, w)


def test_booking_switches_rights_and_provider(any_db):
    w = build_world(any_db)
    refused("provider_closed", book, any_db, w, slot="closed", provider=w.closed_id)
    refused("slot_unknown", book, any_db, w, slot="nurse")  # the nurse's slot asked of the doctor
    refused("right_blocked", book, any_db, w, cpr=RECEIVER)
    set_clinic(any_db, w.clinic_id, booking_enabled=False)
    refused("booking_closed", book, any_db, w)


def test_comment_required_by_the_provider(any_db):
    w = build_world(any_db)
    refused("comment_required", book, any_db, w, slot="nurse", provider=w.nurse_id)
    refused("comment_required", book, any_db, w, slot="nurse", provider=w.nurse_id, comment="   ")
    assert book(any_db, w, slot="nurse", provider=w.nurse_id, comment="Blodprøve").item_id


def test_holiday_closing_booking_at_the_moment_of_request(any_db):
    w = build_world(any_db)
    with any_db.write_session() as s:
        s.add(HolidayPeriod(clinic_id=w.clinic_id, starts_at=NOW - timedelta(days=1), ends_at=NOW + timedelta(days=1),
                            close_booking=True, message="Ferie"))
    refused("holiday", book, any_db, w)


# -- cancellation ---------------------------------------------------------------------------
def test_cancel_own_appointment_frees_the_slot(any_db):
    w = build_world(any_db, auto_create_appointments=True)
    r = book(any_db, w)
    c = cancel_appointment(any_db, w.clinic_id, ADULT, appointment_id=r.appointment_id, now=NOW + timedelta(days=1))
    assert c.kind == "cancellation"
    with any_db.session() as s:
        appt = s.get(Appointment, r.appointment_id)
        assert appt.status == AppointmentStatus.CANCELLED_BY_PATIENT and appt.cancelled_at == NOW + timedelta(days=1)
        assert s.get(InboxItem, c.item_id).subject == "Tid aflyst af patienten"
    assert slot_status(any_db, w.slots["ok"]) == SlotStatus.FREE
    # someone else can now book it
    assert book(any_db, w, cpr=GUARDIAN, now=NOW + timedelta(days=1)).appointment_id


def test_cancel_within_the_limit_is_refused(any_db):
    w = build_world(any_db, auto_create_appointments=True)
    r = book(any_db, w)
    start = local(2026, 3, 10, 10)
    e = refused("cancel_too_late", cancel_appointment, any_db, w.clinic_id, ADULT, appointment_id=r.appointment_id,
                now=start - timedelta(hours=47, minutes=59))
    assert "48 timer" in e.message and "70 10 20 30" in e.message
    ok = cancel_appointment(any_db, w.clinic_id, ADULT, appointment_id=r.appointment_id, now=start - timedelta(hours=48))
    assert ok.item_id


def test_cancel_limit_follows_the_clinic_and_only_own_appointments(any_db):
    w = build_world(any_db, auto_create_appointments=True, cancellation_limit_hours=24)
    r = book(any_db, w)
    start = local(2026, 3, 10, 10)
    refused("appointment_unknown", cancel_appointment, any_db, w.clinic_id, GUARDIAN, appointment_id=r.appointment_id,
            now=NOW)
    assert cancel_appointment(any_db, w.clinic_id, ADULT, appointment_id=r.appointment_id,
                              now=start - timedelta(hours=30)).item_id
    refused("appointment_unknown", cancel_appointment, any_db, w.clinic_id, ADULT, appointment_id=r.appointment_id,
            now=NOW)  # already cancelled


# -- the race ---------------------------------------------------------------------------------
def _race(url: str, w) -> list[str]:
    """Two patients, two connections (own Database objects), one slot, started together."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = []
    lock = threading.Lock()

    def patient(cpr):
        d = Database(url, migrate=False)
        try:
            barrier.wait()
            try:
                book(d, w, cpr=cpr)
                res = "won"
            except PortalRefusal as exc:
                res = exc.code
            with lock:
                outcomes.append(res)
        finally:
            d.dispose()

    threads = [threading.Thread(target=patient, args=(c,)) for c in (ADULT, GUARDIAN)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return sorted(outcomes)


def test_two_patients_race_for_one_slot(any_db):
    w = build_world(any_db, auto_create_appointments=True)
    url = any_db.url.render_as_string(hide_password=False)
    for _ in range(3):
        assert _race(url, w) == ["slot_taken", "won"]
        with any_db.session() as s:
            appts = s.scalars(select(Appointment).where(Appointment.status == AppointmentStatus.BOOKED)).all()
            assert len(appts) == 1
            winner = appts[0]
        # the winner cancels (far ahead), and they race again
        cpr = ADULT if winner.patient_id == w.patient_id else GUARDIAN
        cancel_appointment(any_db, w.clinic_id, cpr, appointment_id=winner.id, now=NOW)


def test_guarded_update_alone_decides(any_db):
    """Even when both passed the first look (status read as free), only one flip succeeds."""
    from sqlalchemy import update

    w = build_world(any_db)
    sid = w.slots["ok"]
    with any_db.write_session() as s:
        n1 = s.execute(update(Slot).where(Slot.id == sid, Slot.status == SlotStatus.FREE)
                       .values(status=SlotStatus.BOOKED)).rowcount
    with any_db.write_session() as s:
        n2 = s.execute(update(Slot).where(Slot.id == sid, Slot.status == SlotStatus.FREE)
                       .values(status=SlotStatus.BOOKED)).rowcount
    assert (n1, n2) == (1, 0)


@pytest.mark.postgres
def test_postgres_both_saw_the_slot_free_and_the_guarded_flip_decides(pg_db):
    """B reads the slot as free while A's flip is not yet committed; B's guarded update waits for A and loses."""
    import time

    from sqlalchemy import text, update

    w = build_world(pg_db, auto_create_appointments=True)
    sid = w.slots["ok"]
    outcome: list[str] = []

    def patient_b():
        try:
            book(pg_db, w, cpr=GUARDIAN)
            outcome.append("won")
        except PortalRefusal as exc:
            outcome.append(exc.code)

    with pg_db.write_session() as s:
        s.execute(update(Slot).where(Slot.id == sid, Slot.status == SlotStatus.FREE).values(status=SlotStatus.BOOKED))
        b = threading.Thread(target=patient_b)
        b.start()
        with pg_db.engine.connect() as watch:  # wait until B stands in the row lock
            for _ in range(400):
                waiting = watch.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'")).scalar()
                if waiting or not b.is_alive():
                    break
                time.sleep(0.025)
        assert b.is_alive(), outcome  # B got past its first look (status free) and now waits
    b.join(30)
    assert outcome == ["slot_taken"]
    with pg_db.session() as s:
        assert s.scalars(select(Appointment)).all() == []
