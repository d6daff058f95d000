"""The e-consultation pane: the thread, the answer editor and the ways to answer.

Send the answer (optionally awaiting the patient's reply), add an internal note,
close without an answer (with a reason), or start a new thread ("Opret E-svar").
Each item keeps its own draft (text and files) while the user looks at others.
The thread's HTML is in thread.py, the files in attachments.py, stock phrases in
phrases.py and the answer archive in archive.py. The urgent bar above the thread
(urgent_bar.py) shows a "Haster" flag with the words that caused it, highlighted in
the thread, and marks or unmarks the item by hand. "Skal læses" marks the answer being sent as one
the patient must read (``inbox.answer(must_read=True)``: in the answer's own transaction); the
thread says of each marked answer whether it is read (``must_read_in``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import ItemStatus
from clinicdesk.services import inbox
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.presend import presend_warnings
from clinicdesk.views.inbox import presend_box
from clinicdesk.services.safety.reach import must_read_in
from clinicdesk.views.inbox.flow import flow_row
from clinicdesk.views.inbox.new_thread import NewThreadDialog
from clinicdesk.views.inbox.panes.archive import open_answer_archive
from clinicdesk.views.inbox.panes.attachments import AnswerAttachments, ThreadAttachments
from clinicdesk.views.inbox.panes.base import KindPane
from clinicdesk.views.inbox.panes.phrases import AnswerEdit
from clinicdesk.views.inbox.panes.thread import ThreadCorrections, thread_html
from clinicdesk.views.inbox.urgent_bar import UrgentBar, highlight_words
from clinicdesk.views.worker import run_in_background

MIN_TEXT_HEIGHT = 40  # the thread and the answer: a line and a half at least, then they scroll


class EconsultPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("econsultPane")
        self.drafts: dict[int, tuple[str, list]] = {}
        self._draft_item: int | None = None

        self.thread = QTextBrowser(self)
        self.thread.setObjectName("threadView")
        self.thread.setAccessibleName(self.tr("Tråden med patienten"))
        self.urgent_bar = UrgentBar(self, self.thread)
        self.thread.setOpenLinks(False)
        # both scroll: at 1366×768, with escalation notices above and the check box shown, their
        # default minimum (84 px) pushed the pane past its room and its rows over one another
        self.thread.setMinimumHeight(MIN_TEXT_HEIGHT)
        self.thread.anchorClicked.connect(self._anchor)
        self.corrections = ThreadCorrections(self)  # "Ret svar…" on a sent answer (context menu, Shift+F10)
        self.att_row = ThreadAttachments(self)
        self.att_list = self.att_row.list

        self.editor = AnswerEdit(self, self.kit)
        self.editor.setMinimumHeight(MIN_TEXT_HEIGHT)
        self.editor.setPlaceholderText(
            self.tr("Skriv svaret her. En forkortelse + Tab (eller Shift+F2) giver en standardtekst, Alt+1 … Alt+9 "
                    "dine favoritter. Ctrl+Enter sender og åbner det næste element.")
        )
        self.answer_files = AnswerAttachments(self)
        self.answer_atts = self.answer_files.label
        self.attach_button = self.answer_files.attach_button
        self.clear_atts_button = self.answer_files.clear_button
        # the check before Send: warnings on the first Send, a second Send sends (services/safety/presend.py)
        self.presend_label = presend_box.make_box(self)
        self._presend_key = None  # (item, text, files) the warnings were shown for
        self._checking = False
        self.keep_open = QCheckBox(self.tr("Afvent patientens svar"), self)
        self.keep_open.setObjectName("keepOpenCheck")
        self.keep_open.setToolTip(self.tr("Elementet afsluttes ikke, men venter på patientens svar."))
        self.must_read = QCheckBox(self.tr("Skal læses"), self)
        self.must_read.setObjectName("mustReadCheck")
        self.must_read.setToolTip(self.tr("Svaret skal læses: er det stadig ulæst efter klinikkens antal arbejdsdage, "
                                          "får du opgaven »Ring til patienten«."))
        self.must_read_marks: dict[int, bool] = {}  # the open item's answers marked "skal læses": id → read
        self.send_button = QPushButton(self.tr("Send svar"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(False)
        self.send_button.setToolTip(self.tr("Send svaret til patienten og bliv på elementet (Ctrl+Alt+Enter)"))
        self.send_button.clicked.connect(lambda: self.send())
        self.send_next_button = QPushButton(self.tr("Send og næste"), self)
        self.send_next_button.setObjectName("sendNextButton")
        self.send_next_button.setDefault(False)
        self.send_next_button.setToolTip(self.tr("Send svaret og åbn det næste element i mappen (Ctrl+Enter)"))
        self.note_button = QPushButton(self.tr("Intern note"), self)
        self.note_button.setObjectName("noteButton")
        self.note_button.setToolTip(self.tr("Patienten ser ikke noten (Ctrl+Shift+Enter)"))
        self.note_button.clicked.connect(self.save_note)
        self.close_button = QPushButton(self.tr("Afslut uden svar …"), self)
        self.close_button.setToolTip(self.tr("Kræver en begrundelse (Ctrl+Shift+L)"))
        self.close_button.setObjectName("closeWithoutAnswerButton")
        self.close_button.clicked.connect(self.close_without_answer)
        self.new_thread_button = QPushButton(self.tr("Opret E-svar …"), self)
        self.new_thread_button.setToolTip(self.tr("Ny besked til en patient (Ctrl+Shift+E)"))
        self.new_thread_button.setObjectName("newThreadButton")
        self.new_thread_button.clicked.connect(self.new_thread)
        self._lay_out()
        self.setTabOrder(self.editor, self.send_next_button)
        self.setTabOrder(self.send_next_button, self.send_button)

    def _lay_out(self) -> None:
        row1 = QHBoxLayout()
        row1.addWidget(self.attach_button)
        row1.addWidget(self.clear_atts_button)
        row1.addWidget(self.answer_atts, 1)
        row1.addWidget(self.new_thread_button)
        # the other ways out on their own row, the answer's own send row last (fits a narrow pane)
        row2 = QHBoxLayout()
        row2.addWidget(self.close_button)
        row2.addWidget(self.note_button)
        row2.addStretch(1)
        # the answer's options, then its send buttons on a row of their own (never cut in a narrow pane)
        row3 = flow_row(self.must_read, self.keep_open, align_right=True)
        row4 = QHBoxLayout()
        row4.addStretch(1)
        row4.addWidget(self.send_button)
        row4.addWidget(self.send_next_button)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.editor, 1)
        bl.addLayout(row1)
        bl.addLayout(row2)
        bl.addWidget(self.presend_label)
        bl.addLayout(row3)
        bl.addLayout(row4)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.urgent_bar)
        tl.addWidget(self.thread, 1)
        tl.addWidget(self.att_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    @property
    def pending_attachments(self) -> list:
        """The files picked for the open item's answer."""
        return self.answer_files.files

    # ---------------------------------------------------------------- showing
    def show_item(self, opened, same_item: bool) -> None:
        d = opened.detail
        if self._draft_item is not None and self._draft_item != d.id:
            self._stash()
        super().show_item(opened, same_item)
        if self._draft_item != d.id:
            text, atts = self.drafts.pop(d.id, ("", []))
            self.editor.setPlainText(text)
            self.answer_files.files = list(atts)
            self._draft_item = d.id
            self.keep_open.setChecked(False)
            self.must_read.setChecked(False)
            self.must_read_marks = {}
            self._clear_presend()
        self.editor.target = self.phrase_target
        self.thread.setHtml(thread_html(d, correctable=self.corrections.may_correct(), must_read=self.must_read_marks))
        self.urgent_bar.show_item(d)
        self.thread.moveCursor(QTextCursor.MoveOperation.End)
        self.thread.ensureCursorVisible()
        self._load_must_read(d.id)
        self.att_row.show_detail(d)
        self._update_enabled()
        self.answer_files.show_pending()

    def _update_enabled(self) -> None:
        act = bool(self.opened and self.opened.can_act)
        done = bool(self.opened and self.opened.detail.status == ItemStatus.DONE)
        for w in (self.send_button, self.send_next_button, self.close_button, self.attach_button,
                  self.clear_atts_button, self.keep_open, self.must_read):
            w.setEnabled(act)
        # a note can be added to a done item too (it is not claimed then), not to one held by another
        held_by_other = bool(self.opened and self.opened.claim.holder_id and not self.opened.claim.mine)
        self.note_button.setEnabled(bool(self.opened) and self.ctx.actor.can(Perm.HANDLE_ITEM) and not held_by_other
                                    and (act or done))
        self.new_thread_button.setEnabled(self.ctx.actor.can(Perm.HANDLE_ITEM))
        self.editor.setReadOnly(not (act or (done and not held_by_other)))

    def _stash(self) -> None:
        if self._draft_item is None:
            return
        text = self.editor.toPlainText()
        if text.strip() or self.pending_attachments:
            self.drafts[self._draft_item] = (text, list(self.pending_attachments))
        else:
            self.drafts.pop(self._draft_item, None)

    def leaving(self) -> None:
        self._stash()
        self._draft_item = None
        self.opened = None
        self.urgent_bar.clear()
        self.editor.clear()
        self.answer_files.files = []

    def setup_changed(self) -> None:
        self.answer_files.show_pending()

    def focus_first(self) -> None:
        if not self.editor.isReadOnly():
            self.editor.setFocus()
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
        else:
            self.thread.setFocus()

    # ---------------------------------------------------------------- attachments
    def _anchor(self, url) -> None:
        s = url.toString()
        if s.startswith("att:"):
            self.preview(int(s[4:]))

    def preview(self, attachment_id: int) -> None:
        self.att_row.preview(attachment_id)

    def save_to(self, attachment_id: int, path: str) -> None:
        """Fetch with save=True (audited) and write the file."""
        self.att_row.save_to(attachment_id, path)

    def choose_files(self) -> None:
        self.answer_files.choose_files()

    def add_files(self, paths) -> None:
        self.answer_files.add_files(paths)

    # ---------------------------------------------------------------- actions
    def _clear_presend(self) -> None:
        self._presend_key = None
        presend_box.clear(self.presend_label)

    def send(self, then=None) -> None:
        """Send the answer; ``then(result)`` once it is stored ("Send og næste" opens the next item).

        The first Send checks the answer (``presend_warnings``) and shows the warnings, if any;
        a second Send of the same answer sends it."""
        if not self.can_act() or self._checking:
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.ctx.show_error(self.tr("Svaret er tomt. Skriv en tekst, og send igen."))
            self.editor.setFocus()
            return
        key = (self.detail.id, text, len(self.pending_attachments))
        if key == self._presend_key:
            self._send_now(then)
            return
        self._checking = True
        run_in_background(presend_warnings, self.ctx.db, self.ctx.actor, text, len(self.pending_attachments),
                          item_id=self.detail.id, on_done=lambda w: self._checked(key, w, then),
                          on_error=lambda exc: self._check_failed(key, exc), context=self)

    def _check_failed(self, key, exc) -> None:
        """The check could not run: nothing is sent; the box says why, and a second Send sends."""
        self._checking = False
        if self.detail is None or key[0] != self.detail.id:
            return
        self._presend_key = key
        presend_box.show_check_failed(self.presend_label, exc)
        self.editor.setFocus()

    def _checked(self, key, warnings, then) -> None:
        self._checking = False
        if self.detail is None or key[0] != self.detail.id:
            return
        if not warnings:
            self._send_now(then)
            return
        self._presend_key = key
        presend_box.show_warnings(self.presend_label, self.tr("Tjek svaret, før det sendes:"), warnings)
        self.editor.setFocus()

    def _send_now(self, then=None) -> None:
        if not self.can_act():
            return
        text = self.editor.toPlainText()
        item_id = self.detail.id
        must_read = self.must_read.isChecked()
        if self.ctx.run_action(inbox.answer, text, tuple(self.pending_attachments),
                               close=not self.keep_open.isChecked(), releases=True, must_read=must_read,
                               on_done=lambda r: self._sent(item_id, r, then, must_read=must_read)):
            self.send_button.setEnabled(False)
            self.send_next_button.setEnabled(False)

    def _sent(self, item_id: int, result=None, then=None, *, must_read: bool = False) -> None:
        self.drafts.pop(item_id, None)
        self._clear_presend()
        if self._draft_item == item_id:
            self.editor.clear()
            self.answer_files.clear()
            self.must_read.setChecked(False)
        if must_read and result is not None:  # (marked in the answer's own transaction)
            self._load_must_read(item_id)
        if then is not None:
            then(result)

    # ---------------------------------------------------------------- "skal læses"
    def _load_must_read(self, item_id: int) -> None:
        run_in_background(must_read_in, self.ctx.db, self.ctx.actor, item_id,
                          on_done=lambda marks: self._marks_arrived(item_id, marks), on_error=lambda _e: None,
                          context=self)

    def _marks_arrived(self, item_id: int, marks) -> None:
        d = self.detail
        if d is None or d.id != item_id:
            return
        found = {m.message_id: m.read_at is not None for m in marks}
        if found == self.must_read_marks:
            return
        self.must_read_marks = found
        self.thread.setHtml(thread_html(d, correctable=self.corrections.may_correct(), must_read=found))
        bar = self.urgent_bar  # the new document needs the patient's words highlighted again
        bar.selections = highlight_words(self.thread, bar.state.words if bar.urgent and bar.state else ())
        self.thread.moveCursor(QTextCursor.MoveOperation.End)
        self.thread.ensureCursorVisible()

    def save_note(self) -> None:
        if not self.note_button.isEnabled():
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.ctx.show_error(self.tr("Noten er tom. Skriv en tekst først."))
            return
        item_id = self.detail.id
        self.ctx.run_action(inbox.add_internal_note, text, on_done=lambda _r: self._sent(item_id))

    def close_without_answer(self) -> None:
        if not self.can_act():
            return
        self.ask_reason(
            self.tr("Afslut uden svar"),
            self.tr("Hvorfor afsluttes e-konsultationen uden svar? Begrundelsen gemmes i tråden som intern note."),
            lambda why: self.ctx.run_action(inbox.close_without_answer, why),
            ok_text=self.tr("Afslut"),
        )

    def new_thread(self) -> None:
        dlg = NewThreadDialog(self.ctx, self)
        self.dialog = dlg
        dlg.open()
        dlg.search_edit.setFocus()

    def phrase(self) -> None:
        if self.editor.isReadOnly():
            return
        picker = self.kit.phrase_key(self.editor, self)
        if picker is not None:
            self.dialog = picker

    def archive(self) -> None:
        if self.editor.isReadOnly():
            return
        open_answer_archive(self.ctx, self.editor, self, on_open=lambda p: setattr(self, "dialog", p))

    def handle(self, action_id: str) -> bool:
        fn = {
            "send": self.send, "send_next": self.send, "note": self.save_note, "phrase": self.phrase, "archive": self.archive,
            "attach": self.choose_files,
            "close_item": self.close_without_answer, "new_thread": self.new_thread,
            "mark_urgent": self.urgent_bar.toggle,
        }.get(action_id)
        if fn is None:
            return False
        fn()
        return True
