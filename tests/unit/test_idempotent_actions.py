"""Idempotent inbox actions (issue 11, item 2): an action id stored with the action's result.

A retry of a committed action with the same id is answered "Allerede sendt" with the
item as it is now: never "En anden har ændret dette…" (the old answer, blaming a
colleague), never a second message, mail, appointment or audit entry. Another use of
an id is refused. The killed-connection and killed-process cases are in
``test_idempotent_actions_kill.py``.
"""

from __future__ import annotations

import inspect
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.enums import ItemStatus, Role
from clinicdesk.domain.errors import StaleData, ValidationError
from clinicdesk.models import Appointment, AuditEntry, InboxItem, Message, OutboxMail
from clinicdesk.models.receipts import ActionReceipt
from clinicdesk.services import inbox
from clinicdesk.services.inbox import receipts
from inbox_helpers import add_booking, add_econsult, add_signup, make_world

ANSWER = "Tag en ekstra pude under knæet, og ring hvis det ikke bedres."


def _id() -> str:
    return str(uuid.uuid4())


def _count(db, stmt) -> int:
    with db.session() as s:
        return s.execute(stmt).scalar_one()


def _messages(db, item_id: int) -> int:
    return _count(db, select(func.count()).select_from(Message).where(Message.item_id == item_id))


def _mails(db) -> int:
    return _count(db, select(func.count()).select_from(OutboxMail))


def _audit(db) -> int:
    return _count(db, select(func.count()).select_from(AuditEntry))


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def test_a_retry_of_a_committed_answer_says_already_sent_and_sends_nothing_twice(world):
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    first = inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid)
    assert first.message == "Svaret er sendt." and first.mail_queued and not first.replayed
    mails, entries = _mails(db), _audit(db)
    # the user never got the first answer (a fault) and presses Send again: same id, same old version
    again = inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid)
    assert again.replayed and again.message.startswith("Allerede sendt – handlingen blev gennemført i første forsøg")
    assert "(Svaret er sendt.)" in again.message
    assert not again.mail_queued and again.status == ItemStatus.DONE and again.version == first.version
    assert [m.body for m in again.detail.messages].count(ANSWER) == 1
    assert _messages(db, item) == 2 and _mails(db) == mails and _audit(db) == entries


def test_without_an_action_id_the_same_retry_is_still_refused_as_stale(world):
    """The behaviour the id replaces: the old version is refused (so the id is what makes it safe)."""
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    inbox.answer(db, w.doctor, item, ANSWER, (), version)
    with pytest.raises(StaleData):
        inbox.answer(db, w.doctor, item, ANSWER, (), version)


def test_the_receipt_is_stored_with_the_action(world):
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid.upper())  # any case of the same uuid
    with db.session() as s:
        r = s.get(ActionReceipt, aid)
        assert (r.item_id, r.staff_id, r.clinic_id, r.action, r.message) == (
            item, w.doctor.staff_id, w.clinic_id, "answer", "Svaret er sendt.")
        assert abs(r.created_at - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_an_action_that_failed_leaves_no_receipt_and_its_retry_does_it_once(world):
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    with pytest.raises(ValidationError):  # refused inside the transaction: nothing stored, no receipt
        inbox.answer(db, w.doctor, item, ANSWER, [inbox.NewAttachment("x.exe", b"MZ\x90\x00")], version,
                     action_id=aid)
    with db.session() as s:
        assert s.get(ActionReceipt, aid) is None
    res = inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid)
    assert not res.replayed and res.message == "Svaret er sendt." and _messages(db, item) == 2


def test_an_id_used_by_another_staff_member_item_or_action_is_refused(world):
    db, w = world
    item, other_item = add_econsult(db, w), add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    inbox.add_internal_note(db, w.doctor, item, "Ring til patienten.", expected_version=version, action_id=aid)
    v2 = inbox.open_item(db, w.doctor2, other_item).detail.version
    with pytest.raises(ValidationError) as exc:  # a colleague
        inbox.add_internal_note(db, w.doctor2, other_item, "Ring.", expected_version=v2, action_id=aid)
    assert exc.value.code == "action_id_reused" and "allerede brugt" in exc.value.message
    v = inbox.open_item(db, w.doctor, other_item).detail.version
    with pytest.raises(ValidationError) as exc:  # the same staff member, another item
        inbox.add_internal_note(db, w.doctor, other_item, "Ring.", expected_version=v, action_id=aid)
    assert exc.value.code == "action_id_reused"
    version = inbox.open_item(db, w.doctor, item).detail.version
    with pytest.raises(ValidationError) as exc:  # the same item, another action
        inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=aid)
    assert exc.value.code == "action_id_reused"
    assert _messages(db, item) == 2 and _messages(db, other_item) == 1  # the note once; nothing else


@pytest.mark.parametrize("bad", ["", "123", "not-a-uuid-but-thirty-six-characters", "x" * 36])
def test_an_action_id_that_is_no_uuid_is_refused(world, bad):
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    with pytest.raises(ValidationError) as exc:
        inbox.answer(db, w.doctor, item, ANSWER, (), version, action_id=bad)
    assert exc.value.code == "action_id_invalid" and _messages(db, item) == 1


def test_a_retry_after_a_colleague_took_the_item_is_still_answered_from_the_receipt(world):
    """The receipt is read before claim and version: the retry never blames the colleague."""
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    inbox.answer(db, w.doctor, item, ANSWER, (), version, close=False, action_id=aid)
    inbox.open_item(db, w.doctor2, item)  # the patient's item is looked at by a colleague meanwhile
    again = inbox.answer(db, w.doctor, item, ANSWER, (), version, close=False, action_id=aid)
    assert again.replayed and again.message.startswith("Allerede sendt") and _messages(db, item) == 2


