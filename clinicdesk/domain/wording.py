"""Danish wording the services share: a count with the right noun form.

Service messages are Danish sentences built in Python (the views translate their own
strings with Qt's ``%n`` plural forms); ``count_da(2, "udlevering", "udleveringer")``
gives "2 udleveringer", never "2 udlevering(er)".
"""

from __future__ import annotations


def count_da(n: int, singular: str, plural: str) -> str:
    """``n`` and the noun in the form Danish uses for it (1 → singular, anything else → plural)."""
    return f"{n} {singular if n == 1 else plural}"
