"""Stock phrases for answers: the clinic's list and expanding an abbreviation (Shift+F2)."""

from __future__ import annotations

from sqlalchemy import select

from clinicdesk.models import StockPhrase
from clinicdesk.services import auth
from clinicdesk.services.inbox.detail_types import StockPhraseView
from clinicdesk.services.permissions import Perm


def list_stock_phrases(db, actor: auth.Actor) -> tuple[StockPhraseView, ...]:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(select(StockPhrase).where(StockPhrase.clinic_id == actor.clinic_id)
                         .order_by(StockPhrase.abbreviation)).scalars().all()
        return tuple(StockPhraseView(p.id, p.abbreviation, p.title, p.body) for p in rows)


def expand_phrase(db, actor: auth.Actor, abbrev: str) -> str | None:
    """The body of the stock phrase with this abbreviation (case-insensitive), or None."""
    key = (abbrev or "").strip().casefold()
    if not key:
        return None
    for p in list_stock_phrases(db, actor):
        if p.abbreviation.casefold() == key:
            return p.body
    return None
