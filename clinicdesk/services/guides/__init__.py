"""Patient guides: two printable PDFs made for one clinic (no Qt here).

* ``login``: how a patient finds this clinic's portal (link in full and as a QR
  code), creates a user (self or a child under 15), logs in with MitID or a
  security code, registers at a second clinic, resets a password, and what to
  do without MitID.
* ``functions``: what the patient can do once logged in, limited to the
  functions this clinic has switched on and with its own limits; the holiday
  message when a holiday period is current or coming.

Both in plain Danish (``da``) and English (``en``). A4, header with the clinic's
name/address/phone, "Side x af y" footer with the generation date, numbered
steps beside schematic drawings whose numbered callouts match the steps. The
drawings show the portal's Danish labels in both languages (the portal itself
is Danish); the English text quotes them with a translation.

Fonts: DejaVu Sans shipped in ``resources/fonts`` (embedded, covers æ ø å).
"""

from __future__ import annotations

import itertools
import math
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import Clinic, HolidayPeriod, Provider, utcnow
from clinicdesk.domain.enums import Function, SignupMode
from clinicdesk.resources import resource_path
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.services.permissions import Perm

WHICH = ("login", "functions")
LANGS = ("da", "en")
PDF_LANG = {"da": "da-DK", "en": "en-GB"}
HOLIDAY_LOOKAHEAD = timedelta(days=90)
# reportlab keeps module-level state (registered fonts, subsetting caches): one build at a time
_RENDER_LOCK = threading.Lock()  # a printed guide lives a while: show holidays this far ahead

FONT = "GuideSans"
FONT_BOLD = "GuideSans-Bold"

# Palette: a calm clinic blue, a warm accent for the numbered callouts.
INK = colors.HexColor("#1E2A33")
MUTED = colors.HexColor("#5B6770")
BRAND = colors.HexColor("#1F5F8B")
BRAND_LIGHT = colors.HexColor("#E8F1F8")
ACCENT = colors.HexColor("#D9631E")
LINE = colors.HexColor("#B8C4CC")
PAPER = colors.HexColor("#F6F8FA")
NOTE_BG = colors.HexColor("#FFF6E0")
NOTE_LINE = colors.HexColor("#E8B94A")
OK_GREEN = colors.HexColor("#2E8B57")

PAGE_W, PAGE_H = A4
MARGIN_X = 17 * mm
MARGIN_TOP = 31 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_TOP = PAGE_H - 10 * mm
FOOTER_Y = 10 * mm


# ---------------------------------------------------------------------------
# Data the guides are made from (read in one session; no ORM objects escape)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HolidayInfo:
    starts_at: datetime
    ends_at: datetime  # exclusive
    message: str
    standin_clinic: str
    standin_phone: str
    close_econsult: bool
    close_renewal: bool
    close_booking: bool


@dataclass(frozen=True)
class ClinicGuideData:
    clinic_id: int
    name: str  # the name patients see on the portal (display name)
    portal_link: str
    website: str
    address: str
    phone: str
    email: str
    signup_mode: SignupMode
    econsult_enabled: bool
    renewal_enabled: bool
    booking_enabled: bool
    auto_create_appointments: bool
    attachments_allowed: bool
    max_econsult_length: int
    max_patient_attachments: int
    max_attachment_mb: int
    booking_min_notice_days: int
    booking_max_horizon_days: int
    cancellation_limit_hours: int
    answer_due_working_days: int
    econsult_providers: tuple[str, ...] = ()
    booking_providers: tuple[str, ...] = ()
    holidays: tuple[HolidayInfo, ...] = ()

    @property
    def functions(self) -> tuple[Function, ...]:
        """The portal functions switched on for the whole clinic, in guide order."""
        out = []
        if self.econsult_enabled:
            out.append(Function.ECONSULT)
        if self.renewal_enabled:
            out.append(Function.RENEWAL)
        if self.booking_enabled:
            out.append(Function.BOOKING)
        return tuple(out)


@dataclass(frozen=True)
class GuideInfo:
    path: Path
    pages: int
    which: str
    lang: str
    clinic_id: int
    title: str


@dataclass(frozen=True)
class GuideOutput:
    """An audited print or save of a guide."""

    action: str
    which: str
    lang: str
    audit_entry_id: int


def first_clinic_id(db) -> int:
    with db.session() as s:
        cid = s.execute(select(Clinic.id).order_by(Clinic.id).limit(1)).scalar()
    if cid is None:
        raise NotFound("Databasen har ingen klinik endnu. Opret klinikken (eller demo-data) først.", code="no_clinic")
    return cid


def load_clinic(db, clinic_id: int, now: datetime | None = None) -> ClinicGuideData:
    now = now or utcnow()
    with db.session() as s:
        c = s.get(Clinic, clinic_id)
        if c is None:
            raise NotFound(f"Klinik nr. {clinic_id} findes ikke i databasen.", code="clinic_not_found")
        hols = s.scalars(
            select(HolidayPeriod)
            .where(
                HolidayPeriod.clinic_id == clinic_id,
                HolidayPeriod.ends_at > now,
                HolidayPeriod.starts_at <= now + HOLIDAY_LOOKAHEAD,
            )
            .order_by(HolidayPeriod.starts_at)
        ).all()
        provs = s.scalars(
            select(Provider).where(Provider.clinic_id == clinic_id, Provider.active.is_(True)).order_by(Provider.id)
        ).all()
        return ClinicGuideData(
            clinic_id=c.id,
            name=(c.display_name or c.name).strip(),
            portal_link=c.portal_link.strip(),
            website=(c.website or "").strip(),
            address=(c.address or "").strip(),
            phone=(c.phone or "").strip(),
            email=(c.email or "").strip(),
            signup_mode=c.signup_mode,
            econsult_enabled=bool(c.econsult_enabled),
            renewal_enabled=bool(c.renewal_enabled),
            booking_enabled=bool(c.booking_enabled),
            auto_create_appointments=bool(c.auto_create_appointments),
            attachments_allowed=bool(c.attachments_allowed),
            max_econsult_length=int(c.max_econsult_length),
            max_patient_attachments=int(c.max_patient_attachments),
            max_attachment_mb=int(c.max_attachment_mb),
            booking_min_notice_days=int(c.booking_min_notice_days),
            booking_max_horizon_days=int(c.booking_max_horizon_days),
            cancellation_limit_hours=int(c.cancellation_limit_hours),
            answer_due_working_days=int(c.answer_due_working_days),
            econsult_providers=tuple(p.portal_label for p in provs if p.econsult_enabled),
            booking_providers=tuple(p.portal_label for p in provs if p.booking_enabled),
            holidays=tuple(
                HolidayInfo(
                    h.starts_at, h.ends_at, h.message or "", h.standin_clinic or "", h.standin_phone or "",
                    bool(h.close_econsult), bool(h.close_renewal), bool(h.close_booking),
                )
                for h in hols[:3]
            ),
        )


