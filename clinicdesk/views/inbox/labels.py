"""The inbox's fixed labels, marked for Qt's translation tools (one context, "InboxLabels").

They are ``QT_TRANSLATE_NOOP`` entries with the context written out (lupdate does
not read a variable), so ``pyside6-lupdate`` finds them and the English translation
can carry them. Use the functions, never the dicts, in views.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.services.inbox import Folder

CTX = "InboxLabels"

KIND = {
    ItemKind.ECONSULT: QT_TRANSLATE_NOOP("InboxLabels", "E-konsultation"),
    ItemKind.RENEWAL: QT_TRANSLATE_NOOP("InboxLabels", "Receptfornyelse"),
    ItemKind.BOOKING: QT_TRANSLATE_NOOP("InboxLabels", "Tidsbestilling"),
    ItemKind.SIGNUP: QT_TRANSLATE_NOOP("InboxLabels", "Tilmelding"),
}
KIND_SHORT = {
    ItemKind.ECONSULT: QT_TRANSLATE_NOOP("InboxLabels", "E-kons."),
    ItemKind.RENEWAL: QT_TRANSLATE_NOOP("InboxLabels", "Recept"),
    ItemKind.BOOKING: QT_TRANSLATE_NOOP("InboxLabels", "Tid"),
    ItemKind.SIGNUP: QT_TRANSLATE_NOOP("InboxLabels", "Tilmelding"),
}
STATUS = {
    ItemStatus.NEW: QT_TRANSLATE_NOOP("InboxLabels", "Ny"),
    ItemStatus.OPEN: QT_TRANSLATE_NOOP("InboxLabels", "Åben"),
    ItemStatus.AWAITING_PATIENT: QT_TRANSLATE_NOOP("InboxLabels", "Afventer patient"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP("InboxLabels", "Afsluttet"),
}
PRIORITY = {
    Priority.NORMAL: QT_TRANSLATE_NOOP("InboxLabels", "Normal"),
    Priority.URGENT: QT_TRANSLATE_NOOP("InboxLabels", "Haster"),
}
FOLDER = {
    Folder.URGENT: QT_TRANSLATE_NOOP("InboxLabels", "Haster"),
    Folder.UNREACHABLE: QT_TRANSLATE_NOOP("InboxLabels", "Kan ikke kontaktes"),
    Folder.NEW: QT_TRANSLATE_NOOP("InboxLabels", "Nye"),
    Folder.MINE: QT_TRANSLATE_NOOP("InboxLabels", "Mine"),
    Folder.ALL_OPEN: QT_TRANSLATE_NOOP("InboxLabels", "Alle åbne"),
    Folder.AWAITING_PATIENT: QT_TRANSLATE_NOOP("InboxLabels", "Afventer patient"),
    Folder.OVERDUE: QT_TRANSLATE_NOOP("InboxLabels", "Overskredne"),
    Folder.DONE: QT_TRANSLATE_NOOP("InboxLabels", "Afsluttede"),
    Folder.ALL: QT_TRANSLATE_NOOP("InboxLabels", "Alle"),
    Folder.ECONSULT: QT_TRANSLATE_NOOP("InboxLabels", "E-konsultationer"),
    Folder.RENEWAL: QT_TRANSLATE_NOOP("InboxLabels", "Receptfornyelser"),
    Folder.BOOKING: QT_TRANSLATE_NOOP("InboxLabels", "Tidsbestillinger"),
    Folder.SIGNUP: QT_TRANSLATE_NOOP("InboxLabels", "Tilmeldinger"),
}
ROLE_GROUP = {
    Role.DOCTOR: QT_TRANSLATE_NOOP("InboxLabels", "Alle læger"),
    Role.NURSE: QT_TRANSLATE_NOOP("InboxLabels", "Alle sygeplejersker"),
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("InboxLabels", "Alle sekretærer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("InboxLabels", "Alle administratorer"),
}
LINE_DECISION = {
    "pending": QT_TRANSLATE_NOOP("InboxLabels", "Afventer"),
    "approved": QT_TRANSLATE_NOOP("InboxLabels", "Godkendt"),
    "rejected": QT_TRANSLATE_NOOP("InboxLabels", "Afvist"),
}
BOOKING_OUTCOME = {
    "pending": QT_TRANSLATE_NOOP("InboxLabels", "Afventer svar"),
    "accepted": QT_TRANSLATE_NOOP("InboxLabels", "Godkendt"),
    "offered_other": QT_TRANSLATE_NOOP("InboxLabels", "Anden tid tilbudt"),
    "declined": QT_TRANSLATE_NOOP("InboxLabels", "Afvist"),
    "auto_created": QT_TRANSLATE_NOOP("InboxLabels", "Oprettet automatisk"),
}
DAY_ENTRY = {
    "appointment": QT_TRANSLATE_NOOP("InboxLabels", "Aftale"),
    "free": QT_TRANSLATE_NOOP("InboxLabels", "Ledig"),
    "blocked": QT_TRANSLATE_NOOP("InboxLabels", "Optaget"),
    "requested": QT_TRANSLATE_NOOP("InboxLabels", "Ønsket tid"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def kind(k: ItemKind) -> str:
    return tr(KIND[k])


def kind_short(k: ItemKind) -> str:
    return tr(KIND_SHORT[k])


def status(s: ItemStatus) -> str:
    return tr(STATUS[s])


def priority(p: Priority) -> str:
    return tr(PRIORITY[p])


def folder(f: Folder) -> str:
    return tr(FOLDER[f])


def role_group(r: Role) -> str:
    return tr(ROLE_GROUP[r])


def lookup(table: dict, key: str) -> str:
    return tr(table[key]) if key in table else key
