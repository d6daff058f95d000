"""Hand-over, take next and the closing rules, driven by the keyboard as a person would.

Two workstations are two ``Database`` objects on one SQLite file (as in
test_inbox_workstations_gui.py). Waiting is ``qtbot.waitUntil`` on what the user sees.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from clinicdesk.db import Database
from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, Role
from clinicdesk.models import InboxItem, Message, Provider
from clinicdesk.services import inbox
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    activate,
    actor_for,
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def second_db(inbox_db_path):
    from clinicdesk.views.worker import wait_for_all

    db = Database(f"sqlite:///{inbox_db_path}", migrate=False)
    yield db
    wait_for_all()
    db.dispose()


def _claimed_by(db, item_id):
    return db_scalar(db, select(InboxItem.claimed_by_id).where(InboxItem.id == item_id))


def _free_econsult_row(view):
    for i, r in enumerate(view.model.rows()):
        if r.kind == ItemKind.ECONSULT and r.claimed_by_id is None and r.status in (ItemStatus.NEW, ItemStatus.OPEN):
            return i
    raise AssertionError("no free e-consultation")


def _assign_by_keyboard(qtbot, view, label: str) -> None:
    activate(qtbot, view)
    qtbot.keyClick(view.detail.current_pane(), Qt.Key.Key_A, CTRL_SHIFT)
    picker = view.detail.dialog
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter_edit, label)
    assert picker.list.currentItem().text().startswith(label)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)


def test_hand_over_releases_the_item_and_the_colleague_has_it_at_once(qtbot, open_inbox, inbox_db, second_db):
    """The old defect: after "Tildel" the sender's own workstation re-opened the item within
    a second (and so claimed it again), and the colleague saw "Behandles af <sender>"."""
    desk = open_inbox("sekretaer")
    doctor = open_inbox("laege", db=second_db)
    item_id = open_row(qtbot, desk, _free_econsult_row(desk))
    assert desk.detail.current.claim.mine

    _assign_by_keyboard(qtbot, desk, doctor.actor.full_name)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.assigned_to_id).where(InboxItem.id == item_id))
                    == doctor.actor.staff_id, timeout=10000)
    qtbot.wait(2500)  # a dozen watcher ticks (200 ms): the old reload re-claimed within one
    assert _claimed_by(inbox_db, item_id) is None, "the sender's workstation claimed the item again"
    # the desk's pane has moved on: to another item, or empty; never this one again
    qtbot.waitUntil(lambda: not desk.detail.busy and desk.detail.item_id != item_id, timeout=10000)

    # the doctor: in "Mine" at once, nobody holds it, opening it gives it to her
    activate(qtbot, doctor)
    doctor.table.setFocus()
    qtbot.keyClick(doctor.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: Mine
    qtbot.waitUntil(lambda: doctor.model.row_of(item_id) >= 0, timeout=10000)
    row = doctor.model.rows()[doctor.model.row_of(item_id)]
    assert row.claimed_by_id is None and row.claimed_by_name == ""
    open_row(qtbot, doctor, doctor.model.row_of(item_id))
    assert doctor.detail.current.can_act and not doctor.detail.claim_banner.isVisible()
    assert "Behandles af" not in doctor.detail.claim_banner.text()
    assert _claimed_by(inbox_db, item_id) == doctor.actor.staff_id


def test_answer_awaiting_the_patient_moves_on_and_never_reclaims(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    item_id = open_row(qtbot, view, _free_econsult_row(view))
    pane = view.detail.econsult
    pane.keep_open.setChecked(True)  # "Afvent patientens svar"
    qtbot.keyClicks(pane.editor, "Hvor længe har det varet?")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.status).where(InboxItem.id == item_id))
                    == ItemStatus.AWAITING_PATIENT, timeout=10000)
    qtbot.waitUntil(lambda: not view.detail.busy and view.detail.item_id != item_id, timeout=10000)
    qtbot.wait(2000)
    assert _claimed_by(inbox_db, item_id) is None
    assert view.detail.item_id != item_id


# ---------------------------------------------------------------------------- take next
@pytest.fixture
def prepared(inbox_db):
    """The desk's clinic with only these open items (everything else done), oldest first:

    a  assigned to the doctor          (not the desk's)
    b  awaiting the patient            (never)
    c  held by the nurse (live lease)  (not free)
    d  another provider                (filtered out by the provider filter)
    e  free                            → 1st
    f  assigned to all receptionists   → 2nd
    g  assigned to the desk itself     → 3rd
    h  held by the nurse, lease lapsed → 4th (an expired lease is free)
    """
    desk = actor_for(inbox_db, "sekretaer")
    doctor = actor_for(inbox_db, "laege")
    nurse = actor_for(inbox_db, "sygeplejerske")
    now = datetime.now(timezone.utc)
    ids = {}
    with inbox_db.write_session() as s:
        s.execute(update(InboxItem).where(InboxItem.clinic_id == desk.clinic_id)
                  .values(status=ItemStatus.DONE, claimed_by_id=None, claimed_at=None, claim_expires_at=None))
        providers = s.execute(select(Provider.id).where(Provider.clinic_id == desk.clinic_id)
                              .order_by(Provider.id)).scalars().all()
        patient_id = s.execute(select(InboxItem.patient_id).where(InboxItem.clinic_id == desk.clinic_id,
                                                                  InboxItem.patient_id.is_not(None))).scalar()
        spec = {
            "a": dict(assigned_to_id=doctor.staff_id),
            "b": dict(status=ItemStatus.AWAITING_PATIENT),
            "c": dict(claimed_by_id=nurse.staff_id, claimed_at=now, claim_expires_at=now + timedelta(minutes=15)),
            "d": dict(provider_id=providers[1]),
            "e": {},
            "f": dict(assigned_role=Role.RECEPTIONIST),
            "g": dict(assigned_to_id=desk.staff_id),
            "h": dict(claimed_by_id=nurse.staff_id, claimed_at=now - timedelta(hours=1),
                      claim_expires_at=now - timedelta(minutes=30)),
        }
        for n, (key, extra) in enumerate(spec.items()):
            values = dict(clinic_id=desk.clinic_id, kind=ItemKind.ECONSULT, status=ItemStatus.NEW,
                          patient_id=patient_id, provider_id=providers[0], subject="E-konsultation",
                          preview=f"Spørgsmål {key}", received_at=now - timedelta(days=1, minutes=60 - n))
            values.update(extra)
            item = InboxItem(**values)
            s.add(item)
            s.flush()
            s.add(Message(item_id=item.id, direction=MessageDirection.FROM_PATIENT, body=f"Spørgsmål {key}"))
            ids[key] = item.id
    return ids, providers


def _choose_provider_by_keyboard(qtbot, view, provider_id):
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL_SHIFT)  # Ctrl+Shift+F: the filters
    combo = view.provider_combo
    assert combo.hasFocus()
    while combo.currentData() != provider_id:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, "provider not offered"
    qtbot.waitUntil(lambda: view.model.query.provider_id == provider_id, timeout=5000)


def test_ctrl_n_walks_exactly_the_items_for_me(qtbot, open_inbox, inbox_db, prepared):
    """The old defect: Ctrl+N ignored whom an item was assigned to and the filters, and handed
    out items awaiting the patient: it would have opened "a" first."""
    ids, providers = prepared
    view = open_inbox("sekretaer")
    qtbot.waitUntil(lambda: view.provider_combo.count() > 2, timeout=10000)
    _choose_provider_by_keyboard(qtbot, view, providers[0])
    opened = []
    for _ in range(4):
        before = view.detail.item_id
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda b=before: view.detail.current is not None and view.detail.item_id != b
                        and not view.detail.busy, timeout=10000)
        assert view.detail.current.can_act and view.detail.current.claim.mine
        opened.append(view.detail.item_id)
    assert opened == [ids["e"], ids["f"], ids["g"], ids["h"]]
    # the walk released each item as it moved on; the last one is held
    qtbot.waitUntil(lambda: _claimed_by(inbox_db, ids["g"]) is None, timeout=10000)
    assert [_claimed_by(inbox_db, ids[k]) for k in "efg"] == [None, None, None]
    assert _claimed_by(inbox_db, ids["h"]) == view.actor.staff_id
    # nothing more for me: the pane empties and says so
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: view.detail.current is None and not view.detail.busy, timeout=10000)
    assert "Der er ingen ledige elementer i denne mappe." in view.toast_label.text()
    for key in "abcd":
        assert _claimed_by(inbox_db, ids[key]) != view.actor.staff_id
    # the walk starts over: the oldest item for me again
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: view.detail.current is not None and not view.detail.busy, timeout=10000)
    assert view.detail.item_id == ids["e"]


def test_ctrl_n_without_a_provider_filter_also_takes_the_other_providers_item(qtbot, open_inbox, prepared):
    ids, _providers = prepared
    view = open_inbox("sekretaer")
    activate(qtbot, view)
    view.table.setFocus()
    got = []
    for _ in range(5):
        before = view.detail.item_id
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda b=before: view.detail.current is not None and view.detail.item_id != b
                        and not view.detail.busy, timeout=10000)
        got.append(view.detail.item_id)
    assert got == [ids[k] for k in "defgh"]


def test_assigning_moves_the_pane_on_to_the_next_item_for_me(qtbot, open_inbox, inbox_db, prepared):
    ids, _providers = prepared
    view = open_inbox("sekretaer")
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: view.detail.item_id == ids["d"] and not view.detail.busy, timeout=10000)
    _assign_by_keyboard(qtbot, view, "Alle læger")
    # on to the next item for me ("e"), claimed; "d" is the doctors' now and held by nobody
    qtbot.waitUntil(lambda: view.detail.item_id == ids["e"] and view.detail.current is not None
                    and view.detail.current.can_act, timeout=10000)
    qtbot.wait(1500)
    assert _claimed_by(inbox_db, ids["d"]) is None
    assert db_scalar(inbox_db, select(InboxItem.assigned_role).where(InboxItem.id == ids["d"])) == Role.DOCTOR


# ---------------------------------------------------------------------------- closing rules
def test_declining_a_booking_by_keyboard_frees_the_held_slot(qtbot, open_inbox, inbox_db):
    from clinicdesk.domain.enums import BookingOutcome, SlotStatus
    from clinicdesk.models import BookingRequest, Slot

    view = open_inbox("sekretaer")
    with inbox_db.write_session() as s:
        item_id, slot_id = s.execute(
            select(BookingRequest.item_id, BookingRequest.slot_id).join(InboxItem, InboxItem.id == BookingRequest.item_id)
            .where(InboxItem.clinic_id == view.actor.clinic_id, InboxItem.status.in_((ItemStatus.NEW, ItemStatus.OPEN)),
                   InboxItem.claimed_by_id.is_(None), BookingRequest.outcome == BookingOutcome.PENDING,
                   BookingRequest.slot_id.is_not(None))
        ).first()
        s.get(Slot, slot_id).status = SlotStatus.BOOKED  # held for the request, as the portal does
    view.folders.select_folder(inbox.Folder.BOOKING)
    qtbot.waitUntil(lambda: view.model.row_of(item_id) >= 0, timeout=10000)
    open_row(qtbot, view, view.model.row_of(item_id))
    pane = view.detail.booking
    qtbot.waitUntil(lambda: pane.day is not None, timeout=10000)
    qtbot.keyClick(pane.day_view, Qt.Key.Key_X, CTRL_SHIFT)
    dlg = pane.dialog
    qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
    qtbot.keyClicks(dlg.edit, "Lægen er på kursus den dag")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.status).where(InboxItem.id == item_id))
                    == ItemStatus.DONE, timeout=10000)
    assert db_scalar(inbox_db, select(Slot.status).where(Slot.id == slot_id)) == SlotStatus.FREE
