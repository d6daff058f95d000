"""The detail pane on the right: the open item, its claim, and the kind's own pane.

``DetailPane`` is the controller for one open item: it opens (and so claims) the
item through the service, renews the claim on a timer while the user works,
releases it when the user leaves the item, runs every action with the item's
``expected_version`` through the worker, and turns the service's answers into
what the user sees: "Behandles af NAVN siden HH:MM" with every action disabled,
a stale-data bar offering "Genindlæs" (the typed answer text is kept), and the
action's confirmation in the status bar.

Every action carries an action id (uuid4 text) when its service function takes one:
a retry of the same intent after a fault (same item, same ``expected_version``, same
function and the same choices) sends the same id, so the service answers "Allerede
sendt" instead of doing it twice or blaming a colleague; a success, another action or
a refusal makes a new id. A fault says that pressing the same button again is safe.
"""

from __future__ import annotations

import enum
import functools
import inspect
import uuid
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import ItemKind, ItemStatus, MessageDirection, Priority
from clinicdesk.domain.errors import ClinicDeskError, InfrastructureFault, StaleData
from clinicdesk.domain.wording import person_name
from clinicdesk.services import inbox
from clinicdesk.services.audit_lookups import inbox_context
from clinicdesk.services.inbox import ItemClaimed, OpenedItem
from clinicdesk.services.permissions import Perm
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.dialogs import ChoicePicker
from clinicdesk.views.inbox.flow import flow_row
from clinicdesk.views.inbox.formatting import cpr_display, long_datetime, short_date
from clinicdesk.views.inbox.panes.booking import BookingPane
from clinicdesk.views.inbox.panes.econsult import EconsultPane
from clinicdesk.views.inbox.panes.renewal import RenewalPane
from clinicdesk.views.inbox.panes.signup import SignupPane
from clinicdesk.views.patient_card import open_patient_card
from clinicdesk.views.safety.notes import ItemSafetyNotes
from clinicdesk.views.inbox.error_text import error_message
from clinicdesk.views.service_text import portal_text, service_text
from clinicdesk.views.worker import run_in_background

RENEW_INTERVAL_MS = 60_000


@functools.lru_cache(maxsize=256)
def takes_action_id(fn) -> bool:
    """Whether the service function accepts ``action_id`` (functions without it keep working)."""
    try:
        return "action_id" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _choice_key(args: tuple, kwargs: dict) -> tuple:
    """The choices that identify an action's target (a line, a slot, a colleague, yes/no);
    texts and files are left out: an answer edited after a fault is still the same intent."""
    def plain(v):
        return v is None or isinstance(v, (bool, int, enum.Enum))
    return tuple(a for a in args if plain(a)) + tuple(sorted((k, v) for k, v in kwargs.items() if plain(v)))


def _nothing_pending(d) -> bool:
    """The item is a notice: no decision or answer is waiting (the service decides in the end)."""
    if d.booking is not None:
        return d.booking.outcome != "pending"
    if d.signup is not None:
        return d.signup.decision != "pending"
    if d.renewal is not None:
        return not d.renewal.lines  # decided lines are sent with "Send afgørelsen"
    last = [m for m in d.messages if m.direction != MessageDirection.INTERNAL]
    return bool(last) and last[-1].direction != MessageDirection.FROM_PATIENT


