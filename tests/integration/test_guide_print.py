"""Printing a guide through QPrinter (PDF output, offscreen) gives the guide's pages."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from clinicdesk.models import Clinic
from clinicdesk.services import guides
from clinicdesk.views.guide_viewer import print_pdf


def test_qprinter_pdf_has_the_same_number_of_pages(db, qapp, tmp_path):
    with db.write_session() as s:
        c = Clinic(name="Klinikken ved Søen", display_name="Klinikken ved Søen", portal_link="https://portal.example.dk/soeen")
        s.add(c)
        s.flush()
        cid = c.id
    for which in guides.WHICH:
        info = guides.build_guide(db, cid, which, "da", tmp_path / f"{which}.pdf")
        doc = QPdfDocument()
        assert doc.load(str(info.path)) == QPdfDocument.Error.None_
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(100)
        out = tmp_path / f"{which}-printed.pdf"
        printer.setOutputFileName(str(out))
        assert print_pdf(doc, printer) == info.pages
        printed = PdfReader(str(out))
        assert len(printed.pages) == info.pages
        box = printed.pages[0].mediabox  # A4 in, A4 out
        assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
        doc.close()
