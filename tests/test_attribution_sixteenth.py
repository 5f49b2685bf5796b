"""Tests for the sixteenth round of attribution rules, written while the forty-second and
forty-third held-out sets were being written: nested speech whose inner speaker is an
organisation's unnamed staff.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, found, source_of

BODIES = [
    {"name": "Orvallian Maritime Directorate", "aliases": []},
    {"name": "Pellworth Harbour Board", "aliases": []},
    {"name": "Tamsin Okoro-Vale", "aliases": ["Okoro-Vale"]},
]
REGISTERED = [*REGISTRY, *BODIES]
LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - A ferry lost power off Pellworth on Sunday, the "
        "Orvallian Maritime Directorate said. Its captain, Tamsin Okoro-Vale, said the crew had "
        "followed every rule. ")


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("She said a surveyor from the Orvallian Maritime Directorate had inspected the ship in August and "
     "had told the crew its engines were in good order.", "Orvallian Maritime Directorate"),
    ("She said a directorate inspector had checked the lifeboats in March and had assured her that "
     "every one was fit for use.", "directorate inspector"),
    ("She said an inspector from the Orvallian Maritime Directorate, which licenses the route, had "
     "walked the decks in May and had told the crew that the ship met the rules.",
     "Orvallian Maritime Directorate"),
])
def test_a_nested_verb_joined_to_an_earlier_verb_is_the_first_verbs_subjects(sentence, source_text):
    """"X said Y had inspected the ship and had told the crew ...": the told speech is Y's
    (here staff of the directorate, so the directorate's), not the outer speaker's."""
    text = LEAD + sentence
    suggestion = found(text, sentence[:14], REGISTERED)
    assert suggestion is not None and suggestion.source == "Orvallian Maritime Directorate"
    assert source_text in text[suggestion.source_span[0] : suggestion.source_span[1]]


@pytest.mark.parametrize("sentence", [
    "She said the survey had been done over the summer and had found that the hull was sound.",
    "She said she had checked the engines herself and had told the crew they were sound.",
])
def test_a_joined_verb_with_no_other_speaker_stays_the_outer_speakers(sentence):
    """A passive first verb has no agent to speak, and "she" is the outer speaker herself."""
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) == "Tamsin Okoro-Vale"


CITY = [*REGISTERED, {"name": "Pellworth City Administration", "aliases": []},
        {"name": "Pellworth General Hospital", "aliases": []}]
CITY_LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - Snow closed most streets in Pellworth on Sunday, "
             "and the Pellworth City Administration said on Wednesday that ploughs had cleared the main roads. "
             "Tamsin Okoro-Vale, who runs a bakery, said her street was still blocked. ")


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("She said the city's finance office had promised in October to pay for a plough.",
     "the city's finance office"),
    ("She said a clerk at the town hall had told her the street would be cleared by Friday.", "the town hall"),
    ("She said a dispatcher at the city's snow hotline had told her that her street was not a priority.",
     "the city's snow hotline"),
    ("She said the city's lawyers had advised the council that a notice on its website was enough.",
     "the city's lawyers"),
    ("She said an official of the city's property department had told her by telephone that the city's own "
     "staff would clear it.", "the city's property department"),
])
def test_a_citys_own_offices_and_staff_speak_for_the_body_that_governs_it(sentence, source_text):
    """Inner speakers who are the city's own offices or staff: the one registered body named
    in the article whose name shows it governs a city or town."""
    text = CITY_LEAD + sentence
    suggestion = found(text, sentence[:14], CITY)
    assert suggestion is not None and suggestion.source == "Pellworth City Administration"
    assert text[suggestion.source_span[0] : suggestion.source_span[1]].endswith(source_text)


def test_the_city_body_named_later_is_taken_when_it_governs_the_datelines_city():
    text = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - Snow closed most streets in Pellworth on Sunday. "
            "Tamsin Okoro-Vale, who runs a bakery, said the city's roads office had promised her a plough. "
            "The Pellworth City Administration did not comment.")
    assert source_of(text, "Tamsin Okoro-Vale", CITY) == "Pellworth City Administration"


@pytest.mark.parametrize("sentence", [
    "She said staff at the city's main hospital had told her there were no beds left.",
    "She said a protester at the town hall had told her the vote was rigged.",
    "She said a resident of the city's old town had told her the snow was a metre deep.",
])
def test_the_citys_hospitals_and_its_people_are_not_its_government(sentence):
    assert source_of(CITY_LEAD + sentence, sentence[:14], CITY) is None


def test_an_unnamed_official_of_a_citys_office_who_asks_not_to_be_named_is_anonymous():
    sentence = ("An official in the city's roads office, who asked not to be identified, said the ploughs had "
                "no fuel.")
    assert source_of(CITY_LEAD + sentence, sentence[:14], CITY) == "anonymous official"


@pytest.mark.parametrize("registry", [
    REGISTERED,  # no body of the city
    [*REGISTERED, {"name": "Pellworth City Administration", "aliases": []},
     {"name": "Pellworth Town Council", "aliases": []}],  # two
])
def test_no_city_body_or_two_leave_the_citys_staff_unsure(registry):
    lead = CITY_LEAD + "The Pellworth Town Council met on Tuesday. "
    sentence = "She said the city's finance office had promised in October to pay for a plough."
    assert source_of(lead + sentence, sentence[:14], registry) is None


COMPANIES = [*REGISTRY, {"name": "Tamsel Light Rail", "aliases": []},
             {"name": "Brask Guarding Services", "aliases": ["Brask"]},
             {"name": "Orvallian Transport Ministry", "aliases": []},
             {"name": "Orvallian Customs Service", "aliases": []}]
GUARD_STORY = ("TAMSEL, Orvallia, Dec 2 (Quillmark Wire) - Tamsel Light Rail shut its only tram line on Sunday "
               "after thieves cut its overhead wire. It said the line had been guarded by a private security "
               "company. Brask Guarding Services said in a statement it had dismissed one guard. "
               "A guard who asked not to be identified said two guards had been attacked in October. ")


@pytest.mark.parametrize("sentence", [
    "He said the company's supervisors had told guards afterwards to stay inside their vans.",
    "He said staff at the firm had told him the vans were safe.",
    "He said the firm's managers had promised the guards a bonus.",
])
def test_a_companys_unnamed_staff_speak_for_the_company_named_last(sentence):
    """"The company" inside nested speech, no name known as a company: the company the story
    spoke of last ("Brask Guarding Services", a company's "Services", not a public "Service")."""
    text = GUARD_STORY + sentence
    assert source_of(text, sentence[:14], COMPANIES) == "Brask Guarding Services"


@pytest.mark.parametrize("sentence", [
    "He said the supplier had assured him the vans were armoured.",
    "He said the importer had told him the radios worked.",
])
def test_a_company_described_by_its_trade_may_be_one_never_named(sentence):
    assert source_of(GUARD_STORY + sentence, sentence[:14], COMPANIES) is None


def test_a_ministry_or_a_public_service_named_last_is_no_company():
    text = ("TAMSEL, Orvallia, Dec 2 (Quillmark Wire) - Thieves cut tram wire in Tamsel on Sunday, the "
            "Orvallian Transport Ministry said. The Orvallian Customs Service said copper was being shipped "
            "abroad. Copper prices have doubled since 2020. A guard said the company's supervisors had told him "
            "to stay in his van.")
    assert source_of(text, "A guard said", COMPANIES) is None


SERVICE = [*REGISTRY, {"name": "Orvallian Weather Service", "aliases": []},
           {"name": "Tamsin Okoro-Vale", "aliases": ["Okoro-Vale"]}]
SERVICE_LEAD = ("PELLWORTH, Orvallia, Dec 2 (Quillmark Wire) - A storm flooded Pellworth on Sunday, hours after the "
                "Orvallian Weather Service said it would pass to the north. Tamsin Okoro-Vale, who runs the "
                "harbour cafe, said she had heard no warning. ")


@pytest.mark.parametrize("sentence", [
    "She said a forecaster at the service had told her by phone that the storm would miss the town.",
    "She said a meteorologist from the service had assured her that the harbour was safe.",
])
def test_any_word_for_staff_at_or_from_a_body_speaks_for_it(sentence):
    assert source_of(SERVICE_LEAD + sentence, sentence[:14], SERVICE) == "Orvallian Weather Service"


@pytest.mark.parametrize("sentence", [
    "She said a customer at the service had told her the storm would miss the town.",
    "She said a visitor from the service had told her the harbour was safe.",
])
def test_the_customers_and_visitors_of_a_body_do_not_speak_for_it(sentence):
    assert source_of(SERVICE_LEAD + sentence, sentence[:14], SERVICE) is None


def test_a_biologist_with_a_body_named_in_apposition_speaks_for_herself():
    sentence = "Ilse Marrow, a marine biologist with the Orvallian Weather Service, said the sea had risen."
    text = SERVICE_LEAD + sentence
    assert source_of(text, "Ilse Marrow", [*SERVICE, {"name": "Ilse Marrow", "aliases": []}]) == "Ilse Marrow"


def test_asking_a_reporter_not_to_use_her_name_is_anonymity():
    sentence = ("She said a forecaster at the service, who had asked her not to use his name, told her the "
                "warning was late.")
    assert source_of(SERVICE_LEAD + sentence, sentence[:14], SERVICE) == "anonymous official"


INSPECTORATE = [*REGISTRY, {"name": "Inmarian Labour Inspectorate", "aliases": []},
                {"name": "Chuzhpi Textile", "aliases": ["Chuzhpi"]},
                {"name": "Vyzha Korel", "aliases": ["Korel"]}]
MILL_LEAD = ("CHUZHPI, Inmaria, Dec 2 (Quillmark Wire) - Dye from a textile plant in Chuzhpi turned the river red "
             "on Sunday, the Inmarian Labour Inspectorate said. Chuzhpi Textile said the dye was harmless. "
             "Vyzha Korel, who fishes the river, said the fish had died within hours. ")


@pytest.mark.parametrize("sentence", [
    "She said inspectors had visited the plant in September and told the company that its drains met every rule.",
    "She said a labour inspector had visited the plant in May and had told the owner that all was in order.",
    "She said two inspectors had assured her that the river was safe.",
])
def test_inspectors_speak_for_the_inspectorate_their_title_makes(sentence):
    """"(labour) inspectors" of the one inspectorate named, and a verb joined by "and" with
    no auxiliary of its own ("had visited ... and told") is theirs too."""
    assert source_of(MILL_LEAD + sentence, sentence[:14], INSPECTORATE) == "Inmarian Labour Inspectorate"


def test_staff_working_for_a_body_speak_for_it():
    sentence = "She said engineers working for the company had told her the dye was harmless."
    assert source_of(MILL_LEAD + sentence, sentence[:14], INSPECTORATE) == "Chuzhpi Textile"


def test_a_verb_joined_after_a_comma_is_the_outer_speakers_own():
    sentence = "She said the mill had cut its staff, and told reporters that the river was dying."
    assert source_of(MILL_LEAD + sentence, sentence[:14], INSPECTORATE) == "Vyzha Korel"


def test_an_inspector_of_another_trade_is_no_inspectorates():
    """A health inspector is not the labour inspectorate's: nested speech of someone unsure."""
    sentence = "She said a health inspector had told her the water was unsafe."
    assert source_of(MILL_LEAD + sentence, sentence[:14], INSPECTORATE) is None


HARBOUR = [*REGISTRY, {"name": "Shellan Water Company", "aliases": []},
           {"name": "Illan Cregor", "aliases": ["Cregor"]}, {"name": "Hessa Jelmer", "aliases": ["Jelmer"]}]
HARBOUR_LEAD = ("PORT SHELLAN, Mannin, Dec 2 (Quillmark Wire) - Sewage reached the harbour at Port Shellan on "
                "Sunday, the Shellan Water Company said. Illan Cregor, who leads the fishermen's association, "
                "said the catch had been thrown away. ")


@pytest.mark.parametrize(("sentence", "source"), [
    ("He said the Shellan Water Company had promised fishermen at a meeting in the town hall in 2023 that its "
     "pipe would end far offshore.", "Shellan Water Company"),
    ("He said the company had warned the town twice in writing, in 2022 and 2024, that the pipe was cracked.",
     "Shellan Water Company"),
    ("He said Jelmer had promised staff in June, at a meeting in the company's offices, that no boat would be "
     "sold.", "Hessa Jelmer"),
    ("He said officials of the company had told fishermen at a meeting in May that the pipe was safe.",
     "Shellan Water Company"),
])
def test_inner_speech_is_found_past_commas_and_addressees_in_men(sentence, source):
    """Phrases set off by commas before "that", "twice in writing", and addressees whose plural
    ends in "-men" no longer hide the inner verb."""
    assert source_of(HARBOUR_LEAD + sentence, sentence[:14], HARBOUR) == source


def test_an_outer_cue_set_in_commas_is_no_inner_verb_before_that():
    """"Jelmer had assured him, Cregor said, that ...": Jelmer's, not a "said, that" of Cregor's."""
    sentence = "Jelmer had assured him, Cregor said, that no boat would be sold."
    assert source_of(HARBOUR_LEAD + sentence, "Jelmer had assured", HARBOUR) == "Hessa Jelmer"


OPERATORS = [*REGISTRY, {"name": "Lõukas Cleaning", "aliases": ["Lõukas"]},
             {"name": "Kettara Solar", "aliases": []}, {"name": "Tarvo Ilves", "aliases": ["Ilves"]}]
CLEANERS = ("TARTOLA, Vironia, Dec 2 (Quillmark Wire) - Kettara Solar opened a plant in Tartola on Monday. "
            "Its director, Tarvo Ilves, said 200 people would work there. "
            "Toilets in the town's parks will close from January, cleaners said. "
            "Night shifts have been cut by Lõukas Cleaning, which has cleaned them since 2019. ")


@pytest.mark.parametrize("sentence", [
    "A former cleaner with the company, who did not want her name published, said managers had told staff that "
    "the shifts would go.",
    "One of the cleaners said a senior manager had told them in May that the shifts would go.",
])
def test_of_several_operators_the_one_named_in_the_last_sentences_is_the_staffs(sentence):
    """Two companies in the story; the cleaning company was named in the sentence before."""
    assert source_of(CLEANERS + sentence, sentence[:14], OPERATORS) == "Lõukas Cleaning"


@pytest.mark.parametrize("sentence", [
    "One of the cleaners said an outside auditor had told them the shifts would go.",
    "One of the cleaners said his own superiors had told him the shifts would go.",
])
def test_an_outside_auditor_or_ones_own_superiors_are_not_the_operators(sentence):
    assert source_of(CLEANERS + sentence, sentence[:14], OPERATORS) is None


def test_two_operators_named_in_the_last_sentences_leave_the_staff_unsure():
    text = CLEANERS + "Kettara Solar and Lõukas Cleaning both declined to comment. "
    sentence = "One of the cleaners said managers had told them the shifts would go."
    assert source_of(text + sentence, sentence[:14], OPERATORS) is None


RAIL = [*REGISTRY, {"name": "Corrisdane State Railways", "aliases": []},
        {"name": "Ljubnik University Hospital", "aliases": []}, {"name": "Edda Voss", "aliases": ["Voss"]}]
RAIL_LEAD = ("LJUBNIK, Corrisdane, Dec 2 (Quillmark Wire) - A freight train left the rails near Ljubnik on Sunday, "
             "Corrisdane State Railways said. Ljubnik University Hospital said it had treated two drivers. "
             "Hospitals in the north were told to expect more. Edda Voss, who leads the drivers' union, said "
             "the line had been unsafe for months. ")


@pytest.mark.parametrize(("sentence", "source"), [
    ("She said the railway's control room had told drivers that the line was clear.", "Corrisdane State Railways"),
    ("She said the hospital's IT department had warned staff in 2022 that the records were lost.",
     "Ljubnik University Hospital"),
    ("She said the hospital's management had told surgeons to plan for the worst.", "Ljubnik University Hospital"),
])
def test_a_bodys_own_room_department_or_management_speaks_for_it(sentence, source):
    """"The hospital's management" is the hospital named before, not "Hospitals" opening a
    sentence, which names no hospital."""
    assert source_of(RAIL_LEAD + sentence, sentence[:14], RAIL) == source


def test_a_room_of_no_body_named_is_no_ones():
    sentence = "She said the depot's control room had told drivers that the line was clear."
    assert source_of(RAIL_LEAD + sentence, sentence[:14], RAIL) is None


@pytest.mark.parametrize("name", ["Křesćan Šołta", "Łucja Żmuda", "Ōta Ĉeĥov", "Ǧorǧ Ĳsselmeer"])
def test_a_name_whose_capitals_are_beyond_latin_1_is_one_name(name):
    """"Š", "Ł", "Ż", "Ō": capitals of Latin Extended-A and -B open a name's words, so the
    whole name, not its first word, is the source, and "he" is that person again."""
    text = (f"BRNO, Dec 2 (Quillmark Wire) - A puppet theatre closed on Sunday. {name}, who carves "
            "marionettes, said most theatres would close. \u201cA theatre is a workshop,\u201d he said.")
    assert source_of(text, name[:5], []) == name
    assert source_of(text, "\u201cA theatre", []) == name


APPOSED = [*REGISTRY, {"name": "Tondokian Food and Drug Authority", "aliases": []},
           {"name": "Yulita Tandirerung", "aliases": ["Tandirerung"]}, {"name": "Langi Sehat", "aliases": []},
           {"name": "Hrodkowan Puppeteers' Union", "aliases": []}]
APPOSED_LEAD = ("BUNTULEMO, Tondokia, Dec 2 (Quillmark Wire) - Slimming pens sold by post held insulin, the "
                "Tondokian Food and Drug Authority said on Wednesday. ")


def test_a_subject_with_its_appositive_before_the_cue_is_no_inversion():
    """"The authority's head, Yulita Tandirerung, said the company, Langi Sehat, had sold":
    hers, not "said the company" read as an inverted cue."""
    sentence = ("The authority's head, Yulita Tandirerung, said the company, Langi Sehat, had sold 9,000 pens "
                "since March.")
    assert source_of(APPOSED_LEAD + sentence, "The authority's head", APPOSED) == "Yulita Tandirerung"


def test_a_clause_before_the_comma_still_inverts_the_cue():
    sentence = "The pens were made in a kitchen, said the authority, which has closed the seller's website."
    assert source_of(APPOSED_LEAD + sentence, "The pens were", APPOSED) == "Tondokian Food and Drug Authority"


def test_a_relative_clause_with_commas_of_its_own_runs_to_the_cue():
    sentence = ("The Hrodkowan Puppeteers' Union, which represents about 300 puppeteers, carvers and stagehands, "
                "estimated that 120 jobs would go.")
    assert source_of(APPOSED_LEAD + sentence, "The Hrodkowan", APPOSED) == "Hrodkowan Puppeteers' Union"


SERVICES = [*REGISTRY, {"name": "Teixedian Customs Service", "aliases": []},
            {"name": "Chistavian Mountain Rescue Service", "aliases": []},
            {"name": "Güertu Fresco", "aliases": []}, {"name": "Kugurnian Plant Protection Service", "aliases": []},
            {"name": "police", "aliases": []}, {"name": "Aurel Cueto", "aliases": ["Cueto"]}]
SERVICES_LEAD = ("LLASTRESCU, Teixedia, Dec 2 (Quillmark Wire) - Beans sold as organic were sprayed, the Teixedian "
                 "Customs Service said, naming Güertu Fresco. The Chistavian Mountain Rescue Service and the "
                 "Kugurnian Plant Protection Service were also told. Aurel Cueto, who grows beans, said his "
                 "crop had been ruined. ")


@pytest.mark.parametrize(("sentence", "source"), [
    ("He said customs officers at Llastrescu had told his staff that the certificates were in order.",
     "Teixedian Customs Service"),
    ("He said a rescue officer had told him nobody could have seen the crack.", "Chistavian Mountain Rescue Service"),
    ("He said a Güertu Fresco salesman had told him the company could undercut his beans by half.", "Güertu Fresco"),
    ("He said the regional office of the Kugurnian Plant Protection Service had told him no one had sprayed.",
     "Kugurnian Plant Protection Service"),
    ("He said an officer at the central police station had told him that stolen beans were not a priority.",
     "police"),
])
def test_a_services_officers_a_companys_salesman_and_an_office_of_a_body_speak_for_it(sentence, source):
    assert source_of(SERVICES_LEAD + sentence, sentence[:14], SERVICES) == source


@pytest.mark.parametrize("sentence", [
    "He said a water engineer had told him the river was clean.",  # no body's word of trade
    "He said Güertu Fresco's buyers had told him the beans were cheap.",  # its customers, perhaps
])
def test_one_word_of_trade_before_other_staff_names_no_body(sentence):
    assert source_of(SERVICES_LEAD + sentence, sentence[:14], SERVICES) is None


def test_health_inspectors_are_no_international_organisations_whose_name_holds_health():
    registry = [*SERVICES, {"name": "World Health Organization", "aliases": ["WHO"]}]
    text = SERVICES_LEAD + ("The World Health Organization said it was watching. "
                            "He said health inspectors had told him the beans were safe.")
    assert source_of(text, "He said health", registry) is None


DAM = [*REGISTRY, {"name": "Fedor Hudak", "aliases": ["Hudak"]}, {"name": "Stavnian Water Company", "aliases": []}]
DAM_LEAD = ("STAVNA, Dec 2 (Quillmark Wire) - A sluice gate failed at the Stavna dam on Sunday, the Stavnian Water "
            "Company said. ")


@pytest.mark.parametrize("sentence", [
    "Fedor Hudak, who heads the union branch at the dam, said the union had sent the board a written warning in "
    "2023 that the motors were worn out.",
    "Fedor Hudak said the laboratory had found rust in 31 of the 38 samples.",
    "Fedor Hudak said the gates opened only in floods, when queues of water threatened to spill over the top.",
    "Fedor Hudak said the union's members had offered to check the motors for free.",
])
def test_acts_and_findings_of_no_one_known_stay_the_outer_speakers(sentence):
    """"a written warning" is no verb of writing nor "warning ... that" a gerund of speech; a
    finding, threat or offer whose doer is no one known is an act the outer speaker reports."""
    assert source_of(DAM_LEAD + sentence, "Fedor Hudak", DAM) == "Fedor Hudak"


def test_a_promise_of_someone_unnamed_is_still_nobodys_speech():
    """(A stranger: a foreman, staff the story ties to its one company, speaks for that company
    since the thirtieth round, tests/test_attribution_thirtieth.py.)"""
    sentence = "Fedor Hudak said a stranger had promised him that the motors would be replaced."
    assert source_of(DAM_LEAD + sentence, "Fedor Hudak", DAM) is None


def test_a_plural_common_word_opening_a_lead_after_its_dateline_is_no_name():
    """"Ambulances" right after the dateline opens the lead's clause as "Officials" opens a
    sentence: no name, so no source of its own."""
    text = ("COLUNGUERA, Sieronia, Dec 4 (Quillmark Wire) - Ambulances in Sieronia's mountain districts took more "
            "than an hour to reach one call in three last year, twice the legal limit, the Sieronian Audit Court "
            "found in a report published on Friday.")
    assert source_of(text, "COLUNGUERA", [{"name": "Sieronian Audit Court", "aliases": []}]) != "Ambulances"


def test_a_finding_in_a_report_closing_a_lead_is_the_finders():
    text = ("COLUNGUERA, Sieronia, Dec 4 (Quillmark Wire) - Ambulances in Sieronia's mountain districts took more "
            "than an hour to reach one call in three last year, twice the legal limit, the Sieronian Audit Court "
            "found in a report published on Friday. It said the delays began in March.")
    registry = [{"name": "Sieronian Audit Court", "aliases": []}]
    assert source_of(text, "COLUNGUERA", registry) == "Sieronian Audit Court"
    assert source_of(text, "It said", registry) == "Sieronian Audit Court"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Fedor Hudak said a police officer had knocked on his door at midnight and told him to leave at once.",
     "police"),
    ("Fedor Hudak said a Stavnian Water Company engineer had told farmers gathered in a hotel in March that the "
     "gates were safe.", "Stavnian Water Company"),
    ("Fedor Hudak said the Stavnian Water Company had promised the town when it won the contract in 2022 that the "
     "motors would be replaced.", "Stavnian Water Company"),
])
def test_inner_speakers_past_a_police_officer_a_gathered_audience_and_a_when_clause(sentence, source):
    registry = [*DAM, {"name": "police", "aliases": []}]
    assert source_of(DAM_LEAD + sentence, "Fedor Hudak", registry) == source


