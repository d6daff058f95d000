"""The administrator's audit-log reader (services.audit_log) on the demo practice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.demo import DEMO_PASSWORD, build_demo
from clinicdesk.models import AuditEntry, ClinicPatient, Patient
from clinicdesk.services import audit_log, auth, patients
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import format_cpr
from clinicdesk.domain.errors import PermissionDenied


def _actor(db, username):
    res = auth.login(db, username, DEMO_PASSWORD)
    return res.actor_for(res.memberships[0].clinic_id)


def _two_patients(db, clinic_id):
    with db.session() as s:
        rows = s.execute(
            select(Patient.id, Patient.cpr)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id)
            .order_by(Patient.id)
            .limit(2)
        ).all()
    return rows[0], rows[1]


def _small_demo(db) -> None:
    """The small demo practice, built once per session (test_portal_sim uses it too)."""
    db.once_per_session(("demo", 40, 20), lambda d: build_demo(d, patients=40, items=20))


@pytest.fixture
def demo_db(db):
    _small_demo(db)
    return db


def test_admin_lists_only_own_clinic_newest_first_in_pages(demo_db):
    admin = _actor(demo_db, "admin")
    first = audit_log.list_entries(demo_db, admin, limit=5)
    assert len(first.rows) == 5 and first.next_after_id == first.rows[-1].id
    ids = [r.id for r in first.rows]
    assert ids == sorted(ids, reverse=True)
    second = audit_log.list_entries(demo_db, admin, after_id=first.next_after_id, limit=5)
    assert second.rows and max(r.id for r in second.rows) < min(ids)
    with demo_db.session() as s:
        own = {e.id for e in s.scalars(select(AuditEntry).where(AuditEntry.clinic_id == admin.clinic_id))}
    everything = audit_log.list_entries(demo_db, admin, limit=1000).rows
    assert {r.id for r in everything} <= own
    assert all(r.action_label != r.action for r in everything)  # every action has a Danish label


def test_every_action_has_a_danish_label():
    names = [v for k, v in vars(Action).items() if k.isupper()]
    assert set(names) == set(audit_log.ACTION_LABELS_DA)


def test_receptionist_is_refused_and_the_denial_is_audited(demo_db):
    sek = _actor(demo_db, "sekretaer")
    (pid, _), _ = _two_patients(demo_db, sek.clinic_id)
    with pytest.raises(PermissionDenied):
        audit_log.list_entries(demo_db, sek)
    with pytest.raises(PermissionDenied):
        audit_log.patient_log_text(demo_db, sek, pid)
    with demo_db.session() as s:
        denied = s.scalars(
            select(AuditEntry).where(AuditEntry.action == Action.PERMISSION_DENIED,
                                     AuditEntry.staff_id == sek.staff_id)
        ).all()
    assert [d.detail for d in denied][-2:] == ["read_audit_log", "read_audit_log"]
    assert denied[-1].patient_id == pid


def test_patient_log_names_who_opened_the_card_and_no_other_patient(demo_db):
    admin = _actor(demo_db, "admin")
    sek = _actor(demo_db, "sekretaer")
    (pid, cpr), (other_pid, other_cpr) = _two_patients(demo_db, admin.clinic_id)
    patients.open_patient_card(demo_db, sek, pid)
    patients.open_patient_card(demo_db, sek, other_pid)

    text = audit_log.patient_log_text(demo_db, admin, pid)
    assert format_cpr(cpr) in text
    assert f"{sek.full_name}: Åbnet patientkort" in text
    assert format_cpr(other_cpr) not in text and other_cpr not in text

    filtered = audit_log.list_entries(demo_db, admin, patient_id=pid)
    assert filtered.rows and {r.patient_id for r in filtered.rows} == {pid}
    assert any(r.staff_name == sek.full_name and r.action == Action.OPEN_PATIENT for r in filtered.rows)
    assert filtered.rows[0].patient_cpr == format_cpr(cpr)


def test_reading_the_log_is_itself_audited(any_db):
    _small_demo(any_db)
    admin = _actor(any_db, "admin")
    (pid, _), _ = _two_patients(any_db, admin.clinic_id)
    audit_log.list_entries(any_db, admin, patient_id=pid, limit=10)
    audit_log.patient_log_text(any_db, admin, pid)
    with any_db.session() as s:
        reads = s.scalars(
            select(AuditEntry).where(AuditEntry.action == Action.READ_AUDIT).order_by(AuditEntry.id)
        ).all()
        assert [(r.staff_id, r.patient_id, r.detail) for r in reads[-2:]] == [
            (admin.staff_id, pid, "list"), (admin.staff_id, pid, "patient log")]
        from clinicdesk.services.audit import verify_chain
        assert verify_chain(s) == []
