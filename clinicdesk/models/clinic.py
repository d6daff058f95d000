"""Clinics, their portal settings, holiday periods, providers and opening hours.

The settings' defaults (and their ranges, labels and help texts) are declared once in
:mod:`clinicdesk.domain.settings`; the columns here take their defaults from there.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Boolean, ForeignKey, Integer, SmallInteger, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import SignupMode
from clinicdesk.domain.settings import CLINIC, HOLIDAY, PROVIDER, default, provider_portal_label


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

    signup_mode: Mapped[SignupMode] = mapped_column(str_enum(SignupMode), default=default(CLINIC, "signup_mode"))
    econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "econsult_enabled"))
    renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "renewal_enabled"))
    booking_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "booking_enabled"))
    auto_create_appointments: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "auto_create_appointments"))
    attachments_allowed: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "attachments_allowed"))
    max_econsult_length: Mapped[int] = mapped_column(Integer, default=default(CLINIC, "max_econsult_length"))
    max_patient_attachments: Mapped[int] = mapped_column(
        SmallInteger, default=default(CLINIC, "max_patient_attachments"))
    max_clinic_attachments: Mapped[int] = mapped_column(SmallInteger, default=default(CLINIC, "max_clinic_attachments"))
    max_attachment_mb: Mapped[int] = mapped_column(SmallInteger, default=default(CLINIC, "max_attachment_mb"))

    # "Min Læge" app (the national GP app shows the same inbox, appointments and renewals)
    app_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "app_enabled"))
    app_econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "app_econsult_enabled"))
    app_renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "app_renewal_enabled"))
    app_booking_enabled: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "app_booking_enabled"))
    app_show_appointments: Mapped[bool] = mapped_column(Boolean, default=default(CLINIC, "app_show_appointments"))

    booking_min_notice_days: Mapped[int] = mapped_column(
        SmallInteger, default=default(CLINIC, "booking_min_notice_days"))
    booking_max_horizon_days: Mapped[int] = mapped_column(
        SmallInteger, default=default(CLINIC, "booking_max_horizon_days"))
    cancellation_limit_hours: Mapped[int] = mapped_column(
        SmallInteger, default=default(CLINIC, "cancellation_limit_hours"))
    answer_due_working_days: Mapped[int] = mapped_column(
        SmallInteger, default=default(CLINIC, "answer_due_working_days"))
    claim_idle_minutes: Mapped[int] = mapped_column(SmallInteger, default=default(CLINIC, "claim_idle_minutes"))

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
    message: Mapped[str] = mapped_column(Text, default=default(HOLIDAY, "message"))
    standin_clinic: Mapped[str] = mapped_column(String(300), default=default(HOLIDAY, "standin_clinic"))
    standin_phone: Mapped[str] = mapped_column(String(40), default=default(HOLIDAY, "standin_phone"))
    close_econsult: Mapped[bool] = mapped_column(Boolean, default=default(HOLIDAY, "close_econsult"))
    close_renewal: Mapped[bool] = mapped_column(Boolean, default=default(HOLIDAY, "close_renewal"))
    close_booking: Mapped[bool] = mapped_column(Boolean, default=default(HOLIDAY, "close_booking"))

    clinic: Mapped[Clinic] = relationship(back_populates="holidays")


class Provider(Versioned, Base):
    """A behandler: a doctor, nurse or other provider patients can address."""

    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), default=default(PROVIDER, "title"))  # e.g. "Praktiserende læge"
    # custom portal name; hides title
    display_name: Mapped[str] = mapped_column(
        String(200), default=default(PROVIDER, "display_name"))
    econsult_enabled: Mapped[bool] = mapped_column(Boolean, default=default(PROVIDER, "econsult_enabled"))
    renewal_enabled: Mapped[bool] = mapped_column(Boolean, default=default(PROVIDER, "renewal_enabled"))
    booking_enabled: Mapped[bool] = mapped_column(Boolean, default=default(PROVIDER, "booking_enabled"))
    booking_comment_required: Mapped[bool] = mapped_column(
        Boolean, default=default(PROVIDER, "booking_comment_required"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    clinic: Mapped[Clinic] = relationship(back_populates="providers")
    opening_hours: Mapped[list[OpeningHours]] = relationship(back_populates="provider")

    @property
    def portal_label(self) -> str:
        """What the portal shows (the rule: ``domain.settings.provider_portal_label``)."""
        return provider_portal_label(self.name, self.title, self.display_name)


class OpeningHours(Base):
    __tablename__ = "opening_hours"
    __table_args__ = (UniqueConstraint("provider_id", "weekday", "opens"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    opens: Mapped[time] = mapped_column(Time)  # local time, Europe/Copenhagen
    closes: Mapped[time] = mapped_column(Time)

    provider: Mapped[Provider] = relationship(back_populates="opening_hours")
