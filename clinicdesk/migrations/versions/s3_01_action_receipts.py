"""action receipts: a staff action's client-generated id stored with its result (idempotent retries)

Revision ID: s3_01
Revises: staff_01
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_01"
down_revision = "staff_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
