"""PostgreSQL: the workstations' role adds to the log of lookups and the correspondence, never changes them.

An owner role owns the database and runs the migrations (``clinicdesk db upgrade --owner-db
URL``); the application's role gets its privileges from ``clinicdesk db grant-app-role ROLE``.
As the application's role, UPDATE, DELETE and TRUNCATE of ``audit_log`` are refused by the
server's privileges, even with the append-only triggers dropped by the owner; normal work (an
audited action) goes on. The test cluster lets every role but one log in without a password
on 127.0.0.1 (``.ci/start-postgres.sh``).
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from clinicdesk import cli
from clinicdesk.db import Database, UpgradeNeedsOwner
from clinicdesk.domain.enums import MessageDirection, Role
from clinicdesk.models import AuditEntry, Clinic, InboxItem, Message
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action

pytestmark = pytest.mark.postgres

OWNER, APP = "cd_owner_test", "cd_app_test"


def _url(role: str, database: str) -> str:
    u = make_url(os.environ["CLINICDESK_TEST_PG_URL"]).set(username=role, password=None, database=database)
    return u.render_as_string(hide_password=False)


@pytest.fixture
def cluster(pg_template):
    """A new, empty database owned by the owner role; yields ``(name, owner_url, app_url)``."""
    admin, _ = pg_template
    name = f"cdroles_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        for role in (OWNER, APP):
            if not c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                c.execute(text(f"CREATE ROLE {role} LOGIN"))
        c.execute(text(f'CREATE DATABASE "{name}" OWNER {OWNER}'))
    yield name, _url(OWNER, name), _url(APP, name)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def installed(cluster, capsys):
    """Migrated by the owner, the application's role granted; yields the app's Database."""
    name, owner_url, app_url = cluster
    assert cli.main(["db", "upgrade", "--db", app_url, "--owner-db", owner_url]) == 0
    assert cli.main(["db", "grant-app-role", APP, "--owner-db", owner_url]) == 0
    assert f"Rollen »{APP}« har nu programmets rettigheder" in capsys.readouterr().out
    db = Database(app_url)  # at head: no migration is attempted
    yield db, owner_url
    db.dispose()


def _work(db) -> int:
    """An audited action as the application's role: a clinic, a staff member, a login."""
    with db.write_session() as s:
        c = Clinic(name="Lægerne i Ribe", display_name="Lægerne i Ribe", portal_link="https://p/ribe")
        s.add(c)
        s.flush()
        auth.create_staff(s, "sara", "Sara Ølgaard", "Blå kaffekop 42", {c.id: Role.DOCTOR})
        audit.record(s, Action.SETUP_CLINIC, clinic_id=c.id)
    auth.login(db, "sara", "Blå kaffekop 42")
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)))


def _lift_triggers(owner_url: str) -> None:
    owner = Database(owner_url, migrate=False)
    try:
        with owner.engine.begin() as c:
            for table in ("audit_log", "message", "attachment", "renewal_decision", "renewal_sending"):
                c.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    finally:
        owner.dispose()


def test_the_application_role_does_its_work(installed):
    db, _owner = installed
    assert _work(db) >= 2
    with db.session() as s:
        assert s.execute(text("SELECT current_user")).scalar_one() == APP
        assert audit.verify_chain(s) == []


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"])
def test_the_application_role_cannot_change_the_log_even_without_the_triggers(installed, sql):
    db, owner_url = installed
    count = _work(db)
    _lift_triggers(owner_url)  # the owner (or whoever has its password) dropped the guard
    with pytest.raises(DBAPIError) as exc:
        with db.write_session() as s:
            s.execute(text(sql))
    assert "permission denied" in str(exc.value)
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == count
        assert audit.verify_chain(s) == []


def test_the_application_role_cannot_change_what_was_written_to_a_patient(installed):
    db, owner_url = installed
    _work(db)
    with db.write_session() as s:
        item = InboxItem(clinic_id=s.scalar(select(Clinic.id)), kind="econsult", subject="Knæ", preview="Knæ")
        s.add(item)
        s.flush()
        msg = Message(item_id=item.id, direction=MessageDirection.TO_PATIENT, body="Tag en pude under knæet.")
        s.add(msg)
        s.flush()
        mid = msg.id
    _lift_triggers(owner_url)
    for sql in ("UPDATE message SET body = 'Noget andet'", "DELETE FROM message", "TRUNCATE message CASCADE",
                "DELETE FROM attachment", "UPDATE renewal_decision SET reason = ''", "DELETE FROM renewal_decision",
                "DELETE FROM renewal_sending"):  # nor what a doctor decided on a renewal (the history)
        with pytest.raises(DBAPIError) as exc:
            with db.write_session() as s:
                s.execute(text(sql))
        assert "permission denied" in str(exc.value)
    with db.write_session() as s:  # the patient's read receipt is the one change allowed
        s.execute(text("UPDATE message SET read_by_patient_at = now() WHERE id = :id"), {"id": mid})
    with db.session() as s:
        m = s.get(Message, mid)
        assert m.body == "Tag en pude under knæet." and m.read_by_patient_at is not None


def test_the_application_role_cannot_migrate_and_is_told_to_use_the_owner(cluster, capsys):
    name, owner_url, app_url = cluster
    assert cli.main(["db", "grant-app-role", APP, "--owner-db", owner_url]) == 0  # CONNECT, no tables yet
    capsys.readouterr()
    with pytest.raises(UpgradeNeedsOwner):
        Database(app_url)
    assert cli.main(["db", "upgrade", "--db", app_url]) != 0
    err = capsys.readouterr().err
    assert "clinicdesk db upgrade --owner-db" in err and "Traceback" not in err
    owner = Database(owner_url, migrate=False)
    try:
        assert owner.current_revision() is None  # nothing half-done
    finally:
        owner.dispose()


def test_an_upgrade_gives_new_tables_to_the_application_role_too(installed):
    from clinicdesk import db_roles

    db, owner_url = installed
    owner = Database(owner_url, migrate=False)
    try:
        with owner.engine.begin() as c:
            c.execute(text("CREATE TABLE later_table (id serial PRIMARY KEY, note text)"))
            assert db_roles.regrant_app_roles(c) == [APP]  # what Database.upgrade does after migrating
    finally:
        owner.dispose()
    with db.write_session() as s:
        s.execute(text("INSERT INTO later_table (note) VALUES ('ok')"))
        s.execute(text("DELETE FROM later_table"))
    with pytest.raises(DBAPIError):  # and still no DDL
        with db.write_session() as s:
            s.execute(text("DROP TABLE later_table"))


def test_a_missing_role_is_named(cluster, capsys):
    _name, owner_url, _app = cluster
    assert cli.main(["db", "grant-app-role", "cd_no_such_role", "--owner-db", owner_url]) != 0
    assert "Rollen »cd_no_such_role« findes ikke" in capsys.readouterr().err
