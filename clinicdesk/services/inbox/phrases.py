"""Stock phrases for answers: what the composer offers, and expanding an abbreviation (Shift+F2).

The composer offers the clinic's phrases and the acting staff member's personal
ones at that clinic (``services.phrase_admin`` edits both). When a personal phrase
has the same abbreviation as a clinic phrase, the personal one comes first, so
abbreviation + Tab inserts it.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from clinicdesk.models import StockPhrase
from clinicdesk.services import auth
from clinicdesk.services.inbox.detail_types import StockPhraseView
from clinicdesk.services.permissions import Perm


def visible_to(actor: auth.Actor):
    """The SQL condition for the phrases ``actor`` may use: the clinic's and their own personal ones."""
    return (StockPhrase.clinic_id == actor.clinic_id) & or_(StockPhrase.owner_id.is_(None),
                                                            StockPhrase.owner_id == actor.staff_id)


def list_stock_phrases(db, actor: auth.Actor) -> tuple[StockPhraseView, ...]:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(select(StockPhrase).where(visible_to(actor))).scalars().all()
        rows = sorted(rows, key=lambda p: (p.abbreviation.casefold(), p.owner_id is None, p.id))
        return tuple(StockPhraseView(p.id, p.abbreviation, p.title, p.body) for p in rows)


def expand_phrase(db, actor: auth.Actor, abbrev: str) -> str | None:
    """The body of the stock phrase with this abbreviation (case-insensitive; personal first), or None."""
    key = (abbrev or "").strip().casefold()
    if not key:
        return None
    for p in list_stock_phrases(db, actor):
        if p.abbreviation.casefold() == key:
            return p.body
    return None
