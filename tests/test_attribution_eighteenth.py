"""Tests for the eighteenth round of attribution rules, written while the fifty-fourth and
fifty-fifth held-out sets were being written: whose managers an unnamed employee speaks of, and
"the company" in a story of one company.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, found, source_of

PLANT = [*REGISTRY, {"name": "Korvelt Water Authority", "aliases": []},
         {"name": "Brannock Utilities", "aliases": ["Brannock"]},
         {"name": "Orvallian Water Ministry", "aliases": []}]
PLANT_LEAD = ("KORVELT, Orvallia, Dec 3 (Quillmark Wire) - The desalination plant that supplies Korvelt broke down "
              "on Sunday, the Korvelt Water Authority said. The plant is run under a 15-year contract by Brannock "
              "Utilities. The Orvallian Water Ministry said it would send tanker lorries. ")


@pytest.mark.parametrize(("employee", "body"), [
    ("An engineer at the plant, who asked not to be named,", "Brannock Utilities"),
    ("A Brannock technician, who asked not to be named,", "Brannock Utilities"),
    ("A clerk at the authority, who asked not to be named,", "Korvelt Water Authority"),
    ("An authority engineer, speaking on condition of anonymity,", "Korvelt Water Authority"),
])
def test_managers_an_unnamed_employee_speaks_of_are_his_employers(employee, body):
    """"He said managers had told staff ...", by an unnamed employee introduced just before:
    the body his description names or describes (the plant's operator, "the authority",
    "A Brannock technician"), not nobody, though several bodies are named."""
    text = (PLANT_LEAD + f"{employee} said two of the eight pumps had been broken since the summer. "
            "He said managers had told staff to run the other six at full load.")
    assert source_of(text, "He said managers", PLANT) == body


@pytest.mark.parametrize("staff", ["his supervisor", "her team leader", "a shift supervisor", "his superiors"])
def test_an_unnamed_employees_own_superiors_are_his_employers(staff):
    text = (PLANT_LEAD + "A clerk at the authority, who asked not to be named, said the phones had rung all night. "
            f"The clerk said {staff} had told them to say nothing about the contract.")
    assert source_of(text, "The clerk said", PLANT) == "Korvelt Water Authority"


def test_employees_who_speak_in_the_same_sentence_are_of_the_body_they_are_described_by():
    sentence = ("Two authority employees, speaking on condition of anonymity, said managers had told them "
                "to stop logging minor leaks.")
    text = PLANT_LEAD + "Residents queued at taps on Monday. Shops ran out of bottled water. " + sentence
    assert source_of(text, "Two authority", PLANT) == "Korvelt Water Authority"


def test_an_employee_described_by_no_body_leaves_the_managers_unsure():
    """"A miner with 22 years at the site": "miner" is the person, no mining company; and
    "a cook" names no body at all: of several bodies, none said to run the plant, the managers
    stay nobody's."""
    lead = PLANT_LEAD.replace("The plant is run under a 15-year contract by Brannock Utilities.",
                              "Brannock Utilities sells it spare parts.")
    for employee in ("A cook, who asked not to be named,", "A miner with 22 years at the site, who asked not to "
                     "be named,"):
        text = (lead + f"{employee} said the pumps had been broken since the summer. "
                "He said managers had told staff to run the other six at full load.")
        assert source_of(text, "He said managers", PLANT) is None


def test_a_named_speakers_managers_are_not_taken_for_an_employees():
    """The rule is for an unnamed employee: a named one ("Ila Brannen, an engineer") is
    someone who speaks for himself, and of several bodies the managers stay unsure."""
    text = (PLANT_LEAD + "Ila Brannen, an engineer at the plant, said the pumps had been broken since the summer. "
            "He said managers had told staff to run the other six at full load.")
    assert source_of(text, "He said managers", PLANT) is None


def test_the_site_is_the_operators_whom_a_sentence_says_runs_it():
    """Staff of a site ("a plant manager") among several bodies: the one a sentence says runs
    the site ("is run ... by Brannock Utilities"), not the one named first with the plant."""
    sentence = "A clerk said a plant manager had told her the pumps were new."
    assert source_of(PLANT_LEAD + sentence, sentence[:12], PLANT) == "Brannock Utilities"


