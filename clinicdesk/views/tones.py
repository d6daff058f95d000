"""The colours that follow the system's light or dark scheme (issue 13, item 7).

One home for the program's own colours: ``LIGHT`` and ``DARK`` name the same roles (ink, muted,
line, surface, card, accent, error, ok, warning …), each pair chosen so text keeps a contrast of
at least 4.5:1 on that scheme's backgrounds. ``resources/style.qss`` names them as ``@role``
(``fill`` puts the scheme's values in); code that paints (item models, icons) asks
``colour(role)`` at paint time, so a change of scheme shows at the next repaint.
``dark_palette`` is the palette used when the system asks for dark; ``is_dark`` tells from the
application's palette which scheme is in use.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT = {
    "ink": "#1f2a33", "ink-soft": "#3d4b57", "muted": "#5b6b78", "line": "#d5dde4", "border": "#b9c5cf",
    "button-border": "#a9b7c3", "surface": "#f4f7f9", "card": "#ffffff", "hover": "#eef4f9",
    "selected-soft": "#e4eef6", "accent": "#1f6fa8", "accent-dark": "#1a5e8f", "on-accent": "#ffffff",
    "disabled-bg": "#e6ebef", "disabled-text": "#7d8a95", "lock": "#e9eef2",
    "error": "#b3261e", "ok": "#1f6f3f", "warning": "#8a4b00",
    "error-bg": "#fdecea", "error-border": "#e6a39b", "error-ink": "#8a1c12",
    "notice-bg": "#fff4cf", "notice-ink": "#5c4400",
}
DARK = {
    "ink": "#e6ebef", "ink-soft": "#cfd8df", "muted": "#a7b3bd", "line": "#3c444b", "border": "#56616b",
    "button-border": "#5f6b75", "surface": "#202428", "card": "#2a2f34", "hover": "#343b42",
    "selected-soft": "#2f4356", "accent": "#1f6fa8", "accent-dark": "#1a5e8f", "on-accent": "#ffffff",
    "disabled-bg": "#2c3136", "disabled-text": "#8c98a3", "lock": "#181b1e",
    "error": "#ff8a80", "ok": "#81c995", "warning": "#ffb86b",
    "error-bg": "#4a1f1b", "error-border": "#8c3b33", "error-ink": "#ffd6d1",
    "notice-bg": "#4a3c12", "notice-ink": "#ffe7a3",
}

_TOKEN = re.compile(r"@([a-z][a-z-]*)")


def is_dark(palette: QPalette | None = None) -> bool:
    """The scheme in use, read from the palette (dark: the window colour is dark)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def colours(dark: bool | None = None) -> dict[str, str]:
    return DARK if (is_dark() if dark is None else dark) else LIGHT


def colour(role: str, dark: bool | None = None) -> QColor:
    return QColor(colours(dark)[role])


def fill(qss: str, dark: bool) -> str:
    """``@role`` in a style sheet replaced by the scheme's colour (an unknown role is left as it is)."""
    table = colours(dark)
    return _TOKEN.sub(lambda m: table.get(m.group(1), m.group(0)), qss)


def dark_palette() -> QPalette:
    c = DARK
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c["surface"]), (roles.WindowText, c["ink"]), (roles.Base, c["card"]),
        (roles.AlternateBase, "#30363c"), (roles.Text, c["ink"]), (roles.Button, "#30363c"),
        (roles.ButtonText, c["ink"]), (roles.BrightText, "#ffffff"), (roles.Highlight, c["accent"]),
        (roles.HighlightedText, c["on-accent"]), (roles.Link, "#8ab8e6"), (roles.LinkVisited, "#b89ae6"),
        (roles.ToolTipBase, c["card"]), (roles.ToolTipText, c["ink"]), (roles.PlaceholderText, c["muted"]),
        (roles.Light, "#4a535b"), (roles.Midlight, "#3c444b"), (roles.Mid, "#2c3136"), (roles.Dark, "#15181b"),
        (roles.Shadow, "#000000"),
    ):
        pal.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["disabled-text"]))
    return pal


def set_tone(widget, tone: str | None) -> None:
    """Show a label's words in a tone of the scheme ("error", "ok", "muted", "warning"; None: plain),
    through the style sheet's ``QLabel[tone=…]`` rules, so they follow a change of scheme."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
