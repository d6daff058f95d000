"""`clinicdesk audit checkpoint [--out FILE]` and `clinicdesk audit key export|import FILE`.

The checkpoint anchors the log of lookups outside the database; the key (``services.audit_key``)
is the installation's, the same on every workstation: the administrator exports it on a
workstation that has it and imports it on the next one.
"""

from __future__ import annotations


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("audit", help="the log of lookups: checkpoints outside the database, the installation's key")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    cp = asub.add_parser("checkpoint", help="record the log's length and newest hash (this workstation, and FILE)")
    add_db_option(cp)
    cp.add_argument("--out", metavar="FILE", help="also write the checkpoint to FILE (to keep elsewhere)")
    cp.set_defaults(func=cmd_checkpoint)
    key = asub.add_parser("key", help="the installation's key for the log: move it to the next workstation")
    ksub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    ex = ksub.add_parser("export", help="write this workstation's key to FILE (only the owner may read it)")
    ex.add_argument("file", metavar="FILE")
    ex.set_defaults(func=cmd_key_export)
    im = ksub.add_parser("import", help="put the key from FILE in this workstation's keyring")
    add_db_option(im)
    im.add_argument("file", metavar="FILE")
    im.set_defaults(func=cmd_key_import)


def cmd_checkpoint(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services import audit_anchor

    db = Database(args.db, migrate=False)
    try:
        cp = audit_anchor.write_checkpoint(db, out=args.out)
    finally:
        db.dispose()
    signed = f"signeret (nøgle {cp.key_id})" if cp.signature else "usigneret (loggen har endnu ingen nøgle)"
    print(f"Kontrolpunkt: {cp.count} poster, nyeste #{cp.last_id}, {signed}."
          + (f" Skrevet til {args.out}." if args.out else ""))
    return 0


def cmd_key_export(args) -> int:
    from clinicdesk.services import audit_key

    key = audit_key.export_to(args.file)
    print(f"Nøglen til loggen over opslag (id {key.key_id}) er skrevet til {args.file}. Importér den på den nye "
          "arbejdsstation med: clinicdesk audit key import FIL – og slet så filen (den er en hemmelighed).")
    return 0


def cmd_key_import(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services import audit_key

    db = Database(args.db, migrate=False)
    try:
        key = audit_key.import_from(args.file, db)
    finally:
        db.dispose()
    print(f"Nøglen til loggen over opslag (id {key.key_id}) er gemt i denne arbejdsstations nøglering. "
          "Slet nu nøglefilen.")
    return 0
