"""Tests for the eleventh round of attribution rules, from the twelfth development set: a
person described by a role in an appositive ("The former mayor of X, Y," / "Y, the former mayor
of X,") is a person for "the former mayor" later; first names that tell a gender beyond the
old table; a phrase of time with an abbreviation ("on Nov. 20") before an inner "that"; an
inquiry or a panel is an organisation ("the inquiry had found that"); a request for a thing
is the asker's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, found

ORGS = [*REGISTRY, {"name": "Harlow Dock Inquiry", "aliases": []}]


@pytest.mark.parametrize("opening", [
    "The former mayor of Quenby, Brenno Valder, took the stand on Monday.",
    "Brenno Valder, the former mayor of Quenby, took the stand on Monday.",
])
def test_a_role_in_an_appositive_names_a_person_for_the_role_later(opening):
    """The role read from either side of the name: "the former mayor" is Brenno Valder."""
    text = f"{opening} The former mayor said the money was a loan from a friend."
    suggestion = found(text, "The former mayor said")
    assert suggestion is not None and suggestion.source == "Brenno Valder"


def test_a_clause_after_the_name_is_no_appositive_role():
    """"Valder, the mayor had said, ..." describes nobody: no person made of a role there."""
    text = ("Quenby Holdings, the mayor had said, would build the bridge. "
            "The mayor said the money was a loan.")
    assert found(text, "The mayor said") is None


@pytest.mark.parametrize(("first", "pronoun", "other"), [
    ("Oksana", "She", "Lucian"),
    ("Ilario", "He", "Celeste"),
    ("Lise", "She", "Dominik"),
])
def test_first_names_beyond_the_old_table_tell_the_pronoun(first, pronoun, other):
    """Two people named, the later of the other gender: the pronoun goes to the one it fits."""
    text = (f"{first} Marbeck, the trial's lead investigator, spoke on Monday. "
            f"{other} Quarles, the sponsor's lawyer, sat beside the panel. "
            f"{pronoun} said three volunteers had fallen ill.")
    suggestion = found(text, f"{pronoun} said")
    assert suggestion is not None and suggestion.source == f"{first} Marbeck"


def test_an_abbreviated_date_before_an_inner_that():
    """"had warned him in a letter on Nov. 20 that": the inner speaker's words."""
    text = "Kowalski said Ortiz had warned him in a letter on Nov. 20 that the rate would fall."
    suggestion = found(text, "Kowalski")
    assert suggestion is not None and suggestion.source == "Rafael Ortiz"


def test_an_inquiry_is_an_organisation_and_its_finding_its_words():
    """"the inquiry had found that": the inquiry named before; without it, the outer speaker."""
    text = ("The Harlow Dock Inquiry opened in May. "
            "Kowalski told parliament the inquiry had found that the gates were never locked.")
    suggestion = found(text, "Kowalski", ORGS)
    assert suggestion is not None and suggestion.source == "Harlow Dock Inquiry"
    text = "Kowalski told parliament that the gates were never locked."
    assert found(text, "Kowalski", ORGS).source == "Anna Kowalski"


@pytest.mark.parametrize("staff", ["ethics officer", "negotiators", "duty forecaster", "case team"])
def test_an_organisations_unnamed_staff_speak_for_it_inside_speech(staff):
    """"X said the federation's ethics officer had assured him that": the federation's words."""
    registry = [*REGISTRY, {"name": "Quenby Athletics Federation", "aliases": []}]
    text = (f"The Quenby Athletics Federation held its vote. "
            f"Kowalski said the federation's {staff} had assured him that the count was fair.")
    suggestion = found(text, "Kowalski said", registry)
    assert suggestion is not None and suggestion.source == "Quenby Athletics Federation"


@pytest.mark.parametrize("negated", ["had not told", "had never told", "hadn't told"])
def test_a_negated_inner_verb_leaves_the_claim_to_the_outer_speaker(negated):
    """"X said Y had not told her until May that ...": no words of Y's; X's claim."""
    text = f"Kowalski said Ortiz {negated} her until May that the plant would close."
    suggestion = found(text, "Kowalski")
    assert suggestion is not None and suggestion.source == "Anna Kowalski"
    text = "Kowalski said Ortiz had told her in May that the plant would close."
    assert found(text, "Kowalski").source == "Rafael Ortiz"


