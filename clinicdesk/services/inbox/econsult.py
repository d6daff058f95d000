"""E-consultations: answering a patient's question, and "Opret E-svar" (a new thread).

``answer(db, actor, item_id, text, attachments, expected_version, *, close=True)``:
the answer is a TO_PATIENT message and the patient's notification mail is queued;
``close=True`` → DONE (a reply from the patient reopens the item as NEW through the
portal), ``close=False`` → AWAITING_PATIENT. ``start_thread(db, actor, patient_id,
provider_id, text, attachments=(), *, subject, expect_reply=False)`` starts a thread
from the clinic (``created_id`` is the new item). ``attachments`` are
``NewAttachment(filename, data)``: images or PDF judged by content
(``services.attachments``), within the clinic's count and size limits. Both take
``action_id`` (uuid4 text): a retry of one already done answers "allerede sendt".
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, Priority
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain import portal_texts
from clinicdesk.models import Clinic, ClinicPatient, InboxItem, Provider, utcnow
from clinicdesk.services import audit, auth, notifications
from clinicdesk.services.attachments import AttachmentIn
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import (
    add_message,
    begin_action,
    begin_new,
    check_attachments,
    check_text,
    close_item,
    finish_action,
    notify,
    release_claim,
    run,
)
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.safety.reach import mark_must_read_in
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

#: a file the clinic attaches to an answer (the name callers use)
NewAttachment = AttachmentIn


def _econsult_item(item: InboxItem) -> None:
    if item.kind != ItemKind.ECONSULT:
        raise ValidationError(say("Dette kan kun gøres ved en e-konsultation."), code="wrong_kind")


def answer(
    db, actor: auth.Actor, item_id: int, text: str, attachments=(), expected_version: int | None = None, *,
    close: bool = True, now: datetime | None = None, action_id: str | None = None, must_read: bool = False,
) -> ActionResult:
    """Answer an e-consultation in its thread; queue the patient's notification mail.

    ``close=True`` (default) marks the item DONE: the question is answered, and a
    reply from the patient arrives as new work. ``close=False`` sets AWAITING_PATIENT
    (the clinic asked something back and waits). Either way the claim is released.
    ``must_read``: the answer is marked "skal læses" in the same transaction
    (``safety.reach``: a task to call the patient if it stays unread).
    """
    auth.require(db, actor, Perm.HANDLE_ITEM)
    if expected_version is None:
        raise ValidationError(say("Versionen mangler. Genindlæs elementet."), code="version_missing")
    body = check_text(text, say("Svaret"))
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        _econsult_item(item)
        atts = check_attachments(s.get(Clinic, item.clinic_id), attachments)
        msg = add_message(s, item.id, MessageDirection.TO_PATIENT, actor, body, now, atts)
        if must_read:
            mark_must_read_in(s, actor, item, msg, True, now)
        if close:
            close_item(item, actor, now)
        else:
            item.status = ItemStatus.AWAITING_PATIENT
            release_claim(item)
        queued, warns = notify(s, item, notifications.ECONSULT_ANSWERED)
        audit.record(s, Action.ANSWER_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id,
                     detail=f"item {item_id} answered, {len(atts)} attachment(s), {'done' if close else 'awaiting'}")
        return finish_action(s, actor, item, now, say("Svaret er sendt.") if queued else say("Svaret er gemt på portalen."),
                             mail_queued=queued, warnings=warns)

    return run(db, work, action_id=action_id)


def start_thread(
    db, actor: auth.Actor, patient_id: int, provider_id: int | None, text: str, attachments=(), *,
    subject: str = "", expect_reply: bool = False, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """"Opret E-svar": a new e-consultation thread from the clinic to a patient of the clinic.

    The new item is DONE (nothing left to do) unless ``expect_reply``: then AWAITING_PATIENT.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM, patient_id=patient_id)
    body = check_text(text, say("Beskeden"))
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        begin_new(s, actor)
        reg = s.execute(select(ClinicPatient.id).where(ClinicPatient.clinic_id == actor.clinic_id,
                                                        ClinicPatient.patient_id == patient_id)).scalar()
        if reg is None:
            raise ValidationError(say("Patienten er ikke tilknyttet klinikken."), code="not_registered")
        if provider_id is not None:
            prov = s.get(Provider, provider_id)
            if prov is None or prov.clinic_id != actor.clinic_id:
                raise ValidationError(say("Behandleren findes ikke i klinikken."), code="provider_unknown")
        atts = check_attachments(s.get(Clinic, actor.clinic_id), attachments)
        item = InboxItem(
            clinic_id=actor.clinic_id, kind=ItemKind.ECONSULT, status=ItemStatus.OPEN, priority=Priority.NORMAL,
            patient_id=patient_id, provider_id=provider_id, subject=(subject or str(portal_texts.CLINIC_MESSAGE))[:200],
            preview=body.split("\n", 1)[0][:200], received_at=now, due_date=None, unread=False,
        )
        s.add(item)
        s.flush()
        add_message(s, item.id, MessageDirection.TO_PATIENT, actor, body, now, atts)
        if expect_reply:
            item.status = ItemStatus.AWAITING_PATIENT
        else:
            close_item(item, actor, now)
        queued, warns = notify(s, item, notifications.ECONSULT_STARTED)
        audit.record(s, Action.ANSWER_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail=f"item {item.id} new thread from clinic")
        return finish_action(s, actor, item, now, say("Beskeden er sendt.") if queued else say("Beskeden er gemt på portalen."),
                             mail_queued=queued, warnings=warns, created_id=item.id)

    return run(db, work, action_id=action_id)
