"""Display formats for the inbox (Danish by default, through Qt's translation) (dates "23.11. 14:05", CPR "010190-1234")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.constants import COPENHAGEN


#: the short weekday names (Danish; English through the InboxFormatting context)
WEEKDAYS = (QT_TRANSLATE_NOOP("InboxFormatting", "man"), QT_TRANSLATE_NOOP("InboxFormatting", "tir"),
            QT_TRANSLATE_NOOP("InboxFormatting", "ons"), QT_TRANSLATE_NOOP("InboxFormatting", "tor"),
            QT_TRANSLATE_NOOP("InboxFormatting", "fre"), QT_TRANSLATE_NOOP("InboxFormatting", "lør"),
            QT_TRANSLATE_NOOP("InboxFormatting", "søn"))


def local(at: datetime) -> datetime:
    return at.astimezone(COPENHAGEN)


def short_datetime(at: datetime | None, now: datetime | None = None) -> str:
    """"14:05" today, "23.11. 14:05" this year, "23.11.2025 14:05" otherwise."""
    if at is None:
        return ""
    loc = local(at)
    today = local(now).date() if now else datetime.now(COPENHAGEN).date()
    clock = f"{loc.hour:02d}:{loc.minute:02d}"  # (strftime: a third of a list row's looks)
    if loc.date() == today:
        return clock
    if loc.year == today.year:
        return f"{loc.day:02d}.{loc.month:02d}. {clock}"
    return f"{loc.day:02d}.{loc.month:02d}.{loc.year} {clock}"


def long_datetime(at: datetime | None) -> str:
    """"23.11.2026 kl. 14:05" (English: "23.11.2026 at 14:05")."""
    if at is None:
        return ""
    loc = local(at)
    return (QCoreApplication.translate("InboxFormatting", "%1 kl. %2")
            .replace("%1", loc.strftime("%d.%m.%Y")).replace("%2", loc.strftime("%H:%M")))


def receipt_text(at: datetime) -> str:
    """"Læst af patienten 12.03 kl. 10:14"."""
    loc = local(at)
    return (QCoreApplication.translate("InboxFormatting", "Læst af patienten %1 kl. %2")
            .replace("%1", loc.strftime("%d.%m")).replace("%2", loc.strftime("%H:%M")))


def short_date(d: date | None) -> str:
    if d is None:
        return ""
    return f"{d.day:02d}.{d.month:02d}."


def day_label(d: date) -> str:
    """"man 07.12.2026" (English: "Mon 07.12.2026")."""
    return f"{QCoreApplication.translate('InboxFormatting', WEEKDAYS[d.weekday()])} {d.strftime('%d.%m.%Y')}"


def hhmm(at: datetime | None) -> str:
    return local(at).strftime("%H:%M") if at else ""


def cpr_display(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}" if len(cpr) == 10 else cpr


def size_text(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