HEADS = [*REGISTRY, {"name": "Morvedhian Fire and Rescue Service", "aliases": []},
         {"name": "Kólaso Mobil", "aliases": []}, {"name": "Wiebel Mobility", "aliases": ["Wiebel"]},
         {"name": "Haaksveld City Council", "aliases": []}]


def test_a_head_introduced_by_a_described_body_speaks_of_its_acts_as_hers():
    """"The service's chief fire officer, X," heads the service "the service" stands for, so
    what the service did, told of by him later, is his claim (the guide's head of a body)."""
    text = ("PENZANS, Dec 2 (Quillmark Wire) - A theatre burned down on Sunday, the Morvedhian Fire and Rescue "
            "Service said. The service's chief fire officer, Jowan Penwarne, said the blaze began behind the stage. "
            "He said the service had warned the theatre in writing in March that its doors had to stay unlocked.")
    assert source_of(text, "He said the service", HEADS) == "Jowan Penwarne"


def test_a_managing_director_speaks_of_her_companys_request_as_hers():
    """The company named last is no company by its name, but "the company" inside her speech is
    hers all the same (resolved as the inner speaker would be)."""
    text = ("STROPROWY, Dec 2 (Quillmark Wire) - Thieves took 300 bicycles from the city's hire scheme, run by "
            "Kólaso Mobil. Its managing director, Fryco Rocha, said the locks were cut in seconds. "
            "He said the company had asked the city in 2024 to pay for trackers on every bicycle.")
    assert source_of(text, "He said the company", HEADS) == "Fryco Rocha"


