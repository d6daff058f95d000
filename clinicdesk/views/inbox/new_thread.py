""""Opret E-svar": a new e-consultation thread from the clinic to a patient found by search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from clinicdesk.services import inbox
from clinicdesk.views.inbox.panes.archive import open_answer_archive
from clinicdesk.views.inbox.panes.phrases import AnswerEdit, phrase_key
from clinicdesk.views.inbox.shortcuts import BY_ID
from clinicdesk.views.worker import run_in_background


class NewThreadDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newThreadDialog")
        self.setWindowTitle(self.tr("Opret E-svar"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker = None
        self.result_value = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("patientSearch")
        self.search_edit.setPlaceholderText(self.tr("CPR-nummer eller navn"))
        self.hits = QListWidget(self)
        self.hits.setObjectName("patientHits")
        self.hits.setMaximumHeight(130)
        self.chosen_label = QLabel(self.tr("Ingen patient valgt."), self)
        self.chosen_label.setObjectName("chosenPatient")
        self.provider = QComboBox(self)
        self.provider.setObjectName("threadProvider")
        self.provider.addItem(self.tr("(ingen bestemt behandler)"), None)
        for p in ctx.setup.providers if ctx.setup else ():
            self.provider.addItem(p.label, p.id)
        self.subject = QLineEdit(self.tr("Besked fra klinikken"), self)
        self.subject.setObjectName("threadSubject")
        self.editor = AnswerEdit(self)
        self.editor.setObjectName("threadEdit")
        self.editor.setPlaceholderText(self.tr("Beskeden til patienten (Shift+F2: standardtekst)"))
        self.expect_reply = QCheckBox(self.tr("Afvent patientens svar"), self)
        self.error = QLabel(self)
        self.error.setObjectName("threadError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Send (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("threadSendButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fortryd"))
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Patient:"), self.search_edit)
        form.addRow("", self.hits)
        form.addRow("", self.chosen_label)
        form.addRow(self.tr("&Behandler:"), self.provider)
        form.addRow(self.tr("&Emne:"), self.subject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.editor, 1)
        lay.addWidget(self.expect_reply)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        # the same keys as the inbox, from the one shortcut table
        for sid, fn in (("send", self.send), ("phrase", self.phrase), ("archive", self.archive)):
            act = QAction(BY_ID[sid].label, self)
            act.setShortcuts([QKeySequence(k) for k in BY_ID[sid].keys])
            act.triggered.connect(fn)
            self.addAction(act)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self.hits.itemActivated.connect(self._choose)
        self.hits.currentItemChanged.connect(lambda cur, _p: cur is not None and self._choose(cur))
        self.patient = None
        self.resize(560, 520)

    def _search(self) -> None:
        term = self.search_edit.text().strip()
        if len(term) < 2:
            self.hits.clear()
            return
        run_in_background(inbox.search_patients, self.ctx.db, self.ctx.actor, term,
                          on_done=lambda hits, t=term: self._hits(t, hits),
                          on_error=lambda exc: self.error.setText(str(exc)), context=self)

    def _hits(self, term: str, hits) -> None:
        if term != self.search_edit.text().strip():
            return
        self.hits.clear()
        for h in hits:
            it = QListWidgetItem(f"{h.name}  {h.cpr_display}")
            it.setData(Qt.ItemDataRole.UserRole, h)
            self.hits.addItem(it)
        if not hits:
            self.hits.addItem(QListWidgetItem(self.tr("Ingen patienter fundet.")))

    def _enter_in_search(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._search()
            return
        if self.hits.count():
            self.hits.setFocus()
            self.hits.setCurrentRow(0)

    def _choose(self, item) -> None:
        h = item.data(Qt.ItemDataRole.UserRole)
        if h is None:
            return
        self.patient = h
        self.chosen_label.setText(self.tr("Til: %1").replace("%1", f"{h.name}  {h.cpr_display}"))

    def phrase(self) -> None:
        self.picker = phrase_key(self.editor, self.ctx.phrases, self)

    def archive(self) -> None:
        open_answer_archive(self.ctx, self.editor, self, on_open=lambda p: setattr(self, "picker", p))

    def send(self) -> None:
        if self.patient is None:
            self.error.setText(self.tr("Vælg en patient først."))
            self.search_edit.setFocus()
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.error.setText(self.tr("Beskeden er tom."))
            self.editor.setFocus()
            return
        self.send_button.setEnabled(False)
        run_in_background(
            inbox.start_thread, self.ctx.db, self.ctx.actor, self.patient.id, self.provider.currentData(), text,
            subject=self.subject.text().strip(), expect_reply=self.expect_reply.isChecked(),
            on_done=self._sent, on_error=self._failed, context=self,
        )

    def _sent(self, res) -> None:
        self.result_value = res
        self.ctx.status_message.emit(res.message)
        self.ctx.item_changed.emit(res.item_id)
        self.accept()

    def _failed(self, exc) -> None:
        self.send_button.setEnabled(True)
        self.error.setText(str(exc))
