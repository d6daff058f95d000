"""The inbox list: folders and their counts, pages of rows, one row for a live update.

``folder_counts(db, actor) -> dict[Folder, int]``: Haster (open items flagged urgent),
New, Mine, All open, Awaiting patient, Overdue, Done, and (open items) by kind; a
handful of index-only queries.
``list_items(db, actor, query, after=None, limit=100) -> Page``: one page of
``ItemRow`` (keyset pagination: page 10,000 costs what page 1 costs; a search is
audited on its first page). Open items flagged urgent sort first (newest-first order, every
folder but Done; ``pinned_condition``): the pages walk them first, then the others; sorting by due date is by due date alone (the red marker still shows them). ``get_row(db, actor, item_id)``: one row.
Which items a folder holds is ``conditions.folder_conditions``; a query's filters
``conditions.query_conditions``; the page's statements are ``pages``'.
"""

from __future__ import annotations

import time as _time
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemStatus
from clinicdesk.models import InboxItem, utcnow
from clinicdesk.services import audit_lookups, auth
from clinicdesk.services.inbox import pages
from clinicdesk.services.inbox.conditions import FAR_FUTURE, mine_ids, pinned_condition
from clinicdesk.services.inbox.overdue import overdue_clause, today_local
from clinicdesk.services.inbox.search import search_condition
from clinicdesk.services.inbox.types import KIND_FOLDERS, OPEN_STATUSES, Cursor, Folder, ItemQuery, ItemRow, Page, Sort
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.contact import unreachable_patients
_TOP = datetime(9999, 12, 31, tzinfo=timezone.utc)  # a cursor before every item (newest first)


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
def list_items(
    db, actor: auth.Actor, query: ItemQuery | None = None, after: Cursor | None = None, limit: int = 100,
    now: datetime | None = None, *, record: bool = True,
) -> Page:
    """One page of the list (see the module docstring).

    ``record``: the page is a lookup in the log (a search with its terms, and the patients the
    page showed, as one entry: ``audit_lookups``); False only for re-reading what the user
    already sees (the live refresh), which was logged when it was first shown.

    The permission rides in the page's statements (``auth.still_allowed``: no round trip of its
    own) until one finds rows; only when none does is ``auth.require`` asked, to tell a refusal
    from an empty page. A search asks first (its terms are looked up before the page is read).
    The statements are ``pages``' (built once per user, query and day)."""
    query = query or ItemQuery()
    now = now or utcnow()
    today = today_local(now)
    limit = max(1, min(int(limit), 1000))
    term = (query.search or "").strip()
    first = after is None
    sqlite = db.is_sqlite
    if term:
        auth.require(db, actor, Perm.READ_INBOX)
    check = not term  # the permission rides in the statements until one finds rows
    with db.session() as s:
        search = search_condition(s, db, term) if term else None
        conn = s.connection()  # (Core rows: the page's statements name columns, never objects)

        def read(which: str, cursor: Cursor | None, n: int) -> list:
            stmt = pages.statement(which, sqlite, actor, query, today, after=cursor is not None, check=check,
                                   search=search)
            return conn.execute(stmt, pages.params(now, n, cursor)).all()

        raw_pinned, raw, pinned_more = [], [], False
        if pages.leads_with_urgent(query) and (after is None or after.pinned):
            # the urgent open items lead the list, newest first, page by page; then the rest from the top
            raw_pinned = read("pinned", after, limit + 1)
            check = check and not raw_pinned
            pinned_more = len(raw_pinned) > limit
            raw_pinned = raw_pinned[:limit]
            after = None  # the others start from the top
        room = limit - len(raw_pinned)
        if not pinned_more and room > 0:
            raw = read("rest", after, room + 1)
            check = check and not raw
    if check:  # the statements that carried the permission found nothing: refused, or nothing there?
        auth.require(db, actor, Perm.READ_INBOX)  # (after the read session: a refusal is written in its own)
    rows = tuple(pages.to_row(r, now, today) for r in raw_pinned) + tuple(pages.to_row(r, now, today) for r in raw[:room])
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


def get_row(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ItemRow | None:
    """One list row (for a live update of a row already shown); None when gone or not in this clinic."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.session() as s:
        r = s.execute(
            pages.ROW_SELECT.where(InboxItem.id == item_id, InboxItem.clinic_id == actor.clinic_id)
        ).first()
    return pages.to_row(r, now, today_local(now)) if r is not None else None
