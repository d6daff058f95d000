"""The small dialogs of staff administration.

Each form runs its service call off the GUI thread when the user presses Enter (or
the OK button), shows a refusal in Danish on the form and stays open, and closes
with ``done_with(result)`` when the work is done. :class:`TemporaryPasswordDialog`
shows a new temporary password once, selectable, to hand over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from clinicdesk.domain.enums import Role
from clinicdesk.services import staff, staff_profile
from clinicdesk.views.labels import role_label
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text
from clinicdesk.views.tones import set_tone

ROLES = (Role.RECEPTIONIST, Role.NURSE, Role.DOCTOR, Role.ADMIN)


def role_combo(parent, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("roleCombo")
    for role in ROLES:
        combo.addItem(role_label(role), role)
    if current is not None:
        combo.setCurrentIndex(ROLES.index(current))
    return combo


def role_of(combo: QComboBox) -> Role:
    return ROLES[combo.currentIndex()]


class _Form(QDialog):
    """A form with OK/Cancel, an error line and a busy state; subclasses implement ``work()``."""

    done_with = Signal(object)

    def __init__(self, db, actor, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._busy = False
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def busy(self) -> bool:
        return self._busy

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Tab goes down the form and then to the buttons; the cursor starts in the first field."""
        super().showEvent(event)
        if getattr(self, "_ordered", False):
            return
        self._ordered = True
        fields = []
        for i in range(self.form.rowCount()):
            item = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                i, QFormLayout.ItemRole.SpanningRole)
            w = item.widget() if item is not None else None
            if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                fields.append(w)
        for a, b in zip(fields, fields[1:]):
            QWidget.setTabOrder(a, b)
        if fields:
            QWidget.setTabOrder(fields[-1], self.buttons)
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def line(self, label: str, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, edit)
        return edit

    def work(self):  # pragma: no cover - abstract: returns (fn, args)
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        fn, args = self.work()
        self._busy = True
        self.buttons.setEnabled(False)
        run_in_background(fn, *args, on_done=self._done, on_error=self._failed, context=self)

    def _done(self, result) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.done_with.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc, self.tr("Der opstod en uventet fejl. Intet er gemt. Prøv igen.")))
        self.error.show()


