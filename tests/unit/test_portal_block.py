"""Blocking and reopening a portal user from the patient card (issue 10, item 5).

A blocked portal user could never be reopened, although creating a new one says it
"skal åbnes igen". Now: block and reopen with a reason, each an event and an audit
entry in one transaction, with a version check; the card shows the history.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import PortalAccountStatus, Role
from clinicdesk.domain.errors import NotFound, PermissionDenied, StaleData, ValidationError
from clinicdesk.models import AuditEntry, Clinic, ClinicPatient, Patient, PortalAccount, PortalAccountEvent
from clinicdesk.portal import PortalRefusal, send_econsult
from clinicdesk.services import audit_log, auth, patients
from clinicdesk.services.audit import Action
from clinicdesk.services.permissions import MATRIX, Perm
from portal_world import ADULT, NOW, OUTSIDER, build_world


def _staff(db, clinic_id, role=Role.RECEPTIONIST, username="bettina", name="Bettina Holm") -> auth.Actor:
    with db.write_session() as s:
        u = auth.create_staff(s, username, name, "Blå kaffekop 42", {clinic_id: role})
        return auth.Actor(u.id, u.full_name, clinic_id, role, "Lægehuset Åbakken")


def _account(db, patient_id) -> PortalAccount:
    with db.session() as s:
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == patient_id)).one()
        s.expunge(acc)
        return acc


def _activated(db, patient_id) -> None:
    with db.write_session() as s:
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == patient_id)).one()
        acc.activated_at = NOW - timedelta(days=30)


def _audit(db, action):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def _events(db):
    with db.session() as s:
        return s.scalars(select(PortalAccountEvent).order_by(PortalAccountEvent.id)).all()


def test_a_blocked_portal_user_can_be_reopened_with_a_reason(any_db):
    """The defect: 'skal åbnes igen' was promised, but there was no way to reopen."""
    w = build_world(any_db)
    _activated(any_db, w.patient_id)
    me = _staff(any_db, w.clinic_id)
    card = patients.open_patient_card(any_db, me, w.patient_id, now=NOW)
    assert card.can_block_portal_user and not card.can_reopen_portal_user
    card = patients.block_portal_user(any_db, me, w.patient_id, "  Patienten har mistet sin telefon  ",
                                      card.portal_version, now=NOW)
    assert card.portal_status == PortalAccountStatus.BLOCKED and card.can_reopen_portal_user
    # blocked: the portal refuses the patient, and creating a new user points to reopening
    with pytest.raises(PortalRefusal):
        send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej", now=NOW)
    with pytest.raises(ValidationError) as exc:
        patients.create_portal_user(any_db, me, w.patient_id)
    assert exc.value.code == "portal_user_blocked" and "åbnes igen" in exc.value.message

    card = patients.reopen_portal_user(any_db, me, w.patient_id, "Patienten har ny telefon og MitID",
                                       card.portal_version, now=NOW + timedelta(hours=2))
    assert card.portal_status == PortalAccountStatus.ACTIVE  # it was activated before: active again
    assert _account(any_db, w.patient_id).status == PortalAccountStatus.ACTIVE
    send_econsult(any_db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej igen", now=NOW + timedelta(hours=3))

    # the card's history: newest first, when, who, why
    assert [(e.action, e.staff_name, e.reason, e.own_clinic) for e in card.portal_events] == [
        ("reopened", "Bettina Holm", "Patienten har ny telefon og MitID", True),
        ("blocked", "Bettina Holm", "Patienten har mistet sin telefon", True),  # stripped by the text gate
    ]
    assert card.portal_events[1].at == NOW
    # each change is an event and an audit entry; the reason is never in the log
    assert [(e.action, e.staff_id, e.clinic_id) for e in _events(any_db)] == [
        ("blocked", me.staff_id, w.clinic_id), ("reopened", me.staff_id, w.clinic_id)]
    [blocked] = _audit(any_db, Action.BLOCK_PORTAL_USER)
    [reopened] = _audit(any_db, Action.REOPEN_PORTAL_USER)
    assert (blocked.patient_id, blocked.staff_id, reopened.patient_id) == (w.patient_id, me.staff_id, w.patient_id)
    assert "active -> blocked" in blocked.detail and "blocked -> active" in reopened.detail
    assert "telefon" not in blocked.detail + reopened.detail


def test_the_log_of_lookups_shows_blocks_and_reopenings(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    admin = _staff(db, w.clinic_id, Role.ADMIN, "admin", "Ada Admin")
    card = patients.open_patient_card(db, me, w.patient_id)
    card = patients.block_portal_user(db, me, w.patient_id, "Misbrug", card.portal_version)
    patients.reopen_portal_user(db, me, w.patient_id, "Afklaret", card.portal_version)
    page = audit_log.list_entries(db, admin, patient_id=w.patient_id)
    labels = [(r.action_label, r.staff_name) for r in page.rows]
    assert ("Spærret portalbruger", "Bettina Holm") in labels and ("Genåbnet portalbruger", "Bettina Holm") in labels
    report = audit_log.patient_log_text(db, admin, w.patient_id)
    assert "Spærret portalbruger" in report and "Genåbnet portalbruger" in report


def test_a_never_activated_user_is_pending_again_after_reopening(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    with db.write_session() as s:
        p = Patient(cpr="0505651234", first_name="Lis", last_name="Lund", email="lis@example.dk", has_mitid=False)
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=p.id))
        pid = p.id
    card = patients.create_portal_user(db, me, pid, now=NOW).card
    assert card.portal_status == PortalAccountStatus.PENDING and card.can_block_portal_user
    card = patients.block_portal_user(db, me, pid, "Forkert e-mailadresse", card.portal_version)
    assert card.portal_status == PortalAccountStatus.BLOCKED and not card.can_create_portal_user
    card = patients.reopen_portal_user(db, me, pid, "Adressen er rettet", card.portal_version)
    assert card.portal_status == PortalAccountStatus.PENDING and card.can_create_portal_user  # link can be re-sent


def test_reason_is_required_and_passes_the_text_gate(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    for reason, code in (("   ", "empty_text"), ("Spær\u202edet", "bidi_control"), ("a\x00b", "control_character"),
                         ("x" * (patients.BLOCK_REASON_MAX + 1), "too_long")):
        with pytest.raises(ValidationError) as exc:
            patients.block_portal_user(db, me, w.patient_id, reason, card.portal_version)
        assert exc.value.code == code
    assert _events(db) == [] and _audit(db, Action.BLOCK_PORTAL_USER) == []
    assert _account(db, w.patient_id).status == PortalAccountStatus.ACTIVE


def test_block_and_reopen_refuse_the_wrong_state(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    with pytest.raises(ValidationError) as exc:
        patients.reopen_portal_user(db, me, w.patient_id, "Hvorfor ikke", card.portal_version)
    assert exc.value.code == "not_blocked"
    card = patients.block_portal_user(db, me, w.patient_id, "Misbrug", card.portal_version)
    with pytest.raises(ValidationError) as exc:
        patients.block_portal_user(db, me, w.patient_id, "Igen", card.portal_version)
    assert exc.value.code == "already_blocked"
    with db.write_session() as s:  # no portal user at all
        p = Patient(cpr="0606661234", first_name="Uden", last_name="Bruger", email="u@example.dk")
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=p.id))
        pid = p.id
    with pytest.raises(ValidationError) as exc:
        patients.block_portal_user(db, me, pid, "Misbrug", 1)
    assert exc.value.code == "no_portal_user"
    assert len(_events(db)) == 1


def test_a_stale_card_is_refused_and_nothing_is_written(any_db):
    w = build_world(any_db)
    me = _staff(any_db, w.clinic_id)
    colleague = _staff(any_db, w.clinic_id, Role.NURSE, "signe", "Signe Sygeplejerske")
    mine = patients.open_patient_card(any_db, me, w.patient_id)
    theirs = patients.open_patient_card(any_db, colleague, w.patient_id)
    patients.block_portal_user(any_db, colleague, w.patient_id, "Misbrug", theirs.portal_version)
    with pytest.raises(StaleData):  # my card still shows the user active
        patients.block_portal_user(any_db, me, w.patient_id, "Også misbrug", mine.portal_version)
    with pytest.raises(StaleData):
        patients.reopen_portal_user(any_db, me, w.patient_id, "Fejl", mine.portal_version)
    assert [e.staff_id for e in _events(any_db)] == [colleague.staff_id]
    assert len(_audit(any_db, Action.BLOCK_PORTAL_USER)) == 1 and _audit(any_db, Action.REOPEN_PORTAL_USER) == []
    fresh = patients.open_patient_card(any_db, me, w.patient_id)  # reload: now I can reopen
    card = patients.reopen_portal_user(any_db, me, w.patient_id, "Afklaret med kollega", fresh.portal_version)
    assert card.portal_status == PortalAccountStatus.ACTIVE


def test_roles_without_the_portal_user_permission_are_refused(db, monkeypatch):
    """Block and reopen are for the roles that may create portal users (Perm.CREATE_PORTAL_USER)."""
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    monkeypatch.setitem(MATRIX, Role.RECEPTIONIST, MATRIX[Role.RECEPTIONIST] - {Perm.CREATE_PORTAL_USER})
    with pytest.raises(PermissionDenied):
        patients.block_portal_user(db, me, w.patient_id, "Misbrug", card.portal_version)
    [denied] = _audit(db, Action.PERMISSION_DENIED)
    assert denied.patient_id == w.patient_id
    monkeypatch.undo()
    # a staff member removed from the clinic since they logged in is refused too (the role is re-read)
    card = patients.block_portal_user(db, me, w.patient_id, "Misbrug", card.portal_version)
    with db.write_session() as s:
        from clinicdesk.models import StaffMembership
        s.delete(s.scalars(select(StaffMembership).where(StaffMembership.staff_id == me.staff_id)).one())
    with pytest.raises(PermissionDenied):
        patients.reopen_portal_user(db, me, w.patient_id, "Afklaret", card.portal_version)
    assert _account(db, w.patient_id).status == PortalAccountStatus.BLOCKED
    assert len(_events(db)) == 1


def test_another_clinics_block_is_shown_without_its_reason(db):
    """The portal user is one login for every clinic: a block elsewhere shows, its reason stays there."""
    w = build_world(db)
    with db.session() as s:
        other_id = s.scalars(select(Clinic.id).where(Clinic.name == "Anden klinik")).one()
        outsider = s.scalars(select(Patient.id).where(Patient.cpr == OUTSIDER.replace("-", ""))).one()
    there = _staff(db, other_id, username="dorte", name="Dorte Dam")
    here = _staff(db, w.clinic_id)
    with db.write_session() as s:  # the outsider becomes a patient here too
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=outsider))
    card = patients.open_patient_card(db, there, outsider)
    patients.block_portal_user(db, there, outsider, "Følsom begrundelse fra den anden klinik", card.portal_version)
    with pytest.raises(NotFound):  # a patient of neither clinic of the actor
        patients.block_portal_user(db, _staff(db, other_id, username="x", name="X"), w.patient_id, "Nej", 1)
    mine = patients.open_patient_card(db, here, outsider)
    [ev] = mine.portal_events
    assert (ev.action, ev.staff_name, ev.clinic_name, ev.own_clinic, ev.reason) == (
        "blocked", "Dorte Dam", "Anden klinik", False, "")
    assert mine.can_reopen_portal_user
