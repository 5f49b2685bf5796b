"""Tests for the twenty-third round of attribution rules, written while the hundred-and-eighth
and hundred-and-ninth held-out sets were being written: staff of a site or of a body named by a
possessive in nested speech, short forms of companies' names, and leads closed by a body that
the story names further down.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

COLLEGE = [*GENERIC, {"name": "Orvell College of Music", "aliases": []}, {"name": "Tamsin Garrow", "aliases": []}]
COLLEGE_TEXT = ("ORVELL, Dunmark, Mar 2 (Pellwick Wire) - Teachers at Orvell College of Music have not been paid "
                "since January. "
                "Tamsin Garrow, who teaches the violin there, said the pay office had been closed for weeks. "
                "She said the college's bursar had told teachers in February that the money was on its way.")


@pytest.mark.parametrize("role", ["bursar", "salesman", "dispatcher"])
def test_a_bodys_bursar_or_salesman_in_nested_speech_speaks_for_the_body(role):
    """"She said the college's bursar had told teachers": the college's words (a bursar, a
    salesman, a dispatcher are people who work for a body, as a manager is)."""
    text = COLLEGE_TEXT.replace("bursar", role)
    assert source_of(text, "She said the college's", COLLEGE) == "Orvell College of Music"


MINE = [*GENERIC, {"name": "Keldra Nickel", "aliases": []}, {"name": "Brannoch Mines Ministry", "aliases": []},
        {"name": "Ivo Marsk", "aliases": []}]
MINE_TEXT = ("KELDRA, Dunmark, Mar 3 (Pellwick Wire) - Nine miners were hurt when a roof fell at the Ostry pit "
             "on Monday, its owner Keldra Nickel said. "
             "Ivo Marsk, one of the injured men, said the roof had cracked a week before. "
             "He said the mine's chief geologist had told the crews on Friday that the roof was sound.")


@pytest.mark.parametrize("staff", ["the mine's chief geologist", "the mine's engineers", "the pit's senior surveyor"])
def test_a_sites_senior_staff_or_staff_in_the_plural_speak_for_its_operator(staff):
    """"the mine's chief geologist had told the crews": the one company that runs the mine."""
    text = MINE_TEXT.replace("the mine's chief geologist", staff)
    assert source_of(text, "He said the", MINE) == "Keldra Nickel"


@pytest.mark.parametrize("staff", ["the mine's night watchman", "the district's medical officer",
                                   "the pit's caretaker"])
def test_a_sites_lone_worker_or_a_places_officer_is_not_taken_for_its_operator(staff):
    """A lone watchman or caretaker may speak for himself, and a district's officer is no
    company's: no suggestion for the operator."""
    text = MINE_TEXT.replace("the mine's chief geologist", staff)
    assert source_of(text, "He said the", MINE) != "Keldra Nickel"


RESORT = [*GENERIC, {"name": "Vellin Resorts", "aliases": []}, {"name": "Dunmark Weather Service", "aliases": []},
          {"name": "Hald Oster", "aliases": []}]
RESORT_TEXT = ("VELLIN, Dunmark, Mar 4 (Pellwick Wire) - A chair lift stopped for two hours in a gale on Sunday. "
               "The resort is run by Vellin Resorts. "
               "The Dunmark Weather Service said it had warned of gales on Saturday. "
               "A lift operator, Hald Oster, said the gauge had been broken since December. "
               "He said the resort's chief engineer had told operators to judge the wind by eye. "
               "Oster said Vellin had told the ministry in writing that the gauge worked.")


def test_a_resorts_staff_speak_for_the_company_whose_name_holds_resorts():
    """"the resort's chief engineer": Vellin Resorts (a company by "Resorts"), not the weather
    service named nearer."""
    assert source_of(RESORT_TEXT, "He said the resort's", RESORT) == "Vellin Resorts"


def test_the_first_word_of_a_companys_name_alone_is_that_company():
    """"Oster said Vellin had told the ministry": Vellin Resorts, by the word that opens its name."""
    assert source_of(RESORT_TEXT, "Oster said Vellin", RESORT) == "Vellin Resorts"


