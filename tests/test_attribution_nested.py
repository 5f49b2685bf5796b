"""Tests for nested speech and reference rules added for issue 16's fifth and sixth development
sets: directives, more verbs of inner speech, passive agents in apposition, inner pronouns of the
other gender, pronouns after their reported words, titles and company descriptors before names.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found, suggests_within_seconds

PEOPLE = [
    *REGISTRY,
    {"name": "Greta Lindqvist", "aliases": ["Lindqvist"]},
    {"name": "Marek Hollis", "aliases": ["Hollis"]},
    {"name": "Tarvel Motors", "aliases": ["Tarvel"]},
    {"name": "Ostmark Trade Commission", "aliases": []},
]


def test_a_directive_of_a_named_person_is_their_speech():
    """"X said Y had instructed him to ...": Y's; "urged the crew on Monday to" too."""
    text = "Ortiz said Kowalski had instructed him in 2020 to sign the contracts."
    check(text, "Ortiz", "Anna Kowalski", "Kowalski", "instructed")
    text = "Ortiz said Kowalski had urged the crew on Monday morning to stay calm."
    check(text, "Ortiz", "Anna Kowalski", "Kowalski", "urged")


def test_a_directive_of_an_organisation_is_its_own_and_an_order_stays_the_outer_speakers():
    """"the bank had asked Norvex to review" is the bank's request, put in words to Norvex
    (bench/ATTRIBUTION_GUIDE.md; this test expected nobody before, and the outer speaker before
    that: of the gold sets' sentences of this shape, 14 give the inner body and 2 the outer
    speaker); "had ordered a recount" is an act the outer speaker reports."""
    text = "Kowalski said the Bank of Elmar had asked Norvex to review its books."
    check(text, "Kowalski", "Bank of Elmar", "Bank of Elmar", "asked")
    text = "Kowalski said the Bank of Elmar had instructed lenders in May to hold more capital."
    check(text, "Kowalski", "Bank of Elmar", "Bank of Elmar", "instructed")
    text = "Kowalski said Ortiz had ordered a recount of the votes."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")
    text = "Kowalski said the Bank of Elmar had ordered a review of the votes."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")


@pytest.mark.parametrize("verb", ["boasted", "confided to her", "reassured investors", "briefed him"])
def test_more_verbs_of_inner_speech(verb):
    """"Y had boasted that", "had reassured investors in May that", "had briefed him that"."""
    text = f"Kowalski said Ortiz had {verb} in May that the deal was done."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", verb.split()[0])


def test_an_inner_clause_without_that_after_had():
    """"Y had indicated it would bid": Y's; "had said the data would be out" too."""
    text = "Kowalski told lawmakers that Norvex had indicated it would bid for the mine."
    check(text, "Kowalski", "Norvex Group", "Norvex", "indicated")
    text = "Kowalski said the forecast indicated the economy would slow."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")


def test_a_passive_agent_in_apposition_or_described():
    """"had been told by the former minister, Y," is Y's; "by the federation" is the one named."""
    text = "Kowalski said she had been told by the former minister, Rafael Ortiz, that it was over."
    check(text, "Kowalski", "Rafael Ortiz", "Rafael Ortiz", "had been told by")
    text = ("The Elmar Teachers' Federation met on Monday. Kowalski said Norvex had been assured "
            "by the federation that the strike was off.")
    check(text, "Kowalski", "Elmar Teachers' Federation", "the federation", "had been assured by")
    text = "Kowalski said Ortiz had been promised by Norvex that the plant would stay."
    check(text, "Kowalski", "Norvex Group", "Norvex", "had been promised by")


def test_an_inner_pronoun_of_the_other_gender_is_someone_else():
    """"Lindqvist said he had told her": he is not Lindqvist (a woman) but the man before."""
    text = ("Marek Hollis met Greta Lindqvist in Brenna on Monday. Lindqvist said he had told "
            "her that the talks were over.")
    check(text, "Lindqvist said", "Marek Hollis", "he", "told", PEOPLE)
    text = "Marek Hollis met Greta Lindqvist on Monday. Lindqvist said she had told him so."
    assert found(text, "Lindqvist said", PEOPLE).source == "Greta Lindqvist"


def test_a_pronoun_after_the_words_it_reports_is_not_a_person_they_name():
    """"Hollis had 40 percent, she said": she is not Hollis, but the woman before."""
    text = ("Greta Lindqvist read out the results. Marek Hollis had 40 percent and Anna Kowalski "
            "38 percent, she said.")
    check(text, "Marek", "Greta Lindqvist", "she", "said", PEOPLE)
    text = "Rafael Ortiz will not run again, his office said."
    check(text, "Rafael Ortiz", "Rafael Ortiz", "his office", "said")


def test_a_pronoun_after_an_inverted_looking_cue_is_the_clauses_subject():
    """"X's leader, Ana Ruiz, said she had met Ortiz": Ana Ruiz, not Ortiz after "said"."""
    text = "The union's leader, Ana Ruiz, said she had met both Ortiz and Kowalski."
    check(text, "The union", "Ana Ruiz", "Ana Ruiz", "said")


