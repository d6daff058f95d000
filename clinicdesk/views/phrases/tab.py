"""One list of stock phrases in the dialog: the clinic's or the user's own.

The list (abbreviation, title) on the left, the editor on the right: Forkortelse,
Titel, Tekst (with the placeholders it may hold). Ctrl+N starts a new phrase,
Ctrl+S saves, Delete in the list removes the chosen phrase (after asking).
"Importér…" and "Eksportér…" read and write a CSV file (``forkortelse;titel;tekst``).
Every read and write runs off the GUI thread through ``services.phrase_admin``; a
Danish refusal is shown under the editor (a CSV file's bad lines with their
numbers) and what was typed stays. Without the right to edit (the clinic's list
for a receptionist) the list is read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from clinicdesk.domain.errors import StaleData, ValidationError
from clinicdesk.services import phrase_admin
from clinicdesk.services.inbox.placeholders import PLACEHOLDERS
from clinicdesk.services.phrase_admin import PhraseValues
from clinicdesk.views.inbox.flow import flow_row
from clinicdesk.views.phrases.table_model import COL_ABBREVIATION, COL_TITLE, ROW_ROLE, PhraseTableModel
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text
from clinicdesk.views.tones import set_tone



def import_file(db, actor, path: str, personal: bool):
    """Read ``path`` (UTF-8, with or without a byte order mark) and import it (worker thread)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"Filen {Path(path).name} er ikke UTF-8-tekst. Gem den som CSV (UTF-8), og prøv "
                              "igen.", code="phrases_encoding") from None
    except OSError as exc:
        raise ValidationError(f"Filen {Path(path).name} kan ikke læses ({exc.strerror or exc}).",
                              code="phrases_file") from None
    return phrase_admin.import_csv(db, actor, text, personal=personal)


def export_file(db, actor, path: str, personal: bool) -> int:
    """Write the list to ``path`` (worker thread); returns how many phrases were written."""
    text = phrase_admin.export_csv(db, actor, personal=personal)
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            f.write(text)
    except OSError as exc:
        raise ValidationError(f"Filen {Path(path).name} kan ikke skrives ({exc.strerror or exc}). Vælg en anden "
                              "mappe.", code="phrases_file") from None
    return len(phrase_admin.parse_csv(text))


