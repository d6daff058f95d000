"""CPR and substitute numbers: century rules, sex, modulus-11 as a warning only, eCPR, messages."""

from __future__ import annotations

from datetime import date

import pytest

from clinicdesk.services.cpr import (
    Cpr,
    InvalidCpr,
    age_on,
    century_for,
    compact_cpr,
    contains_cpr,
    find_cpr_in_text,
    format_cpr,
    looks_like_cpr,
    mask_cpr,
    mod11_ok,
    parse_cpr,
    try_parse_cpr,
)
from clinicdesk.domain.errors import ClinicDeskError


def _year(text: str) -> int:
    return parse_cpr(text, today=date(2099, 12, 31)).birth_date.year  # the rule, not today's date


# --- century: every 7th digit, and the boundaries YY 36/37 and 57/58 -------------------------

@pytest.mark.parametrize(
    "seventh, yy, year",
    [
        # 0-3: always 1900s
        *[(d, 0, 1900) for d in range(0, 4)],
        *[(d, 36, 1936) for d in range(0, 4)],
        *[(d, 37, 1937) for d in range(0, 4)],
        *[(d, 57, 1957) for d in range(0, 4)],
        *[(d, 58, 1958) for d in range(0, 4)],
        *[(d, 99, 1999) for d in range(0, 4)],
        # 4 and 9: 2000-2036, else 1937-1999
        *[(d, 0, 2000) for d in (4, 9)],
        *[(d, 36, 2036) for d in (4, 9)],
        *[(d, 37, 1937) for d in (4, 9)],
        *[(d, 57, 1957) for d in (4, 9)],
        *[(d, 58, 1958) for d in (4, 9)],
        *[(d, 99, 1999) for d in (4, 9)],
        # 5-8: 2000-2057, else 1858-1899
        *[(d, 0, 2000) for d in range(5, 9)],
        *[(d, 36, 2036) for d in range(5, 9)],
        *[(d, 37, 2037) for d in range(5, 9)],
        *[(d, 57, 2057) for d in range(5, 9)],
        *[(d, 58, 1858) for d in range(5, 9)],
        *[(d, 99, 1899) for d in range(5, 9)],
    ],
)
def test_century_from_seventh_digit_and_year(seventh, yy, year):
    text = f"0101{yy:02d}{seventh}123"
    cpr = parse_cpr(text, today=date(2099, 12, 31))  # the rule, not today's date
    assert cpr.birth_date == date(year, 1, 1)
    assert century_for(seventh, yy) == year
    assert cpr.digits == text and len(cpr.digits) == 10


def test_every_seventh_digit_is_accepted():
    years = [_year(f"150660{d}000") for d in range(10)]
    assert years == [1960, 1960, 1960, 1960, 1960, 1860, 1860, 1860, 1860, 1960]
    years = [_year(f"150620{d}000") for d in range(10)]
    assert years == [1920, 1920, 1920, 1920, 2020, 2020, 2020, 2020, 2020, 2020]


# --- sex, formatting, stored form ------------------------------------------------------------

@pytest.mark.parametrize("last, sex", [(str(d), "M" if d % 2 else "F") for d in range(10)])
def test_last_digit_gives_sex(last, sex):
    assert parse_cpr(f"010190123{last}").sex == sex


@pytest.mark.parametrize(
    "text",
    [
        "0101901234", "010190-1234", " 010190 1234 ", "01 01 90 - 12 34", "010190 -1234",
        "010190\u20131234",  # en dash, as pasted from a letter
        "010190\u00a01234",  # non-breaking space
    ],
)
def test_hyphen_and_spaces_are_optional(text):
    cpr = parse_cpr(text)
    assert cpr.digits == "0101901234"
    assert cpr.formatted == "010190-1234"
    assert format_cpr(text) == "010190-1234"
    assert cpr.birth_date == date(1990, 1, 1)
    assert not cpr.is_substitute


def test_cpr_is_a_frozen_value_whose_repr_does_not_leak_the_number():
    cpr = parse_cpr("0101901234")
    with pytest.raises(Exception):
        cpr.digits = "0202021234"  # type: ignore[misc]
    assert "1234" not in repr(cpr)
    assert repr(cpr) == "Cpr(010190-XXXX, substitute=False)"
    assert str(cpr) == repr(cpr) and f"{cpr}" == repr(cpr)
    assert parse_cpr("010190-1234") == cpr  # one value, however it was typed
    assert isinstance(cpr, Cpr)


def test_mask():
    assert mask_cpr("0101901234") == "010190-XXXX"
    assert mask_cpr(parse_cpr("010190-1234")) == "010190-XXXX"
    assert mask_cpr("0203291WQ3") == "020329-XXXX"
    # text that does not parse is still never shown in full
    assert mask_cpr("3102991234") == "310299-XXXX"
    assert mask_cpr("") == ""


# --- modulus 11: a warning flag, never a rejection --------------------------------------------

