"""Tests for the twenty-second round of attribution rules, written while the hundred-and-sixth
and hundred-and-seventh held-out sets were being written: bodies described before their names
at the head of a sentence, and unnamed staff described by their body.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

SPRINGS = [*GENERIC, {"name": "Aguas de Merlavo", "aliases": []}, {"name": "Osmund Trieve", "aliases": []}]
SPRINGS_TEXT = ("MERLAVO, Vessany, Feb 2 (Pellwick Wire) - Taps in Merlavo will run for four hours a day, "
                "the town's water utility said on Friday. "
                "The utility, Aguas de Merlavo, blamed ditches dug on the moor. "
                "Osmund Trieve, a farmer, said the ditches were old. "
                "The utility said the springs had dropped by a third. "
                "A technician at the water utility, who asked not to be named, said two springs had dried. "
                "He said the utility's director had warned the council in May that rationing would come.")


@pytest.mark.parametrize("prefix", ["The utility said the springs", "He said the utility's director"])
def test_a_body_described_at_the_head_of_a_sentence_before_its_name_is_that_description(prefix):
    """"The utility, Aguas de Merlavo, blamed ...": "the utility" stands for it from then on (as
    "It fined the utility, X," did already), also as the owner of unnamed staff in nested speech."""
    assert source_of(SPRINGS_TEXT, prefix, SPRINGS) == "Aguas de Merlavo"


def test_a_description_is_not_learnt_from_a_name_without_a_description_before_it():
    """"Aguas de Merlavo blamed ...", never introduced as a utility: "the utility" stays unsure."""
    text = SPRINGS_TEXT.replace("The utility, Aguas de Merlavo, blamed", "Aguas de Merlavo blamed")
    assert source_of(text, "The utility said the springs", SPRINGS) is None


GRID = [*GENERIC, {"name": "Tessarian Electricity Company", "aliases": []},
        {"name": "Velm Renewables", "aliases": []}, {"name": "Ilke Morrow", "aliases": []},
        {"name": "Doran Pask", "aliases": []}]
GRID_TEXT = ("PORT ALSE, Tessary, Feb 3 (Pellwick Wire) - A solar farm has stood unconnected for a year. "
             "The Tessarian Electricity Company's chief executive, Ilke Morrow, said its inverters had failed. "
             "The builder, Velm Renewables, said its inverters met the contract. "
             "Energy Minister Doran Pask said the review would report in May. "
             "He said the utility had assured him in January that the farm would be running by Easter. "
             "An engineer at the utility, who asked not to be named, said the inverters had passed. "
             "She said the utility's chief executive had told engineers to find another fault. "
             "Night cuts will go on until March, the utility said.")


@pytest.mark.parametrize("prefix", ["He said the utility had assured", "Night cuts will go on"])
def test_a_description_goes_to_the_body_whose_name_fits_it_not_to_any_company(prefix):
    """"The builder, Velm Renewables," makes Velm a company, which "the utility" might be; but the
    Tessarian Electricity Company's name fits "the utility" (electricity), so it is that one."""
    assert source_of(GRID_TEXT, prefix, GRID) == "Tessarian Electricity Company"


def test_a_companys_named_head_is_the_utilitys_head():
    """"The X Company's chief executive, Ilke Morrow," is "the utility's chief executive": a
    utility is a company, not another body's head."""
    assert source_of(GRID_TEXT, "She said the utility's chief executive", GRID) == "Ilke Morrow"


def test_a_head_of_another_kind_of_body_is_not_the_utilitys_head():
    """"The Tessarian Energy Institute's chief executive": an institute is no utility."""
    registry = [*GRID, {"name": "Tessarian Energy Institute", "aliases": []}]
    text = GRID_TEXT.replace("The Tessarian Electricity Company's chief executive, Ilke Morrow, said its inverters "
                             "had failed.",
                             "The Tessarian Electricity Company said its inverters had failed. The Tessarian Energy "
                             "Institute's chief executive, Ilke Morrow, said the grid was old.")
    assert source_of(text, "She said the utility's chief executive", registry) != "Ilke Morrow"


AIRPORT = [*GENERIC, {"name": "Qarlen Airlines", "aliases": []}, {"name": "Yelmar Ground Services", "aliases": []}]
AIRPORT_TEXT = ("TASLU, Qarlen, Feb 4 (Pellwick Wire) - Bags piled up at Taslu airport on Monday. "
                "The company, Yelmar Ground Services, filed for insolvency on Feb 1. "
                "Qarlen Airlines said it had flown 4,000 bags to their owners. "
                "The airline said it had learnt of the unpaid wages only when the staff walked out.")


