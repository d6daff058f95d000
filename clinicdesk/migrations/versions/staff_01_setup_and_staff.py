"""staff: a password that must be changed at the next login; the clinic's own opening hours

``staff_user.must_change_password``: set when an administrator creates a user or resets
a password (the temporary password is known to two people), cleared when the user
chooses their own at login.

``clinic_opening_hours``: when the clinic is open (set up with the clinic), one row per
span of a weekday; a provider's bookable hours stay in ``opening_hours``.

Revision ID: staff_01
Revises: audit_01
"""

import sqlalchemy as sa
from alembic import op

revision = "staff_01"
down_revision = "audit_01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_user") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "clinic_opening_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_clinic_opening_hours_clinic_id_clinic")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_opening_hours")),
        sa.UniqueConstraint("clinic_id", "weekday", "opens", name=op.f("uq_clinic_opening_hours_clinic_id")),
    )
    op.create_index(op.f("ix_clinic_opening_hours_clinic_id"), "clinic_opening_hours", ["clinic_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_clinic_opening_hours_clinic_id"), "clinic_opening_hours")
    op.drop_table("clinic_opening_hours")
    with op.batch_alter_table("staff_user") as batch:
        batch.drop_column("must_change_password")
