"""`clinicdesk calendar generate [--days N] | conflicts --as USER`: the calendar for scripts.

``generate`` makes every scheduled provider's slots from today over the booking horizon (or
``--days N``): idempotent, so a nightly run keeps the horizon filled and changes nothing
else; it acts as an administrator who logs in (``--as``, like ``clinicdesk staff``).
``conflicts`` lists the booked times the schedules no longer cover (any staff member).
Both end with the conflicts, one Danish line each; the exit code is 0 (3 when there are
conflicts, so a script can tell).
"""

from __future__ import annotations


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("calendar", help="kalenderen: dan ledige tider ud fra ugeskemaerne, vis konflikter")
    csub = p.add_subparsers(dest="calendar_command", metavar="HANDLING", required=True)

    def common(q):
        add_db_option(q)
        q.add_argument("--as", dest="as_user", required=True, metavar="BRUGERNAVN", help="hvem der gør det (logger ind)")
        q.add_argument("--clinic", type=int, metavar="ID", help="klinikken, der handles for (når brugeren arbejder for flere)")
        q.add_argument("--password-stdin", action="store_true",
                       help="læs adgangskoden fra standard input (ellers spørges der i terminalen)")

    gen = csub.add_parser("generate", help="ledige tider ud fra ugeskemaerne i hele bookinghorisonten")
    common(gen)
    gen.add_argument("--days", type=int, metavar="N", help="antal dage frem fra i dag (standard: bookinghorisonten)")
    gen.set_defaults(func=cmd_generate)
    con = csub.add_parser("conflicts", help="bookede tider, som ugeskemaerne ikke længere dækker")
    common(con)
    con.set_defaults(func=cmd_conflicts)


def _print_conflicts(conflicts) -> int:
    if not conflicts:
        print("Ingen konflikter: alle bookede tider ligger i behandlernes ugeskemaer.")
        return 0
    print(f"Konflikter ({len(conflicts)}):")
    for c in conflicts:
        print("  " + c.line_da())
    return 3


def cmd_generate(args) -> int:
    from clinicdesk.commands.login import act_as
    from clinicdesk.services.calendar import day

    def work(db, actor):
        g = day.generate_slots(db, actor, days=args.days)
        print(f"Ledige tider {g.first_day:%d.%m.%Y}–{g.last_day:%d.%m.%Y} for {g.providers} behandlere: "
              f"{g.created} nye, {g.changed} ændrede, {g.removed} fjernet.")
        if g.unscheduled:
            print("Uden ugeskema (uændret): " + ", ".join(g.unscheduled))
        return _print_conflicts(g.conflicts)

    return act_as(args, args.as_user, work)


def cmd_conflicts(args) -> int:
    from clinicdesk.commands.login import act_as
    from clinicdesk.services.calendar import day

    return act_as(args, args.as_user, lambda db, actor: _print_conflicts(day.list_conflicts(db, actor)))
