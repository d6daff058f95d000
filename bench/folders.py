"""The inbox service where the user waits: every folder's first page, the folder counts after a
change, and opening an item.

    .venv/bin/python bench/folders.py [DB] [--user laege] [--repeat 5] [--json FILE]

DB is a SQLite file (default: the 1M database of bench/inbox.py) or a database URL holding
the demo (``clinicdesk demo --db URL --items N``). The bench logs in as ``--user`` (password
Demo1234!) for the clinic with the most items and measures, in milliseconds (cold = the
first run, then the median of ``--repeat`` warm runs):

* ``folder_<name>``   ``inbox.list_items`` for that folder's first page (not logged as a lookup);
* ``counts_quiet``    ``inbox.folder_counts`` when nothing changed since the last count;
* ``counts_after_change``  ``folder_counts`` right after another workstation opened and
  released an item (a claim is a change in the clinic: every workstation recounts);
* ``open_item``       ``inbox.open_item`` (claim, detail, audit entry) and then its statements;
* ``open_counts``     opening an item and then the counts (what the window does).

It writes to the database (opens and releases items as the user would). ``--json FILE``
writes the figures under the names above.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_DB = Path(tempfile.gettempdir()) / "clinicdesk-bench-inbox-1m.db"
PASSWORD = "Demo1234!"


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{Path(db).resolve()}"


def _timed(fn, repeat: int) -> tuple[float, float]:
    t0 = time.perf_counter()
    fn()
    cold = (time.perf_counter() - t0) * 1000
    warm = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        warm.append((time.perf_counter() - t0) * 1000)
    return cold, statistics.median(warm)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", default=str(DEFAULT_DB))
    ap.add_argument("--user", default="laege")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", metavar="FILE", type=Path)
    args = ap.parse_args(argv)

    from sqlalchemy import event, func, select

    from clinicdesk.db import Database
    from clinicdesk.models import InboxItem
    from clinicdesk.services import auth, inbox
    from clinicdesk.services.inbox.types import Folder, ItemQuery

    db = Database(_url(args.db))
    result = auth.login(db, args.user, PASSWORD)
    with db.session() as s:
        sizes = dict(s.execute(select(InboxItem.clinic_id, func.count()).group_by(InboxItem.clinic_id)).all())
    member = max(result.memberships, key=lambda m: sizes.get(m.clinic_id, 0))
    actor = result.actor_for(member.clinic_id)
    other_name = "sekretaer" if args.user != "sekretaer" else "laege"
    other = auth.login(db, other_name, PASSWORD).actor_for(member.clinic_id)
    statements = [0]
    event.listen(db.engine, "before_cursor_execute", lambda *a, **k: statements.__setitem__(0, statements[0] + 1))

    figures: dict[str, float] = {}
    rows: list[tuple[str, float, float, str]] = []
    for folder in Folder:
        if folder == Folder.ALL:
            continue
        q = ItemQuery(folder=folder)
        cold, warm = _timed(lambda q=q: inbox.list_items(db, actor, q, record=False), args.repeat)
        n = len(inbox.list_items(db, actor, q, record=False).rows)
        figures[f"folder_{folder.value}_ms"] = warm
        rows.append((f"folder {folder.value}", cold, warm, f"{n} rows"))

    inbox.folder_counts(db, actor)
    cold, warm = _timed(lambda: inbox.folder_counts(db, actor), args.repeat)
    figures["counts_quiet_ms"] = warm
    rows.append(("counts, nothing changed", cold, warm, ""))

    # items another workstation opens and releases (free, open, in the clinic)
    free = inbox.list_items(db, other, ItemQuery(folder=Folder.ALL_OPEN), limit=50, record=False).rows
    free = [r for r in free if r.claimed_by_id is None][: 2 * (args.repeat + 1)]
    it = iter(free)

    def change_then_count():
        item_id = next(it).id
        inbox.open_item(db, other, item_id)
        inbox.release_item(db, other, item_id)
        t0 = time.perf_counter()
        inbox.folder_counts(db, actor)
        return (time.perf_counter() - t0) * 1000

    after = [change_then_count() for _ in range(args.repeat + 1)]
    figures["counts_after_change_ms"] = statistics.median(after[1:])
    rows.append(("counts after a change", after[0], figures["counts_after_change_ms"], ""))

    def open_once():
        item_id = next(it).id
        statements[0] = 0
        t0 = time.perf_counter()
        inbox.open_item(db, actor, item_id)
        ms = (time.perf_counter() - t0) * 1000
        n = statements[0]
        t0 = time.perf_counter()
        inbox.folder_counts(db, actor)
        both = ms + (time.perf_counter() - t0) * 1000
        inbox.release_item(db, actor, item_id)
        return ms, both, n

    opens = [open_once() for _ in range(args.repeat)]
    figures["open_item_ms"] = statistics.median(o[0] for o in opens)
    figures["open_item_statements"] = statistics.median(o[2] for o in opens)
    figures["open_counts_ms"] = statistics.median(o[1] for o in opens)
    rows.append(("open item", opens[0][0], figures["open_item_ms"], f"{figures['open_item_statements']:.0f} statements"))
    rows.append(("open item + counts", opens[0][1], figures["open_counts_ms"], ""))
    db.dispose()

    total = sum(sizes.values())
    print(f"inbox service, {total:,} items ({args.repeat} warm runs, medians; ms)")
    print(f"{'':28}{'cold':>9}{'warm':>9}")
    for name, c, w, note in rows:
        print(f"{name:28}{c:9.1f}{w:9.1f}  {note}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
