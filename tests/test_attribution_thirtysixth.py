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

A review of the round, by invented cases run before and after it (REVIEW_CASES), mended: what a body
found is its claim only as a measure or an absence ("no sign", "similar readings", "higher levels") or
on inspections or in tests, not a thing discovered ("the wreck", "the leak", "her body", "itself
short", "a site"), nor a verdict; it confirmed figures or a claim ("the district's figures", "this"),
not a booking or an appointment; it recommended a thing, not a person for a post. Officers by their
body's word ("A customs officer") are only of a field's public body, and guards and leads by
authorities only of public bodies (no union, association, forum or company). A lead's body described
by place and field is not a body of another field ("Talawipa's water ministry" is no "Talawipa Health
Ministry"), nor one of another kind; a lead described by whom it serves is nobody's when it acts on a
body of the same noun ("accused a rival union"). "Calling off", "calling in" close no lead;
"maintaining" only before "that". Left wrong, as before the round: 1h, 1m, 1r (findings reported by
outsiders or staff that the narrowing drops), 2d, 2e, 4d, 4f, 4g, 4h, 4j, 4p (older fallbacks to the
one body of a word), 5h ("a rival firm had offered"), 6a-6c (acts read as cues), 6f, 6h, 6i.

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
    two = [*FORESTRY, {"name": "Norrmark Forestry Agency", "aliases": []}]
    text = FORESTRY_LEAD + ("Osk Helvander, director of the Karvesund County Forestry Bureau, said the goats had "
                            "stripped the slopes. The Norrmark Forestry Agency said the ban was unfair.")
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


# Invented cases from a review of the round, run before and after it: every one the rules now get
# right (the others, all wrong before the round too, are named in the module's docstring).
REVIEW_CASES = [
    ('1a police found = discovery',
     ('Ilse Varrow, a farmer, lost her tractor in April. Varrow said police had found the tractor in a'
      ' ditch near the border.'),
     'Varrow said', 'Ilse Varrow',
     [['Ilse Varrow', ['Varrow']]]),
    ('1b authority found the wreck = discovery',
     ('The trawler Marit sank on Friday. Harlan Dessix, the mayor of Port Essel, said the Essel '
      'Harbour Authority had found the wreck on Sunday.'),
     'Harlan Dessix', 'Harlan Dessix',
     [['Harlan Dessix', ['Dessix']], 'Essel Harbour Authority']),
    ('1c found a new owner for the mill',
     ('The Norvane Steel Company closed its mill in May. Marek Oslin, a union leader, said the Norvane'
      ' Steel Company had found a new owner for the mill.'),
     'Marek Oslin', 'Marek Oslin',
     [['Marek Oslin', ['Oslin']], 'Norvane Steel Company']),
    ('1d confirmed her appointment',
     ('Talia Brenn, a painter, joined the museum in March. Brenn said the Orvik Arts Council had '
      'confirmed her appointment as curator in June.'),
     'Brenn said', 'Talia Brenn',
     [['Talia Brenn', ['Brenn']], 'Orvik Arts Council']),
    ('1e recommended him for a medal',
     ('Jonas Pell pulled two children from the river. Pell said the Kessa Fire Service had recommended'
      ' him for a bravery medal.'),
     'Pell said', 'Jonas Pell',
     [['Jonas Pell', ['Pell']], 'Kessa Fire Service']),
    ('1f found itself short',
     ('Rina Talvo, an opposition councillor, criticised the budget. Talvo said the Orvik City Council '
      'had found itself short of 4 million crowns in March.'),
     'Talvo said', 'Rina Talvo',
     [['Rina Talvo', ['Talvo']], 'Orvik City Council']),
    ('1g court found client guilty',
     ('Anika Moor defended the fisherman. Moor said the Dessa High Court had found her client guilty '
      'on flimsy evidence.'),
     'Moor said', 'Anika Moor',
     [['Anika Moor', ['Moor']], 'Dessa High Court']),
    ('1i gas company found leak = discovery',
     ('Homes on Mill Street were evacuated on Tuesday. Resident Osk Lind said the Varn Gas Company had'
      ' found the leak on Tuesday and shut off the supply.'),
     'Resident Osk', 'Osk Lind',
     [['Osk Lind', ['Lind']], 'Varn Gas Company']),
    ('1j found a site for the school',
     ('The old school flooded twice. Headteacher Ada Finch said the Essel Education Board had found a '
      'site for the new school near the station.'),
     'Headteacher', 'Ada Finch',
     [['Ada Finch', ['Finch']], 'Essel Education Board']),
    ('1k airline confirmed booking',
     ('Storms grounded flights for two days. Lena Orr, a passenger, said Varn Air had confirmed her '
      'booking twice before cancelling the flight.'),
     'Lena Orr', 'Lena Orr',
     [['Lena Orr', ['Orr']], 'Varn Air']),
    ("1l possessive head, other body's finding",
     ("Hackers stole the bookings of 9,000 passengers. Scarrow Isles Ferries' chief executive, Delwen "
      'Ashcombe, said the Varn Maritime Safety Agency had found no fault with the ships.'),
     'Scarrow Isles', 'Varn Maritime Safety Agency',
     ['Scarrow Isles Ferries', ['Delwen Ashcombe', ['Ashcombe']], 'Varn Maritime Safety Agency']),
    ('1n committee recommended a person',
     ('The post of harbour master fell vacant in May. Councillor Bram Ostby said the Essel Port '
      'Committee had recommended Ilma Dorn for the post.'),
     'Councillor', 'Bram Ostby',
     [['Bram Ostby', ['Ostby']], 'Essel Port Committee']),
    ('1o found the body (search)',
     ('A hiker went missing on Mount Ketta on Friday. Her brother, Arvo Salm, said the Ketta Mountain '
      'Rescue Service had found her body on Sunday morning.'),
     'Her brother', 'Arvo Salm',
     [['Arvo Salm', ['Salm']], 'Ketta Mountain Rescue Service']),
    ('1p found a way (list)',
     ('Bus fares rose in May. Commuter Nils Aarde said the Essel Transit Authority had found a way to '
      'raise fares without a vote.'),
     'Commuter', 'Nils Aarde',
     [['Nils Aarde', ['Aarde']], 'Essel Transit Authority']),
    ('1q institute recommended, outsider (positive)',
     ("Ponds in the delta turned green. Eli Moss, president of the Varna Farmers' Union, said the "
      'Velmarine Institute for Arid Farming had recommended covered tanks in 2037.'),
     'Eli Moss', 'Velmarine Institute for Arid Farming',
     [['Eli Moss', ['Moss']], "Varna Farmers' Union", 'Velmarine Institute for Arid Farming']),
    ('2a nationality authorities, association later',
     ('KORAD, Marovia, May 3 (Agency) - Marovian authorities banned pork imports on Tuesday, citing an'
      " outbreak of swine fever. The Marovian Pork Producers' Association said the ban would ruin "
      'farmers.'),
     'KORAD', None,
     ["Marovian Pork Producers' Association"]),
    ('2b health authorities, union later',
     ('ESSEL, Varn, May 3 (Agency) - Health authorities in the province of Ketta closed 40 schools on '
      "Monday, warning of a measles outbreak. The Ketta Health Workers' Union said nurses were "
      'exhausted.'),
     'ESSEL', None,
     ["Ketta Health Workers' Union"]),
    ('2c port authorities, port workers union later',
     ('ESSEL, Varn, May 3 (Agency) - Port authorities in Essel closed the harbour on Friday, citing '
      "high winds. The Essel Port Workers' Union said its members would lose a week's pay."),
     'ESSEL', None,
     ["Essel Port Workers' Union"]),
    ('2f port authorities, port authority later (positive)',
     ('ESSEL, Varn, May 3 (Agency) - Port authorities in Essel closed the harbour on Friday, citing '
      'high winds. Harbour master Ilma Dorn of the Essel Port Authority said the ban would last two '
      'days.'),
     'ESSEL', 'Essel Port Authority',
     ['Essel Port Authority', ['Ilma Dorn', ['Dorn']]]),
    ('2g registered alias before officials opens sentence',
     ('The Kessler plant leaked ammonia on Monday. Kessler officials said the plant would reopen on '
      'Friday.'),
     'Kessler officials', 'Kessler Chemicals',
     [['Kessler Chemicals', ['Kessler']]]),
    ('3a Speaker X of the Assembly',
     ('The assembly rejected the budget on Monday. Speaker Ilma Dorn of the Varn National Assembly '
      'condemned the vote. "We have failed the teachers," the speaker said.'),
     '"We have', 'Ilma Dorn',
     [['Ilma Dorn', ['Dorn']], 'Varn National Assembly']),
    ('3b chief of a body, another person speaks',
     ('Chief Orlaine Vesquemont of the Tarrevel Territory Council condemned the decision. Hal Brisk, a'
      ' logger, said the ban would cost him his job.'),
     'Hal Brisk', 'Hal Brisk',
     [['Orlaine Vesquemont', ['Vesquemont']], 'Tarrevel Territory Council', ['Hal Brisk', ['Brisk']]]),
    ('4a local official, local government association',
     ('The Varn Local Government Association met in May. A local official, who asked not to be named, '
      'said permits were sold for cash. He said his superiors had told him to sign them anyway.'),
     'He said', None,
     ['Varn Local Government Association']),
    ('4b district official, district court',
     ('The Orvik District Court heard the case in May. A district official, who asked not to be named,'
      ' said land was sold twice. He said his superiors had told clerks to ignore the complaints.'),
     'He said', None,
     ['Orvik District Court']),
    ('4c border officer, border NGO',
     ('The Orvik Border Communities Forum complained about smuggling. A border officer at the '
      'crossing, who gave no name, said lorries passed unchecked. He said his supervisor had told '
      'officers to wave them through.'),
     'He said', None,
     ['Orvik Border Communities Forum']),
    ('4e forest guard, forest dwellers NGO',
     ("The Orvashi Forest Dwellers' Association protested on Monday. A forest guard, who gave no name,"
      ' said lorries carried charcoal out every night. He said his superiors had instructed guards to '
      'let the lorries through.'),
     'He said', None,
     ["Orvashi Forest Dwellers' Association"]),
    ('4i health official first level',
     ('The Varn Ministry of Health ordered vaccines in March. A health official, speaking on condition'
      ' of anonymity, said the clinic had run out of vaccine.'),
     'A health official', 'anonymous official',
     ['Varn Ministry of Health']),
    ('4k customs officer positive',
     ('The Orvashi Customs Directorate opened a new wharf. A customs officer at the wharf, whose name '
      'the agency agreed to withhold, said fuel was smuggled nightly. He said his supervisor had '
      'warned officers at the wharf to look away.'),
     'He said', 'Orvashi Customs Directorate',
     ['Orvashi Customs Directorate']),
    ('4l named only as (defendant) not a speaker',
     ('A former prison guard went on trial on Monday. Prosecutors said the defendant, who can be named'
      ' only as a former guard, had taken bribes from inmates.'),
     'Prosecutors said', 'prosecutors',
     []),
    ('4m named only as (driver) police',
     ('A bus overturned near Essel on Sunday. Police said the driver, who was named only as a '
      '40-year-old man from Essel, had been drinking.'),
     'Police said', 'police',
     []),
    ('4n range officer of a named ranger (own claim?)',
     ('Kala Dorn has worked as a ranger for 20 years. Dorn said her range officer had warned rangers '
      'that the rhinos were in danger.'),
     'Dorn said', None,
     [['Kala Dorn', ['Dorn']]]),
    ('4o prison officer positive',
     ('The Varn Prison Service runs 12 jails. A prison officer, who asked not to be named, said cells '
      'were overcrowded. He said his superiors had told officers to double up inmates.'),
     'He said', 'Varn Prison Service',
     ['Varn Prison Service']),
    ("5a speaker's own offer",
     ('Tomas Quellary, a herder, said wolves took 30 sheep. Quellary said he had offered the hunters '
      '$500 to track the pack.'),
     'Quellary said', 'Tomas Quellary',
     [['Tomas Quellary', ['Quellary']]]),
    ("5b registered person's offer",
     ('Dolkar Tsermanov, a herder, said the rams were thinning. Tsermanov said Arvid Kolm had offered '
      'him $2,000 to sell the herd.'),
     'Tsermanov said', 'Arvid Kolm',
     [['Dolkar Tsermanov', ['Tsermanov']], ['Arvid Kolm', ['Kolm']]]),
    ('5c police reward to anyone',
     ('A shopkeeper was shot in Essel on Friday. His brother, Arvid Kolm, said police had offered '
      '$5,000 to anyone with information about the killing.'),
     'His brother', 'police',
     [['Arvid Kolm', ['Kolm']]]),
    ('5d ministry sent word (registered)',
     ('The Essel bridge closed in March. Mayor Ilse Varrow said the Kessa Transport Ministry had sent '
      'word that the bridge would reopen in May.'),
     'Mayor Ilse', 'Kessa Transport Ministry',
     [['Ilse Varrow', ['Varrow']], 'Kessa Transport Ministry']),
    ('5e speaker sent word herself',
     ('The Essel bridge closed in March. Ilse Varrow, the mayor, said she had sent word to the '
      'ministry that the town could not wait.'),
     'Ilse Varrow', 'Ilse Varrow',
     [['Ilse Varrow', ['Varrow']], 'Kessa Transport Ministry']),
    ('5f company offered sum to each family (registered)',
     ('Dolkar Tsermanov, a herder, said the rams were thinning. Tsermanov said the Karvali Mining '
      'Company had offered $5,000 to each family that left the valley.'),
     'Tsermanov said', 'Karvali Mining Company',
     [['Dolkar Tsermanov', ['Tsermanov']], 'Karvali Mining Company']),
    ('6d noting that (positive)',
     ('ESSEL, Varn, May 3 (Agency) - The Varn Central Bank held its main rate on Thursday, noting that'
      ' inflation had eased.'),
     'ESSEL', 'Varn Central Bank',
     ['Varn Central Bank']),
    ('6e rival union named next',
     ('ESSEL, Varn, May 3 (Agency) - The union that represents dockworkers in Port Essel accused a '
      "rival union on Monday of signing a secret deal with employers. The Port Essel Stevedores' Union"
      ' denied the charge.'),
     'ESSEL', None,
     ["Port Essel Stevedores' Union"]),
    ('6g cooperative accuses rival cooperative',
     ('ESSEL, Varn, May 3 (Agency) - A cooperative of woodcarvers in southern Ilmar accused a rival '
      'cooperative on Monday of selling fake carvings. The Ilmar Souvenir Cooperative said its '
      'carvings were genuine.'),
     'ESSEL', None,
     ['Ilmar Souvenir Cooperative']),
    ('6j forestry agency; forestry workers union later',
     ("KYAKOTSA, Talawipa, May 3 (Agency) - Talawipa's forestry agency on Thursday capped the pinyon "
      'harvest at 20 kilograms a family, warning that a beetle had killed a third of the trees. The '
      "Talawipa Forestry Workers' Union said the cap would cost jobs."),
     'KYAKOTSA', None,
     ["Talawipa Forestry Workers' Union"]),
    ('6k fisheries regulator; fined fisheries company later',
     ("KYAKOTSA, Talawipa, May 3 (Agency) - Talawipa's fisheries regulator fined a trawler company on "
      'Friday, citing nets that were too fine. The Talawipa Fisheries Company said it would appeal.'),
     'KYAKOTSA', None,
     ['Talawipa Fisheries Company']),
    ('6l tourism agency accuses conservation agency',
     ("KIEBORA, Kiebora, May 3 (Agency) - Kiebora's tourism agency accused the country's conservation "
      'agency on Monday of closing parks without warning, saying hotels had lost bookings. The Kiebora'
      ' Conservation Agency said the parks were flooded.'),
     'KIEBORA', None,
     ['Kiebora Conservation Agency']),
    ('6m agency in charge of forests (positive)',
     ("ESSEL, Varn, May 3 (Agency) - The agency in charge of Kessa's forests banned logging on Monday,"
      ' warning that the slopes would slide. The Kessa Forestry Agency said the ban would last a year.'),
     'ESSEL', 'Kessa Forestry Agency',
     ['Kessa Forestry Agency']),
    ('6n began + warning (positive)',
     ('ESSEL, Varn, May 3 (Agency) - The Varn Water Board began rationing water on Monday, warning '
      'that the reservoirs were low.'),
     'ESSEL', 'Varn Water Board',
     ['Varn Water Board']),
    ('6o association of hoteliers attacked, association next',
     ('ESSEL, Varn, May 3 (Agency) - The association of hoteliers in Essel was fined on Monday for '
      "breaking price rules, the regulator said. The Essel Hoteliers' Association said it would pay."),
     'ESSEL', None,
     ["Essel Hoteliers' Association"]),
    ('6p calling for = demand (positive?)',
     ("ESSEL, Varn, May 3 (Agency) - The Varn Teachers' Federation walked out of talks on Monday, "
      'calling for a 10 percent pay rise.'),
     'ESSEL', "Varn Teachers' Federation",
     ["Varn Teachers' Federation"]),
    ('6q water ministry vs health ministry same place',
     ("KYAKOTSA, Talawipa, May 3 (Agency) - Talawipa's water ministry began fitting meters to the "
      'wells on Monday, insisting that the old water clock could no longer share out the aquifer. The '
      'Talawipa Health Ministry said the water was safe.'),
     'KYAKOTSA', None,
     ['Talawipa Health Ministry']),
    ('6r union acts on company described, company named next',
     ('ESSEL, Varn, May 3 (Agency) - The union that represents miners in Ketta struck at the nickel '
      'mine on Monday, accusing the company of cutting pay. The Ketta Nickel Company said pay had not '
      'been cut.'),
     'ESSEL', None,
     ['Ketta Nickel Company']),
    ("1s found 'the gates open' by registered body",
     ('Flood water reached the square on Sunday. Shopkeeper Nils Aarde said the Varn Water Board had '
      'found the sluice gates open when its crews arrived.'),
     'Shopkeeper', 'Nils Aarde',
     [['Nils Aarde', ['Aarde']], 'Varn Water Board']),
    ('4q senior official, senior citizens forum',
     ("The Varn Senior Citizens' Forum protested against pension cuts. A senior official, who asked "
      'not to be named, said the cuts would stand. He said his superiors had told staff to refuse new '
      'claims.'),
     'He said', None,
     ["Varn Senior Citizens' Forum"]),
    ('5g rebels sent word (unnamed)',
     ('Ilse Varrow, the mayor of Essel, met the bishop on Monday. Varrow said the rebels had sent word'
      ' through a priest that they would free the hostages.'),
     'Varrow said', None,
     [['Ilse Varrow', ['Varrow']]]),
]


@pytest.mark.parametrize(("case", "text", "prefix", "expected", "names"), REVIEW_CASES,
                         ids=[case[0][:40] for case in REVIEW_CASES])
def test_the_rounds_rules_do_not_overreach(case, text, prefix, expected, names):
    """Heads keep their own claims, discoveries and bookings are no findings, unions and companies are no
    public bodies, a lead's body is not the one it acts on (see each case)."""
    registry = [*GENERIC, *({"name": name, "aliases": []} if isinstance(name, str)
                            else {"name": name[0], "aliases": name[1]} for name in names)]
    assert source_of(text, prefix, registry) == expected, case