FERRY = [*REGISTRY, {"name": "Lelvan Navy", "aliases": []}, {"name": "Wenmark Ferries", "aliases": []},
         {"name": "Lelvan Waterways Directorate", "aliases": []}, {"name": "Kira Dunmore", "aliases": ["Dunmore"]}]
FERRY_TEXT = ("KALVIK, Lelva, Dec 3 (Quillmark Wire) - A car ferry ran aground on a shoal on Tuesday, the Lelvan Navy "
              "said. The ferry is operated by Wenmark Ferries. Its general manager, Kira Dunmore, said the channel "
              "was too shallow. She said the Lelvan Waterways Directorate had replied in October that it was safe. "
              "“We sailed on their charts,” she told reporters. The directorate said its survey had found enough "
              "water. Passengers spent the night on board. The navy said its boats had waited for the wind to drop. "
              "The ferry was still on the shoal on Wednesday, and the company said it hoped to refloat it.")


def test_the_company_is_the_one_company_named_however_long_before_and_never_the_navy():
    """"The company" after the navy spoke: not the navy (no company), and not unsure either:
    the story's one company (a directorate is no company), named six sentences before."""
    assert source_of(FERRY_TEXT, "The ferry was still", FERRY) == "Wenmark Ferries"


def test_the_company_after_the_navy_spoke_is_not_the_navy_when_no_company_is_named():
    text = FERRY_TEXT.replace("The ferry is operated by Wenmark Ferries. ", "")
    assert source_of(text, "The ferry was still", FERRY) != "Lelvan Navy"


@pytest.mark.parametrize(("description", "body"), [
    ("The refining company", "Itanna Refining"),
    ("The shipping company", "Atanda Shipping"),
])
def test_a_company_described_by_words_of_its_name_is_that_one_of_several(description, body):
    registry = [*REGISTRY, {"name": "Itanna Refining", "aliases": []}, {"name": "Atanda Shipping", "aliases": []}]
    text = ("EBUTE, Okesan, Dec 3 (Quillmark Wire) - Crude oil poured into the lagoon on Monday. The refinery "
            "is run by Itanna Refining and the tanker by Atanda Shipping. "
            f"{description} said the hose had passed a pressure test in July.")
    assert source_of(text, f"{description} said", registry) == body


def test_a_company_described_by_a_word_of_two_names_stays_unsure():
    registry = [*REGISTRY, {"name": "Itanna Oil Refining", "aliases": []}, {"name": "Atanda Oil", "aliases": []}]
    text = ("EBUTE, Okesan, Dec 3 (Quillmark Wire) - Crude oil poured into the lagoon on Monday. The refinery "
            "is run by Itanna Oil Refining and the tanker by Atanda Oil. "
            "The oil company said the hose had passed a pressure test in July.")
    suggestion = found(text, "The oil company said", registry)
    assert suggestion is None or suggestion.source not in ("Itanna Oil Refining", "Atanda Oil")


def test_managers_an_employee_of_the_water_company_speaks_of_instructed_for_it():
    """"An engineer at the water company": the company his description describes, by its
    words; "managers had instructed staff to" is their instruction, in words."""
    text = (PLANT_LEAD.replace("Brannock Utilities", "Korvelt Water Company").replace(
        "Brannock Utilities. The Orvallian", "Korvelt Water Company. Brannock Utilities built it. The Orvallian")
        + "An engineer at the water company who asked to remain anonymous said arsenic had been found in one well. "
        "He said managers had instructed staff to mix its water with water from the other wells.")
    registry = [*PLANT, {"name": "Korvelt Water Company", "aliases": []}]
    assert source_of(text, "He said managers", registry) == "Korvelt Water Company"


