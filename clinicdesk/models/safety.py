"""The clinical safety net: urgent flags, answers that must be read, contact problems.

``UrgentFlag``: one row each time an item is flagged urgent or the flag is cleared, never changed
afterwards (append-only in practice: the services only add rows). ``source`` says who: ``auto`` (the
word lists, at intake, with the ``words`` that caused it and the message they were in) or ``manual``
(a staff member, with a ``reason``). ``cleared`` rows take the flag off. The item's current state is
``InboxItem.priority`` (URGENT while flagged), kept in the same transaction.

``SafetyTerm``: a line the clinic added to one of the word lists (``urgent``, ``negation``, ``others``,
``past``); the shipped lists live in resources/safety/.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.models.base import Base, UTCDateTime, utcnow

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
