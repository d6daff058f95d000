"""What a start imports (issue 14): ``clinicdesk.app`` alone is light (the busy window shows before
SQLAlchemy, the models and the demo are loaded: the database opens off the GUI thread and imports
them there), the demo's modules load only when a demo is built, and the main window's modules are
loaded on a thread of their own while the login dialog waits. Each check is a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after(code: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json\n"
                          "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
                          "('clinicdesk', 'sqlalchemy', 'reportlab', 'alembic', 'holidays'))))"],
                         env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_the_app_module_imports_no_database_layer_and_no_demo():
    loaded = _loaded_after("import clinicdesk.app")
    assert "clinicdesk.app" in loaded
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "alembic", "reportlab", "clinicdesk.demo",
                                                   "clinicdesk.models", "clinicdesk.views.main_window"))}


def test_the_window_modules_are_preloaded_on_a_thread_and_waited_for():
    loaded = _loaded_after(
        "import sys, threading\n"
        "from clinicdesk import app\n"
        "app.preload_window_modules()\n"
        "assert app._preload is not None and app._preload is not threading.current_thread()\n"
        "app.window_modules_loaded()\n"
        "assert not app._preload.is_alive()\n"
        "assert all(module in sys.modules for module, _func in app.WINDOW_INSTALLERS)\n"
    )
    assert "clinicdesk.views.main_window" in loaded and "clinicdesk.views.inbox" in loaded
    assert not {m for m in loaded if m.startswith("clinicdesk.demo")}  # no demo was built


def test_the_window_modules_leave_the_pdf_drawing_and_the_holiday_calendars_for_later():
    """The patient card, the settings dialog and the audit log's PDF bring reportlab, the public
    holidays every country's calendar (~0.1 s each): loaded when first used, not at start."""
    loaded = _loaded_after(
        "from clinicdesk import app\n"
        "app.preload_window_modules()\n"
        "app.window_modules_loaded()\n"
    )
    assert "clinicdesk.views.inbox" in loaded and "clinicdesk.views.settings" in loaded
    assert not {m for m in loaded if m.startswith(("reportlab", "holidays"))}
    asked = _loaded_after(
        "from clinicdesk.views.patient_card import PatientCard\n"
        "from clinicdesk.views.settings import SettingsDialog\n"
        "assert PatientCard.__name__ == 'PatientCard' and SettingsDialog.__name__ == 'SettingsDialog'\n"
    )
    assert "reportlab" in asked
