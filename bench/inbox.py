"""The inbox on a million items: our service (and Qt view model) against Qt's QSqlQueryModel and raw sqlite3.

    .venv/bin/python bench/inbox.py [DB_PATH] [--items 1000000] [--repeat 5] [--json FILE]

DB_PATH (default: clinicdesk-bench-inbox-1m.db in the temp folder) is reused when
it already holds the demo clinic; otherwise ``clinicdesk.demo.build_demo(db,
items=N)`` builds it (a few minutes for a million items).

The same operations run through four paths, each in its own fresh process (so the
peak memory of one does not hide in another's):

* ``service``  ``inbox.list_items`` / ``inbox.folder_counts`` (SQLAlchemy, frozen rows)
* ``qtview``   the app's ``ItemTableModel`` in a ``QTableView`` (offscreen): from the
               query until the page is painted
* ``qsql``     ``QSqlQueryModel`` (PySide6.QtSql, QSQLITE) in a ``QTableView``, with
               the same SQL, fetching as Qt does (about 256 rows at a time)
* ``raw``      sqlite3 with the same SQL, rows as tuples

Operations: first page (newest 100 of every item), next page, filter change
(open items; one provider's renewals), search by CPR, search by text, folder
counts. For each: the first (cold) run and the median of ``--repeat`` warm runs,
in milliseconds; then ratios, ours against each baseline; and peak memory
(``ru_maxrss`` of the process and the ``tracemalloc`` peak of Python objects).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from clinicdesk.domain.constants import COPENHAGEN

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGE = 100
DEFAULT_DB = Path(tempfile.gettempdir()) / "clinicdesk-bench-inbox-1m.db"
OPS = ("first_page", "next_page", "filter_open", "filter_provider_renewals", "search_cpr", "search_text", "counts")
OP_LABELS = {
    "first_page": "first page (100 newest)",
    "next_page": "next page",
    "filter_open": "filter: open items",
    "filter_provider_renewals": "filter: provider + renewals",
    "search_cpr": "search by CPR",
    "search_text": "search by text",
    "counts": "folder counts",
}
PATHS = ("service", "qtview", "qsql", "raw")


# ---------------------------------------------------------------------------
# the SQL the baselines run (what the service's queries amount to)
# ---------------------------------------------------------------------------
ROW_SQL = """
SELECT i.id, i.received_at, i.due_date, i.kind, i.status, i.priority, i.unread, i.preview, i.subject,
       i.patient_id, i.provider_id, i.version, i.claimed_by_id, i.claimed_at, i.claim_expires_at,
       i.assigned_to_id, i.assigned_role, i.via_app, p.first_name, p.last_name, p.cpr,
       pr.name, pr.title, pr.display_name, c.full_name, a.full_name
