"""The patient card service: open (audited), rights (saved and enforced on the portal), portal user."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from clinicdesk.models import AuditEntry, ClinicPatient, OutboxMail, Patient, PortalAccount
from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode, Role
from clinicdesk.portal import PortalRefusal, send_econsult
from clinicdesk.services import auth, patients
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.services.permissions import MATRIX, Perm
from portal_world import ADULT, NOW, OUTSIDER, build_world


def _staff(db, clinic_id, role=Role.RECEPTIONIST, username="bettina") -> auth.Actor:
    with db.write_session() as s:
        u = auth.create_staff(s, username, "Bettina Holm", "Blå kaffekop 42", {clinic_id: role})
        return auth.Actor(u.id, u.full_name, clinic_id, role, "Lægehuset Åbakken")


def _pid(db, cpr) -> int:
    with db.session() as s:
        return s.scalars(select(Patient.id).where(Patient.cpr == cpr.replace("-", ""))).one()


def _audit(db, action):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def test_open_card_shows_the_patient_and_is_audited(any_db):
    w = build_world(any_db)
    me = _staff(any_db, w.clinic_id)
    card = patients.open_patient_card(any_db, me, w.patient_id, now=NOW)
    assert (card.name, card.cpr, card.age, card.email) == ("Mette Madsen", "010180-1235", 46, "mette@example.dk")
    assert card.portal_status == PortalAccountStatus.ACTIVE and not card.contact_differs
    assert (card.econsult, card.renewal, card.booking) == (RightMode.ALLOWED,) * 3
    assert card.registered_since is not None
    [entry] = _audit(any_db, Action.OPEN_PATIENT)
    assert (entry.staff_id, entry.patient_id, entry.clinic_id) == (me.staff_id, w.patient_id, w.clinic_id)
    # a patient of another clinic is not shown
    with pytest.raises(NotFound):
        patients.open_patient_card(any_db, me, _pid(any_db, OUTSIDER))


def test_contact_mismatch_is_shown(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    with db.write_session() as s:
        s.scalars(select(PortalAccount).where(PortalAccount.patient_id == w.patient_id)).one().email = "ny@example.dk"
    assert patients.open_patient_card(db, me, w.patient_id).contact_differs


def test_rights_saved_audited_and_enforced_on_the_portal(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    card = patients.set_rights(db, me, w.patient_id, RightMode.BLOCKED, RightMode.ALLOWED, RightMode.BLOCKED,
                               card.version)
    assert (card.econsult, card.booking) == (RightMode.BLOCKED, RightMode.BLOCKED)
    with pytest.raises(PortalRefusal) as exc:
        send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej", now=NOW)
    assert exc.value.code == "right_blocked"
    card = patients.set_rights(db, me, w.patient_id, "receive_only", "allowed", "allowed", card.version)
    with pytest.raises(PortalRefusal) as exc:
        send_econsult(db, w.clinic_id, ADULT, provider_id=w.doctor_id, body="Hej", now=NOW)
    assert exc.value.code == "receive_only"
    entries = _audit(db, Action.EDIT_RIGHTS)
    assert len(entries) == 2 and "econsult: allowed -> blocked" in entries[0].detail
    with db.session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == w.patient_id,
                                                   ClinicPatient.clinic_id == w.clinic_id)).one()
        assert cp.econsult_right == RightMode.RECEIVE_ONLY and cp.version == card.version


def test_receive_only_is_for_econsultation_only_and_stale_is_refused(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    with pytest.raises(ValidationError) as exc:
        patients.set_rights(db, me, w.patient_id, "allowed", "receive_only", "allowed", card.version)
    assert "kun for e-konsultation" in exc.value.message
    patients.set_rights(db, me, w.patient_id, "blocked", "allowed", "allowed", card.version)
    with pytest.raises(StaleData):  # a colleague saved in between
        patients.set_rights(db, me, w.patient_id, "allowed", "blocked", "allowed", card.version)
    assert len(_audit(db, Action.EDIT_RIGHTS)) == 1


def test_permission_matrix():
    # every role that handles patients may edit rights and create portal users (receptionists too)
    for role in Role:
        assert Perm.EDIT_PATIENT_RIGHTS in MATRIX[role] and Perm.CREATE_PORTAL_USER in MATRIX[role]


def test_create_portal_user_mails_an_activation_link_without_cpr(any_db):
    w = build_world(any_db)
    me = _staff(any_db, w.clinic_id)
    with any_db.write_session() as s:
        p = Patient(cpr="0505651234", first_name="Lis", last_name="Lund", email="lis@example.dk", has_mitid=False)
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=p.id))
        pid = p.id
    res = patients.create_portal_user(any_db, me, pid, now=NOW)
    assert res.card.portal_status == PortalAccountStatus.PENDING
    assert res.card.login_method == LoginMethod.SECURITY_CODE  # no MitID
    assert res.mail_to == "lis@example.dk"
    with any_db.session() as s:
        [mail] = s.scalars(select(OutboxMail)).all()
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).one()
        assert mail.to_address == "lis@example.dk"
        assert acc.activation_token and acc.activation_token in mail.body
        # staff created it: the mail says so (not that a sign-up was approved)
        assert mail.kind == "portal_user_created" and "oprettet en bruger til dig" in mail.body
        assert "0505651234" not in mail.body and "050565" not in mail.body + mail.subject
        assert not re.search(r"\d{6}-?\d{4}", mail.body)
    assert len(_audit(any_db, Action.CREATE_PORTAL_USER)) == 1
    # MitID cannot be chosen for a patient without it
    with pytest.raises(ValidationError):
        patients.create_portal_user(any_db, me, pid, LoginMethod.MITID)


def test_create_portal_user_refusals(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    with pytest.raises(ValidationError) as exc:
        patients.create_portal_user(db, me, w.patient_id)
    assert exc.value.code == "portal_user_exists" and "aktiv portalbruger" in exc.value.message
    with db.write_session() as s:
        p = Patient(cpr="0606661234", first_name="Uden", last_name="Mail", email="")
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=p.id))
        pid = p.id
    with pytest.raises(ValidationError) as exc:
        patients.create_portal_user(db, me, pid)
    assert exc.value.code == "no_email" and "e-mailadresse" in exc.value.message
    with db.session() as s:
        assert s.scalars(select(OutboxMail)).all() == []
        assert s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).first() is None


def test_update_contact_validates_audits_and_asks_the_patient_to_confirm(db):
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    card = patients.open_patient_card(db, me, w.patient_id)
    with pytest.raises(ValidationError) as exc:
        patients.update_contact(db, me, w.patient_id, "ikke-en-adresse", "", card.patient_version)
    assert exc.value.code == "invalid_email"
    with pytest.raises(ValidationError) as exc:
        patients.update_contact(db, me, w.patient_id, "ny@example.dk", "12 34", card.patient_version)
    assert exc.value.code == "invalid_mobile"
    new = patients.update_contact(db, me, w.patient_id, "ny@example.dk", "+45 20 30 40 50", card.patient_version)
    assert (new.email, new.mobile, new.contact_differs) == ("ny@example.dk", "20304050", True)
    with db.session() as s:
        assert s.scalars(select(PortalAccount).where(PortalAccount.patient_id == w.patient_id)).one().confirm_contact_at_next_login
    [entry] = _audit(db, Action.EDIT_RIGHTS)
    assert "ny@example.dk" not in entry.detail and "email" in entry.detail
    with pytest.raises(StaleData):
        patients.update_contact(db, me, w.patient_id, "x@example.dk", "", card.patient_version)


@pytest.mark.parametrize("ecpr", ["0203291WQ3", "6101801235"])
def test_no_portal_user_for_a_substitute_cpr_number(db, ecpr):
    """Issue 9, finding 11: the portal refuses eCPR at login, so no activation link may be mailed."""
    w = build_world(db)
    me = _staff(db, w.clinic_id)
    with db.write_session() as s:
        p = Patient(cpr=ecpr, first_name="Uden", last_name="Cpr", email="uden.cpr@example.dk")
        s.add(p)
        s.flush()
        s.add(ClinicPatient(clinic_id=w.clinic_id, patient_id=p.id))
        pid = p.id
    with pytest.raises(ValidationError) as exc:
        patients.create_portal_user(db, me, pid)
    assert exc.value.code == "ecpr_no_portal"
    assert "erstatningspersonnummer" in exc.value.message and "kun bruges med et CPR-nummer" in exc.value.message
    with db.session() as s:
        assert s.scalars(select(OutboxMail)).all() == []
        assert s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).first() is None
