"""Editing the calendar: appointment types, a provider's weekly schedule, closed days and days off.

Every function checks the permission (:data:`EDIT_PERM`, read again from the database),
does its work in one transaction with its audit entry (``edit_calendar``; the detail
names what changed, never a patient) and returns plain data. Saving a schedule, a
closed day or a day off regenerates the slots it touches in the same transaction and
returns the conflicts: booked times it no longer covers, which are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import delete, select

from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.models import AppointmentType, Clinic, Provider
from clinicdesk.models.calendar import ClinicClosedDay, ProviderAppointmentType, ProviderDayOff, ScheduleBlock
from clinicdesk.services import audit, auth, text_gate
from clinicdesk.services.audit import Action
from clinicdesk.services.calendar import store
from clinicdesk.services.calendar.generate import Conflict, find_conflicts, horizon_days, regenerate
from clinicdesk.services.calendar.rules import MAX_HORIZON_DAYS, MAX_NOTICE_HOURS, Block, check_week
from clinicdesk.services.permissions import Perm
from clinicdesk.services.workdays import local_date
from clinicdesk.domain.messages import say

#: who may edit types, schedules and closed days (report: a Perm.MANAGE_CALENDAR would let receptionists too)
EDIT_PERM = Perm.MANAGE_CALENDAR  # receptionists and administrators


@dataclass(frozen=True)
class TypeRow:
    id: int | None
    name: str
    patient_name: str
    duration_minutes: int
    bookable_online: bool
    comment_required: bool
    min_notice_hours: int | None  # None: the clinic's notice
    max_horizon_days: int | None  # None: the clinic's horizon
    active: bool
    provider_ids: tuple[int, ...]  # () : offered by all providers
    version: int | None = None


@dataclass(frozen=True)
class ProviderRef:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class Saved:
    """What a change did to the calendar: slots made and removed, and the conflicts it left."""

    created: int
    removed: int
    conflicts: tuple[Conflict, ...]


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc)


def _provider(s, actor, provider_id: int) -> Provider:
    p = s.get(Provider, provider_id)
    if p is None or p.clinic_id != actor.clinic_id:
        raise NotFound(say("Behandleren findes ikke (længere) i klinikken. Opdatér visningen."))
    return p


def _record(s, actor, detail: str) -> None:
    audit.record(s, Action.EDIT_CALENDAR, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail=detail)


# -- reading -------------------------------------------------------------------------------
def list_providers(db, actor) -> tuple[ProviderRef, ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    with db.session() as s:
        return tuple(ProviderRef(p.id, p.portal_label, p.active) for p in store.providers_of(s, actor.clinic_id))


def list_types(db, actor) -> tuple[TypeRow, ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    with db.session() as s:
        types = store.types_of_clinic(s, actor.clinic_id)
        offered = store.offered_by(s, types)
        return tuple(TypeRow(t.id, t.name, t.patient_name, t.duration_minutes, t.bookable_online, t.comment_required,
                             t.min_notice_hours, t.max_horizon_days, t.active, tuple(sorted(offered[t.id])),
                             t.version) for t in types.values())


def load_week(db, actor, provider_id: int) -> tuple[Block, ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    with db.session() as s:
        _provider(s, actor, provider_id)
        return store.blocks_of(s, provider_id)


# -- appointment types -------------------------------------------------------------------
def _check_type(row: TypeRow) -> dict:
    def text(value, what, field, limit):
        try:
            return text_gate.check(value, what=what, max_length=limit, required=True, multiline=False)
        except text_gate.TextRefused as exc:
            raise ValidationError(exc.message, code=exc.code, field=field) from None

    values = dict(name=text(row.name, say("Navnet"), "name", 100),
                  patient_name=text(row.patient_name, say("Navnet for patienten"), "patient_name", 100))
    if not 5 <= row.duration_minutes <= 240:
        raise ValidationError(say("Varigheden skal være mellem 5 og 240 minutter."), code="invalid_duration",
                              field="duration_minutes")
    if row.min_notice_hours is not None and not 0 <= row.min_notice_hours <= MAX_NOTICE_HOURS:
        raise ValidationError(say("Varslet skal være mellem 0 og {n} timer.").format(n=MAX_NOTICE_HOURS), code="invalid_notice",
                              field="min_notice_hours")
    if row.max_horizon_days is not None and not 1 <= row.max_horizon_days <= MAX_HORIZON_DAYS:
        raise ValidationError(say("Der kan bookes mellem 1 og {n} dage frem.").format(n=MAX_HORIZON_DAYS), code="invalid_horizon",
                              field="max_horizon_days")
    values.update(duration_minutes=row.duration_minutes, bookable_online=bool(row.bookable_online),
                  comment_required=bool(row.comment_required), min_notice_hours=row.min_notice_hours,
                  max_horizon_days=row.max_horizon_days, active=bool(row.active))
    return values


def save_type(db, actor, row: TypeRow) -> TypeRow:
    """Create (``row.id`` None) or change an appointment type and who offers it. A stale version is refused."""
    auth.require(db, actor, EDIT_PERM)
    values = _check_type(row)
    with db.write_session() as s:
        providers = {p.id for p in store.providers_of(s, actor.clinic_id)}
        if not set(row.provider_ids) <= providers:
            raise NotFound(say("En af de valgte behandlere findes ikke (længere) i klinikken. Opdatér visningen."))
        same_name = s.scalars(select(AppointmentType).where(
            AppointmentType.clinic_id == actor.clinic_id, AppointmentType.name == values["name"])).first()
        if same_name is not None and same_name.id != row.id:
            raise ValidationError(say("Der findes allerede en aftaletype, der hedder »{name}«. Vælg et andet "
                                      "navn.").format(name=values["name"]), code="duplicate_type", field="name")
        if row.id is None:
            t = AppointmentType(clinic_id=actor.clinic_id, **values)
            s.add(t)
            s.flush()
            changed = ["created"]
        else:
            t = s.get(AppointmentType, row.id)
            if t is None or t.clinic_id != actor.clinic_id:
                raise NotFound(say("Aftaletypen findes ikke (længere). Opdatér visningen."))
            if row.version is not None and t.version != row.version:
                raise StaleData()
            changed = sorted(k for k, v in values.items() if getattr(t, k) != v)
            for k in changed:
                setattr(t, k, values[k])
        before = {r.provider_id for r in s.scalars(select(ProviderAppointmentType)
                                                   .where(ProviderAppointmentType.appointment_type_id == t.id))}
        if before != set(row.provider_ids):
            s.execute(delete(ProviderAppointmentType).where(ProviderAppointmentType.appointment_type_id == t.id))
            s.add_all(ProviderAppointmentType(provider_id=p, appointment_type_id=t.id) for p in sorted(row.provider_ids))
            changed.append("providers")
        s.flush()
        if changed:
            _record(s, actor, f"appointment_type={t.id} " + ", ".join(changed))
        offered = store.offered_by(s, [t.id])[t.id]
        return TypeRow(t.id, t.name, t.patient_name, t.duration_minutes, t.bookable_online, t.comment_required,
                       t.min_notice_hours, t.max_horizon_days, t.active, tuple(sorted(offered)), t.version)


# -- a provider's week -------------------------------------------------------------------
def save_week(db, actor, provider_id: int, blocks, *, expected: tuple[Block, ...] | None = None,
              now: datetime | None = None) -> Saved:
    """Replace the provider's weekly schedule and regenerate their slots over the horizon.

    ``expected``: the week as the editor loaded it; another workstation's change since is refused
    (``StaleData``). Booked times are never removed: those the new week leaves outside are returned."""
    auth.require(db, actor, EDIT_PERM)
    now = _now(now)
    with db.write_session() as s:
        provider = _provider(s, actor, provider_id)
        clinic = s.get(Clinic, actor.clinic_id)
        types = store.types_of_clinic(s, clinic.id)
        usable = {t.id: t.duration_minutes for t in types.values()
                  if t.active and store.provider_offers(s, provider.id, t.id)}
        week = check_week(blocks, usable)
        current = store.blocks_of(s, provider.id)
        if expected is not None and tuple(sorted(expected)) != current:
            raise StaleData(say("En anden har ændret ugeskemaet, siden du åbnede det. Genindlæs det og ret igen."))
        if week == current:
            return Saved(0, 0, ())
        s.execute(delete(ScheduleBlock).where(ScheduleBlock.provider_id == provider.id))
        s.add_all(ScheduleBlock(provider_id=provider.id, weekday=b.weekday, starts=b.starts, ends=b.ends,
                                appointment_type_id=b.appointment_type_id) for b in week)
        s.flush()
        today = local_date(now)
        done = regenerate(s, clinic, provider, today, today + timedelta(days=horizon_days(clinic, types)), now,
                          force=True)
        conflicts = tuple(find_conflicts(s, clinic.id, now, provider_id=provider.id, force=True))
        _record(s, actor, f"provider={provider.id} schedule: {len(week)} blocks; slots +{done.created} "
                          f"-{done.removed}; conflicts {len(conflicts)}")
        return Saved(done.created, done.removed, conflicts)


# -- closed days and days off ------------------------------------------------------------
def _reason(text: str) -> str:
    try:
        return text_gate.check(text, what=say("Begrundelsen"), max_length=200, multiline=False)
    except text_gate.TextRefused as exc:
        raise ValidationError(exc.message, code=exc.code, field="reason") from None


def list_closed_days(db, actor, *, since: date | None = None) -> tuple[tuple[date, str], ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    with db.session() as s:
        return tuple(store.closed_days(s, actor.clinic_id, since).items())


def list_days_off(db, actor, provider_id: int, *, since: date | None = None) -> tuple[tuple[date, str], ...]:
    auth.require(db, actor, Perm.DECIDE_BOOKING)
    with db.session() as s:
        _provider(s, actor, provider_id)
        return tuple(store.days_off(s, provider_id, since).items())


def _refresh_day(s, clinic: Clinic, providers, day: date, now: datetime) -> tuple[int, int, tuple[Conflict, ...]]:
    created = removed = 0
    for p in providers:
        done = regenerate(s, clinic, p, day, day, now)
        if done is not None:
            created, removed = created + done.created, removed + done.removed
    conflicts = tuple(c for p in providers for c in find_conflicts(s, clinic.id, now, provider_id=p.id)
                      if local_date(c.starts_at) == day)
    return created, removed, conflicts


def set_closed_day(db, actor, day: date, closed: bool, reason: str = "", *, now: datetime | None = None) -> Saved:
    """Close the clinic on ``day`` (its slots go; booked times stay and are reported) or open it again."""
    auth.require(db, actor, EDIT_PERM)
    reason = _reason(reason)
    now = _now(now)
    with db.write_session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        row = s.scalars(select(ClinicClosedDay).where(ClinicClosedDay.clinic_id == clinic.id,
                                                      ClinicClosedDay.day == day)).first()
        if closed and row is None:
            s.add(ClinicClosedDay(clinic_id=clinic.id, day=day, reason=reason))
        elif closed:
            row.reason = reason
        elif row is not None:
            s.delete(row)
        else:
            return Saved(0, 0, ())
        s.flush()
        created, removed, conflicts = _refresh_day(s, clinic, store.providers_of(s, clinic.id), day, now)
        _record(s, actor, f"closed_day={day.isoformat()} {'closed' if closed else 'open'}; slots +{created} "
                          f"-{removed}; conflicts {len(conflicts)}")
        return Saved(created, removed, conflicts)


def set_day_off(db, actor, provider_id: int, day: date, off: bool, reason: str = "", *,
                now: datetime | None = None) -> Saved:
    """A provider's day off (their slots that day go; booked times stay and are reported), or back at work."""
    auth.require(db, actor, EDIT_PERM)
    reason = _reason(reason)
    now = _now(now)
    with db.write_session() as s:
        provider = _provider(s, actor, provider_id)
        clinic = s.get(Clinic, actor.clinic_id)
        row = s.scalars(select(ProviderDayOff).where(ProviderDayOff.provider_id == provider.id,
                                                     ProviderDayOff.day == day)).first()
        if off and row is None:
            s.add(ProviderDayOff(provider_id=provider.id, day=day, reason=reason))
        elif off:
            row.reason = reason
        elif row is not None:
            s.delete(row)
        else:
            return Saved(0, 0, ())
        s.flush()
        created, removed, conflicts = _refresh_day(s, clinic, [provider], day, now)
        _record(s, actor, f"provider={provider.id} day_off={day.isoformat()} {'off' if off else 'working'}; "
                          f"slots +{created} -{removed}; conflicts {len(conflicts)}")
        return Saved(created, removed, conflicts)


__all__ = ["EDIT_PERM", "TypeRow", "ProviderRef", "Saved", "list_providers", "list_types", "load_week", "save_type",
           "save_week", "list_closed_days", "list_days_off", "set_closed_day", "set_day_off"]