class DetailPane(QWidget):
    status_message = Signal(str)
    item_changed = Signal(int)  # an action changed this item (the list refreshes the row)
    opened = Signal(object)  # OpenedItem shown
    handed_off = Signal(int)  # an action finished the user's work on the item (done, sent on, assigned)
    handed_over = Signal(int)  # assigned, routed or waiting for the patient: the claim went with it

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("inboxDetail")
        self.db = db
        self.actor = actor
        self.current: OpenedItem | None = None
        self.item_id: int | None = None
        self.busy = False
        self.phrases: tuple = ()
        self.assignees: tuple = ()
        self.dialog = None
        self.setup = None  # inbox.InboxSetup
        self._paused = False
        self._open_generation = 0
        self._intent: tuple | None = None  # (key, action id) of the last action that failed on a fault

        self.header = QLabel(self)
        self.header.setObjectName("detailHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("detailMeta")
        self.meta.setWordWrap(True)
        self.claim_banner = QLabel(self)
        self.claim_banner.setObjectName("claimBanner")
        self.claim_banner.setWordWrap(True)
        self.claim_banner.hide()
        self.stale_bar = QFrame(self)
        self.stale_bar.setObjectName("staleBar")
        self.stale_label = QLabel(self.stale_bar)
        self.stale_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Genindlæs"), self.stale_bar)
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(self.reload)
        sl = QHBoxLayout(self.stale_bar)
        sl.setContentsMargins(8, 6, 8, 6)
        sl.addWidget(self.stale_label, 1)
        sl.addWidget(self.reload_button)
        self.stale_bar.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("detailError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # the safety net: the patient's address that does not work, the item's "Ring til patienten" tasks
        self.safety_notes = ItemSafetyNotes(db, actor, self)

        # common actions
        self.assign_button = QPushButton(self.tr("Tildel …"), self)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setToolTip(self.tr("Tildel til en kollega eller en faggruppe (Ctrl+Shift+A)"))
        self.assign_menu = QMenu(self)
        self.assign_menu.setObjectName("assignMenu")
        self.assign_button.setMenu(self.assign_menu)
        self.release_button = QPushButton(self.tr("Frigiv"), self)
        self.release_button.setObjectName("releaseButton")
        self.release_button.setToolTip(self.tr("Giv elementet tilbage til de andre (Ctrl+Shift+R)"))
        self.release_button.clicked.connect(self.release_current)
        self.reopen_button = QPushButton(self.tr("Genåbn"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(lambda: self.run_action(inbox.reopen_item))
        self.done_button = QPushButton(self.tr("Markér som behandlet"), self)
        self.done_button.setObjectName("markDoneButton")
        self.done_button.setToolTip(self.tr("Når der ikke er noget at beslutte eller svare på (Ctrl+Shift+M)"))
        self.done_button.clicked.connect(self.mark_done)
        self.patient_card_button = QPushButton(self.tr("Patientkort"), self)
        self.patient_card_button.setObjectName("patientCardButton")
        self.patient_card_button.setToolTip(self.tr("Åbn patientkortet: stamdata, rettigheder og portalbruger (Ctrl+Shift+K)"))
        self.patient_card_button.clicked.connect(self.open_patient_card)
        # wraps onto a second line in a narrow pane: no button is ever cut (flow.py)
        common = flow_row(self.assign_button, self.release_button, self.reopen_button, self.done_button,
                          self.patient_card_button)

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Vælg et element i listen, og tryk Enter for at åbne det."), self)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.econsult = EconsultPane(self)
        self.renewal = RenewalPane(self)
        self.booking = BookingPane(self)
        self.signup = SignupPane(self)
        self.panes = {
            ItemKind.ECONSULT: self.econsult, ItemKind.RENEWAL: self.renewal,
            ItemKind.BOOKING: self.booking, ItemKind.SIGNUP: self.signup,
        }
        self.stack.addWidget(self.empty)
        for p in self.panes.values():
            self.stack.addWidget(p)

        self._content = QWidget(self)
        cl = QVBoxLayout(self._content)
        cl.setContentsMargins(14, 10, 14, 10)
        cl.setSpacing(8)
        cl.addWidget(self.header)
        cl.addWidget(self.meta)
        cl.addWidget(self.claim_banner)
        cl.addWidget(self.stale_bar)
        cl.addWidget(self.error_label)
        cl.addWidget(self.safety_notes)
        cl.addLayout(common)
        cl.addWidget(self.stack, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._content)
        self._show_empty()

        self.renew_timer = QTimer(self)
        self.renew_timer.setInterval(RENEW_INTERVAL_MS)
        self.renew_timer.timeout.connect(self._renew)

    # ------------------------------------------------------------------ claim renewal
    def pause(self, paused: bool) -> None:
        """While the window is locked the claim is not renewed, so it lapses after the
        clinic's idle time and the item returns to the pool; unlocking reloads (and
        re-claims the item when it is still free). Drafts stay either way."""
        self._paused = paused
        if paused:
            self.renew_timer.stop()
        elif self.item_id is not None:
            self.reload()

    def _renew(self) -> None:
        if self.current is None or not self.current.can_act or self._paused:
            return
        item_id = self.item_id
        run_in_background(
            inbox.renew_claim, self.db, self.actor, item_id,
            on_done=lambda _st: None,
            on_error=lambda exc: self._renew_failed(item_id, exc),
            context=self,
        )

    def _renew_failed(self, item_id: int, exc) -> None:
        if item_id == self.item_id:
            self.reload()

    # ------------------------------------------------------------------ open / reload / leave
    def set_actor(self, actor) -> None:
        self.leave()
        self.actor = actor
        self.safety_notes.set_actor(actor)
        self.phrases = ()
        self.setup = None
        self.load_support()

    def load_support(self) -> None:
        """Stock phrases, providers, limits and assignees (once per clinic)."""
        run_in_background(inbox.list_stock_phrases, self.db, self.actor,
                          on_done=self._phrases_arrived, on_error=lambda _e: None, context=self)
        run_in_background(inbox.inbox_setup, self.db, self.actor,
                          on_done=self._setup_arrived, on_error=lambda _e: None, context=self)
        run_in_background(inbox.list_assignees, self.db, self.actor,
                          on_done=self._assignees_arrived, on_error=lambda _e: None, context=self)

    def _phrases_arrived(self, phrases) -> None:
        self.phrases = tuple(phrases)

    def _setup_arrived(self, setup) -> None:
        self.setup = setup
        self.econsult.setup_changed()

    def _assignees_arrived(self, assignees) -> None:
        self.assignees = tuple(assignees)
        self.assign_menu.clear()
        for a in assignees:
            act = self.assign_menu.addAction(a.label)
            act.triggered.connect(lambda _c=False, a=a: self.assign_to(a))
        self.assign_menu.addSeparator()
        act = self.assign_menu.addAction(self.tr("Fjern tildeling"))
        act.triggered.connect(lambda: self.run_action(inbox.assign, staff_id=None, role=None, releases=True))

    def open_item(self, item_id: int) -> None:
        """Open (and claim) ``item_id``; the previous item is released first. It stays on screen,
        its actions held (``busy``), until the next one is in: no blank page in between (that
        switch and back cost a relayout of the whole pane at every step through the list)."""
        if item_id != self.item_id:
            self.leave(keep_shown=True)
        self.item_id = item_id
        self._open_generation += 1
        gen = self._open_generation
        self.busy = True
        run_in_background(
            inbox.open_item, self.db, self.actor, item_id,
            on_done=lambda opened: self._opened(gen, opened),
            on_error=lambda exc: self._open_failed(gen, exc),
            context=self,
        )

    def take_next(self, query, on_taken=None, *, skip=(), on_none=None) -> None:
        """Claim and open the next item of ``query`` for this user (``inbox.claim_next``
        picks; two workstations never get the same one); ``skip``: the ids a walk of
        presses has taken already. The item open now is released first."""
        if self.busy:
            return
        self.leave(keep_shown=True)  # (shown until the next is in, as when a row is opened)
        self.busy = True
        self._open_generation += 1
        gen = self._open_generation

        def done(opened):
            if gen != self._open_generation:
                return
            self.busy = False
            if opened is None:
                self._show_empty()
                self.status_message.emit(self.tr("Der er ingen ledige elementer i denne mappe."))
                if on_none is not None:
                    on_none()
                return
            self._opened(gen, opened)
            if on_taken is not None:
                on_taken(opened)

        run_in_background(inbox.claim_next, self.db, self.actor, query, skip=tuple(skip), on_done=done,
                          on_error=lambda exc: self._open_failed(gen, exc), context=self)

    def reload(self) -> None:
        """Read the open item again (after a stale edit or a change elsewhere); drafts stay."""
        if self.item_id is not None:
            self.open_item(self.item_id)

    def leave(self, *, keep_shown: bool = False) -> None:
        """The user leaves the item: release a claim we hold, keep the draft. ``keep_shown``: the
        next item is on its way; what is shown stays until it is in (or the empty page on a failure)."""
        self.renew_timer.stop()
        cur = self.current
        if cur is not None and cur.claim.mine:
            run_in_background(inbox.release_item, self.db, self.actor, cur.detail.id,
                              on_done=lambda _r, i=cur.detail.id: self.item_changed.emit(i),
                              on_error=lambda _e: None, context=self)
        for p in self.panes.values():
            p.leaving()
        self.current = None
        self.item_id = None
        self._open_generation += 1
        if not keep_shown:
            self._show_empty()

    def release_current(self) -> None:
        if self.current is None:
            return
        self.leave()
        self.status_message.emit(self.tr("Elementet er frigivet."))

    def _opened(self, gen: int, opened: OpenedItem) -> None:
        if gen != self._open_generation:
            return
        self.busy = False
        self.stale_bar.hide()
        self.error_label.hide()
        self.show_opened(opened)
        self.item_changed.emit(opened.detail.id)
        self.opened.emit(opened)

    def _open_failed(self, gen: int, exc) -> None:
        if gen != self._open_generation:
            return
        self.busy = False
        self._show_empty()  # (the item left may still be on screen)
        self.show_error(error_message(exc))

    # ------------------------------------------------------------------ showing
    def _show_empty(self) -> None:
        self.header.setText("")
        self.meta.setText("")
        self.claim_banner.hide()
        self.stale_bar.hide()
        self.error_label.hide()
        self.safety_notes.clear()
        for b in (self.assign_button, self.release_button, self.reopen_button, self.done_button,
                  self.patient_card_button):
            b.hide()
        self.stack.setCurrentWidget(self.empty)

    def show_opened(self, opened: OpenedItem) -> None:
        same = self.current is not None and self.current.detail.id == opened.detail.id
        self.current = opened
        self.item_id = opened.detail.id
        d = opened.detail
        kind = labels.kind(d.kind)
        # the patient, else a sign-up's applicant (its stored subject is the portal's Danish), else the subject
        applicant = person_name(d.signup.first_name, d.signup.last_name).strip() if d.signup is not None else ""
        who = escape(d.patient_name or applicant or portal_text(d.subject, d.kind) or kind)
        cpr = f"&nbsp;&nbsp;<span style='color:#5b6b78'>{escape(cpr_display(d.patient_cpr))}</span>" if d.patient_cpr else ""
        urgent_word = escape(self.tr("Haster"))
        red = tones.colour("error").name()  # readable on the light and the dark scheme
        urgent = f"&nbsp;&nbsp;<span style='color:{red}'>{urgent_word}</span>" if d.priority == Priority.URGENT else ""
        self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{who}</span>{cpr}{urgent}")
        parts = [kind + (" " + self.tr("(via Min Læge-appen)") if d.via_app else ""),
                 self.tr("Modtaget %1").replace("%1", long_datetime(d.received_at))]
        if d.due_date:
            due = self.tr("Frist %1").replace("%1", short_date(d.due_date))
            parts.append(due + (" — " + self.tr("overskredet") if d.overdue else ""))
        if d.provider_label:
            parts.append(self.tr("Til %1").replace("%1", d.provider_label))
        if d.assigned_to_name or d.assigned_role:
            label = d.assigned_to_name or labels.role_group(d.assigned_role)
            parts.append(self.tr("Tildelt %1").replace("%1", label))
        parts.append(labels.status(d.status))
        if d.status == ItemStatus.DONE and d.done_by_name:
            parts.append(self.tr("afsluttet af %1 %2").replace("%1", d.done_by_name).replace("%2", long_datetime(d.done_at)))
        if d.closed_reason:
            parts.append(self.tr("Begrundelse: %1").replace("%1", d.closed_reason))
        self.meta.setText(" · ".join(parts))
        tones.set_tone(self.meta, "error" if d.overdue else None)
        self.safety_notes.show_item(d.id, d.patient_id)

        if not opened.can_act and opened.blocked_message:
            self.claim_banner.setText(service_text(opened.blocked_message))
            self.claim_banner.show()
        else:
            self.claim_banner.hide()
        can_handle = self.actor.can(Perm.HANDLE_ITEM)
        self.assign_button.setVisible(d.status != ItemStatus.DONE)
        self.assign_button.setEnabled(opened.can_act)
        self.release_button.setVisible(d.status != ItemStatus.DONE)
        self.release_button.setEnabled(opened.claim.mine)
        self.done_button.setVisible(d.status != ItemStatus.DONE and _nothing_pending(d))
        self.done_button.setEnabled(opened.can_act)
        self.reopen_button.setVisible(d.status == ItemStatus.DONE and can_handle)
        self.reopen_button.setEnabled(d.status == ItemStatus.DONE and can_handle and not opened.claim.holder_id)
        self.patient_card_button.setVisible(bool(d.patient_id) and self.actor.can(Perm.READ_PATIENT))
        pane = self.panes[d.kind]
        pane.show_item(opened, same)
        self.stack.setCurrentWidget(pane)
        if opened.can_act and not self._paused:
            self.renew_timer.start()
        else:
            self.renew_timer.stop()

    def open_patient_card(self) -> None:
        """The open item's patient in a patient card (a separate window)."""
        d = self.current.detail if self.current is not None else None
        if d is None or not d.patient_id or not self.patient_card_button.isVisible():
            return
        # the card's lookups are logged with this item as the reason (no reason asked)
        open_patient_card(self.window(), self.db, self.actor, d.patient_id, context=inbox_context(d.id))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def current_pane(self):
        if self.current is None:
            return None
        return self.panes[self.current.detail.kind]

    # ------------------------------------------------------------------ actions
    def mark_done(self) -> None:
        if self.current is not None and self.done_button.isVisible() and self.done_button.isEnabled():
            self.run_action(inbox.mark_done)

    def assign_to(self, assignee) -> None:
        self.run_action(inbox.assign, staff_id=assignee.staff_id, role=assignee.role, releases=True)

    def show_assign_menu(self) -> None:
        """Ctrl+Shift+A: pick a colleague or a group by keyboard (the button has the same as a menu)."""
        if self.current is None or not self.current.can_act:
            return
        choices = [(a.label, a) for a in self.assignees] + [(self.tr("Fjern tildeling"), None)]
        dlg = ChoicePicker(self.tr("Tildel til"), choices, self)
        dlg.chosen.connect(lambda a: self.assign_to(a) if a is not None else
                           self.run_action(inbox.assign, staff_id=None, role=None, releases=True))
        self.dialog = dlg
        dlg.open()
        dlg.filter_edit.setFocus()

    def run_action(self, fn, *args, releases: bool = False, on_done=None, **kwargs) -> bool:
        """Run ``fn(db, actor, item_id, *args, expected_version=…, **kwargs)`` in the worker.

        Returns False (and does nothing) when no item is open or one is running.
        """
        if self.current is None or self.busy:
            return False
        d = self.current.detail
        self.busy = True
        self.error_label.hide()
        item_id = d.id
        if takes_action_id(fn):
            kwargs["action_id"] = self._action_id_for((item_id, d.version, fn, _choice_key(args, kwargs)))
        run_in_background(
            fn, self.db, self.actor, item_id, *args, expected_version=d.version, **kwargs,
            on_done=lambda res: self._action_done(item_id, res, releases, on_done),
            on_error=lambda exc: self._action_failed(item_id, exc, "action_id" in kwargs),
            context=self,
        )
        return True

    def _action_id_for(self, key: tuple) -> str:
        """The id of this intent: the one of its failed attempt, or a new one."""
        if self._intent is not None and self._intent[0] == key:
            return self._intent[1]
        self._intent = (key, str(uuid.uuid4()))
        return self._intent[1]

    def run_free(self, fn, *args, on_done=None, **kwargs) -> None:
        """An action not on the open item (a new thread): results to ``on_done``, errors shown."""
        run_in_background(fn, self.db, self.actor, *args, **kwargs,
                          on_done=on_done, on_error=lambda exc: self.show_error(error_message(exc)), context=self)

    def _action_done(self, item_id: int, res, releases: bool, callback) -> None:
        self.busy = False
        self._intent = None  # done: the next press is a new action
        if item_id != self.item_id:
            return
        still_mine = res.status != ItemStatus.DONE and not releases
        claim = self.current.claim if still_mine else inbox.ClaimState(item_id, None, "", None, None, False)
        blocked = "" if still_mine else (
            self.tr("Elementet er afsluttet.") if res.status == ItemStatus.DONE else
            self.tr("Afventer patientens svar.") if res.status == ItemStatus.AWAITING_PATIENT else
            self.tr("Elementet er givet videre. Åbn det igen for at arbejde videre.")
        )
        opened = OpenedItem(res.detail, claim, still_mine, blocked)
        self.show_opened(opened)
        if callback is not None:
            callback(res)
        msg = service_text(res.message) + ("" if not res.warnings else " " + " ".join(service_text(w) for w in res.warnings))
        self.status_message.emit(msg)
        self.item_changed.emit(item_id)
        if not still_mine:
            self.handed_off.emit(item_id)
        if not still_mine and res.status != ItemStatus.DONE and item_id == self.item_id:
            # handed over: the pane moves on (the view takes the next item); the item is
            # no longer ours, so nothing here reloads, renews or claims it again
            self.handed_over.emit(item_id)

    def _action_failed(self, item_id: int, exc, safe_retry: bool = False) -> None:
        self.busy = False
        fault = isinstance(exc, InfrastructureFault) or not isinstance(exc, ClinicDeskError)
        if not fault:
            self._intent = None  # refused: nothing was done, the next press is a new action
        if item_id != self.item_id:
            return
        if isinstance(exc, StaleData):
            self.stale_label.setText(error_message(exc))
            self.stale_bar.show()
            self.reload_button.setFocus()
            return
        if isinstance(exc, ItemClaimed):
            self.show_error(error_message(exc))
            self.reload()
            return
        if fault and self.current is not None and self.current.detail.id == item_id:
            self.show_opened(self.current)  # the buttons come back, the draft stays: the same press may be retried
        self.show_error(error_message(exc, safe_retry=safe_retry and isinstance(exc, InfrastructureFault)))
