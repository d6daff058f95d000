"""A notification mail refused for good (issue 15, item 4), against a real aiosmtpd server on loopback.

The server refuses one patient's address with 550 at RCPT: the mail is given up at once (no retries), the
address is marked as not working (address, time, SMTP code; no text), one "Ring til patienten" task is
filed for the answer's author, and neither the next mail to that address nor the next run of the sender
or the safety jobs files a second one. Another patient's mail goes through the same connection.
"""

from __future__ import annotations

import socket
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from clinicdesk.config import SmtpConfig
from clinicdesk.domain.enums import MailStatus, Role
from clinicdesk.models import AuditEntry, OutboxMail
from clinicdesk.models.safety import ContactProblem, SafetyTask
from clinicdesk.portal import send_econsult
from clinicdesk.services import auth, inbox, mail
from clinicdesk.services.safety.contact import address_problem, contact_problems
from clinicdesk.services.safety.jobs import run_safety_jobs
from clinicdesk.services.safety.tasks import list_tasks

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from portal_world import ADULT, GUARDIAN, NOW, build_world  # noqa: E402

REFUSED = "mette@example.dk"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Refuser:
    """Refuses one address for good at RCPT; accepts and records everything else."""

    def __init__(self):
        self.delivered: list[list[str]] = []
        self.refused: list[str] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() == REFUSED:
            with self.lock:
                self.refused.append(address)
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.delivered.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


@pytest.fixture
def server():
    rec = Refuser()
    port = free_port()
    ctl = Controller(rec, hostname="127.0.0.1", port=port)
    ctl.start()
    yield rec, port
    ctl.stop()


def _cfg(port) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, sender="no-reply@aabakken.example.dk", local_relay=True)


def _answer(db, w, doctor, cpr, at):
    item = send_econsult(db, w.clinic_id, cpr, provider_id=w.doctor_id, body="Hvornår er prøvesvaret klar?",
                         now=at - timedelta(minutes=30)).item_id
    opened = inbox.open_item(db, doctor, item, now=at)
    inbox.answer(db, doctor, item, "Prøvesvaret er normalt.", expected_version=opened.detail.version, now=at)
    return item


def test_a_permanent_refusal_marks_the_address_and_files_one_task(any_db, server):
    db = any_db
    rec, port = server
    w = build_world(db)
    with db.write_session() as s:
        doc = auth.create_staff(s, "doc", "Anna Holm", "Haster-Sol-Regn-2026-x", {w.clinic_id: Role.DOCTOR})
        doctor = auth.Actor(doc.id, doc.full_name, w.clinic_id, Role.DOCTOR, "Lægehuset Åbakken")
    item = _answer(db, w, doctor, ADULT, NOW)  # a receipt and an answer mail to Mette
    _answer(db, w, doctor, GUARDIAN, NOW)  # and two to Gitte, whose address works

    sent_at = datetime.now(timezone.utc) + timedelta(minutes=1)  # an answer's mail is queued at the real time
    report = mail.send_pending(db, _cfg(port), now=sent_at)
    assert (report.sent, report.failed, report.retry_later) == (2, 2, 0)  # refused for good: no retries
    assert rec.delivered == [["gitte@example.dk"], ["gitte@example.dk"]]
    with db.session() as s:
        mettes = s.scalars(select(OutboxMail).where(OutboxMail.to_address == REFUSED)).all()
        assert [m.status for m in mettes] == [MailStatus.FAILED, MailStatus.FAILED]
        [problem] = s.scalars(select(ContactProblem)).all()
        assert (problem.address, problem.smtp_code, problem.patient_id, problem.at) == (REFUSED, 550, w.patient_id,
                                                                                        sent_at)
        assert problem.mail_id == mettes[0].id
        [task] = s.scalars(select(SafetyTask)).all()
        assert (task.kind, task.patient_id, task.assigned_to_id) == ("contact", w.patient_id, doctor.staff_id)
        details = [d for (d,) in s.execute(select(AuditEntry.detail).where(AuditEntry.action == "contact_problem"))]
        assert details == [f"mail {mettes[0].id} refused 550"]  # no address, no text
    shown = address_problem(db, doctor, w.patient_id)
    assert shown.address == REFUSED and "550" in shown.text
    assert [p.patient_id for p in contact_problems(db, doctor)] == [w.patient_id]
    assert [t.item_id for t in list_tasks(db, doctor, mine=True)] == [item]

    # the next answer to Mette is refused again, and the next runs: still one problem, one task
    later = sent_at + timedelta(hours=2)
    _answer(db, w, doctor, ADULT, NOW + timedelta(hours=2))
    again = mail.send_pending(db, _cfg(port), now=later)
    assert (again.sent, again.failed) == (0, 2)
    assert mail.send_pending(db, _cfg(port), now=later + timedelta(hours=1)).failed == 0
    assert run_safety_jobs(db, later + timedelta(days=1)).unread_tasks == 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ContactProblem)) == 1
        assert s.scalar(select(func.count()).select_from(SafetyTask)) == 1
    assert len(rec.refused) == 4
