"""The log of lookups in Danish words: an entry's detail and its context (why).

Entries store short technical values (``item 12 declined``, ``reason:treatment``); the
clinic's log viewer and the patient's own log show them through :func:`detail_text`
and :func:`context_text`. Known forms are said in Danish; an unknown one is worded
token by token (ids, statuses, common words) so no raw English sentence reaches a user.
No Qt.
"""

from __future__ import annotations

import re

from clinicdesk.services.audit_lookups import LIST_DETAIL_PREFIX, OTHER, list_page_patient_ids
from clinicdesk.services.permissions import ROLE_LABELS_DA, Perm

KIND_DA = {"econsult": "E-konsultation", "renewal": "Receptfornyelse", "booking": "Tidsbestilling",
           "signup": "Tilmelding"}
REASON_DA = {"treatment": "Behandling", "administration": "Administration",
             "patient_request": "Patienten har bedt om det", OTHER: "Andet"}
SEARCH_DA = {"": "Søgning", "find_patient": "Søgning (Find patient)", "new_thread": "Søgning (Opret E-svar)",
             "inbox": "Søgning i indbakken", "audit_log": "Søgning (Logning af opslag)",
             "answer_archive": "Søgning i svararkivet"}
LIST_DA = {"inbox": "Indbakkens liste"}
PERM_DA = {
    Perm.READ_INBOX.value: "læse indbakken", Perm.HANDLE_ITEM.value: "behandle henvendelser",
    Perm.PREPARE_RENEWAL.value: "forberede receptfornyelser", Perm.DECIDE_RENEWAL.value: "afgøre receptfornyelser",
    Perm.DECIDE_BOOKING.value: "afgøre tidsbestillinger", Perm.DECIDE_SIGNUP.value: "afgøre tilmeldinger",
    Perm.READ_PATIENT.value: "se patienter", Perm.EDIT_PATIENT_RIGHTS.value: "ændre patientens rettigheder",
    Perm.CREATE_PORTAL_USER.value: "oprette portalbrugere", Perm.EDIT_CLINIC_SETTINGS.value: "ændre indstillinger",
    Perm.READ_AUDIT_LOG.value: "læse loggen", Perm.MANAGE_STAFF.value: "administrere personale",
    Perm.PRINT_GUIDES.value: "udskrive vejledninger", Perm.EDIT_STOCK_PHRASES.value: "ændre standardtekster",
}
_WORDS = {  # single stored words and values
    "approved": "godkendt", "rejected": "afvist", "declined": "afvist", "accepted": "accepteret",
    "reopened": "genåbnet", "done": "afsluttet", "awaiting": "venter på patienten", "created": "oprettet",
    "changed": "ændret", "cleared": "ryddet", "nothing": "intet", "no change": "ingen ændring",
    "allowed": "tilladt", "receive_only": "kun modtage", "blocked": "spærret", "active": "aktiv",
    "pending_activation": "venter på aktivering", "deleted": "slettet", "mitid": "MitID",
    "security_code": "sikkerhedskode", "econsult": "e-konsultation", "renewal": "receptfornyelse",
    "booking": "tidsbestilling", "email": "e-mail", "mobile": "mobil", "idle": "ingen aktivitet",
    "manual": "låst af brugeren", "list": "Listen", "patient log": "Patientens log",
    "patient card": "Patientkort", "portal guide": "Portalvejledning", "inbox": "Indbakken",
    "inbox: answer archive": "Svararkivet", "inbox: Opret E-svar": "Opret E-svar",
    "wrong password": "Forkert adgangskode", "unknown or inactive user": "Ukendt eller deaktiveret bruger",
    "account locked": "Kontoen er spærret", "no clinic": "Ikke tilknyttet en klinik",
    "password change required": "Midlertidig adgangskode skal skiftes først",
    "holiday period added": "Ferieperiode tilføjet", "clinic chosen": "Klinik valgt ved login",
    "several clinics": "Flere klinikker; klinikken vælges bagefter",
}
_ITEM = r"item (\d+)"
_RULES: list[tuple[re.Pattern, object]] = [(re.compile(p + r"\Z"), f) for p, f in (
    (_ITEM, lambda m: f"Henvendelse #{m[1]}"),
    (_ITEM + r", read-only from the patient's history", lambda m: f"Henvendelse #{m[1]}, læst fra patientens historik"),
    (_ITEM + r" handed over: .*", lambda m: f"Henvendelse #{m[1]} givet videre"),
    (_ITEM + r" line (\d+) (approved|rejected)", lambda m: f"Henvendelse #{m[1]}, linje {m[2]} {_WORDS[m[3]]}"),
    (_ITEM + r" decided: (\d+)/(\d+) approved", lambda m: f"Henvendelse #{m[1]} afgjort: {m[2]} af {m[3]} godkendt"),
    (_ITEM + r" accepted, appointment (\d+)", lambda m: f"Henvendelse #{m[1]} accepteret, aftale #{m[2]}"),
    (_ITEM + r" other slot \d+, appointment (\d+)", lambda m: f"Henvendelse #{m[1]}: en anden tid, aftale #{m[2]}"),
    (_ITEM + r" (declined|rejected|approved|reopened)", lambda m: f"Henvendelse #{m[1]} {_WORDS[m[2]]}"),
    (_ITEM + r" internal note", lambda m: f"Henvendelse #{m[1]}: intern note"),
    (_ITEM + r" closed without answer", lambda m: f"Henvendelse #{m[1]} lukket uden svar"),
    (_ITEM + r" marked done", lambda m: f"Henvendelse #{m[1]} markeret som færdig"),
    (_ITEM + r" signup functions \d*", lambda m: f"Henvendelse #{m[1]}: tilmeldingens funktioner valgt"),
    (_ITEM + r" answered, (\d+) attachment\(s\), (done|awaiting)",
     lambda m: f"Henvendelse #{m[1]} besvaret, {m[2]} vedhæftede filer, {_WORDS[m[3]]}"),
    (_ITEM + r" new thread from clinic", lambda m: f"Ny tråd fra klinikken (henvendelse #{m[1]})"),
    (r"from signup item (\d+)", lambda m: f"Fra tilmelding #{m[1]}"),
    (r"attachment (\d+)", lambda m: f"Vedhæftet fil #{m[1]}"),
    (r"patient card, login (\w+)", lambda m: f"Patientkort, login med {_WORDS.get(m[1], m[1])}"),
    (r"patient card history, (\d+) rows", lambda m: f"Historikken, {m[1]} linjer"),
    (r"patient card: (\w+) -> (\w+) \(event \d+\)",
     lambda m: f"Portalbruger: {_WORDS.get(m[1], m[1])} → {_WORDS.get(m[2], m[2])}"),
    (r"contact changed: (.*)", lambda m: "Kontaktoplysninger ændret: " + _list(m[1])),
    (r"patient guide: (.*)", lambda m: f"Vejledning til patienten: {m[1]}"),
    (r"(\w+): access revoked", lambda m: f"Adgangen er frataget (ville {PERM_DA.get(m[1], m[1])})"),
)]


