"""The demo's patients: families (children with guardians), addresses and contact data,
portal accounts in every state, registrations with rights per clinic, medication lists,
and the pools of patients the inbox items are written by.

Built by the rules real data obeys: every portal user has an e-mail address (the portal
requires one: an adult without one on record typed one when signing up, and a child's
user has its guardian's), and the medicines a patient can ask to renew are those the
renewal rules let a patient request (``services.renewal_rules.check_medication``: not
addictive, no repeats left at the pharmacy). tests/unit/test_demo_rules.py checks the
built database against those rule functions."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.demo.identities import ascii_name, assign_cprs, invent_people
from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.medicine import DRUGS
from clinicdesk.demo.texts.people import (
    FLOORS,
    MAIL_DOMAINS,
    MOBILE_PREFIXES,
    POSTCODES_AARHUS,
    POSTCODES_RANDERS,
    STREETS_AARHUS,
    STREETS_RANDERS,
)
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import LoginMethod, PortalAccountStatus, RightMode
from clinicdesk.models import Medication
from clinicdesk.services import auth
from clinicdesk.services.renewal_rules import check_medication

# Portal password of the demo patients who log in with password + security code.
DEMO_PORTAL_PASSWORD = "Portal1234!"


def build_patients(b: DemoBuild) -> None:
    """Invent the patients and add their rows; leaves ``b.people`` and the pools for the inbox."""
    rng = b.rng("patients")
    people = invent_people(rng, b.n_patients, b.now.astimezone(COPENHAGEN).year)
    b.cprs, b.n_mod11_fail, b.n_ecpr = assign_cprs(rng, people)
    guardians = _families_and_contacts(b, rng, people)

    for p in people:
        p["id"] = b.new_id("patient")
        p["row"] = dict(
            id=p["id"], cpr=p["cpr"], first_name=p["first"], last_name=p["last"], birth_date=p["birth"],
            email=p["email"], mobile=p["mobile"], address=p["address"], has_mitid=p["mitid"],
            created_at=b.now - timedelta(days=rng.randint(30, 3000)), version=1,
        )
        b.add("patient", p["row"])
    for child, g in guardians:
        b.add("guardianship", dict(id=b.new_id("guardianship"), child_id=people[child]["id"],
                                   guardian_id=people[g]["id"]))
    b.n_children = sum(1 for p in people if p["child"])

    _portal_accounts(b, rng, people, guardians)
    _registrations(b, rng, people)
    _medication(b, rng, people)
    b.people = people
    b.guardians = guardians
    _pools(b)


def _families_and_contacts(b: DemoBuild, rng, people: list[dict]) -> list[tuple[int, int]]:
    """Each person's clinic; children get one or two guardians (and their name and address);
    addresses, mail, mobile and MitID. Returns (child, guardian) index pairs."""
    cid_a, cid_b = b.clinic_ids["A"], b.clinic_ids["B"]
    for p in people:
        p["clinic"] = cid_a if rng.random() < 0.68 else cid_b
    parents_by_clinic = {cid_a: [], cid_b: []}
    for i, p in enumerate(people):
        age = b.today.year - p["birth"].year
        if not p["child"] and 22 <= age <= 52 and not p["ecpr"]:
            parents_by_clinic[p["clinic"]].append(i)
    guardians: list[tuple[int, int]] = []
    for i, p in enumerate(people):
        if not p["child"]:
            continue
        pool = parents_by_clinic[p["clinic"]] or parents_by_clinic[cid_a] or [
            j for j, q in enumerate(people) if not q["child"]]
        g = rng.choice(pool)
        p["clinic"] = people[g]["clinic"]
        p["last"] = people[g]["last"]
        guardians.append((i, g))
        if rng.random() < 0.5:
            other = [j for j in pool if j != g and people[j]["female"] != people[g]["female"]]
            if other:
                guardians.append((i, rng.choice(other)))
    for p in people:
        streets, posts = ((STREETS_AARHUS, POSTCODES_AARHUS) if p["clinic"] == cid_a
                          else (STREETS_RANDERS, POSTCODES_RANDERS))
        post = rng.choice(posts)
        p["address"] = f"{rng.choice(streets)} {rng.randint(1, 140)}{rng.choice(FLOORS)}, {post[0]} {post[1]}"
        if not p["child"] and rng.random() < 0.88:
            local = f"{ascii_name(p['first'].split()[0])}.{ascii_name(p['last'].split()[-1])}"
            if rng.random() < 0.5:
                local += str(rng.randint(1, 99))
            p["email"] = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        else:
            p["email"] = ""
        p["mobile"] = (rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
                       if not p["child"] and rng.random() < 0.93 else "")
        p["mitid"] = not p["child"] and not p["ecpr"] and rng.random() < 0.97
    for child, g in guardians:
        people[child]["address"] = people[g]["address"]
    return guardians


def typed_email(p: dict) -> str:
    """The address a person gives when signing up: the one on record, else one made from the name
    and id (no random draw, so the rest of the demo stays as the seed makes it)."""
    if p["email"]:
        return p["email"]
    local = f"{ascii_name(p['first'].split()[0])}.{ascii_name(p['last'].split()[-1])}{p['id'] % 90 + 10}"
    return f"{local}@{MAIL_DOMAINS[p['id'] % len(MAIL_DOMAINS)]}"


def _ensure_email(p: dict) -> str:
    """The person's e-mail address; a portal user without one on record gave one at sign-up."""
    if not p["email"]:
        p["email"] = p["row"]["email"] = typed_email(p)
    return p["email"]


