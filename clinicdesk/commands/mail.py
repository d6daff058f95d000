"""`clinicdesk mail send-pending|status|retry-failed|configure`."""

from __future__ import annotations

import sys
from clinicdesk.domain.constants import COPENHAGEN


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser("mail", help="besked-mails: send det, der venter, vis udbakken, opsæt SMTP")
    msub = p.add_subparsers(dest="mail_command", metavar="HANDLING", required=True)

    sp = msub.add_parser("send-pending", help="send de mails, der skal sendes (til et planlagt job); kan gentages uden skade")
    add_db_option(sp)
    sp.set_defaults(func=cmd_send_pending)

    st = msub.add_parser("status", help="hvad der venter i udbakken, og hvorfor")
    add_db_option(st)
    st.set_defaults(func=cmd_status)

    rf = msub.add_parser("retry-failed", help="sæt opgivne mails i køen igen")
    add_db_option(rf)
    rf.add_argument("--id", type=int, help="kun denne mail i udbakken")
    rf.set_defaults(func=cmd_retry_failed)

    cf = msub.add_parser("configure", help="angiv denne arbejdsstations SMTP-server (adgangskoden gemmes i nøgleringen)")
    cf.add_argument("--host", required=True, metavar="VÆRT", help="SMTP-serverens navn eller adresse")
    cf.add_argument("--port", type=int, default=587, help="SMTP-serverens port (standard 587)")
    cf.add_argument("--username", default="", metavar="BRUGERNAVN", help="brugernavn på SMTP-serveren (ingen: ingen login)")
    cf.add_argument("--sender", metavar="AFSENDER", help="afsenderadressen på mailene, fx no-reply@klinik.dk")
    cf.add_argument("--local-relay", action="store_true", help="serveren er et relæ på denne maskine: STARTTLS er ikke nødvendig")
    cf.add_argument("--password-stdin", action="store_true", help="læs SMTP-adgangskoden fra standard input")
    cf.set_defaults(func=cmd_configure)


def _db(args):
    from clinicdesk.db import Database

    return Database(args.db)


def _local(at) -> str:
    

    return at.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M") if at else "-"


def cmd_send_pending(args) -> int:
    from clinicdesk.services import mail

    db = _db(args)
    try:
        report = mail.send_pending(db)
    finally:
        db.dispose()
    print(report.summary_da)
    return 1 if (report.error or report.failed) else 0


def cmd_status(args) -> int:
    from clinicdesk.config import load_config
    from clinicdesk.services import mail

    cfg = load_config().smtp
    db = _db(args)
    try:
        st = mail.outbox_status(db)
    finally:
        db.dispose()
    if cfg.host:
        how = "lokal relay uden STARTTLS" if cfg.local_relay else "STARTTLS krævet"
        print(f"SMTP-server: {cfg.host}:{cfg.port} ({how}), afsender {cfg.sender}")
    else:
        print("SMTP-server: ikke sat op (clinicdesk mail configure --host …); e-mails venter i udbakken.")
    print(f"Venter: {st.pending} (klar nu: {st.due_now}). Opgivet: {st.failed}. Sendt: {st.sent}.")
    if st.oldest_pending_at:
        print(f"Ældste ventende: {_local(st.oldest_pending_at)}")
    if not st.waiting:
        print("Intet venter.")
        return 0
    print()
    header = f"{'id':>6}  {'status':<8} {'forsøg':>6}  {'oprettet':<16}  {'næste forsøg':<16}  {'type':<28} {'til':<24} årsag"
    print(header)
    print("-" * len(header))
    for e in st.waiting:
        status = "venter" if e.status.value == "pending" else "opgivet"
        nxt = _local(e.next_attempt_at) if e.status.value == "pending" else "-"
        why = e.last_error or ("ikke forsøgt endnu" if e.attempts == 0 else "")
        print(f"{e.id:>6}  {status:<8} {e.attempts:>6}  {_local(e.created_at):<16}  {nxt:<16}  {e.kind:<28} "
              f"{e.to_masked:<24} {why}")
    return 0


def cmd_retry_failed(args) -> int:
    from clinicdesk.services import mail

    db = _db(args)
    try:
        n = mail.retry_failed(db, args.id)
    finally:
        db.dispose()
    print(f"{n} e-mail(s) lagt tilbage i køen.")
    return 0


def cmd_configure(args) -> int:
    from clinicdesk import secrets
    from clinicdesk.config import load_config, save_config

    cfg = load_config()
    cfg.smtp.host = args.host
    cfg.smtp.port = args.port
    cfg.smtp.username = args.username
    if args.sender:
        cfg.smtp.sender = args.sender
    cfg.smtp.local_relay = bool(args.local_relay)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        secrets.set_secret(secrets.SMTP_SECRET, password)
    path = save_config(cfg)
    print(f"SMTP gemt i {path}" + (" (adgangskoden i nøgleringen)" if args.password_stdin else ""))
    return 0
