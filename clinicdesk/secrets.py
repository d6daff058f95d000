"""Passwords for the database and SMTP, kept in the system's secret store.

Only a real secret store is accepted: the Secret Service (GNOME Keyring, KWallet
through libsecret or D-Bus), the Windows Credential Locker or the macOS Keychain.
Backends that write passwords to a file (``keyrings.alt``'s plaintext and
"encrypted" file keyrings) are refused with :class:`PlaintextKeyringRefused`; no
backend at all gives :class:`SecretStoreUnavailable`. Never a plaintext fallback.

Tests (or a program embedding clinicdesk) may hand over a backend of their own
with :func:`trust_backend`; the application itself never does.
"""

from __future__ import annotations

import keyring
import keyring.errors

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.messages import say

SERVICE = "clinicdesk"


class SecretStoreUnavailable(ClinicDeskError):
    code = "keyring_unavailable"
    default_message = say(
        "Der er ingen nøglering (keyring) på denne computer, så adgangskoden kan ikke gemmes sikkert. "
        "Installér og lås en nøglering op (fx GNOME Keyring), og prøv igen."
    )


class PlaintextKeyringRefused(SecretStoreUnavailable):
    code = "keyring_plaintext"
    default_message = say(
        "Nøgleringen på denne computer gemmer adgangskoder i en almindelig fil (keyrings.alt), så clinicdesk "
        "bruger den ikke. Installér en rigtig nøglering – på Linux GNOME Keyring (pakken gnome-keyring) eller "
        "KWallet; Windows og macOS har deres egen – og fjern pakken keyrings.alt (pip uninstall keyrings.alt)."
    )


#: Modules of keyring backends that keep secrets in a real secret store.
REAL_STORES = frozenset({
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
})
_trusted: list = []


def trust_backend(backend) -> None:
    """Accept this one backend object as a secret store (tests; never the application)."""
    _trusted.append(backend)


def _is_real(backend) -> bool:
    return any(backend is t for t in _trusted) or type(backend).__module__ in REAL_STORES


def _backend():
    backend = keyring.get_keyring()
    if _is_real(backend):
        return backend
    chained = getattr(backend, "backends", None)
    candidates = list(chained) if chained is not None else [backend]
    for candidate in candidates:  # the chainer lists them by priority
        if _is_real(candidate):
            return candidate
    if any(type(c).__module__.startswith("keyrings.alt") for c in candidates):
        raise PlaintextKeyringRefused()
    # fail and null (which accepts a password and forgets it) are as unusable as nothing
    raise SecretStoreUnavailable()


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
