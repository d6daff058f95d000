"""Idle detection and the lock page shown instead of the work area.

:class:`IdleWatcher` is an application-wide event filter: any key, mouse or
wheel input restarts a single-shot timer; when it fires, ``idle`` is emitted.
:class:`LockPage` asks the signed-in user for their password (checked with
``auth.login`` off the GUI thread, so wrong attempts count towards lockout).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clinicdesk.services import auth
from clinicdesk.views.service_text import error_text
from clinicdesk.views.worker import run_in_background

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, int(timeout_ms)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()


class LockPage(QWidget):
    """The page shown while locked: no patient data, only who is signed in and a password field."""

    unlocked = Signal(object)  # auth.LoginResult of the same user
    sign_out_requested = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._username = ""
        self._staff_id: int | None = None
        self._clinic_id: int | None = None
        self._busy = False
        self.setObjectName("lockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # let the stylesheet paint it

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(460)  # a fixed width lets the wrapped text take the height it needs
        icon = QLabel(card)
        icon.setPixmap(QIcon.fromTheme("system-lock-screen", QIcon()).pixmap(48, 48))
        title = QLabel(self.tr("Skærmen er låst"), card)
        title.setObjectName("lockTitle")
        self.who_label = QLabel(card)
        self.who_label.setObjectName("lockWho")
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.setWordWrap(True)
        self.password_edit = QLineEdit(card)
        self.password_edit.setObjectName("unlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Adgangskode"))
        self.password_edit.setAccessibleName(self.tr("Adgangskode"))
        self.password_edit.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Lås op"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)  # styled as the primary action
        self.unlock_button.clicked.connect(self._submit)
        self.sign_out_button = QPushButton(self.tr("Log ud"), card)
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.setProperty("flat", True)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.error_label = QLabel(card)
        self.error_label.setObjectName("lockError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        if not icon.pixmap().isNull():
            inner.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            icon.hide()
        inner.addWidget(title)
        inner.addWidget(self.who_label)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)

        # no alignment flags: they make layouts ignore height-for-width and clip wrapped text
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def prepare(self, login_result: auth.LoginResult, actor: auth.Actor) -> None:
        """Reset for a new lock of ``login_result``'s user acting for ``actor``'s clinic."""
        self._username = login_result.username
        self._staff_id = login_result.staff_id
        self._clinic_id = actor.clinic_id  # the unlock is in this clinic's log
        self.who_label.setText(
            self.tr(
                "Låst for at beskytte patientoplysningerne. %1 (%2) skal skrive sin adgangskode for at fortsætte. "
                "Arbejde, der ikke er gemt, er bevaret."
            )
            .replace("%1", login_result.full_name)
            .replace("%2", actor.clinic_name)
        )
        self.password_edit.clear()
        self.error_label.hide()
        self._set_busy(False)

    @property
    def error_message(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def focus_password(self) -> None:
        self.password_edit.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        password = self.password_edit.text()
        if not password:
            self._show_error(self.tr("Skriv din adgangskode."))
            return
        self._set_busy(True)
        run_in_background(
            auth.login, self._db, self._username, password, clinic_id=self._clinic_id,
            on_done=self._done, on_error=self._failed, context=self,
        )

    def _done(self, result: auth.LoginResult) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if result.staff_id != self._staff_id:  # cannot happen with the same username; be strict anyway
            self._show_error(self.tr("Kun den bruger, der låste skærmen, kan låse op. Vælg Log ud for at skifte bruger."))
            return
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self._show_error(error_text(exc, self.tr("Skærmen kunne ikke låses op på grund af en fejl. Prøv igen.")))
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.error_label.hide()
