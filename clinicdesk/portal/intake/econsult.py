"""E-consultations from the portal: a new one, a patient's reply in a thread, and read receipts.

A new e-consultation files an ECONSULT item with a due date; a reply reopens the
patient's own thread (new, unread, a fresh due date). Either is scanned for urgent words
(``services.safety.flags.flag_at_intake``), which flags the item and never refuses the message, and the
patient gets a receipt mail with the answer day and the emergency numbers
(``services.safety.receipt.queue_receipt``). Texts are checked by
``portal_rules.check_text`` and files by ``portal_rules.check_attachments`` (the
attachment rule of ``services/attachments.py``, worded for patients).
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from clinicdesk.domain.enums import Function, ItemKind, ItemStatus, MessageDirection
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain import portal_texts
from clinicdesk.models import Attachment, InboxItem, Message
from clinicdesk.portal.intake.common import (
    IntakeResult,
    finish,
    first_line,
    new_item,
    portal_user,
    require_open,
    require_provider,
    utc_now,
)
from clinicdesk.services import portal_rules as rules
from clinicdesk.services.attachments import AttachmentIn
from clinicdesk.services.safety.flags import flag_at_intake
from clinicdesk.services.safety.receipt import queue_receipt
from clinicdesk.services.workdays import due_date_for


def _own_thread(s, user, clinic_id: int, thread_id: int) -> InboxItem:
    thread = s.get(InboxItem, thread_id)
    if (
        thread is None
        or thread.clinic_id != clinic_id
        or thread.patient_id != user.patient.id
        or thread.kind != ItemKind.ECONSULT
    ):
        raise PortalRefusal("thread_unknown")
    return thread


def _reopen(thread: InboxItem, text: str, due, now: datetime) -> None:
    """The patient wrote again: the thread needs the clinic's attention anew."""
    thread.status = ItemStatus.NEW
    thread.unread = True
    thread.preview = first_line(text)
    thread.received_at = now
    thread.due_date = due
    thread.done_at = None
    thread.done_by_id = None
    thread.changed_at = now


def send_econsult(
    db,
    clinic_id: int,
    cpr: str,
    *,
    body: str,
    provider_id: int | None = None,
    thread_id: int | None = None,
    subject: str = "",
    attachments: Iterable[AttachmentIn | tuple[str, bytes]] = (),
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """A new e-consultation to a provider (``provider_id``), or a reply in a thread (``thread_id``)."""
    now = utc_now(now)
    with db.write_session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        require_open(user, Function.ECONSULT, via_app)
        thread: InboxItem | None = None
        if thread_id is not None:
            thread = _own_thread(s, user, clinic_id, thread_id)
            if thread.provider_id is not None:
                require_provider(s, user, thread.provider_id, Function.ECONSULT)
        else:
            require_provider(s, user, provider_id, Function.ECONSULT)
        text = rules.check_text(body, max_length=user.clinic.max_econsult_length, required=True)
        subj = rules.check_text(subject, max_length=200, required=False, what="Emnet")
        files = rules.check_attachments(user.clinic, attachments)

        due = due_date_for(now, user.clinic.answer_due_working_days)
        if thread is None:
            thread = new_item(
                s, clinic_id, ItemKind.ECONSULT, now, patient_id=user.patient.id, provider_id=provider_id,
                subject=subj or str(portal_texts.ECONSULT), preview=first_line(text), due_date=due, via_app=via_app,
            )
            kind = "econsult"
        else:
            _reopen(thread, text, due, now)
            kind = "econsult_reply"
        s.flush()
        msg = Message(item_id=thread.id, direction=MessageDirection.FROM_PATIENT, body=text, created_at=now)
        s.add(msg)
        s.flush()
        for f in files:
            s.add(
                Attachment(
                    message_id=msg.id, filename=f.filename, content_type=f.content_type, size=f.size,
                    sha256=f.sha256, data=f.data,
                )
            )
        # the safety net: urgent words flag the item for staff; the message itself is stored as written
        flag_at_intake(s, thread, msg.id, f"{subj}\n{text}" if subj else text, now)
        # the receipt: the day the clinic answers by and the emergency numbers (never the text)
        queue_receipt(s, user.clinic, user.patient, thread.id, due, now)
        finish(s, clinic_id, thread.id, user.patient.id, kind, now)
        return IntakeResult(kind, thread.id, due, now, user.patient.id, message_id=msg.id)


def mark_message_read(db, clinic_id: int, cpr: str, *, message_id: int, now: datetime | None = None) -> IntakeResult:
    """The patient opened a message from the clinic: the read receipt the clinic sees (idempotent)."""
    now = utc_now(now)
    with db.write_session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        msg = s.get(Message, message_id)
        item = s.get(InboxItem, msg.item_id) if msg is not None else None
        if (
            msg is None
            or item is None
            or msg.direction != MessageDirection.TO_PATIENT
            or item.clinic_id != clinic_id
            or item.patient_id != user.patient.id
        ):
            raise PortalRefusal("message_unknown")
        if msg.read_by_patient_at is None:
            msg.read_by_patient_at = now
            item.changed_at = now
            finish(s, clinic_id, item.id, user.patient.id, "read_receipt", now)
        return IntakeResult("read_receipt", item.id, None, msg.read_by_patient_at, user.patient.id, message_id=msg.id)


__all__ = ["send_econsult", "mark_message_read"]
