"""The mail sender: drains the outbox over SMTP, never twice, never dropped.

How a mail travels:

1. A service writes an :class:`~clinicdesk.models.OutboxMail` row (status
   ``pending``) in the same transaction as the event (see
   :mod:`clinicdesk.services.notifications`).
2. :func:`send_pending` *claims* the due rows one by one with a guarded update
   (``attempts + 1``, ``next_attempt_at`` pushed out by a lease) in its own
   transaction, so two senders (two workstations, or the app and a scheduled
   ``clinicdesk mail send-pending``) never take the same mail.
3. It sends the mail, and marks it ``sent`` in its own transaction right after.
   A failure puts the mail back with ``last_error`` and a growing delay; after
   ``max_attempts`` it becomes ``failed`` (kept, shown by ``mail status``, and
   :func:`retry_failed` puts it back in the queue).

The Message-ID is stored on the row and reused on every attempt: if the program
dies between the server's "250 OK" and the ``sent`` mark, the lease runs out and
the mail goes again with the same Message-ID, which receiving systems use to drop
the duplicate. That is the only window; no other path sends a mail twice.

STARTTLS is required, unless the configuration names a relay on this machine
(``SmtpConfig.local_relay`` and a loopback host). A server that offers no
STARTTLS gets nothing, not even the sender address; the mails wait with a
clear ``last_error``. The password comes from the keyring (``SMTP_SECRET``).

Logs name mails by their outbox id only: never an address, a name or a text.
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr

from sqlalchemy import func, select, update

from clinicdesk.config import SmtpConfig, load_config
from clinicdesk.models import Clinic, OutboxMail
from clinicdesk.domain.enums import MailStatus
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.services.cpr import contains_cpr
from clinicdesk.services.safety.contact import record_bounce
from clinicdesk.services.text_gate import header_problem
from clinicdesk.domain.messages import say

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
CLAIM_LEASE = timedelta(minutes=5)
BATCH = 50


class MailError(ClinicDeskError):
    code = "mail"
    default_message = say("E-mailen kunne ikke sendes.")


@dataclass(frozen=True)
class SendReport:
    configured: bool
    sent: int = 0
    retry_later: int = 0
    failed: int = 0  # gave up in this run (status failed)
    error: str = ""  # the connection-level problem, if any

    @property
    def summary_da(self) -> str:
        if not self.configured:
            return say("SMTP er ikke sat op; e-mails venter i udbakken.")
        text = say("Sendt: {sent}. Prøves igen senere: {retry_later}. Opgivet: {failed}.").format(
            sent=self.sent, retry_later=self.retry_later, failed=self.failed)
        return text + say(" Fejl: {error}").format(error=self.error) if self.error else text


def backoff(attempts: int, base: timedelta = BASE_DELAY, cap: timedelta = MAX_DELAY) -> timedelta:
    """The wait after the ``attempts``-th failed attempt: 1, 2, 4, 8 … minutes, at most ``cap``."""
    return min(base * (2 ** max(0, attempts - 1)), cap)


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


class _NoStartTLS(Exception):
    pass


class _Permanent(Exception):
    """The server refused this one mail for good (5xx): retrying will not help."""


def _connect(cfg: SmtpConfig, password: str | None, ssl_context: ssl.SSLContext | None, timeout: float) -> smtplib.SMTP:
    smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=timeout)
    try:
        smtp.ehlo()
        plain_ok = cfg.local_relay and _is_loopback(cfg.host)
        if not plain_ok:
            if not smtp.has_extn("starttls"):
                raise _NoStartTLS()
            smtp.starttls(context=ssl_context or ssl.create_default_context())
            smtp.ehlo()
        if cfg.username:
            if not password:
                raise MailError(
                    say("Der er ingen SMTP-adgangskode i nøgleringen. Gem den under Indstillinger → E-mail, og prøv "
                        "igen."),
                    code="smtp_no_password",
                )
            smtp.login(cfg.username, password)
        return smtp
    except BaseException:
        try:
            smtp.close()
        except Exception:  # pragma: no cover - closing a broken socket
            pass
        raise


class MailNotBuildable(Exception):
    """A mail that can never be sent as it is; ``reason`` is Danish, without the bad value."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _build(mail: OutboxMail, clinic_name: str, cfg: SmtpConfig, now: datetime) -> EmailMessage:
    """The message, or MailNotBuildable: header values are checked again here (they were
    checked when stored), and the CPR detector scans subject and body as a last guard."""
    for what, value in ((say("Klinikkens navn"), clinic_name), (say("Modtagerens adresse"), mail.to_address),
                        (say("Emnet"), mail.subject), (say("Afsenderadressen"), cfg.sender)):
        if header_problem(value):
            raise MailNotBuildable(say("{what} indeholder linjeskift eller kontroltegn; ret det og send igen.").format(
                what=what))
    if contains_cpr(mail.subject) or contains_cpr(mail.body):
        raise MailNotBuildable(say("Mailen indeholder noget, der ligner et CPR-nummer, og sendes derfor ikke."))
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((clinic_name, cfg.sender))
    msg["To"] = mail.to_address
    msg["Subject"] = mail.subject
    msg["Message-ID"] = mail.message_id
    msg["Date"] = format_datetime(now.astimezone(timezone.utc))
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(mail.body, charset="utf-8")
    return msg


