"""`clinicdesk patients import FILE.csv --as USER [--dry-run] [--only-good]`: patients from a CSV file.

The staff member (``--as``) logs in like everyone else (password from ``--password-stdin``
or asked on the terminal) for one of their clinics (``--clinic ID`` when several). The
same service as Filer → "Importér patienter…" does the work
(``services/patient_import``): every refused line is printed with its line number and
the reason in Danish; nothing is imported when a line is refused, unless ``--only-good``
says to import the good lines; ``--dry-run`` judges the file and writes no patient.
Exit status: 0 when every line is fine (imported, or already a patient), 1 when lines
were refused, 2 when the file or the login is refused.
"""

from __future__ import annotations

from pathlib import Path

from clinicdesk.commands.login import actor_for
from clinicdesk.domain.errors import ValidationError


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("patients", help="patienter: import fra en CSV-fil")
    psub = p.add_subparsers(dest="patients_command", metavar="HANDLING", required=True)
    imp = psub.add_parser("import", help="importér patienter fra en CSV-fil (se docs/patients-example.csv)")
    add_db_option(imp)
    imp.add_argument("file", metavar="FIL.csv", type=Path)
    imp.add_argument("--as", dest="as_user", required=True, metavar="BRUGER", help="medarbejderen, der importerer (logger ind)")
    imp.add_argument("--clinic", type=int, metavar="ID", help="klinikken, der importeres til (når brugeren arbejder "
                     "for flere)")
    imp.add_argument("--password-stdin", action="store_true",
                     help="læs adgangskoden fra standard input (ellers spørges der i terminalen)")
    imp.add_argument("--dry-run", action="store_true", help="bedøm hver linje, og gem intet")
    imp.add_argument("--only-good", action="store_true",
                     help="importér de gode linjer, også når nogle afvises (standard: alt eller intet)")
    imp.set_defaults(func=cmd_import)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"Filen {path} findes ikke. Tjek stien, og prøv igen.", code="no_file") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} er en mappe, ikke en fil. Angiv CSV-filen.", code="no_file") from None


def cmd_import(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services import patient_import

    data = _read(args.file)
    db = Database(args.db)
    try:
        actor = actor_for(db, args, args.as_user)
        report = patient_import.import_patients(db, actor, data, file_name=args.file.name, dry_run=args.dry_run,
                                                only_good=args.only_good)
    finally:
        db.dispose()
    print(f"{args.file.name}: {len(report.lines)} linjer læst ({report.encoding}, adskilt med {report.separator}).")
    for col in report.ignored_columns:
        print(f"Kolonnen »{col}« kendes ikke og er sprunget over.")
    for ln in report.refused:
        print(f"Linje {ln.line}: {ln.reason}")
    print(report.summary)
    return 1 if report.refused else 0
