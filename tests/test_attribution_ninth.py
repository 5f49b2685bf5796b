"""Tests for the rules added while generalising on the development sets 6 to 9: time adverbs
before a cue, a person heading "X of the Y", runs of appositives, roles by their hyponyms and
by their organisation ("the agency's director"), "she" after an unnamed spokeswoman, "it" after
a described organisation, passive agents that are no one sure, requests, and a table of
nested verbs whose kinds the rules read.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import re

import pytest

from annotate.attribution_cues import NESTED_KINDS, NESTED_VERB, nested_kind
from tests.test_attribution_across import REGISTRY, check, found, suggests_within_seconds

# --- the table of nested verbs ----------------------------------------------------------------


def test_every_kind_of_nested_verb_is_a_group_of_the_pattern():
    """NESTED_VERB is built from the table: one named group per row, each read back by
    nested_kind."""
    assert set(NESTED_VERB.groupindex) == set(NESTED_KINDS)
    cue = NESTED_VERB.search("Y had asked her for two helicopters.")
    assert cue is not None and nested_kind(cue).kind == "request"
    cue = NESTED_VERB.search("Y had indicated that it would bid.")
    assert cue is not None and nested_kind(cue).kind == "weak_clause"


# --- reporting verbs and subjects -------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["so far", "thus far"])
def test_a_time_adverb_of_two_words_before_the_cue(adverb):
    """"X has so far insisted that": X's."""
    check(f"Kowalski has {adverb} insisted that the rate is right.", "Kowalski", "Anna Kowalski",
          "Kowalski", "insisted")


def test_a_person_heading_a_phrase_with_an_organisation():
    """"Brannoc Hale of the Elmar Consumer Council urged ...": Hale (a person of an
    organisation, whose first name no list holds), then "he" is Hale."""
    text = ("Brannoc Hale of the Elmar Consumer Council urged the bank to publish its figures. "
            "He said families were paying twice as much for bread.")
    check(text, "Brannoc", "Brannoc Hale", "Brannoc Hale", "urged")
    assert found(text, "He said").source == "Brannoc Hale"


def test_residents_of_a_place_are_no_person():
    """"Residents of Korsa said": not a person heading the phrase."""
    assert found("Residents of Korsa said the water was brown.", "Residents") is None


def test_a_name_before_a_run_of_appositives():
    """"Ilka Senn, head teacher of Ravel Primary, one of the two schools, said": Ilka Senn."""
    text = "Ilka Senn, head teacher of Ravel Primary, one of the two schools, said she heard of it late."
    check(text, "Ilka", "Ilka Senn", "Ilka Senn", "said")


def test_no_run_of_appositives_across_a_list_or_a_clause():
    """A list of names or a clause between the commas is no run of appositives."""
    suggestion = found("Ilka Senn, Tom Hale and Ana Ruiz, all teachers, said they would stay.", "Ilka")
    assert suggestion is None or suggestion.source != "Ilka Senn"
    text = "Ilka Senn, who had taught there, was dismissed, the school said in May."
    suggestion = found(text, "Ilka")
    assert suggestion is None or suggestion.source != "Ilka Senn"


def test_a_person_with_a_role_in_apposition_without_an_article():
    """"Lena Varga, head of the Elmar Teachers' Federation, called ...": Varga, not the
    federation."""
    text = ("Federation head Lena Varga spoke first. Lena Varga, head of the Elmar Teachers' "
            "Federation, called the plan \u201ca disgrace.\u201d")
    check(text, "Lena Varga, head", "Lena Varga", "Lena Varga", "called")


def test_an_office_in_a_coordinated_clause():
    """"Kowalski's office did not dispute it but said ...": Kowalski's."""
    text = "Kowalski's office did not dispute the account but said no promise had been made."
    assert found(text, "Kowalski").source == "Anna Kowalski"


# --- references -------------------------------------------------------------------------------


def test_the_researcher_is_the_scientist_named_before():
    """"the researcher" fits a hydrologist or a scientist named before."""
    text = ("\u201cWe did not expect this,\u201d said Maria Lind, a hydrologist at the Brenna Institute "
            "for Water Research. The researcher warned that the lake would shrink by half.")
    check(text, "The researcher", "Maria Lind", "The researcher", "warned")


def test_she_after_an_unnamed_spokeswoman_is_her_organisation():
    """"A Norvex spokeswoman said ... She said ...": Norvex."""
    text = ("A Norvex spokeswoman said the plant would reopen in May. "
            "She said its workers would be paid in full.")
    assert found(text, "She said").source == "Norvex Group"


