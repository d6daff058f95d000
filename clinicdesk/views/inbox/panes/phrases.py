"""Stock phrases in the text boxes: abbreviation + Tab, Shift+F2, Alt+1 … Alt+9, placeholders.

``PhraseKit`` is the one helper behind every box that takes phrases (the answer
box, "Opret E-svar", the reason boxes): one per ``DetailPane`` (``PhraseKit.of``).
It holds the user's numbered favourites (loaded per staff member and clinic) and
the placeholders' values per target (an item, or the patient and provider of a new
thread), and inserts a phrase with its placeholders filled by the service's one
rule (``services.inbox.placeholders.fill_placeholders``). When a value or the
favourites have not arrived yet, the insertion waits for them (milliseconds).
Used by the e-consultation pane, by new_thread.py and by every pane's reason box;
this module imports none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from clinicdesk.services.inbox import favourites as favourites_service
from clinicdesk.services.inbox.phrases import list_stock_phrases
from clinicdesk.services.inbox.placeholders import fill_placeholders, has_placeholders, placeholder_values
from clinicdesk.views.inbox.error_text import error_message
from clinicdesk.views.inbox.dialogs import PhrasePicker
from clinicdesk.views.inbox.phrase_edit import PhraseEdit
from clinicdesk.views.worker import run_in_background

CTX = "InboxPhrases"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class AnswerEdit(PhraseEdit):
    """The answer editor (Tab leaves it unless it expands an abbreviation)."""

    def __init__(self, parent=None, kit=None):
        super().__init__(parent, kit)
        self.setObjectName("answerEdit")
        self.setAccessibleName(_tr("Svar til patienten"))


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
    n = len(edit.toPlainText())
    cur = edit.textCursor()
    cur.setPosition(min(start, n))
    cur.setPosition(min(end, n), QTextCursor.MoveMode.KeepAnchor)
    cur.insertText(body)
    edit.setTextCursor(cur)


def _key(target: dict | None):
    return None if target is None else tuple(sorted(target.items()))


class PhraseKit(QObject):
    """Phrases, favourites and placeholder values for the text boxes of one ``DetailPane``."""

    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("phraseKit")
        self.ctx = ctx
        self.favourites: dict[int, object] = {}  # slot → StockPhraseView
        self._fav_owner = None  # (staff_id, clinic_id) the favourites were loaded for
        self._fav_loading = False
        self._fav_waiting: list = []  # insertions waiting for the favourites
        self._values: dict = {}  # target key → PlaceholderValues (None: could not be read)
        self._values_loading: set = set()
        self._waiting: list = []  # (key, edit, start, end, body) waiting for values

    @classmethod
    def of(cls, ctx) -> "PhraseKit":
        kit = ctx.findChild(cls, "phraseKit")
        return kit if kit is not None else cls(ctx)

    @property
    def phrases(self):
        return self.ctx.phrases

    def reload_phrases(self) -> None:
        """Read the phrases again (the clinic's and the user's own) and the favourites: one was edited."""
        actor = self.ctx.actor

        def arrived(phrases):
            if self.ctx.actor == actor:
                self.ctx.phrases = tuple(phrases)

        run_in_background(list_stock_phrases, self.ctx.db, actor, on_done=arrived, on_error=lambda _e: None,
                          context=self)
        if not self._fav_loading:
            self._fav_owner = None
            self.ensure_loaded()

    def _owner(self):
        return (self.ctx.actor.staff_id, self.ctx.actor.clinic_id)

    # ------------------------------------------------------------ favourites
    def ensure_loaded(self) -> None:
        """Load the user's favourites (again after a clinic switch)."""
        if self._fav_owner == self._owner() or self._fav_loading:
            return
        self._values.clear()
        self._fav_loading = True
        owner = self._owner()
        run_in_background(favourites_service.list_favourites, self.ctx.db, self.ctx.actor,
                          on_done=lambda favs: self._favourites_arrived(owner, favs),
                          on_error=lambda _e: self._favourites_arrived(owner, ()), context=self)

    def _favourites_arrived(self, owner, favs) -> None:
        self._fav_loading = False
        if owner != self._owner():
            self.ensure_loaded()
            return
        self._set_favourites(favs)
        self._fav_owner = owner
        waiting, self._fav_waiting = self._fav_waiting, []
        for fn in waiting:
            fn()

    def _set_favourites(self, favs) -> None:
        self.favourites = {f.slot: f.phrase for f in favs}

    def favourite_ids(self) -> dict[int, int]:
        return {slot: p.id for slot, p in self.favourites.items()}

    def insert_favourite(self, edit: PhraseEdit, slot: int) -> None:
        """Alt+slot: favourite ``slot`` at the cursor (placeholders filled)."""
        if self._fav_owner != self._owner():
            self._fav_waiting.append(lambda: self.insert_favourite(edit, slot))
            self.ensure_loaded()
            return
        phrase = self.favourites.get(slot)
        if phrase is None:
            self.ctx.status_message.emit(
                _tr("Ingen favorit på Alt+%1. Tryk Shift+F2, vælg en standardtekst og tryk Ctrl+%1 for at gemme den.")
                .replace("%1", str(slot)))
            return
        pos = edit.textCursor()
        self.insert(edit, phrase.body, pos.selectionStart(), pos.selectionEnd())

    def set_favourite(self, slot: int, phrase, picker: PhrasePicker | None = None) -> None:
        """Save ``phrase`` as favourite ``slot`` (the service stores and audits it)."""
        def done(favs):
            self._set_favourites(favs)
            if picker is not None:
                picker.set_favourites(self.favourite_ids())
            self.ctx.status_message.emit(_tr("“%1” er gemt som favorit %2 (Alt+%2).")
                                         .replace("%1", phrase.title).replace("%2", str(slot)))

        run_in_background(favourites_service.set_favourite, self.ctx.db, self.ctx.actor, slot, phrase.id,
                          on_done=done, on_error=lambda exc: self.ctx.status_message.emit(error_message(exc)), context=self)

    # ------------------------------------------------------------ placeholders
    def load_values(self, target: dict | None) -> None:
        """Read the placeholders' values for ``target`` ({"item_id": …} or patient/provider)."""
        key = _key(target)
        if key is None or key in self._values or key in self._values_loading:
            return
        self._values_loading.add(key)
        run_in_background(placeholder_values, self.ctx.db, self.ctx.actor, **target,
                          on_done=lambda v: self._values_arrived(key, v),
                          on_error=lambda _e: self._values_arrived(key, None), context=self)

    def refresh_values(self, target: dict | None) -> None:
        """Read ``target``'s values again (an item opened anew may have a new due date)."""
        key = _key(target)
        if key is not None and key not in self._values_loading:
            self._values.pop(key, None)
        self.load_values(target)

    def _values_arrived(self, key, values) -> None:
        self._values_loading.discard(key)
        if len(self._values) >= 50:  # a small cache: the oldest go
            for k in list(self._values)[:25]:
                self._values.pop(k, None)
        self._values[key] = values
        waiting = [w for w in self._waiting if w[0] == key]
        self._waiting = [w for w in self._waiting if w[0] != key]
        for _k, edit, start, end, body in waiting:
            try:
                replace_range(edit, start, end, fill_placeholders(body, values))
            except RuntimeError:  # the box was closed meanwhile
                pass

    def insert(self, edit: PhraseEdit, body: str, start: int, end: int) -> None:
        """Put ``body`` in ``edit`` between ``start`` and ``end``, placeholders filled for its target."""
        key = _key(getattr(edit, "target", None))
        if key is None or not has_placeholders(body):
            replace_range(edit, start, end, body)
        elif key in self._values:
            replace_range(edit, start, end, fill_placeholders(body, self._values[key]))
        else:
            self._waiting.append((key, edit, start, end, body))
            self.load_values(edit.target)
        edit.setFocus()

    # ------------------------------------------------------------ abbreviations
    def _match(self, word: str):
        key = word.casefold()
        if not key:
            return None
        return next((p for p in self.phrases if p.abbreviation.casefold() == key), None)

    def expand_abbreviation(self, edit: PhraseEdit) -> bool:
        """Tab: the abbreviation before the cursor becomes its phrase (False: nothing to expand)."""
        if edit.textCursor().hasSelection():
            return False
        word, start, end = word_before_cursor(edit)
        p = self._match(word)
        if p is None:
            return False
        self.insert(edit, p.body, start, end)
        return True

    def phrase_key(self, edit: PhraseEdit, parent) -> PhrasePicker | None:
        """Shift+F2: expand the abbreviation before the cursor, else open the picker."""
        self.ensure_loaded()
        word, start, end = word_before_cursor(edit)
        p = self._match(word)
        if p is not None:
            self.insert(edit, p.body, start, end)
            return None
        picker = PhrasePicker(self.phrases, word, parent, favourites=self.favourite_ids())
        picker.chosen.connect(lambda ph: self.insert(edit, ph.body, start, end))
        picker.favourite_requested.connect(lambda slot, ph: self.set_favourite(slot, ph, picker))
        picker.open()
        picker.filter_edit.setFocus()
        return picker


def reload_window_phrases(window) -> None:
    """Every answer box of ``window`` offers the phrases as they are now (after the phrase dialog)."""
    for kit in window.findChildren(PhraseKit):
        kit.reload_phrases()


def phrase_key(edit: PhraseEdit, kit: PhraseKit, parent) -> PhrasePicker | None:
    """Shift+F2 in ``edit`` (see ``PhraseKit.phrase_key``)."""
    return kit.phrase_key(edit, parent)
