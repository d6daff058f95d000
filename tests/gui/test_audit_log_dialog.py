"""The audit-log viewer through the real UI: Filer → Logning af opslag… (administrators only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.models import ClinicPatient, Patient
from clinicdesk.services import auth, patients
from clinicdesk.services.cpr import format_cpr

from window_helpers import menu_texts, open_main_window

MENU_TEXT = "Logning af opslag…"


def _patients(db, clinic_id):
    with db.session() as s:
        return s.execute(
            select(Patient.id, Patient.cpr)
            .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
            .where(ClinicPatient.clinic_id == clinic_id)
            .order_by(Patient.id)
            .limit(2)
        ).all()


def test_admin_filters_by_patient_and_saves_the_patient_log(qtbot, world, tmp_path, close_windows):
    sek_res = auth.login(world.db, "sekretaer", world.password)
    sek = sek_res.actor_for(sek_res.memberships[0].clinic_id)
    (pid, cpr), (other_pid, other_cpr) = _patients(world.db, sek.clinic_id)
    patients.open_patient_card(world.db, sek, pid)
    patients.open_patient_card(world.db, sek, other_pid)

    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    assert win.actor.clinic_id == sek.clinic_id
    assert MENU_TEXT in menu_texts(win)
    next(a for a in win.file_menu.actions() if a.text() == MENU_TEXT).trigger()
    dlg = win.audit_log.dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0)
    assert not dlg.save_button.isEnabled()  # no patient chosen yet

    qtbot.mouseClick(dlg.pick_patient_button, Qt.MouseButton.LeftButton)
    search = dlg.search_dialog
    qtbot.keyClicks(search.term, format_cpr(cpr))
    qtbot.keyClick(search.term, Qt.Key.Key_Return)  # one hit: chosen at once
    qtbot.waitUntil(lambda: format_cpr(cpr) in dlg.patient_label.text())
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0 and {r.patient_id for r in dlg.model.rows} == {pid})
    shown = [(dlg.model.index(i, 1).data(), dlg.model.index(i, 2).data()) for i in range(dlg.model.rowCount())]
    assert (sek.full_name, "Åbnet patientkort") in shown
    assert dlg.save_button.isEnabled()

    out = tmp_path / "log.txt"
    dlg.choose_save_path = lambda suggested: str(out)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists)
    qtbot.waitUntil(lambda: "gemt" in dlg.status.text())
    text = out.read_text(encoding="utf-8")
    assert format_cpr(cpr) in text
    assert f"{sek.full_name}: Åbnet patientkort" in text
    assert format_cpr(other_cpr) not in text
    dlg.reject()
    qtbot.waitUntil(lambda: win.audit_log.dialog is None)


def test_receptionist_has_no_audit_log_entry(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, world.single)
    close_windows.append(win)
    assert MENU_TEXT not in menu_texts(win)
    assert win.audit_log.open() is None


def test_more_rows_load_when_scrolling_to_the_end(qtbot, world, tmp_path, close_windows, monkeypatch):
    from clinicdesk.views import audit_log_dialog

    monkeypatch.setattr(audit_log_dialog, "PAGE_SIZE", 5)
    win = open_main_window(qtbot, world, tmp_path, "admin")
    close_windows.append(win)
    dlg = win.audit_log.open()
    qtbot.waitUntil(lambda: dlg.model.rowCount() >= 5)  # the view may ask for a second page at once
    assert "rul ned for flere" in dlg.status.text()
    dlg.table.scrollToBottom()
    dlg.table.verticalScrollBar().setValue(dlg.table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: dlg.model.rowCount() >= 10)
    ids = [r.id for r in dlg.model.rows]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)


def test_every_action_label_is_offered_for_translation():
    from clinicdesk.services.audit_log import ACTION_LABELS_DA
    from clinicdesk.views.audit_log_dialog import _ACTION_LABELS_FOR_TRANSLATION

    assert set(_ACTION_LABELS_FOR_TRANSLATION) == set(ACTION_LABELS_DA.values())
