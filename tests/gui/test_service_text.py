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


def test_a_lower_cased_setting_noun_is_translated_then_lower_cased(qapp):
    """'Udfyld {what}.' names a required setting by its noun, lower-cased: the Danish stays as it was,
    and under English the noun is translated first and then gets a small first letter (not all small)."""
    from types import SimpleNamespace

    import pytest

    from clinicdesk.services.clinic_settings.validate import validate_clinic

    clinic = SimpleNamespace(booking_min_notice_days=1, booking_max_horizon_days=60)
    with pytest.raises(ValidationError) as info:
        validate_clinic(clinic, {"display_name": "   "})
    msg = info.value.message
    assert msg == "Udfyld navnet på portalen." and info.value.details["field"] == "display_name"
    assert msg.template == "Udfyld {what}." and msg.params["what"].template == "Navnet på portalen"
    assert service_text(msg) == "Udfyld navnet på portalen."  # Danish on screen as before
    tr = _english(qapp, {"Udfyld {what}.": "Fill in {what}.", "Navnet på portalen": "The Portal name"})
    try:
        assert error_text(info.value) == "Fill in the Portal name."  # first letter only: 'Portal' keeps its capital
        with pytest.raises(ValidationError) as too_long:
            validate_clinic(clinic, {"display_name": "x" * 201})
        assert error_text(too_long.value) == "The Portal name må højst være 200 tegn."  # the noun is translated
    finally:
        qapp.removeTranslator(tr)


def test_lower_and_upper_first_keep_the_danish_string_and_translate():
    word = say("Godkendt")
    assert word.lower() == "godkendt" and word.lower().template == "Godkendt"
    assert say("godkendt").upper_first() == "Godkendt"
    assert say("CPR-nummeret").lower() == "cpr-nummeret"  # the str is str.lower(), as before
    import pytest

    with pytest.raises(TypeError):
        say("{n} dage").lower().format(n=2)  # format first, then change the case


def test_cased_text_under_english(qapp):
    tr = _english(qapp, {"CPR-nummeret": "CPR number", "godkendt": "approved"})
    try:
        assert service_text(say("CPR-nummeret").lower()) == "CPR number"  # an abbreviation keeps its capitals
        assert service_text(say("godkendt").upper_first()) == "Approved"
        assert service_text(say("Linje {n} er {status}.").format(n=2, status=say("godkendt"))) == "Linje 2 er approved."
    finally:
        qapp.removeTranslator(tr)


def test_the_log_viewers_words_show_in_english(qapp):
    """The Detaljer and Hvorfor columns (services.audit_words): Danish as before, English under a translator,
    also for the word-by-word forms (key=value details and joined lists)."""
    from clinicdesk.services.audit_words import context_text, detail_text

    declined = detail_text("decide_booking", "item 12 declined")
    staff = detail_text("create_staff", "staff=3 role=admin (first administrator)")
    contact = detail_text("edit_patient", "contact changed: email, mobile")
    why = context_text("inbox:12", "econsult")
    assert declined == "Henvendelse #12 afvist"
    assert staff == "Medarbejder #3 rolle Administrator (første administrator)"
    assert contact == "Kontaktoplysninger ændret: e-mail, mobil"
    assert why == "Indbakke: E-konsultation #12"
    assert detail_text("x", "approved") == "Godkendt"
    tr = _english(qapp, {"Henvendelse #{item} {status}": "Item #{item} {status}", "afvist": "declined",
                         "medarbejder": "staff member", "rolle": "role", "(første administrator)": "(first administrator)",
                         "Kontaktoplysninger ændret: {fields}": "Contact details changed: {fields}",
                         "mobil": "mobile", "Indbakke: {kind} #{item}": "Inbox: {kind} #{item}",
                         "E-konsultation": "E-consultation", "godkendt": "approved"})
    try:
        assert service_text(declined) == "Item #12 declined"
        assert service_text(staff) == "Staff member #3 role Administrator (first administrator)"
        assert service_text(contact) == "Contact details changed: e-mail, mobile"
        assert service_text(why) == "Inbox: E-consultation #12"
        assert service_text(detail_text("x", "approved")) == "Approved"
    finally:
        qapp.removeTranslator(tr)


def test_an_exception_that_is_not_a_domain_error_never_shows_its_own_text(qapp):
    text = error_text(ValueError("Jeg har ondt i brystet (Mette 010190-1234)"))
    assert "brystet" not in text and "010190" not in text and text.startswith("Der opstod en uventet fejl")


def test_error_text_says_the_domain_message_else_what_the_caller_was_doing():
    """One home for "the domain error's words, else the caller's own sentence" (ten views wrote
    ``error_text(exc) if isinstance(exc, ClinicDeskError) else …`` themselves)."""
    from clinicdesk.domain.errors import ValidationError
    from clinicdesk.views.service_text import error_text

    refused = ValidationError("Navnet mangler.", code="x")
    assert error_text(refused, "Standardteksterne kunne ikke gemmes.") == "Navnet mangler."
    assert error_text(RuntimeError("SELECT … 010190-1234"), "Standardteksterne kunne ikke gemmes.") == \
        "Standardteksterne kunne ikke gemmes."
    assert error_text(RuntimeError("SELECT … 010190-1234")).startswith("Der opstod en uventet fejl.")
