"""The patient card through the main window, by keyboard (issue 10, items 5 and 6).

Kommunikation: block the portal user with a reason, reopen it with a reason (it could
never be reopened before), the history of both on the card; a stale card offers reload.
Historik: the patient's items and appointments newest first; Enter opens one read-only
and nothing is claimed. ``CLINICDESK_SCREENSHOTS=docs`` saves the screenshots for docs/.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import func, select

from clinicdesk.domain.enums import (
    AppointmentStatus, ItemKind, ItemStatus, LineDecision, MessageDirection, PortalAccountStatus,
)
from clinicdesk.models import (
    Appointment, AppointmentType, AuditEntry, InboxItem, Medication, Message, Patient, PortalAccount, PortalAccountEvent, Provider,
    RenewalLine, RenewalRequest, ClinicPatient, utcnow,
)
from clinicdesk.services import auth, patients
from clinicdesk.services.audit import Action

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SIZE = (1366, 768)


def _shot(widget, name: str, tmp_path: Path) -> None:
    folder = os.environ.get("CLINICDESK_SCREENSHOTS")
    target = (Path(folder) if folder else tmp_path) / name
    widget.grab().save(str(target))
    assert target.stat().st_size > 0


@pytest.fixture
def window(qtbot, world, tmp_path):
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    res = auth.login(world.db, world.single, world.password)
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat)
    win = MainWindow(world.db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
    qtbot.addWidget(win)
    install_extensions(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    view = win.page("inbox")
    if view is not None:
        view.stop()
    wait_for_all()


def _active_patient(db, clinic_id, *, little_history: bool = False) -> tuple[int, str]:
    """A patient of the clinic with an activated, active portal user (optionally: few appointments, some items)."""
    appointments = (select(func.count(Appointment.id))
                    .where(Appointment.patient_id == Patient.id, Appointment.clinic_id == clinic_id).scalar_subquery())
    items = (select(func.count(InboxItem.id))
             .where(InboxItem.patient_id == Patient.id, InboxItem.clinic_id == clinic_id).scalar_subquery())
    q = (select(Patient.id, Patient.cpr)
         .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
         .join(PortalAccount, PortalAccount.patient_id == Patient.id)
         .where(ClinicPatient.clinic_id == clinic_id, PortalAccount.status == PortalAccountStatus.ACTIVE,
                PortalAccount.activated_at.is_not(None)))
    if little_history:
        q = q.where(appointments > 0, items > 0).order_by(appointments, Patient.id)
    with db.session() as s:
        pid, cpr = s.execute(q.order_by(Patient.id).limit(1)).one()
    return pid, cpr


def _open_card(qtbot, window, cpr):
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    plugin = window.patient_cards
    qtbot.waitUntil(lambda: plugin.search is not None and plugin.search.term.hasFocus())
    qtbot.keyClicks(plugin.search.term, f"{cpr[:6]}-{cpr[6:]}")
    qtbot.keyClick(plugin.search.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plugin.reason_dialog is not None and plugin.reason_dialog.isVisible())
    qtbot.keyClick(plugin.reason_dialog.focusWidget(), Qt.Key.Key_1)  # why: Behandling
    qtbot.waitUntil(lambda: len(plugin.cards) == 1 and plugin.cards[0].card is not None)
    card = plugin.cards[0]
    card.resize(*SIZE)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    return card


def _to_tab(qtbot, card, title: str) -> None:
    for _ in range(card.tabs.count()):
        if card.tabs.tabText(card.tabs.currentIndex()).replace("&", "") == title:
            return
        qtbot.keyClick(card.tabs, Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab: the next tab
    assert card.tabs.tabText(card.tabs.currentIndex()).replace("&", "") == title


def _give_reason(qtbot, card, reason: str, *, confirm_with_ctrl_enter: bool) -> None:
    qtbot.waitUntil(lambda: card.portal_dialog is not None and card.portal_dialog.isVisible())
    dlg = card.portal_dialog
    qtbot.waitUntil(dlg.reason.hasFocus)
    assert not dlg.ok_button.isEnabled()  # no reason, no change
    qtbot.keyClicks(dlg.reason, reason)
    if confirm_with_ctrl_enter:
        qtbot.keyClick(dlg.reason, Qt.Key.Key_Return, CTRL)
    else:
        qtbot.keyClick(dlg.reason, Qt.Key.Key_Tab)  # the reason box passes Tab on
        qtbot.waitUntil(dlg.ok_button.hasFocus)
        qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)


def test_block_and_reopen_the_portal_user_by_keyboard(qtbot, window, world, tmp_path):
    pid, cpr = _active_patient(world.db, window.actor.clinic_id)
    card = _open_card(qtbot, window, cpr)
    _to_tab(qtbot, card, "Kommunikation")
    assert card.p_status.text() == "Aktiv" and card.block_button.isVisible() and not card.reopen_button.isVisible()
    assert card.portal_events.text() == "Portalbrugeren har ikke været spærret."

    qtbot.keyClick(card, Qt.Key.Key_P, ALT)  # S&pær portalbruger…
    _give_reason(qtbot, card, "Patienten har mistet sin telefon", confirm_with_ctrl_enter=True)
    qtbot.waitUntil(lambda: card.status.text() == "Portalbrugeren er spærret.")
    assert card.p_status.text() == "Spærret" and card.reopen_button.isVisible() and not card.block_button.isVisible()
    assert "Spærret af " + window.actor.full_name + ": Patienten har mistet sin telefon" in card.portal_events.text()

    qtbot.keyClick(card, Qt.Key.Key_I, ALT)  # Åbn portalbruger &igen…
    _give_reason(qtbot, card, "Ny telefon, MitID virker igen", confirm_with_ctrl_enter=False)
    qtbot.waitUntil(lambda: "åbnet igen og er aktiv" in card.status.text())
    assert card.p_status.text() == "Aktiv"
    lines = card.portal_events.text().splitlines()
    assert len(lines) == 2 and "Åbnet igen af" in lines[0] and "Ny telefon, MitID virker igen" in lines[0]
    assert "Spærret af" in lines[1]
    _shot(card, "portal-account-status.png", tmp_path)
    with world.db.session() as s:
        assert s.scalars(select(PortalAccount.status).where(PortalAccount.patient_id == pid)).one() == \
            PortalAccountStatus.ACTIVE
        assert s.scalars(select(PortalAccountEvent.action).order_by(PortalAccountEvent.id)).all() == ["blocked", "reopened"]
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.patient_id == pid)).all()
        assert Action.BLOCK_PORTAL_USER in actions and Action.REOPEN_PORTAL_USER in actions


def test_a_stale_card_offers_reload_and_keeps_the_reason(qtbot, window, world):
    pid, cpr = _active_patient(world.db, window.actor.clinic_id)
    card = _open_card(qtbot, window, cpr)
    _to_tab(qtbot, card, "Kommunikation")
    # a colleague at another workstation blocks and reopens it meanwhile
    fresh = patients.open_patient_card(world.db, window.actor, pid)
    fresh = patients.block_portal_user(world.db, window.actor, pid, "Kollegaens grund", fresh.portal_version)
    patients.reopen_portal_user(world.db, window.actor, pid, "Kollegaen åbnede", fresh.portal_version)
    qtbot.keyClick(card, Qt.Key.Key_P, ALT)
    _give_reason(qtbot, card, "Min grund", confirm_with_ctrl_enter=True)
    qtbot.waitUntil(card.reload_button.isVisible)
    assert "En anden har ændret" in card.status.text()
    card.reload_button.setFocus()
    qtbot.keyClick(card.reload_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Kollegaen åbnede" in card.portal_events.text())
    qtbot.keyClick(card, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: card.portal_dialog is not None and card.portal_dialog.isVisible())
    assert card.portal_dialog.text == "Min grund"  # the typed reason is kept for the next try
    qtbot.waitUntil(card.portal_dialog.reason.hasFocus)
    qtbot.keyClick(card.portal_dialog.reason, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: card.status.text() == "Portalbrugeren er spærret.", timeout=3000)
    with world.db.session() as s:
        assert s.scalars(select(PortalAccountEvent.reason).order_by(PortalAccountEvent.id)).all() == [
            "Kollegaens grund", "Kollegaen åbnede", "Min grund"]


def _history_for(db, clinic_id, patient_id) -> dict[str, int]:
    """A thread (with markup in its subject), a decided renewal and a no-show, for this patient."""
    now = utcnow()
    with db.write_session() as s:
        provider = s.scalars(select(Provider).where(Provider.clinic_id == clinic_id).order_by(Provider.id)).first()
        thread = InboxItem(clinic_id=clinic_id, kind=ItemKind.ECONSULT, patient_id=patient_id, provider_id=provider.id,
                           subject="<b>Hoste</b> i 3 uger", status=ItemStatus.NEW, unread=True,
                           received_at=now - timedelta(minutes=5))
        renewal = InboxItem(clinic_id=clinic_id, kind=ItemKind.RENEWAL, patient_id=patient_id, provider_id=provider.id,
                            subject="Receptfornyelse", status=ItemStatus.DONE, received_at=now - timedelta(minutes=10))
        med = Medication(patient_id=patient_id, drug_name="Zopiclon", strength="7,5 mg", addictive=True)
        s.add_all([thread, renewal, med])
        s.flush()
        s.add(Message(item_id=thread.id, direction=MessageDirection.FROM_PATIENT, body="Jeg <i>hoster</i> stadig.",
                      created_at=now - timedelta(minutes=5)))
        s.add(RenewalRequest(item_id=renewal.id))
        s.flush()
        s.add(RenewalLine(item_id=renewal.id, medication_id=med.id, decision=LineDecision.REJECTED,
                          reason="Kræver en konsultation"))
        atype = s.scalars(select(AppointmentType.id).where(AppointmentType.clinic_id == clinic_id)).first()
        no_show = Appointment(clinic_id=clinic_id, patient_id=patient_id, provider_id=provider.id, appointment_type_id=atype,
                              starts_at=now - timedelta(minutes=15), ends_at=now, status=AppointmentStatus.NO_SHOW)
        s.add(no_show)
        s.flush()
        return {"thread": thread.id, "renewal": renewal.id, "no_show": no_show.id}


def _history_audits(db, pid) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == Action.OPEN_HISTORY,
                                                                AuditEntry.patient_id == pid))


def test_history_tab_shows_the_patient_newest_first_and_opens_read_only(qtbot, window, world, tmp_path):
    pid, cpr = _active_patient(world.db, window.actor.clinic_id, little_history=True)
    ids = _history_for(world.db, window.actor.clinic_id, pid)
    card = _open_card(qtbot, window, cpr)
    assert _history_audits(world.db, pid) == 0  # the card alone does not look at the history
    qtbot.keyClick(card, Qt.Key.Key_H, ALT)  # &Historik
    tab = card.history_tab
    qtbot.waitUntil(lambda: tab.history is not None)
    assert card.tabs.currentWidget() is tab and tab.table.hasFocus()
    rows = tab.model.rows()
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)  # newest first
    mine = [(r.kind, r.ref_id) for r in rows if (r.kind, r.ref_id) in {
        ("econsult", ids["thread"]), ("renewal", ids["renewal"]), ("appointment", ids["no_show"])}]
    assert mine == [("econsult", ids["thread"]), ("renewal", ids["renewal"]), ("appointment", ids["no_show"])]

    def shown(kind, ref_id):
        r = next(i for i, row in enumerate(rows) if (row.kind, row.ref_id) == (kind, ref_id))
        return [tab.model.index(r, c).data() for c in range(tab.model.columnCount())]

    assert shown("econsult", ids["thread"])[1:3] == ["E-konsultation", "<b>Hoste</b> i 3 uger"]  # as text
    assert shown("renewal", ids["renewal"])[4:] == ["Afsluttet", "Zopiclon 7,5 mg: Afvist (Kræver en konsultation)"]
    assert shown("appointment", ids["no_show"])[4] == "Udeblevet"
    assert _history_audits(world.db, pid) == 1
    _shot(card, "patient-history.png", tmp_path)

    # Enter on the thread opens it read-only: nothing claimed, still new and unread
    r = next(i for i, row in enumerate(rows) if (row.kind, row.ref_id) == ("econsult", ids["thread"]))
    while tab.table.currentIndex().row() < r:
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.detail_dialog is not None and tab.detail_dialog.isVisible())
    dlg = tab.detail_dialog
    assert dlg.subject.text() == "<b>Hoste</b> i 3 uger" and dlg.subject.textFormat() == Qt.TextFormat.PlainText
    assert "Jeg <i>hoster</i> stadig." in dlg.body.toPlainText() and "Kun læsning" in dlg.findChild(
        type(dlg.subject), "readOnlyBanner").text()
    with world.db.session() as s:
        it = s.get(InboxItem, ids["thread"])
        assert (it.claimed_by_id, it.status, it.unread) == (None, ItemStatus.NEW, True)
        opened = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == Action.OPEN_ITEM,
                                                           AuditEntry.patient_id == pid)).all()
        assert opened == [f"item {ids['thread']}, read-only from the patient's history"]
    assert card.isVisible() and len(window.patient_cards.cards) == 1
    qtbot.keyClick(dlg.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.detail_dialog is None)

    # an appointment opens from its row
    r = next(i for i, row in enumerate(rows) if (row.kind, row.ref_id) == ("appointment", ids["no_show"]))
    tab.table.setCurrentIndex(tab.model.index(r, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.detail_dialog is not None and tab.detail_dialog.isVisible())
    assert tab.detail_dialog.values["status"].text() == "Udeblevet"
    qtbot.keyClick(tab.detail_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.detail_dialog is None)

    # each opening of the tab is one look-up in the log
    _to_tab(qtbot, card, "Stamdata")
    assert _history_audits(world.db, pid) == 1
    qtbot.keyClick(card, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: _history_audits(world.db, pid) == 2)


def test_help_lists_the_cards_new_keys(window):
    rows = {keys: text for provider in window.extra_shortcut_rows for keys, text in provider()}
    assert "Historik" in rows["Alt+H"] and "spær portalbrugeren" in rows["Alt+P"]
    assert "åbn portalbrugeren igen" in rows["Alt+I"]


def test_the_history_shows_a_renewal_lines_replaced_decisions_with_their_words(qapp):
    """Corrections keep the old words on the patient card too: a line decided again shows the
    earlier decision and its reason, marked as replaced."""
    from datetime import datetime, timezone
    from types import SimpleNamespace

    from clinicdesk.services.inbox.detail_types import RenewalDecisionView
    from clinicdesk.views.patient_card.history_detail import _renewal_html

    at = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    first = RenewalDecisionView("rejected", "Kom ind til blodtryksmåling først", "Anna Læge", at, True, True)
    newest = RenewalDecisionView("approved", "", "Anna Læge", at.replace(hour=11), False, False)
    line = SimpleNamespace(label="Amlodipin 5 mg", decision="approved", decided_by_name="Anna Læge",
                           decided_at=newest.decided_at, reason="", history=(first, newest))
    html = _renewal_html(SimpleNamespace(renewal=SimpleNamespace(lines=[line], pharmacy="", comment="")))
    assert "Erstattet:" in html and "Kom ind til blodtryksmåling først" in html
    assert html.count("Anna Læge") == 2
