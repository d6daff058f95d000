"""The command line speaks Danish like the rest of the program: its help (every command's) and
argparse's own words (usage, headings, the message when something is missing)."""

from __future__ import annotations

import argparse
import re

import pytest

from clinicdesk.cli import build_parser, main

ENGLISH = re.compile(r"\b(the|and|with|from|default|usage|options|positional|arguments|show|this|help message|"
                     r"exit|file|user|action|command|required|error)\b", re.IGNORECASE)


def _all_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:  # (argparse keeps its subcommands here)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _all_parsers(sub)


def _prose(help_text: str) -> str:
    """The help without what is not prose: option names, URLs, examples and choices in braces."""
    text = re.sub(r"--?[\w-]+", " ", help_text)
    text = re.sub(r"\{[^}]*\}|https?://\S+|\S+@\S+|\S+\.(?:csv|pdf|toml)\b|\[[a-z_]+\]", " ", text)
    return text


def test_every_commands_help_is_danish():
    english = {}
    for parser in _all_parsers(build_parser()):
        found = sorted({m.group(0).lower() for m in ENGLISH.finditer(_prose(parser.format_help()))})
        if found:
            english[parser.prog] = found
    assert english == {}


def test_argparses_own_words_are_danish(capsys):
    with pytest.raises(SystemExit) as done:
        main(["staff", "add"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("brug: clinicdesk staff add")
    assert "clinicdesk staff add: fejl: disse skal angives: --as, --username, --name, --role" in err
    help_text = build_parser().format_help()
    assert help_text.startswith("brug: clinicdesk") and "\ntilvalg:\n" in help_text
    assert "-h, --help      vis denne hjælp, og afslut" in help_text
