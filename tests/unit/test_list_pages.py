"""Pages of "Mine" and of the urgent rows: read from their own indexes, the same rows as the rule.

A page of "Mine" takes the newest of each of its three lookups (claimed by me, assigned to me,
assigned to my group) and then the newest of those; the urgent rows of a folder by status alone
are sorted from the urgent index's entries. Walking every page must give exactly the items the
rule names, in the list's order, whatever the page size.
"""

from __future__ import annotations

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


def _items(db, w):
    """21 items received a minute apart, each mine or not in one way, some urgent, some new, some
    done: ``{id: (received minute, mine, urgent, open, due, new)}`` as the doctor sees them."""
    made = {}
    ways = ["claimed", "assigned", "group", "nurse_group", "nurse_claim", "free", "done_group"]
    for i in range(21):
        way = ways[i % len(ways)]
        urgent = i % 3 == 0
        due = date(2026, 3, 10 - i % 5) if i % 4 else None
        item = add_econsult(db, w, f"Besked {i}", received_at=T0 + timedelta(minutes=i), due=due,
                            priority=Priority.URGENT if urgent else Priority.NORMAL,
                            status=ItemStatus.DONE if way == "done_group" else
                            ItemStatus.NEW if i % 2 else ItemStatus.OPEN)
        if way == "claimed":
            set_item(db, item, claimed_by_id=w.doctor.staff_id, claimed_at=T0, claim_expires_at=LATER)
        elif way == "assigned":
            set_item(db, item, assigned_to_id=w.doctor.staff_id)
        elif way in ("group", "done_group"):
            set_item(db, item, assigned_role=Role.DOCTOR)
        elif way == "nurse_group":
            set_item(db, item, assigned_role=Role.NURSE)
        elif way == "nurse_claim":
            set_item(db, item, claimed_by_id=w.nurse.staff_id, claimed_at=T0, claim_expires_at=LATER)
        made[item] = (i, way in ("claimed", "assigned", "group"), urgent, way != "done_group", due,
                      way != "done_group" and i % 2 == 1)
    return made


def _newest_first(made, ids):
    """The list's order: the urgent open items first, newest first; then the others, newest first."""
    return sorted(ids, key=lambda i: (not (made[i][2] and made[i][3]), -made[i][0]))


@pytest.mark.parametrize("limit", [1, 3, 100])
def test_mine_pages_give_every_item_of_the_three_lookups_once_in_order(world, limit):
    db, w = world
    made = _items(db, w)
    mine = [i for i, (_m, is_mine, _u, is_open, _d, _n) in made.items() if is_mine and is_open]
    assert len(mine) == 9
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE), limit) == _newest_first(made, mine)
    by_due = sorted(mine, key=lambda i: (made[i][4] or date.max, i))
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, sort=Sort.DUE_ASC), limit) == by_due


def test_mine_with_a_filter_and_a_search_keeps_to_both(world):
    db, w = world
    made = _items(db, w)
    renewal, _lines = add_renewal(db, w)
    set_item(db, renewal, assigned_role=Role.DOCTOR, received_at=T0 + timedelta(minutes=30))
    assert _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, kind=ItemKind.RENEWAL), 2) == [renewal]
    found = _walk(db, w.doctor, ItemQuery(folder=Folder.MINE, search="Besked"), 2)
    mine = [i for i, (_m, is_mine, _u, is_open, _d, _n) in made.items() if is_mine and is_open]
    assert found == _newest_first(made, mine)


@pytest.mark.parametrize("query", [
    ItemQuery(folder=Folder.ALL),
    ItemQuery(folder=Folder.ALL_OPEN),
    ItemQuery(folder=Folder.URGENT),
    ItemQuery(folder=Folder.NEW),
    ItemQuery(folder=Folder.ALL, status=ItemStatus.OPEN),
    ItemQuery(folder=Folder.ALL_OPEN, kind=ItemKind.ECONSULT),
])
def test_urgent_rows_lead_every_page_walk_of_a_folder(world, query):
    db, w = world
    made = _items(db, w)
    shown = [i for i, (_m, _mine, urgent, is_open, _d, new) in made.items()
             if (query.folder == Folder.ALL or is_open) and (query.folder != Folder.URGENT or urgent)
             and (query.folder != Folder.NEW or new) and (query.status is None or (is_open and not new))]
    assert _walk(db, w.doctor, query, 4) == _newest_first(made, shown)
