"""Assigning an item to a colleague or a role group ("Alle læger"), and the choices.

``list_assignees(db, actor)``: the clinic's active colleagues, then the role groups.
``assign(db, actor, item_id, staff_id=None, role=None, *, expected_version)``: to a
colleague or a role; neither = unassign. Assigning is a hand-over: the assigner's
claim is released in the same transaction (audited as ``HAND_OVER``), so the
assignee finds the item free in "Mine" at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ValidationError
from clinicdesk.models import StaffMembership, StaffUser, utcnow
from clinicdesk.services import auth
from clinicdesk.services.inbox.actions import begin_action, finish_action, hand_over, run
from clinicdesk.services.inbox.types import ActionResult, Assignee, role_group_label
from clinicdesk.services.permissions import ROLE_LABELS_DA, Perm
from clinicdesk.domain.messages import say


def list_assignees(db, actor: auth.Actor) -> tuple[Assignee, ...]:
    """Colleagues of the clinic (active), then the role groups ("Alle læger" ...)."""
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        rows = s.execute(
            select(StaffUser.id, StaffUser.full_name, StaffMembership.role)
            .join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
            .where(StaffMembership.clinic_id == actor.clinic_id, StaffUser.active.is_(True))
            .order_by(StaffUser.full_name)
        ).all()
    people = [Assignee(r[0], None, say("{name} ({role})").format(name=r[1], role=ROLE_LABELS_DA[r[2]]))
              for r in rows]
    groups = [Assignee(None, role, role_group_label(role)) for role in (Role.DOCTOR, Role.NURSE, Role.RECEPTIONIST)]
    return tuple(people + groups)


def assign(
    db, actor: auth.Actor, item_id: int, staff_id: int | None = None, role: Role | None = None, *,
    expected_version: int, now: datetime | None = None,
    action_id: str | None = None,
) -> ActionResult:
    """Assign to a colleague (``staff_id``) or a role group (``role``); neither: unassign.

    The assigner's claim is released so the assignee can take the item.
    """
    auth.require(db, actor, Perm.HANDLE_ITEM)
    if staff_id is not None and role is not None:
        raise ValidationError(say("Vælg enten en kollega eller en faggruppe, ikke begge."), code="assign_both")
    now = now or utcnow()

    def work(s: Session) -> ActionResult:
        item = begin_action(s, actor, item_id, expected_version, now)
        label = ""
        if staff_id is not None:
            member = s.execute(
                select(StaffUser.full_name).join(StaffMembership, StaffMembership.staff_id == StaffUser.id)
                .where(StaffUser.id == staff_id, StaffMembership.clinic_id == actor.clinic_id, StaffUser.active.is_(True))
            ).scalar()
            if member is None:
                raise ValidationError(say("Kollegaen arbejder ikke (længere) for denne klinik."),
                                      code="assignee_unknown")
            label = member
        elif role is not None:
            label = role_group_label(Role(role))
        item.assigned_to_id = staff_id
        item.assigned_role = Role(role) if role is not None else None
        hand_over(s, actor, item, "assigned to " + (f"staff {staff_id}" if staff_id else
                                                     f"role {Role(role).value}" if role else "nobody"))
        msg = say("Tildelt {who}.").format(who=label) if label else say("Tildelingen er fjernet.")
        return finish_action(s, actor, item, now, msg)

    return run(db, work, action_id=action_id)
