"""clinicdesk.secrets on the real (file) keyring from conftest, and failing closed without one."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from clinicdesk import secrets
from clinicdesk.db import Database
from clinicdesk.secrets import SecretStoreUnavailable

DANISH = (
    "Der er ingen nøglering (keyring) på denne computer, så adgangskoden kan ikke gemmes sikkert. "
    "Installér og lås en nøglering op (fx GNOME Keyring), og prøv igen."
)


@pytest.fixture
def backend():
    """Swap the keyring backend for one test and always put the real one back."""
    original = keyring.get_keyring()

    def use(kr):
        keyring.set_keyring(kr)
        return kr

    yield use
    keyring.set_keyring(original)


def test_round_trip_on_the_real_keyring(_real_keyring):
    assert keyring.get_keyring() is _real_keyring
    name = "test:round-trip"
    assert secrets.get_secret(name) is None
    secrets.set_secret(name, "Hemmelig æøå 1")
    assert secrets.get_secret(name) == "Hemmelig æøå 1"
    # it is really stored in the keyring file in the private test home, not kept in memory
    path = Path(_real_keyring.file_path)
    assert path.is_file() and str(path).startswith(os.environ["HOME"])
    assert "clinicdesk" in path.read_text(encoding="utf-8")
    secrets.set_secret(name, "Ny1")
    assert secrets.get_secret(name) == "Ny1"
    secrets.delete_secret(name)
    assert secrets.get_secret(name) is None
    secrets.delete_secret(name)  # deleting what is not there is not an error


def test_database_password_comes_from_the_keyring():
    url = "postgresql://clinic@db.klinik.invalid:5432/clinicdesk"
    name = secrets.db_secret_name("postgresql+psycopg://clinic@db.klinik.invalid:5432/clinicdesk")
    # whoever stores the password may write the URL either way: one name
    assert secrets.db_secret_name(url) == name
    assert secrets.db_secret_name("postgresql://clinic:old@db.klinik.invalid:5432/clinicdesk") == name
    assert "old" not in name
    secrets.set_secret(name, "pg-Hemmelig1")
    try:
        d = Database(url, migrate=False)  # no connection is made without migrating
        assert d.url.password == "pg-Hemmelig1"
        assert "pg-Hemmelig1" not in d.display_url
        d.dispose()
    finally:
        secrets.delete_secret(name)
    d = Database(url, migrate=False)
    assert d.url.password is None
    d.dispose()


@pytest.mark.parametrize("make", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_fails_closed_without_a_usable_keyring(backend, make):
    backend(make())
    for call in (
        lambda: secrets.set_secret("smtp", "Hemmelig1"),
        lambda: secrets.get_secret("smtp"),
        lambda: secrets.delete_secret("smtp"),
    ):
        with pytest.raises(SecretStoreUnavailable) as exc:
            call()
        assert exc.value.code == "keyring_unavailable"
        assert str(exc.value) == DANISH


def test_nothing_is_written_anywhere_when_the_keyring_fails(backend, _real_keyring):
    backend(keyring.backends.fail.Keyring())
    with pytest.raises(SecretStoreUnavailable):
        secrets.set_secret("test:fail-closed", "Hemmelig1")
    backend(_real_keyring)
    assert secrets.get_secret("test:fail-closed") is None


def test_database_without_keyring_still_opens_without_password(backend):
    backend(keyring.backends.fail.Keyring())
    d = Database("postgresql://clinic@db.klinik.invalid/clinicdesk", migrate=False)
    assert d.url.password is None  # peer/trust auth may still work; a failed login says so
    d.dispose()


def test_backend_is_restored_after_the_fail_tests(_real_keyring):
    assert keyring.get_keyring() is _real_keyring