def test_a_new_thread_is_made_once(world):
    db, w = world
    aid = _id()
    first = inbox.start_thread(db, w.doctor, w.patient_id, w.provider_id, "Dine prøver er fine.", action_id=aid)
    again = inbox.start_thread(db, w.doctor, w.patient_id, w.provider_id, "Dine prøver er fine.", action_id=aid)
    assert again.replayed and again.item_id == first.created_id
    n = _count(db, select(func.count()).select_from(InboxItem).where(InboxItem.subject == "Besked fra klinikken"))
    assert n == 1


def test_a_booking_accepted_twice_makes_one_appointment(world):
    db, w = world
    when = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0) + timedelta(days=4)
    item, _slot = add_booking(db, w, when)
    version = inbox.open_item(db, w.receptionist, item).detail.version
    aid = _id()
    first = inbox.accept_booking(db, w.receptionist, item, expected_version=version, action_id=aid)
    again = inbox.accept_booking(db, w.receptionist, item, expected_version=version, action_id=aid)
    assert again.replayed and first.created_id is not None
    assert _count(db, select(func.count()).select_from(Appointment)) == 1


def test_a_signup_approved_twice_mails_once(world):
    db, w = world
    item = add_signup(db, w)
    version = inbox.open_item(db, w.receptionist, item).detail.version
    aid = _id()
    inbox.approve_signup(db, w.receptionist, item, expected_version=version, action_id=aid)
    mails = _mails(db)
    again = inbox.approve_signup(db, w.receptionist, item, expected_version=version, action_id=aid)
    assert again.replayed and again.status == ItemStatus.DONE and _mails(db) == mails


@pytest.mark.parametrize("name, call", [
    ("assign", lambda db, w, i, v, a: inbox.assign(db, w.doctor, i, role=Role.NURSE, expected_version=v,
                                                     action_id=a)),
    ("mark_done", lambda db, w, i, v, a: inbox.mark_done(db, w.doctor, i, expected_version=v, action_id=a)),
    ("close_without_answer", lambda db, w, i, v, a: inbox.close_without_answer(
        db, w.doctor, i, "Patienten har ringet.", expected_version=v, action_id=a)),
])
def test_every_action_of_any_kind_is_answered_from_its_receipt(world, name, call):
    db, w = world
    item = add_econsult(db, w)
    if name == "mark_done":  # a notice: the clinic's answer is the last word
        v0 = inbox.open_item(db, w.doctor, item).detail.version
        inbox.answer(db, w.doctor, item, ANSWER, (), v0, close=False)
        with db.write_session() as s:
            s.get(InboxItem, item).status = ItemStatus.OPEN
    version = inbox.open_item(db, w.doctor, item).detail.version
    aid = _id()
    first = call(db, w, item, version, aid)
    entries = _audit(db)
    again = call(db, w, item, version, aid)
    assert again.replayed and again.version == first.version and _audit(db) == entries


def test_every_inbox_action_in_these_modules_takes_an_action_id():
    from clinicdesk.services.inbox import any_kind, assignment, booking, econsult, signup

    actions = [f for m in (any_kind, assignment, booking, econsult, signup)
               for f in vars(m).values()
               if inspect.isfunction(f) and f.__module__ == m.__name__ and not f.__name__.startswith("_")
               and inspect.signature(f).return_annotation in ("ActionResult",)]
    assert len(actions) >= 12
    assert [f.__name__ for f in actions if "action_id" not in inspect.signature(f).parameters] == []


def test_receipts_older_than_the_keeping_time_are_pruned(world):
    db, w = world
    item = add_econsult(db, w)
    version = inbox.open_item(db, w.doctor, item).detail.version
    old = _id()
    inbox.add_internal_note(db, w.doctor, item, "Notat.", expected_version=version, action_id=old)
    with db.write_session() as s:
        s.get(ActionReceipt, old).created_at = datetime.now(timezone.utc) - timedelta(days=receipts.KEEP_DAYS + 1)
    version = inbox.open_item(db, w.doctor, item).detail.version
    new = _id()
    inbox.add_internal_note(db, w.doctor, item, "Notat 2.", expected_version=version, action_id=new)
    with db.session() as s:
        assert s.get(ActionReceipt, old) is None and s.get(ActionReceipt, new) is not None


def test_a_twin_that_committed_while_this_attempt_ran_is_answered_not_doubled(world, monkeypatch):
    """Two attempts with one id at once (no item lock to queue them, as for a new thread on
    PostgreSQL): the later one's receipt clashes with the earlier one's, and it is answered
    from that receipt; its own work is rolled back."""
    db, w = world
    aid = _id()
    first = inbox.start_thread(db, w.doctor, w.patient_id, w.provider_id, "Dine prøver er fine.", action_id=aid)
    real_check, calls = receipts.check, []

    def blind_once(s, actor, item_id):  # the attempt's own look-up ran before the twin committed
        calls.append(item_id)
        if len(calls) == 1:
            s.info.update({receipts._ACTOR: actor, receipts._ITEM: item_id})
            return None
        return real_check(s, actor, item_id)

    monkeypatch.setattr(receipts, "check", blind_once)
    again = inbox.start_thread(db, w.doctor, w.patient_id, w.provider_id, "Dine prøver er fine.", action_id=aid)
    assert len(calls) == 2  # the clash led to the second look-up
    assert again.replayed and again.item_id == first.created_id
    n = _count(db, select(func.count()).select_from(InboxItem).where(InboxItem.subject == "Besked fra klinikken"))
    assert n == 1
