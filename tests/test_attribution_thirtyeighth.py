"""Tests for the thirty-eighth round of attribution rules, written after the two-hundredth and
two-hundred-and-first held-out sets were scored, while the next pair was being written.

An anonymous insider's bosses speak for his employer: more words for a boss ("his captain", "her
sergeant", "his team leader", "her head of department", "his permanent secretary"; not a team's
captain, a fellow player); his employer
told by a short name that opens a registered name ("A Tambrelle signal engineer" for "Tambrelle Iron
Railways", not a place after a preposition, "A ranger on Penukuma"), or by one word of a public
body's name before his trade ("A search team member" for the "X Search and Rescue Command"; not "A
district official" for a district court); no employer for "a deckhand on one of the tour boats" (one
of many businesses), and never the generic "officials" for "A ministry inspector".

What a body's study found is the body's also in the simple past ("a study published by the institute
in 2039 showed", "an underwater count carried out by the institute last year showed that"), for a
study "of" a thing "by" the body ("a study of the carving styles by the centre had found"), and for
what research "had shown"; but "the team found the body" is no document's finding.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

RAIL = [*GENERIC, {"name": "Quenmore Iron Railways", "aliases": []},
        {"name": "Ardenvale Transport Safety Bureau", "aliases": []},
        {"name": "Lisabeth Arrowdene", "aliases": ["Arrowdene"]}]
RAIL_STORY = ("The Ardenvale Transport Safety Bureau opened an inquiry into the derailment on Monday. Quenmore Iron "
              "Railways said the train had been running below the limit. Lisabeth Arrowdene, who heads the bureau, "
              "said the track had been inspected in May. Quenmore had cut 80 maintenance jobs since 2038, she said. "
              "A Quenmore track engineer, who would not let reporters print his name, said the rails were worn. ")


def test_an_insiders_employer_told_by_a_short_name_that_opens_its_registered_name():
    """"A Quenmore track engineer ... He said his manager had instructed the team": the railway's."""
    text = RAIL_STORY + "He said his manager had instructed the team to skip the weekend checks."
    assert source_of(text, "He said his manager", RAIL) == "Quenmore Iron Railways"


def test_a_place_after_a_preposition_is_no_employer():
    """"A ranger on Penukuma" works for no "Penukuma Island Council"."""
    registry = [*GENERIC, {"name": "Penukuma Island Council", "aliases": []},
                {"name": "Tavelian Environment Department", "aliases": []}]
    text = ("The Penukuma Island Council banned fishing on the reef on Monday. The Tavelian Environment Department "
            "sent four rangers. A ranger on Penukuma, who asked not to be named, said the crowds were angry. "
            "He said his supervisor in the capital had instructed rangers by radio not to arrest anyone.")
    assert source_of(text, "He said his supervisor", registry) != "Penukuma Island Council"


BOSSES_REGISTRY = [*GENERIC, {"name": "Kelvaran Wildlife Directorate", "aliases": []},
                   {"name": "Kelvaran Trappers' League", "aliases": []}]
BOSSES_STORY = ("The Kelvaran Wildlife Directorate stopped issuing trapping seals on Monday. The Kelvaran Trappers' "
                "League protested. A directorate clerk, who spoke on condition of anonymity, said the seals had "
                "been forged for years. ")


@pytest.mark.parametrize("bosses", ["His team leader, he said,",
                                    "His head of department, he said,", "He said his permanent secretary",
                                    "He said his sergeant", "He said his shift leader"])
def test_more_words_for_an_insiders_boss(bosses):
    """"His team leader, he said, had told staff": the employer's, as "his managers" already were."""
    text = BOSSES_STORY + f"{bosses} had told field staff to stop issuing seals until the inquiry was over."
    assert source_of(text, bosses, BOSSES_REGISTRY) == "Kelvaran Wildlife Directorate"


def test_no_employer_for_a_hand_on_one_of_many_boats():
    """"A deckhand on one of the tour boats ... His skipper, he said, had instructed": whose boat, the
    story does not say (the one tour company registered is not thereby his)."""
    registry = [*GENERIC, {"name": "Moana Reef Cruises", "aliases": []},
                {"name": "Ruavai Island Council", "aliases": []}]
    text = ("The Ruavai Island Council closed the lagoon to tour boats on Monday. Moana Reef Cruises, which runs "
            "two of the boats, said it would comply. A deckhand on one of the tour boats, who asked not to be "
            "named, said he agreed with the closure. His skipper, he said, had instructed the crew to look for "
            "a new sandbank.")
    assert source_of(text, "His skipper", registry) is None


