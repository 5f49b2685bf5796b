"""Tests for the tenth round of attribution rules: shapes of nested speech seen in fresh sets
(an adverb, a time counted back or a two-word addressee before "that", a deed owned up to, a
warning of a thing, a gerund after the outer cue, a letter written to someone), precision
rules that leave a sentence to no one when the evidence is weak or two readings compete, and
a "she" that stands for the speaker before rather than a person only mentioned since.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found

ORGS = [*REGISTRY, {"name": "Tarvik Holdings", "aliases": []}, {"name": "Ilse Brandt", "aliases": ["Brandt"]}]


@pytest.mark.parametrize("clause", [
    "Ortiz had admitted to him privately that",
    "Ortiz had promised union leaders in March that",
    "Ortiz had warned her office two days later that",
    "Ortiz had conceded in a note to the board in May that",
])
def test_more_shapes_of_a_that_clause_after_an_inner_verb(clause):
    """An adverb, a two-word addressee, a time counted back, a longer phrase: Ortiz's words."""
    text = f"Kowalski said {clause} the plant would close."
    assert found(text, "Kowalski").source == "Rafael Ortiz"


def test_a_directive_with_never_and_an_addressee_of_two_words():
    """"had instructed his aides never to", "had urged all parties in writing to": the inner speaker's."""
    text = "Kowalski said Ortiz had urged all parties in writing to agree."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "urged")
    text = "Kowalski said Ortiz had instructed his aides never to talk to the press."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "instructed")
    text = "Kowalski said Ortiz had asked the board as early as 2019 to sell the plant."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "asked")


def test_a_deed_owned_up_to_is_inner_speech():
    """"had admitted forging invoices", "had confessed to lying": the inner speaker's; an
    unnamed one's is nobody's; "had admitted nothing" is the outer speaker's claim."""
    text = "Kowalski said the treasurer, Rafael Ortiz, had admitted forging invoices."
    assert found(text, "Kowalski").source == "Rafael Ortiz"
    text = "Kowalski said one of the suspects had confessed to lying under oath."
    assert found(text, "Kowalski") is None
    text = "Kowalski said her client had admitted nothing."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_a_warning_of_a_thing_and_a_bare_clause_after_whom_it_warns():
    """"had warned the council of the risk" and "had warned her the fund could not": inner
    speech, nobody's when the warner is unnamed."""
    text = "Kowalski said a clerk had warned the council of the risk."
    assert found(text, "Kowalski") is None
    text = "Kowalski said Ortiz had warned her the fund could not cover the losses."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "warned")


def test_a_gerund_after_the_outer_cue_and_a_letter_written():
    """"recalled Y telling the senate that", "had written to her cautioning against": Y's; "denied
    saying that" is the speaker's own."""
    text = "Kowalski recalled Ortiz telling the senate in 2020 that the mine was safe."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "telling")
    text = "Kowalski told reporters that Ortiz had written to her in May cautioning against the sale."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "written")
    text = "Kowalski later denied saying that, and blamed her deputy."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_a_nested_verb_deeper_than_the_outer_content_is_not_the_inner_speakers():
    """"X argued that Y had misread what Z had told him": X's claim."""
    text = "Kowalski argued that Ortiz had misread what the Bank of Elmar had told him."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_a_passive_without_words_told_stays_the_outer_speakers():
    """"had been told by the bank a day later": when, not what: the outer speaker's;
    "had been told much the same thing by Y" is Y's."""
    text = "Kowalski said staff had been told by the Bank of Elmar a day later."
    assert found(text, "Kowalski").source == "Anna Kowalski"
    text = "Kowalski said she had been told much the same thing by Ortiz."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "had been told much the same thing by")


def test_the_leader_of_a_registered_body_speaks_for_it():
    """"the chairman of X", "the X Holdings' chairman": X, when the speaker is not named."""
    text = "Kowalski said the president of Tarvik Holdings had told her the mine would reopen."
    assert found(text, "Kowalski", ORGS).source == "Tarvik Holdings"
    text = "Kowalski said the Tarvik Holdings's chairman had told her the mine would reopen."
    assert found(text, "Kowalski", ORGS).source == "Tarvik Holdings"


def test_an_anonymous_outer_speaker_before_a_described_inner_one():
    """"According to a banker who asked not to be named, the bank told ...": the bank."""
    text = ("The Bank of Elmar met the lenders. According to a banker present at the meeting, "
            "who asked not to be named, the bank told the lenders that rates would rise.")
    assert found(text, "According", ORGS).source == "Bank of Elmar"


@pytest.mark.parametrize("sentence", [
    "Ortiz said farewell to his staff on Friday.",
    "Ortiz was asked about the merger and said he would not comment.",
    "Ortiz retired in 2019 and now advises two charities.",
    "Ortiz quoted a Dalmic trader as saying that the price was fair.",
    "Ortiz said thanks to the volunteers.",
    "Ortiz, asked about the merger, said he could not comment on it.",
])
def test_no_claim_no_suggestion(sentence):
    """A greeting, a refusal to comment, advising as a job, an unnamed speaker whose origin is
    capitalised: no source."""
    assert found(sentence, "Ortiz") is None


def test_a_demand_of_someone_unnamed_is_nobodys_and_a_request_for_a_thing_an_act():
    """"the hijackers had demanded a payment": theirs, unnamed; "the bank had asked in March
    for a bailout": an act Kowalski reports (bench/ATTRIBUTION_GUIDE.md, last section; the bank's
    before, as development sets 10 and 12 give, and nobody's before that)."""
    text = "Kowalski told reporters that the hijackers had demanded a payment."
    assert found(text, "Kowalski") is None
    text = "Kowalski said the Bank of Elmar had asked in March for a bailout."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_an_inner_description_is_not_the_named_outer_speaker():
    """"Brandt told the senate that the treasurer had warned her": not Brandt, even when she
    was named as treasurer; nobody."""
    text = ("Treasurer Ilse Brandt presented the accounts. "
            "Brandt told the senate that the treasurer had warned her the fund would run dry.")
    assert found(text, "Brandt told", ORGS) is None