def test_a_first_word_that_a_persons_name_also_holds_is_left_alone():
    """When a registered person is also called Vellin, "Vellin had told" is not the company."""
    registry = [*RESORT, {"name": "Mara Vellin", "aliases": []}]
    text = RESORT_TEXT.replace("A lift operator, Hald Oster,", "A lift operator, Mara Vellin, said so. Hald Oster")
    assert source_of(text, "Oster said Vellin", registry) != "Vellin Resorts"


OFFICES = [*GENERIC, {"name": "Dunmark Vehicle Records Office", "aliases": []},
           {"name": "Orvell City Health Office", "aliases": []}, {"name": "Pell Test Centre", "aliases": []}]
OFFICES_TEXT = ("ORVELL, Dunmark, Mar 5 (Pellwick Wire) - Testing centres in Orvell passed 4,000 lorries that were "
                "never tested, the government office that licenses vehicles found in an audit released on Monday. "
                "No lorry can be licensed without a certificate. "
                "Each test is logged with the time it was done. "
                "The Dunmark Vehicle Records Office said three centres issued most of the false certificates. "
                "Asthma cases rose by a third, according to the Orvell City Health Office.")


def test_a_lead_closed_by_a_government_office_is_the_first_office_the_story_names():
    """"..., the government office that licenses vehicles found": the first office named after
    the lead (three sentences on), not the health office named later."""
    assert source_of(OFFICES_TEXT, "ORVELL, Dunmark", OFFICES) == "Dunmark Vehicle Records Office"


def test_a_lead_closed_by_an_office_with_no_state_word_stays_unsure_of_two_offices():
    """"..., an office that licenses vehicles found": two offices named later, no word to tell."""
    text = OFFICES_TEXT.replace("the government office", "an office")
    assert source_of(text, "ORVELL, Dunmark", OFFICES) is None


AUDIT = [*GENERIC, {"name": "Dunmark Audit Office", "aliases": []}, {"name": "Kell Stores", "aliases": []},
         {"name": "Dunmark Labour Inspectorate", "aliases": []}, {"name": "Orvell Salt", "aliases": []}]
AUDIT_TEXT = ("ORVELL, Dunmark, Mar 6 (Pellwick Wire) - Village stores kept a third of a food subsidy, the "
              "country's state auditor found in a review of the scheme published on Saturday. "
              "The subsidy is paid to retailers for every kilogram of food they fly north. "
              "It cost the state 96 million last year. "
              "The Dunmark Audit Office said the largest chain, Kell Stores, passed on half of it.")
SALT_TEXT = ("ORVELL, Dunmark, Mar 7 (Pellwick Wire) - A salt company paid no pension contributions for 20 years, "
             "labour inspectors concluded in a report they made public on Wednesday. "
             "The Dunmark Labour Inspectorate said Orvell Salt had declared its workers seasonal.")


def test_a_lead_closed_by_the_state_auditor_is_the_audit_office_named_three_sentences_on():
    """A long time phrase after the cue ("in a review of the scheme published on Saturday") and
    the audit office named only in the fourth sentence: still that office."""
    assert source_of(AUDIT_TEXT, "ORVELL, Dunmark", AUDIT) == "Dunmark Audit Office"


def test_a_lead_closed_by_labour_inspectors_with_no_determiner_is_the_inspectorate_named_next():
    """"..., labour inspectors concluded in a report they made public": the inspectorate."""
    assert source_of(SALT_TEXT, "ORVELL, Dunmark", AUDIT) == "Dunmark Labour Inspectorate"


TYRES = [*GENERIC, {"name": "Egon Varsk", "aliases": []}, {"name": "Dunmark Road Safety Board", "aliases": []}]
TYRES_TEXT = ("ORVELL, Dunmark, Mar 8 (Pellwick Wire) - Old tyres were sold as new, the Dunmark Road Safety Board "
              "said. Egon Varsk, a lorry driver, said one of his tyres burst on the motorway. "
              "He said the dealer's salesman had sworn to him that they came straight from the factory.")


@pytest.mark.parametrize("someone", ["the dealer's salesman", "one of the fitters", "the garage's sales office"])
def test_a_described_third_party_swearing_to_the_speaker_is_not_the_speakers_claim(someone):
    """"He said the dealer's salesman had sworn to him that ...": the salesman's words, whom no
    entry stands for, so nothing (not the driver, who only reports them)."""
    text = TYRES_TEXT.replace("the dealer's salesman", someone)
    assert source_of(text, "He said ", TYRES) is None


