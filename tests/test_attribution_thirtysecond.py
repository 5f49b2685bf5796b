"""Tests for the thirty-second round of attribution rules, written while the hundred-and-sixtieth
and hundred-and-sixty-first held-out sets were being written.

A quote that opens with another's words to the speaker ('"The company told us the wall would hold,"
she said.') states the teller's claim, as the guide reads nested speech, when the teller is a
registered body or one a description stands for; the quote after it goes on with the speaker.

Staff of a body described by a word of its name that is no common organisation noun ("the lodge's
guides", "the resort's owners") speak for the one registered body whose name holds the word; an
owner does not, once the story has spoken of an owner (maybe a person named). So too staff whose
trade alone resolves to no one ("the importer's sales agent"): the body the noun stands for. Staff
named by the first word of a body's name ("a Vessany inspector") speak for that body, even when
the word was also seen alone as a short form. A name ending in a trade word ("Gas Supply",
"Builders", "Imports", "Records") is a company's, even set after a role a person may hold ("the largest
licensed dealer, X,").

A police officer of any rank ("a police sergeant", "a police detective") speaks for the police.
An event's unnamed staff ("a regatta official", "a race marshal at the lake") speak for the body the
story says runs the event ("X, which ran the regatta,"). In a sentence opened by a statement ("In a
post on his page, he wrote that ..."), the writer's verb is the sentence's own, and speech nested
after it is the inner speaker's.
"His lawyer said", opening a sentence right after one naming a person, speaks for that person,
the client; not after someone unnamed, nor inside another's words.
A doctor or nurse described by the patient ("a doctor treating the girl", "a nurse caring for the
brothers") speaks for the one hospital the story named before, also as the inner speaker.
A lone word opening the one registered body's name ("Velmund's lawyer" after "Velmund Water Polo
Club") is that body, but not after a preposition ("the association of Velmund": the place).
"He said" right after a sentence spoken by an unnamed man ("The brother of another player said")
is that man's, no one the registry holds.
Of a sentence opened by a possessive set before a name in apposition ("Vaoti's widow, Ilse Marrow,
sat ..."), the one "she" may stand for is the person in apposition, the subject.
A finding after a time ("The court found on Friday that", "found in 2038 that") is the finder's. "The
label" is the record company named before ("X Records"), not any company (a jar's label). A lead
closed by "his mother said" or "his club said" is the person or body who speaks next; so is one
closed by "the national gendarmerie said" or "the provincial governorate said" (organisation nouns),
or "the hospital treating her said"; and one closed by a ruling ("a district court has ruled").
Rescuers are no hospital's staff, though its name says "Emergency". Doctors with no determiner
("doctors had told her") speak for the one hospital, as "the doctors" did. Staff who run an event
or a crew ("the race officer", "the shift leader", "the crew chief") speak for the one operator,
for an event's not a state body nor a hospital. "The guide" who led a party speaks for the tour
company; guides as a crowd of their trade do not. Bail "on condition that they have no contact"
is no anonymity. A lone word closing the one registered body's name ("the Defenders") is that body.
"The prosecution (service)" of no body named is the registry's prosecutors. Staff set before a
parenthetical cue ("A nurse, she said, had told her") speak for the one body, as after it.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, check, source_of

KILN = [*GENERIC, {"name": "Orvask Brickworks", "aliases": []},
        {"name": "Telma Dravonen", "aliases": ["Dravonen"]},
        {"name": "Orvask Kiln Safety Board", "aliases": []}]
KILN_LEAD = ("ORVASK, Merrelund, Mar 4 (Saltreach) - A kiln wall fell on two workers at a brickworks on "
             "Monday, the district's kiln safety board said. "
             "The Orvask Kiln Safety Board said both men were in hospital. "
             "Telma Dravonen, whose husband was one of them, said he had worked at Orvask Brickworks "
             "for 20 years. ")


@pytest.mark.parametrize("teller", ["The company", "The firm", "Orvask Brickworks"])
def test_a_quote_opening_with_a_body_s_words_to_the_speaker_is_the_body_s(teller):
    """'"The company told us the wall would hold," she said.': the company's claim, reported."""
    text = KILN_LEAD + f'"{teller} told us the wall would hold for years," she said. "Now look at it."'
    check(text, f'"{teller} told', "Orvask Brickworks", teller, "told", KILN)


