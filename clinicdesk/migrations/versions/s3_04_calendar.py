"""calendar: weekly schedules, appointment types per provider, exceptions and closed days

``schedule_block``: a provider's week, one row per span of a weekday in which one
appointment type is booked (local times); the source of bookable times from here on
(``opening_hours`` stays readable for providers without a schedule).
``provider_appointment_type``: which providers offer a type (none named: all).
``provider_day_off`` and ``clinic_closed_day``: days without slots on top of the public holidays.
``appointment_type``: comment required, the type's own notice (hours) and horizon (days), active.
``slot.appointment_type_id``: the type booked in the slot (None on older slots: any type).

Revision ID: s3_04
Revises: s3_03
"""

import sqlalchemy as sa
from alembic import op

revision = "s3_04"
down_revision = "s3_03"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schedule_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.Column("appointment_type_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_type_id"], ["appointment_type.id"],
                                name=op.f("fk_schedule_block_appointment_type_id_appointment_type")),
        sa.ForeignKeyConstraint(["provider_id"], ["provider.id"], name=op.f("fk_schedule_block_provider_id_provider")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_block")),
        sa.UniqueConstraint("provider_id", "weekday", "starts", name=op.f("uq_schedule_block_provider_id")),
    )
    op.create_index(op.f("ix_schedule_block_provider_id"), "schedule_block", ["provider_id"])
    op.create_index(op.f("ix_schedule_block_appointment_type_id"), "schedule_block", ["appointment_type_id"])
    op.create_table(
        "provider_appointment_type",
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("appointment_type_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_type_id"], ["appointment_type.id"],
                                name=op.f("fk_provider_appointment_type_appointment_type_id_appointment_type")),
        sa.ForeignKeyConstraint(["provider_id"], ["provider.id"],
                                name=op.f("fk_provider_appointment_type_provider_id_provider")),
        sa.PrimaryKeyConstraint("provider_id", "appointment_type_id", name=op.f("pk_provider_appointment_type")),
    )
    op.create_table(
        "provider_day_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["provider_id"], ["provider.id"], name=op.f("fk_provider_day_off_provider_id_provider")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_day_off")),
        sa.UniqueConstraint("provider_id", "day", name=op.f("uq_provider_day_off_provider_id")),
    )
    op.create_table(
        "clinic_closed_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_clinic_closed_day_clinic_id_clinic")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_closed_day")),
        sa.UniqueConstraint("clinic_id", "day", name=op.f("uq_clinic_closed_day_clinic_id")),
    )
    with op.batch_alter_table("appointment_type") as batch:
        batch.add_column(sa.Column("comment_required", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("min_notice_hours", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("max_horizon_days", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table("slot") as batch:
        batch.add_column(sa.Column("appointment_type_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_slot_appointment_type_id_appointment_type"), "appointment_type",
                                 ["appointment_type_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("slot") as batch:
        batch.drop_constraint(op.f("fk_slot_appointment_type_id_appointment_type"), type_="foreignkey")
        batch.drop_column("appointment_type_id")
    with op.batch_alter_table("appointment_type") as batch:
        batch.drop_column("active")
        batch.drop_column("max_horizon_days")
        batch.drop_column("min_notice_hours")
        batch.drop_column("comment_required")
    op.drop_table("clinic_closed_day")
    op.drop_table("provider_day_off")
    op.drop_table("provider_appointment_type")
    op.drop_index(op.f("ix_schedule_block_appointment_type_id"), "schedule_block")
    op.drop_index(op.f("ix_schedule_block_provider_id"), "schedule_block")
    op.drop_table("schedule_block")