def _describe(exc: BaseException, cfg: SmtpConfig) -> str:
    """A clear Danish reason for ``last_error`` (no addresses of patients)."""
    server = f"{cfg.host}:{cfg.port}"
    if isinstance(exc, _NoStartTLS):
        return say(
            "Serveren {server} tilbyder ikke STARTTLS (kryptering), så intet er sendt. "
            "Slå STARTTLS til på serveren, eller angiv en lokal relay-server på denne maskine."
        ).format(server=server)
    if isinstance(exc, MailError):
        return exc.message
    if isinstance(exc, ssl.SSLCertVerificationError):
        return say("Serverens certifikat ({server}) kunne ikke godkendes: {error}. Intet er sendt.").format(
            server=server, error=exc.verify_message or str(exc))
    if isinstance(exc, ssl.SSLError):
        return say("TLS-forbindelsen til {server} mislykkedes ({error}). Intet er sendt.").format(
            server=server, error=exc.reason or str(exc))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return say("Serveren {server} afviste brugernavn eller adgangskode ({code}). Ret dem under "
                   "Indstillinger → E-mail.").format(server=server, code=exc.smtp_code)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return say("Serveren {server} understøtter ikke login (AUTH). Tjek indstillingerne.").format(server=server)
    if isinstance(exc, (ConnectionRefusedError, socket.timeout, TimeoutError, smtplib.SMTPConnectError)):
        return say("Ingen forbindelse til mailserveren {server} ({error}). Prøves igen senere.").format(
            server=server, error=exc.__class__.__name__)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return say("Mailserveren {server} afbrød forbindelsen. Prøves igen senere.").format(server=server)
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return say("Mailserveren svarede {code}: {text}").format(code=exc.smtp_code, text=text[:200])
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = ", ".join(str(v[0]) for v in exc.recipients.values())
        return say("Mailserveren afviste modtageradressen ({codes}).").format(codes=codes)
    if isinstance(exc, OSError):
        return say("Netværksfejl mod mailserveren {server}: {error}. Prøves igen senere.").format(
            server=server, error=exc.strerror or exc.__class__.__name__)
    return say("Uventet fejl ved afsendelse ({error}).").format(error=exc.__class__.__name__)


def _utc(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc)


def _claim(db, now: datetime, limit: int, lease: timedelta) -> list[int]:
    """Take up to ``limit`` due mails; each claim is its own guarded update (one sender wins)."""
    claimed: list[int] = []
    with db.session() as s:
        candidates = s.execute(
            select(OutboxMail.id, OutboxMail.next_attempt_at)
            .where(OutboxMail.status == MailStatus.PENDING, OutboxMail.next_attempt_at <= now)
            .order_by(OutboxMail.next_attempt_at, OutboxMail.id)
            .limit(limit)
        ).all()
    for mail_id, due in candidates:
        with db.write_session() as s:
            n = s.execute(
                update(OutboxMail)
                .where(
                    OutboxMail.id == mail_id,
                    OutboxMail.status == MailStatus.PENDING,
                    OutboxMail.next_attempt_at <= now,
                )
                .values(attempts=OutboxMail.attempts + 1, next_attempt_at=now + lease)
                .execution_options(synchronize_session=False)
            ).rowcount
        if n == 1:
            claimed.append(mail_id)
    return claimed


def _mark_sent(db, mail_id: int, now: datetime) -> None:
    with db.write_session() as s:
        s.execute(
            update(OutboxMail)
            .where(OutboxMail.id == mail_id)
            .values(status=MailStatus.SENT, sent_at=now, last_error="")
            .execution_options(synchronize_session=False)
        )