def test_the_quote_after_it_goes_on_with_the_speaker():
    """The next quote is still the speaker's own words, not the body's."""
    text = KILN_LEAD + '"The company told us the wall would hold for years," she said. "Now look at it."'
    assert source_of(text, '"Now look', KILN) == "Telma Dravonen"


@pytest.mark.parametrize("quote", [
    '"Nobody told us the wall could fall," she said.',
    '"No manager told us the wall could fall," she said.',
    '"They told us the wall would hold for years," she said.',
    '"The company told us to stay away from the kiln," she said.',  # a directive: an act she reports
    '"Merrow told us the wall would hold for years," she said.',  # a name the registry does not hold
])
def test_a_quote_whose_teller_is_no_one_registered_stays_the_speaker_s(quote):
    """No one, a pronoun, an order or an unregistered name: the words stay the speaker's."""
    assert source_of(KILN_LEAD + quote, quote[:12], KILN) == "Telma Dravonen"


SPA = [*GENERIC, {"name": "Brenvik Hot Spring Lodge", "aliases": []},
       {"name": "Amund Sorsvae", "aliases": ["Sorsvae"]},
       {"name": "Brenvik Health Board", "aliases": []}]
SPA_LEAD = ("BRENVIK, Merrelund, Mar 6 (Saltreach) - Eleven bathers were burned at a hot spring lodge on "
            "Friday, the district health board said. "
            "The Brenvik Health Board said the water had come out at 70 degrees. "
            "Amund Sorsvae, who was bathing with his son, said the pool at Brenvik Hot Spring Lodge had "
            "no thermometer. ")


@pytest.mark.parametrize("staff", ["the lodge's guides", "the lodge's owners", "the lodge's night manager"])
def test_staff_of_a_body_described_by_a_word_of_its_name_speak_for_it(staff):
    """"the lodge's guides had told": the one body whose name holds "lodge", not the speaker."""
    text = SPA_LEAD + f"He said {staff} had told bathers the water was safe all night."
    assert source_of(text, "He said", SPA) == "Brenvik Hot Spring Lodge"


def test_an_owner_after_the_story_spoke_of_one_is_not_the_body():
    """When the story named an owner before, "the lodge's owner" may be that person: no body."""
    text = (SPA_LEAD + "Its owner, Hedda Vinstrom, said the boiler had failed. "
            "He said the lodge's owner had told bathers the water was safe all night.")
    assert source_of(text, "He said", SPA) != "Brenvik Hot Spring Lodge"


def test_a_word_no_registered_body_s_name_holds_gives_no_body():
    """"the chalet's warden", no registered body's name holding "chalet": no source from the word."""
    text = SPA_LEAD + "He said the chalet's warden had told bathers the water was safe all night."
    assert source_of(text, "He said", SPA) is None


CANDY = [*GENERIC, {"name": "Pellow Sweet Importers", "aliases": []},
         {"name": "Gerda Monkhaven", "aliases": ["Monkhaven"]},
         {"name": "Pellow Food Safety Office", "aliases": []}]
CANDY_LEAD = ("PELLOW, Merrelund, Mar 8 (Saltreach) - Nine children fell ill after eating a sour sweet sold "
              "at kiosks, the city's food safety office said. "
              "The Pellow Food Safety Office said the sweets had been brought in by Pellow Sweet Importers. "
              "Gerda Monkhaven, who runs a kiosk by the station, said the sweets had sold out every day. ")


@pytest.mark.parametrize("staff", ["the importer's sales agent", "the importer's agents"])
def test_staff_of_a_body_described_by_its_noun_speak_for_it_when_their_trade_is_no_reference(staff):
    """"the importer's sales agent had told": the importer the noun stands for, the agent's
    words the body's, though "agent" alone resolves to no one."""
    text = CANDY_LEAD + f"She said {staff} had told kiosk owners to put them by the till."
    assert source_of(text, "She said", CANDY) == "Pellow Sweet Importers"


CARDS = [*GENERIC, {"name": "Vessany Grading", "aliases": []},
         {"name": "Orla Petrikane", "aliases": ["Petrikane"]},
         {"name": "Pellow Card Collectors' Circle", "aliases": []}]
