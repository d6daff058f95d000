"""Every window and dialog an administrator can reach speaks one language (issue 13, item 3).

The walk opens, as an administrator of the demo practice, the login dialog, the first-start
dialog and every page of the setup wizard, the main window (menus, the inbox with an item of
each kind open), every Filer entry (Find patient with the reason asked and the patient card's
every tab, new patient, import, staff, calendar, stock phrases, settings, the log of lookups),
every Hjælp entry (shortcuts, guides, about) and the lock screen. It collects the texts a
user reads as interface: window titles, labels, buttons, group boxes, tabs, table headers,
menus and actions, combo-box entries, placeholders and tooltips. Widgets holding data (the
patient's and the clinic's own texts: edits, text areas, table cells, lists) are left out, so
names such as "Lægerne i Søndergade" stay as they are.

Under English no Danish marker word may show; under Danish no English one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QDialog, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QMenu, QSpinBox, QTabBar, QTabWidget, QTextBrowser, QWidget, QWizard,
)

from clinicdesk.demo import DEMO_PASSWORD
from clinicdesk.services.inbox.types import KIND_FOLDERS, Folder
from tests.gui.inbox_gui_helpers import inbox_db, inbox_db_path, inbox_template  # noqa: F401 - fixtures
from tests.gui.window_helpers import open_main_window

# Whole words, case-sensitive: common Danish words that no English interface text has, and
# that the demo practice's names (clinics, staff, patients, pharmacies) do not contain.
DANISH_MARKERS = frozenset("""
    og ikke eller med af på er til skal kan der den det som ved hvis eller når efter
    Gem Luk Annullér Annuller Fortryd Søg Ja Nej Tilbage Næste Udfør Afslut Hjælp Filer Vis
    patienten Patienten patienter Patienter klinik klinikken Klinikken Indbakke Indbakken
    Afsluttede Behandles Tilmelding Receptfornyelse fornyelse Tidsbestilling besked beskeder
    vedhæftet Læge Læger sekretær Sekretær Sygeplejerske Adgangskode adgangskode Brugernavn
    Indstillinger Personale Kalender Standardtekster Vejledning Vejledninger Udskriv Opret Slet
    Tilføj Fjern Vælg Navn Ugedag Aftale Aftaler Ledig Dato Begrundelse Ferie Lukkedage Historik
    Kommunikation Stamdata Tastaturgenveje Velkommen Alle Nye Ny Mappe Haster haster Markér markering
""".split())
# English words that have no place in the Danish interface ("OK", "PDF", "CSV", "MitID",
# "E-mail" and "Status" are Danish too; "for" and "to" are Danish words).
ENGLISH_MARKERS = frozenset("""
    the and of with Save Cancel Close Open Search Settings Yes No Apply Help File Edit View Print
    Delete Remove Add New Back Next Finish Done Error Warning Password Username Inbox Patient
    patient please Please Calendar Staff Phrases Guide Guides Log Welcome Lock Unlock Name
