"""`clinicdesk guide login|functions [--db URL] [--clinic ID] [--lang da|en] --out FILE.pdf`.

Support's tool: builds a patient guide for a clinic (default: the first clinic in
the database) and writes the PDF. The file written is audited (no staff member).
"""

from __future__ import annotations

import argparse


def register(sub) -> None:
    p = sub.add_parser(
        "guide",
        help="byg en patientvejledning som PDF (login eller funktioner) til en klinik",
        description="Byg en patientvejledning som PDF til en klinik.",
    )
    p.add_argument("which", choices=("login", "functions"), help="hvilken vejledning: login eller functions (funktioner)")
    # SUPPRESS: without --db here, the global `clinicdesk --db URL guide …` still counts
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help="databasens URL (standard: SQLite-filen i brugerens datamappe)")
    p.add_argument("--clinic", type=int, metavar="ID", help="klinikkens id (standard: den første klinik i databasen)")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="vejledningens sprog (standard: da)")
    p.add_argument("--out", required=True, metavar="FIL.pdf", help="hvor PDF'en skal gemmes")
    p.set_defaults(func=cmd_guide)


def cmd_guide(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services import guides

    db = Database(getattr(args, "db", None))
    try:
        clinic_id = args.clinic if args.clinic is not None else guides.first_clinic_id(db)
        info = guides.build_guide(db, clinic_id, args.which, args.lang, args.out)
        guides.record_command_output(db, clinic_id, args.which, args.lang)
    finally:
        db.dispose()
    print(f"Vejledning skrevet: {info.path} ({info.pages} sider, {info.title})")
    return 0