def _portal_accounts(b: DemoBuild, rng, people: list[dict], guardians: list[tuple[int, int]]) -> None:
    """Portal accounts: mostly active, some pending activation or blocked, one deleted, a
    few deleted and created again; children log in with a security code."""
    n = b.n_patients
    portal_hash = auth.hash_password(DEMO_PORTAL_PASSWORD)
    deleted_done = False
    recreated = 0
    for i, p in enumerate(people):
        p["account"] = None
        if p["ecpr"]:
            continue
        if p["child"]:
            has = rng.random() < 0.4
            method = LoginMethod.SECURITY_CODE
        else:
            has = rng.random() < 0.76
            method = LoginMethod.MITID if p["mitid"] else LoginMethod.SECURITY_CODE
        if not has:
            continue
        x = rng.random()
        status = (PortalAccountStatus.ACTIVE if x < 0.88 else PortalAccountStatus.PENDING if x < 0.97
                  else PortalAccountStatus.BLOCKED)
        times_deleted = 0
        deleted_at = None
        if not p["child"] and not deleted_done and p["mitid"] and i > n // 3:
            status, times_deleted, deleted_done = PortalAccountStatus.DELETED, 1, True
            deleted_at = b.now - timedelta(days=rng.randint(20, 200))
        elif not p["child"] and recreated < 2 and status == PortalAccountStatus.ACTIVE and rng.random() < 0.01:
            times_deleted, recreated = 1, recreated + 1
        created = b.now - timedelta(days=rng.randint(40, 2500), minutes=rng.randint(0, 1440))
        if p["child"]:  # a child's user has a guardian's address (one who has an address, if any does)
            gs = [gg for c, gg in guardians if c == i]
            g = next((gg for gg in gs if people[gg]["email"]), gs[0])
            email, mobile, confirm = _ensure_email(people[g]), people[g]["mobile"], False
        else:
            email, mobile, confirm = _ensure_email(p), p["mobile"], False
            if rng.random() < 0.03:
                email, confirm = "ny." + email, True
        p["account"] = status
        b.add("portal_account", dict(
            id=b.new_id("portal_account"), patient_id=p["id"], status=status, login_method=method,
            password_hash=portal_hash if method == LoginMethod.SECURITY_CODE else "",
            email=email, mobile=mobile, confirm_contact_at_next_login=confirm,
            # the seed's own token (not services.activation's random one), so a seed gives the same rows
            activation_token=("%032x" % rng.getrandbits(128)) if status == PortalAccountStatus.PENDING else None,
            created_at=created,
            activated_at=created + timedelta(hours=rng.randint(1, 48)) if status in (
                PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED) else None,
            deleted_at=deleted_at, times_deleted=times_deleted, version=1,
        ))


def _registrations(b: DemoBuild, rng, people: list[dict]) -> None:
    """Each patient's clinic (a few at both), own doctor and rights; a few receive-only or blocked."""
    n = b.n_patients
    cid_a, cid_b = b.clinic_ids["A"], b.clinic_ids["B"]
    doctors_at = {cid: [pr["id"] for pr in b.providers
                        if pr["clinic_id"] == cid and pr["kind"] == "doctor" and pr["renewal"]]
                  for cid in b.clinic_ids.values()}
    special = iter(rng.sample(range(n), min(n, 12)))
    forced = {next(special, -1): "receive_only", next(special, -1): "receive_only",
              next(special, -1): "blocked_booking", next(special, -1): "blocked_all"}
    for i, p in enumerate(people):
        clinics = [p["clinic"]]
        if not p["child"] and rng.random() < 0.04:
            clinics.append(cid_b if p["clinic"] == cid_a else cid_a)
        p["clinics"] = clinics
        for cid in clinics:
            e = r = bk = RightMode.ALLOWED
            x = rng.random()
            mode = forced.get(i) if cid == p["clinic"] else None
            if mode == "receive_only" or (mode is None and x < 0.02):
                e = RightMode.RECEIVE_ONLY
            elif mode == "blocked_booking" or (mode is None and x < 0.03):
                bk = RightMode.BLOCKED
            elif mode == "blocked_all" or (mode is None and x < 0.035):
                e = r = bk = RightMode.BLOCKED
            registered = None
            if p["account"] == PortalAccountStatus.ACTIVE:
                registered = b.now - timedelta(days=rng.randint(10, 900))
            p.setdefault("rights", {})[cid] = e
            b.add("clinic_patient", dict(
                id=b.new_id("clinic_patient"), clinic_id=cid, patient_id=p["id"],
                own_doctor_id=rng.choice(doctors_at[cid]), portal_registered_at=registered,
                econsult_right=e, renewal_right=r, booking_right=bk, version=1,
            ))


