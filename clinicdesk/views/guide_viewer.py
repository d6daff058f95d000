"""Help → Patient guides: view, print and save the clinic's two patient guides.

``GuideViewerDialog(db, actor, parent)`` builds the chosen guide (Log ind /
Funktioner, Danish / English) for the actor's clinic off the GUI thread into a
temporary file and shows it with QtPdf. *Udskriv…* opens the print dialog,
*Vis udskrift…* the print preview; *Gem som…* copies the PDF to a file the user
picks. Printing and saving are audited through ``guides.record_guide_output``.

The file dialog step is injectable (``choose_save_path``) so tests and scripts
can save without a modal dialog; ``print_to(printer)`` prints without a dialog.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
import weakref
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import auth, guides
from clinicdesk.domain.errors import ClinicDeskError
from clinicdesk.views.worker import run_in_background
from clinicdesk.views.service_text import error_text

MAX_PRINT_DPI = 300  # rendering pages above this only makes print jobs huge


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer`` (QPdfDocument.render → QImage → QPainter).

    Each page is scaled to the printer's full page keeping its aspect ratio.
    Returns the number of pages printed.
    """
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise ClinicDeskError(QCoreApplication.translate(
            "GuideViewer", "Printeren kunne ikke startes. Kontrollér printeren og prøv igen."), code="printer")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        count = document.pageCount()
        for i in range(count):
            if i:
                printer.newPage()
            target = painter.viewport()
            pts = document.pagePointSize(i)
            scale = min(target.width() / pts.width(), target.height() / pts.height())
            w, h = int(pts.width() * scale), int(pts.height() * scale)
            img: QImage = document.render(i, QSize(int(pts.width() / 72 * dpi), int(pts.height() / 72 * dpi)))
            painter.drawImage(QRect(target.x() + (target.width() - w) // 2, target.y() + (target.height() - h) // 2, w, h),
                              img)
        return count
    finally:
        painter.end()


def _record(db, actor, kind: str, which: str, lang: str) -> guides.GuideOutput:
    return guides.record_guide_output(db, actor, kind, which, lang)


def _save_copy(db, actor, src: str, dst: str, which: str, lang: str) -> str:
    """Worker: audit (permission first), then copy the built PDF to where the user chose."""
    guides.record_guide_output(db, actor, "save", which, lang)
    tmp = Path(dst).with_name(Path(dst).name + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(dst)
    return dst


def _ask_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Gem vejledning som"), suggested, parent.tr("PDF-filer (*.pdf)"))
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


class GuideViewerDialog(QDialog):
    """Shows one patient guide of the actor's clinic, with print, preview and save-as."""

    guide_loaded = Signal(int)  # page count of the guide now shown
    guide_failed = Signal(str)  # the message the user sees
    saved = Signal(str)  # path written (after the audit entry)
    printed = Signal(int)  # pages sent to the printer (after the audit entry)

    def __init__(self, db, actor: auth.Actor, parent: QWidget | None = None, *,
                 choose_save_path: Callable[[QWidget, str], str | None] | None = None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._choose_save_path = choose_save_path or _ask_save_path
        # the built PDFs live in a private folder, removed when the dialog is done (or collected)
        self._tmp_dir = Path(tempfile.mkdtemp(prefix="clinicdesk-guide-"))
        self._remove_tmp = weakref.finalize(self, shutil.rmtree, str(self._tmp_dir), True)
        self._current: guides.GuideInfo | None = None
        self._pending = 0  # builds in flight; only the newest result is shown
        self._printer: QPrinter | None = None
        self._print_dialog: QPrintDialog | None = None
        self._preview_dialog: QPrintPreviewDialog | None = None
        self.setObjectName("guideViewer")
        self.setWindowTitle(self.tr("Patientvejledninger"))
        self.resize(820, 900)

        # choice of guide and language
        self.login_radio = QRadioButton(self.tr("&Log ind"), self)
        self.functions_radio = QRadioButton(self.tr("&Funktioner"), self)
        self.login_radio.setChecked(True)
        self._which_group = QButtonGroup(self)
        self._which_group.addButton(self.login_radio)
        self._which_group.addButton(self.functions_radio)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("Dansk"), "da")
        self.lang_combo.addItem(self.tr("Engelsk"), "en")
        lang_label = QLabel(self.tr("&Sprog:"), self)
        lang_label.setBuddy(self.lang_combo)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("guideStatus")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Vejledning:"), self))
        top.addWidget(self.login_radio)
        top.addWidget(self.functions_radio)
        top.addSpacing(16)
        top.addWidget(lang_label)
        top.addWidget(self.lang_combo)
        top.addStretch(1)
        top.addWidget(self.status_label)

        # the PDF itself
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Vejledningen"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        # actions
        self.print_button = QPushButton(self.tr("&Udskriv…"), self)
        self.preview_button = QPushButton(self.tr("&Vis udskrift…"), self)
        self.save_button = QPushButton(self.tr("&Gem som…"), self)
        self.close_button = QPushButton(self.tr("Luk"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.login_radio.toggled.connect(self._choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._choice_changed)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.preview_button.clicked.connect(self.open_print_preview)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.setTabOrder(self.login_radio, self.functions_radio)
        self.setTabOrder(self.functions_radio, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.view)
        self.setTabOrder(self.view, self.print_button)
        self._set_actions_enabled(False)
        self.build()

    # -- state
    @property
    def which(self) -> str:
        return "functions" if self.functions_radio.isChecked() else "login"

    @property
    def lang(self) -> str:
        return self.lang_combo.currentData()

    @property
    def current(self) -> guides.GuideInfo | None:
        """The guide now shown (None while the first one builds)."""
        return self._current

    def _set_actions_enabled(self, on: bool) -> None:
        for b in (self.print_button, self.preview_button, self.save_button):
            b.setEnabled(on)

    def _choice_changed(self, *_):
        self.build()

    # -- building (off the GUI thread)
    def build(self) -> None:
        which, lang = self.which, self.lang
        out = self._tmp_dir / f"{which}-{lang}-{uuid.uuid4().hex[:8]}.pdf"
        self._pending += 1
        self._set_actions_enabled(False)
        self.status_label.setText(self.tr("Laver vejledningen…"))
        run_in_background(
            guides.build_guide, self._db, self._actor.clinic_id, which, lang, out,
            on_done=self._built, on_error=self._build_failed, context=self,
        )

    def _built(self, info: guides.GuideInfo) -> None:
        self._pending -= 1
        if self._pending or (info.which, info.lang) != (self.which, self.lang):
            return  # the user chose another guide meanwhile; that build is coming
        self.document.close()
        err = self.document.load(str(info.path))
        if err != QPdfDocument.Error.None_:
            self._show_error(self.tr("Vejledningen kunne ikke vises. Prøv igen."))
            return
        self._current = info
        self._set_actions_enabled(True)
        n = self.document.pageCount()
        self.status_label.setText(self.tr("%n sider", "", n))
        self.guide_loaded.emit(self.document.pageCount())

    def _build_failed(self, exc: BaseException) -> None:
        self._pending -= 1
        self._show_error(error_text(exc, self.tr("Vejledningen kunne ikke laves. Prøv igen, eller kontakt support.")))

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.guide_failed.emit(text)

    # -- save as
    def save_as(self) -> None:
        info = self._current
        if info is None:
            return
        suggested = self.tr("Patientvejledning - %1.pdf").replace(
            "%1", self.tr("Log ind") if info.which == "login" else self.tr("Funktioner"))
        path = self._choose_save_path(self, suggested)
        if not path:
            return
        self.save_to(path)

    def save_to(self, path: str) -> None:
        info = self._current
        if info is None:
            return
        self.status_label.setText(self.tr("Gemmer…"))
        run_in_background(
            _save_copy, self._db, self._actor, str(info.path), str(path), info.which, info.lang,
            on_done=self._saved, on_error=self._output_failed, context=self,
        )

    def _saved(self, path: str) -> None:
        self.status_label.setText(self.tr("Gemt: %1").replace("%1", Path(path).name))
        self.saved.emit(path)

    def _output_failed(self, exc: BaseException) -> None:
        self._show_error(error_text(exc, self.tr("Det lykkedes ikke. Kontrollér stedet/printeren og prøv igen.")))

    # -- printing
    def _ensure_printer(self) -> QPrinter:
        # the print dialogs do not own their printer: it lives as long as this dialog
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self._current.title if self._current else "clinicdesk")
        return self._printer

    # The print and preview dialogs are made once and reused (no WA_DeleteOnClose: a
    # pending deleteLater on a child crashes Qt when this dialog is deleted directly).
    def open_print_dialog(self) -> None:
        if self._current is None:
            return
        if self._print_dialog is None:
            self._print_dialog = QPrintDialog(self._ensure_printer(), self)
            # finished(int), not accepted: QPrintDialog's accepted carries the printer and shadows QDialog's
            self._print_dialog.finished.connect(self._print_dialog_done)
        self._ensure_printer()
        # QPrintDialog.open() is the overload that wants a receiver; QDialog's own open()
        # shows it window-modal and returns at once (accepted → print_to)
        QDialog.open(self._print_dialog)

    def _print_dialog_done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.print_to(self._ensure_printer())

    def open_print_preview(self) -> None:
        if self._current is None:
            return
        if self._preview_dialog is None:
            self._preview_dialog = QPrintPreviewDialog(self._ensure_printer(), self)
            self._preview_dialog.paintRequested.connect(lambda p: print_pdf(self.document, p))
            # the preview accepts when the user prints from it
            self._preview_dialog.accepted.connect(lambda: self._audit_print(self.document.pageCount()))
        self._ensure_printer()
        self._preview_dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """Print the guide shown to ``printer`` (no dialog); audited. Returns pages printed."""
        if self._current is None:
            return 0
        try:
            pages = print_pdf(self.document, printer)
        except ClinicDeskError as exc:
            self._show_error(error_text(exc))
            return 0
        self._audit_print(pages)
        return pages

    def _audit_print(self, pages: int) -> None:
        info = self._current
        if info is None:
            return
        run_in_background(
            _record, self._db, self._actor, "print", info.which, info.lang,
            on_done=lambda _out: self._printed(pages), on_error=self._output_failed, context=self,
        )

    def _printed(self, pages: int) -> None:
        self.status_label.setText(self.tr("Sendt til printeren."))
        self.printed.emit(pages)

    # -- cleanup
    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
        self._remove_tmp()
