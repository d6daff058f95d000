"""Unit-test fixtures: every test has its own workstation data folder.

The ``db`` fixture reuses one file path for every test (a fresh template copy each
time); audit checkpoints are kept per database address in the data folder, so a
folder shared across tests would compare one test's database with another's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "workstation-data"
    folder.mkdir()
    monkeypatch.setenv("CLINICDESK_DATA_DIR", str(folder))
    return folder
