"""Appointment types, bookable slots and appointments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import AppointmentStatus, SlotStatus


class AppointmentType(Versioned, Base):
    __tablename__ = "appointment_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))  # internal name
    patient_name: Mapped[str] = mapped_column(String(100))  # what the patient sees as the reason
    duration_minutes: Mapped[int] = mapped_column(SmallInteger, default=15)
    bookable_online: Mapped[bool] = mapped_column(Boolean, default=True)
    # the patient must write a comment when booking this type (as well as for providers that require one)
    comment_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # the type's own booking notice (hours before) and horizon (days ahead); None: the clinic's setting
    min_notice_hours: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, default=None)
    max_horizon_days: Mapped[int | None] = mapped_column(SmallInteger, nullable=True, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # retired types stay for old appointments


class Slot(Versioned, Base):
    """A bookable time at a provider. Booking flips FREE → BOOKED with a guarded update."""

    __tablename__ = "slot"
    __table_args__ = (
        UniqueConstraint("provider_id", "starts_at"),
        Index("ix_slot_free", "provider_id", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[SlotStatus] = mapped_column(str_enum(SlotStatus), default=SlotStatus.FREE)
    # the type booked in this slot (from the schedule block it was made from); None: any type (older slots)
    appointment_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment_type.id"), nullable=True, default=None)


class Appointment(Versioned, Base):
    __tablename__ = "appointment"
    __table_args__ = (Index("ix_appointment_provider_start", "provider_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"))
    appointment_type_id: Mapped[int | None] = mapped_column(ForeignKey("appointment_type.id"), nullable=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("slot.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[AppointmentStatus] = mapped_column(str_enum(AppointmentStatus), default=AppointmentStatus.BOOKED)
    comment: Mapped[str] = mapped_column(Text, default="")
    booked_online: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    appointment_type: Mapped[AppointmentType | None] = relationship()
