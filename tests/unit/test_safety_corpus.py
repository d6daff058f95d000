"""The urgent-word detector on a Danish corpus of our own: recall ≥ 0.95, false positives ≤ 10 %.

The corpus (tests/data/safety/) holds urgent and routine messages as patients write them, with the
traps: negation, other people, past events, hypothetical questions and misspellings. The test prints
the figures (run with -s to see them) and fails below the bar.
"""

from __future__ import annotations

from pathlib import Path

from clinicdesk.services.safety import detect

DATA = Path(__file__).resolve().parents[1] / "data" / "safety"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def test_corpus_is_big_enough():
    assert len(_lines("urgent.txt")) >= 150
    assert len(_lines("routine.txt")) >= 200


def test_recall_and_false_positive_rate(capsys):
    urgent, routine = _lines("urgent.txt"), _lines("routine.txt")
    missed = [t for t in urgent if not detect(t).flagged]
    false = [t for t in routine if detect(t).flagged]
    recall = 1 - len(missed) / len(urgent)
    fp_rate = len(false) / len(routine)
    with capsys.disabled():
        print(f"\nsafety corpus: {len(urgent)} urgent, {len(routine)} routine; "
              f"recall {recall:.3f}, false positives {fp_rate:.3f} ({len(false)})")
    assert recall >= 0.95, missed
    assert fp_rate <= 0.10, false


def test_every_flag_names_its_words():
    for text in _lines("urgent.txt"):
        d = detect(text)
        for hit in d.hits:
            assert text[hit.start:hit.end] == hit.words
            assert hit.words.strip()
