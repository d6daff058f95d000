"""The portal simulator against the demo clinic: its table, and the items it leaves behind."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from clinicdesk import cli
from clinicdesk.demo import build_demo
from clinicdesk.models import Clinic, InboxItem
from clinicdesk.portal import REFUSALS
from clinicdesk.portal.sim import run_sim
from clinicdesk.services.workdays import due_date_for


def _check_new_items(db, since):
    with db.session() as s:
        days = dict(s.execute(select(Clinic.id, Clinic.answer_due_working_days)).all())
        items = s.scalars(select(InboxItem).where(InboxItem.received_at >= since)).all()
        assert items, "the simulator left no items"
        with_due = [i for i in items if i.due_date is not None]
        assert with_due
        for i in with_due:
            assert i.due_date == due_date_for(i.received_at, days[i.clinic_id]), i.id
        return items


@pytest.fixture
def demo_db(db, db_snapshot):
    # the small demo practice test_audit_log uses too: built once per session
    db_snapshot(("demo", 40, 20), lambda d: build_demo(d, patients=40, items=20))
    return db


def test_portal_sim_command_on_the_demo_database(demo_db, capsys):
    db = demo_db
    url = db.url.render_as_string(hide_password=False)
    start = datetime.now(timezone.utc)
    code = cli.main(["portal-sim", "--db", url, "--duration", "2", "--rate", "15", "--seed", "4"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Portal-simulering:" in out and "Modtaget" in out and "Afvist (kode)" in out
    assert "modtaget: E-konsultation" in out or "modtaget: Receptfornyelse" in out
    _check_new_items(db, start)
    # no CPR number in what the command prints
    import re

    assert not re.search(r"\b\d{6}-?\d{4}\b", out)


def test_run_sim_mix_and_refusal_codes(demo_db):
    db = demo_db
    start = datetime.now(timezone.utc)
    report = run_sim(db, seed=7, rate=0, duration=60, max_requests=150)
    assert report.requests == 150 and not report.errors
    assert report.accepted_total + report.refused_total == 150
    assert {"econsult", "renewal", "booking"} <= set(report.accepted)
    assert report.refused_total > 0 and set(report.refused) <= set(REFUSALS)
    table = report.table()
    for kind_label in ("E-konsultation", "Receptfornyelse", "Tidsbestilling"):
        assert kind_label in table
    items = _check_new_items(db, start)
    assert len(report.item_ids) == len({i.id for i in items})
