"""Demo sign-up requests, in turn: a patient whose portal user was deleted, a child (by a
guardian, with a security code; known to the clinic or not), a stranger, and a known
patient without a portal user."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.demo.identities import ascii_name, new_cpr, weighted
from clinicdesk.demo.patients import typed_email
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.people import FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, MOBILE_PREFIXES
from clinicdesk.demo.texts.replies import SIGNUP_REJECT_REASONS
from clinicdesk.domain import portal_texts
from clinicdesk.domain.enums import ItemStatus, LoginMethod, SignupDecision


def fill(b: DemoBuild, rng, item: dict, variant: str, later):
    """Make the item a sign-up of the given variant; returns the time of the last thing that happened."""
    item_id, cid, status, received = item["id"], item["clinic_id"], item["status"], item["received_at"]
    guardian_id = None
    patient_id = None
    method = LoginMethod.MITID
    if variant == "deleted" and b.deleted_patient is not None:
        p = b.people[b.deleted_patient]
        cid = p["clinic"]
        item["clinic_id"] = cid
        cpr, first, last, email, mobile, patient_id = (p["cpr"], p["first"], p["last"], p["email"],
                                                        p["mobile"], p["id"])
    elif variant in ("child", "child_known"):
        g = b.people[rng.choice(b.pool_adult[cid])]
        guardian_id = g["id"]
        method = LoginMethod.SECURITY_CODE
        kids = sorted({c for c, gg in b.guardians
                       if b.people[c]["account"] is None and b.people[gg]["clinic"] == cid})
        if variant == "child_known" and kids:
            ci = rng.choice(kids)
            c = b.people[ci]
            cpr, first, last, patient_id = c["cpr"], c["first"], c["last"], c["id"]
            g = b.people[b.guardian_of[ci]]
            guardian_id = g["id"]
        else:
            female = rng.random() < 0.5
            birth = b.today - timedelta(days=rng.randint(30, 13 * 365))
            cpr = new_cpr(rng, birth, female, b.cprs)
            first = rng.choice(FIRST_NAMES["kids"][0 if female else 1])
            last = g["last"]
        email, mobile = g["email"], g["mobile"]
    elif variant == "known" and b.pool_no_account[cid]:
        p = b.people[rng.choice(b.pool_no_account[cid])]
        cpr, first, last, email, mobile, patient_id = (p["cpr"], p["first"], p["last"], typed_email(p),
                                                        p["mobile"], p["id"])  # the portal requires an address
        if not p["mitid"]:
            method = LoginMethod.SECURITY_CODE
    else:
        female = rng.random() < 0.5
        birth = b.today - timedelta(days=rng.randint(18 * 365, 80 * 365))
        cpr = new_cpr(rng, birth, female, b.cprs)
        group = "young" if birth.year >= 1990 else "genx" if birth.year >= 1970 else "boomer"
        first = rng.choice(FIRST_NAMES[group][0 if female else 1])
        last = weighted(rng, LAST_NAMES)
        email = f"{ascii_name(first)}.{ascii_name(last)}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"
        mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
    wants = [rng.random() < 0.9, rng.random() < 0.8, rng.random() < 0.85]
    labels = [n for n, w in zip(("e-konsultation", "receptfornyelse", "tidsbestilling"), wants) if w]
    decision, reason = SignupDecision.PENDING, ""
    if status == ItemStatus.DONE:
        if rng.random() < 0.8:
            decision = SignupDecision.APPROVED
        else:
            decision, reason = SignupDecision.REJECTED, rng.choice(SIGNUP_REJECT_REASONS)
    item.update(patient_id=patient_id, subject=str(portal_texts.SIGNUP_NEW_CHILD if guardian_id else portal_texts.SIGNUP_NEW),
                preview=("Ønsker: " + ", ".join(labels)) if labels else "Ønsker: ingen funktioner")
    b.add("signup_request", dict(
        item_id=item_id, cpr=cpr, first_name=first, last_name=last, email=email, mobile=mobile,
        login_method=method, guardian_patient_id=guardian_id, wants_econsult=wants[0],
        wants_renewal=wants[1], wants_booking=wants[2], decision=decision, reason=reason,
    ))
    return later(received, 0.5, 20) if status != ItemStatus.NEW else received
