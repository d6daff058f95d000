"""Staff administration: the clinic's staff in a table, and the actions on the selected person.

Keyboard first: the list has the focus; Enter edits the selected person, Ctrl+N adds
one, and every button has an Alt key. All work runs off the GUI thread through the
services (``services.staff``, ``services.staff_profile``), which check the
permission again and audit every change; after each change the list reloads and
keeps the person selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from clinicdesk.services import staff, staff_profile
from clinicdesk.views.staff.forms import (
    EditStaffDialog, JoinClinicDialog, NewStaffDialog, ProfileDialog, TemporaryPasswordDialog,
)
from clinicdesk.views.staff.table_model import ROW_ROLE, StaffTableModel
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text
from clinicdesk.views.tones import set_tone


class StaffDialog(QDialog):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._busy = False
        self._select_id: int | None = None
        self.child: QDialog | None = None  # the form or message open on top (tests reach it here)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Personale – %1").replace("%1", actor.clinic_name or ""))

        self.model = StaffTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Personale"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # fits the dialog: no sideways scrolling
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 4, 5):  # name, provider on the portal, other clinics take what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        def button(text: str, name: str, slot) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            return b

        self.new_button = button(self.tr("&Ny medarbejder…"), "newStaffButton", self.new_staff)
        self.join_button = button(self.tr("&Tilknyt fra anden klinik…"), "joinButton", self.join_clinic)
        self.edit_button = button(self.tr("&Redigér…"), "editButton", self.edit_selected)
        self.profile_button = button(self.tr("&Behandlerprofil…"), "profileButton", self.edit_profile)
        self.reset_button = button(self.tr("Nulstil &adgangskode…"), "resetButton", self.reset_password)
        self.unlock_button = button(self.tr("Lås &op"), "unlockButton", self.unlock)
        self.active_button = button(self.tr("&Deaktivér…"), "activeButton", self.toggle_active)
        self.remove_button = button(self.tr("&Fjern fra klinikken…"), "removeButton", self.remove)
        self.close_button = button(self.tr("Luk"), "closeButton", self.reject)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_staff)

        side = QVBoxLayout()
        for b in (self.new_button, self.join_button, self.edit_button, self.profile_button, self.reset_button,
                  self.unlock_button, self.active_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)

        self.status = QLabel(self)
        self.status.setObjectName("staffStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.resize(1000, 520)
        self._update_buttons()
        self.reload()

    # -- state -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def selected(self) -> staff.StaffRow | None:
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ROW_ROLE) if index.isValid() else None

    def select(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in (self.edit_button, self.profile_button, self.reset_button, self.active_button, self.remove_button):
            b.setEnabled(row is not None and not self._busy)
        self.unlock_button.setEnabled(row is not None and row.locked and not self._busy)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Gen&aktivér"))
        else:
            self.active_button.setText(self.tr("&Deaktivér…"))
        self.new_button.setEnabled(not self._busy)
        self.join_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def show_message(self, text: str, error: bool = False) -> None:
        set_tone(self.status, "error" if error else None)
        self.status.setText(text)

    # -- loading -----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        self._select_id = select_id if select_id is not None else (current.id if current else None)
        self._set_busy(True)
        run_in_background(staff.list_staff, self._db, self._actor, on_done=self._loaded, on_error=self._failed,
                          context=self)

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self._set_busy(False)
        if self._select_id is not None and self.model.row_of(self._select_id) >= 0:
            self.select(self._select_id)
        elif rows:
            self.select(rows[0].id)
        self.table.setFocus()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_message(error_text(exc, self.tr("Der opstod en uventet fejl. Prøv igen.")), error=True)

    def _run(self, fn, *args, message: str = "", then=None) -> None:
        """Run a service call for the selected person; reload and report when done."""
        row = self.selected()
        self._set_busy(True)

        def done(result):
            self.reload(row.id if row else None)
            if message:
                self.show_message(message)
            if then is not None:
                then(result)

        run_in_background(fn, self._db, self._actor, *args, on_done=done, on_error=self._failed, context=self)

    # -- opening forms -----------------------------------------------------------------
    def _open_child(self, dlg: QDialog) -> QDialog:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.child = dlg
        dlg.finished.connect(lambda *_: self._child_closed(dlg))
        dlg.open()
        return dlg

    def _child_closed(self, dlg: QDialog) -> None:
        if self.child is not dlg:
            return
        self.child = None
        QTimer.singleShot(0, self._take_keyboard)  # after the closed window let go of it

    def _take_keyboard(self) -> None:
        if self.child is None and self.isVisible():
            self.activateWindow()  # the keyboard comes back to the list
            self.table.setFocus()

    def new_staff(self) -> None:
        if self._busy:
            return
        dlg = NewStaffDialog(self._db, self._actor, self)
        dlg.done_with.connect(self._created)
        self._open_child(dlg)

    def _created(self, new: staff.NewStaff) -> None:
        self.reload(new.staff_id)
        self.show_message(self.tr("%1 er oprettet.").replace("%1", new.username))
        self._show_password(new.username, new.temporary_password)

    def _show_password(self, username: str, password: str) -> None:
        self._open_child(TemporaryPasswordDialog(username, password, self))

    def join_clinic(self) -> None:
        if self._busy:
            return
        dlg = JoinClinicDialog(self._db, self._actor, self)
        dlg.done_with.connect(lambda row: (self.reload(row.id), self.show_message(
            self.tr("%1 arbejder nu også for klinikken.").replace("%1", row.full_name))))
        self._open_child(dlg)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        dlg = EditStaffDialog(self._db, self._actor, row, self)
        dlg.done_with.connect(lambda r: (self.reload(r.id), self.show_message(self.tr("Ændringen er gemt."))))
        self._open_child(dlg)

    def edit_profile(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._set_busy(True)
        run_in_background(staff_profile.load_profile, self._db, self._actor, row.id,
                          on_done=self._profile_loaded, on_error=self._failed, context=self)

    def _profile_loaded(self, profile) -> None:
        self._set_busy(False)
        dlg = ProfileDialog(self._db, self._actor, profile, self)
        dlg.done_with.connect(lambda p: (self.reload(p.staff_id),
                                         self.show_message(self.tr("Behandlerprofilen er gemt."))))
        self._open_child(dlg)

    # -- actions with a confirmation ---------------------------------------------------
    def _confirm(self, title: str, text: str, yes: str, action) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("staffConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name is text
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.buttonClicked.connect(lambda b: action() if b is ok else None)
        self._open_child(box)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._confirm(self.tr("Nulstil adgangskode"),
                      self.tr("Give %1 en ny midlertidig adgangskode? Den gamle virker ikke længere, og en ny skal "
                              "vælges ved næste login.").replace("%1", row.full_name),
                      self.tr("Nulstil"),
                      lambda: self._run(staff.reset_password, row.id,
                                        then=lambda pw: self._show_password(row.username, pw)))

    def unlock(self) -> None:
        row = self.selected()
        if row is None or self._busy or not row.locked:
            return
        self._run(staff.unlock, row.id, message=self.tr("%1 er låst op.").replace("%1", row.full_name))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        if not row.active:
            self._run(staff.reactivate, row.id, message=self.tr("%1 er aktiv igen.").replace("%1", row.full_name))
            return
        self._confirm(self.tr("Deaktivér medarbejder"),
                      self.tr("Deaktivere %1? Kontoen lukkes straks: ingen kan logge ind med den, og et åbent vindue "
                              "afvises ved næste handling.").replace("%1", row.full_name),
                      self.tr("Deaktivér"),
                      lambda: self._run(staff.deactivate, row.id,
                                        message=self.tr("%1 er deaktiveret.").replace("%1", row.full_name)))

    def remove(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._confirm(self.tr("Fjern fra klinikken"),
                      self.tr("Fjerne %1 fra %2? Deres arbejde for andre klinikker fortsætter.")
                      .replace("%1", row.full_name).replace("%2", self._actor.clinic_name or ""),
                      self.tr("Fjern"),
                      lambda: self._run(staff.remove_from_clinic, row.id,
                                        message=self.tr("%1 er fjernet fra klinikken.").replace("%1", row.full_name)))
