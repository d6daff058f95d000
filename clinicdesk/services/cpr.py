"""Danish CPR numbers (personnummer) and substitute numbers (eCPR).

Rules (see /work/shared/DOMAIN.md):

* ``DDMMYY-SSSS``; the hyphen and spaces are optional in input. Stored as a
  10-character string without hyphen (``Cpr.digits``), never as an integer.
* The 7th digit together with the two-digit year gives the century:
  0-3 → 1900-1999; 4 or 9 → 2000-2036 if YY ≤ 36 else 1937-1999;
  5-8 → 2000-2057 if YY ≤ 57 else 1858-1899.
* Last digit odd = male ("M"), even = female ("F").
* Modulus-11 is NOT a validity rule (real numbers issued since 2007 fail it):
  ``Cpr.mod11_ok`` is only a flag a screen may use to warn "check the number".
* Substitute numbers are accepted in the health sector's form ``DDMMYYCAAG``
  (C century digit, AA two letters A-Z, G digit for sex; e.g. ``0203291WQ3``)
  and in the scheme that adds 6 to the first digit of the day (61-91 → 01-31).

Never log a CPR number: ``repr(Cpr)`` is masked for that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.domain.wording import MONTHS_DA

__all__ = [
    "Cpr",
    "InvalidCpr",
    "parse_cpr",
    "try_parse_cpr",
    "format_cpr",
    "mask_cpr",
    "age_on",
    "looks_like_cpr",
    "century_for",
    "compact_cpr",
    "mod11_ok",
    "find_cpr_in_text",
    "contains_cpr",
]

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_WHAT_TO_DO = say("Skriv de 10 cifre som DDMMÅÅ-XXXX, fx 010190-1234.")


class InvalidCpr(ValidationError):
    """A text that is not a CPR or substitute number. ``details['reason']`` is a stable code."""

    code = "invalid_cpr"
    default_message = say("CPR-nummeret er ikke gyldigt.") + " " + _WHAT_TO_DO


@dataclass(frozen=True)
class Cpr:
    digits: str  # 10 characters, no hyphen (letters at places 8-9 for an eCPR)
    birth_date: date
    sex: str  # "M" or "F"
    is_substitute: bool = False
    mod11_ok: bool = True

    @property
    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    @property
    def masked(self) -> str:
        return f"{self.digits[:6]}-XXXX"

    @property
    def is_male(self) -> bool:
        return self.sex == "M"

    def __repr__(self) -> str:  # str() and repr() are masked, so a stray log line leaks no number;
        # show ``.formatted`` where the full number is meant to be seen
        return f"Cpr({self.masked}, substitute={self.is_substitute})"


def century_for(seventh: int, yy: int) -> int:
    """The full year from the 7th digit and the two-digit year."""
    if not 0 <= seventh <= 9 or not 0 <= yy <= 99:
        raise ValueError("digit 0-9 and yy 0-99 expected")
    if seventh <= 3:
        return 1900 + yy
    if seventh in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def mod11_ok(digits: str) -> bool:
    """The old modulus-11 check on 10 digits (False for anything else). Never a reason to reject."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS)) % 11 == 0


def _fail(reason: str, message: str) -> InvalidCpr:
    return InvalidCpr(message, reason=reason)


_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})


def _normalize(text: str) -> str:
    """Drop whitespace (also non-breaking) and turn typographic dashes (pasted text) into '-'."""
    return re.sub(r"\s+", "", text.translate(_DASHES))


def compact_cpr(text: str) -> str:
    """The text without spaces or dashes, upper case: the stored form of a number that may
    not parse (e.g. for a search on a number whose date is impossible). No validation."""
    return _normalize(str(text or "")).replace("-", "").upper()


def _clean(text: str) -> str:
    if text is None:
        raise _fail("empty", say("Der er ikke skrevet noget CPR-nummer.") + " " + _WHAT_TO_DO)
    s = _normalize(str(text))
    if not s:
        raise _fail("empty", say("Der er ikke skrevet noget CPR-nummer.") + " " + _WHAT_TO_DO)
    if "-" in s:
        if s.count("-") > 1 or s.index("-") != 6:
            raise _fail(
                "hyphen",
                say("Bindestregen står forkert i CPR-nummeret: den skal stå efter de første 6 cifre "
                    "(DDMMÅÅ-XXXX). Du kan også udelade den."),
            )
        s = s.replace("-", "")
    return s.upper()