def test_her_own_firm_told_by_another_in_a_passive_is_the_agents_speech():
    text = ("HAAKSVELD, Dec 2 (Quillmark Wire) - Scooters were banned in Haaksveld on Sunday, the Haaksveld City "
            "Council said. Wiebel Mobility's director, Berend Wolterink, said the ban was unfair. Wolterink said "
            "Wiebel Mobility had been told by the city's traffic department in June that its licence would be "
            "renewed.")
    assert source_of(text, "Wolterink said Wiebel", HEADS) == "Haaksveld City Council"


def test_a_call_handler_at_the_ambulance_service_speaks_for_it():
    registry = [*REGISTRY, {"name": "Gólnica Ambulance Service", "aliases": []}]
    text = ("GÓLNICA, Dec 2 (Quillmark Wire) - A woman died waiting for an ambulance, the Gólnica Ambulance Service "
            "said. Her daughter said a call handler at the ambulance service had told her that help was two "
            "minutes away.")
    assert source_of(text, "Her daughter", registry) == "Gólnica Ambulance Service"


def test_a_body_introduced_by_a_word_for_either_kind_is_no_person():
    """"its owner Brumblestone Copper" does not make the company a person (an owner may be a
    body), so "The company said" next stands for it."""
    registry = [{"name": "Brumblestone Copper", "aliases": []}]
    text = ("KELDHOLM, Dec 2 (Quillmark Wire) - Eleven miners were trapped underground on Sunday after water "
            "flooded a gallery of the Hollin Deep mine, its owner Brumblestone Copper said. The company said the "
            "men had reached a refuge chamber.")
    assert source_of(text, "The company said", registry) == "Brumblestone Copper"


