"""The "Klinik" tab: the clinic's portal settings (group PORTAL of the declaration)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from clinicdesk.domain.settings import CLINIC_SETTINGS, Group
from clinicdesk.views.settings.fields import SettingField, add_settings


def build_clinic_tab(parent, fields: dict[str, SettingField], on_change) -> QWidget:
    page = QWidget(parent)
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    add_settings(form, [s for s in CLINIC_SETTINGS if s.group is Group.PORTAL], fields, on_change)
    return page
