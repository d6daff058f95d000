"""Urgent flags on inbox items: set by the word lists at intake, or by hand with a reason, and cleared.

``flag_at_intake(s, item, message_id, text, now)``: in the portal's own transaction, after the
patient's message is stored; it never refuses or changes the message (a fault here only loses the
flag, inside a savepoint, and is logged without text). ``mark_urgent`` / ``unmark_urgent``: a
staff member, with a reason, audited. ``urgent_state``: whether an item is flagged now and the words
that caused it (for highlighting). Each event is a new ``UrgentFlag`` row; the item's current state
is ``InboxItem.priority``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import Priority
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import InboxItem, utcnow
from clinicdesk.models.safety import SOURCE_AUTO, SOURCE_MANUAL, UrgentFlag
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.changes import record_change
from clinicdesk.services.inbox.detail import get_item
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.detector import Detection, Detector, default_detector
from clinicdesk.services.safety.lists import merged_lists
from clinicdesk.services.safety.terms import additions_in

log = logging.getLogger(__name__)
MAX_REASON = 500


@dataclass(frozen=True)
class FlagEntry:
    at: datetime
    source: str  # auto | manual
    cleared: bool
    words: tuple[str, ...]
    reason: str
    by_staff_id: int | None
    message_id: int | None


@dataclass(frozen=True)
class UrgentState:
    item_id: int
    urgent: bool
    words: tuple[str, ...]  # what the lists found since the flag was last cleared (to highlight)
    history: tuple[FlagEntry, ...]


@lru_cache(maxsize=32)
def _detector_for(key: tuple) -> Detector:
    return Detector(merged_lists({name: list(lines) for name, lines in key}))


def detector_in(s: Session, clinic_id: int) -> Detector:
    adds = additions_in(s, clinic_id)
    if not adds:
        return default_detector()
    return _detector_for(tuple(sorted((k, tuple(v)) for k, v in adds.items())))


def flag_at_intake(s: Session, item: InboxItem, message_id: int, text: str, now: datetime) -> Detection | None:
    """Scan a patient's new message; flag the item when the lists find something. Never raises."""
    try:
        with s.begin_nested():
            found = detector_in(s, item.clinic_id).detect(text)
            if not found.flagged:
                return found
            s.add(UrgentFlag(clinic_id=item.clinic_id, item_id=item.id, message_id=message_id, source=SOURCE_AUTO,
                             cleared=False, words="\n".join(found.words), reason="", at=now))
            item.priority = Priority.URGENT
            audit.record(s, Action.MARK_URGENT, clinic_id=item.clinic_id, patient_id=item.patient_id,
                         detail=f"item {item.id} auto", at=now)
            return found
    except Exception as exc:  # noqa: BLE001 - the patient's message is stored whatever happens here
        # the class name only: an exception's text or traceback could quote the patient's words
        log.error("urgent-word scan failed for item %s (the message is stored, without a flag): %s",
                  item.id, exc.__class__.__name__)
        return None


def _set(db, actor: auth.Actor, item_id: int, reason: str, urgent: bool, now: datetime | None) -> UrgentState:
    auth.require(db, actor, Perm.HANDLE_ITEM)
    why = text_gate.check(reason, what=say("Begrundelsen"), max_length=MAX_REASON)
    if not why:
        raise ValidationError(say("Skriv kort hvorfor, så kollegerne kan se det."), code="reason_required")
    now = now or utcnow()
    with db.write_session() as s:
        item = get_item(s, actor, item_id, lock=True)
        s.add(UrgentFlag(clinic_id=item.clinic_id, item_id=item.id, message_id=None, source=SOURCE_MANUAL,
                         cleared=not urgent, words="", reason=why, by_staff_id=actor.staff_id, at=now))
        # a plain UPDATE: the flag is not part of what a colleague holding the item edits, so their
        # version stays valid (no "changed by someone else" for a highlight)
        s.execute(update(InboxItem).where(InboxItem.id == item.id)
                  .values(priority=Priority.URGENT if urgent else Priority.NORMAL, changed_at=now))
        record_change(s, item.clinic_id, item.id, at=now)
        audit.record(s, Action.MARK_URGENT if urgent else Action.UNMARK_URGENT, staff_id=actor.staff_id,
                     clinic_id=actor.clinic_id, patient_id=item.patient_id, detail=f"item {item.id}", at=now)
        s.flush()
        return _state(s, item.id, urgent)


def mark_urgent(db, actor: auth.Actor, item_id: int, reason: str, now: datetime | None = None) -> UrgentState:
    return _set(db, actor, item_id, reason, True, now)


def unmark_urgent(db, actor: auth.Actor, item_id: int, reason: str, now: datetime | None = None) -> UrgentState:
    return _set(db, actor, item_id, reason, False, now)


def _state(s: Session, item_id: int, urgent: bool) -> UrgentState:
    rows = s.execute(select(UrgentFlag).where(UrgentFlag.item_id == item_id).order_by(UrgentFlag.id)).scalars().all()
    history = tuple(FlagEntry(r.at, r.source, r.cleared, tuple(w for w in r.words.split("\n") if w), r.reason,
                              r.by_staff_id, r.message_id) for r in rows)
    words: list[str] = []
    for e in history:
        if e.cleared:
            words = []
        for w in e.words:
            if w.lower() not in (x.lower() for x in words):
                words.append(w)
    return UrgentState(item_id, urgent, tuple(words) if urgent else (), history)


def urgent_state(db, actor: auth.Actor, item_id: int) -> UrgentState:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        item = get_item(s, actor, item_id)
        return _state(s, item.id, item.priority == Priority.URGENT)
