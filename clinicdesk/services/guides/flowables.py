"""Small drawn pieces shared by the pages and the screens: the numbered callout badge,
the step badge in front of a numbered step, the tinted note box, and ``Para``: the guides'
paragraph, which breaks its lines once per width."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from clinicdesk.services.guides.theme import ACCENT, FONT_BOLD, NOTE_BG, NOTE_LINE


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width: a table lays a cell out several times
    (column widths, row heights, KeepTogether's fit, the draw) and a nested one more often still;
    each time reportlab broke the lines again (the guides' tables were half their build time)."""

    def wrap(self, availWidth, availHeight):
        done = self.__dict__.setdefault("_by_width", {})
        hit = done.get(availWidth)
        if hit is not None:
            self.width, self._wrapWidths, self.blPara, self.height = hit
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            done[availWidth] = (self.width, self._wrapWidths, self.blPara, self.height)
        return size


def draw_badge(c: Canvas, cx: float, cy: float, n: int, r: float = 6.5) -> None:
    c.saveState()
    c.setFillColor(ACCENT)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1)
    c.circle(cx, cy, r, stroke=1, fill=1)
    c.setFillColor(colors.white)
    size = r * 1.25 if n < 10 else r * 1.0
    c.setFont(FONT_BOLD, size)
    c.drawCentredString(cx, cy - size * 0.36, str(n))
    c.restoreState()


class StepBadge(Flowable):
    """The numbered circle in front of a step (same look as the callouts in the drawings)."""

    def __init__(self, n: int, r: float = 8):
        super().__init__()
        self.n, self.r = n, r

    def wrap(self, aw, ah):
        return 2 * self.r + 2, 2 * self.r + 2

    def draw(self):
        draw_badge(self.canv, self.r + 1, self.r + 1, self.n, self.r)


class NoteBox(Flowable):
    """A tinted box with a bold lead word ("Bemærk", "Godt at vide") and wrapped text."""

    def __init__(self, paragraphs: list[Paragraph], width: float | None = None, bg=NOTE_BG, line=NOTE_LINE):
        super().__init__()
        self.paras, self.bg, self.line = paragraphs, bg, line
        self.pad = 8

    def wrap(self, aw, ah):
        self.width = aw
        self._sizes = [p.wrap(aw - 2 * self.pad - 4, ah) for p in self.paras]
        self.height = sum(h for _, h in self._sizes) + 2 * self.pad + 3 * (len(self.paras) - 1)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.bg)
        c.setStrokeColor(self.bg)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=0, fill=1)
        c.setFillColor(self.line)
        c.rect(0, 0, 3.5, self.height, stroke=0, fill=1)
        c.restoreState()
        y = self.height - self.pad
        for p, (_, h) in zip(self.paras, self._sizes):
            y -= h
            p.drawOn(c, self.pad + 4, y)
            y -= 3
