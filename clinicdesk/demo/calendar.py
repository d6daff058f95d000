"""The demo's calendar, built with the calendar's own model and rules: each provider's weekly
schedule (``schedule_block``) and the types they offer, the clinics' usual closed days
(24/12, 31/12, 5/6), the slots those make for the coming weeks (``services.calendar``: none
on public holidays, closed days or in Vestergade's holiday; doctors have no Wednesday
afternoon), and a month of appointments around today, in every status."""

from __future__ import annotations

from datetime import date, time, timedelta

from clinicdesk.demo.practice import TYPES_FOR
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import BOOKING_COMMENTS
from clinicdesk.domain.enums import AppointmentStatus, SlotStatus
from clinicdesk.services.calendar.generate import desired_slots
from clinicdesk.services.calendar.rules import Block, day_closed, usual_closed_days
from clinicdesk.services.workdays import local_date

_LUNCH = (time(11, 30), time(12, 0))
DAYS_BACK, DAYS_AHEAD = 16, 28

# per kind of provider: (first weekday, last weekday, from, to or None for the day's closing, type name)
_WEEK = {
    "doctor": (
        (0, 4, time(8, 0), time(9, 0), "Telefonkonsultation"),
        (0, 4, time(9, 0), _LUNCH[0], "Konsultation"),
        (0, 1, _LUNCH[1], time(14, 0), "Konsultation"),
        (2, 2, _LUNCH[1], time(14, 0), "Modermærke"),
        (3, 3, _LUNCH[1], time(14, 0), "Børneundersøgelse"),
        (4, 4, _LUNCH[1], time(14, 0), "Graviditetsundersøgelse"),
        (0, 1, time(14, 0), None, "Dobbeltkonsultation"),
        (3, 4, time(14, 0), None, "Dobbeltkonsultation"),  # Wednesday afternoon: no bookable times
    ),
    "nurse": (
        (0, 4, time(8, 0), _LUNCH[0], "Vaccination"),
        (0, 4, _LUNCH[1], time(13, 0), "Celleprøve"),
        (0, 2, time(13, 0), None, "Årskontrol"),
        (3, 4, time(13, 0), None, "Sårbehandling"),
    ),
    "lab": ((0, 4, time(7, 30), None, "Blodprøve"),),
    "assistant": (
        (0, 4, time(8, 0), _LUNCH[0], "Blodprøve"),
        (0, 4, _LUNCH[1], None, "Vaccination"),
    ),
}


def demo_week(kind: str, hours: dict[int, tuple[time, time]], type_ids: dict[str, int]) -> tuple[Block, ...]:
    """The provider's weekly schedule: the kind's template within their hours (``hours[weekday]``)."""
    out = []
    for first, last, starts, ends, name in _WEEK[kind]:
        for wd in range(first, last + 1):
            if wd not in hours:
                continue
            opens, closes = hours[wd]
            b_start, b_end = max(starts, opens), min(ends or closes, closes)
            if b_start < b_end:
                out.append(Block(wd, b_start, b_end, type_ids[name]))
    return tuple(sorted(out))


def build_calendar(b: DemoBuild, s=None) -> None:
    """Schedules and closed days (written through ``s`` when given), slots from the schedules
    from today on, appointments 16 days back to 4 weeks ahead; ``b.free_slots`` keeps each
    provider's free future slots (with their type) for the booking requests."""
    from clinicdesk.models.calendar import ClinicClosedDay, ProviderAppointmentType, ScheduleBlock

    rng = b.rng("calendar")
    b.free_slots = {}
    years = {(b.today + timedelta(days=d)).year for d in (-DAYS_BACK, 400)}
    closed = {d: name for y in sorted(years) for d, name in usual_closed_days(y)}
    if s is not None:
        for cid in b.clinic_ids.values():
            s.add_all(ClinicClosedDay(clinic_id=cid, day=d, reason=name) for d, name in sorted(closed.items()))
    for pr in b.providers:
        type_ids = {name: v[0] for name, v in b.types[pr["clinic_id"]].items()}
        week = demo_week(pr["kind"], pr["hours"], type_ids)
        if s is not None:
            s.add_all(ScheduleBlock(provider_id=pr["id"], weekday=blk.weekday, starts=blk.starts, ends=blk.ends,
                                    appointment_type_id=blk.appointment_type_id) for blk in week)
            s.add_all(ProviderAppointmentType(provider_id=pr["id"], appointment_type_id=type_ids[name])
                      for name in sorted(set(TYPES_FOR[pr["kind"]])))
        _provider_days(b, rng, pr, week, closed)
    if s is not None:
        s.flush()


def _provider_days(b: DemoBuild, rng, pr: dict, week: tuple[Block, ...], closed: dict[date, str]) -> None:
    hol_cid, hol_start, hol_end = b.holiday
    cid = pr["clinic_id"]
    spans = [(hol_start, hol_end)] if cid == hol_cid else []
    durations = {tid: minutes for tid, minutes, _p in b.types[cid].values()}
    free = b.free_slots.setdefault(pr["id"], [])
    patients = b.pool_adult[cid] + b.pool_child[cid]
    times = desired_slots(week, durations, b.today - timedelta(days=DAYS_BACK), b.today + timedelta(days=DAYS_AHEAD),
                          lambda d: day_closed(d, closed_days=closed, days_off={}, holiday_spans=spans))
    for start_utc, (end_utc, type_id) in sorted(times.items()):
        offset = (local_date(start_utc) - b.today).days
        future = start_utc > b.now
        density = (0.75 if offset < 0 else 0.7 if offset < 7 else 0.5 if offset < 14 else 0.3
                   if offset < 21 else 0.15)
        slot = None
        if future:
            slot = dict(id=b.new_id("slot"), provider_id=pr["id"], starts_at=start_utc, ends_at=end_utc,
                        status=SlotStatus.FREE, appointment_type_id=type_id, version=1)
            b.add("slot", slot)
        if rng.random() >= density:
            if slot is not None:
                free.append(slot)
            continue
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
            starts_at=start_utc, ends_at=end_utc, status=status,
            comment=comment, booked_online=rng.random() < 0.4, created_at=created,
            cancelled_at=cancelled_at, version=1,
        ))
        if slot is None:  # the past: no slot rows, the appointment keeps its time
            continue
        if cancelled:  # freed again
            free.append(slot)
        else:
            slot["status"] = SlotStatus.BOOKED
