"""The mail sender against a real aiosmtpd server on loopback.

Delivered once; server down → waits, retried, delivered exactly once; a server
without STARTTLS gets nothing; STARTTLS with a self-signed certificate the test
trusts, and the password from the keyring; every body scanned for CPR numbers
and message text.
"""

from __future__ import annotations

import datetime as dt
import email
import re
import socket
import ssl
import sys
import threading
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select

from clinicdesk import secrets
from clinicdesk.config import SmtpConfig
from clinicdesk.models import Clinic, InboxItem, Message, OutboxMail, Patient
from clinicdesk.domain.enums import ItemKind, MailStatus, MessageDirection
from clinicdesk.services import mail, notifications

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from portal_world import ADULT, NOW, build_world  # noqa: E402

CPR_PATTERN = re.compile(r"\b\d{6}-?\d{4}\b|\b\d{6}-?\d[A-Z]{2}\d\b")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """Remembers every envelope and every command that carried data."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []
        self.mail_from: list[str] = []
        self.lock = threading.Lock()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.mail_from.append(address)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append(envelope)
            self.messages.append(email.message_from_bytes(envelope.original_content, policy=default_policy))
        return "250 Message accepted for delivery"


@pytest.fixture
def server():
    rec = Recorder()
    port = free_port()
    ctl = Controller(rec, hostname="127.0.0.1", port=port)
    ctl.start()
    yield rec, port, ctl
    ctl.stop()


def _queue(db, n=1, event=notifications.ECONSULT_ANSWERED):
    w = build_world(db)
    ids = []
    with db.write_session() as s:
        clinic = s.get(Clinic, w.clinic_id)
        patient = s.get(Patient, w.patient_id)
        for _ in range(n):
            ids.append(notifications.queue_patient_mail(s, clinic=clinic, patient=patient, event=event, now=NOW).id)
    return w, ids


def _cfg(port, **kw) -> SmtpConfig:
    base = dict(host="127.0.0.1", port=port, sender="no-reply@aabakken.example.dk", local_relay=True)
    base.update(kw)
    return SmtpConfig(**base)


def _rows(db):
    with db.session() as s:
        return s.scalars(select(OutboxMail).order_by(OutboxMail.id)).all()


def test_delivered_once_and_a_second_run_sends_nothing(any_db, server):
    rec, port, _ = server
    _, ids = _queue(any_db, 2)
    report = mail.send_pending(any_db, _cfg(port), now=NOW)
    assert (report.sent, report.retry_later, report.failed) == (2, 0, 0)
    assert mail.send_pending(any_db, _cfg(port), now=NOW + timedelta(hours=1)).sent == 0
    assert len(rec.messages) == 2
    rows = _rows(any_db)
    assert [r.status for r in rows] == [MailStatus.SENT, MailStatus.SENT] and all(r.sent_at == NOW for r in rows)
    got = rec.messages[0]
    assert got["Message-ID"] == rows[0].message_id
    assert got["To"] == "mette@example.dk"
    assert got["From"] == "Lægehuset Åbakken <no-reply@aabakken.example.dk>"
    assert got["Subject"] == "Du har fået svar fra Lægehuset Åbakken"
    body = got.get_content()
    assert "https://portal.example.dk/aabakken" in body and "Lægehuset Åbakken" in body
    assert rec.envelopes[0].rcpt_tos == ["mette@example.dk"]


def test_server_down_the_mail_waits_is_retried_and_delivered_exactly_once(any_db):
    port = free_port()  # nothing listens here yet
    _, [mail_id] = _queue(any_db)
    r1 = mail.send_pending(any_db, _cfg(port), now=NOW, timeout=5)
    assert (r1.sent, r1.retry_later) == (0, 1) and "Ingen forbindelse" in r1.error
    [row] = _rows(any_db)
    assert row.status == MailStatus.PENDING and row.attempts == 1
    assert row.next_attempt_at == NOW + timedelta(minutes=1) and "Ingen forbindelse" in row.last_error
    # a second failure waits longer (growing backoff)
    t2 = NOW + timedelta(minutes=1)
    mail.send_pending(any_db, _cfg(port), now=t2, timeout=5)
    [row] = _rows(any_db)
    assert row.attempts == 2 and row.next_attempt_at == t2 + timedelta(minutes=2)
    # before the wait is over nothing is tried
    assert mail.send_pending(any_db, _cfg(port), now=t2 + timedelta(minutes=1)).retry_later == 0
    rec = Recorder()
    ctl = Controller(rec, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        t3 = t2 + timedelta(minutes=2)
        assert mail.send_pending(any_db, _cfg(port), now=t3).sent == 1
        assert mail.send_pending(any_db, _cfg(port), now=t3 + timedelta(hours=1)).sent == 0
    finally:
        ctl.stop()
    assert len(rec.messages) == 1
    [row] = _rows(any_db)
    assert row.status == MailStatus.SENT and row.attempts == 3 and row.last_error == ""
    assert rec.messages[0]["Message-ID"] == row.message_id


def test_gives_up_after_max_attempts_but_keeps_the_mail(db):
    port = free_port()
    _queue(db)
    t = NOW
    for _ in range(3):
        mail.send_pending(db, _cfg(port), now=t, max_attempts=3, timeout=5)
        t += timedelta(days=1)
    [row] = _rows(db)
    assert row.status == MailStatus.FAILED and row.attempts == 3 and row.last_error.startswith("Opgivet efter 3 forsøg")
    st = mail.outbox_status(db, now=t)
    assert (st.failed, st.pending) == (1, 0) and st.waiting[0].to_masked == "me***@example.dk"
    assert mail.retry_failed(db, now=t) == 1
    [row] = _rows(db)
    assert row.status == MailStatus.PENDING and row.attempts == 0


def test_a_server_without_starttls_gets_nothing(db, server):
    rec, port, _ = server
    _queue(db)
    report = mail.send_pending(db, _cfg(port, local_relay=False), now=NOW)
    assert report.sent == 0 and "STARTTLS" in report.error
    [row] = _rows(db)
    assert row.status == MailStatus.PENDING and "tilbyder ikke STARTTLS" in row.last_error
    assert rec.mail_from == [] and rec.messages == []  # not even the sender address went in clear


def test_local_relay_is_only_honoured_on_this_machine(db):
    # a remote host named as "local relay" still needs STARTTLS: here it cannot even be reached,
    # the point is that the loopback check says no
    assert mail._is_loopback("127.0.0.1") and mail._is_loopback("localhost") and mail._is_loopback("::1")
    assert not mail._is_loopback("192.0.2.10")


# -- STARTTLS with a certificate the test trusts --------------------------------------------------
def _self_signed(tmp_path: Path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_starttls_with_login_from_the_keyring(db, tmp_path):
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"klinik" and auth_data.password == b"Hemmelig-42"
        logins.append((auth_data.login, ok, session.ssl is not None))
        return AuthResult(success=ok)

    rec = Recorder()
    port = free_port()
    ctl = Controller(
        rec, hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True,
        authenticator=authenticator, auth_require_tls=True,
    )
    ctl.start()
    try:
        secrets.set_secret(secrets.SMTP_SECRET, "Hemmelig-42")
        _queue(db)
        cfg = _cfg(port, local_relay=False, username="klinik")
        # a context that does not trust the certificate: nothing is sent
        r0 = mail.send_pending(db, cfg, now=NOW)
        assert r0.sent == 0 and "certifikat" in r0.error and rec.messages == []
        report = mail.send_pending(db, cfg, ssl_context=client_ctx, now=NOW + timedelta(hours=1))
        assert report.sent == 1, report.error
    finally:
        ctl.stop()
        secrets.delete_secret(secrets.SMTP_SECRET)
    assert logins == [(b"klinik", True, True)]
    assert len(rec.messages) == 1


def test_two_senders_at_once_send_each_mail_once(any_db, server):
    rec, port, _ = server
    _queue(any_db, 6)
    url = any_db.url.render_as_string(hide_password=False)
    from clinicdesk.db import Database

    barrier = threading.Barrier(2)

    def run():
        d = Database(url, migrate=False)
        try:
            barrier.wait()
            mail.send_pending(d, _cfg(port), now=NOW)
        finally:
            d.dispose()

    ts = [threading.Thread(target=run) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    ids = sorted(m["Message-ID"] for m in rec.messages)
    assert len(ids) == 6 and len(set(ids)) == 6
    assert all(r.status == MailStatus.SENT for r in _rows(any_db))


def test_background_sender_thread(db, server):
    rec, port, _ = server
    _queue(db, 1)
    sender = mail.MailSender(db, _cfg(port), interval=0.2)
    sender.start()
    try:
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while not rec.messages and dt.datetime.now() < deadline:
            threading.Event().wait(0.05)
    finally:
        sender.stop()
    assert len(rec.messages) == 1 and sender.last_report is not None


# -- what a mail may say ----------------------------------------------------------------------------
def test_every_mail_body_free_of_cpr_and_message_text(any_db, server):
    """Every event, through the real server: no CPR pattern, no message text, no health data."""
    rec, port, _ = server
    w = build_world(any_db)
    secret_text = "Jeg har ondt i maven og blod i afføringen"
    with any_db.write_session() as s:
        clinic = s.get(Clinic, w.clinic_id)
        patient = s.get(Patient, w.patient_id)
        item = InboxItem(clinic_id=clinic.id, kind=ItemKind.ECONSULT, patient_id=patient.id, subject="Mavesmerter",
                         preview=secret_text[:40], received_at=NOW)
        s.add(item)
        s.flush()
        s.add(Message(item_id=item.id, direction=MessageDirection.FROM_PATIENT, body=secret_text, created_at=NOW))
        s.add(Message(item_id=item.id, direction=MessageDirection.TO_PATIENT, body="Kom ind i morgen", created_at=NOW))
        for event in notifications.EVENTS:
            notifications.queue_patient_mail(
                s, clinic=clinic, patient=patient, event=event, item_id=item.id,
                extra={"activation_link": "https://portal.example.dk/aabakken/aktiver/abc",
                       "reason": "Du er ikke tilmeldt klinikken hos lægen"},
                now=NOW,
            )
    report = mail.send_pending(any_db, _cfg(port), now=NOW, limit=100)
    assert report.sent == len(notifications.EVENTS) == len(rec.messages)
    cpr_digits = ADULT.replace("-", "")
    for m in rec.messages:
        raw = m.as_string()
        text = m.get_content()
        assert not CPR_PATTERN.search(raw), m["Subject"]
        assert cpr_digits not in raw and ADULT not in raw
        for forbidden in (secret_text, "ondt i maven", "Mavesmerter", "Kom ind i morgen", "Mette", "Madsen",
                          "Metformin"):
            assert forbidden not in text and forbidden not in m["Subject"]
        assert "Lægehuset Åbakken" in text and "https://portal.example.dk/aabakken" in text
    kinds = {m["Subject"] for m in rec.messages}
    assert len(kinds) == len(notifications.EVENTS)  # each event has its own subject


# -- the commands ------------------------------------------------------------------------------------
def test_mail_commands_send_once_and_show_what_waits(db, server, monkeypatch, tmp_path, capsys):
    from clinicdesk import cli

    rec, port, _ = server
    monkeypatch.setenv("CLINICDESK_CONFIG_DIR", str(tmp_path / "cfg"))
    url = db.url.render_as_string(hide_password=False)
    _queue(db, 2)

    assert cli.main(["mail", "status", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "ikke sat op" in out and "Venter: 2" in out and "me***@example.dk" in out
    assert "mette@example.dk" not in out

    # a remote server without STARTTLS: nothing goes, status says why
    assert cli.main(["mail", "configure", "--host", "127.0.0.1", "--port", str(port),
                     "--sender", "no-reply@aabakken.example.dk"]) == 0
    assert cli.main(["mail", "send-pending", "--db", url]) == 1
    capsys.readouterr()
    assert rec.messages == []
    assert cli.main(["mail", "status", "--db", url]) == 0
    assert "tilbyder ikke STARTTLS" in capsys.readouterr().out

    # the same server named as the local relay: delivered, each once
    assert cli.main(["mail", "configure", "--host", "127.0.0.1", "--port", str(port), "--local-relay",
                     "--sender", "no-reply@aabakken.example.dk"]) == 0
    retry = [r.id for r in _rows(db)]
    with db.write_session() as s:  # the failed attempt's wait is over
        for r in s.scalars(select(OutboxMail).where(OutboxMail.id.in_(retry))):
            r.next_attempt_at = r.created_at
    assert cli.main(["mail", "send-pending", "--db", url]) == 0
    assert "Sendt: 2" in capsys.readouterr().out
    assert cli.main(["mail", "send-pending", "--db", url]) == 0
    assert len(rec.messages) == 2 and len({m["Message-ID"] for m in rec.messages}) == 2
    assert cli.main(["mail", "status", "--db", url]) == 0
    assert "Intet venter." in capsys.readouterr().out


def test_the_app_drains_the_outbox_in_the_background_when_smtp_is_configured(db, server):
    from clinicdesk.app import start_mail_sender
    from clinicdesk.config import Config

    rec, port, _ = server
    assert start_mail_sender(db, Config()) is None  # no SMTP host: mails wait in the outbox
    assert [r.status for r in _rows(db)] == []
    _queue(db, 2)
    sender = start_mail_sender(db, Config(smtp=_cfg(port)))
    try:
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while len(rec.messages) < 2 and dt.datetime.now() < deadline:
            threading.Event().wait(0.05)
    finally:
        sender.stop()
    assert len(rec.messages) == 2
    assert all(r.status == MailStatus.SENT for r in _rows(db))


def test_a_clinic_name_with_a_line_break_fails_its_mail_and_never_blocks_the_others(any_db, server):
    """The finding: CR/LF in the display name raised outside the error handling, every run failed,
    and the mails of every clinic waited forever."""
    rec, port, _ = server
    w, ids = _queue(any_db, 1)
    with any_db.write_session() as s:
        other = Clinic(name="Lægehuset Nord", display_name="Lægehuset Nord", portal_link="https://portal.example.dk/nord")
        s.add(other)
        s.flush()
        patient = s.get(Patient, w.patient_id)
        good = notifications.queue_patient_mail(s, clinic=other, patient=patient,
                                                event=notifications.ECONSULT_ANSWERED, now=NOW).id
        # written around the settings' own check (e.g. an old row): the sender must still cope
        s.get(Clinic, w.clinic_id).display_name = "Åbakken\r\nBcc: alle@example.dk"
    report = mail.send_pending(any_db, _cfg(port), now=NOW)
    assert (report.sent, report.failed) == (1, 1)
    rows = {r.id: r for r in _rows(any_db)}
    assert rows[good].status == MailStatus.SENT
    assert rows[ids[0]].status == MailStatus.FAILED
    assert "linjeskift" in rows[ids[0]].last_error
    assert len(rec.messages) == 1 and "Bcc" not in rec.messages[0]
    assert mail.send_pending(any_db, _cfg(port), now=NOW + timedelta(hours=1)).sent == 0  # nothing stuck


def test_a_cpr_number_in_a_mail_stops_that_mail(any_db, server):
    rec, port, _ = server
    _, ids = _queue(any_db, 1)
    with any_db.write_session() as s:
        s.get(OutboxMail, ids[0]).body += "\nReference 0101 80-1235"
    report = mail.send_pending(any_db, _cfg(port), now=NOW)
    assert (report.sent, report.failed) == (0, 1)
    assert rec.messages == []
    assert "CPR-nummer" in _rows(any_db)[0].last_error
