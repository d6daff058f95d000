"""The answer archive (F2): the actor's OWN earlier answers to patients in this clinic.

``answer_archive(db, actor, term="", limit=40) -> tuple[ArchivedAnswer, ...]``:
newest first, one per distinct text, without patient identity (as in the practice
system's answer archive). Audited (``SEARCH_PATIENT``, detail "answer archive", the term).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinicdesk.domain.enums import MessageDirection
from clinicdesk.models import InboxItem, Message
from clinicdesk.services import audit_lookups, auth
from clinicdesk.services.inbox.search import escape_like, fold
from clinicdesk.services.permissions import Perm


@dataclass(frozen=True)
class ArchivedAnswer:
    message_id: int
    created_at: datetime  # UTC
    body: str


def answer_archive(db, actor: auth.Actor, term: str = "", limit: int = 40) -> tuple[ArchivedAnswer, ...]:
    """The actor's own earlier answers (text only), newest first, distinct texts."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    term = (term or "").strip()
    stmt = (
        select(Message.id, Message.created_at, Message.body)
        .join(InboxItem, InboxItem.id == Message.item_id)
        .where(InboxItem.clinic_id == actor.clinic_id, Message.author_staff_id == actor.staff_id,
               Message.direction == MessageDirection.TO_PATIENT)
        .order_by(Message.id.desc())
        .limit(max(1, min(limit, 200)) * 3)
    )
    if term:
        stmt = stmt.where(fold(db, Message.body).like(f"%{escape_like(term.casefold())}%", escape="\\"))
    with db.write_session() as s:
        rows = s.execute(stmt).all()
        audit_lookups.record_search(s, actor, term, "answer_archive")
    seen, out = set(), []
    for mid, at, body in rows:
        key = body.strip()
        if key in seen:
            continue
        seen.add(key)
        out.append(ArchivedAnswer(mid, at, body))
        if len(out) >= limit:
            break
    return tuple(out)
