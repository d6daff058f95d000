"""The inbox service: folders and counts, the paged list, claims, actions, live updates.

No Qt here. Every function takes the database (``clinicdesk.db.Database``) and the
acting staff member (``auth.Actor``), checks the permission, works in one
transaction, audits in that same transaction and returns frozen dataclasses.

Reading
-------
``folder_counts(db, actor) -> dict[Folder, int]``
    New, Mine, All open, Awaiting patient, Overdue, Done, and (open items) by kind:
    E-consultations, Renewals, Bookings, Sign-ups. A handful of index-only queries.
``list_items(db, actor, query: ItemQuery, after: Cursor | None = None, limit=100) -> Page``
    One page of ``ItemRow``; ``page.next_cursor`` (None at the end) fetches the next
    one (keyset pagination, so page 10,000 costs what page 1 costs). ``ItemQuery``
    holds folder, kind, status, provider_id, assignee (staff id, a ``Role`` or
    ``UNASSIGNED``), search text (a CPR number or its first digits, a patient name,
    or message text) and sort (``Sort.RECEIVED_DESC`` default, ``Sort.DUE_ASC``).
    A search is audited (``Action.SEARCH_PATIENT`` with the term) on its first page.
``open_item(db, actor, item_id) -> OpenedItem``
    The item's detail (thread, renewal lines and medication list, booking, sign-up)
    and the claim. Audited (``OPEN_ITEM``). Opening claims the item with a lease of
    ``clinic.claim_idle_minutes``; when someone else holds a live lease the result
    has ``can_act=False`` and ``blocked_message`` "Behandles af NAVN siden HH:MM".
    A new item becomes OPEN and read. Done items are shown, not claimed.
``get_attachment(db, actor, attachment_id, save=False) -> AttachmentFile``
``list_assignees(db, actor) -> tuple[Assignee, ...]``  colleagues and roles for "assign".
``list_stock_phrases(db, actor)``, ``expand_phrase(db, actor, abbrev) -> str | None``
``provider_day(db, actor, provider_id, day, item_id=None) -> ProviderDay``
``get_row(db, actor, item_id) -> ItemRow | None``  one row, for a live update.
Labels for views: ``FOLDER_LABELS_DA``, ``KIND_LABELS_DA``, ``STATUS_LABELS_DA``,
``PRIORITY_LABELS_DA``, ``role_group_label(role)``.

Claims
------
``renew_claim(db, actor, item_id) -> ClaimState`` (call every few minutes while the
item is open), ``release_item(db, actor, item_id)``, ``claim_state(db, actor, item_id)``,
``claim_next(db, actor, query=None) -> OpenedItem | None`` ("take the next": the oldest
free item of the folder), ``assign(db, actor, item_id, staff_id=None, role=None, *,
expected_version)`` (to a colleague or a role: ``Role.DOCTOR`` = "Alle læger";
neither = unassign; assigning releases the assigner's claim; ``list_assignees`` gives
the choices). An expired lease counts as no claim: the item is back in the pool. On
PostgreSQL a claim first takes the row with ``SELECT … FOR UPDATE SKIP LOCKED``; on
SQLite the guarded UPDATE runs inside a ``write_session`` (BEGIN IMMEDIATE), so two
processes never both win. Claims do not change an item's ``version``.

Actions
-------
All take ``expected_version`` (= ``OpenedItem.detail.version`` or the last
``ActionResult.version``). Each checks the claim (``ItemClaimed``, code "claimed",
"Behandles af NAVN siden HH:MM. …"), the version (``StaleData``, code "stale": offer
a reload via ``open_item``; keep the user's text) and that the item is not done
(``ItemClosed``); renews the actor's claim, audits, records a ``ChangeEvent`` and
returns ``ActionResult(item_id, version, status, message, detail, mail_queued,
warnings, created_id)``. Other refusals are ``ValidationError`` with a stable code.

* any kind: ``add_internal_note(item_id, text)`` (allowed on done items too),
  ``close_without_answer(item_id, reason)`` (reason required), ``mark_done(item_id)``
  (notices: patient cancellations, auto-created bookings/sign-ups; refused with
  "decision_pending" while something waits), ``reopen_item(item_id)``.
* e-consultation: ``answer(db, actor, item_id, text, attachments, expected_version, *,
  close=True)``: the answer is a TO_PATIENT message, the patient's notification mail
  is queued; ``close=True`` → DONE (a reply from the patient reopens the item as NEW
  through the portal), ``close=False`` → AWAITING_PATIENT. ``attachments`` are
  ``NewAttachment(filename, data)``: images or PDF judged by content, within the
  clinic's count and size limits. ``start_thread(db, actor, patient_id, provider_id,
  text, attachments=(), *, subject, expect_reply=False)`` = "Opret E-svar" (new item,
  DONE or AWAITING_PATIENT; ``created_id`` is the new item). ``list_stock_phrases``,
  ``expand_phrase(db, actor, abbrev) -> str | None``.
* renewal: ``decide_renewal_line(item_id, line_id, approve, reason="")`` — doctors only
  (``Perm.DECIDE_RENEWAL``; others get PermissionDenied, audited); addictive lines
  cannot be approved ("addictive_not_online"); rejecting needs a reason; repeats left
  at the pharmacy → a warning. ``finish_renewal(item_id)`` (all lines decided → DONE,
  mail). ``route_to_doctor(item_id, doctor_staff_id=None, note="")`` (nurse/desk
  prepares; None = "alle læger").
* booking: ``provider_day(db, actor, provider_id, day, item_id=None) -> ProviderDay``
  (appointments, free/blocked slots, the requested time, ``clashes``, ``free_slots``);
  ``accept_booking(item_id)`` (Appointment created, slot BOOKED, mail),
  ``offer_other_slot(item_id, slot_id, message="")`` (books that slot instead, frees
  the held one, mail "moved"), ``decline_booking(item_id, reason)`` (frees the slot).
* sign-up: ``detail.signup`` shows the matching patient, account, ``warnings``
  (a deleted portal user before, name mismatch, child); ``set_signup_functions(item_id,
  *, econsult, renewal, booking)``; ``approve_signup(item_id, *, econsult=None, ...)``
  (creates the patient if unknown, registers with rights, PortalAccount pending with a
  token, activation link mailed; an active account is only registered);
  ``reject_signup(item_id, reason)`` (reason mailed; must not contain a CPR number).

Live updates
------------
``latest_change_id(db, clinic_id) -> int``; ``changes_since(db, clinic_id, last_id)
-> Changes`` (new last id and the item ids that changed). Every write here calls
``record_change(session, clinic_id, item_id)`` which adds a ``ChangeEvent`` row and,
on PostgreSQL, ``NOTIFY clinicdesk_inbox, '<clinic_id>'`` in the same transaction.
The portal's intake calls ``record_change`` when it creates an item.
``ChangeWatcher(db, clinic_id).poll(timeout)`` blocks (in a worker thread) until a
change: LISTEN on PostgreSQL, a 0.5 s poll of the change log on SQLite.

Text search: ``services.inbox_search`` (FTS5 trigram on SQLite, pg_trgm on PostgreSQL,
migration ``inbox_02``; LIKE fallback with the same meaning).
"""

from __future__ import annotations

import enum
import re
import secrets as _secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import (
    Date,
    and_,
    false,
    case,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
    union,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    Attachment,
    BookingRequest,
    ChangeEvent,
    Clinic,
    ClinicPatient,
    InboxItem,
    Medication,
    Message,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    RenewalLine,
    RenewalRequest,
    SignupRequest,
    Slot,
    StaffMembership,
    StaffUser,
    StockPhrase,
    utcnow,
)
from clinicdesk.domain.enums import (
    AppointmentStatus,
    BookingOutcome,
    ItemKind,
    ItemStatus,
    LineDecision,
    LoginMethod,
    MailStatus,
    MessageDirection,
    PortalAccountStatus,
    Priority,
    RightMode,
    Role,
    SignupDecision,
    SlotStatus,
)
from clinicdesk.services import audit, auth
from clinicdesk.services import cpr as cprmod
from clinicdesk.services import inbox_search
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import ClinicDeskError, NotFound, StaleData, ValidationError
from clinicdesk.services.permissions import ROLE_LABELS_DA, Perm

NOTIFY_CHANNEL = "clinicdesk_inbox"
OPEN_STATUSES = (ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT)
_FAR_FUTURE = date(9999, 12, 31)


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------
class ItemClaimed(ClinicDeskError):
    """Another staff member holds a live claim on the item."""

    code = "claimed"
    default_message = "Elementet behandles af en anden lige nu. Vent, eller bed dem om at frigive det."


class ItemClosed(ClinicDeskError):
    code = "item_closed"
    default_message = "Elementet er allerede afsluttet. Genåbn det, hvis der skal gøres mere."


def local_hhmm(at: datetime) -> str:
    return at.astimezone(COPENHAGEN).strftime("%H:%M")


def claimed_text(name: str, since: datetime) -> str:
    return f"Behandles af {name} siden {local_hhmm(since)}"


def today_local(now: datetime | None = None) -> date:
    return (now or utcnow()).astimezone(COPENHAGEN).date()


# ---------------------------------------------------------------------------
# folders, queries, rows
# ---------------------------------------------------------------------------
class Folder(str, enum.Enum):
    NEW = "new"
    MINE = "mine"
    ALL_OPEN = "all_open"
    AWAITING_PATIENT = "awaiting_patient"
    OVERDUE = "overdue"
    DONE = "done"
    ALL = "all"  # every item, open or done (for searches)
    ECONSULT = "econsult"  # open items of one kind
    RENEWAL = "renewal"
    BOOKING = "booking"
    SIGNUP = "signup"


FOLDER_LABELS_DA: dict[Folder, str] = {
    Folder.NEW: "Nye",
    Folder.MINE: "Mine",
    Folder.ALL_OPEN: "Alle åbne",
    Folder.AWAITING_PATIENT: "Afventer patient",
    Folder.OVERDUE: "Overskredne",
    Folder.DONE: "Afsluttede",
    Folder.ALL: "Alle",
    Folder.ECONSULT: "E-konsultationer",
    Folder.RENEWAL: "Receptfornyelser",
    Folder.BOOKING: "Tidsbestillinger",
    Folder.SIGNUP: "Tilmeldinger",
}

KIND_FOLDERS: dict[Folder, ItemKind] = {
    Folder.ECONSULT: ItemKind.ECONSULT,
    Folder.RENEWAL: ItemKind.RENEWAL,
    Folder.BOOKING: ItemKind.BOOKING,
    Folder.SIGNUP: ItemKind.SIGNUP,
}

KIND_LABELS_DA = {
    ItemKind.ECONSULT: "E-konsultation",
    ItemKind.RENEWAL: "Receptfornyelse",
    ItemKind.BOOKING: "Tidsbestilling",
    ItemKind.SIGNUP: "Tilmelding",
}

STATUS_LABELS_DA = {
    ItemStatus.NEW: "Ny",
    ItemStatus.OPEN: "Åben",
    ItemStatus.AWAITING_PATIENT: "Afventer patient",
    ItemStatus.DONE: "Afsluttet",
}

