"""InboxView: folders (left), the list with its filter bar (center), the open item (right)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import ItemKind, ItemStatus, Priority, Role
from clinicdesk.services import inbox
from clinicdesk.services.inbox import UNASSIGNED, Folder, ItemQuery
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox import shortcuts as sc
from clinicdesk.views.inbox.detail import DetailPane, error_message
from clinicdesk.views.inbox.folders import FolderList
from clinicdesk.views.inbox.table_model import (
    COL_CLAIMED,
    COL_DUE,
    COL_KIND,
    COL_PATIENT,
    COL_PREVIEW,
    COL_PRIORITY,
    COL_PROVIDER,
    COL_RECEIVED,
    COL_STATUS,
    ROW_ROLE,
    ItemTableModel,
)
from clinicdesk.views.inbox.watcher import ChangeWatcher
from clinicdesk.views.worker import run_in_background

LAPSE_CHECK_MS = 30_000

FOLDER_ACTIONS = {
    "folder_new": Folder.NEW, "folder_mine": Folder.MINE, "folder_all_open": Folder.ALL_OPEN,
    "folder_awaiting_patient": Folder.AWAITING_PATIENT, "folder_overdue": Folder.OVERDUE,
    "folder_done": Folder.DONE, "folder_econsult": Folder.ECONSULT, "folder_renewal": Folder.RENEWAL,
    "folder_booking": Folder.BOOKING, "folder_signup": Folder.SIGNUP,
}
# keys that belong to the list only (single letters, arrows, Enter must not fire while typing)
LIST_ONLY = {"next", "previous", "open"}
# keys that belong to the detail pane
DETAIL_ONLY = {"to_list"}

_COLUMN_WIDTHS = {
    COL_RECEIVED: 104, COL_DUE: 64, COL_KIND: 84, COL_PATIENT: 210, COL_PROVIDER: 120,
    COL_PREVIEW: 220, COL_STATUS: 124, COL_CLAIMED: 118, COL_PRIORITY: 60,
}


_STYLE = """
#inboxFolders { background: #ffffff; border: none; border-right: 1px solid #d5dde4; padding-top: 6px; }
#inboxFolders::item { padding: 5px 12px; }
#inboxFolders::item:selected { background: #1f6fa8; color: #ffffff; }
#inboxFolders::item:disabled { color: #5b6b78; padding-top: 12px; }
#listStatus { color: #5b6b78; }
#listEmpty { color: #5b6b78; font-size: 11pt; padding: 40px; }
#detailEmpty { color: #5b6b78; font-size: 11pt; }
#detailMeta { color: #3d4b57; }
#claimBanner { background: #fff4cf; color: #5c4400; padding: 8px 10px; border-radius: 4px; font-weight: 600; }
#staleBar { background: #fdecea; border-radius: 4px; }
#staleBar QLabel { color: #8c1d18; }
#detailError { color: #b3261e; }
#inboxDetail { background: #ffffff; }
"""


class ShortcutsDialog(QDialog):
    """The inbox's keyboard shortcuts, generated from shortcuts.SHORTCUTS."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inboxShortcutsDialog")
        self.setWindowTitle(self.tr("Tastaturgenveje i indbakken"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(sc.html_table())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.resize(620, 640)


class InboxView(QWidget):
    status_message = Signal(str)

    def __init__(self, db, actor, parent=None, *, poll_ms: int = 1000, start: bool = True):
        super().__init__(parent)
        self.setObjectName("inboxView")
        self.setStyleSheet(_STYLE)
        self.db = db
        self.actor = actor
        self._seen_ids: set[int] = set()
        self._assignees = ()

        # ---- left: folders
        self.folders = FolderList(self)
        self.folders.folder_chosen.connect(self._folder_chosen)

        # ---- center: filter bar + list
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("inboxSearch")
        self.search_edit.setPlaceholderText(self.tr("Søg: CPR-nummer, navn eller tekst (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.provider_combo = QComboBox(self)
        self.provider_combo.setObjectName("providerFilter")
        self.provider_combo.addItem(self.tr("Behandler: alle"), None)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.addItem(self.tr("Type: alle"), None)
        for k in ItemKind:
            self.kind_combo.addItem(labels.kind(k), k)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("Status: alle"), None)
        for st in ItemStatus:
            self.status_combo.addItem(labels.status(st), st)
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.setObjectName("assigneeFilter")
        self._fill_assignee_combo()
        for combo in (self.provider_combo, self.kind_combo, self.status_combo, self.assignee_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._filters_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)

        self.model = ItemTableModel(db, actor, self)
        self.table = QTableView(self)
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setShowGrid(False)
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        for col, w in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(col, w)
        hh.setStretchLastSection(True)
        hh.setMinimumSectionSize(40)
        hh.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        # urgency is what the eye looks for first: shown as the first column (the model's order stays)
        hh.moveSection(hh.visualIndex(COL_PRIORITY), 0)
        hh.sectionClicked.connect(self._header_clicked)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.page_loaded.connect(self._check_lapsed_current)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.load_failed.connect(lambda exc: self.toast(error_message(exc)))
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda idx: self.open_index(idx, focus=True))
        self.table.setAccessibleName(self.tr("Indbakkens liste"))

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("listEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.list_status = QLabel(self)
        self.list_status.setObjectName("listStatus")

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.provider_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.assignee_combo)
        center = QWidget(self)
        center.setObjectName("inboxCenter")
        cl = QVBoxLayout(center)
        cl.setContentsMargins(8, 8, 8, 4)
        cl.setSpacing(6)
        cl.addWidget(self.search_edit)
        cl.addLayout(filters)
        cl.addWidget(self.table, 1)
        cl.addWidget(self.empty_label, 1)
        cl.addWidget(self.list_status)

        # ---- right: detail
        self.detail = DetailPane(db, actor, self)
        self.detail.status_message.connect(self.toast)
        self.detail.item_changed.connect(self._item_changed_here)
        # done with an item: back to the list, on the row where it was, ready for J/K and Enter
        self.detail.handed_off.connect(lambda _i: self.table.setFocus())

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
        self._splitter_placed = False
        self.splitter.splitterMoved.connect(self._save_splitter)

        self.toast_label = QLabel(self)
        self.toast_label.setObjectName("inboxToast")
        self.toast_label.setWordWrap(True)
        self.toast_label.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(8000)
        self._toast_timer.timeout.connect(self.toast_label.hide)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.toast_label)

        self.actions_by_id: dict[str, QAction] = {}
        self._make_actions()
        self.setTabOrder(self.search_edit, self.table)

        self.watcher = ChangeWatcher(db, actor.clinic_id, self, interval_ms=poll_ms)
        self.watcher.changed.connect(self._changes)
        # claims lapse without a change event: a slow tick shows lapsed claims and due dates
        self.lapse_timer = QTimer(self)
        self.lapse_timer.setInterval(LAPSE_CHECK_MS)
        self.lapse_timer.timeout.connect(self._lapse_tick)
        if start:
            self.start()

    # ------------------------------------------------------------------ start / actor
    # -- workstation layout: the list gets the larger share; a moved splitter is remembered
    SPLITTER_KEY = "inbox/splitter"

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._splitter_placed:
            return
        self._splitter_placed = True
        # keyboard first: after sign-in J/K and Enter work at once
        QTimer.singleShot(0, self.table.setFocus)
        saved = QSettings().value(self.SPLITTER_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.splitter.restoreState(saved):
            return
        width = max(self.splitter.width(), 900)
        folders = 190
        rest = width - folders
        self.splitter.setSizes([folders, int(rest * 0.6), rest - int(rest * 0.6)])

    def _save_splitter(self, *_a) -> None:
        QSettings().setValue(self.SPLITTER_KEY, self.splitter.saveState())

    def start(self) -> None:
        self.model.set_query(self._query())
        self.refresh_counts()
        self.detail.load_support()
        self._load_filter_data()
        self.watcher.start()
        self.lapse_timer.start()

    def stop(self) -> None:
        self.watcher.stop()
        self.lapse_timer.stop()
        self.detail.leave()

    def set_locked(self, locked: bool) -> None:
        """The window locked itself: stop watching and renewing; unlocked: catch up."""
        self.detail.pause(locked)
        if locked:
            self.watcher.stop()
            self.lapse_timer.stop()
        else:
            self.watcher.start()
            self.lapse_timer.start()
            self.refresh_counts()
            self.model.refresh()

    def set_actor(self, actor) -> None:
        """A shared staff member switched clinic: everything reloads for the new clinic."""
        self.detail.set_actor(actor)
        self.actor = actor
        self.model._actor = actor
        self._seen_ids.clear()
        self.provider_combo.blockSignals(True)
        while self.provider_combo.count() > 1:
            self.provider_combo.removeItem(1)
        self.provider_combo.setCurrentIndex(0)
        self.provider_combo.blockSignals(False)
        self._fill_assignee_combo()
        self.model.set_query(self._query())
        self.refresh_counts()
        self._load_filter_data()
        self.watcher.set_clinic(actor.clinic_id)

    def _load_filter_data(self) -> None:
        from clinicdesk.services import inbox_extra

        run_in_background(inbox_extra.inbox_setup, self.db, self.actor, on_done=self._setup_arrived,
                          on_error=lambda _e: None, context=self)
        run_in_background(inbox.list_assignees, self.db, self.actor, on_done=self._assignees_arrived,
                          on_error=lambda _e: None, context=self)

    def _setup_arrived(self, setup) -> None:
        self.provider_combo.blockSignals(True)
        while self.provider_combo.count() > 1:
            self.provider_combo.removeItem(1)
        for p in setup.providers:
            self.provider_combo.addItem(p.label, p.id)
        self.provider_combo.blockSignals(False)

    def _fill_assignee_combo(self) -> None:
        c = self.assignee_combo
        c.blockSignals(True)
        c.clear()
        c.addItem(self.tr("Tildelt: alle"), None)
        c.addItem(self.tr("Tildelt: ingen"), UNASSIGNED)
        c.addItem(self.tr("Tildelt: mig"), self.actor.staff_id)
        for role in (Role.DOCTOR, Role.NURSE, Role.RECEPTIONIST):
            c.addItem(labels.role_group(role), role)
        for a in self._assignees:
            if a.staff_id is not None and a.staff_id != self.actor.staff_id:
                c.addItem(a.label, a.staff_id)
        c.blockSignals(False)

    def _assignees_arrived(self, assignees) -> None:
        current = self.assignee_combo.currentData()
        self._assignees = assignees
        self._fill_assignee_combo()
        i = self.assignee_combo.findData(current)
        self.assignee_combo.blockSignals(True)
        self.assignee_combo.setCurrentIndex(max(0, i))
        self.assignee_combo.blockSignals(False)

    # ------------------------------------------------------------------ query
    def _query(self) -> ItemQuery:
        search = self.search_edit.text().strip()
        return ItemQuery(
            # a search looks in every folder (a done item is found too); the filters still apply
            folder=Folder.ALL if search else self.folders.current_folder(),
            kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(),
            provider_id=self.provider_combo.currentData(),
            assignee=self.assignee_combo.currentData(),
            search=search,
            sort=self.model.query.sort,
        )

    def _folder_chosen(self, _folder) -> None:
        self.model.set_query(self._query())

    def _filters_changed(self, *_a) -> None:
        q = self._query()
        if q != self.model.query:
            self.model.set_query(q)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._filters_changed()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _header_clicked(self, col: int) -> None:
        self.model.sort(col)

    def _sort_changed(self, col: int) -> None:
        order = Qt.SortOrder.AscendingOrder if col == COL_DUE else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(col, order)

    def _loading_changed(self, loading: bool) -> None:
        if loading and self.model.rowCount() == 0:
            self.list_status.setText(self.tr("Henter …"))

    def _page_loaded(self, n: int) -> None:
        q = self.model.query
        more = self.model.canFetchMore(QModelIndex())
        if n == 0:
            if q.search:
                text = self.tr("Intet fundet for “%1”. Søg på CPR-nummer (fx 010190-1234), navn eller tekst.").replace("%1", q.search)
            elif q.folder == Folder.MINE:
                text = self.tr("Du har ingen elementer lige nu. Åbn et element fra “Alle åbne” for at tage det.")
            elif q.folder == Folder.OVERDUE:
                text = self.tr("Ingen overskredne frister. Godt gået!")
            else:
                text = self.tr("Her er tomt. Nye henvendelser fra portalen vises automatisk.")
            self.empty_label.setText(text)
            self.empty_label.show()
            self.table.hide()
            self.list_status.setText("")
        else:
            self.empty_label.hide()
            self.table.show()
            text = (self.tr("%1 vist – rul for flere") if more else self.tr("%1 element(er)")).replace("%1", str(n))
            if q.search:
                text += " · " + self.tr("søgning i alle mapper")
            self.list_status.setText(text)
        for r in self.model.rows():
            self._seen_ids.add(r.id)

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

    def take_next(self) -> None:
        """Ctrl+N: the oldest free item of this folder and filters, claimed and opened."""
        def taken(opened):
            i = self.model.row_of(opened.detail.id)
            if i >= 0:
                self.table.setCurrentIndex(self.model.index(i, 0))
            pane = self.detail.current_pane()
            if pane is not None:
                pane.focus_first()

        self.detail.take_next(self.model.query, on_taken=taken)

    def move(self, step: int) -> None:
        n = self.model.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex()
        row = 0 if not cur.isValid() else max(0, min(n - 1, cur.row() + step))
        self.table.setCurrentIndex(self.model.index(row, max(cur.column(), 0)))
        if row >= n - 5 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def focus_list(self) -> None:
        self.table.setFocus()

    # ------------------------------------------------------------------ live updates
    def refresh_counts(self) -> None:
        run_in_background(inbox.folder_counts, self.db, self.actor, on_done=self.folders.set_counts,
                          on_error=lambda _e: None, context=self)

    def _item_changed_here(self, item_id: int) -> None:
        # our own action: the watcher will see it too, but answer at once
        self.model.refresh(frozenset({item_id}))
        self.refresh_counts()

    def _changes(self, item_ids) -> None:
        self.refresh_counts()
        self.model.refresh(item_ids)
        unseen = [i for i in item_ids if i not in self._seen_ids]
        if unseen:
            run_in_background(_rows_for, self.db, self.actor, unseen[:20], on_done=self._check_urgent,
                              on_error=lambda _e: None, context=self)
        cur = self.detail.current
        if cur is not None and cur.detail.id in item_ids and not self.detail.busy and not cur.claim.mine:
            # someone else changed the item we look at: show it as it is now (drafts stay)
            self.detail.reload()

    def _lapse_tick(self) -> None:
        from datetime import datetime, timezone

        now = datetime.now(timezone.utc)
        if any(r.claimed_by_id is not None for r in self.model.rows()) or any(r.due_date for r in self.model.rows()):
            self.model.refresh()
            self.refresh_counts()
        if self.detail.current is not None and self.detail.current.claim.expires_at is not None \
                and self.detail.current.claim.expires_at <= now:
            self._check_lapsed_current()

    def _check_lapsed_current(self, *_a) -> None:
        """The open item was held by someone else; when the list says it is free now, take another look."""
        cur = self.detail.current
        if cur is None or cur.can_act or cur.claim.holder_id is None or cur.claim.mine or self.detail.busy:
            return
        i = self.model.row_of(cur.detail.id)
        row = self.model.rows()[i] if i >= 0 else None
        if row is not None and row.claimed_by_id is None and row.status != ItemStatus.DONE:
            self.detail.reload()  # the other's claim lapsed or was released: the item is free now

    def _check_urgent(self, rows) -> None:
        urgent = [r for r in rows if r is not None and r.priority == Priority.URGENT and r.status == ItemStatus.NEW]
        for r in rows:
            if r is not None:
                self._seen_ids.add(r.id)
        if urgent:
            kind = labels.kind(urgent[0].kind)
            if len(urgent) == 1:
                text = self.tr("Ny hastende henvendelse: %1").replace("%1", kind)
            else:
                text = self.tr("%1 nye hastende henvendelser").replace("%1", str(len(urgent)))
            self.toast(text, urgent=True)

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
            win.statusBar().showMessage(text, 8000)
        self.status_message.emit(text)

    # ------------------------------------------------------------------ keyboard
    def _make_actions(self) -> None:
        for spec in sc.SHORTCUTS:
            act = QAction(spec.label, self)
            act.setObjectName(f"inbox_{spec.id}")
            act.setShortcuts([QKeySequence(k) for k in spec.keys])
            if spec.id in LIST_ONLY:
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(act)
            elif spec.id in DETAIL_ONLY:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.detail.addAction(act)
            else:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            act.triggered.connect(lambda _c=False, sid=spec.id: self.trigger(sid))
            self.actions_by_id[spec.id] = act

    def trigger(self, action_id: str) -> None:
        """What every key of the shortcut table does."""
        if action_id in FOLDER_ACTIONS:
            self.folders.select_folder(FOLDER_ACTIONS[action_id])
            self.table.setFocus()
            return
        simple = {
            "next": lambda: self.move(1),
            "previous": lambda: self.move(-1),
            "open": self.open_current,
            "search": lambda: (self.search_edit.setFocus(), self.search_edit.selectAll()),
            "filters": lambda: self.provider_combo.setFocus(),
            "reload": self.reload,
            "to_list": self.focus_list,
            "assign": self.detail.show_assign_menu,
            "release": self.detail.release_current,
            "take_next": self.take_next,
            "mark_done": self.detail.mark_done,
            "reopen": lambda: self.detail.reopen_button.isVisible() and self.detail.reopen_button.isEnabled()
            and self.detail.reopen_button.click(),
            "shortcuts": self.show_shortcuts,
            "patient_card": self.detail.open_patient_card,
        }
        if action_id in simple:
            simple[action_id]()
            return
        if action_id == "new_thread":
            self.detail.econsult.new_thread()
            return
        pane = self.detail.current_pane()
        if pane is not None:
            pane.handle(action_id)

    def reload(self) -> None:
        """F5: counts, list (in place) and the open item (drafts stay)."""
        self.refresh_counts()
        self.model.refresh()
        self.detail.reload()

    def show_shortcuts(self) -> ShortcutsDialog:
        dlg = ShortcutsDialog(self)
        dlg.open()
        return dlg


def _rows_for(db, actor, ids):
    return [inbox.get_row(db, actor, i) for i in ids]


def install_inbox(window) -> InboxView:
    """Make the inbox the main window's first page (called by the app after login)."""
    view = InboxView(window.db, window.actor, window)
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
