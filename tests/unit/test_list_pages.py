"""Pages of "Mine" and of the urgent rows: read from their own indexes, the same rows as the rule.

A page of "Mine" takes the newest of each of its three lookups (claimed by me, assigned to me,
assigned to my group) and then the newest of those; the urgent rows of a folder by status alone
are sorted from the urgent index's entries. Walking every page must give exactly the items the
rule names, in the list's order, whatever the page size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

import pytest

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.services import inbox
from clinicdesk.services.inbox import Folder, ItemQuery, Sort
from inbox_helpers import add_econsult, add_renewal, make_world, set_item

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
LATER = datetime.now(timezone.utc) + timedelta(hours=2)  # a live lease


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _walk(db, actor, query, limit):
    ids, after = [], None
    for _page in range(100):  # (a walk that never ends is a failure, not a hang)
        page = inbox.list_items(db, actor, query, after=after, limit=limit)
        ids += [r.id for r in page.rows]
        if page.next_cursor is None:
            return ids
        after = page.next_cursor
    raise AssertionError(f"no end after 100 pages: {ids[:30]} …")


@dataclass(frozen=True)
class Made:
    """An item as the doctor's lists should see it."""

    minute: int  # received T0 + minute
    mine: bool
    urgent: bool
    open: bool
    new: bool
    due: date | None
    kind: ItemKind = ItemKind.ECONSULT
    provider2: bool = False
    group: Role | None = None


WAYS = ["claimed", "assigned", "group", "nurse_group", "nurse_claim", "free", "done_group", "claimed_group"]


def _items(db, w) -> dict[int, Made]:
    """24 items received a minute apart, each mine or not in one way (one in two of Mine's lookups
    at once), some urgent, new, done, of the second provider, and an urgent renewal of the group."""
    made = {}
    for i in range(24):
        way = WAYS[i % len(WAYS)]
        urgent, done, new = i % 3 == 0, way == "done_group", i % 2 == 1 and way != "done_group"
        due = date(2026, 3, 10 - i % 5) if i % 4 else None
        item = add_econsult(db, w, f"Besked {i}", received_at=T0 + timedelta(minutes=i), due=due,
                            priority=Priority.URGENT if urgent else Priority.NORMAL,
                            provider_id=w.provider2_id if i % 5 == 0 else None,
                            status=ItemStatus.DONE if done else ItemStatus.NEW if new else ItemStatus.OPEN)
        group = {"group": Role.DOCTOR, "done_group": Role.DOCTOR, "claimed_group": Role.DOCTOR,
                 "nurse_group": Role.NURSE}.get(way)
        if group is not None:
            set_item(db, item, assigned_role=group)
        if way in ("claimed", "claimed_group"):
            set_item(db, item, claimed_by_id=w.doctor.staff_id, claimed_at=T0, claim_expires_at=LATER)
        elif way == "assigned":
            set_item(db, item, assigned_to_id=w.doctor.staff_id)
        elif way == "nurse_claim":
            set_item(db, item, claimed_by_id=w.nurse.staff_id, claimed_at=T0, claim_expires_at=LATER)
        made[item] = Made(i, way in ("claimed", "assigned", "group", "claimed_group"), urgent, not done, new, due,
                          provider2=i % 5 == 0, group=group)
    renewal, _lines = add_renewal(db, w)
    set_item(db, renewal, priority=Priority.URGENT, status=ItemStatus.OPEN, assigned_role=Role.DOCTOR,
             received_at=T0 + timedelta(minutes=30), due_date=None)
    made[renewal] = Made(30, True, True, True, False, None, ItemKind.RENEWAL, group=Role.DOCTOR)
    return made


def _newest_first(made, ids):
    """The list's order: the urgent open items first, newest first; then the others, newest first."""
    return sorted(ids, key=lambda i: (not (made[i].urgent and made[i].open), -made[i].minute))


