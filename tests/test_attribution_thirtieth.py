"""Tests for the thirtieth round of attribution rules, written while the hundred-and-thirty-eighth
and hundred-and-thirty-ninth held-out sets were being written.

Anonymity kept back in further wordings: a name "left off" or kept "back", a talk "only if neither
of them was identified", "once assured that nothing would identify him" or "that no report would
carry his name", "only without attribution", "unwilling to put his name to the remarks", "described
only by his rank".

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

DOCKS = [*GENERIC, {"name": "Varnholm Port Authority", "aliases": []},
         {"name": "Edda Skorvik", "aliases": ["Skorvik"]}]
DOCKS_OPENING = ("VARNHOLM, Kessary, Mar 2 (Pellbrook Wire) - A crane toppled onto a ferry at the Varnholm docks "
                 "on Sunday, the Varnholm Port Authority said. "
                 "Edda Skorvik, its director, said nobody had been hurt. ")


@pytest.mark.parametrize("speaker", [
    "A crane driver, who asked that his name be left off,",
    "A docker, keeping his name back while the inquiry runs,",
    "Two welders at the yard, who agreed to talk only if neither of them was identified,",
    "A pilot who has worked the harbour for 20 years, and who spoke once assured that nothing would identify him,",
    "A port inspector, who talked only once assured that no report would carry his name,",
    "A manager at the authority, who would discuss the matter only without attribution,",
    "An authority official, unwilling to put his name to the remarks,",
    "A harbour policeman, who would let himself be described only by his rank,",
])
def test_a_name_kept_back_in_further_wordings_is_the_anonymous_entry(speaker):
    """An unnamed speaker whose comma-set clause keeps the name back is the anonymous entry, not
    the body the speaker works at or no one."""
    text = DOCKS_OPENING + speaker + " said the crane's brakes had failed twice in January."
    assert source_of(text, speaker.split(",")[0], DOCKS) == "anonymous official"


@pytest.mark.parametrize("speaker", [
    "A crane driver, who asked that his bill be left off,",
    "A docker, who kept his boots on while the inquiry ran,",
])
def test_a_clause_keeping_no_name_back_leaves_the_speaker_unnamed(speaker):
    """A clause without a name kept back ("asked that his bill be left off") is no anonymity: an
    unnamed docker's claim is nobody's."""
    text = DOCKS_OPENING + speaker + " said the crane's brakes had failed twice in January."
    assert source_of(text, speaker.split(",")[0], DOCKS) != "anonymous official"


GAOL = [*GENERIC, {"name": "Orrin Central Prison", "aliases": []}, {"name": "Tamsa Ledrow", "aliases": ["Ledrow"]},
        {"name": "Orrin Island Council", "aliases": []}]
GAOL_TEXT = ("ORRIN, Kessary, Mar 3 (Pellbrook Wire) - Inmates of Orrin Central Prison have gone a week without "
             "clean water, a rights group said. "
             "Tamsa Ledrow, who visited the wings on Friday, said the men had no soap. "
             "She said the prison's only doctor had told her the pumps had failed in January. "
             "Ledrow said the clinic's doctor had told her the pumps had failed in January. "
             "The Orrin Island Council met on Monday. "
             "The island's pastor said prayers would be held for the men.")


def test_staff_by_trade_of_a_house_named_by_one_body_speak_for_it():
    """"the prison's only doctor had told her": a word for staff after a word that one
    registered body's name holds is that body's, as "the prison's governor" is."""
    assert source_of(GAOL_TEXT, "She said the prison's only doctor", GAOL) == "Orrin Central Prison"


def test_staff_of_a_word_no_body_holds_or_of_a_place_are_not_a_body_s():
    """No registered name holds "clinic": nobody's words; "the island's pastor" speaks for no
    island council."""
    assert source_of(GAOL_TEXT, "Ledrow said the clinic", GAOL) is None
    assert source_of(GAOL_TEXT, "The island's pastor", GAOL) is None


VISIT = [*GENERIC, {"name": "Kessary Rights Commission", "aliases": []},
         {"name": "Orrin Central Prison", "aliases": []}, {"name": "Kessaran Works Ministry", "aliases": []},
         {"name": "Tamsa Ledrow", "aliases": ["Ledrow"]}]
VISIT_TEXT = ("ORRIN, Kessary, Mar 4 (Pellbrook Wire) - Cells at Orrin Central Prison hold four times the men they "
              "were built for, the Kessary Rights Commission said on Thursday. "
              "The Kessaran Works Ministry built its newest wing in 2031. "
              "Investigators from the Kessary Rights Commission who visited Orrin Central Prison on Wednesday said "
              "they had counted 40 men in one cell. "
              "Tamsa Ledrow, a builder, said ministry engineers who inspected the walls in May had told her they "
              "were sound. "
              "A man who visited Orrin Central Prison on Monday said the food was cold.")


def test_staff_followed_by_a_clause_of_their_visit_speak_not_the_place_visited():
    """"Investigators from X who visited Y on Wednesday said": X's, not Y's."""
    assert source_of(VISIT_TEXT, "Investigators from", VISIT) == "Kessary Rights Commission"


def test_inner_staff_followed_by_a_clause_of_their_inspection_speak_for_their_body():
    """"said ministry engineers who inspected the walls in May had told her": the ministry's
    (its staff), not Ledrow's."""
    assert source_of(VISIT_TEXT, "Tamsa Ledrow, a builder", VISIT) == "Kessaran Works Ministry"