def build_guide(db, clinic_id: int, which: str, lang: str = "da", out_path=None, now: datetime | None = None) -> GuideInfo:
    """Build one guide for one clinic from the database into ``out_path``."""
    _check_args(which, lang)
    if out_path is None:
        raise ValidationError("Angiv hvor vejledningen skal gemmes.", code="no_out_path")
    now = now or utcnow()
    data = load_clinic(db, clinic_id, now)
    return render_guide(data, which, lang, out_path, now)


def _check_args(which: str, lang: str) -> None:
    if which not in WHICH:
        raise ValidationError(f"Ukendt vejledning: {which!r}. Vælg 'login' eller 'functions'.", code="bad_guide")
    if lang not in LANGS:
        raise ValidationError(f"Ukendt sprog: {lang!r}. Vælg 'da' eller 'en'.", code="bad_lang")


def record_guide_output(db, actor: auth.Actor, kind: str, which: str, lang: str = "da") -> GuideOutput:
    """Audit that staff printed (``kind="print"``) or saved (``"save"``) a guide."""
    _check_args(which, lang)
    action = {"print": Action.PRINT, "save": Action.SAVE_FILE}.get(kind)
    if action is None:
        raise ValidationError(f"Ukendt handling: {kind!r}.", code="bad_kind")
    auth.require(db, actor, Perm.PRINT_GUIDES)
    with db.write_session() as s:
        entry = audit.record(
            s, action, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail=f"patient guide: {which} ({lang})"
        )
        return GuideOutput(action, which, lang, entry.id)


def record_command_output(db, clinic_id: int, which: str, lang: str = "da") -> GuideOutput:
    """Audit a guide written by the command line (support's tool; no staff member)."""
    _check_args(which, lang)
    with db.write_session() as s:
        entry = audit.record(
            s, Action.SAVE_FILE, clinic_id=clinic_id, detail=f"patient guide: {which} ({lang}), command line"
        )
        return GuideOutput(Action.SAVE_FILE, which, lang, entry.id)


# ---------------------------------------------------------------------------
# Fonts, styles, small text helpers
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    regular = resource_path("fonts", "DejaVuSans.ttf")
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(text: str, font: str, size: float, max_w: float, min_size: float = 6.0) -> tuple[str, float]:
    """Shrink ``text`` down to ``min_size`` to fit ``max_w``; then cut it with an ellipsis."""
    s = size
    while s > min_size and text_width(text, font, s) > max_w:
        s -= 0.25
    if text_width(text, font, s) <= max_w:
        return text, s
    cut = text
    while cut and text_width(cut + "…", font, s) > max_w:
        cut = cut[:-1]
    return cut.rstrip() + "…", s


def wrap_lines(text: str, font: str, size: float, max_w: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is broken."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if text_width(trial, font, size) <= max_w:
            cur = trial
            continue
        if cur:
            lines.append(cur)
        while text_width(word, font, size) > max_w:
            i = len(word)
            while i > 1 and text_width(word[:i], font, size) > max_w:
                i -= 1
            lines.append(word[:i])
            word = word[i:]
        cur = word
    if cur:
        lines.append(cur)
    return lines or [""]


_MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def long_date(d, lang: str) -> str:
    if lang == "da":
        return f"{d.day}. {_MONTHS_DA[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # rightIndent: reportlab's line breaker can let a line run a hyphen's width past the wrap
    # width (seen with "e-mailed"); a few points of slack keep every line inside the column.
    base = ParagraphStyle("base", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK, alignment=TA_LEFT,
                          rightIndent=5, bulletFontName=FONT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=21, leading=25, textColor=BRAND,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, textColor=BRAND,
                             spaceBefore=10, spaceAfter=5),
        "step": ParagraphStyle("step", parent=base, fontSize=10.5, leading=14),
        "note": ParagraphStyle("note", parent=base, fontSize=10, leading=13.5),
        "link": ParagraphStyle("link", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=BRAND,
                               splitLongWords=1),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2),
    }


def e(text: str) -> str:
    """Escape data (names, links, messages) for a Paragraph."""
    return escape(text or "")


def nb(text: str) -> str:
    """Escape and keep together (phone numbers must not break across lines)."""
    return escape(text or "").replace(" ", "\u00a0")


def ui(label: str) -> str:
    """A portal label as the patient sees it on screen (Danish in both languages)."""
    return f"<b>{escape(label)}</b>"


# ---------------------------------------------------------------------------
# Drawn pieces: callout badges, schematic screens, QR code
# ---------------------------------------------------------------------------


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


