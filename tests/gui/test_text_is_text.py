"""Patient and staff text is only ever text (issue 9, finding 2).

Every text field of a patient, a staff member and the clinic is filled with hostile
markup; the screens that show them must show the markup literally (plain text, or
escaped rich text), never as a red fake allergy warning or a link.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from clinicdesk.models import ClinicPatient, Patient, StaffUser
from clinicdesk.services import auth
from hostile_text import MARKUP, markup_holes, shown_literally

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _poison_patient(db, clinic_id) -> str:
    """A patient of the clinic with markup in every text field; returns the CPR."""
    with db.write_session() as s:
        pid, cpr = s.execute(
            select(Patient.id, Patient.cpr).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id, Patient.email != "").order_by(Patient.id)
        ).first()
        p = s.get(Patient, pid)
        p.first_name = MARKUP
        p.last_name = MARKUP
        p.address = MARKUP
        p.email = f"{MARKUP}@example.dk"
        p.mobile = MARKUP
        if p.portal_account is not None:
            p.portal_account.email = f"x{MARKUP}@example.dk"
    return cpr


@pytest.fixture
def hostile_window(qtbot, world, tmp_path):
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    with world.db.write_session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.username == world.single)).one()
        user.full_name = MARKUP
    res = auth.login(world.db, world.single, world.password)
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat)
    win = MainWindow(world.db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
    qtbot.addWidget(win)
    install_extensions(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    view = win.page("inbox")
    if view is not None:
        view.stop()
    wait_for_all()


def test_the_staff_name_shows_literally_in_the_window_and_the_lock_screen(qtbot, hostile_window):
    win = hostile_window
    assert markup_holes(win) == []
    assert shown_literally(win.welcome) or shown_literally(win)
    with qtbot.waitSignal(win.locked_changed, timeout=5000):
        win.lock_action.trigger()
    assert markup_holes(win.lock_page) == []
    assert shown_literally(win.lock_page)


def test_the_patient_card_shows_markup_literally(qtbot, hostile_window, world):
    win = hostile_window
    cpr = _poison_patient(world.db, win.actor.clinic_id)
    qtbot.keyClick(win, Qt.Key.Key_P, CTRL_SHIFT)
    plugin = win.patient_cards
    qtbot.waitUntil(lambda: plugin.search is not None and plugin.search.isVisible())
    qtbot.waitUntil(lambda: plugin.search.term.hasFocus())
    qtbot.keyClicks(plugin.search.term, f"{cpr[:6]}-{cpr[6:]}")
    qtbot.keyClick(plugin.search.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plugin.reason_dialog is not None or 'patienter' in plugin.search.status.text())
    qtbot.keyClick(plugin.reason_dialog.focusWidget(), Qt.Key.Key_1)  # why: Behandling
    qtbot.waitUntil(lambda: len(plugin.cards) == 1)
    assert len(plugin.cards) == 1, plugin.search.status.text()
    card = plugin.cards[0]
    qtbot.waitUntil(lambda: card.card is not None)
    for i in range(card.tabs.count()):
        card.tabs.setCurrentIndex(i)
        assert markup_holes(card) == [], card.tabs.tabText(i)
    assert shown_literally(card)
    assert MARKUP in card.f_name.text()


# --- the inbox: the list, every pane, the thread -------------------------------------------------

from inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template, open_inbox, open_row  # noqa: E402,F401


def _hostile_econsult(db, clinic_id) -> int:
    """A portal user of the clinic renamed to markup sends an e-consultation written in markup."""
    from clinicdesk.domain.enums import PortalAccountStatus, RightMode
    from clinicdesk.models import PortalAccount, Provider
    from clinicdesk.portal import send_econsult

    with db.write_session() as s:
        pid, cpr = s.execute(
            select(Patient.id, Patient.cpr)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .join(PortalAccount, PortalAccount.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id, ClinicPatient.portal_registered_at.is_not(None),
                   ClinicPatient.econsult_right == RightMode.ALLOWED,
                   PortalAccount.status == PortalAccountStatus.ACTIVE)
            .order_by(Patient.id)
        ).first()
        p = s.get(Patient, pid)
        p.first_name, p.last_name = MARKUP, MARKUP
        provider_id = s.scalars(select(Provider.id).where(Provider.clinic_id == clinic_id,
                                                          Provider.econsult_enabled.is_(True))).first()
    res = send_econsult(db, clinic_id, cpr, provider_id=provider_id, subject=MARKUP,
                        body=f"{MARKUP}\n<a href='https://evil.example'>Klik her</a>")
    return res.item_id


def test_the_inbox_shows_a_hostile_patient_and_message_literally(qtbot, open_inbox, inbox_db):
    from clinicdesk.services.inbox import Folder

    view = open_inbox("sekretaer")
    item_id = _hostile_econsult(inbox_db, view.actor.clinic_id)
    view.folders.select_folder(Folder.ALL)
    qtbot.waitUntil(lambda: view.model.row_of(item_id) >= 0, timeout=10000)
    row = view.model.rows()[view.model.row_of(item_id)]
    assert MARKUP in row.patient_name  # the list's model holds the text as text (item views never render markup)
    open_row(qtbot, view, view.model.row_of(item_id))
    assert markup_holes(view) == []
    assert shown_literally(view.detail)
    thread = view.detail.econsult.thread.toPlainText()
    assert MARKUP in thread and "<a href='https://evil.example'>" in thread