def test_a_thing_confirming_to_the_speaker_is_still_the_speakers_claim():
    """"He said the tests had confirmed to him that ...": no one speaks; his words."""
    text = TYRES_TEXT.replace("the dealer's salesman had sworn to him", "the tests had confirmed to him")
    assert source_of(text, "He said the", TYRES) == "Egon Varsk"


LOSS = [*GENERIC, {"name": "Dunmark Audit Office", "aliases": []}, {"name": "Orvell Builders", "aliases": []},
        {"name": "Ines Varga", "aliases": []}]
LOSS_TEXT = ("ORVELL, Dunmark, Mar 9 (Pellwick Wire) - A school built in 2027 has cracked, the Dunmark Audit Office "
             "said on Monday. It put the loss to the treasury at about 14 million crowns. "
             "Orvell Builders said the ground had moved. "
             "The auditor recommended that Orvell Builders be barred from public contracts. "
             "Ines Varga, a parent, said the cracks had opened in March.")


@pytest.mark.parametrize("estimate", ["It put the loss to the treasury at about 14 million crowns.",
                                      "It put the dead at two women and a boy.",
                                      "It put the refunds paid this year at 212 million crowns."])
def test_putting_a_figure_at_a_sum_or_count_is_an_estimate_said(estimate):
    """"It put the loss to the treasury at about 14 million": the body's estimate (any words
    between the noun and "at", before a count or a sum)."""
    text = LOSS_TEXT.replace("It put the loss to the treasury at about 14 million crowns.", estimate)
    assert source_of(text, estimate[:12], LOSS) == "Dunmark Audit Office"


def test_putting_something_somewhere_is_no_estimate():
    """"It put the school at risk" and "put the boxes at the door" say nothing."""
    for act in ("It put the children at risk of harm.", "It put the boxes at the door."):
        text = LOSS_TEXT.replace("It put the loss to the treasury at about 14 million crowns.", act)
        assert source_of(text, act[:12], LOSS) is None


def test_the_auditor_with_no_person_named_so_is_the_audit_office():
    """"The auditor recommended that ...": the one audit body named before."""
    assert source_of(LOSS_TEXT, "The auditor recommended", LOSS) == "Dunmark Audit Office"


def test_the_auditor_named_before_as_a_person_is_that_person():
    """"Auditor-General Ines Varga" named before: "the auditor" is she, not the office."""
    text = LOSS_TEXT.replace("Orvell Builders said the ground had moved.",
                             "The office is led by Auditor Ines Varga.")
    assert source_of(text, "The auditor recommended", LOSS) != "Dunmark Audit Office"


CHOCOLATE = [*GENERIC, {"name": "Dunmark Food and Veterinary Board", "aliases": []},
             {"name": "Orvell Sweets", "aliases": []}, {"name": "Orvell Search and Rescue", "aliases": []},
             {"name": "Orvell Shipping Agents' Group", "aliases": []}]
CHOCOLATE_TEXT = ("ORVELL, Dunmark, Mar 10 (Pellwick Wire) - A confectioner has recalled 21,000 chocolate bars sold as "
                  "free of nuts, the country's food safety board said on Monday. "
                  "It said seven children had suffered allergic reactions. "
                  "Orvell Sweets makes the bars in a plant outside the capital. "
                  "The Dunmark Food and Veterinary Board has ordered the plant closed.")


def test_a_lead_body_named_later_with_one_word_of_its_description_and_its_noun():
    """"the country's food safety board said": the "Dunmark Food and Veterinary Board" named later
    (its noun and one of the description's words), and "It said" after the lead with it."""
    assert source_of(CHOCOLATE_TEXT, "ORVELL, Dunmark", CHOCOLATE) == "Dunmark Food and Veterinary Board"
    assert source_of(CHOCOLATE_TEXT, "It said seven", CHOCOLATE) == "Dunmark Food and Veterinary Board"


