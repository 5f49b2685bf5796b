"""Tests for the thirty-fourth round of attribution rules, written while the hundred-and-eightieth
and hundred-and-eighty-first held-out sets were being written.

The unnamed speaker of a nested verb may be followed by a clause telling what they did ("a
ministry inspector who saw the nets in May had told them", "an officer who took her statement had
told her") or how the outer speaker reached them, with no "who" ("a ministry official she reached
by telephone on Monday had told her"): the speaker is the one before that clause, a body's staff
speaking for it; where no candidate stands before such a clause ("the men who ran the call line"),
the subject is sought as before.

A planner, an employee, an auctioneer, a wrangler, a handler, a screener or a controller is a
person by trade ("the department's route planner had assured them": the department's; "the
controller said": the one named before). An order given to fishermen, men, people or children ("a
ministry inspector had warned fishermen at a meeting in May to keep clear") is a directive as one
given to "farmers" is.

A lead closed by a body described with a cue such as "charged", "alleged", "claimed" or "argued"
("..., an animal rights group charged on Thursday.") is the body named next, as one closed by
"said" is. A lead opened by a body described and its cue ("Mwambaza's central bank said on
Thursday it would ...") is the body the next two sentences name whose name fits the noun, else the
one named later whose name holds the description's words; but not a body the lead itself names
(the one acted on), nor one of another place than the possessive says, nor one named next only
for an earlier act ("had acquitted them"); not after "A" for a business that is a person too ("A
miner said"); a lead opened by a person described is no body's.

Unnamed guards, rangers or wardens described by the land they guard, a word of a state body's name
("a forest guard", with a "Ministry of Environment and Forests" named), are that body's, not the
story's one operator's; with two such bodies, no one's; "a mine manager", "a security guard" stay
the operator's. Staff of a body
named by the first word of its name ("Voara's site manager") may give an order as "the company's
site manager" may. A head described before an outer cue set in commas ("The agency's chief
executive, he said, had told staff that ...") speaks for the body; "he" is no name in apposition,
and the outer speaker does not head it.

A group named for a cause ("X Land Rights Group") is no company that "the company" may stand for,
though "Group" may end a company's name. A named spokeswoman for a body described ("X, a
spokeswoman for the ports authority, maintained that the authority had ...") reports her own
body's acts as her own claim, as one for a body named does. "The group", of a group named so and a
company named otherwise, is the group.

What a body named by its name found when it looked, joined to the looking ("X said the Y Metrology
Institute had weighed the stone and found the same figure", "engineers from the Y College had
examined the axle and found it sound"), is its finding, as "had found that" is; a body described
("the federation had weighed it and found", "X's own judges") may be the speaker's own, whose claim
it stays. A diocese, an archdiocese, a seminary and a conservatory are bodies.

A lead opened by a body described, its own verb in the past and a participle closing the lead
("Vaiyan's commerce ministry banned the sale ..., declaring that ...", "The country's commerce
ministry on Thursday ordered ..., saying") is the body named next whose name fits the noun;
"declaring", "announcing" and "stating" close a lead as "saying" does.

A registered name longer than the seven words a clause's opening is read in ("The X Ministry of
Ecology and Natural Resources suspended ... and announced") is the whole name, not its first words
taken for a name; a word of time opening a sentence ("Late on Wednesday, ...") is no name.
Officers at a police station or post, with no determiner ("officers at the Itagua police
station"), are the registry's police, as "an officer at the police station" is.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

SEAL = [*GENERIC, {"name": "Ostrelian Ministry of Coasts", "aliases": []},
        {"name": "Radko Velimsky", "aliases": ["Velimsky"]}]
SEAL_LEAD = ("The Ostrelian Ministry of Coasts said on Monday that it would count the seals again in spring. "
             "Radko Velimsky, who chairs the fishermen's cooperative, said nets had been torn all summer. ")


@pytest.mark.parametrize("words", [
    "He said a ministry inspector who saw the torn nets in May had told fishermen that the seals would be moved.",
    "He said a ministry official he reached by telephone on Monday had told him that the seals would be moved.",
    "He said a ministry inspector who came in May had told fishermen that the seals would be moved.",
])
def test_a_clause_of_what_the_staff_did_before_the_nested_verb_leaves_them_the_speaker(words):
    """"a ministry inspector who saw the nets had told them that": the ministry's words (the clause
    telling what the inspector did or how he was reached is no speaker's)."""
    assert source_of(SEAL_LEAD + words, words[:20], SEAL) == "Ostrelian Ministry of Coasts"