def test_one_of_the_yards_of_one_company_is_still_its():
    """"A foreman at one of the yards" of the one forestry company: his manager speaks for it."""
    registry = [*GENERIC, {"name": "Orlavian State Forests", "aliases": []},
                {"name": "Orlavian Cork Strippers' Union", "aliases": []}]
    text = ("Orlavian State Forests cut the rate for cork stripping on Monday. The Orlavian Cork Strippers' Union "
            "called a strike. A foreman at one of the company's yards, who asked not to be named, said crews from "
            "abroad had been offered the work. His manager, he said, had instructed him to hire anyone who could "
            "hold an axe.")
    assert source_of(text, "His manager", registry) == "Orlavian State Forests"


def test_staff_named_by_a_word_of_their_public_bodys_name():
    """"A search team member ... His team leader, he said, had told everyone": the search command's,
    not the weather office named in the story."""
    registry = [*GENERIC, {"name": "Skelvoy Search and Rescue Command", "aliases": []},
                {"name": "Skelvoy Weather Office", "aliases": []}]
    text = ("The Skelvoy Search and Rescue Command widened the hunt for two climbers on Monday. The Skelvoy Weather "
            "Office warned of a storm by Friday. A search team member, who asked not to be named, said the "
            "helicopters had turned back twice. His team leader, he said, had told everyone to be off the ice "
            "by 6 p.m.")
    assert source_of(text, "His team leader", registry) == "Skelvoy Search and Rescue Command"


def test_a_district_official_is_no_district_courts():
    """"A district official ... his superiors had told clerks": not the district court's."""
    registry = [*GENERIC, {"name": "Harnvik District Court", "aliases": []}]
    text = ("The Harnvik District Court heard the case in May. A district official, who asked not to be named, "
            "said land was sold twice. He said his superiors had told clerks to ignore the complaints.")
    assert source_of(text, "He said his superiors", registry) != "Harnvik District Court"


def test_a_ministry_inspectors_boss_is_never_the_generic_officials():
    """"Aghraman said ministry officials had promised ... A ministry inspector ... He said his
    provincial director had instructed inspectors": not the generic "officials"."""
    registry = [*GENERIC, {"name": "Tafrani Ministry of Agriculture", "aliases": []},
                {"name": "Idrassen Aghoul", "aliases": ["Aghoul"]}]
    text = ("A palm wilt has reached the oasis, the ministry's plant health director said on Monday. Idrassen "
            "Aghoul, who heads the oasis council, said ministry officials had promised an inspector in 2037. "
            "A ministry inspector, who refused to be named, said the samples were sent late. He said his "
            "provincial director had instructed inspectors not to alarm growers.")
    assert source_of(text, "He said his provincial director", registry) != "officials"


INSTITUTE = [*GENERIC, {"name": "Tavorine Institute of Marine Science", "aliases": []},
             {"name": "Tavorine Ministry of Fisheries", "aliases": []},
             {"name": "Miora Randrianasolo", "aliases": ["Randrianasolo"]}]


@pytest.mark.parametrize("study", [
    "a study published by the institute in 2039 showed fewer than one lobster in ten was fully grown",
    "an underwater count carried out by the institute last year showed that lobsters were a third smaller",
    "a study of the reef lobsters by the institute had found that most were caught before they bred",
    "research by the institute had shown that the closed season came too late",
])
def test_what_a_bodys_study_found_in_the_simple_past_or_of_a_thing_is_the_bodys(study):
    """"X, a biologist at the institute, said a study published by the institute showed": the
    institute's, introduced in the same sentence."""
    text = ("The Tavorine Ministry of Fisheries closed the lobster season early on Monday. Miora Randrianasolo, a "
            f"biologist at the Tavorine Institute of Marine Science, said {study}.")
    assert source_of(text, "Miora Randrianasolo", INSTITUTE) == "Tavorine Institute of Marine Science"


