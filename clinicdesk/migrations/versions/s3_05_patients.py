"""patients: created and edited on the card, imported from CSV

Revision ID: s3_05
Revises: s3_04
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "s3_05"
down_revision = "s3_04"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
