"""Tests for the twenty-fifth round of attribution rules, written while the hundred-and-eighteenth
and hundred-and-nineteenth held-out sets were being written: an unnamed employee's own director
as an inner speaker ("She said her director had told staff") speaks for the employee's employer,
never for the employee; a consumer agency, which oversees, is no employer of a site's supervisors;
a name followed by an age at a sentence's end ("X, 37.") or by kin ("X's widow") is a person's; a
bare request for a thing ("The guild asked the agency for more tests") is nobody's claim; a word
that opens a sentence and that the article also writes in lower case ("Traffic ... was sent along
side roads, adding an hour") names no one; an offer made by someone unnamed ("a buyer from the coast
had offered him 250 crowns") is nobody's; people questioned ("Police have questioned two men") are
no claim; a capital named in apposition ("speaking in the capital, Kessa,") is no speaker; "Its
chief, X," who says her body asked someone speaks in her own name; "did not say on Tuesday when"
tells nothing; "had promised the hospital in April a second ambulance" is the promiser's; an inner "it" is not a person
who speaks; a thing certified as quoted words is the certifier's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

WELLS = [*GENERIC, {"name": "Dunmark Water Authority", "aliases": []}, {"name": "Orlo Springs", "aliases": []}]
WELLS_TEXT = ("ORLO, Dunmark, May 2 (Pellwick Wire) - Wells around the Orlo Springs bottling plant have fallen "
              "by 20 metres in three years. "
              "The Dunmark Water Authority said it was reviewing the plant's licence. "
              "A hydrologist employed by the authority, who asked not to be named, said the licence rested on "
              "an old study. "
              "She said her director had told staff not to measure the wells until the review was done.")


def test_an_anonymous_employees_director_speaks_for_her_employer():
    """"her director had told staff" after "A hydrologist employed by the authority, who asked not
    to be named,": the authority, not the hydrologist (the anonymous entry)."""
    assert source_of(WELLS_TEXT, "She said her director", WELLS) == "Dunmark Water Authority"


def test_an_anonymous_employees_director_of_no_known_employer_is_nobodys():
    """The same with a hydrologist whose description names no body, in a story of two: nobody
    (the director's words are not the hydrologist's)."""
    text = WELLS_TEXT.replace("A hydrologist employed by the authority", "A hydrologist")
    assert source_of(text, "She said her director", WELLS) is None


def test_an_anonymous_employees_directors_plural_speak_for_her_employer():
    """"her directors had told staff": the authority too."""
    text = WELLS_TEXT.replace("her director had", "her directors had")
    assert source_of(text, "She said her directors", WELLS) == "Dunmark Water Authority"


GIN = [*GENERIC, {"name": "Dunmark Consumer Affairs Agency", "aliases": []},
       {"name": "Hollin Distillers", "aliases": []}]
GIN_TEXT = ("HOLLIN, Dunmark, May 3 (Pellwick Wire) - Bottles of Hollin gin sold as aged for ten years held "
            "spirit made last spring, tests showed. "
            "The Dunmark Consumer Affairs Agency said it had sent samples from six shops to a laboratory. "
            "Hollin Distillers said its labels were correct. "
            "Aged gin can sell for four times the price of a new bottle. "
            "Collectors have traded the numbered bottles at auction for years. "
            "A worker at the distillery, who asked not to be named, said new spirit was poured into old casks. "
            "He said supervisors had told staff to write the old date on the labels.")


def test_a_consumer_agency_runs_nothing_whose_supervisors_speak():
    """"supervisors had told staff", reported by a worker at the distillery: the distiller's,
    not the consumer agency's (a consumer body oversees, it runs no site)."""
    assert source_of(GIN_TEXT, "He said supervisors", GIN) == "Hollin Distillers"


