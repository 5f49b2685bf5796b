"""Tests for the thirty-sixth round of attribution rules, written while the hundred-and-ninety-eighth
and hundred-and-ninety-ninth held-out sets were being written.

What a registered body, the whole subject of the verb, found, confirmed or recommended as a thing
("He said the institute had recommended covered tanks", "X said the Y Ministry of Natural Resources
had found no sign of erosion", "the bureau had confirmed the district's figures in a letter") is the
body's, as nested speech, reported by its staff by trade or by an outsider; by its head or officer,
her own claim. Not what it found for someone ("the council had found money for a car park", "homes
for 1,700 dogs"), an act the speaker reports; not its staff ("the ministry's epidemiologists had
found"), whose finding the rules for staff settle; not a body's finding told by an unnamed or
generic speaker ("An official at the authority, who asked not to be named, said the authority had
found problems"), whose own claim the writers read it as.

A minister introduced by her title in narration with no cue ("Education Minister X suspended the
contract on Saturday") heads her ministry when she speaks later ("She said the ministry had found
..."). A head's role after a name's possessive ("X Ferries' chief executive, Y, said the company
had found the breach") makes her the body's head, as "Y, chief executive of X Ferries," does.

A capitalised word opening a sentence before "authorities" or "officials" ("Forestry authorities in
the county banned", "Provincial authorities suspended") describes them and names no one. A lead
opened so and closed by their participle ("Forestry authorities in the county of X banned ...,
blaming ...") is the one registered body named later whose name holds the word ("X County Forestry
Bureau"); none when two fit or none is named.

A person named with a title before her name and her body after "of" ("Chief X of the Y Council")
is X, past the title, whom "the chief said" stands for. A capitalised name run on into a registered
body it serves ("Z Airport for the Y Airport Company") ends before "for": "the airport company's
managers" are that registered company's.

An unnamed employee's bosses ("He said his superiors had instructed guards to ...") speak for the
body that employs him, found now also: by a forest, park or game guard's trade ("A forest guard,
who gave no name, said": the one body whose name holds a forest's word, "X Forestry Service", never
a research centre), by a dam operator's ("X Power Authority"), or by the word of his body's name
before his trade ("A customs officer at the wharf": "X Customs Directorate"; "A fisheries officer",
"A biosecurity inspector"). "His range officer", "her station officer" are bosses too, not the
employee's own staff. A speaker "who would be quoted only as a firefighter" or "asked to be
described only as a neighbour" is unnamed (the anonymous entry).

An offer made by someone unnamed with no entry is nobody's, also a sum offered to do something ("a
foreign hunter had once offered him $5,000 to show him where", "poachers had offered village boys
$50 a fish to show them the way", "$9 a kilo last year to pick") or large sums for a thing ("two
collectors had offered the ministry large sums for intact fighters"); and so is word sent by
someone unnamed ("the neighbour's family had sent word through an elder that ...").

Leads: a body described by its place and field may be named by another noun for a public body
("Talawipa's forestry agency ... warning" for the "Talawipa Forestry Department", "Canjewa's fisheries
regulator" for the "Canjewan Fisheries Department"); the body named next whose name holds the lead's
place need not be heard next ("Kiebora's conservation agency closed ..., warning"); more participles
close a lead ("contending", "calling", "noting", "stressing", "asserting", "maintaining") and "began"
is its own verb; a clause of time in the present ("until the rains return") has no speaker. A lead
opened by a body described by what it does or whom it serves ("The association that represents
nutmeg growers on the island of Wailolo accused ...", "A cooperative of woodcarvers in southern X
accused ...", "The company that manages Y's state forests banned ..., warning ...") is the body named
next whose name fits the noun, when it holds a place the description names or is heard next.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

TANKS = [*GENERIC, {"name": "Velmarine Institute for Arid Farming", "aliases": []},
         {"name": "Dorvesk Water Board", "aliases": []},
         {"name": "Hallie Orrinsby", "aliases": ["Orrinsby"]},
         {"name": "Tomas Quellary", "aliases": ["Quellary"]}]
TANKS_LEAD = ("The Dorvesk Water Board ordered fish farms on Monday to cover their ponds. Tomas Quellary, "
              "who chairs the Dorvesk Water Board, said the order would stand. ")


@pytest.mark.parametrize(("intro", "words"), [
    ("Hallie Orrinsby, a microbiologist at the Velmarine Institute for Arid Farming, said open ponds "
     "could not be kept clean.", "She said the institute had recommended covered tanks for all growers in 2037."),
    ("Hallie Orrinsby, a grower near the coast, said open ponds could not be kept clean.",
     "She said the Velmarine Institute for Arid Farming had found no toxin in her ponds in July."),
    ("Hallie Orrinsby, who heads a growers' cooperative, said open ponds could not be kept clean.",
     "Orrinsby said the Velmarine Institute for Arid Farming had confirmed her figures in a letter in June."),
])
def test_what_a_body_found_or_recommended_as_a_thing_is_the_bodys(intro, words):
    """"She said the institute had recommended covered tanks": the institute's, by its staff by
    trade or an outsider."""
    text = TANKS_LEAD + intro + " " + words
    prefix = words.split(" the ")[0]
    assert source_of(text, prefix, TANKS) == "Velmarine Institute for Arid Farming"


@pytest.mark.parametrize("intro", [
    "Its director, Hallie Orrinsby, said",
    "Hallie Orrinsby, director of the Velmarine Institute for Arid Farming, said",
    "The institute's director, Hallie Orrinsby, said",
])
def test_what_her_own_body_found_is_the_heads_claim(intro):
    """"Its director, X, said ... She said the institute had found": hers."""
    text = ("The Velmarine Institute for Arid Farming tested 40 ponds in July. " + intro
            + " open ponds could not be kept clean. She said the institute had found the toxin in 12 of them.")
    assert source_of(text, "She said the institute", TANKS) == "Hallie Orrinsby"


@pytest.mark.parametrize("thing", ["money for a new car park", "homes for 1,700 dogs", "new buyers for the fish"])
def test_what_a_body_found_for_someone_is_an_act_the_speaker_reports(thing):
    """"He said the board had found money for a car park": the speaker's claim."""
    text = TANKS_LEAD + f"Tomas Quellary said the Velmarine Institute for Arid Farming had found {thing} last year."
    assert source_of(text, "Tomas Quellary said", TANKS) == "Tomas Quellary"


