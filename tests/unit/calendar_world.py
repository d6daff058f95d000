"""A small clinic for the calendar tests: an administrator, a receptionist, a doctor with no
schedule yet and one appointment type (built directly; no demo data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import Role
from clinicdesk.models import AppointmentType, Clinic, Patient, Provider
from clinicdesk.services import auth

PASSWORD = "Kalender-Sol-Regn-2026"


def local(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=COPENHAGEN).astimezone(timezone.utc)


@dataclass
class CalWorld:
    clinic_id: int
    admin: auth.Actor
    desk: auth.Actor  # a receptionist: keeps the calendar
    provider_id: int
    type_id: int
    patient_id: int
    nurse: auth.Actor | None = None  # sees the day, edits nothing


def build(db) -> CalWorld:
    with db.write_session() as s:
        clinic = Clinic(name="Lægerne ved Åen I/S", display_name="Lægerne ved Åen",
                        portal_link="https://portal.example.dk/aaen")
        s.add(clinic)
        s.flush()
        admin = auth.create_staff(s, "chef", "Karen Chef", PASSWORD, {clinic.id: Role.ADMIN})
        desk = auth.create_staff(s, "skranke", "Sara Skranke", PASSWORD, {clinic.id: Role.RECEPTIONIST})
        nurse = auth.create_staff(s, "sygpl", "Nina Sygeplejerske", PASSWORD, {clinic.id: Role.NURSE})
        doctor = Provider(clinic_id=clinic.id, name="Anders Læge", title="Praktiserende læge")
        atype = AppointmentType(clinic_id=clinic.id, name="Konsultation", patient_name="Almindelig konsultation",
                                duration_minutes=15)
        patient = Patient(cpr="0101801235", first_name="Mette", last_name="Madsen", email="m@example.dk")
        s.add_all([doctor, atype, patient])
        s.flush()
        return CalWorld(clinic.id, auth.Actor(admin.id, admin.full_name, clinic.id, Role.ADMIN, clinic.name),
                        auth.Actor(desk.id, desk.full_name, clinic.id, Role.RECEPTIONIST, clinic.name),
                        doctor.id, atype.id, patient.id,
                        auth.Actor(nurse.id, nurse.full_name, clinic.id, Role.NURSE, clinic.name))
