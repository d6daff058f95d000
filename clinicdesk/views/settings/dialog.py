"""The administrator's settings for the patient portal ("Patientkommunikation").

``install_settings(window)`` adds Filer → "Indstillinger for patientportalen…" (Ctrl+,)
for administrators only (it follows ``actor_changed``: a shared staff member who
switches to a clinic where they are not an administrator loses the entry).

:class:`SettingsDialog` has the tabs Klinik, Behandlere, Ferie and Min Læge-app and
a live preview of the portal's front page (``services.clinic_settings.preview_front_page``
on the unsaved values). "Gem" saves through ``services.clinic_settings`` off the GUI
thread; a Danish error is shown next to the field and the dialog stays open with
everything typed; a stale version offers "Genindlæs".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.views.menu_plugin import PermissionDialogPlugin
from clinicdesk.domain.enums import Function, SignupMode
from clinicdesk.services import clinic_settings as cs
from clinicdesk.domain.errors import ClinicDeskError, StaleData
from clinicdesk.services.permissions import Perm
from clinicdesk.views.worker import run_in_background

CLINIC_BOOLS = ("econsult_enabled", "renewal_enabled", "booking_enabled", "auto_create_appointments",
                "attachments_allowed")
APP_BOOLS = ("app_enabled", "app_econsult_enabled", "app_renewal_enabled", "app_booking_enabled",
             "app_show_appointments")
CLINIC_INTS = {
    "max_econsult_length": cs.MAX_LENGTH_RANGE,
    "booking_min_notice_days": cs.NOTICE_RANGE,
    "booking_max_horizon_days": cs.HORIZON_RANGE,
    "cancellation_limit_hours": cs.CANCELLATION_RANGE,
    "answer_due_working_days": cs.ANSWER_DUE_RANGE,
}
_PROV_COLS = ("name", "display_name", "title", "econsult_enabled", "renewal_enabled", "booking_enabled",
              "booking_comment_required")
_HOL_COLS = ("start_date", "end_date", "message", "standin_clinic", "standin_phone", "close_econsult",
             "close_renewal", "close_booking")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _Field(QWidget):
    """An input with its own (hidden until needed) red error line underneath."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.widget = widget
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _centered(box: QCheckBox) -> QWidget:
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
    w.box = box
    return w


