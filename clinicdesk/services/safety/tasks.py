"""Tasks the safety net files for staff: "Ring til patienten".

A task is a row of ``safety_task`` (not an inbox item: the inbox's lists, panes and filters know
four kinds of patient requests, and a task is work for the clinic, not a request). Each cause files
one task at most: ``source_key`` is unique per clinic (``unread:<message id>`` for an answer marked
"skal læses" that is still unread, ``contact:<problem id>`` for an address that does not work), so a
second run of the jobs, or two workstations at once, file nothing new.

``file_task`` (inside the caller's transaction; audited ``SAFETY_TASK``), ``list_tasks(db, actor)``
(open tasks of the clinic, or only the actor's), ``tasks_for_item`` (what the item pane shows) and
``finish_task(db, actor, task_id)`` (done, audited). Task texts are fixed Danish sentences: never
the message's text or a condition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.messages import say
from clinicdesk.models import Patient, StaffUser, utcnow
from clinicdesk.models.safety import TASK_CALL_UNREAD, TASK_CONTACT, SafetyTask
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import Perm

TASK_TITLE = say("Ring til patienten")
TASK_REASONS = {
    TASK_CALL_UNREAD: say("Et svar markeret »skal læses« er ikke læst."),
    TASK_CONTACT: say("Patientens e-mailadresse virker ikke: beskeder fra klinikken når ikke frem."),
}


@dataclass(frozen=True)
class TaskView:
    id: int
    kind: str  # call_unread | contact
    title: str  # "Ring til patienten"
    reason: str  # a fixed Danish sentence (no health data)
    patient_id: int | None
    patient_name: str
    item_id: int | None
    message_id: int | None
    assigned_to_id: int | None  # None: anyone at the clinic
    assigned_to_name: str
    due_date: date
    created_at: datetime
    done_at: datetime | None


def file_task(s: Session, *, clinic_id: int, kind: str, source_key: str, due: date, now: datetime,
              patient_id: int | None = None, item_id: int | None = None, message_id: int | None = None,
              assigned_to_id: int | None = None) -> SafetyTask | None:
    """File the task for this cause unless one exists; returns the new task or None. Caller's transaction."""
    if s.scalar(select(SafetyTask.id).where(SafetyTask.clinic_id == clinic_id,
                                            SafetyTask.source_key == source_key)) is not None:
        return None
    task = SafetyTask(clinic_id=clinic_id, kind=kind, source_key=source_key, patient_id=patient_id, item_id=item_id,
                      message_id=message_id, assigned_to_id=assigned_to_id, due_date=due, created_at=now)
    try:
        with s.begin_nested():  # two runs at once: the unique key lets one of them file it
            s.add(task)
            s.flush()
    except IntegrityError:
        return None
    audit.record(s, Action.SAFETY_TASK, clinic_id=clinic_id, patient_id=patient_id,
                 detail=f"filed {kind} task {task.id}", at=now)
    return task


def _view(s: Session, t: SafetyTask) -> TaskView:
    patient = s.get(Patient, t.patient_id) if t.patient_id else None
    staff = s.get(StaffUser, t.assigned_to_id) if t.assigned_to_id else None
    return TaskView(t.id, t.kind, TASK_TITLE, TASK_REASONS.get(t.kind, ""), t.patient_id,
                    patient.full_name if patient else "", t.item_id, t.message_id,
                    t.assigned_to_id, staff.full_name if staff else "", t.due_date, t.created_at, t.done_at)


def _which(actor: auth.Actor, mine: bool, include_done: bool) -> list:
    """The tasks ``list_tasks`` and ``count_tasks`` mean."""
    conds = [SafetyTask.clinic_id == actor.clinic_id]
    if not include_done:
        conds.append(SafetyTask.done_at.is_(None))
    if mine:
        conds.append(or_(SafetyTask.assigned_to_id == actor.staff_id, SafetyTask.assigned_to_id.is_(None)))
    return conds


def list_tasks(db, actor: auth.Actor, *, mine: bool = False, include_done: bool = False) -> tuple[TaskView, ...]:
    """Open tasks of the clinic (``mine``: the actor's and those for anyone), oldest first."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        q = select(SafetyTask).where(*_which(actor, mine, include_done))
        return tuple(_view(s, t) for t in s.scalars(q.order_by(SafetyTask.due_date, SafetyTask.id)))


def count_tasks(db, actor: auth.Actor, *, mine: bool = False) -> int:
    """How many open tasks ``list_tasks`` would list (the window's "Opgaver (n)", every minute)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(SafetyTask).where(*_which(actor, mine, False))) or 0


def tasks_for_item(db, actor: auth.Actor, item_id: int) -> tuple[TaskView, ...]:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        q = select(SafetyTask).where(SafetyTask.clinic_id == actor.clinic_id, SafetyTask.item_id == item_id)
        return tuple(_view(s, t) for t in s.scalars(q.order_by(SafetyTask.id)))


def finish_task(db, actor: auth.Actor, task_id: int, now: datetime | None = None) -> TaskView:
    """The task is done (the patient was called); audited. Finishing a done task changes nothing."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()
    with db.write_session() as s:
        task = s.get(SafetyTask, task_id)
        if task is None or task.clinic_id != actor.clinic_id:
            raise NotFound(say("Opgaven findes ikke (længere) i denne klinik. Opdatér listen."))
        if task.done_at is None:
            task.done_at = now
            task.done_by_id = actor.staff_id
            audit.record(s, Action.SAFETY_TASK, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=task.patient_id, detail=f"done {task.kind} task {task.id}", at=now)
        s.flush()
        return _view(s, task)
