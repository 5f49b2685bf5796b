"""Tests for the twenty-ninth round of attribution rules, written while the hundred-and-thirty-fourth
and hundred-and-thirty-fifth held-out sets were being written: staff "there" ("Doctors there said",
"a paediatrician there said") speak for the registered body named just before, or for nurses and
doctors the story's one hospital, but not when "there" stands for a place named as one of many ("a
health centre") or the speaker is named or keeps anonymity.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

from tests.test_attribution_across import GENERIC, source_of

WARD = [*GENERIC, {"name": "Korvasse District Hospital", "aliases": []},
        {"name": "Korvassan Health Ministry", "aliases": []}, {"name": "Ilda Marrek", "aliases": ["Marrek"]},
        {"name": "Ilmar Tosk", "aliases": ["Tosk"]}]
WARD_TEXT = ("KORVASSE, Korvassa, Jan 4 (Tallowmere Wire) - Eleven children fell ill after a school lunch on "
             "Sunday, the Korvassan Health Ministry said. "
             "Health Minister Ilmar Tosk visited the children at the Korvasse District Hospital on Monday. "
             "Doctors there said two were in intensive care. "
             "The hospital has asked the ministry for more antidote. "
             "A paediatrician there said the others should go home by Friday. "
             "Ilda Marrek, a mother, said she had first taken her son to a health centre in the hills. "
             "A nurse there had told her it was a stomach bug, she said.")


def test_doctors_there_speak_for_the_hospital_named_before():
    """"Doctors there said" right after the hospital is named: the hospital's."""
    assert source_of(WARD_TEXT, "Doctors there said", WARD) == "Korvasse District Hospital"


def test_a_paediatrician_there_speaks_for_the_story_s_one_hospital():
    """"A paediatrician there said" after "The hospital has asked the ministry": the story's one
    hospital, not the ministry named last."""
    assert source_of(WARD_TEXT, "A paediatrician there said", WARD) == "Korvasse District Hospital"


def test_a_nurse_at_a_place_named_as_one_of_many_is_nobody_s():
    """"a health centre in the hills ... A nurse there": an unregistered place, nobody's claim (a
    guard)."""
    assert source_of(WARD_TEXT, "A nurse there had told", WARD) is None


def test_a_named_or_anonymous_doctor_there_is_not_the_hospital():
    """"A doctor there, X, said" is X's (a guard); "a doctor there said, asking not to be named"
    the anonymous entry's ("asking not to be named" keeps a name back as "asked not to" does)."""
    named = [*WARD, {"name": "Oskar Vendel", "aliases": ["Vendel"]}]
    text = ("KORVASSE, Korvassa, Jan 4 (Tallowmere Wire) - Six children were taken to Korvasse District "
            "Hospital on Sunday. A doctor there, Oskar Vendel, said two were in intensive care. "
            "Two more were on oxygen, a doctor there said, asking not to be named.")
    assert source_of(text, "A doctor there, Oskar", named) == "Oskar Vendel"
    assert source_of(text, "Two more were on oxygen", named) == "anonymous official"



def test_a_plural_possessive_description_after_according_to():
    """"according to the drivers' association": the body named before, as "The drivers'
    association said" is ("drivers'" is a word of its name)."""
    registry = [*GENERIC, {"name": "Velka Taxi Drivers' Association", "aliases": []}]
    text = ("VELKA, Ostreva, Jan 5 (Tallowmere Wire) - Taxis blocked the bridge on Tuesday, the Velka Taxi "
            "Drivers' Association said. About 3,000 cabs work in Velka, according to the drivers' association.")
    assert source_of(text, "About 3,000 cabs", registry) == "Velka Taxi Drivers' Association"


def test_a_lead_closed_by_a_body_whose_head_speaks_next_is_the_body():
    """"..., the town's lifeguard corps said" with the corps' commander speaking next: the corps
    (the noun is a body's, though "lifeguard" names a person's trade)."""
    registry = [*GENERIC, {"name": "Brellin Lifeguard Corps", "aliases": []},
                {"name": "Anka Silvo", "aliases": ["Silvo"]}]
    text = ("BRELLIN, Ostreva, Jan 6 (Tallowmere Wire) - Two boys were pulled from the frozen lake in this town "
            "on Tuesday, the town's lifeguard corps said on Wednesday. "
            "Anka Silvo, commander of the Brellin Lifeguard Corps, said both boys were recovering.")
    assert source_of(text, "BRELLIN, Ostreva", registry) == "Brellin Lifeguard Corps"


