"""An e-consultation's messages as HTML bubbles (patient, clinic, internal note), and
correcting a sent answer.

``thread_html`` speaks in the ``EconsultPane`` translation context (the pane shows it).
Links ``att:<id>`` open an attachment's preview; ``ret:<id>`` (with ``correctable``)
corrects an answer. An answer marked "skal læses" (``must_read``: message id → read by the patient,
from ``services.safety.reach.must_read_in``) says "Skal læses – ulæst" or "Skal læses – læst". A corrected answer stays in the thread, readable, marked "Rettet";
its correction says "Rettelse af svar fra <time>".

``ThreadCorrections(pane)`` gives the e-consultation pane's thread the "Ret svar …"
context action (right click, or the menu key / Shift+F10 on the thread) and the
``ret:`` links; both open a ``CorrectionDialog`` with the old text filled in, and the
correction is sent through ``services.inbox.corrections.correct_message``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QPlainTextEdit, QVBoxLayout

from clinicdesk.domain.enums import MessageDirection
from clinicdesk.services.inbox.corrections import correct_message
from clinicdesk.services.permissions import Perm
from clinicdesk.views import tones
from clinicdesk.views.inbox.formatting import long_datetime, receipt_text, size_text
from clinicdesk.views.inbox.icons import clip_img

translate = QCoreApplication.translate

#: direction → (background, colour of the sender line)
BUBBLE = {
    MessageDirection.FROM_PATIENT: ("#f1f3f5", "#5b6b78"),
    MessageDirection.TO_PATIENT: ("#e4eef6", "#1f5f8f"),
    MessageDirection.INTERNAL: ("#fff4cf", "#7a5a00"),
}


def _sender(d, m) -> str:
    if m.direction == MessageDirection.FROM_PATIENT:
        return escape(d.patient_name or translate("EconsultPane", "Patienten"))
    if m.direction == MessageDirection.INTERNAL:
        return (translate("EconsultPane", "Intern note") + " – " + escape(m.author_name) + " – "
                + translate("EconsultPane", "patienten ser den ikke"))
    return escape(m.author_name or translate("EconsultPane", "Klinikken")) + " " + translate("EconsultPane", "til patienten")


def correctable_messages(d) -> list:
    """The answers to the patient in ``d`` that can be corrected (not corrected already), newest first."""
    return [m for m in reversed(d.messages)
            if m.direction == MessageDirection.TO_PATIENT and m.superseded_by_id is None]


def _correction_lines(m, correctable: bool) -> str:
    out = ""
    if m.supersedes_id:
        out += ("<br><i>" + escape(translate("EconsultPane", "Rettelse af svar fra %1")
                                   .replace("%1", long_datetime(m.supersedes_created_at))) + "</i>")
    if m.superseded_by_id:
        out += ("<br><b style='color:#b3261e'>" + translate("EconsultPane", "Rettet") + "</b> <i>"
                + translate("EconsultPane", "(se rettelsen nedenfor; patienten kan stadig læse dette svar)") + "</i>")
    elif correctable and m.direction == MessageDirection.TO_PATIENT:
        out += f"<br><a href='ret:{m.id}'>" + translate("EconsultPane", "Ret svar …") + "</a>"
    return out


def _must_read_line(m, must_read: dict[int, bool] | None) -> str:
    if not must_read or m.id not in must_read:
        return ""
    if must_read[m.id]:
        return "<br><b style='color:#2e7d32'>" + escape(translate("EconsultPane", "Skal læses – læst")) + "</b>"
    return "<br><b style='color:#b3261e'>" + escape(translate("EconsultPane", "Skal læses – ulæst")) + "</b>"


def thread_html(d, *, correctable: bool = False, must_read: dict[int, bool] | None = None) -> str:
    """The whole thread of the item detail ``d``, oldest message first (``correctable``:
    a "Ret svar …" link under each answer that can be corrected; ``must_read``: the answers
    marked "skal læses", message id → read)."""
    out = ["<div style='font-family: sans-serif;'>"]
    for m in d.messages:
        bg, fg = BUBBLE[m.direction]
        who = _sender(d, m)
        body = escape(m.body).replace("\n", "<br>")
        if m.superseded_by_id:
            bg = "#eef1f4"
        atts = "".join(
            f"<br>{clip_img()} <a href='att:{a.id}'>{escape(a.filename)}</a> ({size_text(a.size)})" for a in m.attachments
        )
        receipt = ""
        if m.direction == MessageDirection.TO_PATIENT:
            not_read = translate("EconsultPane", "Ikke læst af patienten endnu")
            receipt = (f"<br><span style='color:#2e7d32'>✓ {escape(receipt_text(m.read_by_patient_at))}</span>"
                       if m.read_by_patient_at else
                       f"<br><span style='color:#5b6b78'>{not_read}</span>")
        out.append(
            f"<table width='100%' cellpadding='8' style='margin-bottom:8px; background:{bg};'><tr><td>"
            f"<span style='color:{fg}; font-weight:600'>{who}</span>"
            f"<span style='color:#5b6b78'> · {escape(long_datetime(m.created_at))}</span><br>"
            f"{body}{atts}{_correction_lines(m, correctable)}{receipt}{_must_read_line(m, must_read)}</td></tr></table>"
        )
    if not d.messages:
        out.append("<p><i>" + translate("EconsultPane", "Ingen beskeder.") + "</i></p>")
    out.append("</div>")
    return "".join(out)


class CorrectionDialog(QDialog):
    """The corrected text of an answer, the old text filled in."""

    def __init__(self, message, submit, parent=None):
        """``submit(text) -> bool``: sends the correction; False (another action still running)
        keeps the dialog open with the text, to try again."""
        super().__init__(parent)
        self.submit = submit
        self.setObjectName("correctionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Ret svar"))
        self.old_text = message.body
        self.prompt = QLabel(self.tr(
            "Ret svaret fra %1. Patienten får besked om en ny besked; det gamle svar bliver stående i tråden "
            "som \u201dRettet\u201d.").replace("%1", long_datetime(message.created_at)), self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("correctionEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(message.body)
        self.error = QLabel(self)
        self.error.setObjectName("correctionError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        tones.set_tone(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Send rettelsen"))
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fortryd"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._ok)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self._ok)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(520, 300)

    def _ok(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Rettelsen er tom. Skriv det rettede svar, eller fortryd."))
        elif text == self.old_text.strip():
            self.error.setText(self.tr("Teksten er ikke ændret. Ret svaret, eller fortryd."))
        elif self.submit(text):
            self.accept()
            return
        else:
            self.error.setText(self.tr("Elementet er optaget af en anden handling. Vent et øjeblik, og send igen."))
        self.edit.setFocus()


class ThreadCorrections:
    """"Ret svar …" on the e-consultation pane's thread (``pane.thread``, ``pane.ctx``)."""

    def __init__(self, pane):
        self.pane = pane
        self.menu: QMenu | None = None
        self.dialog: CorrectionDialog | None = None
        pane.thread.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.thread.customContextMenuRequested.connect(self.show_menu)
        pane.thread.anchorClicked.connect(self._anchor)
        for keys in ("Shift+F10", "Menu"):  # the menu by keyboard, also where the platform sends no menu event
            QShortcut(QKeySequence(keys), pane.thread, context=Qt.ShortcutContext.WidgetShortcut,
                      activated=self._menu_by_keyboard)

    def may_correct(self) -> bool:
        opened = self.pane.opened
        if opened is None or not self.pane.ctx.actor.can(Perm.HANDLE_ITEM):
            return False
        return not (opened.claim.holder_id and not opened.claim.mine)  # not while a colleague holds it

    def candidates(self) -> list:
        return correctable_messages(self.pane.opened.detail) if self.may_correct() else []

    def show_menu(self, pos) -> QMenu:
        """The thread's own menu (copy, select all) with "Ret svar fra <time> …" per answer."""
        menu = self.pane.thread.createStandardContextMenu(pos)
        menu.setObjectName("threadMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        found = self.candidates()
        if found:
            menu.addSeparator()
        for m in found:
            act = menu.addAction(QCoreApplication.translate("EconsultPane", "Ret svar fra %1 …")
                                 .replace("%1", long_datetime(m.created_at)))
            act.triggered.connect(lambda _c=False, mid=m.id: self.correct(mid))
        if found:
            menu.setActiveAction(menu.actions()[-len(found)])
        self.menu = menu
        menu.popup(self.pane.thread.viewport().mapToGlobal(pos))
        return menu

    def _menu_by_keyboard(self) -> None:
        self.show_menu(self.pane.thread.cursorRect().center())

    def _anchor(self, url) -> None:
        s = url.toString()
        if s.startswith("ret:"):
            self.correct(int(s[4:]))

    def _send(self, message_id: int, text: str) -> bool:
        return self.pane.ctx.run_action(correct_message, message_id, text)

    def correct(self, message_id: int) -> CorrectionDialog | None:
        """Open the dialog for the answer ``message_id`` (its text filled in)."""
        msg = next((m for m in self.candidates() if m.id == message_id), None)
        if msg is None:
            self.pane.ctx.show_error(QCoreApplication.translate(
                "EconsultPane", "Svaret kan ikke rettes her. Ret den nyeste udgave, og kun når ingen anden har elementet."))
            return None
        dlg = CorrectionDialog(msg, lambda text: self._send(message_id, text), self.pane)
        self.dialog = dlg
        self.pane.dialog = dlg
        dlg.open()
        dlg.edit.setFocus()
        return dlg
