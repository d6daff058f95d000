"""The history tab's labels (context "PatientHistory"): kinds, appointment statuses, a row's details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.services import patient_history as hist
from clinicdesk.views.inbox import labels
from clinicdesk.views.patient_card.common import local_datetime

translate = QCoreApplication.translate

CTX = "PatientHistory"
KIND = {
    hist.ECONSULT: QT_TRANSLATE_NOOP("PatientHistory", "E-konsultation"),
    hist.RENEWAL: QT_TRANSLATE_NOOP("PatientHistory", "Receptfornyelse"),
    hist.BOOKING: QT_TRANSLATE_NOOP("PatientHistory", "Tidsbestilling"),
    hist.APPOINTMENT: QT_TRANSLATE_NOOP("PatientHistory", "Aftale"),
}
APPOINTMENT_STATUS = {
    "booked": QT_TRANSLATE_NOOP("PatientHistory", "Booket"),
    "attended": QT_TRANSLATE_NOOP("PatientHistory", "Mødt"),
    "cancelled_by_clinic": QT_TRANSLATE_NOOP("PatientHistory", "Aflyst af klinikken"),
    "cancelled_by_patient": QT_TRANSLATE_NOOP("PatientHistory", "Aflyst af patienten"),
    "no_show": QT_TRANSLATE_NOOP("PatientHistory", "Udeblevet"),
}


def marked_text(text: str) -> str:
    """A text already marked with QT_TRANSLATE_NOOP("PatientHistory", …), translated."""
    return QCoreApplication.translate(CTX, text)


def kind_text(kind: str) -> str:
    return marked_text(KIND[kind])


def status_text(row: hist.HistoryRow) -> str:
    if row.kind == hist.APPOINTMENT:
        return marked_text(APPOINTMENT_STATUS[row.status]) if row.status in APPOINTMENT_STATUS else row.status
    return labels.lookup({k.value: v for k, v in labels.STATUS.items()}, row.status)


def details_text(row: hist.HistoryRow) -> str:
    """One line of what the row holds: each renewal line's decision and reason, the booking's outcome …"""
    if row.kind == hist.ECONSULT:
        n = row.messages  # (a plain name: lupdate does not read an attribute as the count)
        return translate("PatientHistory", "%n beskeder", "", n)
    if row.kind == hist.RENEWAL:
        parts = []
        for ln in row.lines:
            part = f"{ln.medicine}: {labels.lookup(labels.LINE_DECISION, ln.decision)}"
            parts.append(part + (f" ({ln.reason})" if ln.reason else ""))
        return "; ".join(parts)
    if row.kind == hist.BOOKING:
        text = translate("PatientHistory", "Ønsket tid %1").replace("%1", local_datetime(row.starts_at))
        text += " · " + labels.lookup(labels.BOOKING_OUTCOME, row.outcome)
        return text + (f": {row.reason}" if row.reason else "")
    return row.comment
