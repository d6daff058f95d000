"""The check before an answer is sent: a short list of certain mistakes, never a guess.

``presend_warnings(db, actor, text, attachments, *, item_id=None, patient_id=None)`` returns Danish
warnings for an answer about to go to the patient of ``item_id`` (or, for a new thread, to
``patient_id``):

* a stock-phrase placeholder left unfilled (``{fornavn}`` …), or a misspelt one (``{navn}``)
  — the placeholder rule's home is ``services/inbox/placeholders.py``;
* "vedhæftet" / "se vedhæftede" / "vedlagt" with no file attached;
* another patient's CPR number (``services/cpr.py`` ``find_cpr_in_text``);
* another patient's full name (a patient of this clinic, not the recipient).

The composer shows them on the first Send; a second Send sends. Reading names for the check is part
of answering the opened item (its ``OPEN_ITEM`` entry is the lookup in the log); the check returns
only whether a name of another patient is in the text the user wrote, and writes no audit entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.messages import say
from clinicdesk.models import ClinicPatient, Patient
from clinicdesk.services import auth
from clinicdesk.services.cpr import compact_cpr, find_cpr_in_text
from clinicdesk.services.inbox.detail import get_item
from clinicdesk.services.inbox.placeholders import PLACEHOLDERS, unknown_placeholders
from clinicdesk.services.permissions import Perm

_ATTACHED = re.compile(r"\b(vedhæft\w*|vedhaeft\w*|vedlagt\w*|vedlagte)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*", re.UNICODE)
MAX_NAME_CANDIDATES = 200


@dataclass(frozen=True)
class PresendWarning:
    code: str  # placeholder | attachment_missing | other_cpr | other_name
    text: str  # Danish, fit to show as it is (a say text: views show it through service_text)


def _cprs(text: str) -> list[str]:
    out, rest = [], text or ""
    while True:
        found = find_cpr_in_text(rest)
        if found is None:
            return out
        out.append(found)
        rest = rest[rest.find(found) + len(found):]


def _name_in(text_lower: str, full: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(full.lower()) + r"(?!\w)", text_lower) is not None


def presend_warnings(db, actor: auth.Actor, text: str, attachments: int = 0, *, item_id: int | None = None,
                     patient_id: int | None = None) -> tuple[PresendWarning, ...]:
    auth.require(db, actor, Perm.HANDLE_ITEM)
    text = text or ""
    warnings: list[PresendWarning] = []
    left = sorted({"{" + m.group(1) + "}" for m in _PLACEHOLDER.finditer(text)}) + list(unknown_placeholders(text))
    if left:
        warnings.append(PresendWarning("placeholder", say("Pladsholderen {placeholders} er ikke udfyldt. "
                                                          "Skriv det, den står for, eller slet den.").format(
            placeholders=", ".join(left))))
    m = _ATTACHED.search(text)
    if m and attachments == 0:
        warnings.append(PresendWarning("attachment_missing", say("Svaret nævner ”{word}”, men der er "
                                                                 "ingen fil vedhæftet. Vedhæft filen, eller ret "
                                                                 "teksten.").format(word=m.group(0))))
    with db.session() as s:
        if item_id is not None:
            patient_id = get_item(s, actor, item_id).patient_id
        patient = s.get(Patient, patient_id) if patient_id is not None else None
        if patient_id is not None and patient is None:
            raise NotFound(say("Patienten findes ikke i denne klinik."))
        own_cpr = patient.cpr if patient is not None else ""
        others = [c for c in _cprs(text) if compact_cpr(c) != own_cpr]
        if others:
            warnings.append(PresendWarning("other_cpr", say("Svaret indeholder et CPR-nummer, der ikke er patientens "
                                                            "({cprs}). Fjern det, hvis det hører til en anden.").format(
                cprs=", ".join(others))))
        names = _other_names(s, actor.clinic_id, text, patient)
        if names:
            warnings.append(PresendWarning("other_name", say("Svaret nævner en anden patient ved fuldt navn ({names}). "
                                                             "Tjek, at svaret er til den rigtige patient.").format(
                names=", ".join(names))))
    return tuple(warnings)


def _other_names(s, clinic_id: int, text: str, patient: Patient | None) -> list[str]:
    seq = [w for w in _WORD.findall(text) if len(w) >= 2]
    if not seq:
        return []
    grams = set(seq) | {w.capitalize() for w in seq}
    for a, b in zip(seq, seq[1:]):  # last names of two words ("Bach Jørgensen")
        grams |= {f"{a} {b}", f"{a.capitalize()} {b.capitalize()}"}
    own = patient.full_name.lower() if patient is not None else None
    rows = s.execute(
        select(Patient.id, Patient.first_name, Patient.last_name)
        .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
        .where(ClinicPatient.clinic_id == clinic_id, Patient.last_name.in_(sorted(grams)))
        .limit(MAX_NAME_CANDIDATES)
    ).all()
    low = text.lower()
    found: list[str] = []
    for pid, first, last in rows:
        full = f"{first} {last}"
        if patient is not None and pid == patient.id or full.lower() == own:
            continue
        if _name_in(low, full) and full not in found:
            found.append(full)
    return found
