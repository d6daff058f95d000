"""QApplication bootstrap: style, icon, translations, database, login, main window.

``run_gui(args)`` is what ``clinicdesk`` runs without a subcommand (``args``
has ``.db``, ``.lang``, ``.verbose``); ``--self-test`` is ``clinicdesk.self_test``.

First start: on a database without a clinic the program asks "Opret jeres klinik"
(the setup wizard) or "Prøv med en demoklinik". With the environment variable
``CLINICDESK_DEMO_IF_EMPTY=1`` (``scripts/run.sh`` sets it, so a newcomer lands in
the demo at once) an empty database gets the demo clinic without asking.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QStyleFactory

from clinicdesk import APP_NAME, __version__
from clinicdesk.config import Config, load_config, remember_signed_in, signed_in_before
from clinicdesk.resources import resource_path
from clinicdesk.domain.errors import ClinicDeskError

log = logging.getLogger(__name__)

ORG_NAME = "clinicdesk"
TEXT_POINT_SIZE = 10  # the program's text; headings are larger in resources/style.qss
#: set (to 1) by scripts/run.sh: an empty database gets the demo clinic without asking
DEMO_IF_EMPTY_ENV = "CLINICDESK_DEMO_IF_EMPTY"

# What plugs itself into the main window after login: (module, function); each function
# takes the MainWindow (see its docstring for the extension points) and is called in this
# order. Every listed module must be there (a missing one is a packaging bug).
WINDOW_INSTALLERS: tuple[tuple[str, str], ...] = (
    ("clinicdesk.views.inbox", "install_inbox"),
    ("clinicdesk.views.patient_card", "install_patient_card"),
    ("clinicdesk.views.patients", "install_patient_records"),
    ("clinicdesk.views.settings", "install_settings"),
    ("clinicdesk.views.audit_log_dialog", "install_audit_log"),
    ("clinicdesk.views.staff", "install_staff"),
    ("clinicdesk.views.phrases", "install_phrases"),
    ("clinicdesk.views.safety.watch", "install_safety"),  # after the inbox: it opens items there
    ("clinicdesk.views.calendar.menu", "install_calendar"),
)


_preload: threading.Thread | None = None


def preload_window_modules() -> None:
    """Import the main window's modules on a thread of their own while the login dialog waits
    (the password check, the user typing): the window after the login then only builds widgets.
    No widget is made there; ``window_modules_loaded`` waits for it before the GUI thread imports
    the same modules (two threads in one import cycle could see a half-made module)."""
    global _preload
    if _preload is None and "clinicdesk.views.main_window" not in sys.modules:
        _preload = threading.Thread(target=_import_window_modules, name="clinicdesk-preload", daemon=True)
        _preload.start()


def window_modules_loaded() -> None:
    if _preload is not None:
        _preload.join()


def _import_window_modules() -> None:
    import importlib

    for name in ("clinicdesk.views.main_window", *(module for module, _func in WINDOW_INSTALLERS)):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and reports it
            log.debug("preloading %s failed", name, exc_info=True)
            return


def install_extensions(window) -> list[str]:
    """Call every installer on ``window``; returns the names that ran."""
    import importlib

    done = []
    for module_name, func_name in WINDOW_INSTALLERS:
        # strict on purpose: a listed extension that is missing is a packaging bug
        module = importlib.import_module(module_name)
        install = getattr(module, func_name)
        install(window)
        done.append(f"{module_name}.{func_name}")
    return done


# ---------------------------------------------------------------------- application
def plain_imports() -> None:
    """Drop PySide6's ``__feature__`` import hook. PySide6 puts it in front of ``__import__`` for its
    opt-in ``from __feature__ import snake_case, true_property`` (never used here); it reads the
    source of every module imported after PySide6 to see whether it names PySide6
    (``inspect.getsource``: a sixth of the start's imports, napari/napari#8584). The import it
    replaced (``__orig_import__``, PySide6's own lazy-import hook) is put back; any other hook is
    left alone."""
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    feature = getattr(builtins, "__feature_import__", None)
    if original is not None and feature is not None and builtins.__import__ is feature:
        builtins.__import__ = original


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, Fusion style, the stylesheet and the window icon."""
    plain_imports()
    app = QApplication.instance() or QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("clinicdesk")
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # the shell decides: sign-out shows the login again
    apply_style(app)
    return app


def apply_style(app: QApplication, scheme=None) -> None:
    """Fusion, the palette and style sheet of the system's light or dark scheme (``scheme``: a
    Qt.ColorScheme; None: what the system says now), applied again when the system's scheme changes."""
    from clinicdesk.views import tones

    hints = QGuiApplication.styleHints()
    if scheme is None:
        scheme = hints.colorScheme()
    dark = scheme == Qt.ColorScheme.Dark
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    font = app.font()
    if font.pointSize() != TEXT_POINT_SIZE:  # (the style sheet's text size was a rule for every widget)
        font.setPointSize(TEXT_POINT_SIZE)
        app.setFont(font)
    app.setPalette(tones.dark_palette() if dark else app.style().standardPalette())
    qss = resource_path("style.qss")
    icons = str(resource_path("icons"))
    if icons not in QDir.searchPaths("icons"):  # style.qss names its icons url(icons:NAME.svg)
        QDir.addSearchPath("icons", icons)
    if qss.is_file():
        app.setStyleSheet(tones.fill(qss.read_text(encoding="utf-8"), dark))
    if not app.property("clinicdeskFollowsScheme"):  # once: the system's scheme changes while we run
        app.setProperty("clinicdeskFollowsScheme", True)
        hints.colorSchemeChanged.connect(lambda new: apply_style(app, new))
    icon = resource_path("icons", "clinicdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Danish is the source language; each language loads clinicdesk_<lang>.qm (Danish for its plural
    forms only) and Qt's own strings."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Danish,
                               QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Denmark))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        translators.append(qt_tr)
    # Danish is the source language, but its plurals ("%n element(er)") come from clinicdesk_da.qm
    ours = QTranslator(app)
    qm = resource_path("translations", f"clinicdesk_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation not found at %s", qm)
    return translators


