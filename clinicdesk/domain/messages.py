"""Messages for the user from below the views: Danish text that the views can show in English.

Services and the domain have no Qt, yet what they tell the user (a refusal, a fault, a
warning) must be English under ``--lang en``. Every such sentence is written as

    raise ValidationError(say("Navnet må højst være {n} tegn.").format(n=100), code="too_long")

``say`` marks the Danish template for ``pyside6-lupdate`` (``scripts/update-translations.sh``
passes ``-tr-function-alias QT_TR_NOOP+=say``, which files them under the empty context,
:data:`CONTEXT`) and returns a :class:`ServiceText`: a ``str`` holding the Danish sentence,
so everything that compares, logs the code of, or stores it works as before, which also
remembers its template and parameters. ``ServiceText.format`` keeps them. The views show
it through ``views.service_text.service_text``, which translates the template and then
fills in the parameters (a parameter that is itself a ServiceText is translated too).

Write the template as one literal string (lupdate reads literals only, no f-strings) and
put anything that varies in ``{named}`` parameters.
"""

from __future__ import annotations

import json

CONTEXT = ""  # where lupdate files QT_TR_NOOP outside a Qt class


class ServiceText(str):
    """A Danish sentence (the ``str`` value) with its template and parameters."""

    template: str
    params: dict

    def __new__(cls, text: str, template: str | None = None, params: dict | None = None):
        obj = super().__new__(cls, text)
        obj.template = text if template is None else template
        obj.params = dict(params or {})
        return obj

    def format(self, *args, **params) -> "ServiceText":  # noqa: A003 - str.format's name on purpose
        if args:
            raise TypeError("ServiceText.format takes named parameters only")
        merged = {**self.params, **params}
        return ServiceText(self.template.format(**merged), self.template, merged)

    def __add__(self, other):  # "A. " + "B." keeps both translatable: a joined text
        return JoinedText((self, other))

    def __radd__(self, other):
        return JoinedText((other, self))

    def lower(self) -> "CasedText":
        """The text lower-cased, still translatable: its ``str`` is ``str.lower()`` of the Danish
        (as before), and a translation gets its first letter lower-cased only ("The name" → "the
        name"; an English "CPR number" keeps its capitals). For a noun inside a sentence: ``say("Udfyld {what}.")``."""
        return CasedText(self, CasedText.LOWER)

    def upper_first(self) -> "CasedText":
        """The text with its first letter upper-cased (a word that starts a cell), still translatable."""
        return CasedText(self, CasedText.UPPER_FIRST)


class JoinedText(ServiceText):
    """Sentences put together (``say(a) + " " + say(b)``): each part is translated on its own."""

    parts: tuple

    def __new__(cls, parts):
        flat: list = []
        for p in parts:
            flat.extend(p.parts if isinstance(p, JoinedText) else (p,))
        obj = super().__new__(cls, "".join(str(p) for p in flat))
        obj.parts = tuple(flat)
        return obj

    def format(self, *args, **params):  # noqa: A003
        raise TypeError("format the parts before joining them")


class CasedText(ServiceText):
    """A text lower-cased (``ServiceText.lower``) or with a capital first letter (``upper_first``):
    the views translate ``inner`` and then change the case of the translation's first letter."""

    LOWER = "lower"
    UPPER_FIRST = "upper_first"

    inner: ServiceText
    case: str

    def __new__(cls, inner: ServiceText, case: str):
        text = str(inner)
        text = str.lower(text) if case == cls.LOWER else text[:1].upper() + text[1:]
        obj = super().__new__(cls, text, inner.template, inner.params)
        obj.inner = inner
        obj.case = case
        return obj

    def format(self, *args, **params):  # noqa: A003
        raise TypeError("format the text before changing its case")

    def recase(self, translated: str) -> str:
        """``translated`` (the inner text in the user's language) in this text's case."""
        if self.case == self.LOWER:  # an abbreviation first ("CPR number") keeps its capitals
            return translated if translated[1:2].isupper() else translated[:1].lower() + translated[1:]
        return translated[:1].upper() + translated[1:]


def _data(text):
    """``text`` as JSON data: a ServiceText as ``{"t": template, "p": params}``, a joined text as
    ``{"j": parts}``, a cased one as ``{"c": case, "i": inner}``; other values as they are (str, number)."""
    if isinstance(text, JoinedText):
        return {"j": [_data(p) for p in text.parts]}
    if isinstance(text, CasedText):
        return {"c": text.case, "i": _data(text.inner)}
    if isinstance(text, ServiceText):
        return {"t": text.template, "p": {k: _data(v) for k, v in text.params.items()}}
    if text is None or isinstance(text, (str, int, float, bool)):
        return text if type(text) in (str, int, float, bool) or text is None else str(text)
    return str(text)


def _text(data):
    if not isinstance(data, dict):
        return data
    if "j" in data:
        return JoinedText([_text(p) for p in data["j"]])
    if "c" in data:
        return CasedText(_text(data["i"]), data["c"])
    params = {k: _text(v) for k, v in (data.get("p") or {}).items()}
    base = ServiceText(data["t"])
    return base.format(**params) if params else base


def to_stored(text, max_length: int = 4000) -> str:
    """``text`` for a text column, keeping what makes it translatable: a ServiceText with parameters
    (or joined, or cased) as a small JSON object (read back by :func:`from_stored`), a sentence
    without parameters and a plain str as they are. Falls back to the Danish text
    (at most ``max_length`` characters) when the JSON would not give the same text back or is too long."""
    if not isinstance(text, ServiceText) or (type(text) is ServiceText and not text.params
                                              and text.template == str(text)):
        return str(text)[:max_length]  # a sentence without parameters is its own template: stored as it is
    try:
        stored = json.dumps(_data(text), ensure_ascii=False, separators=(",", ":"))
        if len(stored) <= max_length and str(from_stored(stored)) == str(text):
            return stored
    except (TypeError, ValueError, KeyError, IndexError):
        pass
    return str(text)[:max_length]


def from_stored(stored: str) -> str:
    """What :func:`to_stored` wrote: a ServiceText again for its JSON; any other text (a sentence
    without parameters, or a plain Danish one written before) as a ServiceText that is its own
    template (translated when it is one of the say() sentences, else shown as it is)."""
    if not stored:
        return stored
    if not stored.startswith("{\""):
        return ServiceText(stored)
    try:
        data = json.loads(stored)
        if isinstance(data, dict) and ("t" in data or "j" in data or "c" in data):
            return _text(data)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError):
        pass
    return ServiceText(stored)


def say(template: str, disambiguation: str | None = None) -> ServiceText:  # noqa: ARG001
    """Mark a Danish message for translation (see the module's docstring)."""
    return ServiceText(template)


__all__ = ["CONTEXT", "ServiceText", "JoinedText", "CasedText", "say", "to_stored", "from_stored"]