def test_a_lead_body_with_two_boards_each_holding_a_word_of_its_description_stays_unsure():
    """A "Dunmark Food Standards Board" and a "Dunmark Safety Board" named later: no suggestion."""
    registry = [*GENERIC, {"name": "Dunmark Food Standards Board", "aliases": []},
                {"name": "Dunmark Safety Board", "aliases": []}, {"name": "Orvell Sweets", "aliases": []}]
    text = CHOCOLATE_TEXT.replace("The Dunmark Food and Veterinary Board has ordered the plant closed.",
                                  "The Dunmark Food Standards Board and the Dunmark Safety Board met.")
    assert source_of(text, "ORVELL, Dunmark", registry) is None


@pytest.mark.parametrize("closing, named", [
    ("the local search and rescue service said", "Orvell Search and Rescue"),
    ("an association of shipping agents said", "Orvell Shipping Agents' Group"),
])
def test_a_lead_body_described_by_local_words_or_an_of_phrase_is_the_one_named_later(closing, named):
    """"the local search and rescue service" ("local" ties no name) and "an association of
    shipping agents" (the words after "of" are the description's too)."""
    text = (f"ORVELL, Dunmark, Mar 11 (Pellwick Wire) - Two hikers died when a cliff fell on Monday, {closing}. "
            "The path had been closed in 2027. Walkers had used it for a century. "
            f"The {named} put the cost at 40,000 crowns.")
    assert source_of(text, "ORVELL, Dunmark", CHOCOLATE) == named


POOL = [*GENERIC, {"name": "Hanne Dorr", "aliases": []}, {"name": "Orvell Leisure", "aliases": []}]
POOL_TEXT = ("ORVELL, Dunmark, Mar 12 (Pellwick Wire) - Eleven children were treated after chlorine leaked into a "
             "pool on Sunday, Orvell Leisure said. Hanne Dorr, whose son was in the pool, said the air had smelled "
             "of bleach. She said nobody from the pool had told parents that the pump had failed.")


@pytest.mark.parametrize("nobody", ["nobody from the pool had told parents",
                                    "no one at the pool or at the company's office had told parents",
                                    "it took ten minutes before anyone told parents"])
def test_nobody_described_at_length_told_is_no_inner_speech_but_the_speakers_claim(nobody):
    """"She said nobody from the pool had told parents that ...": no one told them, so it is her
    claim (as "nobody had told them" was), also with a long description of who, and "before
    anyone told"."""
    text = POOL_TEXT.replace("nobody from the pool had told parents", nobody)
    assert source_of(text, "She said", POOL) == "Hanne Dorr"


def test_someone_from_the_pool_who_told_is_still_inner_speech():
    """"She said a lifeguard from the pool had told parents that ...": his words, not hers."""
    text = POOL_TEXT.replace("nobody from the pool had told parents", "a lifeguard from the pool had told parents")
    assert source_of(text, "She said", POOL) != "Hanne Dorr"


PILOTS = [*GENERIC, {"name": "Kell Air", "aliases": []}, {"name": "Ruben Osk", "aliases": []}]
PILOTS_TEXT = ("ORVELL, Dunmark, Mar 13 (Pellwick Wire) - Two planes flew for months with oil leaks, "
               "Kell Air admitted. "
               "Its owner, Ruben Osk, said the paperwork had been sloppy. "
               "A Kell Air pilot, who asked not to be named, said the leaks had been reported in May. "
               "He said Osk had told pilots to write them up as normal. "
               "\u201cYou learn which questions not to ask,\u201d the pilot said.")


def test_the_unnamed_pilot_again_after_his_own_nested_sentence_is_the_anonymous_entry():
    """"He said Osk had told pilots ..." (Osk's claim, the pilot its outer speaker) does not hide
    the pilot described two sentences before: "the pilot said" is the anonymous entry."""
    assert source_of(PILOTS_TEXT, "\u201cYou learn", PILOTS) == "anonymous official"


def test_what_someone_had_said_is_no_claim_of_theirs():
    """"Osk did not answer questions about what the pilot had said": no claim of the pilot's."""
    text = PILOTS_TEXT + " Osk did not answer questions about what the pilot had said."
    assert source_of(text, "Osk did not answer", PILOTS) is None


WATCHDOG = [*GENERIC, {"name": "Dunmark Consumer Authority", "aliases": []}, {"name": "Kell Motors", "aliases": []},
            {"name": "Ansel Brook", "aliases": []}]
