"""The safety net in the window (issue 15, items 2-4), driven as a person would: the escalation notice
with a controlled clock (once per item, Enter opens the item), "Skal læses" on an answer and its mark in
the thread, a "Ring til patienten" task finished, the card's red line for an address that does not work
and "Adressen virker", and the safety net's settings saved from the Haster tab."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, Priority
from clinicdesk.models import ClinicPatient, InboxItem, Message, Patient
from clinicdesk.models.safety import TASK_CALL_UNREAD, AnswerWatch, ContactProblem, SafetyTask
from clinicdesk.services.notifications import recipient_address
from clinicdesk.services.safety.flags import flag_at_intake
from clinicdesk.services.safety.settings import safety_settings
from clinicdesk.services.safety.tasks import file_task
from clinicdesk.views.patient_card.card import PatientCard
from clinicdesk.views.settings.safety_tab import SafetyTab
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    actor_for,
    first_row,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
    open_row,
)
from window_helpers import open_main_window

URGENT_TEXT = "Jeg har ondt i brystet og det stråler ud i venstre arm."
T0 = datetime(2026, 3, 3, 10, 0, tzinfo=COPENHAGEN).astimezone(timezone.utc)  # a Tuesday, the clinic is open
LATER = datetime(2026, 3, 3, 11, 0, tzinfo=COPENHAGEN).astimezone(timezone.utc)


def _urgent_unopened(db, clinic_id: int) -> int:
    """An e-consultation whose patient wrote about chest pain at T0, flagged as intake flags it, unopened."""
    with db.write_session() as s:
        item = s.scalars(select(InboxItem).where(
            InboxItem.clinic_id == clinic_id, InboxItem.kind == ItemKind.ECONSULT,
            InboxItem.status != ItemStatus.DONE, InboxItem.priority == Priority.NORMAL,
            InboxItem.claimed_by_id.is_(None)).order_by(InboxItem.id)).first()
        msg = Message(item_id=item.id, direction=MessageDirection.FROM_PATIENT, body=URGENT_TEXT, created_at=T0)
        s.add(msg)
        s.flush()
        item.received_at = T0
        item.unread = True
        assert flag_at_intake(s, item, msg.id, URGENT_TEXT, T0).flagged
        return item.id


def _safety_on(win, clock, qtbot=None):
    inst = getattr(win, "safety", None)  # the app's installer list holds it
    assert inst is not None
    # the app's own first check may be running: let it finish, and stop its timer
    inst.watch.stop()
    if qtbot is not None:
        qtbot.waitUntil(lambda: not inst.watch._busy, timeout=10000)
    # what that check (on today's clock) showed goes: the test's clock is weeks earlier, and a notice
    # shown once is not shown again for the same item (it failed when the check came after the
    # urgent item was made: shown today, taken away at T0, never again at LATER)
    inst.watch.reset()
    inst.watch.now = clock
    return inst


def test_the_escalation_notice_appears_once_and_enter_opens_the_item(qtbot, world, tmp_path):
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    item_id = _urgent_unopened(world.db, win.actor.clinic_id)
    clock = [T0]
    inst = _safety_on(win, lambda: clock[0], qtbot)
    inst.watch.check_now()
    qtbot.waitUntil(lambda: not inst.watch._busy, timeout=10000)
    assert [k for k in inst.banner.notices if k[0] == item_id] == []  # not yet: 30 minutes of opening time

    clock[0] = LATER

    def ticked_until_shown():  # one tick may meet a busy database (the watch tries again next minute)
        if not inst.watch._busy and not any(k[0] == item_id for k in inst.banner.notices):
            inst.watch.check_now()
        return any(k[0] == item_id for k in inst.banner.notices)

    qtbot.waitUntil(ticked_until_shown, timeout=20000)
    key = next(k for k in inst.banner.notices if k[0] == item_id)
    button = inst.banner.notices[key]
    assert button.text().startswith("Haster-henvendelse ikke åbnet i 30 minutter – modtaget ")
    assert "varslet " in button.text() and "10:30" in button.text()
    assert inst.bar.isVisible() and button.isVisible() and "#b3261e" in inst.banner.styleSheet()
    assert not any(w.isModal() for w in qtbot_top_dialogs())  # a notice in the window, never a modal box

    inst.watch.check_now()  # the next minute: the same escalation is not shown twice
    qtbot.waitUntil(lambda: not inst.watch._busy, timeout=10000)
    assert len([k for k in inst.banner.notices if k[0] == item_id]) == 1

    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    view = win.page("inbox")
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id,
                    timeout=10000)
    assert win.tabs.currentWidget() is view
    assert key not in inst.banner.notices

    inst.watch.check_now()  # opened now: nothing new, and the bar is hidden again
    qtbot.waitUntil(lambda: not inst.watch._busy, timeout=10000)
    assert not any(k[0] == item_id for k in inst.banner.notices)
    assert inst.bar.isVisible() == bool(inst.banner.notices)


def qtbot_top_dialogs():
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_the_closing_overview_lists_the_urgent_item_and_enter_opens_it(qtbot, world, tmp_path):
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    item_id = _urgent_unopened(world.db, win.actor.clinic_id)
    inst = _safety_on(win, lambda: LATER, qtbot)
    assert inst.closing_action in win.view_menu.actions() and inst.closing_action.text() == "Hastesager ved lukketid…"
    inst.closing_action.trigger()
    dlg = inst.dialog
    qtbot.waitUntil(lambda: any(r.item_id == item_id for r in dlg.model.rows()), timeout=10000)
    assert not dlg.isModal() and "ved lukketid" in dlg.intro.text()
    row = next(i for i, r in enumerate(dlg.model.rows()) if r.item_id == item_id)
    dlg.table.setFocus()
    dlg.table.setCurrentIndex(dlg.model.index(row, 0))
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    view = win.page("inbox")
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id,
                    timeout=10000)
    dlg.close()


def test_skal_laeses_is_stored_with_the_answer_and_the_thread_says_unread_then_read(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    item_id = open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.must_read.isEnabled(), timeout=10000)
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, "Tak for beskeden. Tag en tablet mere om aftenen.")
    pane.must_read.setFocus()
    qtbot.keyClick(pane.must_read, Qt.Key.Key_Space)
    assert pane.must_read.isChecked()
    pane.send_button.setFocus()
    qtbot.keyClick(pane.send_button, Qt.Key.Key_Space)

    def watch():
        with inbox_db.session() as s:
            return s.scalars(select(AnswerWatch).where(AnswerWatch.item_id == item_id)).first()

    qtbot.waitUntil(lambda: watch() is not None, timeout=10000)
    w = watch()
    with inbox_db.session() as s:
        answer = s.get(Message, w.message_id)
        assert answer.direction == MessageDirection.TO_PATIENT and "tablet mere" in answer.body
    assert w.active and w.marked_by_id == view.actor.staff_id
    qtbot.waitUntil(lambda: "Skal læses – ulæst" in pane.thread.toPlainText(), timeout=10000)
    assert not pane.must_read.isChecked()  # the next answer starts unmarked

    with inbox_db.write_session() as s:
        s.get(Message, w.message_id).read_by_patient_at = datetime.now(timezone.utc)
    view.detail.reload()
    qtbot.waitUntil(lambda: "Skal læses – læst" in pane.thread.toPlainText(), timeout=10000)
    assert "Skal læses – ulæst" not in pane.thread.toPlainText()


def test_a_call_task_shows_on_the_item_and_is_finished_from_the_tasks_list(qtbot, world, tmp_path):
    win = open_main_window(qtbot, world, tmp_path, "sekretaer")
    actor = win.actor
    now = datetime.now(timezone.utc)
    with world.db.write_session() as s:
        item = s.scalars(select(InboxItem).where(InboxItem.clinic_id == actor.clinic_id,
                                                 InboxItem.kind == ItemKind.ECONSULT,
                                                 InboxItem.patient_id.is_not(None)).order_by(InboxItem.id)).first()
        item_id = item.id
        task = file_task(s, clinic_id=actor.clinic_id, kind=TASK_CALL_UNREAD, source_key="unread:gui-test",
                         due=date.today(), now=now, patient_id=item.patient_id, item_id=item.id,
                         assigned_to_id=actor.staff_id)
        task_id = task.id
    inst = _safety_on(win, lambda: datetime.now(timezone.utc), qtbot)
    inst.watch.check_now()
    qtbot.waitUntil(lambda: inst.tasks_action.text() != "Opgaver…", timeout=10000)
    assert inst.tasks_action.text() == "Opgaver (1)…", inst.tasks_action.text()

    from clinicdesk.views.safety.watch import open_in_inbox

    open_in_inbox(win, item_id)
    notes = win.page("inbox").detail.safety_notes
    qtbot.waitUntil(lambda: len(notes.tasks) == 1, timeout=10000)
    label = notes.findChild(type(notes.address.label), "itemTaskText")
    assert label.text().startswith("Opgave: Ring til patienten – Et svar markeret »skal læses« er ikke læst.")
    assert label.textFormat() == Qt.TextFormat.PlainText

    inst.tasks_action.trigger()
    dlg = inst.dialog
    qtbot.waitUntil(lambda: [t.id for t in dlg.model.rows()] == [task_id], timeout=10000)
    assert dlg.model.data(dlg.model.index(0, 0)) == "Ring til patienten"
    assert dlg.table.hasFocus() or dlg.table.currentIndex().row() == 0
    dlg.done_button.setFocus()
    qtbot.keyClick(dlg.done_button, Qt.Key.Key_Space)

    def done_at():
        with world.db.session() as s:
            return s.get(SafetyTask, task_id).done_at

    qtbot.waitUntil(lambda: done_at() is not None, timeout=10000)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0 and dlg.status.text() == "Ingen åbne opgaver.", timeout=10000)
    qtbot.waitUntil(lambda: inst.tasks_action.text() == "Opgaver…", timeout=10000)
    win.page("inbox").detail.reload()
    qtbot.waitUntil(lambda: notes.tasks == () and notes.item_id == item_id, timeout=10000)
    dlg.close()


def test_the_card_says_the_address_does_not_work_and_adressen_virker_clears_it(qtbot, inbox_db):
    actor = actor_for(inbox_db, "sekretaer")
    with inbox_db.write_session() as s:
        patient = next(p for p in s.scalars(
            select(Patient).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == actor.clinic_id).order_by(Patient.id))
            if recipient_address(s, p))
        address = recipient_address(s, patient)
        problem = ContactProblem(clinic_id=actor.clinic_id, patient_id=patient.id, address=address, smtp_code=550,
                                 at=datetime.now(timezone.utc))
        s.add(problem)
        s.flush()
        patient_id, problem_id = patient.id, problem.id
    card = PatientCard(inbox_db, actor, patient_id)
    qtbot.addWidget(card)
    card.show()
    row = card.address_problem
    qtbot.waitUntil(row.isVisible, timeout=10000)
    assert row.label.text() == ("E-mailadressen virker ikke: mailserveren afviste den (550). Ring til patienten, "
                                "og ret adressen.")
    assert row.label.textFormat() == Qt.TextFormat.PlainText and row.label.property("tone") == "error"
    row.works_button.setFocus()
    qtbot.keyClick(row.works_button, Qt.Key.Key_Space)

    def resolved():
        with inbox_db.session() as s:
            return s.get(ContactProblem, problem_id).resolved_at

    qtbot.waitUntil(lambda: resolved() is not None, timeout=10000)
    qtbot.waitUntil(lambda: not row.isVisible(), timeout=10000)
    card.close()


def test_the_safety_net_settings_are_saved_from_the_haster_tab(qtbot, inbox_db):
    admin = actor_for(inbox_db, "admin")
    tab = SafetyTab(inbox_db, admin)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.net_values is not None, timeout=10000)
    minutes = tab.net_fields["escalation_minutes"].widget
    assert minutes.value() == 30 and minutes.suffix() == " minutter"
    assert not tab.net_save.isEnabled()

    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "500")  # out of range: the field says so, nothing is stored
    tab.net_save.setFocus()
    qtbot.keyClick(tab.net_save, Qt.Key.Key_Space)
    error = tab.net_fields["escalation_minutes"].error
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10000)
    assert safety_settings(inbox_db, admin).escalation_minutes == 30

    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "45")
    receipt = tab.net_fields["receipt_mail"].widget
    receipt.setFocus()
    qtbot.keyClick(receipt, Qt.Key.Key_Space)
    days = tab.net_fields["unread_answer_working_days"].widget
    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "3")
    tab.net_save.setFocus()
    qtbot.keyClick(tab.net_save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.net_status.text() == "Sikkerhedsnettet er gemt.", timeout=10000)
    stored = safety_settings(inbox_db, admin)
    assert (stored.escalation_minutes, stored.unread_answer_working_days, stored.receipt_mail) == (45, 3, False)
    assert not tab.net_save.isEnabled()


def test_a_receptionist_sees_the_settings_but_cannot_save_them(qtbot, inbox_db):
    tab = SafetyTab(inbox_db, actor_for(inbox_db, "sekretaer"))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.net_values is not None, timeout=10000)
    assert not tab.net_fields["escalation_minutes"].widget.isEnabled() and not tab.net_save.isEnabled()


def test_many_notices_show_three_and_a_line_to_the_haster_folder(qtbot):
    """At a busy moment (or after a holiday) the banner must not push the inbox off the screen:
    the three oldest notices, then "+ n hastevarsler mere" which shows the Haster folder."""
    from datetime import datetime, timedelta, timezone

    from clinicdesk.views.safety.watch import EscalationBanner

    banner = EscalationBanner()
    qtbot.addWidget(banner)
    banner.show()
    start = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    for i in range(7):
        banner.add_notice((100 + i, start + timedelta(minutes=i)), f"Haster-henvendelse {i}")
    shown = [b for b in banner.findChildren(type(banner.more_button))
             if b.isVisible() and b.objectName() == "escalationNotice"]
    assert [b.text() for b in shown] == ["Haster-henvendelse 0", "Haster-henvendelse 1", "Haster-henvendelse 2"]
    assert banner.more_button.isVisible() and banner.more_button.text().startswith("+ 4 hastevarsler mere")
    assert banner.height() < 200
    with qtbot.waitSignal(banner.more_requested, timeout=2000):
        qtbot.keyClick(banner.more_button, Qt.Key.Key_Return)
    banner.remove((100, start))  # one seen: the next one moves up
    banner.remove((101, start + timedelta(minutes=1)))
    banner.remove((102, start + timedelta(minutes=2)))
    banner.remove((103, start + timedelta(minutes=3)))
    assert not banner.more_button.isVisible() and len(banner.notices) == 3


def test_a_flood_of_escalations_makes_rows_for_the_shown_ones_only(qtbot):
    """At 1M items the first check found 147 escalations: a row of widgets each (hidden but for
    three) froze the window for a tenth of a second. Rows are made as notices move up."""
    from datetime import datetime, timedelta, timezone

    from clinicdesk.views.safety.watch import EscalationBanner

    banner = EscalationBanner()
    qtbot.addWidget(banner)
    banner.show()
    start = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    keys = [(100 + i, start + timedelta(minutes=i)) for i in range(150)]
    for i, key in enumerate(keys):
        banner.add_notice(key, f"Haster-henvendelse {i}")

    def made():
        return [b.text() for b in banner.findChildren(type(banner.more_button)) if b.objectName() == "escalationNotice"]

    assert made() == ["Haster-henvendelse 0", "Haster-henvendelse 1", "Haster-henvendelse 2"]
    assert banner.more_button.text().startswith("+ 147 hastevarsler mere") and len(banner.texts()) == 150
    banner.remove(keys[0])
    qtbot.waitUntil(lambda: "Haster-henvendelse 0" not in made())  # (deleteLater)
    assert made() == ["Haster-henvendelse 1", "Haster-henvendelse 2", "Haster-henvendelse 3"]
    built = []
    real = banner._make_row
    banner._make_row = lambda key: (built.append(key), real(key))[1]
    banner.keep_only(set(keys[100:]))  # 99 go at once: only the three now oldest get rows
    assert built == keys[100:103] and len(banner.texts()) == 50
    assert banner.open_oldest()
