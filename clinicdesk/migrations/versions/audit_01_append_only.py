"""audit: the log of lookups and the correspondence refuse UPDATE and DELETE in the database itself

Until now the rules lived in the ORM only (a Core ``delete(Message)`` or an in-place
edit of ``message.body`` passed, and nothing refused an UPDATE of ``audit_log``).
Triggers on SQLite (``RAISE(ABORT)``) and PostgreSQL (a trigger function) refuse:

* any UPDATE or DELETE of ``audit_log``;
* a DELETE of ``message`` or ``attachment``, an UPDATE of what a message said (item,
  direction, author, body, time, which message it corrects) and any UPDATE of an
  attachment. A patient's read receipt (``read_by_patient_at``) may still be set.

Revision ID: audit_01
Revises: day_01
"""

from alembic import op

revision = "audit_01"
down_revision = "day_01"
branch_labels = None
depends_on = None

MESSAGE_WORDS = "item_id, direction, author_staff_id, body, created_at, supersedes_id"
GUARDS = (  # (name, timing/event clause on SQLite, table, PostgreSQL event clause)
    ("audit_log_no_update", "BEFORE UPDATE", "audit_log", "BEFORE UPDATE"),
    ("audit_log_no_delete", "BEFORE DELETE", "audit_log", "BEFORE DELETE"),
    ("message_no_delete", "BEFORE DELETE", "message", "BEFORE DELETE"),
    ("message_no_rewrite", f"BEFORE UPDATE OF {MESSAGE_WORDS}", "message", f"BEFORE UPDATE OF {MESSAGE_WORDS}"),
    ("attachment_no_delete", "BEFORE DELETE", "attachment", "BEFORE DELETE"),
    ("attachment_no_update", "BEFORE UPDATE", "attachment", "BEFORE UPDATE"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, when, table, _pg in GUARDS:
            op.execute(
                f"CREATE TRIGGER {name} {when} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
        return
    op.execute(
        """CREATE FUNCTION clinicdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END
           $$"""
    )
    for name, _sqlite, table, when in GUARDS:
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION clinicdesk_append_only()")


def downgrade() -> None:
    for name, _when, table, _pg in GUARDS:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS clinicdesk_append_only()")
