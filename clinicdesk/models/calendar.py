"""The calendar the portal books into: weekly schedules, appointment types per provider, exceptions, closed days.

A provider's bookable times are their weekly schedule: :class:`ScheduleBlock` rows
(a weekday, a local start and end, Europe/Copenhagen, and the appointment type booked
in that block; the block is cut into slots of the type's duration). Which providers
offer a type is :class:`ProviderAppointmentType` (a type no provider is named for is
offered by all). Exceptions: a provider's day off (:class:`ProviderDayOff`) and the
clinic's own closed days (:class:`ClinicClosedDay`) on top of the Danish public
holidays. The slots themselves are ``models.booking.Slot``, made by
``services.calendar.generate``.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, SmallInteger, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.models.base import Base


class ScheduleBlock(Base):
    """One span of a provider's week in which one appointment type can be booked."""

    __tablename__ = "schedule_block"
    __table_args__ = (UniqueConstraint("provider_id", "weekday", "starts"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    starts: Mapped[time] = mapped_column(Time)  # local time, Europe/Copenhagen
    ends: Mapped[time] = mapped_column(Time)
    appointment_type_id: Mapped[int] = mapped_column(ForeignKey("appointment_type.id"), index=True)


class ProviderAppointmentType(Base):
    """The provider offers this appointment type."""

    __tablename__ = "provider_appointment_type"

    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), primary_key=True)
    appointment_type_id: Mapped[int] = mapped_column(ForeignKey("appointment_type.id"), primary_key=True)


class ProviderDayOff(Base):
    """A provider's day off: no slots that day."""

    __tablename__ = "provider_day_off"
    __table_args__ = (UniqueConstraint("provider_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"))
    day: Mapped[date] = mapped_column(Date)  # local date
    reason: Mapped[str] = mapped_column(String(200), default="")


class ClinicClosedDay(Base):
    """A day the clinic is closed although it is no public holiday (24/12, 31/12, 5/6, a course day …)."""

    __tablename__ = "clinic_closed_day"
    __table_args__ = (UniqueConstraint("clinic_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    day: Mapped[date] = mapped_column(Date)  # local date
    reason: Mapped[str] = mapped_column(String(200), default="")
