"""The clinical safety net: urgent flags, answers that must be read, contact problems.

``UrgentFlag``: one row each time an item is flagged urgent or the flag is cleared, never changed
afterwards (append-only in practice: the services only add rows). ``source`` says who: ``auto`` (the
word lists, at intake, with the ``words`` that caused it and the message they were in) or ``manual``
(a staff member, with a ``reason``). ``cleared`` rows take the flag off. The item's current state is
``InboxItem.priority`` (URGENT while flagged), kept in the same transaction.

``SafetyTerm``: a line the clinic added to one of the word lists (``urgent``, ``negation``, ``others``,
``past``); the shipped lists live in resources/safety/.

``SafetySetting``: the clinic's safety-net settings (one row per clinic, absent = the declared defaults
in ``domain.settings.SAFETY``). ``Escalation``: an urgent item not opened in time (one row per item and
urgent spell, written by the safety jobs). ``AnswerWatch``: an answer marked "skal læses" (must be read).
``SafetyTask``: a task for staff ("Ring til patienten"), filed once per cause (``source_key`` is unique).
``ContactProblem``: a notification mail refused for good (5xx): the address, when, the SMTP code; never
the mail's text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.domain.settings import SAFETY, default
from clinicdesk.models.base import Base, UTCDateTime, Versioned, utcnow

SOURCE_AUTO = "auto"
SOURCE_MANUAL = "manual"


class UrgentFlag(Base):
    __tablename__ = "urgent_flag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(Integer, ForeignKey("inbox_item.id"), nullable=False)
    message_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("message.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False)  # auto | manual
    cleared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    words: Mapped[str] = mapped_column(Text, nullable=False, default="")  # one a line, as the patient wrote them
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    by_staff_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_urgent_flag_item", "item_id", "id"),
        Index("ix_urgent_flag_clinic_at", "clinic_id", "at"),
    )


class SafetyTerm(Base):
    __tablename__ = "safety_term"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    list_name: Mapped[str] = mapped_column(String(20), nullable=False)
    phrase: Mapped[str] = mapped_column(String(200), nullable=False)
    added_by_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (Index("ix_safety_term_clinic_list", "clinic_id", "list_name", "id"),)


class SafetySetting(Versioned, Base):
    __tablename__ = "safety_setting"

    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), primary_key=True)
    escalation_minutes: Mapped[int] = mapped_column(
        SmallInteger, nullable=False, default=default(SAFETY, "escalation_minutes"))
    unread_answer_working_days: Mapped[int] = mapped_column(
        SmallInteger, nullable=False, default=default(SAFETY, "unread_answer_working_days"))
    receipt_mail: Mapped[bool] = mapped_column(Boolean, nullable=False, default=default(SAFETY, "receipt_mail"))


class Escalation(Base):
    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(Integer, ForeignKey("inbox_item.id"), nullable=False)
    waiting_since: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)  # flagged (or the patient wrote)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)  # when it became an escalation
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("item_id", "waiting_since", name="uq_escalation_item_since"),
        Index("ix_escalation_clinic_due", "clinic_id", "due_at"),
    )


class AnswerWatch(Base):
    __tablename__ = "answer_watch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(Integer, ForeignKey("inbox_item.id"), nullable=False)
    message_id: Mapped[int] = mapped_column(Integer, ForeignKey("message.id"), nullable=False, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    marked_by_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (Index("ix_answer_watch_clinic_active", "clinic_id", "active"),)


TASK_CALL_UNREAD = "call_unread"  # an answer marked "skal læses" is still unread
TASK_CONTACT = "contact"  # the patient's e-mail address does not work


class SafetyTask(Base):
    __tablename__ = "safety_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # call_unread | contact
    source_key: Mapped[str] = mapped_column(String(60), nullable=False)  # the cause; a cause files one task
    patient_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("patient.id"), nullable=True)
    item_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("inbox_item.id"), nullable=True)
    message_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("message.id"), nullable=True)
    assigned_to_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("clinic_id", "source_key", name="uq_safety_task_source"),
        Index("ix_safety_task_open", "clinic_id", "done_at", "assigned_to_id"),
    )


class ContactProblem(Base):
    __tablename__ = "contact_problem"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    patient_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("patient.id"), nullable=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False)
    smtp_code: Mapped[int] = mapped_column(Integer, nullable=False)
    mail_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("mail_outbox.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=True)

    __table_args__ = (
        Index("ix_contact_problem_clinic_open", "clinic_id", "resolved_at"),
        Index("ix_contact_problem_patient", "patient_id"),
    )
