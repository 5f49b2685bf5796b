"""Tests for the seventeenth round of attribution rules, written while the fiftieth to
fifty-third held-out sets were being written: descriptions of bodies inside nested speech.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, found, source_of

BODIES = [
    {"name": "Orvallian Water Agency", "aliases": []},
    {"name": "Pellworth Rescue Service", "aliases": []},
    {"name": "Tamsin Okoro-Vale", "aliases": ["Okoro-Vale"]},
]
REGISTERED = [*REGISTRY, *BODIES]
LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - A reservoir wall cracked above Pellworth on "
        "Sunday, the Orvallian Water Agency said. Crews from the Pellworth Rescue Service moved 300 "
        "people from their homes. Mayor Tamsin Okoro-Vale said the city would pay for hotels. ")


@pytest.mark.parametrize("sentence", [
    "She said the agency had warned the city in March that the wall needed repairs.",
    "The agency said no one had been hurt.",
])
def test_the_description_is_the_body_named_by_its_noun_not_one_it_may_also_mean(sentence):
    """"The agency" after an agency and a service were named: the one whose name holds the
    noun ("Agency"), not the service that the word may also describe."""
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Orvallian Water Agency"


def test_the_description_stays_unsure_when_two_names_hold_its_noun():
    text = (LEAD + "The Pellworth Water Agency runs the city's pipes. Okoro-Vale said the hotels were ready. "
            "The agency said no one had been hurt.")
    registry = [*REGISTERED, {"name": "Pellworth Water Agency", "aliases": []}]
    assert source_of(text, "The agency said no one", registry) is None


def test_the_company_may_still_be_a_company_not_named_so():
    """"The company" is not only the body called "Company": of two companies it stays unsure."""
    text = ("VARN, Orvallia, Dec 2 (Quillmark Wire) - Quellfort Energy and the Varn Power Company agreed "
            "to merge on Sunday, Quellfort Energy said. The company said the deal would close in May.")
    registry = [*REGISTRY, {"name": "Quellfort Energy", "aliases": []},
                {"name": "Varn Power Company", "aliases": []}]
    assert source_of(text, "The company said the deal", registry) != "Varn Power Company"


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("She said the agency's inspectors had warned the city in a March report that the wall was failing.",
     "the agency's inspectors"),
    ("She said the agency's chief engineer had told her the wall would hold until spring.",
     "the agency's chief engineer"),
])
def test_a_bodys_staff_by_its_possessive_are_the_body_named_by_that_noun(sentence, source_text):
    """"The agency's inspectors" is the agency's staff: the words after the possessive are
    not modifiers of "agency" that its name must hold."""
    text = LEAD + sentence
    suggestion = found(text, sentence[:14], REGISTERED)
    assert suggestion is not None and suggestion.source == "Orvallian Water Agency"
    assert text[suggestion.source_span[0] : suggestion.source_span[1]] == source_text


@pytest.mark.parametrize("sentence", [
    "She said the agency had given her ministry a written assurance in May that the wall was sound.",
    "She said the agency had given tenants its word in 2021 that the wall would be repaired.",
    "She said the agency had given her \u201cits firm promise\u201d at talks in October that the wall would hold.",
    "She said the agency had advised the city against moving anyone before the spring.",
    "She said the agency had warned the city against building below the dam.",
])
def test_a_pledge_to_someone_and_advice_against_a_thing_are_the_inner_speakers(sentence):
    """A promise named by its object, given to someone named by a possessive, a plural or a
    name ("had given her ministry a written assurance", "had given tenants its word"), and
    advice against a thing are speech of the inner speaker."""
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Orvallian Water Agency"


def test_no_warning_given_is_no_pledge():
    """"Had given her no warning": nothing said, the outer speaker's claim."""
    sentence = "She said the agency had given her no warning, although the two had spoken on Tuesday."
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Tamsin Okoro-Vale"


FESTIVAL = [*REGISTRY, {"name": "Berrondo Ekoizpenak", "aliases": ["Berrondo"]},
            {"name": "Amaia Etxegoien", "aliases": ["Etxegoien"]}]
FESTIVAL_LEAD = ("ZELAIETA, Orvallia, Dec 2 (Quillmark Wire) - A music festival was cancelled on Sunday. "
                 "It said the organiser, Berrondo Ekoizpenak, had not shown that the exits were wide enough. ")