def test_the_airline_is_the_airline_not_a_company_described_as_a_company():
    """"The company, Yelmar Ground Services," may be what "the company" is; "the airline" is the
    one whose name says airline."""
    assert source_of(AIRPORT_TEXT, "The airline said", AIRPORT) == "Qarlen Airlines"


RACK = [*GENERIC, {"name": "Ossanian Railway Inspectorate", "aliases": []},
        {"name": "Brevaz Rack Railway", "aliases": []}, {"name": "Coralie Denz", "aliases": []}]
RACK_TEXT = ("BREVAZ, Ossania, Feb 5 (Pellwick Wire) - The rack line to Brevaz will stay shut. "
             "The Ossanian Railway Inspectorate warned that a train could have lost its grip. "
             "Coralie Denz, director of the Brevaz Rack Railway, said the canton had refused money. "
             "A track worker, who asked not to be named, said crews had reported the wear. "
             "He said the railway's chief engineer had told them the rack would be replaced next year.")


def test_the_railway_is_the_body_headed_by_the_word_not_one_it_only_modifies():
    """"the railway's chief engineer": the Brevaz Rack Railway, not the Railway Inspectorate, whose
    name holds "railway" only before its own noun."""
    assert source_of(RACK_TEXT, "He said the railway's chief engineer", RACK) == "Brevaz Rack Railway"


def test_two_bodies_headed_by_the_word_stay_unsure():
    """Two railways named before: "the railway" is neither."""
    registry = [*RACK, {"name": "Ossanian State Railway", "aliases": []}]
    text = RACK_TEXT.replace("The rack line to Brevaz will stay shut.",
                             "The rack line to Brevaz, which meets the Ossanian State Railway, will stay shut.")
    assert source_of(text, "He said the railway's chief engineer", registry) is None


def test_a_service_is_headed_by_service_not_cut_short():
    """"The service noted": the Kelland-like "Meteorological Service", not "Launch Services" only
    because a singular was taken for a plural."""
    registry = [*GENERIC, {"name": "Norrin Launch Services", "aliases": []},
                {"name": "Norrin Meteorological Service", "aliases": []}]
    text = ("DUNMORE, Norrin, Feb 6 (Pellwick Wire) - The launch of a weather satellite was put off. "
            "Norrin Launch Services, the company that builds the rocket, said a valve had failed. "
            "The Norrin Meteorological Service stressed that forecasts would not suffer. "
            "The service noted that the satellite would improve storm warnings.")
    assert source_of(text, "The service noted", registry) == "Norrin Meteorological Service"


WATCHDOG = [*GENERIC, {"name": "Brisanian Court of Audit", "aliases": []},
            {"name": "Brisanian Veterinary Service", "aliases": []}, {"name": "Halvo Pressen", "aliases": []},
            {"name": "Kestrin Pharmaceutical Works", "aliases": []}]
FLATS = "About 3,400 flats owned by the city of Orvel have stood empty for more than a year"


@pytest.mark.parametrize("closing, following, source", [
    ("the country's public spending watchdog found in a report on Thursday.",
     "The Brisanian Court of Audit put the lost rent at 41 million crowns.", "Brisanian Court of Audit"),
    ("a budget watchdog said on Tuesday.",
     "Halvo Pressen, a city councillor, said the flats needed new roofs. The Brisanian Court of Audit has "
     "asked for the files.", "Brisanian Court of Audit"),
    ("an animal welfare group said on Saturday.",
     "The Brisanian Veterinary Service said the papers were incomplete.", None),
    ("the country's drug regulator said on Friday.",
     "Kestrin Pharmaceutical Works makes the only licensed syrup.", None),
])
def test_a_lead_closed_by_a_body_described_is_the_first_body_of_its_kind_named_next(closing, following, source):
    """A lead closed by a body whose description holds no word of the name named next ("the
    country's public spending watchdog found"): the first registered organisation the next two
    sentences name, a person skipped; not one of another kind (a state service for "a welfare
    group", a company's works for "the drug regulator")."""
    text = "ORVEL, Brisania, Mar 1 (Pellwick Wire) - " + FLATS + ", " + closing + " " + following
    assert source_of(text, "ORVEL", WATCHDOG) == source


