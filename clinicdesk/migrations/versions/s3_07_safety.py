"""clinical safety net: urgent flags, answers that must be read, contact problems

``urgent_flag``: each time an item is flagged urgent (by the word lists at intake, or by hand with
a reason) or the flag is cleared; rows are only added. ``safety_term``: the clinic's own lines in
the word lists (the shipped lists are files in resources/safety/). ``safety_setting``: the clinic's
safety-net settings (escalation minutes, unread-answer working days, receipt mail). ``escalation``: an
urgent item not opened in time. ``answer_watch``: answers marked "skal læses". ``safety_task``: tasks
for staff, one per cause (unique source key). ``contact_problem``: a notification mail refused for good
(address, time, SMTP code).

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
    op.create_table(
        "urgent_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("cleared", sa.Boolean(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_urgent_flag_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_urgent_flag_item_id_inbox_item")),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], name=op.f("fk_urgent_flag_message_id_message")),
        sa.ForeignKeyConstraint(["by_staff_id"], ["staff_user.id"],
                                name=op.f("fk_urgent_flag_by_staff_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_urgent_flag")),
    )
    op.create_index("ix_urgent_flag_item", "urgent_flag", ["item_id", "id"])
    op.create_index("ix_urgent_flag_clinic_at", "urgent_flag", ["clinic_id", "at"])
    op.create_table(
        "safety_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=20), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_safety_term_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["added_by_id"], ["staff_user.id"],
                                name=op.f("fk_safety_term_added_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_term")),
    )
    op.create_index("ix_safety_term_clinic_list", "safety_term", ["clinic_id", "list_name", "id"])
    op.create_table(
        "safety_setting",
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("escalation_minutes", sa.SmallInteger(), nullable=False),
        sa.Column("unread_answer_working_days", sa.SmallInteger(), nullable=False),
        sa.Column("receipt_mail", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_safety_setting_clinic_id_clinic")),
        sa.PrimaryKeyConstraint("clinic_id", name=op.f("pk_safety_setting")),
    )
    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_escalation_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_escalation_item_id_inbox_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
        sa.UniqueConstraint("item_id", "waiting_since", name="uq_escalation_item_since"),
    )
    op.create_index("ix_escalation_clinic_due", "escalation", ["clinic_id", "due_at"])
    op.create_table(
        "answer_watch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("marked_by_id", sa.Integer(), nullable=True),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_answer_watch_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_answer_watch_item_id_inbox_item")),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], name=op.f("fk_answer_watch_message_id_message")),
        sa.ForeignKeyConstraint(["marked_by_id"], ["staff_user.id"],
                                name=op.f("fk_answer_watch_marked_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_watch")),
        sa.UniqueConstraint("message_id", name=op.f("uq_answer_watch_message_id")),
    )
    op.create_index("ix_answer_watch_clinic_active", "answer_watch", ["clinic_id", "active"])
    op.create_table(
        "safety_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_key", sa.String(length=60), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_safety_task_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_safety_task_patient_id_patient")),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], name=op.f("fk_safety_task_item_id_inbox_item")),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"], name=op.f("fk_safety_task_message_id_message")),
        sa.ForeignKeyConstraint(["assigned_to_id"], ["staff_user.id"],
                                name=op.f("fk_safety_task_assigned_to_id_staff_user")),
        sa.ForeignKeyConstraint(["done_by_id"], ["staff_user.id"], name=op.f("fk_safety_task_done_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_task")),
        sa.UniqueConstraint("clinic_id", "source_key", name="uq_safety_task_source"),
    )
    op.create_index("ix_safety_task_open", "safety_task", ["clinic_id", "done_at", "assigned_to_id"])
    op.create_table(
        "contact_problem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("smtp_code", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["clinic_id"], ["clinic.id"], name=op.f("fk_contact_problem_clinic_id_clinic")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_contact_problem_patient_id_patient")),
        sa.ForeignKeyConstraint(["mail_id"], ["mail_outbox.id"], name=op.f("fk_contact_problem_mail_id_mail_outbox")),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["staff_user.id"],
                                name=op.f("fk_contact_problem_resolved_by_id_staff_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_problem")),
    )
    op.create_index("ix_contact_problem_clinic_open", "contact_problem", ["clinic_id", "resolved_at"])
    op.create_index("ix_contact_problem_patient", "contact_problem", ["patient_id"])


def downgrade() -> None:
    op.drop_index("ix_contact_problem_patient", "contact_problem")
    op.drop_index("ix_contact_problem_clinic_open", "contact_problem")
    op.drop_table("contact_problem")
    op.drop_index("ix_safety_task_open", "safety_task")
    op.drop_table("safety_task")
    op.drop_index("ix_answer_watch_clinic_active", "answer_watch")
    op.drop_table("answer_watch")
    op.drop_index("ix_escalation_clinic_due", "escalation")
    op.drop_table("escalation")
    op.drop_table("safety_setting")
    op.drop_index("ix_safety_term_clinic_list", "safety_term")
    op.drop_table("safety_term")
    op.drop_index("ix_urgent_flag_clinic_at", "urgent_flag")
    op.drop_index("ix_urgent_flag_item", "urgent_flag")
    op.drop_table("urgent_flag")