@pytest.mark.parametrize("sentence", [
    "Amaia Etxegoien said a Berrondo director had promised the town in writing on Tuesday that every fan "
    "would be refunded.",
    "A hotel owner said a Berrondo manager had told her in October to expect 300 guests.",
    "Amaia Etxegoien said a Berrondo operations director had assured her that the exits were wide enough.",
])
def test_one_of_a_named_organisations_staff_speaks_for_it_even_where_its_name_looked_like_a_persons(sentence):
    """"A Berrondo manager" names the organisation by a name that the article's other
    mentions ("the organiser, Berrondo Ekoizpenak,") left looking like a person's: one of its
    staff, speaking for it."""
    assert source_of(FESTIVAL_LEAD + sentence, sentence[:14], FESTIVAL) == "Berrondo Ekoizpenak"


def test_a_former_director_of_it_speaks_for_no_one():
    sentence = "Amaia Etxegoien said a former Berrondo director had promised her that every fan would be refunded."
    assert source_of(FESTIVAL_LEAD + sentence, sentence[:14], FESTIVAL) is None


MINISTRY = [*REGISTRY, {"name": "Orvallian Interior Ministry", "aliases": []},
            {"name": "Orvallian Fire Brigades Federation", "aliases": []},
            {"name": "Gustl Arnoldi", "aliases": ["Arnoldi"]}]
MINISTRY_LEAD = ("CORVARE, Orvallia, Dec 2 (Quillmark Wire) - Two people died in a farmhouse fire on Wednesday. "
                 "The brigade's commander, Gustl Arnoldi, said only four volunteers had answered their pagers. "
                 "Interior Minister Ada Crazzo ordered an inquiry. ")


def test_a_bodys_officials_described_by_its_noun_are_the_body_never_named():
    """"Ministry officials" after an interior minister: the registered interior ministry,
    not the registry's generic officials."""
    sentence = ("According to Arnoldi, ministry officials had told the brigades in September that no money "
                "would be found before 2028.")
    assert source_of(MINISTRY_LEAD + sentence, sentence[:14], MINISTRY) == "Orvallian Interior Ministry"


def test_a_bodys_officials_by_its_capitalised_noun_in_a_fronted_nested_clause():
    sentence = "Federation officials had assured the brigades, he said, that the ministry would pay."
    text = MINISTRY_LEAD + "The Orvallian Fire Brigades Federation said 60 brigades had no night crew. " + sentence
    assert source_of(text, sentence[:14], MINISTRY) == "Orvallian Fire Brigades Federation"


def test_officials_of_a_body_the_registry_does_not_hold_stay_the_generic_officials():
    sentence = "The boat was impounded on Tuesday night, port officials said."
    assert source_of(MINISTRY_LEAD + sentence, sentence[:14], MINISTRY) == "officials"


TOWN = [*REGISTRY, {"name": "Ruskava Municipality", "aliases": []},
        {"name": "Ilse Varnick", "aliases": ["Varnick"]}]
TOWN_LEAD = ("RUSKAVA, Orvallia, Dec 2 (Quillmark Wire) - A footbridge over the river in Ruskava collapsed on "
             "Sunday, the Ruskava Municipality said. Ilse Varnick, who lives beside it, said she had heard "
             "the timbers crack for weeks. ")


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("She said a municipal engineer had assured her in writing in 2022 that the timbers would be treated.",
     "municipal engineer"),
    ("She said a city hall transport official had assured residents in September, at a meeting, that the "
     "bridge would be checked.", "city hall transport official"),
    ("She said two senior municipal officials had told her the bridge was safe.", "municipal officials"),
])
def test_a_citys_staff_described_by_the_word_for_its_own_are_its_government(sentence, source_text):
    """"A municipal engineer", "a city hall official": the city's own staff, so the one
    registered body that governs it."""
    text = TOWN_LEAD + sentence
    suggestion = found(text, sentence[:14], TOWN)
    assert suggestion is not None and suggestion.source == "Ruskava Municipality"
    assert source_text in text[suggestion.source_span[0] : suggestion.source_span[1]]


def test_someone_at_city_hall_who_is_not_its_staff_speaks_for_no_one():
    sentence = "She said a city hall protester had told her the bridge had been sold."
    assert source_of(TOWN_LEAD + sentence, sentence[:14], TOWN) is None


VACCINE = [*REGISTRY, {"name": "Orvallian Vaccine Institute", "aliases": []},
           {"name": "Pellworth District Hospital", "aliases": []},
           {"name": "Radek Ostrow", "aliases": ["Ostrow"]}, {"name": "Ilse Varnick", "aliases": ["Varnick"]}]
