"""The simpler inbox items of a large demo (everything beyond the first few hundred): one
short message or request each, mostly done, spread over up to three years before the rich
items, fewer at weekends; ids follow receipt time. Written in batches by ``bulk``.

Urgent as in real data (``flags``): an e-consultation whose text the safety net's lists flag gets
its auto flag (each distinct text is scanned once, so a million items cost a look-up each), and a
few items are marked urgent by hand with a reason. Nothing is urgent by chance alone."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from clinicdesk.demo import flags
from clinicdesk.demo.bulk import bulk_writes
from clinicdesk.demo.patients import typed_email
from clinicdesk.demo.practice import TYPES_FOR
from clinicdesk.demo.rows import BULK_BATCH
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.econsult import SHORT_MESSAGES
from clinicdesk.demo.texts.replies import (
    BOOKING_COMMENTS,
    BOOKING_DECLINE_REASONS,
    MANUAL_URGENT_REASONS,
    REASON_ADDICTIVE,
    REASON_REPEATS,
    RENEWAL_COMMENTS,
    SIGNUP_REJECT_REASONS,
)
from clinicdesk.domain import portal_texts
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import (
    BookingOutcome,
    ItemKind,
    ItemStatus,
    LineDecision,
    LoginMethod,
    MessageDirection,
    Priority,
    Role,
    SignupDecision,
)
from clinicdesk.services import workdays

_KINDS = (ItemKind.ECONSULT,) * 55 + (ItemKind.RENEWAL,) * 25 + (ItemKind.BOOKING,) * 12 + (ItemKind.SIGNUP,) * 8
_OPEN_STATUSES = (ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT)
_DONE_REASONS = ("", "", "", "", "", "", "Besvaret telefonisk", "Håndteret ved konsultation")
#: the share of bulk items a staff member marks urgent by hand (a few a week, as in a real clinic)
MANUAL_URGENT_SHARE = 0.0002


def _per_clinic(b: DemoBuild) -> dict[int, dict]:
    """What the items of each clinic draw from: writers, medicines, providers, staff."""
    per_clinic = {}
    for cid in b.clinic_ids.values():
        adults = [b.people[i] for i in b.pool_adult[cid]]
        # only what a patient may ask to renew (services.renewal_rules, applied in patients.py)
        meds = [(b.people[i]["id"], m) for i in b.pool_meds[cid] for m in b.people[i]["renewable"]]
        per_clinic[cid] = dict(
            adults=[(p["id"], p["first"].split()[0]) for p in adults] or [(b.people[0]["id"], "")],
            # sign-ups come from adults without a portal user (intake refuses one already registered),
            # each with the address the portal requires
            signups=[(p["id"], p["cpr"], p["first"], p["last"], typed_email(p), p["mobile"])
                     for p in (b.people[i] for i in b.pool_no_account[cid])][:3000]
            or [(p["id"], p["cpr"], p["first"], p["last"], typed_email(p), p["mobile"]) for p in adults[:1]],
            meds=meds or [(b.people[0]["id"], (None, "", False, 0))],
            econ=[pr["id"] for pr in b.providers if pr["clinic_id"] == cid and pr["econsult"]],
            renew=[pr["id"] for pr in b.providers if pr["clinic_id"] == cid and pr["renewal"]],
            book=[(pr["id"], [b.types[cid][t] for t in TYPES_FOR[pr["kind"]]])
                  for pr in b.providers if pr["clinic_id"] == cid and pr["booking"]],
            staff=b.desk[cid], doctors=b.doctors[cid],
        )
    return per_clinic


def build_bulk_items(b: DemoBuild, count: int) -> None:
    if count <= 0:
        return
    rng = b.rng("bulk")
    cids = list(b.clinic_ids.values())
    cid_a = b.clinic_ids["A"]
    # older than the rich items: spread over up to three years before them
    span_days = max(30, min(3 * 365, count // 300))
    window_start = b.today - timedelta(days=46)
    per_clinic = _per_clinic(b)
    pharmacy_ids = b.pharmacy_ids
    rand = rng.random

    def randrange(a: int, c: int | None = None) -> int:  # like rng.randrange/choice, cheaper per call
        if c is None:
            a, c = 0, a
        return a + int(rand() * (c - a))

    def choice(seq):
        return seq[int(rand() * len(seq))]

    n_due = b.answer_days

    def moments():
        """Receipt times in order, oldest first (ids follow time); fewer at weekends."""
        days = [window_start - timedelta(days=d) for d in range(span_days, 0, -1)]
        weights = [0.4 if d.weekday() >= 5 else 1.0 for d in days]
        total = sum(weights)
        acc = 0.0
        given = 0
        for d, w in zip(days, weights):
            acc += w
            n_day = round(count * acc / total) - given
            given += n_day
            if n_day <= 0:
                continue
            midnight = datetime.combine(d, time(0, 0), tzinfo=COPENHAGEN).astimezone(timezone.utc)
            early = workdays.due_date_for(midnight + timedelta(hours=10), n_due)
            late = workdays.due_date_for(midnight + timedelta(hours=20), n_due)
            plain_day = (datetime.combine(d, time(0, 0), tzinfo=COPENHAGEN).utcoffset()
                         == datetime.combine(d, time(23, 0), tzinfo=COPENHAGEN).utcoffset())
            for sec in sorted(randrange(6 * 3600, 23 * 3600) for _ in range(n_day)):
                received = midnight + timedelta(seconds=sec)
                if plain_day:  # seconds since local midnight: the 16:00 cutoff is plain
                    yield midnight, received, late if sec >= 16 * 3600 else early
                else:  # a daylight-saving day: count exactly
                    yield midnight, received, workdays.due_date_for(received, n_due)

    gen = moments()
    item_id = b.bulk_item_base
    with bulk_writes(b, drop_indexes=count >= 20000) as write_batch:
        left = count
        while left > 0:
            batch = min(BULK_BATCH, left)
            left -= batch
            for _ in range(batch):
                midnight, received, due = next(gen)
                cid = cid_a if rand() < 0.7 else cids[-1]
                pc = per_clinic[cid]
                kind = choice(_KINDS)
                status = ItemStatus.DONE if rand() < 0.96 else choice(_OPEN_STATUSES)
                item_id += 1
                done = status == ItemStatus.DONE
                done_at = received + timedelta(seconds=randrange(1800, 4 * 86400)) if done else None
                who = choice(pc["staff"])
                provider_id = None
                patient_id = None
                if kind == ItemKind.ECONSULT:
                    subject, template = choice(SHORT_MESSAGES)
                    patient_id, _first = choice(pc["adults"])
                    provider_id = choice(pc["econ"])
                    body = template.format(n=randrange(2, 10))
                    preview = body
                    message_id = b.message(item_id, MessageDirection.FROM_PATIENT, body, received)
                elif kind == ItemKind.RENEWAL:
                    patient_id, (mid_, label, addictive, repeats) = choice(pc["meds"])
                    provider_id = choice(pc["renew"])
                    comment = choice(RENEWAL_COMMENTS)
                    subject = str(portal_texts.RENEWAL)
                    preview = comment or label
                    b.add("renewal_request", dict(item_id=item_id, pharmacy_id=choice(pharmacy_ids),
                                                  comment=comment, prepared_by_id=None))
                    if mid_ is not None:
                        if done:
                            if addictive:
                                dec, reason = LineDecision.REJECTED, REASON_ADDICTIVE
                            elif repeats:
                                dec, reason = LineDecision.REJECTED, REASON_REPEATS.format(n=repeats)
                            else:
                                dec, reason = LineDecision.APPROVED, ""
                        else:
                            dec, reason = LineDecision.PENDING, ""
                        b.add("renewal_line", dict(
                            id=b.new_id("renewal_line"), item_id=item_id, medication_id=mid_, decision=dec,
                            reason=reason, decided_by_id=choice(pc["doctors"]) if done else None,
                            decided_at=done_at, version=1))
                elif kind == ItemKind.BOOKING:
                    patient_id, _first = choice(pc["adults"])
                    provider_id, types = choice(pc["book"])
                    type_id, _minutes, pname = choice(types)
                    starts = midnight + timedelta(days=randrange(2, 21), hours=randrange(7, 14),
                                                  minutes=15 * randrange(4))
                    comment = choice(BOOKING_COMMENTS)
                    subject = str(portal_texts.REQUESTED.format(type=pname))
                    preview = comment or pname
                    if done:
                        outcome = BookingOutcome.ACCEPTED if rand() < 0.8 else BookingOutcome.DECLINED
                    else:
                        outcome = BookingOutcome.PENDING
                    b.add("booking_request", dict(
                        item_id=item_id, provider_id=provider_id, appointment_type_id=type_id, slot_id=None,
                        starts_at=starts, comment=comment, outcome=outcome, appointment_id=None,
                        offered_slot_id=None,
                        reason=BOOKING_DECLINE_REASONS[0] if outcome == BookingOutcome.DECLINED else ""))
                else:
                    patient_id, cpr, first, last, email, mobile = choice(pc["signups"])
                    subject = str(portal_texts.SIGNUP_NEW)
                    preview = "Ønsker: e-konsultation, receptfornyelse, tidsbestilling"
                    if done:
                        decision = SignupDecision.APPROVED if rand() < 0.85 else SignupDecision.REJECTED
                    else:
                        decision = SignupDecision.PENDING
                    b.add("signup_request", dict(
                        item_id=item_id, cpr=cpr, first_name=first, last_name=last, email=email, mobile=mobile,
                        login_method=LoginMethod.MITID, guardian_patient_id=None, wants_econsult=True,
                        wants_renewal=True, wants_booking=True, decision=decision,
                        reason=SIGNUP_REJECT_REASONS[0] if decision == SignupDecision.REJECTED else ""))
                item = dict(
                    id=item_id, clinic_id=cid, kind=kind, status=status, priority=Priority.NORMAL,
                    patient_id=patient_id,
                    provider_id=provider_id, subject=subject[:200], preview=preview[:200], received_at=received,
                    due_date=due, unread=status == ItemStatus.NEW, via_app=rand() < 0.2, claimed_by_id=None,
                    claimed_at=None, claim_expires_at=None,
                    assigned_to_id=None, assigned_role=Role.DOCTOR if (not done and rand() < 0.2) else None,
                    closed_reason=choice(_DONE_REASONS) if done else "", done_at=done_at,
                    done_by_id=who if done else None, changed_at=done_at or received, version=1,
                )
                if kind == ItemKind.ECONSULT:  # the safety net at intake (a cached scan per distinct text)
                    flags.scan(b, item, message_id, flags.intake_text(subject, body), received)
                if item["priority"] == Priority.NORMAL and kind != ItemKind.SIGNUP and rand() < MANUAL_URGENT_SHARE:
                    # marked urgent by hand soon after it came in (before it was done)
                    at = received + timedelta(seconds=randrange(300, 3 * 3600))
                    if done_at is not None and at > done_at:
                        at = done_at
                    flags.mark(b, item, who, choice(MANUAL_URGENT_REASONS), at)
                    item["changed_at"] = done_at or at
                b.add("inbox_item", item)
            write_batch()
