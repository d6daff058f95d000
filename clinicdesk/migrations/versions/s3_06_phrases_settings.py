"""stock phrases (clinic and personal), attachment limits and other missing settings

``stock_phrase.owner_id``: NULL for a clinic phrase, else the staff member whose
personal phrase it is (at that clinic). The attachment limits and the clinic's
opening hours already have their columns and table (``clinic.max_*``,
``clinic_opening_hours``); they only become editable, so no schema change for them.

Revision ID: s3_06
Revises: s3_05
"""

import sqlalchemy as sa
from alembic import op

revision = "s3_06"
down_revision = "s3_05"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # stock_phrase carries no append-only triggers, so a batch (table copy on SQLite) is safe here
    with op.batch_alter_table("stock_phrase") as batch:
        batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_stock_phrase_owner_id_staff_user"), "staff_user", ["owner_id"], ["id"])
        batch.create_index(op.f("ix_stock_phrase_owner_id"), ["owner_id"])


def downgrade() -> None:
    with op.batch_alter_table("stock_phrase") as batch:
        batch.drop_index(op.f("ix_stock_phrase_owner_id"))
        batch.drop_constraint(op.f("fk_stock_phrase_owner_id_staff_user"), type_="foreignkey")
        batch.drop_column("owner_id")
