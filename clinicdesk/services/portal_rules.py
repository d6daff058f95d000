"""Pure checks shared by the intake functions and the front page (no database access).

Texts (length, emoji), attachments judged by their content, holiday periods in
force at a moment, and whether a function is open for the clinic, a provider
and a patient.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import Clinic, ClinicPatient, HolidayPeriod, Provider
from clinicdesk.domain.enums import Function, RightMode
from clinicdesk.services.attachments import AttachmentIn, AttachmentRefused, CheckedAttachment, check_clinic_files, check_files  # noqa: F401
from clinicdesk.domain.refusals import REFUSALS, PortalRefusal
from clinicdesk.services import text_gate

def check_text(text: str, *, max_length: int | None, required: bool, what: str = "Beskeden") -> str:
    """Strip and check a patient's text through the one text gate; return it.

    Refuses empty (when required), too long, emoji, control and bidi characters, worded
    for the patient (the rule itself lives in :mod:`clinicdesk.services.text_gate`)."""
    limit = max_length if max_length is not None else text_gate.MAX_STAFF_ANSWER
    try:
        return text_gate.check(text, what=what, max_length=limit, required=required, emoji=False)
    except text_gate.TextRefused as exc:
        if exc.code == "empty_text":
            raise PortalRefusal("empty") from None
        if exc.code == "too_long":
            n = exc.details["length"]
            raise PortalRefusal(
                "too_long",
                f"{what} er på {n} tegn, men klinikken tager højst imod {limit} tegn. "
                "Gør den kortere, eller bestil en tid, hvis der er meget at fortælle.",
                length=n, max_length=limit,
            ) from None
        if exc.code == "emoji":
            raise PortalRefusal("emoji") from None
        raise PortalRefusal(exc.code, exc.message) from None


# -- attachments ------------------------------------------------------------------
def check_attachments(clinic: Clinic, attachments) -> list[CheckedAttachment]:
    """The clinic's attachment rules for a patient's files, worded for the patient.

    The rule itself (types, limits) lives in :mod:`clinicdesk.services.attachments`."""
    files = list(attachments or ())
    if not files:
        return []
    if not clinic.attachments_allowed:
        raise PortalRefusal("attachments_not_allowed")
    try:
        return check_clinic_files(clinic, files, from_patient=True)
    except AttachmentRefused as exc:
        d = exc.details
        if exc.code == "too_many_attachments":
            raise PortalRefusal(
                exc.code,
                f"Du har vedhæftet {d['count']} filer, men du kan højst vedhæfte {d['limit']}. Fjern nogle af filerne.",
                count=d["count"], limit=d["limit"],
            ) from None
        if exc.code == "attachment_too_large":
            raise PortalRefusal(
                exc.code,
                f"Filen «{d['name']}» fylder {d['size'] / (1024 * 1024):.1f} MB, men hver fil må højst fylde "
                f"{d['limit_mb']} MB. Gør den mindre (fx et billede i lavere opløsning) og prøv igen.",
                index=d["index"],
            ) from None
        if exc.code == "attachment_program":
            raise PortalRefusal(
                exc.code,
                f"Filen «{d['name']}» indeholder et program og kan ikke sendes til klinikken. "
                "Du kan kun vedhæfte billeder (PNG, JPEG, HEIC) og PDF-filer.",
                index=d["index"],
            ) from None
        if exc.code == "attachment_active_pdf":
            raise PortalRefusal(
                exc.code,
                f"PDF-filen «{d['name']}» indeholder aktivt indhold (fx JavaScript eller indlejrede filer) og kan "
                "ikke sendes. Gem den som en almindelig PDF (Udskriv → Gem som PDF) og prøv igen.",
                index=d["index"],
            ) from None
        raise PortalRefusal(
            "attachment_type",
            f"Filen «{d['name']}» er hverken et billede eller en PDF, uanset hvad den hedder. "
            "Du kan kun vedhæfte billeder (PNG, JPEG, HEIC) og PDF-filer.",
            index=d["index"],
        ) from None


# -- holidays -----------------------------------------------------------------------
def holiday_in_force(periods: Iterable, at: datetime):
    """The holiday period covering the moment ``at`` (UTC; start inclusive, end exclusive), or None.

    ``periods`` are the clinic's holiday periods: rows (``clinic.holidays``) or the
    settings dialog's unsaved values; anything with ``starts_at``, ``ends_at`` and ``id``
    (``None`` for an unsaved one). Where periods overlap, the one that began last wins.
    """
    covering = [p for p in periods if p.starts_at <= at < p.ends_at]
    return max(covering, key=lambda p: (p.starts_at, p.id or 0), default=None)


def holiday_text(period: HolidayPeriod) -> str:
    """What the portal shows during a holiday: the clinic's message and the stand-in clinic."""
    parts = []
    if period.message.strip():
        parts.append(period.message.strip())
    else:
        last = (period.ends_at - timedelta(seconds=1)).astimezone(COPENHAGEN)  # ends_at is exclusive
        parts.append(f"Klinikken holder ferie til og med {last.strftime('%d.%m.%Y')} (åbner igen efter ferien).")
    if period.standin_clinic.strip():
        standin = f"Under ferien passes klinikken af {period.standin_clinic.strip()}"
        if period.standin_phone.strip():
            standin += f", telefon {period.standin_phone.strip()}"
        parts.append(standin + ".")
    return " ".join(parts)


