"""Danish wording the services share: a count with the right noun form, the names of the
weekdays and months, a person's name as staff see it (``person_name``).

Service messages are Danish sentences built in Python (the views translate their own
strings with Qt's ``%n`` plural forms); ``count_da(2, "udlevering", "udleveringer")``
gives "2 udleveringer", never "2 udlevering(er)". The day and month names are marked with
``say`` (a view shows them in the user's language with ``service_text``; ``str()`` is Danish).
"""

from __future__ import annotations

from clinicdesk.domain.messages import say

WEEKDAYS_DA = (say("mandag"), say("tirsdag"), say("onsdag"), say("torsdag"), say("fredag"), say("lørdag"),
               say("søndag"))
MONTHS_DA = (
    say("januar"), say("februar"), say("marts"), say("april"), say("maj"), say("juni"),
    say("juli"), say("august"), say("september"), say("oktober"), say("november"), say("december"),
)


def count_da(n: int, singular: str, plural: str) -> str:
    """``n`` and the noun in the form Danish uses for it (1 → singular, anything else → plural)."""
    return f"{n} {singular if n == 1 else plural}"


def person_name(first_name: str, last_name: str) -> str:
    """A patient's (or an applicant's) name as staff see it: ``Patient.full_name``, and rows read
    without the object."""
    return f"{first_name} {last_name}"
