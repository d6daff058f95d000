"""The answer archive (F2): the user's own earlier answers, inserted at the cursor.

Used by the e-consultation pane and by the "Opret E-svar" dialog (new_thread.py).
The answers are read through ``ctx.run_free`` (the worker; the service audits the read).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from clinicdesk.services import inbox
from clinicdesk.views.inbox.dialogs import PhrasePicker
from clinicdesk.views.inbox.formatting import short_datetime


@dataclass(frozen=True)
class ArchiveEntry:
    """What PhrasePicker shows: "date — first line", the whole text as preview."""

    abbreviation: str
    title: str
    body: str


def open_answer_archive(ctx, edit: QPlainTextEdit, parent, on_open=None) -> None:
    """F2: load the archive, then offer it in a picker; ``on_open(picker)`` when it opens."""

    def show(answers):
        entries = [ArchiveEntry(short_datetime(a.created_at), a.body.strip().split("\n", 1)[0][:80], a.body)
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

    ctx.run_free(inbox.answer_archive, on_done=show)
