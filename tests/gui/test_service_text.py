"""Service messages (no Qt below the views) are shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say
from clinicdesk.views.service_text import error_text, service_text


def _english(qapp, entries: dict[str, str]):
    """A translator holding ``entries`` under the empty context (what lupdate makes of say())."""
    from pathlib import Path
    import subprocess
    import sys
    import tempfile

    tmp = Path(tempfile.mkdtemp())
    msgs = "".join(f"<message><source>{k}</source><translation>{v}</translation></message>" for k, v in entries.items())
    (tmp / "t.ts").write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en_GB">'
                              f"<context><name></name>{msgs}</context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(tmp / "t.ts"), "-qm", str(tmp / "t.qm")], check=True, capture_output=True)
    tr = QTranslator(qapp)
    assert tr.load(str(tmp / "t.qm"))
    qapp.installTranslator(tr)
    return tr


def test_a_marked_message_is_danish_as_a_string_and_english_on_screen(qapp):
    text = say("Navnet må højst være {n} tegn.").format(n=100)
    assert text == "Navnet må højst være 100 tegn."  # services, logs of codes and tests see Danish
    assert service_text(text) == "Navnet må højst være 100 tegn."  # no English loaded: Danish
    tr = _english(qapp, {"Navnet må højst være {n} tegn.": "The name can be at most {n} characters.",
                         "Ret det, og gem igen.": "Correct it and save again."})
    try:
        assert service_text(text) == "The name can be at most 100 characters."
        joined = text + " " + say("Ret det, og gem igen.")
        assert joined == "Navnet må højst være 100 tegn. Ret det, og gem igen."
        assert service_text(joined) == "The name can be at most 100 characters. Correct it and save again."
        exc = ValidationError(joined, code="too_long")
        assert error_text(exc) == "The name can be at most 100 characters. Correct it and save again."
        assert error_text(ValidationError("Ikke markeret.")) == "Ikke markeret."  # plain text as it is
    finally:
        qapp.removeTranslator(tr)


def test_a_translation_that_lost_a_parameter_shows_the_danish(qapp):
    tr = _english(qapp, {"Der er {n} fejl.": "There are errors."})  # {n} is missing: still fine
    try:
        assert service_text(say("Der er {n} fejl.").format(n=3)) == "There are errors."
    finally:
        qapp.removeTranslator(tr)
    tr = _english(qapp, {"Der er {n} fejl.": "There are {count} errors."})  # a wrong name
    try:
        assert service_text(say("Der er {n} fejl.").format(n=3)) == "Der er 3 fejl."
    finally:
        qapp.removeTranslator(tr)
