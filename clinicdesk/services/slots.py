"""Taking and freeing a calendar slot: the one home of the guarded status flip.

Two workstations or two patients may race for the same slot. A slot is taken
with a guarded UPDATE (FREE → BOOKED, version + 1) whose row count says who
won: exactly one racer sees True. Freeing is the same flip back (BOOKED → FREE)
and does nothing to a slot that is not booked. Used by the portal's booking and
cancellation and by the inbox's booking decisions (accept, offer another time,
decline, close without answer, reopen).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from clinicdesk.domain.enums import SlotStatus
from clinicdesk.models import Slot


def _flip(s: Session, slot_id: int, old: SlotStatus, new: SlotStatus) -> bool:
    return s.execute(
        update(Slot)
        .where(Slot.id == slot_id, Slot.status == old)
        .values(status=new, version=Slot.version + 1)
        .execution_options(synchronize_session=False)
    ).rowcount == 1


def take_slot(s: Session, slot_id: int) -> bool:
    """Flip a FREE slot to BOOKED; True when this session took it (False: someone else was first)."""
    return _flip(s, slot_id, SlotStatus.FREE, SlotStatus.BOOKED)


def release_slot(s: Session, slot_id: int) -> bool:
    """Flip a BOOKED slot back to FREE; True when it was booked."""
    return _flip(s, slot_id, SlotStatus.BOOKED, SlotStatus.FREE)


__all__ = ["take_slot", "release_slot"]