PRIORITY_LABELS_DA = {Priority.NORMAL: "Normal", Priority.URGENT: "Haster"}


class Sort(str, enum.Enum):
    RECEIVED_DESC = "received_desc"  # newest first (default)
    DUE_ASC = "due_asc"  # soonest due first; items without a due date last


UNASSIGNED = "unassigned"  # ItemQuery.assignee: items assigned to nobody


@dataclass(frozen=True)
class ItemQuery:
    folder: Folder = Folder.ALL_OPEN
    kind: ItemKind | None = None
    status: ItemStatus | None = None
    provider_id: int | None = None
    assignee: int | Role | str | None = None  # staff id, a Role, or UNASSIGNED
    search: str = ""
    sort: Sort = Sort.RECEIVED_DESC


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts (opaque to views)."""

    sort: Sort
    key: datetime | date
    id: int


@dataclass(frozen=True)
class ItemRow:
    id: int
    received_at: datetime
    due_date: date | None
    overdue: bool
    kind: ItemKind
    patient_id: int | None
    patient_name: str
    patient_cpr: str  # 10 characters, no hyphen ("" for none)
    provider_id: int | None
    provider_label: str
    preview: str
    status: ItemStatus
    claimed_by_id: int | None  # only while the lease is live
    claimed_by_name: str
    claimed_since: datetime | None
    priority: Priority
    unread: bool
    assigned_to_id: int | None
    assigned_to_name: str
    assigned_role: Role | None
    via_app: bool
    version: int

    @property
    def cpr_display(self) -> str:
        c = self.patient_cpr
        return f"{c[:6]}-{c[6:]}" if len(c) == 10 else c

    @property
    def claim_text(self) -> str:
        if self.claimed_by_id is None or self.claimed_since is None:
            return ""
        return claimed_text(self.claimed_by_name, self.claimed_since)

    @property
    def assignee_label(self) -> str:
        if self.assigned_to_name:
            return self.assigned_to_name
        if self.assigned_role is not None:
            return role_group_label(self.assigned_role)
        return ""


@dataclass(frozen=True)
class Page:
    rows: tuple[ItemRow, ...]
    next_cursor: Cursor | None  # None: this was the last page

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None


def role_group_label(role: Role) -> str:
    return {
        Role.DOCTOR: "Alle læger",
        Role.NURSE: "Alle sygeplejersker",
        Role.RECEPTIONIST: "Alle sekretærer",
        Role.ADMIN: "Alle administratorer",
    }[role]


# ---------------------------------------------------------------------------
# detail dataclasses
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class AttachmentFile:
    id: int
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class MessageView:
    id: int
    direction: MessageDirection
    author_name: str  # staff name; "" for the patient
    body: str
    created_at: datetime
    read_by_patient_at: datetime | None  # read receipt
    supersedes_id: int | None
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class MedicationView:
    id: int
    label: str
    dosage: str
    atc_code: str
    addictive: bool
    repeats_left: int
    requested: bool  # one of the lines the patient asked to renew


@dataclass(frozen=True)
class RenewalLineView:
    id: int
    medication_id: int
    label: str
    dosage: str
    addictive: bool
    repeats_left: int
    decision: str  # LineDecision value
    reason: str
    decided_by_name: str
    decided_at: datetime | None
    version: int
    warning: str  # Danish; why the line cannot/should not be approved, or ""


@dataclass(frozen=True)
class RenewalView:
    pharmacy: str
    comment: str
    prepared_by_name: str
    routed_to_doctor: bool
    lines: tuple[RenewalLineView, ...]
    medications: tuple[MedicationView, ...]  # the patient's whole active list


@dataclass(frozen=True)
class BookingView:
    provider_id: int
    provider_label: str
    appointment_type_id: int | None
    appointment_type: str
    starts_at: datetime
    ends_at: datetime
    comment: str
    outcome: str  # BookingOutcome value
    slot_id: int | None
    appointment_id: int | None
    offered_slot_id: int | None
    offered_starts_at: datetime | None
    reason: str


@dataclass(frozen=True)
class SignupView:
    cpr: str
    first_name: str
    last_name: str
    email: str
    mobile: str
    login_method: str
    guardian_patient_id: int | None
    guardian_name: str
    wants_econsult: bool
    wants_renewal: bool
    wants_booking: bool
    decision: str  # SignupDecision value
    reason: str
    matching_patient_id: int | None  # a patient with this CPR in the records
    matching_patient_name: str
    has_portal_account: bool
    portal_account_status: str
    times_deleted: int
    warnings: tuple[str, ...]  # Danish


@dataclass(frozen=True)
class ItemDetail:
    id: int
    clinic_id: int
    kind: ItemKind
    status: ItemStatus
    priority: Priority
    subject: str
    preview: str
    received_at: datetime
    due_date: date | None
    overdue: bool
    via_app: bool
    patient_id: int | None
    patient_name: str
    patient_cpr: str
    patient_email: str
    provider_id: int | None
    provider_label: str
    assigned_to_id: int | None
    assigned_to_name: str
    assigned_role: Role | None
    closed_reason: str
    done_at: datetime | None
    done_by_name: str
    version: int
    messages: tuple[MessageView, ...] = ()
    renewal: RenewalView | None = None
    booking: BookingView | None = None
    signup: SignupView | None = None

    @property
    def cpr_display(self) -> str:
        c = self.patient_cpr
        return f"{c[:6]}-{c[6:]}" if len(c) == 10 else c


@dataclass(frozen=True)
class ClaimState:
    item_id: int
    holder_id: int | None
    holder_name: str
    since: datetime | None
    expires_at: datetime | None
    mine: bool

    @property
    def text(self) -> str:
        if self.holder_id is None or self.since is None:
            return ""
        return claimed_text(self.holder_name, self.since)


@dataclass(frozen=True)
class OpenedItem:
    detail: ItemDetail
    claim: ClaimState
    can_act: bool
    blocked_message: str  # Danish; why the actor cannot act now ("" when can_act)


@dataclass(frozen=True)
class ActionResult:
    item_id: int
    version: int
    status: ItemStatus
    message: str  # Danish confirmation for a status bar
    detail: ItemDetail
    mail_queued: bool = False
    warnings: tuple[str, ...] = ()
    created_id: int | None = None  # a new appointment/patient/item id where the action made one


@dataclass(frozen=True)
class Assignee:
    staff_id: int | None
    role: Role | None
    label: str


@dataclass(frozen=True)
class Changes:
    last_id: int
    item_ids: frozenset[int]
    any_without_item: bool = False


# ---------------------------------------------------------------------------
# live updates
# ---------------------------------------------------------------------------
def record_change(session: Session, clinic_id: int, item_id: int | None, at: datetime | None = None) -> None:
    """Tick the change log (and NOTIFY on PostgreSQL) in the caller's transaction."""
    session.add(ChangeEvent(clinic_id=clinic_id, item_id=item_id, at=at or utcnow()))
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:ch, :payload)"), {"ch": NOTIFY_CHANNEL, "payload": str(clinic_id)})


def latest_change_id(db, clinic_id: int) -> int:
    with db.session() as s:
        return s.execute(select(func.max(ChangeEvent.id)).where(ChangeEvent.clinic_id == clinic_id)).scalar() or 0


def changes_since(db, clinic_id: int, last_id: int, limit: int = 10000) -> Changes:
    """Item ids changed after ``last_id``; ``last_id`` of the result is the next start."""
    with db.session() as s:
        rows = s.execute(
            select(ChangeEvent.id, ChangeEvent.item_id)
            .where(ChangeEvent.clinic_id == clinic_id, ChangeEvent.id > last_id)
            .order_by(ChangeEvent.id)
            .limit(limit)
        ).all()
    if not rows:
        return Changes(last_id, frozenset())
    return Changes(
        rows[-1][0],
        frozenset(r[1] for r in rows if r[1] is not None),
        any(r[1] is None for r in rows),
    )


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _claim_live(now: datetime):
    return and_(InboxItem.claimed_by_id.is_not(None), InboxItem.claim_expires_at > now)


def _mine_condition(actor: auth.Actor, now: datetime):
    return or_(
        and_(InboxItem.claimed_by_id == actor.staff_id, InboxItem.claim_expires_at > now),
        InboxItem.assigned_to_id == actor.staff_id,
        InboxItem.assigned_role == actor.role,
    )


def _folder_conditions(folder: Folder, actor: auth.Actor, now: datetime) -> list:
    open_ = InboxItem.status.in_(OPEN_STATUSES)
    if folder == Folder.NEW:
        return [InboxItem.status == ItemStatus.NEW]
    if folder == Folder.MINE:
        return [open_, _mine_condition(actor, now)]
    if folder == Folder.ALL_OPEN:
        return [open_]
    if folder == Folder.AWAITING_PATIENT:
        return [InboxItem.status == ItemStatus.AWAITING_PATIENT]
    if folder == Folder.OVERDUE:
        return [open_, InboxItem.due_date < today_local(now)]
    if folder == Folder.DONE:
        return [InboxItem.status == ItemStatus.DONE]
    if folder == Folder.ALL:
        return []
    return [open_, InboxItem.kind == KIND_FOLDERS[folder]]


def _looks_like_cpr(term: str) -> str | None:
    """Normalised 10-character CPR/eCPR when the term is a whole number, else None."""
    if not cprmod.looks_like_cpr(term):
        return None
    parsed = cprmod.try_parse_cpr(term)
    if parsed is not None:
        return parsed.digits
    # a number that fails the date rules may still be stored (never reject a person)
    compact = term.strip().replace("-", "").replace(" ", "")
    return compact.upper() if len(compact) == 10 else None


def _cpr_prefix(term: str) -> str | None:
    """The first 6-9 digits of a CPR number (a birth date, possibly more)."""
    compact = term.strip().replace("-", "").replace(" ", "")
    if re.fullmatch(r"\d{6,9}", compact):
        return compact
    return None


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _patients_in(ids: list[int]):
    """Items of these patients. One patient: equality, so the (patient, received) index
    gives the newest first without a sort."""
    if not ids:
        return false()
    if len(ids) == 1:
        return InboxItem.patient_id == ids[0]
    return InboxItem.patient_id.in_(ids)


_MAX_PATIENT_IDS = 2000


