"""Why a lookup happened (sundhedsloven § 42 a): the context stored with each audit entry.

A context is a short stored value in ``audit_log.context`` (at most 200 characters, part of
the entry's hash, never a CPR number); ``services.audit_words`` says it in Danish:

``inbox:<item id>``
    the inbox item the lookup came from ("Indbakke: E-konsultation #12").
``search`` / ``search:<where>``
    a search; the term is the entry's ``search_term`` ("Søgning"). ``where``: one of
    :data:`SEARCH_PLACES` (Find patient, Opret E-svar, the inbox, the log's patient picker).
``reason:treatment`` | ``reason:administration`` | ``reason:patient_request`` | ``reason:other:<text>``
    the reason chosen when a patient card is opened without an item (:func:`reason_context`).
``list:<where>``
    a page of a list that showed patients (:func:`record_list_page`).

Lookups that are no service action of their own are recorded here, in the caller's
transaction: a search (:func:`record_search`, which also stores the patient a whole CPR
number points at, so the search shows in that patient's own log), a list page
(:func:`record_list_page`) and an attachment preview (:func:`record_preview`). No Qt.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import InboxItem, Patient
from clinicdesk.services import audit, text_gate
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action

TREATMENT, ADMINISTRATION, PATIENT_REQUEST, OTHER = "treatment", "administration", "patient_request", "other"
REASONS = (TREATMENT, ADMINISTRATION, PATIENT_REQUEST, OTHER)
MAX_REASON_TEXT = 120  # "Andet": a short text
SEARCH_PLACES = ("find_patient", "new_thread", "inbox", "audit_log", "answer_archive")
LIST_DETAIL_PREFIX = "patients:"  # detail of a LIST_PAGE entry: "patients:,12,15,31," (searchable by ",<id>,")
_MAX_DETAIL = 500


def inbox_context(item_id: int) -> str:
    return f"inbox:{int(item_id)}"


def search_context(where: str = "") -> str:
    return f"search:{where}" if where else "search"


def list_context(where: str) -> str:
    return f"list:{where}"


def reason_context(reason: str, text: str = "") -> str:
    """The stored context for a reason chosen in the card's reason dialog.

    ``other`` ("Andet") needs a short text: one line, through the text gate, no CPR number."""
    if reason not in REASONS:
        raise ValidationError(say("Vælg en grund: Behandling, Administration, Patienten har bedt om det eller "
                                  "Andet."), code="invalid_reason")
    if reason != OTHER:
        return f"reason:{reason}"
    t = text_gate.check(text, what=say("Begrundelsen"), max_length=MAX_REASON_TEXT, required=True, multiline=False)
    if cprmod.find_cpr_in_text(t):
        raise ValidationError(say("Skriv ikke et CPR-nummer i begrundelsen. Skriv kort, hvorfor du åbner kortet."),
                              code="cpr_in_reason")
    return f"reason:{OTHER}:{t}"


def item_kinds(session: Session, contexts) -> dict[int, str]:
    """The kind (``ItemKind`` value) of each inbox item named by these contexts."""
    ids = {i for i in (item_id_of(c or "") for c in contexts) if i is not None}
    if not ids:
        return {}
    rows = session.execute(select(InboxItem.id, InboxItem.kind).where(InboxItem.id.in_(ids))).all()
    return {r[0]: getattr(r[1], "value", r[1]) for r in rows}


def item_id_of(context: str) -> int | None:
    """The inbox item a context names, or None."""
    if context.startswith("inbox:"):
        rest = context[6:]
        return int(rest) if rest.isdigit() else None
    return None


def searched_patient_id(session: Session, term: str) -> int | None:
    """The patient a search term names by a whole CPR number (or eCPR), when exactly one does."""
    if not cprmod.looks_like_cpr(term or ""):
        return None
    parsed = cprmod.try_parse_cpr(term)  # the same reading as the inbox's search field
    digits = parsed.digits if parsed is not None else term.strip().replace("-", "").replace(" ", "").upper()
    if len(digits) != 10:
        return None
    ids = session.execute(select(Patient.id).where(Patient.cpr == digits).limit(2)).scalars().all()
    return ids[0] if len(ids) == 1 else None


def record_search(session: Session, actor, term: str, where: str = "", *, detail: str = ""):
    """A search, in the caller's transaction: the term, where it was made, and the patient a
    whole CPR number points at (so it is in that patient's own log)."""
    return audit.record(
        session, Action.SEARCH_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
        patient_id=searched_patient_id(session, term), search_term=term, detail=detail,
        context=search_context(where),
    )


def _chunks(ids: list[int]) -> list[list[int]]:
    """Patient ids split so each entry's detail (``patients:,1,2,``) fits the column."""
    out: list[list[int]] = [[]]
    size = len(LIST_DETAIL_PREFIX) + 1
    for pid in ids:
        piece = len(str(pid)) + 1
        if out[-1] and size + piece > _MAX_DETAIL:
            out.append([])
            size = len(LIST_DETAIL_PREFIX) + 1
        out[-1].append(pid)
        size += piece
    return out


def record_list_page(session: Session, actor, patient_ids, context: str) -> list:
    """One entry per page of a list that showed patients (not one per row).

    The patients shown are kept in the entry's detail as ``patients:,12,15,`` (a page of 100
    fits one entry; a longer one is split over as few entries as fit), so each patient's own
    log finds the page (``patient_log``). A page that showed exactly one patient also carries
    ``patient_id``. Nothing is written for a page without patients."""
    ids: list[int] = []
    seen: set[int] = set()
    for pid in patient_ids:
        if pid is not None and int(pid) not in seen:
            seen.add(int(pid))
            ids.append(int(pid))
    if not ids:
        return []
    return [
        audit.record(
            session, Action.LIST_PAGE, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
            patient_id=chunk[0] if len(chunk) == 1 else None,
            detail=LIST_DETAIL_PREFIX + "," + ",".join(map(str, chunk)) + ",", context=context,
        )
        for chunk in _chunks(ids)
    ]


def list_page_patient_ids(detail: str) -> tuple[int, ...]:
    if not detail.startswith(LIST_DETAIL_PREFIX):
        return ()
    return tuple(int(p) for p in detail[len(LIST_DETAIL_PREFIX):].split(",") if p.isdigit())


def record_preview(session: Session, actor, attachment_id: int, item_id: int | None, patient_id: int | None):
    """An attachment shown on screen (saving it to a file is ``SAVE_FILE``), with its item as context."""
    return audit.record(
        session, Action.PREVIEW_ATTACHMENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
        patient_id=patient_id, detail=f"attachment {int(attachment_id)}",
        context=inbox_context(item_id) if item_id is not None else "",
    )
