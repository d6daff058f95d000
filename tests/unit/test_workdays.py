"""Danish working days: Easter, Christmas/New Year, Ascension, Pentecost, weekends, DST, cutoff."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from clinicdesk.services import workdays
from clinicdesk.services.workdays import (
    add_working_days,
    due_date_for,
    effective_receipt_day,
    holiday_name,
    is_public_holiday,
    is_working_day,
    local_date,
    next_working_day,
    working_days_between,
)

UTC = timezone.utc


def utc(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


# --- which days are holidays -------------------------------------------------------------------

@pytest.mark.parametrize(
    "day, name",
    [
        (date(2026, 1, 1), "Nytårsdag"),
        (date(2026, 4, 2), "Skærtorsdag"),
        (date(2026, 4, 3), "Langfredag"),
        (date(2026, 4, 5), "Påskedag"),
        (date(2026, 4, 6), "Anden påskedag"),
        (date(2026, 5, 14), "Kristi himmelfartsdag"),
        (date(2026, 5, 24), "Pinsedag"),
        (date(2026, 5, 25), "Anden pinsedag"),
        (date(2026, 12, 25), "Juledag"),
        (date(2026, 12, 26), "Anden juledag"),
        (date(2023, 5, 5), "Store bededag"),  # abolished from 2024
    ],
)
def test_public_holidays_with_danish_names(day, name):
    assert is_public_holiday(day)
    assert holiday_name(day) == name
    assert not is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 4, 26),  # the Friday that was Store Bededag until 2023
        date(2026, 12, 24),  # Christmas Eve: not a public holiday
        date(2026, 12, 31),  # New Year's Eve
        date(2026, 6, 5),  # Constitution Day
        date(2026, 5, 1),
        date(2026, 4, 1),  # the Wednesday before Easter
    ],
)
def test_days_that_are_working_days(day):
    assert not is_public_holiday(day)
    assert holiday_name(day) is None
    assert is_working_day(day)


def test_weekends_are_not_working_days():
    assert not is_working_day(date(2026, 11, 21))  # Saturday
    assert not is_working_day(date(2026, 11, 22))  # Sunday
    assert is_working_day(date(2026, 11, 23))  # Monday
    assert not is_public_holiday(date(2026, 11, 22))


def test_holiday_years_are_cached():
    workdays._holidays_for_year.cache_clear()
    for d in range(1, 366):
        is_working_day(date(2031, 1, 1) + timedelta(days=d - 1))
    info = workdays._holidays_for_year.cache_info()
    assert info.misses == 1 and info.currsize == 1 and info.hits >= 250  # one build for the year


# --- adding working days ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "start, n, due",
    [
        # plain week and weekend
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
        (date(2026, 11, 23), 2, date(2026, 11, 25)),
        (date(2026, 11, 26), 2, date(2026, 11, 30)),  # Thursday + 2 → Monday
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 → Monday
        (date(2026, 11, 28), 2, date(2026, 12, 2)),  # Saturday counts from Monday
        (date(2026, 11, 29), 0, date(2026, 11, 30)),  # Sunday, n=0 → the next working day
        (date(2026, 11, 23), 5, date(2026, 11, 30)),
        # Easter 2026: Maundy Thursday 2 April .. Easter Monday 6 April
        (date(2026, 4, 1), 1, date(2026, 4, 7)),
        (date(2026, 3, 31), 3, date(2026, 4, 8)),
        (date(2026, 4, 3), 1, date(2026, 4, 8)),  # Good Friday counts from Tuesday
        (date(2026, 4, 6), 0, date(2026, 4, 7)),
        # Christmas / New Year 2026-27: 24 Dec and 31 Dec are working days
        (date(2026, 12, 23), 1, date(2026, 12, 24)),
        (date(2026, 12, 23), 2, date(2026, 12, 28)),
        (date(2026, 12, 30), 2, date(2027, 1, 4)),  # 31 Dec, then 1 Jan (Fri) is a holiday
        (date(2026, 12, 25), 3, date(2026, 12, 31)),
        # Ascension Thursday 14 May 2026
        (date(2026, 5, 13), 1, date(2026, 5, 15)),
        (date(2026, 5, 12), 3, date(2026, 5, 18)),
        # Pentecost Sunday 24 / Monday 25 May 2026
        (date(2026, 5, 22), 1, date(2026, 5, 26)),
        (date(2026, 5, 21), 3, date(2026, 5, 27)),
        # Store Bededag 2023 (Friday 5 May) was a holiday
        (date(2023, 5, 4), 1, date(2023, 5, 8)),
        (date(2024, 4, 25), 1, date(2024, 4, 26)),
    ],
)
def test_add_working_days(start, n, due):
    assert add_working_days(start, n) == due


def test_add_negative_is_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 5), -1)


def test_next_working_day():
    assert next_working_day(date(2026, 4, 2)) == date(2026, 4, 7)
    assert next_working_day(date(2026, 4, 1)) == date(2026, 4, 1)
    assert next_working_day(date(2026, 4, 1), include_same=False) == date(2026, 4, 7)


# --- counting between dates ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b, n",
    [
        (date(2026, 11, 23), date(2026, 11, 23), 0),
        (date(2026, 11, 23), date(2026, 11, 30), 5),
        (date(2026, 11, 27), date(2026, 11, 29), 0),  # Friday → Sunday
        (date(2026, 4, 1), date(2026, 4, 7), 1),  # across Easter
        (date(2026, 3, 27), date(2026, 4, 10), 7),  # 30, 31 Mar, 1, 7, 8, 9, 10 Apr
        (date(2026, 12, 23), date(2027, 1, 4), 6),  # 24, 28, 29, 30, 31 Dec and 4 Jan
        (date(2026, 5, 13), date(2026, 5, 26), 7),  # Ascension and Whit Monday inside
        (date(2026, 4, 7), date(2026, 4, 1), -1),
        (date(2025, 1, 1), date(2026, 1, 1), 253),  # 2025: 261 weekdays minus 8 weekday holidays
    ],
)
def test_working_days_between(a, b, n):
    assert working_days_between(a, b) == n


def test_between_and_add_agree_over_many_years():
    day = date(2022, 12, 1)
    for _ in range(400):
        day = next_working_day(day)
        for n in (0, 1, 3, 7, 22):
            due = add_working_days(day, n)
            assert working_days_between(day, due) == n
            # brute force: count day by day
            assert sum(is_working_day(day + timedelta(days=k)) for k in range(1, (due - day).days + 1)) == n
        day += timedelta(days=3)


# --- receipt times: UTC → Copenhagen, cutoff, DST -------------------------------------------------

def test_utc_is_converted_to_copenhagen_before_counting():
    # Friday 26 June 2026, 22:30 UTC is 00:30 on Saturday in Copenhagen (CEST, UTC+2)
    at = utc(2026, 6, 26, 22, 30)
    assert local_date(at) == date(2026, 6, 27)
    assert effective_receipt_day(at) == date(2026, 6, 29)
    assert due_date_for(at, 2) == date(2026, 7, 1)
    # 21:59 UTC is still Friday 23:59 locally: without a cutoff it counts from Friday
    assert due_date_for(utc(2026, 6, 26, 21, 59), 2, cutoff=None) == date(2026, 6, 30)


def test_late_in_the_day_counts_from_the_next_working_day():
    # winter (CET, UTC+1): the cutoff 16:00 local is 15:00 UTC
    assert due_date_for(utc(2026, 11, 23, 14, 59), 2) == date(2026, 11, 25)
    assert due_date_for(utc(2026, 11, 23, 15, 0), 2) == date(2026, 11, 26)
    # a Wednesday-evening request before Easter (17:30 CEST) counts from the Tuesday after
    assert effective_receipt_day(utc(2026, 4, 1, 15, 30)) == date(2026, 4, 7)
    # a weekend request is not moved twice by the cutoff
    assert effective_receipt_day(utc(2026, 11, 28, 20, 0)) == date(2026, 11, 30)
    # the cutoff can be set or switched off
    assert effective_receipt_day(utc(2026, 11, 23, 15, 0), cutoff=None) == date(2026, 11, 23)
    assert effective_receipt_day(utc(2026, 11, 23, 15, 0), cutoff=time(17, 0)) == date(2026, 11, 23)


def test_daylight_saving_time_change():
    # Summer time starts Sunday 29 March 2026 at 01:00 UTC: the same UTC clock time is
    # one hour later locally, so 14:30 UTC is before the cutoff in winter and after it in summer.
    assert effective_receipt_day(utc(2026, 3, 27, 14, 30)) == date(2026, 3, 27)  # 15:30 CET
    assert effective_receipt_day(utc(2026, 3, 30, 14, 30)) == date(2026, 3, 31)  # 16:30 CEST
    # Saturday night across the change still lands on Monday
    assert due_date_for(utc(2026, 3, 28, 23, 30), 1) == date(2026, 3, 31)
    # Winter time returns Sunday 25 October 2026 at 01:00 UTC
    assert effective_receipt_day(utc(2026, 10, 23, 14, 30)) == date(2026, 10, 26)  # 16:30 CEST Friday
    assert effective_receipt_day(utc(2026, 10, 26, 14, 30)) == date(2026, 10, 26)  # 15:30 CET Monday
    assert local_date(utc(2026, 10, 25, 0, 59)) == date(2026, 10, 25)
    assert due_date_for(utc(2026, 10, 24, 22, 30), 0) == date(2026, 10, 26)  # 00:30 CEST Sunday


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        due_date_for(datetime(2026, 11, 23, 9, 0), 2)
    with pytest.raises(ValueError):
        is_working_day(datetime(2026, 11, 23, 9, 0))


def test_aware_datetime_counts_by_its_local_date():
    # 23:30 UTC on Sunday is Monday 00:30 in Copenhagen
    assert is_working_day(utc(2026, 11, 22, 23, 30))
    assert add_working_days(utc(2026, 11, 22, 23, 30), 1) == date(2026, 11, 24)