def test_a_bodys_finding_told_by_an_unnamed_official_is_her_claim():
    """"An official at the board, who asked not to be named, said the board had found": the
    anonymous official's claim."""
    text = TANKS_LEAD + ("An official at the water board, who asked not to be named, said the board had found "
                         "problems at two farms in 2039.")
    assert source_of(text, "An official at", TANKS) == "anonymous official"


MINISTRY = [*GENERIC, {"name": "Ostrellan Education Ministry", "aliases": []},
            {"name": "Kessan Millers", "aliases": []},
            {"name": "Jorunn Vessaly", "aliases": ["Vessaly"]}]


def test_a_minister_introduced_in_narration_speaks_of_her_own_ministry():
    """"Education Minister X suspended the contract ... She said the ministry had found the flour
    in 37 schools": hers."""
    text = ("Kessan Millers delivered flour to 40 schools. Education Minister Jorunn Vessaly suspended the "
            "contract on Saturday. She said the ministry had found the company's flour in 37 other schools.")
    assert source_of(text, "She said", MINISTRY) == "Jorunn Vessaly"


FERRIES = [*GENERIC, {"name": "Scarrow Isles Ferries", "aliases": []},
           {"name": "Delwen Ashcombe", "aliases": ["Ashcombe"]}]


@pytest.mark.parametrize("words", ["had found the breach when customers complained",
                                   "had warned customers that their cards might have been copied"])
def test_a_heads_role_after_a_possessive_makes_her_the_bodys_head(words):
    """"X Ferries' chief executive, Y, said the company had found the breach": hers."""
    text = ("Hackers stole the bookings of 9,000 passengers. Scarrow Isles Ferries' chief executive, Delwen "
            f"Ashcombe, said the company {words}.")
    assert source_of(text, "Scarrow Isles", FERRIES) == "Delwen Ashcombe"


FORESTRY = [*GENERIC, {"name": "Karvesund County Forestry Bureau", "aliases": []},
            {"name": "Karvesund Forest Research Institute", "aliases": []},
            {"name": "Osk Helvander", "aliases": ["Helvander"]}]
FORESTRY_LEAD = ("KARVESUND, Norrmark, Sep 3 (Agency) - Forestry authorities in the Norrmarkan county of Karvesund "
                 "banned the grazing of goats on 6,000 hectares of hillside on Wednesday, blaming the herds for "
                 "landslides that buried two farmhouses in July. ")


def test_a_lead_by_authorities_of_a_kind_is_the_body_whose_name_holds_the_kind():
    """"Forestry authorities in the county banned ..., blaming ...": the county forestry bureau."""
    text = FORESTRY_LEAD + ("Osk Helvander, director of the Karvesund County Forestry Bureau, said the goats had "
                            "stripped the slopes. The Karvesund Forest Research Institute has studied the slopes.")
    assert source_of(text, "KARVESUND", FORESTRY) == "Karvesund County Forestry Bureau"


