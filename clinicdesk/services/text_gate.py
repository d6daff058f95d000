"""The one gate every free text passes before it is stored or searched.

Used by the portal's intake (patients' messages, comments, names) and by staff
actions (answers, notes, reasons, searches). It refuses, with a Danish message:

* NUL and other control characters (C0 and C1; tab and line breaks are allowed
  where a text may have lines): they crash PostgreSQL writes and hide text;
* bidirectional controls (U+202A–U+202E, U+2066–U+2069): they can make "05 mg"
  display as "50 mg";
* emoji where a rule forbids them (patients' e-consultations), judged by the
  Unicode ``Extended_Pictographic`` property plus the emoji-only components
  (flags, skin tones, keycaps); ordinary symbols such as → ✓ § € ½ and © ® ™ in
  medicine names are text;
* texts over their length limit (every field has one; a search at most
  :data:`MAX_SEARCH` characters).

Refusals are :class:`TextRefused` (a ValidationError) with a stable code:
"control_character", "bidi_control", "emoji", "too_long", "empty_text".
"""

from __future__ import annotations

import regex

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say

MAX_SEARCH = 200
#: Staff answers and new threads (a patient's e-consultation has the clinic's own limit).
MAX_STAFF_ANSWER = 10_000
#: Reasons, notes and other short staff texts.
MAX_STAFF_NOTE = 2_000

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_ONE_LINE = regex.compile(r"[\x00-\x1f\x7f-\x9f]")
_BIDI = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_TEXT_SYMBOLS = "\u00a9\u00ae\u2122"  # © ® ™: part of medicine names, not emoji unless shown as emoji
_EMOJI = regex.compile(
    r"(?:[" + _TEXT_SYMBOLS + r"]\ufe0f)"
    r"|(?:(?![" + _TEXT_SYMBOLS + r"])\p{Extended_Pictographic})"
    r"|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u20e3"
)


class TextRefused(ValidationError):
    """A text that may not be stored as it is; ``code`` names the rule."""


def contains_emoji(text: str) -> bool:
    return bool(_EMOJI.search(text or ""))


def check(
    text: str | None,
    *,
    what: str = say("Teksten"),
    max_length: int,
    required: bool = False,
    multiline: bool = True,
    emoji: bool = True,
) -> str:
    """Check a text and return it stripped (line breaks normalised to ``\\n``).

    ``what`` names the field in the message ("Beskeden", "Begrundelsen" …)."""
    t = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not t:
        raise TextRefused(say("{what} er tom. Skriv en tekst og prøv igen.").format(what=what), code="empty_text")
    if (_CONTROL if multiline else _CONTROL_ONE_LINE).search(t):
        raise TextRefused(
            say("{what} indeholder usynlige kontroltegn, som ikke kan gemmes. Skriv teksten igen "
                "(eller indsæt den som ren tekst) og prøv igen.").format(what=what),
            code="control_character",
        )
    if _BIDI.search(t):
        raise TextRefused(
            say("{what} indeholder usynlige tegn, der vender skriveretningen, så teksten kan blive vist "
                "anderledes, end den er skrevet. Skriv teksten igen uden dem.").format(what=what),
            code="bidi_control",
        )
    if not emoji and contains_emoji(t):
        raise TextRefused(say("{what} må ikke indeholde emoji. Fjern dem og prøv igen.").format(what=what), code="emoji")
    if len(t) > max_length:
        raise TextRefused(
            say("{what} er på {n} tegn, men der kan højst være {max_length}. Gør den kortere.").format(
                what=what, n=len(t), max_length=max_length),
            code="too_long", length=len(t), max_length=max_length,
        )
    return t


def check_search(term: str | None) -> str:
    """A search term: one line, at most MAX_SEARCH characters, no hidden characters."""
    return check(term, what=say("Søgningen"), max_length=MAX_SEARCH, multiline=False)


_HEADER_BAD = regex.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def header_problem(value: str | None) -> str | None:
    """Why a value cannot go in a mail header (a line break or a control character), or None."""
    if value and _HEADER_BAD.search(value):
        return say("linjeskift eller kontroltegn")
    return None


def check_header_value(value: str | None, *, what: str, max_length: int = 200) -> str:
    """A one-line value that ends up in a mail header (clinic name, e-mail address)."""
    t = check(value, what=what, max_length=max_length, multiline=False)
    if header_problem(t):  # U+2028/2029 are line breaks too
        raise TextRefused(say("{what} må ikke indeholde linjeskift eller kontroltegn.").format(what=what),
                          code="control_character")
    return t