VACCINE_LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - A shortage of flu vaccine has closed clinics in "
                "Pellworth. The Orvallian Vaccine Institute said its plant would reopen in January. The "
                "institute's director, Radek Ostrow, said the faults had been fixed. Patients at the Pellworth "
                "District Hospital were sent home. Ilse Varnick, a regional health official, said she had asked "
                "every hospital for its lists. ")


def test_the_director_of_one_body_is_no_director_of_another_described():
    """"The hospital's director" is not the person named as "the institute's director": the
    hospital's staff, so the hospital."""
    sentence = ("According to Varnick, the hospital's director had told her office at the time that no patient "
                "there was waiting.")
    assert source_of(VACCINE_LEAD + sentence, sentence[:14], VACCINE) == "Pellworth District Hospital"


def test_the_director_of_the_body_named_with_that_role_is_still_that_person():
    sentence = "According to Varnick, the institute's director had told her office that the plant was safe."
    assert source_of(VACCINE_LEAD + sentence, sentence[:14], VACCINE) == "Radek Ostrow"


RACE = [*REGISTRY, {"name": "Tamberly Events", "aliases": []}, {"name": "Orla Penhale", "aliases": ["Penhale"]}]
RACE_LEAD = ("WEXHOLME, Orvallia, Dec 2 (Quillmark Wire) - Tamberly Events will cancel the city's marathon and "
             "cut 40 jobs, the company announced on Wednesday. Chief executive Orla Penhale told reporters "
             "that sponsors had pulled out. \u201cWe held on longer than we should,\u201d she said. \u201cWe "
             "could not hold on any longer.\u201d \u201cEvery runner will be paid back.\u201d ")
SENTENCE = "The company added that the race would move to a smaller town next year."


def test_the_company_still_stands_for_the_one_company_the_same_description_was_used_for():
    """"The company" five sentences after the one company's last mention, when "the company"
    was said of it since (in the lead's "the company announced"): still that company."""
    assert source_of(RACE_LEAD + SENTENCE, SENTENCE[:14], RACE) == "Tamberly Events"


def test_the_company_far_from_any_mention_or_description_of_it_is_still_the_one_company():
    """Six sentences after the one company's last mention, with no "the company" said of it
    since: still that company, as the gold sets' writers read it (it was unsure before)."""
    text = RACE_LEAD.replace("the company announced", "Tamberly Events announced")
    assert source_of(text + SENTENCE, SENTENCE[:14], RACE) == "Tamberly Events"


def test_the_company_far_from_the_one_company_is_not_it_over_a_company_named_since():
    text = RACE_LEAD.replace("the company announced", "Tamberly Events announced").replace(
        "that sponsors had pulled out.", "that sponsors had pulled out. Halvane Sports Ltd. owns the course.")
    assert source_of(text + SENTENCE, SENTENCE[:14], RACE) != "Tamberly Events"


PLANT = [*REGISTRY, {"name": "Carvanne Meats", "aliases": []},
         {"name": "Orvallian Veterinary Service", "aliases": []},
         {"name": "Orvallian Food Workers' Union", "aliases": []}]
PLANT_LEAD = ("DORSK, Orvallia, Dec 2 (Quillmark Wire) - Forty workers at a meat plant in Dorsk have fallen ill. "
              "The plant belongs to Carvanne Meats, the country's largest meat processor. The Orvallian "
              "Veterinary Service said it had tested the herds in October. Cattle arrive from 300 farms. "
              "Herds were culled in May. The Orvallian Food Workers' Union said dozens of its members were ill. ")


@pytest.mark.parametrize("sentence", [
    "Its general secretary said a plant manager had warned staff in November that anyone who stayed home "
    "would lose a day's pay.",
    "Its general secretary said managers at the plant had told workers to keep coming in.",
])
def test_staff_of_a_site_speak_for_the_operator_named_with_that_site(sentence):
    """Of several operators, none named near: a plant's staff are those of the one named in
    the sentence that spoke of the plant ("The plant belongs to Carvanne Meats")."""
    assert source_of(PLANT_LEAD + sentence, sentence[:14], PLANT) == "Carvanne Meats"


def test_staff_of_no_site_stay_unsure_among_several_firms():
    """A shift supervisor is a firm's, not the veterinary service's (the forty-first round); of two
    firms, neither said to run the plant the sentence speaks of, nobody's."""
    sentence = "Its general secretary said a shift supervisor had warned staff that anyone off sick would lose pay."
    assert source_of(PLANT_LEAD + sentence, sentence[:14], PLANT) == "Carvanne Meats"
    registry = [*PLANT, {"name": "Brenna Feeds", "aliases": []}]
    lead = PLANT_LEAD.replace("Cattle arrive from 300 farms.", "Cattle arrive from 300 farms fed by Brenna Feeds.")
    assert source_of(lead + sentence, sentence[:14], registry) is None


