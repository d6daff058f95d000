"""Builders for the inbox tests: a clinic with staff, patients and items of every kind."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from clinicdesk.models import (
    AppointmentType,
    BookingRequest,
    Clinic,
    ClinicPatient,
    InboxItem,
    Medication,
    Message,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    RenewalLine,
    RenewalRequest,
    SignupRequest,
    Slot,
    StockPhrase,
)
from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, PortalAccountStatus, Priority, Role
from clinicdesk.services import auth

PW = "Blå kaffekop 42"


@dataclass
class World:
    clinic_id: int
    doctor: auth.Actor
    doctor2: auth.Actor
    nurse: auth.Actor
    receptionist: auth.Actor
    provider_id: int
    provider2_id: int
    patient_id: int
    patient2_id: int
    appointment_type_id: int


def actor(staff, clinic_id: int, role: Role) -> auth.Actor:
    return auth.Actor(staff.id, staff.full_name, clinic_id, role, "Lægehuset")


def make_world(db) -> World:
    """The world on ``db``; on the tests' ``db`` / ``pg_db`` built once per session and
    copied (``db.once_per_session``, tests/conftest.py)."""
    once = getattr(db, "once_per_session", None)
    if once is None:  # a database the test made itself
        return _make_world(db)
    return once(("inbox_world",), _make_world)


def _make_world(db) -> World:
    with db.write_session() as s:
        c = Clinic(name="Lægehuset Åboulevarden", display_name="Lægehuset", portal_link="https://portal.example/laegehuset",
                   claim_idle_minutes=15)
        s.add(c)
        s.flush()
        d = auth.create_staff(s, "doktor", "Dorthe Læge", PW, {c.id: Role.DOCTOR})
        d2 = auth.create_staff(s, "doktor2", "Bent Bruun", PW, {c.id: Role.DOCTOR})
        n = auth.create_staff(s, "sygpl", "Signe Sygeplejerske", PW, {c.id: Role.NURSE})
        r = auth.create_staff(s, "sekr", "Rasmus Sekretær", PW, {c.id: Role.RECEPTIONIST})
        p1 = Provider(clinic_id=c.id, staff_id=d.id, name="Dorthe Læge", title="Praktiserende læge")
        p2 = Provider(clinic_id=c.id, staff_id=d2.id, name="Bent Bruun", title="Praktiserende læge")
        s.add_all([p1, p2])
        pat = Patient(cpr="0101901234", first_name="Ærling", last_name="Østergaard", email="aerling@example.org",
                      birth_date=date(1990, 1, 1))
        pat2 = Patient(cpr="0202855678", first_name="Karen", last_name="Hansen", email="karen@example.org",
                       birth_date=date(1985, 2, 2))
        s.add_all([pat, pat2])
        s.flush()
        s.add_all([ClinicPatient(clinic_id=c.id, patient_id=pat.id, own_doctor_id=p1.id),
                   ClinicPatient(clinic_id=c.id, patient_id=pat2.id, own_doctor_id=p1.id)])
        at = AppointmentType(clinic_id=c.id, name="Kons", patient_name="Konsultation", duration_minutes=15)
        s.add(at)
        s.add(StockPhrase(clinic_id=c.id, abbreviation="tak", title="Tak for beskeden",
                          body="Tak for din besked. Venlig hilsen Lægehuset"))
        s.add(StockPhrase(clinic_id=c.id, abbreviation="bt", title="Blodtryk",
                          body="Dit blodtryk er fint. Fortsæt med den nuværende behandling."))
        s.flush()
        return World(c.id, actor(d, c.id, Role.DOCTOR), actor(d2, c.id, Role.DOCTOR), actor(n, c.id, Role.NURSE),
                     actor(r, c.id, Role.RECEPTIONIST), p1.id, p2.id, pat.id, pat2.id, at.id)


def add_econsult(db, w: World, body: str = "Jeg har ondt i ryggen.\nHvad skal jeg gøre?", *,
                 patient_id: int | None = None, received_at: datetime | None = None, due: date | None = None,
                 status: ItemStatus = ItemStatus.NEW, priority: Priority = Priority.NORMAL,
                 provider_id: int | None = None) -> int:
    with db.write_session() as s:
        item = InboxItem(clinic_id=w.clinic_id, kind=ItemKind.ECONSULT, status=status, priority=priority,
                         patient_id=patient_id or w.patient_id, provider_id=provider_id or w.provider_id,
                         subject="E-konsultation", preview=body.split("\n", 1)[0][:200],
                         received_at=received_at or datetime.now(timezone.utc), due_date=due)
        s.add(item)
        s.flush()
        s.add(Message(item_id=item.id, direction=MessageDirection.FROM_PATIENT, body=body))
        return item.id


def add_renewal(db, w: World, *, addictive: bool = False, repeats_left: int = 0) -> tuple[int, list[int]]:
    with db.write_session() as s:
        m1 = Medication(patient_id=w.patient_id, drug_name="Losartan", strength="50 mg", dosage="1 dagligt")
        m2 = Medication(patient_id=w.patient_id, drug_name="Zopiclon" if addictive else "Atorvastatin",
                        strength="7,5 mg" if addictive else "20 mg", dosage="1 til natten",
                        addictive=addictive, repeats_left=repeats_left)
        ph = Pharmacy(name="Løve Apotek", address="Storegade 1")
        s.add_all([m1, m2, ph])
        s.flush()
        item = InboxItem(clinic_id=w.clinic_id, kind=ItemKind.RENEWAL, patient_id=w.patient_id,
                         provider_id=w.provider_id, subject="Receptfornyelse", preview="Losartan 50 mg, " + m2.label)
        s.add(item)
        s.flush()
        s.add(RenewalRequest(item_id=item.id, pharmacy_id=ph.id, comment="Tak"))
        s.flush()
        l1 = RenewalLine(item_id=item.id, medication_id=m1.id)
        l2 = RenewalLine(item_id=item.id, medication_id=m2.id)
        s.add_all([l1, l2])
        s.flush()
        return item.id, [l1.id, l2.id]


def add_booking(db, w: World, starts_at: datetime) -> tuple[int, int]:
    with db.write_session() as s:
        slot = Slot(provider_id=w.provider_id, starts_at=starts_at, ends_at=starts_at + timedelta(minutes=15))
        s.add(slot)
        s.flush()
        item = InboxItem(clinic_id=w.clinic_id, kind=ItemKind.BOOKING, patient_id=w.patient_id,
                         provider_id=w.provider_id, subject="Tidsbestilling", preview="Konsultation")
        s.add(item)
        s.flush()
        s.add(BookingRequest(item_id=item.id, provider_id=w.provider_id, appointment_type_id=w.appointment_type_id,
                             slot_id=slot.id, starts_at=starts_at, comment="Knæ"))
        return item.id, slot.id


def add_free_slot(db, w: World, starts_at: datetime) -> int:
    with db.write_session() as s:
        slot = Slot(provider_id=w.provider_id, starts_at=starts_at, ends_at=starts_at + timedelta(minutes=15))
        s.add(slot)
        s.flush()
        return slot.id


def add_signup(db, w: World, cpr: str = "1505921235", *, first="Mads", last="Madsen",
               deleted_account_times: int = 0, existing_patient: bool = False) -> int:
    with db.write_session() as s:
        if existing_patient or deleted_account_times:
            p = Patient(cpr=cpr, first_name=first, last_name=last, email="mads@example.org")
            s.add(p)
            s.flush()
            if deleted_account_times:
                s.add(PortalAccount(patient_id=p.id, status=PortalAccountStatus.DELETED,
                                    times_deleted=deleted_account_times))
        item = InboxItem(clinic_id=w.clinic_id, kind=ItemKind.SIGNUP, patient_id=None,
                         subject="Tilmelding", preview=f"Tilmelding: {first} {last}")
        s.add(item)
        s.flush()
        s.add(SignupRequest(item_id=item.id, cpr=cpr, first_name=first, last_name=last,
                            email="mads@example.org", mobile="20202020"))
        return item.id


def claim_and_answer_worker(url: str, actor_fields: tuple, item_ids: list[int], barrier, out) -> None:
    """One workstation in its own process: open every item (claiming what it can), then
    try to answer EVERY item with the version it saw; only its own claims may succeed."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from clinicdesk import secrets

    kr = PlaintextKeyring()  # the tests' keyring, where the audit log's key is (tests/conftest.py)
    keyring.set_keyring(kr)
    secrets.trust_backend(kr)
    from clinicdesk.db import Database
    from clinicdesk.services import inbox
    from clinicdesk.domain.errors import ClinicDeskError

    db = Database(url, migrate=False)
    me = auth.Actor(*actor_fields)
    barrier.wait(timeout=120)
    seen, won = {}, []
    for iid in item_ids:
        opened = inbox.open_item(db, me, iid)
        seen[iid] = opened.detail.version
        if opened.can_act:
            won.append(iid)
        time.sleep(0.01)  # a person, not a tight loop: lets the other process reach the lock
    barrier.wait(timeout=120)
    answered, refused = [], {}
    for iid in item_ids:
        try:
            inbox.answer(db, me, iid, f"Svar fra {me.full_name}", (), seen[iid])
            answered.append(iid)
        except ClinicDeskError as exc:
            refused[exc.code] = refused.get(exc.code, 0) + 1
    db.dispose()
    out.put((me.staff_id, won, answered, refused))


def set_item(db, item_id: int, **values) -> None:
    """Set an item's columns directly (a state the test needs, without the actions that lead there)."""
    from sqlalchemy import update

    with db.write_session() as s:
        s.execute(update(InboxItem).where(InboxItem.id == item_id).values(**values))
