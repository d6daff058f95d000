"""action receipts: a staff action's client-generated id stored with its result (idempotent retries)

``action_receipt``: one row per staff action on an inbox item that was sent with an
action id (uuid4 text), written in the action's own transaction. A retry with the same
id finds it and is answered "allerede sendt" instead of being done again. Receipts
older than 30 days are pruned by the next action.

Revision ID: s3_01
Revises: staff_01
"""

import sqlalchemy as sa
from alembic import op

revision = "s3_01"
down_revision = "staff_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_receipt",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_action_receipt_item_id_inbox_item")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_user.id"], name=op.f("fk_action_receipt_staff_id_staff_user")),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_action_receipt_clinic_id_clinic")),
        sa.PrimaryKeyConstraint("action_id", name=op.f("pk_action_receipt")),
    )
    op.create_index("ix_action_receipt_created_at", "action_receipt", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_action_receipt_created_at", "action_receipt")
    op.drop_table("action_receipt")
