"""The inbox list in the middle: the table's look, its sort header, its status line and empty text.

``InboxList`` owns the table, the "nothing here" text and the status line below
(children of the ``InboxView``, which lays them out) and moves the current row
(J/K), loading the next page near the end. Texts speak in the ``InboxView``
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QMenu, QTableView

from clinicdesk.services.inbox import Folder
from clinicdesk.views.inbox.table_model import (
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
)

translate = QCoreApplication.translate

#: the width of each column (the preview takes what is left, at least PREVIEW_MIN); the CPR
#: column's width is measured from the font, so a CPR number is never cut
COLUMN_WIDTHS = {
    COL_RECEIVED: 108, COL_DUE: 64, COL_KIND: 88, COL_PATIENT: 152, COL_PROVIDER: 120,
    COL_PREVIEW: 220, COL_STATUS: 118, COL_CLAIMED: 34, COL_PRIORITY: 64,
}
PREVIEW_MIN = 100
#: at narrow widths these columns hide first, in this order (the rest always show)
HIDE_ORDER = (COL_PRIORITY, COL_PROVIDER, COL_STATUS, COL_DUE, COL_CLAIMED, COL_KIND)
#: where the user's choice of columns is kept (QSettings, per workstation): the keys below
HIDDEN_KEY = "inbox/hidden_columns"
COLUMN_KEYS = {
    COL_RECEIVED: "received", COL_DUE: "due", COL_KIND: "kind", COL_PATIENT: "patient", COL_PROVIDER: "provider",
    COL_PREVIEW: "preview", COL_STATUS: "status", COL_CLAIMED: "claimed", COL_PRIORITY: "priority", COL_CPR: "cpr",
}
#: the order on screen: urgency first (what the eye looks for), CPR right after the name
VISUAL_ORDER = (COL_PRIORITY, COL_RECEIVED, COL_DUE, COL_KIND, COL_PATIENT, COL_CPR, COL_PROVIDER, COL_PREVIEW,
                COL_STATUS, COL_CLAIMED)


def _bold_advance(font: QFont, text: str) -> int:
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text)


def cpr_column_width(font: QFont) -> int:
    """Wide enough for "DDMMYY-SSSS" in the bold font of an unread row, plus the cell's margins."""
    return _bold_advance(font, "000000-0000") + 20


def received_column_width(font: QFont) -> int:
    """A bold "30.11. 21:09" after the urgent marker, plus the margins."""
    return _bold_advance(font, "30.11. 00:00") + 12 + 24


