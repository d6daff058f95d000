"""Shared fixtures: a private home, a real keyring backend, fresh databases.

Every test runs with HOME and the XDG folders in a temporary directory and a
file-based keyring (keyrings.alt PlaintextKeyring) there, so no test touches a
real home or a real keyring.

Migrations run once per session, never per test: ``sqlite_template`` is a SQLite
file migrated to head, and ``db`` (a fresh, migrated SQLite database per test) is a
copy of it, which opens without running Alembic. ``sqlite_copy(path)`` makes more
such files (in one test, or for a session template of its own) and returns their
URLs. ``pg_db`` is a fresh PostgreSQL database per test (from CLINICDESK_TEST_PG_URL),
created from the migrated template database ``pg_template``; ``any_db`` runs a test
on both. ``db_snapshot(key, build)`` fills ``db`` with rows built once per session
(a world, a demo practice) and copied to every later test; ``db.once_per_session(key,
build)`` (also on ``pg_db``) does the same for a helper that may be handed a database the
test already wrote to (it then simply builds). ``db`` and ``pg_db`` hand every test the
same ``Database`` object over a new database, so SQLAlchemy's per-engine cache of
compiled statements is filled once per session instead of once per test.
"""

from __future__ import annotations

import copy
import functools
import gc
import os
import shutil
import uuid
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher

from clinicdesk.services import auth

PG_URL_ENV = "CLINICDESK_TEST_PG_URL"
_STALE_POOLS: list = []  # see _dispose_shared
_ORIG_ENV = dict(os.environ)

# Collecting imports every test module (and pytest rewrites each one's asserts): hundreds of
# thousands of objects that all live for the whole run. The collector would walk them again
# and again (about 0.8 s of a unit run's collection); until collection is done it runs rarely.
gc.set_threshold(200_000, 100, 1000)


def pytest_collection_finish(session):
    # Everything imported so far (SQLAlchemy, the models, the test modules) lives for the
    # whole run: move it out of the collector's sight, so full collections stay cheap, and
    # collect less often (the defaults, 700/10/10, spent about 4 s of a unit run in gc).
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 40)


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

    from clinicdesk import secrets

    kr = PlaintextKeyring()
    kr.file_path  # resolves under the private XDG data dir
    keyring.set_keyring(kr)
    # the application refuses file keyrings; this one object, in a private test home, is handed
    # over explicitly (a test of the refusal uses a fresh instance, which is not trusted)
    secrets.trust_backend(kr)
    yield kr


@pytest.fixture(scope="session", autouse=True)
def _fast_password_hashing():
    # Argon2id still, with cheap parameters so the suite stays fast.
    auth.set_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield


_TEMPLATE_HEAD: dict[str, str | None] = {}  # the revision each session template was migrated to


