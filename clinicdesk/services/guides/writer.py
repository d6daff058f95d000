"""The building blocks both guides are written with: ``Writer`` collects the story for one
clinic in one language (``t(da, en)`` picks the wording) and lays out titles, paragraphs,
note boxes, numbered steps beside a drawn screen, the link box with the QR code, and
the clinic's contact line."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from clinicdesk.services.guides.data import ClinicGuideData
from clinicdesk.services.guides.flowables import NoteBox, Para, StepBadge
from clinicdesk.services.guides.qr import QrCode
from clinicdesk.services.guides.screens import Screen
from clinicdesk.services.guides.text import e, nb
from clinicdesk.services.guides.theme import BRAND_LIGHT, FONT, MARGIN_X, NOTE_BG, NOTE_LINE, PAGE_W, styles


class Writer:
    """Collects the story; knows the clinic, the language and the column widths."""

    def __init__(self, data: ClinicGuideData, lang: str, now: datetime):
        self.d = data
        self.lang = lang
        self.now = now
        self.st = styles()
        self.story: list = []
        self.frame_w = PAGE_W - 2 * MARGIN_X
        self.screen_w = 222
        self.text_w = self.frame_w - self.screen_w - 14

    def t(self, da: str, en: str) -> str:
        return da if self.lang == "da" else en

    # -- building blocks
    def title(self, title: str, subtitle: str) -> None:
        self.story.append(Para(title, self.st["title"]))
        self.story.append(Para(subtitle, self.st["subtitle"]))

    def p(self, text: str, style: str = "body") -> Para:
        para = Para(text, self.st[style])
        self.story.append(para)
        self.story.append(Spacer(1, 4))
        return para

    def note(self, lead: str, text: str, *, bg=NOTE_BG, line=NOTE_LINE) -> NoteBox:
        box = NoteBox([Para(f"<b>{lead}</b> {text}", self.st["note"])], bg=bg, line=line)
        return box

    def steps_table(self, steps: list[str], width: float) -> Table:
        rows = [[StepBadge(i + 1), Para(s, self.st["step"])] for i, s in enumerate(steps)]
        tbl = Table(rows, colWidths=[22, width - 22])
        tbl.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would pull in Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (1, 0), (1, -1), 1.5),
        ]))
        return tbl

    def section(self, heading: str, intro: list[str], steps: list[str], screen: Screen | None = None,
                after: list | None = None, extra_left: list | None = None) -> None:
        parts: list = [Para(heading, self.st["h2"])]
        for text in intro:
            parts.append(Para(text, self.st["body"]))
            parts.append(Spacer(1, 5))
        if screen is not None:
            left: list = [self.steps_table(steps, self.text_w)] if steps else []
            left += extra_left or []
            tbl = Table([[left, screen]], colWidths=[self.text_w + 14, self.screen_w])
            tbl.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would pull in Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            parts.append(tbl)
        elif steps:
            parts.append(self.steps_table(steps, self.frame_w))
            parts += extra_left or []
        # heading, intro and the steps with their drawing stay together; notes may flow on
        self.story.append(KeepTogether(parts))
        for a in after or []:
            self.story.append(Spacer(1, 4))
            self.story.append(a)
        self.story.append(Spacer(1, 8))

    def screen(self, widgets: list[tuple], *, header: str | None = None, address: str | None = None, **kw) -> Screen:
        return Screen(self.screen_w, address or self.d.portal_link, header if header is not None else self.d.name,
                      widgets, **kw)

    def link_box(self) -> None:
        d = self.d
        qr = QrCode(d.portal_link, 34 * mm)
        right = [
            Para(self.t("Klinikkens egen adresse til Patientportalen:", "This clinic's own address for the patient portal:"),
                      self.st["small"]),
            Spacer(1, 3),
            Para(e(d.portal_link), self.st["link"]),
            Spacer(1, 5),
            Para(self.t(
                "Skriv adressen i din browser, eller scan QR-koden med kameraet på din mobil. "
                "Brug altid denne adresse eller linket på klinikkens hjemmeside – så kommer du til den rigtige klinik.",
                "Type the address into your browser, or scan the QR code with your phone's camera. "
                "Always use this address or the link on the clinic's website, so you reach the right clinic.",
            ), self.st["body"]),
        ]
        if d.website:
            right += [Spacer(1, 4), Para(self.t("Klinikkens hjemmeside: ", "The clinic's website: ") + f"<b>{e(d.website)}</b>",
                                              self.st["small"])]
        tbl = Table([[qr, right]], colWidths=[34 * mm + 12, self.frame_w - 34 * mm - 12])
        tbl.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would pull in Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, -1), BRAND_LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("ROUNDEDCORNERS", [5, 5, 5, 5]),
        ]))
        self.story.append(tbl)
        self.story.append(Spacer(1, 8))

    def contact_text(self) -> str:
        d = self.d
        bits = []
        if d.phone:
            bits.append(self.t("ring på ", "call ") + f"<b>{nb(d.phone)}</b>")
        if d.email:
            bits.append(self.t("skriv til ", "write to ") + f"<b>{e(d.email)}</b>")
        if not bits:
            return self.t("kontakt klinikken", "contact the clinic")
        return self.t(" eller ", " or ").join(bits)
