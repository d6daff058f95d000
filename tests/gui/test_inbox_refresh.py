"""The inbox list's live refresh (issue 14): only the changed rows are re-read and replaced, the
looks are computed once per row, a page asked for during a refresh still comes, and the folder
counts are asked once per burst of changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from clinicdesk.domain.enums import ItemStatus
from clinicdesk.services import inbox
from clinicdesk.services.inbox import Folder, ItemQuery
from clinicdesk.views.inbox import table_model as tm
from clinicdesk.views.inbox import view as inbox_view
from inbox_gui_helpers import (  # noqa: F401 (fixtures)
    actor_for,
    inbox_db,
    inbox_db_path,
    inbox_template,
    open_inbox,
)


class HeldResults:
    """Holds the answers of the list model's background work while ``held`` (a slow database):
    the work runs, its result reaches the model only at ``release()``."""

    def __init__(self, monkeypatch):
        self.held = False
        self.waiting: list = []
        real = tm.run_in_background

        def run(fn, *args, on_done=None, on_error=None, context=None, **kw):
            if self.held and on_done is not None:
                done = on_done

                def on_done(result, done=done):  # noqa: E306 - wraps the model's callback
                    self.waiting.append(lambda: done(result))
            real(fn, *args, on_done=on_done, on_error=on_error, context=context, **kw)

        monkeypatch.setattr(tm, "run_in_background", run)

    def release(self) -> None:
        self.held = False
        waiting, self.waiting = self.waiting, []
        for deliver in waiting:
            deliver()


def _settled(view) -> bool:
    return view.model.loaded and not view.model.is_loading


def test_scrolling_to_the_bottom_while_a_refresh_is_in_flight_loads_the_next_page(qtbot, open_inbox, monkeypatch):
    """Seen once: the list stopped at row 100 while canFetchMore() was true, until the user
    scrolled away and back (the view's ask for the next page came during a refresh and was lost)."""
    view = open_inbox("laege")
    view.resize(1200, 400)  # a few rows fill the list: the bottom is a scroll away
    view.model._page_size = 20
    view.model.set_query(ItemQuery(folder=Folder.ALL))
    qtbot.waitUntil(lambda: _settled(view) and view.model.rowCount() >= 20, timeout=10000)
    qtbot.wait(100)  # the view may ask for a second page to fill itself
    qtbot.waitUntil(lambda: _settled(view), timeout=10000)
    loaded = view.model.rowCount()
    ids_before = [r.id for r in view.model.rows()]
    assert view.model.canFetchMore(QModelIndex())
    held = HeldResults(monkeypatch)
    held.held = True
    view.model.refresh()  # a live update is on its way (the database answers slowly)
    qtbot.waitUntil(lambda: len(held.waiting) == 1, timeout=10000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the bottom
    bar = view.table.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    held.release()  # the refresh lands; nobody scrolls again
    qtbot.waitUntil(lambda: view.model.rowCount() > loaded, timeout=5000)
    assert [r.id for r in view.model.rows()][:loaded] == ids_before  # the loaded rows keep their order


def test_a_change_from_another_workstation_replaces_only_that_row(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    view.model._page_size = 10
    view.model.set_query(ItemQuery(folder=Folder.ALL))
    qtbot.waitUntil(lambda: _settled(view) and view.model.rowCount() >= 10, timeout=10000)
    while view.model.canFetchMore(QModelIndex()) and view.model.rowCount() < 30:
        n = view.model.rowCount()
        view.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda n=n: view.model.rowCount() > n and _settled(view), timeout=10000)
    before = view.model.rows()
    # a row beyond the first page, free and open: the other workstation takes it
    i, target = next((i, r) for i, r in enumerate(before) if i >= 15 and r.claimed_by_id is None
                     and r.status != ItemStatus.DONE)
    assert view.model.index(i, tm.COL_CLAIMED).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"→ {target.assignee_label}" if target.assignee_label else "")
    other = actor_for(inbox_db, "sekretaer")
    inbox.open_item(inbox_db, other, target.id)
    qtbot.waitUntil(lambda: view.model.rows()[view.model.row_of(target.id)].claimed_by_id == other.staff_id,
                    timeout=10000)
    after = view.model.rows()
    j = view.model.row_of(target.id)
    # what the user sees of that row changed (the looks are not an old copy)
    assert view.model.index(j, tm.COL_CLAIMED).data(Qt.ItemDataRole.AccessibleTextRole) == other.full_name
    assert view.model.index(j, tm.COL_CLAIMED).data(Qt.ItemDataRole.DecorationRole) is not None
    # every other row is the very same object: nothing else was re-read or re-made
    assert [r.id for r in after] == [r.id for r in before]
    assert all(a is b for a, b in zip(after, before) if a.id != target.id)


def test_a_row_that_leaves_the_folder_goes_and_the_others_stay(qtbot, open_inbox, inbox_db):
    view = open_inbox("laege")
    view.folders.select_folder(Folder.ALL_OPEN)
    qtbot.waitUntil(lambda: view.model.query.folder == Folder.ALL_OPEN and _settled(view), timeout=10000)
    rows = view.model.rows()
    gone = rows[-1]
    other = actor_for(inbox_db, "sekretaer")
    opened = inbox.open_item(inbox_db, other, gone.id)
    inbox.close_without_answer(inbox_db, other, gone.id, "Klaret i telefonen",  # done elsewhere
                               expected_version=opened.detail.version)
    qtbot.waitUntil(lambda: view.model.row_of(gone.id) < 0, timeout=10000)
    assert all(a is b for a, b in zip(view.model.rows(), rows[:-1]))


def test_counts_are_asked_once_per_burst_of_changes(qtbot, open_inbox, inbox_db, monkeypatch):
    view = open_inbox("laege")
    qtbot.waitUntil(lambda: _settled(view), timeout=10000)
    qtbot.wait(inbox_view.COUNTS_DELAY_MS * 3)
    asked = []
    real = inbox_view.inbox.folder_counts

    def counting(*a, **kw):
        asked.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(inbox_view.inbox, "folder_counts", counting)
    new_before = view.folders.counts[Folder.NEW]
    other = actor_for(inbox_db, "sekretaer")
    fresh = [r for r in view.model.rows() if r.status == ItemStatus.NEW and r.claimed_by_id is None][:3]
    assert len(fresh) == 3
    for r in fresh:  # another workstation opens three items in a row
        inbox.open_item(inbox_db, other, r.id)
    qtbot.waitUntil(lambda: view.folders.counts[Folder.NEW] == new_before - 3, timeout=10000)
    qtbot.wait(inbox_view.COUNTS_DELAY_MS * 3)
    assert len(asked) == 1
    # opening an item here releases the one open before and claims this one: the counts are asked
    # once for both, and the change log's echo of the view's own changes does not ask again
    first, second = view.model.rows()[0], view.model.rows()[1]
    view.open_index(view.model.index(view.model.row_of(first.id), 0), focus=False)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == first.id,
                    timeout=10000)
    qtbot.wait(800)  # the change log has reported the claim
    asked.clear()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of(second.id), tm.COL_PATIENT))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.current is not None and view.detail.current.detail.id == second.id,
                    timeout=10000)
    qtbot.wait(800)  # several polls: the change log reports the release and the claim
    assert len(asked) == 1
    assert view.folders.counts[Folder.MINE] == inbox.folder_counts(inbox_db, view.actor)[Folder.MINE]