def test_the_singular_of_a_plural_in_a_bodys_name_describes_it():
    """"the farm's manager" of "Acuetzpal Farms"."""
    registry = [{"name": "Acuetzpal Farms", "aliases": ["Acuetzpal"]}, {"name": "Citlalli Ocotzin", "aliases": []},
                {"name": "Tlaloc Boat Tours", "aliases": []}]
    text = ("ACUETZPAL, Dec 2 (Quillmark Wire) - Crocodiles escaped from Acuetzpal Farms on Saturday, the police "
            "said. Tlaloc Boat Tours cancelled its trips. Citlalli Ocotzin, a fisherman, said the farm's manager "
            "had told the cooperative by telephone that all the animals were secure.")
    assert source_of(text, "Citlalli Ocotzin", registry) == "Acuetzpal Farms"


DRIVERS = [*REGISTRY, {"name": "Tylgaz", "aliases": []}, {"name": "Autolinias Sumvitg", "aliases": ["Autolinias"]},
           {"name": "Plaunian Care Standards Board", "aliases": []}]


@pytest.mark.parametrize(("sentence", "source"), [
    ("A Tylgaz delivery driver, speaking on condition of anonymity, said drivers had been told by depot managers "
     "in June to hand out the old cylinders first.", "Tylgaz"),
    ("A former Autolinias driver, who asked not to be named, said the company's dispatchers had often told drivers "
     "to skip their breaks.", "Autolinias Sumvitg"),
])
def test_staff_as_a_passives_agent_or_after_often_speak_for_the_operator(sentence, source):
    assert source_of(sentence, sentence[:10], DRIVERS) == source


