"""The demo obeys the rules real data obeys (issue 12, item 7), checked with the rule functions themselves.

The demo is built with the bulk loader (``clinicdesk demo --items N`` beyond the rich items), and its
output is held against: the portal's requirement of an e-mail address for every portal user
(``services.contact.is_email``), the renewal rules (``services.renewal_rules.check_medication``: intake
refuses a medicine with repeats left or an addictive one), sign-up intake (an adult gives an address; no
pending sign-up for someone already registered), the clinic's opening hours
(``services.opening_hours.check_week``), stock phrases (``services.phrase_admin.check_phrase``),
attachments within the clinic's limits (``services.attachments.check_clinic_files``) and patients' texts
(``services.text_gate.check`` with the clinic's maximum length, no emoji).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from clinicdesk.demo import build_demo
from clinicdesk.demo.build import MAX_RICH_ITEMS
from clinicdesk.domain.enums import MessageDirection, PortalAccountStatus, SignupDecision
from clinicdesk.models import (
    Attachment, Clinic, ClinicPatient, InboxItem, Medication, Message, Patient, PortalAccount, RenewalLine,
    SignupRequest, StockPhrase,
)
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import contact, opening_hours, text_gate
from clinicdesk.services.attachments import check_clinic_files
from clinicdesk.services.opening_hours import Span
from clinicdesk.services.phrase_admin import PhraseValues, check_phrase
from clinicdesk.services.renewal_rules import check_medication

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=timezone.utc)
ITEMS = MAX_RICH_ITEMS + 1600  # most of them from the bulk loader


@pytest.fixture
def demo(db, db_snapshot):
    summary = db_snapshot(("demo-rules", 11), lambda d: build_demo(d, seed=11, patients=700, items=ITEMS, now=NOW))
    return db, summary


def test_every_live_portal_user_has_an_email_address(demo):
    db, summary = demo
    with db.session() as s:
        accounts = s.execute(select(PortalAccount.email, PortalAccount.status)).all()
    live = [email for email, status in accounts if status != PortalAccountStatus.DELETED]
    assert len(live) > 300
    assert [e for e in live if not contact.is_email(e)] == []
    assert summary.portal_accounts == len(accounts)


def test_no_renewal_asks_for_a_medicine_intake_would_refuse(demo):
    db, _ = demo
    with db.session() as s:
        lines = s.execute(select(RenewalLine, Medication).join(Medication, Medication.id == RenewalLine.medication_id)
                          ).all()
        assert len(lines) > 200
        refused = [(ln.id, check_medication(med).code) for ln, med in lines
                   if not check_medication(med).patient_may_request]
        assert refused == []
        # the demo still has the medicines the rules refuse, on the patients' lists
        meds = s.scalars(select(Medication).where(Medication.active.is_(True))).all()
        codes = {check_medication(m).code for m in meds}
        assert {"addictive", "repeats_left"} <= codes


def test_pending_sign_ups_are_ones_intake_would_accept(demo):
    db, _ = demo
    with db.session() as s:
        pending = s.execute(select(SignupRequest, InboxItem.clinic_id).join(InboxItem)
                            .where(SignupRequest.decision == SignupDecision.PENDING)).all()
        assert pending
        for req, clinic_id in pending:
            if req.guardian_patient_id is None:
                assert contact.is_email(req.email), req.item_id
            registered = s.execute(
                select(ClinicPatient.portal_registered_at).join(Patient, Patient.id == ClinicPatient.patient_id)
                .join(PortalAccount, PortalAccount.patient_id == Patient.id)
                .where(Patient.cpr == req.cpr, ClinicPatient.clinic_id == clinic_id,
                       PortalAccount.status != PortalAccountStatus.DELETED)).scalar()
            assert registered is None, req.item_id


def test_clinics_hours_phrases_attachments_and_patient_texts_follow_the_rules(demo):
    db, _ = demo
    with db.session() as s:
        clinics = {c.id: c for c in s.scalars(select(Clinic))}
        for cid in clinics:
            week = [Span(r.weekday, r.opens, r.closes) for r in s.scalars(
                select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == cid))]
            assert week and opening_hours.check_week(week) == tuple(sorted(week))
        phrases = s.scalars(select(StockPhrase)).all()
        assert any(p.owner_id is not None for p in phrases)  # personal phrases too
        for p in phrases:
            assert check_phrase(PhraseValues(p.abbreviation, p.title, p.body)) == PhraseValues(
                p.abbreviation, p.title, p.body)
        files = defaultdict(list)
        for a, m, cid in s.execute(select(Attachment, Message, InboxItem.clinic_id)
                                   .join(Message, Message.id == Attachment.message_id)
                                   .join(InboxItem, InboxItem.id == Message.item_id)):
            files[(m.id, m.direction, cid)].append((a.filename, a.data))
        assert files
        for (_mid, direction, cid), fs in files.items():
            check_clinic_files(clinics[cid], fs, from_patient=direction == MessageDirection.FROM_PATIENT)
        texts = s.execute(select(Message.body, InboxItem.clinic_id).join(InboxItem)
                          .where(Message.direction == MessageDirection.FROM_PATIENT)).all()
        assert len(texts) > 500
        for body, cid in texts:
            text_gate.check(body, what="Beskeden", max_length=clinics[cid].max_econsult_length, required=True,
                            emoji=False)
        assert s.scalar(select(func.count()).select_from(InboxItem)) == ITEMS


def test_the_demo_calendar_is_made_from_schedules_like_a_real_clinic(demo):
    """Every bookable provider has a weekly schedule (so "Dan ledige tider" keeps its slots), every
    free future slot is of a type its provider offers, and a booking request asks for its slot's type."""
    from clinicdesk.domain.enums import ItemKind, SlotStatus
    from clinicdesk.models import BookingRequest, Provider, Slot
    from clinicdesk.models.calendar import ProviderAppointmentType, ScheduleBlock

    db, _ = demo
    with db.session() as s:
        bookable = set(s.scalars(select(Provider.id).where(Provider.booking_enabled.is_(True), Provider.active.is_(True))))
        scheduled = set(s.scalars(select(ScheduleBlock.provider_id).distinct()))
        assert bookable and bookable <= scheduled
        offered = set(tuple(r) for r in s.execute(select(ProviderAppointmentType.provider_id,
                                       ProviderAppointmentType.appointment_type_id)))
        free = s.execute(select(Slot.provider_id, Slot.appointment_type_id)
                         .where(Slot.status == SlotStatus.FREE, Slot.starts_at > NOW)).all()
        assert free and all(tuple(pair) in offered for pair in free)
        asked = s.execute(select(BookingRequest.appointment_type_id, Slot.appointment_type_id)
                          .join(Slot, Slot.id == BookingRequest.slot_id)
                          .join(InboxItem, InboxItem.id == BookingRequest.item_id)
                          .where(InboxItem.kind == ItemKind.BOOKING)).all()
        assert asked and all(a == b for a, b in asked)


