"""Creating and editing a patient (services.patient_records): stored values, guardians, audit, stale edits."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.domain.errors import StaleData, ValidationError
from clinicdesk.models import AuditEntry, ClinicPatient, Guardianship, Patient
from clinicdesk.services import auth, patient_records, setup
from clinicdesk.services.audit import Action
from clinicdesk.services.patient_records import PatientData

ADMIN_PW = "Blå kaffekop med mælk 42"


@pytest.fixture
def clinic(any_db):
    db = any_db
    done = setup.create_clinic(db, setup.ClinicSetup(
        name="Lægerne i Ribe", display_name="", portal_link="https://p.example.dk/ribe", yder_number="012345",
        address="Torvet 1, 6760 Ribe", phone="75 42 00 00", admin_username="mette",
        admin_full_name="Mette Kjærgaard", admin_password=ADMIN_PW))
    return db, auth.login(db, "mette", ADMIN_PW).actor_for(done.clinic_id)


def _row(db, patient_id):
    with db.session() as s:
        p = s.get(Patient, patient_id)
        return (p.cpr, p.first_name, p.last_name, p.address, p.email, p.mobile, p.has_mitid)


def test_create_a_patient_stores_the_cleaned_values_and_is_audited(clinic):
    db, admin = clinic
    form = patient_records.create_patient(db, admin, PatientData(
        "120375 1234", " Mette ", "Sørensen", "Vestergade 12", "mette@example.dk", "+45 20 12 34 56"))
    assert form.message == "Patienten er oprettet." and form.cpr == "120375-1234"
    assert _row(db, form.patient_id) == ("1203751234", "Mette", "Sørensen", "Vestergade 12", "mette@example.dk",
                                         "20123456", True)
    with db.session() as s:
        assert s.scalars(select(ClinicPatient.added_at).where(ClinicPatient.patient_id == form.patient_id)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.CREATE_PATIENT)).one()
        assert entry.patient_id == form.patient_id and "Mette" not in entry.detail
    with pytest.raises(ValidationError) as exc:
        patient_records.create_patient(db, admin, PatientData("1203751234", "Mette", "Sørensen"))
    assert exc.value.code == "already_patient"


@pytest.mark.parametrize("data, code", [
    (PatientData("1313751234", "A", "B"), "invalid_cpr"),
    (PatientData("1203751234", "", "B"), "empty_text"),
    (PatientData("1203751234", "A\u202eB", "B"), "bidi_control"),
    (PatientData("1203751234", "A", "B", email="a@b"), "invalid_email"),
    (PatientData("1203751234", "A", "B", mobile="1234"), "invalid_mobile"),
    (PatientData("1503184012", "Ida", "B"), "guardian_required"),
    (PatientData("1503184012", "Ida", "B", guardian_cprs=("1503184012",)), "guardian_is_self"),
    (PatientData("1203751234", "A", "B", guardian_cprs=("0101901234",)), "guardian_for_adult"),
    (PatientData("1503184012", "Ida", "B", guardian_cprs=("0101901234",)), "guardian_not_patient"),
])
def test_refusals_name_what_is_wrong_and_write_nothing(clinic, data, code):
    db, admin = clinic
    with pytest.raises(ValidationError) as exc:
        patient_records.create_patient(db, admin, data)
    assert exc.value.code == code and exc.value.message
    with db.session() as s:
        assert s.scalars(select(Patient)).all() == []


def test_a_child_gets_its_guardian_and_no_mitid_and_an_ecpr_patient_is_welcome(clinic):
    db, admin = clinic
    mum = patient_records.create_patient(db, admin, PatientData("1203751234", "Mette", "Sørensen"))
    ida = patient_records.create_patient(db, admin, PatientData("150318-4012", "Ida", "Sørensen",
                                                                guardian_cprs=("120375-1234",)))
    assert ida.is_child and ida.guardian_cprs == ("120375-1234",) and not ida.has_mitid
    with db.session() as s:
        assert s.execute(select(Guardianship.child_id, Guardianship.guardian_id)).all() == [
            (ida.patient_id, mum.patient_id)]
    jens = patient_records.create_patient(db, admin, PatientData("020329-1WQ3", "Jens", "Østergaard"))
    assert _row(db, jens.patient_id)[0] == "0203291WQ3" and not jens.has_mitid
    # modulus 11 is not a rule in Denmark
    assert patient_records.create_patient(db, admin, PatientData("0101901235", "Ole", "Hansen")).cpr == "010190-1235"


def test_edit_saves_changed_fields_audits_their_names_and_refuses_stale(clinic):
    db, admin = clinic
    form = patient_records.create_patient(db, admin, PatientData("020329-1WQ3", "Jens", "Østergaard"))
    loaded = patient_records.load_patient(db, admin, form.patient_id)
    saved = patient_records.edit_patient(db, admin, form.patient_id, PatientData(
        "020329-1234", "Jens", "Østergaard", "Bøgen 1", "jens@example.dk", "", True, None), loaded.version)
    assert saved.message == "Stamdata er gemt." and saved.cpr == "020329-1234"  # eCPR replaced by a CPR number
    assert _row(db, form.patient_id) == ("0203291234", "Jens", "Østergaard", "Bøgen 1", "jens@example.dk", "", True)
    with db.session() as s:
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == Action.EDIT_PATIENT)).one()
    assert detail == "patient card: cpr, address, email, has_mitid"
    with pytest.raises(StaleData):
        patient_records.edit_patient(db, admin, form.patient_id, PatientData("0203291234", "J", "Ø"), loaded.version)
    assert _row(db, form.patient_id)[1] == "Jens"


def test_a_childs_guardians_are_changed_but_never_all_removed(clinic):
    db, admin = clinic
    patient_records.create_patient(db, admin, PatientData("1203751234", "Mette", "Sørensen"))
    patient_records.create_patient(db, admin, PatientData("0101801233", "Peter", "Sørensen"))
    ida = patient_records.create_patient(db, admin, PatientData("1503184012", "Ida", "Sørensen",
                                                                guardian_cprs=("1203751234",)))
    with pytest.raises(ValidationError) as exc:
        patient_records.edit_patient(db, admin, ida.patient_id, PatientData("1503184012", "Ida", "Sørensen"),
                                     ida.version)
    assert exc.value.code == "guardian_required"
    saved = patient_records.edit_patient(db, admin, ida.patient_id, PatientData(
        "1503184012", "Ida", "Sørensen", guardian_cprs=("010180-1233",)), ida.version)
    assert saved.guardian_cprs == ("010180-1233",)