CARDS_LEAD = ("PELLOW, Merrelund, Mar 9 (Saltreach) - Hundreds of graded trading cards sold at auction were "
              "fakes, the city's card collectors' circle said. "
              "The Pellow Card Collectors' Circle said the cases bore the seal of Vessany Grading. "
              "Vessany has not commented. "
              "Orla Petrikane, who sells cards from a shop in the old town, said she had bought forty of them. ")


@pytest.mark.parametrize("staff", ["a Vessany inspector", "one Vessany employee", "Vessany's inspectors"])
def test_staff_named_by_the_first_word_of_a_body_speak_for_it(staff):
    """"a Vessany inspector had assured her": Vessany Grading, though "Vessany" was also seen alone."""
    text = CARDS_LEAD + f"She said {staff} had assured her in April that every case was genuine."
    assert source_of(text, "She said", CARDS) == "Vessany Grading"


def test_staff_named_by_an_unregistered_word_are_no_one_s():
    """"a Morrant inspector": no registered body's name holds the word, so nobody's speech."""
    text = CARDS_LEAD + "She said a Morrant inspector had assured her in April that every case was genuine."
    assert source_of(text, "She said", CARDS) is None


GAS = [*GENERIC, {"name": "Borrin Gas Supply", "aliases": []},
       {"name": "Orvask Harbour Board", "aliases": []},
       {"name": "Ilse Varnholt", "aliases": ["Varnholt"]}]
GAS_LEAD = ("ORVASK, Merrelund, Mar 11 (Saltreach) - A gas cylinder exploded on a market boat on Sunday, killing "
            "two vendors, the city's harbour board said. "
            "The Orvask Harbour Board said the fire spread along the moored boats within minutes. "
            "Ilse Varnholt, who sells fruit from a canoe, said the vendors had cut their ropes with kitchen knives. ")


@pytest.mark.parametrize("name", ["Borrin Gas Supply", "Borrin Glass Supplies", "Borrin Builders", "Borrin Imports",
                                  "Borrin Records"])
def test_a_body_named_by_a_trade_word_is_a_company_even_after_a_role_for_a_person(name):
    """"The country's largest licensed dealer, Borrin Gas Supply, said": "dealer" may be a person's
    word, but a name ending in "Supply" is a company's, so "The company said" later stands for it."""
    registry = [*GAS[:5], {"name": name, "aliases": []}, *GAS[6:]]
    text = (GAS_LEAD + f"The country's largest licensed dealer, {name}, said in a statement that refilling "
            "cylinders at home was dangerous. "
            "Police said they were looking for the man who had refilled the cylinder. "
            "The company said it had offered the board free checks of vendors' cylinders in 2037.")
    assert source_of(text, "The company said", registry) == name


@pytest.mark.parametrize("rank", ["sergeant", "detective", "superintendent", "investigator", "constable"])
def test_a_police_officer_of_any_rank_speaks_for_the_police(rank):
    """"A police sergeant on the quay said ...": one of the police, the registry's generic entry."""
    text = GAS_LEAD + f"A police {rank} on the quay said no one was suspected of a crime."
    assert source_of(text, f"A police {rank}", GAS) == "police"


REGATTA = [*GENERIC, {"name": "Orvask Rowing Club", "aliases": []},
           {"name": "Orvask District Hospital", "aliases": []},
           {"name": "Pell Arnstad", "aliases": ["Arnstad"]}]
REGATTA_LEAD = ("ORVASK, Merrelund, Mar 12 (Saltreach) - A rower was killed on Saturday when a motor launch struck "
                "his boat during a regatta on the Orvask river, the district hospital said. "
                "The Orvask District Hospital said the man died of head injuries. "
                "The Orvask Rowing Club, which ran the regatta, said the launch had strayed onto the course. "
                "Pell Arnstad, who rowed in the same heat, said the water was rough. ")


@pytest.mark.parametrize("staff", ["a regatta official", "a regatta marshal on the bank", "the regatta's stewards"])
def test_an_event_s_staff_speak_for_the_body_that_runs_it(staff):
    """"He said a regatta official had assured the crews ...": the club "which ran the regatta"."""
    text = REGATTA_LEAD + f"He said {staff} had assured the crews that the course was closed to boats."
    assert source_of(text, "He said", REGATTA) == "Orvask Rowing Club"


