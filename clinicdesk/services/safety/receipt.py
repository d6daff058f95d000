"""The receipt mail at intake: the day the clinic will answer by, and the emergency numbers.

``queue_receipt(s, clinic, patient, item_id, due, now)`` is called by the portal's e-consultation
intake in its own transaction, after the patient's message is stored. The mail is the
``ECONSULT_RECEIVED`` template of ``services/notifications.py``: no health data, no message text or
subject, no name of a condition. The clinic can switch it off (``receipt_mail``, a safety setting).
It never refuses or holds up the patient's message: a fault here loses only the receipt (inside a
savepoint) and is logged without text.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy.orm import Session

from clinicdesk.models import Clinic, OutboxMail, Patient
from clinicdesk.services.notifications import ECONSULT_RECEIVED, queue_patient_mail
from clinicdesk.services.safety.settings import values_in

log = logging.getLogger(__name__)


def queue_receipt(s: Session, clinic: Clinic, patient: Patient, item_id: int, due: date,
                  now: datetime) -> OutboxMail | None:
    try:
        with s.begin_nested():
            if not values_in(s, clinic.id).receipt_mail:
                return None
            return queue_patient_mail(s, clinic=clinic, patient=patient, event=ECONSULT_RECEIVED, item_id=item_id,
                                      extra={"due_date": due}, now=now)
    except Exception as exc:  # noqa: BLE001 - the patient's message is stored whatever happens here
        log.error("receipt mail for item %s not queued: %s", item_id, exc.__class__.__name__)
        return None
