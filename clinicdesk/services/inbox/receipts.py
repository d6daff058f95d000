"""Idempotent inbox actions: an action id stored with its result, so a retry is answered, not repeated.

The desktop makes an id (uuid4 text) for each staff action and sends the same id when
the user presses the same button again after a fault (a connection lost around the
COMMIT, disk full, a locked database). ``actions.run(db, work, action_id=…)``:

- ``start(s, action_id, action)`` marks the session; ``check(s, actor, item_id)`` (called
  by ``begin_action`` right after the item is locked, and by ``begin_new`` for an action
  that creates its item) looks the id up *before* claim and version are checked: a
  receipt of the same staff member, clinic, item and action raises ``AlreadyDone``; any
  other use of the id is refused (``ValidationError``, code ``action_id_reused``);
- ``write(s, result)`` stores the receipt in the action's own transaction (so it exists
  exactly when the action's work does) and prunes receipts older than ``KEEP_DAYS``; its
  message is stored translatable (``domain.messages.to_stored``: template and parameters as a
  small JSON object; rows written before hold plain Danish and are read as they are);
- ``replay(db, done)`` answers a retry of a committed action: ``ALREADY_DONE`` with the
  item's fresh detail; nothing is written, no message or mail made twice.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import utcnow
from clinicdesk.models.receipts import ActionReceipt
from clinicdesk.services import auth
from clinicdesk.services.inbox.detail import get_item, load_detail
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.domain.messages import from_stored, say, to_stored

#: receipts older than this are pruned (a retry comes within minutes; the view keeps ids in memory only)
KEEP_DAYS = 30

ALREADY_DONE = say("Allerede sendt – handlingen blev gennemført i første forsøg, så intet er gjort to gange.")

_ID, _ACTION, _ACTOR, _ITEM = "receipt.action_id", "receipt.action", "receipt.actor", "receipt.item_id"


class AlreadyDone(Exception):
    """Internal: the action with this id has been committed before (never reaches a caller of run)."""

    def __init__(self, actor: auth.Actor, item_id: int, message: str):
        super().__init__("already done")
        self.actor, self.item_id, self.message = actor, item_id, message


def checked_id(action_id: str) -> str:
    """A uuid in its 36-character text form, or a ValidationError."""
    try:
        ok = isinstance(action_id, str) and len(action_id) == 36 and str(uuid.UUID(action_id)) == action_id.lower()
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError(say("Handlingens id er ugyldigt. Genindlæs (F5), og prøv igen."), code="action_id_invalid")
    return action_id.lower()


def action_name(fn) -> str:
    """``answer`` for ``answer.<locals>.work``: the service function that built the work."""
    return getattr(fn, "__qualname__", "action").split(".<locals>", 1)[0][:60]


def start(s: Session, action_id: str, action: str) -> None:
    s.info[_ID] = action_id
    s.info[_ACTION] = action


def check(s: Session, actor: auth.Actor, item_id: int | None) -> None:
    """Before the action's checks: a committed twin → ``AlreadyDone``; another use → refused."""
    action_id = s.info.get(_ID)
    if action_id is None:
        return
    s.info[_ACTOR] = actor
    s.info[_ITEM] = item_id
    receipt = s.get(ActionReceipt, action_id, populate_existing=True)
    if receipt is None:
        return
    same = (receipt.staff_id == actor.staff_id and receipt.clinic_id == actor.clinic_id
            and receipt.action == s.info.get(_ACTION) and (item_id is None or receipt.item_id == item_id))
    if not same:
        raise ValidationError(say("Handlingens id er allerede brugt til en anden handling, så intet er gjort. "
                                  "Genindlæs (F5), og prøv igen."), code="action_id_reused")
    raise AlreadyDone(actor, receipt.item_id, from_stored(receipt.message))


def write(s: Session, result: ActionResult) -> None:
    """The receipt, in the action's own transaction; old receipts pruned."""
    actor = s.info.get(_ACTOR)
    if actor is None:
        raise RuntimeError("an action run with an action id must call begin_action or begin_new")
    now = utcnow()
    s.execute(delete(ActionReceipt).where(ActionReceipt.created_at < now - timedelta(days=KEEP_DAYS)))
    s.add(ActionReceipt(action_id=s.info[_ID], item_id=result.item_id, staff_id=actor.staff_id,
                        clinic_id=actor.clinic_id, action=s.info[_ACTION], message=to_stored(result.message, 2000),
                        created_at=now))
    s.flush()


def twin(db, info: dict) -> AlreadyDone | None:
    """After the receipt insert clashed (a twin of this action committed meanwhile): that twin."""
    actor = info.get(_ACTOR)
    if actor is None or info.get(_ID) is None:
        return None
    with db.session() as s:
        start(s, info[_ID], info[_ACTION])
        try:
            check(s, actor, info.get(_ITEM))
        except AlreadyDone as done:
            return done
    return None


def replay(db, done: AlreadyDone) -> ActionResult:
    """The answer to a retry of a committed action: "allerede sendt" and the item as it is now."""
    with db.session() as s:
        item = get_item(s, done.actor, done.item_id)
        detail = load_detail(s, item, utcnow())
        message = ALREADY_DONE + (say(" ({message})").format(message=done.message) if done.message else "")
        return ActionResult(item.id, item.version, item.status, message, detail, replayed=True)