def _language(args, cfg: Config) -> str:
    lang = getattr(args, "lang", None) or cfg.language or "da"
    return lang if lang in ("da", "en") else "da"


# ---------------------------------------------------------------------- database
FIRST_START_DEMO = "demo"  # build the demo clinic (off the GUI thread), then log in
FIRST_START_CHOOSE = "choose"  # ask: set up your own clinic, or try the demo


def ensure_demo(db):
    """The demo clinic in ``db`` (``clinicdesk.demo.ensure_demo``; its modules are imported only
    when a demo is built, not at every start)."""
    from clinicdesk.demo import ensure_demo as _ensure_demo

    return _ensure_demo(db)


def demo_if_empty() -> bool:
    return os.environ.get(DEMO_IF_EMPTY_ENV, "").strip().lower() in ("1", "true", "yes", "ja")


def open_database(url: str | None, cfg: Config, *, demo_when_empty: bool | None = None):
    """Open (and migrate) the database. Returns ``(db, first_start)``.

    ``first_start`` is None when the database has a clinic; for an empty one it is
    ``FIRST_START_DEMO`` when ``demo_when_empty`` (default: the environment variable
    ``CLINICDESK_DEMO_IF_EMPTY``), else ``FIRST_START_CHOOSE``.
    """
    from clinicdesk.db import Database

    from clinicdesk.services import audit_key

    effective = url or cfg.effective_db_url
    db = Database(effective)
    try:  # a workstation that cannot write to the log of lookups says so at start, not at the login
        audit_key.check_workstation(db)
    except BaseException:
        db.dispose()
        raise
    from clinicdesk.services import auth

    if auth.list_clinics(db):
        return db, None
    wants_demo = demo_if_empty() if demo_when_empty is None else demo_when_empty
    return db, FIRST_START_DEMO if wants_demo else FIRST_START_CHOOSE


def _busy_dialog(text: str) -> QProgressDialog:
    """A small "please wait" window with a busy bar and no buttons."""
    dlg = QProgressDialog(text, "", 0, 0)
    dlg.setObjectName("busyDialog")
    dlg.setWindowTitle("clinicdesk")
    dlg.setCancelButton(None)
    dlg.setMinimumDuration(0)
    dlg.setMinimumWidth(420)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    return dlg


