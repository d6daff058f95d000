"""Prescription renewals from the portal: lines of the patient's own medication list, to a pharmacy.

Whether a medicine may be renewed online is decided by
``services.renewal_rules.check_medication`` (addictive medicine, repeats left at
the pharmacy); this module refuses with that answer's ``patient_text``. It adds
the portal's own checks: the medicine is on the patient's active list, it is not
already waiting for an answer, and a pharmacy was chosen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import select

from clinicdesk.domain.enums import Function, ItemKind, ItemStatus, LineDecision
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.domain import portal_texts
from clinicdesk.models import InboxItem, Medication, Pharmacy, Provider, RenewalLine, RenewalRequest
from clinicdesk.portal.intake.common import (
    IntakeResult,
    PortalUser,
    check_comment,
    finish,
    new_item,
    portal_user,
    require_open,
    require_provider,
    utc_now,
)
from clinicdesk.services import portal_rules as rules
from clinicdesk.services.renewal_rules import check_medication
from clinicdesk.services.workdays import due_date_for


def _renewing_provider(s, user: PortalUser, provider_id: int | None) -> Provider | None:
    """The chosen provider (who must take renewals), else the own doctor when they do, else none."""
    if provider_id is not None:
        return require_provider(s, user, provider_id, Function.RENEWAL)
    if user.cp.own_doctor_id is not None:
        own = s.get(Provider, user.cp.own_doctor_id)
        if own is not None and rules.provider_switch(own, Function.RENEWAL):
            return own
    return None


def _renewable(s, user: PortalUser, ids: list[int]) -> list[Medication]:
    """The chosen medicines, each on the patient's active list and renewable online."""
    meds: list[Medication] = []
    for mid in ids:
        med = s.get(Medication, mid)
        if med is None or med.patient_id != user.patient.id or not med.active:
            raise PortalRefusal("medication_unknown")
        check = check_medication(med)
        if not check.patient_may_request:
            raise PortalRefusal(check.code, check.patient_text, medication_id=med.id)
        meds.append(med)
    return meds


def _already_requested(s, clinic_id: int, ids: list[int]) -> int | None:
    """A medicine among ``ids`` that already waits in an open renewal at this clinic."""
    return s.scalars(
        select(RenewalLine.medication_id)
        .join(InboxItem, InboxItem.id == RenewalLine.item_id)
        .where(
            RenewalLine.medication_id.in_(ids),
            RenewalLine.decision == LineDecision.PENDING,
            InboxItem.status != ItemStatus.DONE,
            InboxItem.clinic_id == clinic_id,
        )
    ).first()


def request_renewal(
    db,
    clinic_id: int,
    cpr: str,
    *,
    medication_ids: Iterable[int],
    pharmacy_id: int | None,
    comment: str = "",
    provider_id: int | None = None,
    via_app: bool = False,
    now: datetime | None = None,
) -> IntakeResult:
    """Renewal of lines from the patient's own medication list, sent to a pharmacy."""
    now = utc_now(now)
    ids = list(dict.fromkeys(int(i) for i in medication_ids))
    with db.write_session() as s:
        user = portal_user(s, clinic_id, cpr, now)
        require_open(user, Function.RENEWAL, via_app)
        provider = _renewing_provider(s, user, provider_id)
        if not ids:
            raise PortalRefusal("nothing_selected")
        meds = _renewable(s, user, ids)
        pending = _already_requested(s, clinic_id, ids)
        if pending is not None:
            raise PortalRefusal("already_requested", medication_id=pending)
        if pharmacy_id is None or s.get(Pharmacy, pharmacy_id) is None:
            raise PortalRefusal("pharmacy_unknown")
        text = check_comment(user.clinic, comment)
        due = due_date_for(now, user.clinic.answer_due_working_days)
        item = new_item(
            s, clinic_id, ItemKind.RENEWAL, now, patient_id=user.patient.id,
            provider_id=provider.id if provider else None, subject=str(portal_texts.RENEWAL),
            preview=", ".join(m.label for m in meds), due_date=due, via_app=via_app,
        )
        s.add(RenewalRequest(item_id=item.id, pharmacy_id=pharmacy_id, comment=text))
        s.flush()
        for m in meds:
            s.add(RenewalLine(item_id=item.id, medication_id=m.id, decision=LineDecision.PENDING))
        finish(s, clinic_id, item.id, user.patient.id, "renewal", now)
        return IntakeResult("renewal", item.id, due, now, user.patient.id)


__all__ = ["request_renewal"]