CABINET = [*REGISTRY, {"name": "Mirela Ostrand", "aliases": ["Ostrand"]},
           {"name": "Toma Velikan", "aliases": ["Velikan"]}, {"name": "Aurel Danescu", "aliases": ["Danescu"]}]
CABINET_LEAD = ("VARN, Orvallia, Dec 2 (Quillmark Wire) - Labour Minister Mirela Ostrand said the pension age "
                "would rise to 67. Prime Minister Toma Velikan wrote on social media that the government had "
                "chosen the harder road. Aurel Danescu, who leads the largest union, called a strike. ")


@pytest.mark.parametrize(("sentence", "source"), [
    ("He said the labour minister had promised him over dinner in June that the age would rise to 66.",
     "Mirela Ostrand"),
    ("The prime minister, according to Danescu, had told union leaders that he would never put it to a vote.",
     "Toma Velikan"),
])
def test_a_described_minister_is_the_one_named_with_those_words_not_the_one_who_spoke_last(sentence, source):
    """"The labour minister" after the prime minister spoke is the one named as labour
    minister; the speaker carried from before must fit the description's words."""
    assert source_of(CABINET_LEAD + sentence, sentence[:14], CABINET) == source


WATER = [*REGISTRY, {"name": "Orvallian Water Inspectorate", "aliases": []},
         {"name": "Kelvane Vesi", "aliases": []}, {"name": "Ilka Sarrow", "aliases": ["Sarrow"]}]
WATER_LEAD = ("KELVANE, Orvallia, Dec 2 (Quillmark Wire) - The company that supplies Kelvane with water released "
              "untreated sewage into the lake on 27 nights, the Orvallian Water Inspectorate said. It fined the "
              "company, Kelvane Vesi, 1.4 million crowns. It said a Kelvane Vesi manager had told its inspectors "
              "in May that the overflow was unused. Fishermen said catches had fallen. Prosecutors said they "
              "were investigating. Environment Minister Ilka Sarrow said she had ordered checks of every works. ")


def test_a_name_set_after_the_company_in_apposition_is_what_the_company_stands_for():
    """"It fined the company, Kelvane Vesi,": the company is Kelvane Vesi, for a later "the
    company" too, whatever its name looks like."""
    sentence = "The company had assured her ministry in 2024, she said, that the overflow had been sealed."
    assert source_of(WATER_LEAD + sentence, sentence[:14], WATER) == "Kelvane Vesi"


CHAINS = [*REGISTRY, {"name": "Farmacias Yvapo", "aliases": ["Yvapo"]},
          {"name": "Orvallian Health Directorate", "aliases": []}, {"name": "Lerma Systems", "aliases": []},
          {"name": "Hipolito Ysandro", "aliases": ["Ysandro"]}]


@pytest.mark.parametrize("lead", [
    "A girl was given the wrong syrup at a branch of the Farmacias Yvapo chain, police said. ",
    "A girl was given the wrong syrup at a branch of the pharmacy chain Farmacias Yvapo, police said. ",
])
def test_the_chain_is_the_company_described_as_one(lead):
    """"The chain" is the company the article described as a chain ("the Farmacias Yvapo
    chain", "the pharmacy chain Farmacias Yvapo"), not another company named since; and a
    head introduced as "Its director" after a sentence naming two bodies is the director of
    the one "it" stands for, so the chain's reply is the chain's."""
    text = ("YVAPO, Orvallia, Dec 2 (Quillmark Wire) - " + lead
            + "Its software supplier, Lerma Systems, said the update had been tested. "
            "The Orvallian Health Directorate said it had received 46 reports of errors at Yvapo branches. "
            "Its director, Hipolito Ysandro, said the directorate had written to the chain in July. ")
    sentence = "He said the chain had replied that most of the errors were minor."
    assert source_of(text + sentence, sentence[:14], CHAINS) == "Farmacias Yvapo"


def test_a_residents_group_is_no_company_the_company_may_stand_for():
    """"The residents' group X" is no company: "It said the company had replied" after its
    words is the company named before, not the group."""
    text = (WATER_LEAD + "The residents' group Friends of Kelvane Lake said it had sent its samples to the company "
            "twice. ")
    sentence = "It said the company had replied each time that the samples had been taken near a farm."
    registry = [*WATER, {"name": "Friends of Kelvane Lake", "aliases": []}]
    assert source_of(text + sentence, sentence[:14], registry) == "Kelvane Vesi"


