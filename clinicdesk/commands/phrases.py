"""`clinicdesk phrases export|import FILE.csv [--personal USER] [--as USER]`: stock phrases as CSV.

The clinic's phrases are exported by anyone at the clinic and imported by someone
who may edit them (administrator, doctor or nurse), named with ``--as``; a staff
member's personal phrases (``--personal USER``) only by that member (``--as`` may
then be left out). The user logs in like everyone else (password from
``--password-stdin`` or asked on the terminal; the login is audited), for one of
their clinics (``--clinic ID`` when they have several). The same service as the
dialog's "Importér…"/"Eksportér…" does the work (``services.phrase_admin``): an
import is all or nothing, and every refused line is printed with its number.
"""

from __future__ import annotations

from clinicdesk.commands.login import act_as
from clinicdesk.domain.errors import ValidationError


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("phrases", help="standardtekster: eksportér eller importér en CSV-fil (forkortelse;titel;tekst)")
    psub = p.add_subparsers(dest="phrases_command", metavar="HANDLING", required=True)
    for name, func, what in (("export", cmd_export, "skriv standardteksterne i en CSV-fil"),
                             ("import", cmd_import, "læs standardtekster fra en CSV-fil (alt eller intet)")):
        q = psub.add_parser(name, help=what)
        add_db_option(q)
        q.add_argument("file", metavar="FIL.csv")
        q.add_argument("--personal", metavar="BRUGER", help="BRUGERs personlige standardtekster (brugeren logger ind)")
        q.add_argument("--as", dest="as_user", metavar="BRUGER", help="medarbejderen, der gør det (logger ind); "
                       "for klinikkens standardtekster en administrator, læge eller sygeplejerske")
        q.add_argument("--clinic", type=int, metavar="ID", help="klinikken (når brugeren arbejder for flere)")
        q.add_argument("--password-stdin", action="store_true",
                       help="læs adgangskoden fra standard input (ellers spørges der i terminalen)")
        q.set_defaults(func=func)


def _user(args) -> str:
    if args.personal and args.as_user and args.personal != args.as_user:
        raise ValidationError("Personlige standardtekster kan kun eksporteres og importeres af medarbejderen selv. "
                              "Udelad --as, eller brug samme bruger som --personal.", code="phrases_not_own")
    user = args.personal or args.as_user
    if not user:
        raise ValidationError("Angiv hvem der gør det: --as BRUGER (klinikkens tekster) eller --personal BRUGER.",
                              code="phrases_no_user")
    return user


def _act(args, work) -> int:
    return act_as(args, _user(args), work)


def _file_error(exc: OSError, path: str) -> ValidationError:
    return ValidationError(f"Filen {path} kan ikke bruges ({exc.strerror or exc}). Tjek navnet og at du må "
                           "læse og skrive den.", code="phrases_file")


def cmd_export(args) -> int:
    from clinicdesk.services import phrase_admin

    def work(db, actor):
        text = phrase_admin.export_csv(db, actor, personal=bool(args.personal))
        try:
            with open(args.file, "w", encoding="utf-8-sig", newline="") as f:
                f.write(text)
        except OSError as exc:
            raise _file_error(exc, args.file) from None
        n = len(phrase_admin.parse_csv(text))
        whose = f"personlige standardtekster for {actor.full_name}" if args.personal else \
            f"standardtekster fra {actor.clinic_name}"
        print(f"{n} {whose} er skrevet til {args.file}.")
        return 0

    return _act(args, work)


def cmd_import(args) -> int:
    from clinicdesk.services import phrase_admin

    try:
        with open(args.file, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except UnicodeDecodeError:
        raise ValidationError(f"Filen {args.file} er ikke UTF-8-tekst. Gem den som CSV (UTF-8) og prøv igen.",
                              code="phrases_encoding") from None
    except OSError as exc:
        raise _file_error(exc, args.file) from None
    phrase_admin.parse_csv(text)  # a bad file is reported before anyone is asked for a password

    def work(db, actor):
        result = phrase_admin.import_csv(db, actor, text, personal=bool(args.personal))
        print(f"Indlæst fra {args.file}: {result.text_da()}")
        return 0

    return _act(args, work)
