"""The detector's rules, one at a time: spelling, negation, other people, past events, the words shown."""

from __future__ import annotations

import pytest

from clinicdesk.services.safety import detect
from clinicdesk.services.safety.lists import check_line, merged_lists, parse
from clinicdesk.services.safety.normalise import fold


@pytest.mark.parametrize("text", [
    "jeg har ondt i brystet", "Jeg har ONDT I BRYSTET", "jeg har ont i brystet", "brystsmærter",
    "brystsmertr siden i morges", "andenød", "aandenoed hele dagen", "ondt i hele brystet",
    "har bryst smerter", "kan ikke faa luft",
])
def test_spellings_and_cases_flag(text):
    assert detect(text).flagged


@pytest.mark.parametrize("text", [
    "ingen brystsmerter", "har ikke ondt i brystet", "jeg har ikke haft brystsmerter",
    "brystsmerter har jeg ikke", "uden åndenød",
])
def test_negation_does_not_flag(text):
    assert not detect(text).flagged


@pytest.mark.parametrize("text", [
    "min far havde ondt i brystet", "min mor fik en blodprop i hjernen", "min bror har selvmordstanker",
])
def test_other_people_do_not_flag(text):
    assert not detect(text).flagged


@pytest.mark.parametrize("text", [
    "for 3 år siden havde jeg brystsmerter", "jeg havde en hjernerystelse i 2019",
    "jeg har tidligere haft selvmordstanker", "jeg besvimede som barn",
])
def test_past_events_do_not_flag(text):
    assert not detect(text).flagged


def test_a_child_is_not_someone_else():
    assert detect("min søn har feber og stiv nakke").flagged


def test_now_after_a_past_sentence_still_flags():
    d = detect("For 3 år siden havde jeg en blodprop. Nu har jeg ondt i brystet igen")
    assert d.flagged and d.words == ("ondt i brystet",)


def test_kan_ikke_is_part_of_a_phrase_not_a_negation():
    assert detect("jeg kan ikke trække vejret").words == ("ikke trække vejret",)


def test_words_are_the_patients_own_with_places():
    text = "Hej. Jeg har BRYSTSMERTER og åndenød"
    d = detect(text)
    assert d.words == ("BRYSTSMERTER", "åndenød")
    assert [text[h.start:h.end] for h in d.hits] == ["BRYSTSMERTER", "åndenød"]


def test_a_compound_needs_both_parts_for_fever_and_neck():
    assert not detect("jeg har stiv nakke efter computerarbejde").flagged
    assert detect("hun har feber og stiv nakke").words == ("feber", "stiv nakke")


def test_folding():
    assert fold("Ønsker") == fold("oensker") == fold("ønsker")
    assert fold("ondt") == fold("ont")
    assert fold("slået") == fold("slaaet")


def test_clinic_additions_extend_the_lists():
    assert not detect("jeg har fået hvepsestik i tungen").flagged
    assert detect("jeg har fået hvepsestik i tungen", {"urgent": ["hvepsestik"]}).words == ("hvepsestik",)
    assert not detect("min onkels hvepsestik", {"urgent": ["hvepsestik"], "others": ["onkel*"]}).flagged


def test_list_lines_are_checked():
    assert check_line("  ") == "Skriv et ord eller en sætning."
    assert check_line("*") != ""
    assert check_line("[Overskrift]") != ""
    assert check_line("hvepsestik") == ""
    assert check_line("hvepsestik i halsen|munden") == ""  # one-letter words are words
    assert check_line("b* i halsen") != "" and check_line("ondt i||halsen") != ""


def test_shipped_lists_parse_with_sections():
    urgent = merged_lists()["urgent"]
    sections = {p.section for p in urgent.phrases}
    assert "Selvmordstanker og selvskade" in sections and len(urgent.phrases) > 100
    assert parse("x", "[A]\nfoo # note\n\n#c\nbar").phrases[1].text == "bar"