@pytest.mark.parametrize("limit", [1, 3, 100])
def test_mine_pages_give_every_item_of_the_three_lookups_once_in_order(world, limit):
    db, w = world
    made = _items(db, w)
    mine = [i for i, m in made.items() if m.mine and m.open]
    assert len(mine) == 13  # (one of them in two lookups at once)
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE), limit) == _newest_first(made, mine)
    by_due = sorted(mine, key=lambda i: (made[i].due or date.max, i))
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, sort=Sort.DUE_ASC), limit) == by_due


def test_mine_with_a_filter_and_a_search_keeps_to_both(world):
    db, w = world
    made = _items(db, w)
    renewals = [i for i, m in made.items() if m.kind == ItemKind.RENEWAL]
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, kind=ItemKind.RENEWAL), 2) == renewals
    found = _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, search="Besked"), 2)
    mine = [i for i, m in made.items() if m.mine and m.open and m.kind == ItemKind.ECONSULT]
    assert found == _newest_first(made, mine)


@pytest.mark.parametrize("query", [
    ItemQuery(folder=Folder.ALL),
    ItemQuery(folder=Folder.ALL_OPEN),
    ItemQuery(folder=Folder.URGENT),
    ItemQuery(folder=Folder.NEW),
    ItemQuery(folder=Folder.ALL, status=ItemStatus.OPEN),
    ItemQuery(folder=Folder.ALL_OPEN, kind=ItemKind.ECONSULT),
    ItemQuery(folder=Folder.ALL_OPEN, assignee=Role.DOCTOR),
    ItemQuery(folder=Folder.URGENT, provider_id=-1),  # (-1: the second provider, set below)
])
def test_urgent_rows_lead_every_page_walk_of_a_folder(world, query):
    db, w = world
    made = _items(db, w)
    if query.provider_id == -1:
        query = replace(query, provider_id=w.provider2_id)

    def shown(m: Made) -> bool:
        return ((query.folder == Folder.ALL or m.open) and (query.folder != Folder.URGENT or m.urgent)
                and (query.folder != Folder.NEW or m.new) and (query.status is None or (m.open and not m.new))
                and (query.kind is None or m.kind == query.kind) and (query.assignee is None or m.group == query.assignee)
                and (query.provider_id is None or m.provider2))

    assert _walk(db, w.doctor, query, 4) == _newest_first(made, [i for i, m in made.items() if shown(m)])


def test_each_page_judges_leases_and_due_dates_by_its_own_time(world):
    """A page's statement is built once per user, query and day: the time is given at each read."""
    db, w = world
    held = add_econsult(db, w, "Holdt", received_at=T0)
    lease_end = T0 + timedelta(hours=3)
    set_item(db, held, claimed_by_id=w.doctor.staff_id, claimed_at=T0, claim_expires_at=lease_end)
    mine = ItemQuery(folder=Folder.MINE)
    assert [r.id for r in inbox.list_items(db, w.doctor, mine, now=lease_end - timedelta(minutes=1)).rows] == [held]
    assert inbox.list_items(db, w.doctor, mine, now=lease_end + timedelta(minutes=1)).rows == ()
    due = add_econsult(db, w, "Frist", received_at=T0, due=date(2026, 3, 3))
    overdue = ItemQuery(folder=Folder.OVERDUE)
    assert inbox.list_items(db, w.doctor, overdue, now=T0).rows == ()  # due tomorrow: not overdue yet
    assert [r.id for r in inbox.list_items(db, w.doctor, overdue, now=T0 + timedelta(days=2)).rows] == [due]


def test_the_same_query_gives_each_user_their_own_page(world):
    db, w = world
    one = add_econsult(db, w, "Til den ene", received_at=T0)
    other = add_econsult(db, w, "Til den anden", received_at=T0 + timedelta(minutes=1))
    set_item(db, one, assigned_to_id=w.doctor.staff_id)
    set_item(db, other, assigned_to_id=w.doctor2.staff_id)
    mine = ItemQuery(folder=Folder.MINE)
    assert [r.id for r in inbox.list_items(db, w.doctor, mine).rows] == [one]
    assert [r.id for r in inbox.list_items(db, w.doctor2, mine).rows] == [other]