def test_a_lead_closed_by_a_body_in_a_place_is_the_body_named_later():
    """"..., the university hospital in the city said": the hospital the story names later."""
    registry = [*GENERIC, {"name": "Korsa Del University Hospital", "aliases": []},
                {"name": "Ostrevan Health Ministry", "aliases": []}, {"name": "Mira Dolsk", "aliases": ["Dolsk"]}]
    text = ("KORSA DEL, Ostreva, Jan 7 (Tallowmere Wire) - Fourteen people fell ill after eating wild mushrooms "
            "sold at a roadside stall, the university hospital in the city said on Thursday. "
            "Mira Dolsk, who heads its toxicology ward, said three of them needed dialysis. "
            "The Korsa Del University Hospital has asked the Ostrevan Health Ministry for antidote.")
    assert source_of(text, "KORSA DEL, Ostreva", registry) == "Korsa Del University Hospital"


def test_a_lead_closed_by_staff_named_by_their_trade():
    """"..., doctors treating them at the town's hospital said": the story's one hospital, named
    later; "..., firefighters in the town said": the one fire brigade named later; not when two
    fit (a guard)."""
    hospital = [*GENERIC, {"name": "Varna Vey District Hospital", "aliases": []},
                {"name": "Ostrevan Food Agency", "aliases": []}]
    text = ("VARNA VEY, Ostreva, Jan 8 (Tallowmere Wire) - Nine children are being treated for poisoning after "
            "eating sweets from a street cart, doctors treating them at the town's hospital said on Friday. "
            "The Ostrevan Food Agency said the sweets held a banned dye. "
            "The Varna Vey District Hospital said two were still in intensive care.")
    assert source_of(text, "VARNA VEY, Ostreva", hospital) == "Varna Vey District Hospital"
    fire = [*GENERIC, {"name": "Kessin Fire Brigade", "aliases": []}, {"name": "Oleg Marrin", "aliases": ["Marrin"]}]
    text = ("KESSIN, Ostreva, Jan 9 (Tallowmere Wire) - Six people died when a fire swept through a timber "
            "yard on Friday night, firefighters in the town said. "
            "Oleg Marrin, who leads the Kessin Fire Brigade, said the blaze burned for five hours.")
    assert source_of(text, "KESSIN, Ostreva", fire) == "Kessin Fire Brigade"
    two = [*fire, {"name": "Kessin Forest Fire Service", "aliases": []}]
    text += " The Kessin Forest Fire Service said it sent two tankers."
    assert source_of(text, "KESSIN, Ostreva", two) is None


GRANT = [*GENERIC, {"name": "Ostrevan Education Ministry", "aliases": []},
         {"name": "Velda Morrin", "aliases": ["Morrin"]}, {"name": "Ostrevan Teachers' Union", "aliases": []}]
GRANT_INTRO = ("KESSIN, Ostreva, Jan 10 (Tallowmere Wire) - Lecturers at the city's college have not been paid since "
               "October, the Ostrevan Teachers' Union said on Saturday. "
               "The college's rector, Velda Morrin, said the grant had not arrived. ")


def test_a_body_described_past_the_lead_and_named_soon_after():
    """"She said the ministry had assured her" with no ministry named before and the education
    ministry named two sentences later: that ministry."""
    text = GRANT_INTRO + ("She said the ministry had assured her in November that the money would come within days. "
                          "The library is half built. "
                          "The Ostrevan Education Ministry said every coin had been paid.")
    assert source_of(text, "She said the ministry", GRANT) == "Ostrevan Education Ministry"


def test_a_body_described_past_the_lead_and_named_much_later_is_nobody_s():
    """The same ministry named only six sentences later: unsure, nobody's (a guard)."""
    text = GRANT_INTRO + ("She said the ministry had assured her in November that the money would come within days. "
                          "The library is half built. The hall is older. Students sat exams in tents. "
                          "The roof leaks. Classes start at eight. "
                          "The Ostrevan Education Ministry said every coin had been paid.")
    assert source_of(text, "She said the ministry", GRANT) is None


def test_a_named_expert_of_the_country_s_body_speaks_for_herself():
    """"Biologist X of the country's freshwater research institute said": X (the country's word
    does not make the phrase too long to see whom it follows)."""
    registry = [*GENERIC, {"name": "Lise Arvand", "aliases": ["Arvand"]}]
    text = ("KESSIN, Ostreva, Jan 11 (Tallowmere Wire) - Thousands of fish died in the Kess on Sunday. "
            "Biologist Lise Arvand of the country's freshwater research institute said the river would "
            "take three years to recover.")
    assert source_of(text, "Biologist Lise Arvand", registry) == "Lise Arvand"


