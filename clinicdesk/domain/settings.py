"""Every clinic, provider and holiday setting, declared once.

One :class:`Setting` per model attribute: its kind, default, allowed range (or
maximum length), the Danish label the settings dialog shows, the Danish help
text (its tooltip) and the noun a validation message names it by. The model
takes its column defaults from here, the service validates from here, and the
dialog builds its widgets from here. Pure data: no SQLAlchemy, no Qt.

Labels and help texts are Danish source strings; views show them through
``QCoreApplication.translate(TR_CONTEXT, text, setting.label_note)``. They are
marked with ``QT_TRANSLATE_NOOP`` (a no-op defined here) so ``pyside6-lupdate``
finds them when it scans this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from clinicdesk.domain.enums import SignupMode

TR_CONTEXT = "ClinicSetting"


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Marks ``text`` for lupdate (same name as Qt's macro); returns it unchanged."""
    return text


class Kind(str, Enum):
    BOOL = "bool"
    INT = "int"
    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"


class Group(str, Enum):
    """Where a setting belongs: the portal in general, the »Min Læge« app, or not edited in the dialog."""

    PORTAL = "portal"
    APP = "app"
    FIXED = "fixed"


@dataclass(frozen=True)
class Setting:
    field: str  # the model attribute
    kind: Kind
    default: object
    label: str  # Danish, as the dialog shows it (tick box text, form label or column header)
    help: str = ""  # Danish, the tooltip
    noun: str = ""  # how a validation message names it ("Portallinket må højst være 300 tegn.")
    minimum: int | None = None  # INT
    maximum: int | None = None  # INT
    max_length: int | None = None  # TEXT
    required: bool = False  # TEXT: may not be empty
    no_spaces: bool = False  # TEXT: may not contain white space
    unit: str = ""  # INT: the spin box suffix (" dage")
    choices: tuple[tuple[object, str, str | None], ...] = ()  # CHOICE: (value, Danish label, lupdate note)
    invalid: str = ""  # CHOICE: the message for a value that is not one of the choices
    column: str = ""  # a table header when it differs from the label
    label_note: str | None = None  # lupdate disambiguation of the label
    group: Group = Group.PORTAL

    @property
    def header(self) -> str:
        return self.column or self.label

    @property
    def range(self) -> tuple[int, int]:
        return self.minimum, self.maximum


def _bool(field, default, label, help="", **kw) -> Setting:
    return Setting(field, Kind.BOOL, default, label, help, **kw)


def _int(field, default, lo, hi, label, unit, noun, help="", **kw) -> Setting:
    return Setting(field, Kind.INT, default, label, help, noun, minimum=lo, maximum=hi, unit=unit, **kw)


def _text(field, default, max_length, label, noun, help="", **kw) -> Setting:
    return Setting(field, Kind.TEXT, default, label, help, noun, max_length=max_length, **kw)


N = QT_TRANSLATE_NOOP
C = TR_CONTEXT

# ----------------------------------------------------------------------------- clinic
CLINIC_SETTINGS: tuple[Setting, ...] = (
    _text("display_name", "", 200, N(C, "Navn på portalen"), "Navnet på portalen",
          N(C, "Klinikkens navn øverst på patientportalen."), required=True),
    _text("portal_link", "", 300, N(C, "Portallink"), "Portallinket",
          N(C, "Adressen, patienterne bruger for at finde klinikken på portalen. Ingen mellemrum; "
               "hver klinik har sit eget link."), required=True, no_spaces=True),
    Setting("signup_mode", Kind.CHOICE, SignupMode.WITH_APPROVAL, N(C, "Tilmelding via portalen"),
            N(C, "Om nye patienter kan tilmelde sig via portalen, og om klinikken skal godkende dem først."),
            choices=((SignupMode.OFF, N(C, "Fra", "signup mode: off"), "signup mode: off"),
                     (SignupMode.WITH_APPROVAL, N(C, "Med godkendelse"), None),
                     (SignupMode.AUTOMATIC, N(C, "Automatisk"), None)),
            invalid="Vælg en tilmeldingsform: fra, med godkendelse eller automatisk."),
    _bool("econsult_enabled", True, N(C, "E-konsultation"),
          N(C, "Patienterne kan skrive til klinikken via portalen.")),
    _bool("renewal_enabled", True, N(C, "Receptfornyelse"),
          N(C, "Patienterne kan bede om fornyelse af deres faste recepter.")),
    _bool("booking_enabled", True, N(C, "Tidsbestilling"),
          N(C, "Patienterne kan bestille tid hos de behandlere, der har tidsbestilling slået til.")),
    _bool("auto_create_appointments", False, N(C, "Opret aftaler automatisk ved tidsbestilling"),
          N(C, "En bestilt tid bliver straks en aftale i kalenderen, uden at klinikken skal acceptere den.")),
    _bool("attachments_allowed", True, N(C, "Patienter må vedhæfte filer"),
          N(C, "Patienterne kan vedhæfte billeder og PDF-filer til en e-konsultation.")),
    _int("max_econsult_length", 400, 50, 4000, N(C, "Maks. længde af e-konsultation"), N(C, " tegn"),
         "Maksimal længde af e-konsultationer", N(C, "Det højeste antal tegn i en e-konsultation (50–4000).")),
    _int("booking_min_notice_days", 1, 0, 60, N(C, "Varsel for tidsbestilling"), N(C, " dage"),
         "Varsel for tidsbestilling (dage)",
         N(C, "Hvor mange dage før en tid patienterne senest kan bestille den (0–60).")),
    _int("booking_max_horizon_days", 60, 1, 365, N(C, "Kan bookes op til"), N(C, " dage frem"),
         "Hvor langt frem der kan bookes (dage)", N(C, "Hvor langt frem patienterne kan bestille tid (1–365 dage).")),
    _int("cancellation_limit_hours", 48, 0, 168, N(C, "Afbud senest"), N(C, " timer før"),
         "Afbudsfrist (timer)", N(C, "Hvor mange timer før tiden patienterne senest kan aflyse via portalen (0–168).")),
    _int("answer_due_working_days", 3, 1, 10, N(C, "Svarfrist"), N(C, " arbejdsdage"),
         "Svarfrist (arbejdsdage)", N(C, "Inden for hvor mange arbejdsdage klinikken svarer en e-konsultation (1–10).")),
    # the »Min Læge« app (the national GP app shows the same inbox, appointments and renewals)
    _bool("app_enabled", True, N(C, "Klinikken kan bruges i Min Læge-appen"), group=Group.APP),
    _bool("app_econsult_enabled", True, N(C, "E-konsultation i appen"), group=Group.APP),
    _bool("app_renewal_enabled", True, N(C, "Receptfornyelse i appen"), group=Group.APP),
    _bool("app_booking_enabled", True, N(C, "Tidsbestilling i appen"), group=Group.APP),
    _bool("app_show_appointments", True, N(C, "Vis aftaler i appen"), group=Group.APP),
    # set up with the clinic (limits the attachment check and the inbox claims use), not in the dialog
    Setting("max_patient_attachments", Kind.INT, 3, "Filer pr. henvendelse fra en patient", group=Group.FIXED),
    Setting("max_clinic_attachments", Kind.INT, 9, "Filer pr. svar fra klinikken", group=Group.FIXED),
    Setting("max_attachment_mb", Kind.INT, 10, "Største fil (MB)", group=Group.FIXED),
    Setting("claim_idle_minutes", Kind.INT, 15, "Minutter, før en åbnet henvendelse frigives", group=Group.FIXED),
)

