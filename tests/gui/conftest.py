"""GUI fixtures: a small demo practice per test, and no background work left behind.

``world`` is a fresh SQLite copy of a tiny demo (``clinicdesk.demo.build_demo``
with 20 patients, built once per session) with two clinics and the demo logins;
``world.single`` works for one clinic (a receptionist), ``world.shared`` for
both (receptionist in ``clinic_a``, administrator in ``clinic_b``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from clinicdesk.services import auth


@dataclass(frozen=True)
class ClinicWorld:
    db: object
    clinic_a: auth.ClinicRef  # where both users work
    clinic_b: auth.ClinicRef  # only the shared staff member
    single: str = "sekretaer"
    shared: str = "delt"
    password: str = "Demo1234!"


def _fallback_practice(db, password: str) -> None:
    """The same shape as the demo's staff, for when clinicdesk.demo is not there."""
    from clinicdesk.models import Clinic
    from clinicdesk.domain.enums import Role

    with db.write_session() as s:
        a = Clinic(name="Lægerne i Søndergade I/S", display_name="Lægerne i Søndergade", portal_link="soendergade")
        b = Clinic(name="Lægehuset Vestergade", display_name="Lægehuset Vestergade", portal_link="vestergade")
        s.add_all([a, b])
        s.flush()
        auth.create_staff(s, "sekretaer", "Bettina Holm Rasmussen", password, {a.id: Role.RECEPTIONIST})
        auth.create_staff(s, "delt", "Karina Lund Thomsen", password, {a.id: Role.RECEPTIONIST, b.id: Role.ADMIN})


@pytest.fixture(scope="session")
def _practice_template(tmp_path_factory, _fast_password_hashing):
    from clinicdesk.db import Database

    path = tmp_path_factory.mktemp("practice") / "practice.db"
    db = Database(f"sqlite:///{path}")
    try:
        from clinicdesk import demo
    except ImportError:
        demo = None
    if demo is not None:
        demo.build_demo(db, patients=20, items=5)
        password = demo.DEMO_PASSWORD
    else:
        password = ClinicWorld.password
        _fallback_practice(db, password)
    db.dispose()
    return path, password


@pytest.fixture
def world(tmp_path, _practice_template, qapp):
    from clinicdesk.db import Database
    from clinicdesk.views.worker import wait_for_all

    template, password = _practice_template
    src = Database(f"sqlite:///{template}", migrate=False)
    target = tmp_path / "clinic.db"
    src.backup(target)
    src.dispose()
    db = Database(f"sqlite:///{target}")
    clinics = auth.list_clinics(db)
    shared = auth.login(db, "delt", password)  # learn which clinic is which
    a = next(c for c in clinics if c.id == next(m.clinic_id for m in shared.memberships if m.role.value == "receptionist"))
    b = next(c for c in clinics if c.id != a.id and any(m.clinic_id == c.id for m in shared.memberships))
    yield ClinicWorld(db, a, b, password=password)
    wait_for_all()  # no worker may outlive the database
    db.dispose()


@pytest.fixture
def login_as(world):
    """``login_as(username) -> (LoginResult, Actor)`` for tests that start at the main window."""

    def _login(username: str, clinic: auth.ClinicRef | None = None):
        result = auth.login(world.db, username, world.password)
        clinic_id = clinic.id if clinic else result.memberships[0].clinic_id
        return result, result.actor_for(clinic_id)

    return _login


@pytest.fixture
def close_windows():
    """Append main windows here; their inbox watchers are stopped and workers drained after the test."""
    from clinicdesk.views.worker import wait_for_all

    wins = []
    yield wins
    for win in wins:
        view = win.page("inbox")
        if view is not None:
            view.stop()
    wait_for_all()
