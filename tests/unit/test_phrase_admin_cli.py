"""`clinicdesk phrases export|import FILE.csv [--personal USER]` (issue 12, item 5)."""

from __future__ import annotations

import io

from clinicdesk import cli
from clinicdesk.services import phrase_admin
from inbox_helpers import PW, make_world


def _phrases(db, monkeypatch, *args, password: str = PW) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return cli.main(["phrases", args[0], "--db", db.display_url, "--password-stdin", *args[1:]])


def test_export_then_import_of_clinic_phrases_changes_nothing(db, monkeypatch, capsys, tmp_path):
    w = make_world(db)
    out = tmp_path / "tekster.csv"
    assert _phrases(db, monkeypatch, "export", str(out), "--as", "sekr") == 0
    assert "2 standardtekster fra Lægehuset Åboulevarden er skrevet til" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode()) and "forkortelse;titel;tekst".encode() in data
    before = phrase_admin.list_phrases(db, w.doctor, personal=False)
    assert _phrases(db, monkeypatch, "import", str(out), "--as", "doktor") == 0
    assert "0 nye, 0 ændrede og 2 uændrede standardtekster." in capsys.readouterr().out
    assert phrase_admin.list_phrases(db, w.doctor, personal=False) == before
    # a receptionist may export but not import the clinic's phrases
    assert _phrases(db, monkeypatch, "import", str(out), "--as", "sekr") == 2
    assert "Du har ikke adgang" in capsys.readouterr().err


def test_personal_import_and_a_bad_line_reported_by_number(db, monkeypatch, capsys, tmp_path):
    w = make_world(db)
    good = tmp_path / "mine.csv"
    good.write_text("forkortelse;titel;tekst\nmvh;Min hilsen;Mvh Rasmus\n", encoding="utf-8")
    assert _phrases(db, monkeypatch, "import", str(good), "--personal", "sekr") == 0
    assert [p.abbreviation for p in phrase_admin.list_phrases(db, w.receptionist, personal=True)] == ["mvh"]
    # someone else's personal phrases: refused before a login
    assert _phrases(db, monkeypatch, "export", str(good), "--personal", "sekr", "--as", "doktor") == 2
    assert "kun eksporteres og importeres af medarbejderen selv" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("forkortelse;titel;tekst\nok;Ok;Ok\nto ord;T;T\n", encoding="utf-8")
    assert _phrases(db, monkeypatch, "import", str(bad), "--personal", "sekr") == 2
    err = capsys.readouterr().err
    assert "intet er gemt" in err and "Linje 3: Forkortelsen må kun bestå af bogstaver" in err
    assert [p.abbreviation for p in phrase_admin.list_phrases(db, w.receptionist, personal=True)] == ["mvh"]
