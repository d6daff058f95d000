"""The looks of an inbox list row: its columns, and per column the text, font, colour and icon.

``look(row)`` makes them all at once (the model keeps them with the row: painting a page is a
look-up per cell); ``tooltip(row, col)`` is made when asked. Column constants are here and in
``table_model``. Texts speak in the ``ItemTableModel`` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPixmap

from clinicdesk.domain.enums import ItemStatus, Priority
from clinicdesk.services.inbox import ItemRow
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.formatting import short_date, short_datetime
from clinicdesk.views.inbox.icons import icon
from clinicdesk.views.service_text import portal_text, service_text

translate = QCoreApplication.translate

COL_RECEIVED = 0
COL_DUE = 1
COL_KIND = 2
COL_PATIENT = 3
COL_PROVIDER = 4
COL_PREVIEW = 5
COL_STATUS = 6
COL_CLAIMED = 7
COL_PRIORITY = 8
COL_CPR = 9  # shown right after the patient's name (list_pane.py moves it there)
COLUMN_COUNT = 10


_BOLD: list[QFont] = []  # made on first use (a QFont needs the application)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DECORATION = Qt.ItemDataRole.DecorationRole

_MARKER: dict[bool, QIcon] = {}  # the red marker of an urgent row per scheme (dark?), made on first use


def urgent_marker() -> QIcon:
    """A red dot: the marker of an item flagged "Haster", first in the row of every list (the
    scheme's red, so it stands out on a light and on a dark list)."""
    dark = tones.is_dark()
    if dark not in _MARKER:
        pm = QPixmap(12, 12)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(tones.colour("error", dark))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, 10, 10)
        p.end()
        _MARKER[dark] = QIcon(pm)
    return _MARKER[dark]


def bold_font() -> QFont:
    if not _BOLD:
        f = QFont()
        f.setBold(True)
        _BOLD.append(f)
    return _BOLD[0]


def _assignee(row: ItemRow) -> str:
    """Who the item is assigned to, in the user's language ("Alle læger" is the service's text)."""
    return service_text(row.assignee_label)


def _claim(row: ItemRow) -> str:
    """ "Behandles af NAVN siden HH:MM" in the user's language."""
    return service_text(row.claim_text)


def display(row: ItemRow, col: int) -> str:
    if col == COL_RECEIVED:
        return short_datetime(row.received_at)
    if col == COL_DUE:
        text = short_date(row.due_date)
        return f"{text} !" if row.overdue and text else text
    if col == COL_KIND:
        label = labels.kind_short(row.kind)
        return f"{label} (app)" if row.via_app else label
    if col == COL_PATIENT:
        return row.patient_name
    if col == COL_CPR:
        return row.cpr_display
    if col == COL_PROVIDER:
        # the name without the title ("Anne Søgaard Kristensen, Praktiserende læge"): the tooltip has it all
        return (row.provider_label.split(",", 1)[0] if row.provider_label else "") or _assignee(row)
    if col == COL_PREVIEW:
        if row.signup_wants is not None:
            return signup_wishes(row.signup_wants)
        return portal_text(row.preview, row.kind)  # (an e-consultation's: people's words but for its defaults)
    if col == COL_STATUS:
        return labels.status(row.status)
    if col == COL_CLAIMED:
        return claimed_text(row)
    if col == COL_PRIORITY:
        return labels.priority(row.priority) if row.priority == Priority.URGENT else ""
    return ""


def signup_wishes(wants: tuple[bool, bool, bool]) -> str:
    """A sign-up's "Første linje": what the applicant asks for ("Ønsker: e-konsultation, tidsbestilling")."""
    names = (translate("ItemTableModel", "e-konsultation"), translate("ItemTableModel", "receptfornyelse"),
             translate("ItemTableModel", "tidsbestilling"))
    chosen = [name for name, wanted in zip(names, wants) if wanted]
    if not chosen:
        return translate("ItemTableModel", "Ønsker ingen funktioner")
    return translate("ItemTableModel", "Ønsker: %1").replace("%1", ", ".join(chosen))


