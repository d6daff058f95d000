"""The safety net's periodic work: ``run_safety_jobs(db, now)``.

For every clinic, in one transaction each: escalations are written once
(``escalation.record_escalations``) and answers marked "skal læses" that are still unread after the
clinic's working days get their "Ring til patienten" task (``reach.file_unread_tasks``). Contact
problems are recorded by the mail sender as the server refuses an address (``contact.record_bounce``).

Idempotent: every escalation, and every task, has one cause that can be written once (unique keys), so
a second run, or two workstations running it at once, file nothing new. Called by the app's timer and by
``clinicdesk safety jobs``. No staff member acts: the entries in the log carry no staff id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from clinicdesk.models import Clinic
from clinicdesk.services.safety.escalation import record_escalations
from clinicdesk.services.safety.reach import file_unread_tasks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobsReport:
    clinics: int
    escalations: int  # newly recorded
    unread_tasks: int  # newly filed
    failed_clinics: int = 0


def run_safety_jobs(db, now: datetime | None = None) -> JobsReport:
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    with db.session() as s:
        clinic_ids = list(s.scalars(select(Clinic.id).order_by(Clinic.id)))
    escalations = tasks = failed = 0
    for clinic_id in clinic_ids:
        try:
            with db.write_session() as s:
                e = record_escalations(s, clinic_id, now)
                t = file_unread_tasks(s, clinic_id, now)
        except Exception as exc:  # one clinic's fault does not stop the others; nothing half-written
            failed += 1
            log.error("safety jobs failed for clinic %s: %s", clinic_id, exc.__class__.__name__)
            continue
        escalations += e
        tasks += t
    return JobsReport(len(clinic_ids), escalations, tasks, failed)
