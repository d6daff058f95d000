"""GUI fixtures: a small demo practice per test, and no background work left behind.

``world`` is a fresh SQLite copy of a tiny demo (``clinicdesk.demo.build_demo``
with 20 patients, built once per session) with two clinics and the demo logins;
``world.single`` works for one clinic (a receptionist), ``world.shared`` for
both (receptionist in ``clinic_a``, administrator in ``clinic_b``).
"""

from __future__ import annotations

import shutil
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


@pytest.fixture(scope="session", autouse=True)
def _danish_like_the_app(qapp):
    """The app installs its Danish translator at start (plural forms: "1 konflikt", "2 konflikter")."""
    from clinicdesk.app import install_translations

    translators = install_translations(qapp, "da")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(scope="session")
def _practice_template(tmp_path_factory, sqlite_copy, _fast_password_hashing):
    from clinicdesk import demo
    from clinicdesk.db import Database

    db = Database(sqlite_copy(tmp_path_factory.mktemp("practice") / "practice.db"))
    demo.build_demo(db, patients=20, items=5)
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # copies of the main file are complete
    db.dispose()
    return db.sqlite_path, demo.DEMO_PASSWORD


@pytest.fixture
def world(tmp_path, _practice_template, qapp):
    from clinicdesk.db import Database
    from clinicdesk.views.worker import wait_for_all

    template, password = _practice_template
    target = tmp_path / "clinic.db"
    shutil.copyfile(template, target)
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
