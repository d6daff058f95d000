"""Patient CSV import: the service and ``clinicdesk patients import`` (good file, refused lines with their
line numbers and Danish reasons, dry run, all or nothing, --only-good, a second import changes nothing,
encodings and separators)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from clinicdesk import cli
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import PermissionDenied
from clinicdesk.models import AuditEntry, ClinicPatient, Guardianship, Patient
from clinicdesk.services import auth, patient_import, setup, staff
from clinicdesk.services.audit import Action
from clinicdesk.services.patient_import import BadFile, LineStatus

ADMIN_PW = "Blå kaffekop med mælk 42"
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "patients-example.csv"
HEADER = "cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr\n"


@pytest.fixture
def clinic(any_db):
    db = any_db
    done = setup.create_clinic(db, setup.ClinicSetup(
        name="Lægerne i Ribe", display_name="", portal_link="https://p.example.dk/ribe", yder_number="012345",
        address="Torvet 1, 6760 Ribe", phone="75 42 00 00", admin_username="mette",
        admin_full_name="Mette Kjærgaard", admin_password=ADMIN_PW))
    return db, auth.login(db, "mette", ADMIN_PW).actor_for(done.clinic_id)


def _patients(db, clinic_id) -> list[tuple[str, str, str, str, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(
            select(Patient.cpr, Patient.first_name, Patient.last_name, Patient.email, Patient.mobile)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id).order_by(Patient.cpr))]


def _guardians(db) -> list[tuple[str, str]]:
    with db.session() as s:
        rows = s.execute(select(Guardianship.child_id, Guardianship.guardian_id)).all()
        return sorted((s.get(Patient, c).cpr, s.get(Patient, g).cpr) for c, g in rows)


def _run(db, monkeypatch, path, *extra) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PW + "\n"))
    return cli.main(["patients", "import", str(path), "--db", db.display_url, "--as", "mette", "--password-stdin",
                     *extra])


BAD_FILE = HEADER + (
    "120375-1234;Mette;Sørensen;Vestergade 12;mette@example.dk;20123456;;\n"  # line 2: good
    "311375-1234;Ole;Olsen;;;;;\n"  # line 3: month 13
    "120375-1234;Mette;Sørensen;;;;;\n"  # line 4: same CPR as line 2
    "150318-4012;Ida;Sørensen;;;;;\n"  # line 5: a child without a guardian
    "030988-2217;Ahmad;Rahimi;;ahmad@;;;\n"  # line 6: a bad e-mail
    "241152-0908;Birthe;Ågård;;;12;;\n"  # line 7: a bad mobile
    "010190-1235;;Jensen;;;;;\n"  # line 8: no first name
)


def test_the_example_file_imports_five_patients_with_the_childs_guardian(clinic, monkeypatch, capsys):
    db, admin = clinic
    assert _run(db, monkeypatch, EXAMPLE) == 0
    out = capsys.readouterr().out
    assert "patients-example.csv: 5 linjer læst (UTF-8, adskilt med semikolon)." in out
    assert "Importeret: 5 patienter oprettet." in out
    rows = _patients(db, admin.clinic_id)
    assert [r[0] for r in rows] == ["0203291WQ3", "0309882217", "1203751234", "1503184012", "2411520908"]
    assert ("1203751234", "Mette", "Sørensen", "mette.soerensen@example.dk", "20123456") in rows
    assert ("0309882217", "Ahmad", "Rahimi", "ahmad.rahimi@example.dk", "31224567") in rows
    assert _guardians(db) == [("1503184012", "1203751234")]  # Ida's guardian is Mette
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action.in_(
            [Action.CREATE_PATIENT, Action.IMPORT_PATIENTS]))).all()
        assert [e.action for e in entries].count(Action.CREATE_PATIENT) == 5
        summary = [e.detail for e in entries if e.action == Action.IMPORT_PATIENTS]
        assert len(summary) == 1 and "new=5" in summary[0] and "Sørensen" not in summary[0]
        assert all("1203751234" not in (e.detail or "") for e in entries)  # no CPR in the log


def test_a_second_import_of_the_same_file_changes_nothing(clinic, monkeypatch, capsys):
    db, admin = clinic
    assert _run(db, monkeypatch, EXAMPLE) == 0
    before = (_patients(db, admin.clinic_id), _guardians(db))
    capsys.readouterr()
    assert _run(db, monkeypatch, EXAMPLE) == 0  # already imported is not an error
    out = capsys.readouterr().out
    assert "Alle 5 patienter findes allerede i klinikken; intet er ændret." in out
    assert (_patients(db, admin.clinic_id), _guardians(db)) == before
    report = patient_import.preview_import(db, admin, EXAMPLE.read_bytes())
    assert {ln.status for ln in report.lines} == {LineStatus.EXISTS}
    assert report.lines[0].reason == "Blev importeret fra denne fil tidligere; ændres ikke."


def test_refused_lines_are_reported_with_line_and_danish_reason_and_nothing_is_imported(
        clinic, monkeypatch, capsys, tmp_path):
    db, admin = clinic
    path = tmp_path / "patienter.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    assert _run(db, monkeypatch, path) == 1
    out = capsys.readouterr().out
    assert "Linje 3: Måneden i CPR-nummeret er 13" in out
    assert "Linje 4: Samme CPR-nummer står allerede i linje 2. Fjern den ene linje." in out
    assert "Linje 5: Barnet er under 15 år og skal have mindst én forælder (værge)" in out
    assert "Linje 6: E-mailadressen »ahmad@« ser ikke rigtig ud" in out
    assert "Linje 7: Mobilnummeret skal være 8 cifre (evt. med +45 foran)." in out
    assert "Linje 8: Fornavnet er tom." in out
    assert "Linje 2:" not in out
    assert "6 linjer er afvist, så intet er importeret." in out
    assert _patients(db, admin.clinic_id) == []  # all or nothing


def test_only_good_imports_the_good_lines(clinic, monkeypatch, capsys, tmp_path):
    db, admin = clinic
    path = tmp_path / "patienter.csv"
    path.write_text(BAD_FILE, encoding="utf-8")
    assert _run(db, monkeypatch, path, "--only-good") == 1
    out = capsys.readouterr().out
    assert "Importeret: 1 patient oprettet. 6 linjer er afvist og ikke importeret." in out
    assert [r[0] for r in _patients(db, admin.clinic_id)] == ["1203751234"]


def test_dry_run_writes_nothing(clinic, monkeypatch, capsys):
    db, admin = clinic
    assert _run(db, monkeypatch, EXAMPLE, "--dry-run") == 0
    assert "Prøvekørsel: 5 patienter oprettes. Intet er gemt." in capsys.readouterr().out
    assert _patients(db, admin.clinic_id) == [] and _guardians(db) == []
    with db.session() as s:  # the look-up itself is logged
        assert s.scalars(select(AuditEntry.detail).where(AuditEntry.action == Action.IMPORT_PATIENTS)).one() \
            .startswith("file ")


def test_windows_1252_with_bom_less_utf8_and_comma_files(clinic):
    db, admin = clinic
    text = HEADER.replace(";", ",") + "241152-0908,Birthe,Ågård-Nielsen,Skolevej 7,,,,\n"
    for data, encoding, sep in (
        (text.encode("cp1252"), "Windows-1252", "komma"),
        (b"\xef\xbb\xbf" + text.replace(",", ";").encode("utf-8"), "UTF-8 med BOM", "semikolon"),
        (text.replace(",", "\t").encode("utf-8"), "UTF-8", "tabulator"),
    ):
        report = patient_import.preview_import(db, admin, data)
        assert (report.encoding, report.separator) == (encoding, sep)
        assert [(ln.name, ln.status) for ln in report.lines] == [("Birthe Ågård-Nielsen", LineStatus.NEW)]


def test_columns_in_any_order_and_case_and_unknown_ones_reported(clinic):
    db, admin = clinic
    data = "Efternavn;Fornavn;CPR-nummer;Læge;E-mail\nHansen;Ole;010190-1234;AB;ole@example.dk\n".encode()
    report = patient_import.import_patients(db, admin, data)
    assert report.ignored_columns == ("Læge",) and report.written
    assert _patients(db, admin.clinic_id) == [("0101901234", "Ole", "Hansen", "ole@example.dk", "")]


@pytest.mark.parametrize("data, code", [
    (b"", "empty"),
    ("fornavn;efternavn\nOle;Hansen\n".encode(), "missing_columns"),
    ("cpr;fornavn;efternavn\n".encode("utf-16"), "utf16"),
    (b"cpr;fornavn;efternavn\n0101901234;\x81\x8d;x\n", "bad_encoding"),
])
def test_a_file_that_cannot_be_read_is_refused_as_a_whole(clinic, data, code):
    db, admin = clinic
    with pytest.raises(BadFile) as exc:
        patient_import.import_patients(db, admin, data)
    assert exc.value.code == code and exc.value.message


def test_modulus_11_is_not_a_reason_and_ecpr_is_welcome(clinic):
    db, admin = clinic
    data = (HEADER + "010190-1235;Ole;Hansen;;;;;\n020329-1WQ3;Jens;Østergaard;;;;;\n").encode()
    report = patient_import.import_patients(db, admin, data)
    assert [ln.status for ln in report.lines] == [LineStatus.NEW, LineStatus.NEW]


def test_guardian_rules(clinic):
    db, admin = clinic
    data = (HEADER
            + "150318-4012;Ida;Sørensen;;;;999999-9999;\n"  # 2: a bad guardian CPR
            + "160318-4012;Bo;Sørensen;;;;020290-1234;\n"  # 3: guardian neither a patient nor in the file
            + "170318-4012;Ea;Sørensen;;;;150318-4012;\n"  # 4: guardian is a child
            + "010190-1234;Ole;Hansen;;;;180318-4012;\n"  # 5: an adult with a guardian
            + "311275-1234;Per;Brun;;;;;\n"  # 6: an adult, good
            + "190318-4012;Liv;Brun;;;;311275-1234;\n"  # 7: guardian is line 6
            ).encode()
    lines = {ln.line: ln for ln in patient_import.preview_import(db, admin, data).lines}
    assert lines[2].reason.startswith("Forælderens (værgens) CPR-nummer:")
    assert lines[3].reason.startswith("Forælderen (værgen) 020290-1234 er hverken patient i klinikken eller med i filen")
    assert "er under 18 år og kan ikke være værge" in lines[4].reason
    assert lines[5].reason.startswith("Forældre (værger) kan kun angives for børn under 15 år")
    assert lines[6].status == LineStatus.NEW and lines[7].status == LineStatus.NEW
    assert lines[7].guardian_lines == (6,)


def test_a_known_record_is_registered_another_name_refused_and_only_admins_import(clinic):
    db, admin = clinic
    with db.session() as s:  # a person in the records of another clinic sharing the database
        s.add(Patient(cpr="0101901234", first_name="Ole", last_name="Hansen", email="ole@example.dk"))
    data = (HEADER + "010190-1234;Ole;Hansen;Ny vej 1;other@example.dk;;;\n"
            + "241152-0908;Birthe;Ågård;;;;;\n").encode()
    report = patient_import.import_patients(db, admin, data)
    assert [ln.status for ln in report.lines] == [LineStatus.REGISTER, LineStatus.NEW]
    assert report.summary == "Importeret: 1 patient oprettet, 1 tilknyttet klinikken."
    # the shared record keeps its e-mail; what it lacked (the address) is filled in
    assert ("0101901234", "Ole", "Hansen", "ole@example.dk", "") in _patients(db, admin.clinic_id)
    report = patient_import.preview_import(db, admin, (HEADER + "010190-1234;Olaf;Hansen;;;;;\n").encode())
    assert report.lines[0].reason == ("CPR-nummeret tilhører allerede en patient i klinikken med et andet navn. "
                                      "Tjek CPR-nummer og navn.")
    new = staff.add_staff(db, admin, "sekr", "Sanne Sekretær", Role.RECEPTIONIST)
    with pytest.raises(auth.PasswordChangeRequired):
        auth.login(db, "sekr", new.temporary_password)
    auth.change_password(db, "sekr", new.temporary_password, "Grøn cykel i regnvejr 7")
    receptionist = auth.login(db, "sekr", "Grøn cykel i regnvejr 7").actor_for(admin.clinic_id)
    with pytest.raises(PermissionDenied):  # an import is for administrators
        patient_import.import_patients(db, receptionist, EXAMPLE.read_bytes())
