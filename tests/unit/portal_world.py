"""A small clinic for the portal tests (built directly; no demo data needed).

``NOW`` is Monday 2 March 2026, 10:00 in Copenhagen (09:00 UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.models import (
    AppointmentType,
    Clinic,
    ClinicPatient,
    Medication,
    OpeningHours,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    Slot,
)
from clinicdesk.domain.enums import PortalAccountStatus, RightMode, SignupMode

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # Monday 10:00 local

ADULT = "010180-1235"  # registered, active user, all rights
RECEIVER = "020280-2346"  # receive-only e-consultation, booking blocked
OUTSIDER = "030380-3457"  # active user, but not registered at this clinic
GUARDIAN = "150575-4322"  # parent, registered
CHILD = "010120-4321"  # born 2020: under 15, not yet a patient
NEWBIE = "121290-1118"  # nobody knows them yet


def local(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=COPENHAGEN).astimezone(timezone.utc)


@dataclass
class World:
    clinic_id: int
    doctor_id: int
    nurse_id: int  # comment required on booking
    closed_id: int  # e-consultation, renewal and booking switched off
    other_clinic_provider_id: int
    type_id: int
    pharmacy_id: int
    med_ok: int
    med_ok2: int
    med_addictive: int
    med_repeats: int
    med_other_patient: int
    patient_id: int
    slots: dict[str, int] = field(default_factory=dict)


def _patient(s, cpr, first, last, email, *, active=True):
    p = Patient(cpr=cpr.replace("-", ""), first_name=first, last_name=last, email=email)
    s.add(p)
    s.flush()
    if active:
        s.add(PortalAccount(patient_id=p.id, status=PortalAccountStatus.ACTIVE, email=email))
    return p


def build_world(db, **clinic_overrides) -> World:
    """The world on ``db``; on the tests' ``db`` / ``pg_db`` built once per session per
    set of overrides and copied (``db.once_per_session``, tests/conftest.py)."""
    once = getattr(db, "once_per_session", None)
    if once is None:  # a database the test made itself
        return _build_world(db, **clinic_overrides)
    key = ("portal_world", tuple(sorted(clinic_overrides.items())))
    return once(key, lambda d: _build_world(d, **clinic_overrides))


def _build_world(db, **clinic_overrides) -> World:
    with db.write_session() as s:
        clinic = Clinic(
            name="Lægehuset Åbakken I/S",
            display_name="Lægehuset Åbakken",
            portal_link="https://portal.example.dk/aabakken",
            phone="70 10 20 30",
            signup_mode=SignupMode.WITH_APPROVAL,
            **clinic_overrides,
        )
        other = Clinic(name="Anden klinik", display_name="Anden klinik", portal_link="https://portal.example.dk/anden")
        s.add_all([clinic, other])
        s.flush()
        doctor = Provider(clinic_id=clinic.id, name="Anna Holm", title="Praktiserende læge")
        nurse = Provider(
            clinic_id=clinic.id, name="Bente Lund", title="Sygeplejerske", display_name="Sygeplejersken",
            booking_comment_required=True,
        )
        closed = Provider(
            clinic_id=clinic.id, name="Carl Berg", title="Læge", econsult_enabled=False, renewal_enabled=False,
            booking_enabled=False,
        )
        elsewhere = Provider(clinic_id=other.id, name="Dorte Dam", title="Læge")
        s.add_all([doctor, nurse, closed, elsewhere])
        s.flush()
        for prov in (doctor, nurse, closed):
            for wd in range(5):
                s.add(OpeningHours(provider_id=prov.id, weekday=wd, opens=time(8, 0), closes=time(16, 0)))
        atype = AppointmentType(clinic_id=clinic.id, name="Konsultation 15", patient_name="Almindelig konsultation")
        pharmacy = Pharmacy(name="Åbakken Apotek")
        s.add_all([atype, pharmacy])
        s.flush()

        adult = _patient(s, ADULT, "Mette", "Madsen", "mette@example.dk")
        receiver = _patient(s, RECEIVER, "Rasmus", "Rask", "rasmus@example.dk")
        outsider = _patient(s, OUTSIDER, "Ole", "Olsen", "ole@example.dk")
        guardian = _patient(s, GUARDIAN, "Gitte", "Gram", "gitte@example.dk")
        reg = NOW - timedelta(days=100)
        s.add_all(
            [
                ClinicPatient(clinic_id=clinic.id, patient_id=adult.id, portal_registered_at=reg, own_doctor_id=doctor.id),
                ClinicPatient(
                    clinic_id=clinic.id, patient_id=receiver.id, portal_registered_at=reg,
                    econsult_right=RightMode.RECEIVE_ONLY, booking_right=RightMode.BLOCKED,
                ),
                ClinicPatient(clinic_id=other.id, patient_id=outsider.id, portal_registered_at=reg),
                ClinicPatient(clinic_id=clinic.id, patient_id=guardian.id, portal_registered_at=reg),
            ]
        )
        meds = [
            Medication(patient_id=adult.id, drug_name="Metformin", strength="500 mg"),
            Medication(patient_id=adult.id, drug_name="Amlodipin", strength="5 mg"),
            Medication(patient_id=adult.id, drug_name="Zopiclon", strength="7,5 mg", addictive=True),
            Medication(patient_id=adult.id, drug_name="Losartan", strength="50 mg", repeats_left=2),
            Medication(patient_id=receiver.id, drug_name="Levothyroxin", strength="50 mikrog"),
        ]
        s.add_all(meds)
        s.flush()

        slots = {
            # Tuesday 10 March 2026, 10:00 local: inside hours, 8 days ahead
            "ok": (local(2026, 3, 10, 10), doctor),
            "ok2": (local(2026, 3, 10, 10, 15), doctor),
            "nurse": (local(2026, 3, 10, 11), nurse),
            "closed": (local(2026, 3, 10, 11), closed),
            "today": (local(2026, 3, 2, 14), doctor),  # same day: inside the 1 day notice
            "far": (local(2026, 6, 1, 10), doctor),  # 91 days ahead: beyond 60
            "evening": (local(2026, 3, 11, 18), doctor),  # after closing
            "saturday": (local(2026, 3, 14, 10), doctor),
            "easter": (local(2026, 4, 6, 10), doctor),  # 2. påskedag (Easter Monday)
            "past": (local(2026, 2, 27, 10), doctor),
        }
        ids = {}
        for key, (start, prov) in slots.items():
            slot = Slot(provider_id=prov.id, starts_at=start, ends_at=start + timedelta(minutes=15))
            s.add(slot)
            s.flush()
            ids[key] = slot.id
        return World(
            clinic_id=clinic.id, doctor_id=doctor.id, nurse_id=nurse.id, closed_id=closed.id,
            other_clinic_provider_id=elsewhere.id, type_id=atype.id, pharmacy_id=pharmacy.id,
            med_ok=meds[0].id, med_ok2=meds[1].id, med_addictive=meds[2].id, med_repeats=meds[3].id,
            med_other_patient=meds[4].id, patient_id=adult.id, slots=ids,
        )


def set_clinic(db, clinic_id, **values) -> None:
    with db.write_session() as s:
        c = s.get(Clinic, clinic_id)
        for k, v in values.items():
            setattr(c, k, v)


# Small real files
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
