"""InboxView: folders (left), the list with its filter bar (center), the open item (right).

The view puts the parts together and runs their life cycle (start, stop, lock,
clinic switch) and the way from the list to the open item. The parts:
``folders.py`` (the folder list), ``filter_bar.py`` (search and filters),
``list_pane.py`` (the table, its status line and empty text), ``detail.py`` (the
open item), ``keys.py`` (the keyboard) and ``live.py`` (changes made elsewhere).
``install_inbox`` makes it the main window's first page.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from clinicdesk.services import inbox
from clinicdesk.services.inbox import ItemQuery
from clinicdesk.views.inbox import shortcuts as sc
from clinicdesk.views.inbox.detail import DetailPane, error_message
from clinicdesk.views.inbox.filter_bar import InboxFilters
from clinicdesk.views.inbox.folders import FolderList
from clinicdesk.views.inbox.icons import register_icon_path
from clinicdesk.views.inbox.keys import InboxKeys, ShortcutsDialog
from clinicdesk.views.inbox.list_pane import InboxList
from clinicdesk.views.inbox.live import InboxLive
from clinicdesk.views.inbox.table_model import ROW_ROLE, ItemTableModel
from clinicdesk.views.worker import run_in_background

TOAST_MS = 8000
#: the folder counts are asked this long after the last change of a burst (one count per burst)
COUNTS_DELAY_MS = 250
#: a change this view made itself is not counted again when the change log reports it this long after
OWN_ECHO_S = 10.0
#: the narrowest the open item gets: every kind's pane fits (its button rows wrap), so opening
#: another kind never pushes the list narrower (the splitter keeps its place)
DETAIL_MIN_WIDTH = 430
FOLDERS_MIN_WIDTH = 150

# the inbox's colours are in resources/style.qss (they follow the light or dark scheme)


#: how often the change log is read on SQLite (PostgreSQL also NOTIFYs at once): one indexed
#: read of a few rows; half a second keeps a change elsewhere under the issue's 1.2 s end to end
POLL_MS = 500


class InboxView(QWidget):
    status_message = Signal(str)

    def __init__(self, db, actor, parent=None, *, poll_ms: int = POLL_MS, start: bool = True,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("inboxView")
        # this workstation's layout (splitter, columns): the main window's QSettings
        self.settings = settings if settings is not None else QSettings()
        register_icon_path()
        self.db = db
        self.actor = actor
        # folder counts: asked once per burst of changes (a timer), never two at once
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._ask_counts)
        self._counting = False
        self._count_again = False
        self._own: dict[int, float] = {}  # item id -> when this view changed it (the change log's echo)

        # ---- left: folders
        self.folders = FolderList(self)
        self.folders.folder_chosen.connect(self._folder_chosen)

        # ---- center: filter bar + list
        self.filters = InboxFilters(self, actor)
        self.search_edit = self.filters.search_edit
        self.provider_combo = self.filters.provider_combo
        self.kind_combo = self.filters.kind_combo
        self.status_combo = self.filters.status_combo
        self.assignee_combo = self.filters.assignee_combo
        self.filters.changed.connect(self._filters_changed)
        self.filters.search_committed.connect(self._search_now)

        self.model = ItemTableModel(db, actor, self)
        self.list_pane = InboxList(self, self.model, self.settings)
        self.table = self.list_pane.table
        self.empty_label = self.list_pane.empty_label
        self.list_status = self.list_pane.status
        self.model.load_failed.connect(lambda exc: self.toast(error_message(exc)))
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda idx: self.open_index(idx, focus=True))

        center = QWidget(self)
        center.setObjectName("inboxCenter")
        cl = QVBoxLayout(center)
        cl.setContentsMargins(8, 8, 8, 4)
        cl.setSpacing(6)
        cl.addWidget(self.search_edit)
        cl.addLayout(self.filters.combo_row())
        cl.addWidget(self.table, 1)
        cl.addWidget(self.empty_label, 1)
        cl.addWidget(self.list_status)

        # ---- right: detail
        self.detail = DetailPane(db, actor, self)
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.folders.setMinimumWidth(FOLDERS_MIN_WIDTH)
        self.detail.status_message.connect(self.toast)
        self.detail.item_changed.connect(self._item_changed_here)
        # done with an item: back to the list, on the row where it was, ready for J/K and Enter
        self.detail.handed_off.connect(lambda _i: self.table.setFocus())
        # handed over (assigned, routed, waiting for the patient): on to the next item, or empty
        self.detail.handed_over.connect(self._move_on)
        self._walk: list[int] = []  # the items Ctrl+N has taken since the folder or a filter changed
        self._walk_query: ItemQuery | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.folders)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([185, 955, 460])
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self._splitter_placed = False
        self.splitter.splitterMoved.connect(self._save_splitter)

        self.toast_label = QLabel(self)
        self.toast_label.setObjectName("inboxToast")
        self.toast_label.setWordWrap(True)
        self.toast_label.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(TOAST_MS)
        self._toast_timer.timeout.connect(self.toast_label.hide)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.toast_label)

        self.keys = InboxKeys(self)
        self.actions_by_id = self.keys.actions_by_id
        self.setTabOrder(self.search_edit, self.table)

        self.live = InboxLive(self, poll_ms=poll_ms)
        self.watcher = self.live.watcher
        self.lapse_timer = self.live.lapse_timer
        if start:
            self.start()

    # ------------------------------------------------------------------ workstation layout
    # the list gets the larger share; a moved splitter is remembered
    SPLITTER_KEY = "inbox/splitter"

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._splitter_placed:
            return
        self._splitter_placed = True
        # keyboard first: after sign-in J/K and Enter work at once
        QTimer.singleShot(0, self.table.setFocus)
        saved = self.settings.value(self.SPLITTER_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.splitter.restoreState(saved):
            return
        # once the window's layout has given the splitter its width: placed at show time, a window
        # that gets its size from the screen (X11) squeezed the folders to their minimum for good
        QTimer.singleShot(0, self._place_splitter)

    def _place_splitter(self) -> None:
        width = max(self.splitter.width(), 900)
        folders = max(190 if width >= 1500 else 170, self.folders.needed_width())  # no label cut (English too)
        rest = width - folders
        detail = max(DETAIL_MIN_WIDTH, int(rest * 0.4))
        self.splitter.setSizes([folders, rest - detail, detail])

    def _save_splitter(self, *_a) -> None:
        self.settings.setValue(self.SPLITTER_KEY, self.splitter.saveState())

    # ------------------------------------------------------------------ start / stop / actor
    def start(self) -> None:
        self.model.set_query(self._query())
        self._ask_counts()  # at once: the window shows its counts with the first page
        self.detail.load_support()
        self._load_filter_data()
        self.live.start()

    def stop(self) -> None:
        self.live.stop()
        self.detail.leave()

    def set_locked(self, locked: bool) -> None:
        """The window locked itself: stop watching and renewing; unlocked: catch up."""
        self.detail.pause(locked)
        if locked:
            self.live.stop()
        else:
            self.live.start()
            self.refresh_counts()
            self.model.refresh()

    def set_actor(self, actor) -> None:
        """A shared staff member switched clinic: everything reloads for the new clinic."""
        self.detail.set_actor(actor)
        self.actor = actor
        self.model._actor = actor
        self.filters.set_actor(actor)
        self.model.set_query(self._query())
        self._ask_counts()
        self._load_filter_data()
        self.live.set_clinic(actor.clinic_id)

    def _load_filter_data(self) -> None:
        run_in_background(inbox.inbox_setup, self.db, self.actor,
                          on_done=lambda setup: self.filters.set_providers(setup.providers),
                          on_error=lambda _e: None, context=self)
        run_in_background(inbox.list_assignees, self.db, self.actor, on_done=self.filters.set_assignees,
                          on_error=lambda _e: None, context=self)

    # ------------------------------------------------------------------ query
    def _query(self) -> ItemQuery:
        return self.filters.query(self.folders.current_folder(), self.model.query.sort)

    def _folder_chosen(self, _folder) -> None:
        self.model.set_query(self._query())

    def _filters_changed(self) -> None:
        q = self._query()
        if q != self.model.query:
            self.model.set_query(q)

    def _search_now(self) -> None:
        self._filters_changed()
        self.table.setFocus()
        self.list_pane.select_first_if_none()

    # ------------------------------------------------------------------ open
    def _clicked(self, idx: QModelIndex) -> None:
        self.open_index(idx, focus=False)

    def open_index(self, idx: QModelIndex, *, focus: bool) -> None:
        if not idx.isValid():
            return
        row = idx.data(ROW_ROLE)
        if row is None:
            return
        if self.detail.item_id != row.id:
            if focus:
                conn = {}

                def focus_when_open(opened, c=conn):
                    self.detail.opened.disconnect(c["slot"])
                    if opened.detail.id == row.id and self.detail.current_pane() is not None:
                        self.detail.current_pane().focus_first()

                conn["slot"] = focus_when_open
                self.detail.opened.connect(focus_when_open)
            self.detail.open_item(row.id)
        elif focus and self.detail.current_pane() is not None:
            self.detail.current_pane().focus_first()

    def open_current(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
            self.table.setCurrentIndex(idx)
        self.open_index(idx, focus=True)

    def take_next(self, *, also_skip: int | None = None) -> None:
        """Ctrl+N: the next item for me in this folder and filters, claimed and opened
        (the rule is ``inbox.claim_next``).

        Repeated presses walk distinct items: the view remembers the items this walk
        has taken (and the one open now) and the service skips them. The walk starts
        again when the folder or a filter changes, or when it has run out."""
        query = self.model.query
        if query != self._walk_query:
            self._walk, self._walk_query = [], query
        skip = list(self._walk)
        for extra in (self.detail.item_id, also_skip):
            if extra is not None:
                skip.append(extra)

        def taken(opened):
            self._walk.append(opened.detail.id)
            i = self.model.row_of(opened.detail.id)
            if i >= 0:
                self.table.setCurrentIndex(self.model.index(i, 0))
            pane = self.detail.current_pane()
            if pane is not None:
                pane.focus_first()

        def none_left():
            self._walk = []  # the next press starts from the top again
            self.table.setFocus()

        self.detail.take_next(query, on_taken=taken, skip=skip, on_none=none_left)

    def _move_on(self, item_id: int) -> None:
        """After a hand-over the pane does not stay on the item: it takes the next one."""
        self.take_next(also_skip=item_id)

    def move(self, step: int) -> None:
        self.list_pane.move(step)

    def focus_list(self) -> None:
        self.table.setFocus()

    # ------------------------------------------------------------------ refresh and messages
    def refresh_counts(self) -> None:
        """The folder counts, soon: requests close together are one count (``COUNTS_DELAY_MS``)."""
        self._counts_timer.start()

    def _ask_counts(self) -> None:
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        actor = self.actor

        def done(counts):
            self._counted()
            if actor is self.actor:
                self.folders.set_counts(counts)

        run_in_background(inbox.folder_counts, self.db, actor, on_done=done,
                          on_error=lambda _e: self._counted(), context=self)

    def _counted(self) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._ask_counts()

    def _item_changed_here(self, item_id: int) -> None:
        # our own action (an open, a release, an answer): the row and the counts at once; when the
        # change log reports it, the counts are not asked again (``changes_made_elsewhere``)
        self._own[item_id] = time.monotonic()
        self.model.refresh(frozenset({item_id}), first_page=False)
        self.refresh_counts()

    def changes_made_elsewhere(self, item_ids) -> bool:
        """Of the change log's ids, are any not this view's own recent changes? (``live.py``:
        the counts are asked for those only). Forgets the own changes it was told of."""
        now = time.monotonic()
        elsewhere = not item_ids  # "something changed" without an item
        for i in item_ids:
            at = self._own.pop(i, None)
            if at is None or now - at > OWN_ECHO_S:
                elsewhere = True
        for i in [i for i, at in self._own.items() if now - at > OWN_ECHO_S]:
            del self._own[i]
        return elsewhere

    def reload(self) -> None:
        """F5: counts, list (in place) and the open item (drafts stay)."""
        self.refresh_counts()
        self.model.refresh()
        self.detail.reload()

    def toast(self, text: str, *, urgent: bool = False) -> None:
        """A quiet message at the bottom (and in the window's status bar)."""
        self.toast_label.setText(text)
        self.toast_label.setProperty("urgent", urgent)
        self.toast_label.setStyleSheet(
            "background: #fdecea; color: #8c1d18; padding: 6px 12px;" if urgent else
            "background: #e4eef6; color: #1f2a33; padding: 6px 12px;")
        self.toast_label.show()
        self._toast_timer.start()
        win = self.window()
        if isinstance(win, QMainWindow):
            win.statusBar().showMessage(text, TOAST_MS)
        self.status_message.emit(text)

    # ------------------------------------------------------------------ keyboard
    def trigger(self, action_id: str) -> None:
        """What a key of the shortcut table does (see keys.py)."""
        self.keys.trigger(action_id)

    def show_shortcuts(self) -> ShortcutsDialog:
        dlg = ShortcutsDialog(self)
        dlg.open()
        return dlg


def install_inbox(window) -> InboxView:
    """Make the inbox the main window's first page (called by the app after login)."""
    view = InboxView(window.db, window.actor, window, settings=getattr(window, "settings", None))
    if window.page("welcome") is not None:
        window.remove_page("welcome").deleteLater()
    window.add_page("inbox", QCoreApplication.translate("InboxView", "Indbakke"), view)
    window.show_page("inbox")
    window.actor_changed.connect(view.set_actor)
    window.add_help_action(view.actions_by_id["shortcuts"])
    # the window-level shortcut list also shows the inbox's rows (one table, see shortcuts.py)
    rows = getattr(window, "extra_shortcut_rows", None)
    if isinstance(rows, list):
        rows.append(lambda: [(keys, f"{group}: {text}") for group, keys, text in sc.rows()])
    if hasattr(window, "closed"):
        window.closed.connect(lambda _signed_out: view.stop())  # releases a claim we hold
    window.locked_changed.connect(view.set_locked)
    return view