def _medication(b: DemoBuild, rng, people: list[dict]) -> None:
    """Medication lists that grow with age; some adults take an addictive medicine."""
    adults = [i for i, p in enumerate(people) if not p["child"]]
    addictive_forced = set(rng.sample(adults, min(len(people) // 40 + 3, len(adults))))
    plain = [d for d in DRUGS if not d[4]]
    addictive = [d for d in DRUGS if d[4]]
    for i, p in enumerate(people):
        age = b.today.year - p["birth"].year
        prob = 0.05 if age < 15 else 0.2 if age < 40 else 0.45 if age < 65 else 0.8
        p["meds"] = []
        p["renewable"] = []
        if i not in addictive_forced and rng.random() >= prob:
            continue
        k = rng.randint(1, 3 if age < 65 else 6)
        chosen = rng.sample(plain, min(k, len(plain)))
        if p["child"]:
            chosen = [d for d in chosen if d[0] in ("Cetirizin", "Salbutamol (Ventoline Diskus)", "Paracetamol",
                                                    "Mometason næsespray")] or [plain[10]]
        if not p["female"]:
            chosen = [d for d in chosen if not d[0].startswith("Desogestrel")] or [plain[1]]
        if i in addictive_forced or (not p["child"] and rng.random() < 0.06):
            chosen.append(rng.choice(addictive))
        for name, strength, dosage, atc, addict in chosen:
            mid = b.new_id("medication")
            repeats = 0 if rng.random() < 0.6 else rng.randint(1, 3)
            active = rng.random() < 0.95
            b.add("medication", dict(
                id=mid, patient_id=p["id"], drug_name=name, strength=strength, dosage=dosage, atc_code=atc,
                addictive=addict, repeats_left=repeats, active=active, version=1,
            ))
            if active:
                p["meds"].append((mid, f"{name} {strength}", addict, repeats))
                med = Medication(drug_name=name, strength=strength, atc_code=atc, addictive=addict,
                                 repeats_left=repeats)
                if check_medication(med).patient_may_request:  # what the portal lets a patient ask for
                    p["renewable"].append((mid, f"{name} {strength}", addict, repeats))


def _pools(b: DemoBuild) -> None:
    """Per clinic, who can write from the portal: adults, young women, children (through an
    active guardian), patients with medicine, adults without an account."""
    people = b.people
    b.pool_adult = {cid: [] for cid in b.clinic_ids.values()}
    b.pool_woman = {cid: [] for cid in b.clinic_ids.values()}
    b.pool_child = {cid: [] for cid in b.clinic_ids.values()}
    b.pool_meds = {cid: [] for cid in b.clinic_ids.values()}
    b.pool_no_account = {cid: [] for cid in b.clinic_ids.values()}
    guardian_of = {}
    for c, g in b.guardians:
        guardian_of.setdefault(c, g)
    b.guardian_of = guardian_of
    for i, p in enumerate(people):
        for cid in p["clinics"]:
            if p["ecpr"]:
                continue
            if p["account"] is None and not p["child"]:
                b.pool_no_account[cid].append(i)
            if p["child"]:
                if people[guardian_of[i]]["account"] == PortalAccountStatus.ACTIVE:
                    b.pool_child[cid].append(i)
            elif p["account"] == PortalAccountStatus.ACTIVE:
                b.pool_adult[cid].append(i)
                age = b.today.year - p["birth"].year
                if p["female"] and 18 <= age <= 45:
                    b.pool_woman[cid].append(i)
                if p["renewable"]:
                    b.pool_meds[cid].append(i)
    for pools in (b.pool_woman, b.pool_child, b.pool_meds, b.pool_no_account):
        for cid in pools:
            if not pools[cid]:
                pools[cid] = b.pool_adult[cid] or [i for i, p in enumerate(people) if not p["child"]]
    for cid in b.pool_adult:
        if not b.pool_adult[cid]:
            b.pool_adult[cid] = [i for i, p in enumerate(people) if not p["child"]]
    b.deleted_patient = next((i for i, p in enumerate(people) if p["account"] == PortalAccountStatus.DELETED),
                             None)
