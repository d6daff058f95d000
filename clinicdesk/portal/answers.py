"""What a logged-in patient reads on the portal about their requests' decisions.

Notification mails never carry staff's words (no free text, no health data): a
rejected sign-up or a declined booking mail only says that the answer is on the
portal. This is where the portal shows it, after login (identified by CPR).

A renewal shows one answer per line: the decision the patient was last sent
(``services.inbox.renewal_history.sent_decisions``). When the clinic reopens a sent
renewal and decides a line again, the patient sees the new decision once it is
sent; the earlier one stays in the clinic's history, never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinicdesk.domain.enums import BookingOutcome, SignupDecision
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain.enums import ItemKind
from clinicdesk.models import BookingRequest, InboxItem, Medication, Patient, RenewalLine, SignupRequest
from clinicdesk.services.cpr import InvalidCpr, parse_cpr
from clinicdesk.services.inbox.renewal_history import last_sending, sent_decisions


@dataclass(frozen=True)
class DecisionAnswer:
    item_id: int
    kind: str  # "signup", "booking" or "renewal"
    decided_at: datetime | None
    outcome: str  # the stored decision value ("rejected", "declined", "approved" …)
    reason: str  # the clinic's words, shown only here
    what: str = ""  # a renewal: the medicine of the line


def decision_answers(db, clinic_id: int, cpr: str) -> tuple[DecisionAnswer, ...]:
    """The clinic's decided sign-ups, booking requests and renewals for this CPR number, newest first."""
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
            out.extend(_renewal_answers(s, clinic_id, patient_id))
    return tuple(sorted(out, key=lambda a: (a.decided_at is not None, a.decided_at), reverse=True))


def _renewal_answers(s, clinic_id: int, patient_id: int) -> list[DecisionAnswer]:
    out = []
    for item in s.execute(
        select(InboxItem).where(InboxItem.clinic_id == clinic_id, InboxItem.patient_id == patient_id,
                                InboxItem.kind == ItemKind.RENEWAL).order_by(InboxItem.id)
    ).scalars():
        told = sent_decisions(s, item)
        if not told:
            continue
        sending = last_sending(s, item.id)
        at = sending.sent_at if sending else item.done_at
        for ln, med in s.execute(
            select(RenewalLine, Medication).join(Medication, Medication.id == RenewalLine.medication_id)
            .where(RenewalLine.item_id == item.id).order_by(RenewalLine.id)
        ):
            e = told.get(ln.id)
            if e is not None:
                out.append(DecisionAnswer(item.id, "renewal", at, e.decision.value, e.reason, what=med.label))
    return out