# Widget kinds for Screen (each a tuple): see Screen._height/_draw_widget.
#   ("title", text)                     ("text", text)
#   ("field", label, value, n)          ("select", label, value, n)
#   ("check", label, checked, n)        ("button", label, n[, primary])
#   ("link", label, n)                  ("textarea", label, text, counter, n)
#   ("list", [(left, right, button)], n)("calendar", n)
#   ("tiles", [(label, n)])             ("banner", text, n)
#   ("gap", height)


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
        kind = w[0]
        if kind == "title":
            return 18
        if kind == "text":
            return 10.5 * len(wrap_lines(w[1], FONT, 7.5, self.inner_w)) + 3
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
            return 11 * len(wrap_lines(w[1], FONT, 7.5, self.inner_w - 16)) + 10
        if kind == "gap":
            return w[1]
        if kind == "portalbar":
            return 24
        raise ValueError(kind)

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
            h = self._wh(w)
            self._draw_widget(w, y, h)
            y -= h

    def _draw_widget(self, w: tuple, y: float, h: float) -> None:
        c = self.canv
        x0, iw = self.PAD, self.inner_w
        kind = w[0]
        c.saveState()
        if kind == "title":
            t, s = fit_text(w[1], FONT_BOLD, 10, iw, 6)
            c.setFont(FONT_BOLD, s)
            c.setFillColor(INK)
            c.drawString(x0, y - 12, t)
            if len(w) > 2 and w[2]:
                c.restoreState()
                self._callout(y - 8.5, x0 + text_width(t, FONT_BOLD, s), w[2])
                return
        elif kind == "text":
            c.setFont(FONT, 7.5)
            c.setFillColor(MUTED)
            for i, line in enumerate(wrap_lines(w[1], FONT, 7.5, iw)):
                c.drawString(x0, y - 8 - i * 10.5, line)
        elif kind in ("field", "select"):
            _, label, value, n = w
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
            c.restoreState()
            self._callout(y - 18, x0 + bw, n)
            return
        elif kind == "check":
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
            c.restoreState()
            self._callout(y - 6, end, n)
            return
        elif kind == "button":
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
            c.restoreState()
            self._callout(y - 10.5, x0 + bw, n)
            return
        elif kind == "link":
            t, s = fit_text(w[1], FONT, 7.5, iw, 5)
            c.setFont(FONT, s)
            c.setFillColor(BRAND)
            c.drawString(x0, y - 9, t)
            tw = text_width(t, FONT, s)
            c.setStrokeColor(BRAND)
            c.setLineWidth(0.5)
            c.line(x0, y - 10.5, x0 + tw, y - 10.5)
            c.restoreState()
            self._callout(y - 6.5, x0 + tw, w[2])
            return
        elif kind == "textarea":
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
            c.restoreState()
            self._callout(y - 36, x0 + iw, n)
            return
        elif kind == "list":
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
            c.restoreState()
            if n:
                self._callout(y - 9, x0 + iw, n)
            return
        elif kind == "calendar":
            self._draw_calendar(x0, y, iw)
            c.restoreState()
            self._callout(y - 60, x0 + iw, w[1])
            return
        elif kind == "tiles":
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
        elif kind == "portalbar":
            c.setFillColor(BRAND)
            c.roundRect(x0, y - 20, iw, 18, 2, stroke=0, fill=1)
            t, s = fit_text(w[1], FONT_BOLD, 8.5, iw - 12, 5)
            c.setFont(FONT_BOLD, s)
            c.setFillColor(colors.white)
            c.drawString(x0 + 6, y - 13.5, t)
            c.restoreState()
            self._callout(y - 11, x0 + 6 + text_width(t, FONT_BOLD, s), w[2])
            return
        elif kind == "banner":
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
            c.restoreState()
            self._callout(y - bh / 2 - 2, x0 + iw, n)
            return
        c.restoreState()

    def _draw_calendar(self, x0: float, y: float, iw: float) -> None:
        c = self.canv
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


# ---------------------------------------------------------------------------
# Page furniture: header, footer, "Side x af y"
# ---------------------------------------------------------------------------


class _GuideCanvas(Canvas):
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


def _make_page_decorator(data: ClinicGuideData, guide_title: str, generated: str, link_label: str):
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
        # footer (the page number is added by _GuideCanvas once the total is known)
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


# ---------------------------------------------------------------------------
# The guides' content
# ---------------------------------------------------------------------------