def closes(period: HolidayPeriod | None, function: Function) -> bool:
    if period is None:
        return False
    return {
        Function.ECONSULT: period.close_econsult,
        Function.RENEWAL: period.close_renewal,
        Function.BOOKING: period.close_booking,
    }[function]


def clinic_switch(clinic: Clinic, function: Function) -> bool:
    return {
        Function.ECONSULT: clinic.econsult_enabled,
        Function.RENEWAL: clinic.renewal_enabled,
        Function.BOOKING: clinic.booking_enabled,
    }[function]


def app_switch(clinic: Clinic, function: Function) -> bool:
    return clinic.app_enabled and {
        Function.ECONSULT: clinic.app_econsult_enabled,
        Function.RENEWAL: clinic.app_renewal_enabled,
        Function.BOOKING: clinic.app_booking_enabled,
    }[function]


def provider_switch(provider: Provider, function: Function) -> bool:
    return provider.active and {
        Function.ECONSULT: provider.econsult_enabled,
        Function.RENEWAL: provider.renewal_enabled,
        Function.BOOKING: provider.booking_enabled,
    }[function]


def patient_right(cp: ClinicPatient, function: Function) -> RightMode:
    return {
        Function.ECONSULT: cp.econsult_right,
        Function.RENEWAL: cp.renewal_right,
        Function.BOOKING: cp.booking_right,
    }[function]


_CLOSED_CODE = {
    Function.ECONSULT: "econsult_closed",
    Function.RENEWAL: "renewal_closed",
    Function.BOOKING: "booking_closed",
}


def clinic_refusal(
    clinic: Clinic, period: HolidayPeriod | None, function: Function, *, via_app: bool = False
) -> PortalRefusal | None:
    """Why the clinic as a whole does not take this function now (None = open)."""
    if not clinic_switch(clinic, function):
        return PortalRefusal(_CLOSED_CODE[function])
    if via_app and not app_switch(clinic, function):
        return PortalRefusal("app_closed")
    if closes(period, function):
        return PortalRefusal("holiday", holiday_text(period) + " " + _HOLIDAY_TAIL[function])
    return None


_HOLIDAY_TAIL = {
    Function.ECONSULT: "E-konsultation er lukket i ferien; kontakt vikarklinikken, hvis det ikke kan vente.",
    Function.RENEWAL: "Receptfornyelse er lukket i ferien; kontakt vikarklinikken, hvis det ikke kan vente.",
    Function.BOOKING: "Tidsbestilling er lukket i ferien; kontakt vikarklinikken, hvis det ikke kan vente.",
}


def right_refusal(cp: ClinicPatient | None, function: Function) -> PortalRefusal | None:
    if cp is None:
        return PortalRefusal("not_registered")
    mode = patient_right(cp, function)
    if mode == RightMode.BLOCKED:
        return PortalRefusal("right_blocked")
    if mode == RightMode.RECEIVE_ONLY:
        return PortalRefusal("receive_only")
    return None


def provider_refusal(provider: Provider | None, clinic_id: int, function: Function) -> PortalRefusal | None:
    if provider is None or provider.clinic_id != clinic_id:
        return PortalRefusal("provider_unknown")
    if not provider_switch(provider, function):
        return PortalRefusal(
            "provider_closed",
            f"{provider.portal_label} tager ikke imod denne type henvendelse på patientportalen. "
            "Vælg en anden behandler, eller ring til klinikken.",
        )
    return None


__all__ = [
    "AttachmentIn", "CheckedAttachment", "REFUSALS", "check_text",
    "check_attachments", "holiday_in_force", "holiday_text", "closes", "clinic_switch",
    "app_switch", "provider_switch", "patient_right", "clinic_refusal", "right_refusal", "provider_refusal",
]
