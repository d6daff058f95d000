"""Placeholders in stock phrases: ``{fornavn}``, ``{behandler}``, ``{klinik}``, ``{frist}``.

``placeholder_values(db, actor, item_id=None, *, patient_id=None, provider_id=None)``
reads what the placeholders stand for: from an inbox item (its patient's first name,
its provider's portal label, its due date), or for "Opret E-svar" from the chosen
patient and provider; the clinic's display name always. ``fill_placeholders(text,
values)`` is the one rule that fills them: a placeholder with no value (an item
without a due date, a thread to no particular provider) is left as typed, so the
user sees it and writes the missing part. Unknown ``{…}`` words are text when a
phrase is used; ``unknown_placeholders`` names them, so editing a phrase can refuse
a misspelt placeholder (``services/phrase_admin``).

Reading the values is part of working on an item the user has opened (its
``OPEN_ITEM`` entry is the lookup in the log) or of writing to a patient the user
found by an audited search, so it writes no audit entry of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from clinicdesk.domain.errors import NotFound
from clinicdesk.models import Clinic, ClinicPatient, Patient, Provider
from clinicdesk.services import auth
from clinicdesk.services.inbox.detail import get_item
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

#: the placeholders a stock phrase may hold (Danish words, typed in braces)
PLACEHOLDERS = ("fornavn", "behandler", "klinik", "frist")

_PATTERN = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class PlaceholderValues:
    fornavn: str = ""
    behandler: str = ""
    klinik: str = ""
    frist: str = ""  # dd.mm.yyyy


def due_text(due: date | None) -> str:
    return due.strftime("%d.%m.%Y") if due else ""


#: a word in braces that looks like a placeholder (lower-case letters): known or a typo
_BRACED_WORD = re.compile(r"\{([a-zæøå_]+)\}")


def unknown_placeholders(text: str) -> tuple[str, ...]:
    """The brace words in ``text`` that look like placeholders but are none (``{navn}``), in order.

    Editing a stock phrase refuses them (a typo would otherwise reach a patient as typed)."""
    seen: list[str] = []
    for m in _BRACED_WORD.finditer(text or ""):
        if m.group(1) not in PLACEHOLDERS and m.group(0) not in seen:
            seen.append(m.group(0))
    return tuple(seen)


def has_placeholders(text: str) -> bool:
    """Whether ``text`` holds one of the placeholders (a phrase without any needs no values)."""
    return bool(_PATTERN.search(text or ""))


def fill_placeholders(text: str, values: PlaceholderValues | None) -> str:
    """``text`` with every known placeholder that has a value replaced; the rest as typed."""
    if values is None or not text:
        return text

    def one(m: re.Match) -> str:
        value = getattr(values, m.group(1))
        return value if value else m.group(0)

    return _PATTERN.sub(one, text)


def placeholder_values(
    db, actor: auth.Actor, item_id: int | None = None, *, patient_id: int | None = None,
    provider_id: int | None = None,
) -> PlaceholderValues:
    """What the placeholders stand for on ``item_id`` (or for a new thread to ``patient_id``)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        klinik = (clinic.display_name or clinic.name) if clinic is not None else ""
        due = None
        if item_id is not None:
            item = get_item(s, actor, item_id)
            patient_id, provider_id, due = item.patient_id, item.provider_id, item.due_date
        fornavn = ""
        if patient_id is not None:
            registered = s.execute(select(ClinicPatient.id).where(
                ClinicPatient.clinic_id == actor.clinic_id, ClinicPatient.patient_id == patient_id)).scalar()
            patient = s.get(Patient, patient_id)
            if patient is None or (registered is None and item_id is None):
                raise NotFound(say("Patienten findes ikke i denne klinik."))
            fornavn = patient.first_name or ""
        behandler = ""
        if provider_id is not None:
            prov = s.get(Provider, provider_id)
            if prov is not None and prov.clinic_id == actor.clinic_id:
                behandler = prov.portal_label
        return PlaceholderValues(fornavn=fornavn, behandler=behandler, klinik=klinik, frist=due_text(due))
