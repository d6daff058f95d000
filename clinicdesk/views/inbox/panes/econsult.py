"""The detail pane of each kind: e-consultation, renewal, booking, sign-up.

Each pane shows an ``OpenedItem`` and asks its ``DetailPane`` (``ctx``) to run the
service actions, so claims, versions and errors are handled in one place.
``handle(action_id)`` receives the keyboard actions of the shortcut table.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.enums import ItemStatus, LineDecision, MessageDirection
from clinicdesk.services import inbox
from clinicdesk.services.permissions import Perm
from clinicdesk.views.inbox import labels
from clinicdesk.views.inbox.dialogs import AttachmentPreview, PhrasePicker, ReasonDialog
from clinicdesk.views.inbox.formatting import (
    cpr_display,
    day_label,
    hhmm,
    local,
    long_datetime,
    receipt_text,
    short_datetime,
    size_text,
)

RED = QColor("#b3261e")


class KindPane(QWidget):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.ctx = ctx
        self.opened = None
        self.dialog = None  # the dialog this pane opened last (tests and focus)

    @property
    def detail(self):
        return self.opened.detail if self.opened else None

    def can_act(self) -> bool:
        return bool(self.opened and self.opened.can_act and not self.ctx.busy)

    def show_item(self, opened, same_item: bool) -> None:
        self.opened = opened

    def leaving(self) -> None:
        pass

    def handle(self, action_id: str) -> bool:
        return False

    def focus_first(self) -> None:
        self.setFocus()

    def ask_reason(self, title: str, prompt: str, then, ok_text: str | None = None) -> ReasonDialog:
        dlg = ReasonDialog(title, prompt, self, ok_text=ok_text)
        dlg.reason_given.connect(then)
        self.dialog = dlg
        dlg.open()
        dlg.edit.setFocus()
        return dlg


def _table(parent, name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView(parent)
    view.setObjectName(name)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view, model


def _item(text: str, *, bold: bool = False, color: QColor | None = None, data=None) -> QStandardItem:
    it = QStandardItem(text)
    it.setEditable(False)
    if bold:
        f = QFont()
        f.setBold(True)
        it.setFont(f)
    if color is not None:
        it.setForeground(QBrush(color))
    if data is not None:
        it.setData(data, Qt.ItemDataRole.UserRole)
    return it


# ---------------------------------------------------------------------------
# stock phrases in any text editor
# ---------------------------------------------------------------------------
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


def open_answer_archive(ctx, edit: QPlainTextEdit, parent, on_open=None) -> None:
    """F2: the user's own earlier answers (loaded through the worker), inserted at the cursor."""
    from dataclasses import dataclass

    from clinicdesk.services import inbox_extra

    @dataclass(frozen=True)
    class _Entry:  # what PhrasePicker shows: "date — first line", the whole text as preview
        abbreviation: str
        title: str
        body: str

    def show(answers):
        entries = [_Entry(short_datetime(a.created_at), a.body.strip().split("\n", 1)[0][:80], a.body)
                   for a in answers]
        if not entries:
            ctx.status_message.emit(QCoreApplication.translate("InboxArchive", "Svararkivet er tomt: du har ikke skrevet svar endnu."))
            return
        picker = PhrasePicker(entries, "", parent, title=QCoreApplication.translate("InboxArchive", "Svararkiv (dine tidligere svar)"))
        picker.filter_edit.setPlaceholderText(QCoreApplication.translate("InboxArchive", "Skriv for at søge i dine svar …"))

        def chosen(entry):
            edit.insertPlainText(entry.body)
            edit.setFocus()

        picker.chosen.connect(chosen)
        picker.open()
        picker.filter_edit.setFocus()
        if on_open is not None:
            on_open(picker)

    ctx.run_free(inbox_extra.answer_archive, on_done=show)


# ---------------------------------------------------------------------------
# e-consultation
# ---------------------------------------------------------------------------
_BUBBLE = {
    MessageDirection.FROM_PATIENT: ("#f1f3f5", "#5b6b78"),
    MessageDirection.TO_PATIENT: ("#e4eef6", "#1f5f8f"),
    MessageDirection.INTERNAL: ("#fff4cf", "#7a5a00"),
}