def test_a_lead_by_authorities_of_a_kind_is_nobodys_when_no_one_body_fits():
    """Two bodies whose names hold "forestry", or none named: no suggestion (and never "Forestry")."""
    two = [*FORESTRY, {"name": "Norrmark Forestry Union", "aliases": []}]
    text = FORESTRY_LEAD + ("Osk Helvander, director of the Karvesund County Forestry Bureau, said the goats had "
                            "stripped the slopes. The Norrmark Forestry Union said the ban was unfair.")
    assert source_of(text, "KARVESUND", two) is None
    assert source_of(FORESTRY_LEAD + "Goats have grazed there for centuries.", "KARVESUND", FORESTRY) is None


def test_a_title_before_a_person_of_a_body_is_no_part_of_her_name():
    """"Chief X of the Y Council condemned ... the chief said": X (the registered name)."""
    registry = [*GENERIC, {"name": "Orlaine Vesquemont", "aliases": ["Vesquemont"]},
                {"name": "Tarrevel Territory Council", "aliases": []}]
    text = ("The forest service stopped issuing felling permits on Friday. Chief Orlaine Vesquemont of the "
            "Tarrevel Territory Council condemned the decision. \"The canoe is how we remember who we are,\" "
            "the chief said at the council house.")
    assert source_of(text, "\"The canoe", registry) == "Orlaine Vesquemont"


def test_a_name_run_into_the_registered_body_it_serves_ends_before_for():
    """"X, who manages Z Airport for the Y Airport Company, ... the airport company's managers had
    told the crew": the Y Airport Company's words, as staff of the company."""
    registry = [*GENERIC, {"name": "Merrowin Airport Company", "aliases": []},
                {"name": "Dessa Pellingham", "aliases": ["Pellingham"]}]
    text = ("Dessa Pellingham, who manages Colcarra Field Airport for the Merrowin Airport Company, argued that "
            "the airport met every standard. A member of the airport's fire crew, who spoke on condition of "
            "anonymity, said the wind had torn the windsock. He said the airport company's managers had told "
            "the crew in June to stop logging gusts.")
    assert source_of(text, "He said", registry) == "Merrowin Airport Company"


@pytest.mark.parametrize(("employee", "body", "bosses"), [
    ("A forest guard, who gave no name because guards may not talk to reporters,", "Orvashi Forestry Service",
     "his superiors had instructed guards"),
    ("A dam operator, who would only talk without his name attached,", "Orvashi Power Authority",
     "his shift supervisor had told operators"),
    ("A customs officer at the wharf, whose name the agency agreed to withhold,", "Orvashi Customs Directorate",
     "his supervisor had warned officers at the wharf"),
    ("A fisheries officer, speaking on condition of anonymity,", "Orvashi Fisheries Administration",
     "his superiors had instructed patrols"),
    ("A forest guard, who gave no name,", "Orvashi Forestry Service", "his range officer had told guards"),
])
def test_an_unnamed_employees_bosses_speak_for_the_body_of_his_trade(employee, body, bosses):
    """"A forest guard, unnamed, said ... He said his superiors had instructed guards to": the
    forestry service's words."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in (
        "Orvashi Forestry Service", "Orvashi Forest Research Centre", "Orvashi Power Authority",
        "Orvashi Customs Directorate", "Orvashi Fisheries Administration"))]
    text = ("The Orvashi Forest Research Centre, the Orvashi Forestry Service, the Orvashi Power Authority, the "
            "Orvashi Customs Directorate and the Orvashi Fisheries Administration met on Monday. "
            f"{employee} said lorries carried charcoal out every night. He said {bosses} to let the "
            "lorries through.")
    assert source_of(text, "He said", registry) == body


def test_a_forest_guard_is_no_research_centres():
    """"Forest guards in the east say ...", with only a forest research centre named: nobody's."""
    registry = [*GENERIC, {"name": "Orvashi Forest Research Centre", "aliases": []}]
    text = ("The Orvashi Forest Research Centre counted the orchids in May. Forest guards in the east say "
            "collectors have become a common sight.")
    assert source_of(text, "Forest guards", registry) is None


@pytest.mark.parametrize("clause", ["who would be quoted only as a firefighter because the report is unfinished",
                                    "who asked to be described only as a neighbour"])
def test_a_speaker_quoted_only_as_her_trade_is_unnamed(clause):
    """"A firefighter, who would be quoted only as a firefighter, said": the anonymous entry."""
    text = f"A fire destroyed the workshop on Friday. A firefighter, {clause}, said the stairs collapsed."
    assert source_of(text, "A firefighter", [*GENERIC]) == "anonymous official"


