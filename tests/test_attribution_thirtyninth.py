"""Tests for the thirty-ninth round of attribution rules, written after the pairs up to the
two-hundred-and-seventh held-out set were scored, while the next pair was being written.

Unnamed staff whose title says what kind of body they serve speak for the one such body named
before, as inner speakers of nested speech: "the deputy principal" for the one college, "the
returning officer" and "the town treasurer" for the one council, "a curator" for the one museum (one
of them, never a crowd: "Principals at three schools" are no school's; and "the principal" named
before as a person is that person); a trade's body is the one that employs it, not the one that
regulates it ("a conductor" is the railway's, not the rail regulator's); a body's field team speaks
for the body.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

COLLEGE = [*GENERIC, {"name": "Marrowgate Polytechnic College", "aliases": []},
           {"name": "Tessaly Orrindale", "aliases": ["Orrindale"]}]
COLLEGE_STORY = ("Marrowgate Polytechnic College will cut 40 teaching posts next year. Tessaly Orrindale, who teaches "
                 "welding there, said the cuts would fall on the night classes. ")


@pytest.mark.parametrize("head", ["the deputy principal", "the principal", "the vice principal"])
def test_a_colleges_head_speaks_for_the_one_college(head):
    text = COLLEGE_STORY + f"She said {head} had warned staff last week that no post left vacant would be filled."
    assert source_of(text, "She said", COLLEGE) == "Marrowgate Polytechnic College"


def test_principals_of_several_schools_are_no_ones():
    text = COLLEGE_STORY + "Principals at three other colleges said they had seen the same letter."
    assert source_of(text, "Principals at", COLLEGE) is None


def test_a_principal_named_before_is_that_person():
    registry = [*COLLEGE, {"name": "Odrian Velloway", "aliases": ["Velloway"]}]
    text = (COLLEGE_STORY + "Odrian Velloway, the college's principal, declined to comment. Orrindale said staff had "
            "been told by the principal on Friday that the night classes would close.")
    assert source_of(text, "Orrindale said staff", registry) != "Marrowgate Polytechnic College"


COUNCIL = [*GENERIC, {"name": "Fennick Borough Council", "aliases": []},
           {"name": "Gwenllian Ashcombe", "aliases": ["Ashcombe"]}]
COUNCIL_STORY = ("Fennick Borough Council held a recount of the ward vote on Sunday. Gwenllian Ashcombe, a candidate "
                 "who lost by four votes, said the count had been rushed. ")


@pytest.mark.parametrize("officer", ["the returning officer", "the town treasurer", "the town clerk"])
def test_a_councils_officer_speaks_for_the_one_council(officer):
    text = COUNCIL_STORY + f"She said {officer} had instructed staff on Saturday to check every address twice."
    assert source_of(text, "She said", COUNCIL) == "Fennick Borough Council"


def test_a_museums_curator_speaks_for_the_one_museum():
    registry = [*GENERIC, {"name": "Hollin Museum of Clocks", "aliases": []},
                {"name": "Pieter Vandescoot", "aliases": ["Vandescoot"]}]
    text = ("The Hollin Museum of Clocks withdrew a tower clock from sale on Tuesday. Pieter Vandescoot, a dealer who "
            "had bid for it, said the sale was a farce. He said a curator had assured him in June that the clock "
            "was the museum's to sell.")
    assert source_of(text, "He said a curator", registry) == "Hollin Museum of Clocks"


RAIL = [*GENERIC, {"name": "Ostravel State Railways", "aliases": []},
        {"name": "Ostravel Rail Regulator", "aliases": []},
        {"name": "Milos Karvanek", "aliases": ["Karvanek"]}]
RAIL_STORY = ("The first night train in 20 years reached Dobrin on Wednesday, run by Ostravel State Railways. The "
              "Ostravel Rail Regulator approved the timetable last month. Milos Karvanek, a passenger, said the "
              "train was cold. ")


def test_a_trades_body_is_its_employer_not_its_regulator():
    text = RAIL_STORY + "He said a conductor had warned passengers at midnight that the heating had failed."
    assert source_of(text, "He said a conductor", RAIL) == "Ostravel State Railways"


def test_a_regulator_alone_employs_no_trade():
    """With only the regulator named, "a conductor" is nobody's: a regulator employs no conductors."""
    registry = [entry for entry in RAIL if entry["name"] != "Ostravel State Railways"]
    text = ("The Ostravel Rail Regulator approved the timetable last month. Milos Karvanek, a passenger, said the "
            "train was cold. He said a conductor had warned passengers at midnight that the heating had failed.")
    assert source_of(text, "He said a conductor", registry) != "Ostravel Rail Regulator"