def test_a_standards_board_runs_nothing_whose_managers_speak():
    text = ("The Plaunian Care Standards Board inspected two homes. A nurse said staff had been told by their "
            "managers last week to bring food from home.")
    assert source_of(text, "A nurse said", DRIVERS) is None


TRADES = [*REGISTRY, {"name": "Hautbec Cruises", "aliases": []}, {"name": "Aunusian Rescue Service", "aliases": []},
          {"name": "Corrisdane State Railways", "aliases": []}, {"name": "Vella Roux", "aliases": ["Roux"]}]
TRADES_LEAD = ("HAUTBEC, Dec 2 (Quillmark Wire) - Hautbec Cruises, Corrisdane State Railways and the Aunusian Rescue "
               "Service were all named in the report. Vella Roux, a passenger, said she had been ill for days. ")


@pytest.mark.parametrize(("sentence", "source"), [
    ("She said the captain had told passengers over the loudspeaker that the buffets would close.", "Hautbec Cruises"),
    ("She said firefighters had warned her in the spring that the fuel was too close to the house.",
     "Aunusian Rescue Service"),
    ("She said the conductor had told passengers that the line ahead was clear.", "Corrisdane State Railways"),
])
def test_staff_named_by_their_trade_speak_for_the_one_body_of_that_trade(sentence, source):
    assert source_of(TRADES_LEAD + sentence, sentence[:14], TRADES) == source