@pytest.mark.parametrize("sentence", [
    "She said the city had been assured by an engineer from the agency in October that the wall would hold.",
    "She said she had been given an assurance by the agency's chief engineer on Wednesday that the wall "
    "would hold.",
    "She said she had been given a written promise by the agency in May that the wall would be repaired.",
])
def test_a_passives_agent_that_is_a_bodys_staff_or_a_promise_given_by_it_is_the_bodys(sentence):
    """"Had been assured by an engineer from the agency" and "had been given an assurance by
    the agency's chief engineer": the agency's speech."""
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Orvallian Water Agency"


def test_a_passives_agent_who_is_no_ones_staff_stays_no_ones():
    sentence = "She said she had been assured by an engineer from a private firm in October that the wall would hold."
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) != "Orvallian Water Agency"


GAS = [*REGISTRY, {"name": "Gasnet Orvall", "aliases": ["Gasnet"]}, {"name": "Mett Goedar", "aliases": ["Goedar"]}]
GAS_LEAD = ("DORSK, Orvallia, Dec 2 (Quillmark Wire) - Gas leaked from a pipeline under Dorsk on Sunday, and 400 "
            "people left their homes. Gasnet Orvall, which runs the pipeline, said the leak had been stopped. ")


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("The fire commander, Mett Goedar, said Gasnet's control room had told his officers before midnight that "
     "the valves would be closed within the hour.", "Gasnet"),
    ("The fire commander, Mett Goedar, said Gasnet's technical office had told him in May that new valves "
     "would be fitted.", "Gasnet"),
    ("The fire commander, Mett Goedar, said head office had told the crews on Friday to keep the valves open.",
     "head office"),
    ("The fire commander, Mett Goedar, said an engineer from the regional office had told his officers that "
     "the pipe was sound.", "regional office"),
])
def test_an_operators_offices_speak_for_it(sentence, source_text):
    """A named operator's offices ("Gasnet's control room", "its technical office") and, in
    a story of one operator, "head office" and "the regional office" speak for the operator."""
    text = GAS_LEAD + sentence
    suggestion = found(text, sentence[:14], GAS)
    assert suggestion is not None and suggestion.source == "Gasnet Orvall"
    assert source_text in text[suggestion.source_span[0] : suggestion.source_span[1]]


def test_his_own_office_is_not_the_operators():
    sentence = "The fire commander, Mett Goedar, said his office had told residents to stay indoors."
    assert source_of(GAS_LEAD + sentence, sentence[:14], GAS) != "Gasnet Orvall"


@pytest.mark.parametrize(("body", "sentence"), [
    ("Orvallian Alpine Rescue", "She said a rescuer had told them around midnight that they would have to wait."),
    ("Orvallian Crop Insurance Fund", "He said an assessor had telephoned him on July 25 to tell him to leave the "
                                      "plants in the field."),
    ("Dorsk Leisure Pools", "She said a lifeguard had told the children to count to 30 between riders."),
])
def test_staff_named_by_their_trade_speak_for_the_one_body_of_that_trade(body, sentence):
    """A rescuer, an assessor, a lifeguard: the one body of their trade named in the story."""
    registry = [*REGISTRY, {"name": body, "aliases": []}, {"name": "Mett Goedar", "aliases": ["Goedar"]}]
    text = (f"DORSK, Orvallia, Dec 2 (Quillmark Wire) - The {body} said on Sunday that it was looking into a "
            "complaint. Mett Goedar, a farmer, said he had waited for hours. ")
    assert source_of(text + sentence, sentence[:14], registry) == body


@pytest.mark.parametrize("phrase", [
    "who did not want to give his name",
    "who asked that he not be identified",
    "who gave his account on the understanding that his name would not appear",
    "who agreed to talk only if his name was kept out of the report",
    "who wants his name kept out of the papers",
    "who declined to let his name be published",
    "who asked that his name be kept out of the press",
])
def test_a_name_kept_out_of_print_in_any_wording_is_anonymity(phrase):
    """Writers vary the anonymity phrase: every wording of a name kept out of print makes the
    speaker the anonymity entry, also when he works for a registered body."""
    sentence = f"A Gasnet engineer, {phrase}, said the company had known since 2022 that the valves were hard to reach."
    assert source_of(GAS_LEAD + sentence, sentence[:14], GAS) == "anonymous official"


def test_a_name_that_did_appear_is_no_anonymity():
    sentence = "A Gasnet engineer, whose name appeared in the report, said the valves were hard to reach."
    assert source_of(GAS_LEAD + sentence, sentence[:14], GAS) != "anonymous official"