def _list(text: str) -> str:
    return ", ".join(_WORDS.get(p.strip(), p.strip()) for p in text.split(",") if p.strip())


def _rights(detail: str) -> str | None:
    parts = []
    for change in detail.split("; "):
        m = re.fullmatch(r"(econsult|renewal|booking): (\w+) -> (\w+)", change)
        if m is None:
            return None
        parts.append(f"{_WORDS[m[1]].capitalize()}: {_WORDS.get(m[2], m[2])} → {_WORDS.get(m[3], m[3])}")
    return "; ".join(parts)


def _key_values(detail: str) -> str:
    """``staff=3 role=admin (first administrator)`` and other forms: word by word."""
    names = {"staff": "medarbejder", "role": "rolle", "provider": "behandler", "clinic": "klinik",
             "administrator": "administrator", "opening_hours": "åbningstider"}

    def kv(m):
        key, value = m[1], m[2]
        if key == "role":
            value = next((label for role, label in ROLE_LABELS_DA.items() if role.value == value), value)
        elif key == "opening_hours":
            return f"{value} dage med åbningstider"
        else:
            value = f"#{value}"
        return f"{names.get(key, key)} {value}"

    text = re.sub(r"(\w+)=(\S+)", kv, detail)
    for en, da in (("(first administrator)", "(første administrator)"), ("left the clinic", "har forladt klinikken"),
                   ("joined", "tilknyttet"), ("changed:", "ændret:"), ("created", "oprettet"),
                   ("phrase favourite", "favorit"), ("phrase", "standardtekst"), ("cleared", "ryddet"),
                   ("no change", "ingen ændring"), ("command line", "kommandolinjen")):
        text = text.replace(en, da)
    return text[:1].upper() + text[1:]


def detail_text(action: str, detail: str) -> str:
    """An entry's detail in Danish words ("" when it has none)."""
    detail = (detail or "").strip()
    if not detail:
        return ""
    if detail in _WORDS:
        return _WORDS[detail][:1].upper() + _WORDS[detail][1:]
    if detail.startswith(LIST_DETAIL_PREFIX):
        n = len(list_page_patient_ids(detail))
        return "1 patient på siden" if n == 1 else f"{n} patienter på siden"
    if detail in PERM_DA:
        return f"Manglede retten til at {PERM_DA[detail]}"
    for pattern, make in _RULES:
        m = pattern.match(detail)
        if m is not None:
            return make(m)
    rights = _rights(detail)
    if rights is not None:
        return rights
    return _key_values(re.sub(_ITEM, lambda m: f"henvendelse #{m[1]}", detail))


def context_text(context: str, item_kind: str | None = None) -> str:
    """Why: the inbox item ("Indbakke: E-konsultation #12"), the search, or the reason given."""
    context = (context or "").strip()
    if not context:
        return ""
    head, _, rest = context.partition(":")
    if head == "inbox":
        kind = KIND_DA.get(item_kind or "", "henvendelse")
        return f"Indbakke: {kind} #{rest}"
    if head == "search":
        return SEARCH_DA.get(rest, "Søgning")
    if head == "reason":
        reason, _, text = rest.partition(":")
        label = REASON_DA.get(reason, "Anden grund")
        return f"{label}: {text}" if reason == OTHER and text else label
    if head == "list":
        return LIST_DA.get(rest, "Liste")
    if head == "login":
        return "Login"
    return context