FROM inbox_item i
LEFT JOIN patient p ON p.id = i.patient_id
LEFT JOIN provider pr ON pr.id = i.provider_id
LEFT JOIN staff_user c ON c.id = i.claimed_by_id
LEFT JOIN staff_user a ON a.id = i.assigned_to_id
WHERE i.clinic_id = {cid} {where}
ORDER BY i.received_at DESC, i.id DESC
"""


def _q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def baseline_where(op: str, prm: dict) -> str:
    if op in ("first_page", "next_page"):
        return ""
    if op == "filter_open":
        return "AND i.status IN ('new', 'open', 'awaiting_patient')"
    if op == "filter_provider_renewals":
        return f"AND i.kind = 'renewal' AND i.provider_id = {int(prm['provider_id'])}"
    if op == "search_cpr":
        return f"AND i.patient_id = (SELECT id FROM patient WHERE cpr = {_q(prm['cpr'])})"
    if op == "search_text":  # the FTS5 rowid carries the item id (migration inbox_03)
        phrase = '"' + prm["text"].replace('"', '""') + '"'
        return f"AND i.id IN (SELECT rowid / 33554432 FROM inbox_text WHERE inbox_text MATCH {_q(phrase)})"
    raise ValueError(op)


def counts_sql(cid: int, today: str) -> list[str]:
    return [
        f"SELECT status, kind, count(*) FROM inbox_item WHERE clinic_id = {cid} "
        "AND status IN ('new','open','awaiting_patient') GROUP BY status, kind",
        f"SELECT count(*) FROM inbox_item WHERE clinic_id = {cid} AND status = 'done'",
        f"SELECT count(*) FROM inbox_item WHERE clinic_id = {cid} AND status IN ('new','open','awaiting_patient') "
        f"AND due_date < '{today}'",
    ]


# ---------------------------------------------------------------------------
# building / choosing what to ask
# ---------------------------------------------------------------------------
def ensure_db(path: Path, items: int) -> None:
    from sqlalchemy import func, select

    from clinicdesk.db import Database
    from clinicdesk.models import InboxItem

    db = Database(f"sqlite:///{path}")
    with db.session() as s:
        have = s.execute(select(func.count(InboxItem.id))).scalar()
    if have:
        print(f"reusing {path} ({have:,} items)")
        db.dispose()
        return
    from clinicdesk.demo import build_demo

    print(f"building the demo clinic with {items:,} items in {path} ...", flush=True)
    t = time.perf_counter()
    build_demo(db, items=items)
    print(f"  built in {time.perf_counter() - t:.0f} s")
    db.dispose()


def choose_params(path: Path) -> dict:
    import sqlite3

    con = sqlite3.connect(str(path))
    cid, n = con.execute(
        "SELECT clinic_id, count(*) FROM inbox_item GROUP BY clinic_id ORDER BY 2 DESC LIMIT 1").fetchone()
    staff_id, full_name, role = con.execute(
        "SELECT u.id, u.full_name, m.role FROM staff_user u JOIN staff_membership m ON m.staff_id = u.id "
        "WHERE m.clinic_id = ? AND m.role = 'doctor' ORDER BY u.id LIMIT 1", (cid,)).fetchone()
    provider_id = con.execute(
        "SELECT provider_id FROM inbox_item WHERE clinic_id = ? AND kind = 'renewal' AND provider_id IS NOT NULL "
        "GROUP BY provider_id ORDER BY count(*) DESC LIMIT 1", (cid,)).fetchone()[0]
    # a patient with several items, somewhere in the middle of the ids
    cpr = con.execute(
        "SELECT p.cpr FROM inbox_item i JOIN patient p ON p.id = i.patient_id WHERE i.clinic_id = ? "
        "AND i.id > (SELECT max(id) / 2 FROM inbox_item) LIMIT 1", (cid,)).fetchone()[0]
    # a word of a message well down the list
    body = con.execute(
        "SELECT m.body FROM message m JOIN inbox_item i ON i.id = m.item_id WHERE i.clinic_id = ? "
        "AND m.direction = 'from_patient' AND m.id > (SELECT max(id) / 3 FROM message) LIMIT 1", (cid,)).fetchone()[0]
    words = sorted((w.strip(".,!?:;()\"'") for w in body.split()), key=len, reverse=True)
    text = words[0] if words else "ondt"
    con.close()
    return dict(db=str(path), clinic_id=cid, clinic_items=n, staff_id=staff_id, full_name=full_name, role=role,
                provider_id=provider_id, cpr=cpr, text=text)


# ---------------------------------------------------------------------------
# timing helpers
# ---------------------------------------------------------------------------
def timed(fn, repeat: int) -> dict:
    t = time.perf_counter()
    out = fn()
    cold = (time.perf_counter() - t) * 1000
    warm = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        warm.append((time.perf_counter() - t) * 1000)
    return {"cold": cold, "warm": statistics.median(warm) if warm else cold, "rows": _rows(out)}


def _rows(out) -> int | None:
    if isinstance(out, int):
        return out
    if hasattr(out, "rows"):
        return len(out.rows)
    if isinstance(out, (list, tuple)):
        return len(out)
    return None


# ---------------------------------------------------------------------------
# the four paths (each runs in its own process)
# ---------------------------------------------------------------------------
def run_service(prm: dict, repeat: int) -> dict:
    from clinicdesk.db import Database
    from clinicdesk.domain.enums import ItemKind, Role
    from clinicdesk.services import inbox
    from clinicdesk.services.auth import Actor
    from clinicdesk.services.inbox import Folder, ItemQuery

    db = Database(f"sqlite:///{prm['db']}", migrate=False)
    actor = Actor(prm["staff_id"], prm["full_name"], prm["clinic_id"], Role(prm["role"]))
    q_all = ItemQuery(folder=Folder.ALL)
    first = inbox.list_items(db, actor, q_all, limit=PAGE)
    queries = {
        "first_page": lambda: inbox.list_items(db, actor, q_all, limit=PAGE),
        "next_page": lambda: inbox.list_items(db, actor, q_all, after=first.next_cursor, limit=PAGE),
        "filter_open": lambda: inbox.list_items(db, actor, ItemQuery(folder=Folder.ALL_OPEN), limit=PAGE),
        "filter_provider_renewals": lambda: inbox.list_items(
            db, actor, ItemQuery(folder=Folder.ALL, kind=ItemKind.RENEWAL, provider_id=prm["provider_id"]), limit=PAGE),
        "search_cpr": lambda: inbox.list_items(db, actor, ItemQuery(folder=Folder.ALL, search=prm["cpr"]), limit=PAGE),
        "search_text": lambda: inbox.list_items(db, actor, ItemQuery(folder=Folder.ALL, search=prm["text"]), limit=PAGE),
        "counts": lambda: sum(inbox.folder_counts(db, actor).values()),
    }
    return {op: timed(queries[op], repeat) for op in OPS}


def run_raw(prm: dict, repeat: int) -> dict:
    import sqlite3
    from datetime import datetime
    
    con = sqlite3.connect(prm["db"])
    cid = prm["clinic_id"]
    today = datetime.now(COPENHAGEN).date().isoformat()

    def page(op, after=None):
        where = baseline_where(op, prm)
        if after is not None:
            where += f" AND (i.received_at, i.id) < ('{after[0]}', {after[1]})"
        return con.execute(ROW_SQL.format(cid=cid, where=where) + f" LIMIT {PAGE}").fetchall()

    first = page("first_page")
    last = (first[-1][1], first[-1][0])
    res = {op: timed(lambda op=op: page(op), repeat) for op in OPS if op not in ("next_page", "counts")}
    res["next_page"] = timed(lambda: page("next_page", last), repeat)
    res["counts"] = timed(lambda: sum(len(con.execute(q).fetchall()) for q in counts_sql(cid, today)), repeat)
    # for reference: a text search without the full-text index (a LIKE scan of every message)
    like = f"%{prm['text']}%"
    naive = ROW_SQL.format(cid=cid, where="AND i.id IN (SELECT item_id FROM message WHERE body LIKE ?)")
    res["search_text_like_scan"] = timed(lambda: con.execute(naive + f" LIMIT {PAGE}", (like,)).fetchall(), 1)
    return res


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _paint(view) -> None:
    view.viewport().repaint()


def run_qsql(prm: dict, repeat: int) -> dict:
    from datetime import datetime
    
    app = _qt_app()
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QTableView

    qdb = QSqlDatabase.addDatabase("QSQLITE", "bench")
    qdb.setDatabaseName(prm["db"])
    assert qdb.open(), qdb.lastError().text()
    cid = prm["clinic_id"]
    model = QSqlQueryModel()
    view = QTableView()
    view.resize(1280, 800)  # a window: about 25 rows visible
    view.setModel(model)
    view.show()
    app.processEvents()

    def show(op):
        model.setQuery(ROW_SQL.format(cid=cid, where=baseline_where(op, prm)), qdb)
        assert not model.lastError().isValid(), model.lastError().text()
        _paint(view)
        return model.rowCount()

    def next_page():
        show("first_page")
        before = model.rowCount()
        t = time.perf_counter()
        model.fetchMore()
        _paint(view)
        return (time.perf_counter() - t) * 1000, model.rowCount() - before

    res = {op: timed(lambda op=op: show(op), repeat) for op in OPS if op not in ("next_page", "counts")}
    runs = [next_page() for _ in range(repeat + 1)]
    res["next_page"] = {"cold": runs[0][0], "warm": statistics.median(r[0] for r in runs[1:]) if runs[1:] else runs[0][0],
                         "rows": runs[0][1]}
    today = datetime.now(COPENHAGEN).date().isoformat()

    def counts():
        n = 0
        for sql in counts_sql(cid, today):
            q = QSqlQuery(qdb)
            q.exec(sql)
            while q.next():
                n += 1
        return n

    res["counts"] = timed(counts, repeat)
    view.close()
    model.clear()
    qdb.close()
    return res


def run_qtview(prm: dict, repeat: int) -> dict:
    app = _qt_app()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QTableView

    from clinicdesk.db import Database
    from clinicdesk.domain.enums import ItemKind, Role
    from clinicdesk.services import inbox
    from clinicdesk.services.auth import Actor
    from clinicdesk.services.inbox import Folder, ItemQuery

    try:
        from clinicdesk.views.inbox.table_model import ItemTableModel
    except ImportError as exc:  # the view is not there (yet)
        return {"error": f"no view model: {exc}"}
    db = Database(f"sqlite:///{prm['db']}", migrate=False)
    actor = Actor(prm["staff_id"], prm["full_name"], prm["clinic_id"], Role(prm["role"]))
    model = ItemTableModel(db, actor)
    view = QTableView()
    view.resize(1280, 800)
    view.setModel(model)
    view.show()
    app.processEvents()

    def wait_page(start):
        loop = QEventLoop()
        model.page_loaded.connect(loop.quit)
        model.load_failed.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        start()
        loop.exec()
        model.page_loaded.disconnect(loop.quit)
        model.load_failed.disconnect(loop.quit)
        _paint(view)
        return model.rowCount()

    queries = {
        "first_page": ItemQuery(folder=Folder.ALL),
        "filter_open": ItemQuery(folder=Folder.ALL_OPEN),
        "filter_provider_renewals": ItemQuery(folder=Folder.ALL, kind=ItemKind.RENEWAL, provider_id=prm["provider_id"]),
        "search_cpr": ItemQuery(folder=Folder.ALL, search=prm["cpr"]),
        "search_text": ItemQuery(folder=Folder.ALL, search=prm["text"]),
    }
    res = {op: timed(lambda q=q: wait_page(lambda: model.set_query(q)), repeat) for op, q in queries.items()}

    def next_page():
        wait_page(lambda: model.set_query(queries["first_page"]))
        t = time.perf_counter()
        wait_page(model.fetchMore)
        return (time.perf_counter() - t) * 1000, model.rowCount()

    runs = [next_page() for _ in range(repeat + 1)]
    res["next_page"] = {"cold": runs[0][0], "warm": statistics.median(r[0] for r in runs[1:]) if runs[1:] else runs[0][0],
                         "rows": runs[0][1]}
    res["counts"] = timed(lambda: sum(inbox.folder_counts(db, actor).values()), repeat)  # the folder pane's call
    view.close()
    try:
        from clinicdesk.views.worker import wait_for_all

        wait_for_all()
    except ImportError:
        pass
    return res


RUNNERS = {"service": run_service, "qtview": run_qtview, "qsql": run_qsql, "raw": run_raw}


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: starts afresh at exec, unlike ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _immortal_bools() -> None:
    """PySide6 6.12 on CPython 3.11 over-releases True/False as well as None (the package
    pins None only): give them a huge reference count, as Python 3.12 does."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def child(name: str, prm: dict, repeat: int, trace: bool) -> None:
    if name in ("qtview", "qsql"):
        _immortal_bools()
    if trace:  # a separate run: tracemalloc slows Python code down several times
        RUNNERS[name](prm, 0)  # imports and caches first: measure the queries' working memory
        tracemalloc.start()
        RUNNERS[name](prm, 0)
        _cur, peak = tracemalloc.get_traced_memory()
        print("BENCH-JSON " + json.dumps({"py_peak_mb": peak / 2**20}))
        return
    res = RUNNERS[name](prm, repeat)
    res["_memory"] = {"maxrss_mb": _peak_rss_mb()}
    print("BENCH-JSON " + json.dumps(res))


