"""Finding the words that suggest an urgent condition in a patient's text.

``Detector(lists).detect(text) -> Detection``: whether the text is flagged and which words caused it
(their places in the text, for highlighting). A phrase does not flag when it is negated ("ingen
brystsmerter", "har ikke ondt i brystet"), about someone else ("min far havde en blodprop") or a past
event ("for 3 år siden"). Words are compared folded (``normalise.fold``) and with room for one slip
of the finger in longer words (two in very long ones). This highlights words for staff; it does not
triage or diagnose.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from clinicdesk.services.safety.lists import WordList, merged_lists
from clinicdesk.services.safety.normalise import Token, edit_distance, edit_distance_prefix, fold, tokens

GAP = 2  # other words allowed between the words of a phrase
NEG_BEFORE = 3  # a negation up to this many words before a phrase turns it off
NEG_AFTER = 3
STRICT_LEN = 8  # in the cue lists, words shorter than this (folded) must be spelt right
_CLAUSE_PUNCT = set(".!?;:,\n()")
_CLAUSE_WORDS = {"men", "selvom", "udover", "derudover", "fordi"}
_NEW_PERSON_AFTER_OG = {"jeg", "vi", "min", "mit", "mine", "vores", "nu"}  # "… og jeg har …": someone new speaks
_SUBJECT_AFTER_OG = {"jeg", "nu", "min", "mit", "mine", "vi", "det", "der", "hun", "han", "ham", "hende", "har", "er",
                     "kan", "far", "fik", "havde", "foler", "sa"}  # folded: får, føler, så


def _slack(n: int) -> int:
    """Edits allowed for a (folded) list word of ``n`` letters: none for short words."""
    return 0 if n < 6 else (1 if n < 10 else 2)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: cheap keys for the match cache
class _Word:
    options: tuple[tuple[str, bool, bool], ...]  # (folded stem/word, is_prefix, exact)
    any: bool
    year: bool = False

    @property
    def firsts(self) -> frozenset[str] | None:
        """The first letters a matching word can have (None: any); a slip is never in the first letter."""
        if self.any or self.year:
            return None
        return frozenset(text[0] for text, _p, _e in self.options)

    def matches(self, w: str) -> bool:
        if self.any:
            return True
        if self.year:
            return len(w) == 4 and w[:2] in ("19", "20") and w.isdigit()
        for text, prefix, exact in self.options:
            slack = 0 if exact or not w or w[0] != text[0] else _slack(len(text))
            if prefix:
                if w.startswith(text):
                    return True
                if slack and len(w) >= len(text) - 1 and edit_distance_prefix(text, w, slack) <= slack:
                    return True
            elif w == text or (slack and edit_distance(text, w, slack) <= slack):
                return True
        return False


def _compile_word(raw: str, strict: bool = False) -> _Word:
    if raw == "?":
        return _Word((), True)
    if raw == "<årstal>":
        return _Word((), False, year=True)
    opts = []
    for alt in raw.split("|"):
        prefix = alt.endswith("*")
        folded = fold(alt.strip("=*"))
        exact = alt.startswith("=") or (strict and len(folded) < STRICT_LEN)
        if folded:
            opts.append((folded, prefix, exact))
    return _Word(tuple(opts), False)


@lru_cache(maxsize=4096)
def _firsts(word: _Word) -> frozenset[str] | None:
    return word.firsts


@lru_cache(maxsize=200_000)
def _matches(word: _Word, w: str) -> bool:
    return word.matches(w)


@dataclass(frozen=True)
class _Pattern:
    section: str
    text: str
    parts: tuple[tuple[_Word, ...], ...]  # all parts must be found ("&")
    gap: int = GAP  # 0 for a phrase in quotes


def _compile(wl: WordList, strict: bool = False) -> tuple[_Pattern, ...]:
    """The list's phrases; ``strict`` (the cue lists): short words exactly, so "hoster" is not "søster"."""
    out = []
    for p in wl.phrases:
        text, gap = p.text, GAP
        if len(text) > 2 and text[0] == text[-1] == '"':
            text, gap = text[1:-1], 0
        parts = tuple(tuple(_compile_word(w, strict) for w in part.split()) for part in text.split("&") if part.split())
        if parts:
            out.append(_Pattern(p.section, p.text, parts, gap))
    return tuple(out)


@dataclass(frozen=True)
class Hit:
    section: str  # the condition's heading in the list
    phrase: str  # the list line that matched
    words: str  # the words as the patient wrote them
    start: int  # character offsets in the text
    end: int


@dataclass(frozen=True)
class Detection:
    hits: tuple[Hit, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.hits)

    @property
    def words(self) -> tuple[str, ...]:
        seen: list[str] = []
        for h in self.hits:
            if h.words.lower() not in (s.lower() for s in seen):
                seen.append(h.words)
        return tuple(seen)


