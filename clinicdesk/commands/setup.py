"""`clinicdesk setup`: create a clinic, its first administrator and opening hours, for scripts.

Non-interactive: the values come from flags, a TOML file (``--file``), or both (a
flag wins over the file). The administrator's password is never read from the
file: ``--admin-password-stdin`` reads it from standard input, else it is asked
for on a terminal. Only an empty database is set up; everything is checked
before anything is written, and a wrong value ends in one Danish line.

Example file (docs/klinik.example.toml)::

    [clinic]
    name = "Lægerne i Ribe I/S"
    display_name = "Lægerne i Ribe"
    portal_link = "https://patientportal.example.dk/klinik/ribe"
    yder_number = "012345"
    address = "Torvet 1, 6760 Ribe"
    phone = "75 42 00 00"

    [admin]
    username = "mette"
    full_name = "Mette Kjærgaard"

    [opening_hours]
    man-fre = "08:00-16:00"
    ons = "08:00-12:00, 13:00-17:30"
"""

from __future__ import annotations

import sys

from clinicdesk.domain.errors import ValidationError

# flag name (also the TOML key in [clinic] / [admin]) -> the ClinicSetup field
CLINIC_FLAGS = {
    "name": "name", "display_name": "display_name", "portal_link": "portal_link", "yder_number": "yder_number",
    "address": "address", "phone": "phone", "email": "email",
}
ADMIN_FLAGS = {"username": "admin_username", "full_name": "admin_full_name"}
_HINT = {  # where the user gives a field, for the refusal's last words
    **{v: f"--{k.replace('_', '-')}" for k, v in CLINIC_FLAGS.items()},
    "admin_username": "--admin-username", "admin_full_name": "--admin-name",
    "admin_password": "--admin-password-stdin", "opening_hours": "--hours",
}


def register(sub) -> None:
    from clinicdesk.cli import add_db_option

    p = sub.add_parser(
        "setup",
        help="opret jeres klinik, dens første administrator og åbningstiderne i en tom database",
        description="Opretter klinikken, den første administrator og åbningstiderne i en tom database "
                    "(uden spørgsmål: med flag eller en TOML-fil).",
    )
    add_db_option(p)
    p.add_argument("--file", metavar="SETUP.toml", help="læs værdierne fra en TOML-fil ([clinic], [admin], "
                   "[opening_hours]); tilvalg går forud for filen")
    p.add_argument("--name", metavar="NAVN", help="klinikkens registrerede navn")
    p.add_argument("--display-name", metavar="NAVN", help="navnet, der vises på patientportalen (standard: --name)")
    p.add_argument("--portal-link", metavar="LINK", help="klinikkens eget link på portalen (https://…)")
    p.add_argument("--yder-number", metavar="YDERNUMMER", help="ydernummer (6 cifre)")
    p.add_argument("--address", metavar="ADRESSE", help="klinikkens adresse")
    p.add_argument("--phone", metavar="TELEFON", help="klinikkens telefonnummer")
    p.add_argument("--email", metavar="E-MAIL", help="klinikkens e-mailadresse (valgfri)")
    p.add_argument("--admin-username", metavar="BRUGERNAVN", help="den første administrators brugernavn")
    p.add_argument("--admin-name", dest="admin_full_name", metavar="NAVN", help="den første administrators fulde navn")
    p.add_argument("--admin-password-stdin", action="store_true",
                   help="læs administratorens adgangskode fra standard input (ellers spørges der i terminalen)")
    p.add_argument("--hours", action="append", metavar="'DAGE TT:MM-TT:MM'",
                   help="åbningstider, fx 'man-fre 08:00-16:00' eller 'lør lukket' (kan gentages; standard: "
                        "mandag til fredag 08:00-16:00)")
    p.set_defaults(func=cmd_setup)


def _refusal(exc: ValidationError) -> ValidationError:
    where = _HINT.get(exc.details.get("field", ""))
    if where and where not in exc.message:
        exc.message = f"{exc.message} ({where})"
    return exc


