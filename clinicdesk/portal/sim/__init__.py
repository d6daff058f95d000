"""Patient traffic through the portal's own intake functions (the demo's live inbox, and load).

:func:`run_sim` reads who and what exists (registered patients, providers, free
slots, medication, threads, unread answers) and then sends a realistic mix of
requests at a steady rate: e-consultations (some with a picture or a PDF),
replies, renewals, bookings, cancellations, sign-ups and read receipts. About
one in six breaks a rule on purpose (too long, emoji, a program dressed up as a
PDF, addictive medicine, a slot too soon or already taken, a late cancellation,
a child without a guardian, a patient of another clinic). Every request goes
through :mod:`clinicdesk.portal.intake`, so each one is accepted or refused by
the same rules the real portal uses. The result counts accepted requests by
kind and refusals by code.

Nothing here prints or logs a CPR number, a name or a text.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import select

from clinicdesk.models import (
    Appointment,
    AppointmentType,
    Clinic,
    ClinicPatient,
    InboxItem,
    Medication,
    Message,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    Slot,
)
from clinicdesk.domain.enums import (
    AppointmentStatus,
    ItemKind,
    MessageDirection,
    PortalAccountStatus,
    SlotStatus,
)
from clinicdesk.portal import intake
from clinicdesk.domain.refusals import PortalRefusal
from clinicdesk.services.portal_rules import AttachmentIn
from clinicdesk.services.cpr import age_on, try_parse_cpr

log = logging.getLogger(__name__)

KIND_LABELS_DA = {
    "econsult": "E-konsultation",
    "econsult_reply": "Svar i tråd",
    "renewal": "Receptfornyelse",
    "booking": "Tidsbestilling",
    "booking_auto_created": "Tid booket automatisk",
    "cancellation": "Aflysning",
    "signup": "Tilmelding (til godkendelse)",
    "signup_auto": "Tilmelding (automatisk)",
    "registration": "Tilmelding af eksisterende bruger",
    "read_receipt": "Læsekvittering",
}

# what patients do, and how often (weights)
MIX = (
    ("econsult", 30),
    ("reply", 8),
    ("renewal", 18),
    ("booking", 17),
    ("cancel", 5),
    ("signup", 7),
    ("read", 15),
)
BREAK_RATE = 0.17  # share of requests that break a rule on purpose

_SUBJECTS = (
    "Udslæt", "Hoste", "Spørgsmål om medicin", "Blodprøvesvar", "Ondt i ryggen", "Træthed", "Vaccination",
    "Søvnproblemer", "Attest", "Kontrol af blodtryk", "Hovedpine", "Svimmelhed",
)
_BODIES = (
    "Hej. Jeg har haft det her i nogle dage og vil gerne høre, om jeg skal komme ind, eller om det kan vente.",
    "Er svaret på mine prøver kommet? Jeg vil gerne vide, om der er noget, jeg skal gøre.",
    "Jeg har fået bivirkninger af den nye medicin og vil gerne spørge, om jeg kan skifte til noget andet.",
    "Kan I skrive en attest til min arbejdsgiver? Jeg har været syg siden mandag.",
    "Hej. Jeg har vedhæftet et billede. Det er blevet lidt større siden i sidste uge.",
    "Tak for sidst. Jeg vil gerne høre, hvornår jeg skal til kontrol igen.",
    "Min søn har haft feber i tre dage. Han drikker fint. Skal vi komme ind?",
)
_REPLIES = (
    "Tak for svaret. Det gør jeg.",
    "Tak. Det er ikke blevet bedre, hvad gør jeg nu?",
    "Tak for hjælpen. Skal jeg bestille en tid?",
)
_COMMENTS = ("", "", "", "Ondt i knæet", "Kontrol", "Vil gerne tale om min søvn", "Kørekortsattest", "Opfølgning")
_RENEWAL_COMMENTS = ("", "", "Jeg er ved at løbe tør.", "Den store pakning, tak.", "Skal på ferie om en uge.")
_FIRST = ("Emma", "Ida", "Freja", "Clara", "Noah", "Oscar", "William", "Lucas", "Anne", "Mette", "Lars", "Peter")
_LAST = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen", "Møller")
_EMOJI = ("😀", "👍", "❤️", "🙏", "🤒")
_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(200)


@dataclass
class _ClinicPop:
    clinic_id: int
    users: list[str] = field(default_factory=list)  # CPR (stored form) of registered active users
    adults: list[str] = field(default_factory=list)  # those 18 and over (guardians)
    outsiders: list[str] = field(default_factory=list)  # active users not registered here
    providers: list[tuple[int, bool, bool, bool, bool]] = field(default_factory=list)  # id, ec, rn, bk, comment req.
    types: list[int] = field(default_factory=list)
    meds: dict[str, list[tuple[int, bool, int]]] = field(default_factory=dict)  # cpr -> (id, addictive, repeats)
    free_slots: list[tuple[int, int]] = field(default_factory=list)  # (slot id, provider id), bookable ahead
    near_slots: list[tuple[int, int]] = field(default_factory=list)  # free, but within the notice
    taken_slots: list[tuple[int, int]] = field(default_factory=list)
    appointments: dict[str, list[tuple[int, datetime]]] = field(default_factory=dict)
    threads: dict[str, list[int]] = field(default_factory=dict)
    unread: dict[str, list[int]] = field(default_factory=dict)
    pharmacies: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SimReport:
    requests: int
    seconds: float
    accepted: dict[str, int]
    refused: dict[str, int]
    errors: dict[str, int]
    item_ids: tuple[int, ...]

    @property
    def accepted_total(self) -> int:
        return sum(self.accepted.values())

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    def table(self) -> str:
        return format_table(self)


@dataclass(frozen=True)
class SimEvent:
    """One request as the command shows it live (no person data)."""

    at: datetime
    clinic_id: int
    action: str
    outcome: str  # a kind when accepted, else the refusal code
    accepted: bool
    due_date: date | None
    on_purpose: bool


def _load(db, now: datetime, clinic_ids: list[int] | None, sample: int, rng: random.Random) -> list[_ClinicPop]:
    pops: list[_ClinicPop] = []
    with db.session() as s:
        clinics = s.scalars(select(Clinic).order_by(Clinic.id)).all()
        for clinic in clinics:
            if clinic_ids and clinic.id not in clinic_ids:
                continue
            pop = _ClinicPop(clinic.id)
            rows = s.execute(
                select(Patient.id, Patient.cpr)
                .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                .join(PortalAccount, PortalAccount.patient_id == Patient.id)
                .where(
                    ClinicPatient.clinic_id == clinic.id,
                    ClinicPatient.portal_registered_at.is_not(None),
                    PortalAccount.status == PortalAccountStatus.ACTIVE,
                )
                .order_by(Patient.id)
                .limit(sample)
            ).all()
            today = now.date()
            ids_by_cpr = {cpr: pid for pid, cpr in rows}
            for _pid, cpr in rows:
                parsed = try_parse_cpr(cpr)
                if parsed is None or parsed.is_substitute:
                    continue
                pop.users.append(cpr)
                if age_on(parsed, today) >= 18:
                    pop.adults.append(cpr)
            registered_here = select(ClinicPatient.patient_id).where(
                ClinicPatient.clinic_id == clinic.id, ClinicPatient.portal_registered_at.is_not(None)
            )
            pop.outsiders = list(
                s.scalars(
                    select(Patient.cpr)
                    .join(PortalAccount, PortalAccount.patient_id == Patient.id)
                    .where(PortalAccount.status == PortalAccountStatus.ACTIVE, Patient.id.not_in(registered_here))
                    .limit(50)
                )
            )
            pop.providers = [
                (p.id, p.econsult_enabled, p.renewal_enabled, p.booking_enabled, p.booking_comment_required)
                for p in s.scalars(select(Provider).where(Provider.clinic_id == clinic.id, Provider.active.is_(True)))
            ]
            pop.types = list(
                s.scalars(
                    select(AppointmentType.id).where(
                        AppointmentType.clinic_id == clinic.id, AppointmentType.bookable_online.is_(True)
                    )
                )
            )
            pids = list(ids_by_cpr.values())
            cpr_by_id = {v: k for k, v in ids_by_cpr.items()}
            for chunk_start in range(0, len(pids), 500):
                chunk = pids[chunk_start : chunk_start + 500]
                for m in s.scalars(select(Medication).where(Medication.patient_id.in_(chunk), Medication.active.is_(True))):
                    pop.meds.setdefault(cpr_by_id[m.patient_id], []).append((m.id, m.addictive, m.repeats_left))
                for a in s.scalars(
                    select(Appointment).where(
                        Appointment.patient_id.in_(chunk), Appointment.clinic_id == clinic.id,
                        Appointment.status == AppointmentStatus.BOOKED, Appointment.starts_at > now,
                    )
                ):
                    pop.appointments.setdefault(cpr_by_id[a.patient_id], []).append((a.id, a.starts_at))
                for item_id, patient_id in s.execute(
                    select(InboxItem.id, InboxItem.patient_id).where(
                        InboxItem.patient_id.in_(chunk), InboxItem.clinic_id == clinic.id,
                        InboxItem.kind == ItemKind.ECONSULT,
                    )
                ):
                    pop.threads.setdefault(cpr_by_id[patient_id], []).append(item_id)
                for msg_id, patient_id in s.execute(
                    select(Message.id, InboxItem.patient_id)
                    .join(InboxItem, InboxItem.id == Message.item_id)
                    .where(
                        InboxItem.patient_id.in_(chunk), InboxItem.clinic_id == clinic.id,
                        Message.direction == MessageDirection.TO_PATIENT, Message.read_by_patient_at.is_(None),
                    )
                ):
                    pop.unread.setdefault(cpr_by_id[patient_id], []).append(msg_id)
            notice = now + timedelta(days=clinic.booking_min_notice_days + 1)
            horizon = now + timedelta(days=clinic.booking_max_horizon_days - 1)
            provider_ids = [p[0] for p in pop.providers]
            if provider_ids:
                for sid, pid, starts, status in s.execute(
                    select(Slot.id, Slot.provider_id, Slot.starts_at, Slot.status)
                    .where(Slot.provider_id.in_(provider_ids), Slot.starts_at > now, Slot.starts_at < horizon)
                    .order_by(Slot.starts_at)
                    .limit(5000)
                ):
                    if status == SlotStatus.BOOKED:
                        pop.taken_slots.append((sid, pid))
                    elif status == SlotStatus.FREE:
                        (pop.free_slots if starts >= notice else pop.near_slots).append((sid, pid))
            rng.shuffle(pop.free_slots)
            if pop.users and pop.providers:
                pops.append(pop)
        pharmacies = list(s.scalars(select(Pharmacy.id).limit(50)))
    for pop in pops:
        pop.pharmacies = pharmacies
    return pops


class _Traffic:
    def __init__(self, db, pops: list[_ClinicPop], rng: random.Random, clock: Callable[[], datetime]):
        self.db = db
        self.pops = pops
        self.rng = rng
        self.clock = clock
        self.png = _png()
        self.pdf = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"

    def _new_cpr(self, child: bool) -> str:
        from clinicdesk.demo import make_cpr

        today = self.clock().date()
        if child:
            birth = today - timedelta(days=self.rng.randint(365, 14 * 365))
        else:
            birth = date(self.rng.randint(1945, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return make_cpr(self.rng, birth, self.rng.random() < 0.5)

    def _provider(self, pop: _ClinicPop, index: int) -> int:
        open_ = [p[0] for p in pop.providers if p[index]]
        return self.rng.choice(open_ or [p[0] for p in pop.providers])

    def one(self):
        """(clinic id, action, on purpose, the call, what to remember when it is accepted)."""
        pop = self.rng.choice(self.pops)
        return (pop.clinic_id, *self._one(pop))

    def _one(self, pop: _ClinicPop) -> tuple[str, bool, Callable[[], intake.IntakeResult], Callable]:
        rng = self.rng
        cid = pop.clinic_id
        now = self.clock()
        bad = rng.random() < BREAK_RATE
        action = rng.choices([a for a, _ in MIX], [w for _, w in MIX])[0]
        cpr = rng.choice(pop.users)
        noop = lambda r: None  # noqa: E731
        db = self.db

        if action == "reply" and pop.threads:
            cpr = rng.choice(list(pop.threads))
            thread = rng.choice(pop.threads[cpr])
            body = rng.choice(_REPLIES) + (" " + rng.choice(_EMOJI) if bad else "")
            return action, bad, lambda: intake.send_econsult(db, cid, cpr, thread_id=thread, body=body, now=now), noop
        if action == "read" and pop.unread:
            cpr = rng.choice(list(pop.unread))
            msgs = pop.unread[cpr]
            msg = msgs.pop(rng.randrange(len(msgs)))
            if not msgs:
                del pop.unread[cpr]
            return action, False, lambda: intake.mark_message_read(db, cid, cpr, message_id=msg, now=now), noop
        if action == "renewal" and pop.meds:
            cpr = rng.choice(list(pop.meds))
            meds = pop.meds[cpr]
            if bad:
                wrong = [m for m in meds if m[1] or m[2] > 0]
                chosen = [rng.choice(wrong)[0]] if wrong else [meds[0][0]]
            else:
                ok = [m for m in meds if not m[1] and m[2] == 0] or meds
                chosen = [m[0] for m in rng.sample(ok, k=min(len(ok), rng.choice((1, 1, 2, 3))))]
            pharmacy = rng.choice(pop.pharmacies) if pop.pharmacies else None
            comment = rng.choice(_RENEWAL_COMMENTS)
            return action, bad, lambda: intake.request_renewal(
                db, cid, cpr, medication_ids=chosen, pharmacy_id=pharmacy, comment=comment, now=now), noop
        if action == "booking" and pop.types and (pop.free_slots or pop.near_slots or pop.taken_slots):
            pool = pop.free_slots
            if bad and (pop.near_slots or pop.taken_slots):
                pool = pop.near_slots if (pop.near_slots and (rng.random() < 0.5 or not pop.taken_slots)) else pop.taken_slots
            if not pool:
                pool = pop.near_slots or pop.taken_slots
            slot_id, provider_id = pool.pop() if pool is pop.free_slots else rng.choice(pool)
            comment_required = next((p[4] for p in pop.providers if p[0] == provider_id), False)
            comment = rng.choice(_COMMENTS[3:]) if comment_required or rng.random() < 0.3 else ""
            atype = rng.choice(pop.types)

            def booked(r: intake.IntakeResult, cpr=cpr) -> None:
                if r.appointment_id:
                    pop.appointments.setdefault(cpr, []).append((r.appointment_id, now))
                pop.taken_slots.append((slot_id, provider_id))

            return action, bad, lambda: intake.request_booking(
                db, cid, cpr, provider_id=provider_id, appointment_type_id=atype, slot_id=slot_id, comment=comment,
                now=now), booked
        if action == "cancel" and pop.appointments:
            cpr = rng.choice(list(pop.appointments))
            appts = pop.appointments[cpr]
            appt_id, _ = appts.pop(rng.randrange(len(appts)))
            if not appts:
                del pop.appointments[cpr]
            return action, False, lambda: intake.cancel_appointment(db, cid, cpr, appointment_id=appt_id, now=now), noop
        if action == "signup":
            child = rng.random() < 0.25
            new = self._new_cpr(child)
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            guardian = None
            if child and not bad and pop.adults:
                guardian = rng.choice(pop.adults)
            elif not child and bad and pop.outsiders:
                new = rng.choice(pop.outsiders)  # an existing user signs up here: a registration
                bad = False
            email = "" if child else f"{_ascii(first)}.{_ascii(last)}{rng.randrange(1000)}@example.org"
            return action, bad, lambda: intake.sign_up(
                db, cid, new, first_name=first, last_name=last, email=email, guardian_cpr=guardian,
                wants_booking=rng.random() < 0.9, now=now), noop

        # e-consultation (also the fallback when the chosen action has nothing to work on)
        action = "econsult"
        provider = self._provider(pop, 1)
        subject = rng.choice(_SUBJECTS)
        body = rng.choice(_BODIES)
        files: list[AttachmentIn] = []
        if rng.random() < 0.2:
            files.append(AttachmentIn("billede.png", self.png) if rng.random() < 0.7 else AttachmentIn("brev.pdf", self.pdf))
        if bad:
            trick = rng.choice(("long", "emoji", "exe", "many", "outsider"))
            if trick == "long":
                body = (body + " ") * 6
            elif trick == "emoji":
                body += " " + rng.choice(_EMOJI)
            elif trick == "exe":
                files = [AttachmentIn("scanning.pdf", _EXE)]
            elif trick == "many":
                files = [AttachmentIn(f"billede{i}.png", self.png) for i in range(4)]
            elif pop.outsiders:
                cpr = rng.choice(pop.outsiders)

        def remember(r: intake.IntakeResult, cpr=cpr) -> None:
            pop.threads.setdefault(cpr, []).append(r.item_id)

        return action, bad, lambda: intake.send_econsult(
            db, cid, cpr, provider_id=provider, subject=subject, body=body, attachments=files, now=now), remember


def _ascii(s: str) -> str:
    return s.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))


def _png() -> bytes:
    try:
        from clinicdesk.demo import tiny_png

        return tiny_png()
    except Exception:  # pragma: no cover - the demo module is part of the package
        return b"\x89PNG\r\n\x1a\n" + bytes(64)


def run_sim(
    db,
    *,
    seed: int = 1,
    rate: float = 5.0,
    duration: float = 10.0,
    max_requests: int | None = None,
    clinic_ids: list[int] | None = None,
    clock: Callable[[], datetime] | None = None,
    stop: threading.Event | None = None,
    on_event: Callable[[SimEvent], None] | None = None,
    sample: int = 2000,
) -> SimReport:
    """Send patient traffic for ``duration`` seconds at ``rate`` requests per second (0 = as fast as possible)."""
    clock = clock or (lambda: datetime.now(timezone.utc))
    rng = random.Random(seed)
    pops = _load(db, clock(), clinic_ids, sample, rng)
    if not pops:
        from clinicdesk.domain.errors import ClinicDeskError

        raise ClinicDeskError(
            "Databasen har ingen klinik med tilmeldte portalbrugere og behandlere. Byg demoklinikken først "
            "(clinicdesk demo), eller vælg en anden database.",
            code="sim_no_patients",
        )
    traffic = _Traffic(db, pops, rng, clock)
    accepted: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    items: list[int] = []
    started = time.monotonic()
    n = 0
    while True:
        elapsed = time.monotonic() - started
        if elapsed >= duration or (max_requests is not None and n >= max_requests) or (stop and stop.is_set()):
            break
        if rate > 0:
            wait = started + n / rate - time.monotonic()
            if wait > 0:
                if stop is not None:
                    if stop.wait(wait):
                        break
                else:
                    time.sleep(wait)
                if time.monotonic() - started >= duration:
                    break
        cid, action, on_purpose, call, remember = traffic.one()
        n += 1
        try:
            result = call()
        except PortalRefusal as exc:
            refused[exc.code] += 1
            event = SimEvent(clock(), cid, action, exc.code, False, None, on_purpose)
        except Exception as exc:  # a bug or a database problem: count it, keep going
            errors[exc.__class__.__name__] += 1
            log.warning("simulated %s request failed: %s", action, exc.__class__.__name__)
            event = SimEvent(clock(), cid, action, exc.__class__.__name__, False, None, on_purpose)
        else:
            accepted[result.kind] += 1
            if result.item_id is not None and result.kind != "read_receipt":
                items.append(result.item_id)
            remember(result)
            event = SimEvent(result.received_at, cid, action, result.kind, True, result.due_date, on_purpose)
        if on_event is not None:
            on_event(event)
    return SimReport(
        requests=n,
        seconds=time.monotonic() - started,
        accepted=dict(accepted.most_common()),
        refused=dict(refused.most_common()),
        errors=dict(errors.most_common()),
        item_ids=tuple(dict.fromkeys(items)),
    )


def _da(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def format_table(report: SimReport) -> str:
    """The end-of-run table: accepted requests by kind and refusals by code (Danish)."""
    from clinicdesk.domain.refusals import REFUSALS

    rate = report.requests / report.seconds if report.seconds > 0 else 0.0
    lines = [
        f"Portal-simulering: {report.requests} henvendelser på {_da(report.seconds)} s ({_da(rate)} pr. sekund)",
        "",
        f"{'Modtaget':<44}{'antal':>7}",
        "-" * 51,
    ]
    for kind, n in report.accepted.items():
        lines.append(f"  {KIND_LABELS_DA.get(kind, kind):<42}{n:>7}")
    lines.append(f"  {'I alt':<42}{report.accepted_total:>7}")
    lines += ["", f"{'Afvist (kode)':<44}{'antal':>7}", "-" * 51]
    for code, n in report.refused.items():
        lines.append(f"  {code:<42}{n:>7}")
    lines.append(f"  {'I alt':<42}{report.refused_total:>7}")
    if report.errors:
        lines += ["", f"{'Fejl (ikke afvisninger)':<44}{'antal':>7}", "-" * 51]
        for name, n in report.errors.items():
            lines.append(f"  {name:<42}{n:>7}")
    unknown = [c for c in report.refused if c not in REFUSALS]
    if unknown:  # pragma: no cover - every code comes from REFUSALS
        lines.append("Ukendte koder: " + ", ".join(unknown))
    lines.append("")
    lines.append(f"Nye eller genåbnede henvendelser i indbakken: {len(report.item_ids)}")
    return "\n".join(lines)
