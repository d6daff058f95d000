"""Small dialogs of the inbox: a reason, the stock-phrase picker, an attachment preview.

A reason box takes stock phrases like the answer box (abbreviation + Tab, Shift+F2,
Alt+1 … Alt+9) when it is given the pane's ``kit`` (``panes/phrases.PhraseKit``).
The picker can set the highlighted phrase as favourite N (Ctrl+1 … Ctrl+9).
All are opened with ``open()`` and report through signals (tests drive them as a
person would; a blocking ``exec()`` would hang headless runs).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
)

from clinicdesk.views import tones
from clinicdesk.views.inbox.phrase_edit import PhraseEdit


class ReasonDialog(QDialog):
    """Ask for a required reason ("Begrundelse"); ``reason_given(str)`` on OK.

    With ``submit(text)``, OK calls it instead; when it answers False (another action is
    running, the item is being reloaded: nothing was done) the box stays open with the text
    and says to press again, so the reason is not lost."""

    reason_given = Signal(str)

    def __init__(self, title: str, prompt: str, parent=None, *, ok_text: str | None = None, initial: str = "",
                 kit=None, target: dict | None = None, submit=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.submit = submit
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kit = kit
        self.picker = None  # the phrase picker this box opened (Shift+F2)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.edit = PhraseEdit(self, kit)
        self.edit.setObjectName("reasonEdit")
        self.edit.setAccessibleName(prompt)  # the prompt names the text box (screen readers)
        self.edit.target = target
        self.edit.setPlainText(initial)
        if kit is not None:
            self.edit.setPlaceholderText(self.tr("Skriv en forkortelse og tryk Tab, Shift+F2 for listen, Alt+1 … Alt+9 for dine favoritter."))
            QShortcut(QKeySequence("Shift+F2"), self, activated=self.phrase)
        self.edit.setMinimumHeight(80)
        self.error = QLabel(self)
        self.error.setObjectName("reasonError")
        tones.set_tone(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fortryd"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._ok)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self._ok)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(420, 220)

    def phrase(self) -> None:
        """Shift+F2: expand the abbreviation before the cursor, else pick from the list."""
        if self.kit is not None:
            self.picker = self.kit.phrase_key(self.edit, self)

    def _ok(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Skriv en begrundelse. Den gemmes og kan ses senere."))
            self.edit.setFocus()
            return
        if self.submit is not None:
            if self.submit(text) is False:
                self.error.setText(self.tr("Elementet er optaget af en anden handling lige nu. "
                                           "Vent et øjeblik, og tryk igen."))
                self.edit.setFocus()
                return
        else:
            self.reason_given.emit(text)
        self.accept()


class PhrasePicker(QDialog):
    """The stock phrases (Shift+F2): type to filter, Enter inserts; ``chosen(phrase)``.

    With ``favourites`` ({slot: phrase id}) each phrase shows its Alt+N, and Ctrl+1 …
    Ctrl+9 asks to save the highlighted phrase as favourite N
    (``favourite_requested(slot, phrase)``; the owner answers with ``set_favourites``).
    """

    chosen = Signal(object)  # StockPhraseView
    favourite_requested = Signal(int, object)  # slot, StockPhraseView

    def __init__(self, phrases, initial_filter: str = "", parent=None, *, title: str | None = None,
                 favourites: dict[int, int] | None = None):
        super().__init__(parent)
        self.setObjectName("phrasePicker")
        self.setWindowTitle(title or self.tr("Standardtekster"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._phrases = list(phrases)
        self._favourites = dict(favourites or {})
        self._favourites_on = favourites is not None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("phraseFilter")
        self.filter_edit.setPlaceholderText(self.tr("Skriv forkortelse eller titel …"))
        self.list = QListWidget(self)
        self.list.setObjectName("phraseList")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("phrasePreview")
        self.preview.setMinimumHeight(60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(self.tr("↑/↓ vælg · Enter indsæt · Esc fortryd"), self)
        hint.setObjectName("hint")
        if favourites is not None:
            hint.setText(self.tr("↑/↓ vælg · Enter indsæt · Ctrl+1 … Ctrl+9 gem som favorit 1-9 (Alt+tal indsætter) · Esc fortryd"))
            self.list.installEventFilter(self)
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter_edit)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.preview)
        lay.addWidget(hint)
        self.filter_edit.textChanged.connect(self._refill)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _it: self._choose())
        self.filter_edit.returnPressed.connect(self._choose)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.setText(initial_filter)
        self._refill(initial_filter)
        self.resize(460, 360)

    def eventFilter(self, obj, event):  # noqa: N802 - arrows in the filter move the list; Ctrl+N: favourite
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and self._favourite_key(event):
            if event.type() == QEvent.Type.KeyPress:
                self._request_favourite(self._favourite_key(event))
            event.accept()
            return True
        if obj is self.filter_edit and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)

    def _favourite_key(self, event) -> int | None:
        """1-9 for Ctrl+1 … Ctrl+9 when this picker sets favourites."""
        if self._favourites_on and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == \
                Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            return event.key() - Qt.Key.Key_0
        return None

    def _refill(self, text: str) -> None:
        t = text.strip().casefold()
        self.list.clear()
        starts = [p for p in self._phrases if p.abbreviation.casefold().startswith(t)]
        rest = [p for p in self._phrases if p not in starts and (t in p.title.casefold() or t in p.body.casefold())]
        for p in starts + rest:
            it = QListWidgetItem(self._label(p))
            it.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("Ingen standardtekst passer."))

    def _label(self, p) -> str:
        slots = [n for n, pid in sorted(self._favourites.items()) if pid == getattr(p, "id", None)]
        marks = "".join(f"  [Alt+{n}]" for n in slots)
        return f"{p.abbreviation} — {p.title}{marks}"

    def set_favourites(self, favourites: dict[int, int]) -> None:
        """The user's favourites changed ({slot: phrase id}): the list shows the new Alt+N."""
        self._favourites = dict(favourites)
        for i in range(self.list.count()):
            it = self.list.item(i)
            it.setText(self._label(it.data(Qt.ItemDataRole.UserRole)))

    def _request_favourite(self, slot: int) -> None:
        it = self.list.currentItem()
        if it is not None:
            self.favourite_requested.emit(slot, it.data(Qt.ItemDataRole.UserRole))

    def _show_preview(self, cur, _prev) -> None:
        if cur is not None:
            self.preview.setText(cur.data(Qt.ItemDataRole.UserRole).body)

    def _choose(self) -> None:
        it = self.list.currentItem()
        if it is None:
            return
        self.chosen.emit(it.data(Qt.ItemDataRole.UserRole))
        self.accept()


