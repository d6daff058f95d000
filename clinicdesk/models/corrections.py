"""Corrections that keep the old words: append-only renewal decisions and their sending.

``RenewalDecision``: every decision of a renewal line (approved or rejected, its
reason, who, when) is a new row; ``renewal_line`` keeps the current state for fast
reads. ``RenewalSending``: every time a renewal's decision is sent to the patient,
with the newest decision row that sending covered (what the patient was told).
Both tables refuse UPDATE and DELETE in the database itself (migration s3_02).
A corrected message is a new ``Message`` with ``supersedes_id`` (models/inbox.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.domain.enums import LineDecision
from clinicdesk.models.base import Base, UTCDateTime, str_enum


class RenewalDecision(Base):
    __tablename__ = "renewal_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("renewal_request.item_id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("renewal_line.id"), index=True)
    decision: Mapped[LineDecision] = mapped_column(str_enum(LineDecision))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RenewalSending(Base):
    __tablename__ = "renewal_sending"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("renewal_request.item_id"), index=True)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # the newest renewal_decision row of the item when it was sent: what the patient was told
    last_decision_id: Mapped[int | None] = mapped_column(nullable=True)
