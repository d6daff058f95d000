"""Live updates of the inbox: changes made elsewhere, lapsed claims, and urgent arrivals.

``InboxLive`` listens to the change watcher (another workstation, the portal)
and refreshes the counts, the changed rows and the open item when someone else
changed it. A slow tick catches what changes without an event: a claim that
lapsed, a due date that passed. A new urgent item the user has not seen is
announced in the view's toast. Texts speak in the ``InboxView`` translation context.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from clinicdesk.domain.enums import ItemStatus, Priority
from clinicdesk.services import inbox
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.watcher import ChangeWatcher
from clinicdesk.views.worker import run_in_background

translate = QCoreApplication.translate

LAPSE_CHECK_MS = 30_000
#: at most this many unseen items are read to look for urgent ones
URGENT_LOOKUP = 20


class InboxLive(QObject):
    def __init__(self, view, *, poll_ms: int):
        super().__init__(view)
        self.view = view
        self.seen_ids: set[int] = set()
        self._today = inbox.today_local(datetime.now(timezone.utc))
        self.watcher = ChangeWatcher(view.db, view.actor.clinic_id, view, interval_ms=poll_ms)
        self.watcher.changed.connect(self._changes)
        # claims lapse without a change event: a slow tick shows lapsed claims and due dates
        self.lapse_timer = QTimer(view)
        self.lapse_timer.setInterval(LAPSE_CHECK_MS)
        self.lapse_timer.timeout.connect(self._lapse_tick)
        view.model.page_loaded.connect(self._note_seen)
        view.model.page_loaded.connect(self.check_lapsed_current)

    def start(self) -> None:
        self.watcher.start()
        self.lapse_timer.start()

    def stop(self) -> None:
        self.watcher.stop()
        self.lapse_timer.stop()

    def set_clinic(self, clinic_id: int) -> None:
        self.seen_ids.clear()
        self.watcher.set_clinic(clinic_id)

    def _note_seen(self, _n: int) -> None:
        for r in self.view.model.rows():
            self.seen_ids.add(r.id)

    def _changes(self, item_ids) -> None:
        view = self.view
        if view.changes_made_elsewhere(item_ids):  # the view's own open/release counted already
            view.refresh_counts()
        view.model.refresh(item_ids if item_ids else None)
        unseen = [i for i in item_ids if i not in self.seen_ids]
        if unseen:
            run_in_background(_rows_for, view.db, view.actor, unseen[:URGENT_LOOKUP], on_done=self._check_urgent,
                              on_error=lambda _e: None, context=view)
        cur = view.detail.current
        if cur is not None and cur.detail.id in item_ids and not view.detail.busy and not cur.claim.mine:
            # someone else changed the item we look at: show it as it is now (drafts stay)
            view.detail.reload()

    def _lapse_tick(self, now: datetime | None = None) -> None:
        """Claims lapse and due dates pass without a change: the model works out which rows may
        have (``recheck``, no database); only those are re-read. The counts change by themselves
        only when a claim of the user's lapsed ("Mine") or the day changed ("Overskredet")."""
        view = self.view
        now = now or datetime.now(timezone.utc)
        lapsed = view.model.recheck(now)
        if lapsed:
            view.model.refresh(frozenset(lapsed), first_page=False)
        today = inbox.today_local(now)
        mine = view.actor.staff_id
        ended = set(lapsed)
        if today != self._today or any(r.claimed_by_id == mine for r in view.model.rows() if r.id in ended):
            self._today = today
            view.refresh_counts()
        cur = view.detail.current
        if cur is not None and cur.claim.expires_at is not None and cur.claim.expires_at <= now:
            self.check_lapsed_current()

    def check_lapsed_current(self, *_a) -> None:
        """The open item was held by someone else; when the list says it is free now, take another look."""
        view = self.view
        cur = view.detail.current
        if cur is None or cur.can_act or cur.claim.holder_id is None or cur.claim.mine or view.detail.busy:
            return
        i = view.model.row_of(cur.detail.id)
        row = view.model.rows()[i] if i >= 0 else None
        if row is not None and row.claimed_by_id is None and row.status != ItemStatus.DONE:
            view.detail.reload()  # the other's claim lapsed or was released: the item is free now

    def _check_urgent(self, rows) -> None:
        urgent = [r for r in rows if r is not None and r.priority == Priority.URGENT and r.status == ItemStatus.NEW]
        for r in rows:
            if r is not None:
                self.seen_ids.add(r.id)
        if urgent:
            kind = labels.kind(urgent[0].kind)
            if len(urgent) == 1:
                text = translate("InboxView", "Ny hastende henvendelse: %1").replace("%1", kind)
            else:
                text = translate("InboxView", "%1 nye hastende henvendelser").replace("%1", str(len(urgent)))
            self.view.toast(text, urgent=True)


def _rows_for(db, actor, ids):
    return [inbox.get_row(db, actor, i) for i in ids]
