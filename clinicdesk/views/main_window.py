"""The main window: header (clinic, user, role), pages, menus, clinic switch, idle lock.

Extension points (for the inbox, patient card, settings and guides):

* ``add_page(key, title, widget)`` puts a widget in the central tab area and a
  "Vis" menu entry (Ctrl+1 … Ctrl+9) that shows it; ``show_page(key)``,
  ``page(key)``, ``remove_page(key)`` do the rest. The welcome page has key
  ``"welcome"``; remove it when a real start page (the inbox) is added.
* ``file_menu``, ``view_menu`` and ``help_menu`` are the QMenus; add actions
  there (``add_help_action(action)`` inserts above "Om clinicdesk").
  ``extra_shortcut_rows`` is a list of callables returning ``[(keys, text)]``
  that the F1 shortcut list (Hjælp → Tastaturgenveje) shows too.
* Modules plug themselves in through ``clinicdesk.app.WINDOW_INSTALLERS``: the
  app calls each ``install_x(window)`` after login (and in ``--self-test``).
* ``actor`` is the acting staff member for the clinic chosen now; connect to
  ``actor_changed(Actor)`` to reload when a shared staff member switches clinic.
  ``db`` and ``login_result`` are there too.
* ``locked_changed(bool)``: the window locked/unlocked itself (idle for
  ``idle_timeout_ms``, or Ctrl+L). While locked the central area is hidden (not
  destroyed: unsaved text survives), so are every other visible top-level window
  of the app (dialogs, patient cards), docks, tool bars and the status bar; open
  popups close and the menus and window actions are disabled. Everything comes
  back after the same user's password. Pages need not do anything (stop polling
  if you like), but must not put patient data in the window title.
* ``signed_out()`` is emitted after the sign-out was audited; the app then shows
  the login dialog again.

Only the window's geometry/state is stored, in the workstation's QSettings.
"""

from __future__ import annotations

from html import escape as html_escape

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinicdesk import APP_NAME, __version__
from clinicdesk.domain.errors import AccessRevoked, PermissionDenied
from clinicdesk.services import auth
from clinicdesk.views.access_watch import AccessWatch
from clinicdesk.views.db_upkeep import WalUpkeep
from clinicdesk.views.labels import role_label
from clinicdesk.views.lock_screen import IdleWatcher, LockPage
from clinicdesk.views.service_text import error_text
from clinicdesk.views.worker import run_in_background

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
WELCOME_KEY = "welcome"
#: on a screen narrower than this the window takes all of it at first start (a 1366 laptop)
SMALL_SCREEN_WIDTH = 1600


def first_start_geometry(avail: QRect) -> QRect:
    """Where the window opens on a workstation's first start: most of a large screen, centred (the
    inbox needs the width); all of a small one (at 92 % of a 1366 screen the folders, the list's
    filters and the open item did not fit side by side, and the folder names were cut)."""
    if avail.width() < SMALL_SCREEN_WIDTH:
        return QRect(avail)
    w = min(max(1200, int(avail.width() * 0.92)), avail.width())
    h = min(max(780, int(avail.height() * 0.92)), avail.height())
    r = QRect(0, 0, w, h)
    r.moveCenter(avail.center())
    return r


def workstation_settings() -> QSettings:
    """This workstation's settings (window state only; clinic-wide settings live in the database)."""
    return QSettings(APP_NAME, APP_NAME)


