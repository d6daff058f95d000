"""The log of lookups in Danish words: an entry's detail and its context (why).

Entries store short technical values (``item 12 declined``, ``reason:treatment``); the
clinic's log viewer and the patient's own log show them through :func:`detail_text`
and :func:`context_text`. Known forms are said in Danish; an unknown one is worded
token by token (ids, statuses, common words) so no raw English sentence reaches a user.
Every word is a ``say`` text (``domain/messages.py``): the views show it in the user's language.
No Qt.
"""

from __future__ import annotations

import re

from clinicdesk.domain.messages import JoinedText, ServiceText, say
from clinicdesk.services.audit_lookups import LIST_DETAIL_PREFIX, OTHER, list_page_patient_ids
from clinicdesk.services.permissions import ROLE_LABELS_DA, Perm

KIND_DA = {"econsult": say("E-konsultation"), "renewal": say("Receptfornyelse"), "booking": say("Tidsbestilling"),
           "signup": say("Tilmelding")}
REASON_DA = {"treatment": say("Behandling"), "administration": say("Administration"),
             "patient_request": say("Patienten har bedt om det"), OTHER: say("Andet")}
SEARCH_DA = {"": say("Søgning"), "find_patient": say("Søgning (Find patient)"), "new_thread": say("Søgning (Opret E-svar)"),
             "inbox": say("Søgning i indbakken"), "audit_log": say("Søgning (Logning af opslag)"),
             "answer_archive": say("Søgning i svararkivet")}
LIST_DA = {"inbox": say("Indbakkens liste")}
PERM_DA = {
    Perm.READ_INBOX.value: say("læse indbakken"), Perm.HANDLE_ITEM.value: say("behandle henvendelser"),
    Perm.PREPARE_RENEWAL.value: say("forberede receptfornyelser"), Perm.DECIDE_RENEWAL.value: say("afgøre receptfornyelser"),
    Perm.DECIDE_BOOKING.value: say("afgøre tidsbestillinger"), Perm.DECIDE_SIGNUP.value: say("afgøre tilmeldinger"),
    Perm.READ_PATIENT.value: say("se patienter"), Perm.EDIT_PATIENT_RIGHTS.value: say("ændre patientens rettigheder"),
    Perm.CREATE_PORTAL_USER.value: say("oprette portalbrugere"), Perm.EDIT_CLINIC_SETTINGS.value: say("ændre indstillinger"),
    Perm.READ_AUDIT_LOG.value: say("læse loggen"), Perm.MANAGE_STAFF.value: say("administrere personale"),
    Perm.PRINT_GUIDES.value: say("udskrive vejledninger"), Perm.EDIT_STOCK_PHRASES.value: say("ændre standardtekster"),
}
_WORDS = {  # single stored words and values
    "approved": say("godkendt"), "rejected": say("afvist"), "declined": say("afvist"), "accepted": say("accepteret"),
    "reopened": say("genåbnet"), "done": say("afsluttet"), "awaiting": say("venter på patienten"), "created": say("oprettet"),
    "changed": say("ændret"), "cleared": say("ryddet"), "nothing": say("intet"), "no change": say("ingen ændring"),
    "allowed": say("tilladt"), "receive_only": say("kun modtage"), "blocked": say("spærret"), "active": say("aktiv"),
    "pending_activation": say("venter på aktivering"), "deleted": say("slettet"), "mitid": say("MitID"),
    "security_code": say("sikkerhedskode"), "econsult": say("e-konsultation"), "renewal": say("receptfornyelse"),
    "booking": say("tidsbestilling"), "email": say("e-mail"), "mobile": say("mobil"), "idle": say("ingen aktivitet"),
    "manual": say("låst af brugeren"), "list": say("Listen"), "patient log": say("Patientens log"),
    "patient card": say("Patientkort"), "portal guide": say("Portalvejledning"), "inbox": say("Indbakken"),
    "inbox: answer archive": say("Svararkivet"), "inbox: Opret E-svar": say("Opret E-svar"),
    "wrong password": say("Forkert adgangskode"), "unknown or inactive user": say("Ukendt eller deaktiveret bruger"),
    "account locked": say("Kontoen er spærret"), "no clinic": say("Ikke tilknyttet en klinik"),
    "password change required": say("Midlertidig adgangskode skal skiftes først"),
    "holiday period added": say("Ferieperiode tilføjet"), "clinic chosen": say("Klinik valgt ved login"),
    "several clinics": say("Flere klinikker; klinikken vælges bagefter"),
    "escalation_minutes": say("tid før hastevarsel"), "receipt_mail": say("kvitteringsmail"),
    "unread_answer_working_days": say("arbejdsdage før »Ring til patienten«"),
}
_ITEM = r"item (\d+)"
_SAFETY_LISTS = {"urgent": say("hasteord"), "negation": say("nægtelser"), "others": say("andre personer"),
                 "past": say("fortid")}