def _check_characters(s: str) -> bool:
    """Validate length and which places hold digits or letters; return True for the letter eCPR form."""
    n = len(s)
    for i, ch in enumerate(s):
        if ch.isdigit() and ch.isascii():
            continue
        if i in (7, 8) and "A" <= ch <= "Z":
            continue
        place = i + 1
        hint = say(" (er det bogstavet O i stedet for tallet 0?)") if ch == "O" else ""
        if ch.isalpha():
            raise _fail(
                "letters",
                say("CPR-nummeret har bogstavet «{ch}» på plads {place}, hvor der skal stå et ciffer{hint}. "
                    "Kun et erstatningspersonnummer har bogstaver, og kun på plads 8 og 9.").format(
                    ch=ch, place=place, hint=hint) + " " + _WHAT_TO_DO,
            )
        raise _fail(
            "characters",
            say("CPR-nummeret indeholder tegnet «{ch}» på plads {place}; der må kun stå cifre "
                "(og evt. en bindestreg efter de første 6).").format(ch=ch, place=place) + " " + _WHAT_TO_DO,
        )
    if n < 10:
        raise _fail(
            "too_short",
            say("CPR-nummeret har kun {n} cifre, men skal have 10. Tjek, om der mangler et ciffer.").format(n=n)
            + " " + _WHAT_TO_DO,
        )
    if n > 10:
        raise _fail(
            "too_long",
            say("CPR-nummeret har {n} cifre, men skal have 10. Tjek, om et ciffer er skrevet to gange.").format(n=n)
            + " " + _WHAT_TO_DO,
        )
    letters = [ch.isalpha() for ch in s[7:9]]
    if any(letters) and not all(letters):
        raise _fail(
            "substitute_form",
            say("Et erstatningspersonnummer skal have to bogstaver på plads 8 og 9 (fx 020329-1WQ3), "
                "og et CPR-nummer kun cifre. Ret nummeret og prøv igen."),
        )
    return all(letters)


def parse_cpr(text: str, *, today: date | None = None) -> Cpr:
    """Parse a CPR or substitute number; raise :class:`InvalidCpr` saying what is wrong.

    A birth date after ``today`` (Danish date; default: now) is refused: the century
    rules read 010150-5000 as born in 2050, which no living person is."""
    s = _clean(text)
    letter_form = _check_characters(s)

    dd, mm, yy, seventh = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6])
    day_plus_60 = 61 <= dd <= 91
    day = dd - 60 if day_plus_60 else dd
    if not 1 <= mm <= 12:
        raise _fail(
            "month",
            say("Måneden i CPR-nummeret er {month}, men den skal være mellem 01 og 12 "
                "(cifrene 3-4, DDMMÅÅ). Ret nummeret og prøv igen.").format(month=s[2:4]),
        )
    year = century_for(seventh, yy)
    if not 1 <= day <= 31:
        raise _fail(
            "day",
            say("Dagen i CPR-nummeret er {day}, men den skal være mellem 01 og 31 "
                "(cifrene 1-2, DDMMÅÅ). Ret nummeret og prøv igen.").format(day=s[0:2]),
        )
    try:
        birth = date(year, mm, day)
    except ValueError:
        msg = say(
            "Datoen {day}. {month} {year} findes ikke, så de første 6 cifre "
            "({digits}) kan ikke være en fødselsdato. Ret nummeret og prøv igen."
        ).format(day=day, month=MONTHS_DA[mm - 1], year=year, digits=s[0:6])
        raise _fail("date", msg) from None
    if today is None:
        today = datetime.now(COPENHAGEN).date()
    if birth > today:
        raise _fail(
            "future",
            say("CPR-nummeret giver fødselsdatoen {day}. {month} {year}, som ligger i fremtiden "
                "(det 7. ciffer bestemmer århundredet). Tjek cifrene og prøv igen.").format(
                day=day, month=MONTHS_DA[mm - 1], year=year),
        )

    sex = "M" if int(s[9]) % 2 == 1 else "F"
    substitute = letter_form or day_plus_60
    # The check is meaningless for letter-form substitute numbers: no warning for those.
    check = True if letter_form else mod11_ok(s)
    return Cpr(digits=s, birth_date=birth, sex=sex, is_substitute=substitute, mod11_ok=check)