def test_its_governing_council_is_not_the_body_or_person_named_next():
    """"..., its governing council announced": the council of the body the lead names, not whoever
    the next sentence names."""
    registry = [*WATCHDOG, {"name": "Royal Polytechnic of Orvel", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - The Royal Polytechnic of Orvel will close a campus, its "
            "governing council announced on Wednesday. The Brisanian Court of Audit has asked for the accounts.")
    assert source_of(text, "ORVEL", registry) != "Brisanian Court of Audit"


OFFICES = [*GENERIC, {"name": "Brisanian Consumer Office", "aliases": []},
           {"name": "Brisanian Audit Service", "aliases": []},
           {"name": "Brisanian Road Transport Agency", "aliases": []}]


@pytest.mark.parametrize("closing, following, source", [
    ("the state consumer office found in checks published on Saturday.",
     "About four in ten homes burn wood. The Brisanian Consumer Office said its inspectors had measured 380 loads.",
     "Brisanian Consumer Office"),
    ("the state auditor found.", "The Brisanian Audit Service put the loss at 760 million crowns.",
     "Brisanian Audit Service"),
    ("the agency that issues the licences conceded on Monday.",
     "Drivers queue for hours. The Brisanian Road Transport Agency said its printer had broken.",
     "Brisanian Road Transport Agency"),
])
def test_a_lead_closed_by_a_finding_without_that_or_a_concession_is_the_body_named_next(closing, following, source):
    """"..., the state consumer office found in checks published on Saturday." has no cue of its
    own ("found" wants a "that"), "the state auditor" is a person's word for a body, "conceded"
    closes leads too: the body the next two sentences name."""
    text = "ORVEL, Brisania, Mar 1 (Pellwick Wire) - " + FLATS + ", " + closing + " " + following
    assert source_of(text, "ORVEL", OFFICES) == source


def test_the_state_auditor_named_next_as_a_person_is_that_person():
    """"..., the state auditor found." followed by the auditor named speaking: the person."""
    registry = [*OFFICES, {"name": "Ilse Marvan", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - " + FLATS + ", the state auditor found. "
            "Auditor General Ilse Marvan said the city had no list of its flats.")
    assert source_of(text, "ORVEL", registry) == "Ilse Marvan"


@pytest.mark.parametrize("closing", [
    "a charity that campaigns for girls' schooling said on Sunday.",
    "a network that speaks for the district's families said on Thursday.",
    "the network that runs Brisania's night classes acknowledged on Thursday.",
])
def test_a_lead_closed_by_a_body_and_a_relative_clause_with_possessives_is_the_body_named_next(closing):
    """The relative clause after the body's noun may hold possessives ("girls'", "the district's",
    "Brisania's") and up to four words."""
    registry = [*OFFICES, {"name": "Brisanian Girls' Education Network", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - " + FLATS + ", " + closing +
            " The Brisanian Girls' Education Network questioned 2,400 families.")
    assert source_of(text, "ORVEL", registry) == "Brisanian Girls' Education Network"


def test_nobody_told_them_before_a_closing_cue_is_no_inner_speech():
    """"... and nobody told them, the body that registers the country's nurses said": nobody's
    words are none; the closing speaker's claim."""
    registry = [*OFFICES, {"name": "Brisanian Nursing Council", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - Nursing students cannot sit their exams because their course "
            "lost its approval and nobody told them, the body that registers the country's nurses said on Thursday. "
            "The Brisanian Nursing Council said the course had too few teachers.")
    assert source_of(text, "ORVEL", registry) == "Brisanian Nursing Council"


CREWS = [*GENERIC, {"name": "Tessarian Fire Service", "aliases": []},
         {"name": "Halvard Guarding", "aliases": []}, {"name": "Mira Ostrand", "aliases": []}]
CREWS_TEXT = ("PORT ALSE, Tessary, Feb 3 (Pellwick Wire) - Two gas tanks burst in a depot on Monday. "
              "Mira Ostrand, who owns the depot, said the tanks were new. "
              "Halvard Guarding, which watches the depot at night, said its guards had seen smoke. "
              "A firefighter with the Tessarian Fire Service, who asked not to be named, said the crews came late. "
              "He said his station chief had told crews to wait for a second engine.")


@pytest.mark.parametrize("boss", ["his station chief", "his commander", "his depot head"])
def test_an_unnamed_employees_own_boss_speaks_for_the_body_his_description_names(boss):
    """"A firefighter with the Tessarian Fire Service, who asked not to be named, said ... He said
    his station chief had told crews": the chief's words are the fire service's."""
    text = CREWS_TEXT.replace("his station chief", boss)
    assert source_of(text, "He said his", CREWS) == "Tessarian Fire Service"


def test_an_unnamed_employees_own_boss_is_not_put_on_a_body_only_operating_nearby():
    """"A handler at the depot" names no body: his commander is no one's, not the guard company's
    that watches the depot."""
    text = CREWS_TEXT.replace("A firefighter with the Tessarian Fire Service", "A handler at the depot") \
        .replace("his station chief", "his commander")
    assert source_of(text, "He said his", CREWS) is None


def test_staff_of_a_site_no_sentence_says_who_runs_work_for_the_one_operator_that_is_no_civil_body():
    """"A technician at the plant ... said ... He said managers had told the crew": the plant's
    operator, though no sentence with "plant" names it; the farmers' cooperative runs no plant."""
    registry = [*GENERIC, {"name": "Orvel Rice Growers' Cooperative", "aliases": []},
                {"name": "Tessa Geothermal Energy", "aliases": []}, {"name": "Ilke Morrow", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - Salty water from a power plant has killed rice on 120 hectares "
            "of fields below it, a farmers' cooperative said on Saturday. "
            "The 40-megawatt plant draws steam from deep wells. "
            "The Orvel Rice Growers' Cooperative said 430 families had lost their harvest. "
            "Its chairman, Ilke Morrow, said the cooperative had sent the plant's operator three letters. "
            "The operator, Tessa Geothermal Energy, blamed heavy rain for the overflow in a statement and said it "
            "had built a second pond. "
            "It said it would compensate farmers. "
            "A technician at the plant, who asked not to be named, said the pond had been overfilled for weeks. "
            "He said managers had told the crew to keep the plant at full output.")
    assert source_of(text, "He said managers", registry) == "Tessa Geothermal Energy"


@pytest.mark.parametrize("sentence", [
    "Managers had told the crews to keep working, he said.",
    "A shift supervisor had explained to him that the valve stayed open on orders, he said.",
])
def test_unnamed_staff_set_before_an_unnamed_employees_closing_cue_speak_for_his_employer(sentence):
    """"Managers had told the crews ..., he said." after "A technician at Tessa Chemical Works, who
    asked not to be named, said": the inner speech comes first, the employee's cue last; his
    employer's, though another company is named as near."""
    registry = [*GENERIC, {"name": "Tessa Chemical Works", "aliases": []}, {"name": "Velm Haulage", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - Chlorine leaked from a plant on Monday. "
            "Velm Haulage, which trucks the chlorine, said its tankers were safe. "
            "A technician at Tessa Chemical Works, who asked not to be named, said a valve had been left open. "
            + sentence)
    assert source_of(text, sentence[:20], registry) == "Tessa Chemical Works"


BRAND = [*GENERIC, {"name": "Orvelian Standards Bureau", "aliases": []},
         {"name": "Tessa Electronics", "aliases": ["Tessa"]}, {"name": "Ilke Morrow", "aliases": []}]
BRAND_TEXT = ("ORVEL, Brisania, Mar 1 (Pellwick Wire) - Power banks sold under the Tessa brand hold half the charge "
              "printed on them, the state standards body said on Monday. "
              "The Orvelian Standards Bureau bought 60 Tessa power banks from shops and tested them. "
              "Its director, Ilke Morrow, said 54 of them fell short. "
              "He said Tessa Electronics had assured the bureau in writing that every model was safe.")


def test_its_head_is_the_head_of_the_body_that_opens_the_sentence_before_not_of_the_brand_named_last():
    """"The X Bureau bought 60 Tessa power banks ... Its director, Y, said ... He said Tessa
    Electronics had assured the bureau": "its" is the bureau, so the company's assurance is not
    the director's own body's words but the company's."""
    assert source_of(BRAND_TEXT, "He said Tessa", BRAND) == "Tessa Electronics"
    assert source_of(BRAND_TEXT, "Its director", BRAND) == "Ilke Morrow"


TYRES = [*GENERIC, {"name": "Orvelian Transport Inspectorate", "aliases": []},
         {"name": "Orvelian Rescue Service", "aliases": []}]


def test_it_found_a_thing_after_a_body_spoke_is_that_bodys_finding():
    """"The X Inspectorate said ... It found retreads on 37 of the 180 coaches ...": what its
    checks found, the inspectorate's, though "found" has no "that"."""
    text = ("ORVEL, Brisania, Mar 4 (Pellwick Wire) - A tyre that burst on a coach was a retread sold as new. "
            "The Orvelian Transport Inspectorate said the casing was at least nine years old. "
            "It found retreads on the front wheels of 37 of the 180 coaches its staff checked.")
    assert source_of(text, "It found", TYRES) == "Orvelian Transport Inspectorate"


@pytest.mark.parametrize("found", ["the bodies of two climbers", "a man trapped under the snow"])
def test_it_found_bodies_or_people_is_no_finding(found):
    """"It found the bodies of two climbers": an act reported, nobody's claim."""
    text = ("ORVEL, Brisania, Mar 4 (Pellwick Wire) - An avalanche buried a hut on Monday. "
            "The Orvelian Rescue Service said its teams had searched through the night. "
            f"It found {found} on Tuesday.")
    assert source_of(text, "It found", TYRES) is None


@pytest.mark.parametrize(("noun", "name"), [("municipality", "Orvel Municipality"),
                                            ("archives", "National Archives of Brisania"),
                                            ("clinic", "Orvel Eye Clinic"), ("library", "Orvel City Library")])
def test_a_municipality_archives_a_clinic_or_a_library_is_a_body_a_lead_may_close_with(noun, name):
    """"..., the municipality said." followed by "The Orvel Municipality said ...": the body."""
    registry = [*GENERIC, {"name": name, "aliases": []}]
    text = (f"ORVEL, Brisania, Mar 4 (Pellwick Wire) - A burst main flooded a basement on Monday, the {noun} said. "
            f"The {name} said 9,000 boxes had been moved.")
    assert source_of(text, "ORVEL", registry) == name


@pytest.mark.parametrize("closing", [
    "according to a report the Orvelian Audit Office published on Tuesday.",
    "according to an audit that the Orvelian Audit Office released on Tuesday.",
])
def test_according_to_a_document_its_author_published_is_the_authors(closing):
    """"..., according to a report the X Office published on Tuesday.": the office's report."""
    registry = [*GENERIC, {"name": "Orvelian Audit Office", "aliases": []}]
    text = f"ORVEL, Brisania, Mar 4 (Pellwick Wire) - The toll road earned twice the profit allowed, {closing}"
    assert source_of(text, "ORVEL", registry) == "Orvelian Audit Office"


def test_according_to_a_report_it_released_is_the_body_it_stands_for():
    """"The X Fund ... lost a third of it, according to an annual report it released on Wednesday.": the fund."""
    registry = [*GENERIC, {"name": "Orvelian Pension Fund", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 4 (Pellwick Wire) - The Orvelian Pension Fund lost a third of its property "
            "holdings last year, according to an annual report it released on Wednesday.")
    assert source_of(text, "ORVEL", registry) == "Orvelian Pension Fund"



@pytest.mark.parametrize(("closing", "name"), [("state inspectors said on Sunday.", "Orvelian Transport Inspectorate"),
                                               ("government auditors found.", "Orvelian Audit Bureau")])
def test_a_lead_closed_by_state_inspectors_or_auditors_is_the_body_named_next(closing, name):
    """"..., state inspectors said on Sunday." with no determiner: the inspectorate named next."""
    registry = [*GENERIC, {"name": name, "aliases": []}]
    text = (f"ORVEL, Brisania, Mar 4 (Pellwick Wire) - The tyre that burst on a coach was a retread sold as new, "
            f"{closing} The {name} said the casing was nine years old.")
    assert source_of(text, "ORVEL", registry) == name


@pytest.mark.parametrize("body", ["his union", "his committee", "his association"])
def test_what_the_speakers_own_union_wrote_is_his_own_claim(body):
    """"X, secretary of the drivers' union, said his union had written to the authority to warn
    that ...": his own words through his union, not a nested speaker left unnamed."""
    registry = [*GENERIC, {"name": "Odo Waheo", "aliases": []}]
    text = ("ORVEL, Brisania, Mar 4 (Pellwick Wire) - A coach crashed on Monday. "
            f"Odo Waheo, secretary of the drivers' union, said {body} had written to the authority two years ago "
            "to warn that limiters were being switched off.")
    assert source_of(text, "Odo Waheo", registry) == "Odo Waheo"