class AnswerEdit(QPlainTextEdit):
    """The answer editor (Tab leaves it, so the keyboard can reach the buttons)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("answerEdit")
        self.setTabChangesFocus(True)


class EconsultPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("econsultPane")
        self.drafts: dict[int, tuple[str, list]] = {}
        self.pending_attachments: list[inbox.NewAttachment] = []
        self._draft_item: int | None = None

        self.thread = QTextBrowser(self)
        self.thread.setObjectName("threadView")
        self.thread.setOpenLinks(False)
        self.thread.anchorClicked.connect(self._anchor)
        self.att_list = QListWidget(self)
        self.att_list.setObjectName("attachmentList")
        self.att_list.setMaximumHeight(70)
        self.att_list.setFlow(QListWidget.Flow.LeftToRight)
        self.att_list.setWrapping(True)
        self.att_list.itemActivated.connect(lambda it: self.preview(it.data(Qt.ItemDataRole.UserRole)))
        self.att_view_button = QPushButton(self.tr("Vis"), self)
        self.att_view_button.clicked.connect(self._preview_current)
        self.att_save_button = QPushButton(self.tr("Gem …"), self)
        self.att_save_button.setObjectName("saveAttachmentButton")
        self.att_save_button.clicked.connect(self._save_current)
        self.att_row = QWidget(self)
        ar = QHBoxLayout(self.att_row)
        ar.setContentsMargins(0, 0, 0, 0)
        ar.addWidget(QLabel(self.tr("Vedhæftet:"), self.att_row))
        ar.addWidget(self.att_list, 1)
        ar.addWidget(self.att_view_button)
        ar.addWidget(self.att_save_button)

        self.editor = AnswerEdit(self)
        self.editor.setPlaceholderText(
            self.tr("Skriv svaret her. Skriv en forkortelse og tryk Shift+F2 for en standardtekst. Ctrl+Enter sender.")
        )
        self.editor.textChanged.connect(self._text_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.answer_atts = QLabel(self)
        self.answer_atts.setObjectName("answerAttachments")
        self.answer_atts.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Vedhæft fil …"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.choose_files)
        self.clear_atts_button = QPushButton(self.tr("Fjern filer"), self)
        self.clear_atts_button.clicked.connect(self._clear_attachments)
        self.keep_open = QCheckBox(self.tr("Afvent patientens svar"), self)
        self.keep_open.setObjectName("keepOpenCheck")
        self.keep_open.setToolTip(self.tr("Elementet afsluttes ikke, men venter på patientens svar."))
        self.send_button = QPushButton(self.tr("Send svar"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(False)
        self.send_button.setToolTip(self.tr("Send svaret til patienten (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
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
        row3 = QHBoxLayout()
        row3.addStretch(1)
        row3.addWidget(self.keep_open)
        row3.addWidget(self.send_button)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.editor, 1)
        bl.addLayout(row1)
        bl.addLayout(row2)
        bl.addLayout(row3)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
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
        self.setTabOrder(self.editor, self.send_button)

    # ---------------------------------------------------------------- showing
    def show_item(self, opened, same_item: bool) -> None:
        d = opened.detail
        if self._draft_item is not None and self._draft_item != d.id:
            self._stash()
        super().show_item(opened, same_item)
        if self._draft_item != d.id:
            text, atts = self.drafts.pop(d.id, ("", []))
            self.editor.setPlainText(text)
            self.pending_attachments = list(atts)
            self._draft_item = d.id
            self.keep_open.setChecked(False)
        self.thread.setHtml(self._thread_html(d))
        self.thread.moveCursor(QTextCursor.MoveOperation.End)
        self.thread.ensureCursorVisible()
        self.att_list.clear()
        for m in d.messages:
            for a in m.attachments:
                it = QListWidgetItem(f"{a.filename} ({size_text(a.size)})")
                it.setData(Qt.ItemDataRole.UserRole, a.id)
                self.att_list.addItem(it)
        self.att_row.setVisible(self.att_list.count() > 0)
        self._update_enabled()
        self._show_pending()

    def _update_enabled(self) -> None:
        act = bool(self.opened and self.opened.can_act)
        done = bool(self.opened and self.opened.detail.status == ItemStatus.DONE)
        for w in (self.send_button, self.close_button, self.attach_button, self.clear_atts_button, self.keep_open):
            w.setEnabled(act)
        # a note can be added to a done item too (it is not claimed then), not to one held by another
        held_by_other = bool(self.opened and self.opened.claim.holder_id and not self.opened.claim.mine)
        self.note_button.setEnabled(bool(self.opened) and self.ctx.actor.can(Perm.HANDLE_ITEM) and not held_by_other
                                    and (act or done))
        self.new_thread_button.setEnabled(self.ctx.actor.can(Perm.HANDLE_ITEM))
        self.editor.setReadOnly(not (act or (done and not held_by_other)))

    def _thread_html(self, d) -> str:
        out = ["<div style='font-family: sans-serif;'>"]
        for m in d.messages:
            bg, fg = _BUBBLE[m.direction]
            if m.direction == MessageDirection.FROM_PATIENT:
                who = escape(d.patient_name or self.tr("Patienten"))
            elif m.direction == MessageDirection.INTERNAL:
                who = self.tr("Intern note") + " – " + escape(m.author_name) + " – " + self.tr("patienten ser den ikke")
            else:
                who = escape(m.author_name or self.tr("Klinikken")) + " " + self.tr("til patienten")
            body = escape(m.body).replace("\n", "<br>")
            atts = "".join(
                f"<br>📎 <a href='att:{a.id}'>{escape(a.filename)}</a> ({size_text(a.size)})" for a in m.attachments
            )
            receipt = ""
            if m.direction == MessageDirection.TO_PATIENT:
                receipt = (f"<br><span style='color:#2e7d32'>✓ {escape(receipt_text(m.read_by_patient_at))}</span>"
                           if m.read_by_patient_at else
                           f"<br><span style='color:#5b6b78'>{self.tr('Ikke læst af patienten endnu')}</span>")
            superseded = (f"<br><i>{self.tr('Retter en tidligere besked')}</i>" if m.supersedes_id else "")
            out.append(
                f"<table width='100%' cellpadding='8' style='margin-bottom:8px; background:{bg};'><tr><td>"
                f"<span style='color:{fg}; font-weight:600'>{who}</span>"
                f"<span style='color:#5b6b78'> · {escape(long_datetime(m.created_at))}</span><br>"
                f"{body}{atts}{superseded}{receipt}</td></tr></table>"
            )
        if not d.messages:
            out.append(f"<p><i>{self.tr('Ingen beskeder.')}</i></p>")
        out.append("</div>")
        return "".join(out)

    def _text_changed(self) -> None:
        n = len(self.editor.toPlainText())
        self.count_label.setText(self.tr("%1 tegn").replace("%1", str(n)) if n else "")

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
        self.editor.clear()
        self.pending_attachments = []

    def setup_changed(self) -> None:
        self._show_pending()

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

    def _current_att(self) -> int | None:
        it = self.att_list.currentItem() or (self.att_list.item(0) if self.att_list.count() else None)
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _preview_current(self) -> None:
        a = self._current_att()
        if a is not None:
            self.preview(a)

    def _save_current(self) -> None:
        a = self._current_att()
        if a is not None:
            self.ask_save(a)

    def preview(self, attachment_id: int) -> None:
        self.ctx.run_free(inbox.get_attachment, attachment_id, on_done=self._show_preview)

    def _show_preview(self, att) -> None:
        dlg = AttachmentPreview(att, self)
        dlg.save_requested.connect(self.ask_save)
        self.dialog = dlg
        dlg.open()

    def ask_save(self, attachment_id: int) -> None:
        name = ""
        for m in self.detail.messages if self.detail else ():
            for a in m.attachments:
                if a.id == attachment_id:
                    name = a.filename
        dlg = QFileDialog(self, self.tr("Gem vedhæftet fil"), str(Path.home() / name))
        dlg.setObjectName("saveAttachmentDialog")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.fileSelected.connect(lambda path: self.save_to(attachment_id, path))
        self.dialog = dlg
        dlg.open()

    def save_to(self, attachment_id: int, path: str) -> None:
        """Fetch with save=True (audited) and write the file."""

        def write(att):
            Path(path).write_bytes(att.data)
            self.ctx.status_message.emit(self.tr("Filen er gemt: %1").replace("%1", Path(path).name))

        self.ctx.run_free(inbox.get_attachment, attachment_id, save=True, on_done=write)

    def choose_files(self) -> None:
        if not self.can_act():
            return
        dlg = QFileDialog(self, self.tr("Vedhæft filer"))
        dlg.setObjectName("attachFilesDialog")
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.setNameFilter(self.tr("Billeder og PDF (*.pdf *.png *.jpg *.jpeg *.gif *.webp)"))
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.filesSelected.connect(self.add_files)
        self.dialog = dlg
        dlg.open()

    def add_files(self, paths) -> None:
        """Add files to the answer within the clinic's limits (the service checks again)."""
        setup = self.ctx.setup
        max_n = setup.max_clinic_attachments if setup else 9
        max_mb = setup.max_attachment_mb if setup else 10
        problems = []
        for p in paths:
            path = Path(p)
            try:
                data = path.read_bytes()
            except OSError:
                problems.append(self.tr("%1 kan ikke læses.").replace("%1", path.name))
                continue
            if inbox.sniff_content_type(data) is None:
                problems.append(self.tr("%1 er hverken et billede eller en PDF.").replace("%1", path.name))
                continue
            if len(data) > max_mb * 1024 * 1024:
                problems.append(self.tr("%1 er større end %2 MB.").replace("%1", path.name).replace("%2", str(max_mb)))
                continue
            if len(self.pending_attachments) >= max_n:
                problems.append(self.tr("Der kan højst vedhæftes %1 filer.").replace("%1", str(max_n)))
                break
            self.pending_attachments.append(inbox.NewAttachment(path.name, data))
        self._show_pending()
        if problems:
            self.ctx.show_error(" ".join(problems))

    def _clear_attachments(self) -> None:
        self.pending_attachments = []
        self._show_pending()

    def _show_pending(self) -> None:
        setup = self.ctx.setup
        max_n = setup.max_clinic_attachments if setup else 9
        if self.pending_attachments:
            names = ", ".join(a.filename for a in self.pending_attachments)
            self.answer_atts.setText(f"📎 {escape(names)} ({len(self.pending_attachments)}/{max_n})")
        else:
            self.answer_atts.setText("")
        self.clear_atts_button.setVisible(bool(self.pending_attachments))

    # ---------------------------------------------------------------- actions
    def send(self) -> None:
        if not self.can_act():
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.ctx.show_error(self.tr("Svaret er tomt. Skriv en tekst, og send igen."))
            self.editor.setFocus()
            return
        item_id = self.detail.id
        if self.ctx.run_action(inbox.answer, text, tuple(self.pending_attachments),
                               close=not self.keep_open.isChecked(), releases=True,
                               on_done=lambda _r: self._sent(item_id)):
            self.send_button.setEnabled(False)

    def _sent(self, item_id: int) -> None:
        self.drafts.pop(item_id, None)
        if self._draft_item == item_id:
            self.editor.clear()
            self.pending_attachments = []
            self._show_pending()

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
        from clinicdesk.views.inbox.new_thread import NewThreadDialog

        dlg = NewThreadDialog(self.ctx, self)
        self.dialog = dlg
        dlg.open()
        dlg.search_edit.setFocus()

    def phrase(self) -> None:
        if self.editor.isReadOnly():
            return
        picker = phrase_key(self.editor, self.ctx.phrases, self)
        if picker is not None:
            self.dialog = picker

    def archive(self) -> None:
        if self.editor.isReadOnly():
            return
        open_answer_archive(self.ctx, self.editor, self, on_open=lambda p: setattr(self, "dialog", p))

    def handle(self, action_id: str) -> bool:
        fn = {
            "send": self.send, "note": self.save_note, "phrase": self.phrase, "archive": self.archive,
            "attach": self.choose_files,
            "close_item": self.close_without_answer, "new_thread": self.new_thread,
        }.get(action_id)
        if fn is None:
            return False
        fn()
        return True


