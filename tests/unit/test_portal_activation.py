"""The activation link: a pending portal user becomes active once (the portal's half of services.activation)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from clinicdesk.domain.enums import PortalAccountStatus, SignupMode
from clinicdesk.models import AuditEntry, OutboxMail, PortalAccount
from clinicdesk.portal import PortalRefusal, send_econsult, sign_up
from clinicdesk.portal.intake import activate_user
from portal_world import NEWBIE, NOW, build_world, set_clinic


def _token_from_the_mail(db) -> str:
    with db.session() as s:
        body = s.scalars(select(OutboxMail.body).order_by(OutboxMail.id.desc())).first()
    link = next(w for w in body.split() if "/aktiver/" in w)
    return link.rsplit("/", 1)[1].rstrip(".")


def test_the_link_in_the_mail_activates_the_user_once(db):
    w = build_world(db)
    set_clinic(db, w.clinic_id, signup_mode=SignupMode.AUTOMATIC)
    sign_up(db, w.clinic_id, NEWBIE, first_name="Nina", last_name="Nygaard", email="nina@example.dk", now=NOW)
    with pytest.raises(PortalRefusal) as not_yet:  # pending: the portal does not let her write yet
        send_econsult(db, w.clinic_id, NEWBIE, provider_id=w.doctor_id, subject="Hej", body="Et spørgsmål.", now=NOW)
    assert not_yet.value.code == "no_portal_user"
    token = _token_from_the_mail(db)
    later = NOW + timedelta(minutes=5)
    result = activate_user(db, token, now=later)
    with db.session() as s:
        account = s.get(PortalAccount, s.scalars(select(PortalAccount.id)
                                                 .where(PortalAccount.patient_id == result.patient_id)).one())
        assert (account.status, account.activated_at, account.activation_token) == (
            PortalAccountStatus.ACTIVE, later, None)
        assert s.scalars(select(AuditEntry.detail).where(AuditEntry.patient_id == result.patient_id)
                         .order_by(AuditEntry.id.desc())).first() == "portal: user activated"
    send_econsult(db, w.clinic_id, NEWBIE, provider_id=w.doctor_id, subject="Hej", body="Et spørgsmål.", now=later)  # now she can
    for bad in (token, "", "x" * 65, "ukendt"):  # used, empty, too long, unknown: refused, nothing changes
        with pytest.raises(PortalRefusal) as refused:
            activate_user(db, bad, now=later)
        assert refused.value.code == "activation_invalid"


def test_the_simulator_opens_activation_links_so_a_new_clinic_grows(db):
    """A clinic made from scratch starts with pending users only; the simulator's patients open
    their links (``activate``) and then write like everyone else."""
    from clinicdesk.portal.sim import run_sim

    w = build_world(db)
    set_clinic(db, w.clinic_id, signup_mode=SignupMode.AUTOMATIC)
    with db.session() as s:
        pending_before = s.scalars(select(PortalAccount.id).where(
            PortalAccount.status == PortalAccountStatus.PENDING)).all()
    report = run_sim(db, seed=3, rate=0, duration=60, max_requests=400, clinic_ids=[w.clinic_id])
    assert report.accepted.get("activation", 0) >= 1 and not report.errors
    with db.session() as s:
        activated = s.scalars(select(PortalAccount.id).where(PortalAccount.activated_at.is_not(None),
                                                              PortalAccount.activation_token.is_(None))).all()
    assert len(activated) >= report.accepted["activation"]
    assert pending_before or report.accepted.get("signup_auto", 0)  # the links came from sign-ups
