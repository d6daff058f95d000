"""The inbox's fixed labels, marked for Qt's translation tools (one context, "InboxLabels").

The service has the Danish texts too (``inbox.KIND_LABELS_DA`` …); here they are
``QT_TRANSLATE_NOOP`` entries so ``pyside6-lupdate`` finds them and the English
translation can carry them. Use the functions, never the dicts, in views.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.services.inbox import Folder

CTX = "InboxLabels"

KIND = {
    ItemKind.ECONSULT: QT_TRANSLATE_NOOP(CTX, "E-konsultation"),
    ItemKind.RENEWAL: QT_TRANSLATE_NOOP(CTX, "Receptfornyelse"),
    ItemKind.BOOKING: QT_TRANSLATE_NOOP(CTX, "Tidsbestilling"),
    ItemKind.SIGNUP: QT_TRANSLATE_NOOP(CTX, "Tilmelding"),
}
KIND_SHORT = {
    ItemKind.ECONSULT: QT_TRANSLATE_NOOP(CTX, "E-kons."),
    ItemKind.RENEWAL: QT_TRANSLATE_NOOP(CTX, "Recept"),
    ItemKind.BOOKING: QT_TRANSLATE_NOOP(CTX, "Tid"),
    ItemKind.SIGNUP: QT_TRANSLATE_NOOP(CTX, "Tilmelding"),
}
STATUS = {
    ItemStatus.NEW: QT_TRANSLATE_NOOP(CTX, "Ny"),
    ItemStatus.OPEN: QT_TRANSLATE_NOOP(CTX, "Åben"),
    ItemStatus.AWAITING_PATIENT: QT_TRANSLATE_NOOP(CTX, "Afventer patient"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP(CTX, "Afsluttet"),
}
PRIORITY = {
    Priority.NORMAL: QT_TRANSLATE_NOOP(CTX, "Normal"),
    Priority.URGENT: QT_TRANSLATE_NOOP(CTX, "Haster"),
}
FOLDER = {
    Folder.NEW: QT_TRANSLATE_NOOP(CTX, "Nye"),
    Folder.MINE: QT_TRANSLATE_NOOP(CTX, "Mine"),
    Folder.ALL_OPEN: QT_TRANSLATE_NOOP(CTX, "Alle åbne"),
    Folder.AWAITING_PATIENT: QT_TRANSLATE_NOOP(CTX, "Afventer patient"),
    Folder.OVERDUE: QT_TRANSLATE_NOOP(CTX, "Overskredne"),
    Folder.DONE: QT_TRANSLATE_NOOP(CTX, "Afsluttede"),
    Folder.ALL: QT_TRANSLATE_NOOP(CTX, "Alle"),
    Folder.ECONSULT: QT_TRANSLATE_NOOP(CTX, "E-konsultationer"),
    Folder.RENEWAL: QT_TRANSLATE_NOOP(CTX, "Receptfornyelser"),
    Folder.BOOKING: QT_TRANSLATE_NOOP(CTX, "Tidsbestillinger"),
    Folder.SIGNUP: QT_TRANSLATE_NOOP(CTX, "Tilmeldinger"),
}
ROLE_GROUP = {
    Role.DOCTOR: QT_TRANSLATE_NOOP(CTX, "Alle læger"),
    Role.NURSE: QT_TRANSLATE_NOOP(CTX, "Alle sygeplejersker"),
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP(CTX, "Alle sekretærer"),
    Role.ADMIN: QT_TRANSLATE_NOOP(CTX, "Alle administratorer"),
}
LINE_DECISION = {
    "pending": QT_TRANSLATE_NOOP(CTX, "Afventer"),
    "approved": QT_TRANSLATE_NOOP(CTX, "Godkendt"),
    "rejected": QT_TRANSLATE_NOOP(CTX, "Afvist"),
}
BOOKING_OUTCOME = {
    "pending": QT_TRANSLATE_NOOP(CTX, "Afventer svar"),
    "accepted": QT_TRANSLATE_NOOP(CTX, "Godkendt"),
    "offered_other": QT_TRANSLATE_NOOP(CTX, "Anden tid tilbudt"),
    "declined": QT_TRANSLATE_NOOP(CTX, "Afvist"),
    "auto_created": QT_TRANSLATE_NOOP(CTX, "Oprettet automatisk"),
}
DAY_ENTRY = {
    "appointment": QT_TRANSLATE_NOOP(CTX, "Aftale"),
    "free": QT_TRANSLATE_NOOP(CTX, "Ledig"),
    "blocked": QT_TRANSLATE_NOOP(CTX, "Optaget"),
    "requested": QT_TRANSLATE_NOOP(CTX, "Ønsket tid"),
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
