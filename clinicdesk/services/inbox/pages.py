"""The statements of a list page (``listing.list_items``), and its rows.

A page is a late row lookup: its ids come from the indexes alone (a sort, if any, is over narrow
index entries), then only those rows are joined and read (``ROW_SELECT``, ``to_row``). The open
urgent items lead every list but Done (``pinned_statement``), then come the others
(``rest_statement``); "Mine" is the newest of its three lookups' own newest.

Each statement is built once per user, query and day and kept (``statement``; building one cost
more than running it): the time (``NOW``), the cursor and the number of rows (``LIMIT``) are given
at execution (``params``). A search's condition comes from a lookup of its own, so a search's
statements are built for its page alone. The conditions are ``conditions``' (the one home).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import Date, Integer, bindparam, func, literal, not_, select, tuple_, union
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators

from clinicdesk.domain.enums import Priority
from clinicdesk.domain.settings import provider_portal_label
from clinicdesk.domain.wording import person_name
from clinicdesk.models import InboxItem, Patient, Provider, SignupRequest, StaffUser
from clinicdesk.services import auth
from clinicdesk.services.inbox.conditions import (
    FAR_FUTURE,
    NOW,
    mine_branches,
    pinned_condition,
    query_conditions,
    received_plus,
)
from clinicdesk.services.inbox.overdue import is_overdue
from clinicdesk.services.inbox.types import OPEN_STATUSES, Cursor, Folder, ItemQuery, ItemRow, Sort
from clinicdesk.services.permissions import Perm

#: how many rows a page statement reads, given at execution
LIMIT = bindparam("limit", type_=Integer())
_AFTER_ID = bindparam("after_id", type_=Integer())
_AFTER_RECEIVED = bindparam("after_received", type_=InboxItem.received_at.type)
_AFTER_DUE = bindparam("after_due", type_=Date())


_Claimer = aliased(StaffUser, name="claimer")
_Assignee = aliased(StaffUser, name="assignee")


def _build_row_select():
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
            # a sign-up has no patient yet: the list names the applicant
            SignupRequest.first_name.label("su_first"), SignupRequest.last_name.label("su_last"),
            SignupRequest.cpr.label("su_cpr"), SignupRequest.wants_econsult.label("su_econsult"),
            SignupRequest.wants_renewal.label("su_renewal"), SignupRequest.wants_booking.label("su_booking"),
        )
        .select_from(InboxItem)
        .outerjoin(Patient, Patient.id == InboxItem.patient_id)
        .outerjoin(SignupRequest, SignupRequest.item_id == InboxItem.id)
        .outerjoin(Provider, Provider.id == InboxItem.provider_id)
        .outerjoin(_Claimer, _Claimer.id == InboxItem.claimed_by_id)
        .outerjoin(_Assignee, _Assignee.id == InboxItem.assigned_to_id)
    )


def to_row(r, now: datetime, today: date) -> ItemRow:
    """An ``ItemRow`` from a row of ``ROW_SELECT`` (unpacked once: a page of 1,000 rows is built
    in a few ms; a column read by name costs more than the whole unpacking)."""
    (item_id, received_at, due_date, kind, status, priority, unread, preview, subject, patient_id, provider_id,
     version, claimed_by_id, claimed_at, claim_expires_at, assigned_to_id, assigned_role, via_app,
     first_name, last_name, cpr, provider_name, provider_title, provider_display, claimer_name, assignee_name,
     su_first, su_last, su_cpr, su_econsult, su_renewal, su_booking) = r
    live = claimed_by_id is not None and claim_expires_at is not None and claim_expires_at > now
    if first_name is not None:
        name, cpr = person_name(first_name, last_name), cpr or ""
    elif su_first is not None:  # a sign-up: the applicant, not yet a patient here
        name, cpr = person_name(su_first, su_last), su_cpr or ""
    else:
        name, cpr = "", cpr or ""
    provider_label = ""
    if provider_name or provider_display:
        provider_label = provider_portal_label(provider_name, provider_title, provider_display)
    return ItemRow(
        id=item_id,
        received_at=received_at,
        due_date=due_date,
        overdue=is_overdue(due_date, status, today),
        kind=kind,
        patient_id=patient_id,
        patient_name=name,
        patient_cpr=cpr,
        provider_id=provider_id,
        provider_label=provider_label,
        preview=(preview or subject or "").split("\n", 1)[0],
        status=status,
        claimed_by_id=claimed_by_id if live else None,
        claimed_by_name=(claimer_name or "") if live else "",
        claimed_since=claimed_at if live else None,
        claim_expires_at=claim_expires_at if live else None,
        priority=priority,
        unread=bool(unread),
        assigned_to_id=assigned_to_id,
        assigned_to_name=assignee_name or "",
        assigned_role=assigned_role,
        via_app=bool(via_app),
        version=version,
        signup_wants=(bool(su_econsult), bool(su_renewal), bool(su_booking)) if su_first is not None else None,
    )

ROW_SELECT = _build_row_select()  # (a statement is immutable: callers add their conditions to it)


def params(now: datetime, limit: int, after: Cursor | None = None) -> dict:
    """The execution parameters of a page statement: the time, the rows wanted, the cursor."""
    out = {"now": now, "limit": limit}
    if after is not None:
        out["after_id"] = after.id
        out["after_due" if after.sort == Sort.DUE_ASC else "after_received"] = after.key
    return out


def leads_with_urgent(query: ItemQuery) -> bool:
    """Whether the open urgent items lead the list (newest first, every folder but Done)."""
    return query.folder != Folder.DONE and query.sort == Sort.RECEIVED_DESC


def _due_key():
    return func.coalesce(InboxItem.due_date, literal(FAR_FUTURE, Date()))


def _order(sort: Sort) -> tuple:
    if sort == Sort.DUE_ASC:
        return (_due_key().asc(), InboxItem.id.asc())
    return (InboxItem.received_at.desc(), InboxItem.id.desc())


def _after(sort: Sort):
    """The rows after the cursor given at execution."""
    if sort == Sort.DUE_ASC:
        return tuple_(_due_key(), InboxItem.id) > tuple_(_AFTER_DUE, _AFTER_ID)
    return tuple_(InboxItem.received_at, InboxItem.id) < tuple_(_AFTER_RECEIVED, _AFTER_ID)


def _conditions(sqlite: bool, actor: auth.Actor, query: ItemQuery, today: date, search) -> tuple[list, list]:
    """The query's conditions with the search's (``(condition, narrow)`` or None), and the search's alone."""
    conds = query_conditions(query, actor, NOW, today=today)
    if search is None:
        return conds, []
    cond, narrow = search
    if narrow and sqlite:
        # SQLite (no statistics) would rather scan the clinic's items in order than look up a
        # short list of ids and sort them: hide the clinic index
        conds[0] = (InboxItem.clinic_id + 0) == actor.clinic_id
    return [*conds, cond], [cond]