@pytest.mark.parametrize("words", [
    "a foreign hunter had once offered him $5,000 to show him where the biggest ram slept",
    "poachers from the coast had offered village boys $50 a fish to show them the way into the lakes",
    "a buyer from the city had offered her grandson $9 a kilo last year to pick on the sacred slopes",
    "two foreign collectors had offered the ministry large sums for intact fighters",
    "the neighbour's family had sent word through an elder that they would not accept a truce",
])
def test_an_offer_or_word_of_someone_unnamed_with_no_entry_is_nobodys(words):
    """"X said a foreign hunter had offered him $5,000 to show him ...": no one's claim."""
    registry = [*GENERIC, {"name": "Dolkar Tsermanov", "aliases": ["Tsermanov"]}]
    text = f"Dolkar Tsermanov, a herder, said the rams were thinning. Tsermanov said {words}."
    assert source_of(text, "Tsermanov said", registry) is None


def test_a_sum_offered_by_a_registered_body_to_do_something_is_its_offer():
    """"X said the Y Mining Company had offered families $5,000 to leave": the company's offer."""
    registry = [*GENERIC, {"name": "Dolkar Tsermanov", "aliases": ["Tsermanov"]},
                {"name": "Karvali Mining Company", "aliases": []}]
    text = ("Dolkar Tsermanov, a herder, said the rams were thinning. Tsermanov said the Karvali Mining Company "
            "had offered families $5,000 to leave the valley.")
    assert source_of(text, "Tsermanov said", registry) == "Karvali Mining Company"


@pytest.mark.parametrize(("lead", "body"), [
    ("Talawipa's forestry agency on Thursday capped the pinyon harvest at 20 kilograms a family, warning that a "
     "beetle had killed a third of the trees.", "Talawipa Forestry Department"),
    ("Talawipa's fisheries regulator suspended the arapaima harvest on Friday, citing a count that found too "
     "few fish.", "Talawipan Fisheries Department"),
    ("Talawipa's culture ministry declared the box drum part of the national heritage on Wednesday, calling it "
     "the voice of the coast.", "Talawipan Ministry of Culture"),
    ("Talawipa's water ministry began fitting meters to the wells on Monday, insisting that the old water clock "
     "could no longer share out the aquifer.", "Talawipan Ministry of Culture"),
    ("Talawipa's forestry agency banned grazing on the mesas on Wednesday until the rains return, blaming goats "
     "for the erosion.", "Talawipa Forestry Department"),
])
def test_a_lead_by_a_public_body_described_is_the_body_holding_its_place_and_field(lead, body):
    """"Talawipa's forestry agency ..., warning": the "Talawipa Forestry Department" named later."""
    registry = [*GENERIC, *({"name": name, "aliases": []} for name in (
        "Talawipa Forestry Department", "Talawipan Fisheries Department", "Talawipan Ministry of Culture",
        "Kessary Timber"))]
    text = (f"KYAKOTSA, Talawipa, Sep 12 (Agency) - {lead} Kessary Timber said it would appeal. The Talawipa Forestry "
            "Department, the Talawipan Fisheries Department and the Talawipan Ministry of Culture met in May.")
    expected = body if "water ministry" not in lead else None  # (no water ministry registered: nobody)
    assert source_of(text, "KYAKOTSA", registry) == expected


@pytest.mark.parametrize("lead", [
    "The association that represents nutmeg growers on the spice island of Wailolo accused a timber company on "
    "Monday of felling the shade trees.",
    "A growers' association on the spice island of Wailolo accused a timber company on Monday of felling the "
    "shade trees.",
])
def test_a_lead_by_a_body_described_by_whom_it_serves_is_the_body_named_next(lead):
    """"The association that represents nutmeg growers on Wailolo accused ...": the association named next."""
    registry = [*GENERIC, {"name": "Wailolo Nutmeg Growers' Association", "aliases": []},
                {"name": "Sorahu Timber", "aliases": []}]
    text = (f"WAILOLO, Sorahu, Sep 13 (Agency) - {lead} The Wailolo Nutmeg Growers' Association said 40 trees had "
            "been cut. Sorahu Timber denied it.")
    assert source_of(text, "WAILOLO", registry) == "Wailolo Nutmeg Growers' Association"


def test_a_lead_by_a_body_described_by_what_it_does_is_not_the_body_it_accuses():
    """"The association that represents growers accused a timber company": never the company."""
    registry = [*GENERIC, {"name": "Sorahu Timber Company", "aliases": []}]
    text = ("WAILOLO, Sorahu, Sep 13 (Agency) - The association that represents nutmeg growers on Wailolo accused a "
            "timber company on Monday of felling the shade trees. Sorahu Timber Company said it had a permit.")
    assert source_of(text, "WAILOLO", registry) is None
