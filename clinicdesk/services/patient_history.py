"""The patient card's history tab ("Historik"). No Qt.

``open_history(db, actor, patient_id) -> PatientHistory``
    The patient's e-consultation threads, renewals (each line's decision and reason),
    booking requests (outcome and reason) and appointments (attended, cancelled by the
    clinic or by the patient, no-show), newest first, at the actor's clinic only.
    Items are dated by when they arrived, appointments by when they start. Audited
    ``OPEN_HISTORY`` once per call (the view calls it once each time the tab is opened).
``history_item(db, actor, patient_id, item_id) -> ItemDetail``
    One inbox item of that history, read-only: nothing is claimed, marked read or
    changed. Audited ``OPEN_ITEM`` ("read-only from the patient's history"), since it
    shows the whole thread. An appointment needs no second look-up: its row carries
    everything it has.

Texts (subjects, reasons, comments) are the patients' and staff's own: plain text
for the view to show as such. Status values are stored values; views label them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from clinicdesk.domain.enums import ItemKind, MessageDirection
from clinicdesk.domain.errors import NotFound
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    BookingRequest,
    InboxItem,
    Medication,
    Message,
    Provider,
    RenewalLine,
    utcnow,
)
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.detail import get_item, load_detail
from clinicdesk.services.inbox.detail_types import ItemDetail
from clinicdesk.services.patients import registration
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say

ECONSULT = "econsult"
RENEWAL = "renewal"
BOOKING = "booking"
APPOINTMENT = "appointment"
_ITEM_KINDS = {ItemKind.ECONSULT: ECONSULT, ItemKind.RENEWAL: RENEWAL, ItemKind.BOOKING: BOOKING}


@dataclass(frozen=True)
class RenewalLineRow:
    medicine: str
    decision: str  # LineDecision value
    reason: str  # the doctor's reason ("" when none)


@dataclass(frozen=True)
class HistoryRow:
    kind: str  # ECONSULT, RENEWAL, BOOKING or APPOINTMENT
    ref_id: int  # the inbox item's id, or the appointment's
    at: datetime  # UTC: received (items) or start (appointments)
    title: str  # the thread's subject, the booking's reason for the visit, the appointment's type
    status: str  # ItemStatus value (items) or AppointmentStatus value (appointments)
    provider: str
    messages: int = 0  # e-consultation: messages in the thread (internal notes not counted)
    lines: tuple[RenewalLineRow, ...] = ()  # renewal
    outcome: str = ""  # booking: BookingOutcome value
    starts_at: datetime | None = None  # booking: the time asked for
    reason: str = ""  # booking: why declined / another time offered; item: why closed
    comment: str = ""  # the patient's comment (renewal, booking, appointment)
    ends_at: datetime | None = None  # appointment
    booked_online: bool = False  # appointment
    cancelled_at: datetime | None = None  # appointment

    @property
    def is_item(self) -> bool:
        return self.kind != APPOINTMENT


@dataclass(frozen=True)
class PatientHistory:
    patient_id: int
    rows: tuple[HistoryRow, ...]  # newest first


def _providers(s, clinic_id: int) -> dict[int, str]:
    return {p.id: p.portal_label for p in s.scalars(select(Provider).where(Provider.clinic_id == clinic_id))}


def _item_rows(s, clinic_id: int, patient_id: int, providers: dict[int, str]) -> list[HistoryRow]:
    items = s.scalars(
        select(InboxItem).where(
            InboxItem.clinic_id == clinic_id, InboxItem.patient_id == patient_id,
            InboxItem.kind.in_(tuple(_ITEM_KINDS)),
        )
    ).all()
    ids = [i.id for i in items]
    counts = dict(s.execute(
        select(Message.item_id, func.count(Message.id))
        .where(Message.item_id.in_(ids), Message.direction != MessageDirection.INTERNAL).group_by(Message.item_id)
    ).all()) if ids else {}
    lines: dict[int, list[RenewalLineRow]] = {}
    if ids:
        for ln, med in s.execute(
            select(RenewalLine, Medication)
            .join(Medication, Medication.id == RenewalLine.medication_id)
            .where(RenewalLine.item_id.in_(ids)).order_by(RenewalLine.id)
        ).all():
            lines.setdefault(ln.item_id, []).append(RenewalLineRow(med.label, ln.decision.value, ln.reason or ""))
    bookings = {b.item_id: b for b in s.scalars(select(BookingRequest).where(BookingRequest.item_id.in_(ids)))} if ids else {}
    types = {t.id: t.patient_name or t.name for t in s.scalars(select(AppointmentType).where(AppointmentType.clinic_id == clinic_id))}
    rows = []
    for it in items:
        kind = _ITEM_KINDS[it.kind]
        provider = providers.get(it.provider_id, "")
        common = dict(kind=kind, ref_id=it.id, at=it.received_at, status=it.status.value, provider=provider)
        if kind == ECONSULT:
            rows.append(HistoryRow(title=it.subject or it.preview, messages=counts.get(it.id, 0),
                                   reason=it.closed_reason or "", **common))
        elif kind == RENEWAL:
            req = it.renewal
            rows.append(HistoryRow(title=it.subject, lines=tuple(lines.get(it.id, ())),
                                   comment=req.comment if req else "", reason=it.closed_reason or "", **common))
        else:
            b = bookings.get(it.id)
            if b is not None:
                common["provider"] = providers.get(b.provider_id, provider)
            rows.append(HistoryRow(
                title=types.get(b.appointment_type_id, "") if b and b.appointment_type_id else it.subject,
                outcome=b.outcome.value if b else "", starts_at=b.starts_at if b else None,
                reason=(b.reason if b else "") or it.closed_reason or "", comment=b.comment if b else "", **common,
            ))
    return rows


def _appointment_rows(s, clinic_id: int, patient_id: int, providers: dict[int, str]) -> list[HistoryRow]:
    types = {t.id: t.patient_name or t.name for t in s.scalars(select(AppointmentType).where(AppointmentType.clinic_id == clinic_id))}
    rows = []
    for a in s.scalars(select(Appointment).where(Appointment.clinic_id == clinic_id, Appointment.patient_id == patient_id)):
        rows.append(HistoryRow(
            kind=APPOINTMENT, ref_id=a.id, at=a.starts_at, title=types.get(a.appointment_type_id, ""),
            status=a.status.value, provider=providers.get(a.provider_id, ""), comment=a.comment or "",
            ends_at=a.ends_at, booked_online=bool(a.booked_online), cancelled_at=a.cancelled_at,
        ))
    return rows


def open_history(db, actor: auth.Actor, patient_id: int, *, now: datetime | None = None) -> PatientHistory:
    """The patient's history at the actor's clinic, newest first (audited OPEN_HISTORY)."""
    auth.require(db, actor, Perm.READ_PATIENT, patient_id=patient_id)
    with db.write_session() as s:
        registration(s, actor, patient_id)  # a patient of this clinic, or NotFound
        providers = _providers(s, actor.clinic_id)
        rows = _item_rows(s, actor.clinic_id, patient_id, providers)
        rows += _appointment_rows(s, actor.clinic_id, patient_id, providers)
        # newest first; on the same minute an appointment after the request that made it
        rows.sort(key=lambda r: (r.at, r.kind == APPOINTMENT, r.ref_id), reverse=True)
        audit.record(s, Action.OPEN_HISTORY, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail=f"patient card history, {len(rows)} rows", at=now,
                     context=actor.lookup_context)
    return PatientHistory(patient_id, tuple(rows))


def history_item(db, actor: auth.Actor, patient_id: int, item_id: int, *, now: datetime | None = None) -> ItemDetail:
    """One item of the patient's history, read-only: not claimed, not marked read (audited OPEN_ITEM)."""
    auth.require(db, actor, Perm.READ_PATIENT, patient_id=patient_id)
    now = now or utcnow()
    with db.write_session() as s:
        registration(s, actor, patient_id)
        item = get_item(s, actor, item_id)
        if item.patient_id != patient_id or item.kind not in _ITEM_KINDS:
            raise NotFound(say("Elementet hører ikke til denne patients historik. Genindlæs historikken."))
        detail = load_detail(s, item, now)
        audit.record(s, Action.OPEN_ITEM, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=patient_id, detail=f"item {item_id}, read-only from the patient's history",
                     context=actor.lookup_context)
    return detail
