"""`clinicdesk staff add|list|deactivate|reset-password|unlock --as ADMIN`: staff administration for scripts.

The command acts as an administrator (``--as USERNAME``) who logs in like everyone
else (password from ``--password-stdin`` or asked on the terminal; the login is
audited and counts towards the lockout), for one of their clinics (``--clinic ID``
when they have several). The same service functions as the GUI's staff dialog do the
work, so the same rules and audit entries apply. A new user and a reset password get
a temporary password, printed once: the user chooses their own at the next login.
"""

from __future__ import annotations

from clinicdesk.commands.login import act_as

ROLE_WORDS = {
    "sekretær": "receptionist", "sekretaer": "receptionist", "receptionist": "receptionist",
    "sygeplejerske": "nurse", "nurse": "nurse",
    "læge": "doctor", "laege": "doctor", "doctor": "doctor",
    "administrator": "admin", "admin": "admin",
}


def _role(text: str):
    import argparse

    from clinicdesk.domain.enums import Role

    value = ROLE_WORDS.get((text or "").strip().lower())
    if value is None:
        raise argparse.ArgumentTypeError(f"rollen »{text}« kendes ikke; brug sekretær, sygeplejerske, læge eller "
                                         "administrator")
    return Role(value)


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("staff", help="personale: tilføj, vis, deaktivér, nulstil adgangskode, lås op")
    ssub = p.add_subparsers(dest="staff_command", metavar="HANDLING", required=True)

    def common(q):
        add_db_option(q)
        q.add_argument("--as", dest="as_user", required=True, metavar="ADMIN",
                       help="administratoren, der gør det (logger ind)")
        q.add_argument("--clinic", type=int, metavar="ID", help="klinikken, der handles for (når administratoren "
                       "arbejder for flere)")
        q.add_argument("--password-stdin", action="store_true",
                       help="læs administratorens adgangskode fra standard input (ellers spørges der i terminalen)")

    add = ssub.add_parser("add", help="en ny medarbejder med en midlertidig adgangskode")
    common(add)
    add.add_argument("--username", required=True, metavar="BRUGERNAVN", help="brugernavnet, medarbejderen logger ind med")
    add.add_argument("--name", required=True, metavar="NAVN", help="fulde navn")
    add.add_argument("--role", required=True, type=_role, metavar="ROLLE", help="sekretær, sygeplejerske, læge eller administrator")
    add.add_argument("--initials", default="", metavar="INITIALER", help="initialer (valgfri)")
    add.add_argument("--provider-title", metavar="TITEL", help="også en behandler, patienterne kan vælge, med denne "
                     "titel (fx 'Praktiserende læge')")
    add.set_defaults(func=cmd_add)

    ls = ssub.add_parser("list", help="klinikkens personale")
    common(ls)
    ls.set_defaults(func=cmd_list)

    for name, func, what in (("deactivate", cmd_deactivate, "luk kontoen med det samme"),
                             ("reset-password", cmd_reset, "en ny midlertidig adgangskode (skiftes ved næste login)"),
                             ("unlock", cmd_unlock, "ophæv en lås efter mislykkede login")):
        q = ssub.add_parser(name, help=what)
        common(q)
        q.add_argument("username", metavar="BRUGERNAVN")
        q.set_defaults(func=func)


def _act(args, work) -> int:
    """Log in as the administrator (``--as``) and run ``work(db, actor)``."""
    return act_as(args, args.as_user, work)


def _status(row) -> str:
    parts = ["aktiv" if row.active else "deaktiveret"]
    if row.locked:
        parts.append("låst")
    if row.must_change_password:
        parts.append("skal skifte adgangskode")
    return ", ".join(parts)


def cmd_list(args) -> int:
    from clinicdesk.services import staff
    from clinicdesk.services.permissions import ROLE_LABELS_DA

    def work(db, actor):
        rows = staff.list_staff(db, actor)
        print(f"Personale i {actor.clinic_name} ({len(rows)}):")
        width = max((len(r.username) for r in rows), default=0)
        for r in rows:
            extra = f"; behandler: {r.provider_label}" if r.provider_label else ""
            extra += f"; også i {', '.join(r.other_clinics)}" if r.other_clinics else ""
            print(f"  {r.username.ljust(width)}  {r.full_name} – {ROLE_LABELS_DA[r.role]} ({_status(r)}{extra})")
        return 0

    return _act(args, work)


def cmd_add(args) -> int:
    from clinicdesk.services import staff
    from clinicdesk.services.permissions import ROLE_LABELS_DA

    def work(db, actor):
        new = staff.add_staff(db, actor, args.username, args.name, args.role, initials=args.initials,
                              provider_title=args.provider_title)
        print(f"Medarbejderen »{new.username}« ({ROLE_LABELS_DA[args.role].lower()}) er oprettet i {actor.clinic_name}.")
        print(f"Midlertidig adgangskode: {new.temporary_password}")
        print("Giv den til medarbejderen; en ny skal vælges ved første login.")
        return 0

    return _act(args, work)


def cmd_deactivate(args) -> int:
    from clinicdesk.services import staff

    def work(db, actor):
        staff.deactivate(db, actor, staff.staff_id_for(db, actor, args.username))
        print(f"»{args.username.strip().lower()}« er deaktiveret: kan ikke logge ind, og et åbent vindue afvises ved "
              "næste handling.")
        return 0

    return _act(args, work)


def cmd_reset(args) -> int:
    from clinicdesk.services import staff

    def work(db, actor):
        password = staff.reset_password(db, actor, staff.staff_id_for(db, actor, args.username))
        print(f"Ny midlertidig adgangskode til »{args.username.strip().lower()}«: {password}")
        print("Medarbejderen skal vælge en ny ved næste login.")
        return 0

    return _act(args, work)


def cmd_unlock(args) -> int:
    from clinicdesk.services import staff

    def work(db, actor):
        staff.unlock(db, actor, staff.staff_id_for(db, actor, args.username))
        print(f"»{args.username.strip().lower()}« er låst op.")
        return 0

    return _act(args, work)
