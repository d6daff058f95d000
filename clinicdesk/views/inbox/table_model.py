"""The inbox list as a QAbstractTableModel, loaded page by page on demand.

* Named column constants; ``ROW_ROLE`` returns the row's ``ItemRow``.
* ``canFetchMore``/``fetchMore`` ask the service for the next keyset page
  (``inbox.list_items(..., after=cursor, limit=PAGE_SIZE)``) through the worker,
  so a million items open as fast as a hundred and the GUI thread never waits
  for the database. ``data()`` only reads rows already in memory.
* Sorting (received, due) changes the service query, so the order is right over
  every item, not only the loaded ones.
* ``refresh(changed_ids)`` re-reads the first page and the changed items only
  (``inbox.rows_in_query``: each as a row of the query, or not in it any more) and
  applies the difference as row inserts/removes/changes: every other row stays the
  same object, selection and scroll survive. ``refresh()`` (F5, unlock) re-reads the
  loaded range. ``recheck(now)``: lapsed claims and passed due dates without the database.
* Each row's looks (texts, font, colour, icons) are made once, the first time the view asks
  for the row (the rows on screen, not the whole page); a row that changes is made again
  when next asked. A new query keeps the old rows on screen until its first page is in
  (one paint).
* The view's ask for the next page while a refresh is in flight is remembered and
  answered when the refresh lands (it was lost: "the list stopped at row 100").
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import replace
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from clinicdesk.services import inbox
from clinicdesk.services.inbox import ItemQuery, ItemRow, Sort
from clinicdesk.services.inbox.live_rows import order_key, rows_in_query
from clinicdesk.views.inbox.row_looks import (  # noqa: F401 (the columns are the model's names too)
    COL_CLAIMED,
    COL_CPR,
    COL_DUE,
    COL_KIND,
    COL_PATIENT,
    COL_PREVIEW,
    COL_PRIORITY,
    COL_PROVIDER,
    COL_RECEIVED,
    COL_STATUS,
    COLUMN_COUNT,
    PART,
    look,
    tooltip,
    urgent_marker,
)
from clinicdesk.views.inbox.icons import icon
from clinicdesk.views.worker import run_in_background

translate = QCoreApplication.translate

PAGE_SIZE = 100
#: more changed items than this at once (an import): the loaded range is re-read instead
MAX_CHANGED = 500
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2

SORTABLE = {COL_RECEIVED: Sort.RECEIVED_DESC, COL_DUE: Sort.DUE_ASC}

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_OTHER = {_TOOLTIP, ROW_ROLE, ITEM_ID_ROLE}  # the roles answered besides the looks (row_looks.PART)
class ItemTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows now loaded
    load_failed = Signal(object)  # the exception
    sort_changed = Signal(int)  # the column now sorted by (COL_RECEIVED / COL_DUE)

    def __init__(self, db, actor, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._query = ItemQuery()
        self._rows: list[ItemRow] = []
        self._cursor = None
        self._more = False  # a next page exists (known after the first page)
        self._loading = False
        self._generation = 0  # results of an older query are dropped
        self._first_pending = False  # a new query's first page is on its way (the old rows stay shown)
        self._refresh_pending = False
        self._refreshing = False
        self._pending_ids: frozenset[int] | None = None  # what a pending refresh must re-read (None: all)
        self._pending_top = False  # ... and whether with the first page
        self._fetch_wanted = False  # the view asked for the next page while a refresh was in flight
        self._looks: dict[int, tuple] = {}  # item id -> the row's looks (look()), made when first asked for
        self._index: dict[int, int] | None = None  # item id -> row, rebuilt after changes
        hints = QGuiApplication.styleHints() if QGuiApplication.instance() is not None else None
        if hints is not None and hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._scheme_changed)
        self._headers = [
            translate("ItemTableModel", "Modtaget"), translate("ItemTableModel", "Frist"),
            translate("ItemTableModel", "Type"), translate("ItemTableModel", "Patient"),
            translate("ItemTableModel", "Behandler"), translate("ItemTableModel", "Første linje"),
            translate("ItemTableModel", "Status"), translate("ItemTableModel", "Behandles af"),
            translate("ItemTableModel", "Prioritet"), translate("ItemTableModel", "CPR-nummer"),
        ]

    # ------------------------------------------------------------------ state
    @property
    def query(self) -> ItemQuery:
        return self._query

    @property
    def is_loading(self) -> bool:
        return self._loading or self._refreshing

    @property
    def loaded(self) -> bool:
        """The first page of the current query has arrived."""
        return not self._first_pending

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        if self._index is None:
            self._index = {r.id: i for i, r in enumerate(self._rows)}
        return self._index.get(item_id, -1)

    def _changed(self) -> None:
        self._index = None

    def set_actor(self, actor) -> None:
        self._actor = actor
        self.set_query(ItemQuery(folder=self._query.folder, sort=self._query.sort))

    def set_query(self, query: ItemQuery) -> None:
        """Start over with ``query``: the old rows stay on screen until the first page is in,
        then they are replaced at once (one reset, one paint, no empty list in between)."""
        self._generation += 1
        self._query = query
        self._cursor = None
        self._more = False
        self._loading = False
        self._refreshing = False
        self._refresh_pending = False
        self._fetch_wanted = False
        self._first_pending = True
        self._load_page(first=True)

    # ------------------------------------------------------------------ loading
    def _load_page(self, *, first: bool) -> None:
        if self._loading:
            return
        self._loading = True
        self.loading_changed.emit(True)
        gen = self._generation
        run_in_background(
            inbox.list_items, self._db, self._actor, self._query, None if first else self._cursor, self._page_size,
            on_done=lambda page: self._page_arrived(gen, page),
            on_error=lambda exc: self._page_failed(gen, exc),
            context=self,
        )

    def _page_arrived(self, gen: int, page) -> None:
        if gen != self._generation:
            return
        self._loading = False
        if self._first_pending:  # the new query's rows replace the old ones in one reset
            self._first_pending = False
            self.beginResetModel()
            self._rows = list(page.rows)
            self._looks = {}
            self._changed()
            self.endResetModel()
        else:
            new = [r for r in page.rows if self.row_of(r.id) < 0]
            if new:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
                self._rows.extend(new)
                self._changed()
                self.endInsertRows()
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        self.loading_changed.emit(False)
        self.page_loaded.emit(len(self._rows))
        self._settle()

    def _page_failed(self, gen: int, exc) -> None:
        if gen != self._generation:
            return
        self._loading = False
        if self._first_pending:  # the old rows are not this query's: show none
            self._first_pending = False
            self.beginResetModel()
            self._rows, self._looks = [], {}
            self._changed()
            self.endResetModel()
        self.loading_changed.emit(False)
        self.load_failed.emit(exc)

    def _settle(self) -> None:
        """A load or refresh ended: run what waited for it (a refresh, the next page)."""
        if self._fetch_wanted and self._more and not self._loading:
            self._fetch_wanted = False  # the user waits for it; a pending refresh follows the page
            self._load_page(first=False)
        elif self._refresh_pending:
            self._refresh_pending = False
            self.refresh(self._pending_ids, first_page=self._pending_top)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        if parent.isValid():
            return False
        # true while a refresh is in flight too: the view asks once when the user reaches the
        # end, and does not ask again by itself if nothing new is inserted
        return self._more and not self._first_pending

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._loading:
            return  # a page on its way: its rows make the view ask again if it still shows the end
        if self._refreshing:
            self._fetch_wanted = True  # after the refresh (it may move the cursor)
            return
        self._load_page(first=False)

    # ------------------------------------------------------------------ live refresh
    def refresh(self, changed_ids=None, *, first_page: bool = True) -> None:
        """Bring the list up to date in place.

        ``changed_ids`` (the change log's ids): the first page (new arrivals) and those items
        only are re-read; without the first page when ``first_page`` is False. None (F5,
        unlock): the whole loaded range. Nothing is logged again (``record=False``)."""
        if self._loading or self._refreshing or self._first_pending:
            if not self._refresh_pending:
                self._pending_ids = None if changed_ids is None else frozenset(changed_ids)
                self._pending_top = first_page
            else:
                if self._pending_ids is not None:
                    self._pending_ids = None if changed_ids is None else self._pending_ids | frozenset(changed_ids)
                self._pending_top = self._pending_top or first_page
            self._refresh_pending = True
            return
        gen = self._generation
        self._refreshing = True
        if changed_ids is None or len(changed_ids) > MAX_CHANGED:
            want = len(self._rows) if (self._rows and self._more) else max(len(self._rows), self._page_size)
            run_in_background(
                _read_range, self._db, self._actor, self._query, want, self._page_size,
                on_done=lambda result: self._range_arrived(gen, result),
                on_error=lambda exc: self._refresh_failed(gen, exc),
                context=self,
            )
            return
        run_in_background(
            _read_changes, self._db, self._actor, self._query, frozenset(changed_ids),
            self._page_size if first_page else 0,
            on_done=lambda result: self._changes_arrived(gen, result),
            on_error=lambda exc: self._refresh_failed(gen, exc),
            context=self,
        )

    def _refresh_failed(self, gen: int, exc) -> None:
        if gen != self._generation:
            return
        self._refreshing = False
        self.load_failed.emit(exc)
        self._settle()

    def _range_arrived(self, gen: int, result) -> None:
        if gen != self._generation:
            return
        self._refreshing = False
        rows, cursor = result
        self._apply(self._same_objects(rows))
        self._cursor = cursor
        self._more = cursor is not None
        self.page_loaded.emit(len(self._rows))
        self._settle()

    def _changes_arrived(self, gen: int, result) -> None:
        """Merge the first page and the changed rows into the loaded rows (the list's order is
        ``order_key``); beyond the last loaded row the next pages bring them."""
        if gen != self._generation:
            return
        self._refreshing = False
        page, found = result
        key = lambda r: order_key(r, self._query)  # noqa: E731
        old = self._rows  # in the list's order: cut and insert by bisection (a few keys, not all)
        last = key(old[-1]) if (old and self._more) else None
        if page is not None and page.next_cursor is None:  # the first page holds the whole list
            top, rest, bound = list(page.rows), [], None
        elif page is not None and page.rows:
            top = list(page.rows)
            bound = key(top[-1])
            seen = {r.id for r in top}
            cut = bisect.bisect_right(old, bound, key=key)
            rest = [r for r in old[cut:] if r.id not in seen and r.id not in found]
        else:
            top, bound = [], None
            rest = [r for r in old if r.id not in found] if found else list(old)
        in_top = {r.id for r in top}
        for row in found.values():
            if row is None or row.id in in_top:
                continue
            k = key(row)
            if (bound is not None and k <= bound) or (last is not None and k > last):
                continue  # the first page says it is not there / a later page brings it
            held = self.row_of(row.id)
            rest.insert(bisect.bisect_left(rest, k, key=key),
                        old[held] if held >= 0 and old[held] == row else row)
        self._apply(self._same_objects(top) + rest)
        if page is not None and not rest:  # what is loaded is the first page: its cursor goes on
            self._cursor = page.next_cursor
            self._more = page.next_cursor is not None
        self.page_loaded.emit(len(self._rows))
        self._settle()

    def _same_objects(self, rows: list[ItemRow]) -> list[ItemRow]:
        """Re-read rows that did not change are the rows already held (no new looks, no repaint)."""
        if not self._rows:
            return rows
        held = self._rows
        out = []
        for r in rows:
            i = self.row_of(r.id)
            out.append(held[i] if i >= 0 and held[i] == r else r)
        return out

    def recheck(self, now: datetime | None = None) -> list[int]:
        """Without the database: passed due dates turn red (``inbox.is_overdue``); returns the ids
        of rows whose claim has lapsed or may have (its end unknown here), for ``refresh``."""
        now = now or datetime.now(timezone.utc)
        today = inbox.today_local(now)
        lapsed = []
        for i, r in enumerate(self._rows):
            if r.claimed_by_id is not None:
                ends = getattr(r, "claim_expires_at", None)
                if ends is None or ends <= now:
                    lapsed.append(r.id)
            if r.due_date is not None and inbox.is_overdue(r.due_date, r.status, today) != r.overdue:
                self._set_row(i, replace(r, overdue=not r.overdue))
        return lapsed

    def _set_row(self, i: int, row: ItemRow) -> None:
        self._rows[i] = row
        self._looks.pop(row.id, None)  # made again when the view asks
        self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMN_COUNT - 1))

    def _apply(self, new_rows: list[ItemRow]) -> None:
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in new_rows]
        if old_ids == new_ids:  # the usual live update: a few rows changed in place
            for i, (a, b) in enumerate(zip(self._rows, new_rows)):
                if a is not b:
                    self._set_row(i, b)
            return
        ops = difflib.SequenceMatcher(a=old_ids, b=new_ids, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                for k in range(i2 - i1):
                    if self._rows[i1 + k] is not new_rows[j1 + k]:
                        self._set_row(i1 + k, new_rows[j1 + k])
                continue
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                for r in self._rows[i1:i2]:
                    self._looks.pop(r.id, None)
                del self._rows[i1:i2]
                self._changed()
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new_rows[j1:j2]
                for r in new_rows[j1:j2]:
                    self._looks.pop(r.id, None)
                self._changed()
                self.endInsertRows()

    def _scheme_changed(self, *_a) -> None:
        """Light ↔ dark: the colours of every row are made again."""
        self._looks = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def column_name(self, section: int) -> str:
        """The column's name (the header's text, or its tooltip where the header is an icon)."""
        return self._headers[section]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if section == COL_CLAIMED:  # a narrow column: an icon, the name in the tooltip
            if role == _DECORATION:
                return icon("person")
            if role in (_TOOLTIP, _ACCESSIBLE):
                return self._headers[section]
            return None
        if role == _DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # called for every visible cell and role at every paint: one look-up in the row's looks
        part = PART.get(role)
        if part is None and role not in _OTHER or not index.isValid():
            return None
        r = index.row()
        if r >= len(self._rows):
            return None
        row = self._rows[r]
        if part is not None:
            looks = self._looks.get(row.id)
            if looks is None:
                looks = self._looks[row.id] = look(row)
            cells = looks[part]
            return cells[index.column()] if cells is not None else None
        if role == ROW_ROLE:
            return row
        if role == ITEM_ID_ROLE:
            return row.id
        return tooltip(row, index.column())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Received (newest first) or due (soonest first), by the service query."""
        sort = SORTABLE.get(column)
        if sort is None or sort == self._query.sort:
            self.sort_changed.emit(self.sort_column())
            return
        self.set_query(replace(self._query, sort=sort))
        self.sort_changed.emit(column)

    def sort_column(self) -> int:
        return COL_DUE if self._query.sort == Sort.DUE_ASC else COL_RECEIVED


def _read_changes(db, actor, query: ItemQuery, ids: frozenset, page_size: int):
    """Worker side of refresh(changed_ids): the first page (none when ``page_size`` is 0) and
    the changed items as rows of the query (None: not in it)."""
    page = inbox.list_items(db, actor, query, limit=page_size, record=False) if page_size else None
    return page, (rows_in_query(db, actor, query, ids) if ids else {})


def _read_range(db, actor, query: ItemQuery, want: int, page_size: int):
    """Worker side of refresh(): the first ``want`` rows of the query and the cursor after them."""
    rows: list[ItemRow] = []
    after = None
    while True:
        page = inbox.list_items(db, actor, query, after=after, limit=min(1000, max(page_size, want - len(rows))),
                                record=False)  # re-reading what is on screen: logged when first shown
        rows.extend(page.rows)
        after = page.next_cursor
        if after is None or len(rows) >= want:
            return rows, after