class AttachmentPreview(QDialog):
    """An image or a PDF (QtPdf) shown from bytes; nothing is written to disk."""

    save_requested = Signal(int)  # attachment id

    def __init__(self, attachment, parent=None):
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self.setWindowTitle(attachment.filename)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attachment = attachment
        lay = QVBoxLayout(self)
        self.kind = "none"
        if attachment.content_type == "application/pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._bytes = QByteArray(attachment.data)
            self._buffer = QBuffer(self)
            self._buffer.setData(self._bytes)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            lay.addWidget(self.view, 1)
            self.kind = "pdf"
        else:
            pix = QPixmap()
            pix.loadFromData(attachment.data)
            self.image = QLabel(self)
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if pix.isNull():
                self.image.setText(self.tr("Filen kan ikke vises. Gem den og åbn den i et andet program."))
            else:
                self.image.setPixmap(pix.scaled(900, 700, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)
                                     if pix.width() > 900 or pix.height() > 700 else pix)
                self.kind = "image"
            area = QScrollArea(self)
            area.setWidget(self.image)
            area.setWidgetResizable(True)
            lay.addWidget(area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("&Gem …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(attachment.id))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        lay.addWidget(buttons)
        self.resize(760, 640)


class ChoicePicker(QDialog):
    """Pick one of a few labelled choices by keyboard (type to filter, Enter); ``chosen(data)``."""

    chosen = Signal(object)

    def __init__(self, title: str, choices, parent=None):
        super().__init__(parent)
        self.setObjectName("choicePicker")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._choices = list(choices)  # (label, data)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("choiceFilter")
        self.filter_edit.setPlaceholderText(self.tr("Skriv for at søge …"))
        self.list = QListWidget(self)
        self.list.setObjectName("choiceList")
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter_edit)
        lay.addWidget(self.list, 1)
        self.filter_edit.textChanged.connect(self._refill)
        self.filter_edit.returnPressed.connect(self._choose)
        self.list.itemActivated.connect(lambda _it: self._choose())
        self.filter_edit.installEventFilter(self)
        self._refill("")
        self.resize(380, 320)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.filter_edit and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Down, Qt.Key.Key_Up
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)

    def _refill(self, text: str) -> None:
        t = text.strip().casefold()
        self.list.clear()
        for label, data in self._choices:
            if t in label.casefold():
                it = QListWidgetItem(label)
                it.setData(Qt.ItemDataRole.UserRole, data)
                self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose(self) -> None:
        it = self.list.currentItem()
        if it is None:
            return
        self.chosen.emit(it.data(Qt.ItemDataRole.UserRole))
        self.accept()
