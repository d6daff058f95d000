"""The demo's audit log: a few days of logins, searches, opened patients and items,
decisions, a rights change, a print and a failed login, written through services.audit
so the hash chain is the real one.

The urgent flags of those days are in it too, in time order among the rest, with the entries
``services.safety.flags`` writes (``mark_urgent`` "item N auto" for the word lists at intake,
``mark_urgent`` / ``unmark_urgent`` with the staff member for a flag set or taken off by hand).
Older flags predate the demo's log, like the other older events."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import AUDIT_SEARCH_TERMS
from clinicdesk.domain.enums import ItemKind, ItemStatus
from clinicdesk.models import InboxItem
from clinicdesk.models.safety import SOURCE_AUTO, UrgentFlag
from clinicdesk.services import audit
from clinicdesk.services.audit import Action

_DECISION = {ItemKind.ECONSULT: Action.ANSWER_ITEM, ItemKind.RENEWAL: Action.DECIDE_RENEWAL,
             ItemKind.BOOKING: Action.DECIDE_BOOKING, ItemKind.SIGNUP: Action.DECIDE_SIGNUP}


def build_audit_trail(b: DemoBuild, s) -> None:
    rng = b.rng("audit")
    at = b.now - timedelta(days=3, hours=2)
    cid_a, cid_b = b.clinic_ids["A"], b.clinic_ids["B"]
    staff = b.staff_ids
    some_patients = [b.people[i]["id"] for i in rng.sample(range(len(b.people)), min(8, len(b.people)))]
    items = s.execute(select(InboxItem.id, InboxItem.clinic_id, InboxItem.patient_id, InboxItem.kind)
                      .where(InboxItem.status == ItemStatus.DONE).order_by(InboxItem.id.desc()).limit(12)).all()

    flag_events = list(s.execute(
        select(UrgentFlag.at, UrgentFlag.source, UrgentFlag.cleared, UrgentFlag.by_staff_id, UrgentFlag.clinic_id,
               UrgentFlag.item_id, InboxItem.patient_id)
        .join(InboxItem, InboxItem.id == UrgentFlag.item_id)
        .where(UrgentFlag.at >= at).order_by(UrgentFlag.at, UrgentFlag.id)).all())
    flag_events.reverse()  # popped from the end, oldest first

    def flags_until(t):
        """The flag events up to ``t``, as services.safety.flags audits them."""
        while flag_events and flag_events[-1].at <= t:
            f = flag_events.pop()
            if f.source == SOURCE_AUTO:
                audit.record(s, Action.MARK_URGENT, clinic_id=f.clinic_id, patient_id=f.patient_id,
                             detail=f"item {f.item_id} auto", at=f.at)
            else:
                audit.record(s, Action.UNMARK_URGENT if f.cleared else Action.MARK_URGENT, staff_id=f.by_staff_id,
                             clinic_id=f.clinic_id, patient_id=f.patient_id, detail=f"item {f.item_id}", at=f.at)

    def step():
        nonlocal at
        at = min(at + timedelta(minutes=rng.randint(3, 240)), b.now - timedelta(minutes=1))
        flags_until(at)
        return at

    audit.record(s, Action.EDIT_SETTINGS, staff_id=staff["delt"], clinic_id=cid_b,
                 detail="holiday period added", at=step())
    for username in ("sekretaer", "laege", "sygeplejerske", "admin", "delt"):
        audit.record(s, Action.LOGIN, staff_id=staff[username], at=step())
    audit.record(s, Action.SWITCH_CLINIC, staff_id=staff["delt"], clinic_id=cid_b, at=step())
    for term in AUDIT_SEARCH_TERMS[:3]:
        audit.record(s, Action.SEARCH_PATIENT, staff_id=staff["sekretaer"], clinic_id=cid_a,
                     search_term=term, at=step())
    for pid in some_patients[:5]:
        audit.record(s, Action.OPEN_PATIENT, staff_id=staff["laege"], clinic_id=cid_a, patient_id=pid,
                     at=step())
    for item_id, cid, pid, kind in items:
        who = staff["laege"] if cid == cid_a else staff["vestlaege"]
        audit.record(s, Action.OPEN_ITEM, staff_id=who, clinic_id=cid, patient_id=pid,
                     detail=f"item {item_id}", at=step())
        audit.record(s, _DECISION[ItemKind(kind)], staff_id=who, clinic_id=cid, patient_id=pid,
                     detail=f"item {item_id}", at=step())
    if some_patients:
        audit.record(s, Action.EDIT_RIGHTS, staff_id=staff["sekretaer"], clinic_id=cid_a,
                     patient_id=some_patients[-1], detail="econsult: receive_only", at=step())
        audit.record(s, Action.CREATE_PORTAL_USER, staff_id=staff["sekretaer"], clinic_id=cid_a,
                     patient_id=some_patients[-2 if len(some_patients) > 1 else -1], at=step())
        audit.record(s, Action.PRINT, staff_id=staff["admin"], clinic_id=cid_a,
                     patient_id=some_patients[0], detail="portal guide", at=step())
    audit.record(s, Action.LOGIN_FAILED, detail="wrong password", staff_id=staff["sygeplejerske"],
                 at=step())
    audit.record(s, Action.LOGOUT, staff_id=staff["laege"], clinic_id=cid_a, at=step())
    flags_until(b.now)
