"""What the portal's front page shows for a clinic (and, when given, for one patient).

:func:`build_front_page` is the one construction: from a clinic, its active
providers and the holiday in force, anything with the model's attribute names
(rows, or the settings dialog's unsaved values). :func:`front_page` loads those
rows for the portal; ``clinic_settings.preview_front_page`` passes the unsaved
values, so what staff see in the preview is what the portal's rules will do. The preview
draws it with the guides' drawing code (``services.guides.screens.front.front_page_pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from clinicdesk.models import Clinic, ClinicPatient, Patient, Provider
from clinicdesk.domain.enums import Function, PortalAccountStatus, SignupMode
from clinicdesk.services import portal_rules as rules
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain.settings import provider_portal_label
from clinicdesk.services.cpr import InvalidCpr, parse_cpr
from clinicdesk.services.safety.emergency import EmergencyNotice, emergency_notice


@dataclass(frozen=True)
class ClosedFunction:
    function: Function
    code: str  # the refusal code a request would get
    reason: str  # the Danish sentence


@dataclass(frozen=True)
class ProviderEntry:
    provider_id: int
    label: str  # Provider.portal_label: the custom name alone, else "name, title"
    name: str
    title: str  # shown only when there is no custom name (empty then)
    open_functions: frozenset[Function]


@dataclass(frozen=True)
class FrontPage:
    clinic_id: int
    display_name: str
    portal_link: str
    holiday_message: str | None  # the message of the holiday in force, if any
    signup_open: bool
    open_functions: frozenset[Function]  # for this patient when a CPR was given
    closed: tuple[ClosedFunction, ...]  # why the others are closed
    providers: tuple[ProviderEntry, ...]
    patient_registered: bool | None = None  # None when no CPR was given
    # shown on the e-consultation page before the text box (and in the preview and the guide): 112, 1813,
    # the clinic's phone (services/safety/emergency.py); never blocks sending
    emergency: EmergencyNotice | None = None

    def is_open(self, function: Function) -> bool:
        return function in self.open_functions


def front_page(db, clinic_id: int, cpr: str | None = None, *, now: datetime | None = None) -> FrontPage:
    """The portal's front page for ``clinic_id`` now (and for the patient ``cpr``, when given)."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    with db.session() as s:
        clinic = s.get(Clinic, clinic_id)
        if clinic is None:
            raise PortalRefusal("unknown_clinic")
        cp: ClinicPatient | None = None
        registered: bool | None = None
        patient_refusal: PortalRefusal | None = None
        if cpr is not None:
            try:
                digits = parse_cpr(cpr).digits
            except InvalidCpr:
                digits = None
            patient = s.scalars(select(Patient).where(Patient.cpr == digits)).first() if digits else None
            if patient is not None:
                cp = s.scalars(
                    select(ClinicPatient).where(
                        ClinicPatient.clinic_id == clinic_id, ClinicPatient.patient_id == patient.id
                    )
                ).first()
            registered = bool(
                patient is not None
                and patient.portal_account is not None
                and patient.portal_account.status == PortalAccountStatus.ACTIVE
                and cp is not None
                and cp.portal_registered_at is not None
            )
            if not registered:
                patient_refusal = PortalRefusal("not_registered")

        providers = s.scalars(
            select(Provider).where(Provider.clinic_id == clinic_id, Provider.active.is_(True)).order_by(Provider.id)
        ).all()
        return build_front_page(clinic, providers, rules.holiday_in_force(clinic.holidays, now),
                                cpr_given=cpr is not None, cp=cp, patient_refusal=patient_refusal,
                                registered=registered)


def build_front_page(clinic, providers, period, *, cpr_given: bool = False, cp: ClinicPatient | None = None,
                     patient_refusal: PortalRefusal | None = None, registered: bool | None = None) -> FrontPage:
    """The front page for ``clinic`` with these active ``providers`` during ``period`` (None: no holiday).

    With ``cpr_given``, the functions are also those open to that patient (``cp``, or the
    refusal that applies to someone who is not a registered portal user)."""
    open_fns: set[Function] = set()
    closed: list[ClosedFunction] = []
    for fn in Function:
        refusal = rules.clinic_refusal(clinic, period, fn)
        if refusal is None and cpr_given:
            refusal = patient_refusal or rules.right_refusal(cp, fn)
        if refusal is None:
            open_fns.add(fn)
        else:
            closed.append(ClosedFunction(fn, refusal.code, refusal.message))
    entries = tuple(
        ProviderEntry(
            provider_id=p.id,
            label=provider_portal_label(p.name, p.title, p.display_name),
            name=p.display_name or p.name,
            title="" if p.display_name else p.title,
            open_functions=frozenset(fn for fn in open_fns if rules.provider_switch(p, fn)),
        )
        for p in providers
    )
    return FrontPage(
        clinic_id=clinic.id,
        display_name=clinic.display_name or clinic.name,
        portal_link=clinic.portal_link,
        holiday_message=rules.holiday_text(period) if period is not None else None,
        signup_open=clinic.signup_mode != SignupMode.OFF,
        open_functions=frozenset(open_fns),
        closed=tuple(closed),
        providers=entries,
        patient_registered=registered,
        emergency=emergency_notice(getattr(clinic, "phone", "") or ""),
    )