def test_it_after_a_sentence_opened_by_a_described_organisation():
    """"The federation has hired ... It said": the federation named before."""
    text = ("The Elmar Teachers' Federation called a strike on Monday. Norvex said it would close a plant. "
            "The federation has hired two lawyers. It said the case would go to the supreme court.")
    assert found(text, "It said").source == "Elmar Teachers' Federation"


def test_the_organisations_role_holder():
    """"the bank's director" is the one person named before as the bank's director, in nested
    speech and after "quoted"; with none named, the bank."""
    text = ("Bank director Ilse Marren said rates would stay. "
            "Ortiz said the bank's director had told him in May that rates would rise.")
    assert found(text, "Ortiz").source == "Ilse Marren"
    text = ("Bank director Ilse Marren said rates would stay. "
            "Ortiz quoted the bank's director as saying rates would rise.")
    assert found(text, "Ortiz").source == "Ilse Marren"
    text = ("The Bank of Elmar kept rates on hold. "
            "Ortiz said the bank's director had told him in May that rates would rise.")
    assert found(text, "Ortiz").source == "Bank of Elmar"


def test_an_appositive_that_is_a_clause_gives_no_role():
    """"According to Kowalski, the fire chief had told ...": Kowalski is no fire chief."""
    text = ("Fire chief Tomas Brandt said three villages were empty. "
            "According to Kowalski, the fire chief had told her on Sunday that more planes were coming.")
    assert found(text, "According").source == "Tomas Brandt"


def test_an_age_is_the_person_named_with_it():
    """"the 53-year-old" is the one person named with that age, not the speaker just before."""
    text = ("Authority director Lena Varga, 53, said the fine was the largest yet. "
            "An official, who asked not to be named, said the company would appeal. "
            "The 53-year-old told reporters that other firms were under investigation.")
    assert found(text, "The 53").source == "Lena Varga"


def test_a_short_form_of_several_words():
    """"the Weather Office" after "Sudrin Weather Office": that organisation."""
    registry = [*REGISTRY, {"name": "Sudrin Weather Office", "aliases": []}]
    text = ("The Sudrin Weather Office issued a storm warning. "
            "Ortiz said the Weather Office had warned his service on Friday that the wind would turn.")
    assert found(text, "Ortiz", registry).source == "Sudrin Weather Office"


def test_a_hyphenated_organisation_noun():
    """"the co-operative" after "Marsh Valley Co-operative"."""
    text = "The Marsh Valley Co-operative will cut its milk price in March, the co-operative said."
    assert found(text, "The Marsh").source == "Marsh Valley Co-operative"


def test_a_crowd_of_an_organisation_is_no_other_organisation():
    """"Musicians of the Ravel Symphony Orchestra" does not make "the orchestra" unsure."""
    text = ("Musicians of the Ravel Symphony Orchestra will strike on Friday. "
            "The Ravel Symphony Orchestra said it could not pay more. "
            "Ortiz said the orchestra's management had told players in March that an offer would follow.")
    assert found(text, "Ortiz").source == "Ravel Symphony Orchestra"


# --- nested speech ----------------------------------------------------------------------------


def test_an_organisations_managers_speak_for_it():
    """"the bank's managers had told staff that": the bank's."""
    text = ("The Bank of Elmar closed two branches. "
            "Ortiz said the bank's managers had told staff in May that no jobs would go.")
    assert found(text, "Ortiz").source == "Bank of Elmar"


def test_a_passive_agent_not_sure_is_nobody():
    """"had been promised by X's predecessor": nobody's (not X's, nor the outer speaker's);
    "by X's board": X's."""
    text = "The union, Kowalski said, had been promised by Ortiz's predecessor a review that never came."
    assert found(text, "The union") is None
    text = "Kowalski said the ministry had been assured by Norvex's board in May that prices would hold."
    assert found(text, "Kowalski").source == "Norvex Group"
    text = "According to Kowalski, the company had been told by her inspectors in June that the wall was cracking."
    assert found(text, "According") is None


def test_informing_of_a_thing_is_the_outer_speakers_claim():
    """"Y had informed the agency of the problem": the outer speaker's words; "told a group of
    investors that" is still Y's."""
    text = "Kowalski said Ortiz had informed the agency of the problem in May."
    assert found(text, "Kowalski").source == "Anna Kowalski"
    text = "Kowalski said Ortiz had told a group of investors she met in May that rates would rise."
    assert found(text, "Kowalski").source == "Rafael Ortiz"