def test_the_slow_tick_frees_a_lapsed_claim_and_reddens_a_passed_due_date(qtbot, open_inbox, inbox_db):
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import update

    from clinicdesk.models import InboxItem

    view = open_inbox("laege")
    rows = view.model.rows()
    target = next(r for r in rows if r.claimed_by_id is None and r.status != ItemStatus.DONE)
    other = actor_for(inbox_db, "sekretaer")
    inbox.open_item(inbox_db, other, target.id)
    qtbot.waitUntil(lambda: view.model.rows()[view.model.row_of(target.id)].claimed_by_id == other.staff_id,
                    timeout=10000)
    # the other workstation went away: its lease ran out (no change in the log says so); the list
    # knows when the lease ends, so the tick after that re-reads the row
    later = datetime.now(timezone.utc) + timedelta(minutes=20)
    with inbox_db.write_session() as s:
        s.execute(update(InboxItem).where(InboxItem.id == target.id)
                  .values(claim_expires_at=datetime.now(timezone.utc) - timedelta(minutes=1)))
    view.live._lapse_tick(now=datetime.now(timezone.utc))  # before the lease's end: nothing to re-read
    assert view.model.rows()[view.model.row_of(target.id)].claimed_by_id == other.staff_id
    view.live._lapse_tick(now=later)
    qtbot.waitUntil(lambda: view.model.rows()[view.model.row_of(target.id)].claimed_by_id is None, timeout=10000)
    i = view.model.row_of(target.id)
    assert view.model.index(i, tm.COL_CLAIMED).data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"→ {target.assignee_label}" if target.assignee_label else "")
    # a due date passes at midnight: the row turns red without asking the database
    due = next((i, r) for i, r in enumerate(view.model.rows()) if r.due_date and not r.overdue
               and r.status != ItemStatus.DONE)
    i, row = due
    later = datetime.combine(row.due_date, datetime.min.time(), timezone.utc) + timedelta(days=3)
    assert view.model.recheck(later) is not None
    assert view.model.index(i, tm.COL_DUE).data().endswith("!")
    assert view.model.index(i, tm.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_folder_switch_keeps_the_old_rows_until_the_new_page_is_in(qtbot, open_inbox, monkeypatch):
    view = open_inbox("laege")
    qtbot.waitUntil(lambda: _settled(view), timeout=10000)
    shown = [r.id for r in view.model.rows()]
    resets = []
    view.model.modelReset.connect(lambda: resets.append(view.model.rowCount()))
    held = HeldResults(monkeypatch)
    held.held = True
    view.folders.select_folder(Folder.DONE)
    qtbot.waitUntil(lambda: len(held.waiting) == 1, timeout=10000)
    # the database is slow: the list still shows what it showed (no empty list, no "Henter …")
    assert [r.id for r in view.model.rows()] == shown and view.table.isVisible()
    assert not view.model.loaded and not view.model.canFetchMore(QModelIndex())
    held.release()
    qtbot.waitUntil(lambda: _settled(view), timeout=10000)
    # then the done items replace them in one reset
    assert {r.status for r in view.model.rows()} == {ItemStatus.DONE}
    assert len(resets) == 1 and resets[0] == view.model.rowCount() > 0