def _assert_template_current(kind: str) -> None:
    """A test's database is a copy of the session's template: it is at head unless the
    migrations changed during the run (then the run must start again). Comparing revision
    names costs nothing; ``Database.upgrade`` on a copy is tested in test_db."""
    from clinicdesk.db import packaged_head

    assert _TEMPLATE_HEAD[kind] == packaged_head(), "the migrations changed during the run: start it again"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file migrated to head, once per session; tests get copies (see ``db``)."""
    from clinicdesk.db import Database

    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    database = Database(f"sqlite:///{path}")
    _TEMPLATE_HEAD["sqlite"] = database.current_revision()
    with database.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    database.dispose()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "template left pages in its WAL file"
    return path


@pytest.fixture(scope="session")
def sqlite_copy(sqlite_template):
    """``sqlite_copy(path) -> url``: a fresh migrated SQLite database at ``path`` (a template copy)."""

    def _copy(path: str | Path) -> str:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sqlite_template, path)
        return f"sqlite:///{path}"

    return _copy


@pytest.fixture(scope="session")
def _sqlite_slot(tmp_path_factory, sqlite_copy):
    """One Database for the session's ``db`` fixtures: each test gets a fresh file under it.

    The engine (and so SQLAlchemy's compiled-statement cache) outlives the tests; the
    file does not: ``db`` closes every connection and puts a new template copy in place.
    """
    from clinicdesk.db import Database

    path = tmp_path_factory.mktemp("db") / "clinic.db"
    database = Database(sqlite_copy(path), migrate=False)
    yield database
    database.dispose()


class _Snapshots:
    """Databases built once per session (a world, a demo practice), kept and copied.

    ``restore(database, key, build)``: the first time ``key`` is asked for, ``build(database)``
    runs and a copy of the database is kept; every later time the kept copy replaces the
    database and the same result (a deep copy: a test may change its own) is returned.
    ``once(database, key, build)`` does the same while the database is still an untouched
    template copy, and simply runs ``build`` after the test wrote anything.
    """

    def __init__(self):
        self.kept: dict = {}
        self._count_sql: str | None = None
        self._template_rows: int | None = None

    def restore(self, database, key, build):
        if key not in self.kept:
            result = build(database)
            self.kept[key] = (self._keep(database), result)
            return copy.deepcopy(result)
        kept, result = self.kept[key]
        self._put_back(database, kept)
        return copy.deepcopy(result)

    def once(self, database, key, build):
        if not self._untouched(database):
            return build(database)
        return self.restore(database, key, build)

    def note_template(self, database) -> None:
        """Called on a fresh template copy: remember what an untouched database holds."""
        if self._template_rows is None:
            self._template_rows = self._rows(database)

    def _untouched(self, database) -> bool:
        try:
            return self._rows(database) == self._template_rows
        except Exception:  # a table gone or changed: certainly not the template
            return False

    def _rows(self, database) -> int:
        with database.engine.connect() as c:
            if self._count_sql is None:
                self._count_sql = "SELECT " + " + ".join(
                    [f'(SELECT count(*) FROM "{n}")' for n in c.exec_driver_sql(self._tables_sql).scalars()]
                    + [self._extra_count_sql])
            return c.exec_driver_sql(self._count_sql).scalar()


class _SqliteSnapshots(_Snapshots):
    """Kept as files; sqlite_sequence is counted, so an insert undone shows too."""

    _tables_sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    _extra_count_sql = "0"

    def __init__(self, folder: Path):
        super().__init__()
        self.dir = folder

    def _keep(self, database):
        path = database.sqlite_path
        with database.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
        kept = self.dir / f"{len(self.kept)}.db"
        shutil.copyfile(path, kept)
        return kept

    def _put_back(self, database, kept) -> None:
        path = database.sqlite_path
        database.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(kept, path)


class _PgSnapshots(_Snapshots):
    """Kept as template databases on the server (a copy costs the server, not this process);
    a used sequence counts, so an insert undone shows too."""

    _tables_sql = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    _extra_count_sql = "(SELECT count(last_value) FROM pg_sequences WHERE schemaname = 'public')"

    def __init__(self, admin, name: str):
        super().__init__()
        self.admin, self.name = admin, name

    def _keep(self, database):
        from sqlalchemy import text

        database.dispose()
        kept = f"{self.name}_s{len(self.kept)}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{kept}" TEMPLATE "{self.name}"'))
        return kept

    def _put_back(self, database, kept) -> None:
        from sqlalchemy import text

        database.dispose()
        _drop_database(self.admin, self.name)
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{self.name}" TEMPLATE "{kept}"'))

    def drop_all(self) -> None:
        for kept, _result in self.kept.values():
            _drop_database(self.admin, kept)


@pytest.fixture(scope="session")
def _snapshots(tmp_path_factory):
    return _SqliteSnapshots(tmp_path_factory.mktemp("snapshots"))


@pytest.fixture
def db(_sqlite_slot, sqlite_copy, _snapshots):
    """A fresh SQLite database at head (a template copy: no migration runs).

    ``db.once_per_session(key, build)`` (the test helpers' world builders use it) returns
    ``build(db)``, built once per session while the database is untouched and copied
    after that (``pg_db`` has the same, with template databases on the server).
    """
    path = _sqlite_slot.sqlite_path
    _sqlite_slot.dispose()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a connection a test left open keeps its own (unlinked) file
    sqlite_copy(path)
    _assert_template_current("sqlite")
    _snapshots.note_template(_sqlite_slot)
    _sqlite_slot.once_per_session = functools.partial(_snapshots.once, _sqlite_slot)
    yield _sqlite_slot
    del _sqlite_slot.once_per_session
    _sqlite_slot.dispose()


@pytest.fixture
def db_snapshot(db, _snapshots):
    """``db_snapshot(key, build) -> result``: ``db`` filled by ``build(db)``, built once per session.

    The first test that asks for ``key`` runs ``build(db)`` and keeps a copy of the file;
    every later one gets a copy of that file and the same (plain, unchanging) result.
    E.g. ``summary = db_snapshot(("demo", 7), lambda d: build_demo(d, seed=7, **SMALL))``.
    """
    return functools.partial(_snapshots.restore, db)


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
    _TEMPLATE_HEAD["postgres"] = d.current_revision()
    d.dispose()
    yield admin, name
    _drop_database(admin, name)
    admin.dispose()


@pytest.fixture(scope="session")
def _pg_slot(pg_template):
    """One Database for the session's ``pg_db`` fixtures; each test gets the database anew."""
    from sqlalchemy.engine import make_url

    from clinicdesk.db import Database, normalize_url

    admin, _tpl = pg_template
    name = f"cdt_{uuid.uuid4().hex[:12]}"
    database = Database(normalize_url(make_url(os.environ[PG_URL_ENV]).set(database=name)), migrate=False)
    snapshots = _PgSnapshots(admin, name)
    yield database, name, snapshots
    database.dispose()
    while _STALE_POOLS:
        _STALE_POOLS.pop().dispose()
    _drop_database(admin, name)
    snapshots.drop_all()


def _drop_database(admin, name: str) -> None:
    from sqlalchemy import text

    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_db(pg_template, _pg_slot):
    """A fresh PostgreSQL database at head, created from the migrated template database."""
    from sqlalchemy import text

    admin, tpl = pg_template
    database, name, snapshots = _pg_slot
    _dispose_shared(database)
    _drop_database(admin, name)  # WITH (FORCE): a connection a test left open goes too
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl}"'))
    _assert_template_current("postgres")
    snapshots.note_template(database)
    database.once_per_session = functools.partial(snapshots.once, database)
    yield database
    del database.once_per_session
    _dispose_shared(database)


def _dispose_shared(database) -> None:
    """Give back the shared engine's connections at the end of a test.

    A connection still checked out (a window's background task finishing late) goes back
    to the pool that ``dispose()`` replaces; that pool, dropped, would let psycopg warn
    "deleted while still open" in whichever later test the garbage collector runs. Such a
    pool is kept and closed at the end of the session instead."""
    import sys

    worker = sys.modules.get("clinicdesk.views.worker")
    if worker is not None:
        worker.wait_for_all()
    pool = database.engine.pool
    in_use = pool.checkedout()  # (dispose() resets the count)
    database.dispose()
    if in_use:
        _STALE_POOLS.append(pool)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request, tmp_path):
    """The same test on a SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("db")
    return request.getfixturevalue("pg_db")
