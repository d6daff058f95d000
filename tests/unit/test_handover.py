"""Hand-over: assigning, routing to a doctor and waiting for the patient give the claim
away in the same transaction, audited as HAND_OVER; the receiver finds the item free."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import ItemStatus, Role
from clinicdesk.models import AuditEntry, InboxItem
from clinicdesk.services import inbox
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox import Folder, ItemQuery
from inbox_helpers import add_econsult, add_renewal, make_world


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _claim_columns(db, item_id):
    with db.session() as s:
        it = s.get(InboxItem, item_id)
        return it.claimed_by_id, it.claimed_at, it.claim_expires_at


def _hand_overs(db, item_id):
    with db.session() as s:
        return s.execute(select(AuditEntry.staff_id, AuditEntry.detail).where(
            AuditEntry.action == Action.HAND_OVER, AuditEntry.detail.like(f"item {item_id} %"))).all()


def test_assigning_releases_the_claim_and_the_assignee_finds_it_in_mine(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    res = inbox.assign(db, w.receptionist, item, staff_id=w.nurse.staff_id, expected_version=o.detail.version)
    assert res.message == "Tildelt Signe Sygeplejerske."
    assert _claim_columns(db, item) == (None, None, None)
    assert _hand_overs(db, item) == [(w.receptionist.staff_id, f"item {item} handed over: assigned to staff "
                                                               f"{w.nurse.staff_id}")]
    # the nurse: in "Mine" at once, nobody holds it, and opening it gives her the claim
    [row] = inbox.list_items(db, w.nurse, ItemQuery(folder=Folder.MINE)).rows
    assert row.id == item and row.claimed_by_name == "" and row.assigned_to_name == "Signe Sygeplejerske"
    assert inbox.folder_counts(db, w.nurse)[Folder.MINE] == 1
    opened = inbox.open_item(db, w.nurse, item)
    assert opened.can_act and opened.blocked_message == "" and opened.claim.holder_name == "Signe Sygeplejerske"


def test_assigning_to_a_group_hands_over_to_everyone_in_it(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.nurse, item)
    inbox.assign(db, w.nurse, item, role=Role.DOCTOR, expected_version=o.detail.version)
    assert _claim_columns(db, item)[0] is None
    assert [r.id for r in inbox.list_items(db, w.doctor2, ItemQuery(folder=Folder.MINE)).rows] == [item]
    assert inbox.claim_next(db, w.doctor2, ItemQuery(folder=Folder.MINE)).detail.id == item


def test_routing_a_renewal_to_a_doctor_releases_the_claim(world):
    db, w = world
    item, _lines = add_renewal(db, w)
    o = inbox.open_item(db, w.nurse, item)
    res = inbox.route_to_doctor(db, w.nurse, item, w.doctor2.staff_id, expected_version=o.detail.version)
    assert res.message == "Sendt til Bent Bruun."
    assert _claim_columns(db, item) == (None, None, None)
    assert _hand_overs(db, item) == [(w.nurse.staff_id, f"item {item} handed over: routed to doctor "
                                                        f"{w.doctor2.staff_id}")]
    row = inbox.list_items(db, w.doctor2, ItemQuery(folder=Folder.MINE)).rows[0]
    assert row.id == item and row.claimed_by_id is None


def test_answering_and_waiting_for_the_patient_releases_the_claim(world):
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.doctor, item)
    res = inbox.answer(db, w.doctor, item, "Hvor længe har det varet?", expected_version=o.detail.version, close=False)
    assert res.status == ItemStatus.AWAITING_PATIENT
    assert _claim_columns(db, item) == (None, None, None)
    assert _hand_overs(db, item) == [(w.doctor.staff_id, f"item {item} handed over: awaiting patient")]
    assert inbox.get_row(db, w.nurse, item).claimed_by_name == ""


def test_a_note_on_an_item_awaiting_the_patient_holds_no_claim_and_is_no_hand_over(world):
    db, w = world
    item = add_econsult(db, w, status=ItemStatus.AWAITING_PATIENT)
    v = inbox.get_row(db, w.nurse, item).version
    inbox.add_internal_note(db, w.nurse, item, "Ringet, ingen svar", expected_version=v)
    assert _claim_columns(db, item)[0] is None
    assert _hand_overs(db, item) == []


def test_the_hand_over_and_its_audit_entry_are_one_transaction(world, monkeypatch):
    """When the audit entry cannot be written, the claim is not released either."""
    db, w = world
    item = add_econsult(db, w)
    o = inbox.open_item(db, w.receptionist, item)
    from clinicdesk.services import audit

    real = audit.record

    def failing(session, action, **kw):
        if action == Action.HAND_OVER:
            raise RuntimeError("disk full")
        return real(session, action, **kw)

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError):
        inbox.assign(db, w.receptionist, item, staff_id=w.nurse.staff_id, expected_version=o.detail.version)
    claimed_by, _at, _exp = _claim_columns(db, item)
    assert claimed_by == w.receptionist.staff_id
    assert inbox.get_row(db, w.nurse, item).assigned_to_id is None


def test_one_hands_over_while_the_other_takes_at_once(world):
    """Two workstations: the desk hands items to the nurse while the nurse presses Ctrl+N
    in "Mine" at the same time. The nurse gets each item exactly once, as soon as it is
    hers, never refused as "Behandles af Rasmus"; the desk ends up holding none."""
    db, w = world
    n = 8
    items = [add_econsult(db, w, f"Spørgsmål {i}") for i in range(n)]
    versions = {i: inbox.open_item(db, w.receptionist, i).detail.version for i in items}
    from clinicdesk.db import Database

    other = Database(db.url, migrate=False)
    got: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)
    done = threading.Event()

    def desk():
        try:
            barrier.wait()
            for i in items:
                inbox.assign(db, w.receptionist, i, staff_id=w.nurse.staff_id, expected_version=versions[i])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            done.set()

    def nurse():
        try:
            barrier.wait()
            while len(got) < n:
                opened = inbox.claim_next(other, w.nurse, ItemQuery(folder=Folder.MINE), skip=got)
                if opened is None:
                    if not done.is_set():
                        continue
                    # the desk is done: one more press (what it takes counts: it was thrown away
                    # before, and the item it took was then the nurse's own, never "next" again)
                    opened = inbox.claim_next(other, w.nurse, ItemQuery(folder=Folder.MINE), skip=got)
                    if opened is None:
                        return
                assert opened.can_act and opened.claim.holder_name == "Signe Sygeplejerske"
                got.append(opened.detail.id)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    ts = [threading.Thread(target=desk), threading.Thread(target=nurse)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=120)
    other.dispose()
    assert errors == []
    assert sorted(got) == sorted(items)
    with db.session() as s:
        held = dict(s.execute(select(InboxItem.id, InboxItem.claimed_by_id).where(InboxItem.id.in_(items))).all())
    assert held == {i: w.nurse.staff_id for i in items}
    assert len(_hand_overs(db, items[0])) == 1