# ---------------------------------------------------------------------------
# renewal
# ---------------------------------------------------------------------------


class RenewalPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("renewalPane")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("renewalInfo")
        self.lines_view, self.lines_model = _table(self, "renewalLines")
        self.lines_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.meds_view, self.meds_model = _table(self, "medicationList")
        self.meds_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line_warning = QLabel(self)
        self.line_warning.setObjectName("lineWarning")
        self.line_warning.setWordWrap(True)
        self.line_warning.setStyleSheet("color: #b3261e;")
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Godkend linje"), self)
        self.approve_button.setObjectName("approveLineButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Shift+G"))
        self.approve_button.clicked.connect(self.approve_line)
        self.reject_button = QPushButton(self.tr("Afvis linje …"), self)
        self.reject_button.setObjectName("rejectLineButton")
        self.reject_button.setToolTip(self.tr("Ctrl+Shift+X"))
        self.reject_button.clicked.connect(self.reject_line)
        self.finish_button = QPushButton(self.tr("Send afgørelsen"), self)
        self.finish_button.setObjectName("finishRenewalButton")
        self.finish_button.clicked.connect(self.finish)
        self.route_button = QPushButton(self.tr("Send til læge"), self)
        self.route_button.setObjectName("routeButton")
        self.route_button.setToolTip(self.tr("Ctrl+Shift+D"))
        self.route_menu = QMenu(self)
        self.route_menu.setObjectName("routeMenu")
        self.route_button.setMenu(self.route_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.route_button)
        buttons.addWidget(self.finish_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(QLabel(self.tr("<b>Ønsket fornyet</b>"), self))
        lay.addWidget(self.lines_view, 2)
        lay.addWidget(self.line_warning)
        lay.addWidget(self.role_note)
        lay.addLayout(buttons)
        lay.addWidget(QLabel(self.tr("<b>Patientens medicinliste</b> (ønskede linjer er fremhævet)"), self))
        lay.addWidget(self.meds_view, 3)

    def is_doctor(self) -> bool:
        return self.ctx.actor.can(Perm.DECIDE_RENEWAL)

    def show_item(self, opened, same_item: bool) -> None:
        keep_row = self.lines_view.currentIndex().row() if same_item else 0
        super().show_item(opened, same_item)
        r = opened.detail.renewal
        if r is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        parts = []
        if r.pharmacy:
            parts.append(self.tr("Apotek: %1").replace("%1", escape(r.pharmacy)))
        if r.comment:
            parts.append(self.tr("Patientens kommentar: %1").replace("%1", escape(r.comment)))
        if r.prepared_by_name:
            parts.append(self.tr("Forberedt af %1").replace("%1", escape(r.prepared_by_name)))
        self.info.setText("<br>".join(parts))
        self.lines_model.clear()
        self.lines_model.setHorizontalHeaderLabels(
            [self.tr("Lægemiddel"), self.tr("Dosering"), self.tr("Afgørelse"), self.tr("Begrundelse"), self.tr("Bemærkning")])
        for ln in r.lines:
            color = RED if ln.addictive else None
            decision = labels.lookup(labels.LINE_DECISION, ln.decision)
            if ln.decided_by_name:
                decision += f" ({ln.decided_by_name})"
            self.lines_model.appendRow([
                _item(ln.label, bold=True, data=ln), _item(ln.dosage), _item(decision),
                _item(ln.reason), _item(ln.warning, color=color),
            ])
        self.meds_model.clear()
        self.meds_model.setHorizontalHeaderLabels(
            [self.tr("Lægemiddel"), self.tr("Dosering"), self.tr("Udleveringer tilbage"), self.tr("Ønsket")])
        for m in r.medications:
            tag = self.tr("Ønsket fornyet") if m.requested else ""
            if m.addictive:
                tag = (tag + " · " if tag else "") + self.tr("afhængighedsskabende")
            row = [_item(m.label, bold=m.requested), _item(m.dosage), _item(str(m.repeats_left)),
                   _item(tag, bold=m.requested, color=RED if m.addictive else None)]
            if m.requested:
                for it in row:
                    it.setBackground(QBrush(QColor("#fff4cf")))
            self.meds_model.appendRow(row)
        for view in (self.lines_view, self.meds_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        if self.lines_model.rowCount():
            row = min(max(keep_row, 0), self.lines_model.rowCount() - 1)
            if r.lines[row].decision != LineDecision.PENDING.value:
                # decided: go on to the next line still waiting (keyboard flow: Ctrl+Shift+G, G, …)
                pending = [i for i, ln in enumerate(r.lines) if ln.decision == LineDecision.PENDING.value]
                later = [i for i in pending if i > row]
                row = (later or pending or [row])[0]
            self.lines_view.setCurrentIndex(self.lines_model.index(row, 0))
        self._fill_route_menu()
        self._update_buttons()

    def _fill_route_menu(self) -> None:
        self.route_menu.clear()
        act = self.route_menu.addAction(self.tr("Alle læger"))
        act.triggered.connect(lambda: self.route(None))
        for doc in self.ctx.setup.doctors if self.ctx.setup else ():
            act = self.route_menu.addAction(doc.label)
            act.triggered.connect(lambda _c=False, sid=doc.id: self.route(sid))

    def current_line(self):
        idx = self.lines_view.currentIndex()
        if not idx.isValid():
            return None
        return self.lines_model.item(idx.row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        act = self.can_act()
        doctor = self.is_doctor()
        ln = self.current_line()
        self.approve_button.setVisible(doctor)
        self.reject_button.setVisible(doctor)
        self.finish_button.setVisible(doctor)
        self.route_button.setVisible(not doctor or act)
        self.route_button.setEnabled(act and self.ctx.actor.can(Perm.PREPARE_RENEWAL))
        self.approve_button.setEnabled(act and doctor and ln is not None and not ln.addictive)
        self.reject_button.setEnabled(act and doctor and ln is not None)
        r = self.detail.renewal if self.detail else None
        pending = any(x.decision == LineDecision.PENDING.value for x in r.lines) if r else True
        self.finish_button.setEnabled(act and doctor and not pending)
        self.line_warning.setText(ln.warning if ln is not None and ln.warning else "")
        if not doctor:
            self.role_note.setText(self.tr(
                "Kun en læge kan godkende eller afvise receptfornyelser. Forbered anmodningen, og send den til en læge."))
        elif pending and r:
            self.role_note.setText(self.tr("Tag stilling til hver linje; send derefter afgørelsen til patienten."))
        else:
            self.role_note.setText("")

    def focus_first(self) -> None:
        self.lines_view.setFocus()

    def approve_line(self) -> None:
        ln = self.current_line()
        if ln is None or not self.approve_button.isEnabled():
            return
        self.ctx.run_action(inbox.decide_renewal_line, ln.id, True)

    def reject_line(self) -> None:
        ln = self.current_line()
        if ln is None or not self.reject_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis %1").replace("%1", ln.label),
            self.tr("Hvorfor afvises linjen? Patienten ser begrundelsen."),
            lambda why: self.ctx.run_action(inbox.decide_renewal_line, ln.id, False, why),
            ok_text=self.tr("Afvis"),
        )

    def finish(self) -> None:
        if self.finish_button.isEnabled():
            self.ctx.run_action(inbox.finish_renewal)

    def route(self, doctor_staff_id) -> None:
        if self.route_button.isEnabled():
            self.ctx.run_action(inbox.route_to_doctor, doctor_staff_id, releases=True)

    def show_route_menu(self) -> None:
        """Ctrl+Shift+D: "Alle læger" or one doctor, by keyboard."""
        if not self.route_button.isEnabled():
            return
        from clinicdesk.views.inbox.dialogs import ChoicePicker

        choices = [(self.tr("Alle læger"), None)] + [(d.label, d.id) for d in (self.ctx.setup.doctors if self.ctx.setup else ())]
        dlg = ChoicePicker(self.tr("Send til læge"), choices, self)
        dlg.chosen.connect(self.route)
        self.dialog = dlg
        dlg.open()
        dlg.filter_edit.setFocus()

    def handle(self, action_id: str) -> bool:
        if action_id == "approve":
            # Ctrl+Shift+G: the selected line while it waits; when every line is decided, send the decision
            ln = self.current_line()
            if ln is not None and ln.decision == LineDecision.PENDING.value and self.approve_button.isEnabled():
                self.approve_line()
            elif self.finish_button.isEnabled():
                self.finish()
            return True
        if action_id == "reject":
            self.reject_line()
            return True
        if action_id == "route":
            self.show_route_menu()
            return True
        return False


# ---------------------------------------------------------------------------
# booking
# ---------------------------------------------------------------------------


class BookingPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("bookingPane")
        self.day = None
        self.info = QLabel(self)
        self.info.setObjectName("bookingInfo")
        self.info.setWordWrap(True)
        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("clashLabel")
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dayEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.dateChanged.connect(self._day_changed)
        self.day_label = QLabel(self)
        self.day_view, self.day_model = _table(self, "providerDay")
        self.day_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.accept_button = QPushButton(self.tr("Godkend den ønskede tid"), self)
        self.accept_button.setObjectName("acceptBookingButton")
        self.accept_button.setToolTip(self.tr("Opretter aftalen i kalenderen (Ctrl+Shift+G)"))
        self.accept_button.clicked.connect(self.accept_booking)
        self.offer_button = QPushButton(self.tr("Tilbyd valgt ledig tid"), self)
        self.offer_button.setObjectName("offerSlotButton")
        self.offer_button.setToolTip(self.tr("Vælg en ledig tid i dagsoversigten (Ctrl+Shift+T)"))
        self.offer_button.clicked.connect(self.offer_slot)
        self.decline_button = QPushButton(self.tr("Afvis …"), self)
        self.decline_button.setObjectName("declineBookingButton")
        self.decline_button.clicked.connect(self.decline)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Behandlerens dag:"), self))
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.day_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.offer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(self.clash_label)
        lay.addLayout(day_row)
        lay.addWidget(self.day_view, 1)
        lay.addLayout(buttons)

    def show_item(self, opened, same_item: bool) -> None:
        super().show_item(opened, same_item)
        b = opened.detail.booking
        if b is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        parts = [
            self.tr("<b>Ønsket tid:</b> %1 kl. %2–%3").replace("%1", day_label(local(b.starts_at).date()))
            .replace("%2", hhmm(b.starts_at)).replace("%3", hhmm(b.ends_at)),
            self.tr("<b>Behandler:</b> %1").replace("%1", escape(b.provider_label)),
        ]
        if b.appointment_type:
            parts.append(self.tr("<b>Årsag:</b> %1").replace("%1", escape(b.appointment_type)))
        if b.comment:
            parts.append(self.tr("<b>Kommentar:</b> %1").replace("%1", escape(b.comment)))
        outcome = labels.lookup(labels.BOOKING_OUTCOME, b.outcome)
        if b.offered_starts_at:
            outcome += " " + self.tr("(%1)").replace("%1", short_datetime(b.offered_starts_at))
        if b.reason:
            outcome += " — " + escape(b.reason)
        parts.append(self.tr("<b>Status:</b> %1").replace("%1", outcome))
        self.info.setText("<br>".join(parts))
        day = local(b.starts_at).date()
        if not same_item or self.day is None:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.load_day()
        self._update_buttons()

    def _day_changed(self, _qd) -> None:
        self.load_day()

    def load_day(self) -> None:
        b = self.detail.booking if self.detail else None
        if b is None:
            return
        qd = self.date_edit.date()
        from datetime import date

        day = date(qd.year(), qd.month(), qd.day())
        item_id = self.detail.id
        self.ctx.run_free(inbox.provider_day, b.provider_id, day, item_id,
                          on_done=lambda pd: self._day_arrived(item_id, pd))

    def _day_arrived(self, item_id: int, pd) -> None:
        if self.detail is None or self.detail.id != item_id:
            return
        self.day = pd
        self.day_label.setText(f"{escape(pd.provider_label)} · {day_label(pd.day)}")
        self.day_model.clear()
        self.day_model.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Hvad"), self.tr("Patient"), self.tr("Konflikt")])
        for e in pd.entries:
            color = RED if e.clash else (QColor("#1f5f8f") if e.what == "requested" else
                                         QColor("#2e7d32") if e.what == "free" else None)
            bold = e.what == "requested"
            row = [
                _item(f"{hhmm(e.starts_at)}–{hhmm(e.ends_at)}", bold=bold, color=color, data=e),
                _item(e.label or labels.lookup(labels.DAY_ENTRY, e.what), bold=bold, color=color),
                _item(e.patient_name),
                _item(self.tr("Overlapper den ønskede tid") if e.clash else "", color=RED),
            ]
            if e.what == "requested":
                for it in row:
                    it.setBackground(QBrush(QColor("#e4eef6")))
            self.day_model.appendRow(row)
        self.day_view.resizeColumnsToContents()
        self.day_view.horizontalHeader().setStretchLastSection(True)
        for r in range(self.day_model.rowCount()):
            if self.day_model.item(r, 0).data(Qt.ItemDataRole.UserRole).what == "requested":
                idx = self.day_model.index(r, 0)
                self.day_view.setCurrentIndex(idx)
                self.day_view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
                break
        if pd.clashes:
            self.clash_label.setText(self.tr("%1 konflikt(er) med den ønskede tid.").replace("%1", str(len(pd.clashes))))
        elif pd.requested is not None:
            self.clash_label.setText("")
        else:
            self.clash_label.setText("")
        self._update_buttons()

    def current_entry(self):
        idx = self.day_view.currentIndex()
        if not idx.isValid():
            return None
        return self.day_model.item(idx.row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        act = self.can_act() and self.ctx.actor.can(Perm.DECIDE_BOOKING)
        b = self.detail.booking if self.detail else None
        pending = b is not None and b.outcome == "pending"
        e = self.current_entry()
        self.accept_button.setEnabled(act and pending)
        self.offer_button.setEnabled(act and pending and e is not None and e.what == "free")
        self.decline_button.setEnabled(act and pending)

    def focus_first(self) -> None:
        self.day_view.setFocus()

    def accept_booking(self) -> None:
        if self.accept_button.isEnabled():
            self.ctx.run_action(inbox.accept_booking)

    def offer_slot(self) -> None:
        e = self.current_entry()
        if e is None or e.what != "free":
            if self.day is not None and self.day.free_slots and self.can_act():
                # Ctrl+Shift+T without a free slot chosen: go to the first free one
                self.day_view.setFocus()
                for r in range(self.day_model.rowCount()):
                    if self.day_model.item(r, 0).data(Qt.ItemDataRole.UserRole).what == "free":
                        self.day_view.setCurrentIndex(self.day_model.index(r, 0))
                        break
            return
        if self.offer_button.isEnabled():
            self.ctx.run_action(inbox.offer_other_slot, e.slot_id)

    def decline(self) -> None:
        if not self.decline_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis tidsbestilling"),
            self.tr("Hvorfor afvises tiden? Patienten ser begrundelsen på portalen."),
            lambda why: self.ctx.run_action(inbox.decline_booking, why),
            ok_text=self.tr("Afvis"),
        )

    def handle(self, action_id: str) -> bool:
        fn = {"approve": self.accept_booking, "offer": self.offer_slot, "reject": self.decline}.get(action_id)
        if fn is None:
            return False
        fn()
        return True


# ---------------------------------------------------------------------------
# sign-up
# ---------------------------------------------------------------------------
class SignupPane(KindPane):
    def __init__(self, ctx):
        super().__init__(ctx)
        self.setObjectName("signupPane")
        self.info = QLabel(self)
        self.info.setObjectName("signupInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("matchLabel")
        self.match_label.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("signupWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 8px; border-radius: 4px;")
        self.functions = QFrame(self)
        self.cb_econsult = QCheckBox(self.tr("E-konsultation"), self.functions)
        self.cb_econsult.setObjectName("wantsEconsult")
        self.cb_renewal = QCheckBox(self.tr("Receptfornyelse"), self.functions)
        self.cb_renewal.setObjectName("wantsRenewal")
        self.cb_booking = QCheckBox(self.tr("Tidsbestilling"), self.functions)
        self.cb_booking.setObjectName("wantsBooking")
        fl = QHBoxLayout(self.functions)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(QLabel(self.tr("Funktioner:"), self.functions))
        for cb in (self.cb_econsult, self.cb_renewal, self.cb_booking):
            fl.addWidget(cb)
        fl.addStretch(1)
        self.approve_button = QPushButton(self.tr("Godkend og send aktiveringslink"), self)
        self.approve_button.setObjectName("approveSignupButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Shift+G"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Afvis …"), self)
        self.reject_button.setObjectName("rejectSignupButton")
        self.reject_button.setToolTip(self.tr("Ctrl+Shift+X"))
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.info)
        lay.addWidget(self.match_label)
        lay.addWidget(self.warnings)
        lay.addWidget(self.functions)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def show_item(self, opened, same_item: bool) -> None:
        super().show_item(opened, same_item)
        sv = opened.detail.signup
        if sv is None:
            self.info.setText(self.tr("Anmodningen kan ikke læses."))
            return
        method = self.tr("MitID") if sv.login_method == "mitid" else self.tr("Sikkerhedskode på e-mail")
        decision = {"pending": self.tr("Afventer"), "approved": self.tr("Godkendt"), "rejected": self.tr("Afvist")}
        rows = [
            (self.tr("Navn"), f"{sv.first_name} {sv.last_name}"),
            (self.tr("CPR-nummer"), cpr_display(sv.cpr)),
            (self.tr("E-mail"), sv.email),
            (self.tr("Mobil"), sv.mobile),
            (self.tr("Login"), method),
            (self.tr("Status"), decision.get(sv.decision, sv.decision) + (f" — {sv.reason}" if sv.reason else "")),
        ]
        if sv.guardian_name:
            rows.append((self.tr("Forælder"), sv.guardian_name))
        self.info.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td style='color:#5b6b78'>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        ) + "</table>")
        if sv.matching_patient_id:
            self.match_label.setText(self.tr("Patient i kartoteket: %1").replace("%1", sv.matching_patient_name))
        else:
            self.match_label.setText(self.tr("Ingen patient med dette CPR-nummer i kartoteket; en godkendelse opretter patienten."))
        self.warnings.setText("<br>".join(escape(w) for w in sv.warnings))
        self.warnings.setVisible(bool(sv.warnings))
        if not same_item:
            self.cb_econsult.setChecked(sv.wants_econsult)
            self.cb_renewal.setChecked(sv.wants_renewal)
            self.cb_booking.setChecked(sv.wants_booking)
        act = self.can_act() and self.ctx.actor.can(Perm.DECIDE_SIGNUP) and sv.decision == "pending"
        for w in (self.cb_econsult, self.cb_renewal, self.cb_booking, self.approve_button, self.reject_button):
            w.setEnabled(act)

    def focus_first(self) -> None:
        self.cb_econsult.setFocus()

    def approve(self) -> None:
        if self.approve_button.isEnabled():
            self.ctx.run_action(inbox.approve_signup, econsult=self.cb_econsult.isChecked(),
                                renewal=self.cb_renewal.isChecked(), booking=self.cb_booking.isChecked())

    def reject(self) -> None:
        if not self.reject_button.isEnabled():
            return
        self.ask_reason(
            self.tr("Afvis tilmelding"),
            self.tr("Hvorfor afvises tilmeldingen? Begrundelsen sendes til patienten."),
            lambda why: self.ctx.run_action(inbox.reject_signup, why),
            ok_text=self.tr("Afvis"),
        )

    def handle(self, action_id: str) -> bool:
        fn = {"approve": self.approve, "reject": self.reject}.get(action_id)
        if fn is None:
            return False
        fn()
        return True
