"""Corrections keep the old words (issue 11, item 4): a renewal re-decided keeps every
decision with its reason, author and time; the patient sees what was last sent; the
history's tables refuse UPDATE and DELETE in the database itself."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from clinicdesk.domain.enums import ItemStatus, LineDecision
from clinicdesk.models import InboxItem, OutboxMail, RenewalLine
from clinicdesk.models.corrections import RenewalDecision, RenewalSending
from clinicdesk.portal import decision_answers
from clinicdesk.services import inbox
from inbox_helpers import add_renewal, make_world

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
CPR = "0101901234"  # the world's patient


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _renewal_answers(db, w):
    return [(a.what, a.outcome, a.reason) for a in decision_answers(db, w.clinic_id, CPR) if a.kind == "renewal"]


def _decide_and_send(db, w, item, l1, l2, why, at):
    v = inbox.open_item(db, w.doctor, item).detail.version
    r = inbox.decide_renewal_line(db, w.doctor, item, l1, True, expected_version=v, now=at)
    r = inbox.decide_renewal_line(db, w.doctor, item, l2, False, why, expected_version=r.version, now=at)
    return inbox.finish_renewal(db, w.doctor, item, expected_version=r.version, now=at + timedelta(minutes=1))


def test_a_renewal_decided_again_keeps_both_reasons_and_the_patient_sees_the_newest_sent(world):
    db, w = world
    item, (l1, l2) = add_renewal(db, w)
    assert _renewal_answers(db, w) == []  # nothing decided, nothing shown
    done = _decide_and_send(db, w, item, l1, l2, "Tag en blodprøve først", T0)
    assert _renewal_answers(db, w) == [("Losartan 50 mg", "approved", ""),
                                       ("Atorvastatin 20 mg", "rejected", "Tag en blodprøve først")]

    reopened = inbox.reopen_item(db, w.doctor2, item, expected_version=done.version, now=T0 + timedelta(hours=2))
    again = inbox.decide_renewal_line(db, w.doctor2, item, l2, False, "Vi ringer dig op om dosis",
                                      expected_version=reopened.version, now=T0 + timedelta(hours=2, minutes=5))
    # not sent yet: the patient still reads what was sent
    assert _renewal_answers(db, w)[1] == ("Atorvastatin 20 mg", "rejected", "Tag en blodprøve først")
    history = again.detail.renewal.lines[1].history
    assert [(h.reason, h.decided_by_name, h.replaced, h.sent_to_patient) for h in history] == [
        ("Tag en blodprøve først", w.doctor.full_name, True, True),
        ("Vi ringer dig op om dosis", w.doctor2.full_name, False, False),
    ]
    assert [h.decided_at for h in history] == [T0, T0 + timedelta(hours=2, minutes=5)]

    sent = inbox.finish_renewal(db, w.doctor2, item, expected_version=again.version, now=T0 + timedelta(hours=3))
    assert sent.status == ItemStatus.DONE
    assert _renewal_answers(db, w) == [("Losartan 50 mg", "approved", ""),
                                       ("Atorvastatin 20 mg", "rejected", "Vi ringer dig op om dosis")]
    lines = inbox.open_item(db, w.doctor, item).detail.renewal.lines
    assert [(h.reason, h.replaced, h.sent_to_patient) for h in lines[1].history] == [
        ("Tag en blodprøve først", True, False), ("Vi ringer dig op om dosis", False, True)]
    assert [(h.decision, h.replaced) for h in lines[0].history] == [("approved", False)]
    with db.session() as s:  # what is stored: every decision, the line's current state, two sendings
        rows = s.execute(select(RenewalDecision).where(RenewalDecision.line_id == l2)
                         .order_by(RenewalDecision.id)).scalars().all()
        assert [(r.decision, r.reason, r.decided_by_id) for r in rows] == [
            (LineDecision.REJECTED, "Tag en blodprøve først", w.doctor.staff_id),
            (LineDecision.REJECTED, "Vi ringer dig op om dosis", w.doctor2.staff_id)]
        assert s.get(RenewalLine, l2).reason == "Vi ringer dig op om dosis"
        assert s.scalar(select(RenewalSending.id).where(RenewalSending.item_id == item).limit(1)) is not None
        assert len(s.execute(select(RenewalSending).where(RenewalSending.item_id == item)).all()) == 2
        assert [m.kind for m in s.execute(select(OutboxMail)).scalars()] == ["renewal_decided"] * 2


def test_a_line_decided_before_the_history_existed_keeps_its_words_when_decided_again(world):
    """Older data and the demo: decided lines without history rows (renewal_line only)."""
    db, w = world
    item, (l1, l2) = add_renewal(db, w)
    with db.write_session() as s:
        for lid, dec, why in ((l1, LineDecision.APPROVED, ""), (l2, LineDecision.REJECTED, "Gammel begrundelse")):
            ln = s.get(RenewalLine, lid)
            ln.decision, ln.reason, ln.decided_by_id, ln.decided_at = dec, why, w.doctor.staff_id, T0
        it = s.get(InboxItem, item)
        it.status, it.done_at, it.done_by_id = ItemStatus.DONE, T0, w.doctor.staff_id
    assert _renewal_answers(db, w)[1] == ("Atorvastatin 20 mg", "rejected", "Gammel begrundelse")
    o = inbox.open_item(db, w.doctor, item)
    assert [(h.reason, h.sent_to_patient) for h in o.detail.renewal.lines[1].history] == [("Gammel begrundelse", True)]
    r = inbox.reopen_item(db, w.doctor, item, expected_version=o.detail.version)
    r = inbox.decide_renewal_line(db, w.doctor, item, l2, True, expected_version=r.version)
    assert [(h.decision, h.reason, h.replaced) for h in r.detail.renewal.lines[1].history] == [
        ("rejected", "Gammel begrundelse", True), ("approved", "", False)]
    inbox.finish_renewal(db, w.doctor, item, expected_version=r.version)
    assert _renewal_answers(db, w)[1] == ("Atorvastatin 20 mg", "approved", "")


@pytest.mark.parametrize("sql", [
    "UPDATE renewal_decision SET reason = 'omskrevet'",
    "DELETE FROM renewal_decision",
    "UPDATE renewal_sending SET last_decision_id = NULL",
    "DELETE FROM renewal_sending",
])
def test_the_database_refuses_to_rewrite_the_decisions(world, sql):
    db, w = world
    item, (l1, l2) = add_renewal(db, w)
    _decide_and_send(db, w, item, l1, l2, "Kræver kontrol", T0)
    with pytest.raises(DBAPIError) as exc:
        with db.write_session() as s:
            s.execute(text(sql))
    assert "append-only" in str(exc.value)
    with db.session() as s:
        reasons = s.execute(select(RenewalDecision.reason).order_by(RenewalDecision.id)).scalars().all()
        assert reasons == ["", "Kræver kontrol"]
        newest = s.scalar(select(RenewalDecision.id).order_by(RenewalDecision.id.desc()).limit(1))
        assert s.execute(select(RenewalSending.last_decision_id)).scalars().all() == [newest]


def test_a_retried_decision_is_recorded_once(world):
    db, w = world
    item, (l1, _l2) = add_renewal(db, w)
    v = inbox.open_item(db, w.doctor, item).detail.version
    key = "7d3f6a2c-1b4e-4f7a-8c9d-0e1f2a3b4c5d"
    inbox.decide_renewal_line(db, w.doctor, item, l1, True, expected_version=v, action_id=key)
    inbox.decide_renewal_line(db, w.doctor, item, l1, True, expected_version=v, action_id=key)
    with db.session() as s:
        assert len(s.execute(select(RenewalDecision).where(RenewalDecision.line_id == l1)).all()) == 1
