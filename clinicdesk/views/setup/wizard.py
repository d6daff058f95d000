"""The setup wizard: a new clinic, its opening hours and its first administrator.

Keyboard first: Enter goes to the next page (and on the last one creates the
clinic), Alt+T goes back, Esc cancels. The pages check their values as the user
goes on; "Opret klinikken" runs ``services.setup.create_clinic`` off the GUI
thread (one transaction: all or nothing) and emits :attr:`SetupWizard.created`
with the :class:`~clinicdesk.services.setup.SetupDone` before it closes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard, QWidget

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import opening_hours, setup
from clinicdesk.views.setup.pages import AdminPage, ClinicPage, HoursPage, SummaryPage
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text, service_text



class SetupWizard(QWizard):
    created = Signal(object)  # services.setup.SetupDone

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._busy = False
        self.done_setup: setup.SetupDone | None = None
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Opret jeres klinik – clinicdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tilbage"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Opret klinikken"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annullér"))
        self.clinic_page = ClinicPage(self)
        self.hours_page = HoursPage(self)
        self.admin_page = AdminPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.clinic_page, self.hours_page, self.admin_page, self.summary_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.setMinimumSize(640, 520)

    @property
    def busy(self) -> bool:
        return self._busy

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.summary_page:
            self.summary_page.clear_error()
            self.summary_page.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        v = self.clinic_page.values
        lines = [
            self.tr("Klinik: %1").replace("%1", v.get("name", "")),
            self.tr("Navn på portalen: %1").replace("%1", v.get("display_name", "")),
            self.tr("Portallink: %1").replace("%1", v.get("portal_link", "")),
            self.tr("Ydernummer: %1").replace("%1", v.get("yder_number", "")),
            self.tr("Adresse: %1").replace("%1", v.get("address", "")),
            self.tr("Telefon: %1").replace("%1", v.get("phone", "")),
        ]
        if v.get("email"):
            lines.append(self.tr("E-mail: %1").replace("%1", v["email"]))
        lines.append("")
        lines.append(self.tr("Åbningstider:"))
        lines += ["  " + service_text(line) for line in opening_hours.describe(self.hours_page.week)]
        lines.append("")
        lines.append(self.tr("Administrator: %1 (%2)").replace("%1", self.admin_page.full_name_value)
                     .replace("%2", self.admin_page.username_value))
        return "\n".join(lines)

    def the_setup(self) -> setup.ClinicSetup:
        v = self.clinic_page.values
        return setup.ClinicSetup(
            name=v["name"], display_name=v["display_name"], portal_link=v["portal_link"],
            yder_number=v["yder_number"], address=v["address"], phone=v["phone"], email=v.get("email", ""),
            admin_username=self.admin_page.username_value, admin_full_name=self.admin_page.full_name_value,
            admin_password=self.admin_page.password.text(), opening_hours=self.hours_page.week,
        )

    # -- "Opret klinikken" -----------------------------------------------------------
    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        if self.currentPage() is not self.summary_page:
            return super().validateCurrentPage()
        if self.done_setup is not None:
            return True
        if not self._busy:
            self._set_busy(True)
            run_in_background(setup.create_clinic, self._db, self.the_setup(),
                              on_done=self._created, on_error=self._failed, context=self)
        return False

    def _created(self, done: setup.SetupDone) -> None:
        self._set_busy(False)
        self.done_setup = done
        self.admin_page.password.clear()
        self.admin_page.repeat.clear()
        self.created.emit(done)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_text(exc, self.tr(
            "Klinikken kunne ikke oprettes på grund af en fejl. Intet er gemt. Prøv igen."))
        field = exc.details.get("field", "") if isinstance(exc, ClinicDeskError) else ""
        self.summary_page.show_error(message)
        if field:
            self.summary_page.error.setText(message + "\n" + self.tr("Gå tilbage (Alt+T) og ret det."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.summary_page.status.setText(self.tr("Opretter klinikken …") if busy else "")
        self.summary_page.status.setVisible(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