class InboxList(QObject):
    def __init__(self, view, model, settings: QSettings | None = None):
        super().__init__(view)
        self.model = model
        self.settings = settings if settings is not None else QSettings()
        self.table = QTableView(view)
        self.table.setObjectName("inboxTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setModel(model)
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
        hh.setMinimumSectionSize(24)
        hh.setStretchLastSection(False)
        for col, w in self.widths().items():
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, w)
        hh.setSectionResizeMode(COL_PREVIEW, QHeaderView.ResizeMode.Stretch)  # takes what is left: no sideways scroll
        hh.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        for pos, col in enumerate(VISUAL_ORDER):
            hh.moveSection(hh.visualIndex(col), pos)
        hh.sectionClicked.connect(self._header_clicked)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self.show_column_menu)
        self.column_menu: QMenu | None = None
        self.user_hidden: set[int] = self._load_hidden()
        self.table.installEventFilter(self)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.loading_changed.connect(self._loading_changed)
        self.table.setAccessibleName(translate("InboxView", "Indbakkens liste"))

        self.empty_label = QLabel(view)
        self.empty_label.setObjectName("listEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self._parked_at = None  # (where Qt put the focus, the query) when an empty result hid the focused list
        self.status = QLabel(view)
        self.status.setObjectName("listStatus")

    # ------------------------------------------------------------------ columns that fit
    def widths(self) -> dict[int, int]:
        w = dict(COLUMN_WIDTHS)
        w[COL_CPR] = cpr_column_width(self.table.font())
        w[COL_RECEIVED] = received_column_width(self.table.font())
        return w

    def _load_hidden(self) -> set[int]:
        saved = self.settings.value(HIDDEN_KEY)
        if saved is None:
            return set()
        names = [saved] if isinstance(saved, str) else list(saved)
        by_key = {k: c for c, k in COLUMN_KEYS.items()}
        return {by_key[n] for n in names if n in by_key and by_key[n] in HIDE_ORDER}

    def set_column_wanted(self, col: int, wanted: bool) -> None:
        """The user shows or hides a column (the header's menu); remembered on this workstation."""
        if col not in HIDE_ORDER:
            return
        (self.user_hidden.discard if wanted else self.user_hidden.add)(col)
        self.settings.setValue(HIDDEN_KEY, sorted(COLUMN_KEYS[c] for c in self.user_hidden) or "")
        if not self.user_hidden:
            self.settings.remove(HIDDEN_KEY)
        self.fit()

    def show_column_menu(self, pos=None) -> QMenu:
        """The header's context menu: a tick for each column that may hide."""
        menu = QMenu(self.table)
        menu.setObjectName("columnMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hh = self.table.horizontalHeader()
        for col in sorted(HIDE_ORDER, key=hh.visualIndex):
            act = menu.addAction(self.model.column_name(col))
            act.setCheckable(True)
            act.setChecked(col not in self.user_hidden)
            act.setData(col)
            act.toggled.connect(lambda on, c=col: self.set_column_wanted(c, on))
        self.column_menu = menu
        menu.popup(hh.mapToGlobal(pos) if pos is not None else hh.mapToGlobal(hh.rect().bottomLeft()))
        return menu

    def fit(self) -> None:
        """Hide the columns the user does not want and, when the list is too narrow, the least
        important ones (HIDE_ORDER), so the preview keeps PREVIEW_MIN and nothing scrolls sideways."""
        widths = self.widths()
        shown = [c for c in range(COLUMN_COUNT) if c not in self.user_hidden]
        for col in (COL_CPR, COL_RECEIVED):  # measured: the font may have changed (style sheet, scaling)
            self.table.setColumnWidth(col, widths[col])
        room = self.table.viewport().width()
        vbar = self.table.verticalScrollBar()
        rows_height = self.model.rowCount() * self.table.verticalHeader().defaultSectionSize()
        if not vbar.isVisible() and rows_height > self.table.viewport().height():
            room -= vbar.sizeHint().width()  # the bar is about to appear
        for col in HIDE_ORDER:
            need = sum(widths[c] for c in shown if c != COL_PREVIEW) + PREVIEW_MIN
            if need <= room:
                break
            if col in shown:
                shown.remove(col)
        for col in range(COLUMN_COUNT):
            self.table.setColumnHidden(col, col not in shown)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _header_clicked(self, col: int) -> None:
        self.model.sort(col)

    def _sort_changed(self, col: int) -> None:
        order = Qt.SortOrder.AscendingOrder if col == COL_DUE else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(col, order)

    def _loading_changed(self, loading: bool) -> None:
        if loading and self.model.rowCount() == 0:
            self.status.setText(translate("InboxView", "Henter …"))

    def _page_loaded(self, n: int) -> None:
        q = self.model.query
        more = self.model.canFetchMore(QModelIndex())
        self.fit()
        if n == 0:
            self.empty_label.setText(self._empty_text(q))
            self.empty_label.show()
            had_focus = self.table.hasFocus()
            self.table.hide()  # (Qt moves the focus on, to the filter box: keys would go there)
            if had_focus:
                self._parked_at = (QApplication.focusWidget(), q)
            self.status.setText("")
        else:
            self.empty_label.hide()
            self.table.show()
            parked, self._parked_at = self._parked_at, None
            # the list is back by itself (a live change, the same query): so are the keys; not when
            # the user typed a search or chose a filter where the focus was put
            if parked is not None and QApplication.focusWidget() is parked[0] and q == parked[1]:
                self.table.setFocus()
            text = (translate("InboxView", "%1 vist – rul for flere").replace("%1", str(n)) if more else
                    translate("InboxView", "%n element(er)", "", n))
            if q.search:
                text += " · " + translate("InboxView", "søgning i alle mapper")
            self.status.setText(text)

    @staticmethod
    def _empty_text(q) -> str:
        if q.search:
            return translate(
                "InboxView", "Intet fundet for “%1”. Søg på CPR-nummer (fx 010190-1234), navn eller tekst."
            ).replace("%1", q.search)
        if q.folder == Folder.MINE:
            return translate("InboxView", "Du har ingen elementer lige nu. Åbn et element fra “Alle åbne” for at tage det.")
        if q.folder == Folder.OVERDUE:
            return translate("InboxView", "Ingen overskredne frister. Godt gået!")
        return translate("InboxView", "Her er tomt. Nye henvendelser fra portalen vises automatisk.")

    def move(self, step: int) -> None:
        """J/K: the next or previous row; near the end the next page is loaded."""
        n = self.model.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex()
        row = 0 if not cur.isValid() else max(0, min(n - 1, cur.row() + step))
        self.table.setCurrentIndex(self.model.index(row, max(cur.column(), 0)))
        if row >= n - 5 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def select_first_if_none(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
