"""What is wrong, in one sentence, when a read failed: the escalation watch's fault line and the
check before Send say it. The faults' own messages speak of an action ("intet er gemt, din tekst
står der stadig"), which a read has not got: it says what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.domain.errors import (
    CommitInDoubt,
    ConnectionLost,
    DatabaseAccessDenied,
    DatabaseBusy,
    DatabaseUnreachable,
    DiskFull,
    InfrastructureFault,
    ReadOnlyDatabase,
)
from clinicdesk.views.service_text import error_text

# (the texts keep the watch's translation context, where they were first said)
_NOT_ANSWERING = QT_TRANSLATE_NOOP("SafetyWatch", "Databasen svarer ikke.")
_CONNECTION = QT_TRANSLATE_NOOP("SafetyWatch", "Forbindelsen til databasen er afbrudt.")
_FAULT_CAUSES: tuple[tuple[type[InfrastructureFault], str], ...] = (
    (DatabaseUnreachable, _NOT_ANSWERING),
    (ConnectionLost, _CONNECTION),
    (CommitInDoubt, _CONNECTION),
    (DatabaseBusy, QT_TRANSLATE_NOOP("SafetyWatch", "Databasen er optaget af en anden arbejdsstation.")),
    (DiskFull, QT_TRANSLATE_NOOP("SafetyWatch", "Disken er fuld.")),
    (ReadOnlyDatabase, QT_TRANSLATE_NOOP("SafetyWatch", "Databasen er skrivebeskyttet.")),
    (DatabaseAccessDenied, QT_TRANSLATE_NOOP("SafetyWatch", "Programmet har ikke adgang til databasens fil eller mappe.")),
    (InfrastructureFault, _NOT_ANSWERING),
)


def not_answering() -> str:
    return QCoreApplication.translate("SafetyWatch", _NOT_ANSWERING)


def fault_cause(exc: BaseException) -> str:
    """What is wrong, in one sentence: the database's faults in these words, another domain error
    in its own (``error_text``), anything else as unexpected (never an exception's own text)."""
    for fault, text in _FAULT_CAUSES:
        if isinstance(exc, fault):
            return QCoreApplication.translate("SafetyWatch", text)
    return error_text(exc, QCoreApplication.translate("SafetyWatch", "Der opstod en uventet fejl."))