WATCHDOG_TEXT = ("ORVELL, Dunmark, Mar 14 (Pellwick Wire) - A car dealer sold flooded cars as new, the country's "
                 "consumer watchdog said. The Dunmark Consumer Authority said the dealer, Kell Motors, had dried the "
                 "cars at a warehouse. Its inspectors found salt crystals inside the door panels of 40 cars. "
                 "Ansel Brook, who heads the authority, said his engineers had warned the dealer in May. "
                 "Buyers said nobody from its staff had told them the cars had been under water.")


@pytest.mark.parametrize("staff", ["Its inspectors found", "Its analysts said", "Its own engineers found that"])
def test_a_bodys_staff_by_its_speak_for_the_body(staff):
    """"Its inspectors found salt crystals ...": the body "its" stands for (the subject before)."""
    text = WATCHDOG_TEXT.replace("Its inspectors found", staff)
    assert source_of(text, staff, WATCHDOG) == "Dunmark Consumer Authority"


def test_a_heads_staff_by_his_are_left_as_they_were():
    """"his engineers had warned the dealer": not made the head's own by this rule."""
    assert source_of(WATCHDOG_TEXT, "Ansel Brook", WATCHDOG) != "Dunmark Consumer Authority"


def test_nobody_from_its_staff_told_them_is_no_ones_claim():
    """"Buyers said nobody from its staff had told them ...": no one of its staff spoke."""
    assert source_of(WATCHDOG_TEXT, "Buyers said", WATCHDOG) is None


SHIP = [*GENERIC, {"name": "University of Orvell", "aliases": []}, {"name": "Catrin Moll", "aliases": []}]
SHIP_TEXT = ("ORVELL, Dunmark, Mar 15 (Pellwick Wire) - Dunmark's only research ship has been held in a shipyard "
             "since November over an unpaid bill, the university that owns it said on Friday. "
             "The University of Orvell said the ship had missed five surveys. "
             "Catrin Moll, who leads the survey, said the gap could not be filled.")


def test_the_object_of_a_relative_clause_before_the_verb_is_not_its_speaker():
    """"..., the university that owns it said": not "it" (Dunmark), but the university named next."""
    assert source_of(SHIP_TEXT, "ORVELL, Dunmark", SHIP) == "University of Orvell"


HUNTERS = [*GENERIC, {"name": "Orvell Island Council", "aliases": []}, {"name": "Teina Moll", "aliases": []}]
HUNTERS_TEXT = ("ORVELL, Dunmark, Mar 16 (Pellwick Wire) - Crab hunters on Orvell are still selling to smugglers, "
                "the Orvell Island Council said. Teina Moll, its chairwoman, said the ban was ignored. "
                "A hunter on the island, who met Pellwick Wire on the beach and would give no name, said buyers "
                "paid 40 crowns a crab.")


@pytest.mark.parametrize("clause", ["who met Pellwick Wire on the beach and would give no name",
                                    "anonymous at his own request",
                                    "too frightened of the buyers to be named",
                                    "whose identity Pellwick Wire is keeping back at his request",
                                    "interviewed on the understanding that he would be kept nameless"])
def test_a_clause_set_off_by_commas_that_keeps_a_name_back_makes_an_anonymous_speaker(clause):
    """However worded, a clause between commas after someone described that keeps the name back
    ("would give no name", "anonymous at his own request", "too frightened ... to be named")."""
    text = HUNTERS_TEXT.replace("who met Pellwick Wire on the beach and would give no name", clause)
    assert source_of(text, "A hunter on the island", HUNTERS) == "anonymous official"


@pytest.mark.parametrize("clause", ["named by police as Ivo Marsk", "whose identity card was stolen",
                                    "whose brother gave his name to the island"])
def test_a_clause_naming_someone_or_speaking_of_an_identity_card_is_no_anonymity(clause):
    """"named by police as ...", "whose identity card ...": no name kept back, so not the
    anonymous entry."""
    text = HUNTERS_TEXT.replace("who met Pellwick Wire on the beach and would give no name", clause)
    assert source_of(text, "A hunter on the island", HUNTERS) != "anonymous official"


BANK = [*GENERIC, {"name": "Dunmark Central Bank", "aliases": []}, {"name": "Vela Absak", "aliases": []},
        {"name": "Kell Money", "aliases": []}]
