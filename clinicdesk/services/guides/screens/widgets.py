"""The widgets inside a drawn portal screen: how tall each kind is and how it is drawn.

A widget is a tuple whose first item names its kind (``n`` is the callout number, or None):

    ("title", text[, n])                ("text", text)
    ("field", label, value, n)          ("select", label, value, n)
    ("check", label, checked, n)        ("button", label, n[, primary])
    ("link", label, n)                  ("textarea", label, text, counter, n)
    ("list", [(left, right, button)], n)("calendar", n)
    ("tiles", [(label, n)])             ("banner", text, n)
    ("portalbar", text, n)              ("gap", height)

``draw_widget`` draws one at the top edge ``y`` of its slot on the screen's canvas and
returns the callout to draw after it, as ``(y_mid, x_from, n)``, or None. Form controls
are drawn in ``forms``, the booking calendar in ``calendar``; the rest here.
"""

from __future__ import annotations

import math

from reportlab.lib import colors

from clinicdesk.services.guides.flowables import draw_badge
from clinicdesk.services.guides.screens.calendar import calendar
from clinicdesk.services.guides.screens.forms import Callout, button, check, field, link, textarea
from clinicdesk.services.guides.text import fit_text, text_width, wrap_lines
from clinicdesk.services.guides.theme import (
    ACCENT,
    BRAND,
    BRAND_LIGHT,
    FONT,
    FONT_BOLD,
    INK,
    LINE,
    MUTED,
    NOTE_BG,
    NOTE_LINE,
    PAPER,
)


def widget_height(w: tuple, inner_w: float) -> float:
    kind = w[0]
    if kind == "title":
        return 18
    if kind == "text":
        return 10.5 * len(wrap_lines(w[1], FONT, 7.5, inner_w)) + 3
    if kind in ("field", "select"):
        return 29
    if kind == "check":
        return 14
    if kind == "button":
        return 22
    if kind == "link":
        return 14
    if kind == "textarea":
        return 12 + 48 + 12
    if kind == "list":
        return 18 * len(w[1]) + 4
    if kind == "calendar":
        return 104
    if kind == "tiles":
        rows = math.ceil(len(w[1]) / 2)
        return rows * 36 + 2
    if kind == "banner":
        return 11 * len(wrap_lines(w[1], FONT, 7.5, inner_w - 16)) + 10
    if kind == "gap":
        return w[1]
    if kind == "portalbar":
        return 24
    raise ValueError(kind)


def draw_widget(c, w: tuple, x0: float, y: float, iw: float) -> Callout:
    """Draw ``w`` inside its own canvas state; the caller draws the returned callout."""
    c.saveState()
    callout = _DRAW[w[0]](c, w, x0, y, iw)
    c.restoreState()
    return callout


def _title(c, w, x0, y, iw) -> Callout:
    t, s = fit_text(w[1], FONT_BOLD, 10, iw, 6)
    c.setFont(FONT_BOLD, s)
    c.setFillColor(INK)
    c.drawString(x0, y - 12, t)
    if len(w) > 2 and w[2]:
        return y - 8.5, x0 + text_width(t, FONT_BOLD, s), w[2]
    return None


def _text(c, w, x0, y, iw) -> Callout:
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    for i, line in enumerate(wrap_lines(w[1], FONT, 7.5, iw)):
        c.drawString(x0, y - 8 - i * 10.5, line)
    return None


def _list(c, w, x0, y, iw) -> Callout:
    """Rows of (left text, right text, button); an "Aflys" button in the accent colour."""
    rows, n = w[1], w[2]
    for i, (left, right, button) in enumerate(rows):
        ry = y - i * 18
        c.setFillColor(PAPER if i % 2 == 0 else colors.white)
        c.setStrokeColor(LINE)
        c.rect(x0, ry - 17, iw, 17, stroke=1, fill=1)
        bw = 0
        if button:
            bw = text_width(button, FONT_BOLD, 6.5) + 10
            c.setStrokeColor(ACCENT if button == "Aflys" else BRAND)
            c.setFillColor(colors.white)
            c.roundRect(x0 + iw - bw - 4, ry - 14, bw, 11, 2, stroke=1, fill=1)
            c.setFillColor(ACCENT if button == "Aflys" else BRAND)
            c.setFont(FONT_BOLD, 6.5)
            c.drawCentredString(x0 + iw - 4 - bw / 2, ry - 11, button)
            bw += 8
        avail = iw - bw - 8
        rt, rs = fit_text(right, FONT, 6.5, avail * 0.45, 4.5) if right else ("", 6.5)
        lt, ls = fit_text(left, FONT, 7, avail - text_width(rt, FONT, rs) - 6, 4.5)
        c.setFillColor(INK)
        c.setFont(FONT, ls)
        c.drawString(x0 + 4, ry - 11, lt)
        c.setFillColor(MUTED)
        c.setFont(FONT, rs)
        c.drawRightString(x0 + iw - bw - 2, ry - 11, rt)
    return (y - 9, x0 + iw, n) if n else None


def _tiles(c, w, x0, y, iw) -> Callout:
    """The logged-in front page's function tiles, two per row, each with its own badge."""
    tiles = w[1]
    tw = (iw - 8) / 2
    for i, (label, n) in enumerate(tiles):
        col, row = i % 2, i // 2
        tx, ty = x0 + col * (tw + 8), y - row * 36
        c.setFillColor(BRAND_LIGHT)
        c.setStrokeColor(BRAND)
        c.setLineWidth(0.8)
        c.roundRect(tx, ty - 31, tw, 29, 4, stroke=1, fill=1)
        t, s = fit_text(label, FONT_BOLD, 7.5, tw - 20, 5)
        c.setFillColor(BRAND)
        c.setFont(FONT_BOLD, s)
        c.drawString(tx + 7, ty - 19.5, t)
        if n:
            draw_badge(c, tx + tw - 1, ty - 3, n, 5.5)
    return None


def _portalbar(c, w, x0, y, iw) -> Callout:
    c.setFillColor(BRAND)
    c.roundRect(x0, y - 20, iw, 18, 2, stroke=0, fill=1)
    t, s = fit_text(w[1], FONT_BOLD, 8.5, iw - 12, 5)
    c.setFont(FONT_BOLD, s)
    c.setFillColor(colors.white)
    c.drawString(x0 + 6, y - 13.5, t)
    return y - 11, x0 + 6 + text_width(t, FONT_BOLD, s), w[2]


def _banner(c, w, x0, y, iw) -> Callout:
    text, n = w[1], w[2]
    lines = wrap_lines(text, FONT, 7.5, iw - 16)
    bh = 11 * len(lines) + 5
    c.setFillColor(NOTE_BG)
    c.setStrokeColor(NOTE_LINE)
    c.roundRect(x0, y - bh - 2, iw, bh, 3, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont(FONT, 7.5)
    for i, line in enumerate(lines):
        c.drawString(x0 + 8, y - 11 - i * 11, line)
    return y - bh / 2 - 2, x0 + iw, n


def _gap(c, w, x0, y, iw) -> Callout:
    return None


_DRAW = {
    "title": _title,
    "text": _text,
    "field": field,
    "select": field,
    "check": check,
    "button": button,
    "link": link,
    "textarea": textarea,
    "list": _list,
    "calendar": calendar,
    "tiles": _tiles,
    "portalbar": _portalbar,
    "banner": _banner,
    "gap": _gap,
}
