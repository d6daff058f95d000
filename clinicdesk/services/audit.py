"""The audit service: every read and write of patient data, logins and denials.

Append-only. Each entry's hash covers its own fields and the previous entry's hash, so an
edited, inserted or deleted row breaks the chain and ``verify_chain`` names the entry that
no longer fits. The hash is an HMAC-SHA256 keyed with the installation's key
(``services.audit_key``; written ``k1:<key id>:<base64url>``), so a chain recomputed by
someone without a workstation's keyring is found too. Entries written before keys have a
plain SHA-256 hash (64 hex digits) and are verified as before; from the key's first entry
on, every entry must be keyed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached

from clinicdesk.domain.messages import say
from clinicdesk.models import AuditEntry, utcnow
from clinicdesk.services import audit_key

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
    EDIT_CALENDAR = "edit_calendar"  # appointment types, a weekly schedule, closed days, days off; detail: what
    GENERATE_SLOTS = "generate_slots"  # slots made from the schedules; detail: days, counts, conflicts
    VIEW_CALENDAR = "view_calendar"  # a provider's day (appointments with patients' names) shown; detail: provider, day
    MARK_URGENT = "mark_urgent"  # an item marked urgent by hand (detail: the reason), or by the word lists at intake
    UNMARK_URGENT = "unmark_urgent"  # the urgent flag taken off by hand; detail: the reason
    EDIT_SAFETY_TERMS = "edit_safety_terms"  # a line added to or removed from the clinic's urgent-word lists
    MARK_MUST_READ = "mark_must_read"  # an answer marked (or unmarked) "skal læses"; detail: message id
    SAFETY_TASK = "safety_task"  # a safety-net task filed (by the jobs) or done (by staff); detail: kind, id
    CONTACT_PROBLEM = "contact_problem"  # a patient's e-mail address refused for good (SMTP code), or cleared
    ESCALATE = "escalate"  # an urgent item not opened within the clinic's escalation time


def _fmt_time(at: datetime) -> str:
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _payload(prev_hash: str, at: datetime, staff_id, clinic_id, action, patient_id, search_term, detail,
             context: str = "") -> bytes:
    return "\x1f".join(
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
    ).encode("utf-8")


def entry_hash(prev_hash: str, at: datetime, staff_id, clinic_id, action, patient_id, search_term, detail,
               context: str = "") -> str:
    """The plain SHA-256 hash of entries written before the installation key (verified as before)."""
    return hashlib.sha256(_payload(prev_hash, at, staff_id, clinic_id, action, patient_id, search_term, detail,
                                   context)).hexdigest()


def keyed_hash(key: audit_key.InstallationKey, prev_hash: str, at: datetime, staff_id, clinic_id, action,
               patient_id, search_term, detail, context: str = "") -> str:
    """``k1:<key id>:<HMAC-SHA256, base64url>`` (55 characters)."""
    mac = hmac.new(key.chain_key, _payload(prev_hash, at, staff_id, clinic_id, action, patient_id, search_term,
                                           detail, context), hashlib.sha256).digest()
    return f"{audit_key.SCHEME}:{key.key_id}:{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


CHAIN_LOCK_KEY = 7231001


def chain_lock_column():
    """SQL that takes the chain's lock (PostgreSQL), for a column of a statement that writes rows
    the transaction will log: its rows are locked first, then the chain, as in ``record``. Call
    ``chain_locked(session)`` once that statement returned a row; ``record`` then skips its own."""
    return func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)


def chain_locked(session: Session) -> None:
    """The session's transaction holds the chain's lock (``chain_lock_column`` ran in it)."""
    session.info["audit_chain_locked"] = session.get_transaction()


def holds_chain_lock(session: Session) -> bool:
    """This transaction took the chain's lock in a statement of its own work (``chain_locked``)."""
    held = session.info.get("audit_chain_locked")
    return held is not None and held is session.get_transaction()


def head_column():
    """The chain's newest hash, as a column for a statement that runs after ``holds_chain_lock``
    (its snapshot then already sees every entry, and no other appender can add one); pass what it
    read to ``note_head``, and ``record`` uses it instead of reading the head again."""
    return select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).scalar_subquery()


def note_head(session: Session, head: str | None) -> None:
    session.info["audit_chain_head"] = (session.get_transaction(), head)


def _noted_head(session: Session):
    """The head ``note_head`` kept for this transaction (once), else ``_UNREAD``."""
    noted = session.info.pop("audit_chain_head", None)
    if noted is not None and noted[0] is session.get_transaction() and holds_chain_lock(session):
        return noted[1]
    return _UNREAD


_UNREAD = object()


@cache
def _insert_entry():
    """The INSERT of one entry, its values given at execution (built once)."""
    table = AuditEntry.__table__
    return insert(table).returning(table.c.id)


