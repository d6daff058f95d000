"""Builds the real PyInstaller bundle and runs it (slow; .ci/run runs it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinicdesk import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("pyi")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    res = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level=WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert res.returncode == 0, res.stderr[-4000:]
    exe = work / "dist" / "clinicdesk" / "clinicdesk"
    assert exe.exists()
    return exe


def _env(tmp_path):
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), CLINICDESK_DATA_DIR=str(tmp_path / "data"),
               CLINICDESK_CONFIG_DIR=str(tmp_path / "config"), XDG_RUNTIME_DIR=str(tmp_path))
    return env


def test_bundle_reports_its_version(bundle, tmp_path):
    res = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert res.returncode == 0
    assert res.stdout.strip() == f"clinicdesk {__version__}"


def test_bundle_migrates_a_database_with_its_shipped_migrations(bundle, tmp_path):
    url = f"sqlite:///{tmp_path / 'frozen.db'}"
    res = subprocess.run([str(bundle), "db", "upgrade", "--db", url], capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert res.returncode == 0, res.stderr
    check = subprocess.run([str(bundle), "db", "check", "--db", url], capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK:")


def test_bundle_self_test_opens_the_main_window(bundle, tmp_path):
    res = subprocess.run([str(bundle), "--self-test"], capture_output=True, text=True, env=_env(tmp_path), timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "self-test ok" in res.stdout
