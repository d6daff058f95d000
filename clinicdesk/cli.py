"""Command line: the GUI (default) and the headless commands.

Each headless command lives in ``clinicdesk/commands/<name>.py`` with a
``register(subparsers)`` function that adds its parser and sets ``func``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from clinicdesk import __version__

COMMAND_MODULES = (
    "clinicdesk.commands.audit",
    "clinicdesk.commands.calendar",
    "clinicdesk.commands.db",
    "clinicdesk.commands.demo",
    "clinicdesk.commands.guide",
    "clinicdesk.commands.mail",
    "clinicdesk.commands.patients",
    "clinicdesk.commands.phrases",
    "clinicdesk.commands.portal_sim",
    "clinicdesk.commands.safety",
    "clinicdesk.commands.setup",
    "clinicdesk.commands.staff",
)


# argparse's own words (usage, headings, its error messages) in Danish like the rest of the command
# line: argparse looks them up through gettext at the moment it uses them (``argparse._``)
_ARGPARSE_DA = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp, og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "the following arguments are required: %s": "disse skal angives: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "mangler en værdi",
    "expected at least one argument": "mangler mindst én værdi",
    "expected at most one argument": "højst én værdi",
    "invalid %(type)s value: %(value)r": "ugyldig værdi (%(type)s): %(value)r",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan være %(matches)s",
    "ignored explicit argument %r": "overflødig værdi: %r",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
}


def _argparse_da(message: str) -> str:
    return _ARGPARSE_DA.get(message, message)


def _argparse_da_plural(one: str, many: str, n: int) -> str:
    if one == "expected %s argument":
        return "forventer %s værdi" if n == 1 else "forventer %s værdier"
    return one if n == 1 else many


def add_db_option(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the command is not overwritten by the command's default
    p.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS,
        help="databasens URL (standard: SQLite-filen i brugerens datamappe)",
    )


def _danish_argparse() -> None:
    """argparse's own words in Danish, for this process (it is the command line's; before any
    parser is built: -h's help is looked up when it is added)."""
    argparse._ = _argparse_da
    argparse.ngettext = _argparse_da_plural


def build_parser() -> argparse.ArgumentParser:
    _danish_argparse()
    parser = argparse.ArgumentParser(
        prog="clinicdesk",
        description="clinicdesk – klinikkens skrivebordsprogram til patientportalen",
    )
    parser.add_argument("--version", action="version", version=f"clinicdesk {__version__}",
                        help="vis programmets version, og afslut")
    add_db_option(parser)
    parser.set_defaults(db=None)
    parser.add_argument("--lang", choices=("da", "en"), help="sproget i brugerfladen (standard: da)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="åbn hovedvinduet på en midlertidig demodatabase, og afslut (0 = i orden)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log mere")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO if args.command else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command is None and getattr(args, "self_test", False):
        from clinicdesk.self_test import self_test

        return self_test(args)
    if args.command is None:
        from clinicdesk.app import run_gui

        return run_gui(args)
    from clinicdesk.db_faults import fault_for, from_os_error
    from clinicdesk.domain.errors import ClinicDeskError

    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("clinicdesk: afbrudt.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - every command ends in a Danish sentence, never a traceback
        shown = exc if isinstance(exc, ClinicDeskError) else (
            from_os_error(exc) if isinstance(exc, OSError) else fault_for(exc))
        if args.verbose:
            import traceback

            traceback.print_exc()
        if shown is not None:
            print(f"clinicdesk: {shown}", file=sys.stderr)
            return 2
        print(f"clinicdesk: der opstod en uventet fejl ({type(exc).__name__}). Intet halvt er gemt. "
              "Kør kommandoen igen med -v for detaljer, og kontakt IT, hvis det varer ved.", file=sys.stderr)
        return 1
