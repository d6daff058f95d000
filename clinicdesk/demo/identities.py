"""Invented people for the demo: random streams, names, birth dates, sexes and CPR numbers.

Nobody here is a real person: common Danish first and last names are combined at random.
CPR numbers follow the century rules and the modulus-11 check of services/cpr.py
(``century_for``, ``mod11_ok``); a few deliberately fail the check and a few are
health-sector substitute numbers (eCPR), as in a real practice's list.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from clinicdesk.demo.texts.people import FIRST_NAMES, LAST_NAMES, MIDDLE_SURNAMES, SECOND_FIRST
from clinicdesk.services.cpr import century_for, mod11_ok


def stream(seed: int, part: str) -> random.Random:
    """An independent stream per part, so one part's size never shifts another's content."""
    return random.Random(f"clinicdesk-demo/{seed}/{part}")


def weighted(rng: random.Random, pairs):
    """One name of ``(name, weight)`` pairs, drawn by weight."""
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(names, weights)[0]


# The 7th digit's groups of the century rules, in the order real numbers use them (the
# plain digits first); the order decides which digit a seed draws, so it is kept fixed.
_DIGIT_GROUPS = ((0, 1, 2, 3), (4, 9), (5, 6, 7, 8))


def century_digits(year: int) -> list[int]:
    """Which 7th digits give this birth year (services/cpr.century_for)."""
    digits = [d for group in _DIGIT_GROUPS for d in group if century_for(d, year % 100) == year]
    if not digits:
        raise ValueError("no CPR century for that year")
    return digits


def make_cpr(rng: random.Random, birth: date, female: bool, *, mod11: bool = True) -> str:
    """A CPR number for a birth date and sex; ``mod11=False`` gives one that fails the check."""
    prefix = birth.strftime("%d%m%y")
    choices = century_digits(birth.year)
    # real numbers mostly use the "plain" digits: 0-3 in the 1900s, 4 after 2000
    preferred = [c for c in choices if c in (0, 1, 2, 3)] if birth.year < 2000 else [4]
    while True:
        seventh = rng.choice(preferred) if rng.random() < 0.9 else rng.choice(choices)
        body = f"{prefix}{seventh}{rng.randrange(100):02d}"
        sexed = [d for d in range(10) if (d % 2 == 0) == female]
        if mod11:
            passing = [d for d in sexed if mod11_ok(body + str(d))]
            if not passing:  # no last digit of this sex passes: draw again
                continue
            last = passing[0]
        else:
            last = rng.choice([d for d in sexed if not mod11_ok(body + str(d))])
        return body + str(last)


def make_substitute_cpr(rng: random.Random, birth: date, female: bool) -> str:
    """A health-sector substitute number ``DDMMYYCAAG`` (e.g. 0203291WQ3)."""
    century = rng.choice([c for c in century_digits(birth.year) if c in (0, 1, 2, 3, 4)] or [5])
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
    last = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    return f"{birth.strftime('%d%m%y')}{century}{letters}{last}"


def new_cpr(rng: random.Random, birth: date, female: bool, taken: set[str]) -> str:
    """A valid CPR number nobody in ``taken`` has (it is added to ``taken``)."""
    while True:
        cpr = make_cpr(rng, birth, female)
        if cpr not in taken:
            taken.add(cpr)
            return cpr


def ascii_name(s: str) -> str:
    """A name as the local part of a mail address: lower case, æøå spelled out, no spaces."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ć": "c", "ü": "u", " ": ""})
    return s.lower().translate(table)


def name_group(year: int) -> str:
    """Which first-name list (texts.people.FIRST_NAMES) fits a birth year."""
    return ("kids" if year >= 2010 else "young" if year >= 1990 else
            "genx" if year >= 1970 else "boomer" if year >= 1950 else "old")


def invent_people(rng: random.Random, n: int, year: int) -> list[dict]:
    """``n`` people with birth date, sex, first and last name, aged like a practice's list
    in ``year``; ``child`` marks those under 15 all year (nobody is 14 turning 15)."""
    ref = date(year, 1, 1)
    child_cutoff = date(year - 14, 1, 1)  # born on/after: under 15 all year
    gap_start = date(year - 15, 1, 1)  # nobody born in the year before (no 14-year-old adults)
    # age bands of 5 years, weights shaped like a practice's list
    band_w = (5, 5, 5.5, 5.5, 6, 6.5, 6.5, 6, 6, 6.5, 7, 7, 6.5, 6, 6, 5.5, 4, 2.5, 1.2, 0.4)
    people = []
    for _i in range(n):
        band = rng.choices(range(len(band_w)), band_w)[0]
        days = rng.randrange(band * 1826, band * 1826 + 1826)
        birth = ref - timedelta(days=days + 1)
        if gap_start <= birth < child_cutoff:
            birth -= timedelta(days=366)
        female = rng.random() < 0.51
        first = rng.choice(FIRST_NAMES[name_group(birth.year)][0 if female else 1])
        if rng.random() < 0.1:
            second = rng.choice(SECOND_FIRST["F" if female else "M"])
            if second != first:
                first = f"{first} {second}"
        last = weighted(rng, LAST_NAMES)
        if rng.random() < 0.12:
            middle = rng.choice(MIDDLE_SURNAMES)
            if middle != last:
                last = f"{middle} {last}"
        people.append(dict(birth=birth, female=female, first=first, last=last,
                           child=birth >= child_cutoff, r=rng.random()))
    return people


def assign_cprs(rng: random.Random, people: list[dict]) -> tuple[set[str], int, int]:
    """Give every person a unique number (``cpr``, ``ecpr``): a few fail modulus-11 (mostly
    those born after 2007), a few adults get substitute numbers. Returns the numbers given,
    how many fail the check and how many are substitutes."""
    n = len(people)
    n_fail = max(3, n * 3 // 100)
    n_ecpr = max(2, n // 250)
    young = [i for i, p in enumerate(people) if p["birth"].year >= 2007]
    rest = [i for i, p in enumerate(people) if p["birth"].year < 2007]
    fail = set(rng.sample(young, min(len(young), n_fail * 2 // 3)))
    fail |= set(rng.sample(rest, min(len(rest), n_fail - len(fail))))
    adults = [i for i, p in enumerate(people) if not p["child"] and i not in fail]
    ecpr = set(rng.sample(adults, min(len(adults), n_ecpr)))
    cprs: set[str] = set()
    for i, p in enumerate(people):
        while True:
            if i in ecpr:
                cpr = make_substitute_cpr(rng, p["birth"], p["female"])
            else:
                cpr = make_cpr(rng, p["birth"], p["female"], mod11=i not in fail)
            if cpr not in cprs:
                break
        cprs.add(cpr)
        p["cpr"] = cpr
        p["ecpr"] = i in ecpr
    return cprs, len(fail), len(ecpr)
