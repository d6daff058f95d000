"""The preview of the portal's front page beside the tabs.

``PreviewPane.show_page`` draws a ``services.front_page.FrontPage`` (computed by
``clinic_settings.preview_front_page`` from the unsaved values) as HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from clinicdesk.domain.enums import Function


class PreviewPane(QWidget):
    WIDTH = 320

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMaximumWidth(self.WIDTH)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("portalPreview")
        self.browser.setMinimumWidth(300)
        self.browser.setMaximumWidth(self.WIDTH)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate(
            "SettingsDialog", "<b>Forhåndsvisning</b> – sådan ser portalens forside ud, når du gemmer"), self)
        title.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(self.browser)

    def show_page(self, page) -> None:
        translate = QCoreApplication.translate
        labels = {Function.ECONSULT: translate("SettingsDialog", "E-konsultation"),
                  Function.RENEWAL: translate("SettingsDialog", "Receptfornyelse"),
                  Function.BOOKING: translate("SettingsDialog", "Tidsbestilling")}
        link_word = translate("SettingsDialog", "Portallink")
        providers_word = translate("SettingsDialog", "Behandlere")
        html = [f"<h2>{escape(page.display_name)}</h2>",
                f"<p style='color:#555'>{escape(link_word)}: {escape(page.portal_link)}</p>"]
        if page.holiday_message:
            html.append(f"<p style='background:#fff3cd;padding:6px'>{escape(page.holiday_message)}</p>")
        closed_word = translate("SettingsDialog", "lukket")
        html.append("<ul>")
        for fn in Function:
            if page.is_open(fn):
                html.append(f"<li>✔ {escape(labels[fn])}</li>")
            else:
                html.append(f"<li style='color:#888'>✖ {escape(labels[fn])} – {escape(closed_word)}</li>")
        html.append("</ul>")
        html.append("<p>" + escape(translate("SettingsDialog", "Tilmelding via portalen er åben.") if page.signup_open
                                   else translate("SettingsDialog", "Tilmelding via portalen er lukket.")) + "</p>")
        html.append(f"<h3>{escape(providers_word)}</h3><ul>")
        for p in page.providers:
            fns = ", ".join(labels[fn] for fn in Function if fn in p.open_functions) or translate(
                "SettingsDialog", "ingen funktioner")
            html.append(f"<li><b>{escape(p.label)}</b><br><span style='color:#555'>{escape(fns)}</span></li>")
        html.append("</ul>")
        self.browser.setHtml("".join(html))
