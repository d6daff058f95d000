"""Form controls in a drawn portal screen: input box and drop-down, check box, button, link,
text area. Each draws at the top edge ``y`` of its slot and returns its callout
``(y_mid, x_from, n)`` for the screen to draw (see ``widgets``)."""

from __future__ import annotations

from reportlab.lib import colors

from clinicdesk.services.guides.text import fit_text, text_width, wrap_lines
from clinicdesk.services.guides.theme import BRAND, FONT, FONT_BOLD, INK, LINE, MUTED, OK_GREEN

Callout = tuple[float, float, int | None] | None  # (y_mid, x_from, n) of the leader and badge


def field(c, w, x0, y, iw) -> Callout:
    """A labelled input box ("field") or drop-down ("select")."""
    kind, label, value, n = w
    c.setFont(FONT, 7)
    c.setFillColor(INK)
    c.drawString(x0, y - 8, fit_text(label, FONT, 7, iw, 5)[0])
    bw = iw * 0.78
    c.setStrokeColor(LINE)
    c.setFillColor(colors.white)
    c.roundRect(x0, y - 25, bw, 14, 2.5, stroke=1, fill=1)
    if value:
        c.setFillColor(MUTED)
        v, s = fit_text(value, FONT, 7, bw - (18 if kind == "select" else 8), 5)
        c.setFont(FONT, s)
        c.drawString(x0 + 4, y - 20.5, v)
    if kind == "select":
        c.setFillColor(MUTED)
        ax, ay = x0 + bw - 9, y - 16
        p = c.beginPath()
        p.moveTo(ax - 3, ay)
        p.lineTo(ax + 3, ay)
        p.lineTo(ax, ay - 4)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    return y - 18, x0 + bw, n


def check(c, w, x0, y, iw) -> Callout:
    _, label, checked, n = w
    c.setStrokeColor(MUTED)
    c.setFillColor(colors.white)
    c.rect(x0, y - 10, 8, 8, stroke=1, fill=1)
    if checked:
        c.setStrokeColor(OK_GREEN)
        c.setLineWidth(1.4)
        c.line(x0 + 1.5, y - 6, x0 + 3.5, y - 8.5)
        c.line(x0 + 3.5, y - 8.5, x0 + 7, y - 3)
    t, s = fit_text(label, FONT, 7, iw - 14, 5)
    c.setFont(FONT, s)
    c.setFillColor(INK)
    c.drawString(x0 + 12, y - 8.5, t)
    end = x0 + 12 + text_width(t, FONT, s)
    return y - 6, end, n


def button(c, w, x0, y, iw) -> Callout:
    label, n = w[1], w[2]
    primary = w[3] if len(w) > 3 else True
    t, s = fit_text(label, FONT_BOLD, 8, iw - 16, 5)
    bw = text_width(t, FONT_BOLD, s) + 20
    c.setFillColor(BRAND if primary else colors.white)
    c.setStrokeColor(BRAND)
    c.roundRect(x0, y - 18, bw, 15, 3, stroke=1, fill=1)
    c.setFillColor(colors.white if primary else BRAND)
    c.setFont(FONT_BOLD, s)
    c.drawCentredString(x0 + bw / 2, y - 13.2, t)
    return y - 10.5, x0 + bw, n


def link(c, w, x0, y, iw) -> Callout:
    t, s = fit_text(w[1], FONT, 7.5, iw, 5)
    c.setFont(FONT, s)
    c.setFillColor(BRAND)
    c.drawString(x0, y - 9, t)
    tw = text_width(t, FONT, s)
    c.setStrokeColor(BRAND)
    c.setLineWidth(0.5)
    c.line(x0, y - 10.5, x0 + tw, y - 10.5)
    return y - 6.5, x0 + tw, w[2]


def textarea(c, w, x0, y, iw) -> Callout:
    _, label, text, counter, n = w
    c.setFont(FONT, 7)
    c.setFillColor(INK)
    c.drawString(x0, y - 8, fit_text(label, FONT, 7, iw, 5)[0])
    c.setStrokeColor(LINE)
    c.setFillColor(colors.white)
    c.roundRect(x0, y - 60, iw, 48, 2.5, stroke=1, fill=1)
    c.setFillColor(MUTED)
    c.setFont(FONT, 7)
    for i, line in enumerate(wrap_lines(text, FONT, 7, iw - 8)[:4]):
        c.drawString(x0 + 4, y - 21 - i * 9.5, line)
    c.setFont(FONT, 6.5)
    c.drawRightString(x0 + iw, y - 68, counter)
    return y - 36, x0 + iw, n
