"""How long each patient guide takes to build, against a bare reportlab document.

    .venv/bin/python bench/guides.py [--runs 7]

For each guide (login, functions) × language: the median wall time of
``guides.build_guide`` (database read + layout + drawings + QR + font
embedding) over several runs, and the median time of a bare reportlab
document with the same number of pages (one short paragraph per page, built-in
Helvetica, no drawings), built in the same run; then the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from clinicdesk.db import Database  # noqa: E402
from clinicdesk.models import Clinic, HolidayPeriod, Provider  # noqa: E402
from clinicdesk.services import guides  # noqa: E402


def _clinic(db) -> int:
    now = datetime.now(timezone.utc)
    with db.write_session() as s:
        c = Clinic(name="Lægehuset Ærø", display_name="Lægehuset Ærø Søndergård",
                   portal_link="https://patientportal.example.dk/klinik/laegehuset-aeroe-123456",
                   website="www.laegehuset-aeroe.dk", address="Søndergade 12, 5970 Ærøskøbing", phone="62 52 11 22")
        s.add(c)
        s.flush()
        s.add(Provider(clinic_id=c.id, name="Anne Østergaard", title="Praktiserende læge"))
        s.add(HolidayPeriod(clinic_id=c.id, starts_at=now + timedelta(days=10), ends_at=now + timedelta(days=17),
                            message="Vi holder ferie.", standin_clinic="Lægerne i Marstal"))
        return c.id


def _bare(path: Path, pages: int) -> None:
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for i in range(pages):
        story.append(Paragraph(f"Side {i + 1}: en kort tekst.", style))
        if i < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database(f"sqlite:///{tmp / 'bench.db'}")
        cid = _clinic(db)
        guides.build_guide(db, cid, "login", "da", tmp / "warm.pdf")  # fonts registered, caches warm
        print(f"{'guide':<12}{'lang':<6}{'pages':>6}{'guide ms':>11}{'bare ms':>10}{'ratio':>8}")
        for which in guides.WHICH:
            for lang in guides.LANGS:
                out = tmp / f"{which}-{lang}.pdf"
                pages = guides.build_guide(db, cid, which, lang, out).pages
                t_guide = _median_time(lambda: guides.build_guide(db, cid, which, lang, out), args.runs)
                t_bare = _median_time(lambda: _bare(tmp / "bare.pdf", pages), args.runs)
                print(f"{which:<12}{lang:<6}{pages:>6}{t_guide * 1000:>11.1f}{t_bare * 1000:>10.1f}{t_guide / t_bare:>8.1f}")
        db.dispose()
    print(f"(median of {args.runs} runs each; bare = same page count, one paragraph per page, Helvetica)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
