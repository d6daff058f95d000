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
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QTabBar, QWidget

import tests.gui.test_language_walk as language_walk
from tests.gui.inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template  # noqa: F401 - fixtures
from tests.gui.test_language_walk import practice  # noqa: F401 - fixture


def tab_reachable(root: QWidget) -> list[QWidget]:
    """The widgets Tab can land on in ``root``: visible, enabled, accepting Tab focus, not a part of
    another widget (a spin box's or an editable combo box's line edit is the spin box)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(root.window()) or not w.isEnabled():
            continue
        if not w.isVisible():
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
    return f"{type(w).__name__}({'/'.join(chain)})"


@dataclass
class A11yWalk(language_walk.Walk):
    unnamed: dict = field(default_factory=dict)  # (window, widget description) -> widget class
    seen: int = 0

    def __post_init__(self):
        super().__init__()

    def collect(self, window: str, root: QWidget, *, visible_only: bool = True) -> None:
        super().collect(window, root, visible_only=visible_only)
        if not root.isVisible():
            return
        for w in tab_reachable(root):
            self.seen += 1
            if isinstance(w, QTabBar):
                continue  # its tabs carry the names
            if not accessible_name(w):
                self.unnamed[(window.split(" / ")[0], describe(w))] = type(w).__name__


@pytest.fixture
def a11y_walk(monkeypatch):
    monkeypatch.setattr(language_walk, "Walk", A11yWalk)


def test_every_widget_tab_can_reach_has_a_name(qtbot, practice, tmp_path, a11y_walk):  # noqa: F811
    walk = language_walk._walk_everything(qtbot, practice, tmp_path)
    assert walk.seen > 100, walk.seen
    unnamed = sorted(walk.unnamed)
    assert unnamed == [], f"{len(unnamed)} widgets without an accessible name:\n" + "\n".join(map(repr, unnamed))