def _search_condition(s: Session, db, term: str):
    """Condition on InboxItem for a search term: CPR (whole or first digits), name, text.

    Returns ``(condition, narrow)``. The matching patients (and, with SQLite's FTS
    index, the matching items) are looked up first, a few index reads; ``narrow``
    says the condition is a short list of ids, so the item query should be driven by
    those ids rather than by scanning the clinic's items in order.
    """
    term = term.strip()
    cpr = _looks_like_cpr(term)
    if cpr is not None:
        ids = s.execute(select(Patient.id).where(Patient.cpr == cpr)).scalars().all()
        return _patients_in(list(ids)), True
    prefix = _cpr_prefix(term)
    if prefix is not None:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        ids = s.execute(select(Patient.id).where(Patient.cpr >= prefix, Patient.cpr < upper)
                        .limit(_MAX_PATIENT_IDS + 1)).scalars().all()
        if len(ids) > _MAX_PATIENT_IDS:
            return InboxItem.patient_id.in_(select(Patient.id).where(Patient.cpr >= prefix, Patient.cpr < upper)), False
        return _patients_in(list(ids)), True
    words = [w for w in term.split() if w]
    name_conds = []
    for w in words:
        pat = f"%{_escape_like(w.casefold())}%"
        name_conds.append(or_(
            inbox_search.fold(db, Patient.first_name).like(pat, escape="\\"),
            inbox_search.fold(db, Patient.last_name).like(pat, escape="\\"),
        ))
    name_q = select(Patient.id).where(and_(*name_conds))
    pids = s.execute(name_q.limit(_MAX_PATIENT_IDS + 1)).scalars().all()
    names_narrow = len(pids) <= _MAX_PATIENT_IDS
    by_name = _patients_in(list(pids)) if names_narrow else InboxItem.patient_id.in_(name_q)
    item_ids = inbox_search.text_item_ids(s, db, term)
    if item_ids is not None:
        by_text = InboxItem.id.in_(item_ids) if item_ids else false()
        return or_(by_name, by_text), names_narrow
    return or_(by_name, _text_condition(db, term)), False


def _text_condition(db, term: str):
    """Items whose first line, subject or any message contains the term (case-insensitive)."""
    return inbox_search.text_condition(db, term)


# ---------------------------------------------------------------------------
# counts and the list
# ---------------------------------------------------------------------------
def folder_counts(db, actor: auth.Actor, now: datetime | None = None) -> dict[Folder, int]:
    """Counts for every folder (Folder.ALL included). Index-only on the inbox indexes."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    cid = actor.clinic_id
    counts = {f: 0 for f in Folder}
    with db.session() as s:
        rows = s.execute(
            select(InboxItem.status, InboxItem.kind, func.count())
            .where(InboxItem.clinic_id == cid, InboxItem.status.in_(OPEN_STATUSES))
            .group_by(InboxItem.status, InboxItem.kind)
        ).all()
        for status, kind, n in rows:
            counts[Folder.ALL_OPEN] += n
            if status == ItemStatus.NEW:
                counts[Folder.NEW] += n
            elif status == ItemStatus.AWAITING_PATIENT:
                counts[Folder.AWAITING_PATIENT] += n
            for f, k in KIND_FOLDERS.items():
                if k == kind:
                    counts[f] += n
        counts[Folder.DONE] = _done_count(s, db, cid)
        counts[Folder.OVERDUE] = s.execute(
            select(func.count())
            .select_from(InboxItem)
            .where(InboxItem.clinic_id == cid, InboxItem.status.in_(OPEN_STATUSES), InboxItem.due_date < today_local(now))
        ).scalar_one()
        counts[Folder.MINE] = _count_mine(s, actor, now)
    counts[Folder.ALL] = counts[Folder.ALL_OPEN] + counts[Folder.DONE]
    return counts


_DONE_CACHE: dict[tuple[str, int], tuple[int, float, int]] = {}
DONE_RECOUNT_SECONDS = 60.0


def _done_count(s: Session, db, cid: int) -> int:
    """Done items only grow with recorded changes: recount when the change log moved
    (or at least every minute), not on every refresh (a million rows cost ~0.1 s)."""
    import time as _time

    last = s.execute(select(func.max(ChangeEvent.id)).where(ChangeEvent.clinic_id == cid)).scalar() or 0
    key = (str(db.url), cid)
    hit = _DONE_CACHE.get(key)
    if hit is not None and hit[0] == last and _time.monotonic() - hit[1] < DONE_RECOUNT_SECONDS:
        return hit[2]
    n = s.execute(
        select(func.count()).select_from(InboxItem).where(InboxItem.clinic_id == cid, InboxItem.status == ItemStatus.DONE)
    ).scalar_one()
    _DONE_CACHE[key] = (last, _time.monotonic(), n)
    return n


def _count_mine(s: Session, actor: auth.Actor, now: datetime) -> int:
    # three index lookups united by id (an OR over three columns would scan); "+ 0"
    # keeps SQLite on the claimer/assignee indexes instead of the clinic's open items
    cid = actor.clinic_id
    open_ = InboxItem.status.in_(OPEN_STATUSES)
    by_person = (InboxItem.clinic_id + 0) == cid
    ids = union(
        select(InboxItem.id).where(by_person, open_, InboxItem.claimed_by_id == actor.staff_id,
                                   InboxItem.claim_expires_at > now),
        select(InboxItem.id).where(by_person, open_, InboxItem.assigned_to_id == actor.staff_id),
        select(InboxItem.id).where(InboxItem.clinic_id == cid, open_, InboxItem.assigned_role == actor.role),
    ).subquery()
    return s.execute(select(func.count()).select_from(ids)).scalar_one()


_Claimer = aliased(StaffUser, name="claimer")
_Assignee = aliased(StaffUser, name="assignee")


def _row_select(now: datetime):
    return (
        select(
            InboxItem.id, InboxItem.received_at, InboxItem.due_date, InboxItem.kind, InboxItem.status,
            InboxItem.priority, InboxItem.unread, InboxItem.preview, InboxItem.subject, InboxItem.patient_id,
            InboxItem.provider_id, InboxItem.version, InboxItem.claimed_by_id, InboxItem.claimed_at,
            InboxItem.claim_expires_at, InboxItem.assigned_to_id, InboxItem.assigned_role, InboxItem.via_app,
            Patient.first_name, Patient.last_name, Patient.cpr,
            Provider.name.label("provider_name"), Provider.title.label("provider_title"),
            Provider.display_name.label("provider_display"),
            _Claimer.full_name.label("claimer_name"), _Assignee.full_name.label("assignee_name"),
        )
        .select_from(InboxItem)
        .outerjoin(Patient, Patient.id == InboxItem.patient_id)
        .outerjoin(Provider, Provider.id == InboxItem.provider_id)
        .outerjoin(_Claimer, _Claimer.id == InboxItem.claimed_by_id)
        .outerjoin(_Assignee, _Assignee.id == InboxItem.assigned_to_id)
    )


def _provider_label(name, title, display) -> str:
    if display:
        return display
    if not name:
        return ""
    return f"{name}, {title}" if title else name


def _to_row(r, now: datetime, today: date) -> ItemRow:
    live = r.claimed_by_id is not None and r.claim_expires_at is not None and r.claim_expires_at > now
    name = f"{r.first_name} {r.last_name}" if r.first_name is not None else ""
    return ItemRow(
        id=r.id,
        received_at=r.received_at,
        due_date=r.due_date,
        overdue=r.due_date is not None and r.due_date < today and r.status != ItemStatus.DONE,
        kind=r.kind,
        patient_id=r.patient_id,
        patient_name=name,
        patient_cpr=r.cpr or "",
        provider_id=r.provider_id,
        provider_label=_provider_label(r.provider_name, r.provider_title, r.provider_display),
        preview=(r.preview or r.subject or "").split("\n", 1)[0],
        status=r.status,
        claimed_by_id=r.claimed_by_id if live else None,
        claimed_by_name=(r.claimer_name or "") if live else "",
        claimed_since=r.claimed_at if live else None,
        priority=r.priority,
        unread=bool(r.unread),
        assigned_to_id=r.assigned_to_id,
        assigned_to_name=r.assignee_name or "",
        assigned_role=r.assigned_role,
        via_app=bool(r.via_app),
        version=r.version,
    )


def list_items(
    db, actor: auth.Actor, query: ItemQuery | None = None, after: Cursor | None = None, limit: int = 100,
    now: datetime | None = None,
) -> Page:
    """One page of the list (see the module docstring)."""
    auth.require(db, actor, Perm.READ_INBOX)
    query = query or ItemQuery()
    now = now or utcnow()
    today = today_local(now)
    limit = max(1, min(int(limit), 1000))
    term = (query.search or "").strip()
    if term and after is None:
        with db.write_session() as s:
            audit.record(s, Action.SEARCH_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         search_term=term, detail="inbox")
    conds = [InboxItem.clinic_id == actor.clinic_id, *_folder_conditions(query.folder, actor, now)]
    if query.kind is not None:
        conds.append(InboxItem.kind == query.kind)
    if query.status is not None:
        conds.append(InboxItem.status == query.status)
    if query.provider_id is not None:
        conds.append(InboxItem.provider_id == query.provider_id)
    if query.assignee is not None:
        a = query.assignee
        if isinstance(a, Role):
            conds.append(InboxItem.assigned_role == a)
        elif a == UNASSIGNED:
            conds += [InboxItem.assigned_to_id.is_(None), InboxItem.assigned_role.is_(None)]
        else:
            conds.append(InboxItem.assigned_to_id == int(a))
    if query.sort == Sort.DUE_ASC:
        key = func.coalesce(InboxItem.due_date, literal(_FAR_FUTURE, Date()))
        if after is not None:
            conds.append(tuple_(key, InboxItem.id) > tuple_(literal(after.key, Date()), literal(after.id)))
        order = (key.asc(), InboxItem.id.asc())
    else:
        if after is not None:
            conds.append(
                tuple_(InboxItem.received_at, InboxItem.id)
                < tuple_(literal(after.key, InboxItem.received_at.type), literal(after.id))
            )
        order = (InboxItem.received_at.desc(), InboxItem.id.desc())
    with db.session() as s:
        if term:
            cond, narrow = _search_condition(s, db, term)
            conds.append(cond)
            if narrow and db.is_sqlite:
                # SQLite (no statistics) would rather scan the clinic's items in order
                # than look up a short list of ids and sort them: hide the clinic index
                conds[0] = (InboxItem.clinic_id + 0) == actor.clinic_id
        # late row lookup: the page's ids come from the indexes alone (a sort, if any,
        # is over narrow index entries), then only those rows are joined and read
        page_ids = select(InboxItem.id).where(*conds).order_by(*order).limit(limit + 1).subquery("page")
        stmt = _row_select(now).join(page_ids, page_ids.c.id == InboxItem.id).order_by(*order)
        raw = s.execute(stmt).all()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = tuple(_to_row(r, now, today) for r in raw)
    cursor = None
    if more and rows:
        last = rows[-1]
        key_v = (last.due_date or _FAR_FUTURE) if query.sort == Sort.DUE_ASC else last.received_at
        cursor = Cursor(query.sort, key_v, last.id)
    return Page(rows, cursor)


def get_row(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ItemRow | None:
    """One list row (for a live update of a row already shown); None when gone or not in this clinic."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.session() as s:
        r = s.execute(
            _row_select(now).where(InboxItem.id == item_id, InboxItem.clinic_id == actor.clinic_id)
        ).first()
    return _to_row(r, now, today_local(now)) if r is not None else None


