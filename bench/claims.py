""""Take the next" from many workstations at once: N processes claiming from one queue.

    .venv/bin/python bench/claims.py [--db URL] [--procs 20] [--claims 50] [--items 5000] [--json FILE]

Without ``--db`` a SQLite file in the temp folder is built with the demo clinic and
``--items`` items (reused when it exists). With a PostgreSQL URL the database must
already hold a demo (``clinicdesk demo --db URL --items N``). Each process logs in as
its own receptionist (created here once: ``bench-claim-<n>``, password Demo1234!), then
presses "take the next" ``--claims`` times (``inbox.claim_next``), releasing nothing
(as a receptionist who opens one item after another).

Each process presses once before the start (its first press builds and compiles the
statements, as a workstation's first press of the day does): that press's client CPU is
printed on its own (``first_claim_cpu_ms``, the median over the processes), and its item
counts in the double-claim check. The other figures are the ``--claims`` presses after it.

Printed: claims per second over all processes, p50/p99 latency per claim, SQL
statements and client CPU per claim (counted in each process: SQLAlchemy's
``before_cursor_execute``; ``time.process_time``), on PostgreSQL the server's CPU per
claim (the user and system time of each process's own server processes, read from
/proc: the server must run on this machine), and double claims (an item handed to two
processes: must be 0).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_DB = Path(tempfile.gettempdir()) / "clinicdesk-bench-claims.db"
PASSWORD = "Demo1234!"


def _prepare(url: str, procs: int, items: int, build: bool) -> int:
    """The clinic's id; the demo (when building) and one receptionist per process."""
    from sqlalchemy import select

    from clinicdesk.db import Database
    from clinicdesk.domain.enums import Role
    from clinicdesk.models import Clinic, StaffUser
    from clinicdesk.services import auth

    db = Database(url)
    db.upgrade()
    if build:
        from clinicdesk.demo import build_demo

        print(f"building the demo with {items} items …", file=sys.stderr)
        build_demo(db, items=items)
    with db.write_session() as s:
        clinic_id = s.execute(select(Clinic.id).order_by(Clinic.id).limit(1)).scalar_one()
        for n in range(procs):
            name = f"bench-claim-{n}"
            if s.execute(select(StaffUser.id).where(StaffUser.username == name)).scalar() is None:
                auth.create_staff(s, name, f"Bench {n}", PASSWORD, {clinic_id: Role.RECEPTIONIST}, demo=True)
    db.dispose()
    return clinic_id


def _worker(url: str, n: int, clinic_id: int, claims: int, start_at: float, out) -> None:
    from sqlalchemy import event

    from clinicdesk.db import Database
    from clinicdesk.services import auth, inbox

    db = Database(url)
    backends: set[int] = set()  # this process's server processes (PostgreSQL), for their CPU time
    if not db.is_sqlite:
        def _note_backend(dbapi_connection, _record):
            with dbapi_connection.cursor() as cur:
                cur.execute("SELECT pg_backend_pid()")
                backends.add(cur.fetchone()[0])
            dbapi_connection.commit()

        event.listen(db.engine, "connect", _note_backend)
        db.dispose()  # connections made from now on are noted
    result = auth.login(db, f"bench-claim-{n}", PASSWORD, clinic_id=clinic_id)
    actor = result.actor_for(clinic_id)
    statements = [0]
    event.listen(db.engine, "before_cursor_execute", lambda *a, **k: statements.__setitem__(0, statements[0] + 1))
    # the first press builds and compiles the statements (once per workstation and day): measured
    # on its own, before the start, so that the figures per claim are the presses of a working day
    cpu0 = time.process_time()
    first = inbox.claim_next(db, actor)
    first_cpu = time.process_time() - cpu0
    while time.time() < start_at:
        time.sleep(0.001)
    taken, lat = [], []
    statements[0] = 0
    server0 = _server_cpu(backends)
    cpu0 = time.process_time()
    for _ in range(claims):
        t0 = time.perf_counter()
        opened = inbox.claim_next(db, actor)
        lat.append(time.perf_counter() - t0)
        if opened is None:
            break
        taken.append(opened.detail.id)
    cpu = time.process_time() - cpu0
    server = _server_cpu(backends, since=server0)
    out.put({"taken": taken, "lat": lat, "cpu": cpu, "statements": statements[0], "server": server,
             "end": time.time(), "first_cpu": first_cpu,
             "first": [first.detail.id] if first is not None else []})
    db.dispose()


def _server_cpu(pids: set[int], since: dict | None = None):
    """CPU seconds of the server processes (user + system, from /proc: the server runs on this
    machine); with ``since``, the seconds used after that reading. None when unknown (SQLite, or
    a server on another machine)."""
    tick = os.sysconf("SC_CLK_TCK")
    now = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        now[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    if not now:
        return None
    if since is None:
        return now
    return sum(v - since.get(pid, 0.0) for pid, v in now.items())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a SQLite file in the temp folder)")
    ap.add_argument("--procs", type=int, default=20)
    ap.add_argument("--claims", type=int, default=50, help="claims per process")
    ap.add_argument("--items", type=int, default=5000, help="items when building the SQLite demo")
    ap.add_argument("--json", metavar="FILE", type=Path)
    args = ap.parse_args(argv)
    url = args.db or f"sqlite:///{DEFAULT_DB}"
    build = args.db is None and not DEFAULT_DB.exists()
    clinic_id = _prepare(url, args.procs, args.items, build)

    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    start_at = time.time() + 3.0 + args.procs * 0.3  # every process logged in before the first claim
    workers = [ctx.Process(target=_worker, args=(url, n, clinic_id, args.claims, start_at, out))
               for n in range(args.procs)]
    for w in workers:
        w.start()
    results = [out.get(timeout=900) for _ in workers]
    for w in workers:
        w.join()
    taken = [i for r in results for i in r["taken"]]
    every = taken + [i for r in results for i in r["first"]]  # with the first presses, for double claims
    lat = sorted(x for r in results for x in r["lat"])
    n = len(lat)
    elapsed = max(r["end"] for r in results) - start_at
    figures = {
        "claims": len(taken),
        "claims_per_s": len(taken) / elapsed if elapsed > 0 else 0.0,
        "p50_ms": statistics.median(lat) * 1000 if lat else 0.0,
        "p99_ms": lat[min(n - 1, int(n * 0.99))] * 1000 if lat else 0.0,
        "statements_per_claim": sum(r["statements"] for r in results) / max(1, n),
        "client_cpu_ms_per_claim": sum(r["cpu"] for r in results) / max(1, n) * 1000,
        "double_claims": len(every) - len(set(every)),
        "first_claim_cpu_ms": statistics.median(r["first_cpu"] for r in results) * 1000,
    }
    if all(r["server"] is not None for r in results):
        figures["server_cpu_ms_per_claim"] = sum(r["server"] for r in results) / max(1, n) * 1000
    kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    print(f"claim_next on {kind}: {args.procs} processes × {args.claims} presses")
    for k, v in figures.items():
        print(f"  {k:26}{v:10.1f}" if isinstance(v, float) else f"  {k:26}{v:10d}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 1 if figures["double_claims"] else 0


if __name__ == "__main__":
    sys.exit(main())
