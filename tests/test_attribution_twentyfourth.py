"""Tests for the twenty-fourth round of attribution rules, written while the hundred-and-sixteenth
and hundred-and-seventeenth held-out sets were being written: who an unnamed role holder in
nested speech is ("the finance director" is not the managing director named before).

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

MILL = [*GENERIC, {"name": "Corrin Flour Mills", "aliases": []}, {"name": "Edda Varne", "aliases": []},
        {"name": "Pell Osric", "aliases": []}]
MILL_TEXT = ("CORRIN, Dunmark, Apr 2 (Pellwick Wire) - Corrin Flour Mills has not paid its farmers since "
             "January. "
             "Its managing director, Edda Varne, said the mill would pay every farmer by June. "
             "Pell Osric, a clerk in the mill's accounts office, said the money had gone to pay a bank loan. "
             "He said the finance director had told clerks in March to record the payments as made.")


def test_a_role_holder_with_another_modifier_is_not_the_one_named_before():
    """"the finance director" after "Its managing director, Edda Varne,": not Varne (nobody
    named is the finance director)."""
    assert source_of(MILL_TEXT, "He said the finance", MILL) != "Edda Varne"


def test_a_role_holder_with_the_same_modifier_is_the_one_named_before():
    """"the managing director" after "Its managing director, Edda Varne,": Varne."""
    text = MILL_TEXT.replace("the finance director", "the managing director")
    assert source_of(text, "He said the managing", MILL) == "Edda Varne"


def test_a_former_role_holder_is_the_one_named_with_the_role():
    """"the former director" when only Varne is named as a director: Varne (a word that says
    when she held the role does not say which role)."""
    text = MILL_TEXT.replace("Its managing director", "Its director").replace("the finance director",
                                                                              "the former director")
    assert source_of(text, "He said the former", MILL) == "Edda Varne"


PLANT = [*GENERIC, {"name": "Harl Coal", "aliases": []}, {"name": "Tovin Heating Company", "aliases": []},
         {"name": "Mara Quell", "aliases": []}]
PLANT_TEXT = ("TOVIN, Dunmark, Apr 3 (Pellwick Wire) - Radiators went cold across Tovin for four days. "
              "Harl Coal said the Tovin Heating Company had not paid for its coal since October. "
              "Its sales director, Mara Quell, said the company could not keep sending coal for nothing. "
              "A stoker at one of the heating company's plants, who asked not to be named, said the plant had run "
              "out of coal on Monday. "
              "He said the plant's director had told the shift to report the pressure as normal.")


@pytest.mark.parametrize("owner", ["the plant's director", "the depot's director"])
def test_a_role_holder_of_another_owner_is_not_the_one_named_before(owner):
    """"the plant's director" after "Its sales director, Mara Quell," (of the coal company):
    not Quell, whose introduction names no plant."""
    text = PLANT_TEXT.replace("the plant's director", owner)
    assert source_of(text, "He said the", PLANT) != "Mara Quell"


def test_a_role_holder_of_the_same_owner_is_the_one_named_before():
    """"the plant's director" after "The plant's director, Mara Quell,": Quell."""
    text = PLANT_TEXT.replace("Its sales director, Mara Quell,", "The plant's director, Mara Quell,")
    assert source_of(text, "He said the", PLANT) == "Mara Quell"


def test_a_place_s_role_holder_named_later_is_still_found():
    """"the country's auditor general said" in the lead, "Auditor General Orla Fenn" two
    sentences below: Fenn (a place's officer is named by the role alone, not as the country's)."""
    registry = [*GENERIC, {"name": "Orla Fenn", "aliases": []}]
    text = ("SKELD, Dunmark, Apr 4 (Pellwick Wire) - Two trawlers ran aground at the mouth of the harbour on "
            "Sunday because a channel buoy had drifted, the country's auditor general said on Monday. "
            "Both boats were pulled off on the evening tide. "
            "In a report to the council, Auditor General Orla Fenn said the buoy had been reported loose twice "
            "in March.")
    assert source_of(text, "SKELD", registry) == "Orla Fenn"