def test_mod11_pass_and_fail_are_both_accepted():
    # 070761-4285: the classic valid example (weights 4,3,2,7,6,5,4,3,2,1 → sum % 11 == 0)
    ok = parse_cpr("070761-4285")
    assert ok.mod11_ok is True
    assert ok.birth_date == date(1961, 7, 7) and ok.sex == "M"
    # every other last digit fails modulus 11 and is still a valid CPR number
    for last in "012346789":
        cpr = parse_cpr(f"070761428{last}")
        assert cpr.mod11_ok is False
        assert cpr.birth_date == date(1961, 7, 7)


def test_numbers_issued_since_2007_that_fail_mod11_are_valid():
    # born 1 January 2010, 7th digit 4 → 2010; fails modulus 11
    cpr = parse_cpr("010110-4002")
    assert cpr.birth_date == date(2010, 1, 1)
    assert cpr.mod11_ok is False
    assert mod11_ok("0101104002") is False
    assert mod11_ok("0101104001") is True
    assert mod11_ok("0707614285") is True
    assert mod11_ok("12345") is False


# --- substitute numbers (eCPR) ----------------------------------------------------------------

def test_ecpr_health_sector_letter_form():
    cpr = parse_cpr("0203291WQ3")
    assert cpr.is_substitute
    assert cpr.digits == "0203291WQ3"
    assert cpr.formatted == "020329-1WQ3"
    assert cpr.birth_date == date(1929, 3, 2)
    assert cpr.sex == "M"
    assert cpr.mod11_ok is True  # not applicable: no warning for substitute numbers


@pytest.mark.parametrize("text", ["0203291wq3", "020329-1wQ3", "020329 1WQ3"])
def test_ecpr_letters_any_case_and_hyphen(text):
    assert parse_cpr(text).digits == "0203291WQ3"


def test_ecpr_letter_form_sex_and_century():
    assert parse_cpr("0203294AB2", today=date(2099, 12, 31)).sex == "F"
    later = date(2099, 12, 31)  # a birth in 2029 is in the future today
    assert parse_cpr("0203294AB2", today=later).birth_date == date(2029, 3, 2)  # same century rule
    assert parse_cpr("0203298ZZ1", today=later).birth_date == date(2029, 3, 2)
    assert parse_cpr("0203648ZZ1").birth_date == date(1864, 3, 2)


@pytest.mark.parametrize(
    "text, birth",
    [
        ("6101901234", date(1990, 1, 1)),  # day 01 + 60
        ("9112801231", date(1980, 12, 31)),  # day 31 + 60
        ("690290-4000", date(1990, 2, 9)),
        ("8902004000", date(2000, 2, 29)),  # 29 Feb 2000 + 60
    ],
)
def test_ecpr_day_plus_sixty_scheme(text, birth):
    cpr = parse_cpr(text)
    assert cpr.is_substitute
    assert cpr.birth_date == birth
    assert cpr.digits == text.replace("-", "")


def test_day_plus_sixty_still_needs_a_real_date():
    with pytest.raises(InvalidCpr) as exc:
        parse_cpr("9102901234")  # 31 February
    assert exc.value.details["reason"] == "date"
    assert "31. februar 1990" in str(exc.value)


# --- bad input: a Danish message that says what is wrong and what to do ------------------------

@pytest.mark.parametrize(
    "text, reason, words",
    [
        ("", "empty", ["ikke skrevet noget"]),
        ("   ", "empty", ["ikke skrevet noget"]),
        ("12345", "too_short", ["kun 5 cifre", "skal have 10", "DDMMÅÅ-XXXX"]),
        ("010190-123", "too_short", ["kun 9 cifre"]),
        ("01019012345", "too_long", ["11 cifre", "skal have 10"]),
        ("01019O1234", "letters", ["bogstavet «O» på plads 6", "tallet 0"]),
        ("A101901234", "letters", ["bogstavet «A» på plads 1", "skal stå et ciffer"]),
        ("0101901W34", "substitute_form", ["to bogstaver på plads 8 og 9"]),
        ("010190+1234", "characters", ["tegnet «+» på plads 7", "kun stå cifre"]),
        ("0101-901234", "hyphen", ["Bindestregen står forkert", "efter de første 6 cifre"]),
        ("010190--1234", "hyphen", ["Bindestregen"]),
        ("310299-1234", "date", ["31. februar 1999 findes ikke", "Ret nummeret"]),
        ("290223-4123", "date", ["29. februar 2023 findes ikke"]),
        ("310490-1234", "date", ["31. april 1990 findes ikke"]),
        ("3201901234", "day", ["Dagen", "32", "mellem 01 og 31"]),
        ("0001901234", "day", ["Dagen", "00", "mellem 01 og 31"]),
        ("0113901234", "month", ["Måneden", "13", "mellem 01 og 12"]),
        ("0100901234", "month", ["Måneden", "00"]),
        ("5001901234", "day", ["Dagen", "50"]),
        ("9501901234", "day", ["Dagen", "95"]),
    ],
)
def test_bad_input_is_refused_in_danish(text, reason, words):
    with pytest.raises(InvalidCpr) as exc:
        parse_cpr(text)
    err = exc.value
    assert isinstance(err, ClinicDeskError)
    assert err.code == "invalid_cpr"
    assert err.details["reason"] == reason
    for w in words:
        assert w in str(err), (w, str(err))
    assert try_parse_cpr(text) is None


