"""The booking calendar in a drawn portal screen: a week of times, taken ones grey, free ones
with a green border, the chosen one in the accent colour."""

from __future__ import annotations

from reportlab.lib import colors

from clinicdesk.services.guides.screens.forms import Callout
from clinicdesk.services.guides.theme import ACCENT, FONT, FONT_BOLD, INK, MUTED, OK_GREEN


def calendar(c, w, x0, y, iw) -> Callout:
    """A week of bookable times: taken grey, free with a green border, the chosen one in the accent."""
    days = ("Man", "Tir", "Ons", "Tor", "Fre")
    times = ("08:00", "09:00", "10:00", "11:00", "13:00", "14:00")
    tcol = 22
    cw = (iw - tcol) / len(days)
    rh = 13.5
    c.setFont(FONT_BOLD, 6.5)
    c.setFillColor(INK)
    for i, d in enumerate(days):
        c.drawCentredString(x0 + tcol + cw * i + cw / 2, y - 8, d)
    taken = {(0, 0), (0, 1), (1, 2), (2, 0), (2, 3), (3, 1), (3, 4), (4, 0), (4, 2), (1, 5), (4, 5), (0, 4)}
    chosen = (2, 2)
    for r, t in enumerate(times):
        ry = y - 12 - r * (rh + 2)
        c.setFont(FONT, 6)
        c.setFillColor(MUTED)
        c.drawString(x0, ry - 9.5, t)
        for d in range(len(days)):
            bx = x0 + tcol + cw * d + 1.5
            if (d, r) == chosen:
                c.setFillColor(ACCENT)
                c.setStrokeColor(ACCENT)
            elif (d, r) in taken:
                c.setFillColor(colors.HexColor("#E4E7EA"))
                c.setStrokeColor(colors.HexColor("#E4E7EA"))
            else:
                c.setFillColor(colors.white)
                c.setStrokeColor(OK_GREEN)
            c.roundRect(bx, ry - rh, cw - 3, rh, 2, stroke=1, fill=1)
            if (d, r) not in taken:
                c.setFont(FONT, 5.5)
                c.setFillColor(colors.white if (d, r) == chosen else OK_GREEN)
                c.drawCentredString(bx + (cw - 3) / 2, ry - rh + 4.3, "Valgt" if (d, r) == chosen else "Ledig")
    return y - 60, x0 + iw, w[1]
