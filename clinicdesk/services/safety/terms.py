"""The clinic's own lines in the urgent-word lists (settings, tab "Haster").

``list_terms(db, actor)``: the clinic's lines; ``add_term`` / ``remove_term`` (administrators, as
for every clinic setting; audited). ``additions_in(session, clinic_id)``: the lines as the detector
takes them (``{list_name: [phrase, ...]}``), read in the caller's transaction (intake).
The shipped lists are files in resources/safety/ (``lists.default_text``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import utcnow
from clinicdesk.models.safety import SafetyTerm
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.lists import LIST_NAMES, check_line

MAX_PHRASE = 200

LIST_LABELS_DA = {  # the four lists' names (a view shows them with service_text)
    "urgent": say("Akutte ord og udtryk"),
    "negation": say("Nægtelser (ingen, ikke …)"),
    "others": say("Andre mennesker (min far, min mor …)"),
    "past": say("Tidligere hændelser (for 3 år siden …)"),
}


@dataclass(frozen=True)
class TermRow:
    id: int
    list_name: str
    phrase: str
    added_at: datetime


def additions_in(s: Session, clinic_id: int) -> dict[str, list[str]]:
    rows = s.execute(
        select(SafetyTerm.list_name, SafetyTerm.phrase).where(SafetyTerm.clinic_id == clinic_id).order_by(SafetyTerm.id)
    ).all()
    out: dict[str, list[str]] = {}
    for name, phrase in rows:
        out.setdefault(name, []).append(phrase)
    return out


def list_terms(db, actor: auth.Actor) -> tuple[TermRow, ...]:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(
            select(SafetyTerm).where(SafetyTerm.clinic_id == actor.clinic_id).order_by(SafetyTerm.list_name, SafetyTerm.id)
        ).scalars().all()
        return tuple(TermRow(r.id, r.list_name, r.phrase, r.added_at) for r in rows)


def add_term(db, actor: auth.Actor, list_name: str, phrase: str, now: datetime | None = None) -> TermRow:
    """A line added to one of the clinic's lists; refused (Danish) when it cannot be a phrase or is there already."""
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    if list_name not in LIST_NAMES:
        raise ValidationError(say("Vælg en af listerne."), code="unknown_list")
    text = " ".join(text_gate.check(phrase, what=say("Udtrykket"), max_length=MAX_PHRASE, multiline=False).split())
    problem = check_line(text)
    if problem:
        raise ValidationError(problem, code="bad_phrase")
    now = now or utcnow()
    with db.write_session() as s:
        existing = additions_in(s, actor.clinic_id).get(list_name, [])
        if text.lower() in (e.lower() for e in existing):
            raise ValidationError(say("Udtrykket står allerede på listen."), code="duplicate_phrase")
        row = SafetyTerm(clinic_id=actor.clinic_id, list_name=list_name, phrase=text, added_by_id=actor.staff_id,
                         added_at=now)
        s.add(row)
        s.flush()
        audit.record(s, Action.EDIT_SAFETY_TERMS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"add {list_name} {row.id}", at=now)
        return TermRow(row.id, row.list_name, row.phrase, row.added_at)


def remove_term(db, actor: auth.Actor, term_id: int, now: datetime | None = None) -> None:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    with db.write_session() as s:
        row = s.get(SafetyTerm, term_id)
        if row is None or row.clinic_id != actor.clinic_id:
            raise NotFound(say("Udtrykket findes ikke (længere). Luk og åbn indstillingerne igen."))
        audit.record(s, Action.EDIT_SAFETY_TERMS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"remove {row.list_name} {row.id}", at=now or utcnow())
        s.delete(row)
