"""Two workstations on one database: separate processes on one SQLite file, and two
connections on PostgreSQL. No item is handled twice; each side sees the other's changes."""

from __future__ import annotations

import multiprocessing as mp
import threading
from dataclasses import astuple

import pytest
from sqlalchemy import func, select

from clinicdesk.models import Message
from clinicdesk.domain.enums import MessageDirection
from clinicdesk.services import inbox
from inbox_helpers import add_econsult, claim_and_answer_worker, make_world

N_ITEMS = 24


def test_two_processes_never_handle_the_same_item(any_db):
    db = any_db
    w = make_world(db)
    items = [add_econsult(db, w, f"Spørgsmål {i}") for i in range(N_ITEMS)]
    start = inbox.latest_change_id(db, w.clinic_id)
    url = db.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [
        # opposite orders, so the two meet and fight over the items in the middle
        ctx.Process(target=claim_and_answer_worker, args=(url, astuple(a), order, barrier, out))
        for a, order in ((w.doctor, items), (w.nurse, items[::-1]))
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=240) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    won = {staff: set(claimed) for staff, claimed, _answered, _refused in results}
    answered = {staff: set(a) for staff, _c, a, _r in results}
    refused = {staff: r for staff, _c, _a, r in results}
    a, b = won[w.doctor.staff_id], won[w.nurse.staff_id]
    print(f"split: {len(a)} / {len(b)}; refused: {refused}")
    assert a.isdisjoint(b), "an item was claimed by both workstations"
    assert a | b == set(items)
    assert answered == won  # each answered exactly what it had claimed ...
    for staff, r in refused.items():  # ... and was refused every other item
        assert sum(r.values()) == N_ITEMS - len(won[staff])
        assert set(r) <= {"claimed", "stale", "item_closed"}
    with db.session() as s:
        per_item = dict(s.execute(
            select(Message.item_id, func.count()).where(Message.direction == MessageDirection.TO_PATIENT)
            .group_by(Message.item_id)).all())
    assert per_item == {i: 1 for i in items}, "an item was answered twice or not at all"
    # this side sees every change the other processes made
    assert inbox.changes_since(db, w.clinic_id, start).item_ids == frozenset(items)
    assert inbox.folder_counts(db, w.doctor)[inbox.Folder.DONE] == N_ITEMS


def test_watcher_sees_another_workstations_change(any_db):
    db = any_db
    w = make_world(db)
    item = add_econsult(db, w)
    listener = inbox.open_listener(db, w.clinic_id)
    got = {}

    def watch():
        ch = listener.wait(timeout=20)
        got["ids"] = ch.item_ids

    t = threading.Thread(target=watch)
    t.start()
    # another "workstation": its own Database (own engine and connections)
    from clinicdesk.db import Database

    other = Database(db.url, migrate=False)
    inbox.open_item(other, w.nurse, item)
    t.join(timeout=30)
    listener.close()
    other.dispose()
    assert got["ids"] == frozenset({item})
    assert inbox.open_item(db, w.doctor, item).blocked_message.startswith("Behandles af Signe Sygeplejerske siden")


@pytest.mark.postgres
def test_postgres_notify_is_sent_with_the_clinic(pg_db):
    import psycopg

    w = make_world(pg_db)
    item = add_econsult(pg_db, w)
    u = pg_db.url
    conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database,
                           autocommit=True)
    try:
        conn.execute(f"LISTEN {inbox.NOTIFY_CHANNEL}")
        inbox.open_item(pg_db, w.doctor, item)
        notes = list(conn.notifies(timeout=10, stop_after=1))
    finally:
        conn.close()
    assert [n.payload for n in notes] == [str(w.clinic_id)]


def test_take_next_from_two_workstations_gives_different_items(any_db):
    db = any_db
    w = make_world(db)
    items = [add_econsult(db, w, f"Spørgsmål {i}") for i in range(6)]
    from clinicdesk.db import Database

    other = Database(db.url, migrate=False)
    got: dict[str, list[int]] = {"a": [], "b": []}
    barrier = threading.Barrier(2)

    def take(name, database, actor):
        barrier.wait()
        while True:
            opened = inbox.claim_next(database, actor)
            if opened is None:
                return
            assert opened.can_act
            got[name].append(opened.detail.id)

    ts = [threading.Thread(target=take, args=("a", db, w.doctor)),
          threading.Thread(target=take, args=("b", other, w.nurse))]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    other.dispose()
    assert sorted(got["a"] + got["b"]) == sorted(items)  # each item taken exactly once
    assert inbox.claim_next(db, w.receptionist) is None


@pytest.mark.postgres
def test_postgres_take_next_skips_a_row_another_transaction_holds(pg_db):
    from sqlalchemy import text

    w = make_world(pg_db)
    first, second = add_econsult(pg_db, w, "ældst"), add_econsult(pg_db, w, "næste")
    with pg_db.engine.connect() as other:  # another workstation, mid-transaction on the oldest item
        tx = other.begin()
        other.execute(text("SELECT id FROM inbox_item WHERE id = :i FOR UPDATE"), {"i": first})
        opened = inbox.claim_next(pg_db, w.nurse)  # does not wait for the lock: skips the row
        assert opened.detail.id == second and opened.can_act
        tx.rollback()
    assert inbox.claim_next(pg_db, w.doctor).detail.id == first
