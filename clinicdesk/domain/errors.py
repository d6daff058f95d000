"""Domain exceptions: each carries a stable code and a Danish message fit for a user
(marked with ``say``, so the views show it in English under ``--lang en``)."""

from __future__ import annotations

from clinicdesk.domain.messages import ServiceText, say


class ClinicDeskError(Exception):
    code: str = "error"
    default_message: str = say("Der opstod en fejl.")

    def __init__(self, message: str | None = None, *, code: str | None = None, **details):
        self.message = message or self.default_message
        if code:
            self.code = code
        self.details = details
        super().__init__(self.message)

    def __str__(self) -> str:  # what a user sees
        return self.message


class PermissionDenied(ClinicDeskError):
    code = "permission_denied"
    default_message = say("Du har ikke adgang til at gøre dette. Spørg en administrator.")


class NotFound(ClinicDeskError):
    code = "not_found"
    default_message = say("Det du leder efter, findes ikke (længere). Opdatér visningen og prøv igen.")


class StaleData(ClinicDeskError):
    code = "stale"
    default_message = say(
        "En anden har ændret dette, siden du åbnede det. Genindlæs for at se den nyeste udgave; "
        "din tekst er bevaret."
    )


class ValidationError(ClinicDeskError):
    code = "invalid"
    default_message = say("Oplysningerne er ikke gyldige.")


class LoginFailed(ClinicDeskError):
    """Every failed login says the same, so no one learns which usernames exist or are locked."""

    code = "login_failed"
    default_message = say(
        "Log ind mislykkedes. Tjek brugernavn og adgangskode, og prøv igen. Efter 5 forkerte forsøg "
        "spærres kontoen i 15 minutter; en administrator kan låse den op."
    )


class PasswordChangeRequired(ClinicDeskError):
    """The password was right, but it is a temporary one: the user must choose their own first."""

    code = "password_change_required"
    default_message = say("Din adgangskode er midlertidig (sat af en administrator). Vælg din egen adgangskode, "
                       "før du fortsætter.")


class AccessRevoked(PermissionDenied):
    """The staff member's access changed since they logged in (deactivated, removed or a new role)."""

    code = "access_revoked"
    default_message = say(
        "Din adgang er blevet ændret eller lukket, siden du loggede ind. Log ind igen; "
        "spørg en administrator, hvis du mangler adgang."
    )


# -- faults of the machine, the disk or the network, in the user's words -------------------------

class InfrastructureFault(ClinicDeskError):
    """Not the user's mistake and not a rule: the disk, the database file or the server.

    ``retry_safe``: trying the same action again cannot do it twice, even without an action id.
    ``safe_retry_message``: what the user is told where the action carried an action id
    (the inbox's actions): a retry with the same id is answered "allerede sendt" when the
    first attempt went through, so pressing the same button again is always safe."""

    code = "infrastructure"
    retry_safe = True
    default_message = say("Der opstod en fejl i databasen. Intet er gemt. Prøv igen om lidt; kontakt IT, hvis det varer ved.")
    #: said after the message where the action carried an action id
    retry_note = say("Det er sikkert at trykke på den samme knap igen: intet bliver gjort to gange.")
    #: the whole text for an action with an id, where the default message's advice does not fit
    default_safe_retry_message: ServiceText | str = ""

    @property
    def safe_retry_message(self) -> str:
        if self.default_safe_retry_message and self.message == self.default_message:
            return self.default_safe_retry_message
        return self.message + " " + self.retry_note


class DiskFull(InfrastructureFault):
    code = "disk_full"
    default_message = say(
        "Disken er fuld, så ændringen kunne ikke gemmes. Intet er gået tabt: din tekst står der stadig. "
        "Frigør plads på disken (eller kontakt IT), og prøv så igen."
    )


class DatabaseBusy(InfrastructureFault):
    code = "database_busy"
    default_message = say(
        "Databasen er optaget af en anden arbejdsstation lige nu, så intet er gemt endnu. "
        "Vent et øjeblik, og prøv igen; din tekst står der stadig."
    )


class ConnectionLost(InfrastructureFault):
    code = "connection_lost"
    default_message = say(
        "Forbindelsen til databasen blev afbrudt, så intet er gemt. Kontrollér netværket, og prøv igen; "
        "din tekst står der stadig."
    )
    default_safe_retry_message = say(
        "Forbindelsen til databasen blev afbrudt, så handlingen kan være gennemført eller ej. Kontrollér "
        "netværket, og tryk så på den samme knap igen – det er sikkert: er handlingen allerede gennemført, "
        "får du besked om det, og intet bliver sendt eller gjort to gange. Din tekst står der stadig."
    )


class DatabaseUnreachable(ConnectionLost):
    """No connection could be made (the server is down, the name unknown): nothing was done."""

    code = "database_unreachable"
    default_message = say(
        "Databasen kan ikke nås lige nu (serveren svarer ikke), så intet er gemt. Kontrollér netværket, eller bed "
        "IT se efter databaseserveren, og prøv så igen; din tekst står der stadig."
    )
    default_safe_retry_message = default_message


class CommitInDoubt(InfrastructureFault):
    """The connection dropped during COMMIT: the work may be stored. Without an action id a
    retry may do it twice (``retry_safe`` False); with one it is answered "allerede sendt"."""

    code = "commit_in_doubt"
    retry_safe = False
    default_message = say(
        "Forbindelsen blev afbrudt, lige da ændringen blev gemt, så det er uvist, om den nåede frem. "
        "Genindlæs (F5) og se efter, før du prøver igen; din tekst står der stadig."
    )
    default_safe_retry_message = say(
        "Forbindelsen blev afbrudt, lige da handlingen blev gemt, så det er uvist, om den nåede frem: den kan "
        "være gennemført. Tryk på den samme knap igen – det er sikkert: er handlingen allerede gennemført, får "
        "du besked om det (»Allerede sendt«), og intet bliver sendt eller gjort to gange. Din tekst står der stadig."
    )


class ReadOnlyDatabase(InfrastructureFault):
    code = "read_only"
    default_message = say(
        "Databasen kan kun læses (filen eller disken er skrivebeskyttet), så intet er gemt. Kontakt IT."
    )


class DatabaseAccessDenied(InfrastructureFault):
    code = "access_denied_file"
    default_message = say("Programmet har ikke adgang til databasens fil eller mappe, så intet er gemt. Kontakt IT.")
