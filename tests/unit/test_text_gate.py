"""The one text gate: control characters, bidi controls, emoji by Unicode property, lengths."""

from __future__ import annotations

import pytest

from clinicdesk.services import text_gate
from clinicdesk.services.text_gate import TextRefused


@pytest.mark.parametrize("bad", ["før\x00efter", "a\x07b", "a\x1bb", "a\x85b", "a\x9bb"])
def test_control_characters_are_refused(bad):
    with pytest.raises(TextRefused) as exc:
        text_gate.check(bad, what="Beskeden", max_length=400)
    assert exc.value.code == "control_character"
    assert str(exc.value).startswith("Beskeden indeholder usynlige kontroltegn")


def test_lines_and_tabs_are_text():
    assert text_gate.check("Kære Ida\r\n\tTak for beskeden\r", max_length=400) == "Kære Ida\n\tTak for beskeden"
    with pytest.raises(TextRefused):
        text_gate.check_search("hansen\nsletmig")


@pytest.mark.parametrize("ch", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                                "\u2069"])
def test_bidi_controls_are_refused(ch):
    """A patient could make "05 mg" read "50 mg"."""
    with pytest.raises(TextRefused) as exc:
        text_gate.check(f"Jeg tager {ch}50{chr(0x202C)} mg", what="Beskeden", max_length=400)
    assert exc.value.code == "bidi_control"
    assert "skriveretningen" in str(exc.value)


@pytest.mark.parametrize("text", ["Tryk → Næste", "✓ taget", "Ventoline® 0,2 mg", "§ 42 a", "½ tablet", "5 €"])
def test_ordinary_symbols_are_not_emoji(text):
    assert text_gate.check(text, max_length=400, emoji=False) == text


@pytest.mark.parametrize("text", ["◽ hoste", "◾", "😀", "❤", "🇩🇰", "👍🏽", "©\ufe0f", "⌚"])
def test_emoji_are_found_by_their_unicode_property(text):
    with pytest.raises(TextRefused) as exc:
        text_gate.check(text, what="Beskeden", max_length=400, emoji=False)
    assert exc.value.code == "emoji"
    assert text_gate.check(text, max_length=400) == text  # where emoji are allowed


def test_every_field_has_a_length_limit_and_search_has_200():
    with pytest.raises(TextRefused) as exc:
        text_gate.check_search("x" * 25_000)
    assert exc.value.code == "too_long" and "højst være 200" in str(exc.value)
    assert text_gate.check_search("  hansen  ") == "hansen"
    with pytest.raises(TextRefused):
        text_gate.check("x" * (text_gate.MAX_STAFF_ANSWER + 1), max_length=text_gate.MAX_STAFF_ANSWER)


def test_required_text():
    with pytest.raises(TextRefused) as exc:
        text_gate.check("   ", what="Svaret", max_length=10, required=True)
    assert exc.value.code == "empty_text" and str(exc.value).startswith("Svaret er tom")
