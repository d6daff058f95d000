"""`clinicdesk portal-sim`: patient traffic through the portal's intake, ending with a table."""

from __future__ import annotations

import sys

from clinicdesk.domain.constants import COPENHAGEN


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser(
        "portal-sim",
        help="send realistisk patienttrafik gennem portalens regler (fylder indbakken; giver belastning)",
        description=(
            "Simulerer patienter på patientportalen: e-konsultationer, svar, receptfornyelser, tidsbestillinger, "
            "aflysninger, tilmeldinger og læsekvitteringer – nogle bryder klinikkens regler med vilje. "
            "Slutter med en tabel over modtagne henvendelser og afvisninger pr. kode."
        ),
    )
    add_db_option(p)
    p.add_argument("--seed", type=int, default=1, metavar="TAL", help="startværdi for tilfældighed (samme værdi, samme valg; standard 1)")
    p.add_argument("--rate", type=float, default=5.0, metavar="PR_SEKUND",
                   help="henvendelser pr. sekund (standard 5; 0 = så hurtigt som muligt)")
    p.add_argument("--duration", type=float, default=10.0, metavar="SEKUNDER", help="hvor længe der køres, i sekunder (standard 10)")
    p.add_argument("--clinic", type=int, action="append", metavar="ID", help="kun denne klinik (kan gentages)")
    p.add_argument("--quiet", action="store_true", help="ingen linje pr. henvendelse, kun tabellen")
    p.set_defaults(func=cmd_portal_sim)


def cmd_portal_sim(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.portal.sim import KIND_LABELS_DA, run_sim

    if args.rate < 0 or args.duration < 0:
        print("clinicdesk: --rate og --duration kan ikke være negative.", file=sys.stderr)
        return 2

    def show(ev) -> None:
        at = ev.at.astimezone(COPENHAGEN).strftime("%H:%M:%S")
        if ev.accepted:
            what = "modtaget: " + KIND_LABELS_DA.get(ev.outcome, ev.outcome)
            if ev.due_date:
                what += f" (frist {ev.due_date.strftime('%d.%m.%Y')})"
        else:
            what = "afvist: " + ev.outcome + (" (med vilje)" if ev.on_purpose else "")
        print(f"{at}  klinik {ev.clinic_id}  {ev.action:<9} {what}", flush=True)

    db = Database(args.db)
    try:
        report = run_sim(
            db, seed=args.seed, rate=args.rate, duration=args.duration, clinic_ids=args.clinic,
            on_event=None if args.quiet else show,
        )
    except KeyboardInterrupt:
        print("Afbrudt.", file=sys.stderr)
        return 130
    finally:
        db.dispose()
    if not args.quiet:
        print()
    print(report.table())
    return 1 if report.errors else 0
