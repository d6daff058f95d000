"""The inbox list: folders and their counts, pages of rows, one row for a live update.

``folder_counts(db, actor) -> dict[Folder, int]``: Haster (open items flagged urgent),
New, Mine, All open, Awaiting patient, Overdue, Done, and (open items) by kind; a
handful of index-only queries.
``list_items(db, actor, query, after=None, limit=100) -> Page``: one page of
``ItemRow`` (keyset pagination: page 10,000 costs what page 1 costs; a search is
audited on its first page). Open items flagged urgent sort first (newest-first order, every
folder but Done; ``pinned_condition``): the pages walk them first, then the others; sorting by due date is by due date alone (the red marker still shows them). ``get_row(db, actor, item_id)``: one row.
Which items a folder holds is ``folder_conditions``; a query's filters ``query_conditions``.
"""

from __future__ import annotations

import time as _time
from dataclasses import replace
from datetime import date, datetime, timezone

from sqlalchemy import Date, and_, func, literal, not_, or_, select, tuple_, union
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from clinicdesk.domain.enums import ItemStatus, Priority, Role
from clinicdesk.domain.settings import provider_portal_label
from clinicdesk.models import InboxItem, Patient, Provider, SignupRequest, StaffUser, utcnow
from clinicdesk.domain.wording import person_name
from clinicdesk.services import audit_lookups, auth
from clinicdesk.services.inbox.overdue import is_overdue, overdue_clause, today_local
from clinicdesk.services.inbox.search import search_condition
from clinicdesk.services.inbox.types import (
    KIND_FOLDERS,
    OPEN_STATUSES,
    UNASSIGNED,
    Cursor,
    Folder,
    ItemQuery,
    ItemRow,
    Page,
    Sort,
)
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.contact import unreachable_patients

FAR_FUTURE = date(9999, 12, 31)  # where items without a due date sort (Sort.DUE_ASC)
_TOP = datetime(9999, 12, 31, tzinfo=timezone.utc)  # a cursor before every item (newest first)


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


# ---------------------------------------------------------------------------
# counts
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
        counts[Folder.DONE] = _clinic_total(s, db, cid) - counts[Folder.ALL_OPEN]
        counts[Folder.OVERDUE] = s.execute(
            select(func.count())
            .select_from(InboxItem)
            .where(InboxItem.clinic_id == cid, *overdue_clause(today_local(now)))
        ).scalar_one()
        counts[Folder.MINE] = _count_mine(s, actor, now)
        counts[Folder.URGENT] = s.execute(
            select(func.count()).select_from(InboxItem).where(InboxItem.clinic_id == cid, pinned_condition())
        ).scalar_one()
        counts[Folder.UNREACHABLE] = s.execute(  # (driven by the few patients: see query_conditions)
            select(func.count()).select_from(InboxItem).where(
                (InboxItem.clinic_id + 0) == cid, InboxItem.status.in_(OPEN_STATUSES),
                InboxItem.patient_id.in_(unreachable_patients(cid)))
        ).scalar_one()
    counts[Folder.ALL] = counts[Folder.ALL_OPEN] + counts[Folder.DONE]
    return counts


# Done items = the clinic's items - its open ones (items are never deleted, and every status
# but Done is open). The open ones are index-only and few; the clinic's total is kept here:
# counted once up to an id ``base`` (a million rows: ~0.1 s), then only the items after
# ``base`` are counted on each call (a primary-key range). ``base`` trails the newest id by
# ``_TOTAL_LAG`` so that an item whose transaction commits late (PostgreSQL hands ids out
# before commit) still falls in the counted range; a full recount every ``TOTAL_RECOUNT_SECONDS``.
assert set(ItemStatus) - {ItemStatus.DONE} == set(OPEN_STATUSES)

_TOTALS: dict[tuple[str, int], tuple[int, int, object, float]] = {}  # (url, clinic) -> base, total, mark, when
TOTAL_RECOUNT_SECONDS = 600.0
_TOTAL_LAG = 1000


