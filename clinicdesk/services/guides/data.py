"""What a guide needs to know about the clinic, read from the database in one session.

``load_clinic`` is the one place the guides read clinic settings: the name and
contact details, the portal switches (functions, sign-up mode, attachments),
the limits the guides quote, the active providers offered per function, and
the holidays to announce (the one in force, by ``portal_rules.holiday_in_force``,
then those coming within ``HOLIDAY_LOOKAHEAD``). No ORM object leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from clinicdesk.domain.enums import Function, SignupMode
from clinicdesk.domain.errors import NotFound
from clinicdesk.domain.settings import CLINIC, Kind
from clinicdesk.models import Clinic, HolidayPeriod, Provider, utcnow
from clinicdesk.services.portal_rules import holiday_in_force
from clinicdesk.domain.messages import say

HOLIDAY_LOOKAHEAD = timedelta(days=90)  # a printed guide lives a while: show holidays this far ahead
MAX_HOLIDAYS = 3  # holidays announced in one guide


@dataclass(frozen=True)
class HolidayInfo:
    starts_at: datetime
    ends_at: datetime  # exclusive
    message: str
    standin_clinic: str
    standin_phone: str
    close_econsult: bool
    close_renewal: bool
    close_booking: bool


@dataclass(frozen=True)
class ClinicGuideData:
    clinic_id: int
    name: str  # the name patients see on the portal (display name)
    portal_link: str
    website: str
    address: str
    phone: str
    email: str
    signup_mode: SignupMode
    econsult_enabled: bool
    renewal_enabled: bool
    booking_enabled: bool
    auto_create_appointments: bool
    attachments_allowed: bool
    max_econsult_length: int
    max_patient_attachments: int
    max_attachment_mb: int
    booking_min_notice_days: int
    booking_max_horizon_days: int
    cancellation_limit_hours: int
    answer_due_working_days: int
    econsult_providers: tuple[str, ...] = ()
    booking_providers: tuple[str, ...] = ()
    holidays: tuple[HolidayInfo, ...] = ()

    @property
    def functions(self) -> tuple[Function, ...]:
        """The portal functions switched on for the whole clinic, in guide order."""
        out = []
        if self.econsult_enabled:
            out.append(Function.ECONSULT)
        if self.renewal_enabled:
            out.append(Function.RENEWAL)
        if self.booking_enabled:
            out.append(Function.BOOKING)
        return tuple(out)


def first_clinic_id(db) -> int:
    with db.session() as s:
        cid = s.execute(select(Clinic.id).order_by(Clinic.id).limit(1)).scalar()
    if cid is None:
        raise NotFound(say("Databasen har ingen klinik endnu. Opret klinikken (eller demo-data) først."), code="no_clinic")
    return cid


def _holidays(s, clinic_id: int, now: datetime) -> list[HolidayPeriod]:
    """The holiday in force now (the one the portal shows), then the coming ones, by start."""
    periods = s.scalars(
        select(HolidayPeriod)
        .where(
            HolidayPeriod.clinic_id == clinic_id,
            HolidayPeriod.ends_at > now,
            HolidayPeriod.starts_at <= now + HOLIDAY_LOOKAHEAD,
        )
        .order_by(HolidayPeriod.starts_at, HolidayPeriod.id)
    ).all()
    current = holiday_in_force(periods, now)
    coming = [h for h in periods if h.starts_at > now]
    return ([current] if current is not None else []) + coming


def _holiday_info(h: HolidayPeriod) -> HolidayInfo:
    return HolidayInfo(
        h.starts_at, h.ends_at, h.message or "", h.standin_clinic or "", h.standin_phone or "",
        bool(h.close_econsult), bool(h.close_renewal), bool(h.close_booking),
    )


#: The declared clinic settings (``domain.settings.CLINIC``) a guide quotes; each is read
#: and typed as its declaration says, so a setting is spelled once.
GUIDE_SETTINGS: tuple[str, ...] = (
    "signup_mode", "econsult_enabled", "renewal_enabled", "booking_enabled", "auto_create_appointments",
    "attachments_allowed", "max_econsult_length", "max_patient_attachments", "max_attachment_mb",
    "booking_min_notice_days", "booking_max_horizon_days", "cancellation_limit_hours", "answer_due_working_days",
)


def _declared_values(clinic: Clinic) -> dict:
    out = {}
    for name in GUIDE_SETTINGS:
        setting, value = CLINIC[name], getattr(clinic, name)
        out[name] = bool(value) if setting.kind is Kind.BOOL else int(value) if setting.kind is Kind.INT else value
    return out


def load_clinic(db, clinic_id: int, now: datetime | None = None) -> ClinicGuideData:
    now = now or utcnow()
    with db.session() as s:
        c = s.get(Clinic, clinic_id)
        if c is None:
            raise NotFound(say("Klinik nr. {id} findes ikke i databasen.").format(id=clinic_id), code="clinic_not_found")
        hols = _holidays(s, clinic_id, now)
        provs = s.scalars(
            select(Provider).where(Provider.clinic_id == clinic_id, Provider.active.is_(True)).order_by(Provider.id)
        ).all()
        return ClinicGuideData(
            clinic_id=c.id,
            name=(c.display_name or c.name).strip(),
            portal_link=c.portal_link.strip(),
            website=(c.website or "").strip(),
            address=(c.address or "").strip(),
            phone=(c.phone or "").strip(),
            email=(c.email or "").strip(),
            **_declared_values(c),
            econsult_providers=tuple(p.portal_label for p in provs if p.econsult_enabled),
            booking_providers=tuple(p.portal_label for p in provs if p.booking_enabled),
            holidays=tuple(_holiday_info(h) for h in hols[:MAX_HOLIDAYS]),
        )