# ---------------------------------------------------------------------------
# the report
# ---------------------------------------------------------------------------
def _fmt(v) -> str:
    return "—" if v is None else (f"{v:8.1f}" if v < 10_000 else f"{v:8.0f}")


def report(prm: dict, results: dict, repeat: int) -> None:
    print()
    print(f"Inbox benchmark: {prm['clinic_items']:,} items in the clinic measured "
          f"(SQLite file {prm['db']}, {os.path.getsize(prm['db']) / 2**20:,.0f} MB)")
    print(f"page = {PAGE} rows (QSqlQueryModel fetches as Qt does); times in ms: cold = first run in a fresh "
          f"process, warm = median of {repeat}")
    print()
    head = f"{'operation':32s}" + "".join(f"{p + ' cold':>13s}{p + ' warm':>13s}" for p in PATHS)
    print(head)
    print("-" * len(head))
    for op in OPS:
        line = f"{OP_LABELS[op]:32s}"
        for p in PATHS:
            r = results.get(p, {}).get(op)
            line += f"{_fmt(r['cold']) if r else '—':>13s}{_fmt(r['warm']) if r else '—':>13s}"
        print(line)
    naive = results.get("raw", {}).get("search_text_like_scan")
    if naive:
        print(f"{'  (text by LIKE scan, no index)':32s}{'':>52s}{'':>26s}{_fmt(naive['cold']):>13s}")
    print()
    print("Ratios (warm medians; < 1 means ours is faster):")
    pairs = (("service", "raw"), ("service", "qsql"), ("qtview", "qsql"), ("qtview", "raw"))
    head = f"{'operation':32s}" + "".join(f"{a + '/' + b:>16s}" for a, b in pairs)
    print(head)
    print("-" * len(head))
    for op in OPS:
        line = f"{OP_LABELS[op]:32s}"
        for a, b in pairs:
            ra, rb = results.get(a, {}).get(op), results.get(b, {}).get(op)
            line += f"{(ra['warm'] / rb['warm']) if ra and rb and rb['warm'] > 0 else float('nan'):16.2f}"
        print(line)
    print()
    print("Peak memory per process (MB):   max RSS   Python objects (tracemalloc)")
    for p in PATHS:
        m = results.get(p, {}).get("_memory")
        if m:
            py = m.get("py_peak_mb")
            print(f"  {p:28s}{m['maxrss_mb']:9.0f}{py if py is not None else float('nan'):12.1f}")
    for p in PATHS:
        if "error" in results.get(p, {}):
            print(f"  {p}: {results[p]['error']}")
    rows = {p: {op: results[p][op].get("rows") for op in OPS if op in results.get(p, {})} for p in PATHS if p in results}
    print()
    print("Rows per operation (a check that the paths answer the same):")
    for p, r in rows.items():
        print(f"  {p:10s} " + ", ".join(f"{op}={r.get(op)}" for op in OPS))


