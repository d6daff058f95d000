"""Patients, guardianship, portal accounts, registrations, rights and medication."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clinicdesk.models.base import Base, UTCDateTime, Versioned, str_enum, utcnow
from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode
from clinicdesk.domain.wording import person_name


class Patient(Versioned, Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    # CPR or substitute number (eCPR), 10 characters, no hyphen. Never an integer.
    cpr: Mapped[str] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    has_mitid: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    portal_account: Mapped[PortalAccount | None] = relationship(back_populates="patient", uselist=False)
    medications: Mapped[list[Medication]] = relationship(back_populates="patient", order_by="Medication.id")

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)


class Guardianship(Base):
    """A parent (guardian) of a child under 15 who may act for the child on the portal."""

    __tablename__ = "guardianship"
    __table_args__ = (UniqueConstraint("child_id", "guardian_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)


class PortalAccount(Versioned, Base):
    """The one portal login per CPR number, valid at every clinic."""

    __tablename__ = "portal_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), unique=True)
    status: Mapped[PortalAccountStatus] = mapped_column(str_enum(PortalAccountStatus), default=PortalAccountStatus.PENDING)
    login_method: Mapped[LoginMethod] = mapped_column(str_enum(LoginMethod), default=LoginMethod.MITID)
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    # the portal's own copy of contact data; when it differs from the clinic's record
    # the patient is asked to confirm at next login
    email: Mapped[str] = mapped_column(String(200), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    confirm_contact_at_next_login: Mapped[bool] = mapped_column(Boolean, default=False)
    activation_token: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    times_deleted: Mapped[int] = mapped_column(Integer, default=0)  # a deleted user existed before

    patient: Mapped[Patient] = relationship(back_populates="portal_account")


class PortalAccountEvent(Base):
    """A block or a reopening of a portal user, with the reason staff gave (append-only history)."""

    __tablename__ = "portal_account_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("portal_account.id"), index=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(20))  # "blocked" or "reopened"
    reason: Mapped[str] = mapped_column(Text, default="")


class ClinicPatient(Versioned, Base):
    """A patient in a clinic's records: portal registration and per-function rights."""

    __tablename__ = "clinic_patient"
    __table_args__ = (UniqueConstraint("clinic_id", "patient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    own_doctor_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"), nullable=True)
    portal_registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    econsult_right: Mapped[RightMode] = mapped_column(str_enum(RightMode), default=RightMode.ALLOWED)
    renewal_right: Mapped[RightMode] = mapped_column(str_enum(RightMode), default=RightMode.ALLOWED)
    booking_right: Mapped[RightMode] = mapped_column(str_enum(RightMode), default=RightMode.ALLOWED)
    # when the patient was added to this clinic's records (None: before this was kept)
    added_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # the SHA-256 (hex) of the CSV file the patient was imported from; None: not imported
    imported_from: Mapped[str | None] = mapped_column(String(64), nullable=True)

    patient: Mapped[Patient] = relationship()


class Pharmacy(Base):
    __tablename__ = "pharmacy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")


class Medication(Versioned, Base):
    """A line of the patient's medication list (the patient renews from these)."""

    __tablename__ = "medication"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    drug_name: Mapped[str] = mapped_column(String(200))
    strength: Mapped[str] = mapped_column(String(60), default="")
    dosage: Mapped[str] = mapped_column(String(200), default="")
    atc_code: Mapped[str] = mapped_column(String(10), default="")
    addictive: Mapped[bool] = mapped_column(Boolean, default=False)  # cannot be renewed online
    repeats_left: Mapped[int] = mapped_column(Integer, default=0)  # repeats left at the pharmacy
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    patient: Mapped[Patient] = relationship(back_populates="medications")

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.drug_name, self.strength) if p)