def test_a_clause_after_an_indefinite_addressee():
    """"Y had admitted to a committee in October that": Y's."""
    text = "Kowalski said Ortiz had admitted to a committee in October that the ban was a mistake."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "admitted")


def test_a_request_for_a_thing_is_an_act_the_outer_speaker_reports():
    """"Y had asked her for helicopters", "the bank had asked the board for a review": an act
    the outer speaker reports (bench/ATTRIBUTION_GUIDE.md, last section; this expected Y before,
    as development sets 10 and 12 give); a request in words to do something ("had asked the
    board to review the loans") is still the asker's."""
    text = "Kowalski said Ortiz had asked her ministry for a six-month extension."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")
    text = "Kowalski said the Bank of Elmar had asked the board for a review."
    assert found(text, "Kowalski").source == "Anna Kowalski"
    text = "Kowalski said the Bank of Elmar had asked the board to review the loans."
    assert found(text, "Kowalski").source == "Bank of Elmar"


def test_she_inside_his_words_is_not_him():
    """"He said she had promised him": she is someone else; unresolved, nobody's."""
    text = ("Ortiz met Kowalski on Monday. Ortiz said the talks went well. "
            "He said she had promised him that the plant would stay open.")
    suggestion = found(text, "He said")
    assert suggestion is None or suggestion.source != "Rafael Ortiz"


def test_ages_and_appositives_stay_linear():
    """The new rules keep an article's cost linear: a long run of ages and appositives."""
    text = " ".join(f"Lena Varga, 53, head of the Elmar Teachers' Federation, one of {n} unions, said no. "
                    f"The 53-year-old said the bank's director had asked her for a review." for n in range(1500))
    suggests_within_seconds(text, 20)
    assert re.search("53", text)


# --- added on development set 9 ----------------------------------------------------------------


def test_a_relative_clause_after_a_name_speaks_for_it():
    """"released by the X, which warned that ...": X's; "a detective, Ana Ruiz, who said": hers;
    but "who asked not to be named" stays the anonymous entry's."""
    text = "The figures were released by the Brenna Institute for Water Research, which warned that more was to come."
    assert found(text, "The figures").source == "Brenna Institute for Water Research"
    text = "The report cites a teacher, Ilka Senn, who said she had been told to keep quiet."
    assert found(text, "The report").source == "Ilka Senn"
    text = "An official at the bank, who asked not to be named, said the loan was unsafe."
    assert found(text, "An official").source == "anonymous official"


@pytest.mark.parametrize("verb", ["thanked", "congratulated"])
def test_thanking_and_congratulating_are_said(verb):
    """Expressive speech acts: "Norvex thanked its staff for ..."."""
    check(f"Norvex {verb} its staff for their patience.", "Norvex", "Norvex Group", "Norvex", verb)


def test_always_before_the_cue():
    """"X has always maintained that": X's."""
    check("Ortiz has always maintained that the deal was fair.", "Ortiz", "Rafael Ortiz", "Ortiz", "maintained")


def test_the_company_is_the_one_registered_body_that_may_be_one():
    """"The company rejected ...": the one registered organisation named before that is not a
    union, ministry or the like; with two such, nobody."""
    registry = [*REGISTRY, {"name": "Sarran Dockers' Union", "aliases": []},
                {"name": "Bluefen Terminals", "aliases": ["Bluefen"]}, {"name": "Ostra Haulage", "aliases": []}]
    text = ("The Sarran Dockers' Union said the strike would last until Bluefen Terminals paid. "
            "Ortiz met the union on Monday. The company rejected the union's claims.")
    assert found(text, "The company", registry).source == "Bluefen Terminals"
    text = ("The Sarran Dockers' Union said Bluefen Terminals and Ostra Haulage had cut pay. "
            "The company rejected the union's claims.")
    assert found(text, "The company", registry) is None
    text = ("The Sarran Dockers' Union said Bluefen Terminals had cut pay. Ortiz met the union. "
            "Kowalski met the union. Ortiz met Kowalski. The company rejected the union's claims.")
    # however long before, the one company named is the company (the writers of the gold sets,
    # reading as a desk does, gave "the company" to it six and more sentences later) ...
    assert found(text, "The company", registry).source == "Bluefen Terminals"
    # ... but not over an unregistered company named since
    text = ("The Sarran Dockers' Union said Bluefen Terminals had cut pay. Ortiz met the union. "
            "Kowalski met Harwick Freight Ltd. Ortiz met Kowalski. The company rejected the union's claims.")
    assert found(text, "The company", registry).source != "Bluefen Terminals"