def _run_child(p: str, prm: dict, repeat: int, *, trace: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", p, "--params", json.dumps(prm), "--repeat", str(repeat)]
    if trace:
        cmd.append("--trace")
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH-JSON ")), None)
    if out.returncode != 0 or line is None:
        tail = "\n".join(out.stderr.strip().splitlines()[-8:])
        print(f"  {p} failed (exit {out.returncode}):\n{tail}")
        return {"error": f"failed (exit {out.returncode})"}
    return json.loads(line[len("BENCH-JSON "):])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", nargs="?", default=str(DEFAULT_DB), help="SQLite file (reused when it has items)")
    ap.add_argument("--items", type=int, default=1_000_000, help="items to build when the file is new")
    ap.add_argument("--repeat", type=int, default=5, help="warm runs per operation")
    ap.add_argument("--only", choices=PATHS, action="append", help="run only these paths")
    ap.add_argument("--json", metavar="FILE", type=Path, help="write the figures (<path>_<operation>_ms, warm)")
    ap.add_argument("--child", choices=PATHS, help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, json.loads(args.params), args.repeat, args.trace)
        sys.stdout.flush()
        os._exit(0)  # the figures are out; skip interpreter teardown (Qt objects, threads)
    path = Path(args.db).resolve()
    ensure_db(path, args.items)
    prm = choose_params(path)
    results = {}
    for p in args.only or PATHS:
        print(f"running {p} ...", flush=True)
        res = _run_child(p, prm, args.repeat, trace=False)
        if "error" not in res:
            traced = _run_child(p, prm, 0, trace=True)
            res["_memory"]["py_peak_mb"] = traced.get("py_peak_mb")
        results[p] = res
    report(prm, results, args.repeat)
    if args.json:
        figures = {f"{p}_{op}_ms": r[op]["warm"] for p, r in results.items() for op in OPS if op in r}
        figures.update({f"{p}_{op}_cold_ms": r[op]["cold"] for p, r in results.items() for op in OPS if op in r})
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
