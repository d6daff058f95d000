"""Take next (Ctrl+N): one rule in ``services.inbox.claims.claim_next``, one test per exclusion.

The rule: the item due first (then waiting longest) among the open items (New or
Open) that nobody holds a live lease on, assigned to nobody, to me or to my role
group, within the folder and filters; never an item awaiting the patient; never
one the walk has already taken (``skip``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from clinicdesk.domain.enums import ItemKind, ItemStatus, Role
from clinicdesk.models import InboxItem
from clinicdesk.services import inbox
from clinicdesk.services.inbox import UNASSIGNED, Folder, ItemQuery
from inbox_helpers import add_booking, add_econsult, add_renewal, make_world, set_item

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(any_db):
    return any_db, make_world(any_db)


def _econsult(db, w, minutes: int, **kw) -> int:
    """An e-consultation received ``minutes`` after T0 (smaller = waiting longer)."""
    return add_econsult(db, w, f"Spørgsmål {minutes}", received_at=T0 + timedelta(minutes=minutes), **kw)


def _next(db, actor, query=None, skip=()):
    opened = inbox.claim_next(db, actor, query, skip=skip)
    return None if opened is None else opened.detail.id


def test_oldest_free_item_first_and_it_is_claimed(world):
    db, w = world
    newer, older = _econsult(db, w, 5), _econsult(db, w, 1)
    opened = inbox.claim_next(db, w.receptionist)
    assert opened.detail.id == older
    assert opened.can_act and opened.claim.mine and opened.detail.status == ItemStatus.OPEN
    assert inbox.get_row(db, w.doctor, older).claimed_by_name == "Rasmus Sekretær"
    assert newer != older


def test_due_first_then_waiting_longest(world):
    db, w = world
    waiting_long = _econsult(db, w, 1)  # no due date
    due_later = _econsult(db, w, 3, due=date(2026, 3, 6))
    due_soon = _econsult(db, w, 9, due=date(2026, 3, 4))
    got = [_next(db, w.receptionist, skip=()) for _ in range(3)]
    assert got == [due_soon, due_later, waiting_long]


def test_never_an_item_awaiting_the_patient(world):
    db, w = world
    awaiting = _econsult(db, w, 1, status=ItemStatus.AWAITING_PATIENT)
    fresh = _econsult(db, w, 2)
    assert _next(db, w.receptionist) == fresh
    assert _next(db, w.receptionist) is None
    # not even in the folder "Afventer patient" or with the status filter set to it
    assert _next(db, w.nurse, ItemQuery(folder=Folder.AWAITING_PATIENT)) is None
    assert _next(db, w.nurse, ItemQuery(status=ItemStatus.AWAITING_PATIENT)) is None
    assert inbox.claim_state(db, w.nurse, awaiting).holder_id is None


def test_never_a_done_item_even_from_the_done_folder(world):
    db, w = world
    _econsult(db, w, 1, status=ItemStatus.DONE)
    fresh = _econsult(db, w, 2)
    assert _next(db, w.receptionist, ItemQuery(folder=Folder.DONE)) == fresh  # Done: takes from all open
    assert _next(db, w.nurse, ItemQuery(folder=Folder.DONE)) is None


def test_not_an_item_someone_else_holds_but_an_expired_lease_is_free(world):
    db, w = world
    held = _econsult(db, w, 1)
    lapsed = _econsult(db, w, 2)
    inbox.open_item(db, w.nurse, held)  # a live lease
    inbox.open_item(db, w.doctor, lapsed, now=datetime.now(timezone.utc) - timedelta(hours=1))  # lapsed long ago
    assert _next(db, w.receptionist) == lapsed
    assert _next(db, w.receptionist) is None


def test_each_press_judges_leases_and_due_dates_by_its_own_time(world):
    """The statements are built once per user and query; a press later in the day must not see
    the time of the first press: the lease it took has run out, and a due date has passed."""
    db, w = world
    first = _econsult(db, w, 1)
    t = T0 + timedelta(hours=1)
    opened = inbox.claim_next(db, w.receptionist, now=t)
    assert (opened.detail.id, opened.claim.since, opened.claim.expires_at) == (first, t, t + timedelta(minutes=15))
    later = t + timedelta(minutes=20)  # the lease has run out: the item is free again, and still the oldest
    again = inbox.claim_next(db, w.receptionist, now=later)
    assert (again.detail.id, again.claim.since, again.claim.expires_at) == (first, later, later + timedelta(minutes=15))
    due = _econsult(db, w, 3, due=date(2026, 3, 3))
    overdue = ItemQuery(folder=Folder.OVERDUE)
    assert inbox.claim_next(db, w.nurse, overdue, now=T0) is None  # due tomorrow: not overdue yet
    assert inbox.claim_next(db, w.nurse, overdue, now=T0 + timedelta(days=2)).detail.id == due


def test_not_an_item_assigned_to_a_colleague_or_another_group(world):
    db, w = world
    to_doctor = _econsult(db, w, 1)
    to_doctors = _econsult(db, w, 2)
    free = _econsult(db, w, 3)
    set_item(db, to_doctor, assigned_to_id=w.doctor.staff_id)
    set_item(db, to_doctors, assigned_role=Role.DOCTOR)
    assert _next(db, w.receptionist) == free
    assert _next(db, w.receptionist) is None
    # the doctor gets what is theirs: assigned to them, then to all doctors
    assert _next(db, w.doctor) == to_doctor
    assert _next(db, w.doctor2) == to_doctors


def test_assigned_to_me_or_my_group_comes_by_age_like_the_rest(world):
    db, w = world
    mine = _econsult(db, w, 1)
    my_group = _econsult(db, w, 2)
    free = _econsult(db, w, 3)
    set_item(db, mine, assigned_to_id=w.nurse.staff_id)
    set_item(db, my_group, assigned_role=Role.NURSE)
    assert [_next(db, w.nurse) for _ in range(4)] == [mine, my_group, free, None]


def test_an_item_just_assigned_to_someone_else_is_not_handed_back(world):
    """The old defect: Ctrl+N once handed back an item just assigned to a colleague."""
    db, w = world
    item = _econsult(db, w, 1)
    o = inbox.open_item(db, w.receptionist, item)
    inbox.assign(db, w.receptionist, item, staff_id=w.doctor2.staff_id, expected_version=o.detail.version)
    assert _next(db, w.receptionist) is None
    assert _next(db, w.doctor2) == item


def test_folder_and_every_filter_limit_the_choice(world):
    db, w = world
    econsult = _econsult(db, w, 1)
    renewal, _lines = add_renewal(db, w)
    booking, _slot = add_booking(db, w, T0 + timedelta(days=3))
    set_item(db, renewal, received_at=T0 + timedelta(minutes=2))
    set_item(db, booking, received_at=T0 + timedelta(minutes=3))
    other_provider = _econsult(db, w, 4, provider_id=w.provider2_id)
    opened_before = _econsult(db, w, 5, status=ItemStatus.OPEN)
    to_nurses = _econsult(db, w, 6)
    set_item(db, to_nurses, assigned_role=Role.NURSE)
    karen = _econsult(db, w, 7, patient_id=w.patient2_id)

    r = w.receptionist
    assert _next(db, r, ItemQuery(folder=Folder.RENEWAL)) == renewal
    assert _next(db, r, ItemQuery(kind=ItemKind.BOOKING)) == booking
    assert _next(db, r, ItemQuery(provider_id=w.provider2_id)) == other_provider
    assert _next(db, r, ItemQuery(status=ItemStatus.OPEN)) == opened_before
    assert _next(db, r, ItemQuery(folder=Folder.ALL, search="Hansen")) == karen
    # the assignee filter narrows, it never widens: items for the nurses stay the nurses'
    assert _next(db, r, ItemQuery(assignee=Role.NURSE)) is None
    assert _next(db, w.nurse, ItemQuery(assignee=Role.NURSE)) == to_nurses
    assert _next(db, r, ItemQuery(assignee=UNASSIGNED)) == econsult
    assert _next(db, r, ItemQuery(folder=Folder.NEW)) is None  # every new item is taken now
    assert _next(db, r) is None


def test_mine_folder_gives_what_is_assigned_to_me(world):
    db, w = world
    _econsult(db, w, 1)  # unassigned: not in "Mine"
    mine = _econsult(db, w, 2)
    set_item(db, mine, assigned_to_id=w.doctor.staff_id)
    assert _next(db, w.doctor, ItemQuery(folder=Folder.MINE)) == mine
    assert _next(db, w.doctor, ItemQuery(folder=Folder.MINE)) is None


def test_repeated_presses_walk_distinct_items(world):
    """A walk passes the ids it has taken: the one just taken (and released as the user
    moves on) never comes back, and an item the actor still holds is not "next" either."""
    db, w = world
    items = [_econsult(db, w, m) for m in range(4)]
    walk: list[int] = []
    for _ in range(4):
        got = _next(db, w.receptionist, skip=walk)
        if walk:  # moving on releases the previous item (the view's leave)
            inbox.release_item(db, w.receptionist, walk[-1])
        walk.append(got)
    assert walk == items  # oldest first, each once
    assert _next(db, w.receptionist, skip=walk) is None
    # without the walk, the released items are free again: the oldest comes first
    assert _next(db, w.receptionist) == items[0]


def test_an_item_i_hold_is_not_next(world):
    db, w = world
    first, second = _econsult(db, w, 1), _econsult(db, w, 2)
    inbox.open_item(db, w.receptionist, first)  # open and held, not released yet
    assert _next(db, w.receptionist) == second


def test_one_press_claims_opens_and_logs_once(world):
    """The claim, the change log's tick and the OPEN_ITEM entry come from one press, once each;
    the item is New → Open, read, and held by the actor with a lease of the clinic's length."""
    from sqlalchemy import func, select

    from clinicdesk.models import AuditEntry, ChangeEvent
    from clinicdesk.services.audit import Action

    db, w = world
    item = _econsult(db, w, 1)
    before = inbox.latest_change_id(db, w.clinic_id)
    opened = inbox.claim_next(db, w.receptionist)
    assert opened.can_act and opened.detail.id == item and opened.detail.status == ItemStatus.OPEN
    assert opened.claim.mine and opened.claim.holder_name == w.receptionist.full_name
    assert opened.claim.expires_at - opened.claim.since == timedelta(minutes=15)
    assert opened.detail.messages and opened.detail.patient_cpr == "0101901234"
    with db.session() as s:
        ticks = s.execute(select(ChangeEvent.item_id).where(ChangeEvent.id > before)).scalars().all()
        opens = s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == Action.OPEN_ITEM, AuditEntry.detail == f"item {item}")).scalar_one()
        row = s.get(InboxItem, item)
    assert ticks == [item] and opens == 1
    assert row.claimed_by_id == w.receptionist.staff_id and not row.unread and row.version == 1


