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
from datetime import datetime, timedelta

from sqlalchemy import Date, and_, case, func, literal, or_, select, update
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemStatus
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.models import Clinic, InboxItem, utcnow
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.changes import record_change
from clinicdesk.services.inbox.detail import get_item, load_detail, staff_name
from clinicdesk.services.inbox.listing import FAR_FUTURE, query_conditions
from clinicdesk.services.inbox.search import search_condition
from clinicdesk.services.inbox.types import ClaimState, Folder, ItemQuery, OpenedItem
from clinicdesk.services.permissions import Perm


class ItemClaimed(ClinicDeskError):
    """Another staff member holds a live claim on the item."""

    code = "claimed"
    default_message = "Elementet behandles af en anden lige nu. Vent, eller bed dem om at frigive det."


class ItemClosed(ClinicDeskError):
    code = "item_closed"
    default_message = "Elementet er allerede afsluttet. Genåbn det, hvis der skal gøres mere."


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


def _try_claim(s: Session, actor: auth.Actor, item_id: int, now: datetime, *, mark_seen: bool) -> bool:
    """Claim (or renew) for the actor unless someone else holds a live lease. Version-neutral."""
    if is_pg(s):
        got = s.execute(
            select(InboxItem.id).where(InboxItem.id == item_id).with_for_update(skip_locked=True)
        ).first()
        if got is None:
            # another transaction holds the row this instant (claiming or acting):
            # wait for it to finish, then judge by what it left behind
            s.execute(select(InboxItem.id).where(InboxItem.id == item_id).with_for_update()).first()
    expires = now + timedelta(minutes=lease_minutes(s, actor.clinic_id))
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
    """Open an item: the detail, claimed for the actor when free (audited as OPEN_ITEM).

    A new item becomes OPEN and read. When someone else holds a live lease the result
    has ``can_act=False`` and ``blocked_message`` "Behandles af NAVN siden HH:MM. …".
    Done items are shown, not claimed."""
    auth.require(db, actor, Perm.READ_INBOX)
    now = now or utcnow()
    with db.write_session() as s:
        item = get_item(s, actor, item_id)
        claimed = False
        if item.status != ItemStatus.DONE and actor.can(Perm.HANDLE_ITEM):
            claimed = _try_claim(s, actor, item_id, now, mark_seen=True)
            if claimed:
                record_change(s, actor.clinic_id, item_id)
        item = get_item(s, actor, item_id)
        claim = claim_state_of(s, item, actor, now)
        detail = load_detail(s, item, now)
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
        item = get_item(s, actor, item_id)
        if item.status == ItemStatus.DONE:
            raise ItemClosed()
        ok = _try_claim(s, actor, item_id, now, mark_seen=False)
        item = get_item(s, actor, item_id)
        state = claim_state_of(s, item, actor, now)
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


#: the statuses "take the next" hands out: never an item that waits for the patient
TAKE_NEXT_STATUSES = (ItemStatus.NEW, ItemStatus.OPEN)


def for_me(actor: auth.Actor):
    """An item for the actor to take: assigned to nobody, to the actor, or to the actor's group."""
    return or_(
        InboxItem.assigned_to_id == actor.staff_id,
        and_(InboxItem.assigned_to_id.is_(None),
             or_(InboxItem.assigned_role.is_(None), InboxItem.assigned_role == actor.role)),
    )


def take_next_conditions(db, actor: auth.Actor, query: ItemQuery, now: datetime, skip: Iterable[int] = ()) -> list:
    """Which items "take the next" may hand out (the one rule; see ``claim_next``).

    A search's matching patients are looked up here, in a read session of its own,
    before the write transaction starts."""
    if query.folder in (Folder.DONE, Folder.ALL) and not query.search:
        query = replace(query, folder=Folder.ALL_OPEN)  # from Done: the open items
    conds = [
        *query_conditions(query, actor, now),
        InboxItem.status.in_(TAKE_NEXT_STATUSES),
        # free: nobody holds a live lease (the actor's own live claims are items already taken)
        or_(InboxItem.claimed_by_id.is_(None), InboxItem.claim_expires_at.is_(None),
            InboxItem.claim_expires_at <= now),
        for_me(actor),
    ]
    skip = sorted({int(i) for i in skip})
    if skip:
        conds.append(InboxItem.id.not_in(skip))
    term = (query.search or "").strip()
    if term:
        with db.session() as s:
            conds.append(search_condition(s, db, term)[0])
    return conds


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
    auth.require(db, actor, Perm.HANDLE_ITEM)
    query = query or ItemQuery()
    now = now or utcnow()
    order = (func.coalesce(InboxItem.due_date, literal(FAR_FUTURE, Date())).asc(),
             InboxItem.received_at.asc(), InboxItem.id.asc())
    conds = take_next_conditions(db, actor, query, now, skip)
    for _attempt in range(5):
        with db.write_session() as s:
            q = select(InboxItem.id).where(*conds).order_by(*order).limit(1)
            if is_pg(s):
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
        return claim_state_of(s, get_item(s, actor, item_id), actor, now)
