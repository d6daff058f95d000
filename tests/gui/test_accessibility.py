"""Accessibility basics (issue 13, item 7): names, tab order, light and dark.

The walk of the language test (tests/gui/test_language_walk.py) opens every window and dialog an
administrator can reach; here each of them is looked at as a screen reader and a keyboard user
would: every widget that Tab can reach has a name that Qt's accessibility interface exposes (its
own text, a label whose buddy it is, or an accessible name), and pressing Tab through a dialog
visits its widgets in reading order, each once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QTabBar, QWidget

import tests.gui.test_language_walk as language_walk
from tests.gui.inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template  # noqa: F401 - fixtures
from tests.gui.test_language_walk import practice  # noqa: F401 - fixture


def tab_reachable(root: QWidget) -> list[QWidget]:
    """The widgets Tab can land on in ``root``: shown, enabled, accepting Tab focus, not a part of
    another widget (a spin box's or an editable combo box's line edit is the spin box)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isEnabled():
            continue
        if not (w.isVisible() if root.isVisible() else w.isVisibleTo(root)):
            continue
        parent = w.parentWidget()
        if parent is not None and (parent.focusProxy() is w or isinstance(parent, (QAbstractSpinBox, QComboBox))):
            continue
        if w.focusProxy() is not None:
            continue
        found.append(w)
    return found


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def describe(w: QWidget) -> str:
    chain = []
    p = w
    while p is not None and len(chain) < 4:
        chain.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    text = getattr(w, "text", None)
    text = text().replace("&", "") if callable(text) and isinstance(w, QAbstractButton) else ""
    r = _rect(w)
    return f"{type(w).__name__}({'/'.join(chain)} {text!r} @{r.x()},{r.y()} {r.width()}x{r.height()})"


def _own(w: QWidget | None) -> QWidget | None:
    """The widget a focus lands for: a spin box's or combo box's line edit is the box."""
    while w is not None and w.parentWidget() is not None:
        parent = w.parentWidget()
        if parent.focusProxy() is w or isinstance(parent, (QAbstractSpinBox, QComboBox)):
            w = parent
        else:
            break
    return w


def _rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


SECTIONS = 4  # Tab may step through a date's or time's sections before it leaves the widget
ROW = 6  # px: widgets whose boxes overlap by less than this are on different rows


def backwards(a: QWidget, b: QWidget) -> bool:
    """Moving from ``a`` to ``b`` goes against the reading order: ``b`` ends above where ``a``
    starts and is not in a column to the right, or it is on the same row and to the left."""
    ra, rb = _rect(a), _rect(b)
    if rb.left() >= ra.right() - ROW:  # a column (or a cell) further right
        return False
    if rb.bottom() <= ra.top() + ROW:  # a row higher up, not to the right
        return True
    same_row = rb.top() < ra.bottom() - ROW and ra.top() < rb.bottom() - ROW
    return same_row and rb.right() <= ra.left() + ROW and rb.top() >= ra.top() - ROW


@dataclass
class Cycle:
    window: str
    visited: list  # descriptions in the order Tab visits them
    twice: str | None  # a widget Tab came back to before the cycle closed
    skipped: list  # reachable widgets Tab never visited
    against: list  # (from, to) moves against the reading order (beyond the one wrap)