def test_many_workstations_pressing_at_once_never_share_an_item(world):
    """Four workstations (their own connections) press until nothing is left: every item is
    handed out exactly once (PostgreSQL: one UPDATE … WHERE id = (SELECT … SKIP LOCKED))."""
    import threading

    from clinicdesk.db import Database

    db, w = world
    items = [_econsult(db, w, m) for m in range(24)]
    actors = (w.receptionist, w.nurse, w.doctor, w.doctor2)
    dbs = [Database(db.url, migrate=False) for _ in actors]
    got: list[list[int]] = [[] for _ in actors]
    barrier = threading.Barrier(len(actors))

    errors: list[BaseException] = []

    def press(n):
        try:
            barrier.wait()
            while (opened := inbox.claim_next(dbs[n], actors[n])) is not None:
                got[n].append(opened.detail.id)
        except BaseException as exc:  # reported below: a dead workstation must not pass as "nothing left"
            errors.append(exc)

    threads = [threading.Thread(target=press, args=(n,)) for n in range(len(actors))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for d in dbs:
        d.dispose()
    assert errors == [] and not any(t.is_alive() for t in threads)
    taken = [i for g in got for i in g]
    assert sorted(taken) == sorted(items)  # each exactly once
    with db.session() as s:
        holders = dict(s.execute(select_claims(items)).all())
    for n, g in enumerate(got):
        assert all(holders[i] == actors[n].staff_id for i in g)
    from clinicdesk.services import audit

    from sqlalchemy import func, select

    from clinicdesk.models import AuditEntry
    from clinicdesk.services.audit import Action

    with db.session() as s:  # every press logged, and the chain unbroken (each read the head under its lock)
        assert audit.verify_chain(s) == []
        opened = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == Action.OPEN_ITEM, AuditEntry.detail.in_([f"item {i}" for i in items])))
        assert opened == len(items)


