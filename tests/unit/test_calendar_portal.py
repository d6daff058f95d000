"""The portal books only generated free slots of the chosen type, within the type's notice and
horizon (else the clinic's), and asks for a comment where the type requires one."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import Role
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import Slot
from clinicdesk.portal.intake import request_booking
from clinicdesk.portal.intake.booking import available_slots
from clinicdesk.services import auth
from clinicdesk.services.calendar import admin, day
from clinicdesk.services.calendar.rules import Block
from tests.unit.portal_world import ADULT, NOW, build_world, local

PASSWORD = "Kalender-Sol-Regn-2026"


@pytest.fixture()
def cal(db):
    w = build_world(db)
    with db.write_session() as s:
        user = auth.create_staff(s, "chef", "Karen Chef", PASSWORD, {w.clinic_id: Role.ADMIN})
        actor = auth.Actor(user.id, user.full_name, w.clinic_id, Role.ADMIN, "Lægehuset Åbakken")
    strict = admin.save_type(db, actor, admin.TypeRow(
        None, "Attest", "Kørekortsattest", 15, True, True, 72, 10, True, (w.doctor_id,)))
    week = (Block(0, time(8), time(9), w.type_id), Block(1, time(8), time(9), strict.id),
            Block(2, time(8), time(9), strict.id))  # Monday: the plain type; Tuesday, Wednesday: the attest
    admin.save_week(db, actor, w.doctor_id, week, now=NOW)
    day.generate_slots(db, actor, days=30, now=NOW)
    return w, actor, strict


def _slot(db, provider_id, start) -> int:
    with db.session() as s:
        return s.scalars(select(Slot.id).where(Slot.provider_id == provider_id, Slot.starts_at == start)).one()


def _refused(db, w, type_id, slot_id, comment="Kørekort") -> str:
    with pytest.raises(PortalRefusal) as e:
        request_booking(db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=type_id,
                        slot_id=slot_id, comment=comment, now=NOW)
    return e.value.code


def test_the_portal_offers_only_slots_of_the_type_within_its_notice_and_horizon(db, cal):
    w, _actor, strict = cal
    offered = available_slots(db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=strict.id,
                              now=NOW)
    days = sorted({o.starts_at.astimezone(local(2026, 1, 1, 0).tzinfo).date().isoformat() for o in offered})
    # NOW is Monday 2 March 10:00; 72 hours' notice → from Thursday 5 March 10:00; 10 days → until 12 March
    assert days == ["2026-03-10", "2026-03-11"]
    assert len(offered) == 8
    plain = available_slots(db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=w.type_id, now=NOW)
    assert {o.starts_at.weekday() for o in plain} == {0}  # Mondays only (08:00 local is Monday 07:00 UTC)
    assert plain[0].starts_at == local(2026, 3, 9, 8)  # the clinic's notice (1 day), not tomorrow: no Monday sooner


def test_the_portal_cannot_book_outside_notice_or_horizon_or_without_a_required_comment(db, cal):
    w, _actor, strict = cal
    too_soon = _slot(db, w.doctor_id, local(2026, 3, 3, 8))  # Tuesday tomorrow: inside the 72 hours
    too_far = _slot(db, w.doctor_id, local(2026, 3, 17, 8))  # 15 days ahead: beyond the type's 10
    ok = _slot(db, w.doctor_id, local(2026, 3, 10, 8, 15))
    monday = _slot(db, w.doctor_id, local(2026, 3, 9, 8))  # a slot of the plain type
    assert _refused(db, w, strict.id, too_soon) == "slot_notice"
    assert _refused(db, w, strict.id, too_far) == "slot_horizon"
    assert _refused(db, w, strict.id, ok, comment="") == "comment_required"
    assert _refused(db, w, strict.id, monday) == "slot_unknown"  # the slot is for another type
    assert _refused(db, w, strict.id, _slot(db, w.doctor_id, local(2026, 3, 10, 8)), comment="") == \
        "comment_required"
    with pytest.raises(PortalRefusal) as e:  # the nurse does not offer the attest
        request_booking(db, w.clinic_id, ADULT, provider_id=w.nurse_id, appointment_type_id=strict.id,
                        slot_id=w.slots["nurse"], comment="Kørekort", now=NOW)
    assert e.value.code == "appointment_type_unknown"
    with db.session() as s:  # nothing was booked by the refusals
        assert s.get(Slot, ok).status.value == "free"
    result = request_booking(db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=strict.id,
                             slot_id=ok, comment="Kørekort", now=NOW)
    assert result.kind == "booking"
    with db.session() as s:
        assert s.get(Slot, ok).status.value == "booked"
    assert ok not in {o.slot_id for o in available_slots(
        db, w.clinic_id, ADULT, provider_id=w.doctor_id, appointment_type_id=strict.id, now=NOW)}