def _mark_failed_attempt(
    db, mail_id: int, now: datetime, reason: str, *, max_attempts: int, base: timedelta, permanent: bool = False,
    refused_code: int | None = None,
) -> bool:
    """Put the mail back with a delay, or give up. Returns True when it gave up (status failed).

    ``refused_code``: the server refused the recipient for good (5xx): the address is marked as not
    working, in this same transaction (``services.safety.contact.record_bounce``)."""
    with db.write_session() as s:
        mail = s.get(OutboxMail, mail_id)
        give_up = permanent or mail.attempts >= max_attempts
        mail.last_error = reason[:2000]
        if give_up and refused_code is not None:
            record_bounce(s, mail, refused_code, now)
        if give_up:
            mail.status = MailStatus.FAILED
            mail.last_error = (
                f"Opgivet efter {mail.attempts} forsøg: {reason}"[:2000] if not permanent else f"Opgivet: {reason}"[:2000]
            )
        else:
            mail.next_attempt_at = now + backoff(mail.attempts, base)
        return give_up


def send_pending(
    db,
    config: SmtpConfig | None = None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
    now: datetime | None = None,
    limit: int = BATCH,
    max_attempts: int = MAX_ATTEMPTS,
    base_delay: timedelta = BASE_DELAY,
    lease: timedelta = CLAIM_LEASE,
    timeout: float = 30.0,
) -> SendReport:
    """Send the mails that are due, over one SMTP connection. Safe to run from several places at once.

    ``password``: the SMTP password; by default read from the keyring when the
    configuration names a user. ``ssl_context``: for STARTTLS (default: the
    system's trusted certificates).
    """
    cfg = config if config is not None else load_config().smtp
    if not cfg.host:
        return SendReport(configured=False)
    now = _utc(now)
    claimed = _claim(db, now, limit, lease)
    if not claimed:
        return SendReport(configured=True)
    sent = retry = failed = 0
    conn_error = ""
    smtp: smtplib.SMTP | None = None
    try:
        if cfg.username and password is None:
            from clinicdesk import secrets

            password = secrets.get_secret(secrets.SMTP_SECRET)
        smtp = _connect(cfg, password, ssl_context, timeout)
    except Exception as exc:  # the whole batch waits
        conn_error = _describe(exc, cfg)
        log.warning("mail server not usable: %s", exc.__class__.__name__)
        for mail_id in claimed:
            if _mark_failed_attempt(db, mail_id, now, conn_error, max_attempts=max_attempts, base=base_delay):
                failed += 1
            else:
                retry += 1
        return SendReport(True, sent, retry, failed, conn_error)

    try:
        for i, mail_id in enumerate(claimed):
            with db.session() as s:
                row = s.execute(
                    select(OutboxMail, Clinic.display_name, Clinic.name)
                    .join(Clinic, Clinic.id == OutboxMail.clinic_id)
                    .where(OutboxMail.id == mail_id)
                ).one()
            mail, display_name, name = row
            try:
                msg = _build(mail, display_name or name, cfg, now)
            except Exception as exc:  # this mail can never go as it is: mark it, send the others
                reason = exc.reason if isinstance(exc, MailNotBuildable) else (
                    say("Mailen kunne ikke dannes ({error}).").format(error=exc.__class__.__name__))
                _mark_failed_attempt(db, mail_id, now, reason, max_attempts=max_attempts, base=base_delay,
                                     permanent=True)
                failed += 1
                log.warning("mail %s cannot be built: %s", mail_id, exc.__class__.__name__)
                continue
            try:
                refused = smtp.send_message(msg, from_addr=cfg.sender, to_addrs=[mail.to_address])
                if refused:
                    raise smtplib.SMTPRecipientsRefused(refused)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
                permanent = _is_permanent(exc)
                reason = _describe(exc, cfg)
                refused = _refused_code(exc) if permanent else None
                if _mark_failed_attempt(
                    db, mail_id, now, reason, max_attempts=max_attempts, base=base_delay, permanent=permanent,
                    refused_code=refused,
                ):
                    failed += 1
                else:
                    retry += 1
                log.info("mail %s not accepted by the server (%s)", mail_id, getattr(exc, "smtp_code", "refused"))
                try:
                    smtp.rset()
                except smtplib.SMTPException:
                    pass
                continue
            except Exception as exc:  # the connection broke: this and the rest wait
                conn_error = _describe(exc, cfg)
                log.warning("mail connection lost at mail %s: %s", mail_id, exc.__class__.__name__)
                for rest in claimed[i:]:
                    if _mark_failed_attempt(db, rest, now, conn_error, max_attempts=max_attempts, base=base_delay):
                        failed += 1
                    else:
                        retry += 1
                break
            _mark_sent(db, mail_id, now)
            sent += 1
            log.info("mail %s sent", mail_id)
    finally:
        try:
            smtp.quit()
        except Exception:
            smtp.close()
    return SendReport(True, sent, retry, failed, conn_error)


