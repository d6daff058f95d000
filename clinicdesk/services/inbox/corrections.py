"""Correcting a sent answer: a new message, the old one kept and marked.

``correct_message(db, actor, item_id, message_id, text, *, expected_version)``: the
correction is a new message to the patient with ``supersedes_id`` set to the answer
it corrects; the old answer stays in the thread, readable, shown as "Rettet" (the
database refuses to change or delete a message: migration audit_01). Only an answer
sent to the patient can be corrected, and only its newest version. The text passes
the text gate; the patient gets the usual notification mail (no words from the
message); audited as ``Action.CORRECT_MESSAGE`` in the same transaction. Works on a
done item too; a done item stays done and unclaimed.
``action_id`` (uuid4 text): a retry of one already done answers "allerede sendt".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemStatus, MessageDirection
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import Message, utcnow
from clinicdesk.services import audit, auth, notifications
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import begin_action, check_text, finish_action, notify, release_claim, run
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.permissions import Perm


def correct_message(
    db, actor: auth.Actor, item_id: int, message_id: int, text: str, *, expected_version: int,
    now: datetime | None = None, action_id: str | None = None,
) -> ActionResult:
    """Send a correction of the answer ``message_id``; the old answer stays readable."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    body = check_text(text, say("Rettelsen"))
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now, allow_done=True)
        old = s.get(Message, message_id)
        if old is None or old.item_id != item.id:
            raise NotFound(say("Beskeden findes ikke i denne tråd. Opdatér elementet."))
        if old.direction != MessageDirection.TO_PATIENT:
            raise ValidationError(say("Kun et svar til patienten kan rettes. En intern note kan du supplere med en ny "
                                      "note."), code="not_an_answer")
        newer = s.execute(select(Message.id).where(Message.supersedes_id == old.id).limit(1)).scalar()
        if newer is not None:
            raise ValidationError(say("Svaret er allerede rettet. Ret den nyeste udgave i stedet."),
                                  code="already_corrected")
        if body == old.body.strip():
            raise ValidationError(say("Rettelsen er den samme som svaret. Ret teksten, eller fortryd."), code="unchanged")
        new = Message(item_id=item.id, direction=MessageDirection.TO_PATIENT, author_staff_id=actor.staff_id,
                      body=body, created_at=now, supersedes_id=old.id)
        s.add(new)
        s.flush()
        if item.status == ItemStatus.DONE:
            release_claim(item)  # a done item stays done and free
        queued, warns = notify(s, item, notifications.ECONSULT_STARTED)
        audit.record(s, Action.CORRECT_MESSAGE, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} message {old.id} corrected by {new.id}")
        return finish_action(s, actor, item, now,
                             say("Rettelsen er sendt.") if queued else say("Rettelsen er gemt på portalen."),
                             mail_queued=queued, warnings=warns)

    return run(db, work, action_id=action_id)
