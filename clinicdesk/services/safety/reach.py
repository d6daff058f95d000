"""Answers that must reach the patient: "skal læses" (must be read) and the call when they are not.

An answer sent with "Skal læses" is marked in its own transaction (``inbox.answer(must_read=True)``
calls ``mark_must_read_in``); ``set_must_read(db, actor, message_id, on)`` marks (or unmarks) one
already sent; audited ``MARK_MUST_READ``. ``must_read_in(db, actor, item_id)``: the
item's marked answers and whether each is read (for the thread pane). ``file_unread_tasks(s,
clinic_id, now)`` (for the safety jobs): an answer still marked, not read by the patient
(``Message.read_by_patient_at``) after the clinic's ``unread_answer_working_days`` Danish working days
(``services/workdays.py``; counted from the day it was sent), files one "Ring til patienten" task
for its author (``services.safety.tasks``), once. A corrected answer counts as read when the patient has
read its correction (``services/inbox/corrections.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import MessageDirection
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import InboxItem, Message, utcnow
from clinicdesk.models.safety import TASK_CALL_UNREAD, AnswerWatch
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.settings import values_in
from clinicdesk.services.safety.tasks import file_task
from clinicdesk.services.workdays import add_working_days, local_date


@dataclass(frozen=True)
class MustRead:
    message_id: int
    marked: bool
    marked_at: datetime
    read_at: datetime | None  # the patient's read receipt


def set_must_read(db, actor: auth.Actor, message_id: int, on: bool = True, now: datetime | None = None) -> MustRead:
    """Mark an answer to a patient "skal læses" (or take the mark off). Audited; idempotent."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()
    with db.write_session() as s:
        msg = s.get(Message, message_id)
        item = s.get(InboxItem, msg.item_id) if msg is not None else None
        if msg is None or item is None or item.clinic_id != actor.clinic_id:
            raise NotFound(say("Beskeden findes ikke (længere) i denne klinik. Opdatér visningen."))
        return mark_must_read_in(s, actor, item, msg, on, now)


def mark_must_read_in(s: Session, actor: auth.Actor, item: InboxItem, msg: Message, on: bool,
                      now: datetime) -> MustRead:
    """``set_must_read`` in the caller's transaction (an answer sent with the mark on: one
    transaction, so an answer is never stored without the mark the user asked for)."""
    if msg.direction != MessageDirection.TO_PATIENT:
        raise ValidationError(say("Kun et svar til patienten kan markeres »skal læses«."), code="not_an_answer")
    watch = s.scalar(select(AnswerWatch).where(AnswerWatch.message_id == msg.id))
    changed = False
    if watch is None and on:
        watch = AnswerWatch(clinic_id=item.clinic_id, item_id=item.id, message_id=msg.id, active=True,
                            marked_by_id=actor.staff_id, marked_at=now)
        s.add(watch)
        changed = True
    elif watch is not None and watch.active != on:
        watch.active = on
        if on:
            watch.marked_at, watch.marked_by_id = now, actor.staff_id
        changed = True
    if changed:
        audit.record(s, Action.MARK_MUST_READ, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"message {msg.id} {'on' if on else 'off'}", at=now)
    s.flush()
    if watch is None:
        return MustRead(msg.id, False, now, msg.read_by_patient_at)
    return MustRead(msg.id, watch.active, watch.marked_at, msg.read_by_patient_at)


def must_read_in(db, actor: auth.Actor, item_id: int) -> tuple[MustRead, ...]:
    """The item's answers marked "skal læses" (and whether the patient has read each)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(
            select(AnswerWatch, Message.read_by_patient_at).join(Message, Message.id == AnswerWatch.message_id)
            .where(AnswerWatch.clinic_id == actor.clinic_id, AnswerWatch.item_id == item_id,
                   AnswerWatch.active.is_(True)).order_by(AnswerWatch.message_id)).all()
        return tuple(MustRead(w.message_id, True, w.marked_at, read_at) for w, read_at in rows)


def file_unread_tasks(s: Session, clinic_id: int, now: datetime) -> int:
    """A task for each marked answer unread after the clinic's working days (once each). For the jobs."""
    days = values_in(s, clinic_id).unread_answer_working_days
    today = local_date(now)
    rows = s.execute(
        select(AnswerWatch, Message, InboxItem.patient_id)
        .join(Message, Message.id == AnswerWatch.message_id).join(InboxItem, InboxItem.id == AnswerWatch.item_id)
        .where(AnswerWatch.clinic_id == clinic_id, AnswerWatch.active.is_(True))).all()
    filed = 0
    for watch, msg, patient_id in rows:
        due = add_working_days(local_date(msg.created_at), days)
        if today < due or _latest_version(s, msg).read_by_patient_at is not None:
            continue
        task = file_task(s, clinic_id=clinic_id, kind=TASK_CALL_UNREAD, source_key=f"unread:{msg.id}", due=today,
                         now=now, patient_id=patient_id, item_id=watch.item_id, message_id=msg.id,
                         assigned_to_id=msg.author_staff_id or watch.marked_by_id)
        filed += task is not None
    return filed


def _latest_version(s: Session, msg: Message) -> Message:
    """The answer as the patient has it now: a corrected answer counts as read when its correction is."""
    seen = {msg.id}
    while True:
        newer = s.scalar(select(Message).where(Message.supersedes_id == msg.id).order_by(Message.id.desc()).limit(1))
        if newer is None or newer.id in seen:
            return msg
        seen.add(newer.id)
        msg = newer
