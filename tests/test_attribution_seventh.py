"""Tests for the rules added for issue 16's seventh and eighth development sets: more verbs of
inner speech (advising, threats, speech acts named by their object), unnamed passive agents,
inverted cues across a clause, parenthetical outer speakers, anonymous antecedents of "she",
"the spokeswoman", short forms of names, and roles that do not carry across a cue.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found, suggests_within_seconds

PEOPLE = [
    *REGISTRY,
    {"name": "Ilse Marren", "aliases": ["Marren"]},
    {"name": "Corvin Hale", "aliases": ["Hale"]},
    {"name": "Dunmere Freedom Front", "aliases": []},
    {"name": "Pellan Economic Community", "aliases": []},
    {"name": "Office for Flood Relief", "aliases": []},
]


# --- nested speech ----------------------------------------------------------------------------


def test_advising_that_is_inner_speech():
    """"Y had advised the board that ...": Y's; an unnamed adviser's: nobody's."""
    text = "Kowalski said Ortiz had advised the board that the loan was unsafe."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "advised")
    text = "Kowalski said an accountant had advised the board that the loan was unsafe."
    assert found(text, "Kowalski") is None


def test_an_organisation_urging_or_advising_speaks():
    """"the bank had advised Norvex to wait" is the bank's words (not an act like asking)."""
    text = "Kowalski said the Bank of Elmar had advised Norvex to wait for the ruling."
    check(text, "Kowalski", "Bank of Elmar", "Bank of Elmar", "advised")


def test_a_threat_and_a_commitment_set_off_by_commas():
    """"Y had threatened to quit", "Y had agreed, in a call on Friday, to ...": Y's."""
    text = "Analysts who attended, speaking on condition of anonymity, said Ortiz had threatened to quit."
    check(text, "Analysts", "Rafael Ortiz", "Ortiz", "threatened")
    text = "Kowalski said Ortiz had agreed, in a call on Friday, to send more inspectors."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "agreed")


def test_a_directive_not_to_do_something():
    """"Y had asked her not to publish it": Y's directive."""
    text = "Kowalski said Ortiz had asked her not to publish the figures."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "asked")


@pytest.mark.parametrize("act", ["repeated that promise", "given her his word", "lodged a protest"])
def test_a_speech_act_named_by_its_object(act):
    """"Y had repeated that promise", "had given her his word", "had lodged a protest"."""
    text = f"Kowalski said Ortiz had {act} at a dinner on Friday."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", act.split()[0])


def test_no_such_promise_is_no_inner_speech():
    """"Y had given no such assurance" is the outer speaker's denial."""
    text = "Kowalski said Ortiz had given no such assurance."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")


def test_a_claim_of_absence_reported_is_inner_speech():
    """"Y had reported no problems": Y's claim; "Y had reported the fault" stays a notice."""
    text = "Kowalski said Norvex, which built the dam, had reported no problems at the time."
    check(text, "Kowalski", "Norvex Group", "Norvex", "reported")


@pytest.mark.parametrize("agent", ["a neighbour", "Marsan soldiers"])
def test_an_unnamed_passive_agent_names_nobody(agent):
    """"X said he had been told by a neighbour / by Marsan soldiers": nobody named speaks."""
    text = f"Kowalski said her brother had been told by {agent} to leave the town."
    assert found(text, "Kowalski") is None


def test_plural_people_described_are_no_one_speaker():
    """"the two ministers had agreed" is not the one minister named before."""
    text = ("Finance Minister Rafael Ortiz met his Elmar counterpart on Monday. "
            "Kowalski said the two ministers had agreed to meet again.")
    suggestion = found(text, "Kowalski said")
    assert suggestion is None or suggestion.source != "Rafael Ortiz"


def test_accused_of_after_a_comma_is_passive():
    """", accused of spying" reports an accusation with no accuser: no source."""
    text = "A former Elmar diplomat went on trial on Monday, accused of selling secrets."
    assert found(text, "A former") is None


# --- cues and subjects ------------------------------------------------------------------------


def test_an_inverted_cue_does_not_reach_across_a_clause():
    """"Its chairman, Ivo Brandt, said the federation would campaign against Ortiz": Brandt."""
    text = ("The Elmar Teachers' Federation criticised the budget. Its chairman, Ivo Brandt, said "
            "the federation would campaign against Ortiz next year.")
    check(text, "Its chairman", "Ivo Brandt", "Ivo Brandt", "said")


def test_a_statement_read_by_a_named_lawyer_is_not_the_lawyers():
    """"In a statement read by his lawyer, Y, the 60-year-old said": not the lawyer."""
    text = ("Rafael Ortiz, 60, went on trial on Monday. In a statement read to the court by his "
            "lawyer, Ilse Marren, the 60-year-old said he was innocent.")
    suggestion = found(text, "In a statement", PEOPLE)
    assert suggestion is not None and suggestion.source == "Rafael Ortiz"


