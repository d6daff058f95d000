"""Refusals the portal shows a patient: a stable code and a Danish sentence.

One exception class, :class:`PortalRefusal`, with the code telling which rule
said no. ``REFUSALS`` lists every code with its default sentence, so the
simulator, the tests and a future portal front end share one vocabulary.
"""

from __future__ import annotations

from clinicdesk.domain.errors import ClinicDeskError

REFUSALS: dict[str, str] = {
    # who and where
    "unknown_clinic": "Klinikken findes ikke på patientportalen. Tjek linket, du har fået af din klinik.",
    "not_registered": "Du er ikke tilmeldt denne klinik på patientportalen. Tilmeld dig klinikken, eller kontakt den.",
    "no_portal_user": "Din bruger til patientportalen er ikke aktiv. Aktivér den med linket i din e-mail, eller kontakt klinikken.",
    "cpr_invalid": "CPR-nummeret er ikke gyldigt. Skriv de 10 cifre, fx 010190-1234.",
    # functions switched off
    "econsult_closed": "Klinikken tager ikke imod e-konsultationer på patientportalen lige nu. Ring til klinikken.",
    "renewal_closed": "Klinikken tager ikke imod receptfornyelser på patientportalen lige nu. Ring til klinikken.",
    "booking_closed": "Klinikken tager ikke imod tidsbestillinger på patientportalen lige nu. Ring til klinikken.",
    "app_closed": "Denne funktion er ikke åben i appen Min Læge hos din klinik. Brug patientportalen, eller ring til klinikken.",
    "holiday": "Klinikken holder ferie, og funktionen er lukket i ferien.",
    "provider_closed": "Den valgte behandler tager ikke imod denne type henvendelse på patientportalen. Vælg en anden behandler.",
    "provider_unknown": "Den valgte behandler findes ikke hos klinikken. Vælg en behandler fra listen.",
    "right_blocked": "Klinikken har lukket for denne funktion for dig. Du kan stadig læse dine tidligere beskeder. Kontakt klinikken.",
    "receive_only": "Du kan modtage og læse beskeder fra klinikken, men ikke selv sende. Kontakt klinikken.",
    # texts
    "empty": "Skriv en besked, før du sender.",
    "too_long": "Din besked er for lang.",
    "emoji": "Beskeden indeholder emojis eller symboler, som ikke kan sendes. Fjern dem og prøv igen.",
    "thread_unknown": "Samtalen findes ikke. Opdatér siden og prøv igen.",
    # attachments
    "attachments_not_allowed": "Klinikken tager ikke imod vedhæftede filer. Send beskeden uden filer.",
    "too_many_attachments": "Du har vedhæftet for mange filer.",
    "attachment_too_large": "En af filerne er for stor.",
    "attachment_type": "En af filerne er hverken et billede eller en PDF. Du kan kun vedhæfte billeder (PNG, JPEG, HEIC) og PDF-filer.",
    "attachment_program": "En af filerne indeholder et program og kan ikke sendes. Du kan kun vedhæfte billeder og PDF-filer.",
    "attachment_active_pdf": "En af PDF-filerne indeholder aktivt indhold (fx JavaScript) og kan ikke sendes. Gem den som en almindelig PDF og prøv igen.",
    "control_character": "Teksten indeholder usynlige kontroltegn, som ikke kan sendes. Skriv den igen og prøv igen.",
    "bidi_control": "Teksten indeholder usynlige tegn, der vender skriveretningen. Skriv den igen uden dem.",
    # renewal
    "nothing_selected": "Vælg mindst ét lægemiddel fra din medicinliste.",
    "medication_unknown": "Lægemidlet findes ikke på din medicinliste. Opdatér siden og prøv igen.",
    "addictive": "Lægemidlet kan ikke fornyes via patientportalen. Bestil en tid hos lægen.",
    "repeats_left": "Du har stadig udleveringer tilbage på recepten på apoteket. Du kan forny den, når de er brugt.",
    "already_requested": "Du har allerede bedt om fornyelse af dette lægemiddel. Vent på klinikkens svar.",
    "pharmacy_unknown": "Vælg det apotek, medicinen skal sendes til.",
    # booking
    "appointment_type_unknown": "Vælg en gyldig årsag til tidsbestillingen.",
    "slot_unknown": "Tiden findes ikke. Vælg en anden tid.",
    "slot_notice": "Tiden ligger for tæt på. Vælg en senere tid.",
    "slot_horizon": "Tiden ligger for langt ude i fremtiden. Vælg en tidligere tid.",
    "slot_outside_hours": "Tiden ligger uden for behandlerens åbningstid. Vælg en anden tid.",
    "slot_holiday": "Klinikken har lukket den dag. Vælg en anden tid.",
    "slot_taken": "Tiden er desværre lige blevet optaget af en anden. Vælg en anden tid.",
    "comment_required": "Skriv kort, hvad tiden drejer sig om. Behandleren beder om en kommentar.",
    "appointment_unknown": "Tiden findes ikke blandt dine kommende tider. Opdatér siden og prøv igen.",
    "cancel_too_late": "Tiden er for tæt på til at kunne aflyses her. Ring til klinikken for at aflyse.",
    # sign-up
    "signup_off": "Klinikken tager ikke imod tilmeldinger på patientportalen. Kontakt klinikken for at få en bruger.",
    "signup_pending": "Du har allerede bedt om at blive tilmeldt. Vent på klinikkens svar.",
    "already_registered": "Du er allerede tilmeldt denne klinik på patientportalen. Log ind.",
    "guardian_required": "Et barn under 15 år skal tilmeldes af en forælder, der selv er bruger af patientportalen.",
    "guardian_not_registered": "Forælderen er ikke bruger af patientportalen hos klinikken. Forælderen skal tilmelde sig først.",
    "name_required": "Skriv både fornavn og efternavn.",
    "email_invalid": "E-mailadressen ser ikke rigtig ud. Ret den og prøv igen.",
    "mobile_invalid": "Mobilnummeret skal være 8 cifre (evt. med +45 foran). Ret det og prøv igen.",
    "activation_invalid": "Linket virker ikke (længere). Det kan kun bruges én gang. Bed klinikken om et nyt.",
    "substitute_cpr": "Patientportalen kan ikke bruges med et erstatningspersonnummer. Kontakt klinikken.",
    # read receipt
    "message_unknown": "Beskeden findes ikke. Opdatér siden og prøv igen.",
}


class PortalRefusal(ClinicDeskError):
    """A patient's request refused by a clinic rule. ``code`` says which; ``message`` is for the patient."""

    code = "portal_refusal"
    default_message = "Din henvendelse kunne ikke modtages. Kontakt klinikken."

    def __init__(self, code: str, message: str | None = None, **details):
        if code not in REFUSALS:
            raise ValueError(f"unknown refusal code {code!r}")
        super().__init__(message or REFUSALS[code], code=code, **details)


def refuse(code: str, message: str | None = None, **details) -> PortalRefusal:
    return PortalRefusal(code, message, **details)
