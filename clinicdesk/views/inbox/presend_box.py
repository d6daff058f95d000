"""The box that shows the check before Send (``services.safety.presend``), shared by the answer
pane and the new-message dialog: its look, its words, and what it says when the check could not
run. The first Send of a text checks it; a second Send of the same text sends. A check that failed
(the database busy or gone) is said so, with what is wrong: the text is never sent unchecked
without the user knowing, and a second Send sends it anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from clinicdesk.views.fitted_label import FittedLabel
from clinicdesk.views.fault_cause import fault_cause
from clinicdesk.views.service_text import service_text
from clinicdesk.views.tones import set_tone



def make_box(parent: QWidget) -> QLabel:
    """The hidden box (plain text: the warnings may quote what the user wrote), as tall as its
    lines: a wrapped label let the pane squeeze it, and at 1366×768 its first and last lines
    ("Tryk Send igen …") were cut off."""
    box = FittedLabel("", parent)
    box.setObjectName("presendWarnings")
    set_tone(box, "notice")  # the scheme's notice colours (light and dark)
    box.hide()
    return box


def show_warnings(box: QLabel, lead: str, warnings) -> None:
    """``lead`` ("Tjek svaret, før det sendes:"), a line per warning, and how to send anyway."""
    lines = [lead] + [f"• {service_text(w.text)}" for w in warnings]
    lines.append(QCoreApplication.translate("PresendBox", "Tryk Send igen for at sende alligevel."))
    box.setText("\n".join(lines))
    box.show()


def show_check_failed(box: QLabel, exc: BaseException) -> None:
    """The check could not run: say so and why; a second Send sends without it."""
    box.setText("\n".join((
        QCoreApplication.translate("PresendBox", "Tjekket før afsendelse kunne ikke gennemføres, så teksten er ikke sendt:"),
        fault_cause(exc),  # (a short cause: the fault's own message speaks of a save)
        QCoreApplication.translate("PresendBox", "Tryk Send igen for at sende uden tjekket."),
    )))
    box.show()


def clear(box: QLabel) -> None:
    box.clear()
    box.hide()