class _Text:
    def __init__(self, text: str):
        self.toks: list[Token] = tokens(text)
        self.words = [t.folded for t in self.toks]
        self.by_letter: dict[str, list[int]] = {}
        for i, w in enumerate(self.words):
            self.by_letter.setdefault(w[0], []).append(i)
        self.clause: list[int] = []
        self.sentence: list[int] = []  # coarser: "min far har X og har Y" is one sentence about the father
        self._memo: dict[tuple[_Word, int], int] = {}
        c = n = 0
        for i, t in enumerate(self.toks):
            if i:
                between = text[self.toks[i - 1].end:t.start]
                w = self.words[i]
                nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
                hard = any(ch in _CLAUSE_PUNCT for ch in between) or w in _CLAUSE_WORDS
                if hard or (w == "og" and nxt in _SUBJECT_AFTER_OG):
                    c += 1
                if hard or (w == "og" and nxt in _NEW_PERSON_AFTER_OG):
                    n += 1
            self.clause.append(c)
            self.sentence.append(n)

    def _at(self, word: _Word, i: int) -> int:
        """How many text words ``word`` takes at ``i`` (1, or 2 for a compound written apart); 0: none."""
        if i >= len(self.words):
            return 0
        key = (word, i)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._at_uncached(word, i)
        return hit

    def _at_uncached(self, word: _Word, i: int) -> int:
        if _matches(word, self.words[i]):
            return 1
        if (not word.any and i + 1 < len(self.words) and self.clause[i] == self.clause[i + 1]
                and len(self.words[i]) >= 3):
            if _matches(word, self.words[i] + self.words[i + 1]):
                return 2
        return 0

    def find(self, words: tuple[_Word, ...], lo: int = 0, hi: int | None = None, gap: int = GAP) -> list[tuple[int, int]]:
        """Every (first, last) word index where the phrase matches, starting in [lo, hi)."""
        hi = len(self.words) if hi is None else min(hi, len(self.words))
        found = []
        firsts = _firsts(words[0])
        starts = range(max(lo, 0), hi) if firsts is None else sorted(
            i for f in firsts for i in self.by_letter.get(f, ()) if lo <= i < hi)
        for s in starts:
            end = self._follow(words, 0, s, s, gap)
            if end is not None:
                found.append((s, end))
        return found

    def _follow(self, words, k: int, i: int, first: int, gap: int) -> int | None:
        n = self._at(words[k], i)
        if not n:
            return None
        last = i + n - 1
        if k + 1 == len(words):
            return last
        for j in range(last + 1, min(last + 2 + gap, len(self.words))):
            if self.clause[j] != self.clause[first]:
                break
            end = self._follow(words, k + 1, j, first, gap)
            if end is not None:
                return end
        return None


class Detector:
    """The lists, compiled once; ``detect`` is pure and cheap (about 10 ms for a 400-character text)."""

    def __init__(self, lists: dict[str, WordList]):
        self.urgent = _compile(lists["urgent"])
        neg = _compile(lists["negation"], strict=True)
        self.neg_before = tuple(p for p in neg if p.section not in ("efter", "sætning"))
        self.neg_after = tuple(p for p in neg if p.section == "efter")
        self.neg_clause = tuple(p for p in neg if p.section == "sætning")
        self.others = _compile(lists["others"], strict=True)
        self.past = _compile(lists["past"], strict=True)

    def detect(self, text: str) -> Detection:
        t = _Text(text)
        if not t.words:
            return Detection(())
        hits: list[Hit] = []
        for p in self.urgent:
            spans = []
            for part in p.parts:
                ok = [sp for sp in t.find(part, gap=p.gap) if not self._suppressed(t, *sp)]
                if not ok:
                    break
                spans.append(ok[0])
            else:
                for s, e in spans:
                    a, b = t.toks[s].start, t.toks[e].end
                    hits.append(Hit(p.section, p.text, text[a:b], a, b))
        hits.sort(key=lambda h: (h.start, -h.end))
        kept: list[Hit] = []
        for h in hits:  # a phrase inside a longer one already found adds nothing
            if any(k.start <= h.start and h.end <= k.end for k in kept):
                continue
            kept.append(h)
        return Detection(tuple(kept))

    def _suppressed(self, t: _Text, s: int, e: int) -> bool:
        c = t.clause[s]
        lo = s
        while lo > 0 and t.clause[lo - 1] == c:
            lo -= 1
        hi = e + 1
        while hi < len(t.words) and t.clause[hi] == c:
            hi += 1
        for p in self.neg_before:
            for a, b in t.find(p.parts[0], max(lo, s - NEG_BEFORE - 2), s):
                if b < s and s - b <= NEG_BEFORE:
                    return True
        for p in self.neg_after:
            if any(a > e and a - e <= NEG_AFTER for a, _b in t.find(p.parts[0], e + 1, hi)):
                return True
        for p in self.neg_clause:
            if any(b < s for _a, b in t.find(p.parts[0], lo, s)):
                return True
        for p in self.past:
            if any(b < s or a > e for a, b in t.find(p.parts[0], lo, hi)):
                return True
        n = t.sentence[s]
        lo = s
        while lo > 0 and t.sentence[lo - 1] == n:
            lo -= 1
        hi = e + 1
        while hi < len(t.words) and t.sentence[hi] == n:
            hi += 1
        for p in self.others:
            if any(b < s or a > e for a, b in t.find(p.parts[0], lo, hi)):
                return True
        return False


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    return Detector(merged_lists())


def detect(text: str, additions: dict[str, list[str]] | None = None) -> Detection:
    """The text scanned with the shipped lists (plus a clinic's additions when given)."""
    if not additions or not any(additions.values()):
        return default_detector().detect(text)
    return Detector(merged_lists(additions)).detect(text)