def _lock_chain(session: Session) -> None:
    """Serialise appenders so two workstations never fork the chain."""
    if session.get_bind().dialect.name == "postgresql":
        if holds_chain_lock(session):
            return  # (a transaction-level lock: held until this transaction ends)
        session.execute(select(chain_lock_column()))
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
    """Append an entry in the caller's transaction (it commits with the work it logs).

    Raises ``audit_key.AuditKeyMissing`` on a workstation without the installation's key once
    the log is keyed; the first write to a log without keyed entries makes the key.
    """
    # flush the caller's work first: its row locks are taken before the chain lock, in the
    # same order as everywhere else (no lock-order deadlock), and the chain lock is held briefly
    session.flush()
    _lock_chain(session)
    prev = _noted_head(session)
    if prev is _UNREAD:
        prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    key, made = audit_key.for_append(prev)
    prev = prev or GENESIS
    at = at or utcnow()
    if key is None:  # no secret store on this computer and a log not keyed yet (audit_key.for_append)
        h = entry_hash(prev, at, staff_id, clinic_id, action, patient_id, search_term[:200], detail[:500],
                       context[:200])
    else:
        h = keyed_hash(key, prev, at, staff_id, clinic_id, action, patient_id, search_term[:200], detail[:500],
                       context[:200])
    fields = dict(at=at, staff_id=staff_id, clinic_id=clinic_id, action=action, patient_id=patient_id,
                  search_term=search_term[:200], detail=detail[:500], context=context[:200], prev_hash=prev, hash=h)
    # one INSERT (no unit-of-work flush); the entry returned is the row it wrote, outside the
    # session (a savepoint rolled back would otherwise leave it there, pointing at no row)
    entry = AuditEntry(id=session.execute(_insert_entry(), fields).scalar_one(), **fields)
    make_transient_to_detached(entry)
    if made:  # the installation's key begins with this entry: in the keyring before it commits
        audit_key.store(audit_key.InstallationKey(key.secret, entry.id))
    return entry


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    reason: str
    kind: str = "changed"  # link, changed, recomputed, other_key, no_key, gone

    def __str__(self) -> str:  # Danish for `db check`; a say text, so a view could show it in English
        return say("revisionsspor, post #{entry}: {reason}").format(entry=self.entry_id, reason=self.reason)


IMPORT_HINT = say("importér installationens nøgle på denne arbejdsstation: clinicdesk audit key import FIL "
               "(eksportér den på en arbejdsstation, der har den: clinicdesk audit key export FIL)")
_AUTO = object()


class _Walk:
    """What ``verify_chain`` has seen so far."""

    def __init__(self, key):
        self.key = key
        self.problems: list[ChainProblem] = []
        self.keyed_seen = False
        self.unverified: list[int] = []  # keyed entries this workstation cannot check (no key)
        self.foreign: list[tuple[int, str]] = []  # entries keyed with another key
        self.last_id = 0

    def entry(self, r) -> None:
        fields = (r.prev_hash, r.at, r.staff_id, r.clinic_id, r.action, r.patient_id, r.search_term, r.detail,
                  r.context)
        kid = audit_key.key_id_of(r.hash)
        if kid is not None:
            self.keyed_seen = True
            if self.key is None:
                self.unverified.append(r.id)
            elif kid != self.key.key_id:
                self.foreign.append((r.id, kid))
            elif not hmac.compare_digest(keyed_hash(self.key, *fields), r.hash):
                self.problems.append(ChainProblem(r.id, say("indholdet er ændret, efter posten blev skrevet")))
        elif self.keyed_seen or (self.key is not None and r.id >= self.key.start):
            self.problems.append(ChainProblem(
                r.id, say("kæden er genberegnet uden installationens nøgle (posten har en almindelig SHA-256-værdi, "
                          "hvor den skulle være skrevet med nøglen)"), "recomputed"))
        elif entry_hash(*fields) != r.hash:
            self.problems.append(ChainProblem(r.id, say("indholdet er ændret, efter posten blev skrevet")))
        self.last_id = r.id

    def finish(self) -> list[ChainProblem]:
        if self.foreign:
            first, kid = self.foreign[0]
            self.problems.append(ChainProblem(
                first, say("{n} poster fra denne er skrevet med en anden nøgle (id {key_id}) end denne "
                           "arbejdsstations (id {own_key_id}): kæden er genberegnet med en fremmed nøgle, eller "
                           "arbejdsstationen har en forkert nøgle; {hint}").format(
                    n=len(self.foreign), key_id=kid, own_key_id=self.key.key_id, hint=IMPORT_HINT), "other_key"))
        if self.unverified:
            self.problems.append(ChainProblem(
                self.unverified[0], say("{n} poster fra denne er skrevet med installationens nøgle, som denne "
                                        "arbejdsstation ikke har, så de kan ikke kontrolleres; {hint}").format(
                    n=len(self.unverified), hint=IMPORT_HINT), "no_key"))
        if self.key is not None and self.key.start > 1 and self.last_id < self.key.start:
            self.problems.append(ChainProblem(
                self.key.start, say("posterne fra denne og frem (de første skrevet med installationens nøgle) er "
                                    "væk: loggen er afkortet"), "gone"))
        self.problems.sort(key=lambda p: p.entry_id)
        return self.problems


def verify_chain(session: Session, batch: int = 5000, *, key=_AUTO) -> list[ChainProblem]:
    """Walk the whole log in id order; report entries that do not fit the chain.

    ``key``: the installation key to check keyed entries with (default: this workstation's,
    None when it has none: then the keyed entries are reported as not checkable).
    """
    if key is _AUTO:
        try:
            key = audit_key.load()
        except audit_key.AuditKeyUnavailable:
            key = None
    walk = _Walk(key)
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
                walk.problems.append(ChainProblem(
                    r.id, say("følger ikke efter posten før den (en tidligere post er slettet eller ændret)"), "link"))
            walk.entry(r)
            prev = r.hash
            last_id = r.id
    return walk.finish()
