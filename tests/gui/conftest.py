"""GUI fixtures: a small clinic database with staff, and no background work left behind."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from clinicdesk.models.enums import Role
from clinicdesk.services import auth

PASSWORD = "Hemmelig1"


@dataclass(frozen=True)
class ClinicWorld:
    db: object
    clinic_a: auth.ClinicRef
    clinic_b: auth.ClinicRef
    password: str = PASSWORD  # every staff member's password here


def _build(db) -> None:
    """Two clinics, a receptionist in the first, shared staff in both."""
    try:
        from clinicdesk import demo  # noqa: F401  (a tiny demo fills patients and items too)

        build_demo = getattr(demo, "build_demo", None)
    except ImportError:
        build_demo = None
    if build_demo is not None:
        build_demo(db, patients=3, items=3)
    from clinicdesk.models import Clinic

    with db.write_session() as s:
        for name, link in (("Lægehuset Åbyen", "aabyen-test"), ("Klinikken ved Søen", "soeen-test")):
            s.add(Clinic(name=name, display_name=name, portal_link=link))


@pytest.fixture
def world(db, qapp):
    from clinicdesk.views.worker import wait_for_all

    _build(db)
    clinics = {c.name: c for c in auth.list_clinics(db)}
    a, b = clinics["Lægehuset Åbyen"], clinics["Klinikken ved Søen"]
    with db.write_session() as s:
        auth.create_staff(s, "sekretaer", "Sara Sekretær", PASSWORD, {a.id: Role.RECEPTIONIST})
        auth.create_staff(s, "delt", "Dorthe Delt", PASSWORD, {a.id: Role.NURSE, b.id: Role.DOCTOR})
    yield ClinicWorld(db, a, b)
    wait_for_all()  # no worker may outlive the database


@pytest.fixture
def login_as(world):
    """``login_as(username) -> (LoginResult, Actor)`` for tests that start at the main window."""

    def _login(username: str, clinic: auth.ClinicRef | None = None):
        result = auth.login(world.db, username, PASSWORD)
        clinic_id = clinic.id if clinic else result.memberships[0].clinic_id
        return result, result.actor_for(clinic_id)

    return _login
