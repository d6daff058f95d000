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


@pytest.mark.parametrize("kind", ["plaintext", "encrypted"])
def test_a_file_keyring_from_keyrings_alt_is_refused(backend, kind, tmp_path):
    """keyrings.alt writes the password to a file (base64 at best): never accepted."""
    from keyrings.alt import file as alt

    if kind == "plaintext":
        kr = alt.PlaintextKeyring()
    else:  # its crypto package is not installed here; the refusal looks at what the backend is, not its keys
        kr = alt.EncryptedKeyring.__new__(alt.EncryptedKeyring)
    kr.file_path = str(tmp_path / "keyring.cfg")  # a fresh file nobody trusted
    backend(kr)
    with pytest.raises(secrets.PlaintextKeyringRefused) as exc:
        secrets.set_secret("smtp", "Hemmelig-smtp-1")
    assert exc.value.code == "keyring_plaintext"
    assert "gnome-keyring" in str(exc.value) and "keyrings.alt" in str(exc.value)
    assert not (tmp_path / "keyring.cfg").exists()


def test_a_chain_uses_only_its_real_store(backend, _real_keyring, tmp_path):
    from keyring.backends.chainer import ChainerBackend
    from keyrings.alt.file import PlaintextKeyring

    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "plain.cfg")
    class Chain(ChainerBackend):
        backends = ()  # a plain attribute instead of the discovered list

    chain = Chain()
    chain.backends = [plain, _real_keyring]  # the plaintext one first, as its priority would put it
    backend(chain)
    secrets.set_secret("test:chain", "Hemmelig-kæde-1")
    assert not (tmp_path / "plain.cfg").exists()
    backend(_real_keyring)
    assert secrets.get_secret("test:chain") == "Hemmelig-kæde-1"
    secrets.delete_secret("test:chain")


def test_mail_configure_refuses_a_plaintext_keyring(backend, tmp_path, capsys):
    """The finding: `mail configure` wrote the SMTP password base64-encoded to a file."""
    import io
    import sys

    from keyrings.alt.file import PlaintextKeyring

    from clinicdesk import cli

    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring.cfg")
    backend(kr)
    stdin = sys.stdin
    sys.stdin = io.StringIO("Hemmelig-smtp-1\n")
    try:
        code = cli.main(["mail", "configure", "--host", "smtp.klinik.invalid", "--port", "587",
                         "--username", "klinik", "--sender", "no-reply@klinik.invalid", "--password-stdin"])
    finally:
        sys.stdin = stdin
    out = capsys.readouterr()
    assert code != 0
    assert "keyrings.alt" in out.err + out.out
    assert not (tmp_path / "keyring.cfg").exists()
