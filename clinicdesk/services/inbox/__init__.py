"""The inbox service: everything patients send, worked through by the clinic. No Qt.

Callers write ``from clinicdesk.services import inbox`` and ``inbox.open_item(...)``;
the names below come from one module per capability. Every function takes the
database and the acting staff member (``auth.Actor``), checks the permission, works
in one transaction, audits in that same transaction and returns frozen dataclasses.

=================  ==========================================================
``types``          folders, the list query, rows, pages, claims, action results
``detail_types``   an opened item's detail (thread, renewal, booking, sign-up)
``overdue``        when an item is overdue (the Python rule and its SQL clause)
``listing``        folder counts, pages of the list, one row
``search``         what the search field finds (CPR, name, text; FTS/pg_trgm)
``claims``         leases: open, renew, release, take the next (SKIP LOCKED)
``detail``         loading an item's detail; attachments' bytes
``actions``        the frame every action runs in (claim, version, audit, change)
``changes``        the change log and the one change listener (LISTEN/NOTIFY)
``any_kind``       internal note, close without answer, mark done, reopen
``assignment``     assign to a colleague or a role group
``econsult``       answer an e-consultation; start a thread ("Opret E-svar")
``renewal``        decide renewal lines (the renewal rules), route to a doctor
``booking``        the provider's day; accept, move, decline a booking
``signup``         approve or reject a sign-up (activation through services.activation)
``phrases``        stock phrases; ``archive``: the actor's earlier answers (F2)
``screen_setup``   what the screen needs once per clinic; ``patient_search``
=================  ==========================================================
"""

from __future__ import annotations

from clinicdesk.services.inbox.any_kind import add_internal_note, close_without_answer, mark_done, reopen_item
from clinicdesk.services.inbox.archive import ArchivedAnswer, answer_archive
from clinicdesk.services.inbox.assignment import assign, list_assignees
from clinicdesk.services.inbox.booking import accept_booking, decline_booking, offer_other_slot, provider_day
from clinicdesk.services.inbox.changes import (
    NOTIFY_CHANNEL,
    ChangeListener,
    changes_since,
    latest_change_id,
    open_listener,
    record_change,
)
from clinicdesk.services.inbox.claims import (
    ItemClaimed,
    ItemClosed,
    claim_next,
    claim_state,
    open_item,
    release_item,
    renew_claim,
)
from clinicdesk.services.inbox.detail import get_attachment
from clinicdesk.services.inbox.detail_types import (
    AttachmentFile,
    AttachmentInfo,
    BookingView,
    DayEntry,
    ItemDetail,
    MedicationView,
    MessageView,
    ProviderDay,
    RenewalLineView,
    RenewalView,
    SignupView,
    StockPhraseView,
)
from clinicdesk.services.inbox.econsult import NewAttachment, answer, start_thread
from clinicdesk.services.inbox.listing import folder_counts, get_row, list_items
from clinicdesk.services.inbox.overdue import is_overdue, today_local
from clinicdesk.services.inbox.patient_search import PatientHit, search_patients
from clinicdesk.services.inbox.phrases import expand_phrase, list_stock_phrases
from clinicdesk.services.inbox.renewal import decide_renewal_line, finish_renewal, route_to_doctor
from clinicdesk.services.inbox.screen_setup import InboxSetup, ProviderRef, inbox_setup
from clinicdesk.services.inbox.signup import approve_signup, reject_signup, set_signup_functions
from clinicdesk.services.inbox.types import (
    OPEN_STATUSES,
    UNASSIGNED,
    ActionResult,
    Assignee,
    Changes,
    ClaimState,
    Cursor,
    Folder,
    ItemQuery,
    ItemRow,
    OpenedItem,
    Page,
    Sort,
    claimed_text,
    role_group_label,
)
