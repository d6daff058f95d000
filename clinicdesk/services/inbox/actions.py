"""The frame every inbox action runs in, and the pieces the kinds share.

An action runs ``run(db, work, action_id=…)``: ``work(session)`` calls ``begin_action`` (lock the
item; a retry of an action already committed with this ``action_id`` is answered from its
receipt, see ``receipts``; refuse someone else's live claim with ``ItemClaimed``, a stale
``expected_version`` with ``StaleData``, a done item with ``ItemClosed``; take or
renew the actor's claim), does its work, audits, and returns ``finish_action(...)``
(version bump, change log tick, the fresh detail as an ``ActionResult``).

A hand-over (assigning, routing to a doctor, waiting for the patient) gives the
claim away in the action's own transaction: ``hand_over`` releases it and audits
``Action.HAND_OVER``; ``finish_action`` does the same for every item that has just
been set to AWAITING_PATIENT (nobody holds an item that waits for the patient).

An action that creates its item (a new thread) calls ``begin_new(s, actor)`` first.

Shared pieces: ``close_item`` (DONE, claim released), ``add_message`` (a message
with checked attachments), ``check_text``, ``check_attachments`` (the clinic's
limits through ``services.attachments``), ``notify`` (queue the patient's mail).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.enums import ItemStatus, MessageDirection
from clinicdesk.domain.errors import StaleData
from clinicdesk.models import Attachment, Clinic, InboxItem, Message, Patient
from clinicdesk.services import attachments as attachment_rules
from clinicdesk.services import audit, auth, notifications
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox import receipts
from clinicdesk.services.inbox.changes import record_change
from clinicdesk.services.inbox.claims import ItemClaimed, ItemClosed, lease_minutes
from clinicdesk.services.inbox.detail import get_item, load_detail, staff_name
from clinicdesk.services.inbox.types import ActionResult, claimed_text
from clinicdesk.services import text_gate
from clinicdesk.domain.messages import say


def begin_action(
    s: Session, actor: auth.Actor, item_id: int, expected_version: int, now: datetime, *, allow_done: bool = False
) -> InboxItem:
    """Lock the item, check claim and version, take/renew the actor's claim. Returns the item."""
    item = get_item(s, actor, item_id, lock=True)
    receipts.check(s, actor, item_id)  # a retry of a committed action: answered, not done again
    live_other = (
        item.claimed_by_id is not None and item.claimed_by_id != actor.staff_id
        and item.claim_expires_at is not None and item.claim_expires_at > now
    )
    if live_other:
        name = staff_name(s, item.claimed_by_id)
        raise ItemClaimed(claimed_text(name, item.claimed_at) + say(". Du kan ikke handle på elementet nu."),
                          holder_name=name, since=item.claimed_at)
    if item.version != expected_version:
        raise StaleData()
    if item.status == ItemStatus.DONE and not allow_done:
        raise ItemClosed()
    s.info[("status_at_begin", item.id)] = item.status
    if not (item.claimed_by_id == actor.staff_id and item.claim_expires_at and item.claim_expires_at > now):
        item.claimed_at = now
    item.claimed_by_id = actor.staff_id
    item.claim_expires_at = now + timedelta(minutes=lease_minutes(s, actor.clinic_id))
    item.unread = False
    if item.status == ItemStatus.NEW:
        item.status = ItemStatus.OPEN
    return item


def begin_new(s: Session, actor: auth.Actor) -> None:
    """The start of an action that creates its item: a retry of a committed one is answered."""
    receipts.check(s, actor, None)


def finish_action(
    s: Session, actor: auth.Actor, item: InboxItem, now: datetime, message: str, **kw
) -> ActionResult:
    """Flush (version bump), tick the change log, reload the detail.

    An item this action set to AWAITING_PATIENT is handed over to the patient: its
    claim is released here, in the same transaction, and the hand-over audited."""
    if item.status == ItemStatus.AWAITING_PATIENT:
        if s.info.get(("status_at_begin", item.id), ItemStatus.AWAITING_PATIENT) != ItemStatus.AWAITING_PATIENT:
            hand_over(s, actor, item, "awaiting patient")
        else:
            release_claim(item)
    item.changed_at = now
    try:
        s.flush()
    except StaleDataError as exc:
        raise StaleData() from exc
    record_change(s, item.clinic_id, item.id)
    detail = load_detail(s, item, now)
    return ActionResult(item.id, item.version, item.status, message, detail, **kw)


