"""Timings of the inbox as the user gets it, for ``bench/inbox.py`` (owned by inbox-services).

``time_inbox_view(db, actor, repeat=3) -> dict`` opens a whole ``InboxView`` (folders,
filter bar, list, detail pane; the live watcher off) and measures, in milliseconds:

* ``first_page``: from creating the view to the first page painted in the list;
* ``next_page``: ``fetchMore`` until the next page is painted;
* ``filter_change``: choosing "Receptfornyelser" in the type filter until painted;
* ``counts``: the folder counts shown.

Each entry is ``{"cold": ms, "warm": median ms, "rows": rows shown}``. Needs a
QApplication (the caller makes one; offscreen is fine). No database work happens
here beyond what the view itself does through the worker.
"""

from __future__ import annotations

import statistics
import time


def _wait(predicate, timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > end:
            raise TimeoutError("the inbox view did not finish in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _paint(widget) -> None:
    widget.repaint()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def _summary(runs: list[tuple[float, int]]) -> dict:
    warm = [r[0] for r in runs[1:]] or [runs[0][0]]
    return {"cold": runs[0][0], "warm": statistics.median(warm), "rows": runs[0][1]}


def time_inbox_view(db, actor, repeat: int = 3) -> dict:
    from PySide6.QtCore import QModelIndex

    from clinicdesk.domain.enums import ItemKind
    from clinicdesk.views.inbox.view import InboxView
    from clinicdesk.views.worker import wait_for_all

    first, nxt, filt, counts = [], [], [], []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        view = InboxView(db, actor, start=False)
        view.resize(1600, 900)
        view.show()
        view.model.set_query(view._query())
        view.refresh_counts()
        _wait(lambda: view.model.rowCount() > 0 or (not view.model.is_loading and view.model.loaded))
        _paint(view.table)
        first.append(((time.perf_counter() - t0) * 1000, view.model.rowCount()))
        _wait(lambda: bool(view.folders.counts))
        counts.append(((time.perf_counter() - t0) * 1000, sum(view.folders.counts.values())))

        n = view.model.rowCount()
        t1 = time.perf_counter()
        if view.model.canFetchMore(QModelIndex()):
            view.model.fetchMore(QModelIndex())
            _wait(lambda: view.model.rowCount() > n or not view.model.is_loading)
        _paint(view.table)
        nxt.append(((time.perf_counter() - t1) * 1000, view.model.rowCount()))

        t2 = time.perf_counter()
        view.kind_combo.setCurrentIndex(view.kind_combo.findData(ItemKind.RENEWAL))
        _wait(lambda: view.model.query.kind == ItemKind.RENEWAL and not view.model.is_loading)
        _paint(view.table)
        filt.append(((time.perf_counter() - t2) * 1000, view.model.rowCount()))

        view.stop()
        view.close()
        view.deleteLater()
        wait_for_all()
    return {"first_page": _summary(first), "next_page": _summary(nxt), "filter_change": _summary(filt),
            "counts": _summary(counts)}
