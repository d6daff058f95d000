"""Shared fixtures: a private home, a real keyring backend, fresh databases.

Every test runs with HOME and the XDG folders in a temporary directory and a
file-based keyring (keyrings.alt PlaintextKeyring) there, so no test touches a
real home or a real keyring. ``db`` is a fresh, migrated SQLite file per test;
``pg_db`` a fresh PostgreSQL database per test (from CLINICDESK_TEST_PG_URL, made
from a migrated template, so it is fast); ``any_db`` runs a test on both.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher

from clinicdesk.services import auth

PG_URL_ENV = "CLINICDESK_TEST_PG_URL"
_ORIG_ENV = dict(os.environ)


@pytest.fixture(scope="session", autouse=True)
def _private_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        p = home / sub if sub else home
        p.mkdir(parents=True, exist_ok=True)
        if var == "XDG_RUNTIME_DIR":
            p.chmod(0o700)
        os.environ[var] = str(p)
    os.environ["CLINICDESK_DATA_DIR"] = str(home / "data")
    os.environ["CLINICDESK_CONFIG_DIR"] = str(home / "config")
    os.environ.pop("CLINICDESK_DB_URL", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    yield home


@pytest.fixture(scope="session", autouse=True)
def _real_keyring(_private_home):
    from keyrings.alt.file import PlaintextKeyring

    kr = PlaintextKeyring()
    kr.file_path  # resolves under the private XDG data dir
    keyring.set_keyring(kr)
    yield kr


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing():
    # Argon2id still, with cheap parameters so the suite stays fast.
    auth.set_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


@pytest.fixture
def db(tmp_path):
    from clinicdesk.db import Database

    database = Database(f"sqlite:///{tmp_path / 'clinic.db'}")
    yield database
    database.dispose()


def _pg_admin_url():
    url = os.environ.get(PG_URL_ENV)
    if not url:
        return None
    return url


@pytest.fixture(scope="session")
def pg_template():
    """A migrated template database on the PostgreSQL server named by CLINICDESK_TEST_PG_URL."""
    url = _pg_admin_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"{PG_URL_ENV} not set (no PostgreSQL server for this run)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from clinicdesk.db import Database, normalize_url

    admin = create_engine(normalize_url(url), isolation_level="AUTOCOMMIT")
    name = f"cdtpl_{uuid.uuid4().hex[:10]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    tpl_url = normalize_url(make_url(url).set(database=name))
    d = Database(tpl_url)
    d.dispose()
    yield admin, name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_db(pg_template):
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from clinicdesk.db import Database, normalize_url

    admin, tpl = pg_template
    name = f"cdt_{uuid.uuid4().hex[:12]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl}"'))
    database = Database(normalize_url(make_url(os.environ[PG_URL_ENV]).set(database=name)))
    yield database
    database.dispose()
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """The same test on a SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("db")
    return request.getfixturevalue("pg_db")
