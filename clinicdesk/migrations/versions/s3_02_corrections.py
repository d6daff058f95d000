"""corrections keep the old words: append-only renewal decisions, message corrections

Revision ID: s3_02
Revises: s3_01
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_02"
down_revision = "s3_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
