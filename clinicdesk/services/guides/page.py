"""Page furniture of a guide: the header (the clinic's name, address and phone; the guide's
title), the footer (print date, portal link) and "Side x af y", which needs the page total
and is therefore drawn by ``GuideCanvas`` when the document is saved."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clinicdesk.services.guides.data import ClinicGuideData
from clinicdesk.services.guides.text import fit_text, text_width, wrap_lines
from clinicdesk.services.guides.theme import (
    BRAND,
    FONT,
    FONT_BOLD,
    FOOTER_Y,
    HEADER_TOP,
    LINE,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
)


class GuideCanvas(Canvas):
    """Defers pages so the footer can say "Side x af y" (total known at the end)."""

    page_label = "Side {n} af {total}"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, self.page_label.format(n=self._pageNumber, total=total))
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def _header_lines(name: str, max_w: float) -> tuple[list[str], float]:
    """The clinic's name in the header: shrink first, then wrap to two lines, then shrink more."""
    for size in (13, 12, 11, 10):
        if text_width(name, FONT_BOLD, size) <= max_w:
            return [name], size
    for size in (11, 10, 9, 8.5, 8):
        lines = wrap_lines(name, FONT_BOLD, size, max_w)
        if len(lines) <= 2:
            return lines, size
    lines = wrap_lines(name, FONT_BOLD, 8, max_w)
    first = lines[0]
    rest = " ".join(lines[1:])
    return [first, fit_text(rest, FONT_BOLD, 8, max_w, 8)[0]], 8


def make_page_decorator(data: ClinicGuideData, guide_title: str, generated: str, link_label: str):
    def on_page(c: Canvas, doc) -> None:
        c.saveState()
        right_w = max(text_width(guide_title, FONT, 8.5), 60)
        right_w = min(right_w, 150)
        name_w = PAGE_W - 2 * MARGIN_X - right_w - 14
        lines, size = _header_lines(data.name, name_w)
        y = HEADER_TOP - size
        c.setFillColor(BRAND)
        c.setFont(FONT_BOLD, size)
        for line in lines:
            c.drawString(MARGIN_X, y, line)
            y -= size * 1.15
        contact = " · ".join(x for x in (data.address, f"Tlf. {data.phone}" if data.phone else "") if x)
        if contact:
            t, s = fit_text(contact, FONT, 8.5, name_w, 6)
            c.setFont(FONT, s)
            c.setFillColor(MUTED)
            c.drawString(MARGIN_X, y - 1.5, t)
        gt, gs = fit_text(guide_title, FONT, 8.5, right_w, 6)
        c.setFont(FONT, gs)
        c.setFillColor(MUTED)
        c.drawRightString(PAGE_W - MARGIN_X, HEADER_TOP - 11, gt)
        line_y = PAGE_H - MARGIN_TOP + 6 * mm
        c.setStrokeColor(BRAND)
        c.setLineWidth(1.6)
        c.line(MARGIN_X, line_y, PAGE_W - MARGIN_X, line_y)
        # footer (the page number is added by GuideCanvas once the total is known)
        c.setStrokeColor(LINE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, FOOTER_Y + 10, PAGE_W - MARGIN_X, FOOTER_Y + 10)
        c.setFont(FONT, 8)
        c.setFillColor(MUTED)
        c.drawString(MARGIN_X, FOOTER_Y, generated)
        left_w = text_width(generated, FONT, 8) + 12
        avail = PAGE_W - 2 * MARGIN_X - left_w - 70
        lt, ls = fit_text(f"{link_label} {data.portal_link}", FONT, 8, avail, 5.5)
        c.setFont(FONT, ls)
        c.drawCentredString(MARGIN_X + left_w + avail / 2, FOOTER_Y, lt)
        c.restoreState()

    return on_page