def test_urgent_items_carry_the_flags_real_data_carries(demo):
    """Issue 15 item 1 and issue 12 item 7: in the demo, as in real data, an item is "Haster" exactly while
    its latest flag row is not cleared; an auto flag's words are what the safety net's detector
    (``services.safety.flags.detector_in``, as the portal's intake uses it) finds in the patient's
    message, at the message's time; every e-consultation message the detector flags has its auto flag;
    a flag set by hand names a staff member of the clinic and a reason. (The old demo made items URGENT
    at random, with no flag row: "Haster" with no words and no reason.)"""
    from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority
    from clinicdesk.models import StaffMembership
    from clinicdesk.models.safety import SOURCE_AUTO, SOURCE_MANUAL, UrgentFlag
    from clinicdesk.services.safety.flags import detector_in

    db, _ = demo
    with db.session() as s:
        items = {it.id: it for it in s.scalars(select(InboxItem))}
        flags = s.scalars(select(UrgentFlag).order_by(UrgentFlag.item_id, UrgentFlag.id)).all()
        latest = {f.item_id: f for f in flags}
        # priority and flags agree both ways: URGENT has an uncleared flag; an uncleared flag is not NORMAL
        urgent = {i for i, it in items.items() if it.priority == Priority.URGENT}
        assert urgent and urgent == {i for i, f in latest.items() if not f.cleared}
        assert all(items[i].priority != Priority.NORMAL for i, f in latest.items() if not f.cleared)

        auto = [f for f in flags if f.source == SOURCE_AUTO]
        manual = [f for f in flags if f.source == SOURCE_MANUAL]
        assert len(auto) >= 5 and len(manual) >= 5 and any(f.cleared for f in manual)
        assert {f.source for f in flags} == {SOURCE_AUTO, SOURCE_MANUAL}
        # an open item shows "Haster" with highlighted words
        assert any(items[f.item_id].status != ItemStatus.DONE and items[f.item_id].priority == Priority.URGENT
                   for f in auto)

        # by hand: a staff member of the item's clinic, a reason fit to store, no words, at a sensible time
        members = set(s.execute(select(StaffMembership.staff_id, StaffMembership.clinic_id)).all())
        for f in manual:
            item = items[f.item_id]
            assert f.reason.strip() and text_gate.check(f.reason, what="Begrundelsen", max_length=500) == f.reason
            assert (f.by_staff_id, f.clinic_id) in members and f.clinic_id == item.clinic_id
            assert f.words == "" and f.message_id is None
            assert item.received_at <= f.at <= (item.done_at or NOW)

        # auto: exactly where the detector finds words, with those words, at the message's time
        detectors = {cid: detector_in(s, cid) for cid in s.scalars(select(Clinic.id))}
        auto_by_message = {f.message_id: f for f in auto}
        assert len(auto_by_message) == len(auto)
        messages = s.execute(
            select(Message.id, Message.item_id, Message.body, Message.created_at).join(InboxItem)
            .where(InboxItem.kind == ItemKind.ECONSULT, Message.direction == MessageDirection.FROM_PATIENT)
            .order_by(Message.id)).all()
        assert len(messages) > 500
        seen_items: set[int] = set()
        found_cache: dict[tuple[int, str], tuple[str, ...]] = {}
        trap_seen = 0
        for mid, item_id, body, at in messages:
            item = items[item_id]
            # what intake scans (portal.intake.econsult): a new thread with its subject, a reply as it is
            text = body if item_id in seen_items else f"{item.subject}\n{body}"
            seen_items.add(item_id)
            key = (item.clinic_id, text)
            if key not in found_cache:
                found_cache[key] = detectors[item.clinic_id].detect(text).words
            words = found_cache[key]
            flag = auto_by_message.pop(mid, None)
            if words:
                assert flag is not None, (mid, words)
                assert flag.item_id == item_id and flag.clinic_id == item.clinic_id
                assert tuple(flag.words.split("\n")) == words and flag.at == at
                assert flag.by_staff_id is None and flag.reason == "" and not flag.cleared
            else:
                assert flag is None, (mid, flag.words)
            if "Ingen smerter i brystet" in body or "Min far havde en blodprop" in body:
                trap_seen += 1
                assert not words  # the texts that only look urgent stay unflagged
        assert auto_by_message == {}  # no auto flag without a scanned patient message behind it
        assert trap_seen >= 1
