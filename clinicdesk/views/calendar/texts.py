"""Counts the calendar's panes say, with Qt's plural forms ("1 ny ledig tid", "2 nye ledige tider")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "CalendarTexts"


def new_slots_text(n: int) -> str:
    return QCoreApplication.translate("CalendarTexts", "%n nye ledige tider", "", n)


def removed_text(n: int) -> str:
    return QCoreApplication.translate("CalendarTexts", "%n fjernet", "", n)


def _after_number(text: str, n: int) -> str:
    """A spin box's suffix: the part of "1 time før" after the number (the whole text if it has none)."""
    head, sep, tail = text.partition(str(n))
    return tail if sep else " " + text


def notice_suffix(n: int) -> str:
    """" time før" / " timer før" for a notice of ``n`` hours."""
    return _after_number(QCoreApplication.translate("CalendarTexts", "%n timer før", "", n), n)


def horizon_suffix(n: int) -> str:
    """" dag frem" / " dage frem" for a horizon of ``n`` days."""
    return _after_number(QCoreApplication.translate("CalendarTexts", "%n dage frem", "", n), n)