@pytest.mark.parametrize("phrase", [
    "who kept her name to herself",
    "who would talk only without his name",
    "who agreed to speak provided his name was left unprinted",
    "who would not let her name be attached to the account",
    "and whose name is kept back at his request",
    "who spoke once reporters agreed to keep out her name",
    "who was promised anonymity",
    "who talked on the promise that neither her name nor her ward would be given",
    "who spoke once she was promised her name would stay private",
    "who agreed to talk if she was not identified",
    "who would only speak without being named",
    "who asked to be left unnamed because nurses may not talk to reporters",
    "who talked on the understanding she would stay nameless",
    "who was afraid of being disciplined and gave no name",
    "who asked to be identified only by her job",
    "given anonymity because staff may not speak to the press",
    "who agreed to talk only if she stayed unnamed",
])
def test_a_relative_clause_that_keeps_the_name_back_is_anonymity_in_any_wording(phrase):
    """Writers word anonymity freely: a relative clause that holds the speaker's name and a
    word that keeps it back, or speaks of anonymity, makes the speaker the anonymous entry."""
    sentence = f"A nurse at the plant's clinic, {phrase}, said the pumps had failed twice in November."
    assert source_of(PLANT_LEAD + sentence, sentence[:12], PLANT) == "anonymous official"


@pytest.mark.parametrize("sentence", [
    "A nurse at the plant's clinic, whose name appeared in the inquiry's report, said the pumps had failed twice.",
    "A nurse at the plant's clinic, who gave her name as Ila Brannen, said the pumps had failed twice.",
])
def test_a_name_given_or_printed_is_no_anonymity(sentence):
    assert source_of(PLANT_LEAD + sentence, sentence[:12], PLANT) != "anonymous official"


