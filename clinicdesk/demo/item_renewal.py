"""Demo renewal requests: one to three medicines of the patient's list that a patient may
ask to renew online, the pharmacy, and the doctor's decision per line once done."""

from __future__ import annotations

from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.replies import REASON_ADDICTIVE, REASON_CONTROL, REASON_REPEATS, RENEWAL_COMMENTS
from clinicdesk.domain.enums import ItemStatus, LineDecision, MessageDirection, Role


def fill(b: DemoBuild, rng, item: dict, later):
    """Make the item a renewal request; returns the time of the last thing that happened."""
    item_id, cid, status, received = item["id"], item["clinic_id"], item["status"], item["received_at"]
    last_at = received
    pi = rng.choice(b.pool_meds[cid])
    p = b.people[pi]
    # only medicines the portal lets a patient ask for (services.renewal_rules: not addictive, no repeats
    # left at the pharmacy; patients.py applies the rule): intake refuses the others
    meds = p["renewable"] or [(None, "", False, 0)]
    k = min(len(meds), rng.choice((1, 1, 2, 3)))
    lines = rng.sample(meds, k)
    rng.random()  # (the draw that once swapped in an addictive medicine: the seed's later items stay)
    renewers = [pr for pr in b.providers if pr["clinic_id"] == cid and pr["renewal"]]
    pr = rng.choice(renewers)
    comment = rng.choice(RENEWAL_COMMENTS)
    labels = ", ".join(m[1] for m in lines)
    item.update(patient_id=p["id"], provider_id=pr["id"], subject=f"Receptfornyelse: {labels}"[:200],
                preview=(comment or labels)[:200])
    b.add("renewal_request", dict(
        item_id=item_id, pharmacy_id=rng.choice(b.pharmacy_ids), comment=comment,
        prepared_by_id=rng.choice(b.desk[cid]) if status != ItemStatus.NEW and rng.random() < 0.4
        else None,
    ))
    decided_at = later(received, 1, 30) if status == ItemStatus.DONE else None
    doctor = rng.choice(b.doctors[cid])
    for mid_, _label, addictive, repeats in lines:
        if mid_ is None:
            continue
        decision, reason = LineDecision.PENDING, ""
        if status == ItemStatus.DONE:
            if addictive:
                decision, reason = LineDecision.REJECTED, REASON_ADDICTIVE
            elif repeats:
                decision, reason = LineDecision.REJECTED, REASON_REPEATS.format(n=repeats)
            elif rng.random() < 0.92:
                decision = LineDecision.APPROVED
            else:
                decision, reason = LineDecision.REJECTED, REASON_CONTROL
        b.add("renewal_line", dict(
            id=b.new_id("renewal_line"), item_id=item_id, medication_id=mid_, decision=decision,
            reason=reason, decided_by_id=doctor if decision != LineDecision.PENDING else None,
            decided_at=decided_at if decision != LineDecision.PENDING else None, version=1,
        ))
    if status == ItemStatus.AWAITING_PATIENT:
        last_at = later(received, 1, 20)
        b.message(item_id, MessageDirection.TO_PATIENT,
                  "Før vi kan forny din medicin, skal vi bruge dit seneste blodtryk. Mål det gerne på "
                  "apoteket og skriv det til os.", last_at, author=doctor)
    if decided_at:
        last_at = decided_at
    if status in (ItemStatus.NEW, ItemStatus.OPEN) and rng.random() < 0.4:
        item["assigned_role"] = Role.DOCTOR
    return last_at
