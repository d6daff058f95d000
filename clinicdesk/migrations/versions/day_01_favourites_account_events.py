"""day: numbered favourite stock phrases per staff member; the history of portal-user blocks

Revision ID: day_01
Revises: auth_01
"""

import sqlalchemy as sa
from alembic import op

from clinicdesk.models.base import UTCDateTime

revision = "day_01"
down_revision = "auth_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phrase_favourite",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_user.id"), nullable=False),
        sa.Column("clinic_id", sa.Integer(), sa.ForeignKey("clinic.id"), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("phrase_id", sa.Integer(), sa.ForeignKey("stock_phrase.id"), nullable=False),
        sa.UniqueConstraint("staff_id", "clinic_id", "slot"),
    )
    op.create_index("ix_phrase_favourite_staff_id", "phrase_favourite", ["staff_id"])
    op.create_table(
        "portal_account_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("portal_account.id"), nullable=False),
        sa.Column("clinic_id", sa.Integer(), sa.ForeignKey("clinic.id"), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_user.id"), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )
    op.create_index("ix_portal_account_event_account_id", "portal_account_event", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_portal_account_event_account_id", "portal_account_event")
    op.drop_table("portal_account_event")
    op.drop_index("ix_phrase_favourite_staff_id", "phrase_favourite")
    op.drop_table("phrase_favourite")
