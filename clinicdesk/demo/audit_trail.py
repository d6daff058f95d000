"""The demo's audit log: a few days of logins, searches, opened patients and items,
decisions, a rights change, a print and a failed login, written through services.audit
so the hash chain is the real one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import AUDIT_SEARCH_TERMS
from clinicdesk.domain.enums import ItemKind, ItemStatus
from clinicdesk.models import InboxItem
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

    def step():
        nonlocal at
        at = min(at + timedelta(minutes=rng.randint(3, 240)), b.now - timedelta(minutes=1))
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
