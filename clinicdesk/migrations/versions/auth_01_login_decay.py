"""auth: remember when the last failed login was, so old failures are forgotten

Revision ID: auth_01
Revises: inbox_03
"""

import sqlalchemy as sa
from alembic import op

from clinicdesk.models.base import UTCDateTime

revision = "auth_01"
down_revision = "inbox_03"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_user") as batch:
        batch.add_column(sa.Column("last_failed_login_at", UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_user") as batch:
        batch.drop_column("last_failed_login_at")
