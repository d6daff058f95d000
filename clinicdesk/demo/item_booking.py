"""Demo booking requests: a free slot of the provider asked for (or another provider's when
that one is full), and the outcome: pending, another time offered, accepted (the
appointment is made and the slot booked) or declined."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.demo.practice import TYPES_FOR
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import BOOKING_COMMENTS, BOOKING_DECLINE_REASONS, BOOKING_OFFER_REASON
from clinicdesk.domain import portal_texts
from clinicdesk.domain.enums import AppointmentStatus, BookingOutcome, ItemStatus, SlotStatus


def _take_free_slot(b: DemoBuild, rng, provider_id: int):
    """A free future slot of this provider at least a day ahead (None if there is none)."""
    free = [s for s in b.free_slots.get(provider_id, ())
            if s["status"] == SlotStatus.FREE and s["starts_at"] > b.now + timedelta(days=1)]
    if not free:
        return None
    return rng.choice(free)


def fill(b: DemoBuild, rng, item: dict, later):
    """Make the item a booking request; returns the time of the last thing that happened."""
    item_id, cid, status, received = item["id"], item["clinic_id"], item["status"], item["received_at"]
    bookers = [pr for pr in b.providers if pr["clinic_id"] == cid and pr["booking"]]
    pr = rng.choice(bookers)
    slot = _take_free_slot(b, rng, pr["id"])
    if slot is None:  # this provider is fully booked: ask another
        for other in bookers:
            slot = _take_free_slot(b, rng, other["id"])
            if slot is not None:
                pr = other
                break
    pool = b.pool_adult[cid] + b.pool_child[cid]
    pi = rng.choice(pool)
    p = b.people[pi]
    if slot is not None and slot.get("appointment_type_id"):  # a slot is of one type: ask for that
        tname = next(n for n, (tid, _m, _p) in b.types[cid].items() if tid == slot["appointment_type_id"])
    else:
        tname = rng.choice(TYPES_FOR[pr["kind"]])
    type_id, _minutes, pname = b.types[cid][tname]
    if tname in ("Konsultation", "Dobbeltkonsultation", "Telefonkonsultation"):
        comment = rng.choice(BOOKING_COMMENTS[3:] if pr["comment"] else BOOKING_COMMENTS)
    else:
        comment = pname if pr["comment"] else ""
    starts = slot["starts_at"] if slot else received + timedelta(days=3)
    item.update(patient_id=p["id"], provider_id=pr["id"], subject=str(portal_texts.REQUESTED.format(type=pname)),
                preview=comment or pname)
    outcome, reason, appointment_id, offered = BookingOutcome.PENDING, "", None, None
    if slot is not None and status in (ItemStatus.NEW, ItemStatus.OPEN):
        # a waiting request holds its slot, as the portal's intake does (a later demo booking took
        # it, and accepting the request said "Den ønskede tid er ikke længere ledig")
        slot["status"] = SlotStatus.BOOKED
    if status == ItemStatus.AWAITING_PATIENT:
        other = _take_free_slot(b, rng, pr["id"])
        if other is not None and other is not slot:
            outcome, reason, offered = BookingOutcome.OFFERED_OTHER, BOOKING_OFFER_REASON, other["id"]
            other["status"] = SlotStatus.BOOKED  # (held for the patient's answer)
    elif status == ItemStatus.DONE:
        x = rng.random()
        if x < 0.7 and slot is not None:
            outcome = BookingOutcome.ACCEPTED
            slot["status"] = SlotStatus.BOOKED
            appointment_id = b.new_id("appointment")
            b.add("appointment", dict(
                id=appointment_id, clinic_id=cid, patient_id=p["id"], provider_id=pr["id"],
                appointment_type_id=type_id, slot_id=slot["id"], starts_at=slot["starts_at"],
                ends_at=slot["ends_at"], status=AppointmentStatus.BOOKED, comment=comment,
                booked_online=True, created_at=later(received, 0.5, 20), cancelled_at=None, version=1,
            ))
        else:
            outcome, reason = BookingOutcome.DECLINED, rng.choice(BOOKING_DECLINE_REASONS)
    b.add("booking_request", dict(
        item_id=item_id, provider_id=pr["id"], appointment_type_id=type_id,
        slot_id=slot["id"] if slot else None, starts_at=starts, comment=comment, outcome=outcome,
        appointment_id=appointment_id, offered_slot_id=offered, reason=reason,
    ))
    return later(received, 0.5, 20) if status != ItemStatus.NEW else received
