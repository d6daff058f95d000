"""The inbox's list, claim and result types: what the list, a claim and an action return.

Folders (``Folder``), the list query (``ItemQuery``, ``Sort``, ``UNASSIGNED``), one
list row (``ItemRow``), a page of rows (``Page`` with its ``Cursor``), a claim
(``ClaimState``), an opened item (``OpenedItem``), an action's result
(``ActionResult``), an assignee choice (``Assignee``) and what changed (``Changes``).
All frozen; views show them as they are. The detail of one item is in
``detail_types``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.domain.messages import say

if TYPE_CHECKING:
    from clinicdesk.services.inbox.detail_types import ItemDetail

#: statuses of an item that still needs something from the clinic
OPEN_STATUSES = (ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT)


def local_hhmm(at: datetime) -> str:
    return at.astimezone(COPENHAGEN).strftime("%H:%M")


def claimed_text(name: str, since: datetime) -> str:
    """ "Behandles af NAVN siden HH:MM": who holds an item, shown on every workstation."""
    return say("Behandles af {name} siden {time}").format(name=name, time=local_hhmm(since))


_ROLE_GROUP_LABELS = {
    Role.DOCTOR: say("Alle læger"),
    Role.NURSE: say("Alle sygeplejersker"),
    Role.RECEPTIONIST: say("Alle sekretærer"),
    Role.ADMIN: say("Alle administratorer"),
}


def role_group_label(role: Role) -> str:
    return _ROLE_GROUP_LABELS[role]  # (made once: a list page asks for it some 5 times a row)


class Folder(str, enum.Enum):
    URGENT = "urgent"  # open items flagged urgent (the safety net; conditions in conditions.py)
    UNREACHABLE = "unreachable"  # open items of patients whose address was refused ("Kan ikke kontaktes")
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


KIND_FOLDERS: dict[Folder, ItemKind] = {
    Folder.ECONSULT: ItemKind.ECONSULT,
    Folder.RENEWAL: ItemKind.RENEWAL,
    Folder.BOOKING: ItemKind.BOOKING,
    Folder.SIGNUP: ItemKind.SIGNUP,
}


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
    pinned: bool = False  # still among the urgent items that lead the list (newest first)


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
    claim_expires_at: datetime | None = None  # a live claim's end: the list lapses it without asking
    # a sign-up: the functions the applicant asks for (e-consultation, renewal, booking); the list's
    # "Første linje" says them in the user's language (the stored preview is Danish, and stale)
    signup_wants: tuple[bool, bool, bool] | None = None

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
    replayed: bool = False  # a retry of an action committed before: nothing was done again


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
