"""The inbox screenshots in docs/: an item of each kind open, at 1366×768 and 1920×1080, Danish and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang da|en|both] [--sizes 1366x768,1920x1080]

Builds a small demo practice in a temporary folder (own HOME, a file keyring there), logs in
as the demo doctor ("laege"), shows the real main window at each size, opens the first item of
each kind and saves ``docs/inbox-<width>-<kind>[-en].png``. It also prints, per shot, whether
the list scrolls sideways and which buttons are narrower than their text, so a layout problem
is seen even without opening the pictures (open them anyway).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate() -> str:
    tmp = tempfile.mkdtemp(prefix="clinicdesk-shots-")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = tmp
    os.environ["CLINICDESK_DATA_DIR"] = tmp + "/data"
    os.environ["CLINICDESK_CONFIG_DIR"] = tmp + "/config"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return tmp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("da", "en", "both"), default="both")
    ap.add_argument("--sizes", default="1366x768,1920x1080")
    args = ap.parse_args(argv)
    tmp = _isolate()
    sys.path.insert(0, str(ROOT))
    import keyring
    from keyrings.alt.file import PlaintextKeyring  # a throwaway home: the audit key lives there

    from clinicdesk import secrets

    kr = PlaintextKeyring()
    keyring.set_keyring(kr)
    secrets.trust_backend(kr)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QPushButton

    from clinicdesk import demo
    from clinicdesk.app import apply_style, install_extensions, install_translations
    from clinicdesk.db import Database
    from clinicdesk.domain.enums import ItemKind
    from clinicdesk.services import auth
    from clinicdesk.services.inbox import Folder
    from clinicdesk.views.main_window import MainWindow
    from clinicdesk.views.worker import wait_for_all

    app = QApplication([])
    apply_style(app)
    db = Database(f"sqlite:///{tmp}/demo.db")
    demo.build_demo(db, patients=80, items=60)

    def spin(cond, seconds=15.0) -> bool:
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            if cond():
                return True
            time.sleep(0.01)
        return False

    langs = ("da", "en") if args.lang == "both" else (args.lang,)
    for lang in langs:
        translators = install_translations(app, lang)
        for size in args.sizes.split(","):
            width, height = (int(x) for x in size.split("x"))
            res = auth.login(db, "laege", demo.DEMO_PASSWORD)
            actor = res.actor_for(res.memberships[0].clinic_id)
            settings = QSettings(f"{tmp}/ws-{lang}-{width}.ini", QSettings.Format.IniFormat)
            win = MainWindow(db, res, actor, idle_timeout_ms=3_600_000, settings=settings)
            install_extensions(win)
            win.resize(width, height)
            win.show()
            view = win.page("inbox")
            view.folders.select_folder(Folder.ALL_OPEN)
            spin(lambda: view.model.rowCount() > 0)
            for kind in ItemKind:
                rows = [i for i, r in enumerate(view.model.rows()) if r.kind == kind]
                if not rows:
                    print(f"{lang} {width}: no {kind.value} item")
                    continue
                index = view.model.index(rows[0], 0)
                view.table.setCurrentIndex(index)
                view.open_index(index, focus=False)
                spin(lambda: view.detail.current is not None and view.detail.current.detail.kind == kind)
                for _ in range(15):
                    app.processEvents()
                    time.sleep(0.02)
                clipped = [b.text() for b in win.findChildren(QPushButton)
                           if b.isVisible() and b.width() < b.sizeHint().width()]
                hscroll = view.table.horizontalScrollBar().isVisible()
                suffix = "" if lang == "da" else "-" + lang
                out = ROOT / "docs" / f"inbox-{width}-{kind.value}{suffix}.png"
                win.grab().save(str(out))
                print(f"{out.relative_to(ROOT)}: sideways scroll {hscroll}, clipped buttons {clipped or 'none'}")
            view.stop()
            win.close()
            win.deleteLater()
            wait_for_all()
            QCoreApplication.processEvents()
        for t in translators:
            app.removeTranslator(t)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
