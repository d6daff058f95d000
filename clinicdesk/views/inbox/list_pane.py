"""The inbox list in the middle: the table's look, its sort header, its status line and empty text.

``InboxList`` owns the table, the "nothing here" text and the status line below
(children of the ``InboxView``, which lays them out) and moves the current row
(J/K), loading the next page near the end. Texts speak in the ``InboxView``
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from clinicdesk.services.inbox import Folder
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
)

translate = QCoreApplication.translate

COLUMN_WIDTHS = {
    COL_RECEIVED: 104, COL_DUE: 64, COL_KIND: 84, COL_PATIENT: 210, COL_PROVIDER: 120,
    COL_PREVIEW: 220, COL_STATUS: 124, COL_CLAIMED: 118, COL_PRIORITY: 60,
}


class InboxList(QObject):
    def __init__(self, view, model):
        super().__init__(view)
        self.model = model
        self.table = QTableView(view)
        self.table.setObjectName("inboxTable")
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
        for col, w in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(col, w)
        hh.setStretchLastSection(True)
        hh.setMinimumSectionSize(40)
        hh.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        # urgency is what the eye looks for first: shown as the first column (the model's order stays)
        hh.moveSection(hh.visualIndex(COL_PRIORITY), 0)
        hh.sectionClicked.connect(self._header_clicked)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.loading_changed.connect(self._loading_changed)
        self.table.setAccessibleName(translate("InboxView", "Indbakkens liste"))

        self.empty_label = QLabel(view)
        self.empty_label.setObjectName("listEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.status = QLabel(view)
        self.status.setObjectName("listStatus")

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
        if n == 0:
            self.empty_label.setText(self._empty_text(q))
            self.empty_label.show()
            self.table.hide()
            self.status.setText("")
        else:
            self.empty_label.hide()
            self.table.show()
            text = (translate("InboxView", "%1 vist – rul for flere") if more else
                    translate("InboxView", "%1 element(er)")).replace("%1", str(n))
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
