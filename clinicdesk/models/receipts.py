"""Action receipts: a staff action's id stored with its result, so a retry is answered, not repeated.

The desktop makes an id (uuid4 text) for each staff action on an inbox item and sends
the same id again when the user retries after a fault. The receipt is written in the
action's own transaction, so it exists exactly when the action's work does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.models.base import Base, UTCDateTime, utcnow


class ActionReceipt(Base):
    __tablename__ = "action_receipt"

    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, ForeignKey("inbox_item.id"), nullable=False)
    staff_id: Mapped[int] = mapped_column(Integer, ForeignKey("staff_user.id"), nullable=False)
    clinic_id: Mapped[int] = mapped_column(Integer, ForeignKey("clinic.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(60), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (Index("ix_action_receipt_created_at", "created_at"),)
