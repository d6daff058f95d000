"""Writing settings: ``save_settings`` for the whole dialog in one transaction, and one row at a time.

Every write checks the permission first (``EDIT_CLINIC_SETTINGS``, admins only; a
refusal is audited), then per row: the version it was loaded at (a stale one
raises ``StaleData``), validation (:mod:`.validate`), the change, and an
``EDIT_SETTINGS`` audit entry naming the changed fields (never values) in the same
transaction. ``save_settings`` does all rows of one "Gem" in a single transaction:
all or nothing; an error carries ``details["section"]`` ("clinic", "provider",
"holiday", "opening_hours") so the dialog can show it on the right tab.

The clinic's opening hours (``clinic_opening_hours``, a row per span) are checked
by ``services.opening_hours.check_week`` and replaced as a whole week; rows without
a version, so the week the dialog loaded must still be the stored one (else
``StaleData``). The audit entry names the weekdays that changed.

A holiday is configuration, not correspondence: deleting one that has not begun
removes it; one that has begun cannot be deleted (shorten it instead), so what the
portal showed stays explainable.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.errors import ClinicDeskError, NotFound, StaleData
from clinicdesk.domain.settings import HOLIDAY_FIELDS, defaults
from clinicdesk.models import Clinic, HolidayPeriod, Provider
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import audit, auth, opening_hours
from clinicdesk.services.audit import Action
from clinicdesk.services.clinic_settings.changes import SettingsChanges
from clinicdesk.services.clinic_settings.load import stored_week
from clinicdesk.services.clinic_settings.validate import (
    invalid, validate_clinic, validate_holiday, validate_provider,
)
from clinicdesk.services.clinic_settings.values import Saved, holiday_bounds_utc, holiday_values
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say


# ----------------------------------------------------------------------- the whole dialog
def save_settings(db, actor: auth.Actor, changes: SettingsChanges, *, now: datetime | None = None
                  ) -> tuple[Saved, ...]:
    """Write every change of one "Gem" in one transaction; returns what was saved, row by row."""
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    now = now or datetime.now(timezone.utc)

    def work(s):
        saved = []
        with _section("clinic"):
            if changes.clinic:
                saved.append(_save_clinic(s, actor, dict(changes.clinic), changes.clinic_version))
        with _section("provider"):
            for row in changes.providers:
                saved.append(_save_provider(s, actor, row.id, dict(row.changes), row.version))
        with _section("holiday"):
            for hid, version in changes.holidays_deleted:
                _delete_holiday(s, actor, hid, version, now)
            for row in changes.holidays_changed:
                saved.append(_update_holiday(s, actor, row.id, dict(row.changes), row.version))
            for values in changes.holidays_added:
                saved.append(_add_holiday(s, actor, dict(values)))
        with _section("opening_hours"):
            if changes.opening_hours is not None:
                _save_week(s, actor, changes.opening_hours, changes.opening_hours_loaded)
        return tuple(saved)

    return _run(db, work)


@contextmanager
def _section(name: str):
    try:
        yield
    except ClinicDeskError as exc:
        exc.details.setdefault("section", name)
        raise


# ----------------------------------------------------------------------- one row at a time
def save_clinic(db, actor: auth.Actor, changes: dict, expected_version: int) -> Saved:
    return _one(db, actor, lambda s: _save_clinic(s, actor, dict(changes), expected_version))


def save_provider(db, actor: auth.Actor, provider_id: int, changes: dict, expected_version: int) -> Saved:
    return _one(db, actor, lambda s: _save_provider(s, actor, provider_id, dict(changes), expected_version))


def add_holiday(db, actor: auth.Actor, changes: dict) -> Saved:
    return _one(db, actor, lambda s: _add_holiday(s, actor, dict(changes)))


def update_holiday(db, actor: auth.Actor, holiday_id: int, changes: dict, expected_version: int) -> Saved:
    return _one(db, actor, lambda s: _update_holiday(s, actor, holiday_id, dict(changes), expected_version))


def delete_holiday(db, actor: auth.Actor, holiday_id: int, expected_version: int, *,
                   now: datetime | None = None) -> None:
    now = now or datetime.now(timezone.utc)
    _one(db, actor, lambda s: _delete_holiday(s, actor, holiday_id, expected_version, now))


def _one(db, actor, fn):
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    return _run(db, fn)


def _run(db, fn):
    try:
        with db.write_session() as s:
            return fn(s)
    except StaleDataError as exc:
        raise StaleData() from exc


# ----------------------------------------------------------------------- rows, inside a session
def _apply(row, changes: dict) -> list[str]:
    changed = []
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


def _audit(s, actor: auth.Actor, what: str, changed) -> None:
    audit.record(s, Action.EDIT_SETTINGS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                 detail=f"{what}: {', '.join(changed) if changed else 'no change'}")


def _saved(s, row, changed) -> Saved:
    s.flush()  # the new version (and a new row's id)
    return Saved(row.id, row.version, tuple(changed))


def _save_clinic(s, actor: auth.Actor, changes: dict, expected_version: int) -> Saved:
    clinic = s.get(Clinic, actor.clinic_id)
    if clinic is None:
        raise NotFound()
    if clinic.version != expected_version:
        raise StaleData()
    validate_clinic(clinic, changes)
    if "portal_link" in changes and changes["portal_link"] != clinic.portal_link:
        taken = s.scalars(select(Clinic.id).where(Clinic.portal_link == changes["portal_link"],
                                                  Clinic.id != clinic.id)).first()
        if taken is not None:
            raise invalid("portal_link", say("Portallinket bruges allerede af en anden klinik. Vælg et andet."))
    changed = _apply(clinic, changes)
    saved = _saved(s, clinic, changed)
    _audit(s, actor, "clinic", changed)
    return saved


def _save_provider(s, actor: auth.Actor, provider_id: int, changes: dict, expected_version: int) -> Saved:
    p = s.get(Provider, provider_id)
    if p is None or p.clinic_id != actor.clinic_id:
        raise NotFound()
    if p.version != expected_version:
        raise StaleData()
    validate_provider(p, changes)
    changed = _apply(p, changes)
    saved = _saved(s, p, changed)
    _audit(s, actor, f"provider {p.id}", changed)
    return saved


def _set_holiday(h: HolidayPeriod, changes: dict) -> list[str]:
    cur = holiday_values(h) if h.id is not None else None
    start = changes.pop("start_date", cur.start_date if cur else None)
    end = changes.pop("end_date", cur.end_date if cur else None)
    starts_at, ends_at = holiday_bounds_utc(start, end)
    changed = []
    if h.starts_at is None or h.starts_at != starts_at:
        h.starts_at = starts_at
        changed.append("start_date")
    if h.ends_at is None or h.ends_at != ends_at:
        h.ends_at = ends_at
        changed.append("end_date")
    return changed + _apply(h, changes)


def _add_holiday(s, actor: auth.Actor, changes: dict) -> Saved:
    validate_holiday(changes, None)
    h = HolidayPeriod(clinic_id=actor.clinic_id, starts_at=None, ends_at=None, **defaults(HOLIDAY_FIELDS))
    changed = _set_holiday(h, changes)
    s.add(h)
    saved = _saved(s, h, changed)
    _audit(s, actor, f"holiday {h.id} added", changed)
    return saved


def _own_holiday(s, actor, holiday_id, expected_version) -> HolidayPeriod:
    h = s.get(HolidayPeriod, holiday_id)
    if h is None or h.clinic_id != actor.clinic_id:
        raise NotFound()
    if h.version != expected_version:
        raise StaleData()
    return h


def _update_holiday(s, actor: auth.Actor, holiday_id: int, changes: dict, expected_version: int) -> Saved:
    h = _own_holiday(s, actor, holiday_id, expected_version)
    validate_holiday(changes, holiday_values(h))
    changed = _set_holiday(h, changes)
    saved = _saved(s, h, changed)
    _audit(s, actor, f"holiday {h.id}", changed)
    return saved


def _delete_holiday(s, actor: auth.Actor, holiday_id: int, expected_version: int, now: datetime) -> None:
    h = _own_holiday(s, actor, holiday_id, expected_version)
    if h.starts_at <= now:
        raise invalid("start_date", say("Ferien er allerede begyndt og kan ikke slettes. Ret i stedet den "
                                        "sidste dag."), "holiday_started")
    s.delete(h)
    s.flush()
    _audit(s, actor, f"holiday {holiday_id} deleted", ())


def _save_week(s, actor: auth.Actor, week, loaded) -> None:
    week = opening_hours.check_week(week)
    stored = stored_week(s, actor.clinic_id)
    if stored != tuple(loaded):
        raise StaleData()
    for row in s.scalars(select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == actor.clinic_id)):
        s.delete(row)
    s.flush()
    for span in week:
        s.add(ClinicOpeningHours(clinic_id=actor.clinic_id, weekday=span.weekday, opens=span.opens,
                                 closes=span.closes))
    s.flush()
    days = [opening_hours.WEEKDAYS_DA[d] for d in range(7)
            if [x for x in week if x.weekday == d] != [x for x in stored if x.weekday == d]]
    _audit(s, actor, "opening hours", days)