@pytest.mark.parametrize("sentence", [
    "Prosecutors said the man, whose name was not released, had a conviction for fraud.",
    "According to the mayor, a man who did not give his name had telephoned her twice.",
])
def test_a_name_others_did_not_release_or_a_caller_did_not_give_is_no_sources_anonymity(sentence):
    text = PLANT_LEAD + "Mayor Ila Brannen said the city would pay for water. " + sentence
    registry = [*PLANT, {"name": "prosecutors", "aliases": []}, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    assert source_of(text, sentence[:12], registry) != "anonymous official"


@pytest.mark.parametrize("introduced", ["had been inspected in September by its maker, Zarmatek Cranes.",
                                        "had been inspected in September by the crane's maker, Zarmatek Cranes."])
def test_a_body_introduced_by_a_possessive_description_is_what_that_description_stands_for(introduced):
    """"By its maker, Zarmatek Cranes": "the maker" (and "the maker's engineers") stand for it
    later, among other companies."""
    registry = [*REGISTRY, {"name": "Kogi Container Terminal", "aliases": []},
                {"name": "Zarmatek Cranes", "aliases": []}, {"name": "Haruna Dankabo", "aliases": ["Dankabo"]}]
    text = ("TASHAR, Gwandari, Dec 3 (Quillmark Wire) - A container crane collapsed on Saturday. The crane belongs "
            "to Kogi Container Terminal. Its managing director, Haruna Dankabo, said the crane " + introduced +
            " He said the maker's engineers had told the terminal that the crane could keep working.")
    assert source_of(text, "He said the maker", registry) == "Zarmatek Cranes"


@pytest.mark.parametrize("sentence", [
    "The Korvelt Water Authority said its letter to the ministry in October had warned that the pumps were old.",
    "The Korvelt Water Authority said its morning forecast had warned of a shortage by the weekend.",
    "Mayor Ila Brannen said her report to the council had warned that the plant was failing.",
])
def test_a_speakers_own_document_that_warned_is_the_speakers_own_claim(sentence):
    """"X said its letter ... had warned that": X's own words through its letter, not speech of
    someone unnamed that leaves the sentence to nobody."""
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    expected = "Ila Brannen" if "Brannen" in sentence else "Korvelt Water Authority"
    assert source_of(PLANT_LEAD + sentence, sentence[:14], registry) == expected


def test_the_verb_of_a_clause_that_keeps_the_name_back_is_no_cue():
    """", who insisted that her name stay out of the story, said": "insisted" is no cue of the
    authority's; the speaker is unnamed, the anonymous entry."""
    sentence = ("An official at the Korvelt Water Authority, who insisted that her name stay out of the story, "
                "said the pumps had failed twice.")
    assert source_of(PLANT_LEAD + sentence, sentence[:12], PLANT) == "anonymous official"


def test_a_restrictive_clause_before_the_cue_and_its_anonymity_keeps_the_cue():
    sentence = "A clerk who took part said on condition of anonymity that the pumps had failed twice."
    assert source_of(PLANT_LEAD + sentence, sentence[:12], PLANT) == "anonymous official"


def test_the_speakers_own_team_that_warned_is_the_speakers_own_claim():
    """"He said his team had warned the ministry ...": the speaker's own words of his team's
    warning (no one else speaks); not his team leader, who is someone else."""
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    text = (PLANT_LEAD + "Ila Brannen, a hydrologist, said the wells were running low. "
            "He said his research team had warned the Orvallian Water Ministry in 2024 that the pumps were old.")
    assert source_of(text, "He said his research", registry) == "Ila Brannen"


def test_a_mayor_speaking_of_the_council_speaks_of_her_own_body():
    registry = [*PLANT, {"name": "Korvelt City Council", "aliases": []},
                {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    text = (PLANT_LEAD + "The Korvelt City Council met on Monday. "
            "Mayor Ila Brannen said the council had asked the ministry in October to pay for a second plant.")
    assert source_of(text, "Mayor Ila Brannen", registry) == "Ila Brannen"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Crashes kill 5,000 people a year, according to the road safety corps.", "Orvallian Road Safety Corps"),
    ("The plant lost 40 percent of its water last year, according to its annual report.", "Korvelt Water Authority"),
])
def test_according_to_a_corps_or_to_its_own_report(sentence, source):
    registry = [*PLANT, {"name": "Orvallian Road Safety Corps", "aliases": []}]
    text = PLANT_LEAD.replace("The Orvallian Water Ministry said it would send tanker lorries. ",
                              "The Orvallian Road Safety Corps closed two roads. ") + sentence
    if "its annual" in sentence:
        text = PLANT_LEAD + "The Korvelt Water Authority said repairs would take a week. " + sentence
    assert source_of(text, sentence[:12], registry) == source


@pytest.mark.parametrize("staff", ["a terminal supervisor", "the terminal's shift supervisor"])
def test_staff_described_by_a_word_of_one_operators_name_are_that_operators(staff):
    """Of several operators, "a terminal supervisor" is the one whose name holds "terminal"."""
    registry = [*REGISTRY, {"name": "Kogi Container Terminal", "aliases": []},
                {"name": "Zarmatek Cranes", "aliases": []}, {"name": "Larai Gidan-Bako", "aliases": ["Gidan-Bako"]},
                {"name": "Dockers' Union of Gwandari", "aliases": []}]
    text = ("TASHAR, Gwandari, Dec 3 (Quillmark Wire) - A crane collapsed on Saturday. It belongs to Kogi "
            "Container Terminal and was built by Zarmatek Cranes. The Dockers' Union of Gwandari called a strike. "
            "Its secretary-general, Larai Gidan-Bako, said the wind had been too strong. "
            f"She said {staff} had told the driver by radio to keep lifting.")
    assert source_of(text, "She said", registry) == "Kogi Container Terminal"


@pytest.mark.parametrize(("owned", "expected"), [
    ("The plant belongs to Saltup Cold Storage, which stores fish for exporters.", "Saltup Cold Storage"),
    ("Saltup Cold Storage, which runs a fleet of lorries, hired Vesa Refrigeration in 2020.", None),
])
def test_an_unnamed_employees_managers_are_those_of_the_one_body_said_to_own_the_site(owned, expected):
    """"A forklift driver who was in the loading bay" names no employer: of several companies,
    the one the story says owns its site ("The plant belongs to X"); "which runs" something
    else says nothing of the site. (The other firm is named as a firm: "Vesa Service" would read as a
    public service, whose staff run no shift.)"""
    registry = [*REGISTRY, {"name": "Saltup Cold Storage", "aliases": []},
                {"name": "Vesa Refrigeration", "aliases": []}, {"name": "Klevu Fire Service", "aliases": []}]
    text = ("KLEVU, Vejuva, Dec 3 (Quillmark Wire) - Ammonia leaked from a cold-storage plant on Sunday, the Klevu "
            f"Fire Service said. {owned} Vesa Refrigeration said its technicians had checked the valves in November. "
            "About 400 homes were evacuated for six hours. Schools nearby stayed shut. "
            "A forklift driver who was in the loading bay, and who agreed to talk if he was not identified, said "
            "the smell had been strong for weeks. He said a shift manager had told the drivers to keep working.")
    assert source_of(text, "He said a shift", registry) == expected


def test_the_citys_department_by_the_words_of_its_registered_name():
    registry = [*REGISTRY, {"name": "Bayan Emergency Management Department", "aliases": []}]
    text = ("BAYAN, Nuurtsag, Dec 3 (Quillmark Wire) - A sinkhole opened in a street in central Bayan on Saturday, "
            "the city's emergency management department said. It said nobody had been hurt.")
    assert source_of(text, "BAYAN", registry) == "Bayan Emergency Management Department"
    assert source_of(text, "It said nobody", registry) == "Bayan Emergency Management Department"


def test_the_navy_is_the_naval_force_and_a_crew_member_a_tour_operators():
    registry = [*REGISTRY, {"name": "Janqu Naval Force", "aliases": []}, {"name": "Wila Tours", "aliases": []},
                {"name": "Phaxsi Kuntur", "aliases": ["Kuntur"]}]
    text = ("QHANTA, Janqu, Dec 3 (Quillmark Wire) - A river cruise boat capsized on Saturday, the Janqu Naval Force "
            "said. The boat was run by Wila Tours. Phaxsi Kuntur, 41, said there had been no life jackets. "
            "She said a crew member had told her the jackets were kept below deck. "
            "The navy said the search would resume on Monday.")
    assert source_of(text, "She said a crew", registry) == "Wila Tours"
    assert source_of(text, "The navy said", registry) == "Janqu Naval Force"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Korvelt Water Authority said its engineers had warned Brannock Utilities in May that the pumps were "
     "worn.", "Korvelt Water Authority"),
    ("The Korvelt Water Authority said one of its analysts had warned the ministry by telephone that the pumps "
     "were worn.", "Korvelt Water Authority"),
])
def test_a_bodys_own_staff_warning_others_is_the_bodys_own_claim(sentence, expected):
    """"It said its engineers had warned the company": the body speaking through its staff to
    others, its own words (staff telling the body itself, "had told it", stay theirs)."""
    assert source_of(PLANT_LEAD + sentence, sentence[:14], PLANT) == expected


