"""The clinic's safety-net settings (declared in ``domain.settings.SAFETY_SETTINGS``).

``safety_settings(db, actor)`` reads them (anyone at the clinic: the inbox needs the escalation
time); ``save_safety_settings(db, actor, changes, expected_version)`` writes them (administrators,
``EDIT_CLINIC_SETTINGS``), validated by the same declaration-driven checks as the other clinic
settings, audited as ``EDIT_SETTINGS`` naming the changed fields (never values), in one transaction.
A clinic without a row has the declared defaults (version 0).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clinicdesk.domain.errors import StaleData
from clinicdesk.domain.settings import SAFETY, SAFETY_EDITABLE, default
from clinicdesk.models.safety import SafetySetting
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.clinic_settings.validate import check_unknown, check_values
from clinicdesk.services.permissions import Perm


@dataclass(frozen=True)
class SafetyValues:
    escalation_minutes: int
    unread_answer_working_days: int
    receipt_mail: bool
    version: int = 0  # 0: not saved yet (the defaults)


def values_in(s: Session, clinic_id: int) -> SafetyValues:
    row = s.get(SafetySetting, clinic_id)
    if row is None:
        return SafetyValues(*(default(SAFETY, f) for f in SAFETY_EDITABLE), version=0)
    return SafetyValues(*(getattr(row, f) for f in SAFETY_EDITABLE), version=row.version)


def safety_settings(db, actor: auth.Actor) -> SafetyValues:
    auth.require(db, actor, Perm.READ_INBOX)
    with db.session() as s:
        return values_in(s, actor.clinic_id)


def save_safety_settings(db, actor: auth.Actor, changes: dict, expected_version: int) -> SafetyValues:
    auth.require(db, actor, Perm.EDIT_CLINIC_SETTINGS)
    changes = dict(changes)
    check_unknown(changes, SAFETY_EDITABLE)
    check_values(changes, SAFETY, SAFETY_EDITABLE)
    try:
        with db.write_session() as s:
            row = s.get(SafetySetting, actor.clinic_id)
            if row is None:
                if expected_version != 0:
                    raise StaleData()
                row = SafetySetting(clinic_id=actor.clinic_id,
                                    **{f: default(SAFETY, f) for f in SAFETY_EDITABLE})
                s.add(row)
            elif row.version != expected_version:
                raise StaleData()
            changed = [f for f in SAFETY_EDITABLE if f in changes and getattr(row, f) != changes[f]]
            for f in changed:
                setattr(row, f, changes[f])
            s.flush()
            if changed:
                audit.record(s, Action.EDIT_SETTINGS, staff_id=actor.staff_id, clinic_id=actor.clinic_id,
                             detail="safety: " + ",".join(changed))
            return values_in(s, actor.clinic_id)
    except StaleDataError as exc:
        raise StaleData() from exc
