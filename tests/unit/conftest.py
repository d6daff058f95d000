"""Unit-test fixtures: every test starts with an empty workstation data folder.

The ``db`` fixture reuses one file path for every test (a fresh template copy each
time); audit checkpoints are kept per database address in the data folder, so one
test's checkpoints must not meet the next test's database. One folder serves the
session and is emptied when a test left something in it (cheaper than a folder per test)."""

from __future__ import annotations

import os
import shutil

import pytest


@pytest.fixture(scope="session")
def _unit_data_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("workstation-data")


@pytest.fixture(autouse=True)
def _own_data_folder(_unit_data_folder, monkeypatch):
    folder = _unit_data_folder
    with os.scandir(folder) as entries:
        leftovers = [e.path for e in entries]
    for path in leftovers:
        shutil.rmtree(path) if os.path.isdir(path) else os.unlink(path)
    monkeypatch.setenv("CLINICDESK_DATA_DIR", str(folder))
    return folder
