"""The demo's calendar: bookable 15-minute slots for the coming weeks (none on holidays,
weekends or the clinic's holiday; a blocked Wednesday afternoon for doctors) and a
month of appointments around today, in every status."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from clinicdesk.demo.practice import TYPES_FOR
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import BOOKING_COMMENTS
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import AppointmentStatus, SlotStatus
from clinicdesk.services import workdays

_LUNCH = (time(11, 30), time(12, 0))


def build_calendar(b: DemoBuild) -> None:
    """Slots from today on, appointments 16 days back to 4 weeks ahead; ``b.free_slots``
    keeps each provider's free future slots for the booking requests."""
    rng = b.rng("calendar")
    b.free_slots = {}
    for pr in b.providers:
        _provider_days(b, rng, pr)


def _quarters(day, opens: time, closes: time) -> list[datetime]:
    """The local start times of the day's 15-minute slots, lunch left out."""
    starts = []
    t = datetime.combine(day, opens)
    while (t + timedelta(minutes=15)).time() <= closes and t.date() == day:
        if not (_LUNCH[0] <= t.time() < _LUNCH[1]):
            starts.append(t)
        t += timedelta(minutes=15)
    return starts


def _provider_days(b: DemoBuild, rng, pr: dict) -> None:
    hol_cid, hol_start, hol_end = b.holiday
    cid = pr["clinic_id"]
    free = b.free_slots.setdefault(pr["id"], [])
    types = [b.types[cid][name] for name in TYPES_FOR[pr["kind"]]]
    patients = b.pool_adult[cid] + b.pool_child[cid]
    for offset in range(-16, 29):
        day = b.today + timedelta(days=offset)
        if not workdays.is_working_day(day):
            continue
        if cid == hol_cid and hol_start <= day < hol_end:
            continue
        starts = _quarters(day, *pr["hours"][day.weekday()])
        past_day = offset < 0
        density = (0.75 if past_day else 0.7 if offset < 7 else 0.5 if offset < 14 else 0.3
                   if offset < 21 else 0.15)
        j = 0
        while j < len(starts):
            local = starts[j]
            start_utc = local.replace(tzinfo=COPENHAGEN).astimezone(timezone.utc)
            future = start_utc > b.now
            slot = None
            if future:
                blocked = day.weekday() == 2 and local.time() >= time(14, 0) and pr["kind"] == "doctor"
                slot = dict(id=b.new_id("slot"), provider_id=pr["id"], starts_at=start_utc,
                            ends_at=start_utc + timedelta(minutes=15),
                            status=SlotStatus.BLOCKED if blocked else SlotStatus.FREE, version=1)
                b.add("slot", slot)
                if blocked:
                    j += 1
                    continue
            if rng.random() >= density:
                if slot is not None:
                    free.append(slot)
                j += 1
                continue
            type_id, minutes, _pname = rng.choice(types)
            span = 2 if (minutes == 30 and j + 1 < len(starts)
                         and starts[j + 1] - local == timedelta(minutes=15)) else 1
            pi = rng.choice(patients)
            x = rng.random()
            if future:
                status = (AppointmentStatus.BOOKED if x < 0.94 else AppointmentStatus.CANCELLED_BY_PATIENT
                          if x < 0.98 else AppointmentStatus.CANCELLED_BY_CLINIC)
            else:
                status = (AppointmentStatus.ATTENDED if x < 0.85 else AppointmentStatus.NO_SHOW if x < 0.9
                          else AppointmentStatus.CANCELLED_BY_PATIENT if x < 0.96
                          else AppointmentStatus.CANCELLED_BY_CLINIC)
            cancelled = status in (AppointmentStatus.CANCELLED_BY_PATIENT, AppointmentStatus.CANCELLED_BY_CLINIC)
            created = start_utc - timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600))
            created = min(created, b.now - timedelta(minutes=5))
            cancelled_at = None
            if cancelled:
                cancelled_at = max(min(start_utc - timedelta(hours=rng.randint(2, 72)), b.now), created)
            comment = rng.choice(BOOKING_COMMENTS) if rng.random() < 0.3 else ""
            b.add("appointment", dict(
                id=b.new_id("appointment"), clinic_id=cid, patient_id=b.people[pi]["id"],
                provider_id=pr["id"], appointment_type_id=type_id, slot_id=slot["id"] if slot else None,
                starts_at=start_utc, ends_at=start_utc + timedelta(minutes=15 * span), status=status,
                comment=comment, booked_online=rng.random() < 0.4, created_at=created,
                cancelled_at=cancelled_at, version=1,
            ))
            if slot is None:  # the past: no slot rows, the appointment keeps its time
                j += span
            elif cancelled:  # freed again
                free.append(slot)
                j += 1
            else:
                slot["status"] = SlotStatus.BOOKED
                if span == 2:  # the next quarter is taken as well
                    s2 = starts[j + 1].replace(tzinfo=COPENHAGEN).astimezone(timezone.utc)
                    b.add("slot", dict(id=b.new_id("slot"), provider_id=pr["id"], starts_at=s2,
                                       ends_at=s2 + timedelta(minutes=15), status=SlotStatus.BOOKED, version=1))
                j += span