def test_a_plural_possessive_inside_a_name_the_registry_lacks():
    """"The Brevian Players' Union said": the union's whole name, not "Union"; and "the union"
    later is it."""
    text = ("The Brevian Players' Union said on Monday that its members would strike. "
            "The union estimated that 90 percent of its members backed the boycott.")
    assert found(text, "The Brevian", []).source == "Brevian Players' Union"
    assert found(text, "The union", []).source == "Brevian Players' Union"


@pytest.mark.parametrize("speaker", ["Two Norvex managers", "A Norvex official", "One Norvex engineer"])
def test_unnamed_staff_of_a_registered_organisation_who_asked_anonymity(speaker):
    """"A Norvex official, speaking on condition of anonymity, said": the anonymous entry, as
    "an official at Norvex" is; a named speaker stays named ("Norvex, speaking on background,")."""
    text = f"{speaker}, speaking on condition of anonymity, said the board had voted for the closure."
    assert found(text, speaker).source == "anonymous official"
    text = "Kowalski, speaking on condition of anonymity, said the board had voted for the closure."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_an_organisations_own_dated_document_is_its_words():
    """"The institute said its 2023 assessment had warned of a decline": the institute's (an
    assessment is a document; a year may qualify it)."""
    registry = [*REGISTRY, {"name": "Quenby Marine Institute", "aliases": []}]
    text = ("The Quenby Marine Institute estimated that stocks had fallen. "
            "The institute said its 2023 assessment had already warned of a decline.")
    suggestion = found(text, "The institute said", registry)
    assert suggestion is not None and suggestion.source == "Quenby Marine Institute"


@pytest.mark.parametrize(("owner", "expected"), [
    ("Norvex's maintenance chief", "Norvex Group"),
    ("the brigade's commander", "Quenby Fire Brigade"),
])
def test_an_organisations_officer_with_a_modifier_speaks_for_it(owner, expected):
    """"Norvex's maintenance chief had told investigators", "the brigade's commander had told
    him": the organisation's words."""
    registry = [*REGISTRY, {"name": "Quenby Fire Brigade", "aliases": []}]
    text = (f"The Quenby Fire Brigade was called to the Norvex depot. "
            f"Kowalski said {owner} had told him the fire could burn for two days.")
    suggestion = found(text, "Kowalski said", registry)
    assert suggestion is not None and suggestion.source == expected


def test_one_of_them_is_one_of_the_unnamed_group_before():
    """"Two people ..., speaking on condition of anonymity, said ... One of them said": the
    anonymous entry again; after a named speaker, "one of them" is no one sure."""
    text = ("Two people briefed on the talks, speaking on condition of anonymity, said the band "
            "would be narrow. One of them said Ortiz had resisted until November.")
    suggestion = found(text, "One of them")
    assert suggestion is not None and suggestion.source == "anonymous official"
    assert text[slice(*suggestion.source_span)] == "One of them"
    text = "Kowalski said the band would be narrow. One of them said Ortiz had resisted until November."
    assert found(text, "One of them") is None


@pytest.mark.parametrize("inner", [
    "Ortiz himself had replied that there was no money",
    "Ortiz had responded that there was no money",
    "Ortiz had instructed her in 2016 to \u201cfind a way\u201d for the builder",
])
def test_more_inner_verbs_and_a_quoted_infinitive(inner):
    """"had replied that", "had responded that", "had instructed her to “find a way”": the
    inner speaker's words."""
    text = f"Kowalski said {inner}."
    assert found(text, "Kowalski").source == "Rafael Ortiz"


@pytest.mark.parametrize("member", ["a commission member", "a senior commission adviser",
                                    "a senior doctor at the commission"])
def test_an_unnamed_member_of_an_organisation_described_speaks_for_it(member):
    """"He said a commission member had told him that": the commission named before; asking
    not to be named still makes them the anonymous entry."""
    registry = [*REGISTRY, {"name": "Quenby Electoral Commission", "aliases": []}]
    text = (f"The Quenby Electoral Commission delayed the count. "
            f"Kowalski said {member} had told her privately that the delay was ordered by the palace.")
    suggestion = found(text, "Kowalski said", registry)
    assert suggestion is not None and suggestion.source == "Quenby Electoral Commission"
    text = ("The Quenby Electoral Commission delayed the count. "
            "A commission member, speaking on condition of anonymity, said the delay was ordered by the palace.")
    assert found(text, "A commission member", registry).source == "anonymous official"


