"""What the item pane and the patient card show from the safety net.

``AddressProblemRow``: the patient's e-mail address was refused by the mail server
(``services.safety.contact.address_problem``): its Danish sentence as a red plain-text label and
"Adressen virker" (``clear_contact_problem``: the patient confirmed the address). Hidden when the
address works. ``ItemSafetyNotes``: that row for the item's patient, and the item's open "Ring til
patienten" tasks (``services.safety.tasks.tasks_for_item``), each with "Udført" (``finish_task``).
All database work runs off the GUI thread; a late answer for another patient or item is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.contact import address_problem, clear_contact_problem
from clinicdesk.services.safety.tasks import finish_task, tasks_for_item
from clinicdesk.views.inbox.formatting import short_date
from clinicdesk.views.service_text import error_text, service_text
from clinicdesk.views.tones import set_tone
from clinicdesk.views.worker import run_in_background



def _plain(parent, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # an address is data: never markup
    label.setWordWrap(True)
    return label


class AddressProblemRow(QWidget):
    """The red line "E-mailadressen virker ikke …" and "Adressen virker"; ``changed`` after clearing."""

    changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("addressProblem")
        self._db, self._actor = db, actor
        self.patient_id: int | None = None
        self.problem = None
        self.label = _plain(self, "addressProblemText")
        self.label.setStyleSheet("font-weight: 600;")
        set_tone(self.label, "error")  # the scheme's red
        self.works_button = QPushButton(self.tr("Adressen virker"), self)
        self.works_button.setObjectName("addressWorksButton")
        self.works_button.setToolTip(self.tr("Patienten har bekræftet adressen: fjern markeringen"))
        self.works_button.clicked.connect(self.clear_problem)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.works_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def set_actor(self, actor) -> None:
        self._actor = actor
        self.load(None)

    def load(self, patient_id: int | None) -> None:
        self.patient_id = patient_id
        if patient_id is None:
            self._show(None)
            return
        run_in_background(address_problem, self._db, self._actor, patient_id,
                          on_done=lambda p: self._arrived(patient_id, p), on_error=lambda _e: None, context=self)

    def _arrived(self, patient_id: int, problem) -> None:
        if patient_id == self.patient_id:
            self._show(problem)

    def _show(self, problem) -> None:
        self.problem = problem
        self.label.setText(service_text(problem.text) if problem is not None else "")
        self.works_button.setEnabled(problem is not None and self._actor.can(Perm.HANDLE_ITEM))
        self.setVisible(problem is not None)

    def clear_problem(self) -> None:
        if self.problem is None or not self.works_button.isEnabled():
            return
        self.works_button.setEnabled(False)
        patient_id = self.patient_id
        run_in_background(clear_contact_problem, self._db, self._actor, self.problem.id,
                          on_done=lambda _r: self._cleared(patient_id), on_error=self._failed, context=self)

    def _cleared(self, patient_id) -> None:
        self.load(patient_id)
        self.changed.emit()

    def _failed(self, exc) -> None:
        self.works_button.setEnabled(True)
        self.label.setText(error_text(exc, self.tr("Markeringen kunne ikke fjernes. Prøv igen.")))


class ItemSafetyNotes(QWidget):
    """Under the item's header: the patient's address problem and the item's open tasks."""

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setObjectName("itemSafetyNotes")
        self._db, self._actor = db, actor
        self.item_id: int | None = None
        self.tasks: tuple = ()
        self.address = AddressProblemRow(db, actor, self)
        self._task_box = QVBoxLayout()
        self._task_box.setContentsMargins(0, 0, 0, 0)
        self._task_rows: list[QWidget] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.address)
        lay.addLayout(self._task_box)

    def set_actor(self, actor) -> None:
        self._actor = actor
        self.address.set_actor(actor)
        self.clear()

    def show_item(self, item_id: int, patient_id: int | None) -> None:
        if item_id != self.item_id:
            self._show_tasks(())
        self.item_id = item_id
        self.address.load(patient_id)
        self._load_tasks()

    def clear(self) -> None:
        self.item_id = None
        self.address.load(None)
        self._show_tasks(())

    def _load_tasks(self) -> None:
        item_id = self.item_id
        run_in_background(tasks_for_item, self._db, self._actor, item_id,
                          on_done=lambda ts: self._tasks_arrived(item_id, ts), on_error=lambda _e: None,
                          context=self)

    def _tasks_arrived(self, item_id, tasks) -> None:
        if item_id == self.item_id:
            self._show_tasks(tuple(t for t in tasks if t.done_at is None))

    def _show_tasks(self, tasks) -> None:
        self.tasks = tasks
        for row in self._task_rows:
            row.hide()
            row.deleteLater()
        self._task_rows = []
        for t in tasks:
            row = QWidget(self)
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            text = self.tr("Opgave: %1 – %2 (frist %3)").replace("%1", service_text(t.title)) \
                .replace("%2", service_text(t.reason)).replace("%3", short_date(t.due_date))
            label = _plain(row, "itemTaskText")
            label.setText(text)
            set_tone(label, "warning")
            done = QPushButton(self.tr("Udført"), row)
            done.setObjectName("itemTaskDone")
            done.setToolTip(self.tr("Patienten er ringet op: opgaven er løst"))
            done.setAccessibleName(self.tr("Udført: %1").replace("%1", service_text(t.title)))
            done.setEnabled(self._actor.can(Perm.HANDLE_ITEM))
            done.clicked.connect(lambda _c=False, tid=t.id: self.finish(tid))
            rl.addWidget(label, 1)
            rl.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
            self._task_box.addWidget(row)
            self._task_rows.append(row)

    def finish(self, task_id: int) -> None:
        run_in_background(finish_task, self._db, self._actor, task_id, on_done=lambda _t: self._load_tasks(),
                          on_error=lambda _e: self._load_tasks(), context=self)
