"""clinical safety net: urgent flags, answers that must be read, contact problems

``urgent_flag``: each time an item is flagged urgent (by the word lists at intake, or by hand with
a reason) or the flag is cleared; rows are only added. ``safety_term``: the clinic's own lines in
the word lists (the shipped lists are files in resources/safety/).

Revision ID: s3_07
Revises: s3_06
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_07"
down_revision = "s3_06"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "urgent_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("cleared", sa.Boolean(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_urgent_flag_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_urgent_flag_item_id_inbox_item")),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], name=op.f("fk_urgent_flag_message_id_message")),
        sa.ForeignKeyConstraint(["by_staff_id"], ["staff_user.id"],
                                name=op.f("fk_urgent_flag_by_staff_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_urgent_flag")),
    )
    op.create_index("ix_urgent_flag_item", "urgent_flag", ["item_id", "id"])
    op.create_index("ix_urgent_flag_clinic_at", "urgent_flag", ["clinic_id", "at"])
    op.create_table(
        "safety_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=20), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_safety_term_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["added_by_id"], ["staff_user.id"],
                                name=op.f("fk_safety_term_added_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_term")),
    )
    op.create_index("ix_safety_term_clinic_list", "safety_term", ["clinic_id", "list_name", "id"])


def downgrade() -> None:
    op.drop_index("ix_safety_term_clinic_list", "safety_term")
    op.drop_table("safety_term")
    op.drop_index("ix_urgent_flag_clinic_at", "urgent_flag")
    op.drop_index("ix_urgent_flag_item", "urgent_flag")
    op.drop_table("urgent_flag")