def test_someone_unnamed_who_visited_a_body_is_not_that_body():
    """"A man who visited Orrin Central Prison on Monday said": nobody's."""
    assert source_of(VISIT_TEXT, "A man who visited", VISIT) is None


def test_may_the_month_before_a_nested_verb_is_no_modal():
    """"the X Ministry in May had told her": "May" is the month, and the ministry speaks (a modal
    "may" would keep the verb from reporting speech), as it does in "the ministry's engineers in
    March had told her"."""
    text = VISIT_TEXT + (" Ledrow said the Kessaran Works Ministry in May had told her the roof was sound. "
                         "Ledrow said the ministry's engineers in March had told her the gates were sound.")
    assert source_of(text, "Ledrow said the Kessaran", VISIT) == "Kessaran Works Ministry"
    assert source_of(text, "Ledrow said the ministry's", VISIT) == "Kessaran Works Ministry"


LEADS = [*GENERIC, {"name": "Harrel Health Office", "aliases": []}, {"name": "Kotta Venn", "aliases": ["Venn"]},
         {"name": "Harrel Town Council", "aliases": []}, {"name": "Kessaran Civil Aviation Directorate", "aliases": []},
         {"name": "Harrel District Hospital", "aliases": []}]


def test_a_lead_closed_by_according_to_a_body_described_is_the_body_named_next():
    """"..., according to the city's health office." is the health office named in the next
    sentence, as "..., the city's health office said." is."""
    text = ("HARREL, Kessary, Mar 5 (Pellbrook Wire) - Three diners died after eating bad fish at an inn here on "
            "Sunday, according to the city's health office. "
            "Kotta Venn, who heads the Harrel Health Office, said tests had found the toxin.")
    assert source_of(text, "HARREL", LEADS) == "Harrel Health Office"


def test_a_regulator_described_is_the_directorate_holding_its_words_not_a_council_named_first():
    """"according to the national aviation regulator", a town council named next and a civil
    aviation directorate after it: the directorate (a regulator's kind, holding "aviation")."""
    text = ("HARREL, Kessary, Mar 6 (Pellbrook Wire) - Forty drones fell onto a crowd during a show here on Friday "
            "night, according to the national aviation regulator. "
            "The show was put on by the Harrel Town Council. "
            "Kotta Venn, who heads the Kessaran Civil Aviation Directorate, said the drones lost their signal.")
    assert source_of(text, "HARREL", LEADS) == "Kessaran Civil Aviation Directorate"


def test_a_lead_closed_by_according_to_doctors_at_the_hospital_is_the_hospital():
    """"..., according to doctors at the district hospital." is the story's one hospital."""
    text = ("HARREL, Kessary, Mar 7 (Pellbrook Wire) - Thirty people were treated for burns after a fire walk at a "
            "festival here on Friday, according to doctors at the district hospital. "
            "The Harrel District Hospital kept four of them overnight.")
    assert source_of(text, "HARREL", LEADS) == "Harrel District Hospital"


RACE = [*GENERIC, {"name": "Harrel Cycling League", "aliases": []}, {"name": "Kotta Venn", "aliases": ["Venn"]},
        {"name": "Harrel Town Council", "aliases": []}]


