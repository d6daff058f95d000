"""Validation of clinic, provider and holiday changes, driven by the declaration.

Each changed value is checked against its :class:`~clinicdesk.domain.settings.Setting`
(kind, range, maximum length, required, choices); text is stripped in place. The
rules that span fields (booking notice shorter than the horizon, a provider's
booking only while the clinic's is on, holiday dates in order and a message when a
holiday closes something) follow. A failure raises ``ValidationError`` with a
Danish message and ``details["field"]`` naming the field (code ``invalid_setting``;
``unknown_setting`` for a name that is no setting).
"""

from __future__ import annotations

from datetime import date, datetime

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.settings import (
    CLINIC, CLINIC_EDITABLE, HOLIDAY, HOLIDAY_EDITABLE, PROVIDER, PROVIDER_EDITABLE, Kind, Setting,
)
from clinicdesk.services import text_gate
from clinicdesk.services.clinic_settings.values import HolidayValues
from clinicdesk.domain.messages import say


def invalid(field: str, message: str, code: str = "invalid_setting") -> ValidationError:
    return ValidationError(message, code=code, field=field)


def _check_value(s: Setting, changes: dict) -> None:
    """Check (and normalise) ``changes[s.field]`` against its declaration."""
    value = changes[s.field]
    if s.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise invalid(s.field, say("Vælg til eller fra."))
    elif s.kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int) or not s.minimum <= value <= s.maximum:
            raise invalid(s.field, say("{what} skal være et helt tal mellem {minimum} og {maximum}.").format(
                what=s.noun, minimum=s.minimum, maximum=s.maximum))
    elif s.kind is Kind.TEXT:
        if not isinstance(value, str):
            raise invalid(s.field, say("{what} skal være tekst.").format(what=s.noun))
        value = changes[s.field] = value.strip()
        try:  # one-line values (names, addresses) end up in mail headers: no line breaks
            if not s.multiline and any(c in value for c in "\r\n\u2028\u2029\x85"):
                raise text_gate.TextRefused(say("{what} må ikke indeholde linjeskift.").format(what=s.noun),
                                            code="control_character")
            text_gate.check(value, what=s.noun, max_length=max(len(value), 1), multiline=s.multiline)
        except text_gate.TextRefused as exc:
            raise invalid(s.field, exc.message) from None
        if s.required and not value:
            raise invalid(s.field, say("Udfyld {what}.").format(what=s.noun.lower()))  # stays translatable
        if len(value) > s.max_length:
            raise invalid(s.field, say("{what} må højst være {n} tegn.").format(what=s.noun, n=s.max_length))
        if s.no_spaces and any(c.isspace() for c in value):
            raise invalid(s.field, say("{what} må ikke indeholde mellemrum.").format(what=s.noun))
    elif s.kind is Kind.CHOICE:
        allowed = [c[0] for c in s.choices]
        match = next((c for c in allowed if c == value), None)
        if match is None:
            raise invalid(s.field, s.invalid)
        changes[s.field] = match
    elif s.kind is Kind.DATE:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise invalid(s.field, say("Angiv en dato."))


def check_unknown(changes: dict, names: tuple[str, ...]) -> None:
    for name in changes:
        if name not in names:
            raise invalid(name, say("Indstillingen »{name}« findes ikke.").format(name=name), "unknown_setting")


def check_values(changes: dict, declared: dict[str, Setting], names: tuple[str, ...]) -> None:
    """Check the changed values among ``names``, in that order: the first wrong one is reported."""
    for name in names:
        if name in changes:
            _check_value(declared[name], changes)


def validate_clinic(clinic, changes: dict) -> None:
    """``clinic``: the stored row (values not in ``changes`` are taken from it)."""
    check_unknown(changes, CLINIC_EDITABLE)
    check_values(changes, CLINIC, CLINIC_EDITABLE)
    notice = changes.get("booking_min_notice_days", clinic.booking_min_notice_days)
    horizon = changes.get("booking_max_horizon_days", clinic.booking_max_horizon_days)
    if notice >= horizon:
        field = "booking_min_notice_days" if "booking_min_notice_days" in changes else "booking_max_horizon_days"
        raise invalid(field, say("Varslet for tidsbestilling skal være kortere end hvor langt frem der kan bookes."))


def validate_provider(provider, changes: dict) -> None:
    """``provider``: the stored row, with its clinic as it stands in this transaction."""
    check_unknown(changes, PROVIDER_EDITABLE)
    check_values(changes, PROVIDER, PROVIDER_EDITABLE)
    if changes.get("booking_enabled") and not provider.booking_enabled and not provider.clinic.booking_enabled:
        raise invalid("booking_enabled", say("Tidsbestilling kan kun slås til for en behandler, når "
                                             "tidsbestilling er slået til for hele klinikken."))


def validate_holiday(changes: dict, current: HolidayValues | None) -> None:
    """``current``: the stored period (None for a new one)."""
    check_unknown(changes, HOLIDAY_EDITABLE)
    dates = ("start_date", "end_date")
    check_values(changes, HOLIDAY, dates)
    if current is None and not set(dates) <= changes.keys():
        raise invalid("start_date", say("Angiv ferieperiodens første og sidste dag."))
    check_values(changes, HOLIDAY, tuple(n for n in HOLIDAY_EDITABLE if n not in dates))
    start = changes.get("start_date", current.start_date if current else None)
    end = changes.get("end_date", current.end_date if current else None)
    if end < start:
        raise invalid("end_date", say("Ferieperiodens sidste dag skal ligge på eller efter den første dag."))
    closes = ("close_econsult", "close_renewal", "close_booking")
    closes_any = any(changes.get(n, getattr(current, n) if current else HOLIDAY[n].default) for n in closes)
    message = changes.get("message", current.message if current else "")
    if closes_any and not message.strip():
        raise invalid("message", say("Skriv en feriebesked til patienterne, når ferien lukker funktioner "
                                     "(nævn gerne vikarklinikken)."))
