"""The program follows the system's light or dark scheme (issue 13, item 7).

When the system switches to dark (``styleHints().colorSchemeChanged``), the palette and the style
sheet follow; the words a user must read keep a contrast of at least 4.5:1 against what is
behind them, measured on the rendered window: the inbox list, the detail pane's error line, the
urgent marker and the "Haster" folder; and, light and dark and across a change of scheme while they
are open, the coloured lines of the dialogs (the patient card's error, ok and notice lines, a settings
field's error, the staff dialog's message, the setup wizard's error). Offscreen Qt cannot switch the
system's scheme, so the test sends the signal the system would send.
"""

from __future__ import annotations

import os

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QWidget

from clinicdesk.demo import DEMO_PASSWORD
from clinicdesk.domain.enums import ItemKind
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import auth
from clinicdesk.services.inbox.types import Folder
from clinicdesk.views.inbox import table_model as tm
from tests.gui.inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template  # noqa: F401 - fixtures

DOCS = Path(__file__).resolve().parents[2] / "docs"


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rendered(win: QWidget, w: QWidget) -> tuple[QColor, QColor]:
    """(text, background) of ``w`` as the window draws it: the commonest pixel is the background,
    the pixel that differs most from it is the text."""
    img = win.grab(QRect(w.mapTo(win, QPoint(0, 0)), w.size())).toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = [img.pixelColor(x, y) for y in range(img.height()) for x in range(img.width())]
    bg = QColor(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    text = max(pixels, key=lambda p: contrast(p, bg))
    return text, bg


@pytest.fixture
def scheme(qapp):
    """Switch the system's scheme as the system does: the styleHints signal."""
    from clinicdesk.app import apply_style

    apply_style(qapp)  # start as the (light) system is: the app listens from here on
    hints = QGuiApplication.styleHints()
    yield lambda s: (hints.colorSchemeChanged.emit(s), qapp.processEvents())
    apply_style(qapp, Qt.ColorScheme.Light)
    qapp.setStyleSheet("")


@pytest.fixture
def window(qtbot, inbox_db, tmp_path):  # noqa: F811
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    res = auth.login(inbox_db, "laege", DEMO_PASSWORD)
    actor = res.actor_for(res.memberships[0].clinic_id)
    win = MainWindow(inbox_db, res, actor, idle_timeout_ms=30 * 60_000,
                     settings=QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    install_extensions(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    view = win.page("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    yield win, view
    view.stop()
    wait_for_all()


def _open_econsult(qtbot, view) -> None:
    row = next(i for i, r in enumerate(view.model.rows()) if r.kind == ItemKind.ECONSULT)
    view.table.setCurrentIndex(view.model.index(row, tm.COL_RECEIVED))
    view.open_current()
    qtbot.waitUntil(lambda: view.detail.current is not None, timeout=10000)
    qtbot.wait(50)


def test_the_window_follows_the_system_into_dark_and_back(qtbot, qapp, scheme, window):
    win, view = window
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    scheme(Qt.ColorScheme.Dark)
    qtbot.wait(20)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    text, bg = rendered(win, view.table.viewport())
    assert bg.lightness() < 80, bg.name()  # the list itself is dark, not a white island
    scheme(Qt.ColorScheme.Light)
    qtbot.wait(20)
    text, bg = rendered(win, view.table.viewport())
    assert bg.lightness() > 200, bg.name()


def test_words_keep_their_contrast_in_dark(qtbot, qapp, scheme, window):
    win, view = window
    scheme(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80  # dark it is
    _open_econsult(qtbot, view)
    bad = []

    # the inbox list: every cell's own colour (urgent and overdue red, done grey) on the list's background
    base = view.table.palette().color(QPalette.ColorRole.Base)
    for r in range(view.model.rowCount()):
        for c in range(tm.COLUMN_COUNT):
            brush = view.model.index(r, c).data(Qt.ItemDataRole.ForegroundRole)
            fg = brush.color() if brush is not None else view.table.palette().color(QPalette.ColorRole.Text)
            if contrast(fg, base) < 4.5:
                bad.append(("list cell", r, c, fg.name(), base.name()))
    text, bg = rendered(win, view.table.viewport())
    if contrast(text, bg) < 4.5:
        bad.append(("list as drawn", text.name(), bg.name()))

    # the urgent marker (the red dot first in an urgent row)
    dot = tm.urgent_marker().pixmap(12, 12).toImage().pixelColor(6, 6)
    if contrast(dot, base) < 4.5:
        bad.append(("urgent marker", dot.name(), base.name()))

    # the "Haster" folder in red when it holds items
    folders = view.folders
    urgent = folders._items[Folder.URGENT]
    fg = urgent.foreground().color() if urgent.foreground().style() != Qt.BrushStyle.NoBrush \
        else folders.palette().color(QPalette.ColorRole.Text)
    if contrast(fg, folders.palette().color(QPalette.ColorRole.Base)) < 4.5:
        bad.append(("Haster folder", fg.name()))

    # the urgent bar's words over the open item ("Haster – ord i beskeden: …")
    bar = view.detail.econsult.urgent_bar
    bar._show(True, ("brystet",))
    qtbot.wait(20)
    text, bg = rendered(win, bar.label)
    if contrast(text, bg) < 4.5:
        bad.append(("urgent bar", text.name(), bg.name()))

    # the detail pane's error line
    error = view.detail.error_label
    error.setText("Elementet kunne ikke hentes. Prøv igen om lidt.")
    error.show()
    qtbot.wait(20)
    text, bg = rendered(win, error)
    if contrast(text, bg) < 4.5:
        bad.append(("detail error", text.name(), bg.name()))

    assert bad == []
    if os.environ.get("CLINICDESK_WRITE_DOCS"):  # remake docs/inbox-dark.png on purpose, not on every run
        DOCS.mkdir(exist_ok=True)
        error.hide()
        qtbot.wait(20)
        win.grab().save(str(DOCS / "inbox-dark.png"))


# ---------------------------------------------------------------- the dialogs' coloured lines
def _a_patient(db, clinic_id) -> int:
    from sqlalchemy import select

    from clinicdesk.models import ClinicPatient

    with db.session() as s:
        return s.scalars(select(ClinicPatient.patient_id).where(ClinicPatient.clinic_id == clinic_id)
                         .order_by(ClinicPatient.patient_id)).first()


@pytest.fixture
def dialogs(qtbot, inbox_db):  # noqa: F811
    """The patient card, a settings field, the staff dialog and the setup wizard's first page, shown, each
    with its coloured line: ``lines`` names (label, window) pairs to measure."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from clinicdesk.domain.settings import CLINIC_SETTINGS, Kind
    from clinicdesk.views.patient_card.card import PatientCard
    from clinicdesk.views.settings.fields import SettingField
    from clinicdesk.views.setup.pages import ClinicPage
    from clinicdesk.views.staff.dialog import StaffDialog
    from clinicdesk.views.worker import wait_for_all

    res = auth.login(inbox_db, "admin", DEMO_PASSWORD)
    actor = res.actor_for(res.memberships[0].clinic_id)
    card = PatientCard(inbox_db, actor, _a_patient(inbox_db, actor.clinic_id))
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10000)
    card.tabs.setCurrentIndex(card.tabs.indexOf(card.mismatch.parentWidget()))  # "Kommunikation": the notice's tab

    holder = QDialog()
    qtbot.addWidget(holder)
    field = SettingField(next(s for s in CLINIC_SETTINGS if s.kind == Kind.INT), holder)
    QVBoxLayout(holder).addWidget(field)
    field.set_error("Værdien skal være mellem 1 og 60. Ret feltet, og gem igen.")
    holder.show()

    staff = StaffDialog(inbox_db, actor)
    qtbot.addWidget(staff)
    staff.show()

    page = ClinicPage()
    qtbot.addWidget(page)
    page.show()
    page.show_error("Klinikkens navn mangler. Skriv navnet, og gå videre.")
    for w in (card, holder, staff, page):
        qtbot.waitExposed(w)
    qtbot.wait(200)  # the staff list has loaded: its own status line is written
    staff.show_message("Brugernavnet findes allerede. Vælg et andet.", error=True)
    yield {"card": card, "field": field, "staff": staff, "page": page}
    wait_for_all()


def _measure(qtbot, d) -> list:
    card = d["card"]
    bad = []
    for name, say in (("card error", lambda: card._failed(ClinicDeskError("Patienten kunne ikke gemmes. Prøv igen."))),
                      ("card ok", lambda: card._loaded(card.card, "Kontaktoplysningerne er gemt."))):
        say()
        qtbot.wait(20)
        text, bg = rendered(card, card.status)
        if contrast(text, bg) < 4.5:
            bad.append((name, text.name(), bg.name()))
    card.mismatch.setText("Portalen har en anden mobil end klinikken.")  # (a load hides it again)
    card.mismatch.show()
    qtbot.wait(20)
    for name, win, label in (("card notice", card, card.mismatch),
                             ("settings field error", d["field"].window(), d["field"].error),
                             ("staff message", d["staff"], d["staff"].status),
                             ("setup error", d["page"], d["page"].error)):
        text, bg = rendered(win, label)
        if contrast(text, bg) < 4.5:
            bad.append((name, text.name(), bg.name()))
    return bad


def test_the_dialogs_coloured_lines_are_readable_light_and_dark_and_follow_a_change(qtbot, qapp, scheme, dialogs):
    from clinicdesk.views.tones import colour

    scheme(Qt.ColorScheme.Light)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert _measure(qtbot, dialogs) == []
    # the system turns dark while the dialogs are open: the same lines, now on dark, keep their contrast
    scheme(Qt.ColorScheme.Dark)
    qtbot.wait(20)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    text, bg = rendered(dialogs["staff"], dialogs["staff"].status)
    assert bg.lightness() < 80, bg.name()  # measured on the dark dialog, not on a white island
    assert _measure(qtbot, dialogs) == []
    # the card's CPR number (rich text) is drawn in the dark scheme's quiet grey
    assert colour("muted").name() in dialogs["card"].header.text()
    scheme(Qt.ColorScheme.Light)
    qtbot.wait(20)
    assert _measure(qtbot, dialogs) == []
    assert colour("muted").name() in dialogs["card"].header.text()