def _base_mark(s: Session, base: int):
    """What identifies the database the cached total came from (a test copies a new file to the same path)."""
    if base == 0:
        return None
    return s.execute(select(InboxItem.clinic_id, InboxItem.received_at).where(InboxItem.id == base)).first()


def _clinic_total(s: Session, db, cid: int) -> int:
    """All the clinic's items (see above)."""
    key = (str(db.url), cid)
    hit = _TOTALS.get(key)
    top = s.execute(select(func.max(InboxItem.id))).scalar() or 0
    if hit is not None and (_time.monotonic() - hit[3] >= TOTAL_RECOUNT_SECONDS or hit[0] > top
                            or _base_mark(s, hit[0]) != hit[2]):
        hit = None
    if hit is None:
        base = max(0, top - _TOTAL_LAG)
        total = s.execute(
            select(func.count()).select_from(InboxItem).where(InboxItem.clinic_id == cid, InboxItem.id <= base)
        ).scalar_one()
        hit = (base, total, _base_mark(s, base), _time.monotonic())
    base, total, _mark, when = hit
    if top - base > 4 * _TOTAL_LAG:  # move the base up (a range of a few thousand ids)
        new_base = top - _TOTAL_LAG
        total += _count_ids(s, cid, base, new_base)
        base = new_base
        hit = (base, total, _base_mark(s, base), when)
    _TOTALS[key] = hit
    return total + _count_ids(s, cid, base, None)


def _count_ids(s: Session, cid: int, after: int, upto: int | None) -> int:
    # "+ 0": a range of the primary key, not the clinic's index
    conds = [InboxItem.id > after, (InboxItem.clinic_id + 0) == cid]
    if upto is not None:
        conds.append(InboxItem.id <= upto)
    return s.execute(select(func.count()).select_from(InboxItem).where(*conds)).scalar_one()


def _count_mine(s: Session, actor: auth.Actor, now: datetime) -> int:
    ids = mine_ids(actor, now).subquery()
    return s.execute(select(func.count()).select_from(ids)).scalar_one()


# ---------------------------------------------------------------------------
# rows and pages
# ---------------------------------------------------------------------------
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