@pytest.mark.parametrize(("lead", "body"), [
    ("DIBE TO, Nitsidzil, Dec 3 (Quillmark Wire) - A firefighter was hurt fighting a blaze on Saturday, the city's "
     "fire department said.", "Dibe To Fire Department"),
    ("NDAR, Sunukaay, Dec 3 (Quillmark Wire) - At least 17 pilgrims died in a crush at a shrine on Sunday, the "
     "country's civil protection directorate said.", "Sunukaayan Civil Protection Directorate"),
])
def test_the_citys_or_countrys_body_by_the_words_of_its_name_also_with_short_place_words(lead, body):
    registry = [*REGISTRY, {"name": body, "aliases": []}]
    text = lead + " It said nobody else had been hurt."
    assert source_of(text, lead[:8], registry) == body
    assert source_of(text, "It said nobody", registry) == body


def test_sirens_or_a_message_that_warned_are_no_speaker_of_their_own():
    """"..., after sirens and a text message wrongly warned that a tsunami was coming, the
    office said": the office's words, not speech of someone unnamed."""
    registry = [*REGISTRY, {"name": "Nosivaratran Disaster Management Office", "aliases": []}]
    text = ("AMBATO, Nosivaratra, Dec 3 (Quillmark Wire) - Thousands fled to the hills on Monday after sirens and a "
            "text message wrongly warned that a tsunami was about to strike, the Nosivaratran Disaster Management "
            "Office said.")
    assert source_of(text, "AMBATO", registry) == "Nosivaratran Disaster Management Office"