# --- what a read-only review of this round found ---------------------------------------------


@pytest.mark.parametrize(("text", "prefix"), [
    # "them" may be the men just charged, not the prosecutors
    ("Prosecutors said three men had been charged. One of them said he was innocent.", "One of them"),
    # one anonymous official is no group
    ("A Norvex official, speaking on condition of anonymity, said two engineers had been fired. "
     "One of them said the valves had failed.", "One of them"),
    # a rank-and-file member speaks for no party; nor an employee for the bank
    ("The Liberal Party met on Monday. A party member said she would leave.", "A party member"),
    ("The Bank of Elmar closed on Monday. A bank employee said she was told to stay home.", "A bank employee"),
    # a place that opens with a first name is no person
    ("Ortiz flew to Margaret River on Monday. She said the fires were out.", "She said"),
    # the price asked for is no request of words
    ("Kowalski said the price Norvex had asked for the land was fair.", "Kowalski"),
    # someone of Norvex's who does not speak for it
    ("Norvex's union chief said the strike would go on.", "Norvex's union"),
    ("Norvex's ousted chief executive said the board had lied.", "Norvex's ousted"),
    ("Government inspectors at Norvex said the valves had failed.", "Government inspectors"),
])
def test_what_the_new_rules_must_not_claim(text, prefix):
    registry = [*REGISTRY, {"name": "Liberal Party", "aliases": []}]
    suggestion = found(text, prefix, registry)
    assert suggestion is None or suggestion.source == "Anna Kowalski"


def test_a_person_who_found_something_discovered_it():
    """"Kowalski said Ortiz had found that the gates were open": Kowalski's claim (an inquiry's
    finding is the inquiry's, tested above)."""
    text = "Kowalski said Ortiz had found that the gates were open."
    assert found(text, "Kowalski").source == "Anna Kowalski"


def test_a_plural_possessive_before_a_persons_name_is_no_part_of_it():
    """"The Lakers' LeBron James said": LeBron James, and "James" later is him."""
    text = "The Lakers' LeBron James said the team would win. James said it again."
    assert found(text, "The Lakers", []).source == "LeBron James"
    assert found(text, "James said", []).source == "LeBron James"


@pytest.mark.parametrize("text", [
    "Judge Tomasz Valder denied the charges. Valder's lawyer, Kowalski, said her client had told "
    "a committee in October that he had repaid every crown.",
    "Judge Tomasz Valder wept as the ruling was read. His lawyer, Anna Kowalski, said she would appeal. "
    "She said her client had told her he wanted an apology.",
])
def test_her_client_is_the_one_person_the_article_gives_a_lawyer(text):
    registry = [*REGISTRY, {"name": "Tomasz Valder", "aliases": ["Valder"]}]
    suggestion = found(text, "Valder's lawyer" if "Valder's" in text else "She said her client", registry)
    assert suggestion is not None and suggestion.source == "Tomasz Valder"


def test_her_client_is_no_one_when_two_people_have_lawyers():
    text = ("Ortiz's lawyer said he would appeal. Valder's lawyer, Kowalski, said her client had told "
            "a committee that he had repaid every crown.")
    registry = [*REGISTRY, {"name": "Brenno Valder", "aliases": ["Valder"]}]
    assert found(text, "Valder's lawyer", registry) is None


def test_his_predecessor_is_the_one_person_the_article_says_was_succeeded():
    text = ("Finance Minister Rafael Ortiz took over the ministry in September from Brenno Valder, who "
            "resigned. Ortiz said his predecessor had warned the federation in 2024 that the subsidy could not last.")
    registry = [*REGISTRY, {"name": "Brenno Valder", "aliases": ["Valder"]}]
    suggestion = found(text, "Ortiz said", registry)
    assert suggestion is not None and suggestion.source == "Brenno Valder"
