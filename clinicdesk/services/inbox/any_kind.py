"""Actions on an item of any kind: internal note, close without answer, mark done, reopen.

All take ``expected_version`` and run in the frame of ``actions`` (claim, version,
audit, change log). ``add_internal_note`` is allowed on done items too;
``mark_done`` is for notices and is refused ("decision_pending") while a decision
or an answer is still owed; ``close_without_answer`` needs a reason.

Closing rules (both ways of closing): a renewal is never closed while a line is
undecided ("lines_pending": a doctor decides every line and sends the decision);
closing a booking request that still waits frees the slot the portal held for it,
in the same transaction, so another patient can book it; reopening holds it again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import BookingOutcome, ItemKind, ItemStatus, LineDecision, MessageDirection
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import BookingRequest, InboxItem, Message, RenewalLine, SignupRequest, utcnow
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import add_message, begin_action, check_text, close_item, finish_action, run
from clinicdesk.services.inbox.booking import free_held_slot, hold_slot_again
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.permissions import Perm
from clinicdesk.services import text_gate
from clinicdesk.domain.messages import say


def add_internal_note(
    db, actor: auth.Actor, item_id: int, text: str, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """A note between staff on any item; the patient never sees it and gets no mail."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    body = check_text(text, say("Notatet"))
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now, allow_done=True)
        add_message(s, item.id, MessageDirection.INTERNAL, actor, body, now)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} internal note")
        return finish_action(s, actor, item, now, say("Notatet er gemt."))

    return run(db, work, action_id=action_id)


def close_without_answer(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Close an item without answering the patient; the reason is required and kept."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    why = text_gate.check(reason, what=say("Begrundelsen"), max_length=text_gate.MAX_STAFF_NOTE)
    if not why:
        raise ValidationError(say("Skriv en begrundelse for at afslutte uden svar."), code="reason_required")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        _check_may_close(s, item)
        _free_waiting_booking(s, item)
        close_item(item, actor, now, why)
        if item.kind == ItemKind.ECONSULT:
            add_message(s, item.id, MessageDirection.INTERNAL, actor, f"Afsluttet uden svar: {why}", now)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} closed without answer")
        return finish_action(s, actor, item, now, say("Afsluttet uden svar."))

    return run(db, work, action_id=action_id)


class LinesPending(ValidationError):
    code = "lines_pending"
    default_message = say("Receptfornyelsen kan ikke afsluttes, før der er taget stilling til alle linjer. "
                          "En læge godkender eller afviser hver linje og sender afgørelsen.")


def _pending_lines(s: Session, item_id: int) -> int:
    return s.execute(
        select(func.count()).select_from(RenewalLine)
        .where(RenewalLine.item_id == item_id, RenewalLine.decision == LineDecision.PENDING)).scalar() or 0


def _check_may_close(s: Session, item: InboxItem) -> None:
    """A renewal with an undecided line is never closed: the patient would get no answer."""
    if item.kind == ItemKind.RENEWAL and _pending_lines(s, item.id):
        raise LinesPending()


def _free_waiting_booking(s: Session, item: InboxItem) -> None:
    """A booking request closed while it waits gives its held slot back."""
    if item.kind != ItemKind.BOOKING:
        return
    req = s.get(BookingRequest, item.id)
    if req is not None and req.outcome == BookingOutcome.PENDING:
        free_held_slot(s, req.slot_id)


def _last_from_patient(s: Session, item_id: int) -> bool:
    last = s.execute(select(Message.direction).where(Message.item_id == item_id,
                                                     Message.direction != MessageDirection.INTERNAL)
                     .order_by(Message.id.desc()).limit(1)).scalar()
    return last == MessageDirection.FROM_PATIENT


def _waits_for_decision(s: Session, item: InboxItem) -> bool:
    """Does the item still wait for a decision (booking, sign-up, renewal line) or an answer?"""
    if item.kind == ItemKind.BOOKING:
        req = s.get(BookingRequest, item.id)
        return req is not None and req.outcome.value == "pending"
    if item.kind == ItemKind.SIGNUP:
        req = s.get(SignupRequest, item.id)
        return req is not None and req.decision.value == "pending"
    if item.kind == ItemKind.RENEWAL:
        return bool(_pending_lines(s, item.id))
    if item.kind == ItemKind.ECONSULT:
        return _last_from_patient(s, item.id)
    return False


def mark_done(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Mark a notice handled (a cancellation by the patient, an auto-created booking or sign-up)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        _check_may_close(s, item)
        if _waits_for_decision(s, item):
            raise ValidationError(
                say("Elementet venter stadig på en beslutning eller et svar. Tag stilling, eller afslut uden svar "
                    "med en begrundelse."),
                code="decision_pending",
            )
        close_item(item, actor, now)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} marked done")
        return finish_action(s, actor, item, now, say("Markeret som behandlet."))

    return run(db, work, action_id=action_id)


def reopen_item(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """A done item back to OPEN (claimed by the actor)."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now, allow_done=True)
        item.status = ItemStatus.OPEN
        item.done_at = None
        item.done_by_id = None
        warns = hold_slot_again(s, item)
        audit.record(s, Action.UPDATE_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} reopened")
        return finish_action(s, actor, item, now, say("Elementet er genåbnet."), warnings=warns)

    return run(db, work, action_id=action_id)
