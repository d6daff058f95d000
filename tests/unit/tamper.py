"""For tests that play the attacker: lift the database's append-only guards first.

Someone with the database file (SQLite) or the owner role (PostgreSQL) can drop or
disable triggers; the tests of what `db check` still finds start from there."""

from __future__ import annotations

from sqlalchemy import text

from clinicdesk.migrations.versions.audit_01_append_only import GUARDS


def lift_guards(conn) -> None:
    """``conn``: a Session or a Connection inside the transaction that will tamper."""
    bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
    if bind.dialect.name == "sqlite":
        for name, *_ in GUARDS:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    else:
        for table in sorted({g[2] for g in GUARDS}):
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