def release_claim(item: InboxItem) -> None:
    item.claimed_by_id = None
    item.claimed_at = None
    item.claim_expires_at = None


def hand_over(s: Session, actor: auth.Actor, item: InboxItem, to: str) -> None:
    """The item goes on to someone else (a colleague, a group, the patient): the actor's
    claim goes with it, in the caller's transaction, audited as ``HAND_OVER``."""
    release_claim(item)
    audit.record(s, Action.HAND_OVER, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                 patient_id=item.patient_id, detail=f"item {item.id} handed over: {to}")


def close_item(item: InboxItem, actor: auth.Actor, now: datetime, reason: str = "") -> None:
    item.status = ItemStatus.DONE
    item.done_at = now
    item.done_by_id = actor.staff_id
    if reason:
        item.closed_reason = reason
    release_claim(item)


def run(db, fn, action_id: str | None = None):
    """Run fn(session) in a write transaction; a concurrent version clash becomes StaleData.

    ``action_id`` (uuid4 text made by the client, the same for a retry of the same
    intent): its receipt is written in this transaction; a retry of an action committed
    before returns ``receipts.ALREADY_DONE`` with the fresh detail, never StaleData and
    never the work twice. A fault (connection lost, commit in doubt, disk full) leaves
    the caller free to call again with the same id."""
    if action_id is None:
        try:
            with db.write_session() as s:
                return fn(s)
        except StaleDataError as exc:
            raise StaleData() from exc
    action_id = receipts.checked_id(action_id)
    info: dict = {}
    try:
        with db.write_session() as s:
            info = s.info
            receipts.start(s, action_id, receipts.action_name(fn))
            result = fn(s)
            receipts.write(s, result)
            return result
    except StaleDataError as exc:
        raise StaleData() from exc
    except receipts.AlreadyDone as done:
        return receipts.replay(db, done)
    except IntegrityError:
        done = receipts.twin(db, info)  # the same action committed meanwhile from another attempt
        if done is None:
            raise
        return receipts.replay(db, done)


def check_text(text_: str, what: str = say("Teksten")) -> str:
    """A staff text (answer, message, note) through the one text gate: required, at most
    MAX_STAFF_ANSWER characters, no control or bidi characters."""
    return text_gate.check(text_, what=what, max_length=text_gate.MAX_STAFF_ANSWER, required=True)


def check_attachments(clinic: Clinic, files) -> list[attachment_rules.CheckedAttachment]:
    """The clinic's own attachments, within its count and size limits (all or nothing)."""
    return attachment_rules.check_clinic_files(clinic, files, from_patient=False)


def add_message(s: Session, item_id: int, direction: MessageDirection, actor: auth.Actor, body: str,
                now: datetime, atts: list[attachment_rules.CheckedAttachment] = ()) -> Message:
    m = Message(item_id=item_id, direction=direction, author_staff_id=actor.staff_id, body=body, created_at=now)
    s.add(m)
    s.flush()
    for a in atts:
        s.add(Attachment(message_id=m.id, filename=a.filename[:255], content_type=a.content_type, size=a.size,
                         sha256=a.sha256, data=a.data))
    s.flush()
    return m


def notify(s: Session, item: InboxItem, event: str, extra: dict | None = None) -> tuple[bool, tuple[str, ...]]:
    """Queue the patient's notification mail; (queued?, warnings)."""
    clinic = s.get(Clinic, item.clinic_id)
    patient = s.get(Patient, item.patient_id) if item.patient_id else None
    if patient is None:
        return False, (say("Der er ingen patient at give besked."),)
    mail = notifications.queue_patient_mail(s, clinic=clinic, patient=patient, event=event, item_id=item.id,
                                            extra=extra)
    if mail is None:
        return False, (say("Patienten har ingen e-mailadresse, så der er ikke sendt besked om det. "
                           "Overvej at ringe til patienten."),)
    return True, ()