class SettingsDialog(QDialog):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._db = db
        self._actor = actor
        self._settings: cs.ClinicSettings | None = None
        self._deleted_holidays: list[tuple[int, int]] = []
        self._saving = False
        self.setWindowTitle(self.tr("Indstillinger for patientportalen – %1").replace("%1", actor.clinic_name))
        self.fields: dict[str, _Field] = {}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_clinic_tab(), self.tr("Klinik"))
        self.tabs.addTab(self._build_provider_tab(), self.tr("Behandlere"))
        self.tabs.addTab(self._build_holiday_tab(), self.tr("Ferie"))
        self.tabs.addTab(self._build_app_tab(), self.tr("Min Læge-app"))

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("portalPreview")
        self.preview.setMinimumWidth(300)
        self.preview.setMaximumWidth(320)
        preview_box_max = 320
        preview_box = QWidget(self)
        preview_box.setMaximumWidth(preview_box_max)
        pl = QVBoxLayout(preview_box)
        pl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Forhåndsvisning</b> – sådan ser portalens forside ud, når du gemmer"), self)
        title.setWordWrap(True)
        pl.addWidget(title)
        pl.addWidget(self.preview)

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
        top.addWidget(preview_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addLayout(bottom)
        self.resize(1280, 660)
        self.reload()

    # ------------------------------------------------------------------ building
    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        f = _Field(widget, self)
        self.fields[name] = f
        form.addRow(label, f)
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(self._update_preview)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._update_preview)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._update_preview)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._update_preview)

    def _build_clinic_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add(form, "display_name", self.tr("Navn på portalen"), QLineEdit())
        self._add(form, "portal_link", self.tr("Portallink"), QLineEdit())
        signup = QComboBox()
        for mode, text in ((SignupMode.OFF, self.tr("Fra", "signup mode: off")),
                           (SignupMode.WITH_APPROVAL, self.tr("Med godkendelse")),
                           (SignupMode.AUTOMATIC, self.tr("Automatisk"))):
            signup.addItem(text, mode)
        self._add(form, "signup_mode", self.tr("Tilmelding via portalen"), signup)
        self._add(form, "econsult_enabled", "", QCheckBox(self.tr("E-konsultation")))
        self._add(form, "renewal_enabled", "", QCheckBox(self.tr("Receptfornyelse")))
        self._add(form, "booking_enabled", "", QCheckBox(self.tr("Tidsbestilling")))
        self._add(form, "auto_create_appointments", "",
                  QCheckBox(self.tr("Opret aftaler automatisk ved tidsbestilling")))
        self._add(form, "attachments_allowed", "", QCheckBox(self.tr("Patienter må vedhæfte filer")))
        labels = {
            "max_econsult_length": (self.tr("Maks. længde af e-konsultation"), self.tr(" tegn")),
            "booking_min_notice_days": (self.tr("Varsel for tidsbestilling"), self.tr(" dage")),
            "booking_max_horizon_days": (self.tr("Kan bookes op til"), self.tr(" dage frem")),
            "cancellation_limit_hours": (self.tr("Afbud senest"), self.tr(" timer før")),
            "answer_due_working_days": (self.tr("Svarfrist"), self.tr(" arbejdsdage")),
        }
        for name, (lo, hi) in CLINIC_INTS.items():
            spin = QSpinBox()
            # a little wider than allowed, so a wrong value gets the service's Danish message
            spin.setRange(0, 99999)
            spin.setMaximumWidth(240)
            spin.setSuffix(labels[name][1])
            self._add(form, name, labels[name][0], spin)
        return page

    def _build_app_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(self.tr("»Min Læge« er den nationale app. Den viser den samme indbakke, de samme aftaler "
                               "og receptfornyelser som portalen."))
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, text in (("app_enabled", self.tr("Klinikken kan bruges i Min Læge-appen")),
                           ("app_econsult_enabled", self.tr("E-konsultation i appen")),
                           ("app_renewal_enabled", self.tr("Receptfornyelse i appen")),
                           ("app_booking_enabled", self.tr("Tidsbestilling i appen")),
                           ("app_show_appointments", self.tr("Vis aftaler i appen"))):
            self._add(form, name, "", QCheckBox(text))
        return page

    def _build_provider_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        hint = QLabel(self.tr("Titlen vises kun, når behandleren ikke har et eget navn på portalen."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.provider_table = QTableWidget(0, len(_PROV_COLS), page)
        self.provider_table.setHorizontalHeaderLabels([
            self.tr("Behandler"), self.tr("Navn på portalen"), self.tr("Titel"), self.tr("E-konsultation"),
            self.tr("Recept-\nfornyelse"), self.tr("Tids-\nbestilling"), self.tr("Kommentar\npåkrævet"),
        ])
        self.provider_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.provider_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.provider_table.verticalHeader().hide()
        lay.addWidget(self.provider_table)
        self.provider_error = QLabel(page)
        self.provider_error.setStyleSheet("color: #b00020;")
        self.provider_error.setWordWrap(True)
        lay.addWidget(self.provider_error)
        return page

    def _build_holiday_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        hint = QLabel(self.tr("I ferien vises beskeden på portalen, og de valgte funktioner lukkes. "
                              "Nævn vikarklinikken i beskeden. Datoerne er første og sidste feriedag."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.holiday_table = QTableWidget(0, len(_HOL_COLS) + 1, page)
        self.holiday_table.setHorizontalHeaderLabels([
            self.tr("Fra", "first day of a holiday"), self.tr("Til og med"), self.tr("Besked til patienterne"), self.tr("Vikarklinik"),
            self.tr("Telefon"), self.tr("Luk e-\nkonsultation"), self.tr("Luk recept-\nfornyelse"),
            self.tr("Luk tids-\nbestilling"), "",
        ])
        self.holiday_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.holiday_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 114), (1, 114), (3, 130), (4, 90), (5, 84), (6, 84), (7, 84), (8, 64)):
            self.holiday_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.holiday_table.setColumnWidth(col, width)
        self.holiday_table.verticalHeader().hide()
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.holiday_table)
        row = QHBoxLayout()
        self.add_holiday_button = QPushButton(self.tr("Ny ferieperiode"), page)
        self.add_holiday_button.clicked.connect(self._new_holiday)
        row.addWidget(self.add_holiday_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.holiday_error = QLabel(page)
        self.holiday_error.setStyleSheet("color: #b00020;")
        self.holiday_error.setWordWrap(True)
        lay.addWidget(self.holiday_error)
        return page

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.status.setStyleSheet("")
        self.save_button.setEnabled(False)
        self.reload_button.hide()
        self.status.setText(self.tr("Henter indstillingerne …"))
        run_in_background(cs.load_settings, self._db, self._actor, on_done=self._loaded,
                          on_error=self._load_failed, context=self)

    def _load_failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc) if isinstance(exc, ClinicDeskError) else self.tr("Indstillingerne kunne ikke hentes."))

    def _loaded(self, settings: cs.ClinicSettings) -> None:
        self._settings = settings
        self._deleted_holidays = []
        c = settings.clinic
        for name, field in self.fields.items():
            w, value = field.widget, getattr(c, name)
            w.blockSignals(True)
            if isinstance(w, QCheckBox):
                w.setChecked(value)
            elif isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QSpinBox):
                w.setValue(value)
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            w.blockSignals(False)
            field.set_error("")
        self.provider_table.setRowCount(0)
        for p in settings.providers:
            self._provider_row(p)
        self.holiday_table.setRowCount(0)
        for h in settings.holidays:
            self._holiday_row(h)
        self.provider_error.clear()
        self.holiday_error.clear()
        self.status.clear()
        self.save_button.setEnabled(True)
        self._update_preview()

    def _provider_row(self, p: cs.ProviderValues) -> None:
        t = self.provider_table
        r = t.rowCount()
        t.insertRow(r)
        name = QLabel(p.name)
        name.setContentsMargins(6, 0, 6, 0)
        name.setProperty("provider_id", p.id)
        t.setCellWidget(r, 0, name)
        for col, field in ((1, "display_name"), (2, "title")):
            edit = QLineEdit(getattr(p, field))
            edit.textChanged.connect(self._update_preview)
            t.setCellWidget(r, col, edit)
        for col, field in enumerate(_PROV_COLS[3:], start=3):
            box = QCheckBox()
            box.setChecked(getattr(p, field))
            box.setAccessibleName(f"{p.name}: {t.horizontalHeaderItem(col).text()}")
            box.toggled.connect(self._update_preview)
            t.setCellWidget(r, col, _centered(box))

    def _holiday_row(self, h: cs.HolidayValues | None, defaults: dict | None = None) -> None:
        t = self.holiday_table
        r = t.rowCount()
        t.insertRow(r)
        v = defaults or {f: getattr(h, f) for f in _HOL_COLS}
        for col in (0, 1):
            edit = QDateEdit(_qdate(v[_HOL_COLS[col]]))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setProperty("holiday", (h.id, h.version) if h else None)
            edit.dateChanged.connect(self._update_preview)
            t.setCellWidget(r, col, edit)
        for col in (2, 3, 4):
            edit = QLineEdit(v[_HOL_COLS[col]])
            edit.setCursorPosition(0)
            edit.setToolTip(v[_HOL_COLS[col]])
            edit.textChanged.connect(self._update_preview)
            t.setCellWidget(r, col, edit)
        for col in (5, 6, 7):
            box = QCheckBox()
            box.setChecked(v[_HOL_COLS[col]])
            box.toggled.connect(self._update_preview)
            t.setCellWidget(r, col, _centered(box))
        delete = QPushButton(self.tr("Slet"))
        delete.setStyleSheet("min-width: 0; padding: 2px 8px;")
        delete.setToolTip(self.tr("Slet ferieperioden (når du gemmer). En ferie, der er begyndt, kan ikke slettes."))
        delete.clicked.connect(lambda: self._delete_holiday(delete))
        t.setCellWidget(r, len(_HOL_COLS), delete)

    def _new_holiday(self) -> None:
        today = date.today()
        self._holiday_row(None, {"start_date": today, "end_date": today, "message": "", "standin_clinic": "",
                                 "standin_phone": "", "close_econsult": True, "close_renewal": True,
                                 "close_booking": False})
        self.holiday_table.cellWidget(self.holiday_table.rowCount() - 1, 0).setFocus()
        self._update_preview()

    def _delete_holiday(self, button: QPushButton) -> None:
        t = self.holiday_table
        r = next((i for i in range(t.rowCount()) if t.cellWidget(i, len(_HOL_COLS)) is button), -1)
        if r < 0:
            return
        ident = self.holiday_table.cellWidget(r, 0).property("holiday")
        if ident:
            self._deleted_holidays.append(tuple(ident))
        self.holiday_table.removeRow(r)
        self._update_preview()

    # ------------------------------------------------------------------ reading the inputs
    def clinic_changes(self) -> dict:
        if self._settings is None:
            return {}
        out = {}
        for name, field in self.fields.items():
            w = field.widget
            if isinstance(w, QCheckBox):
                value = w.isChecked()
            elif isinstance(w, QLineEdit):
                value = w.text()
            elif isinstance(w, QSpinBox):
                value = w.value()
            else:
                value = w.currentData()
            if value != getattr(self._settings.clinic, name):
                out[name] = value
        return out

    def provider_changes(self) -> dict[int, tuple[int, dict]]:
        out = {}
        if self._settings is None:
            return out
        by_id = {p.id: p for p in self._settings.providers}
        t = self.provider_table
        for r in range(t.rowCount()):
            p = by_id[t.cellWidget(r, 0).property("provider_id")]
            values = {"display_name": t.cellWidget(r, 1).text(), "title": t.cellWidget(r, 2).text()}
            for col, field in enumerate(_PROV_COLS[3:], start=3):
                values[field] = t.cellWidget(r, col).box.isChecked()
            diff = {k: v for k, v in values.items() if v != getattr(p, k)}
            if diff:
                out[p.id] = (p.version, diff)
        return out

    def holiday_rows(self) -> list[tuple[tuple[int, int] | None, dict]]:
        rows = []
        t = self.holiday_table
        for r in range(t.rowCount()):
            ident = t.cellWidget(r, 0).property("holiday")
            values = {"start_date": _pydate(t.cellWidget(r, 0).date()), "end_date": _pydate(t.cellWidget(r, 1).date())}
            for col in (2, 3, 4):
                values[_HOL_COLS[col]] = t.cellWidget(r, col).text()
            for col in (5, 6, 7):
                values[_HOL_COLS[col]] = t.cellWidget(r, col).box.isChecked()
            rows.append((tuple(ident) if ident else None, values))
        return rows

    def _holiday_changes(self):
        by_id = {h.id: h for h in self._settings.holidays}
        ops = []
        for row, (ident, values) in enumerate(self.holiday_rows()):
            if ident is None:
                ops.append(("add", row, None, values))
                continue
            h = by_id[ident[0]]
            diff = {k: v for k, v in values.items() if v != getattr(h, k)}
            if diff:
                ops.append(("update", h.id, ident[1], diff))
        ops += [("delete", hid, version, None) for hid, version in self._deleted_holidays]
        return ops

    # ------------------------------------------------------------------ preview
    def has_changes(self) -> bool:
        if self._settings is None:
            return False
        return bool(self.clinic_changes() or self.provider_changes() or self._holiday_changes())

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

    def _follow_clinic_booking(self) -> None:
        """Booking for a provider only while booking is on for the whole clinic."""
        on = self.fields["booking_enabled"].widget.isChecked()
        col = _PROV_COLS.index("booking_enabled")
        for r in range(self.provider_table.rowCount()):
            box = self.provider_table.cellWidget(r, col).box
            box.setEnabled(on)
            box.setToolTip("" if on else self.tr("Slå tidsbestilling til for klinikken først (fanen Klinik)."))

    def _update_preview(self, *_args) -> None:
        if self._settings is None:
            return
        self._follow_clinic_booking()
        holidays = []
        for ident, v in self.holiday_rows():
            if v["end_date"] < v["start_date"]:
                continue
            start, end = cs.holiday_bounds_utc(v["start_date"], v["end_date"])
            holidays.append(cs.HolidayValues(ident[0] if ident else 0, v["start_date"], v["end_date"], start, end,
                                             v["message"], v["standin_clinic"], v["standin_phone"],
                                             v["close_econsult"], v["close_renewal"], v["close_booking"], 0))
        settings = replace(self._settings, holidays=tuple(holidays))
        try:
            page = cs.preview_front_page(settings, self.clinic_changes(),
                                         {pid: d for pid, (_, d) in self.provider_changes().items()})
        except (TypeError, ValueError):
            return
        labels = {Function.ECONSULT: self.tr("E-konsultation"), Function.RENEWAL: self.tr("Receptfornyelse"),
                  Function.BOOKING: self.tr("Tidsbestilling")}
        html = [f"<h2>{escape(page.display_name)}</h2>",
                f"<p style='color:#555'>{escape(self.tr('Portallink'))}: {escape(page.portal_link)}</p>"]
        if page.holiday_message:
            html.append(f"<p style='background:#fff3cd;padding:6px'>{escape(page.holiday_message)}</p>")
        closed_word = self.tr("lukket")
        html.append("<ul>")
        for fn in Function:
            if page.is_open(fn):
                html.append(f"<li>✔ {escape(labels[fn])}</li>")
            else:
                html.append(f"<li style='color:#888'>✖ {escape(labels[fn])} – {escape(closed_word)}</li>")
        html.append("</ul>")
        html.append("<p>" + escape(self.tr("Tilmelding via portalen er åben.") if page.signup_open
                                   else self.tr("Tilmelding via portalen er lukket.")) + "</p>")
        html.append(f"<h3>{escape(self.tr('Behandlere'))}</h3><ul>")
        for p in page.providers:
            fns = ", ".join(labels[fn] for fn in Function if fn in p.open_functions) or self.tr("ingen funktioner")
            html.append(f"<li><b>{escape(p.label)}</b><br><span style='color:#555'>{escape(fns)}</span></li>")
        html.append("</ul>")
        self.preview.setHtml("".join(html))

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if self._settings is None or self._saving:
            return
        for f in self.fields.values():
            f.set_error("")
        self.provider_error.clear()
        self.holiday_error.clear()
        self.reload_button.hide()
        work = (self._settings.clinic.version, self.clinic_changes(), self.provider_changes(),
                self._holiday_changes())
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Gemmer …"))
        run_in_background(_save_all, self._db, self._actor, *work, on_done=self._saved,
                          on_error=self._save_failed, context=self)

    def _saved(self, outcome) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        done, error, where = outcome
        if error is None:
            self.accept()
            return
        # what was saved before the error keeps its new version; the rest stays as typed
        self._absorb(done)
        self.status.setText(str(error))
        self.status.setStyleSheet("color: #b00020;")
        if isinstance(error, StaleData):
            self.reload_button.show()
            return
        field = getattr(error, "details", {}).get("field")
        if where == "clinic" and field in self.fields:
            self.fields[field].set_error(str(error))
            tab = self.tabs.indexOf(self.fields[field].parentWidget())
            if tab >= 0:
                self.tabs.setCurrentIndex(tab)
            self.fields[field].widget.setFocus()
        elif where == "provider":
            self.provider_error.setText(str(error))
            self.tabs.setCurrentIndex(1)
        elif where == "holiday":
            self.holiday_error.setText(str(error))
            self.tabs.setCurrentIndex(2)

    def _absorb(self, done) -> None:
        s = self._settings
        for kind, key, saved, values in done:
            if kind == "clinic":
                s = replace(s, clinic=replace(s.clinic, version=saved.version, **values))
            elif kind == "provider":
                s = replace(s, providers=tuple(replace(p, version=saved.version, **values) if p.id == key else p
                                               for p in s.providers))
            elif kind in ("holiday_add", "holiday_update"):
                # saved already: the row now stands for the stored period (no double add on retry)
                start, end = cs.holiday_bounds_utc(values["start_date"], values["end_date"])
                if kind == "holiday_add":
                    row = key
                    base = cs.HolidayValues(saved.id, values["start_date"], values["end_date"], start, end,
                                            "", "", "", True, True, False, saved.version)
                else:
                    row = next(r for r in range(self.holiday_table.rowCount())
                               if (self.holiday_table.cellWidget(r, 0).property("holiday") or (None,))[0] == key)
                    base = next(h for h in s.holidays if h.id == key)
                vals = {k: v for k, v in values.items()}
                new = replace(base, starts_at=start, ends_at=end, version=saved.version, **vals)
                s = replace(s, holidays=tuple(h for h in s.holidays if h.id != saved.id) + (new,))
                for col in (0, 1):
                    self.holiday_table.cellWidget(row, col).setProperty("holiday", (saved.id, saved.version))
            elif kind == "holiday_delete":
                self._deleted_holidays = [d for d in self._deleted_holidays if d[0] != key]
        self._settings = s

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Indstillingerne kunne ikke gemmes. Prøv igen."))


