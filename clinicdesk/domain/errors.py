"""Domain exceptions: each carries a stable code and a Danish message fit for a user."""

from __future__ import annotations


class ClinicDeskError(Exception):
    code: str = "error"
    default_message: str = "Der opstod en fejl."

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
    default_message = "Du har ikke adgang til at gøre dette. Spørg en administrator."


class NotFound(ClinicDeskError):
    code = "not_found"
    default_message = "Det du leder efter, findes ikke (længere). Opdatér visningen og prøv igen."


class StaleData(ClinicDeskError):
    code = "stale"
    default_message = (
        "En anden har ændret dette, siden du åbnede det. Genindlæs for at se den nyeste udgave; "
        "din tekst er bevaret."
    )


class ValidationError(ClinicDeskError):
    code = "invalid"
    default_message = "Oplysningerne er ikke gyldige."


class LoginFailed(ClinicDeskError):
    """Every failed login says the same, so no one learns which usernames exist or are locked."""

    code = "login_failed"
    default_message = (
        "Log ind mislykkedes. Tjek brugernavn og adgangskode, og prøv igen. Efter 5 forkerte forsøg "
        "spærres kontoen i 15 minutter; en administrator kan låse den op."
    )


class AccessRevoked(PermissionDenied):
    """The staff member's access changed since they logged in (deactivated, removed or a new role)."""

    code = "access_revoked"
    default_message = (
        "Din adgang er blevet ændret eller lukket, siden du loggede ind. Log ind igen; "
        "spørg en administrator, hvis du mangler adgang."
    )
