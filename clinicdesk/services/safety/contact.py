"""Patients the clinic cannot reach by e-mail: a notification refused for good marks the address.

``record_bounce(s, mail, smtp_code, now)`` is called by the mail sender (``services/mail.py``) in the
transaction that gives the mail up, when the server refused the recipient with a 5xx code: it stores
which address, when and the SMTP code (never the mail's text), for the patient the mail was about
(the mail's item, else the clinic's patient with that address), and files one "Ring til patienten"
task (``services.safety.tasks``) for the author of the item's latest answer (else anyone). A second
refusal of the same address adds nothing while the first is open.

A problem stays open while it is the patient's current notification address
(``services.notifications.recipient_address``): once the address is changed on the card or the
portal, the problem no longer shows. Staff can also clear it (``clear_contact_problem``: the patient
confirmed the address), audited.

``contact_problems(db, actor)``: the "Kan ikke kontaktes" folder (a logged list page of patients);
``address_problem(db, actor, patient_id)``: what the patient card and the item pane show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from clinicdesk.domain.enums import MessageDirection
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.messages import say
from clinicdesk.models import (
    ClinicPatient, Guardianship, InboxItem, Message, OutboxMail, Patient, PortalAccount, utcnow,
)
from clinicdesk.models.safety import TASK_CONTACT, ContactProblem
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.audit_lookups import list_context, record_list_page
from clinicdesk.services.notifications import recipient_address
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.tasks import file_task
from clinicdesk.services.workdays import local_date

PROBLEM_TEXT = say("E-mailadressen virker ikke: mailserveren afviste den ({code}). Ring til patienten, "
                   "og ret adressen.")


@dataclass(frozen=True)
class ContactProblemView:
    id: int
    patient_id: int | None
    patient_name: str
    address: str
    smtp_code: int
    at: datetime
    text: str  # the Danish sentence the card and the item show


def _patient_for(s: Session, mail: OutboxMail) -> int | None:
    if mail.item_id is not None:
        pid = s.scalar(select(InboxItem.patient_id).where(InboxItem.id == mail.item_id))
        if pid is not None:
            return pid
    address = mail.to_address.strip().lower()
    return s.scalar(
        select(Patient.id).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
        .outerjoin(PortalAccount, PortalAccount.patient_id == Patient.id)
        .where(ClinicPatient.clinic_id == mail.clinic_id,
               or_(func.lower(Patient.email) == address, func.lower(PortalAccount.email) == address))
        .order_by(Patient.id).limit(1))


def record_bounce(s: Session, mail: OutboxMail, smtp_code: int, now: datetime) -> ContactProblem | None:
    """The server refused ``mail``'s recipient for good: mark the address and file a task (once)."""
    address = mail.to_address.strip()
    known = s.scalar(select(ContactProblem).where(
        ContactProblem.clinic_id == mail.clinic_id, func.lower(ContactProblem.address) == address.lower(),
        ContactProblem.resolved_at.is_(None)).limit(1))
    if known is not None:
        return None
    patient_id = _patient_for(s, mail)
    problem = ContactProblem(clinic_id=mail.clinic_id, patient_id=patient_id, address=address[:200],
                             smtp_code=int(smtp_code), mail_id=mail.id, at=now)
    s.add(problem)
    s.flush()
    audit.record(s, Action.CONTACT_PROBLEM, clinic_id=mail.clinic_id, patient_id=patient_id,
                 detail=f"mail {mail.id} refused {int(smtp_code)}", at=now)
    author = None
    if mail.item_id is not None:
        author = s.scalar(select(Message.author_staff_id).where(
            Message.item_id == mail.item_id, Message.direction == MessageDirection.TO_PATIENT)
            .order_by(Message.id.desc()).limit(1))
    file_task(s, clinic_id=mail.clinic_id, kind=TASK_CONTACT, source_key=f"contact:{problem.id}",
              due=local_date(now), now=now, patient_id=patient_id, item_id=mail.item_id, assigned_to_id=author)
    return problem


