"""The inbox as the user sees it: the real main window (offscreen), against a QSqlQueryModel
in a QTableView on the same query, in the same run.

    .venv/bin/python bench/window.py [DB_PATH] [--items N] [--repeat 5] [--json FILE]

DB_PATH defaults to the database of bench/inbox.py (the 1M demo; built when missing,
see bench/README.md). The window logs in as a doctor of the largest clinic, is shown at
1366×768, and every operation is timed from the user's action until the list has been
painted with its result (the model's page arrived and a paint of the list came after it):

* ``window_open``: window created → first page painted and folder counts shown (cold);
* ``first_page``: the newest items of the clinic (the "Alle" folder, switched to from "Afsluttede"),
  the same query as the baseline; each folder switch; filter change (kind: renewals); CPR
  search; text search (each from its action until the page arrived, ``page_loaded``, and the
  list or its empty text was painted after it);
* open item (select the first row → its detail shown);
* a live change: a second process sends an e-consultation through the portal; timed
  from that process's commit until the new row is in the list;
* the worst GUI-thread stall during each operation: the lateness of a 5 ms timer.

The baseline (``qsql``) shows the same first page through ``QSqlQueryModel`` + ``QTableView``.
Printed: medians (cold = first run) in ms, and the ratio window/QSqlQueryModel for the
first page (warm medians). ``--json FILE`` writes the figures (``window_<operation>_ms``,
``window_<operation>_stall_ms``, ``qsql_first_page_ms``, ``first_page_vs_qsql``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inbox import DEFAULT_DB, ROW_SQL, baseline_where, choose_params, ensure_db  # noqa: E402  (bench/inbox.py)

PASSWORD = "Demo1234!"

_LIVE_CHILD = r"""
import sys, time
from sqlalchemy import text
from clinicdesk.db import Database
from clinicdesk.portal import send_econsult
db = Database(sys.argv[1], migrate=False)
clinic_id = int(sys.argv[2])
with db.session() as s:
    cprs = s.execute(text(
        "SELECT p.cpr FROM portal_account a JOIN patient p ON p.id = a.patient_id JOIN clinic_patient cp "
        "ON cp.patient_id = p.id WHERE cp.clinic_id = :c AND a.status = 'active' ORDER BY p.id LIMIT 60"),
        {"c": clinic_id}).scalars().all()
    providers = s.execute(text("SELECT id FROM provider WHERE clinic_id = :c ORDER BY id"), {"c": clinic_id}).scalars().all()
for cpr in cprs:  # the first patient and provider the portal lets send an e-consultation
    for provider_id in providers:
        try:
            done = send_econsult(db, clinic_id, cpr, provider_id=provider_id, body="Jeg har et spørgsmål om min medicin.")
        except Exception:
            continue
        print(done.item_id, time.time(), flush=True)
        sys.exit(0)
"""


class Stalls:
    """The worst lateness of a 5 ms timer on the GUI thread since ``reset``."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.005)
        self.last = now

    def reset(self):
        self.last = time.perf_counter()
        self.worst = 0.0