def test_the_team_found_the_body_is_no_documents_finding():
    """"He said the team found the boat": the speaker's own claim."""
    registry = [*INSTITUTE, {"name": "Haja Rakotobe", "aliases": ["Rakotobe"]}]
    text = ("The Tavorine Ministry of Fisheries called off the search on Monday. Haja Rakotobe, who led the "
            "divers, said the team found the boat on the reef.")
    assert source_of(text, "Haja Rakotobe", registry) == "Haja Rakotobe"


@pytest.mark.parametrize("relative", ["who owns Marvelle Island Traders, the only licensed exporter,",
                                      "who runs the Marvelle Collectors' Circle, a club with 800 members,"])
def test_an_appositive_on_a_relative_clauses_object_leaves_the_speaker_the_head(relative):
    """"X, who owns Y, the only licensed exporter, said": X (the exporter is Y); and "He said his firm
    had sold" next is X's too."""
    registry = [*GENERIC, {"name": "Marvelle Island Traders", "aliases": []},
                {"name": "Marvelle Collectors' Circle", "aliases": []},
                {"name": "Dorival Cassimbe-Roux", "aliases": ["Cassimbe-Roux"]}]
    text = (f"Marvelle's customs office seized 300 sea coconuts on Monday. Dorival Cassimbe-Roux, {relative} said "
            "an auction would drive down the price. He said his firm had sold just 40 nuts this year.")
    assert source_of(text, "Dorival Cassimbe-Roux", registry) == "Dorival Cassimbe-Roux"
    assert source_of(text, "He said his firm", registry) == "Dorival Cassimbe-Roux"


def test_a_capitalised_word_before_guilds_opening_a_lead_names_no_one():
    """"Fishing guilds in the delta signed ..., a river authority said": not "Fishing"."""
    registry = [*GENERIC, {"name": "Lower Sambara Basin Authority", "aliases": []}]
    text = ("KOSSALI, Tandara, Oct 8 (Wirepost) - Fishing guilds in the inland delta signed an agreement on Monday "
            "that delays the building of fish weirs, a river authority said. The Lower Sambara Basin Authority "
            "will police the deal.")
    assert source_of(text, "KOSSALI", registry) != "Fishing"


@pytest.mark.parametrize("relative", ["who owned", "who owns"])
def test_an_owner_telling_of_her_own_firms_act_makes_her_own_claim(relative):
    """"X, who owned Y, insisted that the firm had warned the province": X's own claim, as a head's."""
    registry = [*GENERIC, {"name": "Brattvik Plough Services", "aliases": []},
                {"name": "Odvar Tindsland", "aliases": ["Tindsland"]}]
    text = ("The province cancelled its snowplough contract on Monday. Odvar Tindsland, "
            f"{relative} Brattvik Plough Services, insisted that the firm had warned the province in August that "
            "it could not pay for new blades.")
    assert source_of(text, "Odvar Tindsland", registry) == "Odvar Tindsland"


def test_a_court_on_a_places_coast_ruling_is_the_court_named_later():
    """"A court on X's southwestern reef coast on Monday convicted ..., ruling that": the court named
    further down."""
    registry = [*GENERIC, {"name": "Ambalavo Provincial Court", "aliases": []},
                {"name": "Ivandry Seafood Exports", "aliases": []}]
    text = ("AMBALAVO, Tavorina, Oct 1 (Wirepost) - A court on Tavorina's southwestern reef coast on Monday convicted "
            "a seafood exporter of buying undersized lobsters, ruling that the firm had known the catch was "
            "illegal. The Ambalavo Provincial Court fined Ivandry Seafood Exports $40,000.")
    assert source_of(text, "AMBALAVO", registry) == "Ambalavo Provincial Court"


def test_a_lead_closed_by_the_body_she_founded_is_that_body_named_later():
    """"X has died at 91, the patrol she founded said on Wednesday": the patrol named later."""
    registry = [*GENERIC, {"name": "Hollvatn Avalanche Patrol", "aliases": []},
                {"name": "Brynja Eikestad", "aliases": ["Eikestad"]}]
    text = ("Avalanche patrol founder dies at 91\n\n"
            "HOLLVATN, Ostmark, Oct 3 (Wirepost) - Brynja Eikestad, who dug more than 40 people out of the snow, has "
            "died at 91, the patrol she founded said on Wednesday. The Hollvatn Avalanche Patrol said in a "
            "message to its members that she had died at home.")
    assert source_of(text, "HOLLVATN", registry) == "Hollvatn Avalanche Patrol"


