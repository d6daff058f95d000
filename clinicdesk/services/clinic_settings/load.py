"""Reading the settings, and the portal front page they would give.

``load_settings(db, actor)`` returns a frozen snapshot of the acting clinic with each
row's version (active providers, all holiday periods by start) and its opening hours. ``preview_front_page``
shows what the portal's front page would be with unsaved values: the same builder
(``services.front_page.build_front_page``) and the same holiday-in-force rule
(``services.portal_rules.holiday_in_force``) as the portal, without the database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from sqlalchemy import select

from clinicdesk.domain.errors import NotFound
from clinicdesk.models import Clinic, HolidayPeriod, Provider
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import auth
from clinicdesk.services.clinic_settings.values import (
    ClinicSettings, ClinicValues, ProviderValues, holiday_values, values_of,
)
from clinicdesk.services.safety.emergency import emergency_notice
from clinicdesk.services.front_page import FrontPage, build_front_page
from clinicdesk.services.opening_hours import Span
from clinicdesk.services.permissions import Perm
from clinicdesk.services.portal_rules import holiday_in_force


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
            values_of(ClinicValues, clinic),
            tuple(values_of(ProviderValues, p) for p in providers),
            tuple(holiday_values(h) for h in holidays),
            stored_week(s, clinic.id),
            (clinic.phone or "").strip(),
        )


def stored_week(s, clinic_id: int) -> tuple[Span, ...]:
    """The clinic's opening hours as stored, sorted (inside a session)."""
    rows = s.scalars(select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == clinic_id)).all()
    return tuple(sorted(Span(r.weekday, r.opens, r.closes) for r in rows))


def preview_front_page(settings: ClinicSettings, clinic_changes: dict | None = None,
                       provider_changes: dict[int, dict] | None = None, *,
                       now: datetime | None = None) -> FrontPage:
    """The portal front page as it would be with these unsaved values (``settings.holidays`` as edited)."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    clinic = replace(settings.clinic, **(clinic_changes or {}))
    providers = [replace(p, **(provider_changes or {}).get(p.id, {})) for p in settings.providers]
    page = build_front_page(clinic, providers, holiday_in_force(settings.holidays, now))
    # the emergency notice names the clinic's phone, as the portal does (not among the settings' values)
    return replace(page, emergency=emergency_notice(settings.phone)) if page.emergency is not None else page