def test_an_event_s_staff_are_no_one_s_when_no_body_is_said_to_run_it():
    text = REGATTA_LEAD.replace(", which ran the regatta,", "") + \
        "He said a regatta official had assured the crews that the course was closed to boats."
    assert source_of(text, "He said a regatta", REGATTA) != "Orvask Rowing Club"


def test_nested_speech_after_a_post_s_own_verb_is_the_inner_speaker_s():
    """"In a post on his page, he wrote that a regatta official had assured ...": the official's (the
    club's), not the writer's, whose verb "wrote" is the sentence's own."""
    text = REGATTA_LEAD + ("In a post on his page, he wrote that a regatta official had assured the crews that the "
                           "course was closed.")
    assert source_of(text, "In a post", REGATTA) == "Orvask Rowing Club"


CHESS = [*GENERIC, {"name": "Tomas Brenvik", "aliases": ["Brenvik"]},
         {"name": "Orvask Chess Federation", "aliases": []}]
CHESS_LEAD = ("VELMA, Orvask, Mar 4 (Saltreach) - The national chess champion was stripped of his title on Friday, "
              "the Orvask Chess Federation said. "
              "The federation said the champion had used a phone hidden in his shoe during the final. ")


@pytest.mark.parametrize("lawyer", ["His lawyer", "His lawyers", "His defence lawyer"])
def test_a_lawyer_named_by_whose_client_he_is_speaks_for_the_client(lawyer):
    """"X has denied cheating. His lawyer said he would appeal.": X's, as the guide has a lawyer
    speaking for a client."""
    text = CHESS_LEAD + f"Tomas Brenvik, 34, has denied cheating. {lawyer} said he would appeal."
    check(text, lawyer, "Tomas Brenvik", lawyer, "said", CHESS)


def test_a_lawyer_of_someone_unnamed_speaks_for_no_one_named():
    """"The archer was questioned. His lawyer said": the client is no one the registry holds."""
    text = CHESS_LEAD + ("Tomas Brenvik, 34, has denied cheating. A 20-year-old spectator who filmed the final "
                         "was questioned by police on Friday. His lawyer said the young man had filmed nothing.")
    assert source_of(text, "His lawyer", CHESS) is None


def test_a_lawyer_inside_another_s_words_is_no_client_s_spokesman():
    """"Brenvik said his lawyers had told him the case could take a year": their words to him."""
    text = CHESS_LEAD + "Brenvik said his lawyers had told him the case could take a year."
    assert source_of(text, "Brenvik said", CHESS) is None


WARD = [*GENERIC, {"name": "Orvask County Hospital", "aliases": []},
        {"name": "Orvask Riding Club", "aliases": []}]
WARD_LEAD = ("ORVASK, Merrelund, Mar 14 (Saltreach) - A girl of nine was hurt on Sunday when a pony bolted at a "
             "riding show, the Orvask Riding Club said. "
             "She was taken to the Orvask County Hospital with a broken arm. ")


@pytest.mark.parametrize("medic", ["A doctor treating the girl", "A nurse caring for her", "The surgeons treating her"])
def test_a_doctor_described_by_the_patient_speaks_for_the_one_hospital(medic):
    """"A doctor treating the girl said she was awake": one of the hospital's staff, of its patient."""
    text = WARD_LEAD + f"{medic} said she was awake and had asked for her mother."
    check(text, medic, "Orvask County Hospital", medic, "said", WARD)


def test_a_doctor_described_by_the_patient_is_no_one_s_when_two_hospitals_were_named():
    text = WARD_LEAD.replace("with a broken arm.", "and then to the Telbury Children's Hospital.") \
        + "A doctor treating the girl said she was awake and had asked for her mother."
    registry = [*WARD, {"name": "Telbury Children's Hospital", "aliases": []}]
    assert source_of(text, "A doctor treating", registry) is None


def test_doctors_described_by_the_patient_speak_for_the_hospital_in_nested_speech():
    text = WARD_LEAD + "The girl's mother said the doctors treating her daughter had promised no lasting harm."
    assert source_of(text, "The girl's mother", WARD) == "Orvask County Hospital"


