"""The text box that takes stock phrases: the answer box, a new thread's message, every reason box.

``PhraseEdit`` is a plain-text box where Tab leaves the box (the keyboard reaches
the buttons) unless the word before the cursor is a stock phrase's abbreviation:
then Tab puts the phrase there. Alt+1 … Alt+9 insert the user's favourite 1-9.
What the keys do is asked of ``kit`` (``phrases.PhraseKit``: the phrases, the
favourites and the placeholders' values); without a kit the box is a plain box
and Alt+1 … Alt+9 stay the inbox's folder keys. This module imports no other
inbox view, so the dialogs and the panes can both use it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit

FAVOURITE_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def favourite_slot(event) -> int | None:
    """1-9 for Alt+1 … Alt+9 (also on the keypad), else None."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.AltModifier:
        return None
    return FAVOURITE_KEYS.get(event.key())


class PhraseEdit(QPlainTextEdit):
    """A plain-text box with abbreviation + Tab and Alt+1 … Alt+9 (see the module)."""

    def __init__(self, parent=None, kit=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.kit = kit
        self.target: dict | None = None  # what the placeholders are filled from (kit.values_for)

    def _takes_phrases(self) -> bool:
        return self.kit is not None and not self.isReadOnly()

    def event(self, event):  # noqa: D401 - Qt override
        et = event.type()
        if et == QEvent.Type.ShortcutOverride and self._takes_phrases() and favourite_slot(event) is not None:
            event.accept()  # the box takes Alt+N before the window's folder keys see it
            return True
        if (et == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and self._takes_phrases()
                and self.kit.expand_abbreviation(self)):
            return True
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        slot = favourite_slot(event) if self._takes_phrases() else None
        if slot is not None:
            self.kit.insert_favourite(self, slot)
            event.accept()
            return
        super().keyPressEvent(event)
