"""How long each patient guide takes to build, against bare reportlab documents.

    .venv/bin/python bench/guides.py [--runs 7] [--json FILE]

For each guide (login, functions) × language: the median wall time of
``guides.build_guide`` (database read + layout + drawings + QR + font
embedding) over several runs, against two bare reportlab documents built in the
same run:

* ``paragraphs``: the guide's own paragraphs (text and style, fonts embedded as in
  the guide, in the guide's order, captured while the guide is built), one after
  another in a ``SimpleDocTemplate``: no drawings, tables, boxes or QR code. The
  ratio guide/paragraphs is what the drawings and the rest cost (issue 14's
  "guide PDF vs a bare reportlab document with the same paragraphs", goal ≤ 1.5×);
* ``pages``: the same number of pages, one short paragraph per page, built-in
  Helvetica (the first baseline; a floor, not a like-for-like document).

``--json FILE`` writes ``guide_<which>_<lang>_ms``, ``paragraphs_<which>_<lang>_ms``,
``pages_<which>_<lang>_ms``, the ratios ``guide_vs_paragraphs_<which>_<lang>`` and
``guide_vs_pages_<which>_<lang>``, and the worst ``guide_vs_paragraphs``.
"""

from __future__ import annotations

import argparse
import json
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
from reportlab.platypus import paragraph as _paragraph_module  # noqa: E402

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


def _guide_paragraphs(db, cid: int, which: str, lang: str, out: Path) -> list[tuple[str, object]]:
    """The (text, style) of every Paragraph the guide makes, in order (one build, recorded)."""
    seen: list[tuple[str, object]] = []
    original = _paragraph_module.Paragraph.__init__

    def recording(self, text, style=None, *args, **kwargs):
        seen.append((text, style))
        original(self, text, style, *args, **kwargs)

    _paragraph_module.Paragraph.__init__ = recording
    try:
        guides.build_guide(db, cid, which, lang, out)
    finally:
        _paragraph_module.Paragraph.__init__ = original
    return [(t, st) for t, st in seen if st is not None]


def _same_paragraphs(path: Path, paragraphs: list[tuple[str, object]]) -> None:
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(t, st) for t, st in paragraphs])


def _median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", metavar="FILE", type=Path)
    args = ap.parse_args(argv)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database(f"sqlite:///{tmp / 'bench.db'}")
        cid = _clinic(db)
        guides.build_guide(db, cid, "login", "da", tmp / "warm.pdf")  # fonts registered, caches warm
        print(f"{'guide':<12}{'lang':<6}{'pages':>6}{'paras':>6}{'guide ms':>10}{'paras ms':>10}{'ratio':>7}"
              f"{'pages ms':>10}{'ratio':>7}")
        for which in guides.WHICH:
            for lang in guides.LANGS:
                out = tmp / f"{which}-{lang}.pdf"
                pages = guides.build_guide(db, cid, which, lang, out).pages
                paragraphs = _guide_paragraphs(db, cid, which, lang, out)
                t_guide = _median_time(lambda: guides.build_guide(db, cid, which, lang, out), args.runs)
                t_paras = _median_time(lambda: _same_paragraphs(tmp / "paras.pdf", paragraphs), args.runs)
                t_pages = _median_time(lambda: _bare(tmp / "bare.pdf", pages), args.runs)
                key = f"{which}_{lang}"
                figures.update({
                    f"guide_{key}_ms": t_guide * 1000, f"paragraphs_{key}_ms": t_paras * 1000,
                    f"pages_{key}_ms": t_pages * 1000, f"guide_vs_paragraphs_{key}": t_guide / t_paras,
                    f"guide_vs_pages_{key}": t_guide / t_pages,
                })
                print(f"{which:<12}{lang:<6}{pages:>6}{len(paragraphs):>6}{t_guide * 1000:>10.1f}{t_paras * 1000:>10.1f}"
                      f"{t_guide / t_paras:>6.1f}×{t_pages * 1000:>10.1f}{t_guide / t_pages:>6.1f}×")
        db.dispose()
    figures["guide_vs_paragraphs"] = max(v for k, v in figures.items() if k.startswith("guide_vs_paragraphs_"))
    print(f"(median of {args.runs} runs each; paras = the guide's own paragraphs alone, same fonts; "
          f"pages = same page count, one short Helvetica paragraph per page)")
    print(f"worst guide vs the same paragraphs: {figures['guide_vs_paragraphs']:.1f}×")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