DEPOT = [*GENERIC, {"name": "Dunmark Roads Department", "aliases": []},
         {"name": "Dunmark Health Office", "aliases": []}, {"name": "Orvel Tanagh", "aliases": []},
         {"name": "Ulla Brenn", "aliases": []}]
DEPOT_TEXT = ("KESS, Dunmark, May 4 (Pellwick Wire) - Two road workers have died of a lung infection caught "
              "while clearing a shed. "
              "The Dunmark Health Office said the men had swept out a Dunmark Roads Department depot in March. "
              "The dead men were Pavo Tirr, 51, and Orvel Tanagh, 37. "
              "Ulla Brenn, Tanagh's sister, said he had come home coughing. "
              "She said his supervisor had told the crew to finish the job in a single day.")


def test_a_name_followed_by_an_age_at_the_sentence_end_is_a_persons():
    """"Orvel Tanagh, 37." is a person, so "his supervisor" (his: Tanagh's) is not Tanagh
    speaking for an organisation of that name."""
    assert source_of(DEPOT_TEXT, "She said his supervisor", DEPOT) != "Orvel Tanagh"


def test_a_name_with_kin_is_a_persons():
    """"Tanagh's widow" makes Tanagh a person even with no age given."""
    text = DEPOT_TEXT.replace(", 51, and Orvel Tanagh, 37.", " and Orvel Tanagh.").replace(
        "Ulla Brenn, Tanagh's sister,", "Tanagh's widow, Ulla Brenn,")
    assert source_of(text, "She said his supervisor", DEPOT) != "Orvel Tanagh"


SPICE = [*GENERIC, {"name": "Dunmark Spice Guild", "aliases": ["the guild"]},
         {"name": "Dunmark Food Agency", "aliases": ["the agency"]}, {"name": "Ilsa Marrow", "aliases": []}]
SPICE_TEXT = ("KESS, Dunmark, May 5 (Pellwick Wire) - Saffron sold in Kess markets was mixed with dyed thread, "
              "the Dunmark Food Agency said. "
              "The Dunmark Spice Guild said the agency had tested too few shops. "
              "The guild asked the agency for a second round of tests. "
              "The agency has also asked for the traders' invoices. "
              "Ilsa Marrow asked the agency to pay for the tests.")


@pytest.mark.parametrize("opening", ["The guild asked the agency", "The agency has also asked"])
def test_a_bare_request_for_a_thing_is_nobodys_claim(opening):
    """"The guild asked the agency for a second round of tests", "has also asked for the
    invoices": a thing asked for, nothing said (bench/ATTRIBUTION_GUIDE.md, "Acts and requests")."""
    assert source_of(SPICE_TEXT, opening, SPICE) is None


def test_asking_someone_to_do_something_is_still_the_askers():
    """"asked the agency to pay for the tests": a request put in words to someone, the asker's."""
    assert source_of(SPICE_TEXT, "Ilsa Marrow asked", SPICE) == "Ilsa Marrow"



EXAMS = [*GENERIC, {"name": "Dunmark Integrity Commission", "aliases": []}]
EXAMS_TEXT = ("KESS, Dunmark, May 6 (Pellwick Wire) - Driving examiners at four test centres sold passes for "
              "as much as 600 crowns, the country's integrity commission said on Friday, announcing charges "
              "against 31 people. "
              "Learners paid in cash before their driving test, the Dunmark Integrity Commission said. "
              "Traffic around the test centres was sent along side roads, adding an hour to the journey, as "
              "traffic police searched the offices. "
              "Parliament rejected a bill to record every test on camera in 2033. "
              "A member of parliament said the vote had been a mistake. "
              "Kesslink, which runs the test centres, said it had suspended the examiners.")


def test_a_common_word_opening_the_lead_is_no_speaker():
    """"Driving examiners ... sold passes ..., the country's integrity commission said on Friday,
    announcing charges": the commission, not "Driving" (which the article also writes in lower
    case)."""
    assert source_of(EXAMS_TEXT, "KESS, Dunmark", EXAMS) == "Dunmark Integrity Commission"


