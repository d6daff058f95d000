"""Folder counts and the "Mine" folder stay right however they are computed (issue 14):
after random changes every count equals a full recount, and "Mine" lists exactly the
items the rule names (claimed by me with a live lease, assigned to me or to my role group)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import and_, func, or_, select, update

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.models import InboxItem
from clinicdesk.services import inbox
from clinicdesk.services.inbox import Folder, ItemQuery
from clinicdesk.services.inbox import listing
from clinicdesk.services.inbox.types import KIND_FOLDERS, OPEN_STATUSES
from inbox_helpers import add_econsult, make_world

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 20)


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _random_items(db, w, rng: random.Random, n: int) -> list[int]:
    staff = [w.doctor.staff_id, w.doctor2.staff_id, w.nurse.staff_id, w.receptionist.staff_id, None]
    kinds = list(ItemKind)
    with db.write_session() as s:
        items = []
        for i in range(n):
            claimer = rng.choice(staff)
            item = InboxItem(
                clinic_id=w.clinic_id, kind=rng.choice(kinds), status=rng.choice(list(ItemStatus)),
                priority=Priority.URGENT if rng.random() < 0.1 else Priority.NORMAL,
                patient_id=w.patient_id, provider_id=w.provider_id, subject="x", preview=f"item {i}",
                received_at=NOW - timedelta(minutes=rng.randrange(5000)),
                due_date=TODAY + timedelta(days=rng.randrange(-5, 5)) if rng.random() < 0.7 else None,
                claimed_by_id=claimer, claimed_at=NOW - timedelta(minutes=30) if claimer else None,
                claim_expires_at=(NOW + timedelta(minutes=rng.choice([-10, 10]))) if claimer else None,
                assigned_to_id=rng.choice(staff) if rng.random() < 0.3 else None,
                assigned_role=rng.choice(list(Role)) if rng.random() < 0.3 else None,
            )
            s.add(item)
            items.append(item)
        s.flush()
        return [it.id for it in items]


def _recount(db, actor, now: datetime) -> dict[Folder, int]:
    """Every folder counted the plain way: one condition per folder, one count each."""
    today = inbox.today_local(now)
    open_ = InboxItem.status.in_(OPEN_STATUSES)
    mine = or_(and_(InboxItem.claimed_by_id == actor.staff_id, InboxItem.claim_expires_at > now),
               InboxItem.assigned_to_id == actor.staff_id, InboxItem.assigned_role == actor.role)
    conds = {
        Folder.URGENT: [open_, InboxItem.priority == Priority.URGENT],
        Folder.UNREACHABLE: [open_, InboxItem.id < 0],  # no refused addresses in this world
        Folder.NEW: [InboxItem.status == ItemStatus.NEW],
        Folder.MINE: [open_, mine],
        Folder.ALL_OPEN: [open_],
        Folder.AWAITING_PATIENT: [InboxItem.status == ItemStatus.AWAITING_PATIENT],
        Folder.OVERDUE: [open_, InboxItem.due_date < today],
        Folder.DONE: [InboxItem.status == ItemStatus.DONE],
        Folder.ALL: [],
        **{f: [open_, InboxItem.kind == k] for f, k in KIND_FOLDERS.items()},
    }
    with db.session() as s:
        return {f: s.execute(select(func.count()).select_from(InboxItem)
                             .where(InboxItem.clinic_id == actor.clinic_id, *c)).scalar_one()
                for f, c in conds.items()}


def _mine_reference(db, actor, now: datetime) -> set[int]:
    with db.session() as s:
        return set(s.execute(select(InboxItem.id).where(
            InboxItem.clinic_id == actor.clinic_id, InboxItem.status.in_(OPEN_STATUSES),
            or_(and_(InboxItem.claimed_by_id == actor.staff_id, InboxItem.claim_expires_at > now),
                InboxItem.assigned_to_id == actor.staff_id, InboxItem.assigned_role == actor.role),
        )).scalars())


def _all_pages(db, actor, query, now, limit=7) -> list[int]:
    ids, after = [], None
    while True:
        page = inbox.list_items(db, actor, query, after=after, limit=limit, now=now, record=False)
        ids += [r.id for r in page.rows]
        if page.next_cursor is None:
            return ids
        after = page.next_cursor


def test_mine_lists_exactly_the_claimed_assigned_and_role_items_in_order(world):
    db, w = world
    _random_items(db, w, random.Random(14), 120)
    for actor in (w.doctor, w.doctor2, w.nurse, w.receptionist):
        expected = _mine_reference(db, actor, NOW)
        assert expected, "the random world gives everyone something"
        for query in (ItemQuery(folder=Folder.MINE), ItemQuery(folder=Folder.MINE, sort=inbox.Sort.DUE_ASC),
                      ItemQuery(folder=Folder.MINE, kind=ItemKind.RENEWAL)):
            ids = _all_pages(db, actor, query, NOW)
            assert len(ids) == len(set(ids))
            want = expected if query.kind is None else {
                i for i in expected if inbox.get_row(db, actor, i, now=NOW).kind == ItemKind.RENEWAL}
            assert set(ids) == want
        # the same order as All open, urgent items first
        all_open = _all_pages(db, actor, ItemQuery(folder=Folder.ALL_OPEN), NOW, limit=1000)
        mine = _all_pages(db, actor, ItemQuery(folder=Folder.MINE), NOW, limit=1000)
        assert mine == [i for i in all_open if i in expected]
        assert inbox.folder_counts(db, actor, now=NOW)[Folder.MINE] == len(expected)


def test_counts_equal_a_full_recount_after_random_changes(world):
    db, w = world
    rng = random.Random(7)
    ids = _random_items(db, w, rng, 60)
    actors = (w.doctor, w.doctor2, w.nurse, w.receptionist)
    assert inbox.folder_counts(db, w.doctor, now=NOW) == _recount(db, w.doctor, NOW)
    for step in range(40):
        who = rng.choice(actors)
        item_id = rng.choice(ids)
        change = rng.choice(("open", "release", "done", "reopen", "new", "status"))
        if change == "open":
            inbox.open_item(db, who, item_id, now=NOW)
        elif change == "release":
            inbox.release_item(db, who, item_id)
        elif change == "new":
            ids.append(add_econsult(db, w, f"ny {step}", received_at=NOW))
        else:  # another workstation's write: status straight in the table, as a service would
            status = {"done": ItemStatus.DONE, "reopen": ItemStatus.OPEN}.get(change) or rng.choice(list(ItemStatus))
            with db.write_session() as s:
                s.execute(update(InboxItem).where(InboxItem.id == item_id).values(status=status))
                inbox.record_change(s, w.clinic_id, item_id)
        for actor in (who, w.doctor):
            assert inbox.folder_counts(db, actor, now=NOW) == _recount(db, actor, NOW), (step, change)


def test_done_count_follows_items_beyond_the_cached_base(world, monkeypatch):
    """The clinic's total is cached up to a base id; items after it are counted each time,
    and the base moves up as items arrive."""
    db, w = world
    monkeypatch.setattr(listing, "_TOTAL_LAG", 3)
    ids = _random_items(db, w, random.Random(3), 20)
    for n in range(30):
        if n % 3 == 0:
            ids += _random_items(db, w, random.Random(n), 2)
        with db.write_session() as s:
            s.execute(update(InboxItem).where(InboxItem.id == ids[n]).values(status=ItemStatus.DONE))
        assert inbox.folder_counts(db, w.doctor, now=NOW) == _recount(db, w.doctor, NOW), n
