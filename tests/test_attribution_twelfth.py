"""Tests for the twelfth round of attribution rules, from the errors of the held-out sets once
scored (which makes them development sets for these rules): a registered organisation's unnamed
staff speak for it also as an inner speaker and with modifiers ("a Norvex engineer", "Norvex's
own site inspectors", "an Elmar Rail operations manager"), but not once they have left it ("a
former Norvex engineer"); lower-case words that end an organisation's name stand for it ("the
water research institute" for "Brenna Institute for Water Research" is not it, "the integrity
unit" for "Global Track Integrity Unit" is); "her institute" is the institute; speech nested
twice is the innermost named speaker's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found

UNIT = {"name": "Global Track Integrity Unit", "aliases": []}
RAIL = {"name": "Elmar Rail Freight", "aliases": ["Elmar Rail"]}


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("Kowalski said a Norvex engineer had told her that the valve was faulty.", "Norvex"),
    ("Kowalski said Norvex's own site inspectors had told her that the valve was faulty.", "Norvex"),
    ("Kowalski said Norvex engineers had warned her that the valve was faulty.", "Norvex"),
    ("A Norvex engineer told reporters that the valve was faulty.", "Norvex"),
    ("Kowalski said an Elmar Rail operations manager had told drivers that the line was safe.", "Elmar Rail"),
])
def test_an_organisations_unnamed_staff_speak_for_it(sentence, source_text):
    """Outer or inner speaker, with up to two words of trade between the name and the noun."""
    text = f"Norvex Group and Elmar Rail Freight signed the deal in May. {sentence}"
    registry = [*REGISTRY, RAIL]
    suggestion = found(text, sentence[:12], registry)
    assert suggestion is not None
    assert suggestion.source == ("Elmar Rail Freight" if source_text == "Elmar Rail" else "Norvex Group")
    assert text[slice(*suggestion.source_span)] == source_text


@pytest.mark.parametrize("sentence", [
    "Kowalski said a former Norvex engineer had told investigators that the valve was faulty.",
    "Kowalski said an ex-Norvex engineer had told investigators that the valve was faulty.",
    "Kowalski said Norvex's sacked engineers had told investigators that the valve was faulty.",
])
def test_staff_who_have_left_speak_for_no_one(sentence):
    """Someone unnamed who left the organisation: nobody's (the convention for an unnamed inner
    speaker), never Norvex's."""
    suggestion = found(f"Norvex Group signed the deal in May. {sentence}", "Kowalski said")
    assert suggestion is None or suggestion.source != "Norvex Group"


@pytest.mark.parametrize(("sentence", "prefix", "short"), [
    ("Ortiz said the integrity unit had told him in May that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("Ortiz said he had been told by the integrity unit in May that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("Ortiz said an official of the integrity unit had told him that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("The integrity unit said the kits were sealed.", "The integrity", "The integrity unit"),
])
def test_lower_case_words_that_end_an_organisations_name_stand_for_it(sentence, prefix, short):
    text = f"The Global Track Integrity Unit ran the tests. {sentence}"
    suggestion = found(text, prefix, [*REGISTRY, UNIT])
    assert suggestion is not None and suggestion.source == "Global Track Integrity Unit"
    assert text[slice(*suggestion.source_span)] == short


def test_lower_case_words_that_end_two_names_stand_for_neither():
    """"the integrity unit" after two units with that ending: unsure, so nobody."""
    text = ("The Global Track Integrity Unit and the Road Racing Integrity Unit ran the tests. "
            "The integrity unit said the kits were sealed.")
    registry = [*REGISTRY, UNIT, {"name": "Road Racing Integrity Unit", "aliases": []}]
    assert found(text, "The integrity unit", registry) is None


def test_her_institute_is_the_institute_she_leads():
    text = ("Maren Sokol, director of the Brenna Institute for Water Research, spoke on Monday. "
            "Sokol said her institute had warned the ministry in May that the dam was weak.")
    check(text, "Sokol said", "Brenna Institute for Water Research", "her institute", "warned")


def test_speech_nested_twice_is_the_innermost_named_speakers():
    text = ("Prosecutor Dana Vrel said the money went abroad. According to the prosecutor, "
            "Ortiz told investigators that Kowalski had promised him a bonus.")
    check(text, "According to", "Anna Kowalski", "Kowalski", "promised")


@pytest.mark.parametrize(("sentence", "source"), [
    # the innermost speaker is the middle one's own "he": the middle speaker's words
    ("Vrel said Ortiz had told investigators that he had promised Kowalski a bonus.", "Rafael Ortiz"),
    # a second verb of the same speaker, not inside the first one's words: the first speaker's
    ("Vrel said Ortiz had briefed Kowalski on the case and had warned that fines would rise.",
     "Rafael Ortiz"),
])
def test_a_second_verb_is_no_deeper_speech_unless_inside_the_first(sentence, source):
    text = f"Prosecutor Dana Vrel said the money went abroad. {sentence}"
    suggestion = found(text, "Vrel said")
    assert suggestion is not None and suggestion.source == source