SERVICE = [*GENERIC, {"name": "Tarvelian Wildlife Service", "aliases": []},
           {"name": "Tarvelian Academy of Sciences", "aliases": []},
           {"name": "Loreni Vasquerra", "aliases": ["Vasquerra"]}]
SERVICE_STORY = "The Tarvelian Wildlife Service closed the estuary to fishing on Monday. "


@pytest.mark.parametrize("said", [
    "Loreni Vasquerra, a biologist with the service, said its survey in 2039 had found 212 adult crocodiles",
    "Loreni Vasquerra, a biologist with the service, said its own count showed that the crocodiles had doubled",
    "Loreni Vasquerra, a vet with the service, said the service's post-mortem examinations had found that most "
    "died of hunger",
    "Loreni Vasquerra, a vet with the service, said the service's own survey had counted 212 adult crocodiles",
])
def test_what_its_own_study_found_told_by_its_staff_is_the_bodys(said):
    """"X, a biologist with the service, said its survey had found": the service's, not hers ("its" is no
    person's own document)."""
    assert source_of(SERVICE_STORY + said + ".", "Loreni Vasquerra", SERVICE) == "Tarvelian Wildlife Service"


def test_its_tests_after_a_bodys_laboratory_are_the_bodys():
    """"X, a researcher in the academy's laboratory of planetary science, said its tests had found": the academy."""
    text = (SERVICE_STORY + "The Tarvelian Academy of Sciences examined the stone. Loreni Vasquerra, a researcher in "
            "the academy's laboratory of planetary science, said its tests had found nickel in the stone.")
    assert source_of(text, "Loreni Vasquerra", SERVICE) == "Tarvelian Academy of Sciences"


def test_a_bodys_records_showed_is_the_speakers_reading():
    """"He said the court's records showed that": the speaker's reading of them (records with "had" only)."""
    registry = [*GENERIC, {"name": "Xandrel District Court", "aliases": []},
                {"name": "Gaetan Hnevoune", "aliases": ["Hnevoune"]}]
    text = ("The Xandrel District Court suspended its clerk on Monday. Gaetan Hnevoune, a lawyer for the depositors, "
            "said the clerk had kept two sets of books. He said the court's records showed that deposits had been "
            "entered short.")
    assert source_of(text, "He said the court's records", registry) == "Gaetan Hnevoune"


def test_a_hyphenated_dateline_city_is_no_speaker():
    """"PORT-VALMONDE, Sainte-Ardelle, Nov 11 (Wirepost) - The mayor of ... conceded defeat, telling": never
    the dateline's city."""
    registry = [*GENERIC, {"name": "Gerard Vellamis", "aliases": ["Vellamis"]}]
    text = ("Port mayor concedes defeat\n\nPORT-VALMONDE, Sainte-Ardelle, Nov 11 (Wirepost) - The mayor of "
            "Sainte-Ardelle's largest port conceded defeat on Sunday night after 16 years in office, telling "
            "supporters that he would not challenge the result.")
    assert source_of(text, "PORT-VALMONDE", registry) != "PORT-VALMONDE"


def test_officials_of_a_kind_opening_a_lead_are_the_body_of_that_kind_named_later():
    """"Emergency officials in X on Thursday ordered ..., warning that": the committee for emergencies named
    later, not the generic officials."""
    registry = [*GENERIC, {"name": "Dashvar Committee for Emergency Situations", "aliases": []}]
    text = ("Villages emptied below landslide\n\nTOLBAT, Dashvar, Nov 1 (Wirepost) - Emergency officials in Dashvar "
            "on Thursday ordered eleven villages below a landslide to be emptied, warning that the lake could break "
            "through within a week. The Dashvar Committee for Emergency Situations said 4,000 people had left.")
    assert source_of(text, "TOLBAT", registry) == "Dashvar Committee for Emergency Situations"


