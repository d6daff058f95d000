"""English is the second language: every string the inbox shows has a translation."""

from pathlib import Path

from PySide6.QtWidgets import QApplication

from clinicdesk.app import install_translations
from clinicdesk.views.inbox import shortcuts as sc

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "clinicdesk_en.ts"
TS_DA = TS.with_name("clinicdesk_da.ts")


def test_no_unfinished_english_entries():
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_every_danish_plural_has_its_forms():
    """Danish is the source language, but "%n konflikt(er)" needs "1 konflikt" / "2 konflikter"."""
    text = TS_DA.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<numerusform></numerusform>" not in text


def test_danish_plurals_read_as_danish(qapp):
    from PySide6.QtCore import QCoreApplication

    one = QCoreApplication.translate("BookingPane", "%n konflikt(er) med den ønskede tid.", "", 1)
    two = QCoreApplication.translate("BookingPane", "%n konflikt(er) med den ønskede tid.", "", 2)
    assert (one, two) == ("1 konflikt med den ønskede tid.", "2 konflikter med den ønskede tid.")


def test_inbox_shortcut_list_is_english_under_lang_en(qapp):
    translators = install_translations(QApplication.instance(), "en")
    try:
        labels = {s.text: s.label for s in sc.SHORTCUTS}
        assert labels["Mappe: Nye"] == "Folder: New"
        untranslated = [da for da, shown in labels.items() if da == shown]
        assert untranslated == []
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_no_text_was_extracted_as_its_own_context():
    """A module-level ``tr = QCoreApplication.translate`` makes lupdate read the context as the text
    ("SettingsDialog" to translate, the real text lost): call QCoreApplication.translate directly."""
    import xml.etree.ElementTree as ET

    root = ET.parse(TS).getroot()
    contexts = {c.findtext("name") or "" for c in root.iter("context")}
    wrong = [m.findtext("source") for m in root.iter("message") if m.findtext("source") in contexts - {""}]
    assert wrong == []


def test_every_plural_translation_has_whole_forms():
    """Each plural form is a whole text with %n ("%n items"), not the letters of one ("%", "n")."""
    import xml.etree.ElementTree as ET

    broken = []
    for path in (TS, TS_DA):
        for msg in ET.parse(path).getroot().iter("message"):
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in msg.find("translation").findall("numerusform")]
                if len(forms) != 2 or not all("%n" in f or len(f) > 3 for f in forms):
                    broken.append((path.name, msg.findtext("source"), forms))
    assert broken == []


def test_english_plurals_read_as_english(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    translators = install_translations(QApplication.instance(), "en")
    try:
        assert QCoreApplication.translate("InboxView", "%n element(er)", "", 1) == "1 item"
        assert QCoreApplication.translate("InboxView", "%n element(er)", "", 20) == "20 items"
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)


def test_a_booking_days_weekday_is_in_the_users_language(qapp):
    """The booking pane said "Requested time: man 07.12.2026" under English."""
    from datetime import date

    from clinicdesk.views.inbox.formatting import day_label

    assert day_label(date(2026, 12, 7)) == "man 07.12.2026"
    translators = install_translations(QApplication.instance(), "en")
    try:
        assert day_label(date(2026, 12, 7)) == "Mon 07.12.2026"
    finally:
        for t in translators:
            QApplication.instance().removeTranslator(t)
