"""Claims: who handles an item now. Leases, opening, "take the next", releasing.

Opening an item (``open_item``) claims it for the actor with a lease of
``clinic.claim_idle_minutes``; ``renew_claim`` extends it while the item is open,
``release_item`` gives it back, ``claim_next`` takes the next item for the actor
(the rule is in its docstring; ``take_next_conditions`` is its one home).
An expired lease counts as no claim: the item is back in the shared pool. Someone
else's live lease refuses an action with ``ItemClaimed`` ("Behandles af NAVN siden
HH:MM"); a done item with ``ItemClosed``.

Two workstations never both win: on PostgreSQL a claim first takes the row with
``SELECT … FOR UPDATE SKIP LOCKED``; on SQLite the guarded UPDATE runs inside a
``write_session`` (BEGIN IMMEDIATE). Claims do not change an item's ``version``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import Date, Integer, and_, bindparam, case, func, literal, literal_column, or_, select, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from clinicdesk.domain.enums import ItemStatus
from clinicdesk.domain.messages import say
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.models import Clinic, InboxItem, utcnow
from clinicdesk.models.base import UTCDateTime
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.changes import record_change, record_change_rows
from clinicdesk.services.inbox.detail import get_item, load_detail, staff_name
from clinicdesk.services.inbox.conditions import FAR_FUTURE, NOW, query_conditions
from clinicdesk.services.inbox.overdue import today_local
from clinicdesk.services.inbox.search import search_condition
from clinicdesk.services.inbox.types import ClaimState, Folder, ItemQuery, OpenedItem
from clinicdesk.services.permissions import Perm


class ItemClaimed(ClinicDeskError):
    """Another staff member holds a live claim on the item."""

    code = "claimed"
    default_message = say("Elementet behandles af en anden lige nu. Vent, eller bed dem om at frigive det.")


class ItemClosed(ClinicDeskError):
    code = "item_closed"
    default_message = say("Elementet er allerede afsluttet. Genåbn det, hvis der skal gøres mere.")


def is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lease_minutes(s: Session, clinic_id: int) -> int:
    return s.execute(select(Clinic.claim_idle_minutes).where(Clinic.id == clinic_id)).scalar() or 15


def claim_state_of(s: Session, item: InboxItem, actor: auth.Actor, now: datetime) -> ClaimState:
    live = item.claimed_by_id is not None and item.claim_expires_at is not None and item.claim_expires_at > now
    if not live:
        return ClaimState(item.id, None, "", None, None, False)
    return ClaimState(
        item.id, item.claimed_by_id, staff_name(s, item.claimed_by_id), item.claimed_at, item.claim_expires_at,
        item.claimed_by_id == actor.staff_id,
    )


#: the time of a claim in the cached statements below: a parameter of every execution, never
#: built in, so that a statement built for one press serves the next (``lease_end``: SQLite's
#: end of the lease, computed here; PostgreSQL reads the clinic's setting in the statement)
_LEASE_END = bindparam("lease_end", type_=UTCDateTime())
_TARGET = bindparam("target", type_=Integer())
_SKIP = bindparam("skip", expanding=True, type_=Integer())


def _lease_end(pg: bool, clinic_id: int):
    """When a lease taken now ends, as SQL: on PostgreSQL it reads the clinic's setting inside the
    claim's own statement (no round trip of its own); on SQLite the ``lease_end`` parameter."""
    if not pg:
        return _LEASE_END
    minutes = func.coalesce(select(Clinic.claim_idle_minutes).where(Clinic.id == clinic_id).scalar_subquery(), 15)
    return NOW + minutes * literal_column("interval '1 minute'")


def _params(s: Session, actor: auth.Actor, now: datetime, **more) -> dict:
    """The parameters of a claim statement taken at ``now``."""
    params = {"now": now, **more}
    if not is_pg(s):
        params["lease_end"] = now + timedelta(minutes=lease_minutes(s, actor.clinic_id))
    return params


_COLUMNS = tuple(InboxItem.__table__.c)
_KEYS = tuple(InboxItem.__mapper__.get_property_by_column(c).key for c in _COLUMNS)