def test_a_clause_of_what_was_done_with_no_candidate_before_it_is_sought_as_before():
    """"the men who ran the call line had instructed him to say": no registered speaker before the
    clause; nobody's words, not the earlier "he" nor the ministry."""
    text = SEAL_LEAD + "He said the men who ran the call line had instructed him to say nothing to callers."
    assert source_of(text, "He said the men", SEAL) is None


PARKS = [*GENERIC, {"name": "Tsavenian Department of Wildlife", "aliases": []},
         {"name": "Olebogeng Mothibi", "aliases": ["Mothibi"]}]
PARKS_TEXT = ("The Tsavenian Department of Wildlife said the convoy of 40 lorries would reach the reserve on Friday. "
              "Olebogeng Mothibi, who drove the first lorry, said two had struck a power line. "
              "He said the department's route planner had assured the drivers by radio that the road was clear.")


def test_a_route_planner_of_a_body_described_speaks_for_it():
    """"the department's route planner had assured the drivers that": the department's."""
    assert source_of(PARKS_TEXT, "He said the department's", PARKS) == "Tsavenian Department of Wildlife"


@pytest.mark.parametrize("trade", ["auctioneer", "wrangler", "controller", "handler"])
def test_a_trade_after_the_person_named_is_that_person(trade):
    """"The controller said" after "Ilka Varsamy, a controller at the tower, said": hers."""
    registry = [*GENERIC, {"name": "Ilka Varsamy", "aliases": ["Varsamy"]}]
    text = (f"Ilka Varsamy, a {trade} with 20 years' work behind her, said the morning had been quiet. "
            f"\"Nothing like it had happened before,\" the {trade} said.")
    assert source_of(text, "\"Nothing like", registry) == "Ilka Varsamy"


@pytest.mark.parametrize("whom", ["fishermen", "the fishermen", "women", "children"])
def test_an_order_to_men_or_children_is_a_directive(whom):
    """"a ministry inspector had warned fishermen at a meeting in May to keep their nets clear":
    the ministry's order, as one to "farmers" is."""
    words = f"He said a ministry inspector had warned {whom} at a meeting in May to keep their nets clear."
    assert source_of(SEAL_LEAD + words, "He said a ministry", SEAL) == "Ostrelian Ministry of Coasts"


CATS = [*GENERIC, {"name": "Pelavar Animal Rights Association", "aliases": []},
        {"name": "Pelavar Municipality", "aliases": []}]
CATS_NEXT = (" The Pelavar Animal Rights Association reported that volunteers had found cats without water. "
             "Pelavar Municipality denied that any cat had died.")


@pytest.mark.parametrize("cue", ["charged", "alleged", "claimed", "argued"])
def test_a_lead_closed_by_a_group_described_with_another_cue_is_the_group_named_next(cue):
    """"..., an animal rights group charged on Thursday.": the group named next."""
    text = ("PELAVAR, Dec 3 (Agency) - City workers took about 400 cats to a shelter where 30 have died, "
            f"an animal rights group {cue} on Thursday." + CATS_NEXT)
    assert source_of(text, "PELAVAR", CATS) == "Pelavar Animal Rights Association"


