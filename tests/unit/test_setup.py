"""First-run setup: the service (one transaction, audited, only on an empty database) and
``clinicdesk setup`` with flags and with a TOML file."""

from __future__ import annotations

import io
from datetime import time

import pytest
from sqlalchemy import func, select

from clinicdesk import cli
from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from clinicdesk.models import AuditEntry, Clinic, StaffMembership, StaffUser
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import audit, auth, opening_hours, setup
from clinicdesk.services.audit import Action
from clinicdesk.services.opening_hours import Span

PASSWORD = "Blå kaffekop med mælk 42"


def _setup(**over) -> setup.ClinicSetup:
    values = dict(name="Lægerne i Ribe I/S", display_name="", portal_link="https://p.example.dk/ribe",
                  yder_number="012 345", address="Torvet 1, 6760 Ribe", phone="75 42 00 00",
                  admin_username="Mette", admin_full_name="Mette Kjærgaard", admin_password=PASSWORD)
    values.update(over)
    return setup.ClinicSetup(**values)


def _counts(db) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar() for t in
                     (Clinic, StaffUser, ClinicOpeningHours, AuditEntry))


def test_setup_creates_clinic_admin_and_hours_in_one_audited_transaction(any_db):
    db = any_db
    assert setup.needs_setup(db)
    done = setup.create_clinic(db, _setup())
    assert not setup.needs_setup(db)
    with db.session() as s:
        clinic = s.get(Clinic, done.clinic_id)
        assert (clinic.name, clinic.display_name, clinic.yder_number, clinic.portal_link) == (
            "Lægerne i Ribe I/S", "Lægerne i Ribe I/S", "012345", "https://p.example.dk/ribe")
        admin = s.scalars(select(StaffUser)).one()
        assert admin.username == "mette" and not admin.must_change_password
        assert s.scalars(select(StaffMembership.role)).one() is Role.ADMIN
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [(e.action, e.staff_id, e.clinic_id) for e in entries] == [
            (Action.SETUP_CLINIC, admin.id, clinic.id), (Action.CREATE_STAFF, admin.id, clinic.id)]
        assert "Mette" not in entries[0].detail and "Ribe" not in entries[0].detail  # ids, never names
        assert audit.verify_chain(s) == []
    assert setup.clinic_week(db, done.clinic_id) == opening_hours.DEFAULT_WEEK
    assert auth.login(db, "mette", PASSWORD).memberships[0].role is Role.ADMIN


@pytest.mark.parametrize("over, field, message", [
    (dict(yder_number="12"), "yder_number", "Ydernummeret skal være 6 cifre (fx 012345)."),
    (dict(portal_link="https://p.example.dk/ri be"), "portal_link", "Portallinket må ikke indeholde mellemrum."),
    (dict(portal_link="p.example.dk"), "portal_link",
     "Portallinket skal begynde med https:// (det står i mails til patienterne)."),
    (dict(name=""), "name", "Udfyld klinikkens navn."),
    (dict(name="Lægerne\u202ei Ribe"), "name", None),  # a bidi control: refused by the text gate
    (dict(phone="ring"), "phone", "Telefonnummeret skal have mindst 8 cifre (fx 75 42 00 00)."),
    (dict(address="Torvet 1\n6760 Ribe"), "address", "Adressen må ikke indeholde linjeskift."),
    (dict(admin_password="kaffe"), "admin_password", None),
    (dict(admin_username="Mette K"), "admin_username", None),
    (dict(opening_hours=(Span(0, time(16), time(8)),)), "opening_hours",
     "Om mandagen skal klinikken åbne, før den lukker (16:00–08:00)."),
])
def test_a_wrong_value_is_refused_in_danish_and_nothing_is_written(db, over, field, message):
    before = _counts(db)
    with pytest.raises(ValidationError) as exc:
        setup.create_clinic(db, _setup(**over))
    assert exc.value.details["field"] == field
    if message:
        assert exc.value.message == message
    assert _counts(db) == before == (0, 0, 0, 0)


def test_setup_only_runs_on_an_empty_database(db):
    setup.create_clinic(db, _setup())
    before = _counts(db)
    with pytest.raises(ClinicDeskError) as exc:
        setup.create_clinic(db, _setup(portal_link="https://p.example.dk/anden", admin_username="anden"))
    assert exc.value.code == "already_set_up"
    assert _counts(db) == before


def test_opening_hours_text():
    week = opening_hours.parse_lines(["man-fre 08:00-16:00", "ons 08:00-12:00, 13:00-17:30", "lør lukket"])
    assert opening_hours.describe(week)[2] == "onsdag 08:00-12:00, 13:00-17:30"
    assert opening_hours.describe(week)[5:] == ["lørdag lukket", "søndag lukket"]
    with pytest.raises(ValidationError, match="overlapper"):
        opening_hours.parse_lines(["tir 08:00-12:00, 11:00-16:00"])
    with pytest.raises(ValidationError, match="ikke en ugedag"):
        opening_hours.parse_lines(["mon 08:00-16:00"])