def _is_permanent(exc: Exception) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [v[0] for v in exc.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    if isinstance(exc, smtplib.SMTPDataError):  # the server refused this message's content for good
        return 500 <= (exc.smtp_code or 0) < 600
    return False  # e.g. the sender address refused: a setting to fix, then the mails go


def _refused_code(exc: Exception) -> int | None:
    """The 5xx code when the server refused the recipient's address (not the content, not the sender)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [v[0] for v in exc.recipients.values() if 500 <= v[0] < 600]
        return codes[0] if codes else None
    return None


def retry_failed(db, mail_id: int | None = None, *, now: datetime | None = None) -> int:
    """Put given-up mails (one, or all) back in the queue. Returns how many."""
    now = _utc(now)
    with db.write_session() as s:
        stmt = update(OutboxMail).where(OutboxMail.status == MailStatus.FAILED)
        if mail_id is not None:
            stmt = stmt.where(OutboxMail.id == mail_id)
        return s.execute(
            stmt.values(status=MailStatus.PENDING, attempts=0, next_attempt_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount


# -- status -------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutboxEntry:
    id: int
    clinic_id: int
    kind: str
    to_masked: str
    status: MailStatus
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_error: str


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    due_now: int
    sent: int
    failed: int
    oldest_pending_at: datetime | None
    waiting: tuple[OutboxEntry, ...]  # pending and failed, oldest first


def mask_address(address: str) -> str:
    local, _, domain = (address or "").partition("@")
    if not domain:
        return "***"
    return f"{local[:2]}***@{domain}"


def outbox_status(db, *, now: datetime | None = None, limit: int = 200) -> OutboxStatus:
    now = _utc(now)
    with db.session() as s:
        counts = dict(s.execute(select(OutboxMail.status, func.count()).group_by(OutboxMail.status)).all())
        due = s.execute(
            select(func.count()).where(OutboxMail.status == MailStatus.PENDING, OutboxMail.next_attempt_at <= now)
        ).scalar_one()
        oldest = s.execute(
            select(func.min(OutboxMail.created_at)).where(OutboxMail.status == MailStatus.PENDING)
        ).scalar_one()
        rows = s.scalars(
            select(OutboxMail)
            .where(OutboxMail.status.in_([MailStatus.PENDING, MailStatus.FAILED]))
            .order_by(OutboxMail.created_at, OutboxMail.id)
            .limit(limit)
        ).all()
        waiting = tuple(
            OutboxEntry(
                m.id, m.clinic_id, m.kind, mask_address(m.to_address), m.status, m.attempts, m.created_at,
                m.next_attempt_at, m.last_error,
            )
            for m in rows
        )
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=timezone.utc)
    return OutboxStatus(
        pending=counts.get(MailStatus.PENDING, 0),
        due_now=due,
        sent=counts.get(MailStatus.SENT, 0),
        failed=counts.get(MailStatus.FAILED, 0),
        oldest_pending_at=oldest,
        waiting=waiting,
    )


# -- background ---------------------------------------------------------------------------------
class MailSender:
    """Drains the outbox every ``interval`` seconds until stopped. Plain Python, no Qt.

    ``run(stop_event)`` is the loop for a thread the app owns; ``start()`` makes a
    daemon thread itself and ``stop()`` ends it. ``last_report`` holds the newest
    :class:`SendReport` (or ``None``) for a status line.
    """

    def __init__(
        self,
        db,
        config: SmtpConfig | None = None,
        *,
        interval: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        password: str | None = None,
    ):
        self.db = db
        self.config = config
        self.interval = interval
        self.ssl_context = ssl_context
        self.password = password
        self.last_report: SendReport | None = None
        self.last_error: str = ""
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> SendReport:
        try:
            report = send_pending(self.db, self.config, ssl_context=self.ssl_context, password=self.password)
            self.last_error = report.error
        except Exception as exc:  # keep the loop alive; the mails wait in the outbox
            # the class only: an exception's text may carry an address or SQL parameters
            log.error("mail sender run failed: %s", exc.__class__.__name__)
            self.last_error = getattr(exc, "message", exc.__class__.__name__)
            report = SendReport(configured=True, error=self.last_error)
        self.last_report = report
        return report

    def run(self, stop: threading.Event | None = None) -> None:
        stop = stop or self._stop
        while not stop.is_set() and not self._stop.is_set():
            self.run_once()
            # wait for the interval, a wake-up (new mail) or a stop, whichever comes first
            deadline = time.monotonic() + self.interval
            while not (stop.is_set() or self._stop.is_set() or self._wake.is_set()):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(min(0.5, left))
            self._wake.clear()

    def wake(self) -> None:
        """Send now (e.g. right after an answer was saved)."""
        self._wake.set()

    def start(self) -> threading.Thread:
        if self._thread is not None and self._thread.is_alive():
            return self._thread
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, args=(self._stop,), name="clinicdesk-mail", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float | None = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
