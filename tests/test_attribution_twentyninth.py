"""Tests for the twenty-ninth round of attribution rules, written while the hundred-and-thirty-fourth
and hundred-and-thirty-fifth held-out sets were being written: staff "there" ("Doctors there said",
"a paediatrician there said") speak for the registered body named just before, or for nurses and
doctors the story's one hospital, but not when "there" stands for a place named as one of many ("a
health centre") or the speaker is named or keeps anonymity.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, source_of

WARD = [*GENERIC, {"name": "Korvasse District Hospital", "aliases": []},
        {"name": "Korvassan Health Ministry", "aliases": []}, {"name": "Ilda Marrek", "aliases": ["Marrek"]},
        {"name": "Ilmar Tosk", "aliases": ["Tosk"]}]
WARD_TEXT = ("KORVASSE, Korvassa, Jan 4 (Tallowmere Wire) - Eleven children fell ill after a school lunch on "
             "Sunday, the Korvassan Health Ministry said. "
             "Health Minister Ilmar Tosk visited the children at the Korvasse District Hospital on Monday. "
             "Doctors there said two were in intensive care. "
             "The hospital has asked the ministry for more antidote. "
             "A paediatrician there said the others should go home by Friday. "
             "Ilda Marrek, a mother, said she had first taken her son to a health centre in the hills. "
             "A nurse there had told her it was a stomach bug, she said.")


def test_doctors_there_speak_for_the_hospital_named_before():
    """"Doctors there said" right after the hospital is named: the hospital's."""
    assert source_of(WARD_TEXT, "Doctors there said", WARD) == "Korvasse District Hospital"


def test_a_paediatrician_there_speaks_for_the_story_s_one_hospital():
    """"A paediatrician there said" after "The hospital has asked the ministry": the story's one
    hospital, not the ministry named last."""
    assert source_of(WARD_TEXT, "A paediatrician there said", WARD) == "Korvasse District Hospital"


def test_a_nurse_at_a_place_named_as_one_of_many_is_nobody_s():
    """"a health centre in the hills ... A nurse there": an unregistered place, nobody's claim (a
    guard)."""
    assert source_of(WARD_TEXT, "A nurse there had told", WARD) is None


def test_a_named_or_anonymous_doctor_there_is_not_the_hospital():
    """"A doctor there, X, said" is X's (a guard); "a doctor there said, asking not to be named"
    the anonymous entry's ("asking not to be named" keeps a name back as "asked not to" does)."""
    named = [*WARD, {"name": "Oskar Vendel", "aliases": ["Vendel"]}]
    text = ("KORVASSE, Korvassa, Jan 4 (Tallowmere Wire) - Six children were taken to Korvasse District "
            "Hospital on Sunday. A doctor there, Oskar Vendel, said two were in intensive care. "
            "Two more were on oxygen, a doctor there said, asking not to be named.")
    assert source_of(text, "A doctor there, Oskar", named) == "Oskar Vendel"
    assert source_of(text, "Two more were on oxygen", named) == "anonymous official"



def test_a_plural_possessive_description_after_according_to():
    """"according to the drivers' association": the body named before, as "The drivers'
    association said" is ("drivers'" is a word of its name)."""
    registry = [*GENERIC, {"name": "Velka Taxi Drivers' Association", "aliases": []}]
    text = ("VELKA, Ostreva, Jan 5 (Tallowmere Wire) - Taxis blocked the bridge on Tuesday, the Velka Taxi "
            "Drivers' Association said. About 3,000 cabs work in Velka, according to the drivers' association.")
    assert source_of(text, "About 3,000 cabs", registry) == "Velka Taxi Drivers' Association"
