"""The four kinds of inbox work, each flow to its end, with what is stored and mailed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import (
    Appointment,
    AuditEntry,
    ClinicPatient,
    InboxItem,
    OutboxMail,
    Patient,
    PortalAccount,
    RenewalLine,
    SignupRequest,
    Slot,
)
from clinicdesk.domain.enums import (
    BookingOutcome,
    ItemKind,
    ItemStatus,
    LineDecision,
    MessageDirection,
    PortalAccountStatus,
    RightMode,
    Role,
    SlotStatus,
)
from clinicdesk.services import inbox
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.services.inbox import Folder, ItemQuery, NewAttachment
from inbox_helpers import add_booking, add_econsult, add_free_slot, add_renewal, add_signup, make_world

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _mails(db):
    with db.session() as s:
        return s.execute(select(OutboxMail).order_by(OutboxMail.id)).scalars().all()


def _assert_clean(mail, *forbidden):
    text = mail.subject + "\n" + mail.body
    assert not re.search(r"\d{6}-?\d{4}", text), "a CPR-like number in a mail"
    for f in forbidden:
        assert f.lower() not in text.lower()


def _actions(db):
    with db.session() as s:
        return [a for a in s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars()]


# -- e-consultation ----------------------------------------------------------
def test_econsult_answer_with_stock_phrase_and_attachment(world):
    db, w = world
    item = add_econsult(db, w, "Mit blodtryk var 150/95 i går\nEr det farligt?")
    o = inbox.open_item(db, w.doctor, item)
    phrase = inbox.expand_phrase(db, w.doctor, "BT")
    assert phrase.startswith("Dit blodtryk er fint")
    assert [p.abbreviation for p in inbox.list_stock_phrases(db, w.doctor)] == ["bt", "tak"]
    res = inbox.answer(db, w.doctor, item, phrase, [NewAttachment("måling.png", PNG), NewAttachment("ark.pdf", PDF)],
                       o.detail.version)
    assert res.status == ItemStatus.DONE and res.mail_queued and res.message == "Svaret er sendt."
    thread = res.detail.messages
    assert [m.direction for m in thread] == [MessageDirection.FROM_PATIENT, MessageDirection.TO_PATIENT]
    assert thread[1].author_name == "Dorthe Læge" and thread[1].body == phrase
    assert [(a.filename, a.content_type) for a in thread[1].attachments] == [
        ("måling.png", "image/png"), ("ark.pdf", "application/pdf")]
    f = inbox.get_attachment(db, w.doctor, thread[1].attachments[1].id, save=True)
    assert f.data == PDF
    assert inbox.get_attachment(db, w.doctor, thread[1].attachments[0].id).data == PNG  # a preview: logged too
    with db.session() as s:
        logged = s.execute(select(AuditEntry.action, AuditEntry.context).where(
            AuditEntry.action.in_((Action.SAVE_FILE, Action.PREVIEW_ATTACHMENT))).order_by(AuditEntry.id)).all()
    assert [tuple(r) for r in logged] == [(Action.SAVE_FILE, f"inbox:{item}"), (Action.PREVIEW_ATTACHMENT, f"inbox:{item}")]
    [mail] = _mails(db)
    assert mail.to_address == "aerling@example.org" and mail.item_id == item
    _assert_clean(mail, "blodtryk", "150/95", "Østergaard")
    assert Action.ANSWER_ITEM in _actions(db) and Action.SAVE_FILE in _actions(db)
    # no longer claimed; in Done
    assert inbox.claim_state(db, w.nurse, item).holder_id is None
    assert [r.id for r in inbox.list_items(db, w.doctor, ItemQuery(folder=Folder.DONE)).rows] == [item]


def test_econsult_answer_awaiting_patient_and_refusals(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.nurse, item)
    with pytest.raises(ValidationError) as e:
        inbox.answer(db, w.nurse, item, "   ", (), o.detail.version)
    assert e.value.code == "empty_text"
    with pytest.raises(ValidationError) as e:
        inbox.answer(db, w.nurse, item, "Se vedhæftet", [NewAttachment("virus.pdf", b"MZ\x90\x00not a pdf")],
                     o.detail.version)
    assert e.value.code == "attachment_type"
    with pytest.raises(ValidationError) as e:
        inbox.answer(db, w.nurse, item, "mange", [NewAttachment(f"{i}.png", PNG) for i in range(10)], o.detail.version)
    assert e.value.code == "too_many_attachments"
    res = inbox.answer(db, w.nurse, item, "Hvor længe har du haft det?", (), o.detail.version, close=False)
    assert res.status == ItemStatus.AWAITING_PATIENT
    assert inbox.folder_counts(db, w.doctor)[Folder.AWAITING_PATIENT] == 1


def test_close_without_answer_needs_a_reason(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    with pytest.raises(ValidationError) as e:
        inbox.close_without_answer(db, w.receptionist, item, " ", expected_version=o.detail.version)
    assert e.value.code == "reason_required"
    res = inbox.close_without_answer(db, w.receptionist, item, "Patienten har ringet", expected_version=o.detail.version)
    assert res.status == ItemStatus.DONE and res.detail.closed_reason == "Patienten har ringet"
    assert _mails(db) == []


def test_start_thread_opret_e_svar(world):
    db, w = world
    res = inbox.start_thread(db, w.doctor, w.patient2_id, w.provider_id, "Dine prøvesvar er normale.")
    assert res.created_id == res.item_id and res.mail_queued
    d = res.detail
    assert d.patient_name == "Karen Hansen" and d.status == ItemStatus.DONE
    assert d.messages[0].direction == MessageDirection.TO_PATIENT
    [mail] = _mails(db)
    assert mail.to_address == "karen@example.org"
    _assert_clean(mail, "prøvesvar")


def test_internal_note_is_not_mailed(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.nurse, item)
    res = inbox.add_internal_note(db, w.nurse, item, "Ring til patienten i morgen", expected_version=o.detail.version)
    assert res.detail.messages[-1].direction == MessageDirection.INTERNAL
    assert _mails(db) == []


# -- renewal -----------------------------------------------------------------
def test_renewal_decided_by_a_doctor_and_mailed(world):
    db, w = world
    item, (l1, l2) = add_renewal(db, w, repeats_left=2)
    o = inbox.open_item(db, w.doctor, item)
    rv = o.detail.renewal
    assert rv.pharmacy == "Løve Apotek, Storegade 1"
    assert [ln.label for ln in rv.lines] == ["Losartan 50 mg", "Atorvastatin 20 mg"]
    assert "2 udleveringer tilbage" in rv.lines[1].warning
    assert {m.label: m.requested for m in rv.medications} == {"Atorvastatin 20 mg": True, "Losartan 50 mg": True}
    r1 = inbox.decide_renewal_line(db, w.doctor, item, l1, True, expected_version=o.detail.version)
    assert r1.warnings == ()
    with pytest.raises(ValidationError) as e:
        inbox.finish_renewal(db, w.doctor, item, expected_version=r1.version)
    assert e.value.code == "lines_pending"
    with pytest.raises(ValidationError) as e:
        inbox.decide_renewal_line(db, w.doctor, item, l2, False, "", expected_version=r1.version)
    assert e.value.code == "reason_required"
    r2 = inbox.decide_renewal_line(db, w.doctor, item, l2, True, expected_version=r1.version)
    assert any("tilbage på apoteket" in x for x in r2.warnings)
    done = inbox.finish_renewal(db, w.doctor, item, expected_version=r2.version)
    assert done.status == ItemStatus.DONE and done.message == "Afgørelsen er sendt (2 af 2 godkendt)."
    [mail] = _mails(db)
    _assert_clean(mail, "Losartan", "Atorvastatin")
    assert mail.kind == "renewal_decided"


def test_addictive_line_cannot_be_approved_online(world):
    db, w = world
    item, (l1, l2) = add_renewal(db, w, addictive=True)
    o = inbox.open_item(db, w.doctor, item)
    assert "kan ikke fornyes online" in o.detail.renewal.lines[1].warning
    with pytest.raises(ValidationError) as e:
        inbox.decide_renewal_line(db, w.doctor, item, l2, True, expected_version=o.detail.version)
    assert e.value.code == "addictive_not_online" and "konsultation" in str(e.value)
    r = inbox.decide_renewal_line(db, w.doctor, item, l2, False, "Sovemedicin kræver en konsultation",
                                  expected_version=o.detail.version)
    with db.session() as s:
        line = s.get(RenewalLine, l2)
        assert line.decision == LineDecision.REJECTED and line.reason == "Sovemedicin kræver en konsultation"
    assert r.detail.renewal.lines[1].decided_by_name == "Dorthe Læge"


@pytest.mark.parametrize("who", ["nurse", "receptionist"])
def test_only_doctors_decide_renewals_even_through_the_service(world, who):
    db, w = world
    item, (l1, _l2) = add_renewal(db, w)
    actor = getattr(w, who)
    o = inbox.open_item(db, actor, item)
    with pytest.raises(PermissionDenied):
        inbox.decide_renewal_line(db, actor, item, l1, True, expected_version=o.detail.version)
    with pytest.raises(PermissionDenied):
        inbox.finish_renewal(db, actor, item, expected_version=o.detail.version)
    with db.session() as s:
        assert s.get(RenewalLine, l1).decision == LineDecision.PENDING
        denied = s.execute(select(AuditEntry).where(AuditEntry.action == Action.PERMISSION_DENIED)).scalars().all()
    assert [d.detail for d in denied] == ["decide_renewal", "decide_renewal"]
    # they prepare it and route it to the doctors instead
    res = inbox.route_to_doctor(db, actor, item, note="Blodtryk målt i sidste uge", expected_version=o.detail.version)
    assert res.detail.assigned_role == Role.DOCTOR and res.detail.renewal.routed_to_doctor
    assert item in {r.id for r in inbox.list_items(db, w.doctor2, ItemQuery(folder=Folder.MINE)).rows}


# -- booking -----------------------------------------------------------------
def _future(hours: int) -> datetime:
    base = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    return base.replace(hour=8) + timedelta(hours=hours)


def test_booking_accept_creates_appointment_and_mails(world):
    db, w = world
    when = _future(1)
    item, slot = add_booking(db, w, when)
    with db.write_session() as s:  # the portal holds the requested slot
        s.get(Slot, slot).status = SlotStatus.BOOKED
    o = inbox.open_item(db, w.receptionist, item)
    assert o.detail.booking.appointment_type == "Konsultation" and o.detail.booking.starts_at == when
    day = inbox.provider_day(db, w.receptionist, w.provider_id, when.astimezone(COPENHAGEN).date(), item_id=item)
    assert day.requested.starts_at == when and day.clashes == ()
    res = inbox.accept_booking(db, w.receptionist, item, expected_version=o.detail.version)
    assert res.status == ItemStatus.DONE and res.detail.booking.outcome == BookingOutcome.ACCEPTED.value
    with db.session() as s:
        appt = s.get(Appointment, res.created_id)
        assert (appt.patient_id, appt.starts_at, appt.slot_id) == (w.patient_id, when, slot)
        assert s.get(Slot, slot).status == SlotStatus.BOOKED
    [mail] = _mails(db)
    assert mail.kind == "booking_accepted"
    _assert_clean(mail, "Knæ")


def test_booking_clash_shown_then_other_slot_offered(world):
    db, w = world
    when = _future(2)
    first, _ = add_booking(db, w, when)
    o1 = inbox.open_item(db, w.receptionist, first)
    inbox.accept_booking(db, w.receptionist, first, expected_version=o1.detail.version)
    # a second request for an overlapping time (no slot row of its own)
    with db.write_session() as s:
        from clinicdesk.models import BookingRequest
        it = InboxItem(clinic_id=w.clinic_id, kind=ItemKind.BOOKING, patient_id=w.patient2_id,
                       provider_id=w.provider_id, subject="Tidsbestilling", preview="x")
        s.add(it)
        s.flush()
        s.add(BookingRequest(item_id=it.id, provider_id=w.provider_id, appointment_type_id=w.appointment_type_id,
                             starts_at=when + timedelta(minutes=5)))
        second = it.id
    other = add_free_slot(db, w, when + timedelta(hours=1))
    o2 = inbox.open_item(db, w.receptionist, second)
    day = inbox.provider_day(db, w.receptionist, w.provider_id, when.astimezone(COPENHAGEN).date(), item_id=second)
    assert [c.patient_name for c in day.clashes] == ["Ærling Østergaard"]
    assert [f.slot_id for f in day.free_slots] == [other]
    with pytest.raises(ValidationError) as e:
        inbox.accept_booking(db, w.receptionist, second, expected_version=o2.detail.version)
    assert e.value.code == "slot_clash"
    res = inbox.offer_other_slot(db, w.receptionist, second, other, "Vi har en tid en time senere.",
                                 expected_version=o2.detail.version)
    assert res.detail.booking.outcome == BookingOutcome.OFFERED_OTHER.value
    assert res.detail.booking.offered_starts_at == when + timedelta(hours=1)
    with db.session() as s:
        assert s.get(Slot, other).status == SlotStatus.BOOKED
    assert _mails(db)[-1].kind == "booking_moved"


def test_booking_decline_frees_the_held_slot(world):
    db, w = world
    item, slot = add_booking(db, w, _future(3))
    with db.write_session() as s:
        s.get(Slot, slot).status = SlotStatus.BOOKED
    o = inbox.open_item(db, w.receptionist, item)
    with pytest.raises(ValidationError):
        inbox.decline_booking(db, w.receptionist, item, "", expected_version=o.detail.version)
    res = inbox.decline_booking(db, w.receptionist, item, "Lægen holder fri den dag",
                                expected_version=o.detail.version)
    assert res.detail.booking.outcome == "declined"
    with db.session() as s:
        assert s.get(Slot, slot).status == SlotStatus.FREE
    assert _mails(db)[-1].kind == "booking_declined"


# -- sign-up -----------------------------------------------------------------
def test_signup_new_patient_approved_with_unticked_function(world):
    db, w = world
    item = add_signup(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    sv = o.detail.signup
    assert sv.matching_patient_id is None and any("opretter patienten" in x for x in sv.warnings)
    r1 = inbox.set_signup_functions(db, w.receptionist, item, econsult=True, renewal=False, booking=True,
                                    expected_version=o.detail.version)
    assert r1.detail.signup.wants_renewal is False
    res = inbox.approve_signup(db, w.receptionist, item, expected_version=r1.version)
    assert res.status == ItemStatus.DONE and res.mail_queued
    with db.session() as s:
        p = s.execute(select(Patient).where(Patient.cpr == "1505921235")).scalar_one()
        assert res.created_id == p.id and p.full_name == "Mads Madsen"
        cp = s.execute(select(ClinicPatient).where(ClinicPatient.patient_id == p.id)).scalar_one()
        assert (cp.econsult_right, cp.renewal_right, cp.booking_right) == (
            RightMode.ALLOWED, RightMode.BLOCKED, RightMode.ALLOWED)
        acc = s.execute(select(PortalAccount).where(PortalAccount.patient_id == p.id)).scalar_one()
        assert acc.status == PortalAccountStatus.PENDING and acc.activation_token
    [mail] = _mails(db)
    assert f"https://portal.example/laegehuset/aktiver/{acc.activation_token}" in mail.body
    _assert_clean(mail, "Madsen")
    acts = _actions(db)
    assert Action.CREATE_PATIENT in acts and Action.CREATE_PORTAL_USER in acts and Action.DECIDE_SIGNUP in acts


def test_signup_warns_about_a_deleted_portal_user_and_rejects_with_reason(world):
    db, w = world
    item = add_signup(db, w, "1212121238", deleted_account_times=1)
    o = inbox.open_item(db, w.receptionist, item)
    sv = o.detail.signup
    assert sv.times_deleted == 1 and sv.matching_patient_name == "Mads Madsen"
    assert any("slettet én gang" in x for x in sv.warnings)  # not "(1 gang(e))"
    with pytest.raises(ValidationError) as e:
        inbox.reject_signup(db, w.receptionist, item, "Forkert CPR 121212-1238", expected_version=o.detail.version)
    assert e.value.code == "cpr_in_text"
    res = inbox.reject_signup(db, w.receptionist, item, "Du er ikke tilmeldt klinikken",
                              expected_version=o.detail.version)
    assert res.status == ItemStatus.DONE
    [mail] = _mails(db)
    assert mail.to_address == "mads@example.org"
    # issue 9, finding 7: staff's words stay on the portal; the mail only says where to read them
    assert "Du er ikke tilmeldt klinikken" not in mail.body
    assert "begrundelse, når du logger ind på patientportalen" in mail.body
    from clinicdesk.portal import decision_answers

    with db.session() as s:
        signup_cpr = s.get(SignupRequest, item).cpr
    [answer] = decision_answers(db, w.clinic_id, signup_cpr)  # what the portal shows after login
    assert (answer.kind, answer.outcome, answer.reason) == ("signup", "rejected", "Du er ikke tilmeldt klinikken")
    _assert_clean(mail)


def test_every_action_ticks_the_change_log(world):
    db, w = world
    item = add_econsult(db, w)
    start = inbox.latest_change_id(db, w.clinic_id)
    o = inbox.open_item(db, w.doctor, item)
    mid = inbox.latest_change_id(db, w.clinic_id)
    assert mid > start
    inbox.answer(db, w.doctor, item, "Svar", (), o.detail.version)
    assert inbox.changes_since(db, w.clinic_id, mid).item_ids == {item}


# --- issue 9: staff text goes through the one text gate -----------------------------------------

@pytest.mark.parametrize("bad, code", [("Svar\x00 med NUL", "control_character"),
                                       ("Tag \u202e05\u202c mg", "bidi_control"),
                                       ("x" * 10_001, "too_long")])
def test_a_staff_answer_with_hidden_characters_or_a_megabyte_is_refused(db, bad, code):
    from clinicdesk.services.text_gate import TextRefused

    w = make_world(db)
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.nurse, item)
    with pytest.raises(TextRefused) as exc:
        inbox.answer(db, w.nurse, item, bad, (), o.detail.version)
    assert exc.value.code == code
    assert inbox.open_item(db, w.nurse, item).detail.messages[-1].body != bad  # nothing stored


def test_a_search_of_25000_characters_is_refused_in_danish(db):
    from clinicdesk.services.text_gate import TextRefused

    w = make_world(db)
    with pytest.raises(TextRefused) as exc:
        inbox.list_items(db, w.receptionist, ItemQuery(search="hansen " * 3600))
    assert exc.value.code == "too_long" and "højst være 200" in str(exc.value)
    with pytest.raises(TextRefused):
        inbox.search_patients(db, w.receptionist, "x" * 25_000)
