"""The demo clinic: a realistic (invented) Danish practice in an empty database.

``build_demo(db, seed=1, patients=2000, items=None)`` fills a migrated, empty
database with two clinics that share a staff member, providers with opening
hours and bookable slots, staff in every role (fixed demo logins, ``DEMO_USERS``),
patients with valid CPR numbers (some failing modulus-11, a few substitute
numbers), guardianships, portal accounts, medication lists, a month of
appointments and an inbox with items of every kind and status.

The same seed gives the same content (names, CPR numbers, texts); times are
relative to ``now`` (default: the clock), and the patients' birth dates to the
year of ``now``. The first few hundred inbox items are rich; a large ``items``
count adds simpler items with bulk inserts (a million in a few minutes).

Nothing here is a real person: names are common Danish names combined at
random, mail addresses use reserved example domains.
"""

from __future__ import annotations

import hashlib
import logging
import operator
import queue
import random
import sqlite3
import threading
import struct
import time as _time
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text, func, select, text
from sqlalchemy import Enum as SAEnum

from clinicdesk.domain.constants import COPENHAGEN
from clinicdesk import demo_texts as T
from clinicdesk.models import (
    Appointment,
    AppointmentType,
    Attachment,
    AuditEntry,
    BookingRequest,
    Clinic,
    ClinicPatient,
    Guardianship,
    HolidayPeriod,
    InboxItem,
    Medication,
    Message,
    OpeningHours,
    Patient,
    Pharmacy,
    PortalAccount,
    Provider,
    RenewalLine,
    RenewalRequest,
    SignupRequest,
    Slot,
    StockPhrase,
    utcnow,
)
from clinicdesk.db import BUSY_TIMEOUT_MS
from clinicdesk.models.base import UTCDateTime
from clinicdesk.domain.enums import (
    AppointmentStatus,
    BookingOutcome,
    ItemKind,
    ItemStatus,
    LineDecision,
    LoginMethod,
    MessageDirection,
    PortalAccountStatus,
    Priority,
    RightMode,
    Role,
    SignupDecision,
    SignupMode,
    SlotStatus,
)
from clinicdesk.services import audit, auth, workdays
from clinicdesk.services.audit import Action
from clinicdesk.domain.errors import ClinicDeskError

log = logging.getLogger(__name__)

COPENHAGEN = workdays.COPENHAGEN
DEMO_PASSWORD = "Demo1234!"
# Portal password of the demo patients who log in with password + security code.
DEMO_PORTAL_PASSWORD = "Portal1234!"

# (username, password, what the login is) – printed by `clinicdesk demo`, used by README and tests.
DEMO_USERS: list[tuple[str, str, str]] = [
    ("admin", DEMO_PASSWORD, "Administrator, Lægerne i Søndergade"),
    ("laege", DEMO_PASSWORD, "Læge, Lægerne i Søndergade"),
    ("sekretaer", DEMO_PASSWORD, "Sekretær, Lægerne i Søndergade"),
    ("sygeplejerske", DEMO_PASSWORD, "Sygeplejerske, Lægerne i Søndergade"),
    ("delt", DEMO_PASSWORD, "Delt personale: sekretær i Søndergade, administrator i Vestergade"),
    ("vestlaege", DEMO_PASSWORD, "Læge, Lægehuset Vestergade"),
]

DEFAULT_REALISTIC_ITEMS = 300
MAX_RICH_ITEMS = 400  # items beyond this are the simpler bulk kind
BULK_BATCH = 20000


class DemoRefused(ClinicDeskError):
    code = "demo_not_empty"
    default_message = (
        "Databasen indeholder allerede klinikdata, så demoklinikken bygges ikke oven i den. "
        "Brug en ny database (--db sqlite:///sti/til/ny.db) eller slet databasefilen og prøv igen."
    )


@dataclass(frozen=True)
class DemoSummary:
    clinics: int
    providers: int
    staff: int
    patients: int
    children: int
    substitute_numbers: int
    mod11_failures: int
    guardianships: int
    portal_accounts: int
    medications: int
    pharmacies: int
    slots: int
    appointments: int
    items: int
    messages: int
    attachments: int
    stock_phrases: int
    audit_entries: int
    seconds: float

    def lines_da(self) -> list[str]:
        return [
            f"Klinikker: {self.clinics}, behandlere: {self.providers}, personale: {self.staff}",
            f"Patienter: {self.patients} (heraf {self.children} børn under 15, {self.substitute_numbers} med "
            f"erstatningspersonnummer, {self.mod11_failures} CPR-numre uden modulus 11-kontrol)",
            f"Portalbrugere: {self.portal_accounts}, medicinlinjer: {self.medications}, apoteker: {self.pharmacies}",
            f"Ledige og bookede tider: {self.slots}, aftaler: {self.appointments}",
            f"Indbakke: {self.items} henvendelser, {self.messages} beskeder, {self.attachments} vedhæftede filer",
            f"Standardtekster: {self.stock_phrases}, revisionsspor: {self.audit_entries} poster",
            f"Tid: {self.seconds:.1f} s",
        ]


# -- small deterministic helpers ------------------------------------------------------------


def _rng(seed: int, part: str) -> random.Random:
    """An independent stream per part, so one part's size never shifts another's content."""
    return random.Random(f"clinicdesk-demo/{seed}/{part}")


def _weighted(rng: random.Random, pairs):
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(names, weights)[0]


_MOD11_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _mod11_sum(digits: str) -> int:
    return sum(int(c) * w for c, w in zip(digits, _MOD11_WEIGHTS))


