"""Tests for the thirty-third round of attribution rules, written while the hundred-and-seventieth
to hundred-and-seventy-seventh held-out sets were being written.

A lead closed by a body described by words whose noun is no common organisation noun ("..., the
civil defence force said", "..., the state circus said") is the one body named later whose name
holds the description's words; a person described so ("the boy's uncle said") is no body. An
assurance given in words may be "a telephone assurance" or "a verbal assurance", not only "a written"
one; and a promise of a number of things to someone described ("had promised her unit two more
scanners") is the promiser's words, nested speech, as a promise to "her" was.

A lead closed by "a Vellmar court has ruled" (a town's name before the noun) is the court named
next whose name holds the town's name, and no other court; one opened by "A court in Pellandia's
capital ... , ruling that" is the court named later; one opened by a body described and closed by
its participle ("The governing body of kite flying banned them, saying ...") is the body named next
whose name fits the noun, not any body named next. "The judge said", with no judge named before, is
the one registered court named before (by a name whose head is "Court" or "Tribunal", not a "Court
of Audit"); with two, no one; "the 56-year-old judge" is a person described, not the court.

A complaint filed is an act the outer speaker reports ("Police said X had filed a complaint"),
while a protest or an objection lodged is still its maker's words. "His ministry" inside his own
words stays his.

Tests by a registered body opening a sentence ("Tests by the X Institute found lead ..."), with a
cue closing it or none, are that body's finding, as tests reported by someone ("She said tests run
twice by the X Institute had found") are; tests "at" a body count only at a laboratory or institute
("Checks at X Foods found", the body inspected, do not); tests by no registered body leave the claim
to the cue.

Nested speech in a relative clause on a noun after the reported clause's own verb ("She said the
boats came from Y, which had assured the trust that ...") is the antecedent's: a body named, or one
a description stands for ("the boat company, which promised to"), or no one for someone unnamed; a
relative clause on the subject of the reported clause ("Y, which had warned that ..., was wrong",
"... should pay") stays the speaker's.

A head's own people or body speaking to others ("She said one of her guides had warned the group",
"her guides", "his service had urged the ministry") are the head's own claim; one of them telling
her ("one of her guides had told her") is that one's words, no one named.

"It said" after a sentence opened by a body described ("The ministry ordered every salon in
Dornhaven to ...") is that body, though the sentence names a place; when it names another body,
which "it" may stand for as well, no one. "The network" is a body named as "X Television".
Witnesses opening a clause, told apart by where they were or what they did ("Witnesses who were
fishing from the jetty said"), are the registry's witnesses, but not with another cue or a
registered name between them and the cue. A producer or specialist named by a body's name ("a
Vellmar Media producer") speaks for it, as its engineers and agents do.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

FERRY = [*GENERIC, {"name": "Marrowick Civil Defence Force", "aliases": []},
         {"name": "Ilse Tarrowby", "aliases": ["Tarrowby"]},
         {"name": "Marrowick Port Authority", "aliases": []}]


@pytest.mark.parametrize("closing", ["the civil defence force said on Sunday", "the civil defence force said"])
def test_a_lead_closed_by_a_body_described_by_no_organisation_noun_is_the_one_named_later(closing):
    """"..., the civil defence force said": the Civil Defence Force the next sentences name."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - Two fishermen drowned when their boat overturned "
            f"off the harbour wall on Saturday night, {closing}. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) == "Marrowick Civil Defence Force"


