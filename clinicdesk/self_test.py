"""``clinicdesk --self-test``: open the main window on a temporary demo database and exit (0 = ok).

The frozen bundle is smoke-tested with it (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import secrets as _pysecrets
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

from clinicdesk.app import create_application, install_extensions, install_translations


def _wait(predicate, timeout_ms: int) -> bool:
    loop_timer = QTimer()
    loop_timer.setSingleShot(True)
    loop_timer.start(timeout_ms)
    while not predicate() and loop_timer.isActive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return predicate()


def self_test(args) -> int:
    """Open the main window on a temporary demo database; print "self-test ok" and return 0."""
    from clinicdesk.db import Database
    from clinicdesk.demo import build_demo
    from clinicdesk.services import auth
    from clinicdesk.domain.enums import Role
    from clinicdesk.views.login_dialog import LoginDialog
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    from argon2 import PasswordHasher

    # a throwaway database: Argon2id still, with cheap parameters (this process ends after the test)
    auth.set_hasher(PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    from clinicdesk.services import audit_key

    audit_key.use_throwaway_key()  # a throwaway database: its log's key never reaches a keyring
    app = create_application()
    install_translations(app, getattr(args, "lang", None) or "da")
    with tempfile.TemporaryDirectory(prefix="clinicdesk-selftest-") as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'selftest.db'}")
        try:
            build_demo(db, patients=50, items=30)  # a small demo practice
            clinics = auth.list_clinics(db)
            if not clinics:
                raise RuntimeError("no clinic in the self-test database")
            clinic = clinics[0]
            password = "Selvtest " + _pysecrets.token_urlsafe(16)
            with db.write_session() as s:
                auth.create_staff(s, "selvtest", "Selv Test", password, {clinic.id: Role.RECEPTIONIST})

            outcome: dict = {}
            dlg = LoginDialog(db, [c.name for c in clinics])
            dlg.logged_in.connect(lambda r, a: outcome.update(result=r, actor=a))
            dlg.open()
            dlg.username_edit.setText("selvtest")
            dlg.password_edit.setText(password)
            dlg.login_button.click()
            if not _wait(lambda: "result" in outcome or dlg.error_message, 60_000) or "result" not in outcome:
                raise RuntimeError(f"login failed: {dlg.error_message or 'timeout'}")
            settings = QSettings(str(Path(tmp) / "workstation.ini"), QSettings.Format.IniFormat)
            win = MainWindow(db, outcome["result"], outcome["actor"], idle_timeout_ms=10 * 60_000, settings=settings)
            installed = install_extensions(win)
            win.show()
            _wait(lambda: win.isVisible(), 5000)
            for _ in range(5):
                QCoreApplication.processEvents()
            if clinic.name not in win.windowTitle() or win.clinic_label.text() != clinic.name:
                raise RuntimeError("the main window does not show the clinic name")
            wait_for_all()  # the installed panes' first loads
            for _ in range(5):
                QCoreApplication.processEvents()
            win.close()
            dlg.deleteLater()
            win.deleteLater()
            wait_for_all()
            QCoreApplication.processEvents()
        except Exception as exc:  # noqa: BLE001
            wait_for_all()
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            db.dispose()
            return 1
        db.dispose()
    print(f"self-test ok ({len(installed)} extension(s): {', '.join(installed) or 'none'})")
    return 0
