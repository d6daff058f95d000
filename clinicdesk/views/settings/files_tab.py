"""The "Vedhæftede filer" tab: how many files and how large (group FILES of the declaration)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from clinicdesk.domain.settings import CLINIC_SETTINGS, Group
from clinicdesk.views.settings.fields import SettingField, add_settings


def build_files_tab(parent, fields: dict[str, SettingField], on_change) -> QWidget:
    page = QWidget(parent)
    form = QFormLayout(page)
    intro = QLabel(QCoreApplication.translate(
        "SettingsDialog", "Billeder og PDF-filer. Portalen tillader højst 3 filer fra en patient, 9 i et svar fra "
                          "klinikken og 10 MB pr. fil; klinikken kan sætte grænserne lavere."))
    intro.setWordWrap(True)
    form.addRow(intro)
    add_settings(form, [s for s in CLINIC_SETTINGS if s.group is Group.FILES], fields, on_change)
    return page