def _to_row(r, now: datetime, today: date) -> ItemRow:
    """An ``ItemRow`` from a row of ``_row_select`` (unpacked once: a page of 1,000 rows is built
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


def list_items(
    db, actor: auth.Actor, query: ItemQuery | None = None, after: Cursor | None = None, limit: int = 100,
    now: datetime | None = None, *, record: bool = True,
) -> Page:
    """One page of the list (see the module docstring).

    ``record``: the page is a lookup in the log (a search with its terms, and the patients the
    page showed, as one entry: ``audit_lookups``); False only for re-reading what the user
    already sees (the live refresh), which was logged when it was first shown.

    The permission rides in the page's first query (``auth.still_allowed``: no round trip of its
    own); only when that query finds nothing is ``auth.require`` asked, to tell a refusal from an
    empty page. A search asks first (its terms are looked up before the page is read)."""
    query = query or ItemQuery()
    now = now or utcnow()
    today = today_local(now)
    limit = max(1, min(int(limit), 1000))
    term = (query.search or "").strip()
    first = after is None
    conds = query_conditions(query, actor, now)
    searched = []
    if query.sort == Sort.DUE_ASC:
        key = func.coalesce(InboxItem.due_date, literal(FAR_FUTURE, Date()))
        order = (key.asc(), InboxItem.id.asc())
        after_cond = (lambda c: tuple_(key, InboxItem.id) > tuple_(literal(c.key, Date()), literal(c.id)))
    else:
        order = (InboxItem.received_at.desc(), InboxItem.id.desc())
        after_cond = (lambda c: tuple_(InboxItem.received_at, InboxItem.id)
                      < tuple_(literal(c.key, InboxItem.received_at.type), literal(c.id)))
    if term:
        auth.require(db, actor, Perm.READ_INBOX)
    check = _RidingCheck(None if term else auth.still_allowed(actor, Perm.READ_INBOX))
    with db.session() as s:
        if term:
            cond, narrow = search_condition(s, db, term)
            conds.append(cond)
            searched.append(cond)
            if narrow and db.is_sqlite:
                # SQLite (no statistics) would rather scan the clinic's items in order
                # than look up a short list of ids and sort them: hide the clinic index
                conds[0] = (InboxItem.clinic_id + 0) == actor.clinic_id
        raw_pinned, raw, pinned_more = [], [], False
        apart = []  # the urgent items lead the list: not again among the others
        if query.folder != Folder.DONE and query.sort == Sort.RECEIVED_DESC:
            # the urgent open items lead the list, newest first, page by page; then the rest from the top
            if after is None or after.pinned:
                where = [*_pinned_where(db, actor, query, now, conds), *searched]
                where += [after_cond(after)] if after is not None else []
                raw_pinned = _page(s, now, check.where(where), order, limit + 1,
                                   inner_order=_few_rows_order(order) if db.is_sqlite else None)
                check.ran(raw_pinned)
                pinned_more = len(raw_pinned) > limit
                raw_pinned = raw_pinned[:limit]
                after = None  # the others start from the top
            apart = [not_(pinned_condition())]
        room = limit - len(raw_pinned)
        if not pinned_more and room > 0:
            branches = None
            if query.folder == Folder.MINE:  # the newest of each of Mine's lookups, then the newest of those
                branches = mine_branches(actor, now)
                conds = [*query_conditions(replace(query, folder=Folder.ALL_OPEN), actor, now, per_row=True),
                         *searched]
            where = [*conds, *apart, *([after_cond(after)] if after is not None else [])]
            raw = _page(s, now, check.where(where), order, room + 1, branches=branches)
            check.ran(raw)
    if check.ask:  # the first query found nothing: refused, or nothing there?
        auth.require(db, actor, Perm.READ_INBOX)  # (after the read session: a refusal is written in its own)
    rows = tuple(_to_row(r, now, today) for r in raw_pinned) + tuple(_to_row(r, now, today) for r in raw[:room])
    if pinned_more:  # more urgent items: the next page goes on among them
        cursor = Cursor(query.sort, rows[-1].received_at, rows[-1].id, pinned=True)
    elif room == 0:  # the urgent items ended with this page: the others from the top
        cursor = Cursor(query.sort, _TOP, 0)
    elif len(raw) > room:
        last = rows[-1]
        cursor = Cursor(query.sort, (last.due_date or FAR_FUTURE) if query.sort == Sort.DUE_ASC else last.received_at,
                        last.id)
    else:
        cursor = None
    return _logged(db, actor, term if first else "", Page(rows, cursor), record)


class _RidingCheck:
    """The page's permission, in the first query that runs (``auth.still_allowed``); ``ask`` when
    that query found nothing, so the caller asks ``auth.require`` on its own."""

    def __init__(self, condition):
        self.condition, self.ask = condition, False

    def where(self, conds: list) -> list:
        return conds if self.condition is None else [*conds, self.condition]

    def ran(self, found: list) -> None:
        if self.condition is not None and not found:
            self.ask = True
        self.condition = None


def _logged(db, actor: auth.Actor, search_term: str, page: Page, record: bool) -> Page:
    """Log the lookup the page was (one short write after the read): the search, and the
    patients it showed."""
    if record and (search_term or any(r.patient_id for r in page.rows)):
        with db.write_session() as s:
            if search_term:
                audit_lookups.record_search(s, actor, search_term, "inbox")
            audit_lookups.record_list_page(s, actor, [r.patient_id for r in page.rows],
                                           audit_lookups.list_context("inbox"))
    return page


def received_plus():
    """``+received_at``: the received time, spelt so that SQLite (no statistics) cannot walk the
    received-time index for it. A query for a few rows found by another index (the urgent ones)
    orders by this, and SQLite finds the rows by that index and sorts them, instead of walking the
    clinic's items in received order testing each one (80 → 2 ms at 1M items)."""
    return UnaryExpression(InboxItem.received_at.expression, operator=operators.custom_op("+"),
                           type_=InboxItem.received_at.type)


