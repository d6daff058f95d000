"""The administrator's clinic settings ("Patientkommunikation"): clinic, providers, holidays.

``load_settings(db, actor)`` returns a frozen snapshot with each row's version;
``save_clinic``, ``save_provider``, ``add_holiday``, ``update_holiday`` and
``delete_holiday`` change one row each: permission first (``EDIT_CLINIC_SETTINGS``,
admins only; a refusal is audited), then validation (``ValidationError`` with a
Danish message and ``details["field"]`` naming the field), a stale
``expected_version`` raises ``StaleData``, one transaction with the audit entry
``EDIT_SETTINGS`` whose detail names the changed fields (never values).

Holiday dates are local dates (Europe/Copenhagen), the last day inclusive; they
are stored UTC: start at 00:00 local on the first day, end (exclusive) at 00:00
local on the day after the last. A holiday is configuration, not correspondence:
deleting one that has not begun removes it; one that has begun cannot be
deleted (shorten it instead), so what the portal showed stays explainable.

``preview_front_page(settings, clinic_changes, provider_changes)`` computes what
the portal front page would show with unsaved changes, with the portal's own
rules (no database).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta, timezone
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import Clinic, HolidayPeriod, Provider
from clinicdesk.domain.enums import Function, SignupMode
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import NotFound, StaleData, ValidationError
from clinicdesk.services.permissions import Perm


MAX_LENGTH_RANGE = (50, 4000)
NOTICE_RANGE = (0, 60)
HORIZON_RANGE = (1, 365)
CANCELLATION_RANGE = (0, 168)
ANSWER_DUE_RANGE = (1, 10)


@dataclass(frozen=True)
class ClinicValues:
    id: int
    name: str
    display_name: str
    portal_link: str
    signup_mode: SignupMode
    econsult_enabled: bool
    renewal_enabled: bool
    booking_enabled: bool
    auto_create_appointments: bool
    attachments_allowed: bool
    max_econsult_length: int
    booking_min_notice_days: int
    booking_max_horizon_days: int
    cancellation_limit_hours: int
    answer_due_working_days: int
    app_enabled: bool
    app_econsult_enabled: bool
    app_renewal_enabled: bool
    app_booking_enabled: bool
    app_show_appointments: bool
    version: int


@dataclass(frozen=True)
class ProviderValues:
    id: int
    name: str
    title: str
    display_name: str
    econsult_enabled: bool
    renewal_enabled: bool
    booking_enabled: bool
    booking_comment_required: bool
    active: bool
    version: int


@dataclass(frozen=True)
class HolidayValues:
    id: int
    start_date: date  # local, first day
    end_date: date  # local, last day (inclusive)
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC, exclusive
    message: str
    standin_clinic: str
    standin_phone: str
    close_econsult: bool
    close_renewal: bool
    close_booking: bool
    version: int


@dataclass(frozen=True)
class ClinicSettings:
    clinic: ClinicValues
    providers: tuple[ProviderValues, ...]
    holidays: tuple[HolidayValues, ...]


@dataclass(frozen=True)
class Saved:
    id: int
    version: int
    changed: tuple[str, ...]


CLINIC_EDITABLE = tuple(f.name for f in fields(ClinicValues) if f.name not in ("id", "name", "version"))
PROVIDER_EDITABLE = ("display_name", "title", "econsult_enabled", "renewal_enabled", "booking_enabled",
                     "booking_comment_required")
HOLIDAY_EDITABLE = ("start_date", "end_date", "message", "standin_clinic", "standin_phone",
                    "close_econsult", "close_renewal", "close_booking")


# ----------------------------------------------------------------------- dates
def local_day_start_utc(d: date) -> datetime:
    """00:00 in Copenhagen on ``d``, as UTC."""
    return datetime.combine(d, time(0), tzinfo=COPENHAGEN).astimezone(timezone.utc)


def holiday_bounds_utc(first: date, last: date) -> tuple[datetime, datetime]:
    """(start, exclusive end) in UTC for local dates ``first``..``last`` inclusive."""
    return local_day_start_utc(first), local_day_start_utc(last + timedelta(days=1))


def _holiday_values(h: HolidayPeriod) -> HolidayValues:
    start = h.starts_at.astimezone(COPENHAGEN).date()
    last = (h.ends_at - timedelta(seconds=1)).astimezone(COPENHAGEN).date()
    return HolidayValues(h.id, start, last, h.starts_at, h.ends_at, h.message, h.standin_clinic,
                         h.standin_phone, h.close_econsult, h.close_renewal, h.close_booking, h.version)


def _values(cls, row):
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


# ----------------------------------------------------------------------- read
def load_settings(db, actor: auth.Actor) -> ClinicSettings:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    with db.session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        if clinic is None:
            raise NotFound()
        providers = s.scalars(
            select(Provider).where(Provider.clinic_id == clinic.id, Provider.active.is_(True)).order_by(Provider.id)
        ).all()
        holidays = s.scalars(
            select(HolidayPeriod).where(HolidayPeriod.clinic_id == clinic.id).order_by(HolidayPeriod.starts_at)
        ).all()
        return ClinicSettings(
            _values(ClinicValues, clinic),
            tuple(_values(ProviderValues, p) for p in providers),
            tuple(_holiday_values(h) for h in holidays),
        )


# ----------------------------------------------------------------------- validation
def _invalid(field: str, message: str, code: str = "invalid_setting") -> ValidationError:
    return ValidationError(message, code=code, field=field)


def _check_unknown(changes: dict, allowed: tuple[str, ...]) -> None:
    for key in changes:
        if key not in allowed:
            raise _invalid(key, f"Indstillingen »{key}« findes ikke.", "unknown_setting")


def _int_in(changes: dict, field: str, lo: int, hi: int, what: str) -> None:
    if field not in changes:
        return
    value = changes[field]
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _invalid(field, f"{what} skal være et helt tal mellem {lo} og {hi}.")


def _text(changes: dict, field: str, what: str, max_len: int, required: bool = False) -> None:
    if field not in changes:
        return
    value = changes[field]
    if not isinstance(value, str):
        raise _invalid(field, f"{what} skal være tekst.")
    value = value.strip()
    changes[field] = value
    if required and not value:
        raise _invalid(field, f"Udfyld {what.lower()}.")
    if len(value) > max_len:
        raise _invalid(field, f"{what} må højst være {max_len} tegn.")


def _bools(changes: dict, names) -> None:
    for name in names:
        if name in changes and not isinstance(changes[name], bool):
            raise _invalid(name, "Vælg til eller fra.")


def _validate_clinic(clinic: Clinic, changes: dict) -> None:
    _check_unknown(changes, CLINIC_EDITABLE)
    _text(changes, "display_name", "Navnet på portalen", 200, required=True)
    _text(changes, "portal_link", "Portallinket", 300, required=True)
    if "portal_link" in changes and any(c.isspace() for c in changes["portal_link"]):
        raise _invalid("portal_link", "Portallinket må ikke indeholde mellemrum.")
    if "signup_mode" in changes:
        try:
            changes["signup_mode"] = SignupMode(changes["signup_mode"])
        except ValueError:
            raise _invalid("signup_mode", "Vælg en tilmeldingsform: fra, med godkendelse eller automatisk.") from None
    _bools(changes, [n for n in CLINIC_EDITABLE if n.endswith("_enabled") or n in (
        "auto_create_appointments", "attachments_allowed", "app_show_appointments")])
    _int_in(changes, "max_econsult_length", *MAX_LENGTH_RANGE, "Maksimal længde af e-konsultationer")
    _int_in(changes, "booking_min_notice_days", *NOTICE_RANGE, "Varsel for tidsbestilling (dage)")
    _int_in(changes, "booking_max_horizon_days", *HORIZON_RANGE, "Hvor langt frem der kan bookes (dage)")
    _int_in(changes, "cancellation_limit_hours", *CANCELLATION_RANGE, "Afbudsfrist (timer)")
    _int_in(changes, "answer_due_working_days", *ANSWER_DUE_RANGE, "Svarfrist (arbejdsdage)")
    notice = changes.get("booking_min_notice_days", clinic.booking_min_notice_days)
    horizon = changes.get("booking_max_horizon_days", clinic.booking_max_horizon_days)
    if notice >= horizon:
        field = "booking_min_notice_days" if "booking_min_notice_days" in changes else "booking_max_horizon_days"
        raise _invalid(field, "Varslet for tidsbestilling skal være kortere end hvor langt frem der kan bookes.")


def _validate_holiday(changes: dict, current: HolidayPeriod | None) -> None:
    _check_unknown(changes, HOLIDAY_EDITABLE)
    for name in ("start_date", "end_date"):
        if name in changes and not (isinstance(changes[name], date) and not isinstance(changes[name], datetime)):
            raise _invalid(name, "Angiv en dato.")
    if current is None and not ("start_date" in changes and "end_date" in changes):
        raise _invalid("start_date", "Angiv ferieperiodens første og sidste dag.")
    _text(changes, "message", "Feriebeskeden", 2000)
    _text(changes, "standin_clinic", "Vikarklinikken", 300)
    _text(changes, "standin_phone", "Vikarklinikkens telefon", 40)
    _bools(changes, ("close_econsult", "close_renewal", "close_booking"))
    cur = _holiday_values(current) if current is not None else None
    start = changes.get("start_date", cur.start_date if cur else None)
    end = changes.get("end_date", cur.end_date if cur else None)
    if end < start:
        raise _invalid("end_date", "Ferieperiodens sidste dag skal ligge på eller efter den første dag.")
    closes_any = any(changes.get(n, getattr(cur, n) if cur else n != "close_booking")
                     for n in ("close_econsult", "close_renewal", "close_booking"))
    message = changes.get("message", cur.message if cur else "")
    if closes_any and not message.strip():
        raise _invalid("message", "Skriv en feriebesked til patienterne, når ferien lukker funktioner "
                                  "(nævn gerne vikarklinikken).")


# ----------------------------------------------------------------------- write helpers
def _run(db, fn):
    try:
        with db.write_session() as s:
            return fn(s)
    except StaleDataError as exc:
        raise StaleData() from exc


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


def save_clinic(db, actor: auth.Actor, changes: dict, expected_version: int) -> Saved:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    changes = dict(changes)

    def work(s):
        clinic = s.get(Clinic, actor.clinic_id)
        if clinic is None:
            raise NotFound()
        if clinic.version != expected_version:
            raise StaleData()
        _validate_clinic(clinic, changes)
        if "portal_link" in changes and changes["portal_link"] != clinic.portal_link:
            taken = s.scalars(select(Clinic.id).where(Clinic.portal_link == changes["portal_link"],
                                                      Clinic.id != clinic.id)).first()
            if taken is not None:
                raise _invalid("portal_link", "Portallinket bruges allerede af en anden klinik. Vælg et andet.")
        changed = _apply(clinic, changes)
        s.flush()
        _audit(s, actor, "clinic", changed)
        return Saved(clinic.id, clinic.version, tuple(changed))

    return _run(db, work)


def save_provider(db, actor: auth.Actor, provider_id: int, changes: dict, expected_version: int) -> Saved:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    changes = dict(changes)

    def work(s):
        p = s.get(Provider, provider_id)
        if p is None or p.clinic_id != actor.clinic_id:
            raise NotFound()
        if p.version != expected_version:
            raise StaleData()
        _check_unknown(changes, PROVIDER_EDITABLE)
        _text(changes, "display_name", "Navnet på portalen", 200)
        _text(changes, "title", "Titlen", 100)
        _bools(changes, PROVIDER_EDITABLE[2:])
        if changes.get("booking_enabled") and not p.booking_enabled and not p.clinic.booking_enabled:
            raise _invalid("booking_enabled", "Tidsbestilling kan kun slås til for en behandler, når "
                                              "tidsbestilling er slået til for hele klinikken.")
        changed = _apply(p, changes)
        s.flush()
        _audit(s, actor, f"provider {p.id}", changed)
        return Saved(p.id, p.version, tuple(changed))

    return _run(db, work)


def _set_holiday(h: HolidayPeriod, changes: dict) -> list[str]:
    cur = _holiday_values(h) if h.id is not None else None
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


def add_holiday(db, actor: auth.Actor, changes: dict) -> Saved:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    changes = dict(changes)

    def work(s):
        _validate_holiday(changes, None)
        h = HolidayPeriod(clinic_id=actor.clinic_id, starts_at=None, ends_at=None, message="", standin_clinic="",
                          standin_phone="", close_econsult=True, close_renewal=True, close_booking=False)
        changed = _set_holiday(h, changes)
        s.add(h)
        s.flush()
        _audit(s, actor, f"holiday {h.id} added", changed)
        return Saved(h.id, h.version, tuple(changed))

    return _run(db, work)


def _own_holiday(s, actor, holiday_id, expected_version) -> HolidayPeriod:
    h = s.get(HolidayPeriod, holiday_id)
    if h is None or h.clinic_id != actor.clinic_id:
        raise NotFound()
    if h.version != expected_version:
        raise StaleData()
    return h


def update_holiday(db, actor: auth.Actor, holiday_id: int, changes: dict, expected_version: int) -> Saved:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    changes = dict(changes)

    def work(s):
        h = _own_holiday(s, actor, holiday_id, expected_version)
        _validate_holiday(changes, h)
        changed = _set_holiday(h, changes)
        s.flush()
        _audit(s, actor, f"holiday {h.id}", changed)
        return Saved(h.id, h.version, tuple(changed))

    return _run(db, work)


def delete_holiday(db, actor: auth.Actor, holiday_id: int, expected_version: int, *,
                   now: datetime | None = None) -> None:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    now = now or datetime.now(timezone.utc)

    def work(s):
        h = _own_holiday(s, actor, holiday_id, expected_version)
        if h.starts_at <= now:
            raise _invalid("start_date", "Ferien er allerede begyndt og kan ikke slettes. Ret i stedet den "
                                         "sidste dag.", "holiday_started")
        s.delete(h)
        s.flush()
        _audit(s, actor, f"holiday {holiday_id} deleted", ())

    _run(db, work)


# ----------------------------------------------------------------------- preview
def preview_front_page(settings: ClinicSettings, clinic_changes: dict | None = None,
                       provider_changes: dict[int, dict] | None = None, *, now: datetime | None = None):
    """The portal front page (``portal.front.FrontPage``) as it would be with these unsaved values."""
    from clinicdesk.services import portal_rules as rules
    from clinicdesk.services.front_page import FrontPage, ProviderEntry, ClosedFunction

    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    c = replace(settings.clinic, **(clinic_changes or {}))
    period = None
    for h in settings.holidays:
        if h.starts_at <= now < h.ends_at:
            period = SimpleNamespace(**{f.name: getattr(h, f.name) for f in fields(h)})
    open_fns, closed = set(), []
    for fn in Function:
        refusal = rules.clinic_refusal(c, period, fn)
        if refusal is None:
            open_fns.add(fn)
        else:
            closed.append(ClosedFunction(fn, refusal.code, refusal.message))
    providers = []
    for p in settings.providers:
        p = replace(p, **((provider_changes or {}).get(p.id, {})))
        label = Provider(name=p.name, title=p.title, display_name=p.display_name).portal_label
        providers.append(ProviderEntry(
            p.id, label, p.display_name or p.name, "" if p.display_name else p.title,
            frozenset(fn for fn in open_fns if rules.provider_switch(p, fn)),
        ))
    return FrontPage(
        clinic_id=c.id, display_name=c.display_name or c.name, portal_link=c.portal_link,
        holiday_message=rules.holiday_text(period) if period is not None else None,
        signup_open=c.signup_mode != SignupMode.OFF, open_functions=frozenset(open_fns),
        closed=tuple(closed), providers=tuple(providers),
    )