def test_a_nationality_before_a_noun_is_no_subject():
    """"The Elmar presidency said in a statement": no name "Elmar" speaks."""
    text = "The Quellan presidency said in a statement that the prisoners would be freed."
    assert found(text, "The Quellan", PEOPLE) is None


def test_the_short_form_of_an_organisation():
    """"the Front" after "Dunmere Freedom Front" is that front."""
    text = ("Talks with the Dunmere Freedom Front broke up. Shelling went on in Arla, where the "
            "Front said a school had been hit.")
    check(text, "Shelling", "Dunmere Freedom Front", "Front", "said", PEOPLE)


# --- references -------------------------------------------------------------------------------


def test_role_words_before_a_cue_are_not_the_named_persons():
    """"The union leader said Ortiz ...": "union leader" is not Ortiz's role."""
    text = ("Council leader Rafael Ortiz met Ilse Marren, the union's regional organiser. "
            "The union leader said Ortiz had warned her that jobs would go. "
            "The union leader insisted that the offer was too low.")
    suggestion = found(text, "The union leader insisted", PEOPLE)
    assert suggestion is None or suggestion.source != "Rafael Ortiz"


def test_it_does_not_skip_an_organisation_opening_a_sentence():
    """"The bank has hired ... It said": not the federation that spoke before."""
    text = ("The Elmar Teachers' Federation said its members would strike. "
            "The Bank of Elmar has hired a contractor. It said the contract would run a year.")
    suggestion = found(text, "It said")
    assert suggestion is None or suggestion.source != "Elmar Teachers' Federation"


def test_a_parenthetical_speaker_is_the_antecedent_of_she():
    """"Y had assured her, X said, that ... She said": X, who speaks."""
    text = ("Ortiz had assured her on Sunday, Marren said, that the crews were ready. "
            "She said only a few had come.")
    check(text, "Ortiz had", "Rafael Ortiz", "Ortiz", "assured", PEOPLE)
    check(text, "She said", "Ilse Marren", "She", "said", PEOPLE)


def test_she_after_an_anonymous_speaker_is_that_speaker():
    """"An engineer, speaking on condition of anonymity, said ... She said": the same."""
    text = ("Kowalski said the dam was safe. An engineer at the site, speaking on condition of "
            "anonymity, said the cracks were growing. She said the sensors had failed.")
    check(text, "She said", "anonymous official", "She", "said")


def test_who_shows_a_person():
    """"Corvin Hale, who heads the office, visited ... He told": Hale."""
    text = ("Corvin Hale, who heads the office in Arla, visited the camps on Tuesday. "
            "He told reporters that water would run out.")
    check(text, "He told", "Corvin Hale", "He", "told", PEOPLE)


def test_a_counterpart_is_a_person_not_it():
    """"Her counterpart, Corvin Hale, had told her ... It said": "it" is not Hale."""
    text = ("Her counterpart, Corvin Hale, had told her by telephone, Marren said, that troops "
            "would leave. It said the drills would go ahead.")
    suggestion = found(text, "It said", PEOPLE)
    assert suggestion is None or suggestion.source != "Corvin Hale"


@pytest.mark.parametrize(("noun", "name"), [("bloc", "Pellan Economic Community"),
                                            ("agency", "Office for Flood Relief")])
def test_a_generic_description_of_a_named_body(noun, name):
    """"The bloc" for an economic community, "the agency" for an office."""
    text = f"The {name} met on Monday. The {noun} said it would meet again in May."
    check(text, f"The {noun}", name, f"The {noun}", "said", PEOPLE)


def test_the_spokeswoman_is_the_one_who_spoke_as_one():
    """"A spokeswoman for X said ... The spokeswoman said": X; after a named one, herself."""
    text = ("A spokeswoman for the Bank of Elmar said rates would hold. "
            "The spokeswoman said the board met on Friday.")
    check(text, "The spokeswoman", "Bank of Elmar", "The spokeswoman", "said")
    text = ("A spokeswoman for the bank, Ilse Marren, said rates would hold. "
            "The spokeswoman said the board met on Friday.")
    check(text, "The spokeswoman", "Ilse Marren", "The spokeswoman", "said", PEOPLE)


def test_a_presidency_speaks_for_its_president():
    """"The Elmar presidency said" after "Elmar President Rafael Ortiz": Ortiz."""
    text = ("Elmar President Rafael Ortiz met the envoy on Monday. The Elmar presidency said in a "
            "statement that the prisoners would be freed.")
    check(text, "The Elmar presidency", "Rafael Ortiz", "The Elmar presidency", "said")


