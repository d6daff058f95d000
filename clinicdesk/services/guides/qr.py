"""The clinic's portal link as a QR code, drawn module by module (reportlab's own encoder)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.platypus import Flowable

BORDER = 3  # white quiet zone, in modules


@lru_cache(maxsize=32)
def dark_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """``(modules per side, ((row, first column, length), ...))``: the dark runs of each row.

    Encoding (choosing the mask pattern) is the costly part of a QR code and depends only on
    the link, so it is done once per link."""
    qr = QrCodeWidget(value, barLevel="M").qr
    qr.make()
    runs = []
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            count = len(list(run))
            if dark:
                runs.append((r, col, count))
            col += count
    return qr.getModuleCount(), tuple(runs)


class QrCode(Flowable):
    """The clinic's portal link as a QR code (reportlab's own encoder)."""

    def __init__(self, value: str, size: float):
        super().__init__()
        self.value, self.size = value, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        # modules straight onto the canvas (a graphics Drawing would pull in Helvetica as a font)
        n, runs = dark_runs(self.value)
        box = self.size / (n + 2 * BORDER)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for r, col, count in runs:
            c.rect((col + BORDER) * box, self.size - (r + BORDER + 1) * box, count * box, box, stroke=0, fill=1)
        c.restoreState()
