"""E-consultations through the portal: every rule accepted and refused, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from clinicdesk.models import Attachment, AuditEntry, ChangeEvent, HolidayPeriod, InboxItem, Message, Provider
from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection
from clinicdesk.portal import AttachmentIn, PortalRefusal, mark_message_read, send_econsult
from clinicdesk.services import audit
from portal_world import ADULT, EXE, JPEG, NOW, OUTSIDER, PDF, PNG, RECEIVER, build_world, local, set_clinic


def refused(code, fn, *args, **kwargs) -> PortalRefusal:
    with pytest.raises(PortalRefusal) as exc:
        fn(*args, **kwargs)
    assert exc.value.code == code, exc.value.message
    assert exc.value.message  # a Danish sentence for the patient
    return exc.value


def test_new_econsult_becomes_an_inbox_item_with_due_date_audit_and_change_event(any_db):
    w = build_world(any_db)
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, subject="Hoste",
                      body="Jeg har hostet i tre uger.\nHvad gør jeg?", now=NOW)
    assert r.kind == "econsult"
    # Monday 10:00 with 3 working days → Thursday
    assert r.due_date == date(2026, 3, 5)
    with any_db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert (item.kind, item.status, item.provider_id, item.patient_id) == (
            ItemKind.ECONSULT, ItemStatus.NEW, w.doctor_id, w.patient_id)
        assert item.subject == "Hoste" and item.preview == "Jeg har hostet i tre uger."
        assert item.received_at == NOW and item.due_date == date(2026, 3, 5)
        [msg] = item.messages
        assert msg.direction == MessageDirection.FROM_PATIENT and msg.body.startswith("Jeg har hostet")
        assert s.scalars(select(ChangeEvent.item_id)).all() == [r.item_id]
        [entry] = s.scalars(select(AuditEntry)).all()
        assert (entry.action, entry.patient_id, entry.staff_id, entry.detail) == (
            "portal_request", w.patient_id, None, "econsult")
        assert audit.verify_chain(s) == []


def test_reply_in_thread_reopens_it(any_db):
    w = build_world(any_db)
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Første", now=NOW)
    with any_db.write_session() as s:
        item = s.get(InboxItem, r.item_id)
        item.status = ItemStatus.DONE
    later = NOW + timedelta(days=2)
    r2 = send_econsult(any_db, w.clinic_id, ADULT, thread_id=r.item_id, body="Tak, og en ting mere", now=later)
    assert r2.kind == "econsult_reply" and r2.item_id == r.item_id
    assert r2.due_date == date(2026, 3, 9)  # Wednesday + 3 working days → Monday
    with any_db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert item.status == ItemStatus.NEW and item.unread and item.received_at == later
        assert [m.body for m in item.messages] == ["Første", "Tak, og en ting mere"]


def test_reply_to_someone_elses_thread_is_refused(any_db):
    w = build_world(any_db)
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Mit", now=NOW)
    # the receive-only patient cannot send at all; use the guardian (allowed) instead
    from portal_world import GUARDIAN

    refused("thread_unknown", send_econsult, any_db, w.clinic_id, GUARDIAN, thread_id=r.item_id, body="Hej", now=NOW)


def test_clinic_switch_off(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, econsult_enabled=False)
    refused("econsult_closed", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=NOW)


def test_app_switch(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, app_econsult_enabled=False)
    refused("app_closed", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
            via_app=True, now=NOW)
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=NOW)
    assert r.item_id


def test_provider_closed_and_unknown(any_db):
    w = build_world(any_db)
    e = refused("provider_closed", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.closed_id, body="x", now=NOW)
    assert "Carl Berg" in e.message
    refused("provider_unknown", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.other_clinic_provider_id,
            body="x", now=NOW)
    with any_db.write_session() as s:
        s.get(Provider, w.doctor_id).active = False
    refused("provider_closed", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=NOW)


def test_patient_rights_receive_only_and_not_registered(any_db):
    w = build_world(any_db)
    refused("receive_only", send_econsult, any_db, w.clinic_id, RECEIVER, provider_id=w.doctor_id, body="x", now=NOW)
    refused("not_registered", send_econsult, any_db, w.clinic_id, OUTSIDER, provider_id=w.doctor_id, body="x", now=NOW)
    refused("not_registered", send_econsult, any_db, w.clinic_id, "111111-1118", provider_id=w.doctor_id, body="x",
            now=NOW)
    refused("cpr_invalid", send_econsult, any_db, w.clinic_id, "12345", provider_id=w.doctor_id, body="x", now=NOW)


def test_right_blocked(any_db):
    from clinicdesk.models import ClinicPatient
    from clinicdesk.domain.enums import RightMode

    w = build_world(any_db)
    with any_db.write_session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == w.patient_id)).one()
        cp.econsult_right = RightMode.BLOCKED
    refused("right_blocked", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=NOW)


def test_length_limit_is_the_clinics(any_db):
    w = build_world(any_db, max_econsult_length=50)
    ok = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="a" * 50, now=NOW)
    assert ok.item_id
    e = refused("too_long", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="a" * 51, now=NOW)
    assert "51" in e.message and "50" in e.message
    refused("empty", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="  \n ", now=NOW)


@pytest.mark.parametrize("text", ["Tak 😀", "Hjerte ❤", "Flag 🇩🇰", "Stjerne ⭐", "Tommel 👍🏽"])
def test_emoji_refused(db, text):
    w = build_world(db)
    refused("emoji", send_econsult, db, w.clinic_id, ADULT, provider_id=w.doctor_id, body=text, now=NOW)


def test_danish_letters_and_ordinary_symbols_pass(db):
    w = build_world(db)
    r = send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id,
                      body="Æble, øl og å – § 3, 50 % og 2 × 5 mg ½ tablet, ©, € 10.", now=NOW)
    assert r.item_id


def test_attachments_stored_with_type_from_content(any_db):
    w = build_world(any_db)
    r = send_econsult(
        any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Se billedet",
        attachments=[AttachmentIn("udslæt.png", PNG), ("C:\\Users\\x\\scan.jpg", JPEG), AttachmentIn("brev.pdf", PDF)],
        now=NOW,
    )
    with any_db.session() as s:
        atts = s.scalars(select(Attachment).join(Message).where(Message.id == r.message_id).order_by(Attachment.id)).all()
        assert [(a.filename, a.content_type, a.size) for a in atts] == [
            ("udslæt.png", "image/png", len(PNG)), ("scan.jpg", "image/jpeg", len(JPEG)),
            ("brev.pdf", "application/pdf", len(PDF))]
        assert atts[0].data == PNG


def test_attachment_with_a_lying_name(any_db):
    w = build_world(any_db)
    # a program dressed up as a PDF is refused...
    e = refused("attachment_type", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
                attachments=[AttachmentIn("journal.pdf", EXE)], now=NOW)
    assert "journal.pdf" in e.message
    # ...and a real PDF called .jpg is stored as the PDF it is
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
                      attachments=[AttachmentIn("foto.jpg", PDF)], now=NOW)
    with any_db.session() as s:
        [a] = s.scalars(select(Attachment).where(Attachment.message_id == r.message_id)).all()
        assert (a.content_type, a.filename) == ("application/pdf", "foto.pdf")
    with any_db.session() as s:  # nothing of the refused request was stored
        assert s.scalars(select(InboxItem)).all() == [s.get(InboxItem, r.item_id)]


def test_attachment_limits(any_db):
    w = build_world(any_db)
    refused("too_many_attachments", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
            attachments=[("a.png", PNG)] * 4, now=NOW)
    big = PDF + b"0" * (10 * 1024 * 1024)
    e = refused("attachment_too_large", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
                attachments=[("stor.pdf", big)], now=NOW)
    assert "10 MB" in e.message
    exactly = PDF + b"0" * (10 * 1024 * 1024 - len(PDF))
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
                      attachments=[("a.png", PNG), ("b.png", PNG), ("c.pdf", exactly)], now=NOW)
    assert r.item_id
    set_clinic(any_db, w.clinic_id, attachments_allowed=False)
    refused("attachments_not_allowed", send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x",
            attachments=[("a.png", PNG)], now=NOW)


# -- holidays ----------------------------------------------------------------------------
def _holiday(db, clinic_id, start, end, **flags):
    with db.write_session() as s:
        s.add(HolidayPeriod(clinic_id=clinic_id, starts_at=start, ends_at=end, message="Vi holder ferie.",
                            standin_clinic="Lægerne i Byen", standin_phone="70 11 22 33", **flags))


def test_holiday_over_new_year(any_db):
    w = build_world(any_db)
    start, end = local(2026, 12, 23, 0), local(2027, 1, 4, 0)
    _holiday(any_db, w.clinic_id, start, end)
    send = lambda at: send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=at)  # noqa: E731
    e = refused("holiday", send, local(2026, 12, 31, 23, 59))
    assert "Lægerne i Byen" in e.message and "70 11 22 33" in e.message
    refused("holiday", send, local(2027, 1, 1, 0, 0))
    refused("holiday", send, start)  # the first moment is inside
    refused("holiday", send, end - timedelta(seconds=1))
    assert send(start - timedelta(seconds=1)).item_id  # the moment before is open
    r = send(end)  # the end is exclusive: open again on 4 January 00:00 local
    assert r.due_date == date(2027, 1, 7)


def test_holiday_across_dst_change(any_db):
    w = build_world(any_db)
    # Summer time begins Sunday 29 March 2026 at 02:00 local; the holiday ends Monday 30 March 00:00 local
    _holiday(any_db, w.clinic_id, local(2026, 3, 27, 16), local(2026, 3, 30, 0))
    send = lambda at: send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=at)  # noqa: E731
    refused("holiday", send, local(2026, 3, 29, 23, 30))  # 21:30 UTC, after the switch
    assert send(local(2026, 3, 30, 0)).item_id  # = 29 March 22:00 UTC
    refused("holiday", send, local(2026, 3, 30, 0) - timedelta(minutes=1))


def test_holiday_that_keeps_econsult_open(any_db):
    w = build_world(any_db)
    _holiday(any_db, w.clinic_id, NOW - timedelta(days=1), NOW + timedelta(days=1), close_econsult=False)
    assert send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="x", now=NOW).item_id


# -- read receipt ---------------------------------------------------------------------------
def test_read_receipt(any_db):
    w = build_world(any_db)
    r = send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Spørgsmål", now=NOW)
    with any_db.write_session() as s:
        answer = Message(item_id=r.item_id, direction=MessageDirection.TO_PATIENT, body="Svar", created_at=NOW)
        note = Message(item_id=r.item_id, direction=MessageDirection.INTERNAL, body="Notat", created_at=NOW)
        s.add_all([answer, note])
        s.flush()
        answer_id, note_id = answer.id, note.id
    t = NOW + timedelta(hours=3)
    rr = mark_message_read(any_db, w.clinic_id, ADULT, message_id=answer_id, now=t)
    assert rr.received_at == t
    again = mark_message_read(any_db, w.clinic_id, ADULT, message_id=answer_id, now=t + timedelta(hours=1))
    assert again.received_at == t  # the first reading is the receipt
    with any_db.session() as s:
        assert s.get(Message, answer_id).read_by_patient_at == t
    refused("message_unknown", mark_message_read, any_db, w.clinic_id, ADULT, message_id=note_id, now=t)
    from portal_world import GUARDIAN

    refused("message_unknown", mark_message_read, any_db, w.clinic_id, GUARDIAN, message_id=answer_id, now=t)


# --- issue 9: the one text gate on the patient's side --------------------------------------------

@pytest.mark.parametrize("text, code", [("Hjælp\x00", "control_character"), ("Jeg tager \u202e05\u202c mg", "bidi_control"),
                                        ("◽ hoste", "emoji"), ("◾", "emoji")])
def test_hidden_characters_and_emoji_by_property_are_refused(any_db, text, code):
    """NUL crashed PostgreSQL writes; bidi controls can make "05 mg" read "50 mg"; ◽/◾ passed the old ranges."""
    w = build_world(any_db)
    refused(code, send_econsult, any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body=text, now=NOW)


@pytest.mark.parametrize("text", ["Tryk → Næste", "✓ har taget pillen"])
def test_ordinary_arrows_and_ticks_are_text(db, text):
    """The old hand-written ranges refused these."""
    w = build_world(db)
    r = send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body=text, now=NOW)
    assert r.item_id
