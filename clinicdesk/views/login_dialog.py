"""The login dialog: username + password, then (shared staff) the clinic to act for.

Open it with ``open()`` and listen to :attr:`LoginDialog.logged_in`
``(LoginResult, Actor)``; the password check (Argon2, slow on purpose) and the
clinic switch run off the GUI thread. At a start it may be shown before the database is
open (``db`` None; the database layer is not even imported yet): what the user submits
meanwhile waits ("Åbner databasen …") and goes on when :meth:`attach` hands it the database. A temporary password (set by an
administrator) leads to a third page: the user chooses their own password (the
policy is checked by ``auth.change_password``) and is then logged in with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services import password_policy
from clinicdesk.views.labels import role_label
from clinicdesk.views.service_text import error_text
from clinicdesk.views.worker import run_in_background


class LoginDialog(QDialog):
    """Sign in. ``clinic_names`` (from ``auth.list_clinics``) go in the title. (``services.auth``
    is imported where it is used: it brings the database layer, which a start loads off the GUI
    thread while this dialog is already shown.)"""

    logged_in = Signal(object, object)  # (auth.LoginResult, auth.Actor)

    def __init__(self, db, clinic_names: list[str] | tuple[str, ...] = (), parent: QWidget | None = None,
                 *, username: str = ""):
        super().__init__(parent)
        self._db = db
        self._result = None  # auth.LoginResult
        self._pending: tuple[str, str] | None = None  # (username, temporary password) while choosing a new one
        self._waiting: tuple[str, str] | None = None  # (username, password) submitted before the database was open
        self._busy = False
        self.setObjectName("loginDialog")
        self.heading = heading = QLabel(self)
        heading.setObjectName("loginHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)  # clinic names are text, never markup
        heading.setWordWrap(True)
        self.subheading = sub = QLabel(self.tr("Log ind med dit personlige brugernavn og din adgangskode."), self)
        sub.setObjectName("loginSubheading")
        sub.setWordWrap(True)

        self.pages = QStackedWidget(self)
        self.pages.setMinimumWidth(380)

        # page 1: credentials
        cred = QWidget(self.pages)
        form = QFormLayout(cred)
        form.setContentsMargins(0, 0, 0, 0)
        self.username_edit = QLineEdit(cred)
        self.username_edit.setObjectName("username")
        self.username_edit.setAccessibleName(self.tr("Brugernavn"))
        self.password_edit = QLineEdit(cred)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Adgangskode"))
        form.addRow(self.tr("&Brugernavn"), self.username_edit)
        form.addRow(self.tr("&Adgangskode"), self.password_edit)
        self.login_button = QPushButton(self.tr("Log ind"), cred)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._submit)
        form.addRow("", self.login_button)
        self.pages.addWidget(cred)

        # page 2: the clinic a shared staff member acts for
        pick = QWidget(self.pages)
        pick_layout = QVBoxLayout(pick)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        self.clinic_prompt = QLabel(pick)
        self.clinic_prompt.setWordWrap(True)
        self.clinic_prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.clinic_combo = QComboBox(pick)
        self.clinic_combo.setObjectName("clinicCombo")
        self.clinic_combo.setAccessibleName(self.tr("Klinik"))
        self.continue_button = QPushButton(self.tr("Fortsæt"), pick)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self._choose_clinic)
        pick_layout.addWidget(self.clinic_prompt)
        pick_layout.addWidget(self.clinic_combo)
        pick_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(pick)

        # page 3: a temporary password is replaced by the user's own
        change = QWidget(self.pages)
        change_layout = QVBoxLayout(change)
        change_layout.setContentsMargins(0, 0, 0, 0)
        self.change_prompt = QLabel(self.tr(
            "Din adgangskode er midlertidig. Vælg din egen adgangskode: mindst %1 tegn – en sætning af flere ord er "
            "let at huske og svær at gætte.").replace("%1", str(password_policy.MIN_LENGTH)), change)
        self.change_prompt.setObjectName("changePrompt")
        self.change_prompt.setWordWrap(True)
        change_form = QFormLayout()
        self.new_password_edit = QLineEdit(change)
        self.new_password_edit.setObjectName("newPassword")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_edit.setAccessibleName(self.tr("Ny adgangskode"))
        self.repeat_password_edit = QLineEdit(change)
        self.repeat_password_edit.setObjectName("repeatPassword")
        self.repeat_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password_edit.setAccessibleName(self.tr("Gentag ny adgangskode"))
        change_form.addRow(self.tr("&Ny adgangskode"), self.new_password_edit)
        change_form.addRow(self.tr("&Gentag"), self.repeat_password_edit)
        self.change_button = QPushButton(self.tr("Skift og log ind"), change)
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.clicked.connect(self._change_password)
        change_layout.addWidget(self.change_prompt)
        change_layout.addLayout(change_form)
        change_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(change)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("loginStatus")
        self.status_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.pages)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        # grow with the error/status line instead of squashing the fields
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

        self.set_clinic_names(clinic_names)
        if username:
            self.username_edit.setText(username)
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def set_clinic_names(self, clinic_names) -> None:
        names = " · ".join(clinic_names)
        self.setWindowTitle(self.tr("Log ind – %1").replace("%1", names) if names else self.tr("Log ind – clinicdesk"))
        self.heading.setText(names or "clinicdesk")

    def attach(self, db) -> None:
        """The database, now open; a login submitted while it opened goes on."""
        self._db = db
        if self._waiting is not None:
            username, password = self._waiting
            self._waiting = None
            self._check(username, password)

    # -- public -------------------------------------------------------------
    @property
    def error_message(self) -> str:
        """The message shown to the user ('' when none is shown)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    @property
    def busy(self) -> bool:
        return self._busy

    # -- credentials ----------------------------------------------------------
    def _submit(self) -> None:
        if self._busy:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self._show_error(self.tr("Skriv dit brugernavn."))
            self.username_edit.setFocus()
            return
        if not password:
            self._show_error(self.tr("Skriv din adgangskode."))
            self.password_edit.setFocus()
            return
        if self._db is None:  # the database is still opening: the login goes on when it is open
            self._waiting = (username, password)
            self._set_busy(True, self.tr("Åbner databasen …"))
            return
        self._check(username, password)

    def _check(self, username: str, password: str) -> None:
        from clinicdesk.services import auth

        self._set_busy(True, self.tr("Logger ind …"))
        run_in_background(
            auth.login, self._db, username, password,
            on_done=self._login_done, on_error=self._login_failed, context=self,
        )

    def _login_done(self, result) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._result = result
        if len(result.memberships) == 1:
            self._finish(result, result.actor_for(result.memberships[0].clinic_id))
            return
        self.clinic_combo.clear()
        for m in result.memberships:
            self.clinic_combo.addItem(f"{m.clinic_name} ({role_label(m.role)})", m.clinic_id)
        self.clinic_prompt.setText(
            self.tr("Velkommen, %1. Du arbejder for flere klinikker. Vælg den klinik, du handler for nu:").replace(
                "%1", result.full_name
            )
        )
        self.login_button.setDefault(False)
        self.continue_button.setDefault(True)
        self.subheading.hide()
        self.pages.setCurrentIndex(1)
        self.clinic_combo.setFocus()

    def _login_failed(self, exc: BaseException) -> None:
        from clinicdesk.services import auth

        self._set_busy(False)
        if isinstance(exc, auth.PasswordChangeRequired) and self.pages.currentIndex() == 0:
            self._pending = (self.username_edit.text().strip(), self.password_edit.text())
            self.password_edit.clear()
            self.login_button.setDefault(False)
            self.change_button.setDefault(True)
            self.subheading.hide()
            self.error_label.hide()
            self.pages.setCurrentIndex(2)
            self.new_password_edit.setFocus()
            return
        self.password_edit.clear()
        self._show_error(error_text(exc, self.tr("Login mislykkedes på grund af en fejl. Prøv igen, eller kontakt support.")))
        self.password_edit.setFocus()

    # -- a temporary password replaced ----------------------------------------------
    def _change_password(self) -> None:
        if self._busy or self._pending is None:
            return
        new, repeat = self.new_password_edit.text(), self.repeat_password_edit.text()
        if not new:
            self._show_error(self.tr("Skriv din nye adgangskode."))
            self.new_password_edit.setFocus()
            return
        if new != repeat:
            self._show_error(self.tr("De to adgangskoder er ikke ens. Skriv dem igen."))
            self.repeat_password_edit.clear()
            self.repeat_password_edit.setFocus()
            return
        username, temporary = self._pending
        self._set_busy(True, self.tr("Skifter adgangskode …"))

        def change_and_login(db):
            from clinicdesk.services import auth

            auth.change_password(db, username, temporary, new)
            return auth.login(db, username, new)

        run_in_background(change_and_login, self._db, on_done=self._password_changed,
                          on_error=self._change_failed, context=self)

    def _password_changed(self, result) -> None:
        self._pending = None
        self.new_password_edit.clear()
        self.repeat_password_edit.clear()
        self.change_button.setDefault(False)
        self.login_button.setDefault(True)
        self._login_done(result)

    def _change_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ClinicDeskError) and exc.code in ("login_failed", "permission_denied"):
            # the temporary password no longer works (locked, deactivated, reset again): start over
            self._pending = None
            self.pages.setCurrentIndex(0)
            self.change_button.setDefault(False)
            self.login_button.setDefault(True)
            self.subheading.show()
            self.password_edit.setFocus()
        else:
            self.new_password_edit.setFocus()
            self.new_password_edit.selectAll()
        self.repeat_password_edit.clear()
        self._show_error(error_text(exc, self.tr("Adgangskoden kunne ikke skiftes på grund af en fejl. Prøv igen.")))

    # -- clinic choice ----------------------------------------------------------
    def _choose_clinic(self) -> None:
        if self._busy or self._result is None:
            return
        clinic_id = self.clinic_combo.currentData()
        from clinicdesk.services import auth

        self._set_busy(True, self.tr("Skifter klinik …"))
        result = self._result
        run_in_background(
            auth.switch_clinic, self._db, result, clinic_id, at_login=True,
            on_done=lambda actor: self._finish(result, actor),
            on_error=self._login_failed, context=self,
        )

    def _finish(self, result, actor) -> None:
        self._set_busy(False)
        self.logged_in.emit(result, actor)
        self.accept()

    # -- helpers ------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for w in (self.username_edit, self.password_edit, self.login_button, self.clinic_combo, self.continue_button,
                  self.new_password_edit, self.repeat_password_edit, self.change_button):
            w.setEnabled(not busy)
        self.status_label.setText(text)
        self.status_label.setVisible(busy)
        if busy:
            self.error_label.hide()
