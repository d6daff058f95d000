"""`clinicdesk audit checkpoint [--out FILE]`: anchor the log of lookups outside the database."""

from __future__ import annotations


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("audit", help="the log of lookups: checkpoints outside the database")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    cp = asub.add_parser("checkpoint", help="record the log's length and newest hash (this workstation, and FILE)")
    add_db_option(cp)
    cp.add_argument("--out", metavar="FILE", help="also write the checkpoint to FILE (to keep elsewhere)")
    cp.set_defaults(func=cmd_checkpoint)


def cmd_checkpoint(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services import audit_anchor

    db = Database(args.db, migrate=False)
    try:
        cp = audit_anchor.write_checkpoint(db, out=args.out)
    finally:
        db.dispose()
    signed = "signeret" if cp.signature else "usigneret (ingen nøglering)"
    print(f"Kontrolpunkt: {cp.count} poster, nyeste #{cp.last_id}, {signed}."
          + (f" Skrevet til {args.out}." if args.out else ""))
    return 0
