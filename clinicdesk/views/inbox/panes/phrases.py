"""Writing an answer: the answer editor and stock phrases in it (Shift+F2).

Used by the e-consultation pane and by the "Opret E-svar" dialog (new_thread.py);
this module imports neither, so the two never import each other.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from clinicdesk.views.inbox.dialogs import PhrasePicker


class AnswerEdit(QPlainTextEdit):
    """The answer editor (Tab leaves it, so the keyboard can reach the buttons)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("answerEdit")
        self.setTabChangesFocus(True)


def word_before_cursor(edit: QPlainTextEdit) -> tuple[str, int, int]:
    """(word, start, end) of the letters/digits just before the cursor."""
    cur = edit.textCursor()
    end = cur.position()
    text = edit.toPlainText()
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-."):
        start -= 1
    return text[start:end], start, end


def replace_range(edit: QPlainTextEdit, start: int, end: int, body: str) -> None:
    cur = edit.textCursor()
    cur.setPosition(start)
    cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cur.insertText(body)
    edit.setTextCursor(cur)


def phrase_key(edit: QPlainTextEdit, phrases, parent) -> PhrasePicker | None:
    """Shift+F2 in ``edit``: expand the abbreviation before the cursor, else open the picker."""
    word, start, end = word_before_cursor(edit)
    key = word.casefold()
    for p in phrases:
        if key and p.abbreviation.casefold() == key:
            replace_range(edit, start, end, p.body)
            return None
    picker = PhrasePicker(phrases, word, parent)

    def chosen(p):
        replace_range(edit, start, end, p.body)
        edit.setFocus()

    picker.chosen.connect(chosen)
    picker.open()
    picker.filter_edit.setFocus()
    return picker
