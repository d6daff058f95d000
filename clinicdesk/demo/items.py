"""The demo's rich inbox items: the first few hundred, with whole threads, decisions and
handling state (claimed, assigned, done). Every kind meets every status; a couple are
overdue, one lease has expired, and at least one open item is urgent.

Urgent follows the rules of real data (``flags``): the patients' messages are scanned as intake
scans them (the open e-consultation among the first items always gets a clearly urgent scenario,
so even a small demo shows words highlighted), a few items are marked urgent by hand with a reason,
and some flags are taken off again when the item is done.

One module per kind fills in the item: ``item_econsult``, ``item_renewal``,
``item_booking``, ``item_signup``. Larger demos add simpler items with ``bulk_items``."""

from __future__ import annotations

from datetime import datetime, timedelta

from clinicdesk.demo import flags, item_booking, item_econsult, item_renewal, item_signup
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.econsult import ECONSULT_SCENARIOS
from clinicdesk.demo.texts.replies import CLEAR_URGENT_REASONS, MANUAL_URGENT_REASONS
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role

_KINDS = [ItemKind.ECONSULT, ItemKind.RENEWAL, ItemKind.BOOKING, ItemKind.SIGNUP]
_STATUSES = [ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT, ItemStatus.DONE]
_SIGNUP_VARIANTS = ["deleted", "child", "unknown", "known", "unknown", "child_known", "known"]


def _item_row(**kw) -> dict:
    row = dict(
        id=None, clinic_id=None, kind=None, status=ItemStatus.NEW, priority=Priority.NORMAL, patient_id=None,
        provider_id=None, subject="", preview="", received_at=None, due_date=None, unread=True, via_app=False,
        claimed_by_id=None, claimed_at=None, claim_expires_at=None, assigned_to_id=None, assigned_role=None,
        closed_reason="", done_at=None, done_by_id=None, changed_at=None, version=1,
    )
    row.update(kw)
    return row


def build_rich_items(b: DemoBuild, count: int) -> None:
    rng = b.rng("items")
    forced = [(k, st) for k in _KINDS for st in _STATUSES]
    scenarios = list(ECONSULT_SCENARIOS)
    rng.shuffle(scenarios)
    # the forced open e-consultation (item 1; item 0 in a one-item demo) is a clearly urgent scenario
    pinned = 1 if count > 1 else 0
    urgent_scenario = next((sc for sc in scenarios if len(sc["msgs"]) >= 2
                            and flags.urgent_words(flags.intake_text(sc["subject"], sc["msgs"][0]))), None)
    n_signup = 0
    econ_i = 0
    cid_a = b.clinic_ids["A"]

    def later(at: datetime, lo_h: float = 1.0, hi_h: float = 30.0) -> datetime:
        """A moment some hours after ``at``, never after now."""
        t = at + timedelta(hours=rng.uniform(lo_h, hi_h))
        return min(t, b.now - timedelta(minutes=rng.randint(1, 30)))

    for i in range(count):
        if i < len(forced):
            kind, status = forced[i]
            age_days = rng.uniform(0.05, 2.5) if status == ItemStatus.NEW else rng.uniform(0.5, 4)
            if i in (0, 5):  # a couple of overdue ones
                age_days = rng.uniform(8, 14)
        else:
            kind = rng.choices(_KINDS, (55, 25, 12, 8))[0]
            age_days = min(rng.expovariate(1 / 8), 45)
            if age_days < 2:
                w = (70, 20, 5, 5)
            elif age_days < 7:
                w = (25, 25, 15, 35)
            else:
                w = (2, 4, 6, 88)
            status = rng.choices(_STATUSES, w)[0]
        cid = cid_a if rng.random() < 0.7 or (kind == ItemKind.SIGNUP and n_signup == 0) else b.clinic_ids["B"]
        received = b.now - timedelta(days=age_days)
        local = received.astimezone(COPENHAGEN)
        if local.hour < 6:  # few write at night
            received -= timedelta(hours=rng.randint(3, 6))
        item = _item_row(id=b.new_id("inbox_item"), clinic_id=cid, kind=kind, status=status, received_at=received,
                         due_date=b.due(received), unread=status == ItemStatus.NEW, via_app=rng.random() < 0.2)
        if kind == ItemKind.ECONSULT:
            if i == pinned and urgent_scenario is not None:
                scenario = urgent_scenario
            else:
                scenario = scenarios[econ_i % len(scenarios)]
                econ_i += 1
            last_at = item_econsult.fill(b, rng, item, scenario, scenarios, later)
        elif kind == ItemKind.RENEWAL:
            last_at = item_renewal.fill(b, rng, item, later)
        elif kind == ItemKind.BOOKING:
            last_at = item_booking.fill(b, rng, item, later)
        else:
            variant = _SIGNUP_VARIANTS[n_signup % len(_SIGNUP_VARIANTS)]
            n_signup += 1
            last_at = item_signup.fill(b, rng, item, variant, later)
        _handling_state(b, rng, item, i, last_at)
        b.add("inbox_item", item)
    _at_least_one_urgent(b, rng, b.rows.get("inbox_item", []))


