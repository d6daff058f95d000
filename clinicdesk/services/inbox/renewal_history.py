"""The history of a renewal's decisions, and what the patient was told.

Every decision of a line is a ``RenewalDecision`` row (append-only); every sending
of the decision to the patient a ``RenewalSending`` row that names the newest
decision it covered. ``line_histories`` gives each line's decisions, oldest first;
``sent_decisions`` the decision per line the patient was last sent (a reopened
renewal shows the patient what was sent until it is sent again). A line decided
before the history existed (older data, the demo) counts as one decision read from
``renewal_line`` (``id`` None); ``legacy_entry`` copies it into the history before
a re-decision overwrites it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemStatus, LineDecision
from clinicdesk.models import InboxItem, RenewalLine
from clinicdesk.models.corrections import RenewalDecision, RenewalSending


@dataclass(frozen=True)
class DecisionEntry:
    id: int | None  # None: the line's state from before the history existed
    line_id: int
    decision: LineDecision
    reason: str
    decided_by_id: int | None
    decided_at: datetime | None


@dataclass(frozen=True)
class Sending:
    sent_at: datetime
    sent_by_id: int | None
    last_decision_id: int | None


def _legacy(ln: RenewalLine) -> DecisionEntry:
    return DecisionEntry(None, ln.id, ln.decision, ln.reason or "", ln.decided_by_id, ln.decided_at)


def line_histories(s: Session, item_id: int) -> dict[int, list[DecisionEntry]]:
    """line id → its decisions, oldest first (an undecided line without history: [])."""
    return lines_and_histories(s, item_id)[1]


def legacy_entry(s: Session, line: RenewalLine) -> RenewalDecision | None:
    """A decided line with no history yet: its current decision as a history row (not added)."""
    if line.decision == LineDecision.PENDING:
        return None
    has_rows = s.execute(select(RenewalDecision.id).where(RenewalDecision.line_id == line.id).limit(1)).first()
    if has_rows:
        return None
    return RenewalDecision(item_id=line.item_id, line_id=line.id, decision=line.decision, reason=line.reason or "",
                           decided_by_id=line.decided_by_id, decided_at=line.decided_at)


def last_sending(s: Session, item_id: int) -> Sending | None:
    row = s.execute(select(last_sending_columns(item_id))).first()
    return Sending(*row) if row else None

def lines_and_histories(s: Session, item_id: int) -> tuple[list[RenewalLine], dict[int, list[DecisionEntry]]]:
    """The item's lines (in order) and ``line_histories``, in one statement (the detail's)."""
    lines: dict[int, RenewalLine] = {}
    out: dict[int, list[DecisionEntry]] = {}
    for ln, row in s.execute(
        select(RenewalLine, RenewalDecision).outerjoin(RenewalDecision, RenewalDecision.line_id == RenewalLine.id)
        .where(RenewalLine.item_id == item_id).order_by(RenewalLine.id, RenewalDecision.id)
    ).all():
        lines.setdefault(ln.id, ln)
        entries = out.setdefault(ln.id, [])
        if row is not None:
            entries.append(DecisionEntry(row.id, row.line_id, row.decision, row.reason, row.decided_by_id,
                                         row.decided_at))
    for ln in lines.values():
        if not out[ln.id] and ln.decision != LineDecision.PENDING:
            out[ln.id] = [_legacy(ln)]
    return list(lines.values()), out


def last_sending_columns(item_id: int):
    """``last_sending`` as a subquery (one row or none), to join into another statement."""
    return (select(RenewalSending.sent_at, RenewalSending.sent_by_id, RenewalSending.last_decision_id)
            .where(RenewalSending.item_id == item_id).order_by(RenewalSending.id.desc()).limit(1)
            .subquery("last_sending"))


_UNREAD = object()


def sent_decisions(s: Session, item: InboxItem, histories: dict[int, list[DecisionEntry]] | None = None,
                   sending: Sending | None | object = _UNREAD) -> dict[int, DecisionEntry]:
    """line id → the decision the patient was last sent ({} when nothing was sent yet).
    ``sending``: ``last_sending`` when the caller read it already (None: nothing was sent)."""
    histories = line_histories(s, item.id) if histories is None else histories
    sent = last_sending(s, item.id) if sending is _UNREAD else sending
    if sent is None:  # sent before the history existed (older data, the demo): the line's state
        if item.status != ItemStatus.DONE:
            return {}
        return {lid: h[-1] for lid, h in histories.items() if h}
    out = {}
    for lid, h in histories.items():
        covered = [e for e in h if e.id is None or (sent.last_decision_id is not None and e.id <= sent.last_decision_id)]
        if covered:
            out[lid] = covered[-1]
    return out
