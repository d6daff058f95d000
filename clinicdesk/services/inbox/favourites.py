"""Numbered favourite stock phrases: each staff member's own Alt+1 … Alt+9 at each clinic.

``list_favourites(db, actor) -> tuple[Favourite, ...]`` (by slot) and
``set_favourite(db, actor, slot, phrase_id)``: put a stock phrase of the actor's
clinic (or one of their own personal phrases there) on slot 1-9 (replacing what was there), or clear the slot with
``phrase_id=None``. A favourite belongs to the staff member *and* the clinic they
act for, so shared staff keep one set per clinic. Setting one is a personal
setting: audited as ``EDIT_SETTINGS`` naming the slot, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import PhraseFavourite, StockPhrase
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.detail_types import StockPhraseView
from clinicdesk.services.inbox.phrases import visible_to
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

SLOTS = range(1, 10)


@dataclass(frozen=True)
class Favourite:
    slot: int  # 1 … 9: Alt+slot inserts it
    phrase: StockPhraseView


def list_favourites(db, actor: auth.Actor) -> tuple[Favourite, ...]:
    """The actor's favourites at the clinic they act for, by slot."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(
            select(PhraseFavourite.slot, StockPhrase)
            .join(StockPhrase, StockPhrase.id == PhraseFavourite.phrase_id)
            .where(PhraseFavourite.staff_id == actor.staff_id, PhraseFavourite.clinic_id == actor.clinic_id,
                   visible_to(actor))
            .order_by(PhraseFavourite.slot)
        ).all()
        return tuple(Favourite(slot, StockPhraseView(p.id, p.abbreviation, p.title, p.body)) for slot, p in rows)


def set_favourite(db, actor: auth.Actor, slot: int, phrase_id: int | None) -> tuple[Favourite, ...]:
    """Put ``phrase_id`` on ``slot`` (or clear it); returns the actor's favourites afterwards."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    if slot not in SLOTS:
        raise ValidationError(say("En favorit har et nummer fra 1 til 9."), code="favourite_slot")
    with db.write_session() as s:
        if phrase_id is not None:
            phrase = s.get(StockPhrase, phrase_id)
            if phrase is None or phrase.clinic_id != actor.clinic_id or phrase.owner_id not in (None, actor.staff_id):
                raise ValidationError(say("Standardteksten findes ikke i denne klinik."), code="phrase_unknown")
        row = s.execute(select(PhraseFavourite).where(
            PhraseFavourite.staff_id == actor.staff_id, PhraseFavourite.clinic_id == actor.clinic_id,
            PhraseFavourite.slot == slot)).scalar_one_or_none()
        if phrase_id is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(PhraseFavourite(staff_id=actor.staff_id, clinic_id=actor.clinic_id, slot=slot, phrase_id=phrase_id))
        else:
            row.phrase_id = phrase_id
        audit.record(s, Action.EDIT_SETTINGS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     detail=f"phrase favourite {slot}: {'cleared' if phrase_id is None else f'phrase {phrase_id}'}")
    return list_favourites(db, actor)
