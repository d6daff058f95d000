"""A drawn portal screen on a page of its own: ``screen_pdf`` draws a ``Screen`` (the same
flowable the guides place beside their steps) onto a one-page PDF in memory, the page cut
to the window and its shadow (the callout lane is left off). A view turns the page into a
picture (the settings dialog's preview renders it with QtPdf)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from clinicdesk.services.guides.screens.window import Screen
from clinicdesk.services.guides.theme import FONT, one_build, register_fonts

_EDGE = 1.0  # room for the window's outline
_SHADOW = 2.0  # the window's shadow, right and below (see ``Screen.draw``)


@dataclass(frozen=True)
class ScreenPdf:
    data: bytes  # a one-page PDF
    width: float  # the page in points
    height: float


def screen_pdf(make_screen: Callable[[], Screen]) -> ScreenPdf:
    """The screen ``make_screen()`` builds, alone on a page its own size (built inside the one
    build at a time: a screen measures its text with reportlab as it is made)."""
    register_fonts()
    out = io.BytesIO()
    with one_build():
        screen = make_screen()
        width = screen.win_w + _SHADOW + 2 * _EDGE
        height = screen.height + _SHADOW + 2 * _EDGE
        c = Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=FONT, initialFontSize=10)
        c.setTitle("Patientportalens forside")
        c.setCreator("clinicdesk")
        screen.drawOn(c, _EDGE, _EDGE + _SHADOW)
        c.showPage()
        c.save()
    return ScreenPdf(out.getvalue(), width, height)
