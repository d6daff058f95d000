"""Cold start as the user sees it: process start → login → first inbox page painted and the
folder counts shown, against a bare PySide6 window that shows, paints once and quits.

    .venv/bin/python bench/startup.py [DB_PATH] [--items N] [--runs 5] [--json FILE]

DB_PATH (default: clinicdesk-bench-start.db in the temp folder) is built with the demo
clinic and N items when it does not exist yet (bench/README.md: the 1M database).

Each run is a fresh process (``python -m`` style, no shared import cache) with fresh
workstation folders, on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise:

* ``app``   the real start path (``clinicdesk.app``: config, translations, ``Startup``
            opening the database off the GUI thread, the login dialog filled in and
            submitted as a person would, the main window with its extensions) until the
            inbox's first page has been painted and the folder counts are shown;
* ``again`` the same on a workstation that has signed in to the database before: the login
            dialog is shown at once while the database opens (the first start on a workstation
            waits for the database: it may be empty);
* ``bare``  ``QApplication`` + a ``QWidget`` that shows and paints once.

Printed: the median over the runs of wall time (from before the process is spawned
until the child reports), the child's CPU time (user + system), its peak RSS and when the
login dialog was first seen (``login s``, from the spawn), and the ratios app/bare (the
figures issue 14 names "cold start …" and "peak memory …").
``PYTHONDONTWRITEBYTECODE`` is passed through as set: unset it to measure with bytecode.
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

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "clinicdesk-bench-start.db"
USER, PASSWORD = "sekretaer", "Demo1234!"

_CHILD_COMMON = r"""
import json, resource, sys, time
def _report(extra=None):
    ru = resource.getrusage(resource.RUSAGE_SELF)
    out = {"cpu": ru.ru_utime + ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024}
    out.update(extra or {})
    sys.stdout.write("BENCH " + json.dumps(out) + "\n")
    sys.stdout.flush()
"""

_CHILD_BARE = _CHILD_COMMON + r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.resize(1366, 768)
class _Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (_report(), app.quit()))
        return False
f = _Painted()
w.installEventFilter(f)
w.show()
app.exec()
"""

_CHILD_APP = _CHILD_COMMON + r"""
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from clinicdesk import app as cd_app
from clinicdesk.config import load_config

cfg = load_config()
if os.environ.get("BENCH_SIGNED_IN") == "1":  # a workstation that signed in to it before
    from clinicdesk.config import remember_signed_in

    remember_signed_in(os.environ["BENCH_DB_URL"])
qapp = cd_app.create_application()
cd_app.install_translations(qapp, "da")
startup = cd_app.Startup(os.environ["BENCH_DB_URL"], cfg)
state = {"logged_in": False, "painted_after_load": False, "filter": None}

class _Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and state.get("view") is not None and state["view"].model.loaded:
            state["painted_after_load"] = True
        return False

def _tick():
    shell = getattr(startup, "shell", None)
    dlg = startup.early_login or (shell.login_dialog if shell is not None else None)
    if dlg is not None and dlg.isVisible() and "login_shown" not in state:
        state["login_shown"] = time.time()
    if shell is None and dlg is None:
        return
    if not state["logged_in"] and dlg is not None and dlg.isVisible():
        dlg.username_edit.setText(os.environ["BENCH_USER"])
        dlg.password_edit.setText(os.environ["BENCH_PASSWORD"])
        dlg.login_button.click()
        state["logged_in"] = True
        return
    win = shell.window if shell is not None else None
    if win is None:
        return
    view = win.page("inbox")
    if view is None:
        return
    if state["filter"] is None:
        state["view"] = view
        state["filter"] = _Painted()
        view.table.viewport().installEventFilter(state["filter"])
        view.table.viewport().update()
        return
    from clinicdesk.services.inbox import Folder
    counts_shown = "(" in view.folders.count_text(Folder.ALL_OPEN)
    if state["painted_after_load"] and counts_shown and view.model.rowCount() > 0:
        timer.stop()
        _report({"rows": view.model.rowCount(), "login_shown_at": state["login_shown"]})
        win.close()
        qapp.quit()

timer = QTimer()
timer.setInterval(2)
timer.timeout.connect(_tick)
timer.start()
startup.start()
qapp.exec()
"""


