"""Correcting a sent answer (issue 11, item 4): the correction is a new message that
supersedes the old one; the old one stays readable; the patient gets one notification
mail without the words; the text passes the text gate; audited."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import ItemStatus, MessageDirection
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import AuditEntry, Message, OutboxMail
from clinicdesk.services import inbox
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.corrections import correct_message
from inbox_helpers import add_econsult, make_world

OLD = "Tag 2 tabletter Panodil 3 gange dagligt."
NEW = "Rettelse: Tag 1 tablet Panodil 3 gange dagligt."


@pytest.fixture
def answered(any_db):
    db = any_db
    w = make_world(db)
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.doctor, item)
    res = inbox.answer(db, w.doctor, item, OLD, expected_version=o.detail.version)
    old_id = res.detail.messages[-1].id
    return db, w, item, old_id, res.version


def _mails(db):
    with db.session() as s:
        return s.execute(select(OutboxMail).order_by(OutboxMail.id)).scalars().all()


def test_a_correction_keeps_the_old_answer_readable_and_mails_once(answered):
    db, w, item, old_id, version = answered
    assert len(_mails(db)) == 1  # the answer's own mail
    res = correct_message(db, w.nurse, item, old_id, NEW, expected_version=version)
    assert res.status == ItemStatus.DONE and res.mail_queued and res.message == "Rettelsen er sendt."
    old, new = res.detail.messages[-2:]
    assert (old.id, old.body, old.superseded_by_id) == (old_id, OLD, new.id)
    assert (new.body, new.supersedes_id, new.direction, new.author_name) == (
        NEW, old_id, MessageDirection.TO_PATIENT, w.nurse.full_name)
    assert new.supersedes_created_at == old.created_at
    assert res.detail.assigned_to_id is None
    with db.session() as s:
        assert s.get(Message, old_id).body == OLD
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == Action.CORRECT_MESSAGE)).scalar_one()
        assert entry.staff_id == w.nurse.staff_id and entry.patient_id == w.patient_id
        assert OLD not in entry.detail and NEW not in entry.detail
    mails = _mails(db)
    assert len(mails) == 2
    mail = mails[-1]
    text_ = mail.subject + "\n" + mail.body
    assert "Panodil" not in text_ and not re.search(r"\d{6}-?\d{4}", text_)
    fresh = inbox.open_item(db, w.doctor, item).detail  # the item is free: a done item stays unclaimed
    assert fresh.status == ItemStatus.DONE


def test_only_the_newest_answer_can_be_corrected_and_only_an_answer(answered):
    db, w, item, old_id, version = answered
    res = correct_message(db, w.doctor, item, old_id, NEW, expected_version=version)
    with pytest.raises(ValidationError) as e:
        correct_message(db, w.doctor, item, old_id, "Endnu en udgave", expected_version=res.version)
    assert e.value.code == "already_corrected"
    patient_msg = res.detail.messages[0].id
    with pytest.raises(ValidationError) as e:
        correct_message(db, w.doctor, item, patient_msg, "Hej", expected_version=res.version)
    assert e.value.code == "not_an_answer"
    newest = res.detail.messages[-1].id
    with pytest.raises(ValidationError) as e:
        correct_message(db, w.doctor, item, newest, NEW + "  ", expected_version=res.version)
    assert e.value.code == "unchanged"
    again = correct_message(db, w.doctor, item, newest, "Tredje udgave", expected_version=res.version)
    assert [m.superseded_by_id is not None for m in again.detail.messages] == [False, True, True, False]
    assert len(_mails(db)) == 3


@pytest.mark.parametrize("hostile", ["Tag 1 tablet\u202e3 gange", "Tag\x00 1 tablet", "", "x" * 10_001])
def test_the_correction_passes_the_text_gate_and_nothing_is_written(answered, hostile):
    db, w, item, old_id, version = answered
    with pytest.raises(ValidationError):
        correct_message(db, w.doctor, item, old_id, hostile, expected_version=version)
    with db.session() as s:
        assert len(s.execute(select(Message).where(Message.item_id == item)).all()) == 2
        assert s.execute(select(AuditEntry).where(AuditEntry.action == Action.CORRECT_MESSAGE)).first() is None
    assert len(_mails(db)) == 1


def test_a_retried_correction_is_sent_once(answered):
    db, w, item, old_id, version = answered
    first = correct_message(db, w.doctor, item, old_id, NEW, expected_version=version,
                            action_id="2f1c8f0e-3a55-4c1e-9a49-5b0d1d7c2a10")
    again = correct_message(db, w.doctor, item, old_id, NEW, expected_version=version,
                            action_id="2f1c8f0e-3a55-4c1e-9a49-5b0d1d7c2a10")
    assert again.version == first.version and [m.id for m in again.detail.messages] == [
        m.id for m in first.detail.messages]
    assert len(first.detail.messages) == 3 and len(_mails(db)) == 2