def test_a_corporate_title_and_a_company_descriptor_are_no_part_of_a_name():
    """"Chief Financial Officer Ana Ruiz" names Ana Ruiz; "Carmaker Tarvel" names Tarvel."""
    text = "Chief Financial Officer Ana Ruiz told analysts that costs would fall."
    check(text, "Chief", "Ana Ruiz", "Ana Ruiz", "told")
    text = ("Carmaker Tarvel Motors recalled 2,000 vans on Monday. The Ostmark Trade Commission "
            "said the carmaker had assured it in a letter that no one was hurt.")
    check(text, "The Ostmark", "Tarvel Motors", "the carmaker", "assured", PEOPLE)


def test_a_description_of_a_company_is_not_an_institution_that_spoke():
    """"The commission said ... The chipmaker said": no chipmaker was named, so nothing."""
    text = ("The Ostmark Trade Commission fined two firms on Monday. The chipmaker said it would "
            "appeal.")
    assert found(text, "The chipmaker", PEOPLE) is None


def test_capitalised_modifiers_of_a_role_must_fit_its_holder():
    """"The Green Alliance leader" is not "Opposition leader Hollis"."""
    text = ("Opposition leader Marek Hollis said the vote was rigged. The Green Alliance leader "
            "dismissed that claim as invented.")
    assert found(text, "The Green", PEOPLE) is None


def test_speaking_in_an_interview_with_no_claim_is_no_attribution():
    """"X spoke to the agency in an interview" tells of speaking, not what was said."""
    text = "Rafael Ortiz spoke to the agency at his home in his first interview since May."
    assert found(text, "Rafael") is None


def test_analysts_at_a_described_firm_are_not_the_firm():
    """"Analysts at broker Vell Hanson said": unnamed analysts, no source."""
    text = "Analysts at broker Vell Hanson said the drug could struggle."
    assert found(text, "Analysts", REGISTRY[:6]) is None


@pytest.mark.parametrize("text", [
    "Ruiz said Kowalski had asked " + "him in a b c " * 6000 + "to x.",
    "Ruiz said Kowalski had indicated " + "the a " * 8000 + "would x.",
    "Ruiz said he had been told by " + "the minister, " * 8000 + "Ortiz, that x.",
], ids=["directive", "bare clause", "passive agent"])
def test_new_nested_rules_stay_fast_on_one_long_sentence(text):
    """Each new pattern is bounded; a generous alarm guards against quadratic time."""
    suggests_within_seconds(text, 5)


def test_a_lone_first_name_is_the_one_registered_person_named_before_with_it():
    """"Greta" after "Greta Lindqvist" is her; with two Gretas named, nobody is guessed."""
    text = "Greta Lindqvist testified on Monday. Kowalski said Greta had told her that it was over."
    check(text, "Kowalski", "Greta Lindqvist", "Greta", "told", PEOPLE)
    registry = [*PEOPLE, {"name": "Greta Holm", "aliases": []}]
    text = ("Greta Lindqvist and Greta Holm testified. Kowalski said Greta had told her that it "
            "was over.")
    assert found(text, "Kowalski", registry).source == "Greta"


def test_a_naming_quoted_inside_reported_speech_is_the_inner_speakers():
    """'X said Y had called the plan "reckless"': Y's words."""
    text = "Kowalski told reporters that Ortiz had himself called the plan \u201creckless.\u201d"
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "called")


def test_the_addressee_of_a_document_is_not_its_author():
    """"A letter from X to Y, seen by the agency, said": not Y."""
    text = ("A letter from a Norvex lawyer to Ortiz, seen by the agency, said the deal was "
            "void.")
    suggestion = found(text, "A letter")
    assert suggestion is None or suggestion.source != "Rafael Ortiz"


def test_a_description_is_unsure_when_another_organisation_opens_its_sentence():
    """"Tarvel's board backed the deal, the company said", Norvex the one company named
    before: maybe Tarvel, so nothing."""
    text = ("Norvex Group agreed to buy rival Tarvel Motors on Monday. Tarvel's board backed the "
            "deal, the company said.")
    suggestion = found(text, "Tarvel's", PEOPLE)
    assert suggestion is None or suggestion.source != "Norvex Group"


def test_a_belief_reported_of_a_named_holder_is_theirs():
    """"X said the governor believed the rate would rise": a belief cue (PARC 3.0), Y's; but
    "X said investors believed ..." names nobody, so X's own words."""
    text = "Kowalski said Ortiz believed the rate would rise in May."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "believed")
    text = "Kowalski said investors believed the rate would rise in May."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")


def test_a_call_made_to_say_something_is_the_callers_speech():
    """"Y, she said, had telephoned her in May to say that ...": Y's."""
    text = "Kowalski said Ortiz had telephoned her in May to say that the deal was off."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "telephoned")