def test_a_lead_closed_by_a_person_described_is_no_body():
    """"..., the boy's uncle said": a person, not a body whose name might hold the words."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - A boy drowned when his boat overturned off the "
            "harbour wall on Saturday night, the boy's uncle said. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) is None


def test_a_lead_closed_by_words_no_body_named_later_holds_is_no_one():
    """"..., the coast rescue service said", no registered name holding those words: no source."""
    text = ("MARROWICK, Pellandia, May 3 (Saltreach) - Two fishermen drowned when their boat overturned "
            "off the harbour wall on Saturday night, the coast rescue service said. "
            "The boat had left the harbour an hour before dark. "
            "A diver of the Marrowick Civil Defence Force said the sea had been calm.")
    assert source_of(text, "MARROWICK", FERRY) is None


BOAT = [*GENERIC, {"name": "Pellandian Ministry of Health", "aliases": []},
        {"name": "Ilse Tarrowby", "aliases": ["Tarrowby"]},
        {"name": "Corran Vesk", "aliases": ["Vesk"]}]
BOAT_LEAD = ("MARROWICK, Pellandia, May 4 (Saltreach) - The eye clinic of Marrowick's only hospital has "
             "a waiting list of 2,000 patients, its head said on Monday. "
             "Ilse Tarrowby, who runs the clinic, said the Pellandian Ministry of Health had been told in "
             "March. ")


@pytest.mark.parametrize("assurance", ["a telephone assurance", "a verbal assurance", "a written assurance"])
def test_an_assurance_given_by_telephone_or_by_word_of_mouth_is_the_giver_s(assurance):
    """"Y had given him a telephone assurance that ...": Y's words, nested speech."""
    text = BOAT_LEAD + f"She said Vesk had given her {assurance} that the money would come in June."
    assert source_of(text, "She said Vesk", BOAT) == "Corran Vesk"


def test_a_promise_of_a_number_of_things_to_someone_described_is_the_promiser_s():
    """"the ministry had promised her unit two more scanners": the ministry's promise."""
    text = BOAT_LEAD + "Tarrowby said the ministry had promised her unit two more scanners by the end of June."
    assert source_of(text, "Tarrowby said", BOAT) == "Pellandian Ministry of Health"


def test_a_thing_bought_for_someone_is_no_promise():
    """"the ministry had bought her unit two more scanners": an act, the speaker's own claim."""
    text = BOAT_LEAD + "Tarrowby said the ministry had bought her unit two more scanners in June."
    assert source_of(text, "Tarrowby said", BOAT) == "Ilse Tarrowby"


