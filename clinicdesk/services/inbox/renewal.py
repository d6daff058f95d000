"""Prescription renewals: a doctor decides each line, then sends the decision.

``decide_renewal_line(db, actor, item_id, line_id, approve, reason="", *,
expected_version)``: doctors only (``Perm.DECIDE_RENEWAL``; others are refused and the
denial audited). Whether a line may be approved is the renewal rules' answer
(``services.renewal_rules.check_medication``): addictive medicines cannot be approved
online ("addictive_not_online"); repeats left at the pharmacy give a warning.
Rejecting needs a reason (no CPR number in it: the patient sees it).
Every decision is also a new ``RenewalDecision`` row (append-only, ``renewal_line``
keeps the current state): deciding a line of a reopened renewal again never loses
the reason the patient was sent (``renewal_history``).
``finish_renewal`` (all lines decided → DONE, mail; a ``RenewalSending`` row records
what the patient was sent). ``route_to_doctor`` (a nurse or
the desk prepares and sends it to one doctor, or to "alle læger").
Each takes ``action_id`` (uuid4 text): a retry of one already done answers "allerede
sendt" (``actions.run``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import ItemKind, LineDecision, MessageDirection, Role
from clinicdesk.domain.errors import NotFound, ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.models import InboxItem, Medication, RenewalLine, RenewalRequest, StaffMembership, StaffUser, utcnow
from clinicdesk.models.corrections import RenewalDecision, RenewalSending
from clinicdesk.services import audit, auth, notifications, renewal_rules
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action
from clinicdesk.services.inbox.actions import (
    add_message,
    begin_action,
    close_item,
    finish_action,
    hand_over,
    notify,
    run,
)
from clinicdesk.services.inbox.renewal_history import legacy_entry
from clinicdesk.services.inbox.types import ActionResult
from clinicdesk.services.permissions import Perm
from clinicdesk.services import text_gate


def _renewal_item(s: Session, item: InboxItem) -> RenewalRequest:
    req = s.get(RenewalRequest, item.id) if item.kind == ItemKind.RENEWAL else None
    if req is None:
        raise ValidationError(say("Dette kan kun gøres ved en receptfornyelse."), code="wrong_kind")
    return req


def decide_renewal_line(
    db, actor: auth.Actor, item_id: int, line_id: int, approve: bool, reason: str = "", *,
    expected_version: int, now: datetime | None = None, action_id: str | None = None,
) -> ActionResult:
    """A doctor approves or rejects one requested line (reason required to reject).

    Only roles with ``Perm.DECIDE_RENEWAL`` (doctors); others are refused here too
    (audited as a denial). A line the renewal rules block cannot be approved (code
    "addictive_not_online"). Approving a line that still has repeats at the pharmacy
    is allowed with a warning in the result.
    """
    auth.require(db, actor, Perm.DECIDE_RENEWAL)
    why = text_gate.check(reason, what=say("Begrundelsen"), max_length=text_gate.MAX_STAFF_NOTE)
    if not approve and not why:
        raise ValidationError(say("Skriv en begrundelse for afvisningen; patienten ser den."), code="reason_required")
    if why and cprmod.contains_cpr(why):
        raise ValidationError(say("Begrundelsen må ikke indeholde et CPR-nummer."), code="cpr_in_text")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        _renewal_item(s, item)
        line = s.get(RenewalLine, line_id)
        if line is None or line.item_id != item.id:
            raise NotFound(say("Linjen findes ikke i denne anmodning."))
        med = s.get(Medication, line.medication_id)
        warns: tuple[str, ...] = ()
        if approve:
            check = renewal_rules.check_medication(med)
            if not check.may_approve:
                raise ValidationError(check.staff_text + renewal_rules.BLOCKED_APPROVAL_HINT,
                                      code="addictive_not_online")
            if check.code is not None:
                warns = (check.staff_text,)
        old = legacy_entry(s, line)
        if old is not None:  # decided before the history existed: keep those words first
            s.add(old)
        line.decision = LineDecision.APPROVED if approve else LineDecision.REJECTED
        line.reason = why
        line.decided_by_id = actor.staff_id
        line.decided_at = now
        s.add(RenewalDecision(item_id=item.id, line_id=line.id, decision=line.decision, reason=why,
                              decided_by_id=actor.staff_id, decided_at=now))
        audit.record(s, Action.DECIDE_RENEWAL, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id,
                     detail=f"item {item_id} line {line_id} {'approved' if approve else 'rejected'}")
        label = med.label if med else say("Linjen")
        return finish_action(s, actor, item, now, say("{line}: {decision}.").format(
            line=label, decision=say("godkendt") if approve else say("afvist")), warnings=warns)

    return run(db, work, action_id=action_id)


def finish_renewal(
    db, actor: auth.Actor, item_id: int, *, expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Send the decision: every line must be decided; the patient's mail is queued; item DONE."""
    auth.require(db, actor, Perm.DECIDE_RENEWAL)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _renewal_item(s, item)
        lines = s.execute(select(RenewalLine).where(RenewalLine.item_id == item.id)).scalars().all()
        if any(ln.decision == LineDecision.PENDING for ln in lines):
            raise ValidationError(say("Tag stilling til alle linjer, før afgørelsen sendes."), code="lines_pending")
        approved = sum(ln.decision == LineDecision.APPROVED for ln in lines)
        s.flush()
        newest = s.execute(select(func.max(RenewalDecision.id)).where(RenewalDecision.item_id == item.id)).scalar()
        s.add(RenewalSending(item_id=item.id, sent_by_id=actor.staff_id, sent_at=now, last_decision_id=newest))
        close_item(item, actor, now)
        if req.prepared_by_id is None:
            req.prepared_by_id = actor.staff_id
        queued, warns = notify(s, item, notifications.RENEWAL_DECIDED)
        audit.record(s, Action.DECIDE_RENEWAL, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                     patient_id=item.patient_id, detail=f"item {item_id} decided: {approved}/{len(lines)} approved")
        return finish_action(s, actor, item, now, say("Afgørelsen er sendt ({approved} af {n} godkendt).").format(
                                 approved=approved, n=len(lines)),
                             mail_queued=queued, warnings=warns)

    return run(db, work, action_id=action_id)


