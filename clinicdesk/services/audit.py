"""The audit service: every read and write of patient data, logins and denials.

Append-only. Each entry's hash is SHA-256 over its own fields and the previous
entry's hash, so an edited, inserted or deleted row breaks the chain and
``verify_chain`` names the first entry that no longer fits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from clinicdesk.models import AuditEntry, utcnow

GENESIS = "0" * 64


class Action:
    """Stable action names (stored)."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCKED_OUT = "locked_out"
    LOCK_SCREEN = "lock_screen"  # the workstation locked itself (idle or Ctrl+L)
    PERMISSION_DENIED = "permission_denied"
    SWITCH_CLINIC = "switch_clinic"
    OPEN_PATIENT = "open_patient"
    SEARCH_PATIENT = "search_patient"
    OPEN_ITEM = "open_item"
    ANSWER_ITEM = "answer_item"
    UPDATE_ITEM = "update_item"
    DECIDE_RENEWAL = "decide_renewal"
    DECIDE_BOOKING = "decide_booking"
    DECIDE_SIGNUP = "decide_signup"
    EDIT_RIGHTS = "edit_rights"
    CREATE_PATIENT = "create_patient"
    CREATE_PORTAL_USER = "create_portal_user"
    EDIT_SETTINGS = "edit_settings"
    PRINT = "print"
    SAVE_FILE = "save_file"
    READ_AUDIT = "read_audit"
    PORTAL_REQUEST = "portal_request"
    OPEN_HISTORY = "open_history"  # the patient card's history tab
    BLOCK_PORTAL_USER = "block_portal_user"
    REOPEN_PORTAL_USER = "reopen_portal_user"
    HAND_OVER = "hand_over"  # assigned, routed or set to await the patient: the claim goes with it
    SETUP_CLINIC = "setup_clinic"  # a new clinic with its first administrator and opening hours
    CREATE_STAFF = "create_staff"
    EDIT_STAFF = "edit_staff"  # name, initials, role at a clinic, joined or left a clinic
    DEACTIVATE_STAFF = "deactivate_staff"
    REACTIVATE_STAFF = "reactivate_staff"
    RESET_PASSWORD = "reset_password"  # by an administrator: a temporary password, changed at next login
    UNLOCK_STAFF = "unlock_staff"
    CHANGE_PASSWORD = "change_password"  # by the staff member themselves
    EDIT_PROVIDER_PROFILE = "edit_provider_profile"  # what patients see of a staff member (behandler)
    CORRECT_MESSAGE = "correct_message"  # a sent answer corrected: a new message, the old one kept
    EDIT_STOCK_PHRASES = "edit_stock_phrases"  # a stock phrase (clinic or personal) added, changed, removed, imported
    LIST_PAGE = "list_page"  # a page of a list showing patients (names, CPR numbers); detail: their ids
    PREVIEW_ATTACHMENT = "preview_attachment"  # an attachment shown on screen (saving it is SAVE_FILE)
    EDIT_PATIENT = "edit_patient"  # a patient's basic data (CPR, names, contact, guardians); detail: field names
    IMPORT_PATIENTS = "import_patients"  # a CSV import of patients (or its dry run); detail: counts, file hash


def _fmt_time(at: datetime) -> str:
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, at: datetime, staff_id, clinic_id, action, patient_id, search_term, detail,
               context: str = "") -> str:
    payload = "\x1f".join(
        [
            prev_hash,
            _fmt_time(at),
            "" if staff_id is None else str(staff_id),
            "" if clinic_id is None else str(clinic_id),
            action,
            "" if patient_id is None else str(patient_id),
            search_term or "",
            detail or "",
        ]
        + ([context] if context else [])  # entries from before the context column hash as before
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appenders so two workstations never fork the chain."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7231001)"))
    # SQLite: write transactions are already serialised by the database lock.


def record(
    session: Session,
    action: str,
    *,
    staff_id: int | None = None,
    clinic_id: int | None = None,
    patient_id: int | None = None,
    search_term: str = "",
    detail: str = "",
    context: str = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Append an entry in the caller's transaction (it commits with the work it logs)."""
    # flush the caller's work first: its row locks are taken before the chain lock, in the
    # same order as everywhere else (no lock-order deadlock), and the chain lock is held briefly
    session.flush()
    _lock_chain(session)
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = at or utcnow()
    h = entry_hash(prev, at, staff_id, clinic_id, action, patient_id, search_term[:200], detail[:500],
                   context[:200])
    entry = AuditEntry(
        at=at,
        staff_id=staff_id,
        clinic_id=clinic_id,
        action=action,
        patient_id=patient_id,
        search_term=search_term[:200],
        detail=detail[:500],
        context=context[:200],
        prev_hash=prev,
        hash=h,
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit entry #{self.entry_id}: {self.reason}"


def verify_chain(session: Session, batch: int = 5000) -> list[ChainProblem]:
    """Walk the whole log in id order; report entries that do not fit the chain."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    last_id = 0
    while True:
        rows = session.execute(
            select(
                AuditEntry.id, AuditEntry.at, AuditEntry.staff_id, AuditEntry.clinic_id, AuditEntry.action,
                AuditEntry.patient_id, AuditEntry.search_term, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash,
                AuditEntry.context,
            )
            .where(AuditEntry.id > last_id)
            .order_by(AuditEntry.id)
            .limit(batch)
        ).all()
        if not rows:
            break
        for r in rows:
            if r.prev_hash != prev:
                problems.append(ChainProblem(r.id, "does not follow the previous entry (an entry before it was deleted or changed)"))
            expected = entry_hash(r.prev_hash, r.at, r.staff_id, r.clinic_id, r.action, r.patient_id, r.search_term, r.detail,
                                  r.context)
            if expected != r.hash:
                problems.append(ChainProblem(r.id, "its content was changed after it was written"))
            prev = r.hash
            last_id = r.id
    return problems
