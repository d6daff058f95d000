"""The fixed part of the demo practice: two clinics (one closes for a holiday), their
appointment types, providers with opening hours, staff in every role with the demo
logins (``DEMO_USERS``), pharmacies and stock phrases."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from clinicdesk.demo.state import DemoBuild
from clinicdesk.demo.texts.medicine import PHARMACIES
from clinicdesk.demo.texts.replies import STOCK_PHRASES
from clinicdesk.domain.wording import MONTHS_DA
from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk.domain.enums import Role, SignupMode
from clinicdesk.models import AppointmentType, Clinic, HolidayPeriod, OpeningHours, Pharmacy, Provider, StockPhrase
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import auth, opening_hours
from clinicdesk.services.phrase_admin import PhraseValues, check_phrase

DEMO_PASSWORD = "Demo1234!"

# (username, password, what the login is) – printed by `clinicdesk demo`, used by README and tests.
DEMO_USERS: list[tuple[str, str, str]] = [
    ("admin", DEMO_PASSWORD, "Administrator, Lægerne i Søndergade"),
    ("laege", DEMO_PASSWORD, "Læge, Lægerne i Søndergade"),
    ("sekretaer", DEMO_PASSWORD, "Sekretær, Lægerne i Søndergade"),
    ("sygeplejerske", DEMO_PASSWORD, "Sygeplejerske, Lægerne i Søndergade"),
    ("delt", DEMO_PASSWORD, "Delt personale: sekretær i Søndergade, administrator i Vestergade"),
    ("vestlaege", DEMO_PASSWORD, "Læge, Lægehuset Vestergade"),
]

CLINICS = (
    dict(
        key="A", name="Lægerne i Søndergade I/S", display_name="Lægerne i Søndergade",
        slug="laegerne-i-soendergade", address="Søndergade 27, 1. sal, 8000 Aarhus C", phone="86 12 34 50",
        email="kontakt@laegerne-soendergade.example.dk", website="https://laegerne-soendergade.example.dk",
        yder_number="041234", hours=("man-fre 08:00-16:00", "tor 08:00-18:00"),
    ),
    dict(
        key="B", name="Lægehuset Vestergade", display_name="Lægehuset Vestergade",
        slug="laegehuset-vestergade", address="Vestergade 12, 8900 Randers C", phone="86 41 22 00",
        email="post@laegehuset-vestergade.example.dk", website="https://laegehuset-vestergade.example.dk",
        yder_number="052871", hours=("man-tor 08:00-15:30", "fre 08:00-12:00, 12:30-14:00"),
    ),
)
PORTAL_BASE = "https://patientportal.example.dk/klinik/"

# username -> (abbreviation, title, text): personal stock phrases (only their owner sees them)
PERSONAL_PHRASES = {
    "laege": ("mvha", "Min hilsen", "Venlig hilsen\nAnne Søgaard Kristensen, praktiserende læge"),
    "sekretaer": ("ringmig", "Ring til mig", "Kære {fornavn}. Ring gerne til mig i telefontiden, så finder vi en tid. "
                                             "Venlig hilsen Bettina, {klinik}"),
}

STAFF = (
    # username, full name, initials, {clinic key: role}
    ("admin", "Lone Vinther Mikkelsen", "LVM", {"A": Role.ADMIN}),
    ("laege", "Anne Søgaard Kristensen", "ASK", {"A": Role.DOCTOR}),
    ("sekretaer", "Bettina Holm Rasmussen", "BHR", {"A": Role.RECEPTIONIST}),
    ("sygeplejerske", "Helle Bach Jørgensen", "HBJ", {"A": Role.NURSE}),
    ("delt", "Karina Lund Thomsen", "KLT", {"A": Role.RECEPTIONIST, "B": Role.ADMIN}),
    ("vestlaege", "Peter Damgaard Juhl", "PDJ", {"B": Role.DOCTOR}),
)

# clinic key, name, title, custom portal name, staff username, econsult, renewal, booking,
# comment required, kind, the weekday (Mon=0) with long opening hours
_STD = ((8, 0), (15, 30))
_LONG = ((8, 0), (17, 30))
PROVIDERS = (
    ("A", "Anne Søgaard Kristensen", "Praktiserende læge", "", "laege", True, True, True, False, "doctor", 1),
    ("A", "Mikkel Brandt Holm", "Praktiserende læge", "", None, True, True, True, False, "doctor", 3),
    ("A", "Sofie Lund Mortensen", "Uddannelseslæge", "", None, True, False, True, False, "doctor", None),
    ("A", "Jakob Friis Larsen", "Praktiserende læge", "Dagens akuttider", None, False, False, True, True, "doctor", None),
    ("A", "Helle Bach Jørgensen", "Sygeplejerske", "", "sygeplejerske", True, False, True, False, "nurse", 0),
    ("A", "Jonas Bæk Iversen", "Bioanalytiker", "", None, False, False, True, True, "lab", None),
    ("A", "Camilla Østergaard Due", "Klinikassistent", "", None, False, False, True, False, "assistant", None),
    ("B", "Peter Damgaard Juhl", "Praktiserende læge", "", "vestlaege", True, True, True, False, "doctor", 0),
    ("B", "Morten Skov Andersen", "Uddannelseslæge", "", None, True, False, True, False, "doctor", 2),
    ("B", "Lise Kjær Poulsen", "Sygeplejerske", "", None, True, False, True, False, "nurse", None),
)

APPOINTMENT_TYPES = (
    # internal name, patient-facing name, minutes, bookable online, who
    ("Konsultation", "Almindelig konsultation", 15, True, "doctor"),
    ("Dobbeltkonsultation", "Længere samtale (flere problemer)", 30, True, "doctor"),
    ("Telefonkonsultation", "Telefontid – vi ringer dig op", 15, True, "doctor"),
    ("Modermærke", "Undersøgelse af modermærke", 15, True, "doctor"),
    ("Graviditetsundersøgelse", "Graviditetsundersøgelse", 30, True, "doctor"),
    ("Børneundersøgelse", "Børneundersøgelse og vaccination", 30, True, "doctor"),
    ("Blodprøve", "Blodprøvetagning", 15, True, "lab"),
    ("Vaccination", "Vaccination", 15, True, "nurse"),
    ("Celleprøve", "Celleprøve fra livmoderhalsen", 15, True, "nurse"),
    ("Årskontrol", "Årskontrol (diabetes, KOL, hjerte)", 30, False, "nurse"),
    ("Sårbehandling", "Sårbehandling", 15, False, "nurse"),
)
# which types each kind of provider sees (a type listed twice is booked twice as often)
TYPES_FOR = {
    "doctor": ("Konsultation", "Konsultation", "Konsultation", "Dobbeltkonsultation", "Telefonkonsultation",
               "Modermærke", "Graviditetsundersøgelse", "Børneundersøgelse"),
    "nurse": ("Vaccination", "Celleprøve", "Årskontrol", "Sårbehandling", "Blodprøve"),
    "lab": ("Blodprøve",),
    "assistant": ("Blodprøve", "Vaccination"),
}

STANDIN = ("Lægerne i Kristrup, Kristrup Engvej 40, 8960 Randers SØ", "86 42 10 10")


def _local_dt(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=COPENHAGEN).astimezone(timezone.utc)


def build_clinics(b: DemoBuild, s) -> None:
    """The clinics, Vestergade's holiday, the appointment types and the providers' hours."""
    b.clinic_ids = {}
    b.clinic_names = {}
    for c in CLINICS:
        clinic = Clinic(
            name=c["name"], display_name=c["display_name"], portal_link=PORTAL_BASE + c["slug"],
            website=c["website"], address=c["address"], phone=c["phone"], email=c["email"],
            yder_number=c["yder_number"], signup_mode=SignupMode.WITH_APPROVAL, econsult_enabled=True,
            renewal_enabled=True, booking_enabled=True, auto_create_appointments=False,
            attachments_allowed=True, max_econsult_length=400, booking_min_notice_days=1,
            booking_max_horizon_days=60, cancellation_limit_hours=48, answer_due_working_days=3,
            created_at=b.now - timedelta(days=900),
        )
        s.add(clinic)
        s.flush()
        # the clinic's own opening hours, read by the same rule as the first-run setup's
        for span in opening_hours.parse_lines(c["hours"]):
            s.add(ClinicOpeningHours(clinic_id=clinic.id, weekday=span.weekday, opens=span.opens,
                                     closes=span.closes))
        b.clinic_ids[c["key"]] = clinic.id
        b.clinic_names[clinic.id] = c["display_name"]
    b.answer_days = 3

    # the holiday: Vestergade closes for a week, starting the Monday after three weeks
    start = b.today + timedelta(days=21)
    start += timedelta(days=(7 - start.weekday()) % 7)
    end = start + timedelta(days=7)
    b.holiday = (b.clinic_ids["B"], start, end)
    last = end - timedelta(days=3)  # the Friday
    msg = (
        f"Lægehuset Vestergade holder ferie fra mandag den {start.day}. {MONTHS_DA[start.month - 1]} til og "
        f"med fredag den {last.day}. {MONTHS_DA[last.month - 1]}. I ferien passes vi af {STANDIN[0]}, "
        f"tlf. {STANDIN[1]}. E-konsultation, receptfornyelse og tidsbestilling er lukket i perioden."
    )
    s.add(HolidayPeriod(
        clinic_id=b.clinic_ids["B"], starts_at=_local_dt(start, time(0, 0)), ends_at=_local_dt(end, time(0, 0)),
        message=msg, standin_clinic=STANDIN[0], standin_phone=STANDIN[1], close_econsult=True,
        close_renewal=True, close_booking=True,
    ))

    b.types = {}
    for _key, cid in b.clinic_ids.items():
        per = {}
        for name, pname, minutes, online, _who in APPOINTMENT_TYPES:
            t = AppointmentType(clinic_id=cid, name=name, patient_name=pname, duration_minutes=minutes,
                                bookable_online=online)
            s.add(t)
            s.flush()
            per[name] = (t.id, minutes, pname)
        b.types[cid] = per

    b.providers = []
    for (key, name, title, display, user, econ, ren, book, comment, kind, long_day) in PROVIDERS:
        p = Provider(
            clinic_id=b.clinic_ids[key], name=name, title=title, display_name=display, econsult_enabled=econ,
            renewal_enabled=ren, booking_enabled=book, booking_comment_required=comment,
        )
        s.add(p)
        s.flush()
        hours = {}
        for wd in range(5):
            if kind == "lab":
                o, c = (7, 30), (12, 0)
            elif kind == "assistant":
                o, c = (8, 0), (14, 0)
            else:
                o, c = _LONG if wd == long_day else _STD
            s.add(OpeningHours(provider_id=p.id, weekday=wd, opens=time(*o), closes=time(*c)))
            hours[wd] = (time(*o), time(*c))
        b.providers.append(dict(
            id=p.id, clinic_id=p.clinic_id, name=name, user=user, econsult=econ, renewal=ren,
            booking=book, comment=comment, kind=kind, hours=hours,
        ))
    s.flush()


def build_staff(b: DemoBuild, s) -> None:
    """The staff with their demo logins, linked to their providers; who answers what per clinic."""
    b.staff_ids = {}
    b.staff_by_clinic = {cid: [] for cid in b.clinic_ids.values()}
    for username, full, initials, roles in STAFF:
        memberships = {b.clinic_ids[k]: r for k, r in roles.items()}
        user = auth.create_staff(s, username, full, DEMO_PASSWORD, memberships, initials=initials, demo=True)
        user.created_at = b.now - timedelta(days=400)
        b.staff_ids[username] = user.id
        for cid, role in memberships.items():
            b.staff_by_clinic[cid].append((user.id, role))
    for p in b.providers:
        if p["user"]:
            s.get(Provider, p["id"]).staff_id = b.staff_ids[p["user"]]
    s.flush()
    b.clinicians = {cid: [sid for sid, r in lst if r in (Role.DOCTOR, Role.NURSE)]
                    for cid, lst in b.staff_by_clinic.items()}
    b.doctors = {cid: [sid for sid, r in lst if r == Role.DOCTOR] for cid, lst in b.staff_by_clinic.items()}
    b.desk = {cid: [sid for sid, _r in lst] for cid, lst in b.staff_by_clinic.items()}


def build_pharmacies_and_phrases(b: DemoBuild, s) -> None:
    b.pharmacy_ids = []
    for name, address in PHARMACIES:
        ph = Pharmacy(name=name, address=address)
        s.add(ph)
        s.flush()
        b.pharmacy_ids.append(ph.id)
    b.n_phrases = 0
    for cid in b.clinic_ids.values():
        for abbr, title, body in STOCK_PHRASES:
            if abbr == "mvh":
                body = f"Med venlig hilsen\n{b.clinic_names[cid]}"
            v = check_phrase(PhraseValues(abbr, title, body))  # the dialog's own checks
            s.add(StockPhrase(clinic_id=cid, abbreviation=v.abbreviation, title=v.title, body=v.body))
            b.n_phrases += 1
    # a personal phrase each for the doctor and the receptionist (their own, at clinic A)
    for username, (abbr, title, body) in PERSONAL_PHRASES.items():
        v = check_phrase(PhraseValues(abbr, title, body))
        s.add(StockPhrase(clinic_id=b.clinic_ids["A"], owner_id=b.staff_ids[username], abbreviation=v.abbreviation,
                          title=v.title, body=v.body))
        b.n_phrases += 1
    s.flush()
