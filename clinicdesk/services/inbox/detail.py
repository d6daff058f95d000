"""One item's detail as views show it: the thread, and the renewal, booking or sign-up part.

``load_detail(session, item, now) -> ItemDetail`` builds what an opened item shows
(used by opening, and after every action); ``renewal_view``, ``booking_view`` and
``signup_view`` build the kind's part (a renewal line carries the renewal rules'
answer: ``warning`` and ``may_approve``, and its decisions: ``history``, the replaced
ones marked, the one the patient was sent marked). A corrected answer carries
``superseded_by_id``. ``get_item`` loads an item of the actor's
clinic (or refuses with NotFound). ``get_attachment(db, actor, attachment_id,
save=False)`` returns an attachment's bytes (saving to a file is audited).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import bindparam, select, true
from sqlalchemy.orm import Session, aliased

from clinicdesk.domain.enums import ItemKind, Role
from clinicdesk.domain.messages import say
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.settings import provider_portal_label
from clinicdesk.models import (
    AppointmentType,
    Attachment,
    BookingRequest,
    InboxItem,
    Medication,
    Message,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    RenewalRequest,
    SignupRequest,
    Slot,
    StaffUser,
)
from clinicdesk.domain.wording import person_name
from clinicdesk.services import audit, audit_lookups, auth, renewal_rules
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.detail_types import (
    AttachmentFile,
    AttachmentInfo,
    BookingView,
    ItemDetail,
    MedicationView,
    MessageView,
    RenewalDecisionView,
    RenewalLineView,
    RenewalView,
    SignupView,
)
from clinicdesk.services.inbox.renewal_history import (
    Sending,
    last_sending_columns,
    lines_and_histories,
    sent_decisions,
)
from clinicdesk.services.inbox.overdue import is_overdue, today_local
from clinicdesk.services.permissions import Perm


def staff_name(s: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    return s.execute(select(StaffUser.full_name).where(StaffUser.id == staff_id)).scalar() or ""


def get_item(s: Session, actor: auth.Actor, item_id: int, *, lock: bool = False) -> InboxItem:
    """The item, fresh from the database, when it belongs to the actor's clinic."""
    q = select(InboxItem).where(InboxItem.id == item_id)
    if lock:
        q = q.with_for_update()
    item = s.execute(q.execution_options(populate_existing=True)).scalar_one_or_none()
    if item is None or item.clinic_id != actor.clinic_id:
        raise NotFound(say("Elementet findes ikke (længere) i denne klinik. Opdatér listen."))
    return item


@cache
def _messages_statement():
    """The thread in one statement: each message with its author's name and its attachments
    (the item's id given at execution; built once)."""
    return (
        select(Message.id, Message.direction, Message.author_staff_id, Message.body, Message.created_at,
               Message.read_by_patient_at, Message.supersedes_id, StaffUser.full_name,
               Attachment.id, Attachment.filename, Attachment.content_type, Attachment.size)
        .outerjoin(StaffUser, StaffUser.id == Message.author_staff_id)
        .outerjoin(Attachment, Attachment.message_id == Message.id)
        .where(Message.item_id == bindparam("item_id"))
        .order_by(Message.id, Attachment.id)
    )


def _messages(s: Session, item: InboxItem) -> tuple[MessageView, ...]:
    msgs: dict[int, tuple] = {}
    atts: dict[int, list[AttachmentInfo]] = {}
    for row in s.execute(_messages_statement(), {"item_id": item.id}):
        msg_id, att_id = row[0], row[8]
        msgs.setdefault(msg_id, row)
        found = atts.setdefault(msg_id, [])
        if att_id is not None:
            found.append(AttachmentInfo(att_id, row[9], row[10], row[11]))
    corrected_by = {m[6]: m[0] for m in msgs.values() if m[6] is not None}
    sent_at = {m[0]: m[4] for m in msgs.values()}
    return tuple(
        MessageView(
            id=msg_id, direction=direction, author_name=(author or "") if author_id else "", body=body,
            created_at=created_at, read_by_patient_at=read_at, supersedes_id=supersedes_id,
            attachments=tuple(atts[msg_id]), superseded_by_id=corrected_by.get(msg_id),
            supersedes_created_at=sent_at.get(supersedes_id),
        )
        for msg_id, direction, author_id, body, created_at, read_at, supersedes_id, author, *_att in msgs.values()
    )


@cache
def _people_statement(with_head: bool):
    """The item's patient and provider, as the detail shows them (the item's id given at execution)."""
    return (select(Patient.first_name, Patient.last_name, Patient.cpr, Patient.email, Provider.name,
                   Provider.title, Provider.display_name, *([audit.head_column()] if with_head else []))
            .select_from(InboxItem)
            .outerjoin(Patient, Patient.id == InboxItem.patient_id)
            .outerjoin(Provider, Provider.id == InboxItem.provider_id)
            .where(InboxItem.id == bindparam("item_id")))


