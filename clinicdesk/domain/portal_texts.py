"""What the portal writes into an inbox item itself (a subject, a first line) when the patient
wrote none: stored in Danish, shown in the user's language.

The intake writes them from the templates here (``booking_line``, ``BOOKED`` …); an item's
stored text is read back as the template it was written from by ``recognise`` (a
``ServiceText``, which a view shows with ``service_text``). A text the patient or the clinic
wrote matches no template and is returned as it is: only ever text, never translated.
"""

from __future__ import annotations

import re
from datetime import datetime

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.messages import ServiceText, say

#: a booking's (or a cancelled appointment's) first line: when, and with whom
BOOKING_LINE = say("{date} kl. {hour}.{minute} hos {provider}")
BOOKING_TIME = say("{date} kl. {hour}.{minute}")  # (no provider any more)
BOOKED = say("Tid booket: {type}")  # the clinic books requests at once
REQUESTED = say("Tidsbestilling: {type}")
CANCELLED = say("Tid aflyst af patienten")
RENEWAL = say("Receptfornyelse")
ECONSULT = say("E-konsultation")  # an e-consultation without a subject of the patient's
CLINIC_MESSAGE = say("Besked fra klinikken")  # a thread the clinic began without a subject
SIGNUP_NEW = say("Ny bruger til patientportalen")  # a sign-up's subject: a new portal user …
SIGNUP_NEW_CHILD = say("Ny bruger til patientportalen (barn)")
SIGNUP_JOIN = say("Tilmelding til klinikken")  # … or a portal user joining this clinic
SIGNUP_JOIN_CHILD = say("Tilmelding til klinikken (barn)")
SIGNUP_APPROVED = say("Godkendt automatisk")
SIGNUP_WAITING = say("Venter på godkendelse")

_TEMPLATES = (BOOKING_LINE, BOOKING_TIME, BOOKED, REQUESTED, CANCELLED, RENEWAL, ECONSULT, CLINIC_MESSAGE,
              SIGNUP_NEW, SIGNUP_NEW_CHILD, SIGNUP_JOIN, SIGNUP_JOIN_CHILD, SIGNUP_APPROVED, SIGNUP_WAITING)
_FIELDS = {"date": r"\d{2}\.\d{2}\.\d{4}", "hour": r"\d{2}", "minute": r"\d{2}"}  # others: any text


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)  # literal, name, literal, name, …
    out = []
    for i, part in enumerate(parts):
        out.append(f"(?P<{part}>{_FIELDS.get(part, '.+')})" if i % 2 else re.escape(part))
    return re.compile("".join(out), re.DOTALL)


_PATTERNS = tuple((t, _pattern(t.template)) for t in _TEMPLATES)


def booking_line(starts_at: datetime, provider: str = "") -> ServiceText:
    """A booking's first line as stored: "02.03.2026 kl. 10.00 hos Anne Holm" (Copenhagen time)."""
    loc = starts_at.astimezone(COPENHAGEN)
    when = dict(date=f"{loc:%d.%m.%Y}", hour=f"{loc:%H}", minute=f"{loc:%M}")
    return BOOKING_LINE.format(provider=provider, **when) if provider else BOOKING_TIME.format(**when)


#: what stands in an e-consultation's subject when neither the patient nor the clinic gave one
_DEFAULT_SUBJECTS = {str(ECONSULT): ECONSULT, str(CLINIC_MESSAGE): CLINIC_MESSAGE}


def recognise(stored: str | None, *, written_by_people: bool = False):
    """``stored`` as the template the portal wrote it from (a ``ServiceText``), or as it is.
    ``written_by_people``: an e-consultation's subject, the patient's (or the clinic's) own words
    but for the two defaults; nothing else in it is read as a template ("Tidsbestilling: kan I
    ringe?" typed by a patient stays as typed)."""
    text = stored or ""
    if written_by_people:
        return _DEFAULT_SUBJECTS.get(text, text)
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found is not None:
            return template.format(**found.groupdict()) if found.groupdict() else template
    return text
