"""Passwords for the database and SMTP, kept in the system keyring.

Fails closed: when no usable keyring backend exists the caller gets
:class:`SecretStoreUnavailable` with a Danish message, never a plaintext
fallback.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail, null

from clinicdesk.domain.errors import ClinicDeskError

SERVICE = "clinicdesk"


class SecretStoreUnavailable(ClinicDeskError):
    code = "keyring_unavailable"
    default_message = (
        "Der er ingen nøglering (keyring) på denne computer, så adgangskoden kan ikke gemmes sikkert. "
        "Installér og lås en nøglering op (fx GNOME Keyring), og prøv igen."
    )


def _backend():
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    # the null backend accepts a password and forgets it: as unusable as no backend at all
    if isinstance(backend, (fail.Keyring, null.Keyring)) or (chained is not None and not chained):
        raise SecretStoreUnavailable()
    return backend


def set_secret(name: str, value: str) -> None:
    backend = _backend()
    try:
        backend.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def get_secret(name: str) -> str | None:
    backend = _backend()
    try:
        return backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def delete_secret(name: str) -> None:
    backend = _backend()
    try:
        backend.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable() from exc


def db_secret_name(url) -> str:
    """The keyring name for a database URL's password: the same name whether the URL is
    written ``postgresql://`` or ``postgresql+psycopg://``, with or without a password."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return f"db:{u._replace(password=None).render_as_string(hide_password=True)}"


SMTP_SECRET = "smtp"
