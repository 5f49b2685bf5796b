"""Tests for the twenty-eighth round of attribution rules, written while the hundred-and-thirtieth
and hundred-and-thirty-first held-out sets were being written: "had conceded as much to him" is
inner speech; unnamed staff described by the words of a body the story names only later ("a county
official", "civil protection officials" in a lead) speak for it; a company's trade in its name
("Wolmyeong Paints") shows an organisation even when set after a word for a person or a body
("The factory's owner, X,").

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, source_of

QUARRY = [*GENERIC, {"name": "Vessarine Provincial Government", "aliases": []},
          {"name": "Vessarine Lands Tribunal", "aliases": []}]
QUARRY_TEXT = ("ORLEC, Vessaria, Nov 2 (Dunmarrow Wire) - A quarry was closed after villagers blocked its gate, the "
               "Vessarine Lands Tribunal said on Monday. "
               "The Vessarine Provincial Government, which granted the quarry's licence, has not commented. "
               "A lawyer for the villagers, who asked not to be named, said the licence had lapsed in May. "
               "The lawyer said a provincial official had admitted as much to him at a hearing in June.")


def test_admitted_as_much_is_inner_speech():
    """"a provincial official had admitted as much to him": the official's words (the one
    provincial body named), not the anonymous lawyer's."""
    assert source_of(QUARRY_TEXT, "The lawyer said a provincial", QUARRY) == "Vessarine Provincial Government"


def test_as_much_without_a_known_speaker_leaves_the_claim_to_nobody():
    """"skippers had told him as much": unnamed skippers of no registered body, nobody's claim (a
    guard)."""
    text = ("ORLEC, Vessaria, Nov 2 (Dunmarrow Wire) - Nets were cut at night, the Vessarine Lands Tribunal "
            "said. The inspector said skippers had told him as much at the fish market.")
    assert source_of(text, "The inspector said", QUARRY) is None


FLOOD = [*GENERIC, {"name": "Tarvish Civil Protection Agency", "aliases": []},
         {"name": "Ormun County Office", "aliases": []}, {"name": "Bela Skorin", "aliases": ["Skorin"]}]
FLOOD_TEXT = ("ORMUN, Tarvish, Nov 3 (Dunmarrow Wire) - Floodwater cut off four villages on Tuesday, civil "
              "protection officials said. "
              "Bela Skorin, a ferryman, said boats had stopped running at dawn. "
              "He said a county official had told the ferrymen not to sail until the river fell. "
              "The Tarvish Civil Protection Agency said it had sent two boats. "
              "The Ormun County Office said it would pay for fuel.")


def test_staff_described_by_the_words_of_a_body_named_later_in_the_lead():
    """"civil protection officials said" in a lead, the agency named in full only later: its
    words."""
    assert source_of(FLOOD_TEXT, "ORMUN", FLOOD) == "Tarvish Civil Protection Agency"


def test_an_official_described_by_the_word_of_a_body_named_later():
    """"a county official had told the ferrymen": the one county body of the story, though it is
    named only further down."""
    assert source_of(FLOOD_TEXT, "He said a county official", FLOOD) == "Ormun County Office"


PAINT = [*GENERIC, {"name": "Ravel County Office", "aliases": []}, {"name": "Korsel Paints", "aliases": []},
         {"name": "Mira Dovan", "aliases": ["Dovan"]}]
PAINT_TEXT = ("RAVEL, Tarvish, Nov 4 (Dunmarrow Wire) - Dye from a factory turned a stream red, fishers said. "
              "Mira Dovan, who leads the fishers, said a county official had told her to keep children away. "
              "The factory's owner, Korsel Paints, said in a statement that a tank had split. "
              "It said the tank had been inspected in March.")


def test_a_company_named_by_its_trade_after_a_word_for_an_owner_is_an_organisation():
    """"The factory's owner, Korsel Paints, said ... It said": "Paints" shows a company, so "it"
    stands for it (not the county body named before)."""
    assert source_of(PAINT_TEXT, "It said the tank", PAINT) == "Korsel Paints"


WEATHER = [*GENERIC, {"name": "Tarvish Weather Service", "aliases": []}]


def test_a_weather_warning_issued_is_an_act_not_words():
    """"It had issued a yellow warning for the region": the service's act, no claim of words."""
    text = ("ORMUN, Tarvish, Nov 3 (Dunmarrow Wire) - Floodwater cut off four villages, civil protection officials "
            "said. The Tarvish Weather Service said 90 mm of rain had fallen. "
            "It had issued an amber warning for the region on Monday.")
    assert source_of(text, "It had issued", WEATHER) is None


def test_a_warning_issued_without_a_level_stays_words():
    """"The company issued a warning that prices would rise": words (a guard)."""
    registry = [*GENERIC, {"name": "Korsel Paints", "aliases": []}]
    text = "Korsel Paints issued a warning that prices would rise by a fifth."
    assert source_of(text, "Korsel Paints", registry) == "Korsel Paints"


def test_its_records_are_the_opening_bodys_when_a_place_is_named_after_a_preposition():
    """"X raised its alert for Ormun at 23:32, according to its records": "its" is X's, not the
    place's (a name after "for")."""
    text = ("The Tarvish Weather Service raised its alert for Ormun at 23:32, fourteen minutes before the storm "
            "arrived, according to its records.")
    assert source_of(text, "The Tarvish Weather", WEATHER) == "Tarvish Weather Service"


def test_staff_where_a_registered_body_is_named_speak_for_it():
    """"... at the X Hospital, where doctors said": the hospital's staff, its words."""
    registry = [*GENERIC, {"name": "Ormun District Hospital", "aliases": []}]
    text = ("Three workers were in intensive care at the Ormun District Hospital, where doctors said two had burns "
            "to half their bodies.")
    assert source_of(text, "Three workers", registry) == "Ormun District Hospital"
