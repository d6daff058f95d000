"""Who and what the simulator can act on, per clinic: read once from the database before a run.

Registered portal users (and the adults among them, who may sign a child up),
users of other clinics, providers and their switches, bookable appointment
types, medication (renewable online or not, by ``services.renewal_rules``),
free, too-near and taken slots, future appointments, e-consultation threads,
unread answers and pharmacies. CPR numbers are kept in memory only, never shown.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from clinicdesk.domain.enums import AppointmentStatus, ItemKind, MessageDirection, PortalAccountStatus, SlotStatus
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
from clinicdesk.portal.intake.signup import GUARDIAN_AGE
from clinicdesk.services.calendar.store import offered_by
from clinicdesk.services.cpr import age_on, try_parse_cpr
from clinicdesk.services.renewal_rules import check_medication
from clinicdesk.services.workdays import local_date

_CHUNK = 500  # patient ids per IN (...) query


@dataclass
class ClinicPopulation:
    clinic_id: int
    users: list[str] = field(default_factory=list)  # CPR (stored form) of registered active users
    adults: list[str] = field(default_factory=list)  # those old enough to be a guardian
    outsiders: list[str] = field(default_factory=list)  # active users not registered here
    providers: list[tuple[int, bool, bool, bool, bool]] = field(default_factory=list)  # id, ec, rn, bk, comment req.
    types: list[int] = field(default_factory=list)
    comment_types: set[int] = field(default_factory=set)  # types that require a comment
    offers: dict[int, list[int]] = field(default_factory=dict)  # provider id -> bookable types they offer
    meds: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)  # cpr -> (id, renewable online)
    # (slot id, provider id, the slot's type or None for any): free bookable ahead, free within the notice, taken
    free_slots: list[tuple[int, int, int | None]] = field(default_factory=list)
    near_slots: list[tuple[int, int, int | None]] = field(default_factory=list)
    taken_slots: list[tuple[int, int, int | None]] = field(default_factory=list)
    appointments: dict[str, list[tuple[int, datetime]]] = field(default_factory=dict)
    threads: dict[str, list[int]] = field(default_factory=dict)
    unread: dict[str, list[int]] = field(default_factory=dict)
    pharmacies: list[int] = field(default_factory=list)


def _users(s, pop: ClinicPopulation, clinic: Clinic, now: datetime, sample: int) -> dict[str, int]:
    """Registered active users (a sample), the adults among them and users of other clinics."""
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
    today = local_date(now)
    for _pid, cpr in rows:
        parsed = try_parse_cpr(cpr)
        if parsed is None or parsed.is_substitute:
            continue
        pop.users.append(cpr)
        if age_on(parsed, today) >= GUARDIAN_AGE:
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
    return {cpr: pid for pid, cpr in rows}


def _their_things(s, pop: ClinicPopulation, clinic: Clinic, now: datetime, ids_by_cpr: dict[str, int]) -> None:
    """The users' medication, future appointments, threads and unread answers."""
    pids = list(ids_by_cpr.values())
    cpr_by_id = {v: k for k, v in ids_by_cpr.items()}
    for start in range(0, len(pids), _CHUNK):
        chunk = pids[start : start + _CHUNK]
        for m in s.scalars(select(Medication).where(Medication.patient_id.in_(chunk), Medication.active.is_(True))):
            pop.meds.setdefault(cpr_by_id[m.patient_id], []).append((m.id, check_medication(m).patient_may_request))
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


def _slots(s, pop: ClinicPopulation, clinic: Clinic, now: datetime) -> None:
    """Slots ahead of a type patients may book online (or of any type): free beyond the notice, free but too
    near, and taken."""
    notice = now + timedelta(days=clinic.booking_min_notice_days + 1)
    horizon = now + timedelta(days=clinic.booking_max_horizon_days - 1)
    provider_ids = [p[0] for p in pop.providers]
    if not provider_ids:
        return
    bookable = set(pop.types)
    for sid, pid, starts, status, type_id in s.execute(
        select(Slot.id, Slot.provider_id, Slot.starts_at, Slot.status, Slot.appointment_type_id)
        .where(Slot.provider_id.in_(provider_ids), Slot.starts_at > now, Slot.starts_at < horizon)
        .order_by(Slot.starts_at)
        .limit(5000)
    ):
        if type_id is not None and type_id not in bookable:
            continue
        if status == SlotStatus.BOOKED:
            pop.taken_slots.append((sid, pid, type_id))
        elif status == SlotStatus.FREE:
            (pop.free_slots if starts >= notice else pop.near_slots).append((sid, pid, type_id))


def load_population(db, now: datetime, clinic_ids: list[int] | None, sample: int,
                    rng: random.Random) -> list[ClinicPopulation]:
    """One population per clinic that has portal users and providers (only ``clinic_ids`` when given)."""
    pops: list[ClinicPopulation] = []
    with db.session() as s:
        for clinic in s.scalars(select(Clinic).order_by(Clinic.id)).all():
            if clinic_ids and clinic.id not in clinic_ids:
                continue
            pop = ClinicPopulation(clinic.id)
            ids_by_cpr = _users(s, pop, clinic, now, sample)
            pop.providers = [
                (p.id, p.econsult_enabled, p.renewal_enabled, p.booking_enabled, p.booking_comment_required)
                for p in s.scalars(select(Provider).where(Provider.clinic_id == clinic.id, Provider.active.is_(True)))
            ]
            types = s.scalars(select(AppointmentType).where(
                AppointmentType.clinic_id == clinic.id, AppointmentType.bookable_online.is_(True),
                AppointmentType.active.is_(True))).all()
            pop.types = [t.id for t in types]
            pop.comment_types = {t.id for t in types if t.comment_required}
            named = offered_by(s, pop.types)
            pop.offers = {p[0]: [t for t in pop.types if not named[t] or p[0] in named[t]] for p in pop.providers}
            _their_things(s, pop, clinic, now, ids_by_cpr)
            _slots(s, pop, clinic, now)
            rng.shuffle(pop.free_slots)
            if pop.users and pop.providers:
                pops.append(pop)
        pharmacies = list(s.scalars(select(Pharmacy.id).limit(50)))
    for pop in pops:
        pop.pharmacies = pharmacies
    return pops


__all__ = ["ClinicPopulation", "load_population"]
