"""The installation's key for the log of lookups: one secret, kept in each workstation's keyring.

Every entry written to the log carries an HMAC-SHA256 keyed with it (``services.audit``),
and the checkpoints outside the database are signed with it (``services.audit_anchor``),
so someone who can write to the database but has no workstation's keyring cannot
recompute the chain to fit an edit: ``clinicdesk db check`` names it.

* **One key per installation.** It is made by the first workstation that writes to a log
  holding no keyed entry yet (a new installation, or the first write after the upgrade
  that brought keyed entries), in the same transaction as that first keyed entry, and
  stored in the keyring before the entry commits. ``start`` is that entry's id: from it
  on, every entry must be keyed (older entries keep their plain SHA-256 hashes).
* **The next workstation** gets it from the administrator: ``clinicdesk audit key export
  FILE`` on a workstation that has it, ``clinicdesk audit key import FILE`` on the new one.
  It is never stored in the database (whoever writes there must not be able to read it).
* **A workstation without it** cannot write a keyed entry, so it refuses to write at all
  (:class:`AuditKeyMissing`, a Danish message telling the administrator to import it) and
  ``db check`` says it cannot check the keyed part.
* Only a real secret store holds it (``clinicdesk.secrets``): without one, nothing is
  written to the log (:class:`AuditKeyUnavailable`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets as _pysecrets
from dataclasses import dataclass, field
from pathlib import Path

from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.domain.messages import say

KEY_NAME = "audit-key"
SCHEME = "k1"  # the prefix of a keyed hash: "k1:<key id>:<HMAC, base64url>"
FILE_MARK = "clinicdesk-audit-key"


class AuditKeyMissing(ClinicDeskError):
    code = "audit_key_missing"
    default_message = say(
        "Denne arbejdsstation mangler installationens nøgle til loggen over opslag, så den kan ikke skrive i "
        "loggen, og programmet kan ikke bruges her endnu. Bed administratoren eksportere nøglen på en "
        "arbejdsstation, der allerede bruger programmet (clinicdesk audit key export FIL), og importere den "
        "her (clinicdesk audit key import FIL)."
    )


class AuditKeyMismatch(AuditKeyMissing):
    code = "audit_key_mismatch"
    default_message = say(
        "Nøglen til loggen over opslag på denne arbejdsstation er ikke den, installationens log er skrevet "
        "med. Bed administratoren eksportere installationens nøgle på en arbejdsstation, der bruger "
        "programmet (clinicdesk audit key export FIL), og importere den her (clinicdesk audit key import FIL)."
    )


class AuditKeyUnavailable(AuditKeyMissing):
    code = "audit_key_keyring"
    default_message = say(
        "Der er ingen brugbar nøglering (keyring) på denne computer, så nøglen til loggen over opslag kan "
        "ikke gemmes eller læses, og intet skrives i loggen. Installér og lås en nøglering op (fx GNOME "
        "Keyring), og prøv igen."
    )


class AuditKeyFileInvalid(ClinicDeskError):
    code = "audit_key_file"
    default_message = say(
        "Filen er ikke en nøglefil fra clinicdesk (eller den er ændret). Eksportér nøglen igen med "
        "clinicdesk audit key export FIL, og importér den nye fil."
    )


def _derive(secret: bytes, label: str) -> bytes:
    return hmac.new(secret, f"clinicdesk/{label}/v1".encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class InstallationKey:
    secret: bytes
    start: int  # the id of the first entry written with this key (1: a log that began keyed)
    key_id: str = field(init=False)  # 8 hex digits; stored in every keyed hash (tells keys apart)
    chain_key: bytes = field(init=False, repr=False)
    checkpoint_key: bytes = field(init=False, repr=False)

    def __post_init__(self):
        if len(self.secret) != 32:
            raise ValueError("an installation key has 32 bytes")
        object.__setattr__(self, "key_id", _derive(self.secret, "key-id").hex()[:8])
        object.__setattr__(self, "chain_key", _derive(self.secret, "audit-chain"))
        object.__setattr__(self, "checkpoint_key", _derive(self.secret, "audit-checkpoint"))

    @classmethod
    def new(cls, start: int = 1) -> "InstallationKey":
        return cls(_pysecrets.token_bytes(32), start)

    def to_json(self) -> str:
        return json.dumps({FILE_MARK: 1, "key_id": self.key_id, "key": self.secret.hex(), "start": self.start})

    @classmethod
    def from_json(cls, text: str) -> "InstallationKey":
        try:
            data = json.loads(text)
            if data.get(FILE_MARK) != 1:
                raise ValueError("not a key file")
            key = cls(bytes.fromhex(data["key"]), int(data["start"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AuditKeyFileInvalid() from exc
        if key.start < 1 or data.get("key_id") != key.key_id:  # a typo or an edit
            raise AuditKeyFileInvalid()
        return key


def key_id_of(entry_hash: str) -> str | None:
    """The key id in a keyed hash, or None for a plain SHA-256 hash (written before keys)."""
    parts = entry_hash.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == SCHEME else None


# -- where the key lives ------------------------------------------------------------
_cache: tuple[object, InstallationKey] | None = None  # (keyring backend, its key): found keys only
_process_key: InstallationKey | None = None


def use_throwaway_key() -> InstallationKey:
    """This process writes with a key of its own that no keyring ever sees: for a throwaway
    database only (the ``--self-test``), never for a clinic's log."""
    global _process_key
    _process_key = InstallationKey.new()
    return _process_key


