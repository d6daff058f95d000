"""A drawn portal screen: a schematic browser window (address bar, the clinic's header with
"Hjælp") holding widgets, with numbered callouts in a lane on its right that match the
numbered steps beside it. The widgets themselves are drawn by ``screens.widgets``."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from clinicdesk.services.guides.flowables import draw_badge
from clinicdesk.services.guides.screens.widgets import draw_widget, widget_height
from clinicdesk.services.guides.text import fit_text, text_width
from clinicdesk.services.guides.theme import ACCENT, BRAND, FONT, FONT_BOLD, LINE, MUTED


class Screen(Flowable):
    """A schematic browser window of the portal with numbered callouts on the right."""

    LANE = 20  # room for callout circles right of the window
    PAD = 9

    def __init__(self, width: float, address: str, header: str, widgets: list[tuple], *, header_callout: int | None = None,
                 header_color=BRAND, show_help: bool = True):
        super().__init__()
        self.width = width
        self.address = address
        self.header = header
        self.widgets = widgets
        self.header_callout = header_callout
        self.header_color = header_color
        self.show_help = show_help
        self.win_w = width - self.LANE
        self.inner_w = self.win_w - 2 * self.PAD
        self.height = self._total_height()

    # -- geometry
    def _wh(self, w: tuple) -> float:
        return widget_height(w, self.inner_w)

    def _total_height(self) -> float:
        return 16 + 20 + self.PAD + sum(self._wh(w) for w in self.widgets) + self.PAD

    def wrap(self, aw, ah):
        return self.width, self.height

    # -- drawing
    def _callout(self, y_mid: float, x_from: float, n: int | None) -> None:
        if not n:
            return
        c = self.canv
        cx = self.win_w + self.LANE / 2 + 1
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.9)
        c.setDash(1.5, 1.5)
        c.line(x_from + 2, y_mid, cx - 6.5, y_mid)
        c.restoreState()
        draw_badge(c, cx, y_mid, n)

    def draw(self):
        c = self.canv
        H, W = self.height, self.win_w
        c.saveState()
        # window + shadow
        c.setFillColor(colors.HexColor("#DDE3E8"))
        c.roundRect(2, -2, W, H, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, W, H, 6, stroke=1, fill=1)
        # browser bar
        c.setFillColor(colors.HexColor("#EEF1F4"))
        p = c.beginPath()
        p.moveTo(0, H - 16)
        p.lineTo(0, H - 6)
        p.arcTo(0, H - 12, 12, H, startAng=180, extent=-90)
        p.lineTo(W - 6, H)
        p.arcTo(W - 12, H - 12, W, H, startAng=90, extent=-90)
        p.lineTo(W, H - 16)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        for i, col in enumerate(("#E5675E", "#E9B949", "#5DBB63")):
            c.setFillColor(colors.HexColor(col))
            c.circle(9 + i * 8, H - 8, 2.4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setStrokeColor(LINE)
        c.roundRect(36, H - 13, W - 42, 10, 5, stroke=1, fill=1)
        addr, s = fit_text(self.address, FONT, 6.5, W - 54, 4.5)
        c.setFillColor(MUTED)
        c.setFont(FONT, s)
        c.drawString(42, H - 10.2, addr)
        # portal header: the clinic's name top left (how patients know they are at the right clinic)
        top = H - 16
        c.setFillColor(self.header_color)
        c.rect(0, top - 20, W, 20, stroke=0, fill=1)
        help_w = 0
        if self.show_help:
            c.setFont(FONT, 7)
            help_w = text_width("Hjælp", FONT, 7) + 14
            c.setFillColor(colors.white)
            c.drawRightString(W - 8, top - 13, "Hjælp")
        name, s = fit_text(self.header, FONT_BOLD, 9, W - 16 - help_w, 5.5)
        c.setFont(FONT_BOLD, s)
        c.setFillColor(colors.white)
        c.drawString(8, top - 13.5, name)
        c.restoreState()
        if self.header_callout:
            # with "Hjælp" on the right the leader starts at the window's edge, not across the word
            start = W - 1 if self.show_help else 8 + text_width(name, FONT_BOLD, s)
            self._callout(top - 10, start, self.header_callout)
        y = top - 20 - self.PAD
        for w in self.widgets:
            callout = draw_widget(c, w, self.PAD, y, self.inner_w)
            if callout is not None:
                self._callout(*callout)
            y -= self._wh(w)
