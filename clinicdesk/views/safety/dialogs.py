"""The safety net's lists, each a small non-modal dialog: the urgent items at closing time and at the
next opening (``OverviewDialog``), the "Ring til patienten" tasks (``TasksDialog``: "Udført") and the
patients whose e-mail address does not work (``ContactProblemsDialog``: "Adressen virker", the card).

Enter (or a double click) on a row opens its item in the inbox (``open_item(item_id)``). Everything
from the database comes through ``run_in_background``; names are plain text in a table model.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from clinicdesk.services.audit_lookups import list_context
from clinicdesk.services.permissions import Perm
from clinicdesk.services.safety.contact import clear_contact_problem, contact_problems
from clinicdesk.services.safety.escalation import closing_overview
from clinicdesk.services.safety.tasks import finish_task, list_tasks
from clinicdesk.views.inbox.formatting import short_date, short_datetime
from clinicdesk.views.patient_card import open_patient_card
from clinicdesk.views.safety.table import RowsModel, current_row, rows_table
from clinicdesk.views.service_text import error_text, service_text
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.tones import set_tone



translate = QCoreApplication.translate


class _ListDialog(QDialog):
    open_item = Signal(int)
    changed = Signal()

    def __init__(self, db, actor, parent, name: str, title: str, columns, table_name: str):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)  # never patient data in a title
        self.intro = QLabel(self)
        self.intro.setObjectName("safetyListIntro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.model = RowsModel(columns, self)
        self.table = rows_table(self, "safetyListTable", self.model, table_name)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut,
                  activated=self.open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, context=Qt.ShortcutContext.WidgetShortcut,
                  activated=self.open_current)
        self.status = QLabel(self)
        self.status.setObjectName("safetyListStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Luk"), self)
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(self.buttons)
        self.resize(720, 380)

    def _finish_buttons(self) -> None:
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)

    def _item_of(self, row) -> int | None:
        return getattr(row, "item_id", None)

    def open_current(self) -> None:
        item_id = self._item_of(current_row(self.table))
        if item_id:
            self.open_item.emit(item_id)

    def _failed(self, exc) -> None:
        set_tone(self.status, "error")
        self.status.setText(error_text(exc, translate(
            "SafetyLists", "Listen kunne ikke hentes. Prøv igen, og kontakt IT, hvis det varer ved.")))

    def _rows_arrived(self, rows, empty_text: str) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        set_tone(self.status, None)
        self.status.setText("" if rows else empty_text)


class OverviewDialog(_ListDialog):
    """The urgent items not done at the day's closing (``closing``), or those that arrived while the clinic
    was closed (the next opening's overview, given as ``overview`` after login)."""

    def __init__(self, db, actor, now, *, closing: bool, overview=None, parent=None):
        columns = [
            (translate("SafetyLists", "Modtaget"), lambda w: short_datetime(w.received_at)),
            (translate("SafetyLists", "Åbnet"), lambda w: translate("SafetyLists", "ja") if w.opened else translate("SafetyLists", "nej, ikke åbnet")),
            (translate("SafetyLists", "Varsles"), lambda w: (translate("SafetyLists", "varslet %1") if w.escalated else translate("SafetyLists", "kl. %1"))
             .replace("%1", short_datetime(w.due_at)) if w.due_at else ""),
        ]
        title = translate("SafetyLists", "Hastesager ved lukketid") if closing else translate("SafetyLists", "Hastesager fra den lukkede tid")
        super().__init__(db, actor, parent, "urgentOverviewDialog", title, columns, translate("SafetyLists", "Hastesager"))
        self.closing = closing
        self.open_button = QPushButton(translate("SafetyLists", "Åbn i indbakken"), self)
        self.open_button.setObjectName("overviewOpen")
        self.open_button.clicked.connect(self.open_current)
        self.buttons.addWidget(self.open_button)
        self._finish_buttons()
        if overview is not None:
            self._arrived(overview)
        else:
            self.status.setText(translate("SafetyLists", "Henter …"))
            run_in_background(closing_overview, db, actor, now, on_done=self._arrived, on_error=self._failed,
                              context=self)

    def _arrived(self, overview) -> None:
        at = short_datetime(overview.at) if overview.at else ""
        n = len(overview.items)
        if self.closing:
            self.intro.setText(translate("SafetyLists", "%n hastesager er ikke afsluttet ved lukketid %1. Sørg for, at de bliver set, "
                                   "eller giv dem videre.", "", n).replace("%1", at) if n else
                               translate("SafetyLists", "Ingen hastesager er åbne ved lukketid %1.").replace("%1", at))
        else:
            self.intro.setText(translate("SafetyLists", "%n hastesager kom, mens klinikken var lukket. Se dem først ved åbningen %1.", "", n)
                               .replace("%1", at))
        self._rows_arrived(overview.items, "")

    def _item_of(self, row) -> int | None:
        return row.item_id if row is not None else None


class TasksDialog(_ListDialog):
    """"Ring til patienten": the open tasks (mine and those for anyone, or the clinic's), "Udført"."""

    def __init__(self, db, actor, parent=None):
        columns = [
            (translate("SafetyLists", "Opgave"), lambda t: service_text(t.title)),
            (translate("SafetyLists", "Patient"), lambda t: t.patient_name),
            (translate("SafetyLists", "Frist"), lambda t: short_date(t.due_date)),
            (translate("SafetyLists", "Til"), lambda t: t.assigned_to_name or translate("SafetyLists", "alle")),
            (translate("SafetyLists", "Årsag"), lambda t: service_text(t.reason)),
        ]
        super().__init__(db, actor, parent, "safetyTasksDialog", translate("SafetyLists", "Opgaver"), columns, translate("SafetyLists", "Opgaver"))
        self.intro.setText(translate("SafetyLists", "Opgaver fra sikkerhedsnettet: ring til patienten, og markér opgaven som udført."))
        self.mine = QCheckBox(translate("SafetyLists", "Kun &mine"), self)
        self.mine.setObjectName("tasksMine")
        self.mine.setChecked(True)
        self.mine.toggled.connect(lambda _on: self.reload())
        self.done_button = QPushButton(translate("SafetyLists", "&Udført"), self)
        self.done_button.setObjectName("taskDone")
        self.done_button.setToolTip(translate("SafetyLists", "Patienten er ringet op: opgaven er løst (Alt+U)"))
        self.done_button.setEnabled(actor.can(Perm.HANDLE_ITEM))
        self.done_button.clicked.connect(self.finish_current)
        self.open_button = QPushButton(translate("SafetyLists", "Åbn i indbakken"), self)
        self.open_button.setObjectName("taskOpen")
        self.open_button.clicked.connect(self.open_current)
        self.buttons.addWidget(self.mine)
        self.buttons.addWidget(self.done_button)
        self.buttons.addWidget(self.open_button)
        self._finish_buttons()
        self.reload()

    def reload(self) -> None:
        self.status.setText(translate("SafetyLists", "Henter …"))
        run_in_background(list_tasks, self._db, self._actor, mine=self.mine.isChecked(),
                          on_done=lambda rows: self._rows_arrived(rows, translate("SafetyLists", "Ingen åbne opgaver.")),
                          on_error=self._failed, context=self)

    def finish_current(self) -> None:
        task = current_row(self.table)
        if task is None or not self.done_button.isEnabled():
            return
        self.done_button.setEnabled(False)
        run_in_background(finish_task, self._db, self._actor, task.id, on_done=self._finished,
                          on_error=self._finish_failed, context=self)

    def _finished(self, task) -> None:
        self.done_button.setEnabled(True)
        self.changed.emit()
        self.reload()
        self.status.setText(translate("SafetyLists", "Opgaven er markeret som udført."))

    def _finish_failed(self, exc) -> None:
        self.done_button.setEnabled(True)
        self._failed(exc)


class ContactProblemsDialog(_ListDialog):
    """"Kan ikke kontaktes": patients whose current e-mail address was refused (a logged list page)."""

    def __init__(self, db, actor, parent=None):
        columns = [
            (translate("SafetyLists", "Patient"), lambda p: p.patient_name),
            (translate("SafetyLists", "Adresse"), lambda p: p.address),
            (translate("SafetyLists", "Kode"), lambda p: str(p.smtp_code)),
            (translate("SafetyLists", "Tidspunkt"), lambda p: short_datetime(p.at)),
        ]
        super().__init__(db, actor, parent, "contactProblemsDialog", translate("SafetyLists", "Kan ikke kontaktes"), columns,
                         translate("SafetyLists", "Patienter, der ikke kan kontaktes"))
        self.intro.setText(translate("SafetyLists", "Mailserveren afviste disse adresser: beskeder fra klinikken når ikke frem. Ring til "
                               "patienten, og ret adressen på patientkortet."))
        self.works_button = QPushButton(translate("SafetyLists", "&Adressen virker"), self)
        self.works_button.setObjectName("addressWorks")
        self.works_button.setToolTip(translate("SafetyLists", "Patienten har bekræftet adressen: fjern markeringen"))
        self.works_button.setEnabled(actor.can(Perm.HANDLE_ITEM))
        self.works_button.clicked.connect(self.clear_current)
        self.card_button = QPushButton(translate("SafetyLists", "&Patientkort"), self)
        self.card_button.setObjectName("contactCard")
        self.card_button.clicked.connect(self.open_card)
        self.buttons.addWidget(self.works_button)
        self.buttons.addWidget(self.card_button)
        self._finish_buttons()
        self.reload()

    def reload(self) -> None:
        self.status.setText(translate("SafetyLists", "Henter …"))
        run_in_background(contact_problems, self._db, self._actor,
                          on_done=lambda rows: self._rows_arrived(rows, translate("SafetyLists", "Alle adresser virker.")),
                          on_error=self._failed, context=self)

    def _item_of(self, row) -> int | None:
        return None  # a patient, not an item: Enter opens the card

    def open_current(self) -> None:
        self.open_card()

    def open_card(self):
        problem = current_row(self.table)
        if problem is None or not problem.patient_id:
            return None
        return open_patient_card(self.parent(), self._db, self._actor, problem.patient_id,
                                 context=list_context("contact_problems"))

    def clear_current(self) -> None:
        problem = current_row(self.table)
        if problem is None or not self.works_button.isEnabled():
            return
        self.works_button.setEnabled(False)
        run_in_background(clear_contact_problem, self._db, self._actor, problem.id, on_done=self._cleared,
                          on_error=self._clear_failed, context=self)

    def _cleared(self, _r) -> None:
        self.works_button.setEnabled(True)
        self.changed.emit()
        self.reload()

    def _clear_failed(self, exc) -> None:
        self.works_button.setEnabled(True)
        self._failed(exc)