def _ensure_db(path: Path, items: int) -> str:
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    sys.path.insert(0, str(ROOT))
    from clinicdesk.db import Database
    from clinicdesk.demo import build_demo

    print(f"building the demo database with {items} items at {path} …", file=sys.stderr)
    db = Database(url)
    db.upgrade()
    build_demo(db, items=items)
    db.dispose()
    return url


def _report_time(code: str, env: dict) -> dict:
    """Wall time to the report line (not to process exit): read stdout as it comes."""
    t0, spawned = time.perf_counter(), time.time()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    out = None
    for ln in proc.stdout:
        if ln.startswith("BENCH "):
            out = json.loads(ln[6:])
            out["wall"] = time.perf_counter() - t0
            if "login_shown_at" in out:
                out["login_shown"] = out.pop("login_shown_at") - spawned
            break
    _rest, err = proc.communicate(timeout=600)
    if out is None:
        raise SystemExit(f"the child did not report (exit {proc.returncode}):\n{err[-3000:]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    ap.add_argument("--items", type=int, default=20_000, help="items in a newly built database")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", metavar="FILE", type=Path)
    args = ap.parse_args(argv)
    url = _ensure_db(args.db, args.items)
    results: dict[str, list[dict]] = {"app": [], "again": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="clinicdesk-bench-start-") as tmp:
        for i in range(args.runs):
            for name, code in (("bare", _CHILD_BARE), ("app", _CHILD_APP), ("again", _CHILD_APP)):
                home = Path(tmp) / f"{name}{i}"
                env = dict(os.environ, BENCH_DB_URL=url, BENCH_USER=USER, BENCH_PASSWORD=PASSWORD,
                           CLINICDESK_DATA_DIR=str(home / "data"), CLINICDESK_CONFIG_DIR=str(home / "config"),
                           HOME=str(home), PYTHONPATH=str(ROOT), BENCH_SIGNED_IN="1" if name == "again" else "0")
                env.setdefault("QT_QPA_PLATFORM", "offscreen")
                results[name].append(_report_time(code, env))
    med = {name: {k: statistics.median(r[k] for r in runs) for k in ("wall", "cpu", "rss_mb", "login_shown")
                  if k in runs[0]} for name, runs in results.items()}
    figures = {
        "start_wall_s": med["app"]["wall"], "start_cpu_s": med["app"]["cpu"], "start_rss_mb": med["app"]["rss_mb"],
        "bare_wall_s": med["bare"]["wall"], "bare_cpu_s": med["bare"]["cpu"], "bare_rss_mb": med["bare"]["rss_mb"],
        "start_vs_bare_wall": med["app"]["wall"] / med["bare"]["wall"],
        "start_vs_bare_cpu": med["app"]["cpu"] / med["bare"]["cpu"],
        "start_vs_bare_rss": med["app"]["rss_mb"] / med["bare"]["rss_mb"],
        "login_shown_s": med["app"]["login_shown"], "again_login_shown_s": med["again"]["login_shown"],
        "again_wall_s": med["again"]["wall"], "again_cpu_s": med["again"]["cpu"], "again_rss_mb": med["again"]["rss_mb"],
    }
    print(f"cold start to first page painted and counts shown ({args.runs} runs, medians; {args.db.name})")
    print(f"{'':8}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}{'login s':>9}")
    for name in ("app", "again", "bare"):
        m = med[name]
        login = f"{m['login_shown']:9.2f}" if "login_shown" in m else f"{'':9}"
        print(f"{name:8}{m['wall']:9.2f}{m['cpu']:9.2f}{m['rss_mb']:9.0f}{login}")
    print(f"{'ratio':8}{figures['start_vs_bare_wall']:8.1f}×{figures['start_vs_bare_cpu']:8.1f}×"
          f"{figures['start_vs_bare_rss']:8.1f}×")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
