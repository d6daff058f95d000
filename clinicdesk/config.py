"""Workstation configuration (one INI-like JSON file in the user config dir).

Clinic-wide settings live in the database; this file only says where the
database is and how to reach the mail relay. Secrets never go here: see
:mod:`clinicdesk.secrets`.
"""

from __future__ import annotations

import json
import os
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
