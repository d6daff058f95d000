"""What an opened item shows: the frozen dataclasses of an item's detail.

``ItemDetail`` (every kind) with the thread (``MessageView``, ``AttachmentInfo``; a
corrected answer names its correction in ``superseded_by_id``) and one part per kind:
``RenewalView`` (``RenewalLineView`` with the renewal rules' answer per line and the
line's decisions, ``RenewalDecisionView``; ``MedicationView``), ``BookingView``, ``SignupView``. Also the
booking's day view (``ProviderDay``, ``DayEntry``), an attachment's bytes
(``AttachmentFile``) and a stock phrase (``StockPhraseView``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, Priority, Role


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class AttachmentFile:
    id: int
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class MessageView:
    id: int
    direction: MessageDirection
    author_name: str  # staff name; "" for the patient
    body: str
    created_at: datetime
    read_by_patient_at: datetime | None  # read receipt
    supersedes_id: int | None
    attachments: tuple[AttachmentInfo, ...]
    superseded_by_id: int | None = None  # the correction of this answer ("Rettet")
    supersedes_created_at: datetime | None = None  # when the answer this one corrects was sent


@dataclass(frozen=True)
class RenewalDecisionView:
    """One decision of a renewal line (the history is append-only)."""

    decision: str  # LineDecision value
    reason: str
    decided_by_name: str
    decided_at: datetime | None
    replaced: bool  # a later decision of the line replaced it
    sent_to_patient: bool  # the decision the patient was last sent for this line


@dataclass(frozen=True)
class MedicationView:
    id: int
    label: str
    dosage: str
    atc_code: str
    addictive: bool
    repeats_left: int
    requested: bool  # one of the lines the patient asked to renew


@dataclass(frozen=True)
class RenewalLineView:
    id: int
    medication_id: int
    label: str
    dosage: str
    addictive: bool
    repeats_left: int
    decision: str  # LineDecision value
    reason: str
    decided_by_name: str
    decided_at: datetime | None
    version: int
    warning: str  # Danish; why the line cannot/should not be approved, or ""
    may_approve: bool  # the renewal rules' answer (renewal_rules.check_medication)
    history: tuple[RenewalDecisionView, ...] = ()  # every decision of the line, oldest first


@dataclass(frozen=True)
class RenewalView:
    pharmacy: str
    comment: str
    prepared_by_name: str
    routed_to_doctor: bool
    lines: tuple[RenewalLineView, ...]
    medications: tuple[MedicationView, ...]  # the patient's whole active list


@dataclass(frozen=True)
class BookingView:
    provider_id: int
    provider_label: str
    appointment_type_id: int | None
    appointment_type: str
    starts_at: datetime
    ends_at: datetime
    comment: str
    outcome: str  # BookingOutcome value
    slot_id: int | None
    appointment_id: int | None
    offered_slot_id: int | None
    offered_starts_at: datetime | None
    reason: str


@dataclass(frozen=True)
class SignupView:
    cpr: str
    first_name: str
    last_name: str
    email: str
    mobile: str
    login_method: str
    guardian_patient_id: int | None
    guardian_name: str
    wants_econsult: bool
    wants_renewal: bool
    wants_booking: bool
    decision: str  # SignupDecision value
    reason: str
    matching_patient_id: int | None  # a patient with this CPR in the records
    matching_patient_name: str
    has_portal_account: bool
    portal_account_status: str
    times_deleted: int
    warnings: tuple[str, ...]  # Danish


@dataclass(frozen=True)
class ItemDetail:
    id: int
    clinic_id: int
    kind: ItemKind
    status: ItemStatus
    priority: Priority
    subject: str
    preview: str
    received_at: datetime
    due_date: date | None
    overdue: bool
    via_app: bool
    patient_id: int | None
    patient_name: str
    patient_cpr: str
    patient_email: str
    provider_id: int | None
    provider_label: str
    assigned_to_id: int | None
    assigned_to_name: str
    assigned_role: Role | None
    closed_reason: str
    done_at: datetime | None
    done_by_name: str
    version: int
    messages: tuple[MessageView, ...] = ()
    renewal: RenewalView | None = None
    booking: BookingView | None = None
    signup: SignupView | None = None

    @property
    def cpr_display(self) -> str:
        c = self.patient_cpr
        return f"{c[:6]}-{c[6:]}" if len(c) == 10 else c


@dataclass(frozen=True)
class DayEntry:
    starts_at: datetime
    ends_at: datetime
    what: str  # "appointment" | "free" | "blocked" | "requested"
    label: str  # Danish, for the day view
    patient_name: str
    slot_id: int | None
    appointment_id: int | None
    clash: bool  # overlaps the requested time


@dataclass(frozen=True)
class ProviderDay:
    provider_id: int
    provider_label: str
    day: date
    entries: tuple[DayEntry, ...]  # by start time
    requested: DayEntry | None
    clashes: tuple[DayEntry, ...]
    free_slots: tuple[DayEntry, ...]


@dataclass(frozen=True)
class StockPhraseView:
    id: int
    abbreviation: str
    title: str
    body: str