BANK_TEXT = ("ORVELL, Dunmark, Mar 17 (Pellwick Wire) - Kell Money froze 42,000 accounts last month. "
             "The Dunmark Central Bank denied asking for any accounts to be frozen. "
             "Its governor, Vela Absak, said the bank had told all operators in June to finish their checks by "
             "December.")


@pytest.mark.parametrize("role", ["governor", "deputy governor", "commissioner"])
def test_a_governor_named_after_its_speaks_of_her_own_bank_in_her_own_words(role):
    """"Its governor, X, said the bank had told all operators ...": her words of her own bank, as
    "Its chair, X, said the board had warned" was (a governor heads a bank as a chair does)."""
    text = BANK_TEXT.replace("Its governor", f"Its {role}")
    assert source_of(text, "Its ", BANK) == "Vela Absak"


def test_a_verb_inside_the_clause_that_keeps_a_name_back_is_no_cue():
    """"An engineer at the company, unnamed here because Kell Money has warned its staff off the
    press, said ...": "warned" is the reason for the anonymity, not a claim; the engineer speaks."""
    text = (BANK_TEXT + " An engineer at the company, unnamed here because Kell Money has warned its staff off the "
            "press, said the rule that froze the accounts had been written in a single night.")
    assert source_of(text, "An engineer at the company", BANK) == "anonymous official"


def test_an_anonymous_speaker_after_the_clause_is_still_the_speaker():
    """"..., a firefighter who requested anonymity told Pellwick Wire.": "told" is the firefighter's
    verb, after the clause, not inside it."""
    text = (BANK_TEXT + " Some traders had queued for two days, a cashier who requested anonymity told "
            "Pellwick Wire.")
    assert source_of(text, "Some traders", BANK) == "anonymous official"


LEADS = [*GENERIC, {"name": "Dunmark Association of Money Agents", "aliases": []},
         {"name": "Kell Money", "aliases": []},
         {"name": "Dunmark Environment Agency", "aliases": []}, {"name": "Orvell Rare Earths", "aliases": []},
         {"name": "Ada Vell", "aliases": []}, {"name": "Orvell Language House", "aliases": []}]


@pytest.mark.parametrize("lead, next_sentence, speaker", [
    ("Kell Money has frozen 42,000 accounts, a group representing the company's agents said on Monday.",
     "The Dunmark Association of Money Agents said the accounts were blocked without notice.",
     "Dunmark Association of Money Agents"),
    ("Mines above Orvell have poisoned a stream, government scientists found in tests published on Wednesday.",
     "The water held cadmium at six times the limit, according to the Dunmark Environment Agency.",
     "Dunmark Environment Agency"),
    ("The only school teaching in Orvell's old language will close, its principal said on Friday.",
     "Ada Vell, who has run the Orvell Language House since 2014, said it could not pay its teachers.",
     "Ada Vell"),
])
def test_leads_closed_by_a_participle_state_scientists_or_a_principal(lead, next_sentence, speaker):
    """"a group representing the company's agents", "government scientists found" (the state body
    named next) and "its principal said" (the one who runs it, named next)."""
    text = f"ORVELL, Dunmark, Mar 18 (Pellwick Wire) - {lead} {next_sentence} Orvell Rare Earths did not comment."
    assert source_of(text, "ORVELL, Dunmark", LEADS) == speaker


def test_state_scientists_are_not_the_company_named_next():
    """"government scientists found": not the mining company the next sentence names."""
    text = ("ORVELL, Dunmark, Mar 18 (Pellwick Wire) - Mines above Orvell have poisoned a stream, government "
            "scientists found in tests published on Wednesday. Orvell Rare Earths said its ponds were sealed.")
    assert source_of(text, "ORVELL, Dunmark", LEADS) is None


FUNERALS = [*GENERIC, {"name": "La Hougue Crematorium", "aliases": []}, {"name": "Piers Ozanne", "aliases": []},
            {"name": "Orvell Water", "aliases": []}]
FUNERALS_TEXT = ("ORVELL, Dunmark, Mar 19 (Pellwick Wire) - Ashes were mixed up at La Hougue Crematorium, "
                 "families said. "
                 "Piers Ozanne, an undertaker, said he had complained in 2029. "
                 "He said a crematorium technician had told his driver that the ovens were run two at a time.")