class _Writer:
    """Collects the story; knows the clinic, the language and the column widths."""

    def __init__(self, data: ClinicGuideData, lang: str, now: datetime):
        self.d = data
        self.lang = lang
        self.now = now
        self.st = _styles()
        self.story: list = []
        self.frame_w = PAGE_W - 2 * MARGIN_X
        self.screen_w = 222
        self.text_w = self.frame_w - self.screen_w - 14

    def t(self, da: str, en: str) -> str:
        return da if self.lang == "da" else en

    # -- building blocks
    def title(self, title: str, subtitle: str) -> None:
        self.story.append(Paragraph(title, self.st["title"]))
        self.story.append(Paragraph(subtitle, self.st["subtitle"]))

    def p(self, text: str, style: str = "body") -> Paragraph:
        para = Paragraph(text, self.st[style])
        self.story.append(para)
        self.story.append(Spacer(1, 4))
        return para

    def note(self, lead: str, text: str, *, bg=NOTE_BG, line=NOTE_LINE) -> NoteBox:
        box = NoteBox([Paragraph(f"<b>{lead}</b> {text}", self.st["note"])], bg=bg, line=line)
        return box

    def steps_table(self, steps: list[str], width: float) -> Table:
        rows = [[StepBadge(i + 1), Paragraph(s, self.st["step"])] for i, s in enumerate(steps)]
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
        parts: list = [Paragraph(heading, self.st["h2"])]
        for text in intro:
            parts.append(Paragraph(text, self.st["body"]))
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
            Paragraph(self.t("Klinikkens egen adresse til Patientportalen:", "This clinic's own address for the patient portal:"),
                      self.st["small"]),
            Spacer(1, 3),
            Paragraph(e(d.portal_link), self.st["link"]),
            Spacer(1, 5),
            Paragraph(self.t(
                "Skriv adressen i din browser, eller scan QR-koden med kameraet på din mobil. "
                "Brug altid denne adresse eller linket på klinikkens hjemmeside – så kommer du til den rigtige klinik.",
                "Type the address into your browser, or scan the QR code with your phone's camera. "
                "Always use this address or the link on the clinic's website, so you reach the right clinic.",
            ), self.st["body"]),
        ]
        if d.website:
            right += [Spacer(1, 4), Paragraph(self.t("Klinikkens hjemmeside: ", "The clinic's website: ") + f"<b>{e(d.website)}</b>",
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


def _login_story(w: _Writer) -> None:
    d, t = w.d, w.t
    clinic = e(d.name)
    w.title(
        t("Sådan kommer du på Patientportalen", "Getting onto the patient portal"),
        t(f"Opret dig som bruger og log ind hos {clinic}", f"Create your user and log in at {clinic}")
        if d.signup_mode != SignupMode.OFF else t(f"Log ind hos {clinic}", f"Log in at {clinic}"),
    )
    w.p(t(
        "På Patientportalen kan du kontakte klinikken, når det passer dig – også uden for åbningstiden. "
        "Denne vejledning viser trin for trin, hvordan du finder portalen, opretter dig og logger ind. "
        "Tallene i tegningerne passer til tallene i teksten.",
        "On the patient portal you can contact the clinic whenever it suits you, also outside opening hours. "
        "This guide shows step by step how to find the portal, create your user and log in. "
        "The numbers in the drawings match the numbers in the text. The portal's screens are in Danish; "
        "we quote the Danish words in bold with an English translation.",
    ))
    w.link_box()

    # 1. finding the portal
    site = d.website
    w.section(
        t("Find Patientportalen", "Find the portal"),
        [],
        [
            t(f"Åbn klinikkens hjemmeside: <b>{e(site)}</b>.", f"Open the clinic's website: <b>{e(site)}</b>.")
            if d.website else t("Åbn klinikkens hjemmeside.", "Open the clinic's website."),
            t("Klik på linket til Patientportalen. Det kan hedde " + ui("Selvbetjening") + ", eller der kan være et link "
              "til hver funktion, fx " + ui("Tidsbestilling") + ".",
              "Click the link to the portal. It may be called " + ui("Selvbetjening") + " (self-service), or there may "
              "be one link per function, e.g. " + ui("Tidsbestilling") + " (booking)."),
            t(f"Se efter, at der står <b>{clinic}</b> øverst til venstre. Så er du hos den rigtige klinik.",
              f"Check that <b>{clinic}</b> is shown in the top left corner. Then you are at the right clinic."),
        ],
        w.screen([
            ("title", d.name),
            ("text", "Velkommen til klinikken. Her finder du åbningstider, telefontider og vores selvbetjening."),
            ("link", "Selvbetjening – Patientportalen", 2),
            ("link", "Åbningstider og kontakt", None),
            ("gap", 4),
            ("text", "Du kommer til Patientportalen:"),
            ("portalbar", d.name, 3),
        ], address=d.website or d.portal_link, header=d.name, header_callout=1, show_help=False,
            header_color=colors.HexColor("#3D6B4F")),
        extra_left=[w.note(t("Tip:", "Tip:"), t(
            "Du kan også skrive adressen fra side 1 direkte i browseren eller scanne QR-koden.",
            "You can also type the address from page 1 straight into your browser or scan the QR code."))],
    )

    # 2. the front page
    front = [
        ("button", "Log ind med MitID", 2),
        ("button", "Log ind med sikkerhedskode", 3, False),
        ("link", "Glemt adgangskode?", 4),
    ]
    if d.signup_mode != SignupMode.OFF:
        front += [("gap", 2), ("button", "Opret bruger", 5, False), ("button", "Opret bruger under 15 år", 5, False)]
    front_steps = [
        t(f"Øverst til venstre står klinikkens navn: <b>{clinic}</b>. Øverst til højre finder du "
          + ui("Hjælp") + " med vejledninger.",
          f"The clinic's name is in the top left corner: <b>{clinic}</b>. In the top right corner, "
          + ui("Hjælp") + " (help) opens guides."),
        t(ui("Log ind med MitID") + " – for dig, der er fyldt 15 år.",
          ui("Log ind med MitID") + " (log in with MitID) – for anyone aged 15 or over."),
        t(ui("Log ind med sikkerhedskode") + " – med CPR-nummer, adgangskode og en kode, du får på e-mail.",
          ui("Log ind med sikkerhedskode") + " (log in with a security code) – CPR number, password and a code sent "
          "to your e-mail."),
        t(ui("Glemt adgangskode?") + " – vælg en ny adgangskode.",
          ui("Glemt adgangskode?") + " (forgot your password?) – choose a new password."),
    ]
    if d.signup_mode != SignupMode.OFF:
        front_steps.append(t(
            ui("Opret bruger") + " – første gang. " + ui("Opret bruger under 15 år") + " – for dit barn.",
            ui("Opret bruger") + " (create user) – the first time. " + ui("Opret bruger under 15 år") + " – for your child.",
        ))
    w.section(
        t("Forsiden af Patientportalen", "The portal's front page"),
        [],
        front_steps,
        w.screen([("title", "Velkommen til Patientportalen")] + front, header_callout=1),
    )

    # 3. creating a user
    ch = t("Du har ét login, som hører til dit CPR-nummer. Det gælder hos alle klinikker, der bruger Patientportalen, "
           "så du skal kun oprette dig én gang.",
           "You have one login that belongs to your CPR number. It works at every clinic that uses the portal, so you "
           "only create it once.")
    if d.signup_mode == SignupMode.OFF:
        w.section(
            t("Bliv oprettet som bruger", "Getting a user"),
            [ch, t(f"Hos {clinic} kan du ikke oprette dig selv på portalen. Kontakt klinikken – {w.contact_text()} – så "
                   "opretter vi dig. Du får en e-mail med et link, som du bruger til at aktivere din bruger. Første "
                   "gang du logger ind, bekræfter du, hvem du er, med MitID.",
                   f"At {clinic} you cannot create a user yourself. Contact the clinic – {w.contact_text()} – and we "
                   "will create one for you. You will get an e-mail with a link that activates your user. The first "
                   "time you log in, you confirm who you are with MitID.")],
            [],
        )
    else:
        if d.signup_mode == SignupMode.WITH_APPROVAL:
            after_text = t(
                f"{clinic} godkender nye brugere. Din oprettelse sendes til klinikken, og du får en e-mail, når vi har "
                "behandlet den. Er den godkendt, er der et link til Patientportalen i e-mailen.",
                f"{clinic} approves new users. Your request goes to the clinic, and you get an e-mail when we have dealt "
                "with it. If it is approved, the e-mail holds a link to the portal.")
        else:
            after_text = t("Din bruger er klar med det samme, og du kan logge ind.",
                           "Your user is ready at once, and you can log in.")
        w.section(
            t("Opret dig som bruger", "Create your user"),
            [ch],
            [
                t("Vælg " + ui("Opret bruger") + " på forsiden. Vil du oprette dit barn under 15 år, vælger du "
                  + ui("Opret bruger under 15 år") + ".",
                  "Choose " + ui("Opret bruger") + " (create user) on the front page. For your child under 15, choose "
                  + ui("Opret bruger under 15 år") + "."),
                t("Udfyld felterne. Alle felter skal udfyldes undtagen " + ui("Mobil") + ". Skriv kun tal i "
                  + ui("CPR-nummer") + " – bindestregen kommer af sig selv.",
                  "Fill in the fields. All fields except " + ui("Mobil") + " (mobile) are required. Type only digits in "
                  + ui("CPR-nummer") + " – the hyphen is added for you."),
                t("Vælg en adgangskode på mindst 8 tegn med både små og store bogstaver og mindst ét tal.",
                  "Choose a password of at least 8 characters with both small and capital letters and at least one digit."),
                t("Læs vilkårene, og sæt flueben for at acceptere dem.", "Read the terms and tick the box to accept them."),
                t("Vælg " + ui("Opret bruger") + ". Du sendes videre til MitID, hvor du bekræfter, hvem du er.",
                  "Choose " + ui("Opret bruger") + ". You are taken to MitID to confirm who you are."),
            ],
            w.screen([
                ("title", "Opret bruger", 1),
                ("field", "Fornavn og efternavn", "Anna Jensen", 2),
                ("field", "CPR-nummer", "010190-1234", 2),
                ("field", "E-mail", "anna@eksempel.dk", None),
                ("field", "Mobil (frivilligt)", "", None),
                ("field", "Adgangskode", "••••••••", 3),
                ("check", "Jeg har læst vilkårene", True, 4),
                ("button", "Opret bruger", 5),
            ]),
            after=[w.note(t("Hvad sker der så?", "What happens next?"), after_text, bg=BRAND_LIGHT, line=BRAND),
                   w.note(t("Barn under 15 år:", "Child under 15:"), t(
                       "En forælder opretter barnets bruger. Barnet logger altid ind med sikkerhedskode – aldrig med MitID.",
                       "A parent creates the child's user. The child always logs in with a security code – never with MitID."))],
        )

    # 4. MitID
    w.section(
        t("Log ind med MitID", "Log in with MitID"),
        [t("MitID er den sikreste måde at logge ind på. Det kan bruges af alle, der er fyldt 15 år.",
           "MitID is the safest way to log in. Anyone aged 15 or over can use it.")],
        [
            t("Vælg " + ui("Log ind med MitID") + " på forsiden. Du sendes videre til Sundhedsdatastyrelsens log ind-side.",
              "Choose " + ui("Log ind med MitID") + " on the front page. You are taken to the Danish Health Data "
              "Authority's login page."),
            t("Skriv dit MitID bruger-ID, og vælg " + ui("FORTSÆT") + ".",
              "Type your MitID user ID and choose " + ui("FORTSÆT") + " (continue)."),
            t("Godkend i MitID-appen eller med din kodeviser.", "Approve in the MitID app or with your code display."),
            t("Du kommer tilbage til Patientportalen og er logget ind.", "You return to the portal, logged in."),
        ],
        w.screen([
            ("title", "Log ind med MitID", 1),
            ("field", "Bruger-ID", "", 2),
            ("button", "FORTSÆT", 2),
            ("gap", 4),
            ("banner", "Åbn MitID-appen, og godkend. Eller brug din kodeviser.", 3),
            ("text", "Du sendes tilbage til Patientportalen, når du har godkendt."),
        ], address="Sundhedsdatastyrelsen – log ind med MitID", header="MitID", header_color=colors.HexColor("#0F3B5F"),
            show_help=False),
    )

    # 5. security code
    w.section(
        t("Log ind med sikkerhedskode", "Log in with a security code"),
        [t("Har du ikke MitID, eller er du under 15 år, logger du ind med CPR-nummer, adgangskode og en sikkerhedskode, "
           "som du får på e-mail, hver gang du logger ind. Børn under 15 år kan kun bruge denne måde.",
           "Without MitID, or if you are under 15, you log in with your CPR number, your password and a security code "
           "that is e-mailed to you every time you log in. Children under 15 can only use this way.")],
        [
            t("Skriv dit CPR-nummer (kun tal). Sæt flueben i " + ui("Skjul CPR-nummer") + ", hvis andre kan se skærmen.",
              "Type your CPR number (digits only). Tick " + ui("Skjul CPR-nummer") + " (hide CPR number) if others can "
              "see your screen."),
            t("Skriv din adgangskode.", "Type your password."),
            t("Vælg " + ui("Log ind") + ".", "Choose " + ui("Log ind") + " (log in)."),
            t("Åbn din e-mail. Skriv den sikkerhedskode, du har fået, i feltet " + ui("Sikkerhedskode") + ".",
              "Open your e-mail. Type the security code you received into the field " + ui("Sikkerhedskode") + "."),
            t("Vælg " + ui("Log ind") + " igen. Nu er du logget ind.",
              "Choose " + ui("Log ind") + " again. You are now logged in."),
        ],
        w.screen([
            ("title", "Log ind med sikkerhedskode"),
            ("field", "CPR-nummer", "010190-••••", 1),
            ("check", "Skjul CPR-nummer", True, None),
            ("field", "Adgangskode", "••••••••", 2),
            ("button", "Log ind", 3),
            ("text", "Vi har sendt en sikkerhedskode til din e-mail."),
            ("field", "Sikkerhedskode", "", 4),
            ("button", "Log ind", 5),
        ]),
    )

    # 6. a second clinic
    w.section(
        t("Er du allerede bruger hos en anden klinik?", "Already a user at another clinic?"),
        [t(f"Brug dit login, du har i forvejen. Log ind via linket til {clinic}, og vælg " + ui("Registrer") + ". Så får "
           "du adgang til klinikkens funktioner. Du skal kun gøre det første gang.",
           f"Use the login you already have. Log in through {clinic}'s link and choose " + ui("Registrer") +
           " (register). Then you can use this clinic's functions. You only do this the first time.")],
        [],
    )

    # 7. forgotten password
    w.section(
        t("Har du glemt din adgangskode?", "Forgot your password?"),
        [],
        [
            t("Vælg " + ui("Glemt adgangskode?") + " under knappen " + ui("Log ind") + ".",
              "Choose " + ui("Glemt adgangskode?") + " below the " + ui("Log ind") + " button."),
            t("Skriv dit CPR-nummer og den e-mailadresse, din bruger er oprettet med.",
              "Type your CPR number and the e-mail address your user was created with."),
            t("Vælg " + ui("Nulstil adgangskode") + ".", "Choose " + ui("Nulstil adgangskode") + " (reset password)."),
            t("Du får en e-mail med et link. Brug linket til at vælge en ny adgangskode.",
              "You get an e-mail with a link. Use the link to choose a new password."),
        ],
        w.screen([
            ("title", "Glemt adgangskode", 1),
            ("field", "CPR-nummer", "010190-••••", 2),
            ("field", "E-mail", "anna@eksempel.dk", 2),
            ("button", "Nulstil adgangskode", 3),
            ("text", "Tjek din e-mail – også uønsket post (spam)."),
        ]),
    )

    # 8. confirm e-mail and mobile
    w.section(
        t("Hvorfor skal jeg bekræfte e-mail og mobil?", "Why am I asked to confirm my e-mail and mobile?"),
        [t("Står der en anden e-mail eller et andet mobilnummer på portalen end hos klinikken, beder portalen dig "
           "bekræfte dem, når du logger ind. Så er vi sikre på, at beskeder fra klinikken når frem til dig.",
           "When the e-mail or mobile number on the portal differs from the one the clinic has, the portal asks you to "
           "confirm them at login. That way messages from the clinic reach you.")],
        [
            t("Ret e-mail og mobilnummer, hvis de ikke er rigtige.", "Correct the e-mail and mobile number if they are wrong."),
            t("Vælg " + ui("Bekræft") + ".", "Choose " + ui("Bekræft") + " (confirm)."),
        ],
        w.screen([
            ("title", "Bekræft dine oplysninger"),
            ("field", "E-mail", "anna@eksempel.dk", 1),
            ("field", "Mobil", "12 34 56 78", 1),
            ("button", "Bekræft", 2),
        ]),
    )

    # 9. without MitID / help
    w.section(
        t("Uden MitID – og hvis du har brug for hjælp", "Without MitID – and if you need help"),
        [
            t(f"Har du ikke MitID, så kontakt klinikken: {w.contact_text()}. Vi kan oprette dig som bruger. Du får en "
              "e-mail med et aktiveringslink, og bagefter logger du ind med sikkerhedskode.",
              f"If you do not have MitID, contact the clinic: {w.contact_text()}. We can create your user. You get an "
              "e-mail with an activation link, and then you log in with a security code."),
            t("Patienter uden dansk CPR-nummer (erstatningsnummer) kan desværre ikke bruge Patientportalen endnu. "
              "Kontakt klinikken i stedet.",
              "Patients without a Danish CPR number (substitute number) cannot use the portal yet. Please contact the "
              "clinic instead."),
        ],
        [],
        after=[w.note(t("Haster det?", "Is it urgent?"), t(
            "Portalen er ikke til akutte henvendelser. Ring til klinikken – uden for åbningstid til lægevagten. "
            "Ved livsfare: ring 112.",
            "The portal is not for urgent matters. Call the clinic – outside opening hours, the out-of-hours doctor "
            "(lægevagten). In an emergency: call 112."))],
    )


def _holiday_text(w: _Writer, h: HolidayInfo) -> str:
    t, d = w.t, w.d
    start = h.starts_at.astimezone(COPENHAGEN).date()
    last = (h.ends_at - timedelta(seconds=1)).astimezone(COPENHAGEN).date()
    text = t(f"Klinikken holder ferie fra {long_date(start, 'da')} til og med {long_date(last, 'da')}.",
             f"The clinic is closed for holidays from {long_date(start, 'en')} to {long_date(last, 'en')} inclusive.")
    closed = []
    if h.close_econsult and d.econsult_enabled:
        closed.append(t("e-konsultation", "e-consultation"))
    if h.close_renewal and d.renewal_enabled:
        closed.append(t("receptfornyelse", "prescription renewal"))
    if h.close_booking and d.booking_enabled:
        closed.append(t("tidsbestilling", "booking"))
    if closed:
        joined = closed[0] if len(closed) == 1 else ", ".join(closed[:-1]) + t(" og ", " and ") + closed[-1]
        text += t(f" I den periode er {joined} lukket på portalen.", f" During that time, {joined} is closed on the portal.")
    if h.message:
        text += f" <i>»{e(h.message)}«</i>"
    if h.standin_clinic:
        text += t(" Vikar: ", " Stand-in clinic: ") + f"<b>{e(h.standin_clinic)}</b>"
        if h.standin_phone:
            text += t(", tlf.\u00a0", ", phone\u00a0") + nb(h.standin_phone)
        text += "."
    return text


def _first_sentence(text: str, limit: int = 90) -> str:
    """The start of a clinic's message, for the small drawing (the full text is in the note)."""
    text = " ".join(text.split())
    end = text.find(". ")
    if 0 < end < limit:
        return text[: end + 1]
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _functions_story(w: _Writer) -> None:
    d, t = w.d, w.t
    clinic = e(d.name)
    w.title(
        t("Det kan du på Patientportalen", "What you can do on the patient portal"),
        t(f"Vejledning til funktionerne hos {clinic}", f"A guide to the functions at {clinic}"),
    )
    fn_labels = {
        Function.ECONSULT: t("skrive til klinikken (e-konsultation)", "write to the clinic (e-consultation)"),
        Function.RENEWAL: t("forny dine recepter", "renew your prescriptions"),
        Function.BOOKING: t("bestille, se og aflyse tider", "book, see and cancel appointments"),
    }
    fns = d.functions
    w.p(t("Log ind på Patientportalen via klinikkens link (se vejledningen <i>Log ind</i>). "
          f"Hos {clinic} kan du:",
          "Log in to the portal through the clinic's link (see the guide <i>Log in</i>). "
          f"At {clinic} you can:"))
    items = [fn_labels[f] for f in fns] + [t("læse svar og beskeder fra klinikken", "read answers and messages from the clinic")]
    for it in items:
        w.story.append(Paragraph(it, w.st["bullet"], bulletText="•"))
    w.story.append(Spacer(1, 6))
    if not fns:
        w.story.append(w.note(t("Bemærk:", "Please note:"), t(
            f"Lige nu kan du ikke sende henvendelser til {clinic} via portalen. Kontakt klinikken: {w.contact_text()}.",
            f"Right now you cannot send requests to {clinic} through the portal. Contact the clinic: {w.contact_text()}.")))
        w.story.append(Spacer(1, 6))
    for h in d.holidays:
        w.story.append(w.note(t("Ferie:", "Holiday:"), _holiday_text(w, h)))
        w.story.append(Spacer(1, 6))
    w.link_box()

    # overview of the logged-in front page
    tiles: list[tuple[str, int | None]] = []
    legend: list[str] = []
    names = {
        Function.ECONSULT: ("E-konsultation", t("skriv til klinikken.", "(e-consultation) write to the clinic.")),
        Function.RENEWAL: ("Receptfornyelse", t("forny en recept.", "(prescription renewal) renew a prescription.")),
        Function.BOOKING: ("Tidsbestilling", t("bestil en tid.", "(booking) book an appointment.")),
    }
    for f in fns:
        label, what = names[f]
        tiles.append((label, len(tiles) + 1))
        legend.append(ui(label) + " – " + what if w.lang == "da" else ui(label) + " " + what)
    tiles.append(("Dine beskeder", len(tiles) + 1))
    legend.append(ui("Dine beskeder") + t(" – svar og beskeder fra klinikken.", " (your messages) – answers and messages "
                                                                               "from the clinic."))
    if Function.BOOKING in fns:
        tiles.append(("Dine aftaler", len(tiles) + 1))
        legend.append(ui("Dine aftaler") + t(" – dine kommende tider.", " (your appointments) – your coming appointments."))
    widgets: list[tuple] = [("title", "Velkommen, Anna")]
    for h in d.holidays[:1]:
        widgets.append(("banner", "Ferie: " + _first_sentence(h.message or "Klinikken holder ferie."), None))
    widgets.append(("tiles", tiles))
    w.section(t("Når du er logget ind", "After you log in"),
              [t("Forsiden viser de funktioner, klinikken tilbyder dig. Klinikken kan have slået en funktion fra for "
                 "dig personligt – så kan du stadig læse dine gamle beskeder.",
                 "The front page shows the functions the clinic offers you. The clinic may have switched a function off "
                 "for you personally – you can still read your earlier messages.")],
              legend, w.screen(widgets))

    if Function.ECONSULT in fns:
        if d.attachments_allowed and d.max_patient_attachments > 0:
            attach = t(
                f"Du kan vedhæfte op til <b>{d.max_patient_attachments}</b> filer – billeder eller PDF – på højst "
                f"<b>{d.max_attachment_mb} MB</b> hver. Vælg " + ui("Vedhæft fil") + ".",
                f"You can attach up to <b>{d.max_patient_attachments}</b> files – pictures or PDF – of at most "
                f"<b>{d.max_attachment_mb} MB</b> each. Choose " + ui("Vedhæft fil") + " (attach file).")
        else:
            attach = t("Klinikken modtager ikke vedhæftede filer på portalen. Beskriv det i teksten, eller ring til os.",
                       "The clinic does not accept attached files on the portal. Describe it in your text, or call us.")
        to_whom = t("Vælg, hvem du vil skrive til.", "Choose who you want to write to.")
        if d.econsult_providers:
            to_whom += t(" Du kan skrive til: ", " You can write to: ") + e(" · ".join(d.econsult_providers[:6])) + "."
        steps = [
            t("Vælg " + ui("E-konsultation") + " på forsiden.", "Choose " + ui("E-konsultation") + " on the front page."),
            to_whom,
            t(f"Skriv dit spørgsmål. Du kan skrive højst <b>{d.max_econsult_length}</b> tegn – tælleren under feltet "
              "viser, hvor mange du har brugt. Smileys (emojis) kan ikke sendes.",
              f"Write your question. You can write at most <b>{d.max_econsult_length}</b> characters – the counter below "
              "the field shows how many you have used. Smileys (emojis) cannot be sent."),
            attach,
            t("Vælg " + ui("Send") + ".", "Choose " + ui("Send") + "."),
        ]
        widgets = [
            ("title", "Ny e-konsultation", 1),
            ("select", "Hvem vil du skrive til?", (d.econsult_providers or ("Lægen",))[0], 2),
            ("textarea", "Din besked", "Hej. Mit udslæt på armen er ikke blevet bedre efter en uge med cremen. "
                                       "Skal jeg fortsætte?", f"87 / {d.max_econsult_length} tegn", 3),
        ]
        if d.attachments_allowed and d.max_patient_attachments > 0:
            widgets.append(("button", f"Vedhæft fil (højst {d.max_patient_attachments})", 4, False))
        widgets.append(("button", "Send", 5))
        w.section(
            t("E-konsultation: skriv til klinikken", "E-consultation: write to the clinic"),
            [t(f"Brug e-konsultation til spørgsmål, der ikke haster. Klinikken svarer normalt inden for "
               f"<b>{d.answer_due_working_days}</b> hverdage.",
               f"Use e-consultation for questions that are not urgent. The clinic usually answers within "
               f"<b>{d.answer_due_working_days}</b> working days.")],
            steps, w.screen(widgets),
            after=[w.note(t("Haster det?", "Is it urgent?"), t(
                "Skriv aldrig om noget akut. Ring til klinikken – uden for åbningstid til lægevagten. Ved livsfare: ring 112.",
                "Never write about something urgent. Call the clinic – outside opening hours, the out-of-hours doctor "
                "(lægevagten). In an emergency: call 112."))],
        )

    if Function.RENEWAL in fns:
        w.section(
            t("Forny en recept", "Renew a prescription"),
            [t("Du kan bede om at få fornyet medicin, du allerede får. En læge ser på din bestilling og svarer dig på "
               "portalen.",
               "You can ask to renew medicine you already take. A doctor looks at your request and answers you on the "
               "portal.")],
            [
                t("Vælg " + ui("Receptfornyelse") + " på forsiden.", "Choose " + ui("Receptfornyelse") + " on the front page."),
                t("Sæt flueben ved den medicin, du vil have fornyet. Listen viser din egen medicin.",
                  "Tick the medicine you want renewed. The list shows your own medicines."),
                t("Vælg det apotek, hvor du vil hente medicinen.", "Choose the pharmacy where you will collect it."),
                t("Skriv eventuelt en kommentar til lægen.", "Add a comment for the doctor if you like."),
                t("Vælg " + ui("Send") + ".", "Choose " + ui("Send") + "."),
            ],
            w.screen([
                ("title", "Receptfornyelse", 1),
                ("check", "Metformin 500 mg tabletter", True, 2),
                ("check", "Amlodipin 5 mg tabletter", False, None),
                ("select", "Apotek", "Apoteket på Torvet", 3),
                ("field", "Kommentar (frivilligt)", "", 4),
                ("button", "Send", 5),
            ]),
            after=[
                w.note(t("Vanedannende medicin:", "Addictive medicines:"), t(
                    "Sovemedicin, beroligende medicin (fx benzodiazepiner), morfinlignende smertestillende medicin og "
                    "ADHD-medicin kan ikke fornyes på portalen. Det kræver en tid hos lægen.",
                    "Sleeping pills, sedatives (e.g. benzodiazepines), opioid painkillers and ADHD medicine cannot be "
                    "renewed on the portal. They need an appointment with the doctor.")),
                w.note(t("Godt at vide:", "Good to know:"), t(
                    "Har du stadig en recept med gentagelser på apoteket, skal du ikke forny – hent medicinen på apoteket.",
                    "If the pharmacy still has a repeat prescription for you, you do not need to renew – collect it at the "
                    "pharmacy."), bg=BRAND_LIGHT, line=BRAND),
            ],
        )

    if Function.BOOKING in fns:
        confirm = (t("Tiden er bestilt, så snart du har valgt " + ui("Bestil tid") + ". Du kan se den under "
                     + ui("Dine aftaler") + ".",
                     "The appointment is booked as soon as you choose " + ui("Bestil tid") + ". You can see it under "
                     + ui("Dine aftaler") + ".")
                   if d.auto_create_appointments else
                   t("Klinikken ser din bestilling og bekræfter tiden. Du får besked på portalen.",
                     "The clinic looks at your booking and confirms the time. You get a message on the portal."))
        who = t("Vælg, hvem du vil have tid hos.", "Choose who you want to see.")
        if d.booking_providers:
            who += " " + t("Fx ", "E.g. ") + e(" · ".join(d.booking_providers[:4])) + "."
        w.section(
            t("Bestil en tid", "Book an appointment"),
            [t(f"Du kan bestille en tid fra <b>{d.booking_min_notice_days}</b> til <b>{d.booking_max_horizon_days}</b> "
               "dage frem.",
               f"You can book a time from <b>{d.booking_min_notice_days}</b> to <b>{d.booking_max_horizon_days}</b> days "
               "ahead.")],
            [
                t("Vælg " + ui("Tidsbestilling") + " på forsiden.", "Choose " + ui("Tidsbestilling") + " on the front page."),
                who,
                t("Vælg, hvad tiden drejer sig om.", "Choose what the appointment is about."),
                t("Vælg en ledig tid i kalenderen. Ledige tider har en grøn kant.",
                  "Pick a free time in the calendar. Free times have a green border."),
                t("Vælg " + ui("Bestil tid") + ". " + confirm, "Choose " + ui("Bestil tid") + " (book). " + confirm),
            ],
            w.screen([
                ("title", "Bestil tid", 1),
                ("select", "Hos", (d.booking_providers or ("Lægen",))[0], 2),
                ("select", "Hvad drejer det sig om?", "Samtale (15 min.)", 3),
                ("calendar", 4),
                ("button", "Bestil tid", 5),
            ]),
        )
        w.section(
            t("Se og aflys dine aftaler", "See and cancel your appointments"),
            [],
            [
                t("Vælg " + ui("Dine aftaler") + ". Her ser du dine kommende tider.",
                  "Choose " + ui("Dine aftaler") + " (your appointments). It lists your coming appointments."),
                t("Kan du ikke komme, så vælg " + ui("Aflys") + " ud for tiden.",
                  "If you cannot come, choose " + ui("Aflys") + " (cancel) next to the appointment."),
                t("Bekræft med " + ui("Ja, aflys tiden") + f". Du kan aflyse indtil <b>{d.cancellation_limit_hours}</b> "
                  "timer før tiden. Senere end det skal du ringe til klinikken"
                  + (f" på <b>{nb(d.phone)}</b>." if d.phone else "."),
                  "Confirm with " + ui("Ja, aflys tiden") + f" (yes, cancel). You can cancel until "
                  f"<b>{d.cancellation_limit_hours}</b> hours before the time. After that, please call the clinic"
                  + (f" on <b>{nb(d.phone)}</b>." if d.phone else ".")),
            ],
            w.screen([
                ("title", "Dine aftaler", 1),
                ("list", [("Tirsdag 10:00", "Samtale", "Aflys"), ("Torsdag 08:30", "Blodprøve", "Aflys")], 2),
                ("gap", 2),
                ("banner", "Vil du aflyse tiden tirsdag kl. 10:00?", None),
                ("button", "Ja, aflys tiden", 3),
                ("text", f"Du kan aflyse indtil {d.cancellation_limit_hours} timer før tiden."),
            ]),
        )

    # answers and the notification mail (always: the clinic can write to the patient)
    w.section(
        t("Læs svar og beskeder fra klinikken", "Read answers and messages from the clinic"),
        [t("Når klinikken har svaret dig eller skrevet til dig, får du en e-mail. Mailen fortæller kun, at der er en "
           "besked – aldrig hvad den handler om. Det er for at passe på dine oplysninger.",
           "When the clinic has answered or written to you, you get an e-mail. The e-mail only says that there is a "
           "message – never what it is about. That protects your information.")],
        [
            t("Du får en e-mail om, at der er en ny besked.", "You get an e-mail saying there is a new message."),
            t("Log ind på Patientportalen via klinikkens link.", "Log in to the portal through the clinic's link."),
            t("Vælg " + ui("Dine beskeder") + ". Nye beskeder står øverst med fed skrift.",
              "Choose " + ui("Dine beskeder") + " (your messages). New messages are at the top, in bold."),
            t("Åbn beskeden og læs svaret. Klinikken kan se, at du har læst det.",
              "Open the message and read the answer. The clinic can see that you have read it."),
        ],
        w.screen([
            ("title", "Ny besked fra klinikken"),
            ("text", f"Fra: {d.name}"),
            ("text", "Du har fået en ny besked. Log ind på Patientportalen for at læse den."),
            ("link", d.portal_link, 2),
            ("gap", 6),
            ("title", "Dine beskeder"),
            # sample messages only of the kinds this clinic offers
            ("list", [("Svar: Udslæt på armen", "i dag", "Læs")]
             + ([("Recept fornyet", "12. nov.", "Læs")] if d.renewal_enabled
                else [("Besked fra klinikken", "12. nov.", "Læs")]), 3),
        ], header="E-mail", address="Din indbakke", header_color=colors.HexColor("#4A5A66"), header_callout=1,
            show_help=False),
    )
    w.section(
        t("Har du brug for hjælp?", "Do you need help?"),
        [t(f"Vælg " + ui("Hjælp") + f" øverst til højre på portalen, eller kontakt klinikken: {w.contact_text()}.",
           "Choose " + ui("Hjælp") + f" (help) in the top right corner of the portal, or contact the clinic: "
           f"{w.contact_text()}.")],
        [],
    )


def guide_title(which: str, lang: str) -> str:
    return {
        ("login", "da"): "Patientportalen – Log ind",
        ("login", "en"): "Patient portal – Log in",
        ("functions", "da"): "Patientportalen – Funktioner",
        ("functions", "en"): "Patient portal – Functions",
    }[(which, lang)]


def render_guide(data: ClinicGuideData, which: str, lang: str, out_path, now: datetime | None = None) -> GuideInfo:
    """Render one guide from already loaded clinic data (no database)."""
    _check_args(which, lang)
    register_fonts()
    now = now or utcnow()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = guide_title(which, lang)
    local_day = now.astimezone(COPENHAGEN).date()
    w = _Writer(data, lang, now)
    generated = w.t(f"Udskrevet {long_date(local_day, 'da')}", f"Printed {long_date(local_day, 'en')}")
    subject = {
        "login": w.t("Vejledning til patienter: opret bruger og log ind på Patientportalen",
                     "Patient guide: create a user and log in to the patient portal"),
        "functions": w.t("Vejledning til patienter: Patientportalens funktioner",
                         "Patient guide: the patient portal's functions"),
    }[which]
    doc = BaseDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{title} – {data.name}", author=data.name, subject=subject,
        creator="clinicdesk", keywords=["patientportal", "vejledning", which], lang=PDF_LANG[lang],
        initialFontName=FONT, initialFontSize=10,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE_W - 2 * MARGIN_X, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = _make_page_decorator(data, title, generated, w.t("Patientportal:", "Portal:"))
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvas_cls = type("GuideCanvas", (_GuideCanvas,), {"page_label": w.t("Side {n} af {total}", "Page {n} of {total}")})
    with _RENDER_LOCK:
        (_login_story if which == "login" else _functions_story)(w)
        doc.build(w.story, canvasmaker=canvas_cls)
    return GuideInfo(out, doc.page, which, lang, data.clinic_id, title)


__all__ = [
    "WHICH", "LANGS", "ClinicGuideData", "HolidayInfo", "GuideInfo", "GuideOutput", "build_guide", "render_guide",
    "load_clinic", "first_clinic_id", "record_guide_output", "record_command_output", "guide_title", "register_fonts",
]
