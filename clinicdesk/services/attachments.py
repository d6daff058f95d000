"""Attachments: the one check of what a file is and whether it may be attached.

Patients (portal intake) and staff (answers, new threads) attach images (JPEG,
PNG, HEIC) and PDF files. The type is judged from the magic bytes at offset 0,
never the name; a file that carries a program (Windows PE, ELF, Mach-O
signatures in its first kilobytes) is refused whatever it starts with, and so is
a PDF with active content (JavaScript, launch actions, embedded files: checked
with pypdf). The stored name is a base name whose extension follows the content.
A refusal is an :class:`AttachmentRefused` with a stable code
("attachment_type", "attachment_program", "attachment_active_pdf",
"too_many_attachments", "attachment_too_large") and the details a caller needs to
word it for its reader (the portal words it for the patient). The count and size
limits are the clinic's settings: ``clinic_limits`` reads them from the clinic row,
``check_clinic_files`` checks with them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say

#: content type → the extension of the stored name
ALLOWED_TYPES: dict[str, str] = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/heic": ".heic",
    "application/pdf": ".pdf",
}
#: what a file dialog offers
FILE_PATTERNS = "*.pdf *.png *.jpg *.jpeg *.heic"

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"heif"}


@dataclass(frozen=True)
class AttachmentIn:
    """A file someone attaches: its name as given and its bytes."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class CheckedAttachment:
    filename: str
    content_type: str
    size: int
    sha256: str
    data: bytes


class AttachmentRefused(ValidationError):
    """A file that may not be attached; ``code`` says which rule, ``details`` the figures."""


def sniff_content_type(data: bytes) -> str | None:
    """The type of a file judged by its first bytes (JPEG, PNG, HEIC or PDF); else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


#: Signatures of programs: Windows PE (DOS stub text, PE header for x86/x64/ARM64),
#: ELF, Mach-O (32/64 bit, both byte orders, fat binaries).
_PROGRAM_SIGNATURES = (
    b"This program cannot be run in DOS mode",
    b"PE\x00\x00\x4c\x01", b"PE\x00\x00\x64\x86", b"PE\x00\x00\x64\xaa",
    b"\x7fELF",
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
)
PROGRAM_SCAN_BYTES = 8192


def carries_program(data: bytes) -> bool:
    """Does the file start as, or hide, an executable program in its first kilobytes?"""
    head = data[:PROGRAM_SCAN_BYTES]
    return head.startswith(b"MZ") or any(sig in head for sig in _PROGRAM_SIGNATURES)


_ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"}
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute"}
_MAX_PDF_OBJECTS = 50_000


def pdf_active_content(data: bytes) -> str | None:
    """What active content a PDF carries ("/JavaScript", "/Launch", "/EmbeddedFiles" …),
    "unreadable" when it cannot be read at all, or None for a plain document."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is judged here, not logged
    if b"%%EOF" not in data[-4096:]:  # not a complete PDF: pypdf would hunt through every byte for its end
        return _raw_active_content(data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        todo = [reader.trailer]
        seen: set[tuple[int, int]] = set()
        visited = 0
        while todo:
            obj = todo.pop()
            if isinstance(obj, IndirectObject):
                key = (obj.idnum, obj.generation)
                if key in seen:
                    continue
                seen.add(key)
                obj = obj.get_object()
            visited += 1
            if visited > _MAX_PDF_OBJECTS:
                return "unreadable"
            if isinstance(obj, DictionaryObject):
                for k in obj.keys():
                    if k in _ACTIVE_KEYS:
                        return str(k)
                if obj.get("/S") in _ACTIVE_ACTIONS:
                    return str(obj.get("/S"))
                todo.extend(v for k, v in obj.items() if k != "/Parent")
            elif isinstance(obj, ArrayObject):
                todo.extend(obj)
    except Exception:  # noqa: BLE001 - pypdf could not read it: judge the raw bytes
        return _raw_active_content(data)
    return None


_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_RAW_ACTIVE = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|ImportData|SubmitForm)(?![A-Za-z])")


