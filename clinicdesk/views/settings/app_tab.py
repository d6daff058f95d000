"""The "Min Læge-app" tab: the national app's switches (group APP of the declaration)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from clinicdesk.domain.settings import CLINIC_SETTINGS, Group
from clinicdesk.views.settings.fields import SettingField, add_settings


def build_app_tab(parent, fields: dict[str, SettingField], on_change) -> QWidget:
    page = QWidget(parent)
    form = QFormLayout(page)
    intro = QLabel(QCoreApplication.translate(
        "SettingsDialog", "»Min Læge« er den nationale app. Den viser den samme indbakke, de samme aftaler "
                          "og receptfornyelser som portalen."))
    intro.setWordWrap(True)
    form.addRow(intro)
    add_settings(form, [s for s in CLINIC_SETTINGS if s.group is Group.APP], fields, on_change)
    return page
