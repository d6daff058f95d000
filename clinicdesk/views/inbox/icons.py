"""The inbox's small icons (SVG files in resources/icons), made once per run.

``icon("person")`` is "someone has taken the item" in the list's "Behandles af" column,
``icon("person-assigned")`` "assigned, not taken", ``icon("paperclip")`` an attached file
(a drawn icon: the 📎 glyph is missing from many fonts and showed as an empty box).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDir, QUrl
from PySide6.QtGui import QIcon

from clinicdesk.resources import resource_path

_CACHE: dict[str, QIcon] = {}


def register_icon_path() -> None:
    """Let style.qss name icons as ``url(icons:NAME.svg)`` (the spin boxes' arrows); idempotent."""
    path = str(resource_path("icons"))
    if path not in QDir.searchPaths("icons"):
        QDir.addSearchPath("icons", path)


def icon(name: str) -> QIcon:
    if name not in _CACHE:
        _CACHE[name] = QIcon(str(resource_path("icons", f"{name}.svg")))
    return _CACHE[name]


def icon_path(name: str) -> str:
    """The file of ``name``, for rich text (``<img src=…>``)."""
    return resource_path("icons", f"{name}.svg").as_posix()


def clip_img() -> str:
    """A paperclip for rich text; its alt text (and tooltip) say "vedhæftet fil"."""
    src = QUrl.fromLocalFile(icon_path("paperclip")).toString()
    alt = escape(QCoreApplication.translate("EconsultPane", "vedhæftet fil"), quote=True)
    return f"<img src='{src}' width='14' height='14' alt='{alt}' title='{alt}'>"
