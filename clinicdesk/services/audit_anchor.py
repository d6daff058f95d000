"""Anchors for the log of lookups outside the database: checkpoints.

The hash chain (``services.audit``) shows an edited entry, but not the newest entries
deleted, all entries deleted, or a chain recomputed with the program's own function.
A checkpoint remembers, outside the database, how long the chain was and what its
newest hash was: ``(count, last_id, head_hash)``. Each workstation keeps its own in its
data folder (one JSON line per checkpoint, per database); ``clinicdesk audit checkpoint
--out FILE`` exports one. ``clinicdesk db check`` compares the database with the newest
checkpoint and names what it finds: truncation, everything deleted, or a fork (the
entry the checkpoint names has another hash now).

A checkpoint is signed with an HMAC keyed with the installation's key (``services.audit_key``,
the same key the chain is written with; ``key_id`` names it), so a checkpoint file edited
to fit is found too. Before the log has a key, a checkpoint is written unsigned and says so.
Checkpoints signed before this (``key_id`` empty) were signed with a key of their own
(``audit-checkpoint-key``), which is still read to check them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from clinicdesk.domain.messages import say
from clinicdesk.models import AuditEntry

LEGACY_KEY_NAME = "audit-checkpoint-key"  # checkpoints signed before the installation key


@dataclass(frozen=True)
class Checkpoint:
    database: str  # which database (its address without a password)
    count: int
    last_id: int
    head_hash: str
    at: str  # ISO time, UTC
    signature: str = ""  # HMAC-SHA256 over the other fields, "" when no key was available
    key_id: str = ""  # the installation key that signed it ("" : the older checkpoint key, or unsigned)

    def payload(self) -> bytes:
        return f"{self.database}|{self.count}|{self.last_id}|{self.head_hash}|{self.at}".encode()


def _installation_key():
    from clinicdesk.services import audit_key

    try:
        return audit_key.load()
    except audit_key.AuditKeyUnavailable:
        return None


def _legacy_key() -> bytes | None:
    from clinicdesk import secrets

    try:
        value = secrets.get_secret(LEGACY_KEY_NAME)
    except secrets.SecretStoreUnavailable:
        return None
    return bytes.fromhex(value) if value else None


def _sign(cp: Checkpoint, key: bytes | None) -> str:
    return hmac.new(key, cp.payload(), hashlib.sha256).hexdigest() if key else ""


def current(db) -> Checkpoint:
    """The chain as it stands now."""
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        last = s.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return Checkpoint(db.display_url, count, last[0] if last else 0, last[1] if last else "", at)


def checkpoint_file(db, folder: Path | None = None) -> Path:
    from clinicdesk.config import data_dir

    ident = hashlib.sha256(db.display_url.encode()).hexdigest()[:16]
    return (folder or data_dir() / "audit-checkpoints") / f"{ident}.jsonl"


def write_checkpoint(db, *, out: Path | None = None, folder: Path | None = None) -> Checkpoint:
    """Record the chain's length and head in this workstation's data folder (and ``out``)."""
    cp = current(db)
    key = _installation_key()
    if key is not None:
        cp = Checkpoint(**{**asdict(cp), "signature": _sign(cp, key.checkpoint_key), "key_id": key.key_id})
    line = json.dumps(asdict(cp), ensure_ascii=False)
    path = checkpoint_file(db, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")
    if out is not None:
        Path(out).write_text(line + "\n", encoding="utf-8")
    return cp


def read_checkpoints(path: Path) -> list[Checkpoint]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(Checkpoint(**json.loads(line)))
    return out


def newest(db, *, extra: Path | None = None, folder: Path | None = None) -> Checkpoint | None:
    """The newest checkpoint for this database: from ``extra`` (an exported file) or the data folder."""
    found = read_checkpoints(Path(extra)) if extra else read_checkpoints(checkpoint_file(db, folder))
    return max(found, key=lambda c: (c.count, c.last_id), default=None)


def _signature_problem(cp: Checkpoint) -> str | None:
    key = _installation_key()
    if cp.key_id:
        if key is None:
            return say("kontrolpunkt: signaturen kan ikke kontrolleres, for denne arbejdsstation har ikke "
                       "installationens nøgle (importér den: clinicdesk audit key import FIL)")
        if key.key_id != cp.key_id:
            return say("kontrolpunkt: signeret med en anden nøgle (id {key_id}) end installationens "
                       "(id {own_key_id}): kontrolpunktet er ændret eller hører til en anden installation").format(
                key_id=cp.key_id, own_key_id=key.key_id)
        good = hmac.compare_digest(cp.signature, _sign(cp, key.checkpoint_key))
    elif cp.signature:
        legacy = _legacy_key()
        if legacy is None:
            return say("kontrolpunkt: signaturen kan ikke kontrolleres (nøglen, det blev signeret med, er her ikke)")
        good = hmac.compare_digest(cp.signature, _sign(cp, legacy))
    else:
        # with a key at hand every checkpoint is signed: a missing signature is an edit too
        good = key is None
    if good:
        return None
    return say("kontrolpunkt: usigneret, eller signaturen passer ikke (selve kontrolpunktet er ændret)")


def compare(db, cp: Checkpoint) -> list[str]:
    """What the database has done since ``cp`` that a log of lookups must never do (Danish, for `db check`)."""
    problems: list[str] = []
    sig = _signature_problem(cp)
    if sig:
        problems.append(sig)
    if cp.count == 0:
        return problems
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        upto = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= cp.last_id)) or 0
        at_last = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == cp.last_id))
        max_id = s.scalar(select(func.max(AuditEntry.id))) or 0
    if count == 0:
        problems.append(say("revisionsspor: alle poster er slettet (kontrolpunktet fra {at} talte {count})").format(
            at=cp.at, count=cp.count))
    elif max_id < cp.last_id:
        problems.append(
            say("revisionsspor: afkortet: de nyeste poster er slettet (kontrolpunktet fra {at} slutter ved "
                "post #{last_id}, loggen nu ved #{max_id})").format(at=cp.at, last_id=cp.last_id, max_id=max_id)
        )
    elif at_last is None or upto != cp.count:
        problems.append(
            say("revisionsspor: poster slettet: {missing} af de {count} poster til og med #{last_id} "
                "i kontrolpunktet fra {at} mangler").format(missing=cp.count - upto, count=cp.count,
                                                           last_id=cp.last_id, at=cp.at)
        )
    elif at_last != cp.head_hash:
        problems.append(
            say("revisionsspor: forgrening: post #{last_id} har ikke længere den værdi, kontrolpunktet fra {at} "
                "noterede (kæden er skrevet om)").format(last_id=cp.last_id, at=cp.at)
        )
    return problems
