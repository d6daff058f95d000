"""The patient card in the main window: Ctrl+Shift+P → search → card; rights; portal user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from clinicdesk.models import AuditEntry, ClinicPatient, OutboxMail, Patient, PortalAccount
from clinicdesk.domain.enums import PortalAccountStatus, RightMode
from clinicdesk.services import auth
from clinicdesk.services.audit import Action
from clinicdesk.services.patients import portal_can_take

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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


def _patient(db, clinic_id, *, with_account: bool):
    with db.session() as s:
        rows = s.execute(
            select(Patient.id, Patient.cpr, Patient.first_name, Patient.last_name)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id, Patient.email != "")
            .order_by(Patient.id)
        ).all()
        for pid, cpr, first, last in rows:
            if not portal_can_take(cpr):
                continue  # an eCPR patient gets no portal user (the portal takes CPR numbers only)
            acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).first()
            has = acc is not None and acc.status == PortalAccountStatus.ACTIVE
            gone = acc is None or acc.status == PortalAccountStatus.DELETED  # a deleted user can be made again
            if has == with_account and (with_account or gone):
                return pid, cpr, f"{first} {last}"
    raise AssertionError("no suitable demo patient")


def _open_card_by_search(qtbot, window, cpr):
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    plugin = window.patient_cards
    qtbot.waitUntil(lambda: plugin.search is not None and plugin.search.isVisible())
    qtbot.waitUntil(lambda: plugin.search.term.hasFocus())  # the person types into the search field
    qtbot.keyClicks(plugin.search.term, f"{cpr[:6]}-{cpr[6:]}")
    qtbot.keyClick(plugin.search.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plugin.reason_dialog is not None and plugin.reason_dialog.isVisible())
    qtbot.keyClick(plugin.reason_dialog.focusWidget(), Qt.Key.Key_1)  # why: Behandling
    qtbot.waitUntil(lambda: len(plugin.cards) >= 1)
    assert len(plugin.cards) == 1, (plugin.search.status.text(), len(plugin.cards))
    card = plugin.cards[0]
    qtbot.waitUntil(lambda: card.card is not None)
    return card


def test_find_patient_and_set_econsult_receive_only(qtbot, window, world):
    pid, cpr, name = _patient(world.db, window.actor.clinic_id, with_account=True)
    card = _open_card_by_search(qtbot, window, cpr)
    assert card.card.patient_id == pid
    assert card.f_name.text() == name and card.f_cpr.text() == f"{cpr[:6]}-{cpr[6:]}"
    card.grab().save("/tmp/pc/stamdata.png")
    card.tabs.setCurrentIndex(1)
    assert card.tabs.tabText(1) == "Kommunikation"
    card.econsult.setFocus()
    idx = card.econsult.findText("Kun modtage")
    card.econsult.setCurrentIndex(idx)
    assert card.renewal.findText("Kun modtage") == -1  # only e-consultation has it
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "gemt" in card.status.text())
    card.grab().save("/tmp/pc/kommunikation.png")
    with world.db.session() as s:
        cp = s.scalars(select(ClinicPatient).where(ClinicPatient.patient_id == pid,
                                                   ClinicPatient.clinic_id == window.actor.clinic_id)).one()
        assert cp.econsult_right == RightMode.RECEIVE_ONLY
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.patient_id == pid)).all()
        assert Action.OPEN_PATIENT in actions and Action.EDIT_RIGHTS in actions
    assert not card.create_button.isVisible()  # an active user exists


def test_stale_save_keeps_the_choice_and_offers_reload(qtbot, window, world):
    from clinicdesk.services import patients

    pid, cpr, _ = _patient(world.db, window.actor.clinic_id, with_account=True)
    card = _open_card_by_search(qtbot, window, cpr)
    card.tabs.setCurrentIndex(1)
    patients.set_rights(world.db, window.actor, pid, "allowed", "blocked", "allowed", card.card.version)  # a colleague
    wanted = "Tilladt" if card.booking.currentText() == "Spærret" else "Spærret"
    card.booking.setCurrentIndex(card.booking.findText(wanted))
    assert card.save_button.isEnabled()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.reload_button.isVisible())
    assert "En anden har ændret" in card.status.text()
    assert card.booking.currentText() == wanted  # the choice is kept
    qtbot.mouseClick(card.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.renewal.currentText() == "Spærret")


def test_create_portal_user_from_the_card(qtbot, window, world):
    pid, cpr, _ = _patient(world.db, window.actor.clinic_id, with_account=False)
    card = _open_card_by_search(qtbot, window, cpr)
    card.tabs.setCurrentIndex(1)
    assert card.create_button.isVisible() and card.create_button.isEnabled()
    qtbot.mouseClick(card.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.create_dialog is not None and card.create_dialog.isVisible())
    card.create_dialog.grab().save("/tmp/pc/opret.png")
    qtbot.mouseClick(card.create_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aktiveringslinket er sendt" in card.status.text())
    card.grab().save("/tmp/pc/oprettet.png")
    assert card.p_status.text().startswith("Oprettet")
    with world.db.session() as s:
        acc = s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).one()
        assert acc.status == PortalAccountStatus.PENDING
        mails = s.scalars(select(OutboxMail).where(OutboxMail.body.contains(acc.activation_token))).all()
        assert len(mails) == 1 and cpr not in mails[0].body


def test_patientkort_from_the_inbox_item(qtbot, window, world):
    from inbox_gui_helpers import open_row

    view = window.page("inbox")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    row = next(i for i, r in enumerate(view.model.rows()) if r.patient_id)
    open_row(qtbot, view, row)
    pid = view.detail.current.detail.patient_id
    assert view.detail.patient_card_button.isVisible()
    qtbot.keyClick(view.detail, Qt.Key.Key_K, CTRL_SHIFT)
    plugin = window.patient_cards
    qtbot.waitUntil(lambda: len(plugin.cards) == 1 and plugin.cards[0].card is not None)
    assert plugin.cards[0].card.patient_id == pid


def test_contact_mismatch_is_shown_on_the_card(qtbot, window, world):
    pid, cpr, _ = _patient(world.db, window.actor.clinic_id, with_account=True)
    with world.db.write_session() as s:
        s.scalars(select(PortalAccount).where(PortalAccount.patient_id == pid)).one().email = "gammel@example.dk"
    card = _open_card_by_search(qtbot, window, cpr)
    card.tabs.setCurrentIndex(1)
    assert card.mismatch.isVisible() and "bekræfte" in card.mismatch.text()
    assert card.card.email in card.mismatch.text() and card.p_email.text() == "gammel@example.dk"


def test_missing_email_is_added_on_stamdata_then_the_portal_user_is_created(qtbot, window, world):
    pid, cpr, _ = _patient(world.db, window.actor.clinic_id, with_account=False)
    with world.db.write_session() as s:
        s.get(Patient, pid).email = ""
    card = _open_card_by_search(qtbot, window, cpr)
    card.tabs.setCurrentIndex(1)
    qtbot.mouseClick(card.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.create_dialog is not None and card.create_dialog.isVisible())
    assert not card.create_dialog.ok_button.isEnabled()  # no address: nothing to send the link to
    card.create_dialog.reject()
    card.tabs.setCurrentIndex(0)
    qtbot.keyClicks(card.f_mobile, "x")  # a slip: refused in Danish, the typing stays
    qtbot.keyClicks(card.f_email, "ny.patient@example.dk")
    qtbot.mouseClick(card.save_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mobilnummeret" in card.status.text())
    assert card.f_email.text() == "ny.patient@example.dk"
    card.grab().save("/tmp/pc/contact_error.png")
    card.f_mobile.clear()
    qtbot.keyClicks(card.f_mobile, "20304050")
    qtbot.mouseClick(card.save_contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kontaktoplysningerne er gemt" in card.status.text())
    card.tabs.setCurrentIndex(1)
    qtbot.mouseClick(card.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.create_dialog.isVisible() and card.create_dialog.ok_button.isEnabled())
    qtbot.mouseClick(card.create_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ny.patient@example.dk" in card.status.text())
    with world.db.session() as s:
        assert s.get(Patient, pid).mobile == "20304050"
        assert s.scalars(select(OutboxMail).where(OutboxMail.to_address == "ny.patient@example.dk")).one()
