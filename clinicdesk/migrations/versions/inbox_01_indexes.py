"""inbox: indexes for folder counts, "Mine", claims and the change log

Revision ID: inbox_01
Revises: 0001
"""

from alembic import op

revision = "inbox_01"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # folder counts by status and kind read only this index
    op.create_index("ix_item_clinic_status_kind", "inbox_item", ["clinic_id", "status", "kind"])
    # "Mine": claimed by me / assigned to my role
    op.create_index("ix_item_claimed_by", "inbox_item", ["claimed_by_id", "status"])
    op.create_index("ix_item_clinic_role", "inbox_item", ["clinic_id", "assigned_role", "status"])
    # keyset pages in a provider's items
    op.create_index("ix_item_clinic_provider_received", "inbox_item", ["clinic_id", "provider_id", "received_at", "id"])
    # live updates: max(id) and id > n per clinic
    op.create_index("ix_change_clinic_id", "change_event", ["clinic_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_change_clinic_id", table_name="change_event")
    op.drop_index("ix_item_clinic_provider_received", table_name="inbox_item")
    op.drop_index("ix_item_clinic_role", table_name="inbox_item")
    op.drop_index("ix_item_claimed_by", table_name="inbox_item")
    op.drop_index("ix_item_clinic_status_kind", table_name="inbox_item")