def route_to_doctor(
    db, actor: auth.Actor, item_id: int, doctor_staff_id: int | None = None, note: str = "", *,
    expected_version: int, now: datetime | None = None, action_id: str | None = None,
) -> ActionResult:
    """Prepare a renewal and send it to a doctor (one, or "alle læger"), with an optional note."""
    auth.require(db, actor, Perm.PREPARE_RENEWAL)
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        req = _renewal_item(s, item)
        label = say("alle læger")
        if doctor_staff_id is not None:
            row = s.execute(
                select(StaffUser.full_name, StaffMembership.role)
                .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
                .where(StaffUser.id == doctor_staff_id, StaffMembership.clinic_id == actor.clinic_id)
            ).first()
            if row is None or row[1] != Role.DOCTOR:
                raise ValidationError(say("Vælg en læge fra klinikken."), code="not_a_doctor")
            item.assigned_to_id, item.assigned_role, label = doctor_staff_id, None, row[0]
        else:
            item.assigned_to_id, item.assigned_role = None, Role.DOCTOR
        req.prepared_by_id = actor.staff_id
        if note.strip():
            add_message(s, item.id, MessageDirection.INTERNAL, actor, note.strip(), now)
        hand_over(s, actor, item, f"routed to doctor {doctor_staff_id}" if doctor_staff_id else "routed to all doctors")
        return finish_action(s, actor, item, now, say("Sendt til {recipient}.").format(recipient=label))

    return run(db, work, action_id=action_id)
