"""The urgent bar above an e-consultation's thread, and the words highlighted in the thread.

Intended purpose: highlighting for staff, not triage. The bar says whether the item is flagged
"Haster" and which of the patient's words caused it (``services.safety.flags.urgent_state``), and
offers "Markér som haster …" / "Fjern markering …" (a reason is required; audited by the service).
The words are highlighted in the thread with extra selections (``QTextCharFormat``) over the
document's own text: patient text is never turned into markup here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextEdit, QWidget

from clinicdesk.domain.enums import Priority
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety import flags
from clinicdesk.views import tones
from clinicdesk.views.fitted_label import FittedLabel
from clinicdesk.views.worker import run_in_background



def highlight_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffd9d4"))
    fmt.setForeground(QColor("#8c1d18"))
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def highlight_words(edit: QTextEdit, words) -> list:
    """Mark every occurrence of ``words`` (any case) in ``edit``'s text; returns the selections
    (none without a text view: a renewal's or a booking's pane has no thread)."""
    if edit is None:
        return []
    doc = edit.document()
    fmt = highlight_format()
    selections = []
    for w in words:
        if not w:
            continue
        cur = doc.find(w, 0)
        while not cur.isNull():
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cur
            sel.format = fmt
            selections.append(sel)
            cur = doc.find(w, cur)
    edit.setExtraSelections(selections)
    return selections


class UrgentBar(QWidget):
    """``pane`` is a ``KindPane``, ``view`` the text view of its thread; ``state_changed(UrgentState)`` after a
    load or a change."""

    state_changed = Signal(object)

    def __init__(self, pane, view: QTextEdit | None = None):
        super().__init__(pane)
        self.pane = pane
        self.view = view
        self.setObjectName("urgentBar")
        self.item_id: int | None = None
        self.state = None
        self.urgent = False
        self.selections: list = []
        # as tall as its lines (a wrapped QLabel was squeezed and cut at 1366×768 under the
        # escalation banner); plain text: the patient's words are only text
        self.label = FittedLabel("", self)
        self.label.setObjectName("urgentLabel")
        self.button = QPushButton(self)
        self.button.setObjectName("urgentButton")
        self.button.clicked.connect(self.toggle)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self._show(False, ())

    # ---------------------------------------------------------------- showing
    def show_item(self, detail) -> None:
        """Show ``detail``'s flag now (the words of the last load of the same item), then load it afresh."""
        same = self.item_id == detail.id and self.state is not None
        urgent = detail.priority == Priority.URGENT
        self.item_id = detail.id
        self._show(urgent, self.state.words if same and urgent else ())
        if not same:
            self.state = None
        ctx = self.pane.ctx
        item_id = detail.id
        run_in_background(flags.urgent_state, ctx.db, ctx.actor, item_id,
                          on_done=lambda st: self._arrived(item_id, st), on_error=lambda _e: None, context=self)

    def clear(self) -> None:
        self.item_id = None
        self.state = None
        self._show(False, ())

    def _arrived(self, item_id: int, state) -> None:
        if item_id != self.item_id:
            return
        self.state = state
        self._show(state.urgent, state.words)
        self.state_changed.emit(state)

    def _show(self, urgent: bool, words) -> None:
        self.urgent = urgent
        if urgent:
            text = self.tr("Haster")
            if words:
                text += " – " + self.tr("ord i beskeden: %1").replace("%1", ", ".join(words))
            text += "  " + self.tr("(fremhævning til personalet, ikke en vurdering)")
            self.label.setStyleSheet("font-weight: 600;")  # (before the text: it is measured in bold)
            tones.set_tone(self.label, "error")  # the scheme's red: readable on light and on dark
            self.label.setText(text)
            self.button.setText(self.tr("Fjern markering …"))
            self.button.setToolTip(self.tr("Fjern markeringen som haster (kræver en begrundelse)"))
        else:
            self.label.setText("")
            self.label.setStyleSheet("")
            tones.set_tone(self.label, None)
            self.button.setText(self.tr("Markér som haster …"))
            self.button.setToolTip(self.tr("Markér elementet som haster (kræver en begrundelse)"))
        can = self.item_id is not None and self.pane.ctx.actor.can(Perm.HANDLE_ITEM)
        self.button.setEnabled(can)
        self.selections = highlight_words(self.view, words if urgent else ())

    # ---------------------------------------------------------------- acting
    def toggle(self) -> None:
        if self.item_id is None or not self.button.isEnabled():
            return
        item_id = self.item_id
        if self.urgent:
            title, prompt = self.tr("Fjern markering som haster"), self.tr(
                "Hvorfor haster elementet ikke? Begrundelsen gemmes og kan ses af kollegerne.")
            fn, ok = flags.unmark_urgent, self.tr("Fjern markering")
        else:
            title, prompt = self.tr("Markér som haster"), self.tr(
                "Hvorfor haster elementet? Begrundelsen gemmes og kan ses af kollegerne.")
            fn, ok = flags.mark_urgent, self.tr("Markér")
        self.pane.ask_reason(title, prompt, lambda why: self._run(fn, item_id, why), ok_text=ok)

    def _run(self, fn, item_id: int, why: str) -> None:
        self.pane.ctx.run_free(fn, item_id, why, on_done=lambda st: self._arrived(item_id, st))