def _tail(where: list, actor: auth.Actor, sort: Sort, *, after: bool, check: bool) -> list:
    """The cursor's condition, and the permission riding along (``auth.still_allowed``)."""
    return [*where, *([_after(sort)] if after else []),
            *([auth.still_allowed(actor, Perm.READ_INBOX)] if check else [])]


def pinned_statement(sqlite: bool, actor: auth.Actor, query: ItemQuery, today: date, *, after: bool, check: bool,
                     search=None):
    """The open urgent items that lead the list, newest first (``after``: from the cursor on;
    ``check``: the permission rides along)."""
    conds, searched = _conditions(sqlite, actor, query, today, search)
    where = _tail([*_pinned_where(sqlite, actor, query, today, conds), *searched], actor, query.sort,
                  after=after, check=check)
    order = _order(query.sort)
    return _late_rows(where, order, inner_order=_few_rows_order(order) if sqlite else None)


def rest_statement(sqlite: bool, actor: auth.Actor, query: ItemQuery, today: date, *, after: bool, check: bool,
                   search=None):
    """The list's other rows, in its order (the urgent ones apart when they lead it)."""
    conds, searched = _conditions(sqlite, actor, query, today, search)
    branches = None
    if query.folder == Folder.MINE:  # the newest of each of Mine's lookups, then the newest of those
        branches = mine_branches(actor, NOW)
        conds = [*query_conditions(replace(query, folder=Folder.ALL_OPEN), actor, NOW, per_row=True, today=today),
                 *searched]
    apart = [not_(pinned_condition())] if leads_with_urgent(query) else []
    where = _tail([*conds, *apart], actor, query.sort, after=after, check=check)
    return _late_rows(where, _order(query.sort), branches=branches)


