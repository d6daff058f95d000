"""When an inbox item is overdue: the one rule, as a Python predicate and as SQL.

An item is overdue when it is still open (new, open or awaiting the patient) and its
due date lies before today in Copenhagen. ``is_overdue`` judges a loaded row,
``overdue_clause`` is the same rule as a condition for a query (the Overdue folder
and its count); keep the two together.
"""

from __future__ import annotations

from datetime import date, datetime

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import InboxItem, utcnow
from clinicdesk.services.inbox.types import OPEN_STATUSES


def today_local(now: datetime | None = None) -> date:
    """Today's date in Copenhagen (due dates are Danish calendar days)."""
    return (now or utcnow()).astimezone(COPENHAGEN).date()


def is_overdue(due_date: date | None, status, today: date) -> bool:
    """The rule for one item: open, with a due date before ``today``."""
    return due_date is not None and due_date < today and status in OPEN_STATUSES


def overdue_clause(today: date):
    """The same rule as SQL, a list of conditions on ``InboxItem``."""
    return [InboxItem.status.in_(OPEN_STATUSES), InboxItem.due_date < today]