def test_leap_days_follow_the_century():
    assert parse_cpr("290200-4000").birth_date == date(2000, 2, 29)  # 2000 was a leap year
    assert parse_cpr("290200-5000").birth_date == date(2000, 2, 29)  # 5-8 with YY 00 → 2000
    with pytest.raises(InvalidCpr) as exc:
        parse_cpr("290200-2000")  # 1900 is not a leap year
    assert "29. februar 1900 findes ikke" in str(exc.value)


# --- age, search-box shape ---------------------------------------------------------------------

def test_age_on():
    cpr = parse_cpr("150610-4001")  # 15 June 2010
    assert age_on(cpr, date(2025, 6, 14)) == 14
    assert age_on(cpr, date(2025, 6, 15)) == 15
    assert age_on("1506104001", date(2010, 6, 15)) == 0
    leap = parse_cpr("290200-4000")
    assert age_on(leap, date(2015, 2, 28)) == 14
    assert age_on(leap, date(2015, 3, 1)) == 15
    assert age_on(leap, date(2016, 2, 29)) == 16
    # a moment counts by its date in Denmark: 23:30 UTC on 14 June 2025 is already the 15th
    from datetime import datetime, timezone

    assert age_on(cpr, datetime(2025, 6, 14, 23, 30, tzinfo=timezone.utc)) == 15
    assert age_on(cpr, datetime(2025, 6, 14, 21, 30, tzinfo=timezone.utc)) == 14


@pytest.mark.parametrize(
    "text, full, partial",
    [
        ("0101901234", True, True),
        ("010190-1234", True, True),
        ("010190 1234", True, True),
        ("0203291WQ3", True, True),
        ("3102991234", True, True),  # the shape of a CPR: parse_cpr then explains the date
        ("010190", False, True),
        ("010190-", False, True),
        ("010190-12", False, True),
        ("0101901", False, True),
        ("010190-1W", False, True),
        ("010190-1WQ", False, True),
        ("010190\u20131234", True, True),
        ("010190-1W2", False, False),
        ("0101", False, False),
        ("Hansen", False, False),
        ("Jens 0101901234", False, False),
        ("", False, False),
        ("01019012345", False, False),
    ],
)
def test_looks_like_cpr(text, full, partial):
    assert looks_like_cpr(text) is full
    assert looks_like_cpr(text, partial=True) is partial


def test_compact_cpr_for_numbers_that_do_not_parse():
    assert compact_cpr(" 310299\u20131234 ") == "3102991234"
    assert compact_cpr("020329-1wq3") == "0203291WQ3"
    assert compact_cpr("") == ""


# --- issue 9: one digit class, no births in the future, CPR numbers inside free text -----------

def test_a_birth_date_in_the_future_is_refused_for_that_reason():
    with pytest.raises(InvalidCpr) as exc:
        parse_cpr("010150-5000", today=date(2026, 12, 1))  # 7th digit 5, YY 50 → 2050
    assert exc.value.details["reason"] == "future"
    assert "1. januar 2050" in str(exc.value) and "fremtiden" in str(exc.value)
    assert parse_cpr("010150-5000", today=date(2050, 1, 1)).birth_date == date(2050, 1, 1)
    assert parse_cpr("011226-4001", today=date(2026, 12, 1)).birth_date == date(2026, 12, 1)


@pytest.mark.parametrize("text", ["٠١٠١٨٠١٢٣٥", "０１０１８０-１２３５", "০১০১৮০১২৩৫"])
def test_unicode_digits_are_not_a_cpr_number_anywhere(text):
    assert not looks_like_cpr(text)
    assert not looks_like_cpr(text, partial=True)
    with pytest.raises(InvalidCpr):
        parse_cpr(text)
    assert find_cpr_in_text(f"mit nummer er {text}") is None


@pytest.mark.parametrize("text", [
    "CPR 0101801235 tak", "010180-1235", "010180 1235", "0101 80-1235", "0101 80 1235", "01.01.80-1235",
    "010180\u20131235", "erstatning 020329-1WQ3", "dag+60: 610180-1235",
])
def test_cpr_numbers_inside_text_are_found_in_every_spelling(text):
    assert find_cpr_in_text(text) is not None
    assert contains_cpr(text)


@pytest.mark.parametrize("text", [
    "ring på 12 34 56 78", "kl. 10.30 den 12.05.2024", "pakke 999999-9999", "ordre 0101801235678",
    "dosis 400 mg 3 gange", "",
])
def test_ordinary_numbers_are_not_cpr_numbers(text):
    assert find_cpr_in_text(text) is None
