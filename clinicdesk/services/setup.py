"""First start: a new clinic, its first administrator and its opening hours, in one transaction.

``needs_setup(db)`` says whether the database has no clinic yet (the GUI then asks
"Opret jeres klinik" or "Prøv med en demoklinik"). ``create_clinic(db, setup)``
checks everything first (nothing is written when one value is wrong), then writes
the clinic, the administrator (password policy enforced) and the opening hours
with their audit entries in one transaction. It only runs on a database without a
clinic: there is nobody yet to ask for permission, so the empty database is the
permission (two workstations setting up at once: the second is refused).

The values are checked by their declaration: the portal name and link by
``domain.settings.CLINIC``, the clinic's identity (registered name, ydernummer,
address, phone, e-mail) by :data:`IDENTITY` below, through the same validation
(``clinic_settings.validate``) and so through ``text_gate``. Refusals are
``ValidationError`` with ``details["field"]`` naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import ClinicDeskError, ValidationError
from clinicdesk.domain.settings import CLINIC, Kind, Setting
from clinicdesk.models import Clinic, StaffUser
from clinicdesk.models.staff import ClinicOpeningHours
from clinicdesk.services import audit, auth, contact, opening_hours
from clinicdesk.services.audit import Action
from clinicdesk.services.clinic_settings.validate import check_values, invalid
from clinicdesk.services.opening_hours import Span
from clinicdesk.services.password_policy import validate_staff_password
from clinicdesk.services.staff import check_full_name, check_username
from clinicdesk.domain.messages import say

#: The clinic's identity, declared like the portal settings (kind, length, required, the noun a
#: message names it by). Not in the settings dialog: set up once, shown on guides and the portal.
IDENTITY: dict[str, Setting] = {s.field: s for s in (
    Setting("name", Kind.TEXT, "", say("Klinikkens navn"), noun=say("Klinikkens navn"), max_length=200,
            required=True),
    Setting("yder_number", Kind.TEXT, "", say("Ydernummer"), noun=say("Ydernummeret"), max_length=20, required=True),
    Setting("address", Kind.TEXT, "", say("Adresse"), noun=say("Adressen"), max_length=300, required=True),
    Setting("phone", Kind.TEXT, "", say("Telefon"), noun=say("Telefonnummeret"), max_length=40, required=True),
    Setting("email", Kind.TEXT, "", say("E-mail"), noun=say("E-mailadressen"), max_length=200),
)}
#: Every clinic field setup asks for, in the order a message reports them.
CLINIC_FIELDS: tuple[str, ...] = ("name", "display_name", "portal_link", "yder_number", "address", "phone", "email")
_DECLARED = {**CLINIC, **IDENTITY}


@dataclass(frozen=True)
class ClinicSetup:
    name: str  # the clinic's registered name
    display_name: str  # shown top left on the portal ("" = the name)
    portal_link: str
    yder_number: str
    address: str
    phone: str
    admin_username: str
    admin_full_name: str
    admin_password: str = field(repr=False)
    opening_hours: tuple[Span, ...] = opening_hours.DEFAULT_WEEK
    email: str = ""


@dataclass(frozen=True)
class SetupDone:
    clinic_id: int
    clinic_name: str
    admin_staff_id: int
    admin_username: str


def needs_setup(db) -> bool:
    """True while the database has no clinic (first start)."""
    with db.session() as s:
        return not s.execute(select(func.count(Clinic.id))).scalar()


def check_clinic(values: dict) -> dict:
    """The clinic fields checked and normalised (stripped; the portal name defaults to the name)."""
    values = {k: ("" if v is None else v) for k, v in values.items()}
    unknown = set(values) - set(CLINIC_FIELDS)
    if unknown:
        raise invalid(sorted(unknown)[0], say("Feltet »{field}« findes ikke.").format(field=sorted(unknown)[0]),
                      "unknown_setting")
    for name in CLINIC_FIELDS:
        values.setdefault(name, "")
    if isinstance(values["display_name"], str) and not values["display_name"].strip():
        values["display_name"] = values["name"]
    check_values(values, _DECLARED, CLINIC_FIELDS)
    if not values["portal_link"].lower().startswith("https://"):
        raise invalid("portal_link", say("Portallinket skal begynde med https:// (det står i mails til patienterne)."))
    yder = values["yder_number"].replace(" ", "")
    if not (yder.isascii() and yder.isdigit() and len(yder) == 6):
        raise invalid("yder_number", say("Ydernummeret skal være 6 cifre (fx 012345)."))
    values["yder_number"] = yder
    phone = values["phone"]
    if not contact.is_phone(phone):
        raise invalid("phone", say("Telefonnummeret skal have mindst 8 cifre (fx 75 42 00 00)."))
    if values["email"] and not contact.is_email(values["email"]):
        raise invalid("email", say("E-mailadressen ser ikke rigtig ud. Skriv den som navn@klinik.dk, eller lad "
                                   "feltet stå tomt."))
    return values


def check_admin(username: str, full_name: str, password: str | None) -> tuple[str, str]:
    """The first administrator's username and name, checked; the password against the policy
    (``None``: not yet given, checked later)."""
    username = check_username(username)
    full_name = check_full_name(full_name)
    if password is None:
        return username, full_name
    try:
        validate_staff_password(password, username=username, full_name=full_name)
    except ValidationError as exc:
        exc.details.setdefault("field", "admin_password")
        raise
    return username, full_name


def check_setup(setup: ClinicSetup, *, password: bool = True) -> tuple[dict, str, str, tuple[Span, ...]]:
    """Everything checked without touching the database: (clinic values, username, name, week).

    ``password=False``: all but the password (a script asks for it only when the rest is right)."""
    values = check_clinic({name: getattr(setup, name) for name in CLINIC_FIELDS})
    try:
        username, full_name = check_admin(setup.admin_username, setup.admin_full_name,
                                          setup.admin_password if password else None)
    except ValidationError as exc:
        f = exc.details.get("field")
        if f in ("username", "full_name"):
            exc.details["field"] = f"admin_{f}"
        raise
    week = opening_hours.check_week(setup.opening_hours)
    return values, username, full_name, week


def create_clinic(db, setup: ClinicSetup) -> SetupDone:
    """Create the clinic, its first administrator and opening hours (one transaction, audited)."""
    values, username, full_name, week = check_setup(setup)
    with db.write_session() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(7231002)"))  # two first starts at once: one wins
        if s.execute(select(func.count(Clinic.id))).scalar():
            raise ClinicDeskError(
                say("Der er allerede en klinik i databasen, så opsætningen er ikke kørt. Log ind som administrator, "
                    "og opret personalet under Filer → Personale."), code="already_set_up")
        if s.execute(select(StaffUser.id).where(StaffUser.username == username)).scalar() is not None:
            raise ValidationError(say("Brugernavnet »{username}« er allerede i brug. Vælg et andet.").format(
                username=username),
                                  code="username_taken", field="admin_username")
        clinic = Clinic(**values)
        s.add(clinic)
        s.flush()
        admin = auth.create_staff(s, username, full_name, setup.admin_password, {clinic.id: Role.ADMIN})
        for span in week:
            s.add(ClinicOpeningHours(clinic_id=clinic.id, weekday=span.weekday, opens=span.opens,
                                     closes=span.closes))
        s.flush()
        audit.record(s, Action.SETUP_CLINIC, staff_id=admin.id, clinic_id=clinic.id,
                     detail=f"clinic={clinic.id} administrator={admin.id} opening_hours={len(week)}")
        audit.record(s, Action.CREATE_STAFF, staff_id=admin.id, clinic_id=clinic.id,
                     detail=f"staff={admin.id} role={Role.ADMIN.value} (first administrator)")
        return SetupDone(clinic.id, clinic.name, admin.id, admin.username)


def clinic_week(db, clinic_id: int) -> tuple[Span, ...]:
    """The clinic's opening hours as stored."""
    with db.session() as s:
        rows = s.execute(select(ClinicOpeningHours).where(ClinicOpeningHours.clinic_id == clinic_id)).scalars()
        return tuple(sorted(Span(r.weekday, r.opens, r.closes) for r in rows))