_BUILDERS = {"pinned": pinned_statement, "rest": rest_statement}


@lru_cache(maxsize=128)
def _kept(which: str, sqlite: bool, staff_id: int, clinic_id: int, role, query: ItemQuery, today: date,
          after: bool, check: bool):
    """A page statement built once (the key holds every value built into it)."""
    return _BUILDERS[which](sqlite, auth.Actor(staff_id, "", clinic_id, role), query, today, after=after, check=check)


def statement(which: str, sqlite: bool, actor: auth.Actor, query: ItemQuery, today: date, *, after: bool,
              check: bool, search=None):
    """``pinned_statement`` or ``rest_statement`` (``which``), kept unless a search is in it."""
    if search is not None:
        return _BUILDERS[which](sqlite, actor, query, today, after=after, check=check, search=search)
    return _kept(which, sqlite, actor.staff_id, actor.clinic_id, actor.role, query, today, after, check)


def _late_rows(where: list, order, *, inner_order=None, branches=None):
    if branches:
        page_ids = _union_page_ids(where, branches, order)
    else:
        page_ids = select(InboxItem.id).where(*where).order_by(*(inner_order or order)).limit(LIMIT).subquery("page")
    return ROW_SELECT.join(page_ids, page_ids.c.id == InboxItem.id).order_by(*order)


def _few_rows_order(order) -> tuple:
    """The newest-first order spelt with ``received_plus`` (SQLite)."""
    _received, *rest = order
    return (received_plus().desc(), *rest)


_URGENT = aliased(InboxItem, name="urgent")  # (made once: an alias costs ~1 ms to build)


def _pinned_where(sqlite: bool, actor: auth.Actor, query: ItemQuery, today: date, conds: list) -> list:
    """The conditions (but the search) of the urgent items that lead a list. On SQLite, a folder
    by status alone reads them from the urgent index's entries (``_in_urgent_index``); otherwise
    they are found as a list of ids by that index, and the query's other conditions are tested on
    those rows only: SQLite (no statistics) preferred e.g. the Overdue folder's due-date index
    (49 → 3 ms at 1M), and built the doctor's whole "Mine" (5,600 ids) to test 500 rows."""
    if not sqlite or _in_urgent_index(query):  # (SQLite: sorted from the index entries alone)
        return [*conds, pinned_condition()]
    urgent = _URGENT
    ids = select(urgent.id).where(urgent.clinic_id == actor.clinic_id, urgent.priority == Priority.URGENT,
                                  urgent.status.in_(OPEN_STATUSES))
    return [*query_conditions(query, actor, NOW, per_row=True, today=today), pinned_condition(), InboxItem.id.in_(ids)]


def _in_urgent_index(query: ItemQuery) -> bool:
    """Whether every condition of the query's urgent rows is on a column of the urgent index
    (``ix_item_clinic_priority_received``: clinic, priority, status, received, id): a folder by
    status alone, no kind, provider, assignee or search."""
    return (query.folder in (Folder.ALL, Folder.ALL_OPEN, Folder.URGENT, Folder.NEW, Folder.AWAITING_PATIENT)
            and query.kind is None and query.provider_id is None and query.assignee is None
            and not (query.search or "").strip())


def _union_page_ids(conds: list, branches: list[tuple], order):
    """The first ``LIMIT`` ids in ``order`` among the rows that meet ``conds`` and any one branch's
    conditions: each branch's own first ``LIMIT`` (read in order from its own index), then the
    first ``LIMIT`` of those. ``order`` ends with the id."""
    keys = [o.element for o in order]
    descending = [o.modifier is operators.desc_op for o in order]
    parts = [select(*(k.label(f"k{i}") for i, k in enumerate(keys))).where(*conds, clinic, *more)
             .order_by(*order).limit(LIMIT).subquery(f"branch{n}") for n, (clinic, more) in enumerate(branches)]
    found = union(*(select(*part.c) for part in parts)).subquery("found")
    ordered = [c.desc() if down else c.asc() for c, down in zip(found.c, descending)]
    return select(found.c[f"k{len(keys) - 1}"].label("id")).order_by(*ordered).limit(LIMIT).subquery("page")