def test_a_body_promising_a_thing_on_terms_is_its_promise():
    """"X said the Fund had promised a loan of 3 billion dollars once the rate was freed": the fund's."""
    registry = [*GENERIC, {"name": "Continental Reserve Fund", "aliases": []},
                {"name": "Erkan Sazlitepe", "aliases": ["Sazlitepe"]}]
    text = ("The central bank let the lira float on Monday. Erkan Sazlitepe, the finance minister, defended the move. "
            "Sazlitepe said the Continental Reserve Fund had promised a loan of 3 billion dollars once the rate was "
            "freed.")
    assert source_of(text, "Sazlitepe said", registry) == "Continental Reserve Fund"


def test_an_insiders_supervisor_at_a_body_named_is_that_bodys():
    """"An election official ..., who feared for her job, said ... She said her supervisor at the commission
    had instructed staff": the commission, not the one campaign group the story names."""
    registry = [*GENERIC, {"name": "Saryland Central Electoral Commission", "aliases": []},
                {"name": "Coalition for Fair Ballots", "aliases": []}]
    text = ("The Coalition for Fair Ballots demanded a recount on Monday. The commission's chairman said recounts "
            "would be held where needed. The Saryland Central Electoral Commission has not ruled. An election "
            "official in the north, who feared for her job if her name appeared, said two boxes had been moved. "
            "She said her supervisor at the commission had instructed staff in writing to count them anyway.")
    assert source_of(text, "She said her supervisor", registry) == "Saryland Central Electoral Commission"


def test_staff_at_a_short_form_of_a_registered_body_speak_for_it():
    """"She said advisers at State House had told the ministry": the "Lumbazi State House" named before."""
    registry = [*GENERIC, {"name": "Vumbazi State House", "aliases": []},
                {"name": "Vumbazi Ministry of Information", "aliases": []},
                {"name": "Tariro Chikombe", "aliases": ["Chikombe"]}]
    text = ("Vumbazi State House said on Tuesday that the three journalists had been pardoned. Tariro Chikombe, a "
            "lawyer for the men, welcomed the pardon. She said advisers at State House had told the Vumbazi Ministry "
            "of Information in August that the case was hurting talks with donors.")
    assert source_of(text, "She said advisers", registry) == "Vumbazi State House"


@pytest.mark.parametrize(("staff", "body"), [("a prison officer", "Vumbazi Prisons Service"),
                                             ("a museum employee", "Vumbazi National Museum")])
def test_unnamed_staff_of_a_kind_inside_speech_speak_for_the_one_body_of_that_kind(staff, body):
    """"Chidembeu said a prison officer had told them in March that": the prisons service named before."""
    registry = [*GENERIC, {"name": "Vumbazi Prisons Service", "aliases": []},
                {"name": "Vumbazi National Museum", "aliases": []},
                {"name": "Rudo Chidembeu", "aliases": ["Chidembeu"]}]
    text = ("The Vumbazi Prisons Service freed three journalists on Tuesday. The Vumbazi National Museum lent its hall "
            "for their welcome. Rudo Chidembeu, one of the three, thanked her lawyers. "
            f"Chidembeu said {staff} had told them in March that they would be freed.")
    assert source_of(text, "Chidembeu said", registry) == body


def test_a_health_worker_inside_speech_is_no_ministrys():
    """"She said a health worker had come to the school and told the children": no ministry's word."""
    registry = [*GENERIC, {"name": "Vumbazi Health Ministry", "aliases": []},
                {"name": "Rudo Chidembeu", "aliases": ["Chidembeu"]}]
    text = ("The Vumbazi Health Ministry banned loose salt on Monday. Rudo Chidembeu, a teacher, welcomed the ban. "
            "She said a health worker had come to the school in July and told the children to buy sealed salt.")
    assert source_of(text, "She said a health worker", registry) != "Vumbazi Health Ministry"


# Cases from a review of the round (invented by the reviewer, rerun here): where the round's rules must not reach.
REVIEW = [*GENERIC, {"name": "Korsvik Harbour Board", "aliases": []}, {"name": "Fjordlink Ferries", "aliases": []},
          {"name": "Leif Andersvik", "aliases": ["Andersvik"]}, {"name": "Dana Rostova", "aliases": ["Rostova"]}]


