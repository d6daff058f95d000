"""Notification mails to patients, written to the outbox in the caller's transaction.

A notification says only *that* something happened and that the patient should
log in to the portal to read it. It never carries health data, message text or
a CPR number: the subject and body are built here from fixed Danish texts plus
the clinic's display name and portal link (and, for sign-ups, the activation
link). No staff free text goes into a mail: a rejection or a decline says that the
answer is on the portal, where the reason is shown after login.

Call :func:`queue_patient_mail` inside the same ``write_session`` as the event
it reports (the answer, the decision, ...): the mail commits with the work or
not at all. The sender (:mod:`clinicdesk.services.mail`) drains the outbox.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.models import Clinic, Guardianship, OutboxMail, Patient, utcnow
from clinicdesk.domain.enums import MailStatus
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services.safety.emergency import emergency_notice
from clinicdesk.domain.messages import say
from clinicdesk.domain.wording import MONTHS_DA, WEEKDAYS_DA

# -- event names (stored in OutboxMail.kind) ---------------------------------
ECONSULT_ANSWERED = "econsult_answered"
ECONSULT_STARTED = "econsult_started"
RENEWAL_DECIDED = "renewal_decided"
BOOKING_ACCEPTED = "booking_accepted"
BOOKING_AUTO_CREATED = "booking_auto_created"
BOOKING_MOVED = "booking_moved"
BOOKING_DECLINED = "booking_declined"
BOOKING_CANCELLED_BY_CLINIC = "booking_cancelled_by_clinic"
SIGNUP_APPROVED = "signup_approved"
SIGNUP_REJECTED = "signup_rejected"
PASSWORD_ASSIGNED = "password_assigned"
PORTAL_USER_CREATED = "portal_user_created"  # staff created the user on the patient card
ECONSULT_RECEIVED = "econsult_received"  # the receipt at intake: the day the clinic answers by, emergency numbers


@dataclass(frozen=True)
class _Template:
    subject: str
    lead: str  # what happened, in general terms


_GENERIC_TAIL = "Log ind på patientportalen for at læse mere."

TEMPLATES: dict[str, _Template] = {
    ECONSULT_ANSWERED: _Template(
        "Du har fået svar fra {clinic}",
        "{clinic} har svaret på din e-konsultation. Du har en ny besked på patientportalen.",
    ),
    ECONSULT_STARTED: _Template(
        "Du har en ny besked fra {clinic}",
        "{clinic} har sendt dig en ny besked. Du kan læse den på patientportalen.",
    ),
    RENEWAL_DECIDED: _Template(
        "Din anmodning om receptfornyelse er behandlet",
        "{clinic} har behandlet din anmodning om receptfornyelse. Se svaret på patientportalen.",
    ),
    BOOKING_ACCEPTED: _Template(
        "Din tidsbestilling er bekræftet",
        "{clinic} har bekræftet din tidsbestilling. Du kan se tidspunktet på patientportalen.",
    ),
    BOOKING_AUTO_CREATED: _Template(
        "Din tid er booket",
        "Din tid hos {clinic} er booket. Du kan se tidspunktet på patientportalen.",
    ),
    BOOKING_MOVED: _Template(
        "Din tid er flyttet",
        "{clinic} har flyttet din tid. Se det nye tidspunkt på patientportalen.",
    ),
    BOOKING_DECLINED: _Template(
        "Din tidsbestilling kunne ikke imødekommes",
        "{clinic} kunne ikke give dig den ønskede tid. Se svaret på patientportalen.",
    ),
    BOOKING_CANCELLED_BY_CLINIC: _Template(
        "Din tid er aflyst",
        "{clinic} har aflyst en af dine tider. Se hvilken på patientportalen.",
    ),
    SIGNUP_APPROVED: _Template(
        "Din bruger til patientportalen er klar",
        "{clinic} har godkendt din tilmelding til patientportalen.",
    ),
    PORTAL_USER_CREATED: _Template(
        "Din bruger til patientportalen er oprettet",
        "{clinic} har oprettet en bruger til dig på patientportalen.",
    ),
    SIGNUP_REJECTED: _Template(
        "Din tilmelding til patientportalen",
        "{clinic} har ikke kunnet godkende din tilmelding til patientportalen.",
    ),
    PASSWORD_ASSIGNED: _Template(
        "Ny adgangskode til patientportalen",
        "{clinic} har givet dig en ny adgangskode til patientportalen. Klinikken oplyser dig adgangskoden; "
        "den sendes aldrig med e-mail. Ved hvert login får du en sikkerhedskode på e-mail.",
    ),
    ECONSULT_RECEIVED: _Template(
        "Vi har modtaget din besked",
        "{clinic} har modtaget din e-konsultation.",
    ),
}

EVENTS: tuple[str, ...] = tuple(TEMPLATES)



def day_da(d: date) -> str:
    """``fredag den 4. december 2026``."""
    return f"{WEEKDAYS_DA[d.weekday()]} den {d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def _receipt_lines(clinic: Clinic, extra: dict) -> list[str]:
    """The receipt: the answer day and the emergency numbers; never the message, its subject or a condition."""
    due = extra.get("due_date")
    when = (f"Klinikken svarer senest {day_da(due)}." if isinstance(due, date)
            else "Klinikken svarer inden for få arbejdsdage.")
    notice = emergency_notice(clinic.phone or "")
    return ([f"{when} Du får en e-mail, når svaret er klar.", "", notice.heading]
            + [f"- {line.text}" + ("" if line.number in line.text else f" Telefon: {line.number}.")
               for line in notice.lines]
            + ["", notice.footer, ""])


def new_message_id() -> str:
    """A globally unique, stable Message-ID (kept on the row, reused on every retry)."""
    return f"<{uuid.uuid4().hex}@clinicdesk>"


def recipient_address(session: Session, patient: Patient) -> str:
    """Where the patient is notified: the portal's address, else the clinic's record,
    else (a child) the first guardian's address. Empty when there is none."""
    account = patient.portal_account
    for candidate in ((account.email if account else ""), patient.email):
        if candidate and candidate.strip():
            return candidate.strip()
    guardian_ids = session.scalars(
        select(Guardianship.guardian_id).where(Guardianship.child_id == patient.id).order_by(Guardianship.id)
    ).all()
    for gid in guardian_ids:
        guardian = session.get(Patient, gid)
        if guardian is None:
            continue
        g_account = guardian.portal_account
        for candidate in ((g_account.email if g_account else ""), guardian.email):
            if candidate and candidate.strip():
                return candidate.strip()
    return ""


