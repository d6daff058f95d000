"""The history of a portal user's blocks and reopenings, as the patient card shows it. No Qt.

``account_events(session, account_id, clinic_id) -> tuple[PortalEvent, ...]`` reads the
append-only ``portal_account_event`` rows of one portal user, newest first.

The portal user is one login per CPR number, shared by every clinic the patient uses,
so a block made at another clinic is shown too (when, who, which clinic), but the
reason written there stays with that clinic: it is that clinic's note, and may name
things this clinic has no business reading. Block and reopen themselves live in
``services/patients.py`` (``block_portal_user``, ``reopen_portal_user``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.models import Clinic, PortalAccountEvent, StaffUser

BLOCKED = "blocked"
REOPENED = "reopened"


@dataclass(frozen=True)
class PortalEvent:
    id: int
    at: datetime  # UTC
    action: str  # BLOCKED or REOPENED
    staff_name: str
    clinic_name: str
    own_clinic: bool  # made at the clinic the card is open for
    reason: str  # staff text (plain); "" when made at another clinic


def account_events(s: Session, account_id: int | None, clinic_id: int) -> tuple[PortalEvent, ...]:
    """The blocks and reopenings of one portal user, newest first."""
    if account_id is None:
        return ()
    rows = s.execute(
        select(PortalAccountEvent, StaffUser.full_name, Clinic.display_name, Clinic.name)
        .join(StaffUser, StaffUser.id == PortalAccountEvent.staff_id)
        .join(Clinic, Clinic.id == PortalAccountEvent.clinic_id)
        .where(PortalAccountEvent.account_id == account_id)
        .order_by(PortalAccountEvent.at.desc(), PortalAccountEvent.id.desc())
    ).all()
    out = []
    for ev, staff_name, display_name, name in rows:
        own = ev.clinic_id == clinic_id
        out.append(PortalEvent(
            id=ev.id, at=ev.at, action=ev.action, staff_name=staff_name or "",
            clinic_name=display_name or name or "", own_clinic=own, reason=ev.reason if own else "",
        ))
    return tuple(out)