@pytest.mark.parametrize("text", [
    "Ruiz said Kowalski had repeated " + "the a " * 8000 + "promise.",
    "Ruiz said Kowalski had agreed, " + "in a b, " * 6000 + "to x.",
    "Ruiz said he had been told by " + "Marsan " * 8000 + "soldiers to go.",
    "Ortiz, " + "a b, " * 6000 + "said the union " + "would x " * 3000 + "against Ruiz.",
    "Ortiz had assured her" + ", Ruiz said," * 4000 + " that x. She said y.",
    "The spokeswoman said x. " * 3000,
], ids=["speech act", "commitment commas", "passive agent", "inversion", "parenthetical",
        "spokeswoman"])
def test_new_rules_stay_fast_on_long_input(text):
    """Each new rule is bounded; a generous alarm guards against quadratic time."""
    suggests_within_seconds(text, 5)


# --- regressions found in review (the session's starting code got these right) ---------------

REVIEW = [
    {"name": "Anna Kowalski", "aliases": ["Kowalski"]},
    {"name": "Jan Novak", "aliases": ["Novak"]},
    {"name": "Norvex", "aliases": []},
    {"name": "Victoria Lindqvist", "aliases": ["Lindqvist"]},
    {"name": "Ferrant Bank", "aliases": []},
]


def test_citing_a_reason_or_a_place_leaves_the_clause_subject():
    """"citing weak demand in China": the subject's own words; a place is no cited source."""
    text = "Norvex cut its forecast, citing weak demand in China."
    check(text, "Norvex", "Norvex", "Norvex", "citing", REVIEW)
    text = "The central bank raised rates, citing inflation in Europe."
    suggestion = found(text, "The central", REVIEW)
    assert suggestion is None or suggestion.source != "Europe"


def test_citing_an_organisation_or_a_role_named_right_after_it():
    """"citing Ferrant Bank", "citing the bank's chief economist, Hanna Lutz": theirs."""
    text = "Norvex cut its forecast, citing Ferrant Bank."
    check(text, "Norvex", "Ferrant Bank", "Ferrant Bank", "citing", REVIEW)
    text = "Norvex cut its forecast, citing the bank's chief economist, Hanna Lutz."
    check(text, "Norvex", "Hanna Lutz", "Hanna Lutz", "citing", REVIEW)


@pytest.mark.parametrize("act", [
    "the company had agreed to pay the fine",
    "the army had called it \u201ca success\u201d",
    "the firm had threatened to sue the city",
])
def test_an_act_of_an_unresolved_description_keeps_the_outer_speaker(act):
    """"X said the company had agreed to pay": no company known, so X's claim, not nobody's."""
    text = f"Anna Kowalski said {act}."
    check(text, "Anna", "Anna Kowalski", "Anna Kowalski", "said", REVIEW)


def test_a_demand_of_an_unresolved_description_is_nobodys():
    """"X said the union had demanded a raise": a demand is the union's own words, and no union
    is known, so nobody's (this was a case of the test above before)."""
    text = "Anna Kowalski said the union had demanded a 10 percent raise."
    assert found(text, "Anna", REVIEW) is None


@pytest.mark.parametrize("agent", ["Marta Ruiz this week", "Ruiz days earlier"])
def test_a_passive_agent_named_before_a_time_word(agent):
    """"had been told by Marta Ruiz this week": Ruiz, not an unnamed agent ("this" ends in s)."""
    text = f"Jan Novak said he had been told by {agent} that the plant would close."
    source = "Marta Ruiz" if agent.startswith("Marta") else "Ruiz"
    check(text, "Jan", source, agent.rsplit(" ", 2)[0], "had been told by", REVIEW)


def test_a_passive_agent_of_origin_before_a_plural_noun_is_unnamed():
    text = "Jan Novak said he had been told by Kaltrian soldiers to leave the town."
    assert found(text, "Jan", REVIEW) is None


def test_a_pronoun_after_a_clause_whose_subject_is_a_woman_named():
    """"Maria Ruiz, 34, lost her job ..., she said": Maria Ruiz herself."""
    text = "Maria Ruiz, 34, lost her job at the plant in May, she said."
    check(text, "Maria", "Maria Ruiz", "she", "said", REVIEW)


def test_the_spokesman_is_the_speaker_named_as_one_not_one_mentioned():
    """"Asked about the spokesman's remarks, Kowalski said": no spokesman speaks there."""
    text = ("A spokesman for Norvex said sales rose. Asked about the spokesman's remarks, Anna "
            "Kowalski said sales fell. The spokesman said the figures were final.")
    suggestion = found(text, "The spokesman", REVIEW)
    assert suggestion is None or suggestion.source == "Norvex"


def test_a_lone_first_name_that_is_a_place_is_not_the_person():
    """"Victoria said": maybe the state of Victoria; not Victoria Lindqvist."""
    text = ("Victoria Lindqvist said the budget was balanced. Victoria said it would appeal "
            "the ruling.")
    suggestion = found(text, "Victoria said", REVIEW)
    assert suggestion is None or suggestion.source != "Victoria Lindqvist"
