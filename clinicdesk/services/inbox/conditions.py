"""Which items a list, a folder, a count and "take the next" are about: the one home of the inbox's
conditions on ``InboxItem``.

``folder_conditions(folder, actor, now)``: the items a folder holds; ``query_conditions(query, actor,
now)``: the folder and the filters of a list query (the search is ``search.search_condition``);
``pinned_condition()``: the open urgent items that lead every list but Done; "Mine" as three index
lookups (``mine_branches``, ``mine_ids``, ``mine_condition``). ``now`` is a datetime, or ``NOW``: the
bind parameter of a statement built once and cached (``pages``, ``claims``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, bindparam, or_, select, union
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from clinicdesk.domain.enums import ItemStatus, Priority, Role
from clinicdesk.models import InboxItem
from clinicdesk.models.base import UTCDateTime
from clinicdesk.services import auth
from clinicdesk.services.inbox.overdue import overdue_clause, today_local
from clinicdesk.services.inbox.types import KIND_FOLDERS, OPEN_STATUSES, UNASSIGNED, Folder, ItemQuery
from clinicdesk.services.safety.contact import unreachable_patients

FAR_FUTURE = date(9999, 12, 31)  # where items without a due date sort (Sort.DUE_ASC)
#: the time of a cached statement, given at execution (``{"now": ...}``)
NOW = bindparam("now", type_=UTCDateTime())


def pinned_condition():
    """Open items flagged urgent (``services.safety.flags``): the Haster folder, and first in every list."""
    return and_(InboxItem.priority == Priority.URGENT, InboxItem.status.in_(OPEN_STATUSES))


def mine_branches(actor: auth.Actor, now) -> list[tuple]:
    """"Mine" as three index lookups, each ``(clinic, conditions)`` on ``InboxItem`` ("open" aside;
    the clinic spelt for the index that should drive that lookup): claimed by the actor (live
    lease), assigned to the actor, assigned to the actor's role group.
    An OR over the three columns would walk every item of the clinic; "+ 0" keeps SQLite on the
    claimer/assignee indexes instead of the clinic's items."""
    cid = actor.clinic_id
    by_person = (InboxItem.clinic_id + 0) == cid
    return [
        (by_person, [InboxItem.claimed_by_id == actor.staff_id, InboxItem.claim_expires_at > now]),
        (by_person, [InboxItem.assigned_to_id == actor.staff_id]),
        (InboxItem.clinic_id == cid, [InboxItem.assigned_role == actor.role]),
    ]


def mine_ids(actor: auth.Actor, now: datetime):
    """The ids of the actor's open items ("Mine"): the union of ``mine_branches``."""
    open_ = InboxItem.status.in_(OPEN_STATUSES)
    branches = mine_branches(actor, now)
    return union(*(select(InboxItem.id).where(open_, clinic, *conds) for clinic, conds in branches))


def mine_condition(actor: auth.Actor, now: datetime):
    """"Mine" tested row by row (for a handful of rows found otherwise, e.g. the urgent ones): any
    one of ``mine_branches``, without their clinic (the rows are the clinic's already; a clinic
    column here let SQLite walk the three indexes again: 1.9 → 15 ms at 1M)."""
    return or_(*(and_(*conds) for _clinic, conds in mine_branches(actor, now)))


def folder_conditions(folder: Folder, actor: auth.Actor, now, *, per_row: bool = False,
                      today: date | None = None) -> list:
    """The conditions on ``InboxItem`` for the items a folder holds. ``per_row``: the rows are
    few and found by other means; no condition should drive the query (``mine_condition``).
    ``now``: a datetime, or SQL standing for one (a cached statement's bind parameter); then
    ``today`` gives the Copenhagen date the Overdue folder needs. A folder that comes to test more
    than the status must leave ``_in_urgent_index``'s list."""
    open_ = InboxItem.status.in_(OPEN_STATUSES)
    if folder == Folder.URGENT:
        return [pinned_condition()]
    if folder == Folder.UNREACHABLE:
        return [open_, InboxItem.patient_id.in_(unreachable_patients(actor.clinic_id))]
    if folder == Folder.NEW:
        return [InboxItem.status == ItemStatus.NEW]
    if folder == Folder.MINE:
        return [open_, mine_condition(actor, now) if per_row else InboxItem.id.in_(mine_ids(actor, now))]
    if folder == Folder.ALL_OPEN:
        return [open_]
    if folder == Folder.AWAITING_PATIENT:
        return [InboxItem.status == ItemStatus.AWAITING_PATIENT]
    if folder == Folder.OVERDUE:
        return overdue_clause(today if today is not None else today_local(now))
    if folder == Folder.DONE:
        return [InboxItem.status == ItemStatus.DONE]
    if folder == Folder.ALL:
        return []
    return [open_, InboxItem.kind == KIND_FOLDERS[folder]]


def query_conditions(query: ItemQuery, actor: auth.Actor, now, *, per_row: bool = False,
                     today: date | None = None) -> list:
    """The folder and the filters (kind, status, provider, assignee) of a list query; the search
    is ``search.search_condition`` (it needs a session). Take-next uses the same. ``per_row``,
    ``now`` and ``today``: see ``folder_conditions`` (``per_row`` hides the clinic's indexes too)."""
    # "Mine" is a short list of ids (``mine_ids``), "Kan ikke kontaktes" of patients: on SQLite (no
    # statistics) hide the clinic's indexes, or it would walk the clinic's items and probe the list for each
    short = per_row or query.folder in (Folder.MINE, Folder.UNREACHABLE)
    clinic = (InboxItem.clinic_id + 0) if short else InboxItem.clinic_id
    conds = [clinic == actor.clinic_id, *folder_conditions(query.folder, actor, now, per_row=per_row, today=today)]
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
    return conds


def received_plus():
    """``+received_at``: the received time, spelt so that SQLite (no statistics) cannot walk the
    received-time index for it. A query for a few rows found by another index (the urgent ones)
    orders by this, and SQLite finds the rows by that index and sorts them, instead of walking the
    clinic's items in received order testing each one (80 → 2 ms at 1M items)."""
    return UnaryExpression(InboxItem.received_at.expression, operator=operators.custom_op("+"),
                           type_=InboxItem.received_at.type)