# ------------------------------------------------------------------------------ the command
FLAGS = ["--name", "Lægerne i Ribe I/S", "--display-name", "Lægerne i Ribe", "--portal-link",
         "https://p.example.dk/ribe", "--yder-number", "012345", "--address", "Torvet 1, 6760 Ribe",
         "--phone", "75 42 00 00", "--admin-username", "mette", "--admin-name", "Mette Kjærgaard",
         "--admin-password-stdin"]


def _run(db, args, monkeypatch, stdin=PASSWORD + "\n") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["setup", "--db", db.display_url, *args])


def test_setup_command_with_flags(db, monkeypatch, capsys):
    code = _run(db, [*FLAGS, "--hours", "man-fre 08:00-16:00", "--hours", "fre 08:00-14:00"], monkeypatch)
    out = capsys.readouterr().out
    assert code == 0
    assert "Klinikken »Lægerne i Ribe I/S« er oprettet med administratoren »mette«." in out
    assert "  fredag 08:00-14:00" in out and "  lørdag lukket" in out
    with db.session() as s:
        assert s.scalars(select(Clinic.display_name)).one() == "Lægerne i Ribe"
    assert auth.login(db, "mette", PASSWORD).full_name == "Mette Kjærgaard"


TOML = """
[clinic]
name = "Lægehuset ved Åen"
portal_link = "https://p.example.dk/aaen"
yder_number = "054321"
address = "Åvej 2, 8000 Aarhus C"
phone = "+45 86 00 00 00"

[admin]
username = "jens"
full_name = "Jens Åge Holm"

[opening_hours]
man-tor = "08:00-15:30"
fre = "08:00-12:00"
"""


def test_setup_command_with_a_toml_file(db, tmp_path, monkeypatch, capsys):
    f = tmp_path / "klinik.toml"
    f.write_text(TOML, encoding="utf-8")
    assert _run(db, ["--file", str(f), "--admin-password-stdin"], monkeypatch) == 0
    with db.session() as s:
        clinic = s.scalars(select(Clinic)).one()
        assert (clinic.name, clinic.display_name, clinic.phone) == (
            "Lægehuset ved Åen", "Lægehuset ved Åen", "+45 86 00 00 00")
    week = setup.clinic_week(db, clinic.id)
    assert [s.weekday for s in week] == [0, 1, 2, 3, 4] and week[4].closes == time(12)


@pytest.mark.parametrize("args, toml, line", [
    (["--yder-number", "12"], None, "clinicdesk: Ydernummeret skal være 6 cifre (fx 012345). (--yder-number)"),
    ([], TOML.replace('yder_number = "054321"', 'yder_number = "0543 21x"'),
     "clinicdesk: Ydernummeret skal være 6 cifre (fx 012345). (--yder-number)"),
    ([], TOML + '\n[admin2]\nx = "y"\n', None),
    ([], TOML.replace('full_name = "Jens Åge Holm"', 'full_name = "Jens Åge Holm"\npassword = "x"'),
     "clinicdesk: Skriv ikke adgangskoden i {file}: giv den med --admin-password-stdin (eller skriv den, når du "
     "bliver spurgt)."),
    ([], TOML.replace('fre = "08:00-12:00"', 'fre = "12:00-08:00"'), None),
    ([], "[clinic\nname = 1", None),
])
def test_setup_command_refuses_a_bad_value_with_one_danish_line(db, tmp_path, monkeypatch, capsys, args, toml, line):
    if toml is not None:
        f = tmp_path / "klinik.toml"
        f.write_text(toml, encoding="utf-8")
        full = ["--file", str(f), "--admin-password-stdin", *args]
    else:
        full = [*FLAGS, *args]
    code = _run(db, full, monkeypatch)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("clinicdesk: ") and "Traceback" not in err
    if line:
        assert err == line.replace("{file}", str(tmp_path / "klinik.toml"))
    assert _counts(db) == (0, 0, 0, 0)


def test_setup_command_refuses_a_weak_password(db, monkeypatch, capsys):
    assert _run(db, FLAGS, monkeypatch, stdin="mette12345678\n") == 2
    assert capsys.readouterr().err.startswith("clinicdesk: Adgangskoden er for almindelig")
    assert _counts(db) == (0, 0, 0, 0)


def test_the_readme_example_file_sets_up_a_clinic(db, monkeypatch, capsys):
    from pathlib import Path

    example = Path(__file__).parents[2] / "docs" / "klinik.example.toml"
    assert _run(db, ["--file", str(example), "--admin-password-stdin"], monkeypatch) == 0
    assert "  lørdag lukket" in capsys.readouterr().out
