"""`clinicdesk safety check|jobs`: score texts with the urgent-word lists; run the safety net's jobs.

`clinicdesk safety jobs [--db URL]` runs ``services.safety.jobs.run_safety_jobs`` once (escalations
written, "Ring til patienten" tasks for unread answers marked "skal læses"): for a scheduled job
when no workstation is running; safe to repeat (a second run files nothing new). Prints a Danish
summary; exit status 1 when a clinic's jobs failed.

`clinicdesk safety check`: score texts with the urgent-word lists, one text a line, no window.

Reads standard input (UTF-8), one text per line, and prints for each line ``1`` or ``0``, a tab, and
the words that caused the flag (``, ``-separated, as the patient wrote them). Empty lines print
``0`` and a tab, so the output has one line per input line. The shipped lists are used (those in
resources/safety/); a clinic's own lines are added in the program.
"""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("safety", help="det kliniske sikkerhedsnet: vurdér tekster med listerne over hasteord")
    ssub = p.add_subparsers(dest="safety_command", metavar="HANDLING", required=True)
    chk = ssub.add_parser("check", help="læs én tekst pr. linje fra standard input; skriv 1/0, en tabulator og ordene")
    chk.set_defaults(func=cmd_check)
    from clinicdesk.cli import add_db_option

    jobs = ssub.add_parser("jobs", help="eskaleringer og opgaver »Ring til patienten«, én gang; kan gentages uden skade")
    add_db_option(jobs)
    jobs.set_defaults(func=cmd_jobs)


def cmd_jobs(args) -> int:
    from clinicdesk.db import Database
    from clinicdesk.services.safety.jobs import run_safety_jobs

    db = Database(args.db)
    try:
        report = run_safety_jobs(db)
    finally:
        db.dispose()
    print(f"Klinikker: {report.clinics}. Nye varslinger: {report.escalations}. "
          f"Nye opgaver »Ring til patienten«: {report.unread_tasks}."
          + (f" Fejl i {report.failed_clinics} klinik(ker); se loggen." if report.failed_clinics else ""))
    return 1 if report.failed_clinics else 0


def check_lines(lines, detector):
    """One output line per input line (a generator: a long corpus streams)."""
    for line in lines:
        d = detector.detect(line.rstrip("\r\n"))
        yield f"{1 if d.flagged else 0}\t{', '.join(w.replace(chr(9), ' ') for w in d.words)}"


def cmd_check(args) -> int:
    from clinicdesk.services.safety.detector import default_detector

    detector = default_detector()
    stdin = sys.stdin
    for stream in (stdin, sys.stdout):  # UTF-8 both ways, whatever the terminal's locale
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    for row in check_lines(stdin, detector):
        sys.stdout.write(row + "\n")
    sys.stdout.flush()
    return 0
