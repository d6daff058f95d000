"""The patient's own log (GDPR art. 15) and its PDF: who, when, what and why, read back from the PDF."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from clinicdesk.demo import DEMO_PASSWORD, build_demo
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.models import AuditEntry, ClinicPatient, Patient
from clinicdesk.services import audit, audit_log, audit_lookups, auth, inbox, patients
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import format_cpr
from clinicdesk.services.patient_log import patient_log_pdf


def _actor(db, username):
    res = auth.login(db, username, DEMO_PASSWORD)
    return res.actor_for(res.memberships[0].clinic_id)


def _patients(db, clinic_id):
    with db.session() as s:
        return s.execute(
            select(Patient.id, Patient.cpr)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id)
            .order_by(Patient.id)
            .limit(2)
        ).all()


def _pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo_db(db):
    db.once_per_session(("demo", 40, 20), lambda d: build_demo(d, patients=40, items=20))
    return db


def test_a_cpr_search_is_in_the_patients_log_pdf_with_searcher_time_and_context(demo_db):
    sek = _actor(demo_db, "sekretaer")
    admin = _actor(demo_db, "admin")
    (pid, cpr), (other_pid, other_cpr) = _patients(demo_db, sek.clinic_id)
    inbox.search_patients(demo_db, sek, format_cpr(cpr), where="find_patient")
    with demo_db.session() as s:
        searched = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.SEARCH_PATIENT)
                             .order_by(AuditEntry.id.desc())).first()
    patients.open_patient_card(demo_db, sek.with_context(audit_lookups.reason_context("treatment")), pid)
    patients.open_patient_card(demo_db, sek, other_pid)  # another patient: not in this log

    log = audit_log.patient_log(demo_db, admin, pid)
    line = next(ln for ln in log.lines if ln.what == "Søgt efter patient")
    assert (line.who, line.why, line.detail) == (sek.full_name, "Søgning (Find patient)", "Søgt på patientens CPR-nummer")
    when = searched.at.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M")

    text = _pdf_text(patient_log_pdf(demo_db, admin, pid))
    flat = " ".join(text.split())
    assert "Logning af opslag" in flat and f"CPR {format_cpr(cpr)}" in flat
    assert when in flat  # the time of the search, in Danish local time
    assert sek.full_name in flat and "Søgt efter patient" in flat and "Søgning (Find patient)" in flat
    assert "Åbnet patientkort" in flat and "Behandling" in flat  # the card, with its reason
    assert format_cpr(other_cpr) not in flat and other_cpr not in flat
    assert f"Udskrevet: " in flat and admin.full_name in flat


def test_an_older_cpr_search_and_a_list_page_are_in_the_log_too(demo_db):
    sek = _actor(demo_db, "sekretaer")
    admin = _actor(demo_db, "admin")
    (pid, cpr), (other_pid, _) = _patients(demo_db, sek.clinic_id)
    with demo_db.write_session() as s:  # as written before searches named the patient
        audit.record(s, Action.SEARCH_PATIENT, staff_id=sek.staff_id, clinic_id=sek.clinic_id,
                     search_term=cpr, detail="inbox")
        audit_lookups.record_list_page(s, sek, [other_pid, pid], audit_lookups.list_context("inbox"))
        audit_lookups.record_list_page(s, sek, [other_pid], audit_lookups.list_context("inbox"))
    lines = audit_log.patient_log(demo_db, admin, pid).lines
    assert [(ln.what, ln.detail) for ln in lines if ln.what == "Søgt efter patient"] == [
        ("Søgt efter patient", "Søgt på patientens CPR-nummer")]
    pages = [ln for ln in lines if ln.what == "Vist liste med patienter"]
    assert [(ln.who, ln.why, ln.detail) for ln in pages] == [(sek.full_name, "Indbakkens liste", "2 patienter på siden")]


def test_only_administrators_read_the_patients_log_and_reading_it_is_audited(demo_db):
    sek = _actor(demo_db, "sekretaer")
    admin = _actor(demo_db, "admin")
    (pid, _), _ = _patients(demo_db, sek.clinic_id)
    with pytest.raises(PermissionDenied):
        patient_log_pdf(demo_db, sek, pid)
    start = datetime.now(timezone.utc) - timedelta(seconds=1)
    patient_log_pdf(demo_db, admin, pid)
    with demo_db.session() as s:
        read = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.READ_AUDIT)
                         .order_by(AuditEntry.id.desc())).first()
    assert (read.staff_id, read.patient_id, read.detail) == (admin.staff_id, pid, "patient log")
    assert read.at >= start


def test_names_are_only_text_in_the_pdf(demo_db):
    admin = _actor(demo_db, "admin")
    (pid, _), _ = _patients(demo_db, admin.clinic_id)
    with demo_db.write_session() as s:
        s.get(Patient, pid).last_name = "<b>Fed</b> & Co"
    text = _pdf_text(patient_log_pdf(demo_db, admin, pid))
    assert "<b>Fed</b> & Co" in text