@pytest.mark.parametrize("opening", ["Traffic around", "Parliament rejected"])
def test_a_common_word_opening_a_sentence_is_no_name(opening):
    """"Traffic ... was sent along side roads, adding an hour", "Parliament rejected a bill":
    no one speaks (both words are also written in lower case)."""
    assert source_of(EXAMS_TEXT, opening, EXAMS) is None


def test_a_one_word_name_never_written_in_lower_case_still_speaks():
    """"Kesslink, which runs the test centres, said": Kesslink, a name opening a sentence."""
    assert source_of(EXAMS_TEXT, "Kesslink, which", EXAMS) == "Kesslink"


HIDES = [*GENERIC, {"name": "Dunmark Wildlife Office", "aliases": []}, {"name": "Kell Orrin", "aliases": []}]
HIDES_TEXT = ("KESS, Dunmark, May 7 (Pellwick Wire) - Poachers killed 40 otters on the Kess river this spring, "
              "the Dunmark Wildlife Office said. "
              "Kell Orrin, a trapper, said he had stopped setting snares in April. "
              "He said a buyer from the coast had offered him 250 crowns for every pelt he could bring in. "
              "He said the owners of the tannery had offered the trappers a new contract in March.")


def test_an_offer_by_someone_unnamed_is_nobodys():
    """"He said a buyer from the coast had offered him 250 crowns": the unnamed buyer's offer,
    nested speech of someone with no entry, nobody's (not Orrin's)."""
    assert source_of(HIDES_TEXT, "He said a buyer", HIDES) is None


def test_an_offer_by_unnamed_owners_is_still_the_outer_speakers_report():
    """"the owners of the tannery had offered the trappers a new contract": an act Orrin
    reports, his (the rule is for someone indefinite: "a buyer", "one of the strangers")."""
    assert source_of(HIDES_TEXT, "He said the owners", HIDES) == "Kell Orrin"


RAID = [*GENERIC, {"name": "Dunmark Youth Survey", "aliases": []}, {"name": "Pell Varro", "aliases": []}]
RAID_TEXT = ("KESS, Dunmark, May 8 (Pellwick Wire) - Thieves took 300 bicycles from a Kess depot. "
             "Police have questioned two men from the harbour but have charged nobody. "
             "The Dunmark Youth Survey questioned 2,400 pupils in February. "
             "Pell Varro, the depot's owner, questioned whether the police had searched the harbour.")


@pytest.mark.parametrize("opening", ["Police have questioned", "The Dunmark Youth Survey questioned"])
def test_people_questioned_are_no_claim(opening):
    """"Police have questioned two men", "questioned 2,400 pupils": an interview or an inquiry
    made, no doubt voiced, nobody's claim."""
    assert source_of(RAID_TEXT, opening, RAID) is None


def test_questioning_whether_is_still_a_claim():
    """"questioned whether the police had searched the harbour": doubt voiced, Varro's."""
    assert source_of(RAID_TEXT, "Pell Varro", RAID) == "Pell Varro"


def test_a_capital_named_in_apposition_is_no_speaker():
    """"X, speaking in the capital, Kessa, denied that": not Kessa, a place."""
    registry = [*GENERIC, {"name": "Dunmark Forest Service", "aliases": []}]
    text = ("KESSA, Dunmark, May 9 (Pellwick Wire) - Loggers cleared 40 square km of protected forest, the "
            "Dunmark Forest Service said. "
            "Forest Minister Ulla Brenn, speaking in the capital, Kessa, denied that permits had been sold.")
    assert source_of(text, "Forest Minister", registry) != "Kessa"


