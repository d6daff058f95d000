"""Escalation: an urgent item that nobody has opened in time, the closing overview and the next opening's.

An item is *waiting* while it is flagged urgent (``InboxItem.priority``), not opened since the
patient last wrote (``InboxItem.unread``) and not done. Its clock starts when it became urgent or
when the patient last wrote, whichever is later, and runs only while the clinic is open
(``services.safety.opening``): after the clinic's ``escalation_minutes`` (default 30) of opening
time it is *escalated*. An item that arrives after closing therefore escalates that many minutes
after the next opening, and is listed on that opening's overview.

``due_escalations(db, actor, now)``: the escalated items now, each with the moment it escalated
(``since``): whether a workstation has shown it already is the view's business (one notification
per item and ``since``). ``closing_overview``: urgent items not done at the day's closing.
``opening_overview``: urgent items that arrived while the clinic was closed. ``record_escalations``
(for the safety jobs) writes each escalation once (``Escalation``, audited as ``ESCALATE``).
Highlighting for staff, not triage: nothing here changes an item or decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.models import InboxItem
from clinicdesk.models.safety import Escalation, UrgentFlag
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.conditions import pinned_condition, received_plus
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.opening import OpenClock, clock_for
from clinicdesk.services.safety.settings import values_in
from clinicdesk.services.workdays import local_date


@dataclass(frozen=True)
class UrgentWaiting:
    item_id: int
    patient_id: int | None
    received_at: datetime  # the patient's latest message
    waiting_since: datetime  # urgent and unopened since (the clock's start)
    opened: bool  # someone has opened it since the patient last wrote
    due_at: datetime | None  # when it escalates (or escalated); None: opened, or no opening ahead
    escalated: bool  # due_at has passed

    @property
    def since(self) -> datetime | None:
        """When it escalated (for a notification: one per item and ``since``)."""
        return self.due_at if self.escalated else None


@dataclass(frozen=True)
class Overview:
    """The closing overview (``at`` = the day's closing) or the next opening's (``at`` = that opening)."""

    at: datetime | None  # None: the clinic has no opening (hours) ahead or today
    day: date | None
    items: tuple[UrgentWaiting, ...]  # oldest first


def _urgent_items(s: Session, clinic_id: int) -> list:
    """The Haster folder's items (its rule, ``pinned_condition``), oldest first: the columns the
    watch needs. On SQLite ordered by ``received_plus``: ordered by the received time itself, SQLite
    walked all the clinic's items (0.2 s at 1M, every minute, in the jobs' write transaction)."""
    received = received_plus() if s.get_bind().dialect.name == "sqlite" else InboxItem.received_at
    return s.execute(
        select(InboxItem.id, InboxItem.patient_id, InboxItem.received_at, InboxItem.unread)
        .where(InboxItem.clinic_id == clinic_id, pinned_condition())
        .order_by(received.asc(), InboxItem.id)).all()


def _flag_starts(s: Session, item_ids: list[int]) -> dict[int, datetime]:
    """Per item: when its current urgent spell began (the first flag after the last clearing)."""
    starts: dict[int, datetime] = {}
    if not item_ids:
        return starts
    rows = s.execute(select(UrgentFlag.item_id, UrgentFlag.cleared, UrgentFlag.at)
                     .where(UrgentFlag.item_id.in_(item_ids)).order_by(UrgentFlag.item_id, UrgentFlag.id))
    for item_id, cleared, at in rows:
        if cleared:
            starts.pop(item_id, None)
        else:
            starts.setdefault(item_id, at)
    return starts


def waiting_in(s: Session, clinic_id: int, now: datetime, clock: OpenClock | None = None) -> list[UrgentWaiting]:
    """Every urgent item of the clinic that is not done, with its escalation state at ``now``."""
    items = _urgent_items(s, clinic_id)
    starts = _flag_starts(s, [i.id for i in items])
    minutes = values_in(s, clinic_id).escalation_minutes
    clock = clock or clock_for(s, clinic_id, now)
    out = []
    for item in items:
        start = max(starts.get(item.id, item.received_at), item.received_at)
        opened = not item.unread
        due = None if opened else clock.add_open_minutes(start, minutes)
        out.append(UrgentWaiting(item.id, item.patient_id, item.received_at, start, opened, due,
                                 due is not None and due <= now))
    return out


def due_escalations(db, actor: auth.Actor, now: datetime) -> tuple[UrgentWaiting, ...]:
    """The urgent items not opened within the clinic's escalation time (of opening hours), oldest first."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        return tuple(sorted((w for w in waiting_in(s, actor.clinic_id, now) if w.escalated),
                            key=lambda w: (w.due_at, w.item_id)))


def closing_overview(db, actor: auth.Actor, now: datetime) -> Overview:
    """Urgent items not done, for the day's closing (today's, or the last one when closed today)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        clock = clock_for(s, actor.clinic_id, now)
        day = local_date(now)
        bounds = clock.day_bounds(day)
        closes = bounds[1] if bounds else clock.previous_closing(now)
        items = tuple(waiting_in(s, actor.clinic_id, now, clock))
        return Overview(closes, local_date(closes) if closes else None, items)


def opening_overview(db, actor: auth.Actor, now: datetime) -> Overview:
    """Urgent items not done that arrived after the previous closing: for the opening now under way,
    or the next one when the clinic is closed."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        clock = clock_for(s, actor.clinic_id, now)
        opens = clock.current_or_next_opening(now)
        if opens is None:
            return Overview(None, None, ())
        closed_at = clock.previous_closing(opens)
        items = tuple(w for w in waiting_in(s, actor.clinic_id, now, clock)
                      if (closed_at is None or w.waiting_since >= closed_at) and w.waiting_since < opens)
        return Overview(opens, local_date(opens), items)


def record_escalations(s: Session, clinic_id: int, now: datetime) -> int:
    """Write each escalation once (item and spell), audited; returns how many are new. For the jobs."""
    new = 0
    escalated = [w for w in waiting_in(s, clinic_id, now) if w.escalated]
    known = {(item_id, since) for item_id, since in s.execute(  # one read (was one per item: 228 at 1M)
        select(Escalation.item_id, Escalation.waiting_since)
        .where(Escalation.item_id.in_([w.item_id for w in escalated])))} if escalated else set()
    for w in escalated:
        if (w.item_id, w.waiting_since) in known:
            continue
        s.add(Escalation(clinic_id=clinic_id, item_id=w.item_id, waiting_since=w.waiting_since, due_at=w.due_at,
                         recorded_at=now))
        audit.record(s, Action.ESCALATE, clinic_id=clinic_id, patient_id=w.patient_id,
                     detail=f"item {w.item_id}", at=now)
        new += 1
    return new
