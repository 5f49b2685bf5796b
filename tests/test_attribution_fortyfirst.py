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


def test_declared_closing_a_quote_with_a_place_after_it_is_speech():
    registry = [*GENERIC, {"name": "Ostrevan People's Union", "aliases": []},
                {"name": "Mirela Kostan", "aliases": ["Kostan"]}]
    text = ("The Ostrevan People's Union left the coalition on Friday. \"We signed an agreement, not a blank cheque,\" "
            "Mirela Kostan, the union's leader, declared outside parliament.")
    assert source_of(text, "\"We signed", registry) == "Mirela Kostan"


def test_declared_with_an_object_is_still_an_act():
    registry = [*GENERIC, {"name": "Mirela Kostan", "aliases": ["Kostan"]}]
    text = "Mirela Kostan declared three days of mourning after the floods."
    assert source_of(text, "Mirela Kostan declared", registry) is None


LAWYER = [*GENERIC, {"name": "Arvid Halberg", "aliases": ["Halberg"]},
          {"name": "Ostrevan Handball Federation", "aliases": []}]


def test_his_lawyer_after_a_prosecutors_quote_is_not_the_prosecutors():
    """(A review's case: who "his" client is, a quote's speaker does not say; nothing.)"""
    registry = [*GENERIC, {"name": "Arvid Halberg", "aliases": ["Halberg"]},
                {"name": "Velmar District Court", "aliases": []}]
    text = ("A 34-year-old man was charged with fraud at the Velmar District Court on Monday. \"The evidence is "
            "overwhelming,\" said Arvid Halberg, the prosecutor. \"We will ask for a prison term.\" His lawyer said "
            "the man would plead not guilty.")
    assert source_of(text, "His lawyer said", registry) is None


def test_his_lawyer_after_an_unattributed_quote_is_no_ones():
    text = ("The Ostrevan Handball Federation dismissed its coach on Monday. Fans were angry. \"Every player knew what "
            "he was signing up for.\" His lawyer said he was weighing a claim for unfair dismissal.")
    assert source_of(text, "His lawyer said", LAWYER) is None


def test_the_coastguard_is_the_registered_coastguard_agency():
    registry = [*GENERIC, {"name": "Tarvenian Coastguard Agency", "aliases": []},
                {"name": "Brisa Lines", "aliases": []}, {"name": "Ione Marrack", "aliases": ["Marrack"]}]
    text = ("A Brisa Lines ferry ran aground on Saturday, the Tarvenian Coastguard Agency said. Ione Marrack, chief "
            "executive of Brisa Lines, said nobody was hurt. Marrack said the coastguard had told her shortly after "
            "noon that the hull was not taking on water.")
    assert source_of(text, "Marrack said the coastguard", registry) == "Tarvenian Coastguard Agency"


def test_the_yards_foremen_are_the_shipyards_not_its_creditors():
    """The welder's employer, by the site his description names: "the yard" is the one operator whose
    name ends a word in it ("X Shipyard"), not the first named in a sentence about the yard."""
    registry = [*GENERIC, {"name": "Ostrevan Shipyard", "aliases": []}, {"name": "Brusk Savings Bank", "aliases": []}]
    text = ("The Ostrevan Shipyard filed for bankruptcy on Wednesday. Workers gathered outside the gates. According "
            "to the Brusk Savings Bank, the yard's largest creditor, the shipyard had missed three loan payments. "
            "The yard received public money in 2036. Its two cargo ships lie unfinished. "
            "A welder at the yard, speaking on condition of anonymity, said nobody had expected it. He said foremen "
            "had told the crews on Monday to keep working as normal.")
    assert source_of(text, "He said foremen", registry) == "Ostrevan Shipyard"


@pytest.mark.parametrize("staff", ["Velbrook's own researchers", "the institute's researchers",
                                   "a Velbrook geologist"])
def test_a_bodys_researchers_and_geologists_are_its_staff(staff):
    registry = [*GENERIC, {"name": "Velbrook Minerals Institute", "aliases": []},
                {"name": "Ostrevan Competition Commission", "aliases": []}, {"name": "Dana Moss", "aliases": ["Moss"]}]
    text = ("The Ostrevan Competition Commission opened an inquiry into the Velbrook Minerals Institute on Monday. "
            f"Dana Moss, who chairs the commission, said {staff} had admitted to its staff in March that the "
            "figures were wrong.")
    assert source_of(text, "Dana Moss", registry) == "Velbrook Minerals Institute"


def test_the_ships_chief_engineer_is_the_ferry_lines():
    registry = [*GENERIC, {"name": "Skarvik Ferries", "aliases": []}, {"name": "Ostrevan Coast Guard", "aliases": []}]
    text = ("A Skarvik Ferries ship caught fire in the strait on Saturday, the Ostrevan Coast Guard said. A deckhand, "
            "who asked not to be named, said the alarm had sounded twice. He said the ship's chief engineer had "
            "told the captain both times that the alarm was false.")
    assert source_of(text, "He said the ship's", registry) == "Skarvik Ferries"


