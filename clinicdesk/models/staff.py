"""Staff users, their memberships of clinics (role per clinic), and the clinic's opening hours
(set up with the clinic and its first administrator)."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import Boolean, ForeignKey, Integer, SmallInteger, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import Role


class StaffUser(Versioned, Base):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(8), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # a temporary password set by an administrator: the user chooses their own at the next login
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_failed_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[StaffMembership]] = relationship(
        back_populates="staff", cascade="all, delete-orphan", order_by="StaffMembership.clinic_id"
    )


class StaffMembership(Base):
    """A staff member works for a clinic in a role (shared staff have several)."""

    __tablename__ = "staff_membership"
    __table_args__ = (UniqueConstraint("staff_id", "clinic_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role))

    staff: Mapped[StaffUser] = relationship(back_populates="memberships")


class ClinicOpeningHours(Base):
    """When the clinic is open: one span of one weekday (local time, Europe/Copenhagen).

    The clinic's own hours (shown to patients, set up with the clinic); a provider's
    bookable hours are ``OpeningHours``."""

    __tablename__ = "clinic_opening_hours"
    __table_args__ = (UniqueConstraint("clinic_id", "weekday", "opens"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)
