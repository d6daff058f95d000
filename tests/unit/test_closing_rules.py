"""Closing rules: a renewal is never closed with an undecided line; closing or declining a
booking request frees the slot the portal held for it, so another patient can book it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.enums import BookingOutcome, ItemStatus, LineDecision, Role, SlotStatus
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import BookingRequest, InboxItem, RenewalLine, Slot
from clinicdesk.portal import request_booking
from clinicdesk.services import auth, inbox
from inbox_helpers import PW, add_renewal, make_world
from portal_world import ADULT, GUARDIAN, NOW, build_world


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _status(db, item_id):
    with db.session() as s:
        return s.get(InboxItem, item_id).status


# ---------------------------------------------------------------------------- renewals
def test_a_renewal_with_undecided_lines_cannot_be_closed_without_answer(world):
    db, w = world
    item, _lines = add_renewal(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    with pytest.raises(ValidationError) as exc:
        inbox.close_without_answer(db, w.receptionist, item, "Dobbelt anmodning", expected_version=o.detail.version)
    assert exc.value.code == "lines_pending"
    assert exc.value.message.startswith("Receptfornyelsen kan ikke afsluttes, før der er taget stilling til alle linjer.")
    assert _status(db, item) == ItemStatus.OPEN
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(RenewalLine).where(
            RenewalLine.item_id == item, RenewalLine.decision == LineDecision.PENDING)).scalar() == 2


def test_a_renewal_with_undecided_lines_cannot_be_marked_done(world):
    db, w = world
    item, _lines = add_renewal(db, w)
    o = inbox.open_item(db, w.doctor, item)
    with pytest.raises(ValidationError) as exc:
        inbox.mark_done(db, w.doctor, item, expected_version=o.detail.version)
    assert exc.value.code == "lines_pending"
    assert _status(db, item) == ItemStatus.OPEN


def test_one_undecided_line_is_enough_to_refuse(world):
    db, w = world
    item, lines = add_renewal(db, w)
    o = inbox.open_item(db, w.doctor, item)
    r = inbox.decide_renewal_line(db, w.doctor, item, lines[0], True, expected_version=o.detail.version)
    with pytest.raises(ValidationError) as exc:
        inbox.close_without_answer(db, w.doctor, item, "Patienten ringede", expected_version=r.version)
    assert exc.value.code == "lines_pending"


def test_a_renewal_with_every_line_decided_may_be_closed(world):
    db, w = world
    item, lines = add_renewal(db, w)
    o = inbox.open_item(db, w.doctor, item)
    r = inbox.decide_renewal_line(db, w.doctor, item, lines[0], True, expected_version=o.detail.version)
    r = inbox.decide_renewal_line(db, w.doctor, item, lines[1], False, "Tag en tid", expected_version=r.version)
    res = inbox.close_without_answer(db, w.doctor, item, "Sendt pr. telefon", expected_version=r.version)
    assert res.status == ItemStatus.DONE


# ---------------------------------------------------------------------------- bookings
@pytest.fixture
def booked(any_db):
    """A patient's booking request waiting in the inbox, its slot held (BOOKED)."""
    w = build_world(any_db)
    with any_db.write_session() as s:
        staff = auth.create_staff(s, "sekr", "Rasmus Sekretær", PW, {w.clinic_id: Role.RECEPTIONIST})
        desk = auth.Actor(staff.id, staff.full_name, w.clinic_id, Role.RECEPTIONIST, "Lægehuset Åbakken")
    r = request_booking(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=w.type_id,
                        slot_id=w.slots["ok"], now=NOW)
    assert _slot(any_db, w.slots["ok"]) == SlotStatus.BOOKED
    return any_db, w, desk, r.item_id


def _slot(db, slot_id):
    with db.session() as s:
        return s.get(Slot, slot_id).status


def _book_again(db, w, cpr=GUARDIAN):
    return request_booking(db, w.clinic_id, cpr, provider_id=w.doctor_id, appointment_type_id=w.type_id,
                           slot_id=w.slots["ok"], now=NOW)


