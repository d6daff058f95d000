"""The inbox list as a QAbstractTableModel, loaded page by page on demand.

* Named column constants; ``ROW_ROLE`` returns the row's ``ItemRow``.
* ``canFetchMore``/``fetchMore`` ask the service for the next keyset page
  (``inbox.list_items(..., after=cursor, limit=PAGE_SIZE)``) through the worker,
  so a million items open as fast as a hundred and the GUI thread never waits
  for the database. ``data()`` only reads rows already in memory.
* Sorting (received, due) changes the service query, so the order is right over
  every item, not only the loaded ones.
* ``refresh()`` re-reads the loaded range and applies the difference as
  row inserts/removes/changes, so selection and scroll survive a live update.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QIcon, QPainter, QPixmap

from clinicdesk.domain.enums import ItemStatus, Priority
from clinicdesk.services import inbox
from clinicdesk.services.inbox import ItemQuery, ItemRow, Sort
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.icons import icon
from clinicdesk.views.inbox.formatting import short_date, short_datetime
from clinicdesk.views.worker import run_in_background

translate = QCoreApplication.translate

PAGE_SIZE = 100
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_RECEIVED = 0
COL_DUE = 1
COL_KIND = 2
COL_PATIENT = 3
COL_PROVIDER = 4
COL_PREVIEW = 5
COL_STATUS = 6
COL_CLAIMED = 7
COL_PRIORITY = 8
COL_CPR = 9  # shown right after the patient's name (list_pane.py moves it there)
COLUMN_COUNT = 10

SORTABLE = {COL_RECEIVED: Sort.RECEIVED_DESC, COL_DUE: Sort.DUE_ASC}

_BOLD: list[QFont] = []  # made on first use (a QFont needs the application)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_HANDLED = {_DISPLAY, _FONT, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _DECORATION, ROW_ROLE, ITEM_ID_ROLE}
_MARKER: dict[bool, QIcon] = {}  # the red marker of an urgent row per scheme (dark?), made on first use


def urgent_marker() -> QIcon:
    """A red dot: the marker of an item flagged "Haster", first in the row of every list (the
    scheme's red, so it stands out on a light and on a dark list)."""
    dark = tones.is_dark()
    if dark not in _MARKER:
        pm = QPixmap(12, 12)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(tones.colour("error", dark))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(1, 1, 10, 10)
        p.end()
        _MARKER[dark] = QIcon(pm)
    return _MARKER[dark]


def _bold() -> QFont:
    if not _BOLD:
        f = QFont()
        f.setBold(True)
        _BOLD.append(f)
    return _BOLD[0]


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
        self._refresh_pending = False
        self._refreshing = False
        self._pending_ids: frozenset[int] | None = None  # what a pending refresh must re-read
        self._texts: dict[int, list[str]] = {}  # item id -> the row's display texts (painting stays cheap)
        self._index: dict[int, int] | None = None  # item id -> row, rebuilt after changes
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
        return not self._loading or bool(self._rows)

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
        """Start over with ``query``: the model empties, then the first page loads."""
        self._generation += 1
        self._query = query
        self.beginResetModel()
        self._rows = []
        self._texts.clear()
        self._changed()
        self._cursor = None
        self._more = False
        self._loading = False
        self._refreshing = False
        self._refresh_pending = False
        self.endResetModel()
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
        new = [r for r in page.rows if self.row_of(r.id) < 0] if self._rows else list(page.rows)
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
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh(self._pending_ids)

    def _page_failed(self, gen: int, exc) -> None:
        if gen != self._generation:
            return
        self._loading = False
        self.loading_changed.emit(False)
        self.load_failed.emit(exc)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        if parent.isValid():
            return False
        return self._more and not self._loading and not self._refreshing

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._load_page(first=False)

    # ------------------------------------------------------------------ live refresh
    def refresh(self, changed_ids=None) -> None:
        """Re-read the loaded range (at least one page) and apply the difference in place.

        During a search only the rows already shown are re-read (``changed_ids``):
        re-running the search would write a new search entry to the audit log.
        """
        if self._loading or self._refreshing:
            if self._refresh_pending:
                self._pending_ids = None if (self._pending_ids is None or changed_ids is None) else (
                    self._pending_ids | frozenset(changed_ids))
            else:
                self._pending_ids = None if changed_ids is None else frozenset(changed_ids)
            self._refresh_pending = True
            return
        gen = self._generation
        if self._query.search:
            ids = [r.id for r in self._rows if changed_ids is None or r.id in changed_ids]
            if ids:
                self._refreshing = True
                run_in_background(
                    _read_rows, self._db, self._actor, ids,
                    on_done=lambda result: self._rows_arrived(gen, result),
                    on_error=lambda exc: self._refresh_failed(gen, exc),
                    context=self,
                )
            return
        self._refreshing = True
        want = max(len(self._rows), self._page_size)
        if self._rows and self._more:
            want = len(self._rows)
        run_in_background(
            _read_range, self._db, self._actor, self._query, want, self._page_size,
            on_done=lambda result: self._refresh_arrived(gen, result),
            on_error=lambda exc: self._refresh_failed(gen, exc),
            context=self,
        )

    def _refresh_failed(self, gen: int, exc) -> None:
        if gen != self._generation:
            return
        self._refreshing = False
        self.load_failed.emit(exc)

    def _refresh_arrived(self, gen: int, result) -> None:
        if gen != self._generation:
            return
        self._refreshing = False
        rows, cursor = result
        self._apply(rows)
        self._cursor = cursor
        self._more = cursor is not None
        self.page_loaded.emit(len(self._rows))
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh(self._pending_ids)

    def _rows_arrived(self, gen: int, result: dict) -> None:
        if gen != self._generation:
            return
        self._refreshing = False
        new_rows = [result.get(r.id, r) for r in self._rows]
        new_rows = [r for r in new_rows if r is not None]
        self._apply(new_rows)
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh(self._pending_ids)

    def _apply(self, new_rows: list[ItemRow]) -> None:
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in new_rows]
        ops = difflib.SequenceMatcher(a=old_ids, b=new_ids, autojunk=False).get_opcodes()
        last = COLUMN_COUNT - 1
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                for k in range(i2 - i1):
                    if self._rows[i1 + k] != new_rows[j1 + k]:
                        self._rows[i1 + k] = new_rows[j1 + k]
                        self._texts.pop(new_rows[j1 + k].id, None)
                        self.dataChanged.emit(self.index(i1 + k, 0), self.index(i1 + k, last))
                continue
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                for r in self._rows[i1:i2]:
                    self._texts.pop(r.id, None)
                del self._rows[i1:i2]
                self._changed()
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new_rows[j1:j2]
                self._changed()
                self.endInsertRows()

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
        # called for every visible cell and role at every paint: only in-memory look-ups here
        if role not in _HANDLED or not index.isValid():
            return None
        r, col = index.row(), index.column()
        if r >= len(self._rows) or col >= COLUMN_COUNT:
            return None
        row = self._rows[r]
        if role == _DISPLAY or role == _ACCESSIBLE:
            if col == COL_CLAIMED:  # an icon on screen; its words for a screen reader
                return self._claimed_text(row) if role == _ACCESSIBLE else ""
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = [self._display(row, c) for c in range(COLUMN_COUNT)]
            return texts[col]
        if role == _DECORATION:
            if col == COL_RECEIVED and row.priority == Priority.URGENT:
                return urgent_marker()
            if col == COL_CLAIMED and (row.claimed_by_name or row.assignee_label):
                return icon("person" if row.claimed_by_name else "person-assigned")
            return None
        if role == ROW_ROLE:
            return row
        if role == ITEM_ID_ROLE:
            return row.id
        if role == _FONT:
            if row.unread or (col == COL_PRIORITY and row.priority == Priority.URGENT) or (col == COL_DUE and row.overdue):
                return _bold()
            return None
        if role == _FOREGROUND:
            if (col == COL_DUE and row.overdue) or (col == COL_PRIORITY and row.priority == Priority.URGENT):
                return QBrush(tones.colour("error"))
            if row.status == ItemStatus.DONE:
                return QBrush(tones.colour("muted"))
            return None
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        return None

    def _display(self, row: ItemRow, col: int) -> str:
        if col == COL_RECEIVED:
            return short_datetime(row.received_at)
        if col == COL_DUE:
            text = short_date(row.due_date)
            return f"{text} !" if row.overdue and text else text
        if col == COL_KIND:
            label = labels.kind_short(row.kind)
            return f"{label} (app)" if row.via_app else label
        if col == COL_PATIENT:
            return row.patient_name
        if col == COL_CPR:
            return row.cpr_display
        if col == COL_PROVIDER:
            # the name without the title ("Anne Søgaard Kristensen, Praktiserende læge"): the tooltip has it all
            return (row.provider_label.split(",", 1)[0] if row.provider_label else "") or row.assignee_label
        if col == COL_PREVIEW:
            return row.preview
        if col == COL_STATUS:
            return labels.status(row.status)
        if col == COL_CLAIMED:
            return self._claimed_text(row)
        if col == COL_PRIORITY:
            return labels.priority(row.priority) if row.priority == Priority.URGENT else ""
        return ""

    @staticmethod
    def _claimed_text(row: ItemRow) -> str:
        if row.claimed_by_name:
            return row.claimed_by_name
        return f"→ {row.assignee_label}" if row.assignee_label else ""

    def _tooltip(self, row: ItemRow, col: int) -> str | None:
        if col == COL_KIND:
            label = labels.kind(row.kind)
            return label + (" " + translate("ItemTableModel", "(sendt fra Min Læge-appen)") if row.via_app else "")
        if col in (COL_PATIENT, COL_CPR) and row.patient_name:
            return f"{row.patient_name}  {row.cpr_display}"
        if col == COL_PROVIDER and row.provider_label:
            if not row.assignee_label:
                return row.provider_label
            return row.provider_label + "\n" + translate("ItemTableModel", "Tildelt: ") + row.assignee_label
        if col == COL_PREVIEW:
            return row.preview or None
        if col == COL_CLAIMED:
            if row.claim_text:
                return row.claim_text
            if row.assignee_label:
                return translate("ItemTableModel", "Tildelt: ") + row.assignee_label
            return None
        if col == COL_DUE and row.overdue:
            return translate("ItemTableModel", "Svarfristen er overskredet")
        if col in (COL_RECEIVED, COL_PRIORITY) and row.priority == Priority.URGENT:
            return translate("ItemTableModel", "Haster: ord i beskeden, der kan tyde på noget akut, eller markeret "
                                               "som haster (fremhævning til personalet, ikke en vurdering)")
        if col == COL_PROVIDER and row.assignee_label:
            return translate("ItemTableModel", "Tildelt: ") + row.assignee_label
        return None

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


def _read_rows(db, actor, ids: list[int]) -> dict:
    return {i: inbox.get_row(db, actor, i) for i in ids}