def _w(word: str):
    """A stored word in Danish words (as stored when unknown)."""
    return _WORDS.get(word, word)


_RULES: list[tuple[re.Pattern, object]] = [(re.compile(p + r"\Z"), f) for p, f in (
    (_ITEM, lambda m: say("Henvendelse #{item}").format(item=m[1])),
    (_ITEM + r", read-only from the patient's history",
     lambda m: say("Henvendelse #{item}, læst fra patientens historik").format(item=m[1])),
    (_ITEM + r" handed over: .*", lambda m: say("Henvendelse #{item} givet videre").format(item=m[1])),
    (_ITEM + r" line (\d+) (approved|rejected)",
     lambda m: say("Henvendelse #{item}, linje {line} {status}").format(item=m[1], line=m[2], status=_WORDS[m[3]])),
    (_ITEM + r" decided: (\d+)/(\d+) approved",
     lambda m: say("Henvendelse #{item} afgjort: {approved} af {lines} godkendt").format(
         item=m[1], approved=m[2], lines=m[3])),
    (_ITEM + r" accepted, appointment (\d+)",
     lambda m: say("Henvendelse #{item} accepteret, aftale #{appointment}").format(item=m[1], appointment=m[2])),
    (_ITEM + r" other slot \d+, appointment (\d+)",
     lambda m: say("Henvendelse #{item}: en anden tid, aftale #{appointment}").format(item=m[1], appointment=m[2])),
    (_ITEM + r" (declined|rejected|approved|reopened)",
     lambda m: say("Henvendelse #{item} {status}").format(item=m[1], status=_WORDS[m[2]])),
    (_ITEM + r" internal note", lambda m: say("Henvendelse #{item}: intern note").format(item=m[1])),
    (_ITEM + r" closed without answer", lambda m: say("Henvendelse #{item} lukket uden svar").format(item=m[1])),
    (_ITEM + r" marked done", lambda m: say("Henvendelse #{item} markeret som færdig").format(item=m[1])),
    (_ITEM + r" signup functions \d*",
     lambda m: say("Henvendelse #{item}: tilmeldingens funktioner valgt").format(item=m[1])),
    (_ITEM + r" answered, (\d+) attachment\(s\), (done|awaiting)",
     lambda m: say("Henvendelse #{item} besvaret, {n} vedhæftede filer, {status}").format(
         item=m[1], n=m[2], status=_WORDS[m[3]])),
    (_ITEM + r" new thread from clinic",
     lambda m: say("Ny tråd fra klinikken (henvendelse #{item})").format(item=m[1])),
    (r"from signup item (\d+)", lambda m: say("Fra tilmelding #{item}").format(item=m[1])),
    (r"attachment (\d+)", lambda m: say("Vedhæftet fil #{attachment}").format(attachment=m[1])),
    (r"patient card, login (\w+)", lambda m: say("Patientkort, login med {how}").format(how=_w(m[1]))),
    (r"patient card history, (\d+) rows", lambda m: say("Historikken, {n} linjer").format(n=m[1])),
    (r"patient card: (\w+) -> (\w+) \(event \d+\)",
     lambda m: say("Portalbruger: {before} → {after}").format(before=_w(m[1]), after=_w(m[2]))),
    (r"contact changed: (.*)", lambda m: say("Kontaktoplysninger ændret: {fields}").format(fields=_list(m[1]))),
    (r"patient guide: (.*)", lambda m: say("Vejledning til patienten: {guide}").format(guide=m[1])),
    # the clinical safety net (services/safety): flags, "skal læses", refused addresses, tasks, lists, settings
    (_ITEM + r" auto", lambda m: say("Henvendelse #{item}, markeret af ordene i beskeden").format(item=m[1])),
    (r"message (\d+) (on|off)", lambda m: (say("Svar #{message}: skal læses") if m[2] == "on" else
                                           say("Svar #{message}: skal ikke længere læses")).format(message=m[1])),
    (r"mail (\d+) refused (\d+)",
     lambda m: say("Mail #{mail} afvist af mailserveren ({code})").format(mail=m[1], code=m[2])),
    (r"problem (\d+) cleared", lambda m: say("Adresseproblem #{problem} ryddet").format(problem=m[1])),
    (r"(filed|done) (call_unread|contact) task (\d+)", lambda m: (
        say("Opgave #{task} oprettet: {kind}") if m[1] == "filed" else say("Opgave #{task} udført: {kind}")
    ).format(task=m[3], kind=say("ring til patienten") if m[2] == "call_unread" else say("kontakt patienten"))),
    (r"(add|remove) (urgent|negation|others|past) (\d+)", lambda m: (
        say("Ord tilføjet til listen {list} (#{term})") if m[1] == "add" else
        say("Ord fjernet fra listen {list} (#{term})")).format(list=_SAFETY_LISTS[m[2]], term=m[3])),
    (r"safety: (.*)", lambda m: say("Sikkerhedsnettets indstillinger ændret: {fields}").format(fields=_list(m[1]))),
    (r"(\w+): access revoked",
     lambda m: say("Adgangen er frataget (ville {right})").format(right=PERM_DA.get(m[1], m[1]))),
)]