def test_the_ships_chief_engineer_with_two_lines_named_is_no_ones():
    registry = [*GENERIC, {"name": "Skarvik Ferries", "aliases": []}, {"name": "Brisa Shipping", "aliases": []}]
    text = ("A Skarvik Ferries ship and a Brisa Shipping tanker collided in the strait on Saturday. A deckhand, "
            "who asked not to be named, said the alarm had sounded twice. He said the ship's chief engineer had "
            "told the captain both times that the alarm was false.")
    assert source_of(text, "He said the ship's", registry) is None


def test_an_employee_in_a_unit_of_a_place_works_for_the_body_named_by_the_place():
    registry = [*GENERIC, {"name": "Tarvik International Airport", "aliases": []},
                {"name": "Ostrevan Civil Aviation Authority", "aliases": []},
                {"name": "Brisa Air Cargo", "aliases": []}]
    text = ("A Brisa Air Cargo jet skidded off the runway at Tarvik International Airport on Monday. The Ostrevan "
            "Civil Aviation Authority said it would investigate. A controller in the airport's tower, who asked not "
            "to be named, said the wind sensor had been broken for a week. He said managers had instructed controllers "
            "to read the wind from the other end of the runway.")
    assert source_of(text, "He said managers", registry) == "Tarvik International Airport"


def test_a_firm_of_engineers_is_the_firm_a_partner_speaks_for():
    registry = [*GENERIC, {"name": "Sarvel Homes", "aliases": []},
                {"name": "Tabrin Structural Engineers", "aliases": []}]
    text = ("The developer, Sarvel Homes, dismissed the cracks as cosmetic. Its chairman, Kouros Behrani, said "
            "Tabrin Structural Engineers had examined the tower in 2040. Tabrin Structural Engineers countered "
            "that its inspection had covered only the facade. \"We were never asked to look at the columns,\" a "
            "partner at the firm said.")
    assert source_of(text, "\"We were never", registry) == "Tabrin Structural Engineers"


# Guards written from a review of this round's rules (each wrong on a draft of them).


def test_a_regulators_inspector_told_by_the_site_foreman_reports_the_firms_staff():
    text = ("Water flooded a gallery of the Ostrevan Tin Company's Brusk mine on Sunday, trapping six miners. An "
            "inspector at the Ostrevan Mines Safety Board, speaking on condition of anonymity, said the pumps had "
            "failed twice. He said the site foreman had told him the pumps were new.")
    assert source_of(text, "He said the site", MINE) != "Ostrevan Mines Safety Board"


@pytest.mark.parametrize("sentence", ["Mirela Kostan declared to the tax office an income of 40,000 euros.",
                                      "Mirela Kostan declared after the floods a state of emergency."])
def test_declared_before_its_object_stays_an_act(sentence):
    registry = [*GENERIC, {"name": "Mirela Kostan", "aliases": ["Kostan"]}]
    assert source_of("The floods hit Velmar on Monday. " + sentence, "Mirela Kostan declared", registry) is None


def test_the_ships_owner_is_no_maritime_regulators():
    registry = [*GENERIC, {"name": "Ostrevan Maritime Safety Authority", "aliases": []}]
    text = ("A cargo ship ran aground off Velmar on Saturday, the Ostrevan Maritime Safety Authority said. A harbour "
            "pilot, who asked not to be named, said the fog had been thick. He said the ship's owner had told him "
            "the radar was broken.")
    assert source_of(text, "He said the ship's owner", registry) is None


def test_the_head_keeper_named_before_is_not_the_zoos_unnamed_staff():
    text = ("A bear escaped at Velmar City Zoo on Monday. Anka Sorrel, the zoo's head keeper, said nobody was hurt. "
            "A keeper at the zoo, who asked not to be named, said the lock had been broken for weeks. He said the "
            "head keeper had told staff in April to tie the gate with wire.")
    assert source_of(text, "He said the head keeper", ZOO) != "Velmar City Zoo"


def test_a_name_ending_in_the_sites_word_is_no_compound_of_it():
    registry = [*GENERIC, {"name": "Courtyard Hotels", "aliases": []}, {"name": "Ostrevan Rail Freight", "aliases": []}]
    text = ("A fire broke out at the Ostrevan Rail Freight yard in Velmar on Sunday. Guests at a nearby Courtyard "
            "Hotels inn were evacuated. A shunter at the yard, who asked not to be named, said the alarms had not "
            "worked. He said the yard manager had told the crews to keep working.")
    assert source_of(text, "He said the yard manager", registry) != "Courtyard Hotels"
