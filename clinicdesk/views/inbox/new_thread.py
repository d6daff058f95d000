""""Opret E-svar": a new e-consultation thread from the clinic to a patient chosen on purpose.

The patient is chosen explicitly: Enter in the search field searches (a second Enter
moves to the hits, highlighting the first: highlighting chooses nothing); Enter or a
double-click on a hit chooses it. The chosen patient shows as a chip (name and CPR,
plain text) with "Fjern" to choose again. Send names the patient, is disabled until
one is chosen and is no default button, so Enter in the search field can never send.
The message takes stock phrases like an answer (abbreviation + Tab, Shift+F2,
Alt+1 … Alt+9; placeholders filled for the chosen patient and provider) and files
like an answer (``AnswerAttachments``; the service checks them again).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.domain.errors import InfrastructureFault
from clinicdesk.services import inbox
from clinicdesk.services.safety.presend import presend_warnings
from clinicdesk.views.inbox import presend_box
from clinicdesk.views import tones
from clinicdesk.views.inbox.error_text import error_message
from clinicdesk.views.service_text import service_text
from clinicdesk.views.inbox.panes.archive import open_answer_archive
from clinicdesk.views.inbox.panes.attachments import AnswerAttachments
from clinicdesk.views.inbox.panes.phrases import AnswerEdit, PhraseKit
from clinicdesk.views.inbox.shortcuts import BY_ID
from clinicdesk.views.worker import run_in_background


class _FilesHost(QWidget):
    """What ``AnswerAttachments`` asks of its pane, answered by the dialog (errors shown in it)."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog_ = dialog
        self.ctx = self  # AnswerAttachments reads pane.ctx.setup and pane.ctx.show_error
        self.dialog = None  # the file dialog it opened last (tests)

    @property
    def setup(self):
        return self.dialog_.ctx.setup

    def show_error(self, text: str) -> None:
        self.dialog_.error.setText(text)

    def can_act(self) -> bool:
        return not self.dialog_.sending


class NewThreadDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kit = PhraseKit.of(ctx)
        self.kit.ensure_loaded()
        self.setObjectName("newThreadDialog")
        self.setWindowTitle(self.tr("Opret E-svar"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker = None
        self.result_value = None
        self.patient = None  # the chosen PatientHit
        self.sending = False
        self._action: tuple[int, str] | None = None  # (patient id, action id) of the send in hand
        self._searched = None  # the term the hits are for
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("patientSearch")
        self.search_edit.setPlaceholderText(self.tr("CPR-nummer eller navn, Enter søger"))
        self.hits = QListWidget(self)
        self.hits.setObjectName("patientHits")
        self.hits.setAccessibleName(self.tr("Fundne patienter"))
        self.hits.setMaximumHeight(130)
        self.hits.setToolTip(self.tr("Enter eller dobbeltklik vælger patienten"))
        self.chip = QFrame(self)
        self.chip.setObjectName("patientChip")
        self.chip.setStyleSheet("#patientChip { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 10px; }")
        self.chip_label = QLabel(self.chip)
        self.chip_label.setObjectName("chosenPatient")
        self.chip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chip_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_patient_button = QPushButton(self.tr("Fjern"), self.chip)
        self.clear_patient_button.setObjectName("clearPatientButton")
        self.clear_patient_button.setToolTip(self.tr("Vælg en anden patient"))
        self.clear_patient_button.clicked.connect(self.clear_patient)
        cl = QHBoxLayout(self.chip)
        cl.setContentsMargins(10, 4, 4, 4)
        cl.addWidget(self.chip_label, 1)
        cl.addWidget(self.clear_patient_button)
        self.none_label = QLabel(self.tr("Ingen patient valgt. Søg, og vælg en patient med Enter."), self)
        self.none_label.setObjectName("noPatient")
        self.provider = QComboBox(self)
        self.provider.setObjectName("threadProvider")
        self.provider.addItem(self.tr("(ingen bestemt behandler)"), None)
        for p in ctx.setup.providers if ctx.setup else ():
            self.provider.addItem(p.label, p.id)
        self.provider.currentIndexChanged.connect(lambda _i: self._update_target())
        self.subject = QLineEdit(self.tr("Besked fra klinikken"), self)
        self.subject.setObjectName("threadSubject")
        self.editor = AnswerEdit(self, self.kit)
        self.editor.setObjectName("threadEdit")
        self.editor.setPlaceholderText(self.tr(
            "Beskeden til patienten (forkortelse + Tab eller Shift+F2: standardtekst, Alt+1 … Alt+9: favoritter)"))
        self.files_host = _FilesHost(self)
        self.files = AnswerAttachments(self.files_host)
        self.expect_reply = QCheckBox(self.tr("Afvent patientens svar"), self)
        self.error = QLabel(self)
        self.error.setObjectName("threadError")
        tones.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.presend_label = presend_box.make_box(self)  # the check before the first Send (services.safety.presend)
        self._presend_key = None  # the message that was checked: sending it again sends
        self._checking = False
        self.cancel_button = QPushButton(self.tr("Fortryd"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("threadSendButton")
        self.send_button.clicked.connect(self.send)
        self._lay_out()
        for b in self.findChildren(QPushButton):  # Enter never presses a button the user did not pick
            b.setAutoDefault(False)
            b.setDefault(False)
        # the same keys as the inbox, from the one shortcut table (Ctrl+Enter sends here: there is no "next")
        for sid, fn in (("send_next", self.send), ("phrase", self.phrase), ("archive", self.archive),
                        ("attach", self.files.choose_files)):
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
        self.search_edit.installEventFilter(self)
        self.hits.itemActivated.connect(self._choose)
        self.hits.itemDoubleClicked.connect(self._choose)
        self._show_patient()
        self.resize(600, 560)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Patient:"), self.search_edit)
        form.addRow("", self.hits)
        chosen = QVBoxLayout()
        chosen.setContentsMargins(0, 0, 0, 0)
        chosen.addWidget(self.chip)
        chosen.addWidget(self.none_label)
        form.addRow(self.tr("Til:"), chosen)
        form.addRow(self.tr("&Behandler:"), self.provider)
        form.addRow(self.tr("&Emne:"), self.subject)
        files = QHBoxLayout()
        files.addWidget(self.files.attach_button)
        files.addWidget(self.files.clear_button)
        files.addWidget(self.files.label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.expect_reply)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.editor, 1)
        lay.addLayout(files)
        lay.addWidget(self.presend_label)
        lay.addWidget(self.error)
        lay.addLayout(buttons)

    # ---------------------------------------------------------------- finding the patient
    def eventFilter(self, obj, event):  # noqa: N802 - Down in the search field goes to the hits
        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._to_hits()
            return True
        return super().eventFilter(obj, event)

    def _search(self) -> None:
        self._timer.stop()
        term = self.search_edit.text().strip()
        self._searched = term
        if len(term) < 2:
            self.hits.clear()
            return
        run_in_background(inbox.search_patients, self.ctx.db, self.ctx.actor, term,
                          on_done=lambda hits, t=term: self._hits(t, hits),
                          on_error=lambda exc: self.error.setText(error_message(exc)), context=self)

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
        """Enter searches; with the hits of this term shown, it moves to them (choosing nothing)."""
        if self._timer.isActive() or self._searched != self.search_edit.text().strip():
            self._search()
            return
        self._to_hits()

    def _to_hits(self) -> None:
        if self.hits.count() and self.hits.item(0).data(Qt.ItemDataRole.UserRole) is not None:
            self.hits.setFocus()
            if self.hits.currentRow() < 0:
                self.hits.setCurrentRow(0)

    def _choose(self, item) -> None:
        h = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if h is None:
            return
        self.patient = h
        self._show_patient()
        self.editor.setFocus()

    def clear_patient(self) -> None:
        self.patient = None
        self._show_patient()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _show_patient(self) -> None:
        h = self.patient
        self.chip.setVisible(h is not None)
        self.none_label.setVisible(h is None)
        if h is not None:
            self.chip_label.setText(f"{h.name}  {h.cpr_display}")
            self.send_button.setText(self.tr("Send til %1 (Ctrl+Enter)").replace("%1", h.name))
            self.error.setText("")
        else:
            self.chip_label.setText("")
            self.send_button.setText(self.tr("Send (vælg først en patient)"))
        self.send_button.setEnabled(h is not None and not self.sending)
        self._update_target()

    def _update_target(self) -> None:
        target = {}
        if self.patient is not None:
            target["patient_id"] = self.patient.id
            if self.provider.currentData() is not None:
                target["provider_id"] = self.provider.currentData()
        self.editor.target = target
        self.kit.load_values(target)

    # ---------------------------------------------------------------- writing and sending
    def phrase(self) -> None:
        self.picker = self.kit.phrase_key(self.editor, self)

    def archive(self) -> None:
        open_answer_archive(self.ctx, self.editor, self, on_open=lambda p: setattr(self, "picker", p))

    def send(self) -> None:
        if self.sending:
            return
        if self.patient is None:
            self.error.setText(self.tr("Vælg en patient først: søg, og tryk Enter på patienten."))
            self.search_edit.setFocus()
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self.error.setText(self.tr("Beskeden er tom."))
            self.editor.setFocus()
            return
        key = (self.patient.id, text, len(self.files.files))
        if key != self._presend_key:  # the first Send checks the message; a second Send of it sends
            if not self._checking:
                self._checking = True
                run_in_background(presend_warnings, self.ctx.db, self.ctx.actor, text, len(self.files.files),
                                  patient_id=self.patient.id, on_done=lambda w: self._checked(key, w),
                                  on_error=lambda exc: self._check_failed(key, exc), context=self)
            return
        self.sending = True
        self.send_button.setEnabled(False)
        patient = self.patient
        if self._action is None or self._action[0] != patient.id:
            # one id per intent: a retry after a fault (the same patient) reuses it, so a thread
            # that was in fact created is answered "Allerede sendt", never created twice
            self._action = (patient.id, str(uuid.uuid4()))
        run_in_background(
            inbox.start_thread, self.ctx.db, self.ctx.actor, patient.id, self.provider.currentData(), text,
            tuple(self.files.files), subject=self.subject.text().strip(), expect_reply=self.expect_reply.isChecked(),
            action_id=self._action[1], on_done=lambda res: self._sent(patient, res), on_error=self._failed, context=self,
        )

    def _checked(self, key, warnings) -> None:
        self._checking = False
        self._presend_key = key
        if self.patient is None or key[0] != self.patient.id:
            return
        if not warnings:
            presend_box.clear(self.presend_label)
            self.send()
            return
        presend_box.show_warnings(self.presend_label, self.tr("Tjek beskeden, før den sendes:"), warnings)
        self.editor.setFocus()

    def _check_failed(self, key, exc) -> None:
        """The check could not run: nothing is sent; the box says why, and a second Send sends."""
        self._checking = False
        self._presend_key = key
        if self.patient is None or key[0] != self.patient.id:
            return
        presend_box.show_check_failed(self.presend_label, exc)
        self.editor.setFocus()

    def _sent(self, patient, res) -> None:
        self.result_value = res
        self.ctx.status_message.emit(self.tr("%1 Til %2 (%3).").replace("%1", service_text(res.message))
                                     .replace("%2", patient.name).replace("%3", patient.cpr_display))
        self.ctx.item_changed.emit(res.item_id)
        self.accept()

    def _failed(self, exc) -> None:
        self.sending = False
        self.send_button.setEnabled(self.patient is not None)
        fault = isinstance(exc, InfrastructureFault)
        if not fault:
            self._action = None  # refused: nothing was done, the next press is a new action
        self.error.setText(error_message(exc, safe_retry=fault))
