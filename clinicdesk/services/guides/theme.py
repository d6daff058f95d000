"""The guides' look: embedded fonts, the colour palette, the A4 page geometry and paragraph styles.

Fonts: DejaVu Sans shipped in ``resources/fonts`` (embedded, covers æ ø å),
registered with reportlab once per process as ``FONT`` / ``FONT_BOLD``.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache

from reportlab import rl_config

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clinicdesk.resources import resource_path

# reportlab keeps module-level state (registered fonts, subsetting caches): one build at a
# time, a guide (``render``) or a drawn screen on its own page (``screens.standalone``)
RENDER_LOCK = threading.Lock()


@contextmanager
def one_build():
    """Hold ``RENDER_LOCK`` for one PDF, its page streams compressed only (no ASCII85 text
    encoding on top): the same pages, a smaller file, and no pure-Python encoding pass over
    every stream (reportlab's default is a process-wide setting, so it is switched for this
    build and back)."""
    with RENDER_LOCK:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before

FONT = "GuideSans"
FONT_BOLD = "GuideSans-Bold"

# Palette: a calm clinic blue, a warm accent for the numbered callouts.
INK = colors.HexColor("#1E2A33")
MUTED = colors.HexColor("#5B6770")
BRAND = colors.HexColor("#1F5F8B")
BRAND_LIGHT = colors.HexColor("#E8F1F8")
ACCENT = colors.HexColor("#D9631E")
LINE = colors.HexColor("#B8C4CC")
PAPER = colors.HexColor("#F6F8FA")
NOTE_BG = colors.HexColor("#FFF6E0")
NOTE_LINE = colors.HexColor("#E8B94A")
OK_GREEN = colors.HexColor("#2E8B57")

PAGE_W, PAGE_H = A4
MARGIN_X = 17 * mm
MARGIN_TOP = 31 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_TOP = PAGE_H - 10 * mm
FOOTER_Y = 10 * mm


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    regular = resource_path("fonts", "DejaVuSans.ttf")
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # rightIndent: reportlab's line breaker can let a line run a hyphen's width past the wrap
    # width (seen with "e-mailed"); a few points of slack keep every line inside the column.
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_LEFT,
                          rightIndent=5, bulletFontName=FONT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=21, leading=25, textColor=BRAND,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, textColor=BRAND,
                             spaceBefore=10, spaceAfter=5),
        "step": ParagraphStyle("step", parent=base, fontSize=10.5, leading=14),
        "note": ParagraphStyle("note", parent=base, fontSize=10, leading=13.5),
        "link": ParagraphStyle("link", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=BRAND,
                               splitLongWords=1),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2),
    }