def _raw_active_content(data: bytes) -> str | None:
    """For a PDF pypdf cannot read: active names in the raw bytes (with #xx escapes
    undone), or compressed object streams that could hide them, mean "refuse"."""
    raw = _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)
    m = _RAW_ACTIVE.search(raw)
    if m:
        return m.group(0).decode("ascii")
    if b"/ObjStm" in raw:  # compressed objects we could not open may hide anything
        return "unreadable"
    return None


def base_name(name: str) -> str:
    """The name without any folder (of either kind), control or bidi characters
    (``faktura\u202egpj.pdf`` would otherwise show as "fakturafdp.jpg")."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", "", base).strip()


def stored_name(name: str, index: int, content_type: str) -> str:
    """The name a file is stored under: base name, extension from the content."""
    base = base_name(name).strip(".")
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return (stem[:200] or f"bilag-{index}") + ALLOWED_TYPES[content_type]


def check_files(files, *, max_count: int, max_mb: int) -> list[CheckedAttachment]:
    """Check files against the limits and the allowed types; all or nothing.

    ``files`` holds :class:`AttachmentIn` or ``(name, bytes)`` pairs (anything with
    ``filename`` and ``data``)."""
    items = [f if hasattr(f, "data") else AttachmentIn(*f) for f in (files or ())]
    if len(items) > max_count:
        raise AttachmentRefused(
            say("Der kan højst vedhæftes {n} filer (klinikkens grænse). Fjern nogle, og prøv igen.").format(n=max_count),
            code="too_many_attachments", count=len(items), limit=max_count,
        )
    max_bytes = max_mb * 1024 * 1024
    checked: list[CheckedAttachment] = []
    for i, f in enumerate(items, start=1):
        data = bytes(f.data or b"")
        shown = base_name(f.filename) or say("fil {n}").format(n=i)
        if len(data) > max_bytes:
            raise AttachmentRefused(
                say("Filen {name} er større end {max_mb} MB, som er klinikkens grænse for én fil. Gør den mindre, "
                    "og prøv igen.").format(name=shown, max_mb=max_mb),
                code="attachment_too_large", index=i, name=shown, size=len(data), limit_mb=max_mb,
            )
        ctype = sniff_content_type(data)
        if ctype is None:
            raise AttachmentRefused(
                say("Filen {name} er hverken et billede eller en PDF. Vedhæft billeder eller PDF-filer.").format(
                    name=shown),
                code="attachment_type", index=i, name=shown,
            )
        if carries_program(data):
            raise AttachmentRefused(
                say("Filen {name} indeholder et program og kan ikke vedhæftes. Vedhæft billeder eller PDF-filer.").format(
                    name=shown),
                code="attachment_program", index=i, name=shown,
            )
        if ctype == "application/pdf" and (active := pdf_active_content(data)) is not None:
            raise AttachmentRefused(
                say("PDF-filen {name} indeholder aktivt indhold (fx JavaScript eller indlejrede filer) eller kan "
                    "ikke læses, så den kan ikke vedhæftes. Gem den som en almindelig PDF (Udskriv til PDF) og prøv "
                    "igen.").format(name=shown),
                code="attachment_active_pdf", index=i, name=shown, found=active,
            )
        checked.append(CheckedAttachment(
            filename=stored_name(f.filename, i, ctype), content_type=ctype, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), data=data,
        ))
    return checked


def clinic_limits(clinic, *, from_patient: bool) -> tuple[int, int]:
    """(files, MB a file) the clinic allows: in a patient's e-consultation or in the clinic's own answer.

    The limits are the clinic's settings (``clinic.max_patient_attachments``,
    ``max_clinic_attachments``, ``max_attachment_mb``; declared in ``domain.settings``,
    edited in the settings dialog's "Vedhæftede filer" tab)."""
    count = clinic.max_patient_attachments if from_patient else clinic.max_clinic_attachments
    return count, clinic.max_attachment_mb


def check_clinic_files(clinic, files, *, from_patient: bool) -> list[CheckedAttachment]:
    """``check_files`` with the clinic's own limits (see ``clinic_limits``)."""
    count, mb = clinic_limits(clinic, from_patient=from_patient)
    return check_files(files, max_count=count, max_mb=mb)
