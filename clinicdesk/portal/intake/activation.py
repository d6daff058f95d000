"""The patient opens the activation link (``…/aktiver/<token>``) and the portal user becomes active.

The other half of ``services.activation``: sign-up, the inbox's approval and the card's
"Opret portalbruger" leave the account pending with a one-time token in the mailed link;
here the token is taken back, once. An unknown, used or cancelled token is refused with
``activation_invalid`` and nothing changes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from clinicdesk.domain.enums import PortalAccountStatus
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.models import ClinicPatient, PortalAccount
from clinicdesk.portal.intake.common import IntakeResult, finish, utc_now
from clinicdesk.services import audit
from clinicdesk.services.audit import Action

MAX_TOKEN = 64  # the column's width: anything longer is not ours


def activate_user(db, token: str, *, now: datetime | None = None) -> IntakeResult:
    """Activate the pending portal user ``token`` belongs to (kind ``activation``, the patient's id)."""
    now = utc_now(now)
    token = (token or "").strip()
    if not token or len(token) > MAX_TOKEN:
        raise PortalRefusal("activation_invalid")
    with db.write_session() as s:
        account = s.execute(
            select(PortalAccount).where(PortalAccount.activation_token == token).with_for_update()
        ).scalar_one_or_none()
        if account is None or account.status != PortalAccountStatus.PENDING:
            raise PortalRefusal("activation_invalid")
        account.status = PortalAccountStatus.ACTIVE
        account.activated_at = now
        account.activation_token = None
        # the clinics the patient is registered with follow the change (their open inboxes and logs)
        clinic_ids = s.scalars(select(ClinicPatient.clinic_id).where(ClinicPatient.patient_id == account.patient_id)
                               .order_by(ClinicPatient.clinic_id)).all()
        for cid in clinic_ids:
            finish(s, cid, None, account.patient_id, "portal: user activated", now)
        if not clinic_ids:
            audit.record(s, Action.PORTAL_REQUEST, patient_id=account.patient_id, detail="portal: user activated")
        return IntakeResult("activation", None, None, now, patient_id=account.patient_id)


__all__ = ["activate_user"]