BANK = [*GENERIC, {"name": "Bank of Kwamboro", "aliases": []}, {"name": "Sabra Notes", "aliases": []}]
BANK_NEXT = (" The Bank of Kwamboro said in a statement that the notes remained legal tender. "
             "About 38 million notes were printed by Sabra Notes.")


@pytest.mark.parametrize("opener", ["Kwamboro's central bank said on Thursday it",
                                    "The country's central bank said on Thursday it",
                                    "The central bank has said it"])
def test_a_lead_opened_by_a_body_described_is_the_one_named_next(opener):
    """"Kwamboro's central bank said on Thursday it would withdraw ...": the bank named next."""
    text = f"BANDAR, Dec 6 (Agency) - {opener} would withdraw its new banknote." + BANK_NEXT
    assert source_of(text, "BANDAR", BANK) == "Bank of Kwamboro"


def test_a_lead_opened_by_a_body_described_that_no_name_next_fits_is_no_ones():
    """"The country's biggest airline said ...", with only a bank named next: no one."""
    text = "BANDAR, Dec 6 (Agency) - The country's biggest airline said on Thursday it would cut flights." + BANK_NEXT
    assert source_of(text, "BANDAR", BANK) is None


def test_a_lead_opened_by_a_person_described_is_no_bodys():
    """"The country's top judge said ...": a person, not the body named next."""
    registry = [*GENERIC, {"name": "Kwamboro Supreme Court", "aliases": []}]
    text = ("BANDAR, Dec 6 (Agency) - The country's top judge said on Thursday the trial would resume. "
            "The Kwamboro Supreme Court said in a statement that the hearing was set for Monday.")
    assert source_of(text, "BANDAR", registry) is None


DISTIL = [*GENERIC, {"name": "Sambiran Ministry of Environment and Forests", "aliases": []},
          {"name": "Voara Essences", "aliases": []}, {"name": "Hery Rakotozanany", "aliases": ["Rakotozanany"]}]
DISTIL_LEAD = ("The Sambiran Ministry of Environment and Forests said 23 distillers had been arrested in the reserve. "
               "Most of the oil is bought by Voara Essences, which exports it. "
               "Hery Rakotozanany, who leads the distillers, said they had nowhere else to find wood. ")


def test_a_guard_described_by_a_word_of_a_state_bodys_name_is_that_bodys_not_the_operators():
    """"a forest guard had told distillers to": the Ministry of Environment and Forests' (not the one
    company that runs something in the story)."""
    text = DISTIL_LEAD + "He said a forest guard had told distillers in October to stay away from the ridge."
    assert source_of(text, "He said a forest", DISTIL) == "Sambiran Ministry of Environment and Forests"


def test_a_guard_described_by_no_bodys_word_is_still_the_operators():
    """"a night guard had told them to": the story's one operator, as before."""
    text = DISTIL_LEAD + "He said a night guard had told distillers in October to stay away from the yard."
    assert source_of(text, "He said a night", DISTIL) == "Voara Essences"


def test_staff_of_a_body_named_by_its_first_word_may_give_an_order():
    """"According to him, Voara's site manager had instructed them to record it": Voara Essences'."""
    text = (DISTIL_LEAD + "A driller who asked not to be named said the well had flooded. "
            "According to him, Voara's site manager had instructed them to record the water as damp rock.")
    assert source_of(text, "According to him", DISTIL) == "Voara Essences"


AGENCY = [*GENERIC, {"name": "Ardenese Natural Resources Agency", "aliases": []}]
AGENCY_LEAD = ("The Ardenese Natural Resources Agency closed the river to netsmen on Monday. "
               "An agency fisheries officer, whose name was withheld, said staff had recommended a small fishery. ")


