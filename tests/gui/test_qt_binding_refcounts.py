"""Guards the Qt binding against the reference-count bug of PySide6 6.12.0.

6.12.0 released one reference to None on every void Qt call; on CPython 3.11 the
interpreter aborted ("none_dealloc") after a few thousand calls. pyproject pins a
release without it; this test fails if an upgrade brings such a bug back.
"""

import sys

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, QStringListModel
from PySide6.QtWidgets import QCheckBox, QLabel


def test_qt_calls_keep_the_reference_counts_of_none_and_bools(qtbot):
    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(QStringListModel(["a", "b"]))
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for i in range(2000):
        label.setText("x")  # void
        box.setChecked(i % 2 == 0)  # void, takes a bool
        box.isChecked()  # returns a bool
        proxy.invalidate()
        proxy.canFetchMore(QModelIndex())
    after = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    # a leak of a few references is harmless; a loss of one per call is the bug
    for name in before:
        assert after[name] >= before[name] - 50, f"{name} lost {before[name] - after[name]} references"