class PhraseTab(QWidget):
    changed = Signal()  # a phrase was saved, removed or imported

    def __init__(self, db, actor, *, personal: bool, editable: bool, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.personal, self.editable = db, actor, personal, editable
        self.setObjectName("personalPhrases" if personal else "clinicPhrases")
        self._current = None  # the PhraseRow in the editor (None: a new phrase)
        self._busy = False

        self.model = PhraseTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("phraseTable")
        self.table.setAccessibleName(self.tr("Standardtekster"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_ABBREVIATION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.new_button = QPushButton(self.tr("Ny (Ctrl+N)"), self)
        self.delete_button = QPushButton(self.tr("Slet"), self)
        self.import_button = QPushButton(self.tr("Importér…"), self)
        self.export_button = QPushButton(self.tr("Eksportér…"), self)
        self.save_button = QPushButton(self.tr("Gem (Ctrl+S)"), self)
        self.new_button.clicked.connect(self.new_phrase)
        self.delete_button.clicked.connect(self.ask_delete)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.save_button.clicked.connect(self.save)

        self.abbreviation = QLineEdit(self)
        self.abbreviation.setObjectName("phraseAbbreviation")
        self.abbreviation.setMaxLength(phrase_admin.MAX_ABBREVIATION)
        self.title = QLineEdit(self)
        self.title.setObjectName("phraseTitle")
        self.title.setMaxLength(phrase_admin.MAX_TITLE)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("phraseBody")
        self.body.setTabChangesFocus(True)
        hint = QLabel(self.tr("Pladsholdere: %1. De udfyldes, når teksten sættes ind i et svar.")
                      .replace("%1", ", ".join("{" + p + "}" for p in PLACEHOLDERS)), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("phraseError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("phraseStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Forkortelse"), self.abbreviation)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("Te&kst"), self.body)
        form.addRow("", hint)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        left = QVBoxLayout()
        if not editable:
            note = QLabel(self.tr("Kun administratorer, læger og sygeplejersker kan ændre klinikkens "
                                  "standardtekster. Du kan bruge dem og lave dine egne under »Mine standardtekster«."),
                          self)
            note.setObjectName("readOnlyNote")
            note.setWordWrap(True)
            left.addWidget(note)
        left.addWidget(self.table, 1)
        # a row that wraps when the column is narrow (150 % scaling): no button is cut
        left.addLayout(flow_row(self.new_button, self.delete_button, self.import_button, self.export_button))
        left.addWidget(self.status)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 2)
        lay.addLayout(right, 3)

        for b in (self.new_button, self.delete_button, self.import_button, self.save_button):
            b.setVisible(editable)
        for w in (self.abbreviation, self.title):
            w.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        if editable:
            for keys, slot in (("Ctrl+N", self.new_phrase), ("Ctrl+S", self.save)):
                sc = QShortcut(QKeySequence(keys), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)
            sc = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.ask_delete)
        # reading order: the list and its buttons, then the form and its Gem
        order = (self.table, self.new_button, self.delete_button, self.import_button, self.export_button,
                 self.abbreviation, self.title, self.body, self.save_button)
        for a, b in zip(order, order[1:]):
            self.setTabOrder(a, b)
        self._show(None)

    # ------------------------------------------------------------------ loading
    def reload(self, select_id: int | None = None) -> None:
        run_in_background(phrase_admin.list_phrases, self.db, self.actor, personal=self.personal,
                          on_done=lambda rows: self._loaded(rows, select_id), on_error=self._failed, context=self)

    def _loaded(self, rows, select_id) -> None:
        keep = select_id if select_id is not None else (self._current.id if self._current else None)
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            fresh = self.model.rows()[row]
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
            if self._current is not None and self._current.id == fresh.id:
                self._current = fresh  # the editor keeps what it shows (and anything typed meanwhile)
            else:
                self._show(fresh)
        elif self._current is not None:
            self._show(None)
        self.delete_button.setEnabled(self._current is not None)

    def _row_chosen(self, current, _previous) -> None:
        if current.isValid():
            self._show(current.data(ROW_ROLE))

    def _show(self, row) -> None:
        self._current = row
        self.abbreviation.setText(row.abbreviation if row else "")
        self.title.setText(row.title if row else "")
        self.body.setPlainText(row.body if row else "")
        self._set_error("")
        self.delete_button.setEnabled(row is not None)

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        set_tone(self.error, "error" if text else None)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_error(error_text(exc, self.tr("Standardteksterne kunne ikke hentes eller gemmes. Prøv igen.")))
        if isinstance(exc, StaleData):
            self.reload()

    # ------------------------------------------------------------------ editing
    def new_phrase(self) -> None:
        if not self.editable:
            return
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, 0))
        self._show(None)
        self.status.setText(self.tr("Ny standardtekst: skriv forkortelse, titel og tekst, og tryk Ctrl+S."))
        self.abbreviation.setFocus()

    def save(self) -> None:
        if not self.editable or self._busy:
            return
        self._busy = True
        self._set_error("")
        cur = self._current
        values = PhraseValues(self.abbreviation.text(), self.title.text(), self.body.toPlainText())
        run_in_background(phrase_admin.save_phrase, self.db, self.actor, values, personal=self.personal,
                          phrase_id=cur.id if cur else None, expected_version=cur.version if cur else None,
                          on_done=self._saved, on_error=self._save_failed, context=self)

    def _saved(self, row) -> None:
        self._busy = False
        self._current = row
        self.status.setText(self.tr("»%1« er gemt.").replace("%1", row.title))
        self.reload(row.id)
        self.changed.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        field = getattr(exc, "details", {}).get("field")
        widget = {"abbreviation": self.abbreviation, "title": self.title, "body": self.body}.get(field)
        if widget is not None:
            widget.setFocus()

    def ask_delete(self) -> None:
        row = self._current
        if not self.editable or row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Slet standardtekst?"),
                          self.tr("Slet »%1«? Den forsvinder også fra favoritterne.").replace("%1", row.title),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("Slet"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Behold"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda *_: box.clickedButton() is yes and self._delete(row))
        self.delete_box = box
        box.open()

    def _delete(self, row) -> None:
        run_in_background(phrase_admin.delete_phrase, self.db, self.actor, row.id, row.version,
                          personal=self.personal, on_done=lambda _r: self._deleted(row), on_error=self._failed,
                          context=self)

    def _deleted(self, row) -> None:
        self.status.setText(self.tr("»%1« er slettet.").replace("%1", row.title))
        self._show(None)
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------------ CSV
    def _file_dialog(self, title: str, save: bool) -> QFileDialog:
        dlg = QFileDialog(self, title, "", self.tr("CSV-filer (*.csv)"))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dlg.setDefaultSuffix("csv")
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.file_dialog = dlg
        return dlg

    def choose_import(self) -> None:
        dlg = self._file_dialog(self.tr("Importér standardtekster"), save=False)
        dlg.fileSelected.connect(self.import_from)
        dlg.open()

    def choose_export(self) -> None:
        dlg = self._file_dialog(self.tr("Eksportér standardtekster"), save=True)
        dlg.fileSelected.connect(self.export_to)
        dlg.open()

    def import_from(self, path: str) -> None:
        self._set_error("")
        self.status.setText(self.tr("Indlæser …"))
        run_in_background(import_file, self.db, self.actor, path, self.personal, on_done=self._imported,
                          on_error=self._io_failed, context=self)

    def _imported(self, result) -> None:
        self.status.setText(self.tr("Indlæst: %1, %2, %3.")
                            .replace("%1", self.tr("%n nye", "", result.added))
                            .replace("%2", self.tr("%n ændrede", "", result.changed))
                            .replace("%3", self.tr("%n uændrede", "", result.unchanged)))
        self.reload()
        self.changed.emit()

    def export_to(self, path: str) -> None:
        self._set_error("")
        run_in_background(export_file, self.db, self.actor, path, self.personal,
                          on_done=lambda n: self.status.setText(
                              self.tr("%n standardtekster er gemt i %2.", "", n)
                              .replace("%2", Path(path).name)),
                          on_error=self._io_failed, context=self)

    def _io_failed(self, exc: BaseException) -> None:
        self.status.clear()
        self._failed(exc)