class NewStaffDialog(_Form):
    """A new staff member; optionally also a provider patients can choose."""

    def __init__(self, db, actor, parent=None):
        super().__init__(db, actor, self.tr("Ny medarbejder"), parent)
        self.setObjectName("newStaffDialog")
        self.full_name = self.line(self.tr("&Fulde navn"), "full_name")
        self.username = self.line(self.tr("&Brugernavn"), "username")
        self.username.setPlaceholderText(self.tr("fx anne.k (små bogstaver)"))
        self.initials = self.line(self.tr("&Initialer"), "initials")
        self.initials.setPlaceholderText(self.tr("udfyldes ud fra navnet"))
        self.role = role_combo(self)
        self.form.addRow(self.tr("&Rolle"), self.role)
        self.is_provider = QCheckBox(self.tr("&Behandler, som patienterne kan vælge på portalen"), self)
        self.is_provider.setObjectName("isProvider")
        self.form.addRow("", self.is_provider)
        self.title = self.line(self.tr("&Titel"), "title")
        self.title.setEnabled(False)
        self.is_provider.toggled.connect(self.title.setEnabled)
        self.role.currentIndexChanged.connect(self._role_changed)
        note = QLabel(self.tr("Medarbejderen får en midlertidig adgangskode, som vises bagefter, og vælger sin egen "
                              "ved første login."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self._role_changed()

    def _role_changed(self, *_):
        role = role_of(self.role)
        titles = {Role.DOCTOR: self.tr("Praktiserende læge"), Role.NURSE: self.tr("Sygeplejerske")}
        self.is_provider.setChecked(role in titles)
        if not self.title.text() or self.title.text() in (self.tr("Praktiserende læge"), self.tr("Sygeplejerske")):
            self.title.setText(titles.get(role, ""))

    def work(self):
        full_name, username, initials = self.full_name.text(), self.username.text(), self.initials.text()
        role, provider, title = role_of(self.role), self.is_provider.isChecked(), self.title.text()

        def create(db, actor):  # one transaction: a refused title leaves no staff member behind
            return staff.add_staff(db, actor, username, full_name, role, initials=initials,
                                   provider_title=title if provider else None)

        return create, (self._db, self._actor)


class JoinClinicDialog(_Form):
    """Shared staff: someone from another clinic in the system gets a role here too."""

    def __init__(self, db, actor, parent=None):
        super().__init__(db, actor, self.tr("Tilknyt fra anden klinik"), parent)
        self.setObjectName("joinClinicDialog")
        note = QLabel(self.tr("Arbejder personen allerede for en anden klinik i systemet, får de adgang hertil med "
                              "deres egen bruger: skriv brugernavnet og vælg rollen her."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.username = self.line(self.tr("&Brugernavn"), "username")
        self.role = role_combo(self)
        self.form.addRow(self.tr("&Rolle"), self.role)

    def work(self):
        return staff.join_clinic, (self._db, self._actor, self.username.text(), role_of(self.role))


class EditStaffDialog(_Form):
    def __init__(self, db, actor, row: staff.StaffRow, parent=None):
        super().__init__(db, actor, self.tr("Redigér medarbejder"), parent)
        self.setObjectName("editStaffDialog")
        self._row = row
        self.full_name = self.line(self.tr("&Fulde navn"), "full_name", row.full_name)
        self.initials = self.line(self.tr("&Initialer"), "initials", row.initials)
        self.role = role_combo(self, row.role)
        self.form.addRow(self.tr("&Rolle her"), self.role)

    def work(self):
        return (lambda db, actor: staff.edit_staff(
            db, actor, self._row.id, self._row.version, full_name=self.full_name.text(),
            initials=self.initials.text(), role=role_of(self.role)), (self._db, self._actor))


class ProfileDialog(_Form):
    """The provider profile patients see: name, title (or a custom portal name), functions."""

    def __init__(self, db, actor, profile: staff_profile.ProviderProfile, parent=None):
        super().__init__(db, actor, self.tr("Behandlerprofil"), parent)
        self.setObjectName("profileDialog")
        self._profile = profile
        self.name = self.line(self.tr("&Navn"), "provider_name", profile.name)
        self.title = self.line(self.tr("&Titel"), "provider_title", profile.title)
        self.display_name = self.line(self.tr("&Eget navn på portalen"), "provider_display_name",
                                      profile.display_name)
        self.display_name.setPlaceholderText(self.tr("fx Sygeplejersken (skjuler titlen)"))
        self.boxes: dict[str, QCheckBox] = {}
        for field, text in (("econsult_enabled", self.tr("E-&konsultation")),
                            ("renewal_enabled", self.tr("&Receptfornyelse")),
                            ("booking_enabled", self.tr("Tids&bestilling")),
                            ("booking_comment_required", self.tr("Ko&mmentar påkrævet ved tidsbestilling")),
                            ("active", self.tr("&Vises for patienterne"))):
            box = QCheckBox(text, self)
            box.setObjectName(f"profile_{field}")
            box.setChecked(bool(getattr(profile, field)))
            self.boxes[field] = box
            self.form.addRow("", box)
        if not profile.clinic_booking_enabled:
            self.boxes["booking_enabled"].setToolTip(self.tr("Tidsbestilling er slået fra for hele klinikken."))

    def work(self):
        changes = {"name": self.name.text(), "title": self.title.text(), "display_name": self.display_name.text(),
                   **{f: b.isChecked() for f, b in self.boxes.items()}}
        return (staff_profile.save_profile,
                (self._db, self._actor, self._profile.staff_id, changes, self._profile.version))


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once: the administrator hands it over; it is changed at first login."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.setWindowTitle(self.tr("Midlertidig adgangskode"))
        text = QLabel(self.tr("Giv brugernavn og adgangskode til medarbejderen. Adgangskoden vises kun nu; "
                              "medarbejderen vælger sin egen ved første login."), self)
        text.setWordWrap(True)
        form = QFormLayout()
        self.username = QLineEdit(username, self)
        self.username.setReadOnly(True)
        self.password = QLineEdit(password, self)
        self.password.setObjectName("temporaryPassword")
        self.password.setReadOnly(True)
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Adgangskode"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()
        self.password.selectAll()
        self.setMinimumWidth(420)
