"""Inbox items of the four kinds and their details.

Correspondence (messages, attachments) has no delete path: a correction is a new
message that points at the one it supersedes; the old one stays readable.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import (
    BookingOutcome,
    ItemKind,
    ItemStatus,
    LineDecision,
    LoginMethod,
    MessageDirection,
    Priority,
    Role,
    SignupDecision,
)


class InboxItem(Versioned, Base):
    __tablename__ = "inbox_item"
    __table_args__ = (
        # keyset pagination: newest first within a clinic, optionally by status / kind
        Index("ix_item_clinic_received", "clinic_id", "received_at", "id"),
        Index("ix_item_clinic_status_received", "clinic_id", "status", "received_at", "id"),
        Index("ix_item_clinic_kind_received", "clinic_id", "kind", "received_at", "id"),
        Index("ix_item_clinic_due", "clinic_id", "status", "due_date"),
        Index("ix_item_patient", "patient_id"),
        Index("ix_item_changed", "changed_at"),
        # migration inbox_01: folder counts, "Mine", provider filter
        Index("ix_item_clinic_status_kind", "clinic_id", "status", "kind"),
        Index("ix_item_claimed_by", "claimed_by_id", "status"),
        Index("ix_item_clinic_role", "clinic_id", "assigned_role", "status"),
        Index("ix_item_clinic_provider_received", "clinic_id", "provider_id", "received_at", "id"),
        Index("ix_item_patient_received", "patient_id", "received_at", "id"),  # migration inbox_03
        # migration s3_08: the items "take the next" chooses from, in its order
        Index("ix_item_take_next", "clinic_id", "due_date", "received_at", "id",
              sqlite_where=text("status IN ('new', 'open')"), postgresql_where=text("status IN ('new', 'open')")),
        # migration s3_09: the Haster count and the urgent rows that lead every list (sorted from the
        # index entries alone); a role group's items newest first (a page of "Mine")
        Index("ix_item_clinic_priority_received", "clinic_id", "priority", "status", "received_at", "id"),
        Index("ix_item_clinic_role_received", "clinic_id", "assigned_role", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind))
    status: Mapped[ItemStatus] = mapped_column(str_enum(ItemStatus), default=ItemStatus.NEW)
    priority: Mapped[Priority] = mapped_column(str_enum(Priority), default=Priority.NORMAL)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"), nullable=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"), nullable=True, index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    preview: Mapped[str] = mapped_column(String(200), default="")  # first line, for the list
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    unread: Mapped[bool] = mapped_column(Boolean, default=True)
    via_app: Mapped[bool] = mapped_column(Boolean, default=False)  # sent from the "Min Læge" app

    # claim (lease) between workstations
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # assignment to a colleague or to a role ("all doctors")
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True, index=True)
    assigned_role: Mapped[Role | None] = mapped_column(str_enum(Role), nullable=True)

    closed_reason: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    messages: Mapped[list[Message]] = relationship(back_populates="item", order_by="Message.id")
    renewal: Mapped[RenewalRequest | None] = relationship(back_populates="item", uselist=False)
    booking: Mapped[BookingRequest | None] = relationship(back_populates="item", uselist=False)
    signup: Mapped[SignupRequest | None] = relationship(back_populates="item", uselist=False)


class Message(Base):
    """One message of an e-consultation thread (or an internal note)."""

    __tablename__ = "message"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_item.id"), index=True)
    direction: Mapped[MessageDirection] = mapped_column(str_enum(MessageDirection))
    author_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_by_patient_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # read receipt
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"), nullable=True)

    item: Mapped[InboxItem] = relationship(back_populates="messages")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="message", order_by="Attachment.id")


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))  # judged from the content, not the name
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[Message] = relationship(back_populates="attachments")


class RenewalRequest(Base):
    __tablename__ = "renewal_request"

    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_item.id"), primary_key=True)
    pharmacy_id: Mapped[int | None] = mapped_column(ForeignKey("pharmacy.id"), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    prepared_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)

    item: Mapped[InboxItem] = relationship(back_populates="renewal")
    lines: Mapped[list[RenewalLine]] = relationship(back_populates="request", order_by="RenewalLine.id")


class RenewalLine(Versioned, Base):
    __tablename__ = "renewal_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("renewal_request.item_id"), index=True)
    medication_id: Mapped[int] = mapped_column(ForeignKey("medication.id"))
    decision: Mapped[LineDecision] = mapped_column(str_enum(LineDecision), default=LineDecision.PENDING)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    request: Mapped[RenewalRequest] = relationship(back_populates="lines")


class BookingRequest(Base):
    __tablename__ = "booking_request"

    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_item.id"), primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"))
    appointment_type_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_type.id"), nullable=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("slot.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[BookingOutcome] = mapped_column(str_enum(BookingOutcome), default=BookingOutcome.PENDING)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True)
    offered_slot_id: Mapped[int | None] = mapped_column(ForeignKey("slot.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[InboxItem] = relationship(back_populates="booking")


class SignupRequest(Base):
    __tablename__ = "signup_request"

    item_id: Mapped[int] = mapped_column(ForeignKey("inbox_item.id"), primary_key=True)
    cpr: Mapped[str] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    login_method: Mapped[LoginMethod] = mapped_column(str_enum(LoginMethod), default=LoginMethod.MITID)
    guardian_patient_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"), nullable=True)
    wants_econsult: Mapped[bool] = mapped_column(Boolean, default=True)
    wants_renewal: Mapped[bool] = mapped_column(Boolean, default=True)
    wants_booking: Mapped[bool] = mapped_column(Boolean, default=True)
    decision: Mapped[SignupDecision] = mapped_column(str_enum(SignupDecision), default=SignupDecision.PENDING)
    reason: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[InboxItem] = relationship(back_populates="signup")


class StockPhrase(Versioned, Base):
    """A stock phrase of a clinic: the clinic's own (``owner_id`` None, edited by admins, doctors and
    nurses) or one staff member's personal phrase at that clinic (``owner_id``; migration s3_06)."""

    __tablename__ = "stock_phrase"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True, nullable=True)
    abbreviation: Mapped[str] = mapped_column(String(20))  # typed to insert
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)


class PhraseFavourite(Base):
    """A staff member's numbered favourite stock phrase at a clinic (Alt+1 … Alt+9 insert it)."""

    __tablename__ = "phrase_favourite"
    __table_args__ = (UniqueConstraint("staff_id", "clinic_id", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    slot: Mapped[int] = mapped_column(Integer)  # 1 … 9
    phrase_id: Mapped[int] = mapped_column(ForeignKey("stock_phrase.id"))


class ChangeEvent(Base):
    """A tick per change of an inbox item, for live updates across workstations."""

    __tablename__ = "change_event"
    __table_args__ = (Index("ix_change_clinic_id", "clinic_id", "id"),)  # migration inbox_01

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("inbox_item.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@event.listens_for(Message, "before_delete")
@event.listens_for(Attachment, "before_delete")
def _no_delete_correspondence(mapper, connection, target):  # pragma: no cover - a guard
    raise RuntimeError("correspondence is never deleted")
