"""Small text helpers for the guides: measuring, shrinking and wrapping drawn text, long dates,
and escaping for reportlab Paragraphs (``e``, ``nb``, ``ui``)."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from clinicdesk.domain.wording import MONTHS_DA


@lru_cache(maxsize=4096)
def text_width(text: str, font: str, size: float) -> float:
    """The drawn width of ``text`` (remembered: headers and labels are measured again and
    again while fitting, and in every guide)."""
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(text: str, font: str, size: float, max_w: float, min_size: float = 6.0) -> tuple[str, float]:
    """Shrink ``text`` down to ``min_size`` to fit ``max_w``; then cut it with an ellipsis."""
    s = size
    while s > min_size and text_width(text, font, s) > max_w:
        s -= 0.25
    if text_width(text, font, s) <= max_w:
        return text, s
    cut = text
    while cut and text_width(cut + "…", font, s) > max_w:
        cut = cut[:-1]
    return cut.rstrip() + "…", s


def wrap_lines(text: str, font: str, size: float, max_w: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is broken."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if text_width(trial, font, size) <= max_w:
            cur = trial
            continue
        if cur:
            lines.append(cur)
        while text_width(word, font, size) > max_w:
            i = len(word)
            while i > 1 and text_width(word[:i], font, size) > max_w:
                i -= 1
            lines.append(word[:i])
            word = word[i:]
        cur = word
    if cur:
        lines.append(cur)
    return lines or [""]


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def long_date(d, lang: str) -> str:
    if lang == "da":
        return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def e(text: str) -> str:
    """Escape data (names, links, messages) for a Paragraph."""
    return escape(text or "")


def nb(text: str) -> str:
    """Escape and keep together (phone numbers must not break across lines)."""
    return escape(text or "").replace(" ", "\u00a0")


def ui(label: str) -> str:
    """A portal label as the patient sees it on screen (Danish in both languages)."""
    return f"<b>{escape(label)}</b>"