def test_staff_described_by_the_word_that_ends_one_bodys_name_speak_for_it():
    """"a crematorium technician": the one body named before whose name "crematorium" ends."""
    assert source_of(FUNERALS_TEXT, "He said a crematorium", FUNERALS) == "La Hougue Crematorium"


def test_staff_described_by_a_word_inside_a_name_but_not_ending_it_stay_unsure():
    """"a water engineer" is no staff of "Orvell Water Board" by that word alone (it does not end
    the name)."""
    registry = [*FUNERALS, {"name": "Orvell Water Board", "aliases": []}]
    text = FUNERALS_TEXT.replace("at La Hougue Crematorium, families said.",
                                 "at La Hougue Crematorium, families said, and the Orvell Water Board cut supply.")
    text = text.replace("a crematorium technician", "a water engineer")
    assert source_of(text, "He said a water", registry) != "Orvell Water Board"


def test_told_someone_a_clause_whose_verb_is_quoted_is_a_claim_told():
    """"a member of the X Council had told hunters the ban \u201cstops at the reef\u201d": the council's
    claim (a clause without "that", its verb inside the quote)."""
    registry = [*HUNTERS, {"name": "Kai Rua", "aliases": []}]
    text = (HUNTERS_TEXT + " Kai Rua, a hunter, said the ban was ignored. He said a member of the Orvell Island "
            "Council had told hunters the ban \u201cstops at the reef\u201d.")
    assert source_of(text, "He said a member", registry) == "Orvell Island Council"


CAUSEWAY = [*GENERIC, {"name": "Dunmark Transport Ministry", "aliases": []},
            {"name": "Dunmark Fisheries Ministry", "aliases": []}, {"name": "Teariki Vell", "aliases": []}]
CAUSEWAY_TEXT = ("ORVELL, Dunmark, Mar 20 (Pellwick Wire) - Rock dumped in a lagoon channel has killed its fish, "
                 "Teariki Vell, a fisherman, said. The Dunmark Fisheries Ministry said it would send inspectors. "
                 "The airstrip was lengthened last year for the Dunmark Transport Ministry. "
                 "A transport ministry engineer, who asked not to be named, said the rock came from the works. "
                 "He said ministry managers had assured the contractor that the rock could stay until the rains.")


def test_ministry_managers_reported_by_an_unnamed_ministry_engineer_are_his_ministrys():
    """"A transport ministry engineer ... He said ministry managers had assured ...": his own
    ministry (the one whose name holds "transport ministry"), not the other ministry."""
    assert source_of(CAUSEWAY_TEXT, "He said ministry managers", CAUSEWAY) == "Dunmark Transport Ministry"


def test_hospital_managers_reported_by_a_ministry_engineer_are_not_his_ministrys():
    """"hospital managers": another institution than his ministry, so not the ministry."""
    text = CAUSEWAY_TEXT.replace("ministry managers had", "hospital managers had")
    assert source_of(text, "He said hospital managers", CAUSEWAY) not in ("Dunmark Transport Ministry",
                                                                         "Dunmark Fisheries Ministry")


AVOCADO = [*GENERIC, {"name": "Tatu Mfeni", "aliases": []}, {"name": "Dunmark Horticulture Board", "aliases": []}]
AVOCADO_TEXT = ("ORVELL, Dunmark, Mar 21 (Pellwick Wire) - Avocado growers sold early to brokers this year. "
                "Tatu Mfeni, who grows avocados near Orvell, said she had sold her crop in January. "
                "She said officers from the Dunmark Horticulture Board had told farmers not to sell before April. "
                "\u201cNobody listened, because the broker had cash.\u201d")


def test_a_quote_after_nested_speech_goes_on_with_the_outer_speaker():
    """'She said officers from the board had told farmers not to sell. "Nobody listened."': the
    quote is hers (the outer speaker's), not the board's."""
    assert source_of(AVOCADO_TEXT, "She said officers", AVOCADO) == "Dunmark Horticulture Board"
    assert source_of(AVOCADO_TEXT, "\u201cNobody listened", AVOCADO) == "Tatu Mfeni"