@pytest.mark.parametrize("closing", ["race organisers said.", "the race's organisers said on Sunday."])
def test_a_lead_closed_by_organisers_is_the_body_named_next(closing):
    """"..., race organisers said." is the body the next sentences name, whatever its kind."""
    text = ("HARREL, Kessary, Mar 8 (Pellbrook Wire) - Two riders were hurt when a motorbike hit them during the "
            "third stage of the Tour of Harrel, " + closing + " "
            "Kotta Venn, race director at the Harrel Cycling League, which runs the tour, said the bike had skidded.")
    assert source_of(text, "HARREL", RACE) == "Harrel Cycling League"


def test_a_lead_closed_by_organisers_with_no_body_named_next_is_nobody_s():
    """With no body named in the next two sentences, organisers stay unresolved."""
    text = ("HARREL, Kessary, Mar 8 (Pellbrook Wire) - Two riders were hurt during the third stage of the Tour of "
            "Harrel, race organisers said. "
            "The stage was cut short. "
            "Riders waited an hour in the rain.")
    assert source_of(text, "HARREL", RACE) is None


TRIP = [*GENERIC, {"name": "Varn Heritage Railway Society", "aliases": []},
        {"name": "Ossel Beach Rentals", "aliases": []}, {"name": "Kotta Venn", "aliases": ["Venn"]},
        {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
TRIP_TEXT = ("VARN, Kessary, Mar 9 (Pellbrook Wire) - A steam train run by the Varn Heritage Railway Society set a "
             "hillside alight on Sunday. "
             "Kotta Venn, a farmer, said a society volunteer riding on the footplate had shouted to him that help "
             "was coming. "
             "Venn said a man riding on the roof had shouted that the fire was out. "
             "Two swimmers drowned off a beach where Ossel Beach Rentals hires out boards. "
             "Ilse Marrow, who was pulled out, said the young attendant at the rental stand had told her the sea "
             "would stay calm.")


def test_staff_followed_by_a_phrase_of_where_they_rode_speak_for_the_body_their_words_name():
    """"a society volunteer riding on the footplate had shouted to him that": the society's words,
    the phrase of where he rode passed over; someone unnamed riding on the roof is nobody's."""
    assert source_of(TRIP_TEXT, "Kotta Venn, a farmer", TRIP) == "Varn Heritage Railway Society"
    assert source_of(TRIP_TEXT, "Venn said a man riding", TRIP) is None


def test_staff_at_a_stand_speak_for_the_one_body_whose_name_holds_the_stand_s_trade():
    """"the young attendant at the rental stand": the one body whose name holds "rental" (a
    stand, like a shop, is a mere place)."""
    assert source_of(TRIP_TEXT, "Ilse Marrow", TRIP) == "Ossel Beach Rentals"


CREWS = [*GENERIC, {"name": "Ossel Tavern", "aliases": []}, {"name": "Varn Ferry Company", "aliases": []},
         {"name": "Kessary State Conservatory", "aliases": []}, {"name": "Varn Coaches", "aliases": []},
         {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
CREWS_TEXT = ("VARN, Kessary, Mar 10 (Pellbrook Wire) - Eight people fell ill after drinking at Ossel Tavern, "
              "the Varn Ferry Company's cable snapped and a Kessary State Conservatory violin went missing, "
              "police said. "
              "Ilse Marrow said the barman had assured her the spirit was safe. "
              "She said a crewman had promised the waiting crowd that the cable had been checked. "
              "She said the teacher had told her the key was back at the lodge. "
              "A coach run by Varn Coaches left the road on Sunday. "
              "Marrow said the driver had told her the brakes had failed.")


@pytest.mark.parametrize(("prefix", "body"), [
    ("Ilse Marrow said the barman", "Ossel Tavern"),
    ("She said a crewman", "Varn Ferry Company"),
    ("She said the teacher", "Kessary State Conservatory"),
])
def test_staff_named_by_trade_speak_for_the_one_body_of_that_trade(prefix, body):
    """A barman, a crewman, a teacher: the one registered body of that trade (a tavern, a ferry
    company, a conservatory), as a captain's is the ferry line's."""
    assert source_of(CREWS_TEXT, prefix, CREWS) == body


def test_a_driver_speaks_for_no_coach_company():
    """A driver after a crash speaks for himself, not the operator: nobody's (a guard)."""
    assert source_of(CREWS_TEXT, "Marrow said the driver", CREWS) is None


PLANT = [*GENERIC, {"name": "Ossel Electric", "aliases": []}, {"name": "Varn Burns Centre", "aliases": []},
         {"name": "Kessaran Labour Inspectorate", "aliases": []}, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
PLANT_TEXT = ("VARN, Kessary, Mar 11 (Pellbrook Wire) - Nine workers at an Ossel Electric plant were burned on "
              "Tuesday, and five were flown to the Varn Burns Centre, the Kessaran Labour Inspectorate said. "
              "Ilse Marrow, a welder, said the fumes had built up for an hour. "
              "She said a factory manager had assured the team that the alloy passed every test. "
              "She said her superiors had told her to keep working. "
              "She said a district supervisor had told the crew to go home.")


def test_unnamed_staff_tied_to_nothing_else_speak_for_the_story_s_one_company():
    """"a factory manager had assured the team" with a company, a burns centre and an
    inspectorate named: the company's (the one operator whose name shows a company)."""
    assert source_of(PLANT_TEXT, "She said a factory manager", PLANT) == "Ossel Electric"


@pytest.mark.parametrize("prefix", ["She said her superiors", "She said a district supervisor"])
def test_someone_s_own_superiors_or_a_district_s_staff_are_not_the_company_s(prefix):
    """"her superiors" are the speaker's own bosses, "a district supervisor" a district's: not the
    story's one company."""
    assert source_of(PLANT_TEXT, prefix, PLANT) != "Ossel Electric"


def test_unnamed_staff_of_a_story_with_two_companies_are_nobody_s():
    """With two companies named and nothing tying the manager to either: nobody's."""
    text = PLANT_TEXT.replace("an Ossel Electric plant", "an Ossel Electric plant run by Varn Welding Company")
    registry = [*PLANT, {"name": "Varn Welding Company", "aliases": []}]
    assert source_of(text, "She said a factory manager", registry) is None


CLAMS = [*GENERIC, {"name": "Kessaran Fisheries Institute", "aliases": []},
         {"name": "Ossel Seafoods", "aliases": []}, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
CLAMS_TEXT = ("VARN, Kessary, Mar 12 (Pellbrook Wire) - Eleven people fell ill after eating clams sold by Ossel "
              "Seafoods, the Kessaran Fisheries Institute said on Friday. "
              "Ilse Marrow, who owns Ossel Seafoods, said every batch had been sent for testing. "
              "Marrow said tests by the institute on clams from the same beds in January had found no toxin. "
              "Marrow said tests by the laboratory in March had found no toxin either.")


def test_findings_of_tests_by_a_body_described_are_that_body_s():
    """"tests by the institute on clams ... had found": the institute named before, as "tests by
    the X Institute" would be (its finding, nested in Marrow's words)."""
    assert source_of(CLAMS_TEXT, "Marrow said tests by the institute", CLAMS) == "Kessaran Fisheries Institute"


def test_findings_of_tests_by_a_body_no_entry_stands_for_stay_the_speaker_s():
    """"tests by the laboratory": no registered laboratory, so Marrow's own claim."""
    assert source_of(CLAMS_TEXT, "Marrow said tests by the laboratory", CLAMS) == "Ilse Marrow"


def test_a_person_s_studio_or_management_speaks_for_that_person():
    """"X's studio said in a statement" and "X's management said" are X's, as "X's office" is."""
    registry = [*GENERIC, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 13 (Pellbrook Wire) - A sculpture by Ilse Marrow fell on a visitor on Friday. "
            "Marrow's studio said in a short statement that she was shocked. "
            "Marrow's management said she would pay for the visitor's treatment.")
    assert source_of(text, "Marrow's studio", registry) == "Ilse Marrow"
    assert source_of(text, "Marrow's management", registry) == "Ilse Marrow"


def test_a_head_s_own_doctors_or_firefighters_are_the_head_s_claim():
    """"He said his doctors had warned the ministry": a hospital head's own staff, his claim (the
    guide's staff who report to the outer speaker), as "his inspectors" are."""
    registry = [*GENERIC, {"name": "Varn General Hospital", "aliases": []},
                {"name": "Kotta Venn", "aliases": ["Venn"]}, {"name": "Kessaran Health Ministry", "aliases": []}]
    text = ("VARN, Kessary, Mar 13 (Pellbrook Wire) - Six people died after drinking bootleg spirit, the Kessaran "
            "Health Ministry said. "
            "Kotta Venn, who runs the Varn General Hospital, said four more were in intensive care. "
            "Venn said his doctors had warned the ministry last autumn that bootleg spirit was turning up.")
    assert source_of(text, "Venn said his doctors", registry) == "Kotta Venn"


DAIRY = [*GENERIC, {"name": "Kessaran Food Standards Authority", "aliases": []}, {"name": "Varn Dairy", "aliases": []},
         {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
DAIRY_TEXT = ("VARN, Kessary, Mar 14 (Pellbrook Wire) - Forty people fell ill after drinking milk from the Varn Dairy, "
              "the Kessaran Food Standards Authority said. "
              "Ilse Marrow, a farmer who sells milk to the dairy, said the cows were healthy. "
              "Marrow said an inspector sent by the authority had assured her that the dairy could reopen. "
              "Marrow said a police officer had let her know that the tanker had been found. "
              "Marrow said she would let them know on Monday that she was leaving. "
              "A lawyer acting for the dairy said it would sue the farm.")


def test_staff_sent_by_a_body_speak_for_it():
    """"an inspector sent by the authority had assured her": the authority's, as staff "employed
    by" or "working for" a body are."""
    assert source_of(DAIRY_TEXT, "Marrow said an inspector", DAIRY) == "Kessaran Food Standards Authority"


def test_a_lawyer_acting_for_a_body_speaks_for_it():
    """"A lawyer acting for the dairy said": the dairy's, as "a lawyer for the dairy" is."""
    assert source_of(DAIRY_TEXT, "A lawyer acting", DAIRY) == "Varn Dairy"


def test_letting_someone_know_is_speech_of_who_let_them_know():
    """"a police officer had let her know that" is police speech; "she would let them know" after
    a modal stays the outer speaker's own."""
    assert source_of(DAIRY_TEXT, "Marrow said a police officer", DAIRY) == "police"
    assert source_of(DAIRY_TEXT, "Marrow said she would", DAIRY) == "Ilse Marrow"


def test_customs_officers_speak_for_a_bureau_of_customs():
    """"customs officers had told her": the one service whose name closes with "Customs" after
    "of" ("X Bureau of Customs"), as a "Customs Service" would be."""
    registry = [*GENERIC, {"name": "Kessaran Bureau of Customs", "aliases": []},
                {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 15 (Pellbrook Wire) - Four apes were found in crates at the port, the Kessaran "
            "Bureau of Customs said. "
            "Ilse Marrow, who runs a rescue centre, said two were very weak. "
            "Marrow said customs officers had told her the crates had been nailed shut.")
    assert source_of(text, "Marrow said customs", registry) == "Kessaran Bureau of Customs"


def test_a_resort_manager_speaks_for_the_one_body_whose_name_ends_in_resorts():
    """"A resort manager said": the one body whose name ends in the word's plural ("X Dive
    Resorts")."""
    registry = [*GENERIC, {"name": "Varn Dive Resorts", "aliases": []}, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 16 (Pellbrook Wire) - A diver died during a contest run by Varn Dive Resorts on "
            "Sunday, police said. "
            "A resort manager said the company would not pay any prize until the review was over.")
    assert source_of(text, "A resort manager", registry) == "Varn Dive Resorts"


def test_a_health_inspector_speaks_for_a_health_secretariat():
    """"a health inspector had visited his stall and had told him": the "X Health Secretariat"
    (a secretariat, like an administration, is a service whose staff are officers)."""
    registry = [*GENERIC, {"name": "Kessaran Health Secretariat", "aliases": []},
                {"name": "Kotta Venn", "aliases": ["Venn"]}]
    text = ("VARN, Kessary, Mar 17 (Pellbrook Wire) - Twelve people fell ill after eating pork from a market, the "
            "Kessaran Health Secretariat said. "
            "Kotta Venn, who sold the meat, said he had bought it from a farm. "
            "He said a health inspector had visited his stall in February and had told him the meat was fine.")
    assert source_of(text, "He said a health inspector", registry) == "Kessaran Health Secretariat"


def test_staff_followed_by_the_shift_they_worked_speak_before_it():
    """"a hospital doctor working the night shift had explained to her that": the hospital's (the
    phrase of the shift passed over, as one of where someone rode is)."""
    registry = [*GENERIC, {"name": "Varn General Hospital", "aliases": []},
                {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 18 (Pellbrook Wire) - A diver died in a pressure chamber at the Varn General "
            "Hospital on Sunday, police said. "
            "Ilse Marrow, his sister, said he had been treated for six hours. "
            "She said a hospital doctor working the night shift had explained to her that the oxygen had run out. "
            "She said a hospital nurse on the day shift had told her that the valve was fixed.")
    assert source_of(text, "She said a hospital doctor", registry) == "Varn General Hospital"
    assert source_of(text, "She said a hospital nurse", registry) == "Varn General Hospital"
    mine = [*GENERIC, {"name": "Varn Mining", "aliases": []}, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 29 (Pellbrook Wire) - A mine flooded on Tuesday, Varn Mining said. "
            "Ilse Marrow, who heads the miners' union, said the pumps were old. "
            "She said the foreman on the night shift had told the men to keep cutting.")
    assert source_of(text, "She said the foreman", mine) == "Varn Mining"


def test_a_regional_manager_speaks_for_the_story_s_one_company():
    """"one regional manager had told cooks": the story's one company, as "a factory manager" is
    (a regional manager is the company's own; a district's supervisor is not)."""
    text = PLANT_TEXT + " She said one regional manager had told cooks that waste was lost profit."
    assert source_of(text, "She said one regional manager", PLANT) == "Ossel Electric"


@pytest.mark.parametrize("speaker", ["A nurse on the ward", "A doctor in its emergency ward"])
def test_a_nurse_or_doctor_on_a_ward_speaks_for_the_story_s_one_hospital(speaker):
    """"A nurse on the ward said", "A doctor in its emergency ward said": the story's one
    hospital, as "a nurse there" is."""
    registry = [*GENERIC, {"name": "Varn General Hospital", "aliases": []},
                {"name": "Kessaran Health Department", "aliases": []}]
    text = ("VARN, Kessary, Mar 19 (Pellbrook Wire) - Dengue has killed two people, the Kessaran Health Department "
            "said. The Varn General Hospital took in 40 patients on Friday. "
            f"{speaker} said most of them were loggers.")
    assert source_of(text, speaker, registry) == "Varn General Hospital"


@pytest.mark.parametrize("sentence", [
    "The Varn Water Board has asked Ossel Tankers for the names of the farms that bought the water.",
    "Mayor Ilse Marrow has asked the town's legal office for advice on whether the licence can be withdrawn.",
])
def test_a_bare_request_to_a_named_or_possessed_addressee_is_an_act(sentence):
    """"has asked Ossel Tankers for the names ...", "has asked the town's legal office for advice
    on whether ...": a request for a thing, an act (null), whatever the addressee's name or
    possessive, and whatever clause the thing asked for holds."""
    registry = [*GENERIC, {"name": "Varn Water Board", "aliases": []}, {"name": "Ossel Tankers", "aliases": []},
                {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = "VARN, Kessary, Mar 20 (Pellbrook Wire) - Tainted water made 30 people ill, police said. " + sentence
    assert source_of(text, sentence[:20], registry) is None


TAX = [*GENERIC, {"name": "Kessaran National Tax Office", "aliases": []},
       {"name": "Varn Airport Holdings", "aliases": []}]


def test_service_staff_opening_a_sentence_speak_for_their_service():
    """"Tax officials estimated that" opening a sentence: the one service whose name holds "Tax"
    before its noun ("X National Tax Office"), as "tax officials" inside a sentence would be."""
    text = ("VARN, Kessary, Mar 21 (Pellbrook Wire) - Fake vodka has flooded the capital's shops, the Kessaran "
            "National Tax Office said. "
            "Tax officials estimated that one bottle in every 40 sold last year was fake.")
    assert source_of(text, "Tax officials", TAX) == "Kessaran National Tax Office"


def test_staff_opening_a_sentence_of_no_service_stay_the_generic_entry():
    """"Airport officials said" with "X Airport Holdings" named: no service's, the generic
    officials entry."""
    text = ("VARN, Kessary, Mar 22 (Pellbrook Wire) - Snow closed the runway at Varn on Sunday, Varn Airport "
            "Holdings said. "
            "Airport officials said 1,100 flights had been cancelled.")
    assert source_of(text, "Airport officials", TAX) == "officials"


def test_being_admitted_to_hospital_is_no_cue():
    """"X, whose two sons were admitted, said a ward nurse had informed her that": "admitted" is
    taken into hospital, no admission; the nurse's words are the hospital's."""
    registry = [*GENERIC, {"name": "Varn District Hospital", "aliases": []},
                {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 23 (Pellbrook Wire) - Two boys fell ill after swimming in a canal, the Varn "
            "District Hospital said. "
            "Ilse Marrow, whose two sons were admitted, said a ward nurse had informed her that both would stay in.")
    assert source_of(text, "Ilse Marrow, whose", registry) == "Varn District Hospital"


def test_a_body_s_team_speaks_for_it():
    """"a ministry team came to the village and told families to": the ministry's words, as "a
    ministry official" would be."""
    registry = [*GENERIC, {"name": "Kessaran Health Ministry", "aliases": []},
                {"name": "Kotta Venn", "aliases": ["Venn"]}]
    text = ("VARN, Kessary, Mar 24 (Pellbrook Wire) - Malaria has killed six people in the hills, the Kessaran "
            "Health Ministry said. "
            "Kotta Venn, a village head, said nets had run out. "
            "He said a ministry team came to the village in March and told families to sleep under nets.")
    assert source_of(text, "He said a ministry team", registry) == "Kessaran Health Ministry"


def test_a_warden_speaks_for_the_one_conservation_body():
    """"a warden had once told him to turn back": the one conservation body (a warden of a
    reserve, as of a prison)."""
    registry = [*GENERIC, {"name": "Kessaran Conservation Department", "aliases": []},
                {"name": "Kotta Venn", "aliases": ["Venn"]}]
    text = ("VARN, Kessary, Mar 25 (Pellbrook Wire) - Rats have reached a seabird island, the Kessaran "
            "Conservation Department said. "
            "Kotta Venn, a fisherman, said boats land there often. "
            "He said a warden had once told him to turn back because his boat had no certificate.")
    assert source_of(text, "He said a warden", registry) == "Kessaran Conservation Department"


def test_two_word_service_staff_opening_a_sentence_speak_for_their_service():
    """"Civil protection officers said" opening a sentence: the "X Civil Protection Directorate",
    every word of the phrase read, the capitalised one too; "An agency scientist said" still
    opens with a determiner."""
    registry = [*GENERIC, {"name": "Kessaran Civil Protection Directorate", "aliases": []},
                {"name": "Varn Environment Agency", "aliases": []}]
    text = ("VARN, Kessary, Mar 26 (Pellbrook Wire) - Fire gutted a hostel on Sunday, the Kessaran Civil Protection "
            "Directorate said. The Varn Environment Agency measured the smoke. "
            "Civil protection officers said the building had no smoke alarms. "
            "An agency scientist said the air was clean again by Monday.")
    assert source_of(text, "Civil protection officers", registry) == "Kessaran Civil Protection Directorate"
    assert source_of(text, "An agency scientist", registry) == "Varn Environment Agency"


def test_a_person_s_agent_or_publicist_speaks_for_that_person():
    """"X's agent said", "X's publicist said": X's, as "X's lawyers" are."""
    registry = [*GENERIC, {"name": "Ilse Marrow", "aliases": ["Marrow"]}]
    text = ("VARN, Kessary, Mar 27 (Pellbrook Wire) - The singer Ilse Marrow was stripped of her prize on Sunday. "
            "Marrow's agent said she would not return the trophy. "
            "Marrow's publicist said she was resting.")
    assert source_of(text, "Marrow's agent", registry) == "Ilse Marrow"
    assert source_of(text, "Marrow's publicist", registry) == "Ilse Marrow"


def test_staff_after_the_body_that_opens_their_sentence_speak_for_it():
    """"At the X Hospital, doctors said": the hospital's, as "Doctors there said" is; "At a
    school in the hills, teachers said" names no registered body."""
    registry = [*GENERIC, {"name": "Varn Children's Hospital", "aliases": []},
                {"name": "Kessaran Health Ministry", "aliases": []}]
    text = ("VARN, Kessary, Mar 28 (Pellbrook Wire) - Forty children fell ill after drinking syrup, the Kessaran "
            "Health Ministry said. "
            "At Varn Children's Hospital, doctors said six children needed dialysis. "
            "At a school in the hills, teachers said most pupils had stayed at home.")
    assert source_of(text, "At Varn", registry) == "Varn Children's Hospital"
    assert source_of(text, "At a school", registry) is None