class WelcomePage(QWidget):
    """The placeholder start page: who is signed in where, and a few tips."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # let the stylesheet paint it
        self._shared = False
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(760)
        self.tips = QLabel(self)
        self.tips.setObjectName("welcomeTips")
        self.tips.setWordWrap(True)
        self.tips.setMaximumWidth(760)
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.tips)
        layout.addStretch(1)

    def set_actor(self, actor: auth.Actor, shared: bool | None = None) -> None:
        if shared is not None:
            self._shared = shared
        role = role_label(actor.role)
        self.title.setText(self.tr("Velkommen, %1").replace("%1", actor.full_name))
        self.text.setText(
            self.tr(
                "Du er logget ind hos %1 som %2. Her samles henvendelserne fra patientportalen: "
                "e-konsultationer, receptfornyelser, tidsbestillinger og nye brugere."
            )
            .replace("%1", actor.clinic_name)
            .replace("%2", role.lower())
        )
        tips = [
            self.tr("<b>Ctrl+L</b> låser skærmen, når du går fra computeren. Det, du har skrevet, bliver stående."),
            self.tr("<b>F1</b> viser alle tastaturgenveje."),
        ]
        if self._shared:
            tips.append(self.tr("Du arbejder for flere klinikker: skift under <b>Filer → Skift klinik</b>."))
        self.tips.setText("<br>".join(tips))


class MainWindow(QMainWindow):
    actor_changed = Signal(object)  # auth.Actor
    locked_changed = Signal(bool)
    signed_out = Signal()
    closed = Signal(bool)  # True: closed by signing out (show the login again); False: quit

    def __init__(
        self,
        db,
        login_result: auth.LoginResult,
        actor: auth.Actor,
        *,
        idle_timeout_ms: int = 5 * 60 * 1000,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.login_result = login_result
        self._actor = actor
        self._settings = settings or workstation_settings()
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}
        self._locked = False
        self._signing_out = False
        self._hidden_while_locked: list[QWidget] = []
        self._disabled_while_locked: list[QAction] = []
        # callables returning [(keys, text)] (keys: str or QKeySequence) for the F1 shortcut list
        self.extra_shortcut_rows: list = []
        self.setObjectName("mainWindow")
        self.setMinimumSize(900, 600)

        # central: a stack of [work area, lock page]; the work area is hidden while locked
        self._stack = QStackedWidget(self)
        self._work = QWidget(self._stack)
        self._work.setObjectName("workArea")
        work_layout = QVBoxLayout(self._work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self._build_header())
        self.tabs = QTabWidget(self._work)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one page needs no tab
        work_layout.addWidget(self.tabs, 1)
        self.lock_page = LockPage(db, self._stack)
        self.lock_page.unlocked.connect(self._on_unlocked)
        self.lock_page.sign_out_requested.connect(self.sign_out)
        self._stack.addWidget(self._work)
        self._stack.addWidget(self.lock_page)
        self.setCentralWidget(self._stack)

        self._build_menus()
        self.welcome = WelcomePage(self)
        self.actor_changed.connect(self.welcome.set_actor)  # dropped by Qt if the page is removed and deleted
        self.add_page(WELCOME_KEY, self.tr("Velkommen"), self.welcome)
        self._apply_actor()
        self.welcome.set_actor(actor, shared=len(login_result.memberships) > 1)

        self.idle_watcher = IdleWatcher(idle_timeout_ms, self)
        self.idle_watcher.idle.connect(lambda: self.lock(reason="idle"))
        self.idle_watcher.start()
        self.access_watch = AccessWatch(db, lambda: self._actor, self)
        self.access_watch.role_changed.connect(self._on_role_changed)
        self.access_watch.revoked.connect(self._on_access_revoked)
        self.access_watch.start()
        self.wal_upkeep = WalUpkeep(db, self)  # (SQLite: no user action pays for a checkpoint)
        if db.is_sqlite:
            self.wal_upkeep.start()
        self._restore_geometry()

    # ------------------------------------------------------------------ public API
    @property
    def actor(self) -> auth.Actor:
        return self._actor

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def settings(self) -> QSettings:
        """This workstation's settings (window geometry, the inbox's columns and splitter)."""
        return self._settings

    def add_page(self, key: str, title: str, widget: QWidget, *, shortcut: str | None = None) -> QWidget:
        """Add ``widget`` as a page in the central area under ``key``; returns it.

        A "Vis" menu action shows it (default shortcut: the lowest free Ctrl+1 … Ctrl+9).
        ``title`` is shown on the tab; it must not contain patient data.
        """
        if key in self._pages:
            raise ValueError(f"page {key!r} already added")
        self._pages[key] = widget
        self.tabs.addTab(widget, title)
        action = QAction(title, self)
        if shortcut is None:
            taken = {a.shortcut().toString() for a in self._page_actions.values()}
            shortcut = next((f"Ctrl+{n}" for n in range(1, 10) if f"Ctrl+{n}" not in taken), None)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_page(key))
        self.view_menu.addAction(action)
        self._page_actions[key] = action
        return widget

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        if not self._locked:
            self.tabs.setCurrentWidget(self._pages[key])

    def remove_page(self, key: str) -> QWidget:
        """Take the page out (the caller owns the widget afterwards)."""
        widget = self._pages.pop(key)
        self.tabs.removeTab(self.tabs.indexOf(widget))
        action = self._page_actions.pop(key)
        self.view_menu.removeAction(action)
        action.deleteLater()
        return widget

    def add_help_action(self, action: QAction) -> None:
        """Put ``action`` in the Help menu above "Om clinicdesk"."""
        self.help_menu.insertAction(self._about_action, action)

    def set_idle_timeout(self, timeout_ms: int) -> None:
        self.idle_watcher.set_timeout(timeout_ms)

    # ------------------------------------------------------------------ building
    def _build_header(self) -> QWidget:
        header = QFrame(self)
        header.setObjectName("headerBar")
        self.clinic_label = QLabel(header)
        self.clinic_label.setObjectName("headerClinic")
        self.clinic_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label = QLabel(header)
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setObjectName("headerUser")
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.addWidget(self.clinic_label, 1)
        layout.addWidget(self.user_label)
        return header

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        self.switch_menu = QMenu(self.tr("Skift &klinik"), self)
        self.switch_menu.setObjectName("switchClinicMenu")
        self._clinic_group = QActionGroup(self)
        self._clinic_group.setExclusive(True)
        self.clinic_actions: dict[int, QAction] = {}
        for m in self.login_result.memberships:
            a = QAction(f"{m.clinic_name} ({role_label(m.role)})", self)
            a.setCheckable(True)
            a.setData(m.clinic_id)
            a.triggered.connect(lambda _checked=False, cid=m.clinic_id: self.switch_clinic(cid))
            self._clinic_group.addAction(a)
            self.switch_menu.addAction(a)
            self.clinic_actions[m.clinic_id] = a
        self._switch_menu_action = self.file_menu.addMenu(self.switch_menu)
        self._switch_menu_action.setVisible(len(self.login_result.memberships) > 1)
        self.lock_action = QAction(self.tr("&Lås skærmen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(reason="manual"))
        self.sign_out_action = QAction(self.tr("Log &ud"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Afslut"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for a in (self.lock_action, self.sign_out_action, self.quit_action):
            self.addAction(a)  # shortcuts work even when the menu bar is hidden
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu(self.tr("&Vis"))

        self.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.shortcuts_action = QAction(self.tr("&Tastaturgenveje"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._about_action = QAction(self.tr("&Om clinicdesk"), self)
        self._about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.shortcuts_action)
        self.guides_action = QAction(self.tr("&Patientvejledninger…"), self)
        self.guides_action.triggered.connect(self.show_patient_guides)
        self.help_menu.addAction(self.guides_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self._about_action)

    # ------------------------------------------------------------------ actor / clinic
    def _apply_actor(self) -> None:
        a = self._actor
        role = role_label(a.role)
        self.clinic_label.setText(a.clinic_name)
        self.user_label.setText(f"{a.full_name} · {role}")
        if a.clinic_id in self.clinic_actions:
            self.clinic_actions[a.clinic_id].setChecked(True)
        self._update_title()

    def _update_title(self) -> None:
        if self._locked:
            self.setWindowTitle(self.tr("clinicdesk – låst"))
        else:
            self.setWindowTitle(f"{self._actor.clinic_name} – {self._actor.full_name} – clinicdesk")

    def switch_clinic(self, clinic_id: int) -> None:
        """Act for another of the user's clinics (audited); emits ``actor_changed`` when done."""
        if self._locked or clinic_id == self._actor.clinic_id:
            self._apply_actor()
            return
        run_in_background(
            auth.switch_clinic, self.db, self.login_result, clinic_id,
            on_done=self._on_switched, on_error=self._on_error, context=self,
        )

    def _on_switched(self, actor: auth.Actor) -> None:
        self._actor = actor
        self._apply_actor()
        self.statusBar().showMessage(self.tr("Du handler nu for %1.").replace("%1", actor.clinic_name), 5000)
        self.actor_changed.emit(actor)

    def _on_error(self, exc: BaseException) -> None:
        self._apply_actor()  # re-check the current clinic in the menu
        box = QMessageBox(QMessageBox.Icon.Warning, "clinicdesk",
                          error_text(exc, self.tr("Handlingen mislykkedes på grund af en fejl. Prøv igen.")),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------ lock
    def lock(self, reason: str = "manual") -> None:
        """Hide everything with patient data and ask for the user's password."""
        if self._locked or self._signing_out:
            return
        self._locked = True
        self.idle_watcher.stop()
        for _ in range(10):  # open menus, completers, combo lists
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        self._hidden_while_locked = [
            w for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and not isinstance(w, QMenu)
        ]
        # docks, tool bars and the status bar may show patient data too
        self._hidden_while_locked += [
            w for kind in (QDockWidget, QToolBar, QStatusBar) for w in self.findChildren(kind) if w.isVisible()
        ]
        for w in self._hidden_while_locked:
            w.hide()
        self.lock_page.prepare(self.login_result, self._actor)
        self._stack.setCurrentWidget(self.lock_page)  # hides the work area
        self.menuBar().setEnabled(False)
        self._disabled_while_locked = [a for a in self._window_actions() if a.isEnabled()]
        for a in self._disabled_while_locked:
            a.setEnabled(False)
        self._update_title()
        self.lock_page.focus_password()
        run_in_background(auth.lock_screen, self.db, self._actor, reason=reason, on_error=lambda _e: None)
        self.locked_changed.emit(True)

    def _window_actions(self) -> list[QAction]:
        """Every action of the menus (recursively) and of the window itself."""
        seen: list[QAction] = []
        todo = list(self.menuBar().actions()) + list(self.actions())
        while todo:
            a = todo.pop()
            if a in seen:
                continue
            seen.append(a)
            if a.menu() is not None:
                todo += a.menu().actions()
        return seen

    def _on_role_changed(self, actor: auth.Actor) -> None:
        """An administrator gave this user a new role: the window follows at once."""
        self._actor = actor
        self._apply_actor()
        self.statusBar().showMessage(
            self.tr("Din rolle er ændret til %1.").replace("%1", role_label(actor.role)), 10000)
        self.actor_changed.emit(actor)

    def _on_access_revoked(self, message: str) -> None:
        """The account was deactivated or removed from the clinic: say so and drop to the login."""
        if self._signing_out:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "clinicdesk", message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("accessRevokedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.sign_out())
        box.open()

    def _on_unlocked(self, result: auth.LoginResult) -> None:
        # unlocking re-checks the rights: the login just read them from the database
        try:
            actor = result.actor_for(self._actor.clinic_id)
        except PermissionDenied:
            self.login_result = result
            self._on_access_revoked(error_text(AccessRevoked(), ""))
            return
        self.login_result = result
        if actor.role is not self._actor.role:
            self._on_role_changed(actor)
        self._locked = False
        self._stack.setCurrentWidget(self._work)
        self.menuBar().setEnabled(True)
        for a in self._disabled_while_locked:
            a.setEnabled(True)
        self._disabled_while_locked = []
        for w in self._hidden_while_locked:
            w.show()
        self._hidden_while_locked = []
        self._update_title()
        self.idle_watcher.start()
        self.locked_changed.emit(False)

    # ------------------------------------------------------------------ sign out / close
    def sign_out(self) -> None:
        """Audit the sign-out, close the window and emit ``signed_out``."""
        if self._signing_out:
            return
        self._signing_out = True
        self.idle_watcher.stop()
        self.access_watch.stop()
        self.wal_upkeep.stop()
        run_in_background(
            auth.log_out, self.db, self._actor,
            on_done=lambda _r: self._finish_sign_out(), on_error=lambda _e: self._finish_sign_out(), context=self,
        )

    def _finish_sign_out(self) -> None:
        for w in self._hidden_while_locked:
            w.close()
        self._hidden_while_locked = []
        self.close()
        self.signed_out.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        signed_out = self._signing_out
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_STATE, self.saveState())
        self._settings.sync()
        self.idle_watcher.uninstall()
        self.access_watch.stop()
        self.wal_upkeep.stop()
        if not self._signing_out:
            self._signing_out = True
            run_in_background(auth.log_out, self.db, self._actor, on_error=lambda _e: None)
        super().closeEvent(event)
        self.closed.emit(signed_out)

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # first start on this workstation: most of the screen (the inbox needs the width)
            screen = self.screen() or QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen is not None else None
            if avail is not None and avail.width() > 0:
                self.setGeometry(first_start_geometry(avail))
            else:
                self.resize(1200, 780)
        state = self._settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    # ------------------------------------------------------------------ help
    def show_patient_guides(self):
        """Help → Patient guides: the viewer for the current clinic's two guides."""
        from clinicdesk.views.guide_viewer import GuideViewerDialog

        dlg = GuideViewerDialog(self.db, self._actor, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def show_shortcuts(self) -> None:
        rows = [
            (self.lock_action.shortcut(), self.tr("Lås skærmen")),
            (self.quit_action.shortcut(), self.tr("Afslut")),
            (self.shortcuts_action.shortcut(), self.tr("Vis tastaturgenveje")),
        ]
        rows += [(a.shortcut(), a.text()) for a in self._page_actions.values() if not a.shortcut().isEmpty()]
        extra = [
            (a.shortcut(), a.text().replace("&", ""))
            for menu in (self.file_menu, self.view_menu, self.help_menu)
            for a in menu.actions()
            if not a.shortcut().isEmpty() and a not in (self.lock_action, self.quit_action, self.shortcuts_action)
            and a not in self._page_actions.values()
        ]
        rows += extra
        for provider in self.extra_shortcut_rows:
            rows += list(provider())

        def keys(k) -> str:
            return k.toString(QKeySequence.SequenceFormat.NativeText) if isinstance(k, QKeySequence) else str(k)

        html = "<h3>" + self.tr("Tastaturgenveje") + "</h3><table cellspacing='6'>" + "".join(
            f"<tr><td><b>{html_escape(keys(k))}</b></td><td>{html_escape(t.replace('&', ''))}</td></tr>"
            for k, t in rows
        ) + "</table>"
        # a scrollable dialog, never taller than the screen (the list is long)
        dlg = QDialog(self)
        dlg.setObjectName("shortcutsBox")
        dlg.setWindowTitle(self.tr("Tastaturgenveje"))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser = QTextBrowser(dlg)
        browser.setObjectName("shortcutsText")
        browser.setAccessibleName(self.tr("Tastaturgenveje"))
        browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(dlg.reject)
        lay = QVBoxLayout(dlg)
        lay.addWidget(browser)
        lay.addWidget(buttons)
        screen = self.screen() or QGuiApplication.primaryScreen()
        max_h = int(screen.availableGeometry().height() * 0.85) if screen is not None else 700
        dlg.resize(640, min(720, max_h))
        self.shortcuts_dialog = dlg
        dlg.open()
        return dlg

    def show_about(self) -> None:
        text = self.tr(
            "<h3>clinicdesk %1</h3><p>Klinikkens skrivebordsprogram til patientportalen: "
            "e-konsultationer, receptfornyelser, tidsbestillinger og brugeroprettelser samlet i én indbakke.</p>"
            "<p>Alle opslag i patientdata logges.</p>"
        ).replace("%1", __version__)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Om clinicdesk"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
