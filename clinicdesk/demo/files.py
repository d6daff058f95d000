"""Sample attachments for the demo: a real (tiny) PNG image and a real one-page PDF,
built in memory so the demo needs no files on disk. Their content type is judged by
services/attachments.sniff_content_type, like any uploaded file."""

from __future__ import annotations

import struct
import zlib


def tiny_png(rgb: tuple[int, int, int] = (200, 80, 80), size: int = 16) -> bytes:
    """A real, valid PNG (a small coloured square with a darker spot)."""
    w = h = size
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            dark = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (w / 5) ** 2
            r, g, b = rgb
            row += bytes((r // 2, g // 2, b // 2) if dark else (r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def tiny_pdf(lines: list[str]) -> bytes:
    """A real, valid one-page PDF with a few lines of text (Latin-1, WinAnsi)."""
    content = ["BT", "/F1 12 Tf", "50 780 Td", "16 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({safe}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