def _few_rows_order(order) -> tuple:
    """The newest-first order spelt with ``received_plus`` (SQLite)."""
    _received, *rest = order
    return (received_plus().desc(), *rest)


_URGENT = aliased(InboxItem, name="urgent")  # (made once: an alias costs ~1 ms to build)


def _pinned_where(db, actor: auth.Actor, query: ItemQuery, now: datetime, conds: list) -> list:
    """The conditions (but the search) of the urgent items that lead a list. On SQLite, a folder
    by status alone reads them from the urgent index's entries (``_in_urgent_index``); otherwise
    they are found as a list of ids by that index, and the query's other conditions are tested on
    those rows only: SQLite (no statistics) preferred e.g. the Overdue folder's due-date index
    (49 → 3 ms at 1M), and built the doctor's whole "Mine" (5,600 ids) to test 500 rows."""
    if not db.is_sqlite or _in_urgent_index(query):  # (SQLite: sorted from the index entries alone)
        return [*conds, pinned_condition()]
    urgent = _URGENT
    ids = select(urgent.id).where(urgent.clinic_id == actor.clinic_id, urgent.priority == Priority.URGENT,
                                  urgent.status.in_(OPEN_STATUSES))
    return [*query_conditions(query, actor, now, per_row=True), pinned_condition(), InboxItem.id.in_(ids)]


def _in_urgent_index(query: ItemQuery) -> bool:
    """Whether every condition of the query's urgent rows is on a column of the urgent index
    (``ix_item_clinic_priority_received``: clinic, priority, status, received, id): a folder by
    status alone, no kind, provider, assignee or search."""
    return (query.folder in (Folder.ALL, Folder.ALL_OPEN, Folder.URGENT, Folder.NEW, Folder.AWAITING_PATIENT)
            and query.kind is None and query.provider_id is None and query.assignee is None
            and not (query.search or "").strip())


def _page(s: Session, now: datetime, conds: list, order, limit: int, *, inner_order=None, branches=None) -> list:
    # late row lookup: the page's ids come from the indexes alone (a sort, if any,
    # is over narrow index entries), then only those rows are joined and read
    if branches:
        page_ids = _union_page_ids(conds, branches, order, limit)
    else:
        page_ids = select(InboxItem.id).where(*conds).order_by(*(inner_order or order)).limit(limit).subquery("page")
    return s.execute(_row_select(now).join(page_ids, page_ids.c.id == InboxItem.id).order_by(*order)).all()


def _union_page_ids(conds: list, branches: list[tuple], order, limit: int):
    """The first ``limit`` ids in ``order`` among the rows that meet ``conds`` and any one branch's
    conditions: each branch's own first ``limit`` (read in order from its own index), then the
    first ``limit`` of those. ``order`` ends with the id."""
    keys = [o.element for o in order]
    descending = [o.modifier is operators.desc_op for o in order]
    parts = [select(*(k.label(f"k{i}") for i, k in enumerate(keys))).where(*conds, clinic, *more)
             .order_by(*order).limit(limit).subquery(f"branch{n}") for n, (clinic, more) in enumerate(branches)]
    found = union(*(select(*part.c) for part in parts)).subquery("found")
    ordered = [c.desc() if down else c.asc() for c, down in zip(found.c, descending)]
    return select(found.c[f"k{len(keys) - 1}"].label("id")).order_by(*ordered).limit(limit).subquery("page")


def get_row(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ItemRow | None:
    """One list row (for a live update of a row already shown); None when gone or not in this clinic."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.session() as s:
        r = s.execute(
            _row_select(now).where(InboxItem.id == item_id, InboxItem.clinic_id == actor.clinic_id)
        ).first()
    return _to_row(r, now, today_local(now)) if r is not None else None