def select_claims(items):
    from sqlalchemy import select

    return select(InboxItem.id, InboxItem.claimed_by_id).where(InboxItem.id.in_(items))


def test_a_deactivated_user_is_refused_and_claims_nothing(world):
    """The permission is checked inside the claim's own statement: a user deactivated since
    logging in gets AccessRevoked (audited), never an item."""
    from sqlalchemy import select

    from clinicdesk.domain.errors import AccessRevoked
    from clinicdesk.models import AuditEntry, StaffUser
    from clinicdesk.services.audit import Action

    db, w = world
    item = _econsult(db, w, 1)
    with db.write_session() as s:
        s.execute(update(StaffUser).where(StaffUser.id == w.receptionist.staff_id).values(active=False))
    with pytest.raises(AccessRevoked):
        inbox.claim_next(db, w.receptionist)
    with db.session() as s:
        assert s.get(InboxItem, item).claimed_by_id is None
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.staff_id) == (Action.PERMISSION_DENIED, w.receptionist.staff_id)


@pytest.mark.postgres
def test_taking_an_econsultation_on_postgres_is_four_statements(pg_db):
    """Issue 14: choose, claim, check the permission, tick the change log and take the audit
    chain's lock in one statement; the detail in two (patient, provider and the chain's head;
    the thread with its attachments); the OPEN_ITEM entry in one (the insert)."""
    from sqlalchemy import event

    w = make_world(pg_db)
    item = _econsult(pg_db, w, 1)
    seen: list[str] = []

    def count(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(pg_db.engine, "before_cursor_execute", count)
    try:
        opened = inbox.claim_next(pg_db, w.receptionist)
    finally:
        event.remove(pg_db.engine, "before_cursor_execute", count)
    assert opened.detail.id == item and opened.can_act
    assert len(seen) == 4, seen
    assert seen[-1].lstrip().upper().startswith("INSERT INTO AUDIT_LOG")
