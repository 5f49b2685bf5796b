"""Tests for the thirty-third round of attribution rules, written while the hundred-and-seventieth
and hundred-and-seventy-first held-out sets were being written.

A lead closed by a body described by words whose noun is no common organisation noun ("..., the
civil defence force said", "..., the state circus said") is the one body named later whose name
holds the description's words; a person described so ("the boy's uncle said") is no body. An
assurance given in words may be "a telephone assurance" or "a verbal assurance", not only "a written"
one; and a promise of a number of things to someone described ("had promised her unit two more
scanners") is the promiser's words, nested speech, as a promise to "her" was.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

FERRY = [*GENERIC, {"name": "Marrowick Civil Defence Force", "aliases": []},
         {"name": "Ilse Tarrowby", "aliases": ["Tarrowby"]},
         {"name": "Marrowick Port Authority", "aliases": []}]


@pytest.mark.parametrize("closing", ["the civil defence force said on Sunday", "the civil defence force said"])
def test_a_lead_closed_by_a_body_described_by_no_organisation_noun_is_the_one_named_later(closing):
    """"..., the civil defence force said": the Civil Defence Force the next sentences name."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - Two fishermen drowned when their boat overturned "
            f"off the harbour wall on Saturday night, {closing}. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) == "Marrowick Civil Defence Force"


def test_a_lead_closed_by_a_person_described_is_no_body():
    """"..., the boy's uncle said": a person, not a body whose name might hold the words."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - A boy drowned when his boat overturned off the "
            "harbour wall on Saturday night, the boy's uncle said. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) != "Marrowick Civil Defence Force"


def test_a_lead_closed_by_words_no_body_named_later_holds_is_no_one():
    """"..., the coast rescue service said", no registered name holding those words: no source."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - Two fishermen drowned when their boat overturned "
            "off the harbour wall on Saturday night, the coast rescue service said. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) is None


BOAT = [*GENERIC, {"name": "Pellandian Ministry of Health", "aliases": []},
        {"name": "Ilse Tarrowby", "aliases": ["Tarrowby"]},
        {"name": "Corran Vesk", "aliases": ["Vesk"]}]
BOAT_LEAD = ("MARROWICK, Pellandia, May 4 (Saltreach) - The eye clinic of Marrowick's only hospital has "
             "a waiting list of 2,000 patients, its head said on Monday. "
             "Ilse Tarrowby, who runs the clinic, said the Pellandian Ministry of Health had been told in "
             "March. ")


@pytest.mark.parametrize("assurance", ["a telephone assurance", "a verbal assurance", "a written assurance"])
def test_an_assurance_given_by_telephone_or_by_word_of_mouth_is_the_giver_s(assurance):
    """"Y had given him a telephone assurance that ...": Y's words, nested speech."""
    text = BOAT_LEAD + f"She said Vesk had given her {assurance} that the money would come in June."
    assert source_of(text, "She said Vesk", BOAT) == "Corran Vesk"


def test_a_promise_of_a_number_of_things_to_someone_described_is_the_promiser_s():
    """"the ministry had promised her unit two more scanners": the ministry's promise."""
    text = BOAT_LEAD + "Tarrowby said the ministry had promised her unit two more scanners by the end of June."
    assert source_of(text, "Tarrowby said", BOAT) == "Pellandian Ministry of Health"


def test_a_thing_bought_for_someone_is_no_promise():
    """"the ministry had bought her unit two more scanners": an act, the speaker's own claim."""
    text = BOAT_LEAD + "Tarrowby said the ministry had bought her unit two more scanners in June."
    assert source_of(text, "Tarrowby said", BOAT) == "Ilse Tarrowby"
