"""The settings dialog: the tabs, the preview, loading and one "Gem" for everything.

:class:`SettingsDialog` has the tabs Klinik, Behandlere, Ferie, Min Læge-app,
Åbningstider and Vedhæftede filer (their modules are beside this one) and a live preview of the portal's front page
(``services.clinic_settings.preview_front_page`` on the unsaved values). "Gem"
hands the difference (``changes_between``) to ``save_settings`` off the GUI thread:
one transaction, all or nothing. A Danish error is shown next to the field (or on
the provider or holiday tab) and the dialog stays open with everything typed; a
stale version offers "Genindlæs". Leaving with unsaved changes asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, \
    QVBoxLayout

from clinicdesk.domain.errors import ClinicDeskError, StaleData, ValidationError
from clinicdesk.services import clinic_settings as cs
from clinicdesk.views.settings.app_tab import build_app_tab
from clinicdesk.views.settings.clinic_tab import build_clinic_tab
from clinicdesk.views.settings.fields import SettingField
from clinicdesk.views.settings.files_tab import build_files_tab
from clinicdesk.views.settings.holiday_tab import HolidayTab
from clinicdesk.views.settings.hours_tab import HoursTab
from clinicdesk.views.settings.preview import PreviewPane
from clinicdesk.views.settings.provider_tab import ProviderTab
from clinicdesk.views.settings.safety_tab import SafetyTab
from clinicdesk.views.service_text import error_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone

TAB_CLINIC, TAB_PROVIDERS, TAB_HOLIDAYS, TAB_APP, TAB_HOURS, TAB_FILES = range(6)


class SettingsDialog(QDialog):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._db = db
        self._actor = actor
        self._settings: cs.ClinicSettings | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Indstillinger for patientportalen – %1").replace("%1", actor.clinic_name))
        self.fields: dict[str, SettingField] = {}
        self._field_tab: dict[str, int] = {}

        self.providers = ProviderTab(self)
        self.holidays = HolidayTab(self)
        self.provider_table, self.holiday_table = self.providers.table, self.holidays.table
        self.provider_error, self.holiday_error = self.providers.error, self.holidays.error
        self.add_holiday_button = self.holidays.add_button
        self.tabs = QTabWidget(self)
        self._add_form_tab(build_clinic_tab, self.tr("Klinik"))
        self.tabs.addTab(self.providers, self.tr("Behandlere"))
        self.tabs.addTab(self.holidays, self.tr("Ferie"))
        self._add_form_tab(build_app_tab, self.tr("Min Læge-app"))
        self.hours = HoursTab(self, self._update_preview)
        self.tabs.addTab(self.hours, self.tr("Åbningstider"))
        self._add_form_tab(build_files_tab, self.tr("Vedhæftede filer"))
        self.safety = SafetyTab(db, actor, self)  # saves at once (not through "Gem")
        self.tabs.addTab(self.safety, self.tr("Haster"))
        for model in (self.providers.model, self.holidays.model):
            model.edited.connect(self._update_preview)

        self.preview_pane = PreviewPane(self)
        self.preview = self.preview_pane.picture  # the drawn front page; toPlainText() is its text

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Genindlæs"), self)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Gem"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Annuller"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.tabs, 3)
        top.addWidget(self.preview_pane, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addLayout(bottom)
        self.resize(1280, 660)
        self.reload()

    def _add_form_tab(self, build, title: str) -> None:
        before = set(self.fields)
        tab = self.tabs.addTab(build(self, self.fields, self._update_preview), title)
        self._field_tab.update({name: tab for name in self.fields.keys() - before})
        for name in self.fields.keys() - before:
            self.fields[name].valid_again.connect(self._field_valid_again)

    def _field_valid_again(self, shown: str) -> None:
        """A field's value was fixed: its message leaves the status line too."""
        if self.status.text() == shown:
            self.status.clear()
            set_tone(self.status, None)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        set_tone(self.status, None)
        self.save_button.setEnabled(False)
        self.reload_button.hide()
        self.status.setText(self.tr("Henter indstillingerne …"))
        run_in_background(cs.load_settings, self._db, self._actor, on_done=self._loaded,
                          on_error=self._load_failed, context=self)

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, self.tr("Indstillingerne kunne ikke hentes.")))

    def _loaded(self, settings: cs.ClinicSettings) -> None:
        self._settings = settings
        for name, field in self.fields.items():
            field.set_value(getattr(settings.clinic, name))
        self.providers.model.set_rows(settings.providers)
        self.holidays.model.set_rows(settings.holidays)
        self.hours.set_week(settings.opening_hours)
        self.provider_error.clear()
        self.holiday_error.clear()
        self.status.clear()
        self.save_button.setEnabled(True)
        self._update_preview()

    # ------------------------------------------------------------------ the edited values
    def clinic_values(self) -> dict:
        return {name: field.value() for name, field in self.fields.items()}

    def changes(self) -> cs.SettingsChanges:
        """What "Gem" writes; a ``ValidationError`` when a weekday's opening hours cannot be read."""
        return cs.changes_between(self._settings, self.clinic_values(), self.providers.model.rows(),
                                  self.holidays.model.rows(), self.hours.week())

    def has_changes(self) -> bool:
        if self._settings is None:
            return False
        try:
            return bool(self.changes())
        except ValidationError:
            return True  # opening hours typed but not readable yet: that is a change

    def _update_preview(self, *_args) -> None:
        if self._settings is None:
            return
        self.providers.model.set_clinic_booking(self.fields["booking_enabled"].value())
        try:
            edited = cs.ClinicSettings(replace(self._settings.clinic, **self.clinic_values()),
                                       tuple(self.providers.model.rows()), self.holidays.valid_periods())
            page = cs.preview_front_page(edited)
        except (TypeError, ValueError):
            return
        self.preview_pane.show_page(page)

    # ------------------------------------------------------------------ leaving
    def reject(self) -> None:
        """Annuller / Esc / close: ask before unsaved changes are thrown away."""
        if self._saving or not self.has_changes():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Kassér ændringerne?"),
                          self.tr("Du har ændringer, der ikke er gemt. Vil du kassere dem?"), parent=self)
        discard = box.addButton(self.tr("Kassér ændringerne"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Fortsæt redigeringen"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda *_: box.clickedButton() is discard and QDialog.reject(self))
        self.discard_box = box
        box.open()

    def closeEvent(self, event) -> None:
        if self.has_changes() and not self._saving:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if self._settings is None or self._saving:
            return
        for f in self.fields.values():
            f.set_error("")
        self.provider_error.clear()
        self.holiday_error.clear()
        self.hours.error.clear()
        self.reload_button.hide()
        try:
            changes = self.changes()
        except ValidationError as exc:
            self._show_hours_error(error_text(exc))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Gemmer …"))
        run_in_background(cs.save_settings, self._db, self._actor, changes, on_done=self._saved,
                          on_error=self._save_failed, context=self)

    def _saved(self, _saved) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        """Nothing was written; everything typed stays, and the error is shown where it belongs."""
        self._saving = False
        self.save_button.setEnabled(True)
        if not isinstance(exc, ClinicDeskError):
            self.status.setText(self.tr("Indstillingerne kunne ikke gemmes. Prøv igen."))
            return
        self.status.setText(error_text(exc))
        set_tone(self.status, "error")
        if isinstance(exc, StaleData):
            self.reload_button.show()
            return
        section, field = exc.details.get("section"), exc.details.get("field")
        if section == "clinic" and field in self.fields:
            self.fields[field].set_error(error_text(exc))
            self.tabs.setCurrentIndex(self._field_tab[field])
            self.fields[field].widget.setFocus()
        elif section == "provider":
            self.provider_error.setText(error_text(exc))
            self.tabs.setCurrentIndex(TAB_PROVIDERS)
        elif section == "holiday":
            self.holiday_error.setText(error_text(exc))
            self.tabs.setCurrentIndex(TAB_HOLIDAYS)
        elif section == "opening_hours":
            self._show_hours_error(error_text(exc))

    def _show_hours_error(self, text: str) -> None:
        self.hours.error.setText(text)
        self.status.setText(text)
        set_tone(self.status, "error")
        self.tabs.setCurrentIndex(TAB_HOURS)
