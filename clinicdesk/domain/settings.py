"""Every clinic, provider and holiday setting, declared once.

One :class:`Setting` per model attribute: its kind, default, allowed range (or
maximum length), the Danish label the settings dialog shows, the Danish help
text (its tooltip) and the noun a validation message names it by. The model
takes its column defaults from here, the service validates from here, and the
dialog builds its widgets from here. Pure data: no SQLAlchemy, no Qt.

Labels and help texts are Danish source strings; views show them through
``QCoreApplication.translate(TR_CONTEXT, text, setting.label_note)``. They are
marked with ``QT_TRANSLATE_NOOP`` (a no-op defined here) so ``pyside6-lupdate``
finds them when it scans this file. The nouns and the CHOICE ``invalid`` messages end up in the
service's validation messages, so they are ``say(...)`` texts (``domain/messages.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from clinicdesk.domain.enums import SignupMode
from clinicdesk.domain.messages import ServiceText, say

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
    """Where a setting belongs: the portal in general, the »Min Læge« app, the attachment limits, or not
    edited in the dialog."""

    PORTAL = "portal"
    APP = "app"
    FILES = "files"  # the attachment limits (the settings dialog's "Vedhæftede filer" tab)
    FIXED = "fixed"
    SAFETY = "safety"  # the safety net (the "Haster" tab; stored in safety_setting, saved by services.safety.settings)


@dataclass(frozen=True)
class Setting:
    field: str  # the model attribute
    kind: Kind
    default: object
    label: str  # Danish, as the dialog shows it (tick box text, form label or column header)
    help: str = ""  # Danish, the tooltip
    noun: ServiceText | str = ""  # how a validation message names it ("Portallinket må højst være 300 tegn."): say(…)
    minimum: int | None = None  # INT
    maximum: int | None = None  # INT
    max_length: int | None = None  # TEXT
    required: bool = False  # TEXT: may not be empty
    no_spaces: bool = False  # TEXT: may not contain white space
    multiline: bool = False  # TEXT: may hold line breaks (else one line: it may end up in a mail header)
    unit: str = ""  # INT: the spin box suffix (" dage")
    choices: tuple[tuple[object, str, str | None], ...] = ()  # CHOICE: (value, Danish label, lupdate note)
    invalid: ServiceText | str = ""  # CHOICE: the message for a value that is not one of the choices: say(…)
    column: str = ""  # a table header when it differs from the label
    label_note: str | None = None  # lupdate disambiguation of the label
    group: Group = Group.PORTAL

    @property
    def header(self) -> str:
        return self.column or self.label


def _bool(field, default, **kw) -> Setting:
    return Setting(field, Kind.BOOL, default, **kw)


def _int(field, default, minimum, maximum, noun, **kw) -> Setting:
    return Setting(field, Kind.INT, default, noun=noun, minimum=minimum, maximum=maximum, **kw)


def _text(field, max_length, noun, **kw) -> Setting:
    return Setting(field, Kind.TEXT, "", noun=noun, max_length=max_length, **kw)


# The labels, units and help texts are written as QT_TRANSLATE_NOOP("ClinicSetting", …) so that
# pyside6-lupdate finds them (it needs the literal call).

# ----------------------------------------------------------------------------- clinic
CLINIC_SETTINGS: tuple[Setting, ...] = (
    _text("display_name", 200, say("Navnet på portalen"), required=True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Navn på portalen"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Klinikkens navn øverst på patientportalen.")),
    _text("portal_link", 300, say("Portallinket"), required=True, no_spaces=True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Portallink"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Adressen, patienterne bruger for at finde klinikken på "
                                                  "portalen. Ingen mellemrum; hver klinik har sit eget link.")),
    Setting("signup_mode", Kind.CHOICE, SignupMode.WITH_APPROVAL,
            label=QT_TRANSLATE_NOOP("ClinicSetting", "Tilmelding via portalen"),
            help=QT_TRANSLATE_NOOP("ClinicSetting", "Om nye patienter kan tilmelde sig via portalen, og om "
                                                    "klinikken skal godkende dem først."),
            choices=((SignupMode.OFF, QT_TRANSLATE_NOOP("ClinicSetting", "Fra", "signup mode: off"),
                      "signup mode: off"),
                     (SignupMode.WITH_APPROVAL, QT_TRANSLATE_NOOP("ClinicSetting", "Med godkendelse"), None),
                     (SignupMode.AUTOMATIC, QT_TRANSLATE_NOOP("ClinicSetting", "Automatisk"), None)),
            invalid=say("Vælg en tilmeldingsform: fra, med godkendelse eller automatisk.")),
    _bool("econsult_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "E-konsultation"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan skrive til klinikken via portalen.")),
    _bool("renewal_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Receptfornyelse"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan bede om fornyelse af deres faste recepter.")),
    _bool("booking_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Tidsbestilling"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan bestille tid hos de behandlere, der har "
                                                  "tidsbestilling slået til.")),
    _bool("auto_create_appointments", False,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Opret aftaler automatisk ved tidsbestilling"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "En bestilt tid bliver straks en aftale i kalenderen, uden at "
                                                  "klinikken skal acceptere den.")),
    _bool("attachments_allowed", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Patienter må vedhæfte filer"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan vedhæfte billeder og PDF-filer til en "
                                                  "e-konsultation.")),
    _int("max_econsult_length", 400, 50, 4000, say("Maksimal længde af e-konsultationer"),
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Maks. længde af e-konsultation"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " tegn"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Det højeste antal tegn i en e-konsultation (50–4000).")),
    _int("booking_min_notice_days", 1, 0, 60, say("Varsel for tidsbestilling (dage)"),
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Varsel for tidsbestilling"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " dage"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Hvor mange dage før en tid patienterne senest kan bestille "
                                                 "den (0–60).")),
    _int("booking_max_horizon_days", 60, 1, 365, say("Hvor langt frem der kan bookes (dage)"),
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Kan bookes op til"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " dage frem"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Hvor langt frem patienterne kan bestille tid (1–365 dage).")),
    _int("cancellation_limit_hours", 48, 0, 168, say("Afbudsfrist (timer)"),
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Afbud senest"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " timer før"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Hvor mange timer før tiden patienterne senest kan aflyse via "
                                                 "portalen (0–168).")),
    _int("answer_due_working_days", 3, 1, 10, say("Svarfrist (arbejdsdage)"),
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Svarfrist"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " arbejdsdage"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Inden for hvor mange arbejdsdage klinikken svarer en "
                                                 "e-konsultation (1–10).")),
    # the »Min Læge« app (the national GP app shows the same inbox, appointments and renewals)
    _bool("app_enabled", True, group=Group.APP,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Klinikken kan bruges i Min Læge-appen")),
    _bool("app_econsult_enabled", True, group=Group.APP,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "E-konsultation i appen")),
    _bool("app_renewal_enabled", True, group=Group.APP,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Receptfornyelse i appen")),
    _bool("app_booking_enabled", True, group=Group.APP,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Tidsbestilling i appen")),
    _bool("app_show_appointments", True, group=Group.APP,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Vis aftaler i appen")),
    # the attachment limits (services/attachments.py checks every file against them); the portal's own
    # ceilings are 3 files from a patient, 9 in a clinic's answer and 10 MB a file: a clinic may set less
    _int("max_patient_attachments", 3, 1, 3, say("Antal filer pr. e-konsultation fra en patient"), group=Group.FILES,
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Filer pr. e-konsultation fra en patient"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " filer"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Hvor mange billeder eller PDF-filer en patient højst kan vedhæfte "
                                                 "en e-konsultation (1–3), når patienter må vedhæfte filer.")),
    _int("max_clinic_attachments", 9, 1, 9, say("Antal filer pr. svar fra klinikken"), group=Group.FILES,
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Filer pr. svar fra klinikken"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " filer"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Hvor mange filer klinikken højst kan vedhæfte et svar (1–9).")),
    _int("max_attachment_mb", 10, 1, 10, say("Største fil (MB)"), group=Group.FILES,
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Største fil"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " MB"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Den største fil, patienter og klinikken kan vedhæfte (1–10 MB).")),
    # set up with the clinic (the inbox claims use it), not in the dialog
    Setting("claim_idle_minutes", Kind.INT, 15, "Minutter, før en åbnet henvendelse frigives", group=Group.FIXED),
)

# ----------------------------------------------------------------------------- provider
PROVIDER_SETTINGS: tuple[Setting, ...] = (
    _text("display_name", 200, say("Navnet på portalen"),
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Navn på portalen"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Et eget navn på portalen, fx »Sygeplejersken«. Det skjuler "
                                                  "titlen.")),
    _text("title", 100, say("Titlen"),
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Titel"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Vises efter navnet, når behandleren ikke har et eget navn på "
                                                  "portalen.")),
    _bool("econsult_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "E-konsultation"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan skrive til behandleren.")),
    _bool("renewal_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Receptfornyelse"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Recept-\nfornyelse"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan bede behandleren om receptfornyelse.")),
    _bool("booking_enabled", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Tidsbestilling"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Tids-\nbestilling"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienterne kan bestille tid hos behandleren.")),
    _bool("booking_comment_required", False,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Kommentar påkrævet"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Kommentar\npåkrævet"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienten skal skrive, hvad tiden skal bruges til.")),
)

# ----------------------------------------------------------------------------- holiday period
HOLIDAY_FIELDS: tuple[Setting, ...] = (
    Setting("start_date", Kind.DATE, None, label_note="first day of a holiday",
            label=QT_TRANSLATE_NOOP("ClinicSetting", "Fra", "first day of a holiday"),
            help=QT_TRANSLATE_NOOP("ClinicSetting", "Ferieperiodens første dag.")),
    Setting("end_date", Kind.DATE, None,
            label=QT_TRANSLATE_NOOP("ClinicSetting", "Til og med"),
            help=QT_TRANSLATE_NOOP("ClinicSetting", "Ferieperiodens sidste dag (med).")),
    _text("message", 2000, say("Feriebeskeden"), multiline=True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Besked til patienterne"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Vises på portalen under ferien. Nævn vikarklinikken.")),
    _text("standin_clinic", 300, say("Vikarklinikken"), label=QT_TRANSLATE_NOOP("ClinicSetting", "Vikarklinik")),
    _text("standin_phone", 40, say("Vikarklinikkens telefon"), label=QT_TRANSLATE_NOOP("ClinicSetting", "Telefon")),
    _bool("close_econsult", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Luk e-konsultation"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Luk e-\nkonsultation")),
    _bool("close_renewal", True,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Luk receptfornyelse"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Luk recept-\nfornyelse")),
    _bool("close_booking", False,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Luk tidsbestilling"),
          column=QT_TRANSLATE_NOOP("ClinicSetting", "Luk tids-\nbestilling")),
)

# ----------------------------------------------------------------------------- the safety net
# (one row per clinic in safety_setting; services/safety/settings.py loads and saves them)
SAFETY_SETTINGS: tuple[Setting, ...] = (
    _int("escalation_minutes", 30, 5, 240, say("Tid før en hastesag varsles (minutter)"), group=Group.SAFETY,
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Varsl uåbnede hastesager efter"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " minutter"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "En henvendelse markeret »Haster«, som ingen har åbnet så længe i "
                                                 "klinikkens åbningstid, varsles på alle arbejdspladser (5–240).")),
    _int("unread_answer_working_days", 2, 1, 20, say("Dage før et ulæst svar giver en opgave (arbejdsdage)"),
         group=Group.SAFETY,
         label=QT_TRANSLATE_NOOP("ClinicSetting", "Ring til patienten, når et »skal læses«-svar er ulæst i"),
         unit=QT_TRANSLATE_NOOP("ClinicSetting", " arbejdsdage"),
         help=QT_TRANSLATE_NOOP("ClinicSetting", "Er et svar markeret »skal læses« stadig ikke læst efter så mange "
                                                 "arbejdsdage, får svarets afsender opgaven »Ring til patienten« "
                                                 "(1–20).")),
    _bool("receipt_mail", True, group=Group.SAFETY,
          label=QT_TRANSLATE_NOOP("ClinicSetting", "Send kvittering for modtaget e-konsultation"),
          help=QT_TRANSLATE_NOOP("ClinicSetting", "Patienten får en e-mail med den dag, klinikken svarer senest, "
                                                  "og akutnumrene. Mailen indeholder aldrig beskedens tekst.")),
)

CLINIC = {s.field: s for s in CLINIC_SETTINGS}
SAFETY = {s.field: s for s in SAFETY_SETTINGS}
PROVIDER = {s.field: s for s in PROVIDER_SETTINGS}
HOLIDAY = {s.field: s for s in HOLIDAY_FIELDS}

CLINIC_EDITABLE: tuple[str, ...] = tuple(s.field for s in CLINIC_SETTINGS if s.group != Group.FIXED)
PROVIDER_EDITABLE: tuple[str, ...] = tuple(s.field for s in PROVIDER_SETTINGS)
HOLIDAY_EDITABLE: tuple[str, ...] = tuple(s.field for s in HOLIDAY_FIELDS)
SAFETY_EDITABLE: tuple[str, ...] = tuple(s.field for s in SAFETY_SETTINGS)


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