def _claim_statement(pg: bool, staff_id: int, clinic_id: int, target, *, mark_seen: bool, log_change: bool,
                     lock_chain: bool = False):
    """Claim (or renew) one item for the actor unless someone else holds a live lease, in one
    statement that returns the claimed row (``UPDATE … RETURNING``; on PostgreSQL the change
    log's tick and the NOTIFY ride in the same statement). Version-neutral. Built once and
    cached by its callers: the time is ``NOW`` (see ``_params``).

    ``target``: ``_TARGET`` (the item's id, a parameter), or a scalar subquery choosing it
    (``claim_next``). ``lock_chain``: the caller logs the claim; on PostgreSQL the audit chain's
    lock is taken in the same statement."""
    mine_live = and_(InboxItem.claimed_by_id == staff_id, InboxItem.claim_expires_at > NOW)
    values = dict(
        claimed_by_id=staff_id,
        claimed_at=case((mine_live, InboxItem.claimed_at), else_=NOW),
        claim_expires_at=_lease_end(pg, clinic_id),
    )
    if mark_seen:
        values["unread"] = False
        values["status"] = case((InboxItem.status == ItemStatus.NEW, ItemStatus.OPEN.value), else_=InboxItem.status)
    stmt = (
        update(InboxItem)
        .where(
            InboxItem.id == target,
            InboxItem.clinic_id == clinic_id,
            InboxItem.status != ItemStatus.DONE,
            or_(
                InboxItem.claimed_by_id.is_(None),
                InboxItem.claimed_by_id == staff_id,
                InboxItem.claim_expires_at.is_(None),
                InboxItem.claim_expires_at <= NOW,
            ),
        )
        .values(**values)
        .returning(*_COLUMNS)
    )
    if log_change and pg:
        claimed = stmt.cte("claimed")
        ticked, notify = record_change_rows(claimed, clinic_id, NOW)
        extra = [audit.chain_lock_column().label("chain_locked")] if lock_chain else []
        stmt = select(*(claimed.c[c.name] for c in _COLUMNS), ticked.label("ticked"), notify.label("notified"),
                      *extra)
    return stmt


@lru_cache(maxsize=64)
def _by_id_statement(pg: bool, staff_id: int, clinic_id: int, *, mark_seen: bool, log_change: bool):
    return _claim_statement(pg, staff_id, clinic_id, _TARGET, mark_seen=mark_seen, log_change=log_change)


def _claim(s: Session, actor: auth.Actor, now: datetime, stmt, params: dict, *, log_change: bool,
           lock_chain: bool = False) -> InboxItem | None:
    """Run a claim statement (``_claim_statement``). The result is the item as an ORM object made
    from the returned row (no SELECT), None when the guard refused (done, someone else's live
    lease, another clinic, gone)."""
    pg = is_pg(s)
    row = s.execute(stmt, params, execution_options={"synchronize_session": False}).first()
    if row is None:
        return None
    if lock_chain and log_change and pg:
        audit.chain_locked(s)
    if log_change and not pg:
        record_change(s, actor.clinic_id, row.id, now)
    values = {key: row._mapping[c.name] for c, key in zip(_COLUMNS, _KEYS)}
    item = s.identity_map.get(identity_key(InboxItem, row.id))
    if item is not None:  # already in the session: take the returned values as its state
        for key, value in values.items():
            set_committed_value(item, key, value)
        return item
    item = InboxItem(**values)
    make_transient_to_detached(item)
    s.add(item)
    return item


def _claim_id(s: Session, actor: auth.Actor, now: datetime, item_id: int, *, mark_seen: bool,
              log_change: bool) -> InboxItem | None:
    """Claim the item ``item_id`` for the actor (``_claim``)."""
    stmt = _by_id_statement(is_pg(s), actor.staff_id, actor.clinic_id, mark_seen=mark_seen, log_change=log_change)
    return _claim(s, actor, now, stmt, _params(s, actor, now, target=item_id), log_change=log_change)


def _open_result(s: Session, actor: auth.Actor, item: InboxItem, claimed: bool, now: datetime) -> OpenedItem:
    """The opened item (detail, claim) and its OPEN_ITEM entry, in the caller's transaction."""
    if claimed:  # the actor's own claim: nothing to look up
        claim = ClaimState(item.id, actor.staff_id, actor.full_name, item.claimed_at, item.claim_expires_at, True)
    else:
        claim = claim_state_of(s, item, actor, now)
    detail = load_detail(s, item, now)
    audit.record(s, Action.OPEN_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                 patient_id=item.patient_id, detail=f"item {item.id}")
    if item.status == ItemStatus.DONE:
        return OpenedItem(detail, claim, False, ItemClosed.default_message)
    if not actor.can(Perm.HANDLE_ITEM):
        return OpenedItem(detail, claim, False, say("Du har kun adgang til at læse indbakken."))
    if not claimed:
        return OpenedItem(detail, claim, False, claim.text + say(". Du kan læse, men ikke handle på elementet."))
    return OpenedItem(detail, claim, True, "")


