"""Which patient guides exist, in which languages, and what each is called.

``WHICH`` and ``LANGS`` are the choices the command line and the viewer offer;
``check_args`` refuses anything else with a Danish message; ``guide_title`` is
the title in the page header and the PDF metadata.
"""

from __future__ import annotations

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.messages import say

WHICH = ("login", "functions")
LANGS = ("da", "en")
PDF_LANG = {"da": "da-DK", "en": "en-GB"}  # the PDF's /Lang tag


def check_args(which: str, lang: str) -> None:
    if which not in WHICH:
        raise ValidationError(say("Ukendt vejledning: {which}. Vælg 'login' eller 'functions'.").format(which=repr(which)),
                              code="bad_guide")
    if lang not in LANGS:
        raise ValidationError(say("Ukendt sprog: {lang}. Vælg 'da' eller 'en'.").format(lang=repr(lang)), code="bad_lang")


def guide_title(which: str, lang: str) -> str:
    return {
        ("login", "da"): "Patientportalen – Log ind",
        ("login", "en"): "Patient portal – Log in",
        ("functions", "da"): "Patientportalen – Funktioner",
        ("functions", "en"): "Patient portal – Functions",
    }[(which, lang)]
