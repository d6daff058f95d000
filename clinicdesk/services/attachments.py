"""Attachments: the one check of what a file is and whether it may be attached.

Patients (portal intake) and staff (answers, new threads) attach images (JPEG,
PNG, HEIC) and PDF files. The type is judged from the bytes, never the name; the
stored name is a base name whose extension follows the content. A refusal is an
:class:`AttachmentRefused` with a stable code ("attachment_type",
"too_many_attachments", "attachment_too_large") and the details a caller needs to
word it for its reader (the portal words it for the patient).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from clinicdesk.domain.errors import ValidationError

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


def base_name(name: str) -> str:
    """The name without any folder (of either kind) and without control characters."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    return re.sub(r"[\x00-\x1f\x7f]", "", base).strip()


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
            f"Der kan højst vedhæftes {max_count} filer. Fjern nogle og prøv igen.",
            code="too_many_attachments", count=len(items), limit=max_count,
        )
    max_bytes = max_mb * 1024 * 1024
    checked: list[CheckedAttachment] = []
    for i, f in enumerate(items, start=1):
        data = bytes(f.data or b"")
        shown = base_name(f.filename) or f"fil {i}"
        if len(data) > max_bytes:
            raise AttachmentRefused(
                f"Filen {shown} er større end {max_mb} MB. Gør den mindre og prøv igen.",
                code="attachment_too_large", index=i, name=shown, size=len(data), limit_mb=max_mb,
            )
        ctype = sniff_content_type(data)
        if ctype is None:
            raise AttachmentRefused(
                f"Filen {shown} er hverken et billede eller en PDF. Vedhæft billeder eller PDF-filer.",
                code="attachment_type", index=i, name=shown,
            )
        checked.append(CheckedAttachment(
            filename=stored_name(f.filename, i, ctype), content_type=ctype, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), data=data,
        ))
    return checked
