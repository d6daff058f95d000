"""`clinicdesk demo`: build the demo clinic into a new (empty) database."""

from __future__ import annotations

import argparse


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et helt tal: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("tallet må ikke være negativt")
    return n


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser(
        "demo",
        help="byg en realistisk demopraksis (to klinikker, personale, patienter, indbakke) i en tom database",
        description="Bygger en demoklinik med personale, patienter og indbakke i en tom database.",
    )
    add_db_option(p)
    p.add_argument("--seed", type=int, default=1, metavar="TAL", help="startværdi for tilfældighed; samme værdi giver samme data (standard 1)")
    p.add_argument("--patients", type=_positive, default=2000, metavar="ANTAL", help="antal patienter (standard 2000)")
    p.add_argument("--items", type=_positive, default=None, metavar="ANTAL",
                   help="antal elementer i indbakken (standard cirka 300; 1000000 til en belastningstest)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.demo import DEMO_USERS, build_demo

    db = Database(args.db)
    try:
        print(f"Bygger demoklinikken i {db.display_url} …", flush=True)
        summary = build_demo(db, seed=args.seed, patients=args.patients, items=args.items)
        from clinicdesk.services import audit_anchor

        audit_anchor.write_checkpoint(db)  # the log of lookups is anchored from its first day
    finally:
        db.dispose()
    print("Demoklinikken er bygget:")
    for line in summary.lines_da():
        print(f"  {line}")
    print("Log ind med (brugernavn / adgangskode):")
    width = max(len(u) for u, _p, _d in DEMO_USERS)
    for username, password, what in DEMO_USERS:
        print(f"  {username.ljust(width)} / {password}   {what}")
    return 0