def test_a_bodys_field_team_speaks_for_the_body():
    registry = [*GENERIC, {"name": "Karstby Geological Survey", "aliases": []},
                {"name": "Ebbe Lunnqvist", "aliases": ["Lunnqvist"]}]
    text = ("Hot springs near Karstby cooled by four degrees last year, the Karstby Geological Survey said on Monday. "
            "Ebbe Lunnqvist, who runs a spa on the springs, blamed a new borehole. Lunnqvist said the survey's field "
            "team had told spa owners in the spring that the cooling was natural.")
    assert source_of(text, "Lunnqvist said the survey", registry) == "Karstby Geological Survey"


# A lead opened by a body described in words of its own, then its cue or its own verb and participle:
# the one body named later whose name holds the description's head noun (or a kin of it) and the most of
# its other words.
@pytest.mark.parametrize(("lead", "registry_names", "rest", "expected"), [
    ("The Ostmark valley's cidermakers' federation warned on Friday that half the orchards would go unpicked.",
     ["Ostmark Cidermakers' Federation"],
     "\"We have no pickers,\" said Anneliese Brandvogt, who chairs the Ostmark Cidermakers' Federation.",
     "Ostmark Cidermakers' Federation"),
    ("Chiefs of the hill people who were moved for the Lake Varro dam demanded on Tuesday that the old graves be "
     "moved too, warning that the water would soon uncover them.",
     ["Varro Hill Chiefs' Council", "Varro River Authority"],
     "The Varro Hill Chiefs' Council met the Varro River Authority on Monday.",
     "Varro Hill Chiefs' Council"),
    ("Searchers on Thursday widened the hunt for two climbers missing on the ice cap, warning that a storm could "
     "end any hope of finding them.",
     ["Holmsund Search and Rescue Command"],
     "The Holmsund Search and Rescue Command said it had sent two helicopters.",
     "Holmsund Search and Rescue Command"),
    ("Lawmakers in Pellaro voted on Saturday to cap what families may spend on weddings, arguing that the feasts "
     "were driving young men abroad.",
     ["Pellaran National Assembly"],
     "The Pellaran National Assembly said in a statement that the bill had passed by 61 votes to 12.",
     "Pellaran National Assembly"),
])
def test_a_lead_opened_by_a_body_described_is_the_body_named_later(lead, registry_names, rest, expected):
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in registry_names),
                {"name": "Anneliese Brandvogt", "aliases": ["Brandvogt"]}]
    text = f"Orchards, graves and weddings\n\nOSTMARK, Varrland, Feb 1 (Wire) - {lead}\n\n{rest}"
    assert source_of(text, "OSTMARK", registry) == expected


@pytest.mark.parametrize(("lead", "registry_names", "rest"), [
    # people, not a body
    ("Fishermen on Pellaro's northern shore say dredging has buried their reefs.",
     ["Pellaro Fishermen's Society"], "The Pellaro Fishermen's Society has written to the minister."),
    # the cue is not the subject's own: the farm's act, then what tests showed
    ("A mussel farmers' cooperative closed its beds on Tuesday after tests showed that the water was toxic.",
     ["Kourandi Mussel Farmers' Cooperative"], "The Kourandi Mussel Farmers' Cooperative has 40 members."),
    # a place, whose possessive's noun is the head
    ("The island of Ventra's fig growers' union said on Saturday that spraying had killed its bees.",
     ["Regional Authority of the Western Islands", "Ventra Fig Growers' Union"],
     "The Regional Authority of the Western Islands ran the spraying."),
])
def test_a_lead_subject_that_is_no_body_named_later_is_no_ones(lead, registry_names, rest):
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in registry_names)]
    text = f"Reefs, courts and unions\n\nPELLARO, Varrland, Feb 2 (Wire) - {lead}\n\n{rest}"
    got = source_of(text, "PELLARO", registry)
    assert got is None or got == "Ventra Fig Growers' Union"


# A lead opened by one person described by role, then the role's verb or cue: the person named speaking in one
# of the next two sentences.
@pytest.mark.parametrize("lead", [
    "Varrland's water minister conceded in parliament on Wednesday that half the flooded farms had not been paid.",
    "The head of Varrland's weather service told lawmakers on Thursday that budget cuts would shut 40 stations.",
    "A site manager for Varrland's biggest salt producer told an inquest on Monday that no one had been forced to "
    "work in the heat.",
])
def test_a_lead_opened_by_a_person_described_is_the_person_named_speaking_next(lead):
    registry = [*GENERIC, {"name": "Ilse Marrenholt", "aliases": ["Marrenholt"]}]
    text = (f"Farms and stations\n\nSKARN, Varrland, Feb 3 (Wire) - {lead}\n\n\"We did what we could,\" Ilse "
            "Marrenholt said.")
    assert source_of(text, "SKARN", registry) == "Ilse Marrenholt"


def test_a_lead_person_described_is_not_one_with_another_title_named_next():
    registry = [*GENERIC, {"name": "Ilse Marrenholt", "aliases": ["Marrenholt"]}]
    text = ("Farms\n\nSKARN, Varrland, Feb 3 (Wire) - Varrland's water minister conceded in parliament on Wednesday "
            "that half the flooded farms had not been paid.\n\nFinance Minister Ilse Marrenholt said the money "
            "was ready.")
    assert source_of(text, "SKARN", registry) is None


