"""The one attachment check: type by magic at offset 0, no programs, no active PDFs, base names."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.pdfgen import canvas

from clinicdesk.services import attachments
from clinicdesk.services.attachments import AttachmentIn, AttachmentRefused, check_files

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
HEIC = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64


def _pdf() -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Blodprøvesvar")
    c.save()
    return out.getvalue()


def _pdf_with(action: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    if action == "embedded":
        writer.add_attachment("notat.txt", b"hej")
    else:
        act = {NameObject("/S"): NameObject(action)}
        if action == "/JavaScript":
            act[NameObject("/JS")] = TextStringObject("app.alert('hej')")
        else:
            act[NameObject("/F")] = TextStringObject("cmd.exe")
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject(act)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _check(name, data):
    return check_files([AttachmentIn(name, data)], max_count=3, max_mb=10)


@pytest.mark.parametrize("data, ctype", [(PNG, "image/png"), (JPEG, "image/jpeg"), (HEIC, "image/heic"),
                                         (_pdf(), "application/pdf")])
def test_images_and_plain_pdfs_pass(data, ctype):
    [checked] = _check("fil", data)
    assert checked.content_type == ctype and checked.data == data


def test_a_program_with_pdf_at_byte_64_is_not_a_pdf():
    """The finding: the old check searched the first kilobyte for %PDF-."""
    exe = b"MZ" + b"\x90" * 62 + b"%PDF-1.4\n" + b"\x00" * 200
    assert attachments.sniff_content_type(exe) is None
    with pytest.raises(AttachmentRefused) as exc:
        _check("scanning.pdf", exe)
    assert exc.value.code == "attachment_type"


@pytest.mark.parametrize("program", [
    b"This program cannot be run in DOS mode",
    b"\x7fELF\x02\x01\x01",
    b"\xcf\xfa\xed\xfe\x07\x00\x00\x01",
])
def test_a_pdf_or_image_that_hides_a_program_is_refused(program):
    for head in (b"%PDF-1.4\n%" + b"x" * 100, PNG):
        with pytest.raises(AttachmentRefused) as exc:
            _check("brev.pdf", head + program + b"\x00" * 100)
        assert exc.value.code == "attachment_program"
        assert "indeholder et program" in str(exc.value)


@pytest.mark.parametrize("action", ["/JavaScript", "/Launch", "embedded"])
def test_a_pdf_with_active_content_is_refused(action):
    with pytest.raises(AttachmentRefused) as exc:
        _check("brev.pdf", _pdf_with(action))
    assert exc.value.code == "attachment_active_pdf"
    assert "aktivt indhold" in str(exc.value)


def test_hidden_javascript_in_an_unreadable_pdf_is_found_by_its_name():
    data = b"%PDF-1.4\n1 0 obj<< /OpenAction << /S /J#61vaScript /JS (x) >> >>endobj\n"
    with pytest.raises(AttachmentRefused) as exc:
        _check("brev.pdf", data)
    assert exc.value.code == "attachment_active_pdf"


def test_names_lose_their_folders_for_everyone():
    [checked] = _check("../../../../etc/cron.d/evil.pdf", _pdf())
    assert checked.filename == "evil.pdf"
    [checked] = _check("C:\\Users\\x\\Desktop\\scan.jpg", JPEG)
    assert checked.filename == "scan.jpg"
    [checked] = _check("billede.pdf", PNG)  # the extension follows the content
    assert checked.filename == "billede.png"


def test_limits():
    with pytest.raises(AttachmentRefused) as exc:
        check_files([("a.png", PNG)] * 4, max_count=3, max_mb=10)
    assert exc.value.code == "too_many_attachments"
    with pytest.raises(AttachmentRefused) as exc:
        check_files([("a.png", PNG + b"\x00" * (1024 * 1024))], max_count=3, max_mb=1)
    assert exc.value.code == "attachment_too_large"


def test_direction_controls_are_taken_out_of_file_names():
    [checked] = _check("faktura\u202egpj.pdf", _pdf())
    assert checked.filename == "fakturagpj.pdf"
