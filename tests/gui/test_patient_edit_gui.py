"""Filer → "Ny patient…" and "Rediger…" on the patient card, driven by the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from clinicdesk.models import AuditEntry, ClinicPatient, Guardianship, Patient
from clinicdesk.services import cpr as cprmod
from clinicdesk.services.audit import Action
from tests.gui.window_helpers import menu_texts, open_main_window

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, world.single)  # a receptionist, the app's own extensions
    close_windows.append(win)
    assert menu_texts(win).count("Ny patient…") == 1  # (a test-made second install once hid a missing one)
    return win


def _adult_of_clinic(db, clinic_id) -> tuple[int, str]:
    with db.session() as s:
        rows = s.execute(select(Patient.id, Patient.cpr).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                         .where(ClinicPatient.clinic_id == clinic_id).order_by(Patient.id)).all()
    for pid, cpr in rows:
        parsed = cprmod.try_parse_cpr(cpr)
        if parsed and not parsed.is_substitute and cprmod.age_on(parsed, date.today()) >= 30:
            return pid, parsed.formatted
    raise AssertionError("no adult demo patient")


def _type(qtbot, widget, text):
    assert widget.hasFocus(), widget.objectName()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_new_patient_by_keyboard_opens_the_card(qtbot, window, world):
    assert "Ny patient…" in menu_texts(window)
    assert "Importér patienter…" not in menu_texts(window)  # a receptionist does not import
    window.patient_records.new_patient.action.trigger()
    dlg = window.patient_records.new_patient.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.cpr.hasFocus())
    _type(qtbot, dlg.cpr, "0203291WQ3")  # a substitute number (eCPR)
    _type(qtbot, dlg.first_name, "Jens")
    _type(qtbot, dlg.last_name, "Østergaard")
    _type(qtbot, dlg.address, "Plejecentret Bøgen, 6760 Ribe")
    _type(qtbot, dlg.email, "jens@example")
    _type(qtbot, dlg.mobile, "+45 20 12 34 56")
    qtbot.keyClick(dlg.has_mitid, Qt.Key.Key_Return)  # Enter saves from anywhere in the form
    qtbot.waitUntil(lambda: "E-mailadressen »jens@example« ser ikke rigtig ud" in dlg.status.text())
    assert dlg.isVisible() and dlg.first_name.text() == "Jens"  # what was typed stays
    dlg.email.setFocus()
    qtbot.keyClick(dlg.email, Qt.Key.Key_End)
    qtbot.keyClicks(dlg.email, ".dk")
    qtbot.keyClick(dlg.email, Qt.Key.Key_Return)
    cards = window.patient_cards.cards
    qtbot.waitUntil(lambda: len(cards) == 1 and cards[0].card is not None)
    card = cards[0]
    assert card.f_name.text() == "Jens Østergaard" and card.f_cpr.text() == "020329-1WQ3"
    assert card.f_email.text() == "jens@example.dk" and card.f_mobile.text() == "20123456"
    with world.db.session() as s:
        p = s.scalars(select(Patient).where(Patient.cpr == "0203291WQ3")).one()
        assert (p.first_name, p.address, p.has_mitid) == ("Jens", "Plejecentret Bøgen, 6760 Ribe", False)
        assert s.scalars(select(AuditEntry.patient_id).where(AuditEntry.action == Action.CREATE_PATIENT)).all() == [p.id]
    card.close()


def test_a_child_needs_a_guardian_who_is_a_patient(qtbot, window, world):
    guardian_id, guardian_cpr = _adult_of_clinic(world.db, window.actor.clinic_id)
    window.patient_records.new_patient.action.trigger()
    dlg = window.patient_records.new_patient.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.cpr.hasFocus())
    qtbot.keyClicks(dlg.cpr, "150318-4012")
    assert dlg.guardian1.isEnabled() and "mindst én forælder" in dlg.child_note.text()
    qtbot.keyClick(dlg.cpr, Qt.Key.Key_Tab)
    _type(qtbot, dlg.first_name, "Ida")
    qtbot.keyClicks(dlg.last_name, "Sørensen")
    qtbot.keyClick(dlg.last_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Barnet er under 15 år" in dlg.status.text())
    with world.db.session() as s:
        assert s.scalars(select(Patient).where(Patient.cpr == "1503184012")).first() is None
    qtbot.keyClick(dlg, Qt.Key.Key_1, ALT)  # Alt+1: the first guardian's field
    assert dlg.guardian1.hasFocus()
    qtbot.keyClicks(dlg.guardian1, guardian_cpr)
    qtbot.keyClick(dlg.guardian1, Qt.Key.Key_Return)
    cards = window.patient_cards.cards
    qtbot.waitUntil(lambda: len(cards) == 1 and cards[0].card is not None)
    assert cards[0].card.guardians[0].cpr == guardian_cpr
    with world.db.session() as s:
        child = s.scalars(select(Patient).where(Patient.cpr == "1503184012")).one()
        assert s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == child.id)).all() == [
            guardian_id]
    cards[0].close()


def test_rediger_on_the_card_saves_the_basic_data(qtbot, window, world):
    pid, cpr = _adult_of_clinic(world.db, window.actor.clinic_id)
    card = window.patient_cards.open_card(pid, "reason:treatment")
    qtbot.waitUntil(lambda: card.card is not None and card.edit_button.isEnabled())
    qtbot.keyClick(card, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: card.edit_dialog is not None and card.edit_dialog.form_data is not None)
    dlg = card.edit_dialog
    assert dlg.cpr.text() == cpr and not dlg.guardian1.isEnabled()  # an adult has no guardian fields
    qtbot.keyClick(dlg, Qt.Key.Key_E, ALT)  # Alt+E: the last name
    assert dlg.last_name.hasFocus()
    dlg.last_name.selectAll()
    qtbot.keyClicks(dlg.last_name, "Ny-Efternavn")
    qtbot.keyClick(dlg, Qt.Key.Key_A, ALT)
    dlg.address.selectAll()
    qtbot.keyClicks(dlg.address, "Torvet 9, 6760 Ribe")
    qtbot.keyClick(dlg.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.f_name.text().endswith(" Ny-Efternavn"))  # the card shows the new data
    assert card.f_address.text() == "Torvet 9, 6760 Ribe" and card.status.text() == "Stamdata er gemt."
    assert card.edit_dialog is None
    with world.db.session() as s:
        p = s.get(Patient, pid)
        assert (p.last_name, p.address) == ("Ny-Efternavn", "Torvet 9, 6760 Ribe")
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == Action.EDIT_PATIENT)).one()
        assert detail == "patient card: last_name, address"
    card.close()
