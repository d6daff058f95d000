"""The preview of the portal's front page beside the tabs: a picture, and the same as text.

``PreviewPane.show_page`` takes a ``services.front_page.FrontPage`` (computed by
``clinic_settings.preview_front_page`` from the unsaved values). The text alternative
(``front_page_text``: the picture's accessible description, and ``toPlainText``) is set at
once; the picture is drawn by the guides' drawing code (``portal_picture.render_front_page``)
off the GUI thread, ``DEBOUNCE_MS`` after the last change, and only the newest one is shown.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from clinicdesk.views.settings.portal_picture import front_page_text, render_front_page
from clinicdesk.views.worker import run_in_background

DEBOUNCE_MS = 250


class PortalPicture(QLabel):
    """The drawn front page; its accessible description is the page as text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("portalPreview")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Forhåndsvisning af portalens forside"))
        self._text = ""
        self.image = QImage()

    def set_text_alternative(self, text: str) -> None:
        self._text = text
        self.setAccessibleDescription(text)

    def toPlainText(self) -> str:  # noqa: N802 (the Qt spelling, as QTextBrowser had it)
        """The page as text: what a screen reader reads."""
        return self._text

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.setPixmap(QPixmap.fromImage(image))


class PreviewPane(QWidget):
    WIDTH = 370
    PICTURE_W = 340  # device-independent pixels (the drawn window is 244 pt: about 1.4 px a point)

    rendered = Signal()  # a new picture is on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMaximumWidth(self.WIDTH)
        translate = QCoreApplication.translate
        self.picture = PortalPicture(self)
        self.area = QScrollArea(self)
        self.area.setObjectName("portalPreviewArea")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setMinimumWidth(self.PICTURE_W + 16)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signup = QLabel(self)
        self.signup.setObjectName("portalPreviewSignup")
        self.signup.setTextFormat(Qt.TextFormat.PlainText)
        self.signup.setWordWrap(True)
        inner = QWidget(self.area)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picture)
        column.addWidget(self.signup)  # not on the logged-in front page, but staff should see it
        column.addStretch(1)
        self.area.setWidget(inner)
        self.area.setAccessibleName(self.picture.accessibleName())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate(
            "SettingsDialog", "<b>Forhåndsvisning</b> – sådan ser portalens forside ud, når du gemmer"), self)
        title.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(self.area, 1)
        self._page = None
        self._latest = 0  # the number of the newest picture asked for
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render)

    def show_page(self, page) -> None:
        """Show ``page``: its text now, its picture soon (at once for the first one)."""
        self._page = page
        text = front_page_text(page)
        self.picture.set_text_alternative(text)
        self.area.setAccessibleDescription(text)
        translate = QCoreApplication.translate
        self.signup.setText(translate("SettingsDialog", "Tilmelding via portalen er åben.") if page.signup_open
                            else translate("SettingsDialog", "Tilmelding via portalen er lukket."))
        self._timer.start(0 if self.picture.image.isNull() else DEBOUNCE_MS)

    def _render(self) -> None:
        if self._page is None:
            return
        self._latest += 1
        run_in_background(render_front_page, self._page, self.PICTURE_W, self.devicePixelRatioF(),
                          on_done=partial(self._drawn, self._latest), on_error=partial(self._failed, self._latest),
                          context=self)

    def _drawn(self, number: int, image: QImage) -> None:
        if number != self._latest:
            return  # a newer picture is on its way
        if image.isNull():
            self._failed(number, None)
            return
        self.picture.set_image(image)
        self.rendered.emit()

    def _failed(self, number: int, _exc: BaseException | None) -> None:
        if number != self._latest:
            return
        self.picture.clear()
        self.picture.image = QImage()
        self.picture.setText(QCoreApplication.translate(
            "SettingsDialog", "Forhåndsvisningen kunne ikke tegnes. Teksten herunder viser indholdet.")
            + "\n\n" + self.picture.toPlainText())
