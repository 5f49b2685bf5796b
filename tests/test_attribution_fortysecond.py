"""Tests for the forty-second round of attribution rules, written after the pairs up to the
two-hundred-and-nineteenth held-out set were scored, while the next pair was being written.

Names whose words show a body though no listed ending of an organisation's name did ("Vestmarran
Navy", "Orlane Rescue Corps", "Kestrani Pipelines", "Tovarni Telecommunications"): "the navy",
"the company" and a short form of the name ("Kestrani had promised") stand for them. Words that also open a
sentence as common nouns ("Traders blame ...") were left out (a guard test).

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

PIPE = [*GENERIC, {"name": "Kestrani Pipelines", "aliases": []}, {"name": "Varlo Lake Authority", "aliases": []},
        {"name": "Oriane Belfaste", "aliases": ["Belfaste"]}]
PIPE_LEAD = ("A pipe run by Kestrani Pipelines leaked oil into Lake Varlo on Monday, the Varlo Lake Authority said. "
             "Oriane Belfaste, the mayor of Tresse, said the oil had reached the town beach. ")


def test_a_firm_named_by_its_trade_in_the_plural_is_what_its_short_form_stands_for():
    nested = "Belfaste said Kestrani had promised her council in 2040 that the pipe had decades of life left in it."
    assert source_of(PIPE_LEAD + nested, nested[:20], PIPE) == "Kestrani Pipelines"


def test_the_company_stated_is_a_firm_whose_name_ends_in_telecommunications():
    registry = [*GENERIC, {"name": "Tovarni Telecommunications", "aliases": []},
                {"name": "Mesko Radovic", "aliases": ["Radovic"]}]
    text = ("Tovarni Telecommunications said on Tuesday that a fire at an exchange had cut mobile calls for nine "
            "hours. Mesko Radovic, a regulator, said the outage was the longest in a decade. "
            "The company stated that emergency calls had never been cut.")
    assert source_of(text, "The company stated", registry) == "Tovarni Telecommunications"


def test_a_navy_is_a_body_whose_staff_speak_for_it():
    body = "Vestmarran Navy"
    nested = ("Grettis said a navy liaison officer had telephoned her on Monday to say that a frigate had been testing "
              "equipment.")
    registry = [*GENERIC, {"name": body, "aliases": []}, {"name": "Hilde Grettis", "aliases": ["Grettis"]}]
    text = (f"Fishermen off Orlane found six dead dolphins on Sunday, and the {body} said it was looking into the "
            "deaths. Hilde Grettis, who runs a whale-watching boat, said she had heard loud pings under water. "
            + nested)
    assert source_of(text, nested[:20], registry) == body


def test_a_name_ending_in_traders_is_still_no_organisation_when_the_word_opens_a_sentence():
    registry = [*GENERIC, {"name": "Kivori Sugar Company", "aliases": []}]
    text = ("Sugar ran short in Kivori's markets on Monday as a strike at the Kivori Sugar Company's mill went into "
            "its third week. Traders blame shortages caused by the dispute, though the company says the mill is "
            "running at full capacity.")
    assert source_of(text, "Traders blame", registry) == "Kivori Sugar Company"


def test_staff_from_a_firms_short_name_speak_for_the_firm():
    nested = ("Belfaste said an engineer from Kestrani had told her council in 2040 that the pipe had decades of life "
              "left in it.")
    assert source_of(PIPE_LEAD + nested, nested[:20], PIPE) == "Kestrani Pipelines"


def test_a_trader_from_a_town_that_opens_a_hospitals_name_is_no_ones():
    registry = [*GENERIC, {"name": "Losari General Hospital", "aliases": []}]
    text = ("A boy lost his hand on Saturday when a bomb he was about to throw into a shoal went off, Losari General "
            "Hospital said. His uncle, who was on the boat, said the village had fished with bombs for years. He said "
            "a trader from Losari had told fishermen he would buy all the fish they could sell.")
    assert source_of(text, "He said a trader", registry) is None


BUSES = [*GENERIC, {"name": "Varnic City Buses", "aliases": []}, {"name": "Ilka Moravec", "aliases": ["Moravec"]}]


def test_a_lead_whose_second_clause_opens_with_a_body_described_is_that_body_named_next():
    text = ("VARNIC, Dolmia, Aug 2 (Wire) - The city took its buses off the road on Tuesday after a fire, and the "
            "municipal bus company said it would not run them again. Varnic City Buses said the fires had started in "
            "the battery packs. Ilka Moravec, the mayor, said the city would hire coaches.")
    assert source_of(text, "VARNIC", BUSES) == "Varnic City Buses"


def test_a_lead_closed_by_the_city_bus_company_is_the_bus_company_named_later():
    """(A guard: it held before this round too; the -es plural is pinned by the second-clause test above.)"""
    text = ("VARNIC, Dolmia, Aug 2 (Wire) - The city took all 140 of its electric buses off the road on Tuesday "
            "after a second one caught fire, the city bus company said. Ilka Moravec, the mayor, said the city "
            "would hire coaches. Varnic City Buses said the fires had started in the battery packs.")
    assert source_of(text, "VARNIC", BUSES) == "Varnic City Buses"


def test_the_datelines_country_is_no_source_when_its_possessive_stands_before_a_body():
    registry = [*GENERIC, {"name": "Hinera Matawhetu", "aliases": ["Matawhetu"]}]
    text = ("WAIORA, Tairavia, Aug 9 (Wire) - Tairavia's national theatre will close for at least two years after "
            "asbestos was found above its main stage, its director said on Tuesday. Hinera Matawhetu, who has run "
            "the theatre since 2035, said the season would move to a school hall.")
    assert source_of(text, "WAIORA", registry) is None


DAM = [*GENERIC, {"name": "Jokul Hydro", "aliases": []}, {"name": "Varn Dam Safety Board", "aliases": []}]
DAM_LEAD = ("Floodwater burst through a gate of the Varn dam, run by Jokul Hydro, on Sunday, flooding 40 homes. The "
            "Varn Dam Safety Board said it had inspected the gate in May. A technician at the dam, speaking on "
            "condition of anonymity, said the alarms had sounded for an hour. ")


def test_staff_at_a_place_work_for_who_runs_it_not_for_the_board_that_oversees_such_places():
    nested = "He said the shift supervisor had told the crew to switch the alarms off."
    assert source_of(DAM_LEAD + nested, nested[:20], DAM) == "Jokul Hydro"


def test_a_supervisor_in_charge_that_night_is_staff_whatever_the_phrase_of_duty_after_him():
    nested = "He said the supervisor in charge that night had told the crew to switch the alarms off."
    assert source_of(DAM_LEAD + nested, nested[:20], DAM) == "Jokul Hydro"


def test_a_named_persons_promise_to_people_named_by_two_words_is_theirs():
    registry = [*GENERIC, {"name": "Drito Kastrel", "aliases": ["Kastrel"]},
                {"name": "Gjergo Dukan", "aliases": ["Dukan"]}]
    text = ("Three inmates escaped from Drenova prison on Sunday. Drito Kastrel, the prisons director, said the wing "
            "had been short of guards. Gjergo Dukan, who leads the prison officers' union, accused the government of "
            "cuts. Dukan said Kastrel had promised union members in January to hire 300 new guards by the summer.")
    assert source_of(text, "Dukan said Kastrel", registry) == "Drito Kastrel"


def test_a_lone_company_suffix_with_its_full_stop_is_no_registered_company():
    """(Found by the property test in tests/test_attribution.py: "Ltd." alone was "Orbitec Ltd.", a registry
    suggestion whose span spelled no registered name.)"""
    registry = [*GENERIC, {"name": "Orbitec Ltd.", "aliases": ["Orbitec"]}]
    assert source_of("Orbitec Ltd.. The letterOrbitec Ltd.said", "The letter", registry) != "Orbitec Ltd."


@pytest.mark.parametrize(("lead", "body"), [
    ("Molvea's gambling regulator suspended the national lottery's weekly draw on Monday after the same six numbers "
     "came up twice, declaring that the machine might have been tampered with.", "Molvean Gaming Commission"),
    ("Molvea's tax authority admitted on Tuesday that 400,000 households had received bills ten times too high, and "
     "blamed a fault in its software.", "Molvean State Revenue Committee"),
])
def test_a_leads_body_described_by_another_word_for_its_field_is_the_body_named_next(lead, body):
    registry = [*GENERIC, {"name": body, "aliases": []}, {"name": "Ilvie Randra", "aliases": ["Randra"]}]
    text = (f"CAMPU, Molvea, Aug 12 (Wire) - {lead} Ilvie Randra, who chairs the {body}, said the matter was "
            "being examined. Randra said more would be known on Friday.")
    assert source_of(text, "CAMPU", registry) == body


@pytest.mark.parametrize("nested", [
    "Dorin said the federation's arbiters had told him on Sunday that he could play on while they checked the shoe.",
    "Dorin said the federation's own observer had told him after the game that everything looked normal.",
])
def test_a_bodys_arbiters_and_observers_are_its_staff(nested):
    registry = [*GENERIC, {"name": "Zalgan Chess Federation", "aliases": []},
                {"name": "Vytas Dorin", "aliases": ["Dorin"]}]
    text = ("The Zalgan Chess Federation banned a grandmaster for a year on Monday after a device was found in his "
            "shoe. Vytas Dorin, the player's lawyer, said his client would appeal. " + nested)
    assert source_of(text, nested[:20], registry) == "Zalgan Chess Federation"


SERRA = [*GENERIC, {"name": "Serran Coastal Agency", "aliases": []}, {"name": "Ilma Kask", "aliases": ["Kask"]}]
SERRA_LEAD = ("Sewage overflowed into the bay at Serra on Monday, the Serran Coastal Agency said. Ilma Kask, a "
              "fisherman, said the water had turned brown. ")


@pytest.mark.parametrize("sentence", [
    "The agency's records show that the outfall overflowed twice last summer.",
    "The agency's own guidelines say no outfall should overflow for more than an hour.",
    "The outfall overflowed twice last summer, the agency's own records show.",
])
def test_a_bodys_records_figures_and_guidelines_speak_for_it(sentence):
    assert source_of(SERRA_LEAD + sentence, sentence[:20], SERRA) == "Serran Coastal Agency"


def test_show_inside_a_clause_is_no_documents_cue():
    sentence = ("Without the radar, forecasters had to rely on pictures that could not show how much rain was falling, "
                "the Serran Coastal Agency said.")
    assert source_of(SERRA_LEAD + sentence, sentence[:20], SERRA) == "Serran Coastal Agency"


def test_the_banking_watchdog_of_a_lead_is_the_banking_supervisor_named_next():
    registry = [*GENERIC, {"name": "Itsmendian Banking Supervisor", "aliases": []},
                {"name": "Arane Zubiri", "aliases": ["Zubiri"]}]
    text = ("ZUBIA, Itsmendia, Sep 3 (Wire) - Customers of the country's largest savings bank could not pay for goods "
            "on Tuesday, and the banking watchdog disclosed that the bank's systems had been down since Monday. "
            "The Itsmendian Banking Supervisor said it had ordered an inquiry. Arane Zubiri, a shopkeeper, said she "
            "had lost a day's takings.")
    assert source_of(text, "ZUBIA", registry) == "Itsmendian Banking Supervisor"


# Guards from a review of this round (a helper probing the new rules with invented copy).

@pytest.mark.parametrize("sentence", [
    "The data suggest the outfall overflowed twice last summer.",
    "The guidelines say no outfall should overflow for more than an hour.",
])
def test_records_data_and_guidelines_of_no_owner_are_not_the_last_speakers(sentence):
    assert source_of(SERRA_LEAD + sentence, sentence[:20], SERRA) is None


def test_a_person_whose_surname_is_a_word_of_a_bodys_name_keeps_her_pronoun():
    registry = [*GENERIC, {"name": "Sarah Temple", "aliases": ["Temple"]}]
    text = ("Floodwater closed the Orvane bridge on Monday. Sarah Temple, the town's mayor, said the bridge would "
            "reopen on Friday. Temple said engineers had found no damage. She said the town would pay for repairs.")
    assert source_of(text, "She said", registry) == "Sarah Temple"


def test_a_drug_agency_is_no_medicines_agency():
    registry = [*GENERIC, {"name": "Kessan Medicines Agency", "aliases": []},
                {"name": "Kessan Drug Enforcement Agency", "aliases": []}]
    text = ("KARO, Kessa, Aug 2 (Wire) - Kessa's drug agency said on Monday it had seized four tonnes of cocaine at "
            "the port. The Kessan Medicines Agency said separately that fake slimming pills were sold online. The "
            "Kessan Drug Enforcement Agency said the crates came from abroad.")
    assert source_of(text, "KARO", registry) == "Kessan Drug Enforcement Agency"


def test_staff_from_the_datelines_country_are_no_firms_whose_name_it_opens():
    registry = [*GENERIC, {"name": "Dolmia Telecom", "aliases": []}, {"name": "Ilka Moravec", "aliases": ["Moravec"]}]
    text = ("VARNIC, Dolmia, Aug 2 (Wire) - Mobile calls were cut across the north on Monday, Dolmia Telecom said. "
            "Ilka Moravec, a shopkeeper, said she had lost a day's trade. She said an engineer from Dolmia had told "
            "her the fault was in a cable.")
    assert source_of(text, "She said an engineer", registry) is None


def test_a_rights_initiative_named_digital_is_no_second_company():
    registry = [*GENERIC, {"name": "Kessan Digital Rights Initiative", "aliases": []},
                {"name": "Orbo Telecom", "aliases": []}, {"name": "Ilka Moravec", "aliases": ["Moravec"]}]
    text = ("Kessa's privacy law took effect on Monday. The Kessan Digital Rights Initiative said it would watch how "
            "firms apply it. Orbo Telecom said it would comply. Ilka Moravec, an analyst, said costs would rise. The "
            "company said it had received no requests yet.")
    assert source_of(text, "The company said", registry) == "Orbo Telecom"


def test_a_banks_own_supervisory_board_is_no_regulator():
    registry = [*GENERIC, {"name": "Orbo Bank Supervisory Board", "aliases": []},
                {"name": "Ilka Moravec", "aliases": ["Moravec"]}]
    text = ("Orbo Bank's supervisory board fired its chief executive on Monday. The Orbo Bank Supervisory Board said "
            "the bank had hidden losses. Ilka Moravec, an analyst, said shares would fall. The regulator said it "
            "would open an inquiry.")
    assert source_of(text, "The regulator said", registry) is None
