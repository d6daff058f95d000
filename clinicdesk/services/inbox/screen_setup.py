"""What the inbox screen needs once per clinic: providers, doctors, attachment limits.

``inbox_setup(db, actor) -> InboxSetup``: the filter bar's providers, the doctors a
renewal can be routed to, and the limits for the clinic's own attachments.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from clinicdesk.domain.enums import Role
from clinicdesk.models import Clinic, Provider, StaffMembership, StaffUser
from clinicdesk.services import auth
from clinicdesk.services.permissions import Perm


@dataclass(frozen=True)
class ProviderRef:
    id: int
    label: str


@dataclass(frozen=True)
class InboxSetup:
    clinic_name: str
    providers: tuple[ProviderRef, ...]
    attachments_allowed: bool
    max_clinic_attachments: int
    max_attachment_mb: int
    doctors: tuple[ProviderRef, ...] = ()  # staff id and name of the clinic's doctors (route a renewal)


def inbox_setup(db, actor: auth.Actor) -> InboxSetup:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        clinic = s.get(Clinic, actor.clinic_id)
        provs = s.execute(
            select(Provider).where(Provider.clinic_id == actor.clinic_id, Provider.active.is_(True)).order_by(Provider.name)
        ).scalars().all()
        doctors = s.execute(
            select(StaffUser.id, StaffUser.full_name)
            .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id, StaffMembership.role == Role.DOCTOR,
                   StaffUser.active.is_(True))
            .order_by(StaffUser.full_name)
        ).all()
        return InboxSetup(
            doctors=tuple(ProviderRef(r[0], r[1]) for r in doctors),
            clinic_name=clinic.display_name or clinic.name,
            providers=tuple(ProviderRef(p.id, p.portal_label) for p in provs),
            attachments_allowed=True,  # the clinic may always attach to its own answers
            max_clinic_attachments=clinic.max_clinic_attachments,
            max_attachment_mb=clinic.max_attachment_mb,
        )