def test_a_role_with_a_modifier_held_by_someone_else():
    """"the prime minister" is not "Transport Minister Ortiz" when the article names a "Prime
    Minister Kowalski"; nobody is better than the wrong minister."""
    text = ("Prime Minister Anna Kowalski opened the bridge. Transport Minister Rafael Ortiz said "
            "tolls would rise. The drivers quoted the prime minister as saying that tolls were fair.")
    suggestion = found(text, "The drivers")
    assert suggestion is None or suggestion.source == "Anna Kowalski"


def test_she_after_a_person_only_mentioned_is_the_speaker_before_her():
    """"Kowalski (she) said ... Ortiz stood behind her. She admitted ...": Kowalski, whose
    gender is known, not Ortiz, only mentioned."""
    text = ("Chief executive Anna Kowalski said she expected a profit. "
            "Sales chief Rafael Ortiz stood behind her at the podium. "
            "She admitted that exports had been slow.")
    assert found(text, "She admitted").source == "Anna Kowalski"


def test_a_passive_agent_is_the_owner_named_before_a_registered_name():
    """"told by Governor Leda Mort's office that Ortiz would": Mort (a name from the
    text), not Ortiz, registered but later."""
    text = "Kowalski said she had been told by Governor Leda Mort's office that Ortiz would resign."
    assert found(text, "Kowalski").source == "Leda Mort"


def test_his_ministry_speaks_for_him():
    """"His ministry said": the minister whom "his" stands for."""
    text = ("Energy Minister Rafael Ortiz left the summit early. "
            "His ministry said the minister would sign the accord.")
    assert found(text, "His ministry").source == "Rafael Ortiz"


def test_an_unresolved_subject_before_a_parenthetical_cue_is_nobody():
    """"The accused, she said, had told his brother never to": the accused's words; no
    accused known, nobody's (not the one who said so)."""
    text = ("Prosecutor Anna Kowalski addressed the jury. "
            "The accused, she said, had told his brother never to call the bank.")
    assert found(text, "The accused") is None


def test_he_or_she_resolved_to_the_one_person_tells_their_gender():
    """"Ilse Brandt inspected the quay. She said ..." makes Brandt a she, so a later "He said"
    after her words is the man named before her, not Brandt."""
    text = ("Rafael Ortiz signed the contract for the new port. "
            "Harbour master Ilse Brandt inspected the quay. She said the cranes were too old. "
            "He said the cranes would be replaced next year.")
    assert found(text, "He said", ORGS).source == "Rafael Ortiz"


def test_the_name_of_a_body_before_of_is_that_body():
    """"the Energy Ministry" after "Energy Ministry of Elmar": that ministry."""
    registry = [*REGISTRY, {"name": "Energy Ministry of Elmar", "aliases": []}]
    text = ("The Energy Ministry of Elmar froze the tariff. "
            "Kowalski argued that the Energy Ministry had urged Norvex to cut prices.")
    assert found(text, "Kowalski", registry).source == "Energy Ministry of Elmar"


def test_whom_a_role_is_for_is_not_the_role():
    """"Ana Moss, a lawyer for the driver," is a lawyer: "the driver" later is not Moss (no
    driver named, nobody)."""
    text = ("Police detained a truck driver. Ana Moss, a lawyer for the driver, said "
            "her client was innocent. Kowalski said the driver had told detectives "
            "that he never opened the trailer.")
    assert found(text, "Kowalski said") is None


def test_a_pronoun_after_an_unresolved_speaker_is_that_speaker():
    """"Farmers in the valley said they hoped ...": "they" are the farmers, no registered
    body, so nobody (not an organisation named before)."""
    text = ("Norvex Group raised its prices. "
            "Farmers in the valley said they hoped the rise would be reversed.")
    assert found(text, "Farmers") is None


def test_a_role_with_of_before_a_name_in_apposition():
    """"quoted the navy chief of staff, Admiral Ana Moss, as telling him": Moss."""
    text = "Kowalski quoted the navy chief of staff, Admiral Ana Moss, as telling him that ships were ready."
    assert found(text, "Kowalski").source == "Ana Moss"


def test_an_organisations_role_is_the_one_person_named_with_it():
    """"The bank's chief executive" after "Chief Executive Ilse Brandt": Brandt, though the
    article never names her the bank's; not when she speaks in the sentence herself."""
    text = ("The Bank of Elmar cut its dividend. Chief Executive Ilse Brandt met shareholders. "
            "The bank's chief executive denied the report, saying no sale was planned.")
    assert found(text, "The bank's", ORGS).source == "Ilse Brandt"


def test_a_call_made_to_ask_by_someone_unnamed_is_nobodys():
    """"a site manager had rung her two days later and urged her to": the manager's request,
    unnamed, so nobody's (not the one who tells of it)."""
    text = ("Kowalski said a site manager had rung her two days later and urged her "
            "to drop the complaint.")
    assert found(text, "Kowalski") is None
    text = "Kowalski said Ortiz had rung her two days later and urged her to drop it."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "rung")


def test_a_time_of_the_next_day_before_what_was_asked():
    """"had phoned her the next day and told her to leave": the caller's, nobody's when
    unnamed; "had warned her the following week that": the warner's."""
    text = "Kowalski said a neighbour had phoned her the next day and told her to leave."
    assert found(text, "Kowalski") is None
    text = "Kowalski said Ortiz had warned her the following week that the roof would leak."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "warned")