# ---------------------------------------------------------------------------
# detail
# ---------------------------------------------------------------------------
def _staff_name(s: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    return s.execute(select(StaffUser.full_name).where(StaffUser.id == staff_id)).scalar() or ""


def _load_detail(s: Session, item: InboxItem, now: datetime) -> ItemDetail:
    patient = s.get(Patient, item.patient_id) if item.patient_id else None
    provider = s.get(Provider, item.provider_id) if item.provider_id else None
    messages: tuple[MessageView, ...] = ()
    if item.kind == ItemKind.ECONSULT or item.messages:
        msgs = s.execute(select(Message).where(Message.item_id == item.id).order_by(Message.id)).scalars().all()
        names: dict[int, str] = {}
        views = []
        for m in msgs:
            if m.author_staff_id is not None and m.author_staff_id not in names:
                names[m.author_staff_id] = _staff_name(s, m.author_staff_id)
            atts = s.execute(
                select(Attachment.id, Attachment.filename, Attachment.content_type, Attachment.size)
                .where(Attachment.message_id == m.id).order_by(Attachment.id)
            ).all()
            views.append(MessageView(
                id=m.id, direction=m.direction, author_name=names.get(m.author_staff_id, "") if m.author_staff_id else "",
                body=m.body, created_at=m.created_at, read_by_patient_at=m.read_by_patient_at,
                supersedes_id=m.supersedes_id,
                attachments=tuple(AttachmentInfo(a.id, a.filename, a.content_type, a.size) for a in atts),
            ))
        messages = tuple(views)
    return ItemDetail(
        id=item.id,
        clinic_id=item.clinic_id,
        kind=item.kind,
        status=item.status,
        priority=item.priority,
        subject=item.subject,
        preview=item.preview,
        received_at=item.received_at,
        due_date=item.due_date,
        overdue=item.due_date is not None and item.due_date < today_local(now) and item.status != ItemStatus.DONE,
        via_app=item.via_app,
        patient_id=item.patient_id,
        patient_name=patient.full_name if patient else "",
        patient_cpr=patient.cpr if patient else "",
        patient_email=patient.email if patient else "",
        provider_id=item.provider_id,
        provider_label=provider.portal_label if provider else "",
        assigned_to_id=item.assigned_to_id,
        assigned_to_name=_staff_name(s, item.assigned_to_id),
        assigned_role=item.assigned_role,
        closed_reason=item.closed_reason,
        done_at=item.done_at,
        done_by_name=_staff_name(s, item.done_by_id),
        version=item.version,
        messages=messages,
        renewal=_renewal_view(s, item) if item.kind == ItemKind.RENEWAL else None,
        booking=_booking_view(s, item) if item.kind == ItemKind.BOOKING else None,
        signup=_signup_view(s, item) if item.kind == ItemKind.SIGNUP else None,
    )


def _claim_state(s: Session, item: InboxItem, actor: auth.Actor, now: datetime) -> ClaimState:
    live = item.claimed_by_id is not None and item.claim_expires_at is not None and item.claim_expires_at > now
    if not live:
        return ClaimState(item.id, None, "", None, None, False)
    return ClaimState(
        item.id, item.claimed_by_id, _staff_name(s, item.claimed_by_id), item.claimed_at, item.claim_expires_at,
        item.claimed_by_id == actor.staff_id,
    )


def _get_item(s: Session, actor: auth.Actor, item_id: int, *, lock: bool = False) -> InboxItem:
    q = select(InboxItem).where(InboxItem.id == item_id)
    if lock:
        q = q.with_for_update()
    item = s.execute(q.execution_options(populate_existing=True)).scalar_one_or_none()
    if item is None or item.clinic_id != actor.clinic_id:
        raise NotFound("Elementet findes ikke (længere) i denne klinik. Opdatér listen.")
    return item


def _lease_minutes(s: Session, clinic_id: int) -> int:
    return s.execute(select(Clinic.claim_idle_minutes).where(Clinic.id == clinic_id)).scalar() or 15


def _try_claim(s: Session, actor: auth.Actor, item_id: int, now: datetime, *, mark_seen: bool) -> bool:
    """Claim (or renew) for the actor unless someone else holds a live lease. Version-neutral."""
    if _is_pg(s):
        got = s.execute(
            select(InboxItem.id).where(InboxItem.id == item_id).with_for_update(skip_locked=True)
        ).first()
        if got is None:
            # another transaction holds the row this instant (claiming or acting):
            # wait for it to finish, then judge by what it left behind
            s.execute(select(InboxItem.id).where(InboxItem.id == item_id).with_for_update()).first()
    expires = now + timedelta(minutes=_lease_minutes(s, actor.clinic_id))
    mine_live = and_(InboxItem.claimed_by_id == actor.staff_id, InboxItem.claim_expires_at > now)
    values = dict(
        claimed_by_id=actor.staff_id,
        claimed_at=case((mine_live, InboxItem.claimed_at), else_=literal(now, InboxItem.claimed_at.type)),
        claim_expires_at=expires,
    )
    if mark_seen:
        values["unread"] = False
        values["status"] = case((InboxItem.status == ItemStatus.NEW, ItemStatus.OPEN.value), else_=InboxItem.status)
    res = s.execute(
        update(InboxItem)
        .where(
            InboxItem.id == item_id,
            InboxItem.clinic_id == actor.clinic_id,
            InboxItem.status != ItemStatus.DONE,
            or_(
                InboxItem.claimed_by_id.is_(None),
                InboxItem.claimed_by_id == actor.staff_id,
                InboxItem.claim_expires_at.is_(None),
                InboxItem.claim_expires_at <= now,
            ),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return res.rowcount == 1


def open_item(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> OpenedItem:
    """Open an item: the detail, claimed for the actor when free (see module docstring)."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.write_session() as s:
        item = _get_item(s, actor, item_id)
        claimed = False
        if item.status != ItemStatus.DONE and actor.can(Perm.HANDLE_ITEM):
            claimed = _try_claim(s, actor, item_id, now, mark_seen=True)
            if claimed:
                record_change(s, actor.clinic_id, item_id)
        item = _get_item(s, actor, item_id)
        claim = _claim_state(s, item, actor, now)
        detail = _load_detail(s, item, now)
        audit.record(s, Action.OPEN_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id}")
    if item.status == ItemStatus.DONE:
        return OpenedItem(detail, claim, False, ItemClosed.default_message)
    if not actor.can(Perm.HANDLE_ITEM):
        return OpenedItem(detail, claim, False, "Du har kun adgang til at læse indbakken.")
    if not claimed:
        return OpenedItem(detail, claim, False, claim.text + ". Du kan læse, men ikke handle på elementet.")
    return OpenedItem(detail, claim, True, "")


def renew_claim(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ClaimState:
    """Extend the actor's lease (the view calls this while the user works on the item)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()
    with db.write_session() as s:
        item = _get_item(s, actor, item_id)
        if item.status == ItemStatus.DONE:
            raise ItemClosed()
        ok = _try_claim(s, actor, item_id, now, mark_seen=False)
        item = _get_item(s, actor, item_id)
        state = _claim_state(s, item, actor, now)
        if not ok:
            raise ItemClaimed(state.text + ".", holder_name=state.holder_name, since=state.since)
    return state


def release_item(db, actor: auth.Actor, item_id: int) -> None:
    """Give the item back to the pool (no-op when the actor does not hold it)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.write_session() as s:
        res = s.execute(
            update(InboxItem)
            .where(InboxItem.id == item_id, InboxItem.clinic_id == actor.clinic_id,
                   InboxItem.claimed_by_id == actor.staff_id)
            .values(claimed_by_id=None, claimed_at=None, claim_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        if res.rowcount:
            record_change(s, actor.clinic_id, item_id)


def claim_next(db, actor: auth.Actor, query: ItemQuery | None = None, now: datetime | None = None) -> OpenedItem | None:
    """"Take the next": claim and open the oldest free open item in the query's folder/filters.

    Two workstations pressing it at once get different items: on PostgreSQL the
    candidate row is taken with ``FOR UPDATE SKIP LOCKED`` (a row another
    transaction is claiming is skipped, not waited for); on SQLite the write
    transaction is exclusive. None when nothing is free.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM)
    query = query or ItemQuery()
    now = now or utcnow()
    folder = query.folder if query.folder not in (Folder.DONE, Folder.ALL) else Folder.ALL_OPEN
    conds = [
        InboxItem.clinic_id == actor.clinic_id,
        *_folder_conditions(folder, actor, now),
        InboxItem.status.in_(OPEN_STATUSES),
        or_(InboxItem.claimed_by_id.is_(None), InboxItem.claim_expires_at <= now),
    ]
    if query.kind is not None:
        conds.append(InboxItem.kind == query.kind)
    if query.provider_id is not None:
        conds.append(InboxItem.provider_id == query.provider_id)
    if query.sort == Sort.DUE_ASC:
        order = (func.coalesce(InboxItem.due_date, literal(_FAR_FUTURE, Date())).asc(), InboxItem.id.asc())
    else:
        order = (InboxItem.received_at.asc(), InboxItem.id.asc())  # oldest waiting first
    for _attempt in range(5):
        with db.write_session() as s:
            q = select(InboxItem.id).where(*conds).order_by(*order).limit(1)
            if _is_pg(s):
                q = q.with_for_update(skip_locked=True)
            item_id = s.execute(q).scalar()
            if item_id is None:
                return None
            if not _try_claim(s, actor, item_id, now, mark_seen=True):
                continue  # taken between the look and the claim: try the next one
            record_change(s, actor.clinic_id, item_id)
        return open_item(db, actor, item_id, now=now)
    return None


def claim_state(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ClaimState:
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.session() as s:
        return _claim_state(s, _get_item(s, actor, item_id), actor, now)


# ---------------------------------------------------------------------------
# the frame every action runs in
# ---------------------------------------------------------------------------
def begin_action(
    s: Session, actor: auth.Actor, item_id: int, expected_version: int, now: datetime, *, allow_done: bool = False
) -> InboxItem:
    """Lock the item, check claim and version, take/renew the actor's claim. Returns the item."""
    item = _get_item(s, actor, item_id, lock=True)
    live_other = (
        item.claimed_by_id is not None and item.claimed_by_id != actor.staff_id
        and item.claim_expires_at is not None and item.claim_expires_at > now
    )
    if live_other:
        name = _staff_name(s, item.claimed_by_id)
        raise ItemClaimed(claimed_text(name, item.claimed_at) + ". Du kan ikke handle på elementet nu.",
                          holder_name=name, since=item.claimed_at)
    if item.version != expected_version:
        raise StaleData()
    if item.status == ItemStatus.DONE and not allow_done:
        raise ItemClosed()
    if not (item.claimed_by_id == actor.staff_id and item.claim_expires_at and item.claim_expires_at > now):
        item.claimed_at = now
    item.claimed_by_id = actor.staff_id
    item.claim_expires_at = now + timedelta(minutes=_lease_minutes(s, actor.clinic_id))
    item.unread = False
    if item.status == ItemStatus.NEW:
        item.status = ItemStatus.OPEN
    return item


def finish_action(
    s: Session, actor: auth.Actor, item: InboxItem, now: datetime, message: str, **kw
) -> ActionResult:
    """Flush (version bump), tick the change log, reload the detail."""
    item.changed_at = now
    try:
        s.flush()
    except StaleDataError as exc:
        raise StaleData() from exc
    record_change(s, item.clinic_id, item.id)
    detail = _load_detail(s, item, now)
    return ActionResult(item.id, item.version, item.status, message, detail, **kw)


def close_item(item: InboxItem, actor: auth.Actor, now: datetime, reason: str = "") -> None:
    item.status = ItemStatus.DONE
    item.done_at = now
    item.done_by_id = actor.staff_id
    if reason:
        item.closed_reason = reason
    item.claimed_by_id = None
    item.claimed_at = None
    item.claim_expires_at = None


def _run(db, fn):
    """Run fn(session) in a write transaction; a concurrent version clash becomes StaleData."""
    try:
        with db.write_session() as s:
            return fn(s)
    except StaleDataError as exc:
        raise StaleData() from exc


# ---------------------------------------------------------------------------
# assignment
# ---------------------------------------------------------------------------
def list_assignees(db, actor: auth.Actor) -> tuple[Assignee, ...]:
    """Colleagues of the clinic (active), then the role groups ("Alle læger" ...)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(
            select(StaffUser.id, StaffUser.full_name, StaffMembership.role)
            .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id, StaffUser.active.is_(True))
            .order_by(StaffUser.full_name)
        ).all()
    people = [Assignee(r[0], None, f"{r[1]} ({ROLE_LABELS_DA[r[2]]})") for r in rows]
    groups = [Assignee(None, role, role_group_label(role)) for role in (Role.DOCTOR, Role.NURSE, Role.RECEPTIONIST)]
    return tuple(people + groups)


def assign(
    db, actor: auth.Actor, item_id: int, staff_id: int | None = None, role: Role | None = None, *,
    expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Assign to a colleague (``staff_id``) or a role group (``role``); neither: unassign.

    The assigner's claim is released so the assignee can take the item.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM)
    if staff_id is not None and role is not None:
        raise ValidationError("Vælg enten en kollega eller en faggruppe, ikke begge.", code="assign_both")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        label = ""
        if staff_id is not None:
            member = s.execute(
                select(StaffUser.full_name).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
                .where(StaffUser.id == staff_id, StaffMembership.clinic_id == actor.clinic_id, StaffUser.active.is_(True))
            ).scalar()
            if member is None:
                raise ValidationError("Kollegaen arbejder ikke (længere) for denne klinik.", code="assignee_unknown")
            label = member
        elif role is not None:
            label = role_group_label(Role(role))
        item.assigned_to_id = staff_id
        item.assigned_role = Role(role) if role is not None else None
        item.claimed_by_id = None
        item.claimed_at = None
        item.claim_expires_at = None
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id,
                     detail=f"item {item_id} assigned to " + (f"staff {staff_id}" if staff_id else
                                                               f"role {role.value}" if role else "nobody"))
        msg = f"Tildelt {label}." if label else "Tildelingen er fjernet."
        return finish_action(s, actor, item, now, msg)

    return _run(db, work)


def reopen_item(db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None) -> ActionResult:
    """A done item back to OPEN (claimed by the actor)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now, allow_done=True)
        item.status = ItemStatus.OPEN
        item.done_at = None
        item.done_by_id = None
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} reopened")
        return finish_action(s, actor, item, now, "Elementet er genåbnet.")

    return _run(db, work)


def get_attachment(db, actor: auth.Actor, attachment_id: int, *, save: bool = False) -> AttachmentFile:
    """An attachment's bytes (preview, or saving to a file: audited as SAVE_FILE)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with (db.write_session() if save else db.session()) as s:
        row = s.execute(
            select(Attachment, InboxItem.clinic_id, InboxItem.patient_id)
            .join(Message, Message.id == Attachment.message_id)
            .join(InboxItem, InboxItem.id == Message.item_id)
            .where(Attachment.id == attachment_id)
        ).first()
        if row is None or row[1] != actor.clinic_id:
            raise NotFound("Vedhæftningen findes ikke.")
        att = row[0]
        if save:
            audit.record(s, Action.SAVE_FILE, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=row[2], detail=f"attachment {attachment_id}")
        return AttachmentFile(att.id, att.filename, att.content_type, att.data)


# ---------------------------------------------------------------------------
# kind-specific detail
# ---------------------------------------------------------------------------
def _line_warning(med) -> str:
    if med is None:
        return "Lægemidlet findes ikke længere på medicinlisten."
    if med.addictive:
        return ("Afhængighedsskabende lægemiddel: kan ikke fornyes online. "
                "Patienten skal have en tid til konsultation.")
    if med.repeats_left and med.repeats_left > 0:
        return (f"Der er stadig {med.repeats_left} udlevering(er) tilbage på apoteket; "
                "en fornyelse er unødvendig nu.")
    return ""


def _renewal_view(s: Session, item: InboxItem) -> RenewalView | None:
    req = s.get(RenewalRequest, item.id)
    if req is None:
        return None
    pharmacy = s.get(Pharmacy, req.pharmacy_id) if req.pharmacy_id else None
    lines = s.execute(select(RenewalLine).where(RenewalLine.item_id == item.id).order_by(RenewalLine.id)).scalars().all()
    requested = {ln.medication_id for ln in lines}
    line_views = []
    for ln in lines:
        med = s.get(Medication, ln.medication_id)
        line_views.append(RenewalLineView(
            id=ln.id, medication_id=ln.medication_id, label=med.label if med else "",
            dosage=med.dosage if med else "", addictive=bool(med and med.addictive),
            repeats_left=med.repeats_left if med else 0, decision=ln.decision.value, reason=ln.reason,
            decided_by_name=_staff_name(s, ln.decided_by_id), decided_at=ln.decided_at, version=ln.version,
            warning=_line_warning(med),
        ))
    meds = []
    if item.patient_id:
        for m in s.execute(
            select(Medication).where(Medication.patient_id == item.patient_id, Medication.active.is_(True))
            .order_by(Medication.drug_name, Medication.id)
        ).scalars():
            meds.append(MedicationView(m.id, m.label, m.dosage, m.atc_code, m.addictive, m.repeats_left,
                                       m.id in requested))
    return RenewalView(
        pharmacy=(f"{pharmacy.name}, {pharmacy.address}" if pharmacy and pharmacy.address else
                  pharmacy.name if pharmacy else ""),
        comment=req.comment,
        prepared_by_name=_staff_name(s, req.prepared_by_id),
        routed_to_doctor=item.assigned_role == Role.DOCTOR or req.prepared_by_id is not None,
        lines=tuple(line_views),
        medications=tuple(meds),
    )


def _booking_view(s: Session, item: InboxItem) -> BookingView | None:
    req = s.get(BookingRequest, item.id)
    if req is None:
        return None
    provider = s.get(Provider, req.provider_id)
    atype = s.get(AppointmentType, req.appointment_type_id) if req.appointment_type_id else None
    slot = s.get(Slot, req.slot_id) if req.slot_id else None
    ends = slot.ends_at if slot else req.starts_at + timedelta(minutes=atype.duration_minutes if atype else 15)
    offered = s.get(Slot, req.offered_slot_id) if req.offered_slot_id else None
    return BookingView(
        provider_id=req.provider_id, provider_label=provider.portal_label if provider else "",
        appointment_type_id=req.appointment_type_id,
        appointment_type=(atype.patient_name or atype.name) if atype else "",
        starts_at=req.starts_at, ends_at=ends, comment=req.comment, outcome=req.outcome.value,
        slot_id=req.slot_id, appointment_id=req.appointment_id, offered_slot_id=req.offered_slot_id,
        offered_starts_at=offered.starts_at if offered else None, reason=req.reason,
    )


def _signup_view(s: Session, item: InboxItem) -> SignupView | None:
    req = s.get(SignupRequest, item.id)
    if req is None:
        return None
    match = s.execute(select(Patient).where(Patient.cpr == req.cpr)).scalar_one_or_none()
    account = match.portal_account if match else None
    guardian = s.get(Patient, req.guardian_patient_id) if req.guardian_patient_id else None
    warnings = []
    if account is not None and account.times_deleted > 0:
        warnings.append(
            f"Dette CPR-nummer har før haft en portalbruger, som blev slettet ({account.times_deleted} gang(e)). "
            "Undersøg hvorfor, før du godkender."
        )
    if account is not None and account.status.value == "active":
        warnings.append("Patienten har allerede en aktiv portalbruger; en godkendelse registrerer patienten hos klinikken.")
    if match is None:
        warnings.append("Patienten findes ikke i kartoteket; en godkendelse opretter patienten.")
    elif (match.first_name, match.last_name) != (req.first_name, req.last_name):
        warnings.append(
            f"Navnet i kartoteket ({match.full_name}) er ikke det samme som i tilmeldingen. Kontrollér identiteten."
        )
    if guardian is not None:
        warnings.append(f"Barn under 15 år tilmeldt af forælder ({guardian.full_name}).")
    return SignupView(
        cpr=req.cpr, first_name=req.first_name, last_name=req.last_name, email=req.email, mobile=req.mobile,
        login_method=req.login_method.value, guardian_patient_id=req.guardian_patient_id,
        guardian_name=guardian.full_name if guardian else "",
        wants_econsult=req.wants_econsult, wants_renewal=req.wants_renewal, wants_booking=req.wants_booking,
        decision=req.decision.value, reason=req.reason,
        matching_patient_id=match.id if match else None, matching_patient_name=match.full_name if match else "",
        has_portal_account=account is not None and account.status.value != "deleted",
        portal_account_status=account.status.value if account else "",
        times_deleted=account.times_deleted if account else 0,
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------------
# e-consultations
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NewAttachment:
    """A file the clinic attaches to an answer (content type judged from the bytes)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class StockPhraseView:
    id: int
    abbreviation: str
    title: str
    body: str


def sniff_content_type(data: bytes) -> str | None:
    """The type from the content, not the name: PDF or a common image, else None."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


_CPR_IN_TEXT = re.compile(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)")


def _check_text(text_: str, what: str = "Teksten") -> str:
    t = (text_ or "").strip()
    if not t:
        raise ValidationError(f"{what} er tom. Skriv en tekst og prøv igen.", code="empty_text")
    return t


def _check_attachments(s: Session, clinic: Clinic, attachments) -> list[tuple[NewAttachment, str]]:
    atts = list(attachments or ())
    if len(atts) > clinic.max_clinic_attachments:
        raise ValidationError(
            f"Der kan højst vedhæftes {clinic.max_clinic_attachments} filer. Fjern nogle og prøv igen.",
            code="too_many_attachments",
        )
    out = []
    for a in atts:
        if len(a.data) > clinic.max_attachment_mb * 1024 * 1024:
            raise ValidationError(
                f"Filen {a.filename} er større end {clinic.max_attachment_mb} MB. Gør den mindre og prøv igen.",
                code="attachment_too_large",
            )
        ctype = sniff_content_type(a.data)
        if ctype is None:
            raise ValidationError(
                f"Filen {a.filename} er hverken et billede eller en PDF. Vedhæft billeder eller PDF-filer.",
                code="attachment_type",
            )
        out.append((a, ctype))
    return out


def _add_message(s: Session, item_id: int, direction: MessageDirection, actor: auth.Actor, body: str,
                 now: datetime, atts=()) -> Message:
    import hashlib

    m = Message(item_id=item_id, direction=direction, author_staff_id=actor.staff_id, body=body, created_at=now)
    s.add(m)
    s.flush()
    for a, ctype in atts:
        s.add(Attachment(message_id=m.id, filename=a.filename[:255], content_type=ctype, size=len(a.data),
                         sha256=hashlib.sha256(a.data).hexdigest(), data=a.data))
    s.flush()
    return m


def _notify(s: Session, item: InboxItem, event: str, extra: dict | None = None) -> tuple[bool, tuple[str, ...]]:
    """Queue the patient's notification mail; (queued?, warnings)."""
    from clinicdesk.services import notifications

    clinic = s.get(Clinic, item.clinic_id)
    patient = s.get(Patient, item.patient_id) if item.patient_id else None
    if patient is None:
        return False, ("Der er ingen patient at give besked.",)
    mail = notifications.queue_patient_mail(s, clinic=clinic, patient=patient, event=event, item_id=item.id,
                                            extra=extra)
    if mail is None:
        return False, ("Patienten har ingen e-mailadresse, så der er ikke sendt besked om det. "
                       "Overvej at ringe til patienten.",)
    return True, ()


def _econsult_item(item: InboxItem) -> None:
    if item.kind != ItemKind.ECONSULT:
        raise ValidationError("Dette kan kun gøres ved en e-konsultation.", code="wrong_kind")


def answer(
    db, actor: auth.Actor, item_id: int, text: str, attachments=(), expected_version: int | None = None, *,
    close: bool = True, now: datetime | None = None,
) -> ActionResult:
    """Answer an e-consultation in its thread; queue the patient's notification mail.

    ``close=True`` (default) marks the item DONE: the question is answered, and a
    reply from the patient arrives as new work. ``close=False`` sets AWAITING_PATIENT
    (the clinic asked something back and waits). Either way the claim is released.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM)
    if expected_version is None:
        raise ValidationError("Versionen mangler. Genindlæs elementet.", code="version_missing")
    body = _check_text(text, "Svaret")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        _econsult_item(item)
        atts = _check_attachments(s, s.get(Clinic, item.clinic_id), attachments)
        _add_message(s, item.id, MessageDirection.TO_PATIENT, actor, body, now, atts)
        if close:
            close_item(item, actor, now)
        else:
            item.status = ItemStatus.AWAITING_PATIENT
            item.claimed_by_id = item.claimed_at = item.claim_expires_at = None
        from clinicdesk.services import notifications

        queued, warns = _notify(s, item, notifications.ECONSULT_ANSWERED)
        audit.record(s, Action.ANSWER_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id,
                     detail=f"item {item_id} answered, {len(atts)} attachment(s), {'done' if close else 'awaiting'}")
        return finish_action(s, actor, item, now, "Svaret er sendt." if queued else "Svaret er gemt på portalen.",
                             mail_queued=queued, warnings=warns)

    return _run(db, work)


def start_thread(
    db, actor: auth.Actor, patient_id: int, provider_id: int | None, text: str, attachments=(), *,
    subject: str = "Besked fra klinikken", expect_reply: bool = False, now: datetime | None = None,
) -> ActionResult:
    """"Opret E-svar": a new e-consultation thread from the clinic to a patient of the clinic.

    The new item is DONE (nothing left to do) unless ``expect_reply``: then AWAITING_PATIENT.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM, patient_id=patient_id)
    body = _check_text(text, "Beskeden")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        reg = s.execute(select(ClinicPatient.id).where(ClinicPatient.clinic_id == actor.clinic_id,
                                                        ClinicPatient.patient_id == patient_id)).scalar()
        if reg is None:
            raise ValidationError("Patienten er ikke tilknyttet klinikken.", code="not_registered")
        if provider_id is not None:
            prov = s.get(Provider, provider_id)
            if prov is None or prov.clinic_id != actor.clinic_id:
                raise ValidationError("Behandleren findes ikke i klinikken.", code="provider_unknown")
        clinic = s.get(Clinic, actor.clinic_id)
        atts = _check_attachments(s, clinic, attachments)
        item = InboxItem(
            clinic_id=actor.clinic_id, kind=ItemKind.ECONSULT, status=ItemStatus.OPEN, priority=Priority.NORMAL,
            patient_id=patient_id, provider_id=provider_id, subject=(subject or "Besked fra klinikken")[:200],
            preview=body.split("\n", 1)[0][:200], received_at=now, due_date=None, unread=False,
        )
        s.add(item)
        s.flush()
        _add_message(s, item.id, MessageDirection.TO_PATIENT, actor, body, now, atts)
        if expect_reply:
            item.status = ItemStatus.AWAITING_PATIENT
        else:
            close_item(item, actor, now)
        from clinicdesk.services import notifications

        queued, warns = _notify(s, item, notifications.ECONSULT_STARTED)
        audit.record(s, Action.ANSWER_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail=f"item {item.id} new thread from clinic")
        return finish_action(s, actor, item, now, "Beskeden er sendt." if queued else "Beskeden er gemt på portalen.",
                             mail_queued=queued, warnings=warns, created_id=item.id)

    return _run(db, work)


def add_internal_note(
    db, actor: auth.Actor, item_id: int, text: str, *, expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """A note between staff on any item; the patient never sees it and gets no mail."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    body = _check_text(text, "Notatet")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now, allow_done=True)
        _add_message(s, item.id, MessageDirection.INTERNAL, actor, body, now)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} internal note")
        return finish_action(s, actor, item, now, "Notatet er gemt.")

    return _run(db, work)


def close_without_answer(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Close an item without answering the patient; the reason is required and kept."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    why = (reason or "").strip()
    if not why:
        raise ValidationError("Skriv en begrundelse for at afslutte uden svar.", code="reason_required")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        close_item(item, actor, now, why)
        _add_message(s, item.id, MessageDirection.INTERNAL, actor, f"Afsluttet uden svar: {why}", now) \
            if item.kind == ItemKind.ECONSULT else None
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} closed without answer")
        return finish_action(s, actor, item, now, "Afsluttet uden svar.")

    return _run(db, work)


def list_stock_phrases(db, actor: auth.Actor) -> tuple[StockPhraseView, ...]:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(select(StockPhrase).where(StockPhrase.clinic_id == actor.clinic_id)
                         .order_by(StockPhrase.abbreviation)).scalars().all()
        return tuple(StockPhraseView(p.id, p.abbreviation, p.title, p.body) for p in rows)


def expand_phrase(db, actor: auth.Actor, abbrev: str) -> str | None:
    """The body of the stock phrase with this abbreviation (case-insensitive), or None."""
    key = (abbrev or "").strip().casefold()
    if not key:
        return None
    for p in list_stock_phrases(db, actor):
        if p.abbreviation.casefold() == key:
            return p.body
    return None


def mark_done(db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None) -> ActionResult:
    """Mark a notice handled (a cancellation by the patient, an auto-created booking or sign-up)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        pending = (
            (item.kind == ItemKind.BOOKING and s.get(BookingRequest, item.id) is not None
             and s.get(BookingRequest, item.id).outcome.value == "pending")
            or (item.kind == ItemKind.SIGNUP and s.get(SignupRequest, item.id) is not None
                and s.get(SignupRequest, item.id).decision.value == "pending")
            or (item.kind == ItemKind.RENEWAL and s.execute(
                select(func.count()).select_from(RenewalLine)
                .where(RenewalLine.item_id == item.id, RenewalLine.decision == LineDecision.PENDING)).scalar())
            or (item.kind == ItemKind.ECONSULT and _last_from_patient(s, item.id))
        )
        if pending:
            raise ValidationError(
                "Elementet venter stadig på en beslutning eller et svar. Tag stilling, eller afslut uden svar med en begrundelse.",
                code="decision_pending",
            )
        close_item(item, actor, now)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} marked done")
        return finish_action(s, actor, item, now, "Markeret som behandlet.")

    return _run(db, work)


def _last_from_patient(s: Session, item_id: int) -> bool:
    last = s.execute(select(Message.direction).where(Message.item_id == item_id,
                                                     Message.direction != MessageDirection.INTERNAL)
                     .order_by(Message.id.desc()).limit(1)).scalar()
    return last == MessageDirection.FROM_PATIENT


# ---------------------------------------------------------------------------
# renewals
# ---------------------------------------------------------------------------
def _renewal_item(s: Session, item: InboxItem) -> RenewalRequest:
    req = s.get(RenewalRequest, item.id) if item.kind == ItemKind.RENEWAL else None
    if req is None:
        raise ValidationError("Dette kan kun gøres ved en receptfornyelse.", code="wrong_kind")
    return req


def decide_renewal_line(
    db, actor: auth.Actor, item_id: int, line_id: int, approve: bool, reason: str = "", *,
    expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """A doctor approves or rejects one requested line (reason required to reject).

    Only roles with ``Perm.DECIDE_RENEWAL`` (doctors); others are refused here too
    (audited as a denial). Addictive medicines cannot be approved online (code
    "addictive_not_online"). Approving a line that still has repeats at the pharmacy
    is allowed with a warning in the result.
    """
    auth.require(db, actor, Perm.DECIDE_RENEWAL)
    why = (reason or "").strip()
    if not approve and not why:
        raise ValidationError("Skriv en begrundelse for afvisningen; patienten ser den.", code="reason_required")
    if why and _CPR_IN_TEXT.search(why):
        raise ValidationError("Begrundelsen må ikke indeholde et CPR-nummer.", code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:

        item = begin_action(s, actor, item_id, expected_version, now)
        _renewal_item(s, item)
        line = s.get(RenewalLine, line_id)
        if line is None or line.item_id != item.id:
            raise NotFound("Linjen findes ikke i denne anmodning.")
        med = s.get(Medication, line.medication_id)
        warns: tuple[str, ...] = ()
        if approve:
            if med is None or med.addictive:
                raise ValidationError(
                    (_line_warning(med) or "Lægemidlet kan ikke fornyes online.")
                    + " Afvis linjen med en begrundelse, fx at patienten skal bestille tid.",
                    code="addictive_not_online",
                )
            if med.repeats_left and med.repeats_left > 0:
                warns = (_line_warning(med),)
        line.decision = LineDecision.APPROVED if approve else LineDecision.REJECTED
        line.reason = why
        line.decided_by_id = actor.staff_id
        line.decided_at = now
        audit.record(s, Action.DECIDE_RENEWAL, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id,
                     detail=f"item {item_id} line {line_id} {'approved' if approve else 'rejected'}")
        label = med.label if med else "Linjen"
        return finish_action(s, actor, item, now, f"{label}: {'godkendt' if approve else 'afvist'}.", warnings=warns)

    return _run(db, work)


def finish_renewal(db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None) -> ActionResult:
    """Send the decision: every line must be decided; the patient's mail is queued; item DONE."""
    auth.require(db, actor, Perm.DECIDE_RENEWAL)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        from clinicdesk.services import notifications

        item = begin_action(s, actor, item_id, expected_version, now)
        req = _renewal_item(s, item)
        lines = s.execute(select(RenewalLine).where(RenewalLine.item_id == item.id)).scalars().all()
        if any(ln.decision == LineDecision.PENDING for ln in lines):
            raise ValidationError("Tag stilling til alle linjer, før afgørelsen sendes.", code="lines_pending")
        approved = sum(ln.decision == LineDecision.APPROVED for ln in lines)
        close_item(item, actor, now)
        if req.prepared_by_id is None:
            req.prepared_by_id = actor.staff_id
        queued, warns = _notify(s, item, notifications.RENEWAL_DECIDED)
        audit.record(s, Action.DECIDE_RENEWAL, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} decided: {approved}/{len(lines)} approved")
        return finish_action(s, actor, item, now, f"Afgørelsen er sendt ({approved} af {len(lines)} godkendt).",
                             mail_queued=queued, warnings=warns)

    return _run(db, work)


def route_to_doctor(
    db, actor: auth.Actor, item_id: int, doctor_staff_id: int | None = None, note: str = "", *,
    expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Prepare a renewal and send it to a doctor (one, or "alle læger"), with an optional note."""
    auth.require(db, actor, Perm.PREPARE_RENEWAL)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _renewal_item(s, item)
        label = "alle læger"
        if doctor_staff_id is not None:
            row = s.execute(
                select(StaffUser.full_name, StaffMembership.role)
                .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
                .where(StaffUser.id == doctor_staff_id, StaffMembership.clinic_id == actor.clinic_id)
            ).first()
            if row is None or row[1] != Role.DOCTOR:
                raise ValidationError("Vælg en læge fra klinikken.", code="not_a_doctor")
            item.assigned_to_id, item.assigned_role, label = doctor_staff_id, None, row[0]
        else:
            item.assigned_to_id, item.assigned_role = None, Role.DOCTOR
        req.prepared_by_id = actor.staff_id
        if note.strip():
            _add_message(s, item.id, MessageDirection.INTERNAL, actor, note.strip(), now)
        item.claimed_by_id = item.claimed_at = item.claim_expires_at = None
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} routed to doctor")
        return finish_action(s, actor, item, now, f"Sendt til {label}.")

    return _run(db, work)


# ---------------------------------------------------------------------------
# bookings
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class DayEntry:
    starts_at: datetime
    ends_at: datetime
    what: str  # "appointment" | "free" | "blocked" | "requested"
    label: str  # Danish, for the day view
    patient_name: str
    slot_id: int | None
    appointment_id: int | None
    clash: bool  # overlaps the requested time


@dataclass(frozen=True)
class ProviderDay:
    provider_id: int
    provider_label: str
    day: date
    entries: tuple[DayEntry, ...]  # by start time
    requested: DayEntry | None
    clashes: tuple[DayEntry, ...]
    free_slots: tuple[DayEntry, ...]


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), COPENHAGEN).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time(0), COPENHAGEN).astimezone(timezone.utc)
    return start, end


def provider_day(db, actor: auth.Actor, provider_id: int, day: date, item_id: int | None = None) -> ProviderDay:
    """A provider's day (appointments, free and blocked slots) with the booking request's
    time marked and everything overlapping it flagged as a clash."""

    auth.require(db, actor, Perm.READ_INBOX)
    start, end = _day_bounds(day)
    with db.session() as s:
        prov = s.get(Provider, provider_id)
        if prov is None or prov.clinic_id != actor.clinic_id:
            raise NotFound("Behandleren findes ikke i klinikken.")
        req_start = req_end = None
        req_slot = req_appt = None
        if item_id is not None:
            item = _get_item(s, actor, item_id)
            req = s.get(BookingRequest, item.id)
            if req is not None:
                bv = _booking_view(s, item)
                req_start, req_end, req_slot, req_appt = bv.starts_at, bv.ends_at, req.slot_id, req.appointment_id
        appts = s.execute(
            select(Appointment, Patient.first_name, Patient.last_name)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(Appointment.provider_id == provider_id, Appointment.starts_at < end, Appointment.ends_at > start,
                   Appointment.status.in_((AppointmentStatus.BOOKED, AppointmentStatus.ATTENDED)))
            .order_by(Appointment.starts_at)
        ).all()
        slots = s.execute(
            select(Slot).where(Slot.provider_id == provider_id, Slot.starts_at < end, Slot.ends_at > start)
            .order_by(Slot.starts_at)
        ).scalars().all()
        appt_slots = {a.slot_id for a, _f, _l in appts if a.slot_id is not None}

        def overlaps(a0, a1):
            return req_start is not None and a0 < req_end and a1 > req_start

        entries = []
        for a, fn, ln in appts:
            if a.id == req_appt:
                continue
            t = a.appointment_type.patient_name if a.appointment_type else "Aftale"
            entries.append(DayEntry(a.starts_at, a.ends_at, "appointment", t, f"{fn} {ln}", a.slot_id, a.id,
                                    overlaps(a.starts_at, a.ends_at)))
        for sl in slots:
            if sl.id in appt_slots or sl.id == req_slot:
                continue
            if sl.status == SlotStatus.FREE:
                entries.append(DayEntry(sl.starts_at, sl.ends_at, "free", "Ledig", "", sl.id, None, False))
            else:
                label = "Spærret" if sl.status == SlotStatus.BLOCKED else "Optaget"
                entries.append(DayEntry(sl.starts_at, sl.ends_at, "blocked", label, "", sl.id, None,
                                        overlaps(sl.starts_at, sl.ends_at)))
        requested = None
        if req_start is not None and start <= req_start < end:
            requested = DayEntry(req_start, req_end, "requested", "Ønsket tid", "", req_slot, None, False)
            entries.append(requested)
        entries.sort(key=lambda e: (e.starts_at, e.what != "requested"))
        return ProviderDay(
            provider_id, prov.portal_label, day, tuple(entries), requested,
            tuple(e for e in entries if e.clash), tuple(e for e in entries if e.what == "free"),
        )


def _booking_item(s: Session, item: InboxItem) -> BookingRequest:
    req = s.get(BookingRequest, item.id) if item.kind == ItemKind.BOOKING else None
    if req is None:
        raise ValidationError("Dette kan kun gøres ved en tidsbestilling.", code="wrong_kind")
    if req.outcome.value != "pending":
        raise ValidationError("Tidsbestillingen er allerede afgjort.", code="already_decided")
    return req


def _clashing_appointment(s: Session, provider_id: int, starts: datetime, ends: datetime) -> Appointment | None:

    return s.execute(
        select(Appointment).where(Appointment.provider_id == provider_id, Appointment.starts_at < ends,
                                  Appointment.ends_at > starts, Appointment.status == AppointmentStatus.BOOKED)
        .limit(1)
    ).scalar()


def _book(s: Session, item: InboxItem, req: BookingRequest, slot: Slot | None, starts: datetime, ends: datetime,
          now: datetime) -> Appointment:

    if _clashing_appointment(s, req.provider_id if slot is None else slot.provider_id, starts, ends) is not None:
        raise ValidationError("Tiden overlapper en anden aftale i kalenderen. Tilbyd en anden tid.", code="slot_clash")
    appt = Appointment(
        clinic_id=item.clinic_id, patient_id=item.patient_id,
        provider_id=slot.provider_id if slot is not None else req.provider_id,
        appointment_type_id=req.appointment_type_id, slot_id=slot.id if slot is not None else None,
        starts_at=starts, ends_at=ends, status=AppointmentStatus.BOOKED, comment=req.comment, booked_online=True,
        created_at=now,
    )
    s.add(appt)
    s.flush()
    return appt


def _free_held_slot(s: Session, slot_id: int | None) -> None:
    """The portal holds the requested slot (BOOKED, no appointment) while the request waits."""

    if slot_id is None:
        return
    used = s.execute(select(Appointment.id).where(Appointment.slot_id == slot_id,
                                                   Appointment.status == AppointmentStatus.BOOKED)).first()
    if used is None:
        s.execute(update(Slot).where(Slot.id == slot_id, Slot.status == SlotStatus.BOOKED)
                  .values(status=SlotStatus.FREE, version=Slot.version + 1)
                  .execution_options(synchronize_session=False))


def accept_booking(db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None) -> ActionResult:
    """Accept the requested time: creates the appointment (slot BOOKED), mails the patient, DONE."""
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.DECIDE_BOOKING)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        slot = s.get(Slot, req.slot_id) if req.slot_id else None
        if slot is not None:
            taken = s.execute(select(Appointment.id).where(Appointment.slot_id == slot.id,
                                                            Appointment.status == AppointmentStatus.BOOKED)).first()
            if taken is not None or slot.status == SlotStatus.BLOCKED:
                raise ValidationError("Den ønskede tid er ikke længere ledig. Tilbyd en anden tid.", code="slot_taken")
            if slot.status == SlotStatus.FREE:
                s.execute(update(Slot).where(Slot.id == slot.id, Slot.status == SlotStatus.FREE)
                          .values(status=SlotStatus.BOOKED, version=Slot.version + 1)
                          .execution_options(synchronize_session=False))
            bv = _booking_view(s, item)
            appt = _book(s, item, req, slot, slot.starts_at, slot.ends_at, now)
        else:
            bv = _booking_view(s, item)
            appt = _book(s, item, req, None, bv.starts_at, bv.ends_at, now)
        req.outcome = BookingOutcome.ACCEPTED
        req.appointment_id = appt.id
        close_item(item, actor, now)
        queued, warns = _notify(s, item, notifications.BOOKING_ACCEPTED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} accepted, appointment {appt.id}")
        when = appt.starts_at.astimezone(COPENHAGEN).strftime("%d.%m.%Y kl. %H:%M")
        return finish_action(s, actor, item, now, f"Tiden {when} er booket.", mail_queued=queued, warnings=warns,
                             created_id=appt.id)

    return _run(db, work)


def offer_other_slot(
    db, actor: auth.Actor, item_id: int, slot_id: int, message: str = "", *,
    expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Book the patient into another free slot instead (mailed as a moved time); the
    requested slot is set free again. ``message`` (optional) goes to the patient in the portal."""
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.DECIDE_BOOKING)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        slot = s.get(Slot, slot_id)
        prov = s.get(Provider, slot.provider_id) if slot else None
        if slot is None or prov is None or prov.clinic_id != actor.clinic_id:
            raise NotFound("Tiden findes ikke.")
        if slot.starts_at <= now:
            raise ValidationError("Tiden er overstået. Vælg en senere tid.", code="slot_past")
        flipped = s.execute(update(Slot).where(Slot.id == slot.id, Slot.status == SlotStatus.FREE)
                            .values(status=SlotStatus.BOOKED, version=Slot.version + 1)
                            .execution_options(synchronize_session=False)).rowcount
        if flipped != 1:
            raise ValidationError("Den valgte tid er ikke ledig længere. Vælg en anden.", code="slot_taken")
        appt = _book(s, item, req, slot, slot.starts_at, slot.ends_at, now)
        _free_held_slot(s, req.slot_id)
        req.outcome = BookingOutcome.OFFERED_OTHER
        req.offered_slot_id = slot.id
        req.appointment_id = appt.id
        req.reason = message.strip()
        if message.strip():
            _add_message(s, item.id, MessageDirection.TO_PATIENT, actor, message.strip(), now)
        close_item(item, actor, now)
        queued, warns = _notify(s, item, notifications.BOOKING_MOVED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} other slot {slot.id}, appointment {appt.id}")
        when = appt.starts_at.astimezone(COPENHAGEN).strftime("%d.%m.%Y kl. %H:%M")
        return finish_action(s, actor, item, now, f"Patienten har fået tiden {when} i stedet.", mail_queued=queued,
                             warnings=warns, created_id=appt.id)

    return _run(db, work)


def decline_booking(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Decline with a reason (the patient sees it on the portal); the held slot is freed."""
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.DECIDE_BOOKING)
    why = (reason or "").strip()
    if not why:
        raise ValidationError("Skriv en begrundelse for afslaget; patienten ser den.", code="reason_required")
    if _CPR_IN_TEXT.search(why):
        raise ValidationError("Begrundelsen må ikke indeholde et CPR-nummer.", code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        _free_held_slot(s, req.slot_id)
        req.outcome = BookingOutcome.DECLINED
        req.reason = why
        close_item(item, actor, now, why)
        queued, warns = _notify(s, item, notifications.BOOKING_DECLINED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} declined")
        return finish_action(s, actor, item, now, "Tidsbestillingen er afvist.", mail_queued=queued, warnings=warns)

    return _run(db, work)


# ---------------------------------------------------------------------------
# sign-ups
# ---------------------------------------------------------------------------
def _signup_item(s: Session, item: InboxItem) -> SignupRequest:
    req = s.get(SignupRequest, item.id) if item.kind == ItemKind.SIGNUP else None
    if req is None:
        raise ValidationError("Dette kan kun gøres ved en tilmelding.", code="wrong_kind")
    if req.decision.value != "pending":
        raise ValidationError("Tilmeldingen er allerede afgjort.", code="already_decided")
    return req


def activation_link(clinic: Clinic, token: str) -> str:
    return f"{clinic.portal_link.rstrip('/')}/aktiver/{token}"


def start_activation(account: PortalAccount) -> str:
    """Put a portal account in "pending activation" with a fresh one-time token; returns the token.

    Shared by the sign-up approval and the patient card's "Opret portalbruger" (one code path)."""
    token = _secrets.token_urlsafe(32)
    account.status = PortalAccountStatus.PENDING
    account.deleted_at = None
    account.activation_token = token
    return token


def set_signup_functions(
    db, actor: auth.Actor, item_id: int, *, econsult: bool, renewal: bool, booking: bool,
    expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Untick (or tick) the functions the patient asked for, before approving."""
    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        req.wants_econsult, req.wants_renewal, req.wants_booking = bool(econsult), bool(renewal), bool(booking)
        item.changed_at = now  # the functions live on the request; the item's version still moves
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} signup functions {int(econsult)}{int(renewal)}{int(booking)}")
        return finish_action(s, actor, item, now, "Funktionerne er opdateret.")

    return _run(db, work)


def approve_signup(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, econsult: bool | None = None,
    renewal: bool | None = None, booking: bool | None = None, now: datetime | None = None,
) -> ActionResult:
    """Approve a sign-up: the patient is created when unknown, registered at the clinic
    with the ticked functions, and gets a portal user pending activation; the activation
    link is mailed. A CPR with an active portal user is only registered (no new link)."""
    from clinicdesk.models import Guardianship  # noqa: F811
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        if econsult is not None:
            req.wants_econsult = bool(econsult)
        if renewal is not None:
            req.wants_renewal = bool(renewal)
        if booking is not None:
            req.wants_booking = bool(booking)
        warns: list[str] = []
        patient = s.execute(select(Patient).where(Patient.cpr == req.cpr)).scalar_one_or_none()
        created = None
        if patient is None:
            parsed = cprmod.try_parse_cpr(req.cpr)
            patient = Patient(cpr=req.cpr, first_name=req.first_name, last_name=req.last_name,
                              birth_date=parsed.birth_date if parsed else None, email=req.email, mobile=req.mobile,
                              has_mitid=req.login_method == LoginMethod.MITID, created_at=now)
            s.add(patient)
            s.flush()
            created = patient.id
            audit.record(s, Action.CREATE_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient.id, detail=f"from signup item {item_id}")
        elif not patient.email and req.email:
            patient.email = req.email
        item.patient_id = patient.id
        if req.guardian_patient_id is not None:
            exists = s.execute(select(Guardianship.id).where(Guardianship.child_id == patient.id,
                                                             Guardianship.guardian_id == req.guardian_patient_id)).first()
            if exists is None:
                s.add(Guardianship(child_id=patient.id, guardian_id=req.guardian_patient_id))
        cp = s.execute(select(ClinicPatient).where(ClinicPatient.clinic_id == item.clinic_id,
                                                   ClinicPatient.patient_id == patient.id)).scalar_one_or_none()
        if cp is None:
            cp = ClinicPatient(clinic_id=item.clinic_id, patient_id=patient.id)
            s.add(cp)
        cp.portal_registered_at = now
        cp.econsult_right = RightMode.ALLOWED if req.wants_econsult else RightMode.BLOCKED
        cp.renewal_right = RightMode.ALLOWED if req.wants_renewal else RightMode.BLOCKED
        cp.booking_right = RightMode.ALLOWED if req.wants_booking else RightMode.BLOCKED
        account = s.execute(select(PortalAccount).where(PortalAccount.patient_id == patient.id)).scalar_one_or_none()
        clinic = s.get(Clinic, item.clinic_id)
        queued = False
        if account is not None and account.status in (PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED):
            msg = "Patienten er registreret hos klinikken (portalbrugeren fandtes i forvejen)."
            if account.status == PortalAccountStatus.BLOCKED:
                warns.append("Patientens portalbruger er spærret; patienten kan ikke logge ind, før den åbnes.")
        else:
            if account is None:
                account = PortalAccount(patient_id=patient.id, created_at=now)
                s.add(account)
            elif account.times_deleted:
                warns.append(f"CPR-nummeret har før haft en portalbruger, som blev slettet ({account.times_deleted} gang(e)).")
            token = start_activation(account)
            account.login_method = req.login_method
            account.email = req.email
            account.mobile = req.mobile
            account.activation_token = token
            s.flush()
            audit.record(s, Action.CREATE_PORTAL_USER, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=patient.id, detail=f"from signup item {item_id}")
            mail = notifications.queue_patient_mail(
                s, clinic=clinic, patient=patient, event=notifications.SIGNUP_APPROVED, item_id=item.id,
                extra={"activation_link": activation_link(clinic, token)}, now=now,
            )
            queued = mail is not None
            if not queued:
                warns.append("Der er ingen e-mailadresse; giv patienten aktiveringslinket på anden vis.")
            msg = "Tilmeldingen er godkendt; aktiveringslinket er sendt." if queued else "Tilmeldingen er godkendt."
        req.decision = SignupDecision.APPROVED
        close_item(item, actor, now)
        audit.record(s, Action.DECIDE_SIGNUP, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient.id, detail=f"item {item_id} approved")
        return finish_action(s, actor, item, now, msg, mail_queued=queued, warnings=tuple(warns), created_id=created)

    return _run(db, work)


def reject_signup(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
) -> ActionResult:
    """Reject with a reason; the reason is mailed to the address given in the sign-up."""
    from clinicdesk.models import OutboxMail
    from clinicdesk.services import notifications

    auth.require(db, actor, Perm.DECIDE_SIGNUP)
    why = (reason or "").strip()
    if not why:
        raise ValidationError("Skriv en begrundelse; den sendes til patienten.", code="reason_required")
    if _CPR_IN_TEXT.search(why):
        raise ValidationError("Begrundelsen må ikke indeholde et CPR-nummer.", code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _signup_item(s, item)
        clinic = s.get(Clinic, item.clinic_id)
        patient = s.execute(select(Patient).where(Patient.cpr == req.cpr)).scalar_one_or_none()
        to = (req.email or "").strip()
        if not to and req.guardian_patient_id is not None:
            to = notifications.recipient_address(s, s.get(Patient, req.guardian_patient_id))
        if not to and patient is not None:
            to = notifications.recipient_address(s, patient)
        queued = False
        if to:
            subject, body = notifications.render(notifications.SIGNUP_REJECTED, clinic, {"reason": why})
            s.add(OutboxMail(clinic_id=clinic.id, kind=notifications.SIGNUP_REJECTED, to_address=to[:200],
                             subject=subject, body=body, message_id=notifications.new_message_id(),
                             status=MailStatus.PENDING, attempts=0, next_attempt_at=now, last_error="",
                             created_at=now, item_id=item.id))
            queued = True
        req.decision = SignupDecision.REJECTED
        req.reason = why
        close_item(item, actor, now, why)
        audit.record(s, Action.DECIDE_SIGNUP, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient.id if patient else None, detail=f"item {item_id} rejected")
        warns = () if queued else ("Der er ingen e-mailadresse; giv patienten besked på anden vis.",)
        return finish_action(s, actor, item, now, "Tilmeldingen er afvist.", mail_queued=queued, warnings=warns)

    return _run(db, work)


# ---------------------------------------------------------------------------
# watching for changes (for a background thread in the GUI; no Qt here)
# ---------------------------------------------------------------------------
class ChangeWatcher:
    """Blocks until the clinic's inbox changes, then says what changed.

    ``poll(timeout)`` returns ``Changes`` (possibly empty when the timeout passed).
    On PostgreSQL it waits on ``LISTEN clinicdesk_inbox`` (a dedicated connection),
    so a change shows within milliseconds; on SQLite it checks the change log every
    ``interval`` seconds (0.5 s by default: well inside the 2 seconds promised).
    Call ``close()`` from the thread that polls, or ``stop()`` from any thread.
    """

    def __init__(self, db, clinic_id: int, *, last_id: int | None = None, interval: float = 0.5):
        self.db = db
        self.clinic_id = clinic_id
        self.interval = interval
        self.last_id = latest_change_id(db, clinic_id) if last_id is None else last_id
        self._stopped = False
        self._pg = None
        if not db.is_sqlite:
            import psycopg

            u = db.url
            self._pg = psycopg.connect(
                host=u.host or "localhost", port=u.port or 5432, user=u.username, password=u.password,
                dbname=u.database, autocommit=True,
            )
            self._pg.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def stop(self) -> None:
        self._stopped = True

    def poll(self, timeout: float = 2.0) -> Changes:
        import time as _time

        deadline = _time.monotonic() + timeout
        while not self._stopped:
            ch = changes_since(self.db, self.clinic_id, self.last_id)
            if ch.last_id != self.last_id:
                self.last_id = ch.last_id
                return ch
            left = deadline - _time.monotonic()
            if left <= 0:
                break
            if self._pg is not None:
                for note in self._pg.notifies(timeout=min(left, 1.0), stop_after=1):
                    break
            else:
                _time.sleep(min(left, self.interval))
        return Changes(self.last_id, frozenset())

    def close(self) -> None:
        self._stopped = True
        if self._pg is not None:
            self._pg.close()
            self._pg = None