@pytest.mark.parametrize("head", ["The agency's chief executive", "The agency's chairman"])
def test_a_head_described_before_an_outer_cue_in_commas_is_the_body(head):
    """"The agency's chief executive, he said, had told staff that ...": the agency's words, not
    the officer's own (he does not head it; "he" is no name in apposition)."""
    words = f"{head}, he said, had told staff in October that a clean closure would be easier to defend."
    assert source_of(AGENCY_LEAD + words, head, AGENCY) == "Ardenese Natural Resources Agency"


TOMBS = [*GENERIC, {"name": "Vatokely Minerals", "aliases": []}, {"name": "Fanilo Land Rights Group", "aliases": []},
         {"name": "Noro Rakotobe", "aliases": ["Rakotobe"]}]
TOMBS_TEXT = ("Vatokely Minerals said it had stopped work on the road. "
              "The company maintained that 14 families had signed agreements in June. "
              "Noro Rakotobe, a lawyer for the Fanilo Land Rights Group, said only three families had signed. "
              "She said a community officer employed by the company had promised the families in June that a "
              "ceremony would be held.")


def test_a_land_rights_group_is_no_company_that_the_company_may_stand_for():
    """"the company" after "X Minerals" and "the Y Land Rights Group": the mining company (a group
    named for a cause is no company, though "Group" may end a company's name)."""
    assert source_of(TOMBS_TEXT, "She said a community", TOMBS) == "Vatokely Minerals"


PORTS = [*GENERIC, {"name": "Jahazi Ports Authority", "aliases": []}, {"name": "Salma Bakari", "aliases": ["Bakari"]}]
PORTS_LEAD = "The Jahazi Ports Authority cleared the beach on Thursday to make way for a marina. "


def test_a_named_spokeswoman_for_a_body_described_who_reports_its_acts_is_the_source():
    """"X, a spokeswoman for the ports authority, maintained that the authority had given notice and
    had offered them a new yard": hers (a named person speaks for herself; what her body did is
    her claim), not the authority's."""
    words = ("Salma Bakari, a spokeswoman for the ports authority, maintained that the authority had given the "
             "builders notice in August and had offered them a new yard along the coast.")
    assert source_of(PORTS_LEAD + words, "Salma Bakari", PORTS) == "Salma Bakari"


def test_a_deputy_described_before_an_outer_cue_in_commas_is_still_the_bodys():
    """"The deputy director of the authority, he said, had replied that": the authority's (the role
    belongs to the inner speaker, not to "he")."""
    words = ("A clerk at the harbour, who asked not to be named, said the builders had written twice. "
             "The deputy director of the authority, he said, had replied that the builders would not notice.")
    assert source_of(PORTS_LEAD + words, "The deputy director", PORTS) == "Jahazi Ports Authority"


def test_the_group_is_the_one_named_a_group_not_a_company_named_otherwise():
    """"The group said" after "Y Minerals" and "the X Land Rights Group": the one whose name is a
    group's."""
    text = TOMBS_TEXT + " The group said it would file a complaint with prosecutors."
    assert source_of(text, "The group said", TOMBS) == "Fanilo Land Rights Group"


def test_the_group_stays_unsure_between_two_names_of_groups():
    """"The group said" after "Osmer Group" and "the X Land Rights Group": either, no one."""
    registry = [*TOMBS, {"name": "Osmer Group", "aliases": []}]
    text = TOMBS_TEXT + " Osmer Group, which owns a stake in the mine, declined to comment. " \
        "The group said it would file a complaint with prosecutors."
    assert source_of(text, "The group said", registry) is None


STONE = [*GENERIC, {"name": "Orvesan Metrology Institute", "aliases": []},
         {"name": "Edurne Arriaga", "aliases": ["Arriaga"]},
         {"name": "Orvesan Stone Lifting Federation", "aliases": []}]


