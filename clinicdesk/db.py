"""Database: engine and sessions from a URL, SQLite pragmas, migrations to head.

Default is one SQLite file in the user data directory (WAL, synchronous=FULL,
foreign keys, busy timeout). Several workstations use PostgreSQL through
psycopg 3; the password comes from the keyring when the URL has none.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from clinicdesk import db_faults
from clinicdesk.domain.errors import CommitInDoubt, ConnectionLost

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.messages import say

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15000


class DatabaseError(ClinicDeskError):
    code = "database"
    default_message = say("Databasen kunne ikke åbnes. Kontrollér forbindelsen og prøv igen.")


class DatabasePasswordMissing(DatabaseError):
    code = "db_password"


class UpgradeNeedsOwner(DatabaseError):
    code = "db_upgrade_owner"
    default_message = say(
        "Databasen skal opgraderes til den nye version af programmet, men programmets databaserolle må ikke "
        "ændre databasens opbygning. Bed administratoren køre: clinicdesk db upgrade --owner-db "
        "postgresql://EJER@SERVER/DATABASE (eller sætte CLINICDESK_DB_OWNER_URL), og start så programmet igen."
    )


def _password_problem(u: URL) -> DatabasePasswordMissing:
    """The server wants a password the keyring did not give: say which entry to set, and how."""
    from clinicdesk import secrets

    name = secrets.db_secret_name(u.render_as_string(hide_password=True))
    where = u._replace(password=None).render_as_string(hide_password=True)
    return DatabasePasswordMissing(
        say("PostgreSQL-serveren vil have en adgangskode, men nøgleringen har ingen (eller en forkert) til "
            "denne database. Gem adgangskoden i systemets nøglering under tjenesten »{service}«, "
            "posten »{name}«, fx med: clinicdesk db set-password --db {where}").format(
            service=secrets.SERVICE, name=name, where=where),
        entry=name,
    )


def _install_pg_login_errors(engine: Engine, u: URL) -> None:
    @event.listens_for(engine, "handle_error")
    def _on_error(ctx):
        text = str(ctx.original_exception)
        if "no password supplied" in text or "password authentication failed" in text:
            return _password_problem(u)
        return None


def normalize_url(url: str | URL) -> URL:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def _password_from_keyring(u: URL) -> URL:
    if u.get_backend_name() != "postgresql" or u.password:
        return u
    from clinicdesk import secrets

    try:
        pw = secrets.get_secret(secrets.db_secret_name(u.render_as_string(hide_password=True)))
    except secrets.SecretStoreUnavailable:
        return u  # the server may use peer/trust auth; a failed login will say so
    return u.set(password=pw) if pw else u


def _revision_ids(path: Path) -> tuple[str, tuple[str, ...]] | None:
    """``(revision, down_revisions)`` from a migration file's top-level assignments, or None."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(value)
    rev, down = found.get("revision"), found.get("down_revision")
    if not isinstance(rev, str):
        return None
    downs = (down,) if isinstance(down, str) else tuple(down or ())
    return rev, downs


@functools.lru_cache(maxsize=4)
def _head_of(files: tuple[tuple[str, int], ...]) -> str | None:
    revisions: dict[str, tuple[str, ...]] = {}
    for name, _mtime in files:
        ids = _revision_ids(MIGRATIONS_DIR / "versions" / name)
        if ids is not None:
            revisions[ids[0]] = ids[1]
    heads = set(revisions) - {d for downs in revisions.values() for d in downs}
    if len(heads) == 1:
        return heads.pop()
    # none or several heads (a branch): let Alembic read the folder and say what is wrong
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


