"""Booking requests: the provider's day, accepting, moving to another slot, declining.

``provider_day(db, actor, provider_id, day, item_id=None) -> ProviderDay``: the
appointments, free and blocked slots, the requested time, ``clashes`` and
``free_slots``. ``accept_booking`` (Appointment created, slot BOOKED, mail),
``offer_other_slot(item_id, slot_id, message="")`` (books that slot instead, frees
the held one, mail "moved"), ``decline_booking(item_id, reason)`` (frees the slot;
the reason, without a CPR number, is shown to the patient). Closing a waiting
request without an answer frees its held slot too (``free_held_slot``, used by
``any_kind``); reopening it holds the slot again when it is still free.
Slots flip through ``services.slots`` (``take_slot``, ``release_slot``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import AppointmentStatus, BookingOutcome, ItemKind, MessageDirection, SlotStatus
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.models import Appointment, BookingRequest, InboxItem, Patient, Provider, Slot, utcnow
from clinicdesk.services import audit, auth, notifications
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import add_message, begin_action, close_item, finish_action, notify, run
from clinicdesk.services.inbox.detail import booking_view, get_item
from clinicdesk.services.inbox.detail_types import DayEntry, ProviderDay
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.permissions import Perm
from clinicdesk.services.slots import release_slot, take_slot
from clinicdesk.services import text_gate
from clinicdesk.domain.messages import say


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), COPENHAGEN).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time(0), COPENHAGEN).astimezone(timezone.utc)
    return start, end


def provider_day(db, actor: auth.Actor, provider_id: int, day: date, item_id: int | None = None) -> ProviderDay:
    """A provider's day (appointments, free and blocked slots) with the booking request's
    time marked and everything overlapping it flagged as a clash."""
    auth.require(db, actor, Perm.READ_INBOX)
    start, end = _day_bounds(day)
    with db.session() as s:
        prov = s.get(Provider, provider_id)
        if prov is None or prov.clinic_id != actor.clinic_id:
            raise NotFound(say("Behandleren findes ikke i klinikken."))
        req_start = req_end = None
        req_slot = req_appt = None
        if item_id is not None:
            item = get_item(s, actor, item_id)
            req = s.get(BookingRequest, item.id)
            if req is not None:
                bv = booking_view(s, item)
                req_start, req_end, req_slot, req_appt = bv.starts_at, bv.ends_at, req.slot_id, req.appointment_id
        appts = s.execute(
            select(Appointment, Patient.first_name, Patient.last_name)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(Appointment.provider_id == provider_id, Appointment.starts_at < end, Appointment.ends_at > start,
                   Appointment.status.in_((AppointmentStatus.BOOKED, AppointmentStatus.ATTENDED)))
            .order_by(Appointment.starts_at)
        ).all()
        slots = s.execute(
            select(Slot).where(Slot.provider_id == provider_id, Slot.starts_at < end, Slot.ends_at > start)
            .order_by(Slot.starts_at)
        ).scalars().all()
        appt_slots = {a.slot_id for a, _f, _l in appts if a.slot_id is not None}

        def overlaps(a0, a1):
            return req_start is not None and a0 < req_end and a1 > req_start

        entries = []
        for a, fn, ln in appts:
            if a.id == req_appt:
                continue
            t = a.appointment_type.patient_name if a.appointment_type else say("Aftale")
            entries.append(DayEntry(a.starts_at, a.ends_at, "appointment", t, f"{fn} {ln}", a.slot_id, a.id,
                                    overlaps(a.starts_at, a.ends_at)))
        for sl in slots:
            if sl.id in appt_slots or sl.id == req_slot:
                continue
            if sl.status == SlotStatus.FREE:
                entries.append(DayEntry(sl.starts_at, sl.ends_at, "free", say("Ledig"), "", sl.id, None, False))
            else:
                label = say("Spærret") if sl.status == SlotStatus.BLOCKED else say("Optaget")
                entries.append(DayEntry(sl.starts_at, sl.ends_at, "blocked", label, "", sl.id, None,
                                        overlaps(sl.starts_at, sl.ends_at)))
        requested = None
        if req_start is not None and start <= req_start < end:
            requested = DayEntry(req_start, req_end, "requested", say("Ønsket tid"), "", req_slot, None, False)
            entries.append(requested)
        entries.sort(key=lambda e: (e.starts_at, e.what != "requested"))
        return ProviderDay(
            provider_id, prov.portal_label, day, tuple(entries), requested,
            tuple(e for e in entries if e.clash), tuple(e for e in entries if e.what == "free"),
        )


def _booking_item(s: Session, item: InboxItem) -> BookingRequest:
    req = s.get(BookingRequest, item.id) if item.kind == ItemKind.BOOKING else None
    if req is None:
        raise ValidationError(say("Dette kan kun gøres ved en tidsbestilling."), code="wrong_kind")
    if req.outcome.value != "pending":
        raise ValidationError(say("Tidsbestillingen er allerede afgjort."), code="already_decided")
    return req


def _clashing_appointment(s: Session, provider_id: int, starts: datetime, ends: datetime) -> Appointment | None:
    return s.execute(
        select(Appointment).where(Appointment.provider_id == provider_id, Appointment.starts_at < ends,
                                  Appointment.ends_at > starts, Appointment.status == AppointmentStatus.BOOKED)
        .limit(1)
    ).scalar()


def _book(s: Session, item: InboxItem, req: BookingRequest, slot: Slot | None, starts: datetime, ends: datetime,
          now: datetime) -> Appointment:
    if _clashing_appointment(s, req.provider_id if slot is None else slot.provider_id, starts, ends) is not None:
        raise ValidationError(say("Tiden overlapper en anden aftale i kalenderen. Tilbyd en anden tid."),
                              code="slot_clash")
    appt = Appointment(
        clinic_id=item.clinic_id, patient_id=item.patient_id,
        provider_id=slot.provider_id if slot is not None else req.provider_id,
        appointment_type_id=req.appointment_type_id, slot_id=slot.id if slot is not None else None,
        starts_at=starts, ends_at=ends, status=AppointmentStatus.BOOKED, comment=req.comment, booked_online=True,
        created_at=now,
    )
    s.add(appt)
    s.flush()
    return appt


def free_held_slot(s: Session, slot_id: int | None) -> bool:
    """The portal holds the requested slot (BOOKED, no appointment) while the request waits:
    set it free again (``services.slots.release_slot``) unless an appointment uses it.
    True when the slot was freed."""
    if slot_id is None:
        return False
    used = s.execute(select(Appointment.id).where(Appointment.slot_id == slot_id,
                                                   Appointment.status == AppointmentStatus.BOOKED)).first()
    return used is None and release_slot(s, slot_id)


def hold_slot_again(s: Session, item: InboxItem) -> tuple[str, ...]:
    """A reopened booking request that still waits for a decision holds its slot again
    (closing it had set the slot free). When someone else has taken the slot since,
    the request lets go of it (it holds no slot any more, so declining it or offering
    another time never frees the other patient's slot) and the result warns."""
    req = s.get(BookingRequest, item.id) if item.kind == ItemKind.BOOKING else None
    if req is None or req.outcome != BookingOutcome.PENDING or req.slot_id is None:
        return ()
    slot = s.get(Slot, req.slot_id)
    if slot is not None and slot.status == SlotStatus.FREE and take_slot(s, slot.id):
        s.expire(slot)
        return ()
    req.slot_id = None
    return (SLOT_GONE,)


SLOT_GONE = say("Den ønskede tid er ikke længere ledig. Tilbyd en anden tid, eller afvis.")


def _time_taken(s: Session, provider_id: int, starts: datetime, ends: datetime) -> bool:
    """A request without a slot of its own: is its time held or booked by anyone else?"""
    return s.execute(
        select(Slot.id).where(Slot.provider_id == provider_id, Slot.starts_at < ends, Slot.ends_at > starts,
                              Slot.status != SlotStatus.FREE).limit(1)
    ).first() is not None


def accept_booking(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Accept the requested time: creates the appointment (slot BOOKED), mails the patient, DONE."""
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        slot = s.get(Slot, req.slot_id) if req.slot_id else None
        if slot is not None:
            taken = s.execute(select(Appointment.id).where(Appointment.slot_id == slot.id,
                                                            Appointment.status == AppointmentStatus.BOOKED)).first()
            if taken is not None or slot.status == SlotStatus.BLOCKED:
                raise ValidationError(say("Den ønskede tid er ikke længere ledig. Tilbyd en anden tid."),
                                      code="slot_taken")
            if slot.status == SlotStatus.FREE:
                take_slot(s, slot.id)
            bv = booking_view(s, item)
            appt = _book(s, item, req, slot, slot.starts_at, slot.ends_at, now)
        else:
            bv = booking_view(s, item)
            if (_clashing_appointment(s, req.provider_id, bv.starts_at, bv.ends_at) is None
                    and _time_taken(s, req.provider_id, bv.starts_at, bv.ends_at)):
                raise ValidationError(SLOT_GONE, code="slot_taken")
            appt = _book(s, item, req, None, bv.starts_at, bv.ends_at, now)
        req.outcome = BookingOutcome.ACCEPTED
        req.appointment_id = appt.id
        close_item(item, actor, now)
        queued, warns = notify(s, item, notifications.BOOKING_ACCEPTED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} accepted, appointment {appt.id}")
        local = appt.starts_at.astimezone(COPENHAGEN)
        said = say("Tiden {date} kl. {time} er booket.").format(date=local.strftime("%d.%m.%Y"),
                                                                   time=local.strftime("%H:%M"))
        return finish_action(s, actor, item, now, said, mail_queued=queued, warnings=warns,
                             created_id=appt.id)

    return run(db, work, action_id=action_id)


def offer_other_slot(
    db, actor: auth.Actor, item_id: int, slot_id: int, message: str = "", *,
    expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Book the patient into another free slot instead (mailed as a moved time); the
    requested slot is set free again. ``message`` (optional) goes to the patient in the portal."""
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        slot = s.get(Slot, slot_id)
        prov = s.get(Provider, slot.provider_id) if slot else None
        if slot is None or prov is None or prov.clinic_id != actor.clinic_id:
            raise NotFound(say("Tiden findes ikke."))
        if slot.starts_at <= now:
            raise ValidationError(say("Tiden er overstået. Vælg en senere tid."), code="slot_past")
        if not take_slot(s, slot.id):
            raise ValidationError(say("Den valgte tid er ikke ledig længere. Vælg en anden."), code="slot_taken")
        appt = _book(s, item, req, slot, slot.starts_at, slot.ends_at, now)
        free_held_slot(s, req.slot_id)
        req.outcome = BookingOutcome.OFFERED_OTHER
        req.offered_slot_id = slot.id
        req.appointment_id = appt.id
        note = text_gate.check(message, what=say("Beskeden"), max_length=text_gate.MAX_STAFF_ANSWER)
        req.reason = note
        if note:
            add_message(s, item.id, MessageDirection.TO_PATIENT, actor, note, now)
        close_item(item, actor, now)
        queued, warns = notify(s, item, notifications.BOOKING_MOVED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} other slot {slot.id}, appointment {appt.id}")
        local = appt.starts_at.astimezone(COPENHAGEN)
        said = say("Patienten har fået tiden {date} kl. {time} i stedet.").format(
            date=local.strftime("%d.%m.%Y"), time=local.strftime("%H:%M"))
        return finish_action(s, actor, item, now, said, mail_queued=queued,
                             warnings=warns, created_id=appt.id)

    return run(db, work, action_id=action_id)


def decline_booking(
    db, actor: auth.Actor, item_id: int, reason: str, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Decline with a reason (the patient sees it on the portal); the held slot is freed."""
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    why = text_gate.check(reason, what=say("Begrundelsen"), max_length=text_gate.MAX_STAFF_NOTE)
    if not why:
        raise ValidationError(say("Skriv en begrundelse for afslaget; patienten ser den."), code="reason_required")
    if cprmod.contains_cpr(why):
        raise ValidationError(say("Begrundelsen må ikke indeholde et CPR-nummer."), code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _booking_item(s, item)
        free_held_slot(s, req.slot_id)
        req.outcome = BookingOutcome.DECLINED
        req.reason = why
        close_item(item, actor, now, why)
        queued, warns = notify(s, item, notifications.BOOKING_DECLINED)
        audit.record(s, Action.DECIDE_BOOKING, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} declined")
        return finish_action(s, actor, item, now, say("Tidsbestillingen er afvist."), mail_queued=queued,
                             warnings=warns)

    return run(db, work, action_id=action_id)