@pytest.mark.parametrize(("former", "body"), [
    ("who chaired the Korsvik Harbour Board until 2035, said the board", "Korsvik Harbour Board"),
    ("who ran Fjordlink Ferries for 20 years before he retired in 2030, said the company", "Fjordlink Ferries"),
    ("who owns a small stake in Fjordlink Ferries, said the company", "Fjordlink Ferries"),
])
def test_a_former_head_or_a_shareholder_reports_the_bodys_warning(former, body):
    """"X, who chaired Y until 2035, said the board had warned": the board's (a former head is no head)."""
    text = (f"The ferry sank on Monday. Leif Andersvik, {former} had warned the ministry in 2034 that the "
            "ramp was unsafe.")
    assert source_of(text, "Leif Andersvik", REVIEW) == body


def test_a_report_that_found_its_way_is_no_finding():
    """"X said a ministry report found its way to reporters": hers."""
    registry = [*REVIEW, {"name": "Ostland Ministry of Health", "aliases": []}]
    text = ("The Ostland Ministry of Health closed the clinic on Monday. Dana Rostova, a lawyer for the families, said "
            "a ministry report found its way to reporters in March.")
    assert source_of(text, "Dana Rostova", registry) == "Dana Rostova"


def test_a_council_that_had_shown_it_could_not_be_trusted_is_no_finding():
    """"X said the council had shown that it could not be trusted": hers."""
    registry = [*REVIEW, {"name": "Korsvik Town Council", "aliases": []}]
    text = ("The Korsvik Town Council sold the park on Monday. Dana Rostova, who leads the residents' campaign, said "
            "the council had shown that it could not be trusted with public land.")
    assert source_of(text, "Dana Rostova", registry) == "Dana Rostova"


def test_a_lot_of_things_promised_is_no_promise_of_a_thing():
    """"X said Y had promised a lot of things to the workers but had kept none": X's."""
    text = ("Fjordlink Ferries laid off 40 crew on Monday. Leif Andersvik said Dana Rostova had promised a lot of "
            "things to the workers but had kept none.")
    assert source_of(text, "Leif Andersvik said", REVIEW) == "Leif Andersvik"


@pytest.mark.parametrize("officials", ["Korsvik officials in the valley", "Health officials in Dunvik"])
def test_officials_of_a_place_or_of_a_field_no_office_of_are_the_generic_officials(officials):
    """"Korsvik officials ... ordered ..., warning" are no "Korsvik Dam Safety Institute"; "Health officials" no
    "Korsvik Health Research Institute"."""
    registry = [*GENERIC, {"name": "Korsvik Dam Safety Institute", "aliases": []},
                {"name": "Korsvik Health Research Institute", "aliases": []}]
    text = (f"Valley emptied\n\nDUNVIK, Ostland, Dec 2 (Wirepost) - {officials} on Tuesday ordered 2,000 people to "
            "leave, warning that the dam could fail. The Korsvik Dam Safety Institute and the Korsvik Health Research "
            "Institute said they would send teams.")
    assert source_of(text, "DUNVIK", registry) == "officials"


@pytest.mark.parametrize("trade", ["A mining engineer", "A water engineer"])
def test_a_trade_practised_anywhere_ties_no_one_to_a_ministry_or_regulator(trade):
    """"A mining engineer ... He said his manager had told the crew": no ministry of mining's word."""
    registry = [*GENERIC, {"name": "Ostland Ministry of Mining", "aliases": []},
                {"name": "Ostland Water Regulator", "aliases": []}]
    text = ("The Ostland Ministry of Mining and the Ostland Water Regulator opened inquiries on Monday. "
            f"{trade}, who asked not to be named, said the shaft had flooded twice. He said his manager had told the "
            "crew to keep digging.")
    assert source_of(text, "He said his manager", registry) is None


def test_a_players_captain_is_no_boss():
    """"A Korsvik FC player ... He said his captain had told players to refuse": no club's word."""
    registry = [*GENERIC, {"name": "Korsvik FC", "aliases": []}]
    text = ("Korsvik FC cut its players' pay on Monday. A Korsvik FC player, who asked not to be named, said the "
            "squad was angry. He said his captain had told players to refuse the pay cut.")
    assert source_of(text, "He said his captain", registry) is None


