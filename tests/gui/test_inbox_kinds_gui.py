"""Renewal, booking and sign-up panes, clicked and typed as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.models import Appointment, BookingRequest, InboxItem, OutboxMail, Patient, RenewalLine, SignupRequest
from clinicdesk.services.notifications import recipient_address
from clinicdesk.domain.enums import BookingOutcome, ItemKind, ItemStatus, LineDecision, Role, SignupDecision
from clinicdesk.services import inbox
from clinicdesk.domain.errors import PermissionDenied
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    db_scalar,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _folder(qtbot, view, key, kind):
    view.table.setFocus()
    qtbot.keyClick(view.table, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and all(r.kind == kind for r in view.model.rows()), timeout=10000)


def _pending_renewal_row(view, db):
    for i, r in enumerate(view.model.rows()):
        if r.kind != ItemKind.RENEWAL or r.claimed_by_id not in (None, view.actor.staff_id):
            continue
        with db.session() as s:
            lines = s.execute(select(RenewalLine).where(RenewalLine.item_id == r.id)).scalars().all()
            item = s.get(InboxItem, r.id)
            patient = s.get(Patient, item.patient_id) if item.patient_id else None
            # a patient the clinic can notify (some demo patients have no e-mail address yet)
            reachable = patient is not None and bool(recipient_address(s, patient))
            if reachable and any(ln.decision == LineDecision.PENDING for ln in lines):
                return i
    raise AssertionError("no pending renewal")


def test_doctor_approves_a_renewal_line_and_sends_the_decision(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    _folder(qtbot, view, Qt.Key.Key_8, ItemKind.RENEWAL)
    item_id = open_row(qtbot, view, _pending_renewal_row(view, inbox_db))
    pane = view.detail.renewal
    assert view.detail.stack.currentWidget() is pane
    assert pane.approve_button.isVisible() and pane.reject_button.isVisible()
    assert pane.lines_model.rowCount() >= 1
    # the medication list marks the requested lines
    marked = [pane.meds_model.item(r, 3).text() for r in range(pane.meds_model.rowCount())]
    assert sum("Ønsket fornyet" in t for t in marked) == pane.lines_model.rowCount()
    # keyboard only: the focus is on the requested lines; Ctrl+Shift+G approves the selected line and
    # moves on, an addictive line is rejected with Ctrl+Shift+X and a typed reason, and a last
    # Ctrl+Shift+G sends the decision
    qtbot.waitUntil(pane.lines_view.hasFocus, timeout=5000)
    for _ in range(pane.lines_model.rowCount()):
        ln = pane.current_line()
        assert ln.decision == "pending"
        if ln.addictive:
            assert not pane.approve_button.isEnabled()
            assert "Afhængighedsskabende" in pane.line_warning.text()
            qtbot.keyClick(pane.lines_view, Qt.Key.Key_X, CTRL_SHIFT)
            dlg = pane.dialog
            qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
            qtbot.keyClicks(dlg.edit, "Bestil tid til samtale")
            qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClick(pane.lines_view, Qt.Key.Key_G, CTRL_SHIFT)
        qtbot.waitUntil(lambda ln=ln: _decision(inbox_db, ln.id) != LineDecision.PENDING and not view.detail.busy,
                        timeout=10000)
        pane.lines_view.setFocus()  # (the reason dialog had it)
    with inbox_db.session() as s:
        decisions = [ln.decision for ln in s.execute(select(RenewalLine).where(RenewalLine.item_id == item_id)).scalars()]
    assert LineDecision.PENDING not in decisions
    assert pane.finish_button.isEnabled()
    mails = db_scalar(inbox_db, select(func.count()).select_from(OutboxMail))
    qtbot.keyClick(pane.lines_view, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    assert db_scalar(inbox_db, select(func.count()).select_from(OutboxMail)) == mails + 1


def _decision(db, line_id):
    return db_scalar(db, select(RenewalLine.decision).where(RenewalLine.id == line_id))


def test_receptionist_cannot_decide_a_renewal_and_routes_it_to_the_doctors(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _folder(qtbot, view, Qt.Key.Key_8, ItemKind.RENEWAL)
    item_id = open_row(qtbot, view, _pending_renewal_row(view, inbox_db))
    pane = view.detail.renewal
    assert not pane.approve_button.isVisible() and not pane.finish_button.isVisible()
    assert pane.route_button.isVisible() and pane.route_button.isEnabled()
    assert "Kun en læge" in pane.role_note.text()
    # Ctrl+Shift+G does nothing for a receptionist
    qtbot.keyClick(pane.lines_view, Qt.Key.Key_G, CTRL_SHIFT)
    assert all(_decision(inbox_db, pane.lines_model.item(r, 0).data(Qt.ItemDataRole.UserRole).id) == LineDecision.PENDING
               for r in range(pane.lines_model.rowCount()))
    # and the service refuses too
    ln = pane.lines_model.item(0, 0).data(Qt.ItemDataRole.UserRole)
    try:
        inbox.decide_renewal_line(inbox_db, view.actor, item_id, ln.id, True,
                                  expected_version=view.detail.current.detail.version)
        raise AssertionError("a receptionist decided a renewal")
    except PermissionDenied:
        pass
    # route: the menu's first entry is "Alle læger"
    route_all = pane.route_menu.actions()[0]
    assert route_all.text() == "Alle læger"
    route_all.trigger()
    qtbot.waitUntil(lambda: db_scalar(inbox_db, select(InboxItem.assigned_role).where(InboxItem.id == item_id)) == Role.DOCTOR,
                    timeout=10000)
    qtbot.waitUntil(lambda: view.detail.item_id != item_id and not view.detail.busy, timeout=10000)
    assert db_scalar(inbox_db, select(InboxItem.claimed_by_id).where(InboxItem.id == item_id)) is None


def test_accepting_a_booking_creates_the_appointment(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _folder(qtbot, view, Qt.Key.Key_9, ItemKind.BOOKING)
    row = None
    for i, r in enumerate(view.model.rows()):
        if r.claimed_by_id is None and db_scalar(inbox_db, select(BookingRequest.outcome)
                                                 .where(BookingRequest.item_id == r.id)) == BookingOutcome.PENDING:
            row = i
            break
    assert row is not None
    item_id = open_row(qtbot, view, row)
    pane = view.detail.booking
    qtbot.waitUntil(lambda: pane.day is not None and pane.day_model.rowCount() > 0, timeout=10000)
    assert pane.day.requested is not None
    assert "Ønsket tid" in pane.info.text()
    assert pane.accept_button.isEnabled()
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with inbox_db.session() as s:
        req = s.get(BookingRequest, item_id)
        assert req.outcome == BookingOutcome.ACCEPTED
        appt = s.get(Appointment, req.appointment_id)
        assert appt is not None and appt.starts_at == req.starts_at


def test_approving_a_signup_with_one_function_unticked(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _folder(qtbot, view, Qt.Key.Key_0, ItemKind.SIGNUP)
    row = None
    for i, r in enumerate(view.model.rows()):
        if r.claimed_by_id is None and db_scalar(inbox_db, select(SignupRequest.decision)
                                                 .where(SignupRequest.item_id == r.id)) == SignupDecision.PENDING:
            row = i
            break
    assert row is not None
    item_id = open_row(qtbot, view, row)
    pane = view.detail.signup
    assert pane.approve_button.isEnabled()
    assert "CPR-nummer" in pane.info.text()
    if pane.cb_booking.isChecked():
        qtbot.mouseClick(pane.cb_booking, Qt.MouseButton.LeftButton)
    assert not pane.cb_booking.isChecked()
    mails = db_scalar(inbox_db, select(func.count()).select_from(OutboxMail))
    qtbot.keyClick(pane.cb_econsult, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with inbox_db.session() as s:
        req = s.get(SignupRequest, item_id)
        assert req.decision == SignupDecision.APPROVED and req.wants_booking is False
    assert db_scalar(inbox_db, select(func.count()).select_from(OutboxMail)) >= mails


def _file_signup(db, view, subject: str, preview: str, cpr: str, first: str, last: str) -> int:
    """A sign-up from the portal for (``first`` ``last``, ``cpr``), filed as the intake files one."""
    with db.write_session() as s:
        item = InboxItem(clinic_id=view.actor.clinic_id, kind=ItemKind.SIGNUP, subject=subject, preview=preview)
        s.add(item)
        s.flush()
        s.add(SignupRequest(item_id=item.id, cpr=cpr, first_name=first, last_name=last,
                            email=f"{first.lower()}.{last.lower()}@example.org"))
        inbox.record_change(s, view.actor.clinic_id, item.id)
        return item.id


def _open_new(qtbot, view, item_id: int) -> None:
    """Wait until the live update brings the filed item into the list, and open it."""
    qtbot.waitUntil(lambda: view.model.row_of(item_id) >= 0, timeout=10000)
    open_row(qtbot, view, view.model.row_of(item_id))


def test_signup_warns_when_the_cpr_had_a_deleted_portal_user(qtbot, open_inbox, inbox_db):
    from clinicdesk.models import Patient, PortalAccount
    from clinicdesk.domain.enums import PortalAccountStatus

    view = open_inbox("sekretaer")
    with inbox_db.write_session() as s:
        p = Patient(cpr="1503891234", first_name="Birgit", last_name="Dal", email="birgit@example.org")
        s.add(p)
        s.flush()
        s.add(PortalAccount(patient_id=p.id, status=PortalAccountStatus.DELETED, times_deleted=1))
    new_id = _file_signup(inbox_db, view, "Tilmelding", "Tilmelding: Birgit Dal", "1503891234", "Birgit", "Dal")
    _open_new(qtbot, view, new_id)  # the watcher brings it in without a refresh
    pane = view.detail.signup
    assert pane.warnings.isVisible()
    assert "slettet" in pane.warnings.text()


def test_a_new_applicant_is_named_in_the_header_not_the_stored_subject(qtbot, open_inbox, inbox_db):
    """A sign-up from someone not in the records showed its stored subject ("Ny bruger til barn: …", the
    portal's Danish) as the header, also under English (the English walk met it in the evening demo)."""
    view = open_inbox("sekretaer")
    new_id = _file_signup(inbox_db, view, "Ny bruger til barn: Ida Holm", "Ønsker: e-konsultation", "0102151234",
                          "Ida", "Holm")
    _open_new(qtbot, view, new_id)
    header = view.detail.header.text()
    assert "Ida Holm" in header and "Ny bruger" not in header


def _pending_booking_row(view, db):
    for i, r in enumerate(view.model.rows()):
        if r.claimed_by_id is None and db_scalar(db, select(BookingRequest.outcome)
                                                 .where(BookingRequest.item_id == r.id)) == BookingOutcome.PENDING:
            return i
    raise AssertionError("no pending booking")


def test_booking_offer_another_slot_by_keyboard(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _folder(qtbot, view, Qt.Key.Key_9, ItemKind.BOOKING)
    item_id = open_row(qtbot, view, _pending_booking_row(view, inbox_db))
    pane = view.detail.booking
    qtbot.waitUntil(lambda: pane.day is not None and bool(pane.day.free_slots), timeout=10000)
    assert pane.day_view.hasFocus()  # Enter in the list put the focus on the day
    qtbot.keyClick(pane.day_view, Qt.Key.Key_T, CTRL_SHIFT)  # first press: go to the first free slot
    entry = pane.current_entry()
    assert entry.what == "free" and pane.offer_button.isEnabled()
    qtbot.keyClick(pane.day_view, Qt.Key.Key_T, CTRL_SHIFT)  # second press: offer it
    qtbot.waitUntil(lambda: view.detail.current.detail.booking.outcome == "offered_other", timeout=10000)
    with inbox_db.session() as s:
        req = s.get(BookingRequest, item_id)
        assert req.outcome == BookingOutcome.OFFERED_OTHER
        appt = s.get(Appointment, req.appointment_id)
        assert appt.slot_id == entry.slot_id


def test_booking_decline_needs_a_reason_typed(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    _folder(qtbot, view, Qt.Key.Key_9, ItemKind.BOOKING)
    item_id = open_row(qtbot, view, _pending_booking_row(view, inbox_db))
    pane = view.detail.booking
    qtbot.waitUntil(lambda: pane.day is not None, timeout=10000)
    qtbot.keyClick(pane.day_view, Qt.Key.Key_X, CTRL_SHIFT)
    dlg = pane.dialog
    assert dlg.objectName() == "reasonDialog"
    qtbot.waitUntil(dlg.edit.hasFocus, timeout=5000)
    qtbot.keyClicks(dlg.edit, "Lægen er på kursus den dag")
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    with inbox_db.session() as s:
        req = s.get(BookingRequest, item_id)
        assert req.outcome == BookingOutcome.DECLINED and req.reason == "Lægen er på kursus den dag"


def test_a_notice_is_marked_done_by_keyboard(qtbot, open_inbox, inbox_db):
    view = open_inbox("sekretaer")
    row = None
    for i, r in enumerate(view.model.rows()):
        if r.kind == ItemKind.BOOKING and r.claimed_by_id is None and db_scalar(
                inbox_db, select(BookingRequest.outcome).where(BookingRequest.item_id == r.id)) != BookingOutcome.PENDING:
            row = i
            break
    if row is None:  # make one: an auto-created booking is a notice
        with inbox_db.session() as s:
            any_req = s.execute(select(BookingRequest).join(InboxItem, InboxItem.id == BookingRequest.item_id)
                                .where(InboxItem.clinic_id == view.actor.clinic_id, InboxItem.status != ItemStatus.DONE,
                                       InboxItem.claimed_by_id.is_(None))).scalars().first()
            target = any_req.item_id
        with inbox_db.write_session() as s:
            s.get(BookingRequest, target).outcome = BookingOutcome.AUTO_CREATED
            inbox.record_change(s, view.actor.clinic_id, target)
        qtbot.waitUntil(lambda: view.model.row_of(target) >= 0, timeout=10000)
        row = view.model.row_of(target)
    item_id = open_row(qtbot, view, row)
    assert view.detail.done_button.isVisible() and view.detail.done_button.isEnabled()
    qtbot.keyClick(view.detail.booking.day_view, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.detail.current.detail.status == ItemStatus.DONE, timeout=10000)
    assert db_scalar(inbox_db, select(InboxItem.status).where(InboxItem.id == item_id)) == ItemStatus.DONE
