"""The inbox pane tells the user about faults of the disk, the file lock and the network (issue 11).

Each fault is real: SQLite's page limit makes "database or disk is full", a second
connection holds the write lock, and on PostgreSQL the backend is terminated by a
second connection while the answer is being committed. The pane shows the Danish
message and the typed answer stays in the editor.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, text

from clinicdesk.domain.enums import ItemKind
from inbox_gui_helpers import first_row, inbox_db, inbox_db_path, inbox_template, open_inbox, open_row  # noqa: F401

ANSWER = "Kære patient, tag en ekstra pude under knæet."


def _on_new_connections(db, pragma: str) -> None:
    @event.listens_for(db.engine, "connect")
    def _set(dbapi_conn, _record):
        if pragma.startswith("max_page_count"):
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")
        else:
            dbapi_conn.execute(f"PRAGMA {pragma}")

    db.engine.dispose()


def test_disk_full_shows_in_the_pane_and_the_answer_stays(qtbot, open_inbox, inbox_db, inbox_db_path):
    view = open_inbox("sekretaer")
    sqlite3.connect(str(inbox_db_path)).execute("VACUUM")  # no free pages left: the answer needs new ones
    open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))  # opened (and claimed) while there was room
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.send_button.isEnabled(), timeout=10000)
    _on_new_connections(inbox_db, "max_page_count")
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, ANSWER * 100)  # the answer needs new pages
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.error_label.isVisible(), timeout=20000)
    assert "Disken er fuld" in view.detail.error_label.text()
    assert pane.editor.toPlainText() == ANSWER * 100


def test_a_locked_database_shows_in_the_pane_and_the_answer_stays(qtbot, open_inbox, inbox_db, inbox_db_path):
    view = open_inbox("sekretaer")
    _on_new_connections(inbox_db, "busy_timeout = 300")  # a short wait, so the test is quick
    open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))  # opened (and claimed) before the lock
    pane = view.detail.econsult
    qtbot.waitUntil(lambda: pane.send_button.isEnabled(), timeout=10000)
    other = sqlite3.connect(str(inbox_db_path), timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another workstation holds the write lock
    try:
        pane.editor.setFocus()
        qtbot.keyClicks(pane.editor, ANSWER)
        qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.detail.error_label.isVisible(), timeout=20000)
        assert "optaget af en anden arbejdsstation" in view.detail.error_label.text()
        assert pane.editor.toPlainText() == ANSWER
    finally:
        other.rollback()
        other.close()


@pytest.mark.postgres
def test_a_connection_killed_at_commit_shows_in_doubt_in_the_pane(qtbot, pg_template, pg_db, open_inbox):
    # (pg_db is asked for before open_inbox: it is torn down after the view, which gives its LISTEN connection back)
    from clinicdesk import demo

    demo.build_demo(pg_db, patients=20, items=10)
    view = open_inbox("sekretaer", db=pg_db)
    admin, _ = pg_template
    armed = {"on": False}

    @event.listens_for(pg_db.engine, "after_cursor_execute")
    def _mark(conn, cursor, statement, parameters, context, executemany):
        if armed["on"] and statement.lstrip().upper().startswith("INSERT INTO MESSAGE"):
            conn.info["answer_in_flight"] = True

    @event.listens_for(pg_db.engine, "commit")
    def _kill_at_commit(conn):  # the answer's own COMMIT: its connection dies on the way
        if conn.info.pop("answer_in_flight", False):
            armed["on"] = False
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin.connect() as c:
                c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})

    try:
        open_row(qtbot, view, first_row(view, ItemKind.ECONSULT))
        pane = view.detail.econsult
        qtbot.waitUntil(lambda: pane.send_button.isEnabled(), timeout=10000)
        pane.editor.setFocus()
        qtbot.keyClicks(pane.editor, ANSWER)
        armed["on"] = True
        qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.detail.error_label.isVisible(), timeout=20000)
        assert "uvist, om den nåede frem" in view.detail.error_label.text()
        assert pane.editor.toPlainText() == ANSWER
    finally:  # the engine is shared by the session's PostgreSQL tests
        event.remove(pg_db.engine, "after_cursor_execute", _mark)
        event.remove(pg_db.engine, "commit", _kill_at_commit)
