"""Escalation of urgent items (issue 15, item 2), with a controlled clock: the clock runs only while the
clinic is open (its opening hours; not on public holidays, weekends or its own closed days); an urgent
item nobody opened is escalated after the clinic's minutes (default 30), listed on the closing overview,
and one that arrives after closing is listed for the next opening. The jobs record each escalation once."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import PermissionDenied, StaleData, ValidationError
from clinicdesk.models import AuditEntry
from clinicdesk.models.calendar import ClinicClosedDay
from clinicdesk.models.safety import Escalation
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.portal import send_econsult
from clinicdesk.services import auth, inbox
from clinicdesk.services.safety.escalation import closing_overview, due_escalations, opening_overview
from clinicdesk.services.safety.jobs import run_safety_jobs
from clinicdesk.services.safety.settings import safety_settings, save_safety_settings
from portal_world import ADULT, NOW, build_world, local

PASSWORD = "Haster-Sol-Regn-2026-x"
URGENT = "Jeg har ondt i brystet og svært ved at få luft"
ROUTINE = "Kan jeg få fornyet min recept på blodtryksmedicin?"


@pytest.fixture()
def db(any_db):
    """Every test here on SQLite and, when a server is given, on PostgreSQL."""
    return any_db


@pytest.fixture()
def world(db):
    w = build_world(db)
    with db.write_session() as s:
        admin = auth.create_staff(s, "chef", "Karen Chef", PASSWORD, {w.clinic_id: Role.ADMIN})
        desk = auth.create_staff(s, "desk", "Sine Sekretær", PASSWORD, {w.clinic_id: Role.RECEPTIONIST})
        w.admin = auth.Actor(admin.id, admin.full_name, w.clinic_id, Role.ADMIN, "Lægehuset Åbakken")
        w.desk = auth.Actor(desk.id, desk.full_name, w.clinic_id, Role.RECEPTIONIST, "Lægehuset Åbakken")
    return w


def _send(db, w, body, at):
    return send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body=body, now=at).item_id


def _due(db, w, at):
    return [(e.item_id, e.since) for e in due_escalations(db, w.desk, at)]


def test_an_unopened_urgent_item_escalates_after_30_minutes_of_opening_time(db, world):
    item = _send(db, world, URGENT, NOW)  # Monday 2 March 2026, 10:00
    _send(db, world, ROUTINE, NOW)  # a routine message never escalates
    assert _due(db, world, NOW + timedelta(minutes=29, seconds=59)) == []
    assert _due(db, world, NOW + timedelta(minutes=30)) == [(item, NOW + timedelta(minutes=30))]
    assert _due(db, world, NOW + timedelta(hours=3)) == [(item, NOW + timedelta(minutes=30))]  # "since" stays
    inbox.open_item(db, world.desk, item, now=NOW + timedelta(hours=3))
    assert _due(db, world, NOW + timedelta(hours=3, minutes=1)) == []  # opened: nothing to notify


def test_a_patient_reply_restarts_the_clock_and_the_minutes_are_a_clinic_setting(db, world):
    assert safety_settings(db, world.desk).escalation_minutes == 30
    with pytest.raises(ValidationError) as exc:
        save_safety_settings(db, world.admin, {"escalation_minutes": 2}, 0)
    assert exc.value.details["field"] == "escalation_minutes"
    with pytest.raises(PermissionDenied):
        save_safety_settings(db, world.desk, {"escalation_minutes": 10}, 0)
    saved = save_safety_settings(db, world.admin, {"escalation_minutes": 10}, 0)
    assert (saved.escalation_minutes, saved.version) == (10, 1)
    with pytest.raises(StaleData):
        save_safety_settings(db, world.admin, {"escalation_minutes": 15}, 0)

    item = _send(db, world, URGENT, NOW)
    inbox.open_item(db, world.desk, item, now=NOW + timedelta(minutes=5))
    reply_at = NOW + timedelta(hours=1)
    send_econsult(db, world.clinic_id, ADULT, thread_id=item, body="Det er værre nu", now=reply_at)
    assert _due(db, world, reply_at + timedelta(minutes=9)) == []
    assert _due(db, world, reply_at + timedelta(minutes=10)) == [(item, reply_at + timedelta(minutes=10))]


def test_the_clock_stops_at_closing_and_skips_the_weekend_and_easter(db, world):
    # Wednesday 1 April 2026, 15:50: ten minutes before closing. Thursday 2 (skærtorsdag), Friday 3
    # (langfredag), the weekend and Monday 6 April (2. påskedag) are closed: the clock resumes Tuesday 08:00.
    arrived = local(2026, 4, 1, 15, 50)
    item = _send(db, world, URGENT, arrived)
    assert _due(db, world, local(2026, 4, 1, 23, 0)) == []
    assert _due(db, world, local(2026, 4, 6, 12, 0)) == []
    assert _due(db, world, local(2026, 4, 7, 8, 19)) == []
    assert _due(db, world, local(2026, 4, 7, 8, 20)) == [(item, local(2026, 4, 7, 8, 20))]

    closing = closing_overview(db, world.desk, local(2026, 4, 1, 15, 55))
    assert closing.at == local(2026, 4, 1, 16, 0) and closing.day == date(2026, 4, 1)
    assert [(w.item_id, w.opened, w.escalated) for w in closing.items] == [(item, False, False)]


def test_an_urgent_item_after_closing_is_listed_for_the_next_opening(db, world):
    before = _send(db, world, URGENT, local(2026, 4, 1, 15, 50))
    late = _send(db, world, "Min datter har feber og stiv nakke", local(2026, 4, 1, 18, 30))
    holiday = _send(db, world, URGENT, local(2026, 4, 3, 11, 0))  # langfredag
    for at in (local(2026, 4, 1, 18, 31), local(2026, 4, 4, 9, 0), local(2026, 4, 7, 8, 5)):
        view = opening_overview(db, world.desk, at)
        assert view.at == local(2026, 4, 7, 8, 0) and view.day == date(2026, 4, 7)
        assert [w.item_id for w in view.items] == [late, holiday]  # not the one from before closing
    assert _due(db, world, local(2026, 4, 7, 8, 30)) == [
        (before, local(2026, 4, 7, 8, 20)), (late, local(2026, 4, 7, 8, 30)), (holiday, local(2026, 4, 7, 8, 30))]
    inbox.open_item(db, world.desk, late, now=local(2026, 4, 7, 8, 31))
    # opened but not done: still on the overviews, no longer escalated
    [w] = [w for w in closing_overview(db, world.desk, local(2026, 4, 7, 15, 0)).items if w.item_id == late]
    assert w.opened and not w.escalated and w.since is None


def test_the_clinics_own_hours_and_closed_days_count(db, world):
    with db.write_session() as s:
        for wd in range(5):
            s.add(ClinicOpeningHours(clinic_id=world.clinic_id, weekday=wd, opens=time(8, 0), closes=time(12, 0)))
            s.add(ClinicOpeningHours(clinic_id=world.clinic_id, weekday=wd, opens=time(13, 0), closes=time(15, 0)))
        s.add(ClinicClosedDay(clinic_id=world.clinic_id, day=date(2026, 3, 3), reason="Kursusdag"))
    item = _send(db, world, URGENT, local(2026, 3, 2, 11, 50))  # Monday; lunch 12-13
    assert _due(db, world, local(2026, 3, 2, 13, 19)) == []
    assert _due(db, world, local(2026, 3, 2, 13, 20)) == [(item, local(2026, 3, 2, 13, 20))]
    late = _send(db, world, URGENT, local(2026, 3, 2, 14, 50))  # Tuesday is the clinic's closed day
    assert _due(db, world, local(2026, 3, 4, 8, 19)) == [(item, local(2026, 3, 2, 13, 20))]
    assert _due(db, world, local(2026, 3, 4, 8, 20))[-1] == (late, local(2026, 3, 4, 8, 20))
    assert closing_overview(db, world.desk, local(2026, 3, 2, 14, 59)).at == local(2026, 3, 2, 15, 0)


def test_the_jobs_record_each_escalation_once(db, world):
    item = _send(db, world, URGENT, NOW)
    assert run_safety_jobs(db, NOW + timedelta(minutes=10)).escalations == 0
    first = run_safety_jobs(db, NOW + timedelta(minutes=31))
    again = run_safety_jobs(db, NOW + timedelta(minutes=45))
    assert (first.escalations, again.escalations) == (1, 0)
    with db.session() as s:
        [row] = s.scalars(select(Escalation)).all()
        assert (row.item_id, row.due_at, row.waiting_since) == (item, NOW + timedelta(minutes=30), NOW)
        assert s.scalar(select(func.count()).where(AuditEntry.action == "escalate")) == 1


def test_the_cli_runs_the_jobs_once(db, world, capsys):
    from clinicdesk.cli import main

    item = _send(db, world, URGENT, local(2026, 3, 2, 9, 0))
    url = db.url.render_as_string(hide_password=False)
    assert main(["safety", "jobs", "--db", url]) == 0  # the real time: long past 09:30 on that Monday
    assert main(["safety", "jobs", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Klinikker: 2. Nye varslinger: 1.") and "Nye varslinger: 0." in out[1]
    with db.session() as s:
        assert s.scalars(select(Escalation.item_id)).all() == [item]