def _until(pred, timeout_s: float = 120.0) -> None:
    """Run the GUI's event loop until ``pred()``: the thread sleeps in the loop as the app's
    does, and a 1 ms timer asks. (A loop spinning processEvents() held the GIL against the
    window's worker thread and made the operation it measured slower.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    if pred():
        return
    end = time.perf_counter() + timeout_s
    loop = QEventLoop()
    state = {"late": False}

    def check():
        if pred():
            loop.quit()
        elif time.perf_counter() > end:
            state["late"] = True
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if state["late"]:
        raise TimeoutError("the window did not get there")


class PaintWatch:
    """Counts paints of some widgets (an event filter on each), and notes when each was done: the
    filter sees the paint before the widget draws, so the time is taken once the event loop comes
    back (the paint drawn and flushed, as the baseline's ``repaint()`` + ``processEvents()``)."""

    def __init__(self, *widgets):
        from PySide6.QtCore import QEvent, QObject, QTimer

        watch = self

        class _F(QObject):
            def eventFilter(self, obj, ev):  # noqa: N802
                if ev.type() == QEvent.Type.Paint:
                    watch.paints += 1
                    QTimer.singleShot(0, watch.painted)
                return False

        self.paints = 0
        self.times: list[float] = []
        self._f = _F()
        for w in widgets:
            w.installEventFilter(self._f)

    def painted(self) -> None:
        self.times.append(time.perf_counter())

    def first_since(self, since: float) -> float | None:
        """When the first paint at or after ``since`` came (None: none yet)."""
        return next((at for at in self.times if at >= since), None)


class Arrivals:
    """Pages (or load failures) the inbox's model has received: an operation is done when one
    more has arrived and nothing is loading any more."""

    def __init__(self, model):
        self.n = 0
        self.failed = 0
        self.at = 0.0
        model.page_loaded.connect(self._arrived)
        model.load_failed.connect(self._failed)

    def _arrived(self, *_):
        self.n += 1
        self.at = time.perf_counter()

    def _failed(self, *_):
        self._arrived()
        self.failed += 1


def _make_room(win, found: dict) -> None:
    """The list must have room to paint: a bar above it taller than half the window (seen: the
    escalation banner at 1M items, thousands of pixels) is hidden, and named in the report."""
    from PySide6.QtWidgets import QToolBar

    for bar in win.findChildren(QToolBar):
        if bar.isVisible() and bar.height() > win.height() // 2:
            found[bar.objectName() or type(bar).__name__] = max(bar.height(), found.get(bar.objectName(), 0))
            bar.hide()


def _repaint(view, squeezed: dict | None = None) -> None:
    """Ask for a paint of whatever shows the list now (the table, or its empty text)."""
    if squeezed is not None:
        _make_room(view.window(), squeezed)
    view.table.viewport().update()
    view.empty_label.update()


def run_window(prm: dict, repeat: int) -> dict:
    import sqlite3

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clinicdesk.app import install_extensions, install_translations
    from clinicdesk.db import Database
    from clinicdesk.services import auth
    from clinicdesk.services.inbox import Folder
    from clinicdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    install_translations(app, "da")
    con = sqlite3.connect(prm["db"])
    username = con.execute("SELECT username FROM staff_user WHERE id = ?", (prm["staff_id"],)).fetchone()[0]
    con.close()
    url = f"sqlite:///{prm['db']}"
    db = Database(url)
    result = auth.login(db, username, PASSWORD, clinic_id=prm["clinic_id"])
    actor = result.actor_for(prm["clinic_id"])
    stalls = Stalls()
    res: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "ws.ini"), QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        stalls.reset()
        win = MainWindow(db, result, actor, idle_timeout_ms=3_600_000, settings=settings)
        install_extensions(win)
        win.resize(1366, 768)
        win.show()
        view = win.page("inbox")
        squeezed: dict[str, int] = {}
        paints = PaintWatch(view.table.viewport(), view.empty_label)
        arrivals = Arrivals(view.model)
        _until(lambda: view.model.loaded and not view.model.is_loading and view.model.rowCount() > 0
               and "(" in view.folders.count_text(Folder.ALL_OPEN))
        n = paints.paints
        _repaint(view, squeezed)
        _until(lambda: paints.paints > n, 10)
        res["window_open"] = {"cold": (time.perf_counter() - t0) * 1000, "stall": stalls.worst * 1000}

        def list_ready():
            return view.model.loaded and not view.model.is_loading

        def measure(action) -> tuple[float, float]:
            """From the action until its page arrived and the list (or its empty text) was painted
            after it: the times the window noted (the arrival, the paint), not when the bench's
            polling saw them."""
            _until(list_ready)
            stalls.reset()
            before = arrivals.n
            paints.times.clear()
            start = time.perf_counter()
            action()
            _until(lambda: arrivals.n > before and list_ready())
            if paints.first_since(arrivals.at) is None:  # (the page's own paint may have come already)
                _repaint(view, squeezed)
            _until(lambda: paints.first_since(arrivals.at) is not None)
            return (paints.first_since(arrivals.at) - start) * 1000, stalls.worst * 1000

        def runs(name, action, reset=None, needs_reset=lambda: True):
            """``reset`` (when ``needs_reset()``: it must change what the list shows), then the action."""
            out = []
            for _ in range(repeat + 1):
                if reset and needs_reset():
                    measure(reset)
                out.append(measure(action))
            res[name] = {"cold": out[0][0], "warm": statistics.median(o[0] for o in out[1:]),
                         "stall": max(o[1] for o in out)}

        # the first page as the user sees it: the newest items of the clinic (what the
        # QSqlQueryModel baseline shows), switched to from another folder
        shown = {"folder": None}

        def select(folder):
            shown["folder"] = folder
            view.folders.select_folder(folder)

        def away_from(folder):
            """Select a folder other than ``folder`` and the one shown (so both switches load)."""
            other = next(f for f in (Folder.DONE, Folder.NEW, Folder.ALL) if f not in (folder, shown["folder"]))
            select(other)

        runs("first_page", lambda: select(Folder.ALL), reset=lambda: away_from(Folder.ALL))
        for folder in (Folder.NEW, Folder.MINE, Folder.ALL_OPEN, Folder.OVERDUE, Folder.DONE, Folder.RENEWAL):
            runs(f"folder_{folder.value}", lambda f=folder: select(f), reset=lambda f=folder: away_from(f))
        measure(lambda: select(Folder.ALL_OPEN))

        def set_kind(index):
            view.kind_combo.setCurrentIndex(index)

        runs("filter_kind", lambda: set_kind(2), reset=lambda: set_kind(0),
             needs_reset=lambda: view.kind_combo.currentIndex() != 0)
        measure(lambda: set_kind(0))

        def search(term):
            view.search_edit.setText(term)
            view.search_edit.returnPressed.emit()

        searching = lambda: bool(view.search_edit.text())  # noqa: E731
        runs("search_cpr", lambda: search(prm["cpr"]), reset=lambda: search(""), needs_reset=searching)
        runs("search_text", lambda: search(prm["text"]), reset=lambda: search(""), needs_reset=searching)
        measure(lambda: search(""))
        res["load_failures"] = {"cold": arrivals.failed, "stall": 0.0}

        def click_row(r):  # what a click on the row does (InboxView._clicked)
            view.open_index(view.model.index(r, 0), focus=False)

        def detail_shown(r):
            cur = getattr(view.detail, "current", None)
            return cur is not None and cur.detail.id == view.model.rows()[r].id

        out = []
        for i in range(repeat + 1):
            r = 2 + 2 * i  # a different item each time (each open claims it)
            click_row(r - 1)
            _until(lambda r=r: detail_shown(r - 1))
            stalls.reset()
            start = time.perf_counter()
            click_row(r)
            _until(lambda r=r: detail_shown(r))
            out.append(((time.perf_counter() - start) * 1000, stalls.worst * 1000))
        res["open_item"] = {"cold": out[0][0], "warm": statistics.median(o[0] for o in out[1:]),
                            "stall": max(o[1] for o in out)}

        # a live change from another workstation (a second process): until the new item is in the
        # list, or (when urgent items fill the first page) the folder counts show it
        out = []
        for _ in range(max(1, repeat // 2)):
            counted = view.folders.count_text(Folder.ALL_OPEN)
            stalls.reset()
            proc = subprocess.Popen([sys.executable, "-c", _LIVE_CHILD, url, str(prm["clinic_id"])],
                                    stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(HERE.parent)))
            _until(lambda: proc.poll() is not None, 60)  # the GUI keeps running while the other commits
            lines = proc.stdout.read().strip().splitlines()
            if not lines:
                raise SystemExit("the second process could not send an e-consultation (no portal user?)")
            item_id, committed_at = lines[-1].split()
            _until(lambda i=int(item_id): any(r.id == i for r in view.model.rows())
                   or view.folders.count_text(Folder.ALL_OPEN) != counted, 30)
            out.append(((time.time() - float(committed_at)) * 1000, stalls.worst * 1000))
        res["live_change"] = {"cold": out[0][0], "warm": statistics.median(o[0] for o in out),
                              "stall": max(o[1] for o in out)}
        res["squeezed"] = [f"{name} ({px} px)" for name, px in squeezed.items()]
        win.close()
    db.dispose()
    return res


def run_qsql(prm: dict, repeat: int) -> dict:
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication(["bench"])
    qdb = QSqlDatabase.addDatabase("QSQLITE", "bench-window")
    qdb.setDatabaseName(prm["db"])
    assert qdb.open(), qdb.lastError().text()
    times = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        model = QSqlQueryModel()
        view = QTableView()
        view.resize(1366, 768)
        view.setModel(model)
        view.show()
        model.setQuery(ROW_SQL.format(cid=prm["clinic_id"], where=baseline_where("first_page", prm)), qdb)
        view.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        view.close()
        model.clear()
    qdb.close()
    return {"first_page": {"cold": times[0], "warm": statistics.median(times[1:])}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", metavar="FILE", type=Path)
    args = ap.parse_args(argv)
    ensure_db(args.db, args.items)
    prm = choose_params(args.db)
    win = run_window(prm, args.repeat)
    base = run_qsql(prm, args.repeat)
    print(f"the window on {args.db.name} ({prm['clinic_items']:,} items in the clinic); ms, "
          f"cold = first run, warm = median of {args.repeat}; stall = worst GUI-thread lateness")
    print(f"{'operation':22}{'cold':>9}{'warm':>9}{'stall':>9}")
    for name, r in win.items():
        if name in ("load_failures", "squeezed"):
            continue
        print(f"{name:22}{r['cold']:9.0f}{r.get('warm', r['cold']):9.0f}{r['stall']:9.0f}")
    print(f"{'qsql first_page':22}{base['first_page']['cold']:9.0f}{base['first_page']['warm']:9.0f}")
    ratio = win["first_page"]["warm"] / base["first_page"]["warm"]
    print(f"first page, window vs QSqlQueryModel in a QTableView (warm medians): {ratio:.1f}×")
    if win["squeezed"]:
        print(f"WARNING: the list had no room to paint; hidden for the measurement: {', '.join(win['squeezed'])}")
    if win["load_failures"]["cold"]:
        print(f"WARNING: {win['load_failures']['cold']} page loads failed (see the log)")
    if args.json:
        timed = {k: v for k, v in win.items() if k not in ("load_failures", "squeezed")}
        figures = {f"window_{k}_ms": v.get("warm", v["cold"]) for k, v in timed.items()}
        figures.update({f"window_{k}_stall_ms": v["stall"] for k, v in timed.items()})
        figures["squeezed_by"] = win["squeezed"]
        figures["qsql_first_page_ms"] = base["first_page"]["warm"]
        figures["first_page_vs_qsql"] = ratio
        figures["load_failures"] = win["load_failures"]["cold"]
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
