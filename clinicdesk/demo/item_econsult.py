"""Demo e-consultations: a scenario's thread (patient message, clinic answers, replies),
internal notes, read receipts, and the attached photos and PDFs. Each patient message is
scanned for urgent words as the portal's intake scans it (``flags.scan``)."""

from __future__ import annotations

from clinicdesk.demo import flags
from clinicdesk.demo.files import tiny_pdf, tiny_png
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.medicine import DRUGS
from clinicdesk.demo.texts.replies import INTERNAL_NOTES, TOWNS
from clinicdesk.domain.wording import MONTHS_DA
from clinicdesk.domain.enums import ItemStatus, MessageDirection

_PNG_COLORS = [(214, 120, 110), (190, 150, 120), (170, 90, 90), (220, 180, 160)]


def _fill_in(b: DemoBuild, rng, template: str, first: str) -> str:
    """A scenario text with its blanks filled ({n}, {uger}, {medicin}, {by}, {maaned}, {fornavn})."""
    month = MONTHS_DA[(b.today.month + rng.randint(0, 4)) % 12]
    return template.format(
        n=rng.randint(2, 10), uger=rng.randint(2, 6), medicin=rng.choice(DRUGS[:24])[0],
        by=rng.choice(TOWNS), maaned=month, fornavn=first.split()[0],
    )


def fill(b: DemoBuild, rng, item: dict, sc: dict, scenarios: list[dict], later):
    """Make the item an e-consultation from scenario ``sc`` (one with answers when the item
    is open or waiting); returns the time of its last message."""
    item_id, cid, status, received = item["id"], item["clinic_id"], item["status"], item["received_at"]
    staff = b.clinicians[cid] or b.desk[cid]
    msgs = sc["msgs"]
    if len(msgs) == 1 and status != ItemStatus.DONE and status != ItemStatus.NEW:
        sc = next(x for x in scenarios if len(x["msgs"]) >= 2)
        msgs = sc["msgs"]
    pool = {"child": b.pool_child, "woman": b.pool_woman}.get(sc["who"], b.pool_adult)[cid]
    pi = rng.choice(pool)
    p = b.people[pi]
    writer = b.people[b.guardian_of[pi]] if p["child"] else p
    if status in (ItemStatus.NEW, ItemStatus.OPEN):
        n_msgs = 3 if len(msgs) >= 3 and rng.random() < 0.3 else 1
    elif len(msgs) == 1:
        n_msgs = 1
    else:
        n_msgs = 4 if len(msgs) >= 4 and rng.random() < 0.5 else 2
    econ_providers = [pr for pr in b.providers if pr["clinic_id"] == cid and pr["econsult"]]
    pr = rng.choice(econ_providers)
    item.update(patient_id=p["id"], provider_id=pr["id"], subject=sc["subject"])
    author = rng.choice(staff)
    at = last_at = received
    for k in range(n_msgs):
        body = _fill_in(b, rng, msgs[k], writer["first"])
        if k % 2 == 0:
            mid = b.message(item_id, MessageDirection.FROM_PATIENT, body, at)
            # the safety net at intake: the first message with its subject, a reply as it is
            flags.scan(b, item, mid, flags.intake_text(sc["subject"], body) if k == 0 else body, at)
            if k == 0:
                item["preview"] = body[:200]
                if sc["attach"] == "png":
                    b.attachment(mid, rng.choice(["billede.png", "IMG_2041.png", "foto.png"]),
                                 tiny_png(rng.choice(_PNG_COLORS)))
                elif sc["attach"] == "pdf":
                    b.attachment(mid, "blodtryk_maalinger.pdf", tiny_pdf(
                        ["Blodtryksmålinger hjemme", "Man 142/88  Tir 136/84  Ons 139/87",
                         "Tor 135/85  Fre 137/86  Lør 140/88  Søn 134/83"]))
        else:
            if rng.random() < 0.25 and k == 1:
                b.message(item_id, MessageDirection.INTERNAL, rng.choice(INTERNAL_NOTES),
                          later(at, 0.2, 2), author=rng.choice(b.desk[cid]))
            at = later(at, 0.5, 26)
            read_at = later(at, 0.5, 40) if rng.random() < 0.6 else None
            if read_at is not None and read_at <= at:
                read_at = None
            mid = b.message(item_id, MessageDirection.TO_PATIENT, body, at, author=author, read_at=read_at)
            if rng.random() < 0.08:
                b.attachment(mid, "vejledning.pdf", tiny_pdf(
                    ["Vejledning fra klinikken", sc["subject"], "Kontakt os ved spørgsmål."]))
        last_at = at
        at = later(at, 2, 40)
    if status == ItemStatus.OPEN and rng.random() < 0.3:
        b.message(item_id, MessageDirection.INTERNAL, rng.choice(INTERNAL_NOTES), later(last_at, 0.1, 3),
                  author=rng.choice(b.desk[cid]))
    return last_at