def test_a_description_of_a_company_is_no_board_or_union():
    """"the utility" of an "Energy Board" and a "Power Company": the company."""
    text = ("The Galdrian Energy Board approved a rise in power tariffs. "
            "Galdrian Power Company had asked for more. The utility disputed the figures in a statement.")
    assert found(text, "The utility").source == "Galdrian Power Company"


def test_people_who_speak_for_an_organisation():
    """"a Norvex sales representative", "Norvex's site manager", "one of the federation's
    lawyers" speak for it; "one of the large banks" names no bank."""
    text = "Kowalski said a Norvex sales representative had told her the batches would arrive in May."
    assert found(text, "Kowalski").source == "Norvex Group"
    text = "According to the union, Norvex's site manager had assured workers in May that the pumps worked."
    assert found(text, "According").source == "Norvex Group"
    text = ("The Elmar Teachers' Federation met on Monday. "
            "Ortiz said one of the federation's lawyers had told him that the case would be dropped.")
    assert found(text, "Ortiz").source == "Elmar Teachers' Federation"
    text = ("The Bank of Elmar raised rates. "
            "Ortiz said a trader at one of the large banks had told him the same.")
    suggestion = found(text, "Ortiz")
    assert suggestion is None or suggestion.source != "Bank of Elmar"


def test_the_outer_speaker_of_nobodys_nested_speech_is_referred_to():
    """"Prosecutors said a driver had told investigators ... They said": the prosecutors; "X
    said an aide had told her ... She said": X."""
    text = ("Prosecutors said a driver had told investigators that the folder was in his car. "
            "They said the driver had photographed the folder.")
    assert found(text, "They said").source == "prosecutors"
    text = ("Kowalski said an aide had told her that the vote was rigged. "
            "She said she would ask for a recount.")
    assert found(text, "She said").source == "Anna Kowalski"


def test_telling_someone_nothing_is_no_inner_speech():
    """"X told reporters that her guards had told her nothing": X's words."""
    text = "Kowalski told reporters that her guards had told her nothing about the exchange."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_according_to_someone_unnamed():
    """"According to an engineer who asked not to be named, ...": the anonymous entry; nobody
    without one."""
    text = "According to an engineer at the pit who asked not to be named, the sensors had been off for weeks."
    assert found(text, "According").source == "anonymous official"
    assert found(text, "According", REGISTRY[:6]) is None


def test_officials_at_a_body_known_to_no_one():
    """"Officials at the finance ministry said", no ministry named: the registry's officials."""
    text = "Officials at the finance ministry said a payment to poorer households was being considered."
    assert found(text, "Officials").source == "officials"
    assert found(text, "Officials", REGISTRY[:6]) is None


@pytest.mark.parametrize(("size", "source"), [("bigger", "Norvex Group"), ("smaller", "Bank of Elmar")])
def test_the_bigger_or_smaller_of_the_two(size, source):
    """"The bigger of the two companies" after "X agreed to buy smaller rival Y": X (the
    smaller: Y)."""
    text = (f"Norvex agreed on Monday to buy smaller rival Bank of Elmar for 2 billion euros. "
            f"The {size} of the two companies said the deal would save 90 million euros a year.")
    assert found(text, "The ").source == source


def test_the_bigger_of_the_two_stays_linear():
    """Many "the bigger of the two" references cost no more than their reach each."""
    text = "Norvex agreed to buy smaller rival Bank of Elmar. " + " ".join(
        "The bigger of the two companies said prices would rise." for _ in range(3000))
    suggests_within_seconds(text, 20)


def test_a_document_drawn_up_by_its_author():
    """"The 86-page report, drawn up by X, found that": X's (numbers may modify the noun); then
    "It concludes" is X's too."""
    text = ("An internal police report seen by reporters accuses the chief of protecting a ring. "
            "The 86-page report, drawn up by the Brenna Institute for Water Research, found that "
            "two raids were called off. It concludes that the chief knew.")
    assert found(text, "The 86").source == "Brenna Institute for Water Research"
    assert found(text, "It concludes").source == "Brenna Institute for Water Research"


def test_a_relation_is_the_one_person_named_with_it():
    """"His son said" after "his son, Erik Amsel": Amsel; a predecessor never named: nobody."""
    text = ("Norvex said its operations would continue under his son, Erik Amsel. "
            "His son said the family would offer a reward.")
    assert found(text, "His son").source == "Erik Amsel"
    text = "Kowalski took office in May. She said her predecessor had assured her that the books were audited."
    assert found(text, "She said") is None