def _century_digits(year: int) -> list[int]:
    """Which 7th digits give this birth year (DOMAIN.md: the century rules)."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    if 2000 <= year <= 2036:
        return [4, 9] + [5, 6, 7, 8]
    if 2037 <= year <= 2057:
        return [5, 6, 7, 8]
    if 1858 <= year <= 1899:
        return [5, 6, 7, 8]
    raise ValueError("no CPR century for that year")


def make_cpr(rng: random.Random, birth: date, female: bool, *, mod11: bool = True) -> str:
    """A CPR number for a birth date and sex; ``mod11=False`` gives one that fails the check."""
    prefix = birth.strftime("%d%m%y")
    choices = _century_digits(birth.year)
    # real numbers mostly use the "plain" digits: 0-3 in the 1900s, 4 after 2000
    preferred = [c for c in choices if c in (0, 1, 2, 3)] if birth.year < 2000 else [4]
    while True:
        seventh = rng.choice(preferred) if rng.random() < 0.9 else rng.choice(choices)
        body = f"{prefix}{seventh}{rng.randrange(100):02d}"
        s = _mod11_sum(body)  # last digit has weight 1
        if mod11:
            last = (-s) % 11
            if last == 10 or (last % 2 == 0) != female:
                continue
        else:
            options = [d for d in range(10) if (d % 2 == 0) == female and (s + d) % 11 != 0]
            last = rng.choice(options)
        return body + str(last)


def make_substitute_cpr(rng: random.Random, birth: date, female: bool) -> str:
    """A health-sector substitute number ``DDMMYYCAAG`` (e.g. 0203291WQ3)."""
    century = rng.choice([c for c in _century_digits(birth.year) if c in (0, 1, 2, 3, 4)] or [5])
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
    last = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    return f"{birth.strftime('%d%m%y')}{century}{letters}{last}"


def _ascii(s: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ć": "c", "ü": "u", " ": ""})
    return s.lower().translate(table)


def tiny_png(rgb: tuple[int, int, int] = (200, 80, 80), size: int = 16) -> bytes:
    """A real, valid PNG (a small coloured square with a darker spot)."""
    w = h = size
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            dark = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (w / 5) ** 2
            r, g, b = rgb
            row += bytes((r // 2, g // 2, b // 2) if dark else (r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def tiny_pdf(lines: list[str]) -> bytes:
    """A real, valid one-page PDF with a few lines of text (Latin-1, WinAnsi)."""
    content = ["BT", "/F1 12 Tf", "50 780 Td", "16 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({safe}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# -- the fixed part: clinics, providers, staff ----------------------------------------------

CLINICS = (
    dict(
        key="A", name="Lægerne i Søndergade I/S", display_name="Lægerne i Søndergade",
        slug="laegerne-i-soendergade", address="Søndergade 27, 1. sal, 8000 Aarhus C", phone="86 12 34 50",
        email="kontakt@laegerne-soendergade.example.dk", website="https://laegerne-soendergade.example.dk",
        yder_number="041234",
    ),
    dict(
        key="B", name="Lægehuset Vestergade", display_name="Lægehuset Vestergade",
        slug="laegehuset-vestergade", address="Vestergade 12, 8900 Randers C", phone="86 41 22 00",
        email="post@laegehuset-vestergade.example.dk", website="https://laegehuset-vestergade.example.dk",
        yder_number="052871",
    ),
)
PORTAL_BASE = "https://patientportal.example.dk/klinik/"

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
# comment required, opening hours per weekday (Mon..Fri) as (opens, closes)
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
_TYPES_FOR = {
    "doctor": ("Konsultation", "Konsultation", "Konsultation", "Dobbeltkonsultation", "Telefonkonsultation",
               "Modermærke", "Graviditetsundersøgelse", "Børneundersøgelse"),
    "nurse": ("Vaccination", "Celleprøve", "Årskontrol", "Sårbehandling", "Blodprøve"),
    "lab": ("Blodprøve",),
    "assistant": ("Blodprøve", "Vaccination"),
}

STANDIN = ("Lægerne i Kristrup, Kristrup Engvej 40, 8960 Randers SØ", "86 42 10 10")


# -- the builder ------------------------------------------------------------------------------


class _Builder:
    def __init__(self, db, seed: int, n_patients: int, n_items: int, now: datetime):
        self.db = db
        self.seed = seed
        self.n_patients = n_patients
        self.n_items = n_items
        self.now = now
        self.today = now.astimezone(COPENHAGEN).date()
        self.rows: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self._due_cache: dict = {}

    # ids are assigned here (the database is empty of these tables), so rows can point at
    # each other before anything is written and bulk inserts need no RETURNING
    def _next_ids(self, s) -> None:
        self.ids = {}
        for model in (Patient, PortalAccount, ClinicPatient, Guardianship, Medication, Slot, Appointment,
                      InboxItem, Message, Attachment, RenewalLine):
            self.ids[model.__tablename__] = (s.execute(select(func.max(model.id))).scalar() or 0) + 1

    def new_id(self, table: str) -> int:
        i = self.ids[table]
        self.ids[table] = i + 1
        return i

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)
        self.counts[table] = self.counts.get(table, 0) + 1

    def flush_rows(self, conn) -> None:
        unknown = set(self.rows) - set(_FLUSH_ORDER)
        assert not unknown, unknown
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-131072")  # 128 MB while building: index inserts
        for name in _FLUSH_ORDER:
            rows = _pop_rows(self.rows, name)
            if rows:
                _bulk_insert(conn, _TABLES[name], rows)

    # -- run -----------------------------------------------------------------------------
    def run(self) -> DemoSummary:
        started = _time.perf_counter()
        db = self.db
        with db.write_session() as s:
            if s.execute(select(func.count(Clinic.id))).scalar() or s.execute(
                select(func.count(Patient.id))
            ).scalar() or s.execute(select(func.count(InboxItem.id))).scalar():
                raise DemoRefused()
            self._next_ids(s)
            n_rich = min(self.n_items, MAX_RICH_ITEMS)
            # the bulk items are older than the rich ones, so they get the lower ids
            self.bulk_item_base = self.ids["inbox_item"] - 1
            self.ids["inbox_item"] += self.n_items - n_rich
            self._clinics(s)
            self._staff(s)
            self._pharmacies_and_phrases(s)
            self._patients()
            self._slots_and_appointments()
            self._rich_items(n_rich)
            self.flush_rows(s.connection())
        self._bulk_items(self.n_items - n_rich)
        with db.write_session() as s:
            if db.is_sqlite:
                s.execute(text("PRAGMA cache_size=-2000"))  # back to the default
            self._audit(s)
            if not db.is_sqlite:
                _fix_sequences(s)
            n_audit = s.execute(select(func.count(AuditEntry.id))).scalar()
        c = self.counts
        return DemoSummary(
            clinics=len(self.clinic_ids),
            providers=len(self.providers),
            staff=len(self.staff_ids),
            patients=c.get("patient", 0),
            children=self.n_children,
            substitute_numbers=self.n_ecpr,
            mod11_failures=self.n_mod11_fail,
            guardianships=c.get("guardianship", 0),
            portal_accounts=c.get("portal_account", 0),
            medications=c.get("medication", 0),
            pharmacies=len(self.pharmacy_ids),
            slots=c.get("slot", 0),
            appointments=c.get("appointment", 0),
            items=c.get("inbox_item", 0),
            messages=c.get("message", 0),
            attachments=c.get("attachment", 0),
            stock_phrases=self.n_phrases,
            audit_entries=n_audit,
            seconds=round(_time.perf_counter() - started, 2),
        )

    # -- clinics, providers, opening hours, types, holiday -----------------------------------
    def _clinics(self, s) -> None:
        self.clinic_ids: dict[str, int] = {}
        self.clinic_names: dict[int, str] = {}
        for c in CLINICS:
            clinic = Clinic(
                name=c["name"], display_name=c["display_name"], portal_link=PORTAL_BASE + c["slug"],
                website=c["website"], address=c["address"], phone=c["phone"], email=c["email"],
                yder_number=c["yder_number"], signup_mode=SignupMode.WITH_APPROVAL, econsult_enabled=True,
                renewal_enabled=True, booking_enabled=True, auto_create_appointments=False,
                attachments_allowed=True, max_econsult_length=400, booking_min_notice_days=1,
                booking_max_horizon_days=60, cancellation_limit_hours=48, answer_due_working_days=3,
                created_at=self.now - timedelta(days=900),
            )
            s.add(clinic)
            s.flush()
            self.clinic_ids[c["key"]] = clinic.id
            self.clinic_names[clinic.id] = c["display_name"]
        self.answer_days = 3

        # the holiday: Vestergade closes for a week, starting the Monday after three weeks
        start = self.today + timedelta(days=21)
        start += timedelta(days=(7 - start.weekday()) % 7)
        end = start + timedelta(days=7)
        self.holiday = (self.clinic_ids["B"], start, end)
        last = end - timedelta(days=3)  # the Friday
        msg = (
            f"Lægehuset Vestergade holder ferie fra mandag den {start.day}. {T.MONTHS_DA[start.month - 1]} til og "
            f"med fredag den {last.day}. {T.MONTHS_DA[last.month - 1]}. I ferien passes vi af {STANDIN[0]}, "
            f"tlf. {STANDIN[1]}. E-konsultation, receptfornyelse og tidsbestilling er lukket i perioden."
        )
        s.add(HolidayPeriod(
            clinic_id=self.clinic_ids["B"], starts_at=_local_dt(start, time(0, 0)), ends_at=_local_dt(end, time(0, 0)),
            message=msg, standin_clinic=STANDIN[0], standin_phone=STANDIN[1], close_econsult=True,
            close_renewal=True, close_booking=True,
        ))

        self.types: dict[int, dict[str, tuple[int, int, str]]] = {}
        for key, cid in self.clinic_ids.items():
            per = {}
            for name, pname, minutes, online, _who in APPOINTMENT_TYPES:
                t = AppointmentType(clinic_id=cid, name=name, patient_name=pname, duration_minutes=minutes,
                                    bookable_online=online)
                s.add(t)
                s.flush()
                per[name] = (t.id, minutes, pname)
            self.types[cid] = per

        self.providers: list[dict] = []
        for (key, name, title, display, _user, econ, ren, book, comment, kind, long_day) in PROVIDERS:
            p = Provider(
                clinic_id=self.clinic_ids[key], name=name, title=title, display_name=display, econsult_enabled=econ,
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
            self.providers.append(dict(
                id=p.id, clinic_id=p.clinic_id, name=name, user=_user, econsult=econ, renewal=ren,
                booking=book, comment=comment, kind=kind, hours=hours,
            ))
        s.flush()

    def _staff(self, s) -> None:
        self.staff_ids: dict[str, int] = {}
        self.staff_by_clinic: dict[int, list[tuple[int, Role]]] = {cid: [] for cid in self.clinic_ids.values()}
        for username, full, initials, roles in STAFF:
            memberships = {self.clinic_ids[k]: r for k, r in roles.items()}
            user = auth.create_staff(s, username, full, DEMO_PASSWORD, memberships, initials=initials)
            user.created_at = self.now - timedelta(days=400)
            self.staff_ids[username] = user.id
            for cid, role in memberships.items():
                self.staff_by_clinic[cid].append((user.id, role))
        for p in self.providers:
            if p["user"]:
                s.get(Provider, p["id"]).staff_id = self.staff_ids[p["user"]]
        s.flush()
        # who answers what, per clinic
        self.clinicians = {cid: [sid for sid, r in lst if r in (Role.DOCTOR, Role.NURSE)]
                           for cid, lst in self.staff_by_clinic.items()}
        self.doctors = {cid: [sid for sid, r in lst if r == Role.DOCTOR] for cid, lst in self.staff_by_clinic.items()}
        self.desk = {cid: [sid for sid, _r in lst] for cid, lst in self.staff_by_clinic.items()}

    def _pharmacies_and_phrases(self, s) -> None:
        self.pharmacy_ids = []
        for name, address in T.PHARMACIES:
            ph = Pharmacy(name=name, address=address)
            s.add(ph)
            s.flush()
            self.pharmacy_ids.append(ph.id)
        self.n_phrases = 0
        for cid in self.clinic_ids.values():
            for abbr, title, body in T.STOCK_PHRASES:
                if abbr == "mvh":
                    body = f"Med venlig hilsen\n{self.clinic_names[cid]}"
                s.add(StockPhrase(clinic_id=cid, abbreviation=abbr, title=title, body=body))
                self.n_phrases += 1
        s.flush()

    # -- patients ---------------------------------------------------------------------------
    def _patients(self) -> None:
        rng = _rng(self.seed, "patients")
        n = self.n_patients
        year = self.now.astimezone(COPENHAGEN).year
        ref = date(year, 1, 1)
        child_cutoff = date(year - 14, 1, 1)  # born on/after: under 15 all year
        gap_start = date(year - 15, 1, 1)  # nobody born in the year before (no 14-year-old adults)
        # age bands of 5 years, weights shaped like a practice's list
        band_w = (5, 5, 5.5, 5.5, 6, 6.5, 6.5, 6, 6, 6.5, 7, 7, 6.5, 6, 6, 5.5, 4, 2.5, 1.2, 0.4)
        people = []
        cprs: set[str] = set()
        for i in range(n):
            band = rng.choices(range(len(band_w)), band_w)[0]
            days = rng.randrange(band * 1826, band * 1826 + 1826)
            birth = ref - timedelta(days=days + 1)
            if gap_start <= birth < child_cutoff:
                birth -= timedelta(days=366)
            female = rng.random() < 0.51
            group = ("kids" if birth.year >= 2010 else "young" if birth.year >= 1990 else
                     "genx" if birth.year >= 1970 else "boomer" if birth.year >= 1950 else "old")
            first = rng.choice(T.FIRST_NAMES[group][0 if female else 1])
            if rng.random() < 0.1:
                second = rng.choice(T.SECOND_FIRST["F" if female else "M"])
                if second != first:
                    first = f"{first} {second}"
            last = _weighted(rng, T.LAST_NAMES)
            if rng.random() < 0.12:
                middle = rng.choice(T.MIDDLE_SURNAMES)
                if middle != last:
                    last = f"{middle} {last}"
            people.append(dict(birth=birth, female=female, first=first, last=last,
                               child=birth >= child_cutoff, r=rng.random()))

        # which numbers fail modulus-11 (mostly born after 2007) and which are substitute numbers
        n_fail = max(3, n * 3 // 100)
        n_ecpr = max(2, n // 250)
        young = [i for i, p in enumerate(people) if p["birth"].year >= 2007]
        rest = [i for i, p in enumerate(people) if p["birth"].year < 2007]
        fail = set(rng.sample(young, min(len(young), n_fail * 2 // 3)))
        fail |= set(rng.sample(rest, min(len(rest), n_fail - len(fail))))
        adults = [i for i, p in enumerate(people) if not p["child"] and i not in fail]
        ecpr = set(rng.sample(adults, min(len(adults), n_ecpr)))
        self.n_mod11_fail = len(fail)
        self.n_ecpr = len(ecpr)
        for i, p in enumerate(people):
            while True:
                if i in ecpr:
                    cpr = make_substitute_cpr(rng, p["birth"], p["female"])
                else:
                    cpr = make_cpr(rng, p["birth"], p["female"], mod11=i not in fail)
                if cpr not in cprs:
                    break
            cprs.add(cpr)
            p["cpr"] = cpr
            p["ecpr"] = i in ecpr
        self.cprs = cprs

        # clinics, families, contact data
        cid_a, cid_b = self.clinic_ids["A"], self.clinic_ids["B"]
        for p in people:
            p["clinic"] = cid_a if rng.random() < 0.68 else cid_b
        parents_by_clinic = {cid_a: [], cid_b: []}
        for i, p in enumerate(people):
            age = self.today.year - p["birth"].year
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
        for i, p in enumerate(people):
            streets, posts = ((T.STREETS_AARHUS, T.POSTCODES_AARHUS) if p["clinic"] == cid_a
                              else (T.STREETS_RANDERS, T.POSTCODES_RANDERS))
            post = rng.choice(posts)
            p["address"] = f"{rng.choice(streets)} {rng.randint(1, 140)}{rng.choice(T.FLOORS)}, {post[0]} {post[1]}"
            if not p["child"] and rng.random() < 0.88:
                local = f"{_ascii(p['first'].split()[0])}.{_ascii(p['last'].split()[-1])}"
                if rng.random() < 0.5:
                    local += str(rng.randint(1, 99))
                p["email"] = f"{local}@{rng.choice(T.MAIL_DOMAINS)}"
            else:
                p["email"] = ""
            p["mobile"] = (rng.choice(T.MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
                           if not p["child"] and rng.random() < 0.93 else "")
            p["mitid"] = not p["child"] and not p["ecpr"] and rng.random() < 0.97
        for child, g in guardians:
            people[child]["address"] = people[g]["address"]

        # ids and rows
        for p in people:
            p["id"] = self.new_id("patient")
            self.add("patient", dict(
                id=p["id"], cpr=p["cpr"], first_name=p["first"], last_name=p["last"], birth_date=p["birth"],
                email=p["email"], mobile=p["mobile"], address=p["address"], has_mitid=p["mitid"],
                created_at=self.now - timedelta(days=rng.randint(30, 3000)), version=1,
            ))
        for child, g in guardians:
            self.add("guardianship", dict(id=self.new_id("guardianship"), child_id=people[child]["id"],
                                          guardian_id=people[g]["id"]))
        self.n_children = sum(1 for p in people if p["child"])

        # portal accounts
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
                deleted_at = self.now - timedelta(days=rng.randint(20, 200))
            elif not p["child"] and recreated < 2 and status == PortalAccountStatus.ACTIVE and rng.random() < 0.01:
                times_deleted, recreated = 1, recreated + 1
            created = self.now - timedelta(days=rng.randint(40, 2500), minutes=rng.randint(0, 1440))
            email, mobile, confirm = p["email"], p["mobile"], False
            if not p["child"] and email and rng.random() < 0.03:
                email, confirm = "ny." + email, True
            if p["child"]:
                g = next(gg for c, gg in guardians if c == i)
                email, mobile = people[g]["email"], people[g]["mobile"]
            p["account"] = status
            self.add("portal_account", dict(
                id=self.new_id("portal_account"), patient_id=p["id"], status=status, login_method=method,
                password_hash=portal_hash if method == LoginMethod.SECURITY_CODE else "",
                email=email, mobile=mobile, confirm_contact_at_next_login=confirm,
                activation_token=("%032x" % rng.getrandbits(128)) if status == PortalAccountStatus.PENDING else None,
                created_at=created,
                activated_at=created + timedelta(hours=rng.randint(1, 48)) if status in (
                    PortalAccountStatus.ACTIVE, PortalAccountStatus.BLOCKED) else None,
                deleted_at=deleted_at, times_deleted=times_deleted, version=1,
            ))

        # registrations and rights
        doctors_at = {cid: [pr["id"] for pr in self.providers
                            if pr["clinic_id"] == cid and pr["kind"] == "doctor" and pr["renewal"]]
                      for cid in self.clinic_ids.values()}
        special = iter(rng.sample(range(n), min(n, 12)))
        forced = {next(special, -1): "receive_only", next(special, -1): "receive_only",
                  next(special, -1): "blocked_booking", next(special, -1): "blocked_all"}
        for i, p in enumerate(people):
            clinics = [p["clinic"]]
            if not p["child"] and rng.random() < 0.04:
                clinics.append(cid_b if p["clinic"] == cid_a else cid_a)
            p["clinics"] = clinics
            for cid in clinics:
                e = r = b = RightMode.ALLOWED
                x = rng.random()
                mode = forced.get(i) if cid == p["clinic"] else None
                if mode == "receive_only" or (mode is None and x < 0.02):
                    e = RightMode.RECEIVE_ONLY
                elif mode == "blocked_booking" or (mode is None and x < 0.03):
                    b = RightMode.BLOCKED
                elif mode == "blocked_all" or (mode is None and x < 0.035):
                    e = r = b = RightMode.BLOCKED
                registered = None
                if p["account"] == PortalAccountStatus.ACTIVE:
                    registered = self.now - timedelta(days=rng.randint(10, 900))
                p.setdefault("rights", {})[cid] = e
                self.add("clinic_patient", dict(
                    id=self.new_id("clinic_patient"), clinic_id=cid, patient_id=p["id"],
                    own_doctor_id=rng.choice(doctors_at[cid]), portal_registered_at=registered,
                    econsult_right=e, renewal_right=r, booking_right=b, version=1,
                ))

        # medication lists
        addictive_forced = set(rng.sample([i for i, p in enumerate(people) if not p["child"]],
                                          min(n // 40 + 3, sum(1 for p in people if not p["child"]))))
        drugs = T.DRUGS
        plain = [d for d in drugs if not d[4]]
        addictive = [d for d in drugs if d[4]]
        for i, p in enumerate(people):
            age = self.today.year - p["birth"].year
            prob = 0.05 if age < 15 else 0.2 if age < 40 else 0.45 if age < 65 else 0.8
            p["meds"] = []
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
                mid = self.new_id("medication")
                repeats = 0 if rng.random() < 0.6 else rng.randint(1, 3)
                active = rng.random() < 0.95
                self.add("medication", dict(
                    id=mid, patient_id=p["id"], drug_name=name, strength=strength, dosage=dosage, atc_code=atc,
                    addictive=addict, repeats_left=repeats, active=active, version=1,
                ))
                if active:
                    p["meds"].append((mid, f"{name} {strength}", addict, repeats))
        self.people = people
        self.guardians = guardians
        # pools for the inbox: patients who can write from the portal, per clinic
        self.pool_adult = {cid: [] for cid in self.clinic_ids.values()}
        self.pool_woman = {cid: [] for cid in self.clinic_ids.values()}
        self.pool_child = {cid: [] for cid in self.clinic_ids.values()}
        self.pool_meds = {cid: [] for cid in self.clinic_ids.values()}
        self.pool_no_account = {cid: [] for cid in self.clinic_ids.values()}
        guardian_of = {}
        for c, g in self.guardians:
            guardian_of.setdefault(c, g)
        self.guardian_of = guardian_of
        for i, p in enumerate(people):
            for cid in p["clinics"]:
                if p["ecpr"]:
                    continue
                if p["account"] is None and not p["child"]:
                    self.pool_no_account[cid].append(i)
                if p["child"]:
                    if people[guardian_of[i]]["account"] == PortalAccountStatus.ACTIVE:
                        self.pool_child[cid].append(i)
                elif p["account"] == PortalAccountStatus.ACTIVE:
                    self.pool_adult[cid].append(i)
                    age = self.today.year - p["birth"].year
                    if p["female"] and 18 <= age <= 45:
                        self.pool_woman[cid].append(i)
                    if p["meds"]:
                        self.pool_meds[cid].append(i)
        for pools in (self.pool_woman, self.pool_child, self.pool_meds, self.pool_no_account):
            for cid in pools:
                if not pools[cid]:
                    pools[cid] = self.pool_adult[cid] or [i for i, p in enumerate(people) if not p["child"]]
        for cid in self.pool_adult:
            if not self.pool_adult[cid]:
                self.pool_adult[cid] = [i for i, p in enumerate(people) if not p["child"]]
        self.deleted_patient = next((i for i, p in enumerate(people) if p["account"] == PortalAccountStatus.DELETED),
                                    None)

    # -- slots and appointments ---------------------------------------------------------------
    def _slots_and_appointments(self) -> None:
        rng = _rng(self.seed, "calendar")
        hol_cid, hol_start, hol_end = self.holiday
        self.free_slots: dict[int, list[list]] = {}  # provider id -> [slot row, ...] (future, free)
        lunch = (time(11, 30), time(12, 0))
        for pr in self.providers:
            cid = pr["clinic_id"]
            free = self.free_slots.setdefault(pr["id"], [])
            types = [self.types[cid][name] for name in _TYPES_FOR[pr["kind"]]]
            patients = self.pool_adult[cid] + self.pool_child[cid]
            for offset in range(-16, 29):
                day = self.today + timedelta(days=offset)
                if not workdays.is_working_day(day):
                    continue
                if cid == hol_cid and hol_start <= day < hol_end:
                    continue
                opens, closes = pr["hours"][day.weekday()]
                starts = []
                t = datetime.combine(day, opens)
                while (t + timedelta(minutes=15)).time() <= closes and t.date() == day:
                    if not (lunch[0] <= t.time() < lunch[1]):
                        starts.append(t)
                    t += timedelta(minutes=15)
                past_day = offset < 0
                density = (0.75 if past_day else 0.7 if offset < 7 else 0.5 if offset < 14 else 0.3
                           if offset < 21 else 0.15)
                j = 0
                while j < len(starts):
                    local = starts[j]
                    start_utc = local.replace(tzinfo=COPENHAGEN).astimezone(timezone.utc)
                    future = start_utc > self.now
                    slot = None
                    if future:
                        blocked = day.weekday() == 2 and local.time() >= time(14, 0) and pr["kind"] == "doctor"
                        slot = dict(id=self.new_id("slot"), provider_id=pr["id"], starts_at=start_utc,
                                    ends_at=start_utc + timedelta(minutes=15),
                                    status=SlotStatus.BLOCKED if blocked else SlotStatus.FREE, version=1)
                        self.add("slot", slot)
                        if blocked:
                            j += 1
                            continue
                    if rng.random() >= density:
                        if slot is not None:
                            free.append(slot)
                        j += 1
                        continue
                    type_id, minutes, _pname = rng.choice(types)
                    span = 2 if (minutes == 30 and j + 1 < len(starts)
                                 and starts[j + 1] - local == timedelta(minutes=15)) else 1
                    pi = rng.choice(patients)
                    x = rng.random()
                    if future:
                        status = (AppointmentStatus.BOOKED if x < 0.94 else AppointmentStatus.CANCELLED_BY_PATIENT
                                  if x < 0.98 else AppointmentStatus.CANCELLED_BY_CLINIC)
                    else:
                        status = (AppointmentStatus.ATTENDED if x < 0.85 else AppointmentStatus.NO_SHOW if x < 0.9
                                  else AppointmentStatus.CANCELLED_BY_PATIENT if x < 0.96
                                  else AppointmentStatus.CANCELLED_BY_CLINIC)
                    cancelled = status in (AppointmentStatus.CANCELLED_BY_PATIENT, AppointmentStatus.CANCELLED_BY_CLINIC)
                    created = start_utc - timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600))
                    created = min(created, self.now - timedelta(minutes=5))
                    cancelled_at = None
                    if cancelled:
                        cancelled_at = max(min(start_utc - timedelta(hours=rng.randint(2, 72)), self.now), created)
                    comment = rng.choice(T.BOOKING_COMMENTS) if rng.random() < 0.3 else ""
                    self.add("appointment", dict(
                        id=self.new_id("appointment"), clinic_id=cid, patient_id=self.people[pi]["id"],
                        provider_id=pr["id"], appointment_type_id=type_id, slot_id=slot["id"] if slot else None,
                        starts_at=start_utc, ends_at=start_utc + timedelta(minutes=15 * span), status=status,
                        comment=comment, booked_online=rng.random() < 0.4, created_at=created,
                        cancelled_at=cancelled_at, version=1,
                    ))
                    if slot is None:  # the past: no slot rows, the appointment keeps its time
                        j += span
                    elif cancelled:  # freed again
                        free.append(slot)
                        j += 1
                    else:
                        slot["status"] = SlotStatus.BOOKED
                        if span == 2:  # the next quarter is taken as well
                            s2 = starts[j + 1].replace(tzinfo=COPENHAGEN).astimezone(timezone.utc)
                            self.add("slot", dict(id=self.new_id("slot"), provider_id=pr["id"], starts_at=s2,
                                                  ends_at=s2 + timedelta(minutes=15), status=SlotStatus.BOOKED,
                                                  version=1))
                        j += span

    # -- inbox: helpers -----------------------------------------------------------------------
    def _due(self, received: datetime):
        return workdays.due_date_for(received, self.answer_days)

    def _item_row(self, **kw) -> dict:
        row = dict(
            id=None, clinic_id=None, kind=None, status=ItemStatus.NEW, priority=Priority.NORMAL, patient_id=None,
            provider_id=None, subject="", preview="", received_at=None, due_date=None, unread=True, via_app=False,
            claimed_by_id=None, claimed_at=None, claim_expires_at=None, assigned_to_id=None, assigned_role=None,
            closed_reason="", done_at=None, done_by_id=None, changed_at=None, version=1,
        )
        row.update(kw)
        return row

    def _msg(self, item_id, direction, body, at, author=None, read_at=None) -> int:
        mid = self.new_id("message")
        self.add("message", dict(id=mid, item_id=item_id, direction=direction, author_staff_id=author, body=body,
                                 created_at=at, read_by_patient_at=read_at, supersedes_id=None))
        return mid

    def _attach(self, message_id: int, filename: str, data: bytes, content_type: str) -> None:
        self.add("attachment", dict(id=self.new_id("attachment"), message_id=message_id, filename=filename,
                                    content_type=content_type, size=len(data),
                                    sha256=hashlib.sha256(data).hexdigest(), data=data))

    def _fill(self, rng, template: str, first: str) -> str:
        month = T.MONTHS_DA[(self.today.month + rng.randint(0, 4)) % 12]
        return template.format(
            n=rng.randint(2, 10), uger=rng.randint(2, 6), medicin=rng.choice(T.DRUGS[:24])[0],
            by=rng.choice(T.TOWNS), maaned=month, fornavn=first.split()[0],
        )

    def _take_free_slot(self, rng, provider_id: int, *, keep: bool = True):
        """A free future slot of this provider at least a day ahead (None if there is none)."""
        free = [s for s in self.free_slots.get(provider_id, ())
                if s["status"] == SlotStatus.FREE and s["starts_at"] > self.now + timedelta(days=1)]
        if not free:
            return None
        slot = rng.choice(free)
        if not keep:
            slot["status"] = SlotStatus.BOOKED
        return slot

    # -- inbox: the rich part -------------------------------------------------------------------
    def _rich_items(self, count: int) -> None:
        rng = _rng(self.seed, "items")
        kinds = [ItemKind.ECONSULT, ItemKind.RENEWAL, ItemKind.BOOKING, ItemKind.SIGNUP]
        statuses = [ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT, ItemStatus.DONE]
        forced = [(k, st) for k in kinds for st in statuses]
        scenarios = list(T.ECONSULT_SCENARIOS)
        rng.shuffle(scenarios)
        png_colors = [(214, 120, 110), (190, 150, 120), (170, 90, 90), (220, 180, 160)]
        signup_variants = ["deleted", "child", "unknown", "known", "unknown", "child_known", "known"]
        n_signup = 0
        econ_i = 0
        cid_a = self.clinic_ids["A"]
        for i in range(count):
            if i < len(forced):
                kind, status = forced[i]
                age_days = rng.uniform(0.05, 2.5) if status == ItemStatus.NEW else rng.uniform(0.5, 4)
                if i in (0, 5):  # a couple of overdue ones
                    age_days = rng.uniform(8, 14)
            else:
                kind = rng.choices(kinds, (55, 25, 12, 8))[0]
                age_days = min(rng.expovariate(1 / 8), 45)
                if age_days < 2:
                    w = (70, 20, 5, 5)
                elif age_days < 7:
                    w = (25, 25, 15, 35)
                else:
                    w = (2, 4, 6, 88)
                status = rng.choices(statuses, w)[0]
            cid = cid_a if rng.random() < 0.7 or (kind == ItemKind.SIGNUP and n_signup == 0) else self.clinic_ids["B"]
            received = self.now - timedelta(days=age_days)
            local = received.astimezone(COPENHAGEN)
            if local.hour < 6:  # few write at night
                received -= timedelta(hours=rng.randint(3, 6))
            item_id = self.new_id("inbox_item")
            item = self._item_row(id=item_id, clinic_id=cid, kind=kind, status=status, received_at=received,
                                  due_date=self._due(received), unread=status == ItemStatus.NEW,
                                  via_app=rng.random() < 0.2)
            staff = self.clinicians[cid] or self.desk[cid]
            last_at = received

            def later(at, lo_h=1.0, hi_h=30.0):
                t = at + timedelta(hours=rng.uniform(lo_h, hi_h))
                return min(t, self.now - timedelta(minutes=rng.randint(1, 30)))

            if kind == ItemKind.ECONSULT:
                sc = scenarios[econ_i % len(scenarios)]
                econ_i += 1
                msgs = sc["msgs"]
                if len(msgs) == 1 and status != ItemStatus.DONE and status != ItemStatus.NEW:
                    sc = next(x for x in scenarios if len(x["msgs"]) >= 2)
                    msgs = sc["msgs"]
                pool = {"child": self.pool_child, "woman": self.pool_woman}.get(sc["who"], self.pool_adult)[cid]
                pi = rng.choice(pool)
                p = self.people[pi]
                writer = self.people[self.guardian_of[pi]] if p["child"] else p
                if status in (ItemStatus.NEW, ItemStatus.OPEN):
                    n_msgs = 3 if len(msgs) >= 3 and rng.random() < 0.3 else 1
                elif len(msgs) == 1:
                    n_msgs = 1
                else:
                    n_msgs = 4 if len(msgs) >= 4 and rng.random() < 0.5 else 2
                econ_providers = [pr for pr in self.providers if pr["clinic_id"] == cid and pr["econsult"]]
                pr = rng.choice(econ_providers)
                item.update(patient_id=p["id"], provider_id=pr["id"], subject=sc["subject"],
                            priority=Priority.URGENT if sc["urgent"] and rng.random() < 0.6 else Priority.NORMAL)
                author = rng.choice(staff)
                at = received
                for k in range(n_msgs):
                    body = self._fill(rng, msgs[k], writer["first"])
                    if k % 2 == 0:
                        mid = self._msg(item_id, MessageDirection.FROM_PATIENT, body, at)
                        if k == 0:
                            item["preview"] = body[:200]
                            if sc["attach"] == "png":
                                self._attach(mid, rng.choice(["billede.png", "IMG_2041.png", "foto.png"]),
                                             tiny_png(rng.choice(png_colors)), "image/png")
                            elif sc["attach"] == "pdf":
                                self._attach(mid, "blodtryk_maalinger.pdf", tiny_pdf(
                                    ["Blodtryksmålinger hjemme", "Man 142/88  Tir 136/84  Ons 139/87",
                                     "Tor 135/85  Fre 137/86  Lør 140/88  Søn 134/83"]), "application/pdf")
                    else:
                        if rng.random() < 0.25 and k == 1:
                            self._msg(item_id, MessageDirection.INTERNAL, rng.choice(T.INTERNAL_NOTES),
                                      later(at, 0.2, 2), author=rng.choice(self.desk[cid]))
                        at = later(at, 0.5, 26)
                        read_at = later(at, 0.5, 40) if rng.random() < 0.6 else None
                        if read_at is not None and read_at <= at:
                            read_at = None
                        mid = self._msg(item_id, MessageDirection.TO_PATIENT, body, at, author=author, read_at=read_at)
                        if rng.random() < 0.08:
                            self._attach(mid, "vejledning.pdf", tiny_pdf(
                                ["Vejledning fra klinikken", sc["subject"], "Kontakt os ved spørgsmål."]),
                                "application/pdf")
                    last_at = at
                    at = later(at, 2, 40)
                if status == ItemStatus.OPEN and rng.random() < 0.3:
                    self._msg(item_id, MessageDirection.INTERNAL, rng.choice(T.INTERNAL_NOTES), later(last_at, 0.1, 3),
                              author=rng.choice(self.desk[cid]))
            elif kind == ItemKind.RENEWAL:
                pi = rng.choice(self.pool_meds[cid])
                p = self.people[pi]
                meds = p["meds"] or [(None, "", False, 0)]
                k = min(len(meds), rng.choice((1, 1, 2, 3)))
                lines = rng.sample(meds, k)
                addict = [m for m in meds if m[2] and m not in lines]
                if addict and rng.random() < 0.5:
                    lines[-1] = addict[0]
                renewers = [pr for pr in self.providers if pr["clinic_id"] == cid and pr["renewal"]]
                pr = rng.choice(renewers)
                comment = rng.choice(T.RENEWAL_COMMENTS)
                labels = ", ".join(m[1] for m in lines)
                item.update(patient_id=p["id"], provider_id=pr["id"], subject=f"Receptfornyelse: {labels}"[:200],
                            preview=(comment or labels)[:200])
                self.add("renewal_request", dict(
                    item_id=item_id, pharmacy_id=rng.choice(self.pharmacy_ids), comment=comment,
                    prepared_by_id=rng.choice(self.desk[cid]) if status != ItemStatus.NEW and rng.random() < 0.4
                    else None,
                ))
                decided_at = later(received, 1, 30) if status == ItemStatus.DONE else None
                doctor = rng.choice(self.doctors[cid])
                for mid_, label, addictive, repeats in lines:
                    if mid_ is None:
                        continue
                    decision, reason = LineDecision.PENDING, ""
                    if status == ItemStatus.DONE:
                        if addictive:
                            decision, reason = LineDecision.REJECTED, T.REASON_ADDICTIVE
                        elif repeats:
                            decision, reason = LineDecision.REJECTED, T.REASON_REPEATS.format(n=repeats)
                        elif rng.random() < 0.92:
                            decision = LineDecision.APPROVED
                        else:
                            decision, reason = LineDecision.REJECTED, T.REASON_CONTROL
                    self.add("renewal_line", dict(
                        id=self.new_id("renewal_line"), item_id=item_id, medication_id=mid_, decision=decision,
                        reason=reason, decided_by_id=doctor if decision != LineDecision.PENDING else None,
                        decided_at=decided_at if decision != LineDecision.PENDING else None, version=1,
                    ))
                if status == ItemStatus.AWAITING_PATIENT:
                    last_at = later(received, 1, 20)
                    self._msg(item_id, MessageDirection.TO_PATIENT,
                              "Før vi kan forny din medicin, skal vi bruge dit seneste blodtryk. Mål det gerne på "
                              "apoteket og skriv det til os.", last_at, author=doctor)
                if decided_at:
                    last_at = decided_at
                if status in (ItemStatus.NEW, ItemStatus.OPEN) and rng.random() < 0.4:
                    item["assigned_role"] = Role.DOCTOR
            elif kind == ItemKind.BOOKING:
                bookers = [pr for pr in self.providers if pr["clinic_id"] == cid and pr["booking"]]
                pr = rng.choice(bookers)
                slot = self._take_free_slot(rng, pr["id"])
                if slot is None:  # this provider is fully booked: ask another
                    for other in bookers:
                        slot = self._take_free_slot(rng, other["id"])
                        if slot is not None:
                            pr = other
                            break
                pool = self.pool_adult[cid] + self.pool_child[cid]
                pi = rng.choice(pool)
                p = self.people[pi]
                tname = rng.choice(_TYPES_FOR[pr["kind"]])
                type_id, minutes, pname = self.types[cid][tname]
                if tname in ("Konsultation", "Dobbeltkonsultation", "Telefonkonsultation"):
                    comment = rng.choice(T.BOOKING_COMMENTS[3:] if pr["comment"] else T.BOOKING_COMMENTS)
                else:
                    comment = pname if pr["comment"] else ""
                starts = slot["starts_at"] if slot else received + timedelta(days=3)
                when = starts.astimezone(COPENHAGEN)
                item.update(patient_id=p["id"], provider_id=pr["id"],
                            subject=f"Tidsbestilling: {pname}, {when:%d.%m. kl. %H:%M}",
                            preview=comment or pname)
                outcome, reason, appointment_id, offered = BookingOutcome.PENDING, "", None, None
                if status == ItemStatus.AWAITING_PATIENT:
                    other = self._take_free_slot(rng, pr["id"])
                    if other is not None and other is not slot:
                        outcome, reason, offered = BookingOutcome.OFFERED_OTHER, T.BOOKING_OFFER_REASON, other["id"]
                elif status == ItemStatus.DONE:
                    x = rng.random()
                    if x < 0.7 and slot is not None:
                        outcome = BookingOutcome.ACCEPTED
                        slot["status"] = SlotStatus.BOOKED
                        appointment_id = self.new_id("appointment")
                        self.add("appointment", dict(
                            id=appointment_id, clinic_id=cid, patient_id=p["id"], provider_id=pr["id"],
                            appointment_type_id=type_id, slot_id=slot["id"], starts_at=slot["starts_at"],
                            ends_at=slot["ends_at"], status=AppointmentStatus.BOOKED, comment=comment,
                            booked_online=True, created_at=later(received, 0.5, 20), cancelled_at=None, version=1,
                        ))
                    else:
                        outcome, reason = BookingOutcome.DECLINED, rng.choice(T.BOOKING_DECLINE_REASONS)
                self.add("booking_request", dict(
                    item_id=item_id, provider_id=pr["id"], appointment_type_id=type_id,
                    slot_id=slot["id"] if slot else None, starts_at=starts, comment=comment, outcome=outcome,
                    appointment_id=appointment_id, offered_slot_id=offered, reason=reason,
                ))
                last_at = later(received, 0.5, 20) if status != ItemStatus.NEW else received
            else:  # sign-up
                variant = signup_variants[n_signup % len(signup_variants)]
                n_signup += 1
                guardian_id = None
                patient_id = None
                method = LoginMethod.MITID
                if variant == "deleted" and self.deleted_patient is not None:
                    p = self.people[self.deleted_patient]
                    cid = p["clinic"]
                    item["clinic_id"] = cid
                    cpr, first, last, email, mobile, patient_id = (p["cpr"], p["first"], p["last"], p["email"],
                                                                    p["mobile"], p["id"])
                elif variant in ("child", "child_known"):
                    g = self.people[rng.choice(self.pool_adult[cid])]
                    guardian_id = g["id"]
                    method = LoginMethod.SECURITY_CODE
                    kids = sorted({c for c, gg in self.guardians
                                   if self.people[c]["account"] is None and self.people[gg]["clinic"] == cid})
                    if variant == "child_known" and kids:
                        ci = rng.choice(kids)
                        c = self.people[ci]
                        cpr, first, last, patient_id = c["cpr"], c["first"], c["last"], c["id"]
                        g = self.people[self.guardian_of[ci]]
                        guardian_id = g["id"]
                    else:
                        female = rng.random() < 0.5
                        birth = self.today - timedelta(days=rng.randint(30, 13 * 365))
                        cpr = self._unknown_cpr(rng, birth, female)
                        first = rng.choice(T.FIRST_NAMES["kids"][0 if female else 1])
                        last = g["last"]
                    email, mobile = g["email"], g["mobile"]
                elif variant == "known" and self.pool_no_account[cid]:
                    p = self.people[rng.choice(self.pool_no_account[cid])]
                    cpr, first, last, email, mobile, patient_id = (p["cpr"], p["first"], p["last"], p["email"],
                                                                    p["mobile"], p["id"])
                    if not p["mitid"]:
                        method = LoginMethod.SECURITY_CODE
                else:
                    female = rng.random() < 0.5
                    birth = self.today - timedelta(days=rng.randint(18 * 365, 80 * 365))
                    cpr = self._unknown_cpr(rng, birth, female)
                    group = "young" if birth.year >= 1990 else "genx" if birth.year >= 1970 else "boomer"
                    first = rng.choice(T.FIRST_NAMES[group][0 if female else 1])
                    last = _weighted(rng, T.LAST_NAMES)
                    email = f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(T.MAIL_DOMAINS)}"
                    mobile = rng.choice(T.MOBILE_PREFIXES) + f"{rng.randrange(10**6):06d}"
                wants = [rng.random() < 0.9, rng.random() < 0.8, rng.random() < 0.85]
                labels = [n for n, w in zip(("e-konsultation", "receptfornyelse", "tidsbestilling"), wants) if w]
                decision, reason = SignupDecision.PENDING, ""
                if status == ItemStatus.DONE:
                    if rng.random() < 0.8:
                        decision = SignupDecision.APPROVED
                    else:
                        decision, reason = SignupDecision.REJECTED, rng.choice(T.SIGNUP_REJECT_REASONS)
                who = "Ny bruger til barn" if guardian_id else "Ny bruger"
                item.update(patient_id=patient_id, subject=f"{who}: {first} {last}"[:200],
                            preview=("Ønsker: " + ", ".join(labels)) if labels else "Ønsker: ingen funktioner")
                self.add("signup_request", dict(
                    item_id=item_id, cpr=cpr, first_name=first, last_name=last, email=email, mobile=mobile,
                    login_method=method, guardian_patient_id=guardian_id, wants_econsult=wants[0],
                    wants_renewal=wants[1], wants_booking=wants[2], decision=decision, reason=reason,
                ))
                last_at = later(received, 0.5, 20) if status != ItemStatus.NEW else received

            # handling state
            cid = item["clinic_id"]
            staff = self.clinicians[cid] or self.desk[cid]
            if status == ItemStatus.DONE:
                done_at = max(last_at, received + timedelta(minutes=5))
                done_at = min(done_at, self.now)
                item.update(done_at=done_at, done_by_id=rng.choice(staff), unread=False,
                            closed_reason="" if rng.random() < 0.85 else rng.choice(
                                ("Besvaret telefonisk", "Håndteret ved konsultation", "Dublet")))
                last_at = done_at
            elif status in (ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT):
                x = rng.random()
                if x < 0.3 or i in (17, 18):
                    holder = rng.choice(self.desk[cid])
                    claimed = self.now - timedelta(minutes=rng.randint(1, 40) if i != 17 else 3)
                    if i == 18:
                        claimed = self.now - timedelta(minutes=50)  # an expired lease
                    item.update(claimed_by_id=holder, claimed_at=claimed,
                                claim_expires_at=claimed + timedelta(minutes=15))
                    last_at = max(last_at, min(claimed, self.now))
                elif x < 0.5 and item["assigned_role"] is None:
                    if rng.random() < 0.5:
                        item["assigned_to_id"] = rng.choice(self.doctors[cid])
                    else:
                        item["assigned_role"] = rng.choice((Role.DOCTOR, Role.NURSE))
            if item["priority"] == Priority.NORMAL and kind != ItemKind.SIGNUP and rng.random() < 0.03:
                item["priority"] = Priority.URGENT
            item["changed_at"] = max(last_at, received)
            self.add("inbox_item", item)

        items = self.rows.get("inbox_item", [])
        if items and not any(it["priority"] == Priority.URGENT for it in items):
            # small demos too show an urgent item: the newest open e-consultation (or any open item)
            open_items = [it for it in items if it["status"] != ItemStatus.DONE] or items
            econ = [it for it in open_items if it["kind"] == ItemKind.ECONSULT] or open_items
            max(econ, key=lambda it: it["received_at"])["priority"] = Priority.URGENT

    def _unknown_cpr(self, rng, birth: date, female: bool) -> str:
        while True:
            cpr = make_cpr(rng, birth, female)
            if cpr not in self.cprs:
                self.cprs.add(cpr)
                return cpr

    # -- inbox: the bulk part --------------------------------------------------------------------
    def _bulk_items(self, count: int) -> None:
        if count <= 0:
            return
        rng = _rng(self.seed, "bulk")
        cids = list(self.clinic_ids.values())
        cid_a = self.clinic_ids["A"]
        # older than the rich items: spread over up to three years before them
        span_days = max(30, min(3 * 365, count // 300))
        window_start = self.today - timedelta(days=46)
        per_clinic = {}
        for cid in cids:
            adults = [self.people[i] for i in self.pool_adult[cid]]
            meds = [(self.people[i]["id"], m) for i in self.pool_meds[cid] for m in self.people[i]["meds"]]
            per_clinic[cid] = dict(
                adults=[(p["id"], p["first"].split()[0]) for p in adults] or [(self.people[0]["id"], "")],
                signups=[(p["id"], p["cpr"], p["first"], p["last"], p["email"], p["mobile"]) for p in adults][:3000]
                or [(self.people[0]["id"], self.people[0]["cpr"], "A", "B", "", "")],
                meds=meds or [(self.people[0]["id"], (None, "", False, 0))],
                econ=[pr["id"] for pr in self.providers if pr["clinic_id"] == cid and pr["econsult"]],
                renew=[pr["id"] for pr in self.providers if pr["clinic_id"] == cid and pr["renewal"]],
                book=[(pr["id"], [self.types[cid][t] for t in _TYPES_FOR[pr["kind"]]])
                      for pr in self.providers if pr["clinic_id"] == cid and pr["booking"]],
                staff=self.desk[cid], doctors=self.doctors[cid],
            )
        short = T.SHORT_MESSAGES
        kinds = (ItemKind.ECONSULT,) * 55 + (ItemKind.RENEWAL,) * 25 + (ItemKind.BOOKING,) * 12 + (ItemKind.SIGNUP,) * 8
        open_statuses = (ItemStatus.NEW, ItemStatus.OPEN, ItemStatus.AWAITING_PATIENT)
        pharmacy_ids = self.pharmacy_ids
        rand = rng.random

        def randrange(a: int, b: int | None = None) -> int:  # like rng.randrange/choice, cheaper per call
            if b is None:
                a, b = 0, a
            return a + int(rand() * (b - a))

        def choice(seq):
            return seq[int(rand() * len(seq))]

        done_reasons = ("", "", "", "", "", "", "Besvaret telefonisk", "Håndteret ved konsultation")
        n_due = self.answer_days

        def moments():
            """Receipt times in order, oldest first (ids follow time); fewer at weekends."""
            days = [window_start - timedelta(days=d) for d in range(span_days, 0, -1)]
            weights = [0.4 if d.weekday() >= 5 else 1.0 for d in days]
            total = sum(weights)
            acc = 0.0
            given = 0
            for d, w in zip(days, weights):
                acc += w
                n_day = round(count * acc / total) - given
                given += n_day
                if n_day <= 0:
                    continue
                midnight = datetime.combine(d, time(0, 0), tzinfo=COPENHAGEN).astimezone(timezone.utc)
                early = workdays.due_date_for(midnight + timedelta(hours=10), n_due)
                late = workdays.due_date_for(midnight + timedelta(hours=20), n_due)
                plain_day = (datetime.combine(d, time(0, 0), tzinfo=COPENHAGEN).utcoffset()
                             == datetime.combine(d, time(23, 0), tzinfo=COPENHAGEN).utcoffset())
                for sec in sorted(randrange(6 * 3600, 23 * 3600) for _ in range(n_day)):
                    received = midnight + timedelta(seconds=sec)
                    if plain_day:  # seconds since local midnight: the 16:00 cutoff is plain
                        yield midnight, received, late if sec >= 16 * 3600 else early
                    else:  # a daylight-saving day: count exactly
                        yield midnight, received, workdays.due_date_for(received, n_due)

        gen = moments()
        item_id = self.bulk_item_base
        def load(item_id: int) -> None:
            left = count
            while left > 0:
                batch = min(BULK_BATCH, left)
                left -= batch
                for _ in range(batch):
                    midnight, received, due = next(gen)
                    cid = cid_a if rand() < 0.7 else cids[-1]
                    pc = per_clinic[cid]
                    kind = choice(kinds)
                    status = ItemStatus.DONE if rand() < 0.96 else choice(open_statuses)
                    item_id += 1
                    done = status == ItemStatus.DONE
                    done_at = received + timedelta(seconds=randrange(1800, 4 * 86400)) if done else None
                    who = choice(pc["staff"])
                    provider_id = None
                    patient_id = None
                    if kind == ItemKind.ECONSULT:
                        subject, template = choice(short)
                        patient_id, first = choice(pc["adults"])
                        provider_id = choice(pc["econ"])
                        body = template.format(n=randrange(2, 10))
                        preview = body
                        self._msg(item_id, MessageDirection.FROM_PATIENT, body, received)
                    elif kind == ItemKind.RENEWAL:
                        patient_id, (mid_, label, addictive, repeats) = choice(pc["meds"])
                        provider_id = choice(pc["renew"])
                        comment = choice(T.RENEWAL_COMMENTS)
                        subject = f"Receptfornyelse: {label}"
                        preview = comment or label
                        self.add("renewal_request", dict(item_id=item_id, pharmacy_id=choice(pharmacy_ids),
                                                         comment=comment, prepared_by_id=None))
                        if mid_ is not None:
                            if done:
                                if addictive:
                                    dec, reason = LineDecision.REJECTED, T.REASON_ADDICTIVE
                                elif repeats:
                                    dec, reason = LineDecision.REJECTED, T.REASON_REPEATS.format(n=repeats)
                                else:
                                    dec, reason = LineDecision.APPROVED, ""
                            else:
                                dec, reason = LineDecision.PENDING, ""
                            self.add("renewal_line", dict(
                                id=self.new_id("renewal_line"), item_id=item_id, medication_id=mid_, decision=dec,
                                reason=reason, decided_by_id=choice(pc["doctors"]) if done else None,
                                decided_at=done_at, version=1))
                    elif kind == ItemKind.BOOKING:
                        patient_id, _first = choice(pc["adults"])
                        provider_id, types = choice(pc["book"])
                        type_id, _minutes, pname = choice(types)
                        starts = midnight + timedelta(days=randrange(2, 21), hours=randrange(7, 14),
                                                      minutes=15 * randrange(4))
                        comment = choice(T.BOOKING_COMMENTS)
                        subject = f"Tidsbestilling: {pname}, {starts.astimezone(COPENHAGEN):%d.%m. kl. %H:%M}"
                        preview = comment or pname
                        if done:
                            outcome = BookingOutcome.ACCEPTED if rand() < 0.8 else BookingOutcome.DECLINED
                        else:
                            outcome = BookingOutcome.PENDING
                        self.add("booking_request", dict(
                            item_id=item_id, provider_id=provider_id, appointment_type_id=type_id, slot_id=None,
                            starts_at=starts, comment=comment, outcome=outcome, appointment_id=None,
                            offered_slot_id=None,
                            reason=T.BOOKING_DECLINE_REASONS[0] if outcome == BookingOutcome.DECLINED else ""))
                    else:
                        patient_id, cpr, first, last, email, mobile = choice(pc["signups"])
                        subject = f"Ny bruger: {first} {last}"
                        preview = "Ønsker: e-konsultation, receptfornyelse, tidsbestilling"
                        if done:
                            decision = SignupDecision.APPROVED if rand() < 0.85 else SignupDecision.REJECTED
                        else:
                            decision = SignupDecision.PENDING
                        self.add("signup_request", dict(
                            item_id=item_id, cpr=cpr, first_name=first, last_name=last, email=email, mobile=mobile,
                            login_method=LoginMethod.MITID, guardian_patient_id=None, wants_econsult=True,
                            wants_renewal=True, wants_booking=True, decision=decision,
                            reason=T.SIGNUP_REJECT_REASONS[0] if decision == SignupDecision.REJECTED else ""))
                    self.add("inbox_item", dict(
                        id=item_id, clinic_id=cid, kind=kind, status=status,
                        priority=Priority.URGENT if rand() < 0.03 else Priority.NORMAL, patient_id=patient_id,
                        provider_id=provider_id, subject=subject[:200], preview=preview[:200], received_at=received,
                        due_date=due, unread=status == ItemStatus.NEW, via_app=rand() < 0.2, claimed_by_id=None,
                        claimed_at=None, claim_expires_at=None,
                        assigned_to_id=None, assigned_role=Role.DOCTOR if (not done and rand() < 0.2) else None,
                        closed_reason=choice(done_reasons) if done else "", done_at=done_at,
                        done_by_id=who if done else None, changed_at=done_at or received, version=1,
                    ))
                self._write_bulk_batch()

        self._raw = _raw_sqlite(self.db) if self.db.is_sqlite else None
        self._writer = None
        try:
            dropped = self._drop_indexes() if count >= 20000 else []
            try:
                if self._raw is not None:
                    self._writer = _BulkWriter(self.db)
                load(item_id)
                if self._writer is not None:
                    self._writer.finish()
            finally:
                if self._writer is not None:
                    self._writer.finish()  # (no-op when finished; stops the thread after an error)
                    self._writer = None
                if dropped:
                    self._raw.execute("BEGIN IMMEDIATE")
                    for sql in dropped:  # one sort per index instead of a million random inserts
                        self._raw.execute(sql)
                    self._raw.execute("COMMIT")
        finally:
            if self._raw is not None:
                self._raw.close()
                self._raw = None

    def _write_bulk_batch(self) -> None:
        if self._writer is None:
            with self.db.write_session() as s:
                self.flush_rows(s.connection())
            return
        batch = []
        for name in _FLUSH_ORDER:
            rows = _pop_rows(self.rows, name)
            if rows:
                keys, data = _stored_rows(_TABLES[name], rows)
                batch.append((name, keys, data))
        self._writer.put(batch)

    _BULK_TABLES = ("inbox_item", "message", "attachment", "renewal_request", "renewal_line", "booking_request",
                    "signup_request")

    def _drop_indexes(self) -> list[str]:
        """SQLite: drop the secondary indexes of the inbox tables for the bulk load; returns their exact SQL."""
        if self._raw is None:
            return []
        marks = ", ".join(f"'{t}'" for t in self._BULK_TABLES)
        rows = self._raw.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})"
        ).fetchall()
        self._raw.execute("BEGIN IMMEDIATE")
        for name, _sql in rows:
            self._raw.execute(f'DROP INDEX "{name}"')
        self._raw.execute("COMMIT")
        return [sql for _name, sql in rows]

    # -- audit ------------------------------------------------------------------------------------
    def _audit(self, s) -> None:
        rng = _rng(self.seed, "audit")
        at = self.now - timedelta(days=3, hours=2)
        cid_a, cid_b = self.clinic_ids["A"], self.clinic_ids["B"]
        some_patients = [self.people[i]["id"] for i in rng.sample(range(len(self.people)), min(8, len(self.people)))]
        items = s.execute(select(InboxItem.id, InboxItem.clinic_id, InboxItem.patient_id, InboxItem.kind)
                          .where(InboxItem.status == ItemStatus.DONE).order_by(InboxItem.id.desc()).limit(12)).all()

        def step():
            nonlocal at
            at = min(at + timedelta(minutes=rng.randint(3, 240)), self.now - timedelta(minutes=1))
            return at

        audit.record(s, Action.EDIT_SETTINGS, staff_id=self.staff_ids["delt"], clinic_id=cid_b,
                     detail="holiday period added", at=step())
        for username in ("sekretaer", "laege", "sygeplejerske", "admin", "delt"):
            audit.record(s, Action.LOGIN, staff_id=self.staff_ids[username], at=step())
        audit.record(s, Action.SWITCH_CLINIC, staff_id=self.staff_ids["delt"], clinic_id=cid_b, at=step())
        for term in T.AUDIT_SEARCH_TERMS[:3]:
            audit.record(s, Action.SEARCH_PATIENT, staff_id=self.staff_ids["sekretaer"], clinic_id=cid_a,
                         search_term=term, at=step())
        for pid in some_patients[:5]:
            audit.record(s, Action.OPEN_PATIENT, staff_id=self.staff_ids["laege"], clinic_id=cid_a, patient_id=pid,
                         at=step())
        for item_id, cid, pid, kind in items:
            staff = self.staff_ids["laege"] if cid == cid_a else self.staff_ids["vestlaege"]
            audit.record(s, Action.OPEN_ITEM, staff_id=staff, clinic_id=cid, patient_id=pid,
                         detail=f"item {item_id}", at=step())
            action = {ItemKind.ECONSULT: Action.ANSWER_ITEM, ItemKind.RENEWAL: Action.DECIDE_RENEWAL,
                      ItemKind.BOOKING: Action.DECIDE_BOOKING, ItemKind.SIGNUP: Action.DECIDE_SIGNUP}[ItemKind(kind)]
            audit.record(s, action, staff_id=staff, clinic_id=cid, patient_id=pid, detail=f"item {item_id}",
                         at=step())
        if some_patients:
            audit.record(s, Action.EDIT_RIGHTS, staff_id=self.staff_ids["sekretaer"], clinic_id=cid_a,
                         patient_id=some_patients[-1], detail="econsult: receive_only", at=step())
            audit.record(s, Action.CREATE_PORTAL_USER, staff_id=self.staff_ids["sekretaer"], clinic_id=cid_a,
                         patient_id=some_patients[-2 if len(some_patients) > 1 else -1], at=step())
            audit.record(s, Action.PRINT, staff_id=self.staff_ids["admin"], clinic_id=cid_a,
                         patient_id=some_patients[0], detail="portal guide", at=step())
        audit.record(s, Action.LOGIN_FAILED, detail="wrong password", staff_id=self.staff_ids["sygeplejerske"],
                     at=step())
        audit.record(s, Action.LOGOUT, staff_id=self.staff_ids["laege"], clinic_id=cid_a, at=step())


# -- writing ------------------------------------------------------------------------------------


def _sqlite_dt(v):
    if v is None:
        return None
    if v.tzinfo is not timezone.utc:
        v = v.astimezone(timezone.utc)
    return v.isoformat(" ", "microseconds")[:26]  # what UTCDateTime stores: naive UTC with microseconds


def _sqlite_date(v):
    return None if v is None else v.isoformat()


_FLUSH_ORDER = ("patient", "portal_account", "clinic_patient", "guardianship", "medication", "slot", "appointment",
                "inbox_item", "message", "attachment", "renewal_request", "renewal_line", "booking_request",
                "signup_request")
_TABLES = {m.__tablename__: m.__table__ for m in (
    Patient, PortalAccount, ClinicPatient, Guardianship, Medication, Slot, Appointment, InboxItem, Message, Attachment,
    RenewalRequest, RenewalLine, BookingRequest, SignupRequest)}


def _pop_rows(pending: dict[str, list[dict]], name: str) -> list[dict] | None:
    rows = pending.pop(name, None)
    if rows:
        # ascending ids: the SQLite text-search index (inbox_03) keys rows by item id, and FTS5
        # writes its pending terms to disk whenever a rowid is not above the previous one
        rows.sort(key=operator.itemgetter("id" if "id" in rows[0] else "item_id"))
    return rows


def _stored_rows(table, rows: list[dict]) -> tuple[list[str], list[tuple]]:
    """Rows as tuples in the form SQLAlchemy stores in SQLite, converted column by column
    (str enums and bools bind as they are)."""
    keys = list(rows[0])
    for k in keys:  # only the types this module writes in bulk
        t = table.c[k].type
        assert isinstance(t, (UTCDateTime, Date, SAEnum, Boolean, Integer, String, Text, LargeBinary)), (k, t)
    data = list(map(operator.itemgetter(*keys), rows))
    convs = [(i, _sqlite_dt if isinstance(table.c[k].type, UTCDateTime) else _sqlite_date)
             for i, k in enumerate(keys) if isinstance(table.c[k].type, (UTCDateTime, Date))]
    if convs:
        cols = list(zip(*data))
        for i, conv in convs:
            cols[i] = list(map(conv, cols[i]))
        data = list(zip(*cols))
    return keys, data


def _sqlite_insert(raw, table: str, keys: list[str], data: list[tuple]) -> None:
    cols = ", ".join(keys)
    marks = ", ".join("?" * len(keys))
    has_trigger = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchone()
    if not has_trigger:
        raw.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", data)
        return
    # A table with triggers (the text-search index of inbox_02) is filled by ONE statement from a
    # staging table: with one statement per row, FTS5 writes its pending terms at every row's
    # statement savepoint, which is several times slower.
    stage = f"_demo_stage_{table}"
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {cols} FROM main.{table} WHERE 0")
    raw.executemany(f"INSERT INTO temp.{stage} ({cols}) VALUES ({marks})", data)
    raw.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM temp.{stage} ORDER BY rowid")
    raw.execute(f"DELETE FROM temp.{stage}")


class _BulkWriter:
    """Writes the bulk batches on a worker thread with its own SQLite connection, so SQLite's
    work (which runs without the GIL) overlaps with generating the next batch in Python.
    Each batch is one transaction; the first error stops the writer and is raised in the caller."""

    def __init__(self, db):
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._done = False
        self._thread = threading.Thread(target=self._run, args=(db,), name="demo-bulk-writer", daemon=True)
        self._thread.start()

    def put(self, batch) -> None:
        if self._error is not None:
            self.finish()
        self._queue.put(batch)

    def finish(self) -> None:
        if not self._done:
            self._done = True
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self, db) -> None:
        raw = _raw_sqlite(db)
        try:
            while True:
                batch = self._queue.get()
                if batch is None:
                    return
                if self._error is not None:
                    continue  # drain after an error
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    for table, keys, data in batch:
                        _sqlite_insert(raw, table, keys, data)
                    raw.execute("COMMIT")
                except BaseException as exc:  # handed to the caller's thread
                    if raw.in_transaction:
                        raw.execute("ROLLBACK")
                    self._error = exc
        finally:
            raw.close()


def _bulk_insert(conn, table, rows: list[dict]) -> None:
    """Many rows at once: SQLite executemany on the driver with the stored forms (no per-row
    SQLAlchemy processing); other databases: Core executemany (insertmanyvalues)."""
    for start in range(0, len(rows), BULK_BATCH):
        chunk = rows[start:start + BULK_BATCH]
        if conn.dialect.name != "sqlite":
            conn.execute(table.insert(), chunk)
            continue
        keys, data = _stored_rows(table, chunk)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
                             data)


def _raw_sqlite(db) -> sqlite3.Connection:
    """A plain driver connection for the bulk load: foreign keys not checked row by row (the ids
    are made here; `clinicdesk db check` runs the full foreign key check), a large page cache."""
    raw = sqlite3.connect(str(db.sqlite_path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("PRAGMA cache_size=-131072")
    raw.execute("PRAGMA temp_store=MEMORY")
    return raw


def _fix_sequences(s) -> None:
    """PostgreSQL: explicit ids were written, so move each id sequence past them."""
    for table in ("patient", "portal_account", "clinic_patient", "guardianship", "medication", "slot",
                  "appointment", "inbox_item", "message", "attachment", "renewal_line"):
        s.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"
        ))


def _local_dt(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=COPENHAGEN).astimezone(timezone.utc)


# -- public API -----------------------------------------------------------------------------------


def build_demo(db, *, seed: int = 1, patients: int = 2000, items: int | None = None,
               now: datetime | None = None) -> DemoSummary:
    """Build the demo practice into an empty, migrated database. Refuses a database with clinic data."""
    if patients < 20:
        raise ClinicDeskError("Demoklinikken skal have mindst 20 patienter.", code="demo_too_small")
    if items is None:
        items = DEFAULT_REALISTIC_ITEMS
    if items < 0:
        raise ClinicDeskError("Antallet af henvendelser kan ikke være negativt.", code="demo_invalid")
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    summary = _Builder(db, seed, patients, items, now.astimezone(timezone.utc)).run()
    log.debug("demo clinic built: %d patients, %d items in %.1f s", summary.patients, summary.items, summary.seconds)
    return summary


def ensure_demo(db) -> DemoSummary | None:
    """Build the default demo only if the database has no clinic yet (first start of the GUI)."""
    with db.session() as s:
        if s.execute(select(func.count(Clinic.id))).scalar():
            return None
    return build_demo(db)