def test_its_chief_who_says_her_body_asked_speaks_in_her_own_name():
    """"Its chief, X, said the inspectorate had itself asked prosecutors to": X's words of her own
    body, as for "Its chair, X," (bench/ATTRIBUTION_GUIDE.md, "Who speaks for whom")."""
    registry = [*GENERIC, {"name": "Dunmark Fisheries Inspectorate", "aliases": ["the inspectorate"]},
                {"name": "Vera Lusk", "aliases": []}]
    text = ("KESS, Dunmark, May 10 (Pellwick Wire) - Three fisheries inspectors were arrested on suspicion of "
            "selling seized caviar. "
            "The Dunmark Fisheries Inspectorate suspended the three men without pay on Thursday. "
            "Its chief, Vera Lusk, said in a statement that the inspectorate had itself asked prosecutors in "
            "March to look at the station's books.")
    assert source_of(text, "Its chief", registry) == "Vera Lusk"


@pytest.mark.parametrize("sentence", [
    "The weather office did not say on Tuesday when it expected rain.",
    "Orrin could not be reached on Saturday after police questioned him.",
])
def test_nothing_said_after_a_day_or_a_questioning(sentence):
    """"did not say on Tuesday when": a refusal to tell, with the day before the question word;
    "after police questioned him": a questioning, no doubt voiced. Nobody's claim either way."""
    registry = [*GENERIC, {"name": "Dunmark Weather Office", "aliases": ["the weather office"]}]
    text = ("KESS, Dunmark, May 11 (Pellwick Wire) - The Kess river fell to its lowest level in 40 years, "
            "the Dunmark Weather Office said. " + sentence)
    assert source_of(text, sentence[:20], registry) is None


def test_a_promise_of_a_thing_after_a_time_phrase_is_inner_speech():
    """"the ministry had promised the hospital in April a second ambulance": the ministry's
    promise, reported by the outer speaker (as "had promised the hospital a second ambulance")."""
    registry = [*GENERIC, {"name": "Dunmark Health Ministry", "aliases": ["the ministry"]},
                {"name": "Ivo Rask", "aliases": []}]
    text = ("KESS, Dunmark, May 12 (Pellwick Wire) - A district hospital has run out of oxygen, its director "
            "said. "
            "The Dunmark Health Ministry said supplies were on the way. "
            "According to Ivo Rask, the ministry had promised the hospital in April a second ambulance.")
    assert source_of(text, "According to Ivo", registry) == "Dunmark Health Ministry"


def test_an_inner_it_is_not_the_person_who_speaks():
    """"He said it had replied each time that": "it" is no person, so not the outer speaker's
    own words (he is a chief executive, named before)."""
    registry = [*GENERIC, {"name": "Dunmark Environment Agency", "aliases": ["the environment agency"]},
                {"name": "Kess Springs", "aliases": []}, {"name": "Ivo Rask", "aliases": []}]
    text = ("KESS, Dunmark, May 13 (Pellwick Wire) - Bottled water from Kess Springs was recalled after "
            "nitrates were found in it. "
            "Kess Springs chief executive Ivo Rask said the company had stopped bottling on Friday. "
            "He said the company had complained to the environment agency about a pig farm four times. "
            "He said it had replied each time that the farm was within its limits.")
    assert source_of(text, "He said it had", registry) != "Ivo Rask"


def test_a_thing_certified_as_quoted_words_is_the_certifiers():
    """"officials at the ministry had certified the lease in writing as \"complete\"": the
    ministry's words, quoted (as 'had described it as "brave"')."""
    registry = [*GENERIC, {"name": "Dunmark Lands Ministry", "aliases": []}, {"name": "Ivo Rask", "aliases": []}]
    text = ("KESS, Dunmark, May 14 (Pellwick Wire) - A fishing village has lost its beach to a hotel. "
            "Ivo Rask, the village head, said the lease had never been shown to the village. "
            'According to him, officials at the Dunmark Lands Ministry had certified the lease in writing as '
            '"complete and lawful".')
    assert source_of(text, "According to him", registry) == "Dunmark Lands Ministry"