def test_a_quantity_added_is_no_cue():
    registry = [*PLANT, {"name": "Rrjedhia", "aliases": []}]
    sentence = "Rrjedhia has added about 400 megawatts of solar power since 2021."
    assert source_of(PLANT_LEAD + sentence, "Rrjedhia has", registry) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He said a seismologist at the Orvallian Water Ministry had phoned the control room at 6.20 to say that the "
     "pumps were safe.", "Orvallian Water Ministry"),
    ("He said Brannock Utilities had informed clinics only on Friday that it had raised the chlorine dose.",
     "Brannock Utilities"),
    ("The Korvelt Water Authority said its duty officer had rung the firm on Saturday to say that the pumps "
     "were safe.", "Korvelt Water Authority"),
])
def test_inner_speech_by_telephone_to_a_named_addressee_or_to_people_only_then(sentence, expected):
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    text = PLANT_LEAD + "Ila Brannen, an engineer, said the city had been warned. " + sentence
    assert source_of(text, sentence[:14], registry) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She said the group's suspected leader, Tolmar Vesk, had denied everything when questioned.", "Tolmar Vesk"),
    ("She said the man had kept repeating that he wanted to speak to his former wife.", None),
])
def test_a_denial_of_everything_and_words_kept_repeating_are_the_inner_speakers(sentence, expected):
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}, {"name": "Tolmar Vesk", "aliases": []}]
    text = PLANT_LEAD + "Prosecutor Ila Brannen said four people had been charged. " + sentence
    assert source_of(text, sentence[:14], registry) == expected


def test_he_after_an_unnamed_husband_is_the_husband_not_the_last_named_man():
    registry = [*PLANT, {"name": "Mamy Rado", "aliases": ["Rado"]}, {"name": "Vola Rasoa", "aliases": ["Rasoa"]}]
    text = (PLANT_LEAD + "Its engineer, Mamy Rado, said the tank was new. Vola Rasoa, whose husband is among the "
            "sick, said he had complained of headaches for a week. She said he had told her the water tasted of soap.")
    assert source_of(text, "She said he had told", registry) is None


@pytest.mark.parametrize("sentence", [
    "The Korvelt Water Authority said its trainers had warned the plant in November that operators needed practice.",
    "The Korvelt Water Authority said its control room had then told him by radio to keep driving slowly.",
    "The Korvelt Water Authority said the alarm that should have warned staff of the leak had gone off too late.",
])
def test_a_bodys_control_room_or_trainers_and_a_warning_that_never_came_are_its_own_words(sentence):
    assert source_of(PLANT_LEAD + sentence, sentence[:14], PLANT) == "Korvelt Water Authority"


@pytest.mark.parametrize("sentence", [
    "The Korvelt Water Authority said in a written reply that the pumps had been checked in May.",
    "The Korvelt Water Authority said the driver had been threatened and had done exactly what the men told him.",
])
def test_a_written_reply_and_a_deed_done_as_told_are_no_inner_speech(sentence):
    assert source_of(PLANT_LEAD + sentence, sentence[:14], PLANT) == "Korvelt Water Authority"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He said Brannock Utilities had sent the ministry a report in August warning that the pumps were worn.",
     "Brannock Utilities"),
    ("He said the Orvallian Water Ministry had sent the plant a certificate with each batch stating that it was "
     "safe.", "Orvallian Water Ministry"),
])
def test_a_document_sent_with_words_in_it_is_the_senders_speech(sentence, expected):
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    text = PLANT_LEAD + "Ila Brannen, an engineer, said the city had been warned. " + sentence
    assert source_of(text, sentence[:14], registry) == expected


