"""The inbox screen's setup data and the patient search for "Opret E-svar"."""

from __future__ import annotations

from sqlalchemy import func, select

from clinicdesk.models import AuditEntry, Patient
from clinicdesk.services import inbox
from inbox_helpers import make_world


def test_setup_names_providers_doctors_and_limits(db):
    w = make_world(db)
    setup = inbox.inbox_setup(db, w.receptionist)
    assert {p.id for p in setup.providers} == {w.provider_id, w.provider2_id}
    assert {d.label for d in setup.doctors} == {"Dorthe Læge", "Bent Bruun"}
    assert setup.max_clinic_attachments == 9 and setup.max_attachment_mb == 10


def test_patient_search_by_cpr_prefix_and_name_is_audited_and_stays_in_the_clinic(db):
    w = make_world(db)
    with db.write_session() as s:  # a patient of no clinic of ours
        s.add(Patient(cpr="0101905555", first_name="Fremmed", last_name="Østergaard"))
    assert [h.id for h in inbox.search_patients(db, w.doctor, "010190-1234")] == [w.patient_id]
    assert [h.id for h in inbox.search_patients(db, w.doctor, "010190")] == [w.patient_id]
    hits = inbox.search_patients(db, w.doctor, "østergaard")
    assert [h.name for h in hits] == ["Ærling Østergaard"] and hits[0].cpr_display == "010190-1234"
    assert inbox.search_patients(db, w.doctor, "x") == ()
    with db.session() as s:
        terms = s.execute(select(AuditEntry.search_term).where(AuditEntry.action == "search_patient")
                          .order_by(AuditEntry.id)).scalars().all()
        assert terms == ["010190-1234", "010190", "østergaard"]
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar() >= 3


def test_answer_archive_holds_only_my_own_answers_once_each(db):
    from inbox_helpers import add_econsult

    w = make_world(db)
    for text, who in (("Tag en panodil.", w.doctor), ("Tag en panodil.", w.doctor), ("Ring i morgen.", w.doctor2)):
        item = add_econsult(db, w, "Hovedpine")
        opened = inbox.open_item(db, who, item)
        inbox.answer(db, who, item, text, expected_version=opened.detail.version)
    mine = inbox.answer_archive(db, w.doctor)
    assert [a.body for a in mine] == ["Tag en panodil."]
    assert inbox.answer_archive(db, w.doctor, "ring") == ()
    assert [a.body for a in inbox.answer_archive(db, w.doctor2, "RING")] == ["Ring i morgen."]
