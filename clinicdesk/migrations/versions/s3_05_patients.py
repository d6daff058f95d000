"""patients: created and edited on the card, imported from CSV

clinic_patient.added_at (when the patient was added to the clinic's records) and
clinic_patient.imported_from (the SHA-256 of the CSV file an import came from), so a
second import of the same file can say "imported from this file before".

Revision ID: s3_05
Revises: s3_04
"""

import sqlalchemy as sa
from alembic import op

from clinicdesk.models.base import UTCDateTime

revision = "s3_05"
down_revision = "s3_04"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clinic_patient", sa.Column("added_at", UTCDateTime(timezone=True), nullable=True))
    op.add_column("clinic_patient", sa.Column("imported_from", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinic_patient") as batch:
        batch.drop_column("imported_from")
        batch.drop_column("added_at")
