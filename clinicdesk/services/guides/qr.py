"""The clinic's portal link as a QR code, drawn module by module (reportlab's own encoder)."""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.platypus import Flowable


class QrCode(Flowable):
    """The clinic's portal link as a QR code (reportlab's own encoder)."""

    def __init__(self, value: str, size: float):
        super().__init__()
        self.value, self.size = value, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        # modules straight onto the canvas (a graphics Drawing would pull in Helvetica as a font)
        w = QrCodeWidget(self.value, barLevel="M")
        qr = w.qr
        qr.make()
        n = qr.getModuleCount()
        border = 3  # white quiet zone, in modules
        box = self.size / (n + 2 * border)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for r, row in enumerate(qr.modules):
            col = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                count = len(list(run))
                if dark:
                    c.rect((col + border) * box, self.size - (r + border + 1) * box, count * box, box, stroke=0, fill=1)
                col += count
        c.restoreState()
