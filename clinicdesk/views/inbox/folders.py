"""The folder list on the left: Haster (urgent, red, at the top), New, Mine, All open, … and by kind,
with live counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from clinicdesk.services.inbox import Folder
from clinicdesk.views import tones
from clinicdesk.views.inbox import labels

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1

FOLDER_ORDER = (
    Folder.URGENT, Folder.UNREACHABLE,
    Folder.NEW, Folder.MINE, Folder.ALL_OPEN, Folder.AWAITING_PATIENT, Folder.OVERDUE, Folder.DONE, Folder.ALL,
    None,  # separator
    Folder.ECONSULT, Folder.RENEWAL, Folder.BOOKING, Folder.SIGNUP,
)
# counts shown as "(n)"; Done is only a number when asked
_ATTENTION = {Folder.URGENT, Folder.UNREACHABLE, Folder.NEW, Folder.OVERDUE, Folder.MINE}


def folder_label(folder: Folder) -> str:
    return labels.folder(folder)


class FolderList(QListWidget):
    folder_chosen = Signal(object)  # Folder

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inboxFolders")
        self.setAccessibleName(self.tr("Mapper"))
        self._items: dict[Folder, QListWidgetItem] = {}
        self.counts: dict[Folder, int] = {}
        for f in FOLDER_ORDER:
            if f is None:
                sep = QListWidgetItem(self.tr("Efter type"))
                sep.setFlags(Qt.ItemFlag.NoItemFlags)
                font = sep.font()
                font.setPointSizeF(font.pointSizeF() * 0.9)
                sep.setFont(font)
                self.addItem(sep)
                continue
            it = QListWidgetItem(folder_label(f))
            it.setData(FOLDER_ROLE, f)
            self.addItem(it)
            self._items[f] = it
        self.currentItemChanged.connect(self._current_changed)
        self.setCurrentItem(self._items[Folder.ALL_OPEN])
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(185)
        self.setMaximumWidth(240)

    def current_folder(self) -> Folder:
        it = self.currentItem()
        f = it.data(FOLDER_ROLE) if it is not None else None
        return f if f is not None else Folder.ALL_OPEN

    def needed_width(self) -> int:
        """Wide enough for the longest folder name with a count, in bold (capped by the maximum width)."""
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        names = [folder_label(f) + "  (999)" for f in self._items]
        return min(self.maximumWidth(), max(fm.horizontalAdvance(n) for n in names) + 2 * self.frameWidth() + 28)

    def select_folder(self, folder: Folder) -> None:
        self.setCurrentItem(self._items[folder])

    def set_counts(self, counts: dict[Folder, int]) -> None:
        self.counts = dict(counts)
        for f, it in self._items.items():
            n = counts.get(f, 0)
            it.setText(f"{folder_label(f)}  ({n})" if n else folder_label(f))
            font = it.font()
            font.setBold(bool(n) and f in _ATTENTION)
            it.setFont(font)
            if f == Folder.UNREACHABLE:
                it.setForeground(QBrush(tones.colour("error")) if n else QBrush())
                it.setToolTip(self.tr("Åbne elementer fra patienter, hvis e-mailadresse mailserveren har afvist: "
                                      "ring til dem, og ret adressen"))
            if f == Folder.URGENT:
                it.setForeground(QBrush(tones.colour("error")) if n else QBrush())
                it.setToolTip(self.tr("Åbne elementer med ord, der kan tyde på noget akut, eller markeret som haster "
                                      "(fremhævning til personalet, ikke en vurdering)"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.counts:
            self.set_counts(self.counts)  # light <-> dark: the Haster folder's red follows the scheme

    def count_text(self, folder: Folder) -> str:
        return self._items[folder].text()

    def _current_changed(self, cur, _prev) -> None:
        if cur is not None and cur.data(FOLDER_ROLE) is not None:
            self.folder_chosen.emit(cur.data(FOLDER_ROLE))