def _patient_and_provider(s: Session, item: InboxItem) -> tuple[tuple[str, str, str], str]:
    """The item's patient (name, CPR, e-mail) and provider (its label) in one statement ("" when
    it names neither). When this transaction holds the audit chain's lock (take-the-next), the
    chain's head rides along for the OPEN_ITEM entry (``audit.head_column``)."""
    nobody = ("", "", ""), ""
    if item.patient_id is None and item.provider_id is None:
        return nobody
    with_head = audit.holds_chain_lock(s)
    row = s.execute(_people_statement(with_head), {"item_id": item.id}).first()
    if row is None:
        return nobody
    if with_head:
        audit.note_head(s, row[7])
    patient = (person_name(row[0], row[1]), row[2], row[3]) if item.patient_id is not None else ("", "", "")
    provider = provider_portal_label(row[4], row[5], row[6]) if item.provider_id is not None else ""
    return patient, provider


def load_detail(s: Session, item: InboxItem, now: datetime) -> ItemDetail:
    (patient_name, patient_cpr, patient_email), provider_label = _patient_and_provider(s, item)
    messages = _messages(s, item)
    return ItemDetail(
        id=item.id,
        clinic_id=item.clinic_id,
        kind=item.kind,
        status=item.status,
        priority=item.priority,
        subject=item.subject,
        preview=item.preview,
        received_at=item.received_at,
        due_date=item.due_date,
        overdue=is_overdue(item.due_date, item.status, today_local(now)),
        via_app=item.via_app,
        patient_id=item.patient_id,
        patient_name=patient_name,
        patient_cpr=patient_cpr,
        patient_email=patient_email,
        provider_id=item.provider_id,
        provider_label=provider_label,
        assigned_to_id=item.assigned_to_id,
        assigned_to_name=staff_name(s, item.assigned_to_id),
        assigned_role=item.assigned_role,
        closed_reason=item.closed_reason,
        done_at=item.done_at,
        done_by_name=staff_name(s, item.done_by_id),
        version=item.version,
        messages=messages,
        renewal=renewal_view(s, item) if item.kind == ItemKind.RENEWAL else None,
        booking=booking_view(s, item) if item.kind == ItemKind.BOOKING else None,
        signup=signup_view(s, item) if item.kind == ItemKind.SIGNUP else None,
    )


def _addictive(med) -> bool:
    return med is not None and renewal_rules.is_addictive(med.atc_code, med.addictive)


def renewal_view(s: Session, item: InboxItem) -> RenewalView | None:
    last = last_sending_columns(item.id)
    row = s.execute(
        select(RenewalRequest, Pharmacy, last.c.sent_at, last.c.sent_by_id, last.c.last_decision_id)
        .outerjoin(Pharmacy, Pharmacy.id == RenewalRequest.pharmacy_id).outerjoin(last, true())
        .where(RenewalRequest.item_id == item.id)
    ).first()
    if row is None:
        return None
    req, pharmacy, sent_at, sent_by_id, last_decision_id = row
    sending = Sending(sent_at, sent_by_id, last_decision_id) if sent_at is not None else None
    # the patient's active medications first: the lines' own are then found without a query each
    active = s.execute(
        select(Medication).where(Medication.patient_id == item.patient_id, Medication.active.is_(True))
        .order_by(Medication.drug_name, Medication.id)
    ).scalars().all() if item.patient_id else []
    lines, histories = lines_and_histories(s, item.id)
    requested = {ln.medication_id for ln in lines}
    sent = sent_decisions(s, item, histories, sending)
    line_views = []
    for ln in lines:
        med = s.get(Medication, ln.medication_id)
        check = renewal_rules.check_medication(med)
        line_views.append(RenewalLineView(
            id=ln.id, medication_id=ln.medication_id, label=med.label if med else "",
            dosage=med.dosage if med else "", addictive=_addictive(med),
            repeats_left=med.repeats_left if med else 0, decision=ln.decision.value, reason=ln.reason,
            decided_by_name=staff_name(s, ln.decided_by_id), decided_at=ln.decided_at, version=ln.version,
            warning=check.staff_text, may_approve=check.may_approve,
            history=_history(s, histories.get(ln.id, []), sent.get(ln.id)),
        ))
    meds = [MedicationView(m.id, m.label, m.dosage, m.atc_code, _addictive(m), m.repeats_left, m.id in requested)
            for m in active]
    return RenewalView(
        pharmacy=(f"{pharmacy.name}, {pharmacy.address}" if pharmacy and pharmacy.address else
                  pharmacy.name if pharmacy else ""),
        comment=req.comment,
        prepared_by_name=staff_name(s, req.prepared_by_id),
        routed_to_doctor=item.assigned_role == Role.DOCTOR or req.prepared_by_id is not None,
        lines=tuple(line_views),
        medications=tuple(meds),
    )


def _history(s: Session, entries, sent_entry) -> tuple[RenewalDecisionView, ...]:
    last = len(entries) - 1
    return tuple(
        RenewalDecisionView(decision=e.decision.value, reason=e.reason, decided_by_name=staff_name(s, e.decided_by_id),
                            decided_at=e.decided_at, replaced=i < last, sent_to_patient=e is sent_entry)
        for i, e in enumerate(entries)
    )


_SLOT, _OFFERED = aliased(Slot, name="slot_booked"), aliased(Slot, name="slot_offered")  # (made once)