@pytest.mark.parametrize("words", [
    "Federation president Edurne Arriaga said the Orvesan Metrology Institute had weighed the stone three times "
    "and found the same figure each time.",
    "Federation president Edurne Arriaga said engineers from the Orvesan Metrology Institute had examined the "
    "stone and found it sound.",
])
def test_what_a_body_named_found_when_it_looked_is_its_finding(words):
    """"X said the Y Institute had weighed the stone and found the same figure": the institute's
    finding (a thing found, with no "that")."""
    assert source_of(words, "Federation president", STONE) == "Orvesan Metrology Institute"


@pytest.mark.parametrize("words", [
    "Its president, Edurne Arriaga, said the federation had weighed the stone and found the same figure.",
    "Edurne Arriaga said the federation's own judges had weighed the stone and found the same figure.",
])
def test_what_a_body_described_found_stays_the_speakers_claim(words):
    """"Its president, X, said the federation had weighed the stone and found ...", "X's own judges":
    her own claim (only a body named by its name is surely not the speaker's own)."""
    text = "The Orvesan Stone Lifting Federation said the record would stand. " + words
    assert source_of(text, words[:12], STONE) == "Edurne Arriaga"


def test_the_diocese_is_a_body():
    """"In a statement, the diocese said ..." after "the Orthodox Diocese of Vellmar" named in narration: the
    diocese (a diocese is a body, as a ministry is)."""
    registry = [*GENERIC, {"name": "Orthodox Diocese of Vellmar", "aliases": []},
                {"name": "Ilka Dorn", "aliases": ["Dorn"]},
                {"name": "Vellmar Heritage Institute", "aliases": []}]
    text = ("The Vellmar Heritage Institute said volunteers had washed the paintings off the church walls. "
            "Its parish belongs to the Orthodox Diocese of Vellmar, which had agreed to let volunteers clean it. "
            "Ilka Dorn, who led the volunteers, said they had cleaned only the porch. "
            "In a statement, the diocese said it had approved only light cleaning of the exterior.")
    assert source_of(text, "In a statement", registry) == "Orthodox Diocese of Vellmar"


LIGHTERS = [*GENERIC, {"name": "Vaiyan Ministry of Commerce", "aliases": []},
            {"name": "Vaiyan Matchmakers' Federation", "aliases": []}]
LIGHTERS_NEXT = (" The Vaiyan Ministry of Commerce said the ban would take effect in March. "
                 "The Vaiyan Matchmakers' Federation welcomed the ban.")


@pytest.mark.parametrize("lead", [
    "Vaiyan's commerce ministry banned the sale of cheap lighters on Thursday, declaring that imports had cost "
    "jobs.",
    "Vaiyan's commerce ministry has banned the sale of cheap lighters for three years, warning that imports had "
    "cost jobs.",
    "The country's commerce ministry on Thursday ordered cheap lighters off the shelves, saying imports had cost "
    "jobs.",
])
def test_a_lead_opened_by_a_body_described_and_closed_by_its_participle_is_the_body_named_next(lead):
    """"X's commerce ministry banned ..., declaring that ...": the ministry named next (a body described
    opening the clause, its own verb in the past, then the participle's claim)."""
    text = "VELLAI, Vaiya, Jan 12 (Agency) - " + lead + LIGHTERS_NEXT
    assert source_of(text, "VELLAI", LIGHTERS) == "Vaiyan Ministry of Commerce"


def test_a_lead_opened_by_a_person_described_and_closed_by_a_participle_is_no_bodys():
    """"The country's top judge on Thursday ordered ..., saying": a person, not the ministry named next."""
    text = ("VELLAI, Vaiya, Jan 12 (Agency) - The country's top judge on Thursday ordered cheap lighters off the "
            "shelves, saying imports had cost jobs." + LIGHTERS_NEXT)
    assert source_of(text, "VELLAI", LIGHTERS) is None


# What a review of this round's rules found, narrowed (the lead opener, the forest guard, the
# clause of what someone did, the group, the spokeswoman and the finding).
KWAMBORO = "BANDAR, Dec 6 (Agency) - "


