"""The portal's front page as a picture for the settings dialog's preview.

``render_front_page`` runs in a worker (``views.worker.run_in_background``): the guides'
drawing code puts the front page on a one-page PDF (``services.guides.screens.front``),
and QtPdf turns that page into a ``QImage`` of the asked width (a ``QImage``, unlike a
``QPixmap``, may be made off the GUI thread). ``front_page_text`` is the same page as
plain text, the picture's accessible description (and what a screen reader reads).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from clinicdesk.domain.enums import Function
from clinicdesk.services.guides.screens.front import front_page_pdf


def pdf_page_image(data: bytes, width_px: int) -> QImage:
    """The first page of the PDF ``data`` as an image ``width_px`` wide (null when it cannot be read)."""
    raw = QByteArray(data)
    buffer = QBuffer()
    buffer.setData(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)  # from a device: read at once, no return value (see error())
        if document.error() != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return QImage()
        size = document.pagePointSize(0)
        height_px = max(1, round(width_px * size.height() / size.width()))
        return document.render(0, QSize(width_px, height_px))
    finally:
        document.close()
        buffer.close()


def render_front_page(page, width_px: int, device_ratio: float = 1.0) -> QImage:
    """The front page ``page`` (a ``FrontPage``) drawn ``width_px`` device-independent pixels wide."""
    image = pdf_page_image(front_page_pdf(page).data, max(1, round(width_px * device_ratio)))
    image.setDevicePixelRatio(device_ratio)
    return image


def function_labels() -> dict[Function, str]:
    return {Function.ECONSULT: QCoreApplication.translate("SettingsDialog", "E-konsultation"),
            Function.RENEWAL: QCoreApplication.translate("SettingsDialog", "Receptfornyelse"),
            Function.BOOKING: QCoreApplication.translate("SettingsDialog", "Tidsbestilling")}


def front_page_text(page) -> str:
    """Everything the picture shows (and whether sign-up is open), as lines of plain text."""
    labels = function_labels()
    lines = [page.display_name, QCoreApplication.translate("SettingsDialog", "Portallink") + ": " + page.portal_link]
    if page.holiday_message:
        lines.append(QCoreApplication.translate("SettingsDialog", "Feriebesked") + ": " + page.holiday_message)
    for fn in Function:
        state = QCoreApplication.translate("SettingsDialog", "åben") if page.is_open(fn) else QCoreApplication.translate("SettingsDialog", "lukket")
        lines.append(f"{labels[fn]} – {state}")
    lines.append(QCoreApplication.translate("SettingsDialog", "Tilmelding via portalen er åben.") if page.signup_open
                 else QCoreApplication.translate("SettingsDialog", "Tilmelding via portalen er lukket."))
    lines.append(QCoreApplication.translate("SettingsDialog", "Behandlere") + ":")
    for p in page.providers:
        fns = ", ".join(labels[fn] for fn in Function if fn in p.open_functions) or QCoreApplication.translate("SettingsDialog", "ingen funktioner")
        lines.append(f"{p.label}: {fns}")
    if not page.providers:
        lines.append(QCoreApplication.translate("SettingsDialog", "ingen behandlere"))
    return "\n".join(lines)