def _open_problems(s: Session, clinic_id: int, patient_id: int | None = None) -> list[ContactProblemView]:
    q = select(ContactProblem).where(ContactProblem.clinic_id == clinic_id, ContactProblem.resolved_at.is_(None))
    if patient_id is not None:
        q = q.where(ContactProblem.patient_id == patient_id)
    out = []
    for p in s.scalars(q.order_by(ContactProblem.at.desc(), ContactProblem.id.desc())):
        patient = s.get(Patient, p.patient_id) if p.patient_id else None
        if patient is not None and recipient_address(s, patient).lower() != p.address.lower():
            continue  # the address has been changed since: this one is no longer used
        out.append(ContactProblemView(p.id, p.patient_id,
                                      patient.full_name if patient else "",
                                      p.address, p.smtp_code, p.at, PROBLEM_TEXT.format(code=p.smtp_code)))
    return out


# a guardian's patient row and portal account (made once: the counts ask for this on every change)
_GUARDIAN, _GUARDIAN_ACCOUNT = aliased(Patient, name="guardian"), aliased(PortalAccount, name="guardian_account")


def _own_address(patient, account):
    """``recipient_address``'s own address as SQL: the portal's address, else the clinic's record
    (a blank one counts as none); NULL when neither."""
    return func.coalesce(func.nullif(func.trim(account.email), ""), func.nullif(func.trim(patient.email), ""))


def unreachable_patients(clinic_id: int):
    """The same rule as ``_open_problems``, as SQL for the inbox's "Kan ikke kontaktes" folder: the
    patient ids with an unresolved problem whose address is still the one they are notified at
    (``notifications.recipient_address``: the portal's address, else the clinic's record, else the
    first guardian's that has one, theirs chosen the same way)."""
    g_patient, g_account = _GUARDIAN, _GUARDIAN_ACCOUNT
    g_address = _own_address(g_patient, g_account)
    first_guardian = (
        select(g_address).select_from(Guardianship)
        .join(g_patient, g_patient.id == Guardianship.guardian_id)
        .outerjoin(g_account, g_account.patient_id == g_patient.id)
        .where(Guardianship.child_id == Patient.id, g_address.is_not(None))
        .order_by(Guardianship.id).limit(1)
        .correlate(Patient).scalar_subquery()
    )
    notified_at = func.coalesce(_own_address(Patient, PortalAccount), first_guardian)
    return (
        select(ContactProblem.patient_id)
        .join(Patient, Patient.id == ContactProblem.patient_id)
        .outerjoin(PortalAccount, PortalAccount.patient_id == Patient.id)
        .where(ContactProblem.clinic_id == clinic_id, ContactProblem.resolved_at.is_(None),
               func.lower(notified_at) == func.lower(ContactProblem.address))
    )


def contact_problems(db, actor: auth.Actor) -> tuple[ContactProblemView, ...]:
    """The "Kan ikke kontaktes" folder: patients whose current address was refused, newest first.
    Showing patients' names is a lookup: the page is logged (one entry)."""
    auth.require(db, actor, Perm.READ_PATIENT)
    with db.write_session() as s:
        rows = _open_problems(s, actor.clinic_id)
        record_list_page(s, actor, [r.patient_id for r in rows], list_context("contact_problems"))
        return tuple(rows)


def address_problem(db, actor: auth.Actor, patient_id: int) -> ContactProblemView | None:
    """The open problem with the patient's current address, if any (the card and the item show it)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = _open_problems(s, actor.clinic_id, patient_id)
        return rows[0] if rows else None


def clear_contact_problem(db, actor: auth.Actor, problem_id: int, now: datetime | None = None) -> None:
    """The address works after all (the patient confirmed it): the problem is closed; audited."""
    auth.require(db, actor, Perm.HANDLE_ITEM)
    now = now or utcnow()
    with db.write_session() as s:
        p = s.get(ContactProblem, problem_id)
        if p is None or p.clinic_id != actor.clinic_id:
            raise NotFound(say("Problemet findes ikke (længere). Opdatér visningen."))
        if p.resolved_at is None:
            p.resolved_at, p.resolved_by_id = now, actor.staff_id
            audit.record(s, Action.CONTACT_PROBLEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=p.patient_id, detail=f"problem {p.id} cleared", at=now)