def test_what_her_bodys_own_survey_found_told_by_its_spokeswoman_is_the_bodys():
    """"Its spokeswoman, X, said ... She said the board's own survey had found": the board's (a spokeswoman
    is no head making the body's findings her own)."""
    registry = [*GENERIC, {"name": "Ngovelan Cocoa Marketing Board", "aliases": []},
                {"name": "Priscilla Akuamoah", "aliases": ["Akuamoah"]}]
    text = ("The Ngovelan Cocoa Marketing Board raised its price by 8 percent in October. Its spokeswoman, Priscilla "
            "Akuamoah, said the board could not match its neighbour's price. She said the board's own survey had "
            "found that farmers near the border sold half their beans to smugglers.")
    assert source_of(text, "She said the board's own survey", registry) == "Ngovelan Cocoa Marketing Board"


@pytest.mark.parametrize(("said", "body"), [
    ("the survey's tracer tests had found that the quarry water reached the spring", "Hallstrand Geological Survey"),
    ("the office's figures showed that one house in seven stood empty", "Hallstrand Statistics Office"),
])
def test_a_bodys_tests_or_figures_told_by_its_staff_are_the_bodys(said, body):
    """"X, who worked on the study, said the survey's tracer tests had found": the "X Geological Survey"
    (a possessive by a word of its name); "the office's figures showed": the office's."""
    registry = [*GENERIC, {"name": "Hallstrand Geological Survey", "aliases": []},
                {"name": "Hallstrand Statistics Office", "aliases": []},
                {"name": "Amalric Stoltzwald", "aliases": ["Stoltzwald"]}]
    text = ("The Hallstrand Geological Survey and the Hallstrand Statistics Office published reports on Monday. "
            f"Amalric Stoltzwald, a hydrogeologist who worked on both, said {said}.")
    assert source_of(text, "Amalric Stoltzwald", registry) == body


OFFER = [*GENERIC, {"name": "Gisbert Rauhenfeld", "aliases": ["Rauhenfeld"]},
         {"name": "Hallsbrunn Booksellers' Association", "aliases": []}]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Rauhenfeld offered to pay for independent seismic monitors along the boundary.", "Gisbert Rauhenfeld"),
    ("Rauhenfeld denounced the treaty as a deal between capitals.", "Gisbert Rauhenfeld"),
    ("Rauhenfeld defended the blasting, which he called safe.", "Gisbert Rauhenfeld"),
    ("Rauhenfeld dismissed the complaint as invented.", "Gisbert Rauhenfeld"),
    ("Rauhenfeld dismissed the night shift early.", None),
    ("Rauhenfeld posted on social media late on Tuesday that he was not going anywhere.", "Gisbert Rauhenfeld"),
    ("Rauhenfeld posted a notice on the gate.", None),
    # an act told in narration, no offer spoken
    ("The Hallsbrunn Booksellers' Association has offered to buy the shelving.", None),
    ("Rauhenfeld offered the families a bus.", None),
])
def test_an_offer_to_do_something_or_a_denunciation_is_said(sentence, source):
    """"X offered to pay for monitors", "X denounced the treaty as ...", "X defended", "X dismissed the
    complaint as": X's words; "X has offered to buy" (narration), "offered the families a bus" (a thing
    given) and "dismissed the night shift" are no cue."""
    text = "The quarry will reopen on Monday. Gisbert Rauhenfeld, its owner, defended the blasting. " + sentence
    assert source_of(text, sentence[:12], OFFER) == source


@pytest.mark.parametrize("introduced", ["who leads the Tarrawong Rail Workers' Association",
                                        "chairman of the Union of Mine Workers of Tarrawong"])
def test_the_union_leader_is_the_head_of_a_workers_association_named_before(introduced):
    """"X, who leads the Y Workers' Association, argued ... The union leader said": X."""
    registry = [*GENERIC, {"name": "Tarrawong Rail Workers' Association", "aliases": []},
                {"name": "Union of Mine Workers of Tarrawong", "aliases": []},
                {"name": "Fenwick Yarrowdel", "aliases": ["Yarrowdel"]}]
    text = (f"The trains will run without drivers from March. Fenwick Yarrowdel, {introduced}, argued that the near "
            "miss showed why a driver should be on every train. The union leader said 140 driver jobs had been cut.")
    assert source_of(text, "The union leader", registry) == "Fenwick Yarrowdel"
