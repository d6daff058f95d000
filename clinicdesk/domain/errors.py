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
    code = "login_failed"
    default_message = "Forkert brugernavn eller adgangskode. Prøv igen."


class AccountLocked(ClinicDeskError):
    code = "account_locked"
    template = "Kontoen er spærret efter for mange forkerte forsøg. Vent {minutes} minutter, eller bed en administrator om at låse den op."
    default_message = "Kontoen er spærret efter for mange forkerte forsøg. Vent lidt, eller bed en administrator om at låse den op."

    @classmethod
    def for_minutes(cls, minutes: int) -> "AccountLocked":
        return cls(cls.template.format(minutes=minutes), minutes=minutes)