# ----------------------------------------------------------------------------- provider
PROVIDER_SETTINGS: tuple[Setting, ...] = (
    _text("display_name", "", 200, N(C, "Navn på portalen"), "Navnet på portalen",
          N(C, "Et eget navn på portalen, fx »Sygeplejersken«. Det skjuler titlen.")),
    _text("title", "", 100, N(C, "Titel"), "Titlen",
          N(C, "Vises efter navnet, når behandleren ikke har et eget navn på portalen.")),
    _bool("econsult_enabled", True, N(C, "E-konsultation"), N(C, "Patienterne kan skrive til behandleren.")),
    _bool("renewal_enabled", True, N(C, "Receptfornyelse"),
          N(C, "Patienterne kan bede behandleren om receptfornyelse."), column=N(C, "Recept-\nfornyelse")),
    _bool("booking_enabled", True, N(C, "Tidsbestilling"), N(C, "Patienterne kan bestille tid hos behandleren."),
          column=N(C, "Tids-\nbestilling")),
    _bool("booking_comment_required", False, N(C, "Kommentar påkrævet"),
          N(C, "Patienten skal skrive, hvad tiden skal bruges til."), column=N(C, "Kommentar\npåkrævet")),
)

# ----------------------------------------------------------------------------- holiday period
HOLIDAY_FIELDS: tuple[Setting, ...] = (
    Setting("start_date", Kind.DATE, None, N(C, "Fra", "first day of a holiday"), N(C, "Ferieperiodens første dag."),
            label_note="first day of a holiday"),
    Setting("end_date", Kind.DATE, None, N(C, "Til og med"), N(C, "Ferieperiodens sidste dag (med).")),
    _text("message", "", 2000, N(C, "Besked til patienterne"), "Feriebeskeden",
          N(C, "Vises på portalen under ferien. Nævn vikarklinikken.")),
    _text("standin_clinic", "", 300, N(C, "Vikarklinik"), "Vikarklinikken"),
    _text("standin_phone", "", 40, N(C, "Telefon"), "Vikarklinikkens telefon"),
    _bool("close_econsult", True, N(C, "Luk e-konsultation"), column=N(C, "Luk e-\nkonsultation")),
    _bool("close_renewal", True, N(C, "Luk receptfornyelse"), column=N(C, "Luk recept-\nfornyelse")),
    _bool("close_booking", False, N(C, "Luk tidsbestilling"), column=N(C, "Luk tids-\nbestilling")),
)

del N, C

CLINIC = {s.field: s for s in CLINIC_SETTINGS}
PROVIDER = {s.field: s for s in PROVIDER_SETTINGS}
HOLIDAY = {s.field: s for s in HOLIDAY_FIELDS}

CLINIC_EDITABLE: tuple[str, ...] = tuple(s.field for s in CLINIC_SETTINGS if s.group != Group.FIXED)
PROVIDER_EDITABLE: tuple[str, ...] = tuple(s.field for s in PROVIDER_SETTINGS)
HOLIDAY_EDITABLE: tuple[str, ...] = tuple(s.field for s in HOLIDAY_FIELDS)


def defaults(settings: tuple[Setting, ...]) -> dict[str, object]:
    """``{field: default}`` for the settings that have one."""
    return {s.field: s.default for s in settings if s.default is not None}


def default(settings: dict[str, Setting], field: str):
    """The declared default of one setting (``default(CLINIC, "econsult_enabled")``)."""
    return settings[field].default


def provider_portal_label(name: str, title: str, display_name: str) -> str:
    """What the portal shows for a provider: the custom name alone, else name and title."""
    if display_name:
        return display_name
    return f"{name}, {title}" if title else name
