"""The calendar: slots from weekly schedules (public holidays, closed days, days off),
idempotent regeneration, schedule changes that keep booked times and report them, audit."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import AppointmentStatus, SlotStatus
from clinicdesk.domain.errors import PermissionDenied, StaleData, ValidationError
from clinicdesk.models import Appointment, AuditEntry, Slot
from clinicdesk.services.calendar import admin, day
from clinicdesk.services.calendar.rules import Block, usual_closed_days
from clinicdesk.services.slots import take_slot
from clinicdesk.services.workdays import local_date
from tests.unit.calendar_world import build, local

NOW = local(2026, 12, 20, 12)  # Sunday 20 December 2026, noon
MON_FRI_8_10 = lambda t: tuple(Block(d, time(8), time(10), t) for d in range(5))  # noqa: E731


def _slot_days(db, provider_id):
    with db.session() as s:
        rows = s.scalars(select(Slot).where(Slot.provider_id == provider_id).order_by(Slot.starts_at)).all()
        out = {}
        for r in rows:
            out.setdefault(local_date(r.starts_at), []).append(r)
        return out


def test_a_christmas_week_has_slots_only_on_open_days(db):
    w = build(db)
    admin.set_closed_day(db, w.admin, date(2026, 12, 24), True, "Juleaftensdag", now=NOW)
    saved = admin.save_week(db, w.admin, w.provider_id, MON_FRI_8_10(w.type_id), expected=(), now=NOW)
    assert saved.conflicts == ()
    result = day.generate_slots(db, w.admin, days=7, now=NOW)
    days = {d: v for d, v in _slot_days(db, w.provider_id).items() if d <= date(2026, 12, 27)}
    # Mon 21, Tue 22, Wed 23: eight 15-minute slots each; 24/12 closed day, 25/12 and 26/12 public holidays
    assert sorted(days) == [date(2026, 12, 21), date(2026, 12, 22), date(2026, 12, 23)]
    assert [len(v) for v in days.values()] == [8, 8, 8]
    first = days[date(2026, 12, 21)][0]
    assert (first.starts_at, first.ends_at) == (local(2026, 12, 21, 8), local(2026, 12, 21, 8, 15))
    assert first.status == SlotStatus.FREE and first.appointment_type_id == w.type_id
    assert result.created == 0  # saving the week already made them
    again = day.generate_slots(db, w.admin, days=7, now=NOW)  # idempotent
    assert (again.created, again.changed, again.removed) == (0, 0, 0)
    assert sum(len(v) for d, v in _slot_days(db, w.provider_id).items() if d <= date(2026, 12, 27)) == 24
    assert result.last_day == date(2026, 12, 27)
    # the day view says why the 24th is empty
    view = day.provider_day(db, w.desk, w.provider_id, date(2026, 12, 24))
    assert view.closed == "Juleaftensdag" and view.rows == ()
    assert day.provider_day(db, w.desk, w.provider_id, date(2026, 12, 25)).closed == "Juledag"
    with db.session() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.id))]
    assert actions.count("edit_calendar") == 2 and actions.count("generate_slots") == 2
    assert actions.count("view_calendar") == 2


def test_the_usual_closed_days_are_easy_to_pick():
    assert usual_closed_days(2027) == [(date(2027, 6, 5), "Grundlovsdag"), (date(2027, 12, 24), "Juleaftensdag"),
                                       (date(2027, 12, 31), "Nytårsaftensdag")]


def test_a_day_off_removes_the_free_slots_and_keeps_a_booked_one(db):
    w = build(db)
    admin.save_week(db, w.admin, w.provider_id, MON_FRI_8_10(w.type_id), now=NOW)
    booked = _book(db, w, local(2026, 12, 22, 9))
    saved = admin.set_day_off(db, w.admin, w.provider_id, date(2026, 12, 22), True, "Kursus", now=NOW)
    assert [c.appointment_id for c in saved.conflicts] == [booked]
    days = _slot_days(db, w.provider_id)
    assert [(s.starts_at, s.status) for s in days[date(2026, 12, 22)]] == [(local(2026, 12, 22, 9), SlotStatus.BOOKED)]
    admin.set_day_off(db, w.admin, w.provider_id, date(2026, 12, 22), False, now=NOW)
    assert len(_slot_days(db, w.provider_id)[date(2026, 12, 22)]) == 8


def _book(db, w, start) -> int:
    with db.write_session() as s:
        slot = s.scalars(select(Slot).where(Slot.provider_id == w.provider_id, Slot.starts_at == start)).one()
        assert take_slot(s, slot.id)
        appt = Appointment(clinic_id=w.clinic_id, patient_id=w.patient_id, provider_id=w.provider_id,
                           appointment_type_id=w.type_id, slot_id=slot.id, starts_at=slot.starts_at,
                           ends_at=slot.ends_at, status=AppointmentStatus.BOOKED)
        s.add(appt)
        s.flush()
        return appt.id


def test_changing_a_schedule_keeps_a_booked_appointment_and_reports_the_conflict(db, capsys):
    w = build(db)
    week = MON_FRI_8_10(w.type_id)
    admin.save_week(db, w.admin, w.provider_id, week, now=NOW)
    appt_id = _book(db, w, local(2026, 12, 22, 9, 30))  # Tuesday
    no_tuesday = tuple(b for b in week if b.weekday != 1)
    saved = admin.save_week(db, w.admin, w.provider_id, no_tuesday, expected=week, now=NOW)
    assert len(saved.conflicts) == 1
    c = saved.conflicts[0]
    assert (c.appointment_id, c.what, c.starts_at) == (appt_id, "appointment", local(2026, 12, 22, 9, 30))
    assert "uden for behandlerens ugeskema" in c.line_da() and "22.12.2026 kl. 09.30" in c.line_da()
    with db.session() as s:
        appt = s.get(Appointment, appt_id)
        assert appt.status == AppointmentStatus.BOOKED
        assert s.get(Slot, appt.slot_id).status == SlotStatus.BOOKED
    tuesday = _slot_days(db, w.provider_id)[date(2026, 12, 22)]
    assert [s.status for s in tuesday] == [SlotStatus.BOOKED]  # the free Tuesday slots are gone
    assert day.list_conflicts(db, w.desk, now=NOW) == saved.conflicts
    # a stale editor is refused, nothing written
    with pytest.raises(StaleData):
        admin.save_week(db, w.admin, w.provider_id, week, expected=week, now=NOW)
    assert admin.load_week(db, w.desk, w.provider_id) == no_tuesday


def test_a_bad_week_and_a_nurse_are_refused(db):
    w = build(db)
    overlap = (Block(0, time(8), time(10), w.type_id), Block(0, time(9), time(11), w.type_id))
    with pytest.raises(ValidationError) as e:
        admin.save_week(db, w.admin, w.provider_id, overlap, now=NOW)
    assert "overlapper" in e.value.message
    with pytest.raises(ValidationError):
        admin.save_week(db, w.admin, w.provider_id, (Block(0, time(8), time(8, 10), w.type_id),), now=NOW)
    with pytest.raises(PermissionDenied):  # receptionists and administrators keep the calendar
        admin.save_week(db, w.nurse, w.provider_id, MON_FRI_8_10(w.type_id), now=NOW)
    assert admin.load_week(db, w.admin, w.provider_id) == ()


def test_appointment_types_are_checked_and_name_their_providers(db):
    w = build(db)
    row = admin.TypeRow(None, "Kørekort", "Kørekortsattest", 30, True, True, 72, 14, True, (w.provider_id,))
    saved = admin.save_type(db, w.admin, row)
    assert saved.id and saved.provider_ids == (w.provider_id,) and saved.comment_required
    assert [t.name for t in admin.list_types(db, w.desk)] == ["Konsultation", "Kørekort"]
    with pytest.raises(ValidationError) as e:
        admin.save_type(db, w.admin, row)  # the same name again
    assert e.value.code == "duplicate_type"
    with pytest.raises(ValidationError):
        admin.save_type(db, w.admin, admin.TypeRow(None, "Lang", "Lang", 500, True, False, None, None, True, ()))


def test_generation_never_overlaps_an_appointment_without_a_slot(db):
    w = build(db)
    with db.write_session() as s:  # booked by phone before the schedule existed: 08:05-08:35
        s.add(Appointment(clinic_id=w.clinic_id, patient_id=w.patient_id, provider_id=w.provider_id,
                          starts_at=local(2026, 12, 21, 8, 5), ends_at=local(2026, 12, 21, 8, 35),
                          status=AppointmentStatus.BOOKED))
    admin.save_week(db, w.admin, w.provider_id, MON_FRI_8_10(w.type_id), now=NOW)
    monday = _slot_days(db, w.provider_id)[date(2026, 12, 21)]
    assert monday[0].starts_at == local(2026, 12, 21, 8, 45)
    assert len(monday) == 5  # 08:00, 08:15 and 08:30 would overlap the appointment
    assert day.generate_slots(db, w.admin, days=3, now=NOW + timedelta(minutes=1)).created == 0


def test_the_calendar_commands_generate_and_list_conflicts(db, capsys, monkeypatch):
    import io

    from clinicdesk.cli import main
    from tests.unit.calendar_world import PASSWORD

    w = build(db)
    admin.save_week(db, w.admin, w.provider_id, MON_FRI_8_10(w.type_id))
    url = str(db.engine.url)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["calendar", "generate", "--db", url, "--as", "chef", "--password-stdin", "--days", "14"]) == 0
    out = capsys.readouterr().out
    assert "0 nye, 0 ændrede, 0 fjernet" in out and "Ingen konflikter" in out
    with db.session() as s:  # book the first free slot, then take that weekday out of the schedule
        slot = s.scalars(select(Slot).where(Slot.provider_id == w.provider_id).order_by(Slot.starts_at)).first()
    _book(db, w, slot.starts_at)
    weekday = local_date(slot.starts_at).weekday()
    admin.save_week(db, w.admin, w.provider_id, tuple(b for b in MON_FRI_8_10(w.type_id) if b.weekday != weekday))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["calendar", "conflicts", "--db", url, "--as", "skranke", "--password-stdin"]) == 3
    out = capsys.readouterr().out
    assert "Konflikter (1):" in out and "Aftale (Almindelig konsultation) – uden for behandlerens ugeskema" in out
    assert "Mette" not in out  # no patient names on a terminal
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["calendar", "generate", "--db", url, "--as", "skranke", "--password-stdin"]) != 0
