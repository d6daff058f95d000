"""clinical safety net: urgent flags, answers that must be read, contact problems

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
    pass


def downgrade() -> None:
    pass