def packaged_head() -> str | None:
    """The head revision of the migrations this program ships.

    Read from the revision files' text (``revision = ...``, ``down_revision = ...``) without
    importing Alembic, and cached until a file in the folder changes.
    """
    versions = MIGRATIONS_DIR / "versions"
    files = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in versions.glob("*.py")))
    return _head_of(files)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # let SQLAlchemy (not the driver) say when a transaction begins
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # writers take the write lock up front, so two processes never deadlock
        # upgrading read locks; readers begin deferred and never block anyone
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:  # e.g. Windows: folders cannot be opened; NTFS journals the rename
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete ``*.part`` files an interrupted backup left next to the database."""
    gone = []
    for p in folder.glob("*.bak.part"):
        p.unlink(missing_ok=True)
        gone.append(p)
    return gone


def _quiet_rollback(s: Session) -> None:
    """Roll back after an error; a broken connection cannot roll back, and need not (the server did)."""
    try:
        s.rollback()
    except Exception:  # noqa: BLE001 - the original error is the one to report
        pass


class Database:
    """Engine + sessionmaker for one URL. ``Database(url)`` migrates to head by default."""

    def __init__(self, url: str | URL | None = None, *, migrate: bool = True, echo: bool = False):
        if url is None:
            from clinicdesk.config import load_config

            url = load_config().effective_db_url
        self.url = _password_from_keyring(normalize_url(url))
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        # hide_parameters: an error message (and so a log line) never carries a bound value
        # such as a CPR number, a name or message text
        kwargs: dict = {"echo": echo, "future": True, "hide_parameters": True}
        if self.is_sqlite:
            db_path = self.url.database
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
        else:
            _install_pg_login_errors(self.engine, self.url)
        db_faults.install(self.engine)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            try:
                self.upgrade()
            except BaseException:
                self.engine.dispose()  # no connection left open by a Database that never came to be
                raise

    # -- sessions ---------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read (or light write) session; commits on success, rolls back on error."""
        s = self.Session()
        try:
            yield s
            s.commit()
        except BaseException:
            _quiet_rollback(s)
            raise
        finally:
            s.close()

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose transaction takes the write lock at once (SQLite)."""
        s = self.Session()
        try:
            if self.is_sqlite:
                s.connection(execution_options={"sqlite_immediate": True})
            yield s
            try:
                s.commit()
            except ConnectionLost as exc:  # the COMMIT may or may not have reached the server
                raise CommitInDoubt() from exc
        except BaseException:
            _quiet_rollback(s)
            raise
        finally:
            s.close()

    def checkpoint(self) -> tuple[int, int] | None:
        """Copy the write-ahead log into the database file, waiting for nobody (SQLite's PASSIVE
        checkpoint; None on PostgreSQL). The result: the log's pages, and how many of them are in
        the file now. The window runs this in the background every few seconds
        (``views.db_upkeep``): otherwise SQLite does it inside the commit that brings the log to
        1,000 pages, and the user of that commit waits (0.7 s at a million items)."""
        if not self.is_sqlite:
            return None
        raw = self.engine.raw_connection()  # (no transaction: a checkpoint cannot run inside one)
        try:
            cur = raw.cursor()
            _busy, log_pages, done = cur.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            cur.close()
        finally:
            raw.close()
        return log_pages, done

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    # -- migrations -------------------------------------------------------
    def _alembic_config(self):
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.render_as_string(hide_password=False).replace("%", "%%"))
        return cfg

    def head_revision(self) -> str | None:
        """The newest revision this program ships (read from the migration files, no Alembic)."""
        return packaged_head()

    def current_revision(self) -> str | None:
        """The revision stored in the database's ``alembic_version`` table (None: an empty database)."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
        if len(rows) > 1:
            raise DatabaseError(say("Databasen har flere skemaversioner: {versions}").format(versions=", ".join(sorted(rows))))
        return rows[0] if rows else None

    def upgrade(self) -> str | None:
        """Migrate to head; back up an existing SQLite file first. Returns the backup path, if any.

        A database already at head costs one small query: Alembic is imported only to migrate.
        """
        current, head = self.current_revision(), self.head_revision()
        if current == head:
            return None
        from alembic import command

        backup = None
        path = self.sqlite_path
        if path is not None:
            remove_stale_partials(path.parent)  # an interrupted earlier backup
        if path is not None and current is not None and path.exists():
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            backup = path.with_name(f"{path.name}.before-{head}-{stamp}.bak")
            self.backup(backup)
            log.info("backed up database before migration to %s", backup)
        from sqlalchemy.exc import DBAPIError

        from clinicdesk import db_roles

        cfg = self._alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                db_roles.regrant_app_roles(conn)  # PostgreSQL: new tables for the application's role too
        except DBAPIError as exc:
            if not self.is_sqlite and db_roles.is_permission_denied(exc):
                raise UpgradeNeedsOwner() from exc  # the application's role, not the owner
            raise
        return str(backup) if backup else None

    # -- backup -----------------------------------------------------------
    def _sqlite_backup(self, tmp: Path, target: Path) -> None:
        """Copy through the online-backup API into ``tmp``, make it durable, then rename it into place."""
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(str(self.sqlite_path), timeout=BUSY_TIMEOUT_MS / 1000)
        dst = sqlite3.connect(str(tmp))
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        tmp.replace(target)
        _fsync_dir(target.parent)  # the rename itself survives a power cut

    def backup(self, target: str | Path) -> Path:
        """An online, consistent copy while others write (SQLite backup API / pg_dump)."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if self.is_sqlite:
            tmp = target.with_name(target.name + ".part")
            try:
                self._sqlite_backup(tmp, target)
            except (sqlite3.Error, OSError) as exc:
                tmp.unlink(missing_ok=True)  # never leave a half-written copy behind
                fault = db_faults.from_os_error(exc) if isinstance(exc, OSError) else db_faults.fault_for(exc)
                if fault is None:
                    raise
                raise fault from exc
            return target
        import subprocess

        pg_dump = shutil.which("pg_dump")
        if not pg_dump:
            raise DatabaseError(say("Programmet pg_dump blev ikke fundet. Installér PostgreSQL-klienten og prøv igen."))
        u = self.url
        env = dict(os.environ)
        if u.password:
            env["PGPASSWORD"] = u.password
        args = [pg_dump, "--format=custom", f"--file={target}", "-h", u.host or "localhost", "-p", str(u.port or 5432)]
        if u.username:
            args += ["-U", u.username]
        args.append(u.database or "")
        res = subprocess.run(args, env=env, capture_output=True, text=True)
        if res.returncode != 0:
            raise DatabaseError(say("Sikkerhedskopien mislykkedes: {error}").format(error=res.stderr.strip()))
        return target

    # -- checks -----------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        problems: list[str] = []
        with self.engine.connect() as conn:
            if self.is_sqlite:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                if rows != ["ok"]:
                    problems += [f"integritet: {r}" for r in rows]
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                problems += [f"fremmednøgle: tabel {r[0]} række {r[1]} → {r[2]}" for r in fk[:50]]
            else:
                conn.execute(text("SELECT 1"))
            missing = {"clinic", "inbox_item", "audit_log"} - set(inspect(conn).get_table_names())
            if missing:
                problems.append("tabeller mangler: " + ", ".join(sorted(missing)))
        return problems