COLLEGE2 = [*GENERIC, {"name": "Halden College of Management", "aliases": []}, {"name": "Mira Osk", "aliases": []},
            {"name": "Orvell Veterinary Institute", "aliases": []}]
COLLEGE2_TEXT = ("ORVELL, Dunmark, Mar 22 (Pellwick Wire) - Halden College of Management sold degrees to 700 civil "
                 "servants, prosecutors said. Mira Osk, who taught there, said classes were never held. "
                 "She said the registrar had told teachers that the ministry knew. "
                 "She said colleagues at the Orvell Veterinary Institute had told her the same about its courses.")


@pytest.mark.parametrize("prefix, source", [("She said the registrar", "Halden College of Management"),
                                            ("She said colleagues at", "Orvell Veterinary Institute")])
def test_a_colleges_registrar_and_colleagues_at_a_named_body_speak_for_it(prefix, source):
    """"the registrar had told teachers" (a college's officer, as its bursar is) and "colleagues
    at the X Institute had told her" (staff with no determiner, at a body named)."""
    assert source_of(COLLEGE2_TEXT, prefix, COLLEGE2) == source


FISH = [*GENERIC, {"name": "Orvell Seafoods", "aliases": []}, {"name": "Dunmark Fisheries Authority", "aliases": []},
        {"name": "Gerd Manner", "aliases": []}]
FISH_TEXT = ("ORVELL, Dunmark, Mar 23 (Pellwick Wire) - The Dunmark Fisheries Authority suspended the licence of "
             "Orvell Seafoods on Monday. Gerd Manner, who leads the workers' union, said managers at the plant had "
             "told the workers they would not be paid until the licence was restored.")


def test_staff_of_a_site_are_the_operators_not_the_state_body_named_with_it():
    """"managers at the plant": of a company and a state authority named just before, the company
    (the authority's people are officials, not managers)."""
    assert source_of(FISH_TEXT, "Gerd Manner", FISH) == "Orvell Seafoods"


def test_a_head_speaking_of_what_his_cooperative_wrote_speaks_for_himself():
    """"X said his cooperative wrote to the ministry asking it to drill wells": his own body's
    letter, his words (as "his union had written" was), not nobody's."""
    registry = [*GENERIC, {"name": "Diyan Kurd", "aliases": ["Kurd"]}, {"name": "Orvell Water Ministry", "aliases": []}]
    text = ("ORVELL, Dunmark, Mar 24 (Pellwick Wire) - Date palms are dying in the oasis, growers said. "
            "Diyan Kurd, who heads the growers' cooperative, said the wells had dried. "
            "Kurd said his cooperative wrote to the water ministry in February asking it to drill wells in the oasis.")
    assert source_of(text, "Kurd said his cooperative", registry) == "Diyan Kurd"


def test_a_cue_word_after_a_determiner_ending_the_clause_is_a_noun():
    """"The dealer who bought the sheets was not named in the report.": "report" is a noun here,
    and "was not named" no anonymous speaker's."""
    registry = [*GENERIC, {"name": "Dunmark Ombudsman", "aliases": []}]
    text = ("ORVELL, Dunmark, Mar 25 (Pellwick Wire) - The postal company sold misprinted stamps to a dealer, "
            "the Dunmark Ombudsman said. The dealer who bought the sheets was not named in the report.")
    assert source_of(text, "The dealer who", registry) is None


CITY = [*GENERIC, {"name": "Orvell City Assembly", "aliases": []}, {"name": "Ines Torp", "aliases": []}]
CITY_TEXT = ("ORVELL, Dunmark, Mar 26 (Pellwick Wire) - Bars in Orvell must close at midnight under a rule passed "
             "by the Orvell City Assembly on Monday. Ines Torp, who runs a bar in the old town, said the rule "
             "would ruin her. She said city inspectors had told bar owners that the law set no hour, only a level.")


@pytest.mark.parametrize("staff", ["city inspectors", "supervisors at city hall", "a clerk at city hall"])
def test_the_citys_own_staff_speak_for_the_body_that_governs_it(staff):
    """"city inspectors", "supervisors at city hall" (no "the"): the city's governing body, here
    a city assembly."""
    text = CITY_TEXT.replace("city inspectors", staff)
    assert source_of(text, "She said", CITY) == "Orvell City Assembly"
