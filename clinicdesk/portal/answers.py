"""What a logged-in patient reads on the portal about their requests' decisions.

Notification mails never carry staff's words (no free text, no health data): a
rejected sign-up or a declined booking mail only says that the answer is on the
portal. This is where the portal shows it, after login (identified by CPR).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinicdesk.domain.enums import BookingOutcome, SignupDecision
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import BookingRequest, InboxItem, Patient, SignupRequest
from clinicdesk.services.cpr import InvalidCpr, parse_cpr


@dataclass(frozen=True)
class DecisionAnswer:
    item_id: int
    kind: str  # "signup" or "booking"
    decided_at: datetime | None
    outcome: str  # the stored decision value ("rejected", "declined", "approved" …)
    reason: str  # the clinic's words, shown only here


def decision_answers(db, clinic_id: int, cpr: str) -> tuple[DecisionAnswer, ...]:
    """The clinic's decided sign-ups and booking requests for this CPR number, newest first."""
    try:
        digits = parse_cpr(cpr).digits
    except InvalidCpr as exc:
        raise PortalRefusal("cpr_invalid", exc.message) from None
    out: list[DecisionAnswer] = []
    with db.session() as s:
        for item, req in s.execute(
            select(InboxItem, SignupRequest).join(SignupRequest, SignupRequest.item_id == InboxItem.id)
            .where(InboxItem.clinic_id == clinic_id, SignupRequest.cpr == digits,
                   SignupRequest.decision != SignupDecision.PENDING)
        ):
            out.append(DecisionAnswer(item.id, "signup", item.done_at, req.decision.value, req.reason))
        patient_id = s.scalar(select(Patient.id).where(Patient.cpr == digits))
        if patient_id is not None:
            for item, req in s.execute(
                select(InboxItem, BookingRequest).join(BookingRequest, BookingRequest.item_id == InboxItem.id)
                .where(InboxItem.clinic_id == clinic_id, InboxItem.patient_id == patient_id,
                       BookingRequest.outcome != BookingOutcome.PENDING)
            ):
                out.append(DecisionAnswer(item.id, "booking", item.done_at, req.outcome.value, req.reason))
    return tuple(sorted(out, key=lambda a: (a.decided_at is not None, a.decided_at), reverse=True))