POLO = [*GENERIC, {"name": "Velmund Water Polo Club", "aliases": []},
        {"name": "Orvask Water Polo Federation", "aliases": []}]
POLO_LEAD = ("ORVASK, Merrelund, Mar 15 (Saltreach) - A cup final was awarded to the losing side on Sunday, the "
             "Orvask Water Polo Federation said. "
             "Velmund Water Polo Club had won the match 9-8 with a goal in the last second. ")


def test_a_lone_word_opening_a_registered_body_s_name_is_that_body():
    """"Velmund's lawyer said" after "Velmund Water Polo Club": the club's lawyer, for the club (also
    when the word was seen alone before: "Velmund's captain")."""
    text = POLO_LEAD + ("Velmund's captain, Arno Pellikan, called the ruling a theft. "
                        "Velmund's lawyer said the footage could not be verified.")
    check(text, "Velmund's lawyer", "Velmund Water Polo Club", "Velmund", "said", POLO)


def test_a_lone_word_after_a_preposition_is_a_place():
    """"the fans of Velmund": the town, not the club."""
    text = POLO_LEAD + "The supporters' association of Velmund said the ruling was a disgrace."
    assert source_of(text, "The supporters'", POLO) != "Velmund Water Polo Club"


def test_he_after_an_unnamed_man_spoke_is_that_man():
    """"The brother of the younger man said ... He said": the brother, whom the registry does not
    hold; not the man named two sentences before."""
    text = CHESS_LEAD + ("Tomas Brenvik, 34, has denied cheating. "
                         "The brother of another player said by telephone that the phone had been seen by others. "
                         "He said the family had been sent a video of the final.")
    assert source_of(text, "He said the family", CHESS) is None


def test_he_after_a_named_man_spoke_is_still_him():
    text = CHESS_LEAD + ("Tomas Brenvik, 34, said he had no phone. "
                         "He said the family had been sent a video of the final.")
    assert source_of(text, "He said the family", CHESS) == "Tomas Brenvik"


def test_she_after_a_possessive_opening_is_the_person_in_apposition():
    """"Vaoti's widow, Ilse Marrow, sat in the front row. ... '...,' she said": the widow, the
    subject, not the man whose name opens the sentence (whose gender no table knows)."""
    registry = [*CHESS, {"name": "Ilse Marrow", "aliases": ["Marrow"]}, {"name": "Kaveti Vaoti", "aliases": ["Vaoti"]}]
    text = CHESS_LEAD + ("A player, Kaveti Vaoti, collapsed at the board and died in hospital. "
                         "Vaoti's widow, Ilse Marrow, sat in the front row as the ruling was read. "
                         "Outside the hall she said that her husband had told her he felt unwell. "
                         "\u201cNobody called a doctor,\u201d she said.")
    assert source_of(text, "\u201cNobody called", registry) == "Ilse Marrow"


