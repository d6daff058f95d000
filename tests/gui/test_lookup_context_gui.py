"""Lookups with a context through the real UI (issue 11, item 5).

Filer → Find patient asks why before the card opens (one key: 1-4, or the arrows and Enter;
Andet needs a short text) and the log entry carries the reason; a card opened from an inbox
item asks nothing and carries the item; the clinic's log viewer says details and reasons in
Danish words; the patient's own log opens from the card's history tab and saves as a PDF that
lists a CPR search with the searcher, the time and "Søgning".
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import ItemKind
from clinicdesk.models import AuditEntry, ClinicPatient, InboxItem, Patient
from clinicdesk.services import audit_lookups, auth, inbox
from clinicdesk.services.audit import Action
from clinicdesk.services.cpr import format_cpr
from clinicdesk.views.audit_log_dialog import COL_ACTION, COL_DETAIL, COL_STAFF, COL_WHY
from clinicdesk.views.patient_card import open_patient_card

from window_helpers import open_main_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _patient(db, clinic_id):
    with db.session() as s:
        return s.execute(
            select(Patient.id, Patient.cpr).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id).order_by(Patient.id)
        ).first()


def _entries(db, action, after_id=0):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action, AuditEntry.id > after_id)
                         .order_by(AuditEntry.id)).all()


def _top_id(db) -> int:
    with db.session() as s:
        return s.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first() or 0


@pytest.fixture
def sek_window(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, world.single)
    close_windows.append(win)
    return win


def _find(qtbot, win, cpr):
    """Ctrl+Shift+P, type the CPR number, Enter: one hit, so the reason is asked next."""
    plugin = win.patient_cards
    win.activateWindow()  # back at the main window (a closed card had the focus)
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: plugin.search is not None and plugin.search.term.hasFocus())
    qtbot.keyClicks(plugin.search.term, format_cpr(cpr))
    qtbot.keyClick(plugin.search.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plugin.reason_dialog is not None and plugin.reason_dialog.isVisible())
    assert plugin.cards == []  # nothing opens before the reason is given
    return plugin.reason_dialog


@pytest.mark.parametrize("keys, context", [
    ([Qt.Key.Key_1], "reason:treatment"),
    ([Qt.Key.Key_2], "reason:administration"),
    ([Qt.Key.Key_3], "reason:patient_request"),
    ([Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return], "reason:patient_request"),
])
def test_find_patient_asks_why_and_the_entry_carries_it(qtbot, world, sek_window, keys, context):
    win = sek_window
    pid, cpr = _patient(world.db, win.actor.clinic_id)
    start = _top_id(world.db)
    dlg = _find(qtbot, win, cpr)
    for key in keys:
        qtbot.keyClick(dlg.focusWidget() or dlg, key)
    qtbot.waitUntil(lambda: len(win.patient_cards.cards) == 1)
    card = win.patient_cards.cards[0]
    qtbot.waitUntil(lambda: card.card is not None)
    opened = _entries(world.db, Action.OPEN_PATIENT, start)
    assert [(e.patient_id, e.context) for e in opened] == [(pid, context)]
    searched = _entries(world.db, Action.SEARCH_PATIENT, start)
    assert [(e.patient_id, e.context) for e in searched] == [(pid, "search:find_patient")]
    card.tabs.setCurrentWidget(card.history_tab)  # the card's lookups carry the reason too
    qtbot.waitUntil(lambda: card.history_tab.history is not None)
    assert [e.context for e in _entries(world.db, Action.OPEN_HISTORY, start)] == [context]
    assert not card.history_tab.log_button.isVisible()  # a receptionist does not read the log
    card.close()


def test_andet_needs_a_short_text_and_escape_opens_nothing(qtbot, world, sek_window):
    win = sek_window
    pid, cpr = _patient(world.db, win.actor.clinic_id)
    start = _top_id(world.db)
    dlg = _find(qtbot, win, cpr)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_4)
    qtbot.waitUntil(lambda: dlg.other_text.hasFocus())
    qtbot.keyClick(dlg.other_text, Qt.Key.Key_Return)  # no text yet
    assert dlg.isVisible() and dlg.error.isVisible() and "tom" in dlg.error.text()
    assert win.patient_cards.cards == []
    qtbot.keyClicks(dlg.other_text, "Telefon fra hjemmeplejen")
    qtbot.keyClick(dlg.other_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(win.patient_cards.cards) == 1)
    card = win.patient_cards.cards[0]
    qtbot.waitUntil(lambda: card.card is not None)
    assert [e.context for e in _entries(world.db, Action.OPEN_PATIENT, start)] == ["reason:other:Telefon fra hjemmeplejen"]
    card.close()

    start = _top_id(world.db)
    dlg = _find(qtbot, win, cpr)
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.patient_cards.reason_dialog is None)
    assert win.patient_cards.cards == [] and _entries(world.db, Action.OPEN_PATIENT, start) == []


def test_a_card_from_an_inbox_item_asks_nothing_and_carries_the_item(qtbot, world, sek_window):
    win = sek_window
    with world.db.session() as s:
        item_id, pid = s.execute(select(InboxItem.id, InboxItem.patient_id).where(
            InboxItem.clinic_id == win.actor.clinic_id, InboxItem.patient_id.is_not(None),
            InboxItem.kind == ItemKind.ECONSULT)).first()
    start = _top_id(world.db)
    # what the inbox's "Patientkort" button does for its item
    card = open_patient_card(win, world.db, win.actor, pid, context=audit_lookups.inbox_context(item_id))
    assert win.patient_cards.reason_dialog is None and win.patient_cards.cards == [card]
    qtbot.waitUntil(lambda: card.card is not None)
    assert [(e.patient_id, e.context) for e in _entries(world.db, Action.OPEN_PATIENT, start)] == [
        (pid, f"inbox:{item_id}")]
    card.close()


def test_the_log_viewer_in_danish_and_the_patients_log_as_pdf(qtbot, world, tmp_path, close_windows):
    sek_res = auth.login(world.db, world.single, world.password)  # a login: it shows in the clinic's log
    sek = sek_res.actor_for(sek_res.memberships[0].clinic_id)
    pid, cpr = _patient(world.db, sek.clinic_id)
    inbox.search_patients(world.db, sek, format_cpr(cpr), where="find_patient")
    with world.db.session() as s:
        searched_at = s.scalars(select(AuditEntry.at).where(AuditEntry.action == Action.SEARCH_PATIENT)
                                .order_by(AuditEntry.id.desc())).first()

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    assert win.actor.clinic_id == sek.clinic_id
    next(a for a in win.file_menu.actions() if a.text() == "Logning af opslag…").trigger()
    log = win.audit_log.dialog
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    shown = [tuple(log.model.index(i, c).data() for c in (COL_STAFF, COL_ACTION, COL_DETAIL, COL_WHY))
             for i in range(log.model.rowCount())]
    assert (sek.full_name, "Søgt efter patient", "", "Søgning (Find patient)") in shown
    assert any(r[0] == sek.full_name and r[1] == "Logget ind" for r in shown)  # the login, in this clinic's log
    assert log.model.headerData(COL_WHY, Qt.Orientation.Horizontal) == "Hvorfor"
    for staff, action, detail, why in shown:  # Danish words, never the stored English
        assert not any(w in f"{detail} {why}" for w in ("item", "patient card", "search", "reason", "rows"))
    log.close()

    # the card (Filer → Find patient, reason 1), its history tab, Alt+L: the patient's own log
    plugin = win.patient_cards
    reason = _find(qtbot, win, cpr)
    qtbot.keyClick(reason.focusWidget(), Qt.Key.Key_1)
    qtbot.waitUntil(lambda: len(plugin.cards) == 1 and plugin.cards[0].card is not None)
    card = plugin.cards[0]
    qtbot.keyClick(card, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: card.history_tab.history is not None)
    assert card.history_tab.log_button.isVisible()
    qtbot.keyClick(card.history_tab.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: card.history_tab.log_dialog is not None)
    dlg = card.history_tab.log_dialog
    qtbot.waitUntil(lambda: dlg.log is not None)
    rows = [tuple(dlg.model.index(i, c).data() for c in range(5)) for i in range(dlg.model.rowCount())]
    when = searched_at.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M:%S")
    assert (when, sek.full_name, "Søgt efter patient", "Søgning (Find patient)",
            "Søgt på patientens CPR-nummer") in rows
    assert any(r[1] == win.actor.full_name and r[2] == "Åbnet patientkort" and r[3] == "Behandling" for r in rows)

    out = tmp_path / "log.pdf"
    dlg.choose_pdf_path = lambda suggested: str(out)
    qtbot.keyClick(dlg.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "gemt" in dlg.status.text())
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert sek.full_name in text and when[:16] in text and "Søgning (Find patient)" in text
    assert f"CPR {format_cpr(cpr)}" in text
    dlg.close()
    card.close()
