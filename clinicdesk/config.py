"""Workstation configuration (one INI-like JSON file in the user config dir).

Clinic-wide settings live in the database; this file only says where the
database is and how to reach the mail relay. Secrets never go here: see
:mod:`clinicdesk.secrets`.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from clinicdesk import APP_NAME


def data_dir() -> Path:
    d = Path(os.environ.get("CLINICDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    d.mkdir(parents=True, exist_ok=True)
    return d


def config_dir() -> Path:
    d = Path(os.environ.get("CLINICDESK_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'clinicdesk.db'}"


@dataclass
class SmtpConfig:
    host: str = ""
    port: int = 587
    username: str = ""
    sender: str = "no-reply@clinicdesk.invalid"
    # A relay on this machine (localhost) may be used without STARTTLS;
    # every other server must offer it or nothing is sent.
    local_relay: bool = False


@dataclass
class Config:
    db_url: str = ""
    idle_lock_minutes: int = 5
    language: str = "da"
    smtp: SmtpConfig = field(default_factory=SmtpConfig)

    @property
    def effective_db_url(self) -> str:
        return os.environ.get("CLINICDESK_DB_URL") or self.db_url or default_db_url()


def config_path() -> Path:
    return config_dir() / "config.json"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    if not path.exists():
        return Config()
    raw = json.loads(path.read_text(encoding="utf-8"))
    smtp = SmtpConfig(**raw.pop("smtp", {}))
    known = {k: v for k, v in raw.items() if k in Config.__dataclass_fields__}
    return Config(smtp=smtp, **known)


def save_config(cfg: Config, path: Path | None = None) -> Path:
    path = path or config_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(cfg), indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


# -- which databases this workstation has signed in to ---------------------------------
# A workstation that has signed in to a database before shows the login dialog at once at the
# next start, while the database opens (the user types meanwhile); the first start on it waits
# for the database (it may be empty: then the setup or the demo comes instead of a login).
# Kept as digests of the URL without its password, one a line, in the data folder.
_PASSWORD = re.compile(r"^(?P<head>[\w+]+://[^:/@]*):[^@]*@")  # user:password@ (SQLAlchemy's own reading)
_PASSWORD_PARAM = re.compile(r"([?&])password=[^&]*&?")


def _database_digest(url: str) -> str:
    """The URL's digest without its password (the same database whatever its password; no
    password is kept, even hashed). By pattern, not with ``db.normalize_url``: that imports
    SQLAlchemy, which a start shows the login before loading. Read as SQLAlchemy reads a URL: the password runs from the
    user's colon to the first "@" and may hold "/", "?" or "#"; a ``password=`` parameter goes too."""
    import hashlib

    bare = _PASSWORD_PARAM.sub(r"\1", _PASSWORD.sub(r"\g<head>@", url.strip(), count=1)).rstrip("?&")
    return hashlib.sha256(bare.encode("utf-8")).hexdigest()


def _signed_in_path() -> Path:
    return data_dir() / "signed-in-databases"


def signed_in_before(url: str) -> bool:
    """Whether a user has signed in to the database at ``url`` on this workstation."""
    try:
        return _database_digest(url) in _signed_in_path().read_text(encoding="utf-8").split()
    except OSError:  # none yet, or unreadable
        return False


def remember_signed_in(url: str) -> None:
    """Note that a user signed in to ``url`` here (a folder that cannot be written is no fault:
    the next start simply waits for the database before the login, as a first start does)."""
    if signed_in_before(url):
        return
    try:
        with _signed_in_path().open("a", encoding="utf-8") as f:
            f.write(_database_digest(url) + "\n")
    except OSError:
        pass
