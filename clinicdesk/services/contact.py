"""Contact details: the one home of what an e-mail address and a phone number must look like.

Used by the portal's sign-up (a patient types their own) and meant for the
patient card's contact correction (``services/patients.py``), so both accept
the same addresses. Each caller words its own refusal for its reader; the
rule itself lives here.
"""

from __future__ import annotations

import re

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say

#: something@something.something, no spaces, exactly one @, no control, bidi or markup characters
#: (an address goes in a mail header and is shown on screens)
EMAIL_PATTERN = re.compile(r"^[^@\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>\"]+@"
                           r"[^@\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>\"]+\."
                           r"[^@\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069<>\"]+$")

_PHONE_SEPARATORS = re.compile(r"[\s\-]")
_DANISH_MOBILE = re.compile(r"[0-9]{8}")


def is_email(text: str) -> bool:
    """Does ``text`` (already stripped) look like an e-mail address?"""
    return bool(EMAIL_PATTERN.match(text or ""))


def compact_phone(text: str) -> str:
    """A phone number without spaces and dashes (nothing else is changed or checked)."""
    return _PHONE_SEPARATORS.sub("", text or "")


_PHONE = re.compile(r"\+?[0-9][0-9 \-]*")
PHONE_MIN_DIGITS = 8


def is_phone(text: str) -> bool:
    """A phone number as people write it: digits, spaces and dashes, an optional leading +,
    at least 8 digits ("75 42 00 00", "+45 7542-0000")."""
    text = (text or "").strip()
    return bool(_PHONE.fullmatch(text)) and sum(c.isdigit() for c in text) >= PHONE_MIN_DIGITS


def clean_mobile(value: str) -> str:
    """A Danish mobile number as 8 digits (a leading +45 or 0045 dropped); "" stays "".

    Refuses anything else with :class:`ValidationError` ``invalid_mobile``."""
    raw = (value or "").strip()
    if not raw:
        return ""
    compact = compact_phone(raw)
    if compact.startswith("+45"):
        compact = compact[3:]
    elif compact.startswith("0045"):
        compact = compact[4:]
    if not _DANISH_MOBILE.fullmatch(compact):
        raise ValidationError(say("Mobilnummeret skal være 8 cifre (evt. med +45 foran). Ret det, og gem igen."),
                              code="invalid_mobile")
    return compact


__all__ = ["EMAIL_PATTERN", "is_email", "is_phone", "compact_phone", "clean_mobile"]
