"""Filer → "Importér patienter…": a five-line file with one bad line, the preview, only the good lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from clinicdesk.models import ClinicPatient, Guardianship, Patient
from clinicdesk.views.patients.import_model import COL_REASON, COL_STATUS
from tests.gui.window_helpers import menu_texts, open_main_window

ALT = Qt.KeyboardModifier.AltModifier
FIVE_LINES = (
    "cpr;fornavn;efternavn;adresse;email;mobil;værge1_cpr;værge2_cpr\n"
    "120375-1234;Mette;Sørensen;Vestergade 12, 6760 Ribe;mette@example.dk;20 12 34 56;;\n"
    "150318-4012;Ida;Sørensen;Vestergade 12, 6760 Ribe;;;120375-1234;\n"
    "031388-2217;Ahmad;Rahimi;Nørregade 3, 6760 Ribe;;;;\n"  # month 13: refused
    "241152-0908;Birthe;Ågård-Nielsen;Skolevej 7, 6760 Ribe;birthe@example.dk;;;\n"
    "020329-1WQ3;Jens;Østergaard;Plejecentret Bøgen, 6760 Ribe;;;;\n"
)
GOOD = ["1203751234", "1503184012", "2411520908", "0203291WQ3"]


@pytest.fixture
def window(qtbot, world, tmp_path, close_windows):
    win = open_main_window(qtbot, world, tmp_path, "admin")  # the app's own extensions
    close_windows.append(win)
    assert menu_texts(win).count("Importér patienter…") == 1
    return win


def _here(db, clinic_id, cprs) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Patient.cpr).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                                .where(ClinicPatient.clinic_id == clinic_id, Patient.cpr.in_(cprs))))


def test_preview_shows_the_bad_line_and_only_the_good_lines_are_imported(qtbot, window, world, tmp_path):
    path = tmp_path / "patienter.csv"
    path.write_bytes(FIVE_LINES.encode("cp1252"))  # as Danish Excel saves "CSV (semikolonsepareret)"
    assert "Importér patienter…" in menu_texts(window)
    window.patient_records.import_patients.action.trigger()
    dlg = window.patient_records.import_patients.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.path.hasFocus())
    qtbot.keyClicks(dlg.path, str(path))
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None)
    assert dlg.info.text() == "5 linjer læst (Windows-1252, adskilt med semikolon)."
    assert dlg.model.rowCount() == 5
    rows = [[dlg.model.index(r, c).data() for c in range(5)] for r in range(5)]
    assert [r[0] for r in rows] == ["2", "3", "4", "5", "6"]  # line numbers in the file (1 is the header)
    bad = rows[2]
    assert bad[:4] == ["4", "031388-2217", "Ahmad Rahimi", "Afvist"]
    assert bad[COL_REASON].startswith("Måneden i CPR-nummeret er 13")
    assert [r[COL_STATUS] for r in rows if r is not bad] == ["Oprettes"] * 4
    # the table starts on the refused line, and its whole reason is shown under the table
    assert dlg.table.hasFocus() and dlg.table.currentIndex().row() == 2
    assert dlg.reason.text().startswith("Linje 4: Måneden i CPR-nummeret er 13")
    assert dlg.status.text() == "Prøvekørsel: 4 patienter oprettes; 1 linje afvist. Intet er gemt."
    # all or nothing: no import until the user chooses the good lines explicitly
    assert not dlg.import_button.isEnabled() and dlg.only_good.isEnabled()
    assert _here(world.db, window.actor.clinic_id, GOOD) == []
    qtbot.keyClick(dlg, Qt.Key.Key_G, ALT)  # Alt+G ticks "Importér kun de gode linjer"
    qtbot.waitUntil(lambda: dlg.only_good.isChecked())  # a mnemonic clicks after a short flash
    assert dlg.import_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_I, ALT)  # Alt+I imports
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.report.dry_run)
    assert dlg.status.text() == "Importeret: 4 patienter oprettet. 1 linje er afvist og ikke importeret."
    assert not dlg.import_button.isEnabled()
    assert _here(world.db, window.actor.clinic_id, GOOD + ["0313882217"]) == sorted(GOOD)
    with world.db.session() as s:
        mette, ida = (s.scalars(select(Patient.id).where(Patient.cpr == c)).one() for c in GOOD[:2])
        assert s.scalars(select(Guardianship.guardian_id).where(Guardianship.child_id == ida)).all() == [mette]
        count = s.scalar(select(func.count()).select_from(Patient))
    # the same file again: every good line is already a patient, nothing changes
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.report is not None and dlg.report.dry_run)
    statuses = [dlg.model.index(r, COL_STATUS).data() for r in range(5)]
    assert statuses == ["Findes allerede", "Findes allerede", "Afvist", "Findes allerede", "Findes allerede"]
    with world.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == count


def test_a_file_that_is_not_there_is_said_so(qtbot, window, tmp_path):
    window.patient_records.import_patients.action.trigger()
    dlg = window.patient_records.import_patients.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.path.hasFocus())
    qtbot.keyClicks(dlg.path, str(tmp_path / "findes-ikke.csv"))
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.status.text().startswith("Filen findes ikke."))
    assert dlg.model.rowCount() == 0 and not dlg.import_button.isEnabled()



def test_a_file_that_cannot_be_read_is_said_so_not_an_unexpected_error(qtbot, window, tmp_path, monkeypatch):
    """A file Excel keeps locked (a PermissionError on Windows) was "Der opstod en uventet fejl"."""
    from pathlib import Path

    locked = tmp_path / "laast.csv"
    locked.write_text("cpr;fornavn;efternavn\n", encoding="utf-8")
    real = Path.read_bytes

    def excel_has_it(self):
        if self.name == "laast.csv":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", excel_has_it)
    window.patient_records.import_patients.action.trigger()
    dlg = window.patient_records.import_patients.dialog
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.path.hasFocus())
    qtbot.keyClicks(dlg.path, str(locked))
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.status.text().startswith("Filen"), timeout=10000)
    assert dlg.status.text() == "Filen kan ikke læses. Er den åben i Excel? Luk den, og prøv igen."