CHOIR = [*GENERIC, {"name": "Vellmar District Court", "aliases": []},
         {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
         {"name": "Vellmar Folk Singers' Union", "aliases": []}]


def test_a_lead_closed_by_a_court_described_with_its_town_s_name_is_the_court_named_later():
    """"..., a Vellmar court has ruled.": the Vellmar District Court the next sentence names."""
    text = ("VELLMAR, Pellandia, May 5 (Saltreach) - A village choir whose old recording was sampled in a "
            "pop hit is owed a share of its earnings, a Vellmar court has ruled. "
            "The Vellmar District Court found on Friday that the label had used the recording without asking. "
            "Oda Kestrup, who leads the choir, said the ruling was fair.")
    assert source_of(text, "VELLMAR", CHOIR) == "Vellmar District Court"


def test_a_court_in_a_country_s_capital_that_rules_is_the_court_named_later():
    """"A court in Pellandia's capital on Thursday sentenced ..., ruling that": the court named later."""
    text = ("VELLMAR, Pellandia, May 5 (Saltreach) - A court in Pellandia's capital on Thursday sentenced "
            "a choir manager to two years in prison, ruling that he had kept the singers' royalties. "
            "The Vellmar District Court also ordered him to pay back the money. "
            "Oda Kestrup, who leads the choir, said the ruling was fair.")
    assert source_of(text, "VELLMAR", CHOIR) == "Vellmar District Court"


KITE = [*GENERIC, {"name": "Pellandian Kite Flying Association", "aliases": []},
        {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]


@pytest.mark.parametrize("subject", ["The governing body of kite flying", "The association that runs kite flying"])
def test_a_lead_opened_by_a_body_described_and_closed_by_its_participle_is_the_body_named_next(subject):
    """"The governing body of kite flying ... banned two clubs, saying ...": the body named next."""
    text = (f"VELLMAR, Pellandia, May 6 (Saltreach) - {subject} on Friday banned two clubs from its "
            "national contest, saying their lines had been coated with glass. "
            "The Pellandian Kite Flying Association said three spectators had been cut. "
            "Oda Kestrup, who runs one of the clubs, said the lines were bought in a shop.")
    assert source_of(text, "VELLMAR", KITE) == "Pellandian Kite Flying Association"


def test_a_lead_opened_by_a_person_described_and_closed_by_a_participle_is_no_body():
    """"The captain of one club ... quit, saying": a person, not the body named next."""
    text = ("VELLMAR, Pellandia, May 6 (Saltreach) - The captain of one of the banned clubs quit on Friday, "
            "saying the lines had been coated with glass by a rival. "
            "The Pellandian Kite Flying Association said three spectators had been cut. "
            "Oda Kestrup, who runs one of the clubs, said the lines were bought in a shop.")
    assert source_of(text, "VELLMAR", KITE) is None


COURT = [*GENERIC, {"name": "Vellmar District Court", "aliases": []},
         {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
         {"name": "Halm Brenner", "aliases": ["Brenner"]}]
COURT_LEAD = ("VELLMAR, Pellandia, May 7 (Saltreach) - The Vellmar District Court on Friday ordered a "
              "bell foundry to stop work at night. "
              "Oda Kestrup, who lives next door, said she had not slept for a year. ")


@pytest.mark.parametrize("cue", ["The judge said", "The judge wrote that"])
def test_the_judge_of_no_judge_named_is_the_one_court_named_before(cue):
    """"The judge said", no judge named: the one registered court named before."""
    text = COURT_LEAD + f"{cue} the noise was a daily nuisance."
    assert source_of(text, cue, COURT) == "Vellmar District Court"


def test_the_judge_named_before_is_that_judge():
    """"Judge Halm Brenner ... The judge said": Brenner, not the court."""
    text = (COURT_LEAD + "Judge Halm Brenner visited the foundry on Monday. "
            "The judge said the noise was a daily nuisance.")
    assert source_of(text, "The judge said", COURT) == "Halm Brenner"


def test_the_judge_after_two_courts_is_no_one():
    """Two registered courts named before: which one's judge, the text does not say."""
    registry = [*COURT, {"name": "Pellandian High Court", "aliases": []}]
    text = (COURT_LEAD + "The foundry said it would appeal to the Pellandian High Court. "
            "The judge said the noise was a daily nuisance.")
    assert source_of(text, "The judge said", registry) is None


BELL = [*GENERIC, {"name": "Vellmar Bell Foundry", "aliases": []},
        {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
        {"name": "Pellandian Ministry of Culture", "aliases": []}]
BELL_LEAD = ("VELLMAR, Pellandia, May 8 (Saltreach) - A bell cast for the cathedral cracked on its first day, "
             "the Vellmar Bell Foundry said. ")


@pytest.mark.parametrize("verb", ["filed", "lodged"])
def test_a_complaint_filed_is_an_act_the_outer_speaker_reports(verb):
    """"Police said Kestrup had filed a complaint against the foundry": the police's claim."""
    text = BELL_LEAD + f"Police said Kestrup had {verb} a complaint against the foundry on Monday."
    assert source_of(text, "Police said", BELL) == "police"


def test_a_protest_lodged_stays_the_protester_s_words():
    """"the ministry had lodged a protest over what it called ...": the ministry's words."""
    text = (BELL_LEAD + "Oda Kestrup, who sings in the choir, said the Pellandian Ministry of Culture had "
            "lodged a protest with the foundry over what it called a careless casting.")
    assert source_of(text, "Oda Kestrup", BELL) == "Pellandian Ministry of Culture"


def test_his_ministry_inside_his_own_words_is_his():
    """"He said his ministry had asked the foundry ...": his own claim, not the ministry's."""
    text = (BELL_LEAD + "Culture Minister Halm Brenner ordered an inquiry by the Pellandian Ministry of Culture. "
            "He said his ministry had asked the foundry in March to test the bronze.")
    assert source_of(text, "He said his", BELL) == "Halm Brenner"


LAB = [*GENERIC, {"name": "Vellmar Toxicology Institute", "aliases": []},
       {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
       {"name": "Pellandian Ministry of Health", "aliases": []}]
LAB_LEAD = ("VELLMAR, Pellandia, May 9 (Saltreach) - Forty children were treated for lead poisoning after eating "
            "sweets from a village shop, the Pellandian Ministry of Health said. ")


@pytest.mark.parametrize("closing", [", the minister said.",
                                     ", according to a summary of its report seen by Saltreach.",
                                     ", the Pellandian Ministry of Health said.", "."])
def test_tests_by_a_body_opening_a_sentence_are_its_finding(closing):
    """"Tests by the X Institute found ..., the minister said": the institute's finding."""
    text = LAB_LEAD + "Tests by the Vellmar Toxicology Institute found lead in the sweets' wrappers" + closing
    assert source_of(text, "Tests by", LAB) == "Vellmar Toxicology Institute"


def test_tests_run_twice_by_a_body_reported_by_someone_are_the_body_s():
    """"She said tests run twice by the X Institute had found": the institute's finding."""
    text = (LAB_LEAD + "Oda Kestrup, who owns the shop, said tests run twice by the Vellmar Toxicology Institute "
            "had found the same level both times.")
    assert source_of(text, "Oda Kestrup", LAB) == "Vellmar Toxicology Institute"


def test_tests_by_no_body_registered_stay_the_speaker_s():
    """"Tests by a private laboratory found ..., the ministry said": the ministry's claim."""
    text = LAB_LEAD + "Tests by a private laboratory found lead in the sweets' wrappers, the ministry said."
    assert source_of(text, "Tests by", LAB) == "Pellandian Ministry of Health"


BOAT_HIRE = [*GENERIC, {"name": "Vellmar Boat Hire", "aliases": []},
             {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
             {"name": "Marrow Lake Swim Trust", "aliases": []}]
BOAT_HIRE_LEAD = ("VELLMAR, Pellandia, May 10 (Saltreach) - A swimmer drowned during a lake race on Sunday, the "
                  "Marrow Lake Swim Trust said. Oda Kestrup, who organised the race, spoke to reporters. ")


def test_a_relative_clause_closing_the_sentence_is_its_antecedent_s_words():
    """"the boats came from Y, which had assured the trust that ...": Y's assurance."""
    text = (BOAT_HIRE_LEAD + "She said the boats had come from Vellmar Boat Hire, which had assured the trust in "
            "writing that each would carry a rescuer.")
    assert source_of(text, "She said", BOAT_HIRE) == "Vellmar Boat Hire"


def test_a_relative_clause_after_a_description_is_the_body_it_stands_for():
    """"the boat company, which had promised to ...": the company named before."""
    text = (BOAT_HIRE_LEAD + "The boats belonged to Vellmar Boat Hire. "
            "She said the trust's warning was passed on to the boat company, which promised to add a rescuer.")
    assert source_of(text, "She said the trust", BOAT_HIRE) == "Vellmar Boat Hire"


def test_a_relative_clause_inside_the_outer_words_stays_the_speaker_s():
    """"X said Y, who had warned that ..., was wrong": the relative clause is set inside X's words."""
    text = (BOAT_HIRE_LEAD + "She said Vellmar Boat Hire, which had warned that the lake was cold, was wrong "
            "about the water.")
    assert source_of(text, "She said", BOAT_HIRE) == "Oda Kestrup"


def test_a_relative_clause_of_someone_unnamed_is_no_one_s():
    """"by a boatman, who had told them that ...": someone unnamed, no source."""
    text = (BOAT_HIRE_LEAD + "She said the trust had first been alerted by a boatman on the shore, who had told "
            "them that the swimmer was in trouble.")
    assert source_of(text, "She said", BOAT_HIRE) is None


GUIDES = [*GENERIC, {"name": "Vellmar Mountain Guides' Cooperative", "aliases": []},
          {"name": "Oda Kestrup", "aliases": ["Kestrup"]},
          {"name": "Pellandian Parks Service", "aliases": []}]
GUIDES_LEAD = ("VELLMAR, Pellandia, May 11 (Saltreach) - A hiker fell from a ridge path on Sunday, the Pellandian "
               "Parks Service said. Oda Kestrup, who leads the Vellmar Mountain Guides' Cooperative, spoke to "
               "reporters at the trailhead. ")


@pytest.mark.parametrize("staff", ["one of her guides", "her guides", "her service"])
def test_a_head_s_own_staff_or_body_speaking_to_others_is_the_head_s_claim(staff):
    """"She said one of her guides had warned the group": her own claim about her people."""
    text = GUIDES_LEAD + f"She said {staff} had warned the group twice to keep behind the rope."
    assert source_of(text, "She said", GUIDES) == "Oda Kestrup"


def test_one_of_her_staff_telling_her_is_no_claim_of_hers():
    """"She said one of her guides had told her that ...": the guide's words to her, no one named."""
    text = GUIDES_LEAD + "She said one of her guides had told her that the rope had been cut."
    assert source_of(text, "She said", GUIDES) is None


SALON = [*GENERIC, {"name": "Pellandian Ministry of Health", "aliases": []},
         {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]


def test_it_after_a_sentence_opened_by_a_body_described_that_names_a_place_is_that_body():
    """"The ministry ordered every salon in Vellmar to ... It said": the ministry, though the
    sentence names a place after its opening."""
    text = ("VELLMAR, Pellandia, May 13 (Saltreach) - Nine women were hurt by fake fillers, the Pellandian "
            "Ministry of Health said. Oda Kestrup, a nurse, said she had seen two of them. "
            "The ministry ordered every beauty salon in Dornhaven to show its licence at the door. "
            "It said anyone injected outside a clinic should go to hospital.")
    assert source_of(text, "It said", SALON) == "Pellandian Ministry of Health"


def test_the_network_is_the_television_body_named_before():
    """"The network said": the one registered "X Television" named before."""
    registry = [*GENERIC, {"name": "Vellmar Television", "aliases": []}, {"name": "Oda Kestrup", "aliases": []}]
    text = ("VELLMAR, Pellandia, May 14 (Saltreach) - Vellmar Television suspended the producer of its talent "
            "show on Wednesday. Oda Kestrup, a singer on the show, said the votes had been changed. "
            "The network said the final would be held again.")
    assert source_of(text, "The network said", registry) == "Vellmar Television"


@pytest.mark.parametrize("crowd", ["Witnesses who live opposite the hall", "Witnesses on a chairlift above the run",
                                   "Witnesses who were fishing from the jetty", "Two witnesses living near the pier"])
def test_witnesses_told_apart_by_where_they_were_are_the_witnesses_entry(crowd):
    """"Witnesses who were fishing from the jetty said": the registry's witnesses."""
    registry = [*GENERIC, {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]
    text = ("VELLMAR, Pellandia, May 16 (Saltreach) - A tractor flattened the sand sculptures on the beach "
            f"overnight. {crowd} said the tractor had passed at about four in the morning.")
    assert source_of(text, crowd[:10], registry) == "witnesses"


def test_witnesses_after_a_comma_are_left_to_the_cue():
    """"Witnesses, the mayor said, had seen it": the mayor's words, not the witnesses'."""
    registry = [*GENERIC, {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]
    text = ("VELLMAR, Pellandia, May 16 (Saltreach) - A tractor flattened the sand sculptures on the beach "
            "overnight. Witnesses at the jetty, Oda Kestrup said, had seen the tractor at four in the morning.")
    assert source_of(text, "Witnesses at", registry) == "Oda Kestrup"


@pytest.mark.parametrize("staff", ["a Vellmar Media producer", "a Vellmar Media specialist"])
def test_a_producer_or_specialist_of_a_named_body_speaks_for_it(staff):
    """"She said a Vellmar Media producer had promised the judges that ...": the company's."""
    registry = [*GENERIC, {"name": "Vellmar Media", "aliases": []}, {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]
    text = ("VELLMAR, Pellandia, May 17 (Saltreach) - A cooking show served stale food to its judges, the "
            "judges said. Oda Kestrup, who judged the final, spoke on Monday. "
            f"She said {staff} had promised the judges that the pots would be fresh.")
    assert source_of(text, "She said", registry) == "Vellmar Media"


def test_it_after_a_sentence_naming_another_body_is_no_one():
    """"The ministry fined the Vellmar Beauty Guild ... It said it would appeal": which one, unsure."""
    registry = [*SALON, {"name": "Vellmar Beauty Guild", "aliases": []}]
    text = ("VELLMAR, Pellandia, May 13 (Saltreach) - Nine women were hurt by fake fillers, the Pellandian "
            "Ministry of Health said. Oda Kestrup, a nurse, said she had seen two of them. "
            "The ministry fined the Vellmar Beauty Guild for the parties. "
            "It said it would appeal the fine.")
    assert source_of(text, "It said", registry) is None


def test_a_lead_court_of_another_town_is_not_the_court_named_next():
    """"..., a Dorna court has ruled." then the Vellmar District Court: not that court."""
    text = ("VELLMAR, Pellandia, May 5 (Saltreach) - A village choir is owed a share of a pop hit's "
            "earnings, a Dorna court has ruled. "
            "The Vellmar District Court had rejected the choir's claim in March. "
            "Oda Kestrup, who leads the choir, said the ruling was fair.")
    assert source_of(text, "VELLMAR", CHOIR) is None


def test_a_participle_lead_is_not_the_punished_body_named_next():
    """"The federation banned two clubs ..., saying" then "The Vellmar Kite Club said": not the club."""
    registry = [*KITE, {"name": "Vellmar Kite Club", "aliases": []}]
    text = ("VELLMAR, Pellandia, May 6 (Saltreach) - The national federation on Friday banned two clubs from "
            "its contest, saying their lines had been coated with glass. "
            "The Vellmar Kite Club said it would appeal. "
            "Oda Kestrup, who runs the club, said the lines were bought in a shop.")
    assert source_of(text, "VELLMAR", registry) is None


def test_a_judge_described_by_age_is_no_court():
    """"the 56-year-old judge told reporters": a person described, not the court named before."""
    text = COURT_LEAD + "The 56-year-old judge told reporters the noise was a daily nuisance."
    assert source_of(text, "The 56-year-old", COURT) != "Vellmar District Court"


def test_the_judge_after_a_court_of_audit_is_no_court():
    """A "Court of Audit" is an audit office: "the judge said" is not its words."""
    registry = [*GENERIC, {"name": "Pellandian Court of Audit", "aliases": []}, {"name": "Oda Kestrup", "aliases": []}]
    text = ("VELLMAR, Pellandia, May 7 (Saltreach) - The Pellandian Court of Audit found the foundry's books in "
            "order. Oda Kestrup, who lives next door, said she had not slept for a year. "
            "The judge said the noise was a daily nuisance.")
    assert source_of(text, "The judge said", registry) is None


@pytest.mark.parametrize("verb", ["lodged an objection", "filed a formal objection"])
def test_an_objection_lodged_stays_its_maker_s_words(verb):
    """"the ministry had lodged an objection over what it called ...": the ministry's words."""
    text = (BELL_LEAD + f"Oda Kestrup, who sings in the choir, said the Pellandian Ministry of Culture had {verb} "
            "with the foundry over what it called a careless casting.")
    assert source_of(text, "Oda Kestrup", BELL) == "Pellandian Ministry of Culture"


def test_checks_at_a_company_are_not_its_finding():
    """"Checks at Vellmar Foods found lead ..., the ministry said": the body inspected; the ministry's."""
    registry = [*LAB, {"name": "Vellmar Foods", "aliases": []}]
    text = LAB_LEAD + "Checks at Vellmar Foods found lead in the sweets' wrappers, the ministry said."
    assert source_of(text, "Checks at", registry) == "Pellandian Ministry of Health"


@pytest.mark.parametrize("verb", ["should pay a fine", "now faces a fine"])
def test_a_relative_clause_on_the_reported_subject_stays_the_speaker_s(verb):
    """"She said Y, which had warned that ..., should pay a fine": her words, not Y's."""
    text = (BOAT_HIRE_LEAD + f"She said Vellmar Boat Hire, which had warned that the lake was cold, {verb}.")
    assert source_of(text, "She said", BOAT_HIRE) == "Oda Kestrup"


def test_a_closing_relative_clause_with_a_comma_in_its_words_is_still_the_antecedent_s():
    """"..., which had assured the trust that each boat, equipped with a radio, would ...": Y's."""
    text = (BOAT_HIRE_LEAD + "She said the boats had come from Vellmar Boat Hire, which had assured the trust "
            "that each boat, equipped with a radio, would carry a rescuer.")
    assert source_of(text, "She said", BOAT_HIRE) == "Vellmar Boat Hire"


def test_witnesses_before_a_named_inner_speaker_are_not_the_source():
    """"Witnesses at the scene said Kestrup had told them that ...": Kestrup's words."""
    registry = [*GENERIC, {"name": "Oda Kestrup", "aliases": ["Kestrup"]}]
    text = ("VELLMAR, Pellandia, May 16 (Saltreach) - A tractor flattened the sand sculptures on the beach "
            "overnight. Witnesses at the scene said Kestrup had told them that the tractor was hers.")
    assert source_of(text, "Witnesses at", registry) == "Oda Kestrup"
