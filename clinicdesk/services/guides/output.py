"""The audit of a guide leaving the program: printed or saved by staff (needs
``PRINT_GUIDES``), or written by the command line (support's tool, no staff member)."""

from __future__ import annotations

from dataclasses import dataclass

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import audit, auth
from clinicdesk.services.audit import Action
from clinicdesk.services.guides.catalog import check_args
from clinicdesk.services.permissions import Perm
from clinicdesk.domain.messages import say


@dataclass(frozen=True)
class GuideOutput:
    """An audited print or save of a guide."""

    action: str
    which: str
    lang: str
    audit_entry_id: int


def record_guide_output(db, actor: auth.Actor, kind: str, which: str, lang: str = "da") -> GuideOutput:
    """Audit that staff printed (``kind="print"``) or saved (``"save"``) a guide."""
    check_args(which, lang)
    action = {"print": Action.PRINT, "save": Action.SAVE_FILE}.get(kind)
    if action is None:
        raise ValidationError(say("Ukendt handling: {kind}.").format(kind=repr(kind)), code="bad_kind")
    auth.require(db, actor, Perm.PRINT_GUIDES)
    with db.write_session() as s:
        entry = audit.record(
            s, action, staff_id=actor.staff_id, clinic_id=actor.clinic_id, detail=f"patient guide: {which} ({lang})"
        )
        return GuideOutput(action, which, lang, entry.id)


def record_command_output(db, clinic_id: int, which: str, lang: str = "da") -> GuideOutput:
    """Audit a guide written by the command line (support's tool; no staff member)."""
    check_args(which, lang)
    with db.write_session() as s:
        entry = audit.record(
            s, Action.SAVE_FILE, clinic_id=clinic_id, detail=f"patient guide: {which} ({lang}), command line"
        )
        return GuideOutput(Action.SAVE_FILE, which, lang, entry.id)
