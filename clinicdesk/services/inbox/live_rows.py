"""The rows a live update of the list needs: changed items as rows of a query, and the list's order.

``rows_in_query(db, actor, query, ids) -> dict[int, ItemRow | None]``: each changed item as
a row of ``query`` (its folder, filters and search), None when it is not in the list (any
more). ``order_key(row, query)``: the list's order (``listing.list_items``) as a key that sorts
ascending, so a view puts a changed row where the next page would have put it.
The conditions are ``conditions``' (``query_conditions``), the row ``pages``' (one row select).
"""

from __future__ import annotations

from datetime import datetime

from clinicdesk.domain.enums import Priority
from clinicdesk.models import InboxItem, utcnow
from clinicdesk.services import auth
from clinicdesk.services.inbox import pages
from clinicdesk.services.inbox.conditions import FAR_FUTURE, query_conditions
from clinicdesk.services.inbox.overdue import today_local
from clinicdesk.services.inbox.search import search_condition
from clinicdesk.services.inbox.types import OPEN_STATUSES, ItemQuery, ItemRow, Sort
from clinicdesk.services.permissions import Perm

#: ids read per statement (SQLite's limit of parameters is far above)
CHUNK = 500


def rows_in_query(db, actor: auth.Actor, query: ItemQuery, ids, now: datetime | None = None
                  ) -> dict[int, ItemRow | None]:
    """The items ``ids`` as rows of ``query``; None for an item the query does not hold (done in
    "Alle åbne", another clinic's, gone). Not logged: these rows are re-read for a list the user
    already sees (the patients were logged when it was first shown)."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    today = today_local(now)
    wanted = sorted({int(i) for i in ids})
    found: dict[int, ItemRow | None] = dict.fromkeys(wanted)
    term = (query.search or "").strip()
    with db.session() as s:
        conds = query_conditions(query, actor, now)
        if term:
            conds.append(search_condition(s, db, term)[0])
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            for r in s.execute(pages.ROW_SELECT.where(*conds, InboxItem.id.in_(chunk))).all():
                found[r[0]] = pages.to_row(r, now, today)
    return found


def order_key(row: ItemRow, query: ItemQuery) -> tuple:
    """Where ``row`` stands in the list of ``query`` (smaller first): newest first with the open
    urgent items pinned on top (every folder but Done), or by due date (none last), then id."""
    if query.sort == Sort.DUE_ASC:
        return (row.due_date or FAR_FUTURE, row.id)
    pinned = pages.leads_with_urgent(query) and row.priority == Priority.URGENT and row.status in OPEN_STATUSES
    return (0 if pinned else 1, -row.received_at.timestamp(), -row.id)

