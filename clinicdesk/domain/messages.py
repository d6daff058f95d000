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


def say(template: str, disambiguation: str | None = None) -> ServiceText:  # noqa: ARG001
    """Mark a Danish message for translation (see the module's docstring)."""
    return ServiceText(template)


__all__ = ["CONTEXT", "ServiceText", "JoinedText", "CasedText", "say"]