def _handling_state(b: DemoBuild, rng, item: dict, i: int, last_at: datetime) -> None:
    """Done (by whom, why closed), claimed (item 17 just now, item 18 with an expired
    lease) or assigned; a few marked urgent by hand, and some flags of done items taken off
    again; ``changed_at`` is the last thing that happened."""
    cid, status, received = item["clinic_id"], item["status"], item["received_at"]
    staff = b.clinicians[cid] or b.desk[cid]
    if status == ItemStatus.DONE:
        done_at = max(last_at, received + timedelta(minutes=5))
        done_at = min(done_at, b.now)
        item.update(done_at=done_at, done_by_id=rng.choice(staff), unread=False,
                    closed_reason="" if rng.random() < 0.85 else rng.choice(
                        ("Besvaret telefonisk", "Håndteret ved konsultation", "Dublet")))
        last_at = done_at
    elif status in (ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT):
        x = rng.random()
        if x < 0.3 or i in (17, 18):
            holder = rng.choice(b.desk[cid])
            claimed = b.now - timedelta(minutes=rng.randint(1, 40) if i != 17 else 3)
            if i == 18:
                claimed = b.now - timedelta(minutes=50)  # an expired lease
            item.update(claimed_by_id=holder, claimed_at=claimed,
                        claim_expires_at=claimed + timedelta(minutes=15))
            last_at = max(last_at, min(claimed, b.now))
        elif x < 0.5 and item["assigned_role"] is None:
            if rng.random() < 0.5:
                item["assigned_to_id"] = rng.choice(b.doctors[cid])
            else:
                item["assigned_role"] = rng.choice((Role.DOCTOR, Role.NURSE))
    if item["priority"] == Priority.NORMAL and item["kind"] != ItemKind.SIGNUP and rng.random() < 0.03:
        # marked by hand, some hours after it came in (and before it was done)
        at = received + timedelta(hours=rng.uniform(0.1, 4))
        at = max(received, min(at, item["done_at"] or b.now - timedelta(minutes=1)))
        flags.mark(b, item, rng.choice(b.desk[cid]), rng.choice(MANUAL_URGENT_REASONS), at)
        last_at = max(last_at, at)
    elif item["priority"] == Priority.URGENT and status == ItemStatus.DONE and rng.random() < 0.4:
        # handled: the one who closed it takes the flag off, with a reason
        flags.clear(b, item, item["done_by_id"], rng.choice(CLEAR_URGENT_REASONS), item["done_at"])
    item["changed_at"] = max(last_at, received)


def _at_least_one_urgent(b: DemoBuild, rng, items: list[dict]) -> None:
    """Small demos too show an open urgent item. The pinned urgent scenario gives one with the
    words highlighted; should it not (a scenario text changed), the newest open e-consultation
    (or any open item) is marked by hand, with a reason, as staff would after a phone call."""
    open_items = [it for it in items if it["status"] != ItemStatus.DONE]
    if not items or any(it["priority"] == Priority.URGENT for it in open_items):
        return
    pool = open_items or items
    item = max([it for it in pool if it["kind"] == ItemKind.ECONSULT] or pool, key=lambda it: it["received_at"])
    at = min(item["received_at"] + timedelta(minutes=20), item["done_at"] or b.now - timedelta(minutes=1))
    at = max(at, item["received_at"])
    flags.mark(b, item, rng.choice(b.desk[item["clinic_id"]]), MANUAL_URGENT_REASONS[0], at)
    item["changed_at"] = max(item["changed_at"], at)
