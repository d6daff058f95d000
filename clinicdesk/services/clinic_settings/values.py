"""The settings as plain values: what ``load_settings`` returns and the dialog edits.

``ClinicValues`` and ``ProviderValues`` get their fields from the declaration in
:mod:`clinicdesk.domain.settings` (plus ``id``, the fixed ``name`` and ``version``),
so a new setting is added there and nowhere here. ``HolidayValues`` keeps a
holiday's local first and last day; its UTC bounds are derived (``starts_at``,
``ends_at``). Holiday dates are local dates (Europe/Copenhagen), the last day
inclusive; they are stored UTC: start at 00:00 local on the first day, end
(exclusive) at 00:00 local on the day after the last.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, make_dataclass
from datetime import date, datetime, time, timedelta, timezone

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.settings import (
    CLINIC_EDITABLE, CLINIC, HOLIDAY_FIELDS, PROVIDER_SETTINGS, Kind, Setting, defaults,
)

_TYPES = {Kind.BOOL: bool, Kind.INT: int, Kind.TEXT: str, Kind.CHOICE: object, Kind.DATE: date}


def _fields(settings: tuple[Setting, ...]) -> list[tuple[str, type]]:
    return [(s.field, _TYPES[s.kind]) for s in settings]


ClinicValues = make_dataclass(
    "ClinicValues",
    [("id", int), ("name", str)] + _fields(tuple(CLINIC[f] for f in CLINIC_EDITABLE)) + [("version", int)],
    frozen=True,
)
ClinicValues.__module__ = __name__
ClinicValues.__doc__ = "A clinic's editable settings (``domain.settings.CLINIC_EDITABLE``), its id, name and version."

ProviderValues = make_dataclass(
    "ProviderValues",
    [("id", int), ("name", str)] + _fields(PROVIDER_SETTINGS) + [("active", bool), ("version", int)],
    frozen=True,
)
ProviderValues.__module__ = __name__
ProviderValues.__doc__ = "A provider's portal settings (``domain.settings.PROVIDER_SETTINGS``), id, name and version."


def local_day_start_utc(d: date) -> datetime:
    """00:00 in Copenhagen on ``d``, as UTC."""
    return datetime.combine(d, time(0), tzinfo=COPENHAGEN).astimezone(timezone.utc)


def holiday_bounds_utc(first: date, last: date) -> tuple[datetime, datetime]:
    """(start, exclusive end) in UTC for local dates ``first``..``last`` inclusive."""
    return local_day_start_utc(first), local_day_start_utc(last + timedelta(days=1))


@dataclass(frozen=True)
class HolidayValues:
    """A holiday period; ``id`` None (and ``version`` 0) for one that is not saved yet."""

    id: int | None
    start_date: date  # local, first day
    end_date: date  # local, last day (inclusive)
    message: str
    standin_clinic: str
    standin_phone: str
    close_econsult: bool
    close_renewal: bool
    close_booking: bool
    version: int = 0

    @classmethod
    def new(cls, first: date, last: date) -> HolidayValues:
        """An unsaved period with the declared defaults (``domain.settings.HOLIDAY_FIELDS``)."""
        return cls(None, first, last, **defaults(HOLIDAY_FIELDS))

    @property
    def starts_at(self) -> datetime:  # UTC
        return local_day_start_utc(self.start_date)

    @property
    def ends_at(self) -> datetime:  # UTC, exclusive
        return local_day_start_utc(self.end_date + timedelta(days=1))


HOLIDAY_VALUE_FIELDS = tuple(s.field for s in HOLIDAY_FIELDS)


@dataclass(frozen=True)
class ClinicSettings:
    clinic: ClinicValues
    providers: tuple[ProviderValues, ...]
    holidays: tuple[HolidayValues, ...]
    #: the clinic's opening hours (``services.opening_hours.Span``, sorted; local time)
    opening_hours: tuple = ()
    #: the clinic's phone (set up with the clinic, not a portal setting): the preview's emergency notice
    phone: str = ""


@dataclass(frozen=True)
class Saved:
    id: int
    version: int
    changed: tuple[str, ...]


def values_of(cls, row):
    """``cls`` (a values dataclass) filled from the model row's attributes of the same names."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def holiday_values(h) -> HolidayValues:
    """A stored ``HolidayPeriod`` as local dates."""
    start = h.starts_at.astimezone(COPENHAGEN).date()
    last = (h.ends_at - timedelta(seconds=1)).astimezone(COPENHAGEN).date()
    return HolidayValues(h.id, start, last, h.message, h.standin_clinic, h.standin_phone, h.close_econsult,
                         h.close_renewal, h.close_booking, h.version)