def booking_view(s: Session, item: InboxItem) -> BookingView | None:
    slot_row, offered_row = _SLOT, _OFFERED
    row = s.execute(
        select(BookingRequest, AppointmentType, slot_row, offered_row, Provider.name, Provider.title,
               Provider.display_name)
        .outerjoin(AppointmentType, AppointmentType.id == BookingRequest.appointment_type_id)
        .outerjoin(Provider, Provider.id == BookingRequest.provider_id)
        .outerjoin(slot_row, slot_row.id == BookingRequest.slot_id)
        .outerjoin(offered_row, offered_row.id == BookingRequest.offered_slot_id)
        .where(BookingRequest.item_id == item.id)
    ).first()
    if row is None:
        return None
    req, atype, slot, offered = row[:4]
    provider_label = provider_portal_label(*row[4:]) if req.provider_id is not None else ""
    ends = slot.ends_at if slot else req.starts_at + timedelta(minutes=atype.duration_minutes if atype else 15)
    return BookingView(
        provider_id=req.provider_id, provider_label=provider_label,
        appointment_type_id=req.appointment_type_id,
        appointment_type=(atype.patient_name or atype.name) if atype else "",
        starts_at=req.starts_at, ends_at=ends, comment=req.comment, outcome=req.outcome.value,
        slot_id=req.slot_id, appointment_id=req.appointment_id, offered_slot_id=req.offered_slot_id,
        offered_starts_at=offered.starts_at if offered else None, reason=req.reason,
    )


def signup_view(s: Session, item: InboxItem) -> SignupView | None:
    # the request, the patient of the same CPR number and their portal account: one statement
    row = s.execute(
        select(SignupRequest, Patient, PortalAccount)
        .outerjoin(Patient, Patient.cpr == SignupRequest.cpr)
        .outerjoin(PortalAccount, PortalAccount.patient_id == Patient.id)
        .where(SignupRequest.item_id == item.id)
    ).first()
    if row is None:
        return None
    req, match, account = row
    guardian = s.get(Patient, req.guardian_patient_id) if req.guardian_patient_id else None
    warnings = []
    if account is not None and account.times_deleted > 0:
        n = account.times_deleted
        warnings.append((say("Dette CPR-nummer har før haft en portalbruger, som blev slettet én gang. "
                             "Undersøg hvorfor, før du godkender.") if n == 1 else
                         say("Dette CPR-nummer har før haft en portalbruger, som blev slettet {n} gange. "
                             "Undersøg hvorfor, før du godkender.").format(n=n)))
    if account is not None and account.status.value == "active":
        warnings.append(say("Patienten har allerede en aktiv portalbruger; en godkendelse registrerer patienten hos "
                            "klinikken."))
    if match is None:
        warnings.append(say("Patienten findes ikke i kartoteket; en godkendelse opretter patienten."))
    elif (match.first_name, match.last_name) != (req.first_name, req.last_name):
        warnings.append(
            say("Navnet i kartoteket ({name}) er ikke det samme som i tilmeldingen. Kontrollér identiteten.").format(
                name=match.full_name)
        )
    if guardian is not None:
        warnings.append(say("Barn under 15 år tilmeldt af forælder ({name}).").format(name=guardian.full_name))
    return SignupView(
        cpr=req.cpr, first_name=req.first_name, last_name=req.last_name, email=req.email, mobile=req.mobile,
        login_method=req.login_method.value, guardian_patient_id=req.guardian_patient_id,
        guardian_name=guardian.full_name if guardian else "",
        wants_econsult=req.wants_econsult, wants_renewal=req.wants_renewal, wants_booking=req.wants_booking,
        decision=req.decision.value, reason=req.reason,
        matching_patient_id=match.id if match else None, matching_patient_name=match.full_name if match else "",
        has_portal_account=account is not None and account.status.value != "deleted",
        portal_account_status=account.status.value if account else "",
        times_deleted=account.times_deleted if account else 0,
        warnings=tuple(warnings),
    )


def get_attachment(db, actor: auth.Actor, attachment_id: int, *, save: bool = False) -> AttachmentFile:
    """An attachment's bytes, for a preview or for saving to a file: both are lookups in the
    patient's data and logged with the item as their reason (PREVIEW_ATTACHMENT, SAVE_FILE)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.write_session() as s:
        row = s.execute(
            select(Attachment, InboxItem.clinic_id, InboxItem.patient_id, InboxItem.id)
            .join(Message, Message.id == Attachment.message_id)
            .join(InboxItem, InboxItem.id == Message.item_id)
            .where(Attachment.id == attachment_id)
        ).first()
        if row is None or row[1] != actor.clinic_id:
            raise NotFound(say("Vedhæftningen findes ikke."))
        att = row[0]
        if save:
            audit.record(s, Action.SAVE_FILE, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                         patient_id=row[2], detail=f"attachment {attachment_id}",
                         context=audit_lookups.inbox_context(row[3]))
        else:
            audit_lookups.record_preview(s, actor, attachment_id, row[3], row[2])
        return AttachmentFile(att.id, att.filename, att.content_type, att.data)
