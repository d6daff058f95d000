"""What simulated patients send: a realistic mix of requests, about one in six breaking a rule on purpose.

:class:`Traffic` picks a clinic, an action (by the weights in ``MIX``) and a
patient, and returns the intake call to make. On purpose it sends texts that are
too long or hold emoji, a program dressed up as a PDF, too many files, medicine
that may not be renewed online, a slot too soon or already taken, a child
without a guardian, or a patient of another clinic.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy import select

from clinicdesk.demo import make_cpr, tiny_png
from clinicdesk.domain.enums import PortalAccountStatus
from clinicdesk.models import ClinicPatient, Patient, PortalAccount
from clinicdesk.portal import intake
from clinicdesk.portal.intake import IntakeResult
from clinicdesk.portal.intake.signup import CHILD_AGE
from clinicdesk.portal.sim.population import ClinicPopulation
from clinicdesk.services.attachments import AttachmentIn

# what patients do, and how often (weights)
MIX = (
    ("econsult", 30),
    ("reply", 8),
    ("renewal", 18),
    ("booking", 17),
    ("cancel", 5),
    ("signup", 7),
    ("read", 15),
    ("activate", 4),  # a new user opens the link in the activation mail
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
_PDF = b"%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"

#: (action, on purpose, the intake call, what to remember when it is accepted)
Request = tuple[str, bool, Callable[[], IntakeResult], Callable[[IntakeResult], None]]


def _noop(result: IntakeResult) -> None:
    return None


def _ascii(s: str) -> str:
    return s.lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))


class Traffic:
    def __init__(self, db, pops: list[ClinicPopulation], rng: random.Random, clock: Callable[[], datetime]):
        self.db = db
        self.pops = pops
        self.rng = rng
        self.clock = clock
        self.png = tiny_png()
        self.pdf = _PDF

    def one(self) -> tuple[int, str, bool, Callable[[], IntakeResult], Callable[[IntakeResult], None]]:
        """(clinic id, action, on purpose, the call, what to remember when it is accepted)."""
        pop = self.rng.choice(self.pops)
        return (pop.clinic_id, *self._one(pop))

    def _one(self, pop: ClinicPopulation) -> Request:
        rng = self.rng
        now = self.clock()
        bad = rng.random() < BREAK_RATE
        action = rng.choices([a for a, _ in MIX], [w for _, w in MIX])[0]
        cpr = rng.choice(pop.users)
        if action == "reply" and pop.threads:
            return self._reply(pop, bad, now)
        if action == "read" and pop.unread:
            return self._read(pop, now)
        if action == "renewal" and pop.meds:
            return self._renewal(pop, bad, now)
        if action == "booking" and pop.types and (pop.free_slots or pop.near_slots or pop.taken_slots):
            return self._booking(pop, cpr, bad, now)
        if action == "cancel" and pop.appointments:
            return self._cancel(pop, now)
        if action == "signup":
            return self._signup(pop, bad, now)
        if action == "activate":
            pending = self._pending_link(pop)
            if pending is not None:
                return self._activate(pop, *pending, now)
        # e-consultation (also the fallback when the chosen action has nothing to work on)
        return self._econsult(pop, cpr, bad, now)

    # -- one method per action ------------------------------------------------------------
    def _reply(self, pop: ClinicPopulation, bad: bool, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        cpr = rng.choice(list(pop.threads))
        thread = rng.choice(pop.threads[cpr])
        body = rng.choice(_REPLIES) + (" " + rng.choice(_EMOJI) if bad else "")
        return "reply", bad, lambda: intake.send_econsult(db, cid, cpr, thread_id=thread, body=body, now=now), _noop

    def _read(self, pop: ClinicPopulation, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        cpr = rng.choice(list(pop.unread))
        msgs = pop.unread[cpr]
        msg = msgs.pop(rng.randrange(len(msgs)))
        if not msgs:
            del pop.unread[cpr]
        return "read", False, lambda: intake.mark_message_read(db, cid, cpr, message_id=msg, now=now), _noop

    def _renewal(self, pop: ClinicPopulation, bad: bool, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        cpr = rng.choice(list(pop.meds))
        meds = pop.meds[cpr]
        if bad:
            wrong = [m for m in meds if not m[1]]
            chosen = [rng.choice(wrong)[0]] if wrong else [meds[0][0]]
        else:
            ok = [m for m in meds if m[1]] or meds
            chosen = [m[0] for m in rng.sample(ok, k=min(len(ok), rng.choice((1, 1, 2, 3))))]
        pharmacy = rng.choice(pop.pharmacies) if pop.pharmacies else None
        comment = rng.choice(_RENEWAL_COMMENTS)
        return "renewal", bad, lambda: intake.request_renewal(
            db, cid, cpr, medication_ids=chosen, pharmacy_id=pharmacy, comment=comment, now=now), _noop

    def _booking(self, pop: ClinicPopulation, cpr: str, bad: bool, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        pool = pop.free_slots
        if bad and (pop.near_slots or pop.taken_slots):
            pool = pop.near_slots if (pop.near_slots and (rng.random() < 0.5 or not pop.taken_slots)) else pop.taken_slots
        if not pool:
            pool = pop.near_slots or pop.taken_slots
        slot_id, provider_id, slot_type = pool.pop() if pool is pop.free_slots else rng.choice(pool)
        # a slot is of one type; an older slot without one takes any type the provider offers
        atype = slot_type if slot_type is not None else rng.choice(pop.offers.get(provider_id) or pop.types)
        comment_required = next((p[4] for p in pop.providers if p[0] == provider_id), False)
        comment_required = comment_required or atype in pop.comment_types
        comment = rng.choice(_COMMENTS[3:]) if comment_required or rng.random() < 0.3 else ""

        def booked(r: IntakeResult) -> None:
            if r.appointment_id:
                pop.appointments.setdefault(cpr, []).append((r.appointment_id, now))
            pop.taken_slots.append((slot_id, provider_id, slot_type))

        return "booking", bad, lambda: intake.request_booking(
            db, cid, cpr, provider_id=provider_id, appointment_type_id=atype, slot_id=slot_id, comment=comment,
            now=now), booked

    def _cancel(self, pop: ClinicPopulation, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        cpr = rng.choice(list(pop.appointments))
        appts = pop.appointments[cpr]
        appt_id, _ = appts.pop(rng.randrange(len(appts)))
        if not appts:
            del pop.appointments[cpr]
        return "cancel", False, lambda: intake.cancel_appointment(db, cid, cpr, appointment_id=appt_id, now=now), _noop

    def _new_cpr(self, child: bool) -> str:
        today = self.clock().date()
        if child:
            birth = today - timedelta(days=self.rng.randint(365, (CHILD_AGE - 1) * 365))
        else:
            birth = date(self.rng.randint(1945, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return make_cpr(self.rng, birth, self.rng.random() < 0.5)

    def _signup(self, pop: ClinicPopulation, bad: bool, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
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
        return "signup", bad, lambda: intake.sign_up(
            db, cid, new, first_name=first, last_name=last, email=email, guardian_cpr=guardian,
            wants_booking=rng.random() < 0.9, now=now), _noop

    def _pending_link(self, pop: ClinicPopulation) -> tuple[str, str, bool] | None:
        """(token, CPR, adult) of a user at this clinic waiting for activation: the link in their mail."""
        with self.db.session() as s:
            rows = s.execute(
                select(PortalAccount.activation_token, Patient.cpr, Patient.birth_date)
                .join(Patient, Patient.id == PortalAccount.patient_id)
                .join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                .where(ClinicPatient.clinic_id == pop.clinic_id,
                       PortalAccount.status == PortalAccountStatus.PENDING,
                       PortalAccount.activation_token.is_not(None))
                .limit(20)
            ).all()
        if not rows:
            return None
        token, cpr, born = self.rng.choice(rows)
        today = self.clock().date()
        adult = born is not None and (today.year - born.year - ((today.month, today.day) < (born.month, born.day))) >= 18
        return token, cpr, adult

    def _activate(self, pop: ClinicPopulation, token: str, cpr: str, adult: bool, now: datetime) -> Request:
        def joined(_r) -> None:
            pop.users.append(cpr)  # from now on this patient writes too
            if adult:
                pop.adults.append(cpr)

        return "activate", False, lambda: intake.activate_user(self.db, token, now=now), joined

    def _econsult(self, pop: ClinicPopulation, cpr: str, bad: bool, now: datetime) -> Request:
        rng, db, cid = self.rng, self.db, pop.clinic_id
        open_ = [p[0] for p in pop.providers if p[1]]
        provider = rng.choice(open_ or [p[0] for p in pop.providers])
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

        def remember(r: IntakeResult) -> None:
            pop.threads.setdefault(cpr, []).append(r.item_id)

        return "econsult", bad, lambda: intake.send_econsult(
            db, cid, cpr, provider_id=provider, subject=subject, body=body, attachments=files, now=now), remember


__all__ = ["MIX", "BREAK_RATE", "Traffic"]
