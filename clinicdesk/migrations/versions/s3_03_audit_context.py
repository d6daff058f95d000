"""audit: why a lookup happened (``audit_log.context``), keyed chain

The context (an inbox item, a search, a reason chosen when a card is opened without an
item) is part of the entry's hash. An empty context adds nothing to the hashed text, so
entries written before this revision keep their hashes.

The keyed chain needs no column: a keyed entry's hash says so itself (``k1:<key id>:…``,
55 characters, where an older entry has 64 hex digits of plain SHA-256), and the key lives
in the workstations' keyrings, never in the database (``services.audit_key``).

Revision ID: s3_03
Revises: s3_02
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_03"
down_revision = "s3_02"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite: batch mode recreates the table; the append-only triggers from audit_01 are on
    # audit_log, so add the column in place instead (ALTER TABLE ADD COLUMN keeps them).
    op.add_column("audit_log", sa.Column("context", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("context")
