"""The demo clinic builds on PostgreSQL too (Core bulk path, id sequences moved past the rows)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from clinicdesk.demo import build_demo
from clinicdesk.models import InboxItem, Patient
from clinicdesk.domain.enums import ItemKind, ItemStatus
from clinicdesk.services import audit, auth

pytestmark = pytest.mark.postgres


def test_demo_on_postgresql(pg_db):
    summary = build_demo(pg_db, seed=5, patients=80, items=450, now=datetime(2026, 11, 23, 9, tzinfo=timezone.utc))
    assert summary.items == 450
    with pg_db.session() as s:
        pairs = set(s.execute(select(InboxItem.kind, InboxItem.status).distinct()).all())
        assert pairs == {(k, st) for k in ItemKind for st in ItemStatus}
        assert s.scalar(select(func.count()).select_from(Patient)) == 80
        assert audit.verify_chain(s) == []
    # the id sequences continue after the demo's explicit ids: a new row gets a fresh id
    with pg_db.write_session() as s:
        p = Patient(cpr="0101901234", first_name="Ny", last_name="Patient", version=1)
        s.add(p)
        s.flush()
        assert p.id > 80
    assert auth.login(pg_db, "delt", "Demo1234!").username == "delt"