def test_a_secretary_general_speaking_of_her_own_unions_letter_speaks_for_herself():
    registry = [*PLANT, {"name": "Korvelt Dockers' Union", "aliases": []}, {"name": "Ila Brannen", "aliases": []}]
    text = (PLANT_LEAD + "The Korvelt Dockers' Union called a strike. Its secretary-general, Ila Brannen, said the "
            "union had sent the authority a letter in October warning that the pumps were worn.")
    assert source_of(text, "Its secretary-general", registry) == "Ila Brannen"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Brannock Utilities said the Orvallian Water Ministry had asked it in 2022 not to replace the pumps.",
     "Orvallian Water Ministry"),
    ("He said Brannock Utilities had given the union a written undertaking in 2024 that no job would go.",
     "Brannock Utilities"),
])
def test_a_request_made_to_it_and_an_undertaking_given_are_the_inner_speakers(sentence, expected):
    registry = [*PLANT, {"name": "Ila Brannen", "aliases": ["Brannen"]}]
    text = PLANT_LEAD + "Ila Brannen, an engineer, said the city had been warned. " + sentence
    assert source_of(text, sentence[:14], registry) == expected


@pytest.mark.parametrize(("lead", "body"), [
    ("ARRUBIU, Serrèbia, Dec 3 (Quillmark Wire) - Seven beaches were closed on Tuesday after sewage poured into the "
     "sea, the country's environment agency said.", "Serrebian Environment Agency"),
    ("RUOVDE, Vuovdemanna, Dec 3 (Quillmark Wire) - A gas pipeline exploded near Ruovde on Tuesday, the regional "
     "rescue service said.", "Ruovde Rescue Service"),
    ("ARPI, Tsovakar, Dec 3 (Quillmark Wire) - About 190 pupils fell ill after eating yoghurt, the country's food "
     "safety inspectorate said.", "Tsovakari Food Safety Inspectorate"),
])
def test_the_countrys_or_regional_body_by_the_words_of_its_name_accents_aside(lead, body):
    registry = [*REGISTRY, {"name": body, "aliases": []}]
    assert source_of(lead + " It said nobody else was hurt.", "It said nobody", registry) == body


@pytest.mark.parametrize(("lead", "body"), [
    ("ORZANU, Cortinca, Dec 3 (Quillmark Wire) - A wind turbine fell onto a school playground on Sunday night, the "
     "regional civil protection office said.", "Cismonte Civil Protection Office"),
    ("GLEMON, Tilmentie, Dec 3 (Quillmark Wire) - Two escaped wolves are still at large, the regional forestry corps "
     "said on Monday.", "Tilmentan Forestry Corps"),
])
def test_the_regional_body_by_the_words_of_its_name_whose_region_the_story_does_not_name(lead, body):
    registry = [*REGISTRY, {"name": body, "aliases": []}]
    assert source_of(lead + " It said nobody had been hurt.", "It said nobody", registry) == body


def test_the_agency_after_it_spoke_by_a_description_is_that_agency():
    """"..., the country's disease control agency said" names no agency; "The agency said" later is
    still the one agency that spoke."""
    registry = [*REGISTRY, {"name": "Obodoman Disease Control Agency", "aliases": []},
                {"name": "Adaugo Nwankwo", "aliases": ["Nwankwo"]}]
    text = ("UMUOKPARA, Obodo, Dec 3 (Quillmark Wire) - A boarding school was closed after 46 pupils caught measles, "
            "the country's disease control agency said on Monday. Its principal, Adaugo Nwankwo, said the first "
            "pupil had fallen ill on Dec 14. \u201cWe did everything,\u201d Nwankwo said. Pupils stayed over "
            "Christmas. The agency said only 58 percent of the pupils had had both doses.")
    assert source_of(text, "The agency said", registry) == "Obodoman Disease Control Agency"


def test_a_body_whose_own_driver_called_it_speaks_for_itself():
    registry = [*PLANT, {"name": "Transportes Gallisue", "aliases": []}]
    sentence = ("Transportes Gallisue, which owns the fuel lorry, said its driver had called the company at 06:35 to "
                "say the road was covered in stones.")
    assert source_of(PLANT_LEAD + sentence, "Transportes Gallisue, which", registry) == "Transportes Gallisue"
