"""Tests for the forty-first round of attribution rules, written after the pairs up to the
two-hundred-and-fifteenth held-out set were scored, while the next pair was being written.

Nested speech of a body's unnamed staff whose body only the story gives: phrases of time or duty
around the staff ("the shift boss on duty on Saturday night had told", "that in March a manager had
told") are no words of who they are; staff who run a shift or a site ("the shift supervisor", "a
site foreman") are a firm's, not its regulator's, nor a hospital's; "the head keeper" after "a
keeper" is another person, the zoo's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

MINE = [*GENERIC, {"name": "Ostrevan Tin Company", "aliases": []},
        {"name": "Ostrevan Mines Safety Board", "aliases": []}, {"name": "Pelko Darvish", "aliases": ["Darvish"]}]
MINE_LEAD = ("Water flooded a gallery of the Ostrevan Tin Company's Brusk mine on Sunday, trapping six miners for a "
             "day. The Ostrevan Mines Safety Board said it had inspected the gallery in May. A miner who was on the "
             "shift, speaking on condition of anonymity, said the pumps had failed twice that week. ")


@pytest.mark.parametrize("nested", [
    "He said the shift boss on duty on Saturday night had told the crew to keep quiet about the pumps.",
    "He said that in March a manager had told the crew to keep quiet about the pumps.",
    "He said the shift supervisor had told the crew to keep quiet about the pumps.",
    "He said a site foreman had told the crew on Saturday to keep quiet about the pumps.",
])
def test_a_firms_shift_or_site_staff_speak_for_it_not_its_regulator(nested):
    assert source_of(MINE_LEAD + nested, nested[:20], MINE) == "Ostrevan Tin Company"


def test_a_shift_supervisor_with_only_a_hospital_and_a_regulator_named_is_no_ones():
    registry = [*GENERIC, {"name": "Ostrevan District Hospital", "aliases": []},
                {"name": "Ostrevan Mines Safety Board", "aliases": []}]
    text = ("Six miners were treated at Ostrevan District Hospital on Sunday after a gallery flooded. The Ostrevan "
            "Mines Safety Board said it had inspected the gallery in May. A miner, speaking on condition of "
            "anonymity, said the pumps had failed twice. He said the site boss had told them the inspectors were "
            "paid off.")
    assert source_of(text, "He said the site boss", registry) is None


ZOO = [*GENERIC, {"name": "Velmar City Zoo", "aliases": []}, {"name": "Anka Sorrel", "aliases": ["Sorrel"]}]


def test_the_head_keeper_after_a_keeper_is_another_person_the_zoos_staff():
    text = ("A bear escaped from its enclosure at Velmar City Zoo on Monday. Anka Sorrel, the zoo's director, said "
            "nobody was hurt. A keeper at the zoo, who asked not to be named, said the lock had been broken for "
            "weeks. He said the head keeper had told staff in April to tie the gate with wire.")
    assert source_of(text, "He said the head keeper", ZOO) == "Velmar City Zoo"


def test_the_keeper_after_a_keeper_is_still_that_keeper():
    text = ("A bear escaped from its enclosure at Velmar City Zoo on Monday. Anka Sorrel, the zoo's director, said "
            "nobody was hurt. A keeper had found the lock broken. Sorrel said the keeper had told staff in April "
            "to tie the gate with wire.")
    assert source_of(text, "Sorrel said the keeper", ZOO) != "Velmar City Zoo"


def test_managers_telling_inspectors_are_not_the_firms():
    text = ("Water flooded a gallery of the Ostrevan Tin Company's Brusk mine on Sunday, trapping six miners for a "
            "day. The Ostrevan Mines Safety Board said it had inspected the gallery in May. An inspector at the "
            "board, speaking on condition of anonymity, said the report had been rushed. He said senior managers "
            "had told inspectors to pass the gallery.")
    assert source_of(text, "He said senior managers", MINE) != "Ostrevan Tin Company"


def test_a_manager_named_by_a_bodys_capitalised_words_is_that_bodys():
    text = MINE_LEAD + "He said a Safety Board manager had told the crew to keep quiet about the pumps."
    assert source_of(text, "He said a Safety Board", MINE) != "Ostrevan Tin Company"