def _join(parts, sep: str = ", ") -> str:
    """``sep.join(parts)`` that keeps each ServiceText translatable (a JoinedText; "" for none)."""
    parts = [p for p in parts if p != ""]
    if not parts:
        return ""
    out: list = []
    for p in parts:
        out += [sep, p] if out else [p]
    return JoinedText(out) if any(isinstance(p, ServiceText) for p in out) else "".join(out)


def _list(text: str) -> str:
    return _join(_w(p.strip()) for p in text.split(",") if p.strip())


def _rights(detail: str):
    parts = []
    for change in detail.split("; "):
        m = re.fullmatch(r"(econsult|renewal|booking): (\w+) -> (\w+)", change)
        if m is None:
            return None
        parts.append(say("{function}: {before} → {after}").format(
            function=_WORDS[m[1]].upper_first(), before=_w(m[2]), after=_w(m[3])))
    return _join(parts, "; ")


_KEY_NAMES = {"staff": say("medarbejder"), "role": say("rolle"), "provider": say("behandler"),
              "clinic": say("klinik"), "administrator": say("administrator"), "opening_hours": say("åbningstider")}
_PHRASES = {"(first administrator)": say("(første administrator)"), "left the clinic": say("har forladt klinikken"),
            "joined": say("tilknyttet"), "changed:": say("ændret:"), "created": say("oprettet"),
            "phrase favourite": say("favorit"), "phrase": say("standardtekst"), "cleared": say("ryddet"),
            "no change": say("ingen ændring"), "command line": say("kommandolinjen")}
_TOKENS = re.compile(r"(\w+)=(\S+)|" + _ITEM + "|" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len,
                                                                                             reverse=True)))


def _key_values(detail: str):
    """``staff=3 role=admin (first administrator)`` and other forms: word by word."""

    def kv(m):
        key, value = m[1], m[2]
        if key == "opening_hours":
            return say("{n} dage med åbningstider").format(n=value)
        if key == "role":
            value = next((label for role, label in ROLE_LABELS_DA.items() if role.value == value), value)
        else:
            value = f"#{value}"
        return JoinedText((_KEY_NAMES.get(key, key), " ", value))

    parts: list = []
    pos = 0
    for m in _TOKENS.finditer(detail):
        parts.append(detail[pos:m.start()])
        pos = m.end()
        if m[1] is not None:
            parts.append(kv(m))
        elif m[3] is not None:
            parts.append(say("henvendelse #{item}").format(item=m[3]))
        else:
            parts.append(_PHRASES[m[0]])
    parts.append(detail[pos:])
    parts = [p for p in parts if p != ""]
    if not any(isinstance(p, ServiceText) for p in parts):
        text = "".join(parts)
        return text[:1].upper() + text[1:]
    return JoinedText(parts).upper_first()


def detail_text(action: str, detail: str) -> str:
    """An entry's detail in Danish words ("" when it has none), translatable (``say`` texts)."""
    detail = (detail or "").strip()
    if not detail:
        return ""
    if detail in _WORDS:
        return _WORDS[detail].upper_first()
    if detail.startswith(LIST_DETAIL_PREFIX):
        n = len(list_page_patient_ids(detail))
        return say("1 patient på siden") if n == 1 else say("{n} patienter på siden").format(n=n)
    if detail in PERM_DA:
        return say("Manglede retten til at {right}").format(right=PERM_DA[detail])
    for pattern, make in _RULES:
        m = pattern.match(detail)
        if m is not None:
            return make(m)
    rights = _rights(detail)
    if rights is not None:
        return rights
    return _key_values(detail)


def context_text(context: str, item_kind: str | None = None) -> str:
    """Why: the inbox item ("Indbakke: E-konsultation #12"), the search, or the reason given."""
    context = (context or "").strip()
    if not context:
        return ""
    head, _, rest = context.partition(":")
    if head == "inbox":
        kind = KIND_DA.get(item_kind or "", say("henvendelse"))
        return say("Indbakke: {kind} #{item}").format(kind=kind, item=rest)
    if head == "search":
        return SEARCH_DA.get(rest, say("Søgning"))
    if head == "reason":
        reason, _, text = rest.partition(":")
        label = REASON_DA.get(reason, say("Anden grund"))
        return say("{reason}: {text}").format(reason=label, text=text) if reason == OTHER and text else label
    if head == "list":
        return LIST_DA.get(rest, say("Liste"))
    if head == "login":
        return say("Login")
    return context
