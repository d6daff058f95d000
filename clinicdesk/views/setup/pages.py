"""The setup wizard's pages: the clinic, its opening hours, the first administrator, the summary.

Each page checks its own values with the service's rules when the user goes on
(``services.setup.check_clinic``, ``opening_hours.check_week``, ``check_admin``:
pure checks, no database), shows the Danish refusal on the page and puts the
cursor in the field it names.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QTimeEdit, QVBoxLayout, QWizardPage,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.settings import CLINIC, TR_CONTEXT
from clinicdesk.services import opening_hours, password_policy, setup
from clinicdesk.services.opening_hours import Span
from clinicdesk.views.service_text import error_text
from clinicdesk.views.tones import set_tone


def _error_label(page) -> QLabel:
    label = QLabel(page)
    label.setObjectName("pageError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    set_tone(label, "error")
    label.hide()
    return label


class _Page(QWizardPage):
    def show_error(self, message: str, widget=None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.setText("")


class ClinicPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clinicPage")
        self.setTitle(self.tr("Klinikken"))
        self.setSubTitle(self.tr("Sådan hedder og findes klinikken. Patienterne ser navnet på portalen øverst til "
                                 "venstre."))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}

        def add(field: str, label: str, placeholder: str = "") -> None:
            edit = QLineEdit(self)
            edit.setObjectName(f"setup_{field}")
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label.replace("&", ""))
            self.edits[field] = edit
            form.addRow(label, edit)

        add("name", self.tr("&Klinikkens navn"), self.tr("fx Lægerne i Ribe I/S"))
        add("display_name", "&" + QCoreApplication.translate(TR_CONTEXT, CLINIC["display_name"].label),
            self.tr("som klinikkens navn"))
        add("portal_link", "&" + QCoreApplication.translate(TR_CONTEXT, CLINIC["portal_link"].label), "https://…")
        add("yder_number", self.tr("&Ydernummer"), self.tr("6 cifre"))
        add("address", self.tr("&Adresse"), self.tr("gade og nr., postnr. og by"))
        add("phone", self.tr("&Telefon"), self.tr("fx 75 42 00 00"))
        add("email", self.tr("&E-mail (valgfri)"))
        self.edits["display_name"].setToolTip(QCoreApplication.translate(TR_CONTEXT, CLINIC["display_name"].help))
        self.edits["portal_link"].setToolTip(QCoreApplication.translate(TR_CONTEXT, CLINIC["portal_link"].help))
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.values: dict = {}

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        raw = {f: e.text() for f, e in self.edits.items()}
        try:
            self.values = setup.check_clinic(raw)
        except ClinicDeskError as exc:
            self.show_error(error_text(exc), self.edits.get(exc.details.get("field", "")))
            return False
        self.clear_error()
        return True


class HoursPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hoursPage")
        self.setTitle(self.tr("Åbningstider"))
        self.setSubTitle(self.tr("Hvornår klinikken har åbent. Et flueben for hver dag, I har åbent; "
                                 "behandlernes bookbare tider sættes op senere."))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Åbner"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Lukker"), self), 0, 2)
        self.rows: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        default = {s.weekday: s for s in opening_hours.DEFAULT_WEEK}
        day_names = (self.tr("Mandag"), self.tr("Tirsdag"), self.tr("Onsdag"), self.tr("Torsdag"),
                     self.tr("Fredag"), self.tr("Lørdag"), self.tr("Søndag"))
        for day, name in enumerate(day_names):
            box = QCheckBox(name, self)
            box.setObjectName(f"open_{day}")
            span = default.get(day)
            opens, closes = QTimeEdit(self), QTimeEdit(self)
            for edit, value, what in ((opens, span.opens if span else time(8), self.tr("åbner")),
                                      (closes, span.closes if span else time(16), self.tr("lukker"))):
                edit.setDisplayFormat("HH:mm")
                edit.setTime(QTime(value.hour, value.minute))
                edit.setAccessibleName(f"{name} {what}")
            opens.setObjectName(f"opens_{day}")
            closes.setObjectName(f"closes_{day}")
            box.setChecked(span is not None)
            box.toggled.connect(opens.setEnabled)
            box.toggled.connect(closes.setEnabled)
            opens.setEnabled(span is not None)
            closes.setEnabled(span is not None)
            grid.addWidget(box, day + 1, 0)
            grid.addWidget(opens, day + 1, 1)
            grid.addWidget(closes, day + 1, 2)
            self.rows.append((box, opens, closes))
        grid.setColumnStretch(3, 1)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.week: tuple[Span, ...] = opening_hours.DEFAULT_WEEK

    def spans(self) -> list[Span]:
        out = []
        for day, (box, opens, closes) in enumerate(self.rows):
            if box.isChecked():
                o, c = opens.time(), closes.time()
                out.append(Span(day, time(o.hour(), o.minute()), time(c.hour(), c.minute())))
        return out

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.week = opening_hours.check_week(self.spans())
        except ClinicDeskError as exc:
            self.show_error(error_text(exc))
            return False
        self.clear_error()
        return True


class AdminPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.setTitle(self.tr("Den første administrator"))
        self.setSubTitle(self.tr("Administratoren opretter resten af personalet og retter klinikkens indstillinger. "
                                 "Brug en personlig bruger, ikke en fælles."))
        form = QFormLayout()
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("admin_full_name")
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.username.setPlaceholderText(self.tr("fx mette.k"))
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("admin_repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit, label in ((self.full_name, self.tr("&Fulde navn")), (self.username, self.tr("&Brugernavn")),
                            (self.password, self.tr("&Adgangskode")), (self.repeat, self.tr("&Gentag adgangskode"))):
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)
        hint = QLabel(self.tr("Mindst %1 tegn, og ikke et almindeligt ord eller dit navn. En sætning af flere ord er "
                              "let at huske, fx »Kaffe med mælk kl 7«.").replace("%1", str(password_policy.MIN_LENGTH)),
                      self)
        hint.setWordWrap(True)
        hint.setObjectName("policyHint")
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.username_value = ""
        self.full_name_value = ""

    def validatePage(self) -> bool:  # noqa: N802
        fields = {"username": self.username, "full_name": self.full_name, "admin_password": self.password}
        try:
            username, full_name = setup.check_admin(self.username.text(), self.full_name.text(), None)
        except ClinicDeskError as exc:
            self.show_error(error_text(exc), fields.get(exc.details.get("field", "")))
            return False
        if self.password.text() != self.repeat.text():
            self.repeat.clear()
            self.show_error(self.tr("De to adgangskoder er ikke ens. Skriv den igen."), self.repeat)
            return False
        try:
            setup.check_admin(username, full_name, self.password.text())
        except ClinicDeskError as exc:
            self.repeat.clear()
            self.show_error(error_text(exc), self.password)
            return False
        self.username_value, self.full_name_value = username, full_name
        self.clear_error()
        return True


class SummaryPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.setTitle(self.tr("Opret klinikken"))
        self.setSubTitle(self.tr("Se oplysningerne igennem. Når du vælger »Opret klinikken«, gemmes det hele på én "
                                 "gang, og du kan logge ind som administrator."))
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the clinic's own text, never markup
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("setupStatus")
        self.status.hide()
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