def test_a_lawyer_for_someone_speaks_for_the_client():
    """"A lawyer for X said his client": X's; "A lawyer for the company said": the company's;
    "A lawyer for X, Y, said": Y, the lawyer named (a guard)."""
    registry = [*GENERIC, {"name": "Pell Ostrander", "aliases": ["Ostrander"]},
                {"name": "Kessin Timber Works", "aliases": []}, {"name": "Ada Wrenn", "aliases": ["Wrenn"]}]
    text = ("KESSIN, Ostreva, Jan 12 (Tallowmere Wire) - Pell Ostrander, who runs the Kessin Timber Works, was "
            "charged on Monday over the fire at its yard. "
            "A lawyer for Ostrander said his client had followed every rule. "
            "A lawyer for the company said it would cooperate with the inquiry. "
            "A lawyer for the company, Ada Wrenn, said the yard had been inspected in May.")
    assert source_of(text, "A lawyer for Ostrander", registry) == "Pell Ostrander"
    assert source_of(text, "A lawyer for the company said", registry) == "Kessin Timber Works"
    assert source_of(text, "A lawyer for the company, Ada", registry) == "Ada Wrenn"


def test_a_person_speaking_of_her_own_staff_s_warning_makes_her_own_claim():
    """"She said her inspectors had warned the council": hers (the held-out sets' writers read
    a head's account of what her people said as her own claim); "... had been warned by her
    inspectors" is left to the nested rules (a guard: not hers by this rule)."""
    registry = [*GENERIC, {"name": "Ostrevan Labour Inspectorate", "aliases": []},
                {"name": "Maren Holt", "aliases": ["Holt"]}, {"name": "Kessin City Council", "aliases": []}]
    text = ("KESSIN, Ostreva, Jan 13 (Tallowmere Wire) - A scaffold collapsed at a building site in Kessin on "
            "Tuesday, injuring four workers. "
            "Maren Holt, who heads the Ostrevan Labour Inspectorate, said the site had been inspected in May. "
            "She said her inspectors had warned the Kessin City Council in June that the scaffold was unsafe.")
    assert source_of(text, "She said her inspectors", registry) == "Maren Holt"


def test_a_company_described_by_its_trade_is_the_body_whose_name_holds_it():
    """"The railway company said" after "X State Railways" and a pest control company were named:
    the railways (its trade word is the description's), not the one plain company; with no
    railway named, "the railway company" is no pest control company's (a guard)."""
    registry = [*GENERIC, {"name": "Ostrevan State Railways", "aliases": []},
                {"name": "Velka Pest Services", "aliases": []},
                {"name": "Ostrevan Railway Workers' Union", "aliases": []}]
    text = ("KESSIN, Ostreva, Jan 10 (Tallowmere Wire) - Bed bugs were found in sleeping cars, Ostrevan State "
            "Railways said on Sunday. "
            "Velka Pest Services, which treated the cars, said the insects were dead. "
            "The Ostrevan Railway Workers' Union said staff had been bitten too. "
            "The railway company said passengers could claim back their fares.")
    assert source_of(text, "The railway company said", registry) == "Ostrevan State Railways"
    plain = [entry for entry in registry if entry["name"] != "Ostrevan State Railways"]
    text = ("KESSIN, Ostreva, Jan 10 (Tallowmere Wire) - Bed bugs were found in sleeping cars on Sunday. "
            "Velka Pest Services, which treated the cars, said the insects were dead. "
            "The railway company said passengers could claim back their fares.")
    assert source_of(text, "The railway company said", plain) is None


def test_it_closing_a_clause_that_opens_with_a_body_described():
    """"The health ministry has sent ..., it said": the ministry the description stands for, not
    the district office that spoke last."""
    registry = [*GENERIC, {"name": "Ostrevan Health Ministry", "aliases": []},
                {"name": "Kessin District Health Office", "aliases": []}]
    text = ("KESSIN, Ostreva, Jan 3 (Tallowmere Wire) - Worms were found in 300 children, the Ostrevan Health "
            "Ministry said on Sunday. "
            "The Kessin District Health Office said the children had bathed in canals. "
            "The health ministry has sent 40,000 doses of a drug to the district, it said.")
    assert source_of(text, "The health ministry has sent", registry) == "Ostrevan Health Ministry"