def forget() -> None:
    """Read the keyring again next time (after an import, or a test that changed it)."""
    global _cache
    _cache = None


def _backend():
    from clinicdesk import secrets

    try:
        return secrets._backend()
    except secrets.SecretStoreUnavailable as exc:
        raise AuditKeyUnavailable() from exc


def load(*, fresh: bool = False) -> InstallationKey | None:
    """This workstation's installation key, or None. Raises :class:`AuditKeyUnavailable`
    without a usable keyring."""
    global _cache
    if _process_key is not None:
        return _process_key
    backend = _backend()
    if not fresh and _cache is not None and _cache[0] is backend:
        return _cache[1]
    from clinicdesk import secrets

    try:
        value = secrets.get_secret(KEY_NAME)
    except secrets.SecretStoreUnavailable as exc:
        raise AuditKeyUnavailable() from exc
    if not value:
        return None
    try:
        key = InstallationKey.from_json(value)
    except AuditKeyFileInvalid:
        return None  # an unreadable entry counts as none: db check and writing say what to do
    _cache = (backend, key)
    return key


def store(key: InstallationKey) -> None:
    """Put ``key`` in this workstation's keyring (replacing what was there)."""
    from clinicdesk import secrets

    if _process_key is not None:
        return
    try:
        secrets.set_secret(KEY_NAME, key.to_json())
    except secrets.SecretStoreUnavailable as exc:
        raise AuditKeyUnavailable() from exc
    forget()


def for_append(newest_hash: str | None) -> tuple[InstallationKey | None, bool]:
    """The key to write the next entry with, given the newest entry's hash (None: an empty log).

    Returns ``(key, made)``; ``made`` is True for a new installation key, which the caller
    stores (with its ``start``) once it knows the first keyed entry's id. ``(None, False)``:
    write a plain entry — only while the log holds no keyed entry and this computer has no
    secret store (a trial on a machine without a keyring: ``scripts/run.sh`` on a fresh
    machine); ``db check`` says the log is not keyed. Once a keyed entry exists, a
    workstation without the key refuses to write (:class:`AuditKeyMissing`).
    """
    chain_id = key_id_of(newest_hash) if newest_hash else None
    try:
        key = load()
    except AuditKeyUnavailable:
        if chain_id is not None:
            raise
        return None, False
    if chain_id is not None:
        if key is None:
            raise AuditKeyMissing()
        if key.key_id != chain_id:
            key = load(fresh=True)  # imported since this process read it?
            if key is None:
                raise AuditKeyMissing()
            if key.key_id != chain_id:
                raise AuditKeyMismatch()
        return key, False
    if key is not None:
        return key, False
    return InstallationKey.new(start=0), True  # the log holds no keyed entry: this one begins it


def check_workstation(db) -> InstallationKey | None:
    """At start: raise :class:`AuditKeyMissing` (or a subclass) when this workstation could not
    write to the log; return its key (None while the log holds no keyed entry)."""
    from sqlalchemy import select

    from clinicdesk.models import AuditEntry

    with db.session() as s:
        newest = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    chain_id = key_id_of(newest) if newest else None
    try:
        key = load(fresh=True)
    except AuditKeyUnavailable:
        if chain_id is None:
            return None  # no secret store and a log not keyed (yet): plain entries, db check says so
        raise
    if chain_id is None:
        return key
    if key is None:
        raise AuditKeyMissing()
    if key.key_id != chain_id:
        raise AuditKeyMismatch()
    return key


# -- moving it to the next workstation ----------------------------------------------
def export_to(path: Path) -> InstallationKey:
    key = load(fresh=True)
    if key is None:
        raise AuditKeyMissing(say(
            "Denne arbejdsstation har ingen nøgle til loggen over opslag at eksportere. Eksportér den fra en "
            "arbejdsstation, der allerede bruger programmet (nøglen laves, første gang programmet skriver i loggen).")
        )
    path = Path(path)
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the owner alone may read it
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(key.to_json() + "\n")
    return key


def import_from(path: Path, db=None) -> InstallationKey:
    """Read a key file into this workstation's keyring. With ``db``: only a key that the log
    (if keyed) was written with."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditKeyFileInvalid(say("Nøglefilen {path} kunne ikke læses. Kontrollér stien, og prøv igen.").format(
            path=str(path))) from exc
    key = InstallationKey.from_json(text)
    if db is not None:
        from sqlalchemy import select

        from clinicdesk.models import AuditEntry

        with db.session() as s:
            newest = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
        chain_id = key_id_of(newest) if newest else None
        if chain_id is not None and chain_id != key.key_id:
            raise AuditKeyFileInvalid(say(
                "Nøglen i filen (id {key_id}) er ikke den, databasens log over opslag er skrevet med "
                "(id {chain_id}). Eksportér nøglen fra en arbejdsstation, der bruger denne database."
            ).format(key_id=key.key_id, chain_id=chain_id))
    store(key)
    return key
