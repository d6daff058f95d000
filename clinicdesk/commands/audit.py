"""`clinicdesk audit checkpoint [--out FILE]` and `clinicdesk audit key export|import FILE`.

The checkpoint anchors the log of lookups outside the database; the key (``services.audit_key``)
is the installation's, the same on every workstation: the administrator exports it on a
workstation that has it and imports it on the next one.
"""

from __future__ import annotations


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("audit", help="loggen over opslag: kontrolpunkter uden for databasen, installationens nøgle")
    asub = p.add_subparsers(dest="audit_command", metavar="HANDLING", required=True)
    cp = asub.add_parser("checkpoint", help="gem loggens længde og nyeste hash (på denne arbejdsstation og i FIL)")
    add_db_option(cp)
    cp.add_argument("--out", metavar="FIL", help="skriv også kontrolpunktet i FIL (til opbevaring et andet sted)")
    cp.set_defaults(func=cmd_checkpoint)
    key = asub.add_parser("key", help="installationens nøgle til loggen: flyt den til næste arbejdsstation")
    ksub = key.add_subparsers(dest="key_command", metavar="HANDLING", required=True)
    ex = ksub.add_parser("export", help="skriv denne arbejdsstations nøgle i FIL (kun ejeren kan læse den)")
    ex.add_argument("file", metavar="FIL")
    ex.set_defaults(func=cmd_key_export)
    im = ksub.add_parser("import", help="læg nøglen fra FIL i denne arbejdsstations nøglering")
    add_db_option(im)
    im.add_argument("file", metavar="FIL")
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
