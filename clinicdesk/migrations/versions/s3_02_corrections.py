"""corrections keep the old words: append-only renewal decisions, message corrections

``renewal_decision``: every decision of a renewal line (approved/rejected, reason,
who, when) as a new row; ``renewal_sending``: every sending of a renewal's decision
to the patient, with the newest decision row it covered. Both refuse UPDATE and
DELETE in the database itself, like ``audit_log`` (audit_01): SQLite ``RAISE(ABORT)``
triggers, PostgreSQL triggers on audit_01's ``clinicdesk_append_only()``.
Lines decided before this revision keep their state in ``renewal_line`` (read as
their one decision; a later re-decision first copies it into the history).
A message correction needs no schema: ``message.supersedes_id`` exists.

Revision ID: s3_02
Revises: s3_01
"""

import sqlalchemy as sa
from alembic import op

import clinicdesk.models.base

revision = "s3_02"
down_revision = "s3_01"
branch_labels = None
depends_on = None

TABLES = ("renewal_decision", "renewal_sending")
GUARDS = tuple(  # (name, event, table), as audit_01's
    (f"{table}_no_{event.lower()}", f"BEFORE {event}", table) for table in TABLES for event in ("UPDATE", "DELETE")
)


def upgrade() -> None:
    op.create_table(
        "renewal_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Enum("pending", "approved", "rejected", native_enum=False, create_constraint=True,
                                      length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", clinicdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["decided_by_id"], ["staff_user.id"],
                                name=op.f("fk_renewal_decision_decided_by_id_staff_user")),
        sa.ForeignKeyConstraint(["item_id"], ["renewal_request.item_id"],
                                name=op.f("fk_renewal_decision_item_id_renewal_request")),
        sa.ForeignKeyConstraint(["line_id"], ["renewal_line.id"], name=op.f("fk_renewal_decision_line_id_renewal_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_decision")),
    )
    op.create_index(op.f("ix_renewal_decision_item_id"), "renewal_decision", ["item_id"], unique=False)
    op.create_index(op.f("ix_renewal_decision_line_id"), "renewal_decision", ["line_id"], unique=False)
    op.create_table(
        "renewal_sending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", clinicdesk.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_decision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["renewal_request.item_id"],
                                name=op.f("fk_renewal_sending_item_id_renewal_request")),
        sa.ForeignKeyConstraint(["sent_by_id"], ["staff_user.id"], name=op.f("fk_renewal_sending_sent_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_sending")),
    )
    op.create_index(op.f("ix_renewal_sending_item_id"), "renewal_sending", ["item_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for name, when, table in GUARDS:
            op.execute(f"CREATE TRIGGER {name} {when} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        return
    for name, when, table in GUARDS:
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION clinicdesk_append_only()")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, _when, table in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" if sqlite else f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.drop_index(op.f("ix_renewal_sending_item_id"), table_name="renewal_sending")
    op.drop_table("renewal_sending")
    op.drop_index(op.f("ix_renewal_decision_line_id"), table_name="renewal_decision")
    op.drop_index(op.f("ix_renewal_decision_item_id"), table_name="renewal_decision")
    op.drop_table("renewal_decision")
