"""Form inputs built from the settings declaration (:mod:`clinicdesk.domain.settings`).

``setting_text`` translates a declared Danish label (context ``ClinicSetting``).
:class:`SettingField` is one input with its own red error line underneath: a tick
box (BOOL, the label is its text), a spin box with the declared unit (INT), a line
edit (TEXT) or a combo box of the declared choices (CHOICE); the help text is its
tooltip. ``add_settings`` puts the settings of one group on a form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.settings import TR_CONTEXT, Kind, Setting
from clinicdesk.services.clinic_settings.validate import check_values
from clinicdesk.views.inbox.icons import register_icon_path
from clinicdesk.views.tones import set_tone

# Spin boxes take a little more than the declared range, so a wrong value gets the
# service's Danish message next to the field instead of silently snapping back.
SPIN_RANGE = (0, 99999)


def setting_text(text: str, note: str | None = None) -> str:
    """A declared Danish label or help text in the user interface language."""
    return QCoreApplication.translate(TR_CONTEXT, text, note) if text else ""


class SettingField(QWidget):
    """An input for one declared setting, with its own (hidden until needed) red error line.

    The error goes away as soon as the value is right again (``valid_again`` then tells the
    dialog, which clears the same message from its status line)."""

    valid_again = Signal(str)  # the error text that was shown

    def __init__(self, setting: Setting, parent=None):
        super().__init__(parent)
        self.setting = setting
        self.widget = _input(setting)
        self.widget.setToolTip(setting_text(setting.help))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.widget)
        lay.addWidget(self.error)
        self.connect_changed(self._recheck)

    def _recheck(self, *_args) -> None:
        """A value typed after an error: when the declaration accepts it, the stale error goes."""
        if self.error.isHidden():
            return
        try:
            check_values({self.setting.field: self.value()}, {self.setting.field: self.setting}, (self.setting.field,))
        except ValidationError:
            return
        shown = self.error.text()
        self.set_error("")
        self.valid_again.emit(shown)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def value(self):
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QSpinBox):
            return w.value()
        return w.currentData()

    def set_value(self, value) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QCheckBox):
            w.setChecked(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QSpinBox):
            w.setValue(value)
        else:
            w.setCurrentIndex(max(0, w.findData(value)))
        w.blockSignals(False)
        self.set_error("")

    def connect_changed(self, slot) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.toggled.connect(slot)
        elif isinstance(w, QLineEdit):
            w.textChanged.connect(slot)
        elif isinstance(w, QSpinBox):
            w.valueChanged.connect(slot)
        else:
            w.currentIndexChanged.connect(slot)


def _input(s: Setting) -> QWidget:
    if s.kind is Kind.BOOL:
        return QCheckBox(setting_text(s.label, s.label_note))
    if s.kind is Kind.INT:
        register_icon_path()  # the arrows' images (style.qss)
        spin = QSpinBox()
        spin.setRange(min(SPIN_RANGE[0], s.minimum), max(SPIN_RANGE[1], s.maximum))
        spin.setMaximumWidth(240)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)  # arrows drawn by style.qss
        spin.setSuffix(setting_text(s.unit))
        return spin
    if s.kind is Kind.CHOICE:
        combo = QComboBox()
        for value, label, note in s.choices:
            combo.addItem(setting_text(label, note), value)
        return combo
    return QLineEdit()


def tab_in_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` one after the other (the reading order of a form built out of order)."""
    for a, b in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(a, b)


def add_settings(form: QFormLayout, settings, fields: dict[str, SettingField], on_change) -> None:
    """A row per setting on ``form`` (tick boxes without a row label); each field goes into ``fields``."""
    for s in settings:
        field = SettingField(s, form.parentWidget())
        fields[s.field] = field
        field.connect_changed(on_change)
        form.addRow("" if s.kind is Kind.BOOL else setting_text(s.label, s.label_note), field)
        if s.kind is not Kind.BOOL:  # the row's label names the input inside the field (screen readers)
            field.widget.setAccessibleName(setting_text(s.label, s.label_note))
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field.widget)
