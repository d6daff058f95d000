"""PostgreSQL that wants a password the keyring does not have (issue 9, finding 10).

Before: `clinicdesk db upgrade` ended in a traceback (``fe_sendauth: no password
supplied``) and the window said only "Databasen kunne ikke åbnes…". Now both say, in
Danish, which keyring entry to set and how. The test server asks the role
``cd_password_test`` for a password (``.ci/start-postgres.sh`` puts it in pg_hba.conf).
"""

from __future__ import annotations

import io
import os
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from clinicdesk import cli, secrets
from clinicdesk.db import Database, DatabasePasswordMissing

ROLE = "cd_password_test"
PASSWORD = "Hemmelig-pg-kode-1"


@pytest.fixture
def pw_url(pg_template):
    admin, _ = pg_template
    with admin.connect() as c:
        exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first()
        if not exists:
            c.execute(text(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'"))
    url = make_url(os.environ["CLINICDESK_TEST_PG_URL"]).set(username=ROLE, password=None)
    name = secrets.db_secret_name(url.render_as_string(hide_password=True))
    secrets.delete_secret(name)
    yield url.render_as_string(hide_password=False), name
    secrets.delete_secret(name)


def test_the_database_names_the_keyring_entry_to_set(pw_url):
    url, name = pw_url
    db = Database(url, migrate=False)
    try:
        with pytest.raises(DatabasePasswordMissing) as exc:
            with db.session() as s:
                s.execute(text("SELECT 1"))
    finally:
        db.dispose()
    assert exc.value.code == "db_password"
    assert name in str(exc.value) and "clinicdesk db set-password" in str(exc.value)
    assert PASSWORD not in str(exc.value)


def test_the_cli_says_it_without_a_traceback_and_set_password_fixes_it(pw_url, capsys):
    url, name = pw_url
    assert cli.main(["db", "upgrade", "--db", url]) == 2
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out and "fe_sendauth" not in out.err
    assert name in out.err and "set-password" in out.err
    stdin = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        assert cli.main(["db", "set-password", "--db", url, "--password-stdin"]) == 0
    finally:
        sys.stdin = stdin
    assert secrets.get_secret(name) == PASSWORD
    db = Database(url, migrate=False)
    try:
        with db.session() as s:
            assert s.execute(text("SELECT current_user")).scalar_one() == ROLE
    finally:
        db.dispose()


def test_the_window_shows_the_same_message(qtbot, pw_url):
    from clinicdesk.app import Startup
    from clinicdesk.config import Config

    url, name = pw_url
    startup = Startup(url, Config())
    startup.start()
    qtbot.waitUntil(lambda: startup.error_box is not None, timeout=20000)
    box = startup.error_box
    assert name in box.text() and "clinicdesk db set-password" in box.text()
    assert startup.shell is None
    box.finished.disconnect()  # closing it would end the (test) application
    box.hide()
    box.deleteLater()
