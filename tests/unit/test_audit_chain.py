"""The audit log's hash chain: entries written through audit.record, tampering found by verify_chain.

Runs on a SQLite file and on a real PostgreSQL server (``any_db``).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from clinicdesk.domain.enums import Role
from tamper import lift_guards
from clinicdesk.models import AuditEntry, Clinic, Patient
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import GENESIS, Action


@pytest.fixture
def setup(any_db):
    with any_db.write_session() as s:
        c = Clinic(name="Lægehuset Åbyhøj", display_name="Lægehuset Åbyhøj", portal_link="https://p/aabyhoej")
        s.add(c)
        s.flush()
        staff = auth.create_staff(s, "sara", "Sara Ølgaard", "Blå kaffekop 42", {c.id: Role.DOCTOR})
        p = Patient(cpr="0101901234", first_name="Åse", last_name="Møller")
        s.add(p)
        s.flush()
        ids = (c.id, staff.id, p.id)
    return any_db, ids


def _write_entries(db, clinic_id, staff_id, patient_id, n=5) -> list[int]:
    ids = []
    for i in range(n):
        with db.write_session() as s:
            e = audit.record(
                s, Action.OPEN_PATIENT, staff_id=staff_id, clinic_id=clinic_id, patient_id=patient_id,
                search_term=f"søg {i}", detail=f"opened card {i}",
            )
            ids.append(e.id)
    return ids


def _problems(db, **kw):
    with db.session() as s:
        return audit.verify_chain(s, **kw)


def test_entries_chain_from_genesis_and_verify(setup):
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id)
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [r.id for r in rows] == ids
    assert rows[0].prev_hash == GENESIS
    for before, after in zip(rows, rows[1:]):
        assert after.prev_hash == before.hash
    assert all(r.hash.startswith("k1:") and len(r.hash) == 55 for r in rows)  # keyed with the installation's key
    assert all(r.at.tzinfo is not None for r in rows)
    assert rows[2].search_term == "søg 2" and rows[2].patient_id == patient_id
    assert _problems(db) == []
    assert _problems(db, batch=2) == []  # walking in small batches gives the same answer


def test_several_entries_in_one_transaction_chain(setup):
    db, (clinic_id, staff_id, _) = setup
    with db.write_session() as s:
        a = audit.record(s, Action.SEARCH_PATIENT, staff_id=staff_id, clinic_id=clinic_id, search_term="Møller")
        b = audit.record(s, Action.PRINT, staff_id=staff_id, clinic_id=clinic_id)
        assert b.prev_hash == a.hash
    assert _problems(db) == []


def test_updated_row_is_named(setup):
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id)
    victim = ids[2]
    with db.write_session() as s:
        lift_guards(s)
        s.execute(text("UPDATE audit_log SET detail = 'nothing to see' WHERE id = :id"), {"id": victim})
    problems = _problems(db)
    assert [p.entry_id for p in problems] == [victim]
    assert problems[0].kind == "changed" and "indholdet er ændret" in problems[0].reason
    assert str(problems[0]).startswith(f"revisionsspor, post #{victim}:")


@pytest.mark.parametrize(
    "column, value",
    [
        ("staff_id", None),
        ("patient_id", None),
        ("search_term", "andet"),
        ("action", Action.LOGIN),
    ],
)
def test_each_column_is_covered_by_the_hash(setup, column, value):
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id, n=3)
    with db.write_session() as s:
        lift_guards(s)
        s.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = :id"), {"v": value, "id": ids[1]})
    assert [p.entry_id for p in _problems(db)] == [ids[1]]


def test_changed_time_is_named(setup):
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id, n=3)
    with db.write_session() as s:
        lift_guards(s)
        e = s.get(AuditEntry, ids[0])
        e.at = e.at - timedelta(hours=1)  # through the ORM: the stored UTC value moves
    assert [p.entry_id for p in _problems(db)] == [ids[0]]


def test_deleted_middle_row_names_the_next_entry(setup):
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id)
    with db.write_session() as s:
        lift_guards(s)
        s.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[2]})
    problems = _problems(db)
    assert [p.entry_id for p in problems] == [ids[3]]
    assert problems[0].kind == "link" and "følger ikke efter" in problems[0].reason


def test_rewritten_hash_breaks_the_link_to_the_next(setup):
    # someone edits a row and recomputes its own hash: the next entry no longer follows it
    db, (clinic_id, staff_id, patient_id) = setup
    ids = _write_entries(db, clinic_id, staff_id, patient_id)
    with db.write_session() as s:
        lift_guards(s)
        e = s.get(AuditEntry, ids[1])
        new_hash = audit.entry_hash(e.prev_hash, e.at, e.staff_id, e.clinic_id, e.action, e.patient_id, e.search_term, "x")
        s.execute(text("UPDATE audit_log SET detail = 'x', hash = :h WHERE id = :id"), {"h": new_hash, "id": ids[1]})
    # without the key its own hash is a plain one where a keyed one belongs; the next no longer follows it
    assert [(p.entry_id, p.kind) for p in _problems(db)] == [(ids[1], "recomputed"), (ids[2], "link")]


def test_rolled_back_work_leaves_no_entry_and_no_break(setup):
    db, (clinic_id, staff_id, _) = setup
    _write_entries(db, clinic_id, staff_id, None, n=2)
    with pytest.raises(RuntimeError):
        with db.write_session() as s:
            audit.record(s, Action.EDIT_SETTINGS, staff_id=staff_id, clinic_id=clinic_id, detail="rolled back")
            raise RuntimeError("the work failed")
    _write_entries(db, clinic_id, staff_id, None, n=2)
    with db.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert "rolled back" not in details and len(details) == 4
    assert _problems(db) == []  # an id gap (PostgreSQL sequence) is not a break


def test_an_entry_of_a_savepoint_rolled_back_is_gone_from_the_session_too(setup):
    """A step that logs inside a savepoint and fails (``flag_at_intake`` does) must not leave the
    rolled-back entry behind in the session: the next entry of the same transaction is written."""
    db, (clinic_id, staff_id, _) = setup
    _write_entries(db, clinic_id, staff_id, None, n=1)
    with db.write_session() as s:
        with pytest.raises(RuntimeError):
            with s.begin_nested():
                undone = audit.record(s, Action.EDIT_SETTINGS, staff_id=staff_id, clinic_id=clinic_id,
                                      detail="undone")
                raise RuntimeError("the step failed")
        assert s.get(AuditEntry, undone.id) is None  # the session knows the row is gone
        kept = audit.record(s, Action.EDIT_SETTINGS, staff_id=staff_id, clinic_id=clinic_id, detail="kept")
        assert kept.detail == "kept"
    with db.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert details[-1] == "kept" and "undone" not in details
    assert _problems(db) == []


def test_long_texts_are_cut_and_still_verify(setup):
    db, (clinic_id, staff_id, _) = setup
    with db.write_session() as s:
        e = audit.record(s, Action.SEARCH_PATIENT, staff_id=staff_id, clinic_id=clinic_id,
                         search_term="æ" * 300, detail="ø" * 900)
    assert len(e.search_term) == 200 and len(e.detail) == 500
    assert _problems(db) == []


def test_non_utc_time_is_stored_as_utc_and_verifies(setup):
    db, (clinic_id, staff_id, _) = setup
    cph = timezone(timedelta(hours=1))
    with db.write_session() as s:
        audit.record(s, Action.PRINT, staff_id=staff_id, clinic_id=clinic_id,
                     at=datetime(2026, 3, 1, 12, 0, 0, 123456, tzinfo=cph))
    with db.session() as s:
        e = s.scalars(select(AuditEntry)).one()
    assert e.at == datetime(2026, 3, 1, 11, 0, 0, 123456, tzinfo=timezone.utc)
    assert _problems(db) == []


def test_concurrent_writers_do_not_fork_the_chain(setup):
    db, (clinic_id, staff_id, _) = setup
    errors: list[BaseException] = []

    def writer(k):
        try:
            for i in range(8):
                with db.write_session() as s:
                    audit.record(s, Action.OPEN_ITEM, staff_id=staff_id, clinic_id=clinic_id, detail=f"{k}-{i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert len(rows) == 32
    assert len({r.prev_hash for r in rows}) == 32  # no two entries follow the same one
    assert _problems(db) == []