def test_a_role_of_a_body_then_the_person_named_after_a_quotation_is_the_person():
    registry = [*GENERIC, {"name": "Union of Ferry Crews of Ostmark", "aliases": []},
                {"name": "Hedda Vinterlund", "aliases": ["Vinterlund"]}]
    text = ("\"Somebody will drown before anyone listens,\" the president of the Union of Ferry Crews of Ostmark, "
            "Hedda Vinterlund, told reporters on the quay.")
    assert source_of(text, "\"Somebody", registry) == "Hedda Vinterlund"


def test_a_business_named_by_its_trade_in_the_plural_is_no_he():
    registry = [*GENERIC, {"name": "Ostmark Dairy Cooperative", "aliases": []},
                {"name": "Talvik Supermarkets", "aliases": []}, {"name": "Jorund Eskeland", "aliases": ["Eskeland"]}]
    text = ("The cooperative's chief executive, Jorund Eskeland, blamed falling cheese prices. Eskeland said Talvik "
            "Supermarkets had warned the cooperative in December that it would stop stocking its cheeses. The chain "
            "denied issuing any such threat. He said the cooperative would review the price in June.")
    assert source_of(text, "He said the cooperative", registry) == "Jorund Eskeland"


@pytest.mark.parametrize("document", ["the institute's satellite readings had shown",
                                      "the institute's satellite images showed", "the institute's models showed"])
def test_a_bodys_readings_images_and_models_told_by_its_staff_are_the_bodys(document):
    registry = [*GENERIC, {"name": "Ostmark Glacier Institute", "aliases": []},
                {"name": "Aino Kettunvaara", "aliases": ["Kettunvaara"]}]
    text = ("A glacial lake above Brenna is rising fast, the Ostmark Glacier Institute warned on Monday. Aino "
            f"Kettunvaara, a hydrologist at the institute, said the dam of ice could fail. She said {document} the "
            "water rising by almost a metre a day.")
    assert source_of(text, "She said", registry) == "Ostmark Glacier Institute"


def test_a_districts_chief_inspector_is_no_district_courts():
    registry = [*GENERIC, {"name": "Brenna District Court", "aliases": []},
                {"name": "Ostmark Fire and Rescue Service", "aliases": []}]
    text = ("The Brenna District Court jailed a fire inspector on Monday for selling safety certificates. A clerk at "
            "the Ostmark Fire and Rescue Service, who asked not to be named, said others had done the same. According "
            "to him, the district's chief inspector had instructed staff to clear the backlog by any means.")
    assert source_of(text, "According to him", registry) != "Brenna District Court"


def test_teammates_of_someone_are_not_that_someone():
    registry = [*GENERIC, {"name": "Urte Malmkvist", "aliases": ["Malmkvist"]}]
    text = ("Urte Malmkvist was banned for four years on Monday. Teammates of Malmkvist at the training base in Brenna "
            "said they were too shocked to talk.")
    assert source_of(text, "Teammates", registry) is None


# What a review of this round's rules found, narrowed.
@pytest.mark.parametrize(("lead", "registry_names", "rest"), [
    # the body named later only acts ("passed a similar law last year"): not heard, no word of the description
    ("Lawmakers in Ostland voted on Saturday to ban fireworks, arguing that they scared livestock.",
     ["Vellmark Parliament"], "The Vellmark Parliament passed a similar law last year."),
    # the lead names the body's kin again: the one it acts on
    ("Lawmakers in Ostland walked out of parliament on Monday, accusing the speaker of bias.",
     ["Ostland Parliament"], "The Ostland Parliament will sit again on Friday."),
])
def test_a_lead_body_described_is_not_one_only_acting_later_or_acted_on(lead, registry_names, rest):
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in registry_names)]
    text = f"Fireworks\n\nTARVEN, Ostland, Mar 3 (Wire) - {lead}\n\n{rest}"
    assert source_of(text, "TARVEN", registry) is None


def test_a_principal_with_two_schools_named_is_no_ones():
    registry = [*GENERIC, {"name": "Tarven Grammar School", "aliases": []},
                {"name": "Ostland Music College", "aliases": []}, {"name": "Dara Voss", "aliases": ["Voss"]}]
    text = ("Tarven Grammar School and Ostland Music College will share a building next year. Dara Voss, a parent, "
            "said the plan was rushed. She said the principal had told parents in June that nothing would change.")
    assert source_of(text, "She said the principal", registry) is None


def test_a_festivals_film_directors_are_not_its_staff():
    registry = [*GENERIC, {"name": "Tarven Film Festival", "aliases": []}, {"name": "Dara Voss", "aliases": ["Voss"]}]
    text = ("The Tarven Film Festival opened on Friday. Dara Voss, a critic, said the choice of films was poor. She "
            "said the festival's directors had complained that the jury was biased.")
    assert source_of(text, "She said the festival", registry) != "Tarven Film Festival"