def test_a_trade_whose_body_is_not_named_or_named_twice_is_unsure():
    registry = [*TRADES, {"name": "Tidemark Ferries", "aliases": []}]
    text = TRADES_LEAD.replace("were all named", "and Tidemark Ferries were all named")
    sentence = "She said the captain had told passengers that the buffets would close."
    assert source_of(text + sentence, sentence[:14], registry) is None  # a cruise line and a ferry company
    sentence = "She said the pilot had told passengers that the plane was safe."
    assert source_of(TRADES_LEAD + sentence, sentence[:14], TRADES) is None  # no airline named


def test_staff_named_by_a_bodys_word_after_the_outer_cue_speak_for_it():
    """"The nurse said hospital managers had told nurses": "hospital" after "said", not the
    run from "nurse" across the cue."""
    registry = [*REGISTRY, {"name": "Eibelo General Hospital", "aliases": []}]
    text = ("EIBELO, Dec 2 (Quillmark Wire) - Parking at Eibelo General Hospital will cost more from January. "
            "A nurse who asked not to be named said the rise was unfair. The nurse said hospital managers had told "
            "nurses at a meeting last week that their own permits would cost more.")
    assert source_of(text, "The nurse said hospital", registry) == "Eibelo General Hospital"


MAYORS = [*REGISTRY, {"name": "Olatz Arrutiberri", "aliases": ["Arrutiberri"]},
          {"name": "Ezkurdian Civil Protection Agency", "aliases": []}]
MAYOR_LEAD = ("IBARLAUN, Dec 2 (Quillmark Wire) - A festival was called off on Sunday, the Ezkurdian Civil Protection "
              "Agency said. ")


@pytest.mark.parametrize("sentence", [
    "Mayor Olatz Arrutiberri said the town council had warned the organisers in September that the hangars were "
    "unsafe.",
    "Mayor Olatz Arrutiberri said the municipality had asked the organisers in writing to keep a fire watch.",
])
def test_a_mayor_speaking_of_her_towns_body_speaks_for_herself(sentence):
    """The guide's head of a body speaking of its acts and words: a mayor's is her town's
    council, municipality or city hall, registered or not."""
    assert source_of(MAYOR_LEAD + sentence, "Mayor Olatz", MAYORS) == "Olatz Arrutiberri"


def test_a_mayors_town_told_by_another_is_the_tellers_speech():
    sentence = "Mayor Olatz Arrutiberri said the town had been told by the agency in 2024 that the hangars were safe."
    assert source_of(MAYOR_LEAD + sentence, "Mayor Olatz", MAYORS) == "Ezkurdian Civil Protection Agency"
