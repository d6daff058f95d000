"""Notification mails in the outbox: what they say, to whom, and in whose transaction."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from clinicdesk.models import Clinic, Guardianship, OutboxMail, Patient
from clinicdesk.domain.enums import MailStatus
from clinicdesk.services import notifications as n
from clinicdesk.domain.errors import ValidationError
from portal_world import NOW, build_world

CPR_RE = re.compile(r"\d{6}-?\d{4}")


def test_every_event_in_danish_naming_clinic_and_link(db):
    w = build_world(db)
    with db.write_session() as s:
        clinic, patient = s.get(Clinic, w.clinic_id), s.get(Patient, w.patient_id)
        mails = [
            n.queue_patient_mail(s, clinic=clinic, patient=patient, event=e, now=NOW,
                                 extra={"activation_link": "https://portal.example.dk/aabakken/aktiver/t0k3n",
                                        "reason": "Du bor uden for vores område."})
            for e in n.EVENTS
        ]
    for e in ("econsult_answered", "econsult_started", "renewal_decided", "booking_accepted", "booking_moved",
              "booking_declined", "booking_cancelled_by_clinic", "signup_approved", "signup_rejected",
              "password_assigned"):
        assert e in n.EVENTS
    with db.session() as s:
        rows = s.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()
    assert [r.kind for r in rows] == list(n.EVENTS)
    for r in rows:
        assert r.status == MailStatus.PENDING and r.next_attempt_at == NOW and r.to_address == "mette@example.dk"
        assert re.fullmatch(r"<[0-9a-f]{32}@clinicdesk>", r.message_id)
        assert "Lægehuset Åbakken" in r.body and "https://portal.example.dk/aabakken" in r.body
        assert not CPR_RE.search(r.body + r.subject)
        assert "Mette" not in r.body and "Madsen" not in r.body
    assert len({r.message_id for r in rows}) == len(rows)
    by_kind = {r.kind: r for r in rows}
    assert "https://portal.example.dk/aabakken/aktiver/t0k3n" in by_kind["signup_approved"].body
    assert "Du bor uden for vores område." not in by_kind["signup_rejected"].body  # no staff free text
    assert "når du logger ind på patientportalen" in by_kind["signup_rejected"].body
    assert "Log ind" in by_kind["econsult_answered"].body
    assert by_kind["econsult_answered"].subject == "Du har fået svar fra Lægehuset Åbakken"
    assert len(mails) == len(rows)


def test_the_mail_belongs_to_the_callers_transaction(db):
    w = build_world(db)
    with pytest.raises(RuntimeError):
        with db.write_session() as s:
            n.queue_patient_mail(s, clinic=s.get(Clinic, w.clinic_id), patient=s.get(Patient, w.patient_id),
                                 event=n.ECONSULT_ANSWERED)
            raise RuntimeError("the answer failed")
    with db.session() as s:
        assert s.scalars(select(OutboxMail)).all() == []


def test_recipient_portal_address_then_record_then_guardian(db):
    w = build_world(db)
    with db.write_session() as s:
        patient = s.get(Patient, w.patient_id)
        patient.portal_account.email = "portal@example.dk"
        assert n.recipient_address(s, patient) == "portal@example.dk"
        patient.portal_account.email = ""
        assert n.recipient_address(s, patient) == "mette@example.dk"
        child = Patient(cpr="0101204321", first_name="Karl", last_name="Madsen")
        s.add(child)
        s.flush()
        assert n.queue_patient_mail(s, clinic=s.get(Clinic, w.clinic_id), patient=child,
                                    event=n.BOOKING_MOVED) is None  # no one to tell
        s.add(Guardianship(child_id=child.id, guardian_id=patient.id))
        s.flush()
        mail = n.queue_patient_mail(s, clinic=s.get(Clinic, w.clinic_id), patient=child, event=n.BOOKING_MOVED)
        assert mail.to_address == "mette@example.dk"


def test_bad_calls(db):
    w = build_world(db)
    with db.write_session() as s:
        clinic, patient = s.get(Clinic, w.clinic_id), s.get(Patient, w.patient_id)
        with pytest.raises(ValueError):
            n.queue_patient_mail(s, clinic=clinic, patient=patient, event="something_else")
        with pytest.raises(ValidationError):
            n.queue_patient_mail(s, clinic=clinic, patient=patient, event=n.SIGNUP_APPROVED)
        # staff's reason (here with a diagnosis and a spaced CPR number) never reaches the mail
        mail = n.queue_mail_to(s, clinic=clinic, to_address="x@example.dk", event=n.SIGNUP_REJECTED,
                               extra={"reason": "Diabetes; patienten 0101 80-1235 er ikke tilmeldt hos os."})
        assert "0101" not in mail.body and "Diabetes" not in mail.body and "tilmeldt hos os" not in mail.body
