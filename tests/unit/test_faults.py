"""Faults of the disk, the file lock and the network reach the user as Danish domain errors (issue 11).

Disk full: SQLite's own limit (``max_page_count``) makes the real "database or disk is
full". Locked: a real second connection holds the write lock. Connection lost: a real
PostgreSQL backend terminated from a second connection. In every case nothing
half-written is left behind.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select, text

from clinicdesk import cli
from clinicdesk import db as dbmod
from clinicdesk.db import Database
from clinicdesk.domain.errors import (
    CommitInDoubt, ConnectionLost, DatabaseBusy, DiskFull, InfrastructureFault,
)
from clinicdesk.models import InboxItem
from clinicdesk.portal import send_econsult
from portal_world import ADULT, NOW, build_world


def _fill_the_disk(db) -> None:
    """Every new connection may not grow the file: the next page needed is 'disk full'."""

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()


def _items(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(InboxItem))


def test_disk_full_is_a_danish_error_and_nothing_is_half_written(tmp_path, sqlite_copy):
    db = Database(sqlite_copy(tmp_path / "full.db"), migrate=False)  # its own engine: the limit stays here
    w = build_world(db)
    before = _items(db)
    _fill_the_disk(db)
    with pytest.raises(DiskFull) as exc:
        for _ in range(50):  # fill the last free pages, then one more
            send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Mit knæ gør ondt. " * 20, now=NOW)
    assert exc.value.code == "disk_full"
    assert "Disken er fuld" in str(exc.value) and "din tekst står der stadig" in str(exc.value)
    db.engine.dispose()  # the limit stays on this engine; a fresh one reads what was stored
    check = Database(f"sqlite:///{db.sqlite_path}", migrate=False)
    try:
        with check.session() as s:
            rows = s.execute(text("PRAGMA integrity_check")).scalars().all()
        assert rows == ["ok"]
        assert _items(check) >= before
    finally:
        check.dispose()
        db.dispose()


def test_a_database_locked_by_another_workstation_is_a_danish_error(tmp_path, sqlite_copy, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)  # do not wait 15 s for the test
    url = sqlite_copy(tmp_path / "locked.db")
    db = Database(url, migrate=False)
    w = build_world(db)
    other = sqlite3.connect(str(db.sqlite_path), timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # a second workstation holds the write lock
    try:
        with pytest.raises(DatabaseBusy) as exc:
            send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej", now=NOW)
        assert "optaget af en anden arbejdsstation" in str(exc.value)
    finally:
        other.rollback()
        other.close()
    assert send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej", now=NOW).item_id  # then it works
    db.dispose()


@pytest.mark.postgres
def test_a_terminated_postgresql_connection_is_connection_lost(pg_db, pg_template):
    admin, _ = pg_template
    build_world(pg_db)
    with pytest.raises(ConnectionLost) as exc:
        with pg_db.write_session() as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as c:
                c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            s.execute(text("SELECT 1"))
    assert exc.value.code == "connection_lost" and "Forbindelsen til databasen blev afbrudt" in str(exc.value)
    with pg_db.session() as s:  # the pool recovers: the next action works
        assert s.execute(text("SELECT 1")).scalar_one() == 1


def test_a_server_that_refuses_the_connection_is_connection_lost():
    """A PostgreSQL server that is down (nothing listens) is the same Danish fault as a lost connection,
    not an unexpected error (the escalation watch said "uventet fejl" for it)."""
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    d = Database(f"postgresql://nobody@127.0.0.1:{port}/clinicdesk", migrate=False)
    try:
        with pytest.raises(ConnectionLost) as exc:
            with d.session() as s:
                s.execute(text("SELECT 1"))
    finally:
        d.dispose()
    assert exc.value.code == "database_unreachable"
    assert str(exc.value).startswith("Databasen kan ikke nås lige nu (serveren svarer ikke)")


@pytest.mark.postgres
def test_a_connection_lost_during_commit_is_in_doubt(pg_db, pg_template):
    admin, _ = pg_template
    with pytest.raises(CommitInDoubt) as exc:
        with pg_db.write_session() as s:
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            s.execute(text("SELECT 1"))
            with admin.connect() as c:
                c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    assert exc.value.code == "commit_in_doubt" and exc.value.retry_safe is False
    assert "uvist" in str(exc.value)


def test_the_cli_prints_a_danish_line_and_no_traceback(db, tmp_path, monkeypatch, capsys):
    def full(self, tmp, target):
        tmp.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Database, "_sqlite_backup", full)
    code = cli.main(["db", "backup", "--db", f"sqlite:///{db.sqlite_path}", str(tmp_path / "kopi.db")])
    out = capsys.readouterr()
    assert code == 2
    assert "Disken er fuld" in out.err and "Traceback" not in out.err
    assert not (tmp_path / "kopi.db.part").exists() and not (tmp_path / "kopi.db").exists()


def test_an_unexpected_error_in_a_command_is_one_danish_line_unless_verbose(db, monkeypatch, capsys):
    def boom(self):
        raise RuntimeError("intern fejl")

    monkeypatch.setattr(Database, "integrity_problems", boom)
    assert cli.main(["db", "check", "--db", f"sqlite:///{db.sqlite_path}"]) == 1
    err = capsys.readouterr().err
    assert "uventet fejl (RuntimeError)" in err and "Traceback" not in err
    assert cli.main(["-v", "db", "check", "--db", f"sqlite:///{db.sqlite_path}"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_a_leftover_partial_backup_is_removed_before_the_next_migration(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "clinicdesk.db.before-x.bak.part").write_bytes(b"half")
    assert [p.name for p in dbmod.remove_stale_partials(folder)] == ["clinicdesk.db.before-x.bak.part"]
    assert list(folder.iterdir()) == []


def test_every_fault_is_an_infrastructure_fault_with_a_code():
    for cls in (DiskFull, DatabaseBusy, ConnectionLost, CommitInDoubt):
        e = cls()
        assert isinstance(e, InfrastructureFault) and e.code and str(e)
