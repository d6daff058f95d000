"""One resolver for files under ``resources/``.

Works from a source checkout (``<repo>/resources``), an installed wheel
(``clinicdesk/_resources``, force-included by hatchling) and a frozen
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")
    candidates.append(here.parent / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("clinicdesk resources folder not found; tried: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Absolute path of a file under resources/ (it need not exist)."""
    return resources_root().joinpath(*parts)