def try_parse_cpr(text: str, *, today: date | None = None) -> Cpr | None:
    try:
        return parse_cpr(text, today=today)
    except InvalidCpr:
        return None


def _as_cpr(value: Cpr | str) -> Cpr:
    return value if isinstance(value, Cpr) else parse_cpr(value)


def format_cpr(value: Cpr | str) -> str:
    """``DDMMYY-SSSS`` (raises InvalidCpr for text that is not a CPR number)."""
    return _as_cpr(value).formatted


def mask_cpr(value: Cpr | str) -> str:
    """``DDMMYY-XXXX`` for places that show a number only partly.

    Text that does not parse is masked by shape (first 6 characters kept) rather
    than raising, so a screen never shows a full bad number by accident.
    """
    if isinstance(value, Cpr):
        return value.masked
    c = try_parse_cpr(value)
    if c is not None:
        return c.masked
    s = compact_cpr(value)
    return f"{s[:6]}-XXXX" if s else ""


def age_on(value: Cpr | str, on: date) -> int:
    """Age in whole years on a date (someone born 29 February ages on 1 March in other years)."""
    birth = _as_cpr(value).birth_date
    if isinstance(on, datetime):  # a moment: its date in Denmark
        on = on.astimezone(COPENHAGEN).date() if on.tzinfo else on.date()
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return max(years, 0)


# ASCII digits only, as parse_cpr: one digit class for the search detector and the parser
_FULL = re.compile(r"^[0-9]{6}-?[0-9](?:[0-9]{2}|[A-Za-z]{2})[0-9]$")
_PARTIAL = re.compile(r"^[0-9]{6}-?(?:[0-9](?:[0-9]{1,3}|[A-Za-z](?:[A-Za-z][0-9]?)?)?)?$")


def looks_like_cpr(text: str, *, partial: bool = False) -> bool:
    """Does a search term have the shape of a CPR number (so search by CPR, not by name)?

    Shape only: ``parse_cpr`` then says whether it is a valid number. With
    ``partial=True`` the first 6 digits (a birth date) with or without the start of
    the last four also count, for search-as-you-type.
    """
    t = _normalize(text or "")
    if not t:
        return False
    if _FULL.match(t):
        return True
    return bool(partial and _PARTIAL.match(t))


# A CPR number (or an eCPR) written inside free text, in any of the ways people
# write one: 0101801235, 010180-1235, 010180 1235, 0101 80-1235, 01.01.80-1235.
# ASCII digits only. The date part must be a plausible day (01-31, or 61-91 for the
# substitute scheme) and month; the shape is enough otherwise (a last guard errs
# on the side of catching).
_SEP = r"[ .\u00a0]?"
_CPR_IN_TEXT = re.compile(
    r"(?<![0-9A-Za-z])([0-9]{2})" + _SEP + r"([0-9]{2})" + _SEP + r"[0-9]{2}"
    r"\s?[-\u2010\u2011\u2012\u2013\u2014\u2212]?\s?"
    r"[0-9](?:[0-9]{2}|[A-Za-z]{2})[0-9](?![0-9A-Za-z])"
)


def find_cpr_in_text(text: str) -> str | None:
    """The first CPR-shaped number in ``text`` (for refusing or scrubbing), or None.

    The one detector for "a CPR number in free text": mail bodies, reasons staff
    write for patients, and outgoing notifications all use it."""
    for m in _CPR_IN_TEXT.finditer(text or ""):
        day, month = int(m.group(1)), int(m.group(2))
        if day > 60:
            day -= 60
        if 1 <= day <= 31 and 1 <= month <= 12:
            return m.group(0)
    return None


def contains_cpr(text: str) -> bool:
    """Does ``text`` contain something shaped like a CPR number?"""
    return find_cpr_in_text(text) is not None