def open_item(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> OpenedItem:
    """Open an item: the detail, claimed for the actor when free (audited as OPEN_ITEM).

    A new item becomes OPEN and read. When someone else holds a live lease the result
    has ``can_act=False`` and ``blocked_message`` "Behandles af NAVN siden HH:MM. …".
    Done items are shown, not claimed. The claim is one statement that returns the item
    (on PostgreSQL a row another transaction holds is waited for, then judged by what that
    transaction left behind); only when it is refused is the item read on its own."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.write_session() as s:
        item = None
        if actor.can(Perm.HANDLE_ITEM):
            item = _claim_id(s, actor, now, item_id, mark_seen=True, log_change=True)
        claimed = item is not None
        if item is None:
            item = get_item(s, actor, item_id)
        return _open_result(s, actor, item, claimed, now)


def renew_claim(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ClaimState:
    """Extend the actor's lease (the view calls this while the user works on the item)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()
    with db.write_session() as s:
        item = get_item(s, actor, item_id)
        if item.status == ItemStatus.DONE:
            raise ItemClosed()
        if _claim_id(s, actor, now, item_id, mark_seen=False, log_change=False) is None:
            state = claim_state_of(s, get_item(s, actor, item_id), actor, now)
            raise ItemClaimed(state.text + ".", holder_name=state.holder_name, since=state.since)
        return claim_state_of(s, item, actor, now)


def release_item(db, actor: auth.Actor, item_id: int) -> None:
    """Give the item back to the pool (no-op when the actor does not hold it)."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = utcnow()
    with db.write_session() as s:
        stmt = (
            update(InboxItem)
            .where(InboxItem.id == item_id, InboxItem.clinic_id == actor.clinic_id,
                   InboxItem.claimed_by_id == actor.staff_id)
            .values(claimed_by_id=None, claimed_at=None, claim_expires_at=None)
            .returning(InboxItem.id)
        )
        if is_pg(s):  # the change log's tick in the same statement
            released = stmt.cte("claimed")
            ticked, notify = record_change_rows(released, actor.clinic_id, now)
            s.execute(select(released.c.id, ticked, notify), execution_options={"synchronize_session": False})
        elif s.execute(stmt, execution_options={"synchronize_session": False}).first() is not None:
            record_change(s, actor.clinic_id, item_id, now)


#: the statuses "take the next" hands out: never an item that waits for the patient
TAKE_NEXT_STATUSES = (ItemStatus.NEW, ItemStatus.OPEN)


def for_me(actor: auth.Actor):
    """An item for the actor to take: assigned to nobody, to the actor, or to the actor's group."""
    return or_(
        InboxItem.assigned_to_id == actor.staff_id,
        and_(InboxItem.assigned_to_id.is_(None),
             or_(InboxItem.assigned_role.is_(None), InboxItem.assigned_role == actor.role)),
    )


def take_next_conditions(actor: auth.Actor, query: ItemQuery, today: date, *, skipping: bool = False,
                         search=None) -> list:
    """Which items "take the next" may hand out (the one rule; see ``claim_next``), as conditions of
    a cached statement: the time is ``NOW``, ``today`` its Copenhagen date; ``skipping``: the ids in
    the ``skip`` parameter are left out; ``search``: the search's condition
    (``search.search_condition``, looked up before the write transaction starts)."""
    if query.folder in (Folder.DONE, Folder.ALL) and not query.search:
        query = replace(query, folder=Folder.ALL_OPEN)  # from Done: the open items
    conds = [
        *query_conditions(query, actor, NOW, today=today),
        InboxItem.status.in_(TAKE_NEXT_STATUSES),
        # free: nobody holds a live lease (the actor's own live claims are items already taken)
        or_(InboxItem.claimed_by_id.is_(None), InboxItem.claim_expires_at.is_(None),
            InboxItem.claim_expires_at <= NOW),
        for_me(actor),
    ]
    if skipping:
        conds.append(InboxItem.id.not_in(_SKIP))
    if search is not None:
        conds.append(search)
    return conds


def _next_statements(pg: bool, actor: auth.Actor, query: ItemQuery, today: date, skipping: bool, search=None):
    """"Take the next"'s two statements: the one that checks the permission, chooses and claims
    (``UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)``, taking the audit chain's lock), and
    the one that asks whether anything is free at all. Their time is ``NOW``; ``skipping``: the
    ``skip`` parameter holds ids."""
    conds = take_next_conditions(actor, query, today, skipping=skipping, search=search)
    allowed = auth.still_allowed(actor, Perm.HANDLE_ITEM)
    # due first (no due date last), then waiting longest; on PostgreSQL spelt so that an index
    # on (clinic_id, due_date, received_at, id) WHERE status IN ('new', 'open') can give the order
    if pg:
        due = InboxItem.due_date.asc().nulls_last()
    else:
        due = func.coalesce(InboxItem.due_date, literal(FAR_FUTURE, Date())).asc()
    nxt = select(InboxItem.id).where(*conds, allowed).order_by(due, InboxItem.received_at.asc(), InboxItem.id.asc())
    nxt = nxt.limit(1)
    if pg:
        nxt = nxt.with_for_update(skip_locked=True)
    claim = _claim_statement(pg, actor.staff_id, actor.clinic_id, nxt.scalar_subquery(), mark_seen=True,
                             log_change=True, lock_chain=True)
    return claim, select(InboxItem.id).where(*conds, allowed).limit(1)


@lru_cache(maxsize=64)
def _cached_next_statements(pg: bool, staff_id: int, clinic_id: int, role, query: ItemQuery, today: date,
                            skipping: bool):
    """``_next_statements`` built once per actor, query and day (the key holds every value built in)."""
    return _next_statements(pg, auth.Actor(staff_id, "", clinic_id, role), query, today, skipping)


def claim_next(
    db, actor: auth.Actor, query: ItemQuery | None = None, now: datetime | None = None, *, skip: Iterable[int] = (),
) -> OpenedItem | None:
    """"Take the next" (Ctrl+N): claim and open the item the actor should work on next.

    The one rule: the item that is due first (then the one waiting longest) among the
    items that are open (New or Open; never one awaiting the patient or done), that
    nobody holds a live lease on (an expired lease is free; an item the actor holds
    already is not "next"), that are assigned to nobody, to the actor or to the
    actor's role group, within the query's folder and filters (kind, status,
    provider, assignee, search), and not in ``skip``.

    A walk of presses passes the ids it has taken in ``skip``: the item just taken
    (and released as the user moves on) is not handed out again, so repeated
    presses walk distinct items. From the Done folder it takes from all open items.

    Two workstations pressing it at once get different items: on PostgreSQL the
    candidate row is taken with ``FOR UPDATE SKIP LOCKED`` (a row another
    transaction is claiming is skipped, not waited for); on SQLite the write
    transaction is exclusive. None when nothing is free.
    """
    query = query or ItemQuery()
    now = now or utcnow()
    pg = not db.is_sqlite
    skip = sorted({int(i) for i in skip})
    more = {"skip": skip} if skip else {}
    term = (query.search or "").strip()
    if term:  # the matching patients, in a read session of its own
        with db.session() as s:
            found = search_condition(s, db, term)[0]
        claim, any_free = _next_statements(pg, actor, query, today_local(now), bool(skip), found)
    else:
        claim, any_free = _cached_next_statements(pg, actor.staff_id, actor.clinic_id, actor.role, query,
                                                  today_local(now), bool(skip))
    for _attempt in range(5):
        with db.write_session() as s:
            # the claim, then the detail and the OPEN_ITEM entry in the same transaction
            item = _claim(s, actor, now, claim, _params(s, actor, now, **more), log_change=True, lock_chain=True)
            if item is not None:
                return _open_result(s, actor, item, True, now)
            # none claimed: not allowed (any more), nothing free, or (PostgreSQL) every candidate is
            # locked by another transaction this instant or changed under its lock
            if not pg or s.execute(any_free, {"now": now, **more}).first() is None:
                break
    auth.require(db, actor, Perm.HANDLE_ITEM)  # refused: PermissionDenied (audited), not "nothing free"
    return None


def claim_state(db, actor: auth.Actor, item_id: int, now: datetime | None = None) -> ClaimState:
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.session() as s:
        return claim_state_of(s, get_item(s, actor, item_id), actor, now)
