"""The login, card, staff, calendar and audit views show what the services say in the user's
language, and counts with the language's own plural (issue 13, items 3 and 4).

A stand-in translator (what the lead's English .qm will hold) proves the views ask Qt for
every such text: before, they showed the service's Danish ``exc.message`` as it was and built
"%1 linjer" by hand, so English never reached the screen and Danish said "1 linjer".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from clinicdesk.domain.enums import Role
from clinicdesk.domain.errors import LoginFailed, ValidationError
from clinicdesk.domain.messages import say


class _Stand_in(QTranslator):  # noqa: N801
    """Translates ``entries`` in every context; a tuple is (one, many) for a %n text."""

    def __init__(self, entries: dict):
        super().__init__()
        self.entries = entries

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        found = self.entries.get(source, "")
        if isinstance(found, tuple):
            return found[0] if n == 1 else found[1]
        return found

    def isEmpty(self):  # noqa: N802
        return False


@pytest.fixture
def translate_as(qapp):
    installed = []

    def _install(entries: dict):
        tr = _Stand_in(entries)
        qapp.installTranslator(tr)
        installed.append(tr)

    yield _install
    for tr in installed:
        qapp.removeTranslator(tr)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def test_a_failed_login_is_told_in_english(qtbot, world, translate_as):
    from clinicdesk.views.login_dialog import LoginDialog

    translate_as({LoginFailed.default_message.template: "Login failed. Check your user name and password."})
    dlg = LoginDialog(world.db, [world.clinic_a.name])
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.keyClicks(dlg.username_edit, world.single)
    qtbot.keyClicks(dlg.password_edit, "forkert")
    qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.error_message == "Login failed. Check your user name and password."


def test_role_and_action_labels_follow_the_services_marking(qapp, translate_as):
    """A label the view has no list entry for is still translated through the service's say()."""
    from clinicdesk.views.audit_log_dialog import action_text
    from clinicdesk.views.labels import role_label

    assert role_label(Role.RECEPTIONIST) == "Sekretær"
    translate_as({"Sekretær": "Receptionist", "Vist liste med patienter": "Showed a list of patients"})
    assert role_label(Role.RECEPTIONIST) == "Receptionist"
    assert action_text(say("Vist liste med patienter")) == "Showed a list of patients"


def test_the_card_shows_a_refusal_in_english(qapp, translate_as):
    from clinicdesk.views.patient_card.common import error_text

    exc = ValidationError(say("Navnet må højst være {n} tegn.").format(n=100))
    assert error_text(exc) == "Navnet må højst være 100 tegn."
    translate_as({"Navnet må højst være {n} tegn.": "The name can be at most {n} characters."})
    assert error_text(exc) == "The name can be at most 100 characters."


def test_calendar_counts_use_the_plural_forms(qapp, translate_as):
    from clinicdesk.views.calendar.texts import horizon_suffix, new_slots_text, notice_suffix, removed_text

    translate_as({"%n nye ledige tider": ("%n ny ledig tid", "%n nye ledige tider"),
                  "%n dage frem": ("%n dag frem", "%n dage frem"), "%n timer før": ("%n time før", "%n timer før"),
                  "%n fjernet": ("%n fjernet", "%n fjernet")})
    assert (new_slots_text(1), new_slots_text(12)) == ("1 ny ledig tid", "12 nye ledige tider")
    assert (horizon_suffix(1), horizon_suffix(60)) == (" dag frem", " dage frem")
    assert (notice_suffix(1), notice_suffix(24)) == (" time før", " timer før")
    assert removed_text(3) == "3 fjernet"


def test_the_horizon_spin_box_says_one_day(qtbot, world, translate_as):
    from clinicdesk.services import auth
    from clinicdesk.views.calendar.types_tab import TypesTab

    translate_as({"%n dage frem": ("%n day ahead", "%n days ahead")})
    res = auth.login(world.db, "admin", world.password)
    actor = res.actor_for(res.memberships[0].clinic_id)
    tab = TypesTab(world.db, actor)
    qtbot.addWidget(tab)
    tab.horizon.setFocus()
    tab.horizon.setValue(2)
    qtbot.keyClick(tab.horizon, Qt.Key.Key_Down)
    assert tab.horizon.text() == "1 day ahead"
    qtbot.keyClick(tab.horizon, Qt.Key.Key_Up)
    assert tab.horizon.text() == "2 days ahead"