""".split()) - {"Log", "Patient", "patient"}  # "Log ind", "Patient" and "patient" are Danish as well
ENGLISH_PHRASES = ("Patient card", "Log in", "Sign out", "Stock phrases")

# objectNames of labels and combo boxes that show data (names, subjects, addresses, counts of data)
DATA_WIDGETS = frozenset({
    "welcomeText",  # "… at Lægerne i Søndergade as …": the clinic's name inside a translated sentence
    "auditPatient",
    # providers by name and their own title ("Praktiserende læge" is the clinic's text)
    "providerFilter", "dayProvider", "scheduleProvider", "dayOffProvider",
    "bookingInfo",  # the patient's own comment and the clinic's appointment type between the labels
    "renewalInfo",  # the pharmacy's name and address and the patient's own comment between the labels
    "urgentLabel",  # the patient's own words that caused the flag, inside a translated sentence
})

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉé]+")


@dataclass(frozen=True)
class Found:
    window: str
    widget: str
    text: str


class Walk:
    """Collects (window, widget, text) of interface texts."""

    def __init__(self):
        self.texts: list[Found] = []
        self.windows: list[str] = []

    def add(self, window: str, widget: str, text: str) -> None:
        text = (text or "").replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if text:
            self.texts.append(Found(window, widget, text))

    def collect(self, window: str, root: QWidget, *, visible_only: bool = True) -> None:
        self.windows.append(window)
        self.add(window, "windowTitle", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            if visible_only and w is not root and not w.isVisibleTo(root):
                continue
            if _is_data(w):
                continue
            name = w.objectName() or type(w).__name__
            if w.toolTip():
                self.add(window, name + ".toolTip", w.toolTip())
            if isinstance(w, QLabel):
                self.add(window, name, _plain(w.text()))
            elif isinstance(w, QAbstractButton):
                self.add(window, name, w.text())
            elif isinstance(w, QGroupBox):
                self.add(window, name, w.title())
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.add(window, f"{name}[{i}]", w.tabText(i))
            elif isinstance(w, QHeaderView) and w.model() is not None:
                for c in range(w.count()):
                    if not w.isSectionHidden(c):
                        self.add(window, f"{name}[{c}]", str(w.model().headerData(c, w.orientation()) or ""))
            elif isinstance(w, QComboBox) and not w.isEditable():
                for i in range(w.count()):
                    self.add(window, f"{name}[{i}]", w.itemText(i))
            elif isinstance(w, QLineEdit):
                self.add(window, name + ".placeholder", w.placeholderText())
            elif isinstance(w, QSpinBox):
                self.add(window, name + ".special", w.specialValueText())
                self.add(window, name + ".suffix", w.suffix())
            elif isinstance(w, QTextBrowser) and w.objectName() in INTERFACE_BROWSERS:
                self.add(window, name, w.toPlainText())
            elif isinstance(w, QMenu):
                self.menu(window, w)

    def menu(self, window: str, menu: QMenu) -> None:
        self.add(window, "menu", menu.title())
        for a in menu.actions():
            if a.menu() is not None:
                self.menu(window, a.menu())
            elif not a.isSeparator():
                self.add(window, "action " + (a.objectName() or ""), a.text())
                self.add(window, "action.toolTip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else "")

    def collect_wizard(self, window: str, wizard: QWizard) -> None:
        for pid in wizard.pageIds():
            page = wizard.page(pid)
            self.add(window, f"page {pid} title", page.title())
            self.add(window, f"page {pid} subTitle", page.subTitle())
            self.collect(f"{window} page {pid}", page, visible_only=False)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.add(window, f"button {which.name}", wizard.buttonText(which))

    def offending(self, markers: frozenset[str], phrases=(), data=()) -> list[tuple[str, str, str]]:
        """Texts holding a marker word; ``data``: strings that are the clinic's own data (a provider's
        title such as "Praktiserende læge"), left out. Placeholders ({fornavn}) are what a user types,
        and "Min Læge" is the national app's name: both are the same in every language."""
        bad = []
        for f in self.texts:
            text = re.sub(r"\{[^}]*\}", " ", f.text).replace("Min Læge", " ")
            for d in data:
                text = text.replace(d, " ")
            words = set(_WORD.findall(text))
            if words & markers or any(re.search(r"\b" + re.escape(p) + r"\b", text) for p in phrases):
                bad.append((f.window, f.widget, f.text))
        return sorted(set(bad))


INTERFACE_BROWSERS = frozenset({"shortcutsText"})


