"""Files in an e-consultation: the thread's attachments list and the answer's own files.

``ThreadAttachments`` is the "Vedhæftet:" row under the thread: Enter or "Vis"
previews a file, "Gem …" saves it (the service audits the save).
``AnswerAttachments`` holds the files picked for the answer ("Vedhæft fil …").
What a file may be comes from ``services.attachments`` (the dialog's patterns
and the content check); the clinic's limits from the inbox setup. The service
checks everything again when the answer is sent.

Both work for an ``EconsultPane`` and speak in its translation context.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from clinicdesk.domain.settings import CLINIC, default
from clinicdesk.services import inbox
from clinicdesk.services.attachments import FILE_PATTERNS, AttachmentIn, sniff_content_type
from clinicdesk.views.inbox.dialogs import AttachmentPreview
from clinicdesk.views.inbox.formatting import size_text
from clinicdesk.views.inbox.icons import clip_img, icon

translate = QCoreApplication.translate

# the clinic's limits while the inbox setup has not arrived yet: the declared defaults
DEFAULT_MAX_FILES = default(CLINIC, "max_clinic_attachments")
DEFAULT_MAX_MB = default(CLINIC, "max_attachment_mb")




class ThreadAttachments(QWidget):
    """The files of the open thread, with "Vis" and "Gem …" (hidden when there are none)."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(translate("EconsultPane", "Vedhæftede filer"))
        self.list.setMaximumHeight(70)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemActivated.connect(lambda it: self.preview(it.data(Qt.ItemDataRole.UserRole)))
        self.view_button = QPushButton(translate("EconsultPane", "Vis"), self)
        self.view_button.clicked.connect(self._preview_current)
        self.save_button = QPushButton(translate("EconsultPane", "Gem …"), self)
        self.save_button.setObjectName("saveAttachmentButton")
        self.save_button.clicked.connect(self._save_current)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("EconsultPane", "Vedhæftet:"), self))
        row.addWidget(self.list, 1)
        row.addWidget(self.view_button)
        row.addWidget(self.save_button)

    def show_detail(self, d) -> None:
        self.list.clear()
        for m in d.messages:
            for a in m.attachments:
                it = QListWidgetItem(icon("paperclip"), f"{a.filename} ({size_text(a.size)})")
                it.setData(Qt.ItemDataRole.AccessibleTextRole,
                           translate("EconsultPane", "vedhæftet fil") + f": {a.filename} ({size_text(a.size)})")
                it.setData(Qt.ItemDataRole.UserRole, a.id)
                self.list.addItem(it)
        self.setVisible(self.list.count() > 0)

    def _current(self) -> int | None:
        it = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _preview_current(self) -> None:
        a = self._current()
        if a is not None:
            self.preview(a)

    def _save_current(self) -> None:
        a = self._current()
        if a is not None:
            self.ask_save(a)

    def preview(self, attachment_id: int) -> None:
        self.pane.ctx.run_free(inbox.get_attachment, attachment_id, on_done=self._show_preview)

    def _show_preview(self, att) -> None:
        dlg = AttachmentPreview(att, self.pane)
        dlg.save_requested.connect(self.ask_save)
        self.pane.dialog = dlg
        dlg.open()

    def ask_save(self, attachment_id: int) -> None:
        name = ""
        detail = self.pane.detail
        for m in detail.messages if detail else ():
            for a in m.attachments:
                if a.id == attachment_id:
                    name = a.filename
        dlg = QFileDialog(self.pane, translate("EconsultPane", "Gem vedhæftet fil"), str(Path.home() / name))
        dlg.setObjectName("saveAttachmentDialog")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.fileSelected.connect(lambda path: self.save_to(attachment_id, path))
        self.pane.dialog = dlg
        dlg.open()

    def save_to(self, attachment_id: int, path: str) -> None:
        """Fetch with save=True (audited) and write the file."""
        ctx = self.pane.ctx

        def write(att):
            Path(path).write_bytes(att.data)
            ctx.status_message.emit(translate("EconsultPane", "Filen er gemt: %1").replace("%1", Path(path).name))

        ctx.run_free(inbox.get_attachment, attachment_id, save=True, on_done=write)


class AnswerAttachments(QObject):
    """The files picked for the answer: the buttons, the "<clip> names (n/max)" label, the list."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.files: list[AttachmentIn] = []
        self.label = QLabel(pane)
        self.label.setObjectName("answerAttachments")
        self.label.setWordWrap(True)
        self.attach_button = QPushButton(translate("EconsultPane", "Vedhæft fil …"), pane)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.choose_files)
        self.clear_button = QPushButton(translate("EconsultPane", "Fjern filer"), pane)
        self.clear_button.clicked.connect(self.clear)

    def _limits(self) -> tuple[int, int]:
        setup = self.pane.ctx.setup
        if setup is None:
            return DEFAULT_MAX_FILES, DEFAULT_MAX_MB
        return setup.max_clinic_attachments, setup.max_attachment_mb

    def choose_files(self) -> None:
        if not self.pane.can_act():
            return
        dlg = QFileDialog(self.pane, translate("EconsultPane", "Vedhæft filer"))
        dlg.setObjectName("attachFilesDialog")
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.setNameFilter(translate("EconsultPane", "Billeder og PDF (%1)").replace("%1", FILE_PATTERNS))
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.filesSelected.connect(self.add_files)
        self.pane.dialog = dlg
        dlg.open()

    def add_files(self, paths) -> None:
        """Add files to the answer within the clinic's limits (the service checks again)."""
        max_n, max_mb = self._limits()
        problems = []
        for p in paths:
            path = Path(p)
            try:
                data = path.read_bytes()
            except OSError:
                problems.append(translate("EconsultPane", "%1 kan ikke læses.").replace("%1", path.name))
                continue
            if sniff_content_type(data) is None:
                problems.append(translate("EconsultPane", "%1 er hverken et billede eller en PDF.")
                                .replace("%1", path.name))
                continue
            if len(data) > max_mb * 1024 * 1024:
                problems.append(translate("EconsultPane", "%1 er større end %2 MB.")
                                .replace("%1", path.name).replace("%2", str(max_mb)))
                continue
            if len(self.files) >= max_n:
                problems.append(translate("EconsultPane", "Der kan højst vedhæftes %1 filer.").replace("%1", str(max_n)))
                break
            self.files.append(AttachmentIn(path.name, data))
        self.show_pending()
        if problems:
            self.pane.ctx.show_error(" ".join(problems))

    def set_files(self, files) -> None:
        self.files = list(files)
        self.show_pending()

    def clear(self) -> None:
        self.set_files(())

    def show_pending(self) -> None:
        max_n, _mb = self._limits()
        if self.files:
            names = ", ".join(a.filename for a in self.files)
            self.label.setText(f"{clip_img()} {escape(names)} ({len(self.files)}/{max_n})")
            self.label.setAccessibleName(translate("EconsultPane", "vedhæftet fil") + ": " + names)
        else:
            self.label.setText("")
            self.label.setAccessibleName("")
        self.clear_button.setVisible(bool(self.files))