def test_a_speech_act_after_had_is_the_actors():
    """"Y had congratulated the board", "Y's board had initially demanded 70 percent"."""
    text = "Kowalski said Ortiz had congratulated the federation on the vote."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "congratulated")
    text = "According to Kowalski, Norvex's board had initially demanded a higher price."
    check(text, "According", "Norvex Group", "Norvex", "initially demanded")


def test_a_rebuttal_of_remarks_is_a_cue():
    """"X dismissed her remarks": X's stance spoken."""
    check("Ortiz dismissed her remarks.", "Ortiz", "Rafael Ortiz", "Ortiz", "dismissed")


def test_a_document_an_organisation_found_something_in_is_its_own():
    """"X found in a study that ...": "the study" later is X's, not a researcher's quoted since."""
    text = ("The Brenna Institute for Water Research found in a study published on Friday that "
            "lakes were shrinking. \u201cWe were surprised,\u201d said Anna Kowalski, its lead "
            "author. The study said warmer summers explained most of the loss.")
    check(text, "The study", "Brenna Institute for Water Research", "The study", "said")


def test_a_promise_to_an_organisations_board_is_the_promisers():
    """"Y had personally promised Norvex's board a launch": Y's commitment."""
    text = "An official who asked not to be named said Ortiz had personally promised Norvex's board a launch."
    check(text, "An official", "Rafael Ortiz", "Ortiz", "promised")


def test_officials_at_a_described_organisation_speak_for_it():
    """"She said officials at the bank had told her": the bank named before."""
    text = ("The Bank of Elmar raised rates. Kowalski said officials at the bank had told her "
            "that more rises would follow.")
    check(text, "Kowalski", "Bank of Elmar", "the bank", "told")


def test_the_former_and_the_latter_are_the_first_and_last_of_two_named():
    """"X and Y debated. The former said ... The latter countered": X, then Y."""
    text = ("Norvex's chief executive, Ana Ruiz, and the union's leader, Marek Hollis, debated on "
            "Friday. The former said wages had risen. The latter countered that prices rose faster.")
    check(text, "The former", "Ana Ruiz", "The former", "said", PEOPLE)
    check(text, "The latter", "Marek Hollis", "The latter", "countered", PEOPLE)
    text = ("Ana Ruiz, Marek Hollis and Rafael Ortiz debated on Friday. The former said wages "
            "had risen.")
    assert found(text, "The former", PEOPLE) is None  # of three, "the former" is unsure


def test_a_passive_nested_verb_without_an_agent_stays_the_outer_speakers():
    """"X told the agency that Y had been warned on Monday that ...": nobody named warned."""
    text = "Kowalski told the agency that Ortiz had been warned on Monday that talks would end."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "told")


def test_an_age_between_a_name_and_its_appositive_is_skipped():
    """"Ruiz, 34, the elder of the two, told the court": Ruiz."""
    text = "Rafael Ortiz, 34, the elder of the two, told the court that he was innocent."
    check(text, "Rafael", "Rafael Ortiz", "Rafael Ortiz", "told")


def test_a_verb_coordinated_with_the_speakers_own_is_no_nested_speech():
    """"In a statement, X apologised and insisted that ...": X's own words."""
    text = "In a short statement read to reporters, Ortiz apologised and insisted that he had paid."
    assert found(text, "In a short").source == "Rafael Ortiz"


def test_a_description_opening_a_clause_with_no_name_speaks_for_and_said():
    """"The colonel showed reporters a map and insisted ...": the colonel named before."""
    text = ("Colonel Rafael Ortiz met reporters on Monday. The colonel showed reporters a map and "
            "insisted there were no troops nearby.")
    check(text, "The colonel", "Rafael Ortiz", "The colonel", "insisted")


def test_a_finding_verb_with_a_parenthetical_adverb():
    """"It ruled, however, that ...": a ruling reported."""
    text = "The Bank of Elmar lost its appeal. It ruled, however, that fees were lawful."
    assert found(text, "It ruled") is not None


def test_a_role_heading_an_of_phrase_before_a_name_is_the_persons():
    """"The speaker of the assembly, Jan Moss," is a speaker: "the former speaker" is him."""
    text = ("The speaker of Elmar's assembly, Rafael Ortiz, resigned on Monday. Kowalski said the "
            "former speaker had told her that the claims were approved.")
    check(text, "Kowalski", "Rafael Ortiz", "the former speaker", "told")


def test_a_document_quoting_someone_as_telling_is_theirs():
    """"The report quotes X as telling a colleague that ...": X's words."""
    text = ("An audit of the Bank of Elmar was published on Monday. The report quotes Ortiz as "
            "telling a colleague in 2022 that the loans were safe.")
    check(text, "The report", "Rafael Ortiz", "Ortiz", "quotes Ortiz as telling")


def test_the_detective_is_the_detective_named_before():
    """"a detective, Jan Moss," then "the detective told inspectors that": Jan Moss."""
    text = ("The audit names a detective, Rafael Ortiz, as a witness. The detective told "
            "inspectors that the files had vanished.")
    check(text, "The detective", "Rafael Ortiz", "The detective", "told")
