"""The permission matrix: one place that says which role may do what."""

from __future__ import annotations

import enum

from clinicdesk.domain.enums import Role
from clinicdesk.domain.messages import say


class Perm(str, enum.Enum):
    READ_INBOX = "read_inbox"
    HANDLE_ITEM = "handle_item"  # claim, answer e-consultations, notes, assign
    PREPARE_RENEWAL = "prepare_renewal"  # route to a doctor, add notes
    DECIDE_RENEWAL = "decide_renewal"
    DECIDE_BOOKING = "decide_booking"
    DECIDE_SIGNUP = "decide_signup"
    READ_PATIENT = "read_patient"
    EDIT_PATIENT_RIGHTS = "edit_patient_rights"
    CREATE_PORTAL_USER = "create_portal_user"
    EDIT_CLINIC_SETTINGS = "edit_clinic_settings"
    READ_AUDIT_LOG = "read_audit_log"
    MANAGE_STAFF = "manage_staff"
    PRINT_GUIDES = "print_guides"
    EDIT_STOCK_PHRASES = "edit_stock_phrases"
    MANAGE_CALENDAR = "manage_calendar"  # schedules, appointment types, closed days and days off
    EDIT_PATIENT = "edit_patient"  # create a patient, edit names, contact and guardians
    IMPORT_PATIENTS = "import_patients"  # a CSV file of patients


_EVERYONE = {
    Perm.READ_INBOX,
    Perm.HANDLE_ITEM,
    Perm.PREPARE_RENEWAL,
    Perm.DECIDE_BOOKING,
    Perm.DECIDE_SIGNUP,
    Perm.READ_PATIENT,
    Perm.EDIT_PATIENT_RIGHTS,
    Perm.CREATE_PORTAL_USER,
    Perm.PRINT_GUIDES,
    Perm.EDIT_PATIENT,
}

MATRIX: dict[Role, frozenset[Perm]] = {
    Role.RECEPTIONIST: frozenset(_EVERYONE | {Perm.MANAGE_CALENDAR}),  # the secretaries keep the calendar
    Role.NURSE: frozenset(_EVERYONE | {Perm.EDIT_STOCK_PHRASES}),
    Role.DOCTOR: frozenset(_EVERYONE | {Perm.DECIDE_RENEWAL, Perm.EDIT_STOCK_PHRASES}),
    Role.ADMIN: frozenset(
        _EVERYONE
        | {Perm.EDIT_CLINIC_SETTINGS, Perm.READ_AUDIT_LOG, Perm.MANAGE_STAFF, Perm.EDIT_STOCK_PHRASES,
           Perm.MANAGE_CALENDAR, Perm.IMPORT_PATIENTS}
    ),
}

ROLE_LABELS_DA = {
    Role.RECEPTIONIST: say("Sekretær"),
    Role.NURSE: say("Sygeplejerske"),
    Role.DOCTOR: say("Læge"),
    Role.ADMIN: say("Administrator"),
}


def allowed(role: Role, perm: Perm) -> bool:
    return perm in MATRIX[role]
