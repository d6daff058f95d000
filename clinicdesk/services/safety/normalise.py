"""How patient text and list phrases are made comparable: lower case, æøå folded, doubled letters and
silent letters dropped, so "Ondt i BRYSTET", "ont i brystet" and "ondt i brystett" read alike.

``fold(word)`` folds one word; ``tokens(text)`` gives the words of a text with their places in the
original text (for showing and highlighting the words that caused a flag). No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# letters as patients type them on foreign keyboards or phones
_TRANSLIT = str.maketrans({"æ": "e", "ä": "e", "é": "e", "è": "e", "ø": "o", "ö": "o", "å": "a", "à": "a",
                           "á": "a", "ü": "u", "ó": "o"})
_DIGRAPHS = (("aa", "a"), ("ae", "e"), ("oe", "o"))
_SILENT = (("dt", "t"), ("ld", "l"), ("nd", "n"), ("rd", "r"), ("hv", "v"), ("hj", "j"), ("ck", "k"),
           ("ph", "f"), ("th", "t"), ("c", "k"), ("q", "k"), ("w", "v"), ("z", "s"), ("x", "ks"))
_RUNS = re.compile(r"([^\W\d_])\1+")
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(word: str) -> str:
    """One word as the matcher compares it (the same for list phrases and patient text)."""
    w = word.lower().translate(_TRANSLIT)
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    for a, b in _SILENT:
        w = w.replace(a, b)
    return _RUNS.sub(r"\1", w)


@dataclass(frozen=True)
class Token:
    folded: str
    start: int  # character offsets in the original text
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(fold(m.group()), m.start(), m.end()) for m in WORD.finditer(text or "")]


def edit_distance_prefix(pattern: str, word: str, limit: int) -> int:
    """The fewest edits turning ``pattern`` into some prefix of ``word`` (capped at ``limit`` + 1)."""
    prev = list(range(len(word) + 1))
    for i, pc in enumerate(pattern, 1):
        cur = [i] + [0] * len(word)
        for j, wc in enumerate(word, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (pc != wc))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two words (capped at ``limit`` + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ac in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, bc in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ac != bc))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