def _startup_error_box(exc: BaseException, url: str = "") -> QMessageBox:
    from clinicdesk.domain.errors import ConnectionLost

    if isinstance(exc, ClinicDeskError) and not isinstance(exc, ConnectionLost):  # (its words are for a save)
        from clinicdesk.views.service_text import error_text

        detail = error_text(exc)
    else:
        detail = QCoreApplication.translate("App", "Databasen kunne ikke åbnes. Kontrollér forbindelsen og indstillingerne, og prøv igen.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "clinicdesk kan ikke starte"), detail)
    box.setObjectName("startupErrorBox")
    info = QCoreApplication.translate("App", "Kontakt klinikkens IT-ansvarlige, hvis problemet fortsætter.")
    try:
        from clinicdesk.db import normalize_url

        where = normalize_url(url).render_as_string(hide_password=True) if url else ""
    except Exception:  # noqa: BLE001 - a malformed URL is shown as nothing
        where = ""
    if where:
        info += "\n\n" + QCoreApplication.translate("App", "Database: %1").replace("%1", where)
    box.setInformativeText(info)
    return box


# ---------------------------------------------------------------------- the shell
class Shell(QObject):
    """Login dialog → main window → (sign-out) → login dialog …; quits when the user closes."""

    def __init__(self, db, cfg: Config, parent: QObject | None = None, *, username: str = "", url: str = ""):
        super().__init__(parent)
        self.db = db
        self.cfg = cfg
        self.login_dialog = None
        self.window = None
        self._username = username  # the first login after setup: the new administrator
        self._url = url  # remembered at a sign-in: the next start shows the login at once
        self.start_notice = ""  # a fault at start to show in the window (``Startup._checkpoint_failed``)

    def start(self, shown=None) -> None:
        """Show the login dialog (after reading the clinic names for its title off the GUI thread);
        ``shown``: the one a start showed while the database opened, which gets the database now
        (and the names when they are read)."""
        from clinicdesk.services import auth
        from clinicdesk.views.worker import run_in_background

        if shown is not None:
            self._take_login(shown)
            shown.attach(self.db)
            run_in_background(  # (gone with the dialog once the user has signed in)
                auth.list_clinics, self.db, on_done=lambda clinics: shown.set_clinic_names([c.name for c in clinics]),
                on_error=lambda _exc: None, context=shown,
            )
            return
        run_in_background(
            auth.list_clinics, self.db,
            on_done=lambda clinics: self._show_login([c.name for c in clinics]),
            on_error=lambda _exc: self._show_login([]),  # the dialog works without the names
            context=self,
        )

    def _show_login(self, names: list[str]) -> None:
        from clinicdesk.views.login_dialog import LoginDialog

        dlg = LoginDialog(self.db, names, username=self._username)
        self._username = ""
        self._take_login(dlg)
        dlg.open()

    def _take_login(self, dlg) -> None:
        dlg.logged_in.connect(self._logged_in)
        dlg.rejected.connect(self._quit)
        self.login_dialog = dlg
        preload_window_modules()  # while the dialog waits for the user and the password check

    def _logged_in(self, result, actor) -> None:
        if self._url:
            remember_signed_in(self._url)
        window_modules_loaded()
        from clinicdesk.views.main_window import MainWindow

        if self.login_dialog is not None:
            self.login_dialog.rejected.disconnect(self._quit)
            self.login_dialog.deleteLater()
            self.login_dialog = None
        win = MainWindow(self.db, result, actor, idle_timeout_ms=max(1, self.cfg.idle_lock_minutes) * 60_000)
        install_extensions(win)
        win.closed.connect(self._window_closed)
        self.window = win
        if self.start_notice:
            _show_start_notice(win, self.start_notice)
        win.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            win.raise_()
        win.activateWindow()

    def _window_closed(self, signed_out: bool) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if signed_out:
            self.start()
        else:
            self._quit()

    def _quit(self) -> None:
        QCoreApplication.quit()


def _show_start_notice(win, text: str) -> None:
    """A lasting line in the status bar (a passing message does not cover it)."""
    from clinicdesk.views.fitted_label import FittedLabel
    from clinicdesk.views.tones import set_tone

    label = FittedLabel(text, win)  # (a wrapped QLabel in the status bar stood in a box of empty lines)
    label.setObjectName("startNotice")
    set_tone(label, "error")
    win.statusBar().addPermanentWidget(label, 1)


def start_mail_sender(db, cfg: Config):
    """Drain the mail outbox in the background while the app runs (when SMTP is configured).

    Without an SMTP host the mails simply wait in the outbox (``clinicdesk mail status``
    shows them); a scheduled ``clinicdesk mail send-pending`` may send them instead.
    """
    if not cfg.smtp.host:
        return None
    from clinicdesk.services.mail import MailSender

    sender = MailSender(db, cfg.smtp)
    sender.start()
    return sender


class Startup(QObject):
    """Open the database off the GUI thread, then hand over to the Shell.

    On a workstation that has signed in to this database before (``config.signed_in_before``)
    the login dialog is shown at once and the user types while the database opens (its modules
    load meanwhile); the first start on a workstation shows "Åbner databasen …" instead, since
    the database may turn out empty.

    An empty database first shows :class:`~clinicdesk.views.setup.FirstStartDialog`
    (``first_start``): the setup wizard (``wizard``) or the demo clinic, built off the
    GUI thread; with ``demo_when_empty`` (or ``CLINICDESK_DEMO_IF_EMPTY``) the demo at
    once. A database that cannot be opened gives a Danish message box
    (``error_box``); closing it ends the application with exit code 1.
    """

    def __init__(self, db_url: str | None, cfg: Config, parent: QObject | None = None, *,
                 demo_when_empty: bool | None = None):
        super().__init__(parent)
        self.db_url = db_url
        self.cfg = cfg
        self.db = None
        self.shell: Shell | None = None
        self.error_box: QMessageBox | None = None
        self.first_start = None  # FirstStartDialog while it is shown
        self.wizard = None  # SetupWizard while it is shown
        self._demo_when_empty = demo_when_empty
        self._disposed = False
        self.busy = _busy_dialog(QCoreApplication.translate("App", "Åbner databasen …"))
        self.early_login = None  # the login shown while the database opens (a workstation that signed in before)
        self._abandoned = False  # ... closed by the user before the database was open

    @property
    def url(self) -> str:
        return self.db_url or self.cfg.effective_db_url

    def start(self) -> None:
        from clinicdesk.views.worker import run_in_background

        if signed_in_before(self.url):  # the user types while the database opens
            from clinicdesk.views.login_dialog import LoginDialog

            dlg = self.early_login = LoginDialog(None)
            dlg.rejected.connect(self._early_login_closed)
            dlg.open()
        else:  # a first start here: the database may be empty (the setup or the demo, not a login)
            self.busy.show()
        # migrations and a first demo take seconds (and a server may be slow): off the GUI thread
        run_in_background(open_database, self.db_url, self.cfg, demo_when_empty=self._demo_when_empty,
                          on_done=self._opened, on_error=self._failed, context=self)

    def _early_login_closed(self) -> None:
        self._abandoned = True  # what the opening brings is put away, not used
        if not self._disposed:
            QCoreApplication.exit(0)  # closed before the database was open: nothing was done

    def _drop_early_login(self):
        """The login shown at the start, no longer this object's (None when there is none)."""
        dlg, self.early_login = self.early_login, None
        if dlg is not None:
            dlg.rejected.disconnect(self._early_login_closed)
        return dlg

    def _close_early_login(self) -> None:
        dlg = self._drop_early_login()
        if dlg is not None:
            dlg.close()
            dlg.deleteLater()

    def _opened(self, outcome) -> None:
        if self._abandoned:  # the user closed the login while the database opened: the program ends
            outcome[0].dispose()
            return
        self.db, first_start = outcome
        if first_start is None:
            self._start_shell(shown=self._drop_early_login())
            return
        self._close_early_login()  # the database is empty after all: the setup or the demo
        if first_start == FIRST_START_DEMO:
            self._build_demo()
        else:
            self._ask_first_start()

    def _ask_first_start(self) -> None:
        from clinicdesk.views.setup import FirstStartDialog

        self.busy.close()
        dlg = self.first_start = FirstStartDialog()
        dlg.setup_chosen.connect(self._open_wizard)
        dlg.demo_chosen.connect(self._build_demo)
        dlg.rejected.connect(self._first_start_closed)
        dlg.open()

    def _first_start_closed(self) -> None:
        if not self._disposed:
            QCoreApplication.exit(0)  # neither choice: nothing is written

    def _open_wizard(self) -> None:
        from clinicdesk.views.setup import SetupWizard

        self._drop_first_start()
        wiz = self.wizard = SetupWizard(self.db)
        wiz.created.connect(self._set_up)
        wiz.rejected.connect(self._wizard_cancelled)
        wiz.open()

    def _wizard_cancelled(self) -> None:
        if self._disposed:
            return
        if self.wizard is not None and self.wizard.done_setup is None:
            self.wizard.deleteLater()
            self.wizard = None
            self._ask_first_start()  # back to the choice

    def _set_up(self, done) -> None:
        wiz, self.wizard = self.wizard, None
        if wiz is not None:
            wiz.deleteLater()
        self._start_shell(username=done.admin_username)

    def _build_demo(self) -> None:
        from clinicdesk.views.worker import run_in_background

        self._drop_first_start()
        self.busy.setLabelText(QCoreApplication.translate(
            "App", "Opretter demoklinikken, så du kan prøve programmet. Det tager et øjeblik første gang …"))
        self.busy.show()
        run_in_background(ensure_demo, self.db, on_done=self._start_shell, on_error=self._failed, context=self)

    def _drop_first_start(self) -> None:
        if self.first_start is not None:
            self.first_start.deleteLater()
            self.first_start = None

    def _start_shell(self, _summary=None, *, username: str = "", shown=None) -> None:
        from clinicdesk.services import audit_anchor
        from clinicdesk.views.worker import run_in_background

        self.busy.close()
        self.mail_sender = start_mail_sender(self.db, self.cfg)
        self.shell = Shell(self.db, self.cfg, self, username=username, url=self.url)
        # this workstation anchors the log of lookups outside the database at every start
        run_in_background(audit_anchor.write_checkpoint, self.db, on_error=self._checkpoint_failed, context=self)
        self.shell.start(shown)

    def _checkpoint_failed(self, exc: BaseException) -> None:
        """Not the user's to fix, but never swallowed: said in the window after the login."""
        log.warning("audit checkpoint not written: %s", type(exc).__name__)
        from clinicdesk.db_faults import from_os_error
        from clinicdesk.domain.errors import DiskFull

        if isinstance(exc, OSError):  # writing the file in this workstation's data folder
            if isinstance(from_os_error(exc), DiskFull):
                reason = QCoreApplication.translate("App", "disken er fuld")
            else:
                reason = QCoreApplication.translate("App", "mappen kan ikke skrives i")
        else:  # reading the log's head from the database, or the installation's key
            reason = QCoreApplication.translate("App", "databasen eller nøgleringen svarede ikke")
        self.shell.start_notice = QCoreApplication.translate(
            "App", "Revisionssporets kontrolpunkt kunne ikke gemmes på denne computer (%1). Opslag logges "
                   "stadig; bed jeres it-ansvarlige om at se på det.").replace("%1", reason)
        if self.shell.window is not None:  # the user was quicker than the check
            _show_start_notice(self.shell.window, self.shell.start_notice)

    def _failed(self, exc: BaseException) -> None:
        self.busy.close()
        if self._abandoned:
            return
        self._close_early_login()
        log.error("database could not be opened: %s", type(exc).__name__)
        log.debug("database error", exc_info=True)
        box = self.error_box = _startup_error_box(exc, self.url)
        box.finished.connect(lambda _r: QCoreApplication.exit(1))
        box.open()

    def dispose(self) -> None:
        self._disposed = True
        for w in (self.first_start, self.wizard, self.early_login):
            if w is not None:
                w.close()
        self.first_start = self.wizard = self.early_login = None
        sender = getattr(self, "mail_sender", None)
        if sender is not None:
            sender.stop()
        if self.db is not None:
            self.db.dispose()


def run_gui(args) -> int:
    from clinicdesk.views.worker import wait_for_all

    cfg = load_config()
    app = create_application()
    install_translations(app, _language(args, cfg))
    startup = Startup(getattr(args, "db", None), cfg)
    startup.start()
    code = app.exec()
    wait_for_all()
    startup.dispose()
    return code