def claimed_text(row: ItemRow) -> str:
    if row.claimed_by_name:
        return row.claimed_by_name
    return f"→ {_assignee(row)}" if _assignee(row) else ""


def tooltip(row: ItemRow, col: int) -> str | None:
    """The cell's tooltip (made when asked: only on hover)."""
    if col == COL_KIND:
        label = labels.kind(row.kind)
        return label + (" " + translate("ItemTableModel", "(sendt fra Min Læge-appen)") if row.via_app else "")
    if col in (COL_PATIENT, COL_CPR) and row.patient_name:
        return f"{row.patient_name}  {row.cpr_display}"
    if col == COL_PROVIDER and row.provider_label:
        if not _assignee(row):
            return row.provider_label
        return row.provider_label + "\n" + translate("ItemTableModel", "Tildelt: ") + _assignee(row)
    if col == COL_PREVIEW:
        return display(row, COL_PREVIEW) or None
    if col == COL_CLAIMED:
        if _claim(row):
            return _claim(row)
        if _assignee(row):
            return translate("ItemTableModel", "Tildelt: ") + _assignee(row)
        return None
    if col == COL_DUE and row.overdue:
        return translate("ItemTableModel", "Svarfristen er overskredet")
    if col in (COL_RECEIVED, COL_PRIORITY) and row.priority == Priority.URGENT:
        return translate("ItemTableModel", "Haster: ord i beskeden, der kan tyde på noget akut, eller markeret "
                                           "som haster (fremhævning til personalet, ikke en vurdering)")
    if col == COL_PROVIDER and _assignee(row):
        return translate("ItemTableModel", "Tildelt: ") + _assignee(row)
    return None


#: where each role's answers are in a row's looks (``look``)
PART = {_DISPLAY: 0, _ACCESSIBLE: 1, _FONT: 2, _FOREGROUND: 3, _DECORATION: 4}


_BRUSHES: dict[tuple[str, bool], QBrush] = {}  # (tone, dark scheme?) -> brush, made on first use


def _brush(role: str, dark: bool) -> QBrush:
    key = (role, dark)
    brush = _BRUSHES.get(key)
    if brush is None:
        brush = _BRUSHES[key] = QBrush(tones.colour(role, dark))
    return brush


def look(row: ItemRow) -> tuple:
    """A row's looks, made once when the view first asks for the row: per column its display
    text, accessible text, font, colour and icon (None for a part no column of the row has)."""
    texts = tuple(display(row, c) for c in range(COLUMN_COUNT))
    claimed = texts[COL_CLAIMED]
    shown = texts[:COL_CLAIMED] + ("",) + texts[COL_CLAIMED + 1:]  # an icon on screen
    accessible = texts[:COL_CLAIMED] + (claimed,) + texts[COL_CLAIMED + 1:]  # its words for a screen reader
    urgent = row.priority == Priority.URGENT
    fonts = None
    if row.unread or urgent or row.overdue:
        bold = bold_font()
        fonts = tuple(bold if (row.unread or (c == COL_PRIORITY and urgent) or (c == COL_DUE and row.overdue))
                      else None for c in range(COLUMN_COUNT))
    brushes = None
    if row.overdue or urgent or row.status == ItemStatus.DONE:
        dark = tones.is_dark()
        red = _brush("error", dark)
        muted = _brush("muted", dark) if row.status == ItemStatus.DONE else None
        brushes = tuple(red if (c == COL_DUE and row.overdue) or (c == COL_PRIORITY and urgent) else muted
                        for c in range(COLUMN_COUNT))
    icons = None
    if urgent or claimed:
        icons = [None] * COLUMN_COUNT
        if urgent:
            icons[COL_RECEIVED] = urgent_marker()
        if claimed:
            icons[COL_CLAIMED] = icon("person" if row.claimed_by_name else "person-assigned")
        icons = tuple(icons)
    return shown, accessible, fonts, brushes, icons