def _plain(text: str) -> str:
    """A rich-text label's words (no tags, no entities)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if "<" in text else text


def _is_data(w: QWidget) -> bool:
    return w.objectName() in DATA_WIDGETS or (w.parent() is not None and w.parent().objectName() in DATA_WIDGETS)


# ---------------------------------------------------------------------------- driving the program
def _settle(qtbot, ms: int = 50) -> None:
    from clinicdesk.views.worker import wait_for_all

    wait_for_all()
    qtbot.wait(ms)
    wait_for_all()
    QApplication.processEvents()


def _new_windows(before: set) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w not in before and not isinstance(w, QMenu) and w.windowTitle() != ""
            or (w.isVisible() and w not in before and isinstance(w, QDialog))]


def _open_by(qtbot, trigger) -> QWidget:
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    trigger()
    qtbot.waitUntil(lambda: bool(_new_windows(before)), timeout=10000)
    _settle(qtbot)
    return _new_windows(before)[-1]


def _walk_tabs(qtbot, walk: Walk, name: str, root: QWidget) -> None:
    walk.collect(name, root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            _settle(qtbot)
            walk.collect(f"{name} / {tabs.tabText(i).replace('&', '')}", tabs.widget(i))


def _close(qtbot, w: QWidget) -> None:
    if isinstance(w, QDialog):
        w.done(QDialog.DialogCode.Rejected)
    else:
        w.close()
    _settle(qtbot, 10)


def _walk_everything(qtbot, world, tmp_path) -> Walk:
    """``world``: the database and the demo password (the inbox practice: items of every kind)."""
    from clinicdesk.views.login_dialog import LoginDialog
    from clinicdesk.views.setup.first_start import FirstStartDialog
    from clinicdesk.views.setup.wizard import SetupWizard

    walk = Walk()
    # before anyone is signed in
    login = LoginDialog(world.db, list(world.clinic_names))
    qtbot.addWidget(login)
    login.open()
    qtbot.waitExposed(login)
    walk.collect("login", login)
    login.done(QDialog.DialogCode.Rejected)
    first = FirstStartDialog()
    qtbot.addWidget(first)
    first.open()
    walk.collect("first start", first)
    first.done(QDialog.DialogCode.Rejected)
    wizard = SetupWizard(world.db)
    qtbot.addWidget(wizard)
    wizard.open()
    _settle(qtbot)
    walk.collect_wizard("setup wizard", wizard)
    wizard.done(QDialog.DialogCode.Rejected)

    # the main window as an administrator
    win = open_main_window(qtbot, world, tmp_path, "admin")
    _settle(qtbot)
    for a in win.menuBar().actions():
        if a.menu() is not None:
            walk.menu("main window", a.menu())
    inbox = win.page("inbox")
    win.show_page("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=10000)
    _settle(qtbot)
    walk.collect("main window", win)
    for folder in (Folder.ECONSULT, Folder.RENEWAL, Folder.BOOKING, Folder.SIGNUP):
        inbox.folders.select_folder(folder)
        qtbot.waitUntil(lambda: inbox.model.rowCount() > 0
                        and all(r.kind == KIND_FOLDERS[folder] for r in inbox.model.rows()), timeout=10000)
        item = inbox.model.rows()[0]
        inbox.table.setFocus()
        inbox.table.setCurrentIndex(inbox.model.index(0, 0))
        qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: inbox.detail.current is not None
                        and inbox.detail.current.detail.id == item.id, timeout=10000)
        _settle(qtbot)
        walk.collect(f"inbox: {item.kind.value}", win)

    # Filer: every dialog
    skip = {win.lock_action, win.sign_out_action, win.quit_action}
    entries = [a for a in win.file_menu.actions()
               if not a.isSeparator() and a.menu() is None and a not in skip and a.isEnabled()]
    assert len(entries) >= 8, [a.text() for a in entries]
    for action in entries:
        label = action.text().replace("&", "")
        if action.objectName() == "findPatientAction":
            _find_patient(qtbot, walk, win, action, label)
            continue
        dlg = _open_by(qtbot, action.trigger)
        _walk_tabs(qtbot, walk, label, dlg)
        _close(qtbot, dlg)

    # Hjælp
    for opener, name in ((win.show_shortcuts, "shortcuts"), (win.show_patient_guides, "guides"),
                         (win.show_about, "about")):
        dlg = _open_by(qtbot, opener)
        walk.collect(name, dlg)
        _close(qtbot, dlg)

    # the lock screen
    win.lock()
    _settle(qtbot)
    walk.collect("lock screen", win.lock_page)
    return walk


def _find_patient(qtbot, walk: Walk, win, action, label: str) -> None:
    search = _open_by(qtbot, action.trigger)
    walk.collect(label, search)
    qtbot.keyClicks(search.term, _a_patient_surname(win))
    qtbot.keyClick(search.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results.count() > 0 or not _shown(search), timeout=10000)
    _settle(qtbot)
    walk.collect(label + " (results)", search) if _shown(search) else None
    reason = _open_by(qtbot, lambda: qtbot.keyClick(search.results if _shown(search) else search.term,
                                                    Qt.Key.Key_Return))
    walk.collect("lookup reason", reason)
    card = _open_by(qtbot, lambda: qtbot.keyClick(reason, Qt.Key.Key_1))
    qtbot.waitUntil(lambda: getattr(card, "card", None) is not None, timeout=10000)
    _walk_tabs(qtbot, walk, "patient card", card)
    if hasattr(card, "history_tab"):
        _settle(qtbot, 200)
        walk.collect("patient card / history", card.history_tab)
    _close(qtbot, card)
    if _shown(search):
        _close(qtbot, search)


def _shown(w) -> bool:
    return shiboken6.isValid(w) and w.isVisible()


def _a_patient_surname(win) -> str:
    from sqlalchemy import select

    from clinicdesk.models import ClinicPatient, Patient

    with win.db.session() as s:
        name = s.execute(select(Patient.last_name).join(ClinicPatient, ClinicPatient.patient_id == Patient.id)
                         .where(ClinicPatient.clinic_id == win.actor.clinic_id).limit(1)).scalar_one()
    return name


def _provider_titles(db) -> tuple[str, ...]:
    """The providers' own titles ("Praktiserende læge"): the clinic's data, shown as written."""
    from sqlalchemy import select

    from clinicdesk.models import Provider

    with db.session() as s:
        return tuple(sorted({t for t in s.scalars(select(Provider.title)) if t}, key=len, reverse=True))


@dataclass(frozen=True)
class Practice:
    db: object
    clinic_names: tuple
    password: str = DEMO_PASSWORD


@pytest.fixture
def practice(inbox_db):  # noqa: F811 - the fixture imported above
    from clinicdesk.services import auth

    return Practice(inbox_db, tuple(c.name for c in auth.list_clinics(inbox_db)))


@pytest.fixture
def english(qapp, _danish_like_the_app):
    """The app as started with --lang en: the English translators only (not on top of the Danish
    ones the GUI tests run with: Qt's Danish key names would show through)."""
    from clinicdesk.app import install_translations

    for t in _danish_like_the_app:
        qapp.removeTranslator(t)
    translators = install_translations(qapp, "en")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    for t in _danish_like_the_app:
        qapp.installTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def test_english_walk_shows_no_danish_word(qtbot, practice, tmp_path, english):
    walk = _walk_everything(qtbot, practice, tmp_path)
    assert len(walk.windows) >= 20 and len(walk.texts) > 300, walk.windows
    bad = walk.offending(DANISH_MARKERS, data=_provider_titles(practice.db))
    assert bad == [], f"{len(bad)} Danish texts under English:\n" + "\n".join(map(repr, bad))


def test_danish_walk_shows_no_english_word(qtbot, practice, tmp_path):
    walk = _walk_everything(qtbot, practice, tmp_path)
    assert len(walk.windows) >= 20 and len(walk.texts) > 300, walk.windows
    bad = walk.offending(ENGLISH_MARKERS, ENGLISH_PHRASES)
    assert bad == [], f"{len(bad)} English texts under Danish:\n" + "\n".join(map(repr, bad))


def test_the_booking_day_reads_english_under_english(qtbot, inbox_db, english):  # noqa: F811
    """The day table's "What" column comes from the service ("Ledig", "Ønsket tid"): tables are left
    out of the walks as data, so this one is checked by name."""
    from clinicdesk.domain.enums import ItemKind
    from clinicdesk.views.inbox import InboxView
    from tests.gui.inbox_gui_helpers import actor_for, first_row, open_row

    view = InboxView(inbox_db, actor_for(inbox_db, "laege"), poll_ms=200)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    open_row(qtbot, view, first_row(view, ItemKind.BOOKING))
    pane = view.detail.booking
    qtbot.waitUntil(lambda: pane.day_model.rowCount() > 0, timeout=10000)
    what = {pane.day_model.item(r, 1).text() for r in range(pane.day_model.rowCount())}
    assert what and not what & {"Ledig", "Ønsket tid", "Optaget", "Aftale"}, what
    view.stop()
