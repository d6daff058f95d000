"""PostgreSQL: the application's role may add to the log and the correspondence, never change them.

The database is owned by an owner role, used only by migrations (``clinicdesk db upgrade
--owner-db URL``, which also creates the schema on a new database). The workstations connect as
an application role (``clinicdesk db grant-app-role ROLE`` gives it what it needs):

* every table: SELECT, INSERT, UPDATE, DELETE, except
* ``audit_log`` and ``attachment``: SELECT and INSERT only; ``message``: SELECT, INSERT and
  UPDATE of ``read_by_patient_at`` alone (a patient's read receipt);
* ``alembic_version``: SELECT only (the program checks the schema's revision);
* the sequences: USAGE and SELECT. Never TRUNCATE, REFERENCES, TRIGGER, or any DDL.

So even with the append-only triggers dropped (only the owner can), the application role
gets "permission denied" for an UPDATE, DELETE or TRUNCATE of the log. Tables that later
migrations add get the same grants: ``Database.upgrade`` applies them again to every role
that holds INSERT on ``audit_log`` without owning it.
"""

from __future__ import annotations

from sqlalchemy import text

from clinicdesk.domain.errors import ClinicDeskError

APPEND_ONLY = ("audit_log", "attachment", "renewal_decision", "renewal_sending")
MESSAGE_UPDATABLE = ("read_by_patient_at",)
READ_ONLY = ("alembic_version",)


class RoleProblem(ClinicDeskError):
    code = "db_role"


def _quote(conn, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def grant_app_role(conn, role: str) -> list[str]:
    """Give ``role`` exactly the application's privileges on every table of the public schema.
    ``conn``: a connection of the owner role, inside a transaction. Returns the tables granted."""
    if conn.dialect.name != "postgresql":
        raise RoleProblem("Roller og rettigheder findes kun i PostgreSQL; en SQLite-fil beskyttes af filens rettigheder.")
    if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        raise RoleProblem(
            f"Rollen »{role}« findes ikke på PostgreSQL-serveren. Opret den først (som databasens ejer eller "
            f"superbruger), fx: CREATE ROLE {role} LOGIN PASSWORD '…'; og kør så kommandoen igen."
        )
    owner = conn.execute(text("SELECT current_user")).scalar_one()
    if role == owner:
        raise RoleProblem(f"Rollen »{role}« ejer databasen; programmet skal bruge en anden rolle end ejeren.")
    r = _quote(conn, role)
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.execute(text(f"GRANT CONNECT ON DATABASE {_quote(conn, db)} TO {r}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {r}"))
    tables = list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).scalars())
    for table in tables:
        t = f"public.{_quote(conn, table)}"
        conn.execute(text(f"REVOKE ALL ON {t} FROM {r}"))
        if table in APPEND_ONLY or table in READ_ONLY:
            conn.execute(text(f"GRANT SELECT{'' if table in READ_ONLY else ', INSERT'} ON {t} TO {r}"))
        elif table == "message":
            conn.execute(text(f"GRANT SELECT, INSERT ON {t} TO {r}"))
            cols = ", ".join(_quote(conn, c) for c in MESSAGE_UPDATABLE)
            conn.execute(text(f"GRANT UPDATE ({cols}) ON {t} TO {r}"))
        else:
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {r}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r}"))
    return tables


def app_roles(conn) -> list[str]:
    """Roles that were given the application's privileges (INSERT on audit_log, not its owner)."""
    if conn.dialect.name != "postgresql":
        return []
    if conn.execute(text("SELECT to_regclass('public.audit_log')")).scalar() is None:
        return []
    return list(conn.execute(text(
        "SELECT DISTINCT r.rolname FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a "
        "JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE c.oid = 'public.audit_log'::regclass AND a.privilege_type = 'INSERT' AND a.grantee <> c.relowner "
        "ORDER BY 1"
    )).scalars())


def regrant_app_roles(conn) -> list[str]:
    """After a migration: the same grants again for every application role (new tables too)."""
    roles = app_roles(conn)
    for role in roles:
        grant_app_role(conn, role)
    return roles


def is_permission_denied(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) == "42501" or "permission denied" in str(orig) or "must be owner" in str(orig)
