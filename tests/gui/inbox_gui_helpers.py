"""Fixtures and helpers for the inbox GUI tests (import the fixtures into the test module).

``inbox_db``: a fresh SQLite copy of the demo practice (``build_demo(patients=80, items=60)``,
built once per session). ``open_inbox(username, db=None)``: an ``InboxView`` signed in as a
demo user, shown, with its first page and counts loaded; stopped at teardown.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clinicdesk.demo import DEMO_PASSWORD  # one home: the demo practice's password
from clinicdesk.services import auth


@pytest.fixture(scope="session")
def inbox_template(tmp_path_factory, _fast_password_hashing):
    from clinicdesk import demo
    from clinicdesk.db import Database

    path = tmp_path_factory.mktemp("inbox") / "demo.db"
    db = Database(f"sqlite:///{path}")
    demo.build_demo(db, patients=80, items=60)
    db.dispose()
    return path


@pytest.fixture
def inbox_db_path(tmp_path, inbox_template):
    from clinicdesk.db import Database

    src = Database(f"sqlite:///{inbox_template}", migrate=False)
    target = tmp_path / "clinic.db"
    src.backup(target)
    src.dispose()
    return target


@pytest.fixture
def inbox_db(inbox_db_path, qapp):
    from clinicdesk.db import Database
    from clinicdesk.views.worker import wait_for_all

    db = Database(f"sqlite:///{inbox_db_path}")
    yield db
    wait_for_all()
    db.dispose()


def actor_for(db, username: str) -> auth.Actor:
    res = auth.login(db, username, DEMO_PASSWORD)
    return res.actor_for(res.memberships[0].clinic_id)


@pytest.fixture
def open_inbox(qtbot, inbox_db):
    from clinicdesk.views.inbox import InboxView
    from clinicdesk.views.worker import wait_for_all

    views = []

    def _open(username: str, db=None, **kw) -> InboxView:
        d = db or inbox_db
        view = InboxView(d, actor_for(d, username), poll_ms=kw.pop("poll_ms", 200), **kw)
        qtbot.addWidget(view)
        view.resize(1500, 850)
        view.show()
        views.append(view)
        qtbot.waitUntil(lambda: view.model.rowCount() > 0 and bool(view.folders.counts), timeout=10000)
        qtbot.waitUntil(lambda: view.detail.setup is not None and bool(view.detail.phrases)
                        and bool(view.detail.assignees), timeout=10000)
        return view

    yield _open
    for v in views:
        v.stop()
    wait_for_all()


def first_row(view, kind, *, claimable: bool = True):
    """Row index of the first row of ``kind`` that nobody else holds."""
    for i, r in enumerate(view.model.rows()):
        if r.kind == kind and (not claimable or r.claimed_by_id in (None, view.actor.staff_id)):
            return i
    raise AssertionError(f"no {kind} row")


def open_row(qtbot, view, row: int):
    """Select a row and press Enter in the list, as a person would; wait until it is shown."""
    from PySide6.QtCore import Qt

    activate(qtbot, view)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    item_id = view.model.rows()[row].id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == item_id, timeout=10000)
    return item_id


def activate(qtbot, view):
    """Shortcuts only reach the active window: with two workstations on screen, pick one."""
    if not view.isActiveWindow():
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=5000)


def db_scalar(db, stmt):
    with db.session() as s:
        return s.execute(stmt).scalar()


def db_all(db, stmt):
    with db.session() as s:
        return s.execute(stmt).all()


__all__ = ["activate", "inbox_template", "inbox_db_path", "inbox_db", "open_inbox", "actor_for", "first_row", "open_row",
           "db_scalar", "db_all", "select"]
