"""Small read services the inbox screen needs besides ``services.inbox``. No Qt.

``inbox_setup(db, actor) -> InboxSetup``
    What the filter bar and the answer editor need once per clinic: the clinic's
    providers, the attachment limits for clinic answers.
``answer_archive(db, actor, term="", limit=40) -> tuple[ArchivedAnswer, ...]``
    The actor's OWN earlier answers to patients in this clinic (F2, as in the practice
    system's answer archive), newest first, one per distinct text, without patient
    identity. Audited (``SEARCH_PATIENT``, detail "answer archive", the term).
``search_patients(db, actor, term, limit=20) -> tuple[PatientHit, ...]``
    Patients registered with the actor's clinic by CPR (whole or first digits) or
    name, for "Opret E-svar". Audited as ``SEARCH_PATIENT`` with the term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, select

from clinicdesk.models import Clinic, ClinicPatient, Patient, Provider, StaffMembership, StaffUser
from clinicdesk.domain.enums import Role
from clinicdesk.services import audit, auth, inbox_search
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import Perm


@dataclass(frozen=True)
class ProviderRef:
    id: int
    label: str


@dataclass(frozen=True)
class InboxSetup:
    clinic_name: str
    providers: tuple[ProviderRef, ...]
    attachments_allowed: bool
    max_clinic_attachments: int
    max_attachment_mb: int
    doctors: tuple[ProviderRef, ...] = ()  # staff id and name of the clinic's doctors (route a renewal)


@dataclass(frozen=True)
class PatientHit:
    id: int
    cpr: str
    name: str

    @property
    def cpr_display(self) -> str:
        return f"{self.cpr[:6]}-{self.cpr[6:]}" if len(self.cpr) == 10 else self.cpr


def inbox_setup(db, actor: auth.Actor) -> InboxSetup:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        provs = s.execute(
            select(Provider).where(Provider.clinic_id == actor.clinic_id, Provider.active.is_(True)).order_by(Provider.name)
        ).scalars().all()
        doctors = s.execute(
            select(StaffUser.id, StaffUser.full_name)
            .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id, StaffMembership.role == Role.DOCTOR,
                   StaffUser.active.is_(True))
            .order_by(StaffUser.full_name)
        ).all()
        return InboxSetup(
            doctors=tuple(ProviderRef(r[0], r[1]) for r in doctors),
            clinic_name=clinic.display_name or clinic.name,
            providers=tuple(ProviderRef(p.id, p.portal_label) for p in provs),
            attachments_allowed=True,  # the clinic may always attach to its own answers
            max_clinic_attachments=clinic.max_clinic_attachments,
            max_attachment_mb=clinic.max_attachment_mb,
        )


@dataclass(frozen=True)
class ArchivedAnswer:
    message_id: int
    created_at: object  # datetime (UTC)
    body: str


def answer_archive(db, actor: auth.Actor, term: str = "", limit: int = 40) -> tuple[ArchivedAnswer, ...]:
    """The actor's own earlier answers (text only), newest first, distinct texts."""
    from clinicdesk.models import InboxItem, Message
    from clinicdesk.domain.enums import MessageDirection

    auth.require(db, actor, Perm.HANDLE_ITEM)
    term = (term or "").strip()
    stmt = (
        select(Message.id, Message.created_at, Message.body)
        .join(InboxItem, InboxItem.id == Message.item_id)
        .where(InboxItem.clinic_id == actor.clinic_id, Message.author_staff_id == actor.staff_id,
               Message.direction == MessageDirection.TO_PATIENT)
        .order_by(Message.id.desc())
        .limit(max(1, min(limit, 200)) * 3)
    )
    if term:
        stmt = stmt.where(inbox_search.fold(db, Message.body).like(f"%{_escape_like(term.casefold())}%", escape="\\"))
    with db.write_session() as s:
        rows = s.execute(stmt).all()
        audit.record(s, Action.SEARCH_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     search_term=term, detail="inbox: answer archive")
    seen, out = set(), []
    for mid, at, body in rows:
        key = body.strip()
        if key in seen:
            continue
        seen.add(key)
        out.append(ArchivedAnswer(mid, at, body))
        if len(out) >= limit:
            break
    return tuple(out)


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_patients(db, actor: auth.Actor, term: str, limit: int = 20) -> tuple[PatientHit, ...]:
    """Patients of the actor's clinic matching a CPR number (or its first digits) or a name."""
    auth.require(db, actor, Perm.READ_PATIENT)
    term = (term or "").strip()
    if len(term) < 2:
        return ()
    compact = term.replace("-", "").replace(" ", "")
    base = select(Patient.id, Patient.cpr, Patient.first_name, Patient.last_name).join(
        ClinicPatient, and_(ClinicPatient.patient_id == Patient.id, ClinicPatient.clinic_id == actor.clinic_id)
    )
    if cprmod.looks_like_cpr(term) and len(compact) == 10:
        stmt = base.where(Patient.cpr == compact.upper())
    elif re.fullmatch(r"\d{2,9}", compact):
        upper = compact[:-1] + chr(ord(compact[-1]) + 1)
        stmt = base.where(Patient.cpr >= compact, Patient.cpr < upper)
    else:
        conds = []
        for w in term.split():
            pat = f"%{_escape_like(w.casefold())}%"
            conds.append(
                inbox_search.fold(db, Patient.first_name).like(pat, escape="\\")
                | inbox_search.fold(db, Patient.last_name).like(pat, escape="\\")
            )
        stmt = base.where(and_(*conds))
    stmt = stmt.order_by(Patient.last_name, Patient.first_name, Patient.id).limit(max(1, min(limit, 200)))
    with db.write_session() as s:
        rows = s.execute(stmt).all()
        audit.record(s, Action.SEARCH_PATIENT, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     search_term=term, detail="inbox: Opret E-svar")
    return tuple(PatientHit(r[0], r[1], f"{r[2]} {r[3]}") for r in rows)
