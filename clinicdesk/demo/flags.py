"""Urgent flags in the demo, by the rules real data follows (``services.safety.flags``).

The portal's intake scans each new patient message in an e-consultation (the subject too, when the
patient gave one) and, when the word lists find something, writes an ``auto`` flag row with the words
and the message, at the message's time, and makes the item URGENT. The demo does the same at build time
with ``scan``: the scenario texts decide, never a coin. Staff mark an item urgent by hand with a reason
(``mark``, source ``manual``), or take a flag off again with a reason (``clear``).

The detector is the shipped lists' (``default_detector``): the demo clinics add no lines of their own.
A text is scanned once however often it recurs (``urgent_words`` is cached), so the bulk loader can
scan its short messages at the cost of a dictionary look-up. The audit entries for these events are
written by ``audit_trail`` (for the days the demo's audit log covers).
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from clinicdesk.demo.state import DemoBuild
from clinicdesk.domain.enums import Priority
from clinicdesk.models.safety import SOURCE_AUTO, SOURCE_MANUAL
from clinicdesk.services.safety.detector import default_detector


def intake_text(subject: str, body: str) -> str:
    """What the portal's intake scans: the subject the patient wrote (a new thread) and the text."""
    return f"{subject}\n{body}" if subject else body


@lru_cache(maxsize=8192)
def urgent_words(text: str) -> tuple[str, ...]:
    """The words the safety net's lists find in ``text`` (empty: not flagged)."""
    return default_detector().detect(text).words


def _row(b: DemoBuild, item: dict, **kw) -> None:
    row = dict(id=b.new_id("urgent_flag"), clinic_id=item["clinic_id"], item_id=item["id"], message_id=None,
               source=SOURCE_MANUAL, cleared=False, words="", reason="", by_staff_id=None)
    row.update(kw)
    b.add("urgent_flag", row)


def scan(b: DemoBuild, item: dict, message_id: int, text: str, at: datetime) -> bool:
    """A patient's message as intake scans it: an auto flag and URGENT when the lists find words."""
    words = urgent_words(text)
    if not words:
        return False
    _row(b, item, message_id=message_id, source=SOURCE_AUTO, words="\n".join(words), at=at)
    item["priority"] = Priority.URGENT
    return True


def mark(b: DemoBuild, item: dict, staff_id: int, reason: str, at: datetime) -> None:
    """Marked urgent by hand (``flags.mark_urgent``): a staff member and a reason."""
    assert reason.strip() and staff_id
    _row(b, item, source=SOURCE_MANUAL, reason=reason, by_staff_id=staff_id, at=at)
    item["priority"] = Priority.URGENT


def clear(b: DemoBuild, item: dict, staff_id: int, reason: str, at: datetime) -> None:
    """The flag taken off by hand (``flags.unmark_urgent``): a staff member and a reason."""
    assert reason.strip() and staff_id
    _row(b, item, source=SOURCE_MANUAL, cleared=True, reason=reason, by_staff_id=staff_id, at=at)
    item["priority"] = Priority.NORMAL