def read_toml(path: str) -> dict:
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ValidationError(f"Filen {path} findes ikke.", code="no_file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"Filen {path} er ikke gyldig TOML: {exc}.", code="bad_toml") from None
    known = {"clinic": set(CLINIC_FLAGS), "admin": set(ADMIN_FLAGS), "opening_hours": None}
    for section, value in data.items():
        if section not in known:
            raise ValidationError(f"Afsnittet [{section}] kendes ikke i {path}. Brug [clinic], [admin] og "
                                  "[opening_hours].", code="unknown_setting")
        if not isinstance(value, dict):
            raise ValidationError(f"[{section}] i {path} skal være et afsnit med nøgler.", code="unknown_setting")
        if section == "admin" and "password" in value:
            raise ValidationError(f"Skriv ikke adgangskoden i {path}: giv den med --admin-password-stdin (eller "
                                  "skriv den, når du bliver spurgt).", code="password_in_file")
        allowed = known[section]
        for key, item in value.items():
            if allowed is not None and key not in allowed:
                raise ValidationError(f"Nøglen »{key}« i [{section}] kendes ikke. Brug: "
                                      + ", ".join(sorted(allowed)) + ".", code="unknown_setting")
            if allowed is not None and not isinstance(item, str):
                raise ValidationError(f"»{key}« i [{section}] skal være tekst i anførselstegn.",
                                      code="invalid_setting")
    return data


def _password(args) -> str:
    if args.admin_password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise ValidationError("Giv administratorens adgangskode med --admin-password-stdin.",
                              code="no_password")
    import getpass

    first = getpass.getpass("Administratorens adgangskode: ")
    if getpass.getpass("Gentag adgangskoden: ") != first:
        raise ValidationError("De to adgangskoder er ikke ens. Intet er oprettet.", code="password_mismatch")
    return first


def collect(args) -> "ClinicSetup":  # noqa: F821 - imported inside
    from clinicdesk.services import opening_hours
    from clinicdesk.services.setup import ClinicSetup

    data = read_toml(args.file) if args.file else {}
    values: dict = {}
    for key, target in CLINIC_FLAGS.items():
        values[target] = getattr(args, key) if getattr(args, key) is not None else data.get("clinic", {}).get(key, "")
    for key, target in ADMIN_FLAGS.items():
        given = getattr(args, target if key == "full_name" else f"admin_{key}")
        values[target] = given if given is not None else data.get("admin", {}).get(key, "")
    if args.hours:
        week = opening_hours.parse_lines(args.hours)
    elif "opening_hours" in data:
        week = opening_hours.parse_table(data["opening_hours"])
    else:
        week = opening_hours.DEFAULT_WEEK
    return ClinicSetup(**values, admin_password="", opening_hours=week)


def cmd_setup(args) -> int:
    from dataclasses import replace

    from clinicdesk.db import Database
    from clinicdesk.services import audit_anchor, opening_hours
    from clinicdesk.services.setup import check_setup, create_clinic

    try:
        setup = collect(args)
        # everything but the password is checked before it is asked for
        check_setup(setup, password=False)
        setup = replace(setup, admin_password=_password(args))
    except ValidationError as exc:
        raise _refusal(exc) from None
    db = Database(args.db)
    try:
        try:
            done = create_clinic(db, setup)
        except ValidationError as exc:
            raise _refusal(exc) from None
        audit_anchor.write_checkpoint(db)  # the log of lookups is anchored from its first day
    finally:
        db.dispose()
    print(f"Klinikken »{done.clinic_name}« er oprettet med administratoren »{done.admin_username}«.")
    print("Åbningstider:")
    for line in opening_hours.describe(setup.opening_hours):
        print(f"  {line}")
    print("Start programmet (clinicdesk), log ind som administratoren, og opret personalet under Filer → Personale "
          "(eller med clinicdesk staff add).")
    return 0
