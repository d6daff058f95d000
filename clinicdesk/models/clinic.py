"""Clinics, their portal settings, holiday periods, providers and opening hours."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Boolean, ForeignKey, Integer, SmallInteger, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import SignupMode


class Clinic(Versioned, Base):
    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # the clinic's own (registered) name
    display_name: Mapped[str] = mapped_column(String(200))  # shown top left on the portal
    portal_link: Mapped[str] = mapped_column(String(300), unique=True)  # one unique link per clinic
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    yder_number: Mapped[str] = mapped_column(String(20), default="")

    signup_mode: Mapped[SignupMode] = mapped_column(str_enum(SignupMode), default=SignupMode.WITH_APPROVAL)
    econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    booking_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    auto_create_appointments: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    max_econsult_length: Mapped[int] = mapped_column(Integer, default=400)
    max_patient_attachments: Mapped[int] = mapped_column(SmallInteger, default=3)
    max_clinic_attachments: Mapped[int] = mapped_column(SmallInteger, default=9)
    max_attachment_mb: Mapped[int] = mapped_column(SmallInteger, default=10)

    # "Min Læge" app (the national GP app shows the same inbox, appointments and renewals)
    app_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    app_econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    app_renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    app_booking_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    app_show_appointments: Mapped[bool] = mapped_column(Boolean, default=True)

    booking_min_notice_days: Mapped[int] = mapped_column(SmallInteger, default=1)
    booking_max_horizon_days: Mapped[int] = mapped_column(SmallInteger, default=60)
    cancellation_limit_hours: Mapped[int] = mapped_column(SmallInteger, default=48)
    answer_due_working_days: Mapped[int] = mapped_column(SmallInteger, default=3)
    claim_idle_minutes: Mapped[int] = mapped_column(SmallInteger, default=15)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    providers: Mapped[list[Provider]] = relationship(back_populates="clinic", order_by="Provider.id")
    holidays: Mapped[list[HolidayPeriod]] = relationship(back_populates="clinic", order_by="HolidayPeriod.starts_at")


class HolidayPeriod(Versioned, Base):
    """A holiday: a portal message for a period and functions closed meanwhile."""

    __tablename__ = "holiday_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)  # exclusive
    message: Mapped[str] = mapped_column(Text, default="")
    standin_clinic: Mapped[str] = mapped_column(String(300), default="")
    standin_phone: Mapped[str] = mapped_column(String(40), default="")
    close_econsult: Mapped[bool] = mapped_column(Boolean, default=True)
    close_renewal: Mapped[bool] = mapped_column(Boolean, default=True)
    close_booking: Mapped[bool] = mapped_column(Boolean, default=False)

    clinic: Mapped[Clinic] = relationship(back_populates="holidays")


class Provider(Versioned, Base):
    """A behandler: a doctor, nurse or other provider patients can address."""

    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), default="")  # e.g. "Praktiserende læge"
    display_name: Mapped[str] = mapped_column(String(200), default="")  # custom portal name; hides title
    econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    booking_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    booking_comment_required: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    clinic: Mapped[Clinic] = relationship(back_populates="providers")
    opening_hours: Mapped[list[OpeningHours]] = relationship(back_populates="provider")

    @property
    def portal_label(self) -> str:
        """What the portal shows: the custom name alone, else name and title."""
        if self.display_name:
            return self.display_name
        return f"{self.name}, {self.title}" if self.title else self.name


class OpeningHours(Base):
    __tablename__ = "opening_hours"
    __table_args__ = (UniqueConstraint("provider_id", "weekday", "opens"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    opens: Mapped[time] = mapped_column(Time)  # local time, Europe/Copenhagen
    closes: Mapped[time] = mapped_column(Time)

    provider: Mapped[Provider] = relationship(back_populates="opening_hours")