@pytest.mark.parametrize("when", ["on Friday", "in 2038", "last March"])
def test_a_finding_after_a_time_is_the_finder_s(when):
    """"The court found on Friday that ...": the court's finding, as "found that" already was."""
    registry = [*GENERIC, {"name": "Velmund District Court", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A village choir won its case over a pop song. "
            f"The Velmund District Court found {when} that the label had used the recording without asking.")
    check(text, "The Velmund District Court", "Velmund District Court", "Velmund District Court", "found",
          registry)


def test_the_label_is_the_record_company_named_before():
    """"according to the label": the record company ("X Records"), a label's other word."""
    registry = [*GENERIC, {"name": "Zvezdan Records", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A village choir won its case against Zvezdan Records on Friday. "
            "The song was streamed 90 million times last year, according to the label.")
    assert source_of(text, "The song", registry) == "Zvezdan Records"


def test_a_product_s_label_is_no_company_s_words():
    """"The label said the honey was pure": the jar's label, no record company's."""
    registry = [*GENERIC, {"name": "Velmund Honey Company", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - Jars sold by the Velmund Honey Company held syrup, tests showed. "
            "The label said the honey was pure.")
    assert source_of(text, "The label", registry) is None


@pytest.mark.parametrize("described, named", [("his mother", "Ilse Marrow"), ("his club", "Velmund Fencing Club")])
def test_a_lead_closed_by_his_relative_or_his_club_is_the_one_speaking_next(described, named):
    """"..., his mother said on Monday." and "Ilse Marrow said ..." next: the mother, named next."""
    registry = [*GENERIC, {"name": "Ilse Marrow", "aliases": ["Marrow"]},
                {"name": "Velmund Fencing Club", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A 15-year-old fencer was recovering on Monday after a broken "
            f"blade pierced his jacket at a youth tournament, {described} said on Monday. "
            f"{named} said the boy had been lucky.")
    assert source_of(text, "VELMA", registry) == named


@pytest.mark.parametrize("noun, name", [("national gendarmerie", "Velmundi Gendarmerie"),
                                        ("provincial governorate", "Velmund Provincial Governorate"),
                                        ("regional prefecture", "Velmund Regional Prefecture")])
def test_a_lead_closed_by_a_gendarmerie_or_governorate_is_the_one_named_next(noun, name):
    registry = [*GENERIC, {"name": name, "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - Two tourists died of carbon monoxide poisoning in a tent near "
            f"Velma on Tuesday night, the {noun} said on Wednesday. "
            f"The {name} said a stove had been left burning inside.")
    assert source_of(text, "VELMA", registry) == name


@pytest.mark.parametrize("closing", ["the hospital treating her said", "the hospital where she is being treated said",
                                     "the hospital caring for the girl said"])
def test_a_lead_closed_by_the_hospital_treating_the_patient_is_the_hospital_named_next(closing):
    registry = [*GENERIC, {"name": "Velmund Children's Hospital", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A girl of seven suffered burns when her costume caught fire at a "
            f"school party on Thursday, {closing}. "
            "The Velmund Children's Hospital said she was in a stable condition.")
    assert source_of(text, "VELMA", registry) == "Velmund Children's Hospital"


@pytest.mark.parametrize("closing", ["a district court has ruled", "a district court ruled on Friday"])
def test_a_lead_closed_by_a_ruling_is_the_court_named_next(closing):
    registry = [*GENERIC, {"name": "Velmund District Court", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A village choir whose recording was sampled in a pop hit is owed "
            f"a share of its earnings, {closing}. "
            "The Velmund District Court found that the label had used the recording without asking.")
    assert source_of(text, "VELMA", registry) == "Velmund District Court"


def test_a_lead_closed_by_rescuers_is_the_rescue_body_not_an_emergency_hospital():
    """"..., mountain rescuers said.": the one rescue body, though a hospital's name says
    "Emergency" too."""
    registry = [*GENERIC, {"name": "Velmund Mountain Rescue", "aliases": []},
                {"name": "Velmund County Emergency Hospital", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A climber was killed when a column of ice broke away from a frozen "
            "waterfall on Friday, mountain rescuers said. "
            "Her two companions were flown to Velmund County Emergency Hospital, which said both were stable. "
            "Velmund Mountain Rescue said the ice had been soft after two warm days.")
    assert source_of(text, "VELMA", registry) == "Velmund Mountain Rescue"


def test_doctors_with_no_determiner_speak_for_the_one_hospital_in_nested_speech():
    """"The girl's mother said doctors had told her ...": the hospital's doctors, its words."""
    text = WARD_LEAD + "The girl's mother said doctors had told her that the arm would heal within weeks."
    assert source_of(text, "The girl's mother", WARD) == "Orvask County Hospital"


@pytest.mark.parametrize("staff", ["the shift leader", "the crew chief"])
def test_staff_who_lead_a_crew_speak_for_the_one_operator(staff):
    """"He said the shift leader had told workers ...": the plant's owner, the one operator."""
    text = KILN_LEAD + f"He said {staff} had told workers to keep the kiln door open during the night."
    assert source_of(text, f"He said {staff}", KILN) == "Orvask Brickworks"


@pytest.mark.parametrize("staff", ["the race officer", "the race director"])
def test_staff_who_run_an_event_speak_for_the_one_operator_no_state_body(staff):
    """"He said the race officer had told skippers ...": the club that runs the race, not the weather
    service or the hospital the story also names."""
    registry = [*GENERIC, {"name": "Velmund Ice Yacht Club", "aliases": []},
                {"name": "Velmundi Weather Service", "aliases": []},
                {"name": "Velmund County Hospital", "aliases": []},
                {"name": "Arno Pellikan", "aliases": ["Pellikan"]}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - An ice yacht struck two skaters on a frozen lake on Sunday, "
            "the Velmund County Hospital said. "
            "The Velmund Ice Yacht Club said its race had been held in the marked area. "
            "The Velmundi Weather Service said it had warned of strong gusts on the lake. "
            "Arno Pellikan, who sailed in the race, said the boats were too fast for the ice. "
            f"He said {staff} had told skippers at the start that the warning was for the coast.")
    assert source_of(text, f"He said {staff}", registry) == "Velmund Ice Yacht Club"


TOURS = [*GENERIC, {"name": "Velmund Cave Tours", "aliases": []}, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
TOURS_LEAD = ("VELMA, Orvask, Mar 4 (Saltreach) - Eleven visitors were trapped for six hours when water flooded a show "
              "cave on Sunday, police said. "
              "Velmund Cave Tours, which runs trips into the cave, said the group had been led out safely. ")


@pytest.mark.parametrize("guide", ["the guide", "a guide"])
def test_the_guide_who_led_the_party_speaks_for_the_tour_company(guide):
    text = TOURS_LEAD + f"Ilse Marrow said {guide} had told the group to sit against the wall and wait."
    assert source_of(text, "Ilse Marrow said", TOURS) == "Velmund Cave Tours"


@pytest.mark.parametrize("guides", ["Guides at the entrance said", "Her guides said"])
def test_guides_as_a_crowd_of_their_trade_are_not_the_company(guides):
    text = TOURS_LEAD + f"{guides} business had been brisk all week."
    assert source_of(text, guides.split()[0], TOURS) != "Velmund Cave Tours"


def test_bail_on_condition_is_no_anonymity():
    """"released on condition that they have no contact with ..., a police spokeswoman said": the
    police, not someone who asked not to be named."""
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - Three teenagers were charged over a party on Monday. "
            "The three were released on Tuesday night on condition that they have no contact with the boy, "
            "a police spokeswoman said.")
    assert source_of(text, "The three", GENERIC) == "police"


def test_on_condition_that_they_not_be_named_is_still_anonymity():
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - Three teenagers were charged over a party on Monday. "
            "Two officers, speaking on condition that they not be named, said the boy had been beaten.")
    assert source_of(text, "Two officers", GENERIC) == "anonymous official"


def test_a_lone_word_closing_a_registered_body_s_name_is_that_body():
    """"The Defenders have asked the court" after "Velmund Wildlife Defenders": the group."""
    registry = [*GENERIC, {"name": "Velmund Wildlife Defenders", "aliases": []},
                {"name": "Velmund Land Court", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A court stopped a cull of wild horses on Monday in a case brought by "
            "the group Velmund Wildlife Defenders. "
            "The Defenders have asked the court to order a new count of the herd before the hearing.")
    assert source_of(text, "The Defenders", registry) == "Velmund Wildlife Defenders"


@pytest.mark.parametrize("prosecution", ["A spokeswoman for the prosecution service", "The prosecution",
                                         "The public prosecution office"])
def test_the_prosecution_of_no_body_named_is_the_registry_s_prosecutors(prosecution):
    """"the prosecution service said": the prosecutors, not a "Family Services" named before."""
    registry = [*GENERIC, {"name": "Velmund Family Services", "aliases": []}]
    text = ("VELMA, Orvask, Mar 4 (Saltreach) - A care worker was jailed for 12 years on Monday. "
            "Velmund Family Services said it had dismissed her in May. "
            f"{prosecution} said it would read the judgment before deciding on an appeal.")
    assert source_of(text, prosecution, registry) == "prosecutors"


def test_staff_before_a_parenthetical_cue_speak_for_the_one_body():
    """"A nurse, she said, had told her ...": the hospital's nurse, before the outer cue."""
    text = WARD_LEAD + "A nurse, the girl's mother said, had told her the arm would heal within weeks."
    assert source_of(text, "A nurse", WARD) == "Orvask County Hospital"


def test_his_own_superiors_before_a_parenthetical_cue_are_not_the_story_s_operator():
    text = KILN_LEAD + "His superiors, he said, had told inspectors to stay away from the kiln."
    assert source_of(text, "His superiors", KILN) != "Orvask Brickworks"