@pytest.mark.parametrize(("text", "registry"), [
    (KWAMBORO + "Kwamboro's central bank fined Sabra Bank 2 million dollars on Thursday, saying it had ignored "
     "rules on lending. Sabra Bank said it would appeal.", [*GENERIC, {"name": "Sabra Bank", "aliases": []}]),
    (KWAMBORO + "Vaiyan's commerce ministry banned imports of Tarsanian lighters on Thursday, saying they were "
     "unsafe. The Tarsanian Ministry of Commerce called the ban unfair.",
     [*GENERIC, {"name": "Tarsanian Ministry of Commerce", "aliases": []}]),
    (KWAMBORO + "The country's top court said on Monday it would hear an appeal against a ruling that freed two "
     "former ministers. The Bandar High Court had acquitted them in May.",
     [*GENERIC, {"name": "Bandar High Court", "aliases": []}]),
    (KWAMBORO + "A miner said on Thursday that five of his colleagues had been trapped underground. Tana Gold "
     "Mining, which runs the pit, said rescuers were close.", [*GENERIC, {"name": "Tana Gold Mining", "aliases": []}]),
    (KWAMBORO + "Kwamboro's biggest union ended its strike on Thursday after a court ordered workers back, ruling "
     "that the strike was illegal. The Kwamboro Dockworkers Union said it would obey.",
     [*GENERIC, {"name": "Kwamboro Dockworkers Union", "aliases": []}]),
    (KWAMBORO + "The country's health ministry closed all schools on Thursday, declaring a state of emergency. "
     "The Kwamboro Ministry of Health said 40 people had fallen ill.",
     [*GENERIC, {"name": "Kwamboro Ministry of Health", "aliases": []}]),
])
def test_a_lead_opened_by_a_body_described_is_not_a_body_it_acts_on_or_another(text, registry):
    """Not the body the lead itself names ("fined Sabra Bank"), nor one of another country's name
    ("Vaiyan's" ministry, the "Tarsanian" one named next), nor one named next only for an earlier
    act ("had acquitted them"), nor a business that is a person too after "A" ("A miner said"), nor
    the body before a clause of someone else's ("after a court ordered ..., ruling"), nor a
    participle of an act ("declaring a state of emergency")."""
    assert source_of(text, "BANDAR", registry) is None


def test_a_forest_guard_with_two_state_bodies_of_forests_is_no_ones():
    """"a forest guard" with a "Forest Protection Agency" and a "Ministry of Forests" named: either."""
    registry = [*DISTIL, {"name": "Sambiran Forest Protection Agency", "aliases": []}]
    text = ("The Sambiran Forest Protection Agency said it had not been told of the arrests. " + DISTIL_LEAD
            + "He said a forest guard had told distillers in October to stay away from the ridge.")
    assert source_of(text, "He said a forest", registry) is None


@pytest.mark.parametrize("staff", ["a mine manager", "a security guard", "a night guard"])
def test_a_guard_or_manager_of_the_site_is_still_the_operators(staff):
    """"a mine manager", "a security guard": the story's one operator, whatever state body's name
    holds "mines" or "security"."""
    registry = [*DISTIL, {"name": "Sambiran Ministry of Mines", "aliases": []},
                {"name": "Sambiran Ministry of Public Security", "aliases": []}]
    text = ("The Sambiran Ministry of Mines and the Sambiran Ministry of Public Security said they would look into "
            "it. " + DISTIL_LEAD + f"He said {staff} had told distillers in October to stay away from the yard.")
    assert source_of(text, f"He said {staff}", registry) == "Voara Essences"


def test_the_group_is_a_company_named_a_holding_as_much_as_a_group_named_so():
    """"Vatokely Holdings ... The Fanilo Land Rights Group ... The group said": either, no one."""
    text = ("Vatokely Holdings said on Monday its profit had fallen 20 percent after two mines flooded. "
            "The Fanilo Land Rights Group has campaigned for years against its mines. "
            "The group said it would sell both mines by June.")
    registry = [*GENERIC, {"name": "Vatokely Holdings", "aliases": []},
                {"name": "Fanilo Land Rights Group", "aliases": []}]
    assert source_of(text, "The group said", registry) is None


