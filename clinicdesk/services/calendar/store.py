"""Reading the calendar's rows for the rules: schedules, types, closed days, days off, holiday spans.

Shared by generation, conflicts, the day view, the editors and the portal's booking
check, so each reads the same things the same way (local dates, Europe/Copenhagen).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.models import AppointmentType, HolidayPeriod, Provider
from clinicdesk.models.calendar import ClinicClosedDay, ProviderAppointmentType, ProviderDayOff, ScheduleBlock
from clinicdesk.services.calendar.rules import Block, to_utc
from clinicdesk.services.workdays import local_date


def blocks_of(s: Session, provider_id: int) -> tuple[Block, ...]:
    rows = s.scalars(select(ScheduleBlock).where(ScheduleBlock.provider_id == provider_id))
    return tuple(sorted(Block(r.weekday, r.starts, r.ends, r.appointment_type_id) for r in rows))


def types_of_clinic(s: Session, clinic_id: int) -> dict[int, AppointmentType]:
    return {t.id: t for t in s.scalars(select(AppointmentType).where(AppointmentType.clinic_id == clinic_id)
                                       .order_by(AppointmentType.name))}


def offered_by(s: Session, type_ids: Iterable[int]) -> dict[int, set[int]]:
    """Type id → the providers named for it (an empty set: offered by all)."""
    out: dict[int, set[int]] = {t: set() for t in type_ids}
    if out:
        for row in s.scalars(select(ProviderAppointmentType)
                             .where(ProviderAppointmentType.appointment_type_id.in_(list(out)))):
            out[row.appointment_type_id].add(row.provider_id)
    return out


def provider_offers(s: Session, provider_id: int, type_id: int) -> bool:
    named = offered_by(s, [type_id])[type_id]
    return not named or provider_id in named


def closed_days(s: Session, clinic_id: int, first: date | None = None, last: date | None = None) -> dict[date, str]:
    q = select(ClinicClosedDay).where(ClinicClosedDay.clinic_id == clinic_id)
    if first is not None:
        q = q.where(ClinicClosedDay.day >= first)
    if last is not None:
        q = q.where(ClinicClosedDay.day <= last)
    return {r.day: r.reason for r in s.scalars(q.order_by(ClinicClosedDay.day))}


def days_off(s: Session, provider_id: int, first: date | None = None, last: date | None = None) -> dict[date, str]:
    q = select(ProviderDayOff).where(ProviderDayOff.provider_id == provider_id)
    if first is not None:
        q = q.where(ProviderDayOff.day >= first)
    if last is not None:
        q = q.where(ProviderDayOff.day <= last)
    return {r.day: r.reason for r in s.scalars(q.order_by(ProviderDayOff.day))}


def holiday_spans(s: Session, clinic_id: int) -> list[tuple[date, date]]:
    """(first day, day after the last) of the clinic's holiday periods that close booking."""
    out = []
    for h in s.scalars(select(HolidayPeriod).where(HolidayPeriod.clinic_id == clinic_id,
                                                   HolidayPeriod.close_booking.is_(True))):
        out.append((local_date(h.starts_at), local_date(h.ends_at - timedelta(microseconds=1)) + timedelta(days=1)))
    return out


def providers_of(s: Session, clinic_id: int, provider_id: int | None = None) -> list[Provider]:
    q = select(Provider).where(Provider.clinic_id == clinic_id)
    if provider_id is not None:
        q = q.where(Provider.id == provider_id)
    return list(s.scalars(q.order_by(Provider.id)))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC start and end of a local day."""
    return to_utc(day, time(0)), to_utc(day + timedelta(days=1), time(0))