def _save_all(db, actor, clinic_version, clinic_changes, provider_changes, holiday_ops):
    """Worker: save each changed row; stop at the first error and say what was saved before it."""
    done = []
    where = "clinic"
    try:
        if clinic_changes:
            saved = cs.save_clinic(db, actor, clinic_changes, clinic_version)
            done.append(("clinic", None, saved, clinic_changes))
        where = "provider"
        for pid, (version, changes) in provider_changes.items():
            saved = cs.save_provider(db, actor, pid, changes, version)
            done.append(("provider", pid, saved, changes))
        where = "holiday"
        for op, hid, version, values in holiday_ops:
            if op == "add":  # hid is the table row here
                saved = cs.add_holiday(db, actor, values)
                done.append(("holiday_add", hid, saved, values))
            elif op == "update":
                saved = cs.update_holiday(db, actor, hid, values, version)
                done.append(("holiday_update", hid, saved, values))
            else:
                cs.delete_holiday(db, actor, hid, version)
                done.append(("holiday_delete", hid, None, None))
    except ClinicDeskError as exc:
        return done, exc, where
    return done, None, where


# ---------------------------------------------------------------------- main window
class _SettingsPlugin(PermissionDialogPlugin):
    perm = Perm.EDIT_CLINIC_SETTINGS

    def __init__(self, window):
        super().__init__(window, QCoreApplication.translate("SettingsDialog", "Indstillinger for patientportalen…"),
                         "openClinicSettings", shortcut="Ctrl+,")
        window.extra_shortcut_rows.append(
            lambda: [("Ctrl+,", QCoreApplication.translate("SettingsDialog", "Indstillinger for patientportalen"))]
            if window.actor.can(Perm.EDIT_CLINIC_SETTINGS) else [])

    def make_dialog(self, db, actor, parent) -> SettingsDialog:
        return SettingsDialog(db, actor, parent)


def install_settings(window) -> _SettingsPlugin:
    plugin = _SettingsPlugin(window)
    window.clinic_settings = plugin
    return plugin