@pytest.mark.parametrize("who", ["a former director of the ports authority",
                                 "whose husband is a spokesman for the ports authority"])
def test_no_former_head_or_relative_speaks_for_the_body(who):
    """"X, a former director of the ports authority, said the authority had told builders": the
    authority's words (she no longer heads it; her husband's role is not hers)."""
    words = f"Salma Bakari, {who}, said the authority had told builders in 2019 that the beach would stay."
    assert source_of(PORTS_LEAD + words, "Salma Bakari", PORTS) == "Jahazi Ports Authority"


def test_what_a_body_described_found_at_a_site_named_stays_the_heads_claim():
    """"Mines Minister X said the ministry had inspected the Tana Gold Mining dam and found it sound":
    hers (her own ministry looked; the body named is the dam's owner)."""
    registry = [*GENERIC, {"name": "Sambiran Ministry of Mines", "aliases": []},
                {"name": "Tana Gold Mining", "aliases": []}, {"name": "Lova Andria", "aliases": ["Andria"]}]
    text = "Mines Minister Lova Andria said the ministry had inspected the Tana Gold Mining dam and found it sound."
    assert source_of(text, "Mines Minister", registry) == "Lova Andria"


def test_a_clause_of_coming_from_a_body_leaves_the_speaker_as_before():
    """"an official who came from the X Ministry had told fishermen": not the generic officials."""
    words = "He said an official who came from the Ostrelian Ministry of Coasts had told fishermen to stay ashore."
    assert source_of(SEAL_LEAD + words, "He said an official", SEAL) != "officials"


def test_a_long_registered_name_opening_a_clause_joined_by_and_is_the_whole_name():
    """"The X Ministry of Ecology and Natural Resources suspended ... and announced that": the
    registered name, not its first words ("X Ministry of Ecology") taken for a name of its own."""
    registry = [*GENERIC, {"name": "Aqsholan Ministry of Ecology and Natural Resources", "aliases": []}]
    text = ("The Aqsholan Ministry of Ecology and Natural Resources suspended the permit on Monday and announced "
            "that its inspectors would survey the site.")
    assert source_of(text, "The Aqsholan", registry) == "Aqsholan Ministry of Ecology and Natural Resources"


@pytest.mark.parametrize("opening", ["Late", "Early", "Later", "Earlier", "Overnight"])
def test_a_word_of_time_opening_a_sentence_is_no_name(opening):
    """"Late on Wednesday, the authority issued a statement ...": not a speaker named "Late"."""
    registry = [*GENERIC, {"name": "Gandar Lake Authority", "aliases": []}, {"name": "Gandar Fishers", "aliases": []}]
    text = ("The Gandar Lake Authority evicted 40 families. Gandar Fishers said the families had nowhere to go. "
            f"{opening} on Wednesday, the authority issued a statement promising to consider giving families land.")
    assert source_of(text, opening, registry) != opening


@pytest.mark.parametrize("officers", ["officers at the Itagua police station", "officers at the police post in Nakpa"])
def test_officers_at_a_police_station_with_no_determiner_are_the_police(officers):
    """"X said officers at the Itagua police station had told her that ...": the registry's police
    (not the town named before "police station"), as "an officer at the police station" is."""
    registry = [*GENERIC, {"name": "Librada Arandu", "aliases": ["Arandu"]}]
    text = ("Cattle thieves took 40 cows from farms near Itagua this month. Librada Arandu, who farms there, said "
            f"the herd was her family's savings. Arandu said {officers} had told her they had no fuel for patrols.")
    assert source_of(text, "Arandu said", registry) == "police"
