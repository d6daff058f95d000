"""Listing, adding, changing and removing stock phrases (clinic or personal).

``personal=False``: the clinic's phrases (reading: everyone at the clinic; writing:
``Perm.EDIT_STOCK_PHRASES``). ``personal=True``: the acting staff member's own
phrases at the clinic they act for (``Perm.HANDLE_ITEM``: everyone who answers).
A change names the version it was loaded at: a stale one raises ``StaleData``.
Removing a phrase also removes it from the favourites (Alt+1 … Alt+9) that held it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.models import PhraseFavourite, StockPhrase
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.placeholders import PLACEHOLDERS, unknown_placeholders
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

MAX_ABBREVIATION = 20
MAX_TITLE = 100
MAX_BODY = text_gate.MAX_STAFF_ANSWER
#: what an abbreviation may hold: what the answer box reads as one word before the cursor
_ABBREVIATION = re.compile(r"^[\w.\-]+$")


@dataclass(frozen=True)
class PhraseValues:
    abbreviation: str
    title: str
    body: str


@dataclass(frozen=True)
class PhraseRow:
    id: int
    abbreviation: str
    title: str
    body: str
    personal: bool
    version: int


def _row(p: StockPhrase) -> PhraseRow:
    return PhraseRow(p.id, p.abbreviation, p.title, p.body, p.owner_id is not None, p.version)


def perm_for(personal: bool, write: bool) -> Perm:
    if not write:
        return Perm.READ_INBOX
    return Perm.HANDLE_ITEM if personal else Perm.EDIT_STOCK_PHRASES


def scope_clause(actor: auth.Actor, personal: bool):
    owner = StockPhrase.owner_id == actor.staff_id if personal else StockPhrase.owner_id.is_(None)
    return (StockPhrase.clinic_id == actor.clinic_id, owner)


def scope_name(personal: bool) -> str:
    return "personal phrase" if personal else "clinic phrase"


def list_phrases(db, actor: auth.Actor, *, personal: bool) -> tuple[PhraseRow, ...]:
    """The clinic's phrases, or the actor's personal ones, by abbreviation."""
    auth.require(db, actor, perm_for(personal, False))
    with db.session() as s:
        rows = s.execute(select(StockPhrase).where(*scope_clause(actor, personal))
                         .order_by(StockPhrase.abbreviation, StockPhrase.id)).scalars().all()
        return tuple(_row(p) for p in rows)


def _gate(text: str, field: str, **kw) -> str:
    try:
        return text_gate.check(text, required=True, **kw)
    except text_gate.TextRefused as exc:
        raise ValidationError(exc.message, code=exc.code, field=field) from None


def check_phrase(values: PhraseValues) -> PhraseValues:
    """The values stripped, or a ``ValidationError`` (``details["field"]``) saying what to fix."""
    abbreviation = _gate(values.abbreviation, "abbreviation", what=say("Forkortelsen"), max_length=MAX_ABBREVIATION,
                         multiline=False)
    if not _ABBREVIATION.match(abbreviation):
        raise ValidationError(say("Forkortelsen må kun bestå af bogstaver, tal, bindestreg, understreg og punktum "
                                  "(uden mellemrum), fordi den skrives i svaret og udvides med Tab."),
                              code="phrase_abbreviation", field="abbreviation")
    title = _gate(values.title, "title", what=say("Titlen"), max_length=MAX_TITLE, multiline=False)
    body = _gate(values.body, "body", what=say("Teksten"), max_length=MAX_BODY, multiline=True)
    unknown = unknown_placeholders(body)
    if unknown:
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise ValidationError(say("Teksten har en ukendt pladsholder: {unknown}. Brug {known}, eller "
                                  "skriv ordet uden krøllede parenteser.").format(unknown=", ".join(unknown), known=known),
                              code="phrase_placeholder", field="body")
    return PhraseValues(abbreviation, title, body)


def _taken(s, actor, personal: bool, abbreviation: str, phrase_id: int | None) -> StockPhrase | None:
    key = abbreviation.casefold()
    for p in s.execute(select(StockPhrase).where(*scope_clause(actor, personal))).scalars():
        if p.abbreviation.casefold() == key and p.id != phrase_id:
            return p
    return None


def taken_message(abbreviation: str, title: str) -> str:
    return say("Forkortelsen »{abbreviation}« bruges allerede af standardteksten »{title}«. Vælg en anden.").format(
        abbreviation=abbreviation, title=title)


def save_phrase(db, actor: auth.Actor, values: PhraseValues, *, personal: bool, phrase_id: int | None = None,
                expected_version: int | None = None) -> PhraseRow:
    """Add a phrase (``phrase_id`` None) or change one loaded at ``expected_version``."""
    auth.require(db, actor, perm_for(personal, True))
    values = check_phrase(values)
    try:
        with db.write_session() as s:
            other = _taken(s, actor, personal, values.abbreviation, phrase_id)
            if other is not None:
                raise ValidationError(taken_message(values.abbreviation, other.title), code="phrase_taken",
                                      field="abbreviation")
            if phrase_id is None:
                p = StockPhrase(clinic_id=actor.clinic_id, owner_id=actor.staff_id if personal else None,
                                abbreviation=values.abbreviation, title=values.title, body=values.body)
                s.add(p)
                s.flush()
                detail = f"{scope_name(personal)} {p.id} added"
            else:
                p = _own(s, actor, personal, phrase_id, expected_version)
                changed = [n for n in ("abbreviation", "title", "body") if getattr(p, n) != getattr(values, n)]
                for n in changed:
                    setattr(p, n, getattr(values, n))
                s.flush()
                detail = f"{scope_name(personal)} {p.id} changed: {', '.join(changed) or 'no change'}"
            audit.record(s, Action.EDIT_STOCK_PHRASES, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         detail=detail)
            return _row(p)
    except StaleDataError as exc:
        raise StaleData() from exc


def _own(s, actor, personal: bool, phrase_id: int, expected_version: int | None) -> StockPhrase:
    p = s.get(StockPhrase, phrase_id)
    owner_ok = p is not None and (p.owner_id == actor.staff_id if personal else p.owner_id is None)
    if p is None or p.clinic_id != actor.clinic_id or not owner_ok:
        raise NotFound(say("Standardteksten findes ikke (længere). Opdatér listen."))
    if expected_version is not None and p.version != expected_version:
        raise StaleData()
    return p


def delete_phrase(db, actor: auth.Actor, phrase_id: int, expected_version: int | None, *, personal: bool) -> None:
    """Remove a phrase (and the favourites that held it)."""
    auth.require(db, actor, perm_for(personal, True))
    try:
        with db.write_session() as s:
            p = _own(s, actor, personal, phrase_id, expected_version)
            s.execute(delete(PhraseFavourite).where(PhraseFavourite.phrase_id == p.id))
            s.delete(p)
            s.flush()
            audit.record(s, Action.EDIT_STOCK_PHRASES, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         detail=f"{scope_name(personal)} {phrase_id} removed")
    except StaleDataError as exc:
        raise StaleData() from exc
