"""`clinicdesk db upgrade|backup|check|set-password|grant-app-role`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

OWNER_URL_ENV = "CLINICDESK_DB_OWNER_URL"


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("db", help="vedligehold af databasen: opgradering, sikkerhedskopi, kontrol")
    dbsub = p.add_subparsers(dest="db_command", metavar="HANDLING", required=True)
    up = dbsub.add_parser("upgrade", help="opgradér databasen til nyeste skema (tager først en sikkerhedskopi af SQLite)")
    add_db_option(up)
    _owner_option(up)
    up.set_defaults(func=cmd_upgrade)
    gr = dbsub.add_parser("grant-app-role", help="PostgreSQL: giv programmets rolle dens rettigheder "
                          "(kun SELECT og INSERT på loggen over opslag og korrespondancen)")
    add_db_option(gr)
    _owner_option(gr)
    gr.add_argument("role", metavar="ROLLE", help="rollen, arbejdsstationerne forbinder som")
    gr.set_defaults(func=cmd_grant_app_role)
    bk = dbsub.add_parser("backup", help="en sammenhængende kopi, mens andre arbejder videre")
    add_db_option(bk)
    bk.add_argument("file", metavar="FIL")
    bk.set_defaults(func=cmd_backup)
    ck = dbsub.add_parser("check", help="integritet, skemaversion, revisionssporets kæde og dets nyeste kontrolpunkt")
    add_db_option(ck)
    ck.add_argument("--checkpoint", metavar="FIL", help="sammenlign med et eksporteret kontrolpunkt i stedet for "
                    "denne arbejdsstations nyeste")
    ck.set_defaults(func=cmd_check)
    pw = dbsub.add_parser("set-password", help="gem adgangskoden til PostgreSQL i systemets nøglering")
    add_db_option(pw)
    pw.add_argument("--password-stdin", action="store_true", help="læs adgangskoden fra standard input")
    pw.set_defaults(func=cmd_set_password)


def cmd_set_password(args) -> int:
    """Store the database password where Database() looks for it (never in a file)."""
    import getpass

    from clinicdesk import secrets
    from clinicdesk.config import load_config
    from clinicdesk.db import normalize_url

    url = normalize_url(args.db or load_config().effective_db_url)
    if url.get_backend_name() != "postgresql":
        print("clinicdesk: kun en PostgreSQL-database har en adgangskode.", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Adgangskode: ")
    if not password:
        print("clinicdesk: ingen adgangskode angivet; intet er gemt.", file=sys.stderr)
        return 2
    name = secrets.db_secret_name(url.render_as_string(hide_password=True))
    secrets.set_secret(name, password)
    print(f"Adgangskoden er gemt i nøgleringen (tjeneste »{secrets.SERVICE}«, post »{name}«).")
    return 0


def _owner_option(p) -> None:
    p.add_argument("--owner-db", metavar="URL", default=None,
                   help=f"PostgreSQL: databasens ejerrolle, kun til opgraderinger (standard: ${OWNER_URL_ENV}, "
                   "ellers --db); dens adgangskode fra nøgleringen (db set-password --db URL)")


def _open(args, migrate: bool):
    from clinicdesk.db import Database

    return Database(args.db, migrate=migrate)


def _open_owner(args):
    from clinicdesk.db import Database

    owner = getattr(args, "owner_db", None) or os.environ.get(OWNER_URL_ENV) or args.db
    return Database(owner, migrate=False)


def cmd_upgrade(args) -> int:
    db = _open_owner(args)
    try:
        before = db.current_revision()
        backup = db.upgrade()
        after = db.current_revision()
    finally:
        db.dispose()
    if backup:
        print(f"Sikkerhedskopi: {backup}")
    print(f"Database {db.display_url}: {before or 'tom'} → {after}")
    return 0


def cmd_grant_app_role(args) -> int:
    from clinicdesk import db_roles

    db = _open_owner(args)
    try:
        with db.engine.begin() as conn:
            tables = db_roles.grant_app_role(conn, args.role)
    finally:
        db.dispose()
    print(f"Rollen »{args.role}« har nu programmets rettigheder på {len(tables)} tabeller i {db.display_url}: "
          "kun læse og tilføje i loggen over opslag, beskeder og vedhæftninger. Brug ejerrollen kun til "
          "clinicdesk db upgrade --owner-db URL.")
    return 0


def cmd_backup(args) -> int:
    db = _open(args, migrate=False)
    target = db.backup(args.file)
    print(f"Sikkerhedskopi skrevet: {target}")
    return 0


def _audit_problems(db, args) -> tuple[list[str], int]:
    """The chain, then the newest checkpoint: Danish lines for `db check`, and the entry count."""
    from sqlalchemy import func, select

    from clinicdesk.models import AuditEntry
    from clinicdesk.services import audit, audit_anchor

    with db.session() as s:
        chain = audit.verify_chain(s)
        count = s.execute(select(func.count(AuditEntry.id))).scalar_one()
    problems = [str(p) for p in chain]
    anchor = audit_anchor.newest(db, extra=args.checkpoint)
    if anchor is not None:
        problems += audit_anchor.compare(db, anchor)
    return problems, count


def _unkeyed_warning(db) -> str | None:
    """A log without keyed entries on a computer without a secret store (a trial install): it is
    chained but not keyed, so a recomputed chain would pass. Said, not failed."""
    from sqlalchemy import select

    from clinicdesk.models import AuditEntry
    from clinicdesk.services import audit_key

    with db.session() as s:
        newest = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    if newest is None or audit_key.key_id_of(newest):
        return None
    try:
        audit_key.load()
        return None  # a keyring is there: the next entry makes the installation's key
    except audit_key.AuditKeyUnavailable:
        return ("ADVARSEL: loggen over opslag er kædet, men ikke nøglet, fordi der ikke er en nøglering på denne "
                "computer: en, der kan skrive i databasen, kan genberegne kæden uden at det opdages. Installér "
                "en nøglering (fx GNOME Keyring), så laver programmet installationens nøgle ved næste indførsel.")


def _missing_sqlite_file(args) -> str | None:
    """A SQLite database named on the command line that does not exist: checking it must not make it."""
    from clinicdesk.config import load_config
    from clinicdesk.db import normalize_url

    url = normalize_url(args.db or load_config().effective_db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not Path(url.database).exists():
        return url.database
    return None


def cmd_check(args) -> int:
    from clinicdesk.services import audit_anchor

    missing = _missing_sqlite_file(args)
    if missing:
        print(f"clinicdesk: databasefilen {missing} findes ikke. Tjek stien (--db), og prøv igen.", file=sys.stderr)
        return 1
    db = _open(args, migrate=False)
    problems: list[str] = []
    problems += db.integrity_problems()
    current, head = db.current_revision(), db.head_revision()
    if current != head:
        problems.append(f"skema: databasen er ved {current or 'ingen version'}, programmet forventer {head} "
                        "(kør: clinicdesk db upgrade)")
    count = 0
    if current == head and not any(p.startswith("tabeller mangler") for p in problems):
        # the chain is read with this program's schema: an older database is upgraded first
        chain_problems, count = _audit_problems(db, args)
        problems += chain_problems
    if problems:
        print(f"FEJL i {db.display_url}:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    audit_anchor.write_checkpoint(db)  # the anchor moves on with a log found sound
    warning = _unkeyed_warning(db) if count else None
    if warning:
        print(warning)
    print(f"OK: {db.display_url} – integritet i orden, skema {current} (nyeste), revisionsspor med {count} poster er ubrudt.")
    return 0
