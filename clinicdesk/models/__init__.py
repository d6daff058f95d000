"""SQLAlchemy ORM classes, one module per aggregate. No Qt here."""

from clinicdesk.models.base import Base, utcnow
from clinicdesk.models.booking import Appointment, AppointmentType, Slot
from clinicdesk.models.clinic import Clinic, HolidayPeriod, OpeningHours, Provider
from clinicdesk.models.inbox import (
    Attachment,
    BookingRequest,
    ChangeEvent,
    InboxItem,
    Message,
    RenewalLine,
    RenewalRequest,
    PhraseFavourite,
    SignupRequest,
    StockPhrase,
)
from clinicdesk.models.outbox import AuditEntry, OutboxMail
from clinicdesk.models.patient import (
    ClinicPatient, Guardianship, Medication, Patient, Pharmacy, PortalAccount, PortalAccountEvent,
)
from clinicdesk.models.staff import StaffMembership, StaffUser
from clinicdesk.models import calendar, corrections, receipts, safety  # noqa: F401  (their tables join the metadata)

__all__ = [
    "Base", "utcnow", "Appointment", "AppointmentType", "Slot", "Clinic", "HolidayPeriod", "OpeningHours",
    "Provider", "Attachment", "BookingRequest", "ChangeEvent", "InboxItem", "Message", "RenewalLine",
    "RenewalRequest", "SignupRequest", "StockPhrase", "PhraseFavourite", "PortalAccountEvent", "AuditEntry", "OutboxMail", "ClinicPatient",
    "Guardianship", "Medication", "Patient", "Pharmacy", "PortalAccount", "StaffMembership", "StaffUser",
]