def tab_cycle(qtbot, window: str, dialog: QWidget, limit: int = 120) -> Cycle:
    """Press Tab from the dialog's first focus until the focus comes back to it."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    start = _own(QApplication.focusWidget())
    assert start is not None and start.window() is dialog, (window, start)
    reachable = tab_reachable(dialog)
    visited, twice, stayed = [start], None, 0
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = _own(QApplication.focusWidget())
        if w is start and len(reachable) == 1:  # a message box's one button
            break
        if w is visited[-1]:  # Tab moved inside the widget (a date's day, month, year)
            stayed += 1
            if stayed > SECTIONS:
                twice = f"Tab stays in {describe(w)}"
                break
            continue
        stayed = 0
        if w is start:
            break
        if w in visited:
            twice = describe(w)
            break
        visited.append(w)
    else:
        twice = f"no way back to {describe(start)} after {limit} presses"
    skipped = [describe(w) for w in reachable if w not in visited]
    moves = list(zip(visited, visited[1:] + [visited[0]]))
    against = [(describe(a), describe(b)) for a, b in moves if backwards(a, b)]
    if len(against) == 1 and twice is None:
        against = []  # the wrap from the last widget back to the first
    return Cycle(window, [describe(w) for w in visited], twice, skipped, against)


@dataclass
class A11yWalk(language_walk.Walk):
    unnamed: dict = field(default_factory=dict)  # (window, widget description) -> widget class
    seen: int = 0
    cycles: list = field(default_factory=list)
    qtbot: object = None
    _cycled: set = field(default_factory=set)

    def __post_init__(self):
        super().__init__()

    def collect(self, window: str, root: QWidget, *, visible_only: bool = True) -> None:
        super().collect(window, root, visible_only=visible_only)
        for w in tab_reachable(root):
            self.seen += 1
            if isinstance(w, QTabBar):
                continue  # its tabs carry the names
            if not accessible_name(w):
                self.unnamed[(window.split(" / ")[0], describe(w))] = type(w).__name__
        dialog = root.window()
        if isinstance(dialog, QDialog) and dialog.isVisible() and self.qtbot is not None:
            key = (window, root.objectName(), type(root).__name__)
            if key not in self._cycled:
                self._cycled.add(key)
                self.cycles.append(tab_cycle(self.qtbot, window, dialog))

    def collect_wizard(self, window: str, wizard) -> None:
        super().collect_wizard(window, wizard)
        for pid in wizard.pageIds():
            wizard.setStartId(pid)
            wizard.restart()
            language_walk._settle(self.qtbot)
            self.collect(f"{window} page {pid}", wizard.currentPage())


@pytest.fixture
def a11y_walk(monkeypatch, qtbot):
    monkeypatch.setattr(language_walk, "Walk", lambda: A11yWalk(qtbot=qtbot))


def _walk_more(qtbot, world, tmp_path, walk: A11yWalk) -> None:
    """The dialogs the language walk does not open: Opret E-svar, a reason box, a new staff member."""
    from clinicdesk.services.inbox.types import Folder
    from clinicdesk.views.staff.dialog import StaffDialog
    from tests.gui.window_helpers import open_main_window

    settle = language_walk._settle
    win = open_main_window(qtbot, world, tmp_path, "admin")
    view = win.page("inbox")
    win.show_page("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    view.folders.select_folder(Folder.ECONSULT)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.current is not None, timeout=10000)
    settle(qtbot)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dlg = view.detail.econsult.dialog
    qtbot.waitUntil(lambda: dlg.search_edit.hasFocus(), timeout=5000)
    settle(qtbot)
    walk.collect("Opret E-svar", dlg)
    dlg.done(QDialog.DialogCode.Rejected)
    settle(qtbot)
    reason = view.detail.econsult.ask_reason("Afslut uden svar", "Begrundelse:", lambda _text: True)
    qtbot.waitUntil(reason.edit.hasFocus, timeout=5000)
    walk.collect("reason", reason)
    reason.done(QDialog.DialogCode.Rejected)
    staff = StaffDialog(world.db, win.actor, win)
    staff.open()
    qtbot.waitUntil(lambda: staff.model.rowCount() > 0, timeout=10000)
    settle(qtbot)
    staff.new_staff()
    qtbot.waitUntil(lambda: staff.child is not None and staff.child.isVisible(), timeout=5000)
    settle(qtbot)
    walk.collect("new staff member", staff.child)
    staff.child.done(QDialog.DialogCode.Rejected)
    staff.done(QDialog.DialogCode.Rejected)
    view.stop()
    settle(qtbot)


def test_every_widget_tab_can_reach_has_a_name(qtbot, practice, tmp_path, a11y_walk):  # noqa: F811
    walk = language_walk._walk_everything(qtbot, practice, tmp_path)
    _walk_more(qtbot, practice, tmp_path, walk)
    assert walk.seen > 100, walk.seen
    unnamed = sorted(walk.unnamed)
    assert unnamed == [], f"{len(unnamed)} widgets without an accessible name:\n" + "\n".join(map(repr, unnamed))


def test_tab_goes_through_every_dialog_in_reading_order_once(qtbot, practice, tmp_path, a11y_walk):  # noqa: F811
    walk = language_walk._walk_everything(qtbot, practice, tmp_path)
    _walk_more(qtbot, practice, tmp_path, walk)
    assert len(walk.cycles) >= 20, [c.window for c in walk.cycles]
    bad = [c for c in walk.cycles if c.twice or c.skipped or c.against]
    report = "\n".join(f"{c.window}: twice={c.twice} skipped={c.skipped} against={c.against}\n   order={c.visited}"
                       for c in bad)
    assert bad == [], f"{len(bad)} dialogs with a wrong tab order:\n{report}"
