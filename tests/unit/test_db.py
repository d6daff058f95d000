"""The database layer: SQLite settings, migrations with a backup first, online backup, check."""

from __future__ import annotations

import sqlite3
import subprocess
import threading

from alembic import command
from sqlalchemy import func, select, text

from clinicdesk.cli import main
from clinicdesk.db import Database
from clinicdesk.models import Clinic


def _add_clinic(db, n: int) -> None:
    with db.write_session() as s:
        s.add(Clinic(name=f"Klinik {n}", display_name=f"Klinik {n}", portal_link=f"https://p.example.dk/{n}"))


def test_sqlite_file_has_wal_full_sync_foreign_keys_and_busy_timeout(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_open_migrates_to_head(db):
    assert db.current_revision() == db.head_revision()


def test_upgrade_backs_up_the_file_before_migrating(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    _add_clinic(db, 1)
    head = db.head_revision()
    # take the database back to the first schema, as an older program version left it
    cfg = db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert db.current_revision() == "0001"
    db.dispose()

    assert main(["db", "upgrade", "--db", url]) == 0
    backups = sorted(tmp_path.glob(f"old.db.before-{head}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as bk:
        assert bk.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert bk.execute("SELECT name FROM clinic").fetchall() == [("Klinik 1",)]
    again = Database(url)
    assert again.current_revision() == head
    again.dispose()


def test_online_backup_is_consistent_while_another_writer_works(db, tmp_path):
    _add_clinic(db, 0)
    stop = threading.Event()
    written = []

    def writer():
        other = Database(str(db.url), migrate=False)  # a second workstation on the same file
        n = 1
        while not stop.is_set() and n < 400:
            _add_clinic(other, n)
            written.append(n)
            n += 1
        other.dispose()

    t = threading.Thread(target=writer)
    t.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        target = tmp_path / "kopi.db"
        assert main(["db", "backup", "--db", str(db.url), str(target)]) == 0
    finally:
        stop.set()
        t.join(30)
    with sqlite3.connect(target) as bk:
        assert bk.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {r[0] for r in bk.execute("SELECT name FROM clinic")}
    # a consistent snapshot: every clinic up to some point, none missing in between
    numbers = sorted(int(n.split()[1]) for n in names)
    assert numbers == list(range(len(numbers))) and len(numbers) >= 20
    assert main(["db", "check", "--db", f"sqlite:///{target}"]) == 0


def test_check_reports_an_old_schema(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    db = Database(url)
    cfg = db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    db.dispose()
    assert main(["db", "check", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "0001" in err and "clinicdesk db upgrade" in err


def test_backup_on_postgresql_with_pg_dump(pg_db, tmp_path):
    _add_clinic(pg_db, 7)
    target = tmp_path / "pg.dump"
    pg_db.backup(target)
    listing = subprocess.run(["pg_restore", "--list", str(target)], capture_output=True, text=True)
    assert listing.returncode == 0
    assert "TABLE DATA public clinic" in listing.stdout
    with pg_db.session() as s:
        assert s.scalar(select(func.count(Clinic.id))) == 1
        assert s.execute(text("SELECT 1")).scalar() == 1


def test_database_errors_never_carry_the_values_they_were_given(db):
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as err:
        with db.write_session() as s:
            s.add(Clinic(name="A", display_name="A", portal_link="https://p.example.dk/x"))
            s.add(Clinic(name="010101-1234 Anne Hansen", display_name="B", portal_link="https://p.example.dk/x"))
    assert "Anne Hansen" not in str(err.value) and "010101-1234" not in str(err.value)


def test_packaged_head_read_from_the_files_agrees_with_alembic(db):
    from alembic.script import ScriptDirectory

    assert db.head_revision() == ScriptDirectory.from_config(db._alembic_config()).get_current_head()


def test_opening_a_database_at_head_runs_no_migration(db, monkeypatch):
    import pytest

    def refuse(*_a, **_k):
        raise AssertionError("a database already at head must not be migrated")

    monkeypatch.setattr(command, "upgrade", refuse)
    again = Database(str(db.url))  # the template copy the `db` fixture opened, opened once more
    try:
        assert again.current_revision() == again.head_revision()
        assert again.upgrade() is None
    finally:
        again.dispose()
    empty = Database(str(db.url).replace("clinic.db", "empty.db"), migrate=False)
    try:
        with pytest.raises(AssertionError):  # the guard is live: an empty file would migrate
            empty.upgrade()
    finally:
        empty.dispose()


def test_a_snapshot_is_built_once_and_copied_to_the_next_test(db_snapshot, db):
    built = []

    def build(d):
        built.append(1)
        _add_clinic(d, len(built))
        return "bygget"

    assert db_snapshot("one clinic", build) == "bygget"
    _add_clinic(db, 99)  # this test's own change is not part of the snapshot
    assert db_snapshot("one clinic", build) == "bygget" and built == [1]
    with db.session() as s:
        assert s.scalars(select(Clinic.name)).all() == ["Klinik 1"]


def test_check_of_a_database_file_that_does_not_exist_says_so_and_makes_none(tmp_path, capsys):
    """It used to create an empty SQLite file, then report its missing tables."""
    target = tmp_path / "stavefejl.db"
    assert main(["db", "check", "--db", f"sqlite:///{target}"]) == 1
    assert "findes ikke" in capsys.readouterr().err
    assert not target.exists()


def test_a_checkpoint_copies_the_whole_log_into_the_file_while_a_reader_is_open(db):
    """The window's upkeep (``views.db_upkeep``) calls this in the background, so that no user
    action's commit is the one that copies the write-ahead log (0.7 s at a million items)."""
    for n in range(20):
        _add_clinic(db, n)
    reader = sqlite3.connect(db.sqlite_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM clinic").fetchone()[0] >= 20  # a snapshot held open
    log_pages, in_file = db.checkpoint()
    assert log_pages > 0 and in_file == log_pages  # a PASSIVE checkpoint waits for no one
    reader.rollback()
    reader.close()
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Clinic)).scalar() >= 20


def test_postgresql_needs_no_checkpoint_from_the_program(pg_db):
    assert pg_db.checkpoint() is None  # the server does its own