def test_closing_a_booking_request_without_answer_frees_its_slot(booked):
    db, w, desk, item = booked
    o = inbox.open_item(db, desk, item)
    res = inbox.close_without_answer(db, desk, item, "Patienten har ringet og aflyst", expected_version=o.detail.version)
    assert res.status == ItemStatus.DONE
    assert _slot(db, w.slots["ok"]) == SlotStatus.FREE
    with db.session() as s:
        assert s.get(BookingRequest, item).outcome == BookingOutcome.PENDING  # no decision was sent
    # another patient can book the time now
    again = _book_again(db, w)
    assert again.kind == "booking" and _slot(db, w.slots["ok"]) == SlotStatus.BOOKED


def test_declining_a_booking_request_frees_its_slot(booked):
    db, w, desk, item = booked
    o = inbox.open_item(db, desk, item)
    inbox.decline_booking(db, desk, item, "Lægen er på kursus", expected_version=o.detail.version)
    assert _slot(db, w.slots["ok"]) == SlotStatus.FREE
    assert _book_again(db, w).kind == "booking"


def test_closing_frees_the_slot_in_the_same_transaction(booked, monkeypatch):
    """When the close fails at its end (the audit entry), the slot stays held."""
    db, w, desk, item = booked
    o = inbox.open_item(db, desk, item)
    from clinicdesk.services import audit

    def failing(session, action, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError):
        inbox.close_without_answer(db, desk, item, "Aflyst", expected_version=o.detail.version)
    monkeypatch.undo()
    assert _slot(db, w.slots["ok"]) == SlotStatus.BOOKED
    assert _status(db, item) == ItemStatus.OPEN


def test_reopening_a_closed_request_holds_the_slot_again_or_warns(booked):
    db, w, desk, item = booked
    o = inbox.open_item(db, desk, item)
    res = inbox.close_without_answer(db, desk, item, "Fejl", expected_version=o.detail.version)
    back = inbox.reopen_item(db, desk, item, expected_version=res.version)
    assert back.status == ItemStatus.OPEN and back.warnings == ()
    assert _slot(db, w.slots["ok"]) == SlotStatus.BOOKED
    # closed again, and this time another patient books the time before it is reopened
    res = inbox.close_without_answer(db, desk, item, "Fejl igen", expected_version=back.version)
    other = _book_again(db, w)
    back = inbox.reopen_item(db, desk, item, expected_version=res.version)
    assert back.warnings == ("Den ønskede tid er ikke længere ledig. Tilbyd en anden tid, eller afvis.",)
    with db.session() as s:
        assert s.get(BookingRequest, item).slot_id is None  # it holds no slot any more
    # accepting it now would give one time to two patients: refused
    with pytest.raises(ValidationError) as exc:
        inbox.accept_booking(db, desk, item, expected_version=back.version)
    assert exc.value.code == "slot_taken"
    # declining it does not free the other patient's slot; the other is accepted as usual
    declined = inbox.decline_booking(db, desk, item, "Tiden er optaget", expected_version=back.version)
    assert declined.status == ItemStatus.DONE and _slot(db, w.slots["ok"]) == SlotStatus.BOOKED
    o2 = inbox.open_item(db, desk, other.item_id)
    accepted = inbox.accept_booking(db, desk, other.item_id, expected_version=o2.detail.version)
    assert accepted.status == ItemStatus.DONE


def test_closing_a_decided_booking_leaves_its_appointment_alone(booked):
    db, w, desk, item = booked
    o = inbox.open_item(db, desk, item)
    res = inbox.accept_booking(db, desk, item, expected_version=o.detail.version)
    back = inbox.reopen_item(db, desk, item, expected_version=res.version)
    inbox.close_without_answer(db, desk, item, "Færdig", expected_version=back.version)
    assert _slot(db, w.slots["ok"]) == SlotStatus.BOOKED  # the patient's appointment keeps its slot
    with db.session() as s:
        assert s.get(BookingRequest, item).appointment_id == res.created_id