def render(event: str, clinic: Clinic, extra: dict | None = None) -> tuple[str, str]:
    """Subject and body for an event (pure; no database)."""
    try:
        tpl = TEMPLATES[event]
    except KeyError:
        raise ValueError(f"unknown notification event: {event!r}") from None
    extra = extra or {}
    name = clinic.display_name or clinic.name
    subject = tpl.subject.format(clinic=name)
    lines = ["Hej", "", tpl.lead.format(clinic=name), ""]
    if event in (SIGNUP_APPROVED, PORTAL_USER_CREATED):
        link = (extra.get("activation_link") or "").strip()
        if not link:
            raise ValidationError(say("Aktiveringslinket mangler."), code="activation_link_missing")
        lines += ["Aktivér din bruger med dette link:", link, ""]
    elif event == SIGNUP_REJECTED:
        # the reason is staff's own words: it is shown on the portal after login, never mailed
        lines += ["Du kan se klinikkens begrundelse, når du logger ind på patientportalen. "
                  "Kontakt klinikken, hvis du ikke kan logge ind eller har spørgsmål.", ""]
    elif event == ECONSULT_RECEIVED:
        lines += _receipt_lines(clinic, extra)
    else:
        lines += [_GENERIC_TAIL, ""]
    lines += [
        f"Patientportalen for {name}: {clinic.portal_link}",
        "",
        "Venlig hilsen",
        name,
        "",
        "Denne e-mail er sendt automatisk og kan ikke besvares. "
        "Af hensyn til dit privatliv indeholder den ingen helbredsoplysninger.",
    ]
    return subject[:200], "\n".join(lines)


def queue_patient_mail(
    session: Session,
    *,
    clinic: Clinic,
    patient: Patient,
    event: str,
    item_id: int | None = None,
    extra: dict | None = None,
    now: datetime | None = None,
) -> OutboxMail | None:
    """Write a notification for ``patient`` to the outbox, in the caller's transaction.

    Returns the new row, or ``None`` when the patient (and, for a child, no
    guardian) has no e-mail address: then there is no one to notify.
    """
    to = recipient_address(session, patient)
    if not to:
        render(event, clinic, extra)  # still refuse an unknown event or a missing activation link
        return None
    return queue_mail_to(session, clinic=clinic, to_address=to, event=event, item_id=item_id, extra=extra, now=now)


def queue_mail_to(
    session: Session,
    *,
    clinic: Clinic,
    to_address: str,
    event: str,
    item_id: int | None = None,
    extra: dict | None = None,
    now: datetime | None = None,
) -> OutboxMail:
    """Like :func:`queue_patient_mail` for an address without a patient row (e.g. a rejected sign-up)."""
    to = (to_address or "").strip()
    if not to:
        raise ValidationError(say("Der er ingen e-mailadresse at sende til."), code="no_address")
    subject, body = render(event, clinic, extra)
    now = now or utcnow()
    mail = OutboxMail(
        clinic_id=clinic.id,
        kind=event,
        to_address=to[:200],
        subject=subject,
        body=body,
        message_id=new_message_id(),
        status=MailStatus.PENDING,
        attempts=0,
        next_attempt_at=now,
        last_error="",
        created_at=now,
        item_id=item_id,
    )
    session.add(mail)
    session.flush()
    return mail
