"""Sign-up through the portal: the clinic's mode, children and guardians, second clinics."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from clinicdesk.models import ClinicPatient, Guardianship, InboxItem, OutboxMail, Patient, PortalAccount, SignupRequest
from clinicdesk.domain.enums import (
    ItemKind,
    LoginMethod,
    PortalAccountStatus,
    RightMode,
    SignupDecision,
    SignupMode,
)
from clinicdesk.portal import PortalRefusal, send_econsult, sign_up
from portal_world import ADULT, CHILD, GUARDIAN, NEWBIE, NOW, OUTSIDER, build_world, set_clinic


def refused(code, *args, **kwargs):
    with pytest.raises(PortalRefusal) as exc:
        sign_up(*args, **kwargs)
    assert exc.value.code == code, exc.value.message
    return exc.value


def newbie(db, w, **kw):
    args = dict(first_name="Nina", last_name="Nygaard", email="nina@example.dk", now=NOW)
    args.update(kw)
    return sign_up(db, w.clinic_id, NEWBIE, **args)


def test_signup_off(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, signup_mode=SignupMode.OFF)
    refused("signup_off", any_db, w.clinic_id, NEWBIE, first_name="Nina", last_name="N", email="n@example.dk", now=NOW)


def test_signup_with_approval_lands_in_the_inbox(any_db):
    w = build_world(any_db)
    r = newbie(any_db, w, mobile="20 30 40 50", wants_booking=False)
    assert r.kind == "signup" and r.due_date == date(2026, 3, 5) and r.patient_id is None
    with any_db.session() as s:
        item = s.get(InboxItem, r.item_id)
        assert item.kind == ItemKind.SIGNUP and item.subject == "Ny bruger til patientportalen"
        req = s.get(SignupRequest, r.item_id)
        assert (req.cpr, req.first_name, req.email, req.mobile, req.decision, req.wants_booking) == (
            "1212901118", "Nina", "nina@example.dk", "20304050", SignupDecision.PENDING, False)
        assert s.scalars(select(Patient).where(Patient.cpr == "1212901118")).first() is None
    refused("signup_pending", any_db, w.clinic_id, NEWBIE, first_name="Nina", last_name="N", email="n@example.dk",
            now=NOW)


def test_automatic_signup_creates_user_registration_and_activation_mail(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, signup_mode=SignupMode.AUTOMATIC)
    r = newbie(any_db, w, wants_renewal=False)
    assert r.kind == "signup_auto" and r.patient_id and r.mail_id and r.due_date is None
    with any_db.session() as s:
        p = s.get(Patient, r.patient_id)
        assert (p.first_name, p.birth_date) == ("Nina", date(1990, 12, 12))
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == p.id)).one()
        assert acc.status == PortalAccountStatus.PENDING and acc.activation_token
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == p.id)).one()
        assert cp.portal_registered_at == NOW and cp.renewal_right == RightMode.BLOCKED
        assert cp.econsult_right == RightMode.ALLOWED
        mail = s.get(OutboxMail, r.mail_id)
        assert mail.to_address == "nina@example.dk" and mail.kind == "signup_approved"
        assert f"https://portal.example.dk/aabakken/aktiver/{acc.activation_token}" in mail.body
        assert s.get(SignupRequest, r.item_id).decision == SignupDecision.APPROVED
    # pending activation: not yet a portal user who can send
    with pytest.raises(PortalRefusal) as exc:
        send_econsult(any_db, w.clinic_id, NEWBIE, provider_id=w.doctor_id, body="x", now=NOW)
    assert exc.value.code == "no_portal_user"


def test_existing_portal_user_becomes_a_registration_not_a_second_user(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, signup_mode=SignupMode.AUTOMATIC)
    r = sign_up(any_db, w.clinic_id, OUTSIDER, first_name="Ole", last_name="Olsen", email="ole@example.dk", now=NOW)
    assert r.kind == "registration" and r.mail_id is None
    with any_db.session() as s:
        assert len(s.scalars(select(PortalAccount)).all()) == 4  # no new user
        assert s.get(InboxItem, r.item_id).subject == "Tilmelding til klinikken"
    # and now the patient can use this clinic
    assert send_econsult(any_db, w.clinic_id, OUTSIDER, provider_id=w.doctor_id, body="Hej", now=NOW).item_id
    refused("already_registered", any_db, w.clinic_id, OUTSIDER, first_name="Ole", last_name="Olsen",
            email="ole@example.dk", now=NOW)


def test_existing_user_with_approval_waits_as_a_registration(any_db):
    w = build_world(any_db)
    r = sign_up(any_db, w.clinic_id, OUTSIDER, first_name="Ole", last_name="Olsen", email="ole@example.dk", now=NOW)
    assert r.kind == "registration" and r.due_date == date(2026, 3, 5)
    refused("already_registered", any_db, w.clinic_id, ADULT, first_name="Mette", last_name="Madsen",
            email="mette@example.dk", now=NOW)


def test_child_needs_a_registered_guardian(any_db):
    w = build_world(any_db)
    set_clinic(any_db, w.clinic_id, signup_mode=SignupMode.AUTOMATIC)
    kw = dict(first_name="Karl", last_name="Gram", now=NOW)
    refused("guardian_required", any_db, w.clinic_id, CHILD, **kw)
    refused("guardian_not_registered", any_db, w.clinic_id, CHILD, guardian_cpr=OUTSIDER, **kw)
    refused("guardian_not_registered", any_db, w.clinic_id, CHILD, guardian_cpr=NEWBIE, **kw)
    r = sign_up(any_db, w.clinic_id, CHILD, guardian_cpr=GUARDIAN, **kw)
    assert r.kind == "signup_auto"
    with any_db.session() as s:
        child = s.get(Patient, r.patient_id)
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == child.id)).one()
        assert acc.login_method == LoginMethod.SECURITY_CODE  # children only log in with the code
        g = s.scalars(select(Patient).where(Patient.cpr == GUARDIAN.replace("-", ""))).one()
        assert s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == child.id)).all() == [g.id]
        # the child has no e-mail of its own: the activation mail goes to the guardian
        assert s.get(OutboxMail, r.mail_id).to_address == "gitte@example.dk"


def test_child_with_approval_records_the_guardian(any_db):
    w = build_world(any_db)
    r = sign_up(any_db, w.clinic_id, CHILD, guardian_cpr=GUARDIAN, first_name="Karl", last_name="Gram", now=NOW)
    with any_db.session() as s:
        req = s.get(SignupRequest, r.item_id)
        assert req.guardian_patient_id is not None and req.login_method == LoginMethod.SECURITY_CODE
        assert s.get(InboxItem, r.item_id).subject == "Ny bruger til patientportalen (barn)"


def test_signup_input_checks(any_db):
    w = build_world(any_db)
    refused("name_required", any_db, w.clinic_id, NEWBIE, first_name="", last_name="N", email="n@example.dk", now=NOW)
    refused("email_invalid", any_db, w.clinic_id, NEWBIE, first_name="N", last_name="N", email="ikke-en-mail", now=NOW)
    refused("email_invalid", any_db, w.clinic_id, NEWBIE, first_name="N", last_name="N", email="", now=NOW)
    refused("emoji", any_db, w.clinic_id, NEWBIE, first_name="Nina 🌸", last_name="N", email="n@example.dk", now=NOW)
    refused("cpr_invalid", any_db, w.clinic_id, "1313901118", first_name="N", last_name="N", email="n@example.dk",
            now=NOW)
    refused("substitute_cpr", any_db, w.clinic_id, "0203291WQ3", first_name="N", last_name="N",
            email="n@example.dk", now=NOW)


def test_a_mobile_number_follows_the_patient_card_rule(db):
    """The portal once stored any text as the mobile number (cut to 20 characters)."""
    w = build_world(db)
    refused("mobile_invalid", db, w.clinic_id, NEWBIE, first_name="Nina", last_name="N", email="n@example.dk",
            mobile="ring efter kl. 16", now=NOW)
    r = newbie(db, w, mobile="+45 20 30 40 50")
    with db.session() as s:
        assert s.get(SignupRequest, r.item_id).mobile == "20304050"
