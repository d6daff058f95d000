"""The word and phrase lists: a default set shipped in ``resources/safety/`` plus the clinic's own lines.

Four lists, each a plain text file of one phrase a line (``#`` starts a comment, ``[Heading]`` starts a
section):

* ``urgent``: words and phrases that suggest an urgent condition, in sections by condition;
* ``negation``: what turns a phrase off when it stands just before it (section ``[før]``, up to four
  words before), just after it (``[efter]``) or anywhere in the same sentence (``[sætning]``, e.g.
  "hvis");
* ``others``: other people (a relative, a friend): a phrase in a sentence about them does not flag;
* ``past``: past events ("for 3 år siden", "tidligere"): a phrase in such a sentence does not flag.

A phrase's words: ``brystsmert*`` matches every word that starts so; ``brystet|brystkassen``
alternatives; ``=bryst`` exactly this word (no allowance for misspelling); ``?`` any one word;
``feber* & stiv* nakke*`` both parts somewhere in the text. Up to two other words may stand between
the words of a phrase ("ondt i hele brystet"). Parsing is here; matching is ``detector.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from clinicdesk.resources import resource_path
from clinicdesk.domain.messages import say

LIST_NAMES = ("urgent", "negation", "others", "past")
DEFAULT_SECTION = {"urgent": "Klinikkens egne", "negation": "før", "others": "", "past": ""}


@dataclass(frozen=True)
class Phrase:
    section: str
    text: str  # the line as written


@dataclass(frozen=True)
class WordList:
    name: str
    phrases: tuple[Phrase, ...]


def parse(name: str, text: str, default_section: str = "") -> WordList:
    section = default_section
    out: list[Phrase] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        out.append(Phrase(section, line))
    return WordList(name, tuple(out))


def check_line(line: str) -> str:
    """A phrase a clinic adds: trimmed; Danish message (a say text) when it cannot be a phrase (empty, only ``*``/``?``)."""
    text = " ".join((line or "").split())
    if not text:
        return say("Skriv et ord eller en sætning.")
    if text.startswith("[") or "#" in text:
        return say("Tegnene [ og # bruges til overskrifter og kommentarer i listerne; skriv ordet uden dem.")
    words = [w for part in text.split("&") for w in part.split()]
    if not words or all(w.strip("*=?|") == "" for w in words):
        return say("Et udtryk skal have mindst ét rigtigt ord (ikke kun * eller ?).")
    alts = [a for w in words for a in w.split("|")]
    if any(a.endswith("*") and len(a.strip("*=")) < 2 for a in alts):
        return say("Ord med * skal have mindst to bogstaver før stjernen.")
    if any(not a.strip("*=") for a in alts if a != "?"):
        return say("Et ord er tomt (fx to | efter hinanden). Ret udtrykket.")
    return ""


@lru_cache(maxsize=None)
def default_text(name: str) -> str:
    if name not in LIST_NAMES:
        raise ValueError(name)
    return resource_path("safety", f"{name}.txt").read_text(encoding="utf-8")


def default_lists() -> dict[str, WordList]:
    return {n: parse(n, default_text(n)) for n in LIST_NAMES}


def merged_lists(additions: dict[str, list[str]] | None = None) -> dict[str, WordList]:
    """The shipped lists with the clinic's own lines added (in their list's default section)."""
    lists = default_lists()
    for name, lines in (additions or {}).items():
        if name not in lists or not lines:
            continue
        extra = tuple(Phrase(DEFAULT_SECTION[name], " ".join(ln.split())) for ln in lines if not check_line(ln))
        lists[name] = WordList(name, lists[name].phrases + extra)
    return lists
