"""The clinic's opening hours: the one home of what a week of opening hours must be.

A week is a tuple of :class:`Span` (weekday 0 = Monday, local time in
Europe/Copenhagen). Spans of one day may not overlap, and each opens before it
closes. ``parse_lines`` reads the short Danish form scripts use
(``"man-fre 08:00-16:00"``, ``"ons 08:00-12:00, 13:00-16:00"``, ``"lør lukket"``);
``describe`` writes a week the same way. Refusals are ``ValidationError`` with code
``invalid_hours`` and ``details["field"] == "opening_hours"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.domain.wording import WEEKDAYS_DA

_DAY_NAMES = {name: i for i, name in enumerate(WEEKDAYS_DA)}
_DAY_NAMES.update({name[:3]: i for i, name in enumerate(WEEKDAYS_DA)})
_DAY_NAMES.update({"loer": 5, "loerdag": 5, "lor": 5, "lordag": 5, "soen": 6, "soendag": 6, "son": 6, "sondag": 6})
MAX_SPANS_PER_DAY = 4
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


@dataclass(frozen=True, order=True)
class Span:
    weekday: int  # 0 = Monday
    opens: time
    closes: time


#: What a new clinic starts with: weekdays 8-16.
DEFAULT_WEEK: tuple[Span, ...] = tuple(Span(d, time(8, 0), time(16, 0)) for d in range(5))


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, code="invalid_hours", field="opening_hours")


def check_week(spans: Iterable[Span]) -> tuple[Span, ...]:
    """The week sorted, or a Danish refusal naming the day that is wrong."""
    week = tuple(sorted(spans))
    for span in week:
        if not 0 <= span.weekday <= 6:
            raise _refuse(say("En ugedag skal være mandag til søndag."))
        day = WEEKDAYS_DA[span.weekday]
        if span.opens >= span.closes:
            raise _refuse(say("Om {day}en skal klinikken åbne, før den lukker ({opens}–{closes}).").format(
                day=day, opens=_hm(span.opens), closes=_hm(span.closes)))
    for day in range(7):
        spans_of_day = [s for s in week if s.weekday == day]
        if len(spans_of_day) > MAX_SPANS_PER_DAY:
            raise _refuse(say("Højst {n} åbningsperioder om {day}en.").format(n=MAX_SPANS_PER_DAY, day=WEEKDAYS_DA[day]))
        for a, b in zip(spans_of_day, spans_of_day[1:]):
            if b.opens < a.closes:
                raise _refuse(say("Åbningstiderne om {day}en overlapper hinanden.").format(day=WEEKDAYS_DA[day]))
    return week


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


def parse_time(text: str) -> time:
    m = _TIME.match(text.strip())
    if not m:
        raise _refuse(say("»{text}« er ikke et klokkeslæt. Skriv fx 08:00.").format(text=text.strip()))
    return time(int(m.group(1)), int(m.group(2)))


def _days(text: str) -> list[int]:
    text = text.strip().lower().rstrip(":")
    parts = [p.strip() for p in text.split("-")]
    if len(parts) > 2 or not all(p in _DAY_NAMES for p in parts):
        raise _refuse(say("»{text}« er ikke en ugedag. Skriv fx »man«, »mandag« eller »man-fre«.").format(text=text))
    first, last = _DAY_NAMES[parts[0]], _DAY_NAMES[parts[-1]]
    if last < first:
        raise _refuse(say("»{text}«: den sidste dag skal komme efter den første.").format(text=text))
    return list(range(first, last + 1))


def parse_spans(days: list[int], text: str) -> list[Span]:
    """``"08:00-12:00, 13:00-16:00"`` (or ``"lukket"``) for each of ``days``."""
    text = text.strip()
    if text.lower() in ("", "lukket"):
        return []
    out = []
    for part in text.split(","):
        times = [t for t in re.split(r"\s*[-–]\s*", part.strip()) if t]
        if len(times) != 2:
            raise _refuse(say("»{text}« er ikke en åbningstid. Skriv fx 08:00-16:00.").format(text=part.strip()))
        opens, closes = parse_time(times[0]), parse_time(times[1])
        out += [Span(d, opens, closes) for d in days]
    return out


def parse_lines(lines: Iterable[str]) -> tuple[Span, ...]:
    """Lines such as ``"man-fre 08:00-16:00"``; a day named twice keeps its last line."""
    by_day: dict[int, list[Span]] = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        days = _days(head)
        spans = parse_spans(days, rest)
        for d in days:
            by_day[d] = [s for s in spans if s.weekday == d]
    return check_week(s for spans in by_day.values() for s in spans)


def parse_table(table: dict) -> tuple[Span, ...]:
    """A TOML table ``{"mandag": "08:00-16:00", "lør": "lukket", "man-fre": "…"}``."""
    lines = []
    for key, value in table.items():
        if not isinstance(value, str):
            raise _refuse(say("Åbningstiden for »{key}« skal være tekst, fx \"08:00-16:00\" eller \"lukket\".").format(
                key=key))
        lines.append(f"{key.replace(' ', '')} {value}")
    return parse_lines(lines)


def describe(week: Iterable[Span]) -> list:
    """One line per weekday, ``"mandag 08:00-16:00"`` or ``"lørdag lukket"``: marked Danish
    (``str()`` is the Danish; a view shows it in the user's language with ``service_text``)."""
    week = tuple(week)
    out = []
    for d, name in enumerate(WEEKDAYS_DA):
        hours = ", ".join(f"{_hm(s.opens)}-{_hm(s.closes)}" for s in week if s.weekday == d)
        out.append(say("{day} {hours}").format(day=name, hours=hours) if hours
                   else say("{day} lukket").format(day=name))
    return out
