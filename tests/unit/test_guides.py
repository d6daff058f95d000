"""Patient guides: content per clinic, the QR code, layout on the page, metadata, audit, command."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select

from clinicdesk.cli import main as cli_main
from clinicdesk.models import AuditEntry, Clinic, HolidayPeriod, Provider
from clinicdesk.domain.enums import Role, SignupMode
from clinicdesk.services import auth, guides
from clinicdesk.services.audit import Action, verify_chain
from clinicdesk.domain.errors import NotFound, PermissionDenied
from clinicdesk.services.guides.theme import FONT, FONT_BOLD, MARGIN_BOTTOM, MARGIN_X, PAGE_H, PAGE_W

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
LINK = "https://patientportal.example.dk/klinik/ærø-lægehus-4711"

# the headings that stand for each function in the functions guide (both languages)
FUNCTION_HEADINGS = {
    "econsult": {"da": "E-konsultation: skriv til klinikken", "en": "E-consultation: write to the clinic"},
    "renewal": {"da": "Forny en recept", "en": "Renew a prescription"},
    "booking": {"da": "Bestil en tid", "en": "Book an appointment"},
}


@pytest.fixture
def clinic_id(db):
    return db.once_per_session(("guide clinic",), _add_clinic)  # built once per session, then copied


def _add_clinic(db) -> int:
    with db.write_session() as s:
        c = Clinic(
            name="Lægehuset Ærø ApS", display_name="Lægehuset Ærø Søndergård", portal_link=LINK,
            website="www.laegehuset-aeroe.dk", address="Søndergade 12, 5970 Ærøskøbing", phone="62 52 11 22",
            email="klinik@laegehuset-aeroe.dk", max_econsult_length=350, max_patient_attachments=2,
            max_attachment_mb=8, cancellation_limit_hours=36,
        )
        s.add(c)
        s.flush()
        s.add(Provider(clinic_id=c.id, name="Anne Østergaard", title="Praktiserende læge"))
        s.add(HolidayPeriod(
            clinic_id=c.id, starts_at=NOW + timedelta(days=20), ends_at=NOW + timedelta(days=27),
            message="Vi holder juleferie – god jul!", standin_clinic="Lægerne i Marstal", standin_phone="62 53 10 10",
        ))
        return c.id


# A guide is made from the clinic data ``load_clinic`` reads and nothing else (``build_guide`` is
# ``load_clinic`` + ``render_guide``), so equal data, guide, language and time give the same
# pages: each such PDF is built once per module (by ``build_guide``) and copied to later tests,
# and equal files are read back once.
_BUILT: dict = {}
_READ: dict = {}


def _build(db, clinic_id, which, lang, out, now=NOW) -> guides.GuideInfo:
    """``guides.build_guide(db, clinic_id, which, lang, out, now=now)``, once per equal input."""
    key = (guides.load_clinic(db, clinic_id, now), which, lang, now)
    if key not in _BUILT:
        info = guides.build_guide(db, clinic_id, which, lang, out, now=now)
        _BUILT[key] = (info.path.read_bytes(), info)
        return info
    pdf, info = _BUILT[key]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    return dataclasses.replace(info, path=out)


def _read(path) -> tuple[str, list]:
    """The text of every page and its text runs (page, text, matrices, font, size, page size),
    read in one pass and once per equal file."""
    key = hashlib.sha256(Path(path).read_bytes()).digest()
    if key not in _READ:
        texts, runs = [], []
        for pno, page in enumerate(PdfReader(str(path)).pages, 1):
            box = page.mediabox

            def visit(text, cm, tm, font_dict, font_size, pno=pno, box=box):
                if text.strip():
                    base = str((font_dict or {}).get("/BaseFont", ""))
                    runs.append((pno, text, tuple(cm), tuple(tm), base, font_size, float(box.width), float(box.height)))

            texts.append(page.extract_text(visitor_text=visit))
        _READ[key] = ("\n".join(texts), runs)
    return _READ[key]


def _text(path) -> str:
    return _read(path)[0]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _set(db, clinic_id, **values):
    with db.write_session() as s:
        c = s.get(Clinic, clinic_id)
        for k, v in values.items():
            setattr(c, k, v)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_login_guide_names_clinic_and_link(db, clinic_id, tmp_path, lang):
    info = _build(db, clinic_id, "login", lang, tmp_path / "login.pdf", now=NOW)
    assert info.pages >= 2 and info.path.exists()
    text = _flat(_text(info.path))
    assert "Lægehuset Ærø Søndergård" in text
    assert LINK in text.replace(" ", "") or LINK in text  # the link in full (a long link may wrap)
    assert "62 52 11 22" in text and "Søndergade 12, 5970 Ærøskøbing" in text
    assert ("Side 1 af" if lang == "da" else "Page 1 of") in text
    assert ("23. november 2026" if lang == "da" else "23 November 2026") in text
    # what the patient needs to know to get in
    for needle in {"da": ["MitID", "sikkerhedskode", "mindst 8 tegn", "under 15 år", "Registrer", "Glemt adgangskode?",
                          "Bekræft", "godkender nye brugere"],
                   "en": ["MitID", "security code", "at least 8 characters", "under 15", "Registrer", "Glemt adgangskode?",
                          "Bekræft", "approves new users"]}[lang]:
        assert needle in text, needle


def test_login_guide_follows_signup_mode(db, clinic_id, tmp_path):
    _set(db, clinic_id, signup_mode=SignupMode.OFF)
    text = _flat(_text(_build(db, clinic_id, "login", "da", tmp_path / "a.pdf", now=NOW).path))
    assert "kan du ikke oprette dig selv" in text and "Opret bruger under 15 år" not in text
    _set(db, clinic_id, signup_mode=SignupMode.AUTOMATIC)
    text = _flat(_text(_build(db, clinic_id, "login", "da", tmp_path / "b.pdf", now=NOW).path))
    assert "klar med det samme" in text and "godkender nye brugere" not in text


@pytest.mark.parametrize(
    "switched_on",
    [("econsult", "renewal", "booking"), ("econsult",), ("renewal", "booking"), ("booking",), ()],
)
def test_functions_guide_holds_exactly_the_functions_switched_on(db, clinic_id, tmp_path, switched_on):
    _set(db, clinic_id, **{f"{f}_enabled": f in switched_on for f in FUNCTION_HEADINGS})
    for lang in ("da", "en"):
        text = _flat(_text(_build(db, clinic_id, "functions", lang, tmp_path / f"f-{lang}.pdf", now=NOW).path))
        shown = {f for f, heads in FUNCTION_HEADINGS.items() if heads[lang] in text}
        assert shown == set(switched_on), lang
        assert "Lægehuset Ærø Søndergård" in text


def test_switching_a_function_off_removes_it_from_the_next_guide(db, clinic_id, tmp_path):
    before = _flat(_text(_build(db, clinic_id, "functions", "da", tmp_path / "1.pdf", now=NOW).path))
    assert "E-konsultation: skriv til klinikken" in before
    assert "350" in before and "2</b>" not in before  # this clinic's own limits, not the defaults
    assert "op til 2 filer" in before and "8 MB" in before and "36 timer" in before
    assert "ADHD-medicin" in before  # addictive medicines need a visit
    _set(db, clinic_id, econsult_enabled=False)
    after = _flat(_text(_build(db, clinic_id, "functions", "da", tmp_path / "2.pdf", now=NOW).path))
    assert "E-konsultation: skriv til klinikken" not in after
    assert "Vedhæft fil" not in after and "350 tegn" not in after
    assert "Forny en recept" in after and "Bestil en tid" in after


def test_attachments_not_allowed_is_said_plainly(db, clinic_id, tmp_path):
    _set(db, clinic_id, attachments_allowed=False)
    text = _flat(_text(_build(db, clinic_id, "functions", "da", tmp_path / "f.pdf", now=NOW).path))
    assert "modtager ikke vedhæftede filer" in text and "Vedhæft fil" not in text


def test_holiday_message_only_while_coming_or_current(db, clinic_id, tmp_path):
    text = _flat(_text(_build(db, clinic_id, "functions", "da", tmp_path / "h.pdf", now=NOW).path))
    assert "Vi holder juleferie – god jul!" in text and "Lægerne i Marstal" in text
    assert "13. december 2026" in text and "til og med 20. december 2026" in text
    later = NOW + timedelta(days=40)  # after the holiday
    text = _flat(_text(_build(db, clinic_id, "functions", "da", tmp_path / "h2.pdf", now=later).path))
    assert "juleferie" not in text


def _decode_qr(pdf, tmp_path, page=1) -> list[str]:
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), str(pdf), str(prefix)], check=True)
    png = next(tmp_path.glob(f"page{page}*.png"))
    res = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sbinary", str(png)], capture_output=True)
    return [line for line in res.stdout.decode("utf-8").splitlines() if line]


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="needs zbar-tools and poppler")
@pytest.mark.parametrize("which", guides.WHICH)
def test_qr_code_decodes_to_the_clinics_link(db, clinic_id, tmp_path, which):
    info = _build(db, clinic_id, which, "da", tmp_path / "g.pdf", now=NOW)
    assert _decode_qr(info.path, tmp_path) == [LINK]


def _text_runs(path):
    """Every text run with its page, position (user space) and rendered width."""
    runs = []
    for pno, text, cm, tm, base, font_size, page_w, page_h in _read(path)[1]:
        # effective matrix = tm × cm
        a = tm[0] * cm[0] + tm[1] * cm[2]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = FONT_BOLD if "Bold" in base else FONT
        width = pdfmetrics.stringWidth(text.rstrip(), font, font_size) * abs(a)
        runs.append((pno, x, y, width, text, page_w, page_h))
    return runs


def _assert_fits(path):
    runs = _text_runs(path)
    assert runs
    for pno, x, y, width, text, pw, ph in runs:
        where = f"page {pno}: {text!r} at ({x:.1f}, {y:.1f}) width {width:.1f}"
        assert MARGIN_X - 1 <= x, where
        assert x + width <= pw - MARGIN_X + 1.5, where
        assert 6 * 72 / 25.4 <= y <= ph - 8 * 72 / 25.4, where  # inside the printable area


@pytest.mark.parametrize("which", guides.WHICH)
@pytest.mark.parametrize("lang", guides.LANGS)
def test_every_page_fits_its_text(db, clinic_id, tmp_path, which, lang):
    _assert_fits(_build(db, clinic_id, which, lang, tmp_path / "g.pdf", now=NOW).path)


LONG_NAME = ("Lægeklinikken Ærøskøbing, Søby og Marstal – Fællespraksis for Almen Medicin ved Dr. Østergaard, "
             "Dr. Åkjær og Dr. Bødker-Frølund")


@pytest.mark.parametrize("which", guides.WHICH)
def test_long_clinic_name_with_aeoeaa_lays_out_well(db, clinic_id, tmp_path, which):
    long_link = "https://patientportal.example.dk/" + "klinik-med-et-meget-langt-navn-" * 3 + "ærøskøbing"
    _set(db, clinic_id, display_name=LONG_NAME, portal_link=long_link,
         address="Vestergade 117, 1. sal th., Ærøskøbing Lægehus, 5970 Ærøskøbing")
    info = _build(db, clinic_id, which, "da", tmp_path / "long.pdf", now=NOW)
    _assert_fits(info.path)
    text = _flat(_text(info.path))
    assert "Fællespraksis for Almen Medicin" in text  # the name is there, wrapped, not cut away in the body
    assert "ÆØÅ" not in text and "æ" in text and "ø" in text and "å" in text
    # the QR code still carries the whole link
    if shutil.which("zbarimg"):
        assert _decode_qr(info.path, tmp_path) == [long_link]


def test_pdf_metadata_and_embedded_font(db, clinic_id, tmp_path):
    for which, lang, lang_tag in (("login", "da", "da-DK"), ("functions", "en", "en-GB")):
        reader = PdfReader(str(_build(db, clinic_id, which, lang, tmp_path / f"{which}.pdf", now=NOW).path))
        meta = reader.metadata
        assert meta.author == "Lægehuset Ærø Søndergård"
        assert "Lægehuset Ærø Søndergård" in meta.title and guides.guide_title(which, lang) in meta.title
        assert meta.subject
        assert reader.trailer["/Root"]["/Lang"] == lang_tag
        fonts = set()
        for page in reader.pages:
            for f in page["/Resources"]["/Font"].values():
                f = f.get_object()
                fonts.add(str(f["/BaseFont"]))
                desc = f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
                assert "/FontFile2" in desc["/FontDescriptor"].get_object()  # embedded TrueType
        assert any("DejaVuSans" in f for f in fonts) and all("Helvetica" not in f for f in fonts)


def test_font_comes_from_the_packaged_resources():
    from clinicdesk.resources import resource_path

    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("fonts", "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in resource_path("fonts", "LICENSE").read_text()


def _staff(db, clinic_id, role=Role.RECEPTIONIST):
    with db.write_session() as s:
        u = auth.create_staff(s, "bo", "Bo Jensen", "Blå kaffekop 42", {clinic_id: role})
        return auth.Actor(u.id, "Bo Jensen", clinic_id, role)


def test_print_and_save_are_audited(db, clinic_id):
    actor = _staff(db, clinic_id)
    out1 = guides.record_guide_output(db, actor, "print", "login", "da")
    out2 = guides.record_guide_output(db, actor, "save", "functions", "en")
    assert (out1.action, out2.action) == (Action.PRINT, Action.SAVE_FILE)
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action.in_([Action.PRINT, Action.SAVE_FILE]))
                         .order_by(AuditEntry.id)).all()
        assert [(r.action, r.staff_id, r.clinic_id, r.detail) for r in rows] == [
            (Action.PRINT, actor.staff_id, clinic_id, "patient guide: login (da)"),
            (Action.SAVE_FILE, actor.staff_id, clinic_id, "patient guide: functions (en)"),
        ]
        assert verify_chain(s) == []


def test_printing_needs_the_permission(db, clinic_id, monkeypatch):
    actor = _staff(db, clinic_id)
    from clinicdesk.services import permissions

    # a role without PRINT_GUIDES (the matrix is the one place that says who may)
    monkeypatch.setitem(permissions.MATRIX, Role.RECEPTIONIST, frozenset())
    with pytest.raises(PermissionDenied):
        guides.record_guide_output(db, actor, "print", "login")
    with db.session() as s:
        actions = s.scalars(select(AuditEntry.action)).all()
    assert Action.PERMISSION_DENIED in actions and Action.PRINT not in actions


def test_unknown_clinic_is_a_clear_error(db, tmp_path):
    with pytest.raises(NotFound) as exc:
        guides.build_guide(db, 999, "login", "da", tmp_path / "x.pdf")
    assert "999" in str(exc.value)
    with pytest.raises(NotFound):
        guides.first_clinic_id(db)


def test_command_writes_the_guide_for_the_first_clinic_and_audits_it(db, clinic_id, tmp_path, capsys):
    url = db.display_url
    out = tmp_path / "login.pdf"
    assert cli_main(["guide", "login", "--db", url, "--out", str(out)]) == 0
    assert "Lægehuset Ærø Søndergård" in _text(out)
    assert "sider" in capsys.readouterr().out
    out2 = tmp_path / "functions.pdf"
    assert cli_main(["guide", "functions", "--db", url, "--clinic", str(clinic_id), "--lang", "en", "--out", str(out2)]) == 0
    assert "Renew a prescription" in _flat(_text(out2))
    assert cli_main(["guide", "login", "--db", url, "--clinic", "999", "--out", str(tmp_path / "x.pdf")]) == 2
    # the global --db (before the command) counts too
    assert cli_main(["--db", url, "guide", "login", "--lang", "en", "--out", str(tmp_path / "g.pdf")]) == 0
    assert "Getting onto the patient portal" in _flat(_text(tmp_path / "g.pdf"))
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == Action.SAVE_FILE).order_by(AuditEntry.id)).all()
        assert [(r.staff_id, r.clinic_id) for r in rows] == [(None, clinic_id)] * 3
        assert "functions (en)" in rows[1].detail


def test_guide_and_audit_on_both_databases(any_db, tmp_path):
    with any_db.write_session() as s:
        c = Clinic(name="Klinikken ved Søen", display_name="Klinikken ved Søen", portal_link="https://p.example.dk/soeen",
                   renewal_enabled=False)
        s.add(c)
        s.flush()
        cid = c.id
    assert guides.first_clinic_id(any_db) == cid
    text = _flat(_text(_build(any_db, cid, "functions", "da", tmp_path / "f.pdf", now=NOW).path))
    assert "Klinikken ved Søen" in text and "Forny en recept" not in text and "Bestil en tid" in text
    actor = _staff(any_db, cid)
    guides.record_guide_output(any_db, actor, "print", "functions")
    with any_db.session() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.staff_id == actor.staff_id)).all() == [Action.PRINT]
        assert verify_chain(s) == []
