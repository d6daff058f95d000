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


def add_db_option(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the command is not overwritten by the command's default
    p.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS,
        help="database URL (default: the SQLite file in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinicdesk",
        description="clinicdesk – klinikkens skrivebordsprogram til patientportalen",
    )
    parser.add_argument("--version", action="version", version=f"clinicdesk {__version__}")
    add_db_option(parser)
    parser.set_defaults(db=None)
    parser.add_argument("--lang", choices=("da", "en"), help="user interface language (default: da)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window on a temporary demo database, then exit (0 = ok)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
