"""Opening the real main window (with every extension installed) as a signed-in user."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from clinicdesk.services import auth


def open_main_window(qtbot, world, tmp_path, username):
    from clinicdesk.app import install_extensions
    from clinicdesk.views.main_window import MainWindow

    res = auth.login(world.db, username, world.password)
    actor = res.actor_for(res.memberships[0].clinic_id)
    settings = QSettings(str(tmp_path / f"ws-{username}.ini"), QSettings.Format.IniFormat)
    win = MainWindow(world.db, res, actor, idle_timeout_ms=30 * 60_000, settings=settings)
    qtbot.addWidget(win)
    install_extensions(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def menu_texts(win):
    return [a.text() for a in win.file_menu.actions() if a.isVisible()]
