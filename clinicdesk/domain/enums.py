"""Enumerations shared by the models and services (values are what is stored)."""

from __future__ import annotations

import enum


class SignupMode(str, enum.Enum):
    OFF = "off"
    WITH_APPROVAL = "with_approval"
    AUTOMATIC = "automatic"


class Function(str, enum.Enum):
    """The three portal functions a clinic, provider and patient can have."""

    ECONSULT = "econsult"
    RENEWAL = "renewal"
    BOOKING = "booking"


class RightMode(str, enum.Enum):
    ALLOWED = "allowed"
    RECEIVE_ONLY = "receive_only"  # reads and receives, cannot send (e-consultation)
    BLOCKED = "blocked"


class Role(str, enum.Enum):
    RECEPTIONIST = "receptionist"
    NURSE = "nurse"
    DOCTOR = "doctor"
    ADMIN = "admin"


class LoginMethod(str, enum.Enum):
    MITID = "mitid"
    SECURITY_CODE = "security_code"


class PortalAccountStatus(str, enum.Enum):
    PENDING = "pending_activation"
    ACTIVE = "active"
    BLOCKED = "blocked"
    DELETED = "deleted"


class AppointmentStatus(str, enum.Enum):
    BOOKED = "booked"
    ATTENDED = "attended"
    CANCELLED_BY_CLINIC = "cancelled_by_clinic"
    CANCELLED_BY_PATIENT = "cancelled_by_patient"
    NO_SHOW = "no_show"


class ItemKind(str, enum.Enum):
    ECONSULT = "econsult"
    RENEWAL = "renewal"
    BOOKING = "booking"
    SIGNUP = "signup"


class ItemStatus(str, enum.Enum):
    NEW = "new"
    OPEN = "open"  # seen / being worked on
    AWAITING_PATIENT = "awaiting_patient"
    DONE = "done"


class Priority(str, enum.Enum):
    NORMAL = "normal"
    URGENT = "urgent"


class MessageDirection(str, enum.Enum):
    FROM_PATIENT = "from_patient"
    TO_PATIENT = "to_patient"
    INTERNAL = "internal"  # note between staff; the patient never sees it


class LineDecision(str, enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class BookingOutcome(str, enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    OFFERED_OTHER = "offered_other"
    DECLINED = "declined"
    AUTO_CREATED = "auto_created"


class SignupDecision(str, enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class MailStatus(str, enum.Enum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the last retry; kept, visible in `mail status`


class SlotStatus(str, enum.Enum):
    FREE = "free"
    BOOKED = "booked"
    BLOCKED = "blocked"
