"""The "Åbningstider" tab: the clinic's opening hours, a line per weekday.

Each weekday takes one or more spans (``08:00-16:00`` or ``08:00-12:00, 13:00-16:00``)
or ``lukket`` (an empty line is closed too). The text is read by the one rule in
``services.opening_hours`` (``parse_spans``, ``check_week``); a wrong line is shown
in red under the days and the dialog is not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import opening_hours
from clinicdesk.views.tones import set_tone

_DAYS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Mandag"), QT_TRANSLATE_NOOP("SettingsDialog", "Tirsdag"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Onsdag"), QT_TRANSLATE_NOOP("SettingsDialog", "Torsdag"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Fredag"), QT_TRANSLATE_NOOP("SettingsDialog", "Lørdag"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Søndag"),
)


def _day_label(day: int) -> str:
    return QCoreApplication.translate("SettingsDialog", _DAYS[day])


def week_text(week, day: int) -> str:
    spans = [s for s in week if s.weekday == day]
    if not spans:
        return QCoreApplication.translate("SettingsDialog", "lukket")
    return ", ".join(f"{s.opens:%H:%M}-{s.closes:%H:%M}" for s in spans)


class HoursTab(QWidget):
    def __init__(self, parent=None, on_change=None):
        super().__init__(parent)
        self.setObjectName("hoursTab")
        form = QFormLayout(self)
        intro = QLabel(self.tr("Klinikkens åbningstider (dansk tid). Skriv fx 08:00-16:00, flere perioder med komma "
                               "(08:00-12:00, 13:00-16:00), eller »lukket«."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.days: list[QLineEdit] = []
        for d in range(7):
            edit = QLineEdit(self)
            edit.setObjectName(f"hours{d}")
            edit.setMaxLength(80)
            if on_change is not None:
                edit.textChanged.connect(on_change)
            self.days.append(edit)
            form.addRow(_day_label(d), edit)
        self.error = QLabel(self)
        self.error.setObjectName("hoursError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        form.addRow(self.error)

    def set_week(self, week) -> None:
        for d, edit in enumerate(self.days):
            edit.blockSignals(True)
            edit.setText(week_text(week, d))
            edit.blockSignals(False)
        self.error.clear()

    def week(self):
        """The typed week as ``Span``s (sorted), or a ``ValidationError`` naming the day."""
        spans = []
        for d, edit in enumerate(self.days):
            text = edit.text().strip()
            if text.lower() == QCoreApplication.translate("SettingsDialog", "lukket").lower():
                text = "lukket"
            try:
                spans += opening_hours.parse_spans([d], text)
            except ValidationError as exc:
                exc.message = f"{_day_label(d)}: " + exc.message  # a marked message stays translatable
                raise
        return opening_hours.check_week(spans)
