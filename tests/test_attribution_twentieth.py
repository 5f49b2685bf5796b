"""Tests for the twentieth round of attribution rules, written while the eighty-eighth and
eighty-ninth held-out sets were being written: what a named body's tests or report found,
reported by someone else.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

LAKE = [*GENERIC, {"name": "Orvenne Water Laboratory", "aliases": []}, {"name": "Tessaly Brun", "aliases": []},
        {"name": "Orvenne Fisheries Board", "aliases": []}]
LAKE_LEAD = ("MARLESCU, Orvenne, Dec 4 (Quillmark Wire) - Hundreds of dead fish washed up on the shore of Lake "
             "Marlescu on Sunday, police said. ")


@pytest.mark.parametrize("document", [
    "tests by the Orvenne Water Laboratory had found",
    "tests by the Orvenne Water Laboratory last month had found",
    "a 2019 report by the Orvenne Water Laboratory had already found",
    "an analysis carried out by the Orvenne Water Laboratory had detected",
    "scientists from the Orvenne Water Laboratory had found",
])
def test_what_a_named_bodys_tests_or_report_found_is_its_finding(document):
    """The guide: findings of a named body's tests or report, reported by someone else, are the
    body's (nested speech)."""
    text = LAKE_LEAD + f"Tessaly Brun, a fisherman, said {document} ammonia in the water."
    assert source_of(text, "Tessaly Brun", LAKE) == "Orvenne Water Laboratory"


@pytest.mark.parametrize("words", [
    "the Orvenne Water Laboratory had found a buyer for its old boats",  # a thing found, no document
    "tests had found ammonia in the water",  # no author
    "tests by the Orvenne Water Laboratory and the Orvenne Fisheries Board had found ammonia",  # two authors
])
def test_a_finding_with_no_one_documents_author_stays_the_speakers(words):
    text = LAKE_LEAD + f"Tessaly Brun, a fisherman, said {words}."
    assert source_of(text, "Tessaly Brun", LAKE) == "Tessaly Brun"


@pytest.mark.parametrize("reply", [
    "the Orvenne Fisheries Board had replied to the anglers' request for a new jetty in 2024 that",
    "the Orvenne Fisheries Board had answered then that",
])
def test_a_reply_after_a_phrase_of_what_it_answers_or_then_is_the_replier(reply):
    """Replies put in words are the replier's (the guide), also after "to X's request for Y in
    2024" or "then"."""
    text = LAKE_LEAD + f"Tessaly Brun, a fisherman, said {reply} there was no money."
    assert source_of(text, "Tessaly Brun", LAKE) == "Orvenne Fisheries Board"


def test_that_of_a_time_opens_no_clause():
    """"a thunderstorm warning for two districts at 11:40 that morning": no nested speech, the
    speaker's own words; and "had promised at a meeting that year to" stays a promise."""
    text = LAKE_LEAD + ("The Orvenne Water Laboratory said it had put out a thunderstorm warning for two districts "
                        "at 11:40 that morning. Tessaly Brun said the Orvenne Fisheries Board had promised at a "
                        "meeting that year to restock the lake.")
    assert source_of(text, "The Orvenne Water Laboratory said", LAKE) == "Orvenne Water Laboratory"
    assert source_of(text, "Tessaly Brun said", LAKE) == "Orvenne Fisheries Board"


@pytest.mark.parametrize("staff", ["a clerk at the board's offices", "a woman on the board's fault line",
                                   "an officer at the board's district station"])
def test_someone_at_a_described_bodys_unit_speaks_for_the_body(staff):
    """"a clerk at the assembly's offices had told her": the assembly's (the guide's unnamed
    staff tied to one entry), not an unresolved "offices"."""
    text = LAKE_LEAD + ("Tessaly Brun said he had complained to the Orvenne Fisheries Board in May. "
                        f"He said {staff} had told him that nets were not its business.")
    assert source_of(text, "He said", LAKE) == "Orvenne Fisheries Board"


@pytest.mark.parametrize("staff", ["a clerk at the fisheries office", "a woman at the water laboratory",
                                   "an inspector from the fisheries board"])
def test_someone_at_a_place_whose_words_one_bodys_name_holds_speaks_for_it(staff):
    """"a clerk at the waterworks office" in a story naming the "X Waterworks Authority": its
    staff (the words of a mere place, "office", left out)."""
    text = LAKE_LEAD + ("The Orvenne Fisheries Board and the Orvenne Water Laboratory have been asked to explain. "
                        f"Tessaly Brun said {staff} had told him in May that the water was clean.")
    expected = "Orvenne Water Laboratory" if "laboratory" in staff else "Orvenne Fisheries Board"
    assert source_of(text, "Tessaly Brun said", LAKE) == expected


def test_someone_at_a_place_no_one_body_is_named_by_is_nobodys():
    text = LAKE_LEAD + ("The Orvenne Fisheries Board and the Orvenne Water Laboratory have been asked to explain. "
                        "Tessaly Brun said a clerk at the district office had told him in May that the water was "
                        "clean.")
    assert source_of(text, "Tessaly Brun said", LAKE) is None


MEDIA = [*GENERIC, {"name": "Velmorian Broadcasting Council", "aliases": []},
         {"name": "Velmorian Police Oversight Authority", "aliases": []},
         {"name": "Velmorian Electoral Tribunal", "aliases": []}]


def test_it_after_a_places_own_body_opening_a_lead_is_that_body():
    """"Velmoria's broadcasting regulator has ..., it announced": the regulator (a council the
    story names next), never the country whose regulator it is."""
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Velmoria's broadcasting regulator has withdrawn the "
            "licences of 14 radio stations, it announced on Wednesday. The Velmorian Broadcasting Council said the "
            "stations had not paid their fees.")
    assert source_of(text, "ORLANE", MEDIA) == "Velmorian Broadcasting Council"


def test_it_after_a_places_own_body_no_entry_fits_is_nobodys():
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Velmoria's state power company will cut electricity for "
            "ten hours a day from Monday, it said on Wednesday. The Velmorian Broadcasting Council said nothing.")
    assert source_of(text, "ORLANE", MEDIA) is None


@pytest.mark.parametrize("lead, expected", [
    ("Police officers were given stun guns without training, the country's police watchdog said on Tuesday.",
     "Velmorian Police Oversight Authority"),
    ("The governing party took donations through shell companies, the country's electoral tribunal found in an "
     "audit published on Wednesday.", "Velmorian Electoral Tribunal"),
])
def test_a_lead_body_described_by_another_word_for_its_kind_is_the_one_named_later(lead, expected):
    """A watchdog is an authority, a regulator a council; a finding "in an audit published on
    Wednesday" closes the clause it reports."""
    text = (f"ORLANE, Velmoria, Dec 10 (Quillmark Wire) - {lead} The Velmorian Police Oversight Authority and the "
            "Velmorian Electoral Tribunal have both been asked about it.")
    assert source_of(text, "ORLANE", MEDIA) == expected


def test_its_body_after_an_unregistered_place_opening_a_lead_is_the_body_named_later():
    """"Velmoria will stop ..., its maritime affairs ministry said": the ministry, not the country."""
    registry = [*MEDIA, {"name": "Velmorian Maritime Affairs Ministry", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Velmoria will stop registering old tankers, its maritime "
            "affairs ministry said on Saturday. The Velmorian Maritime Affairs Ministry said 41 tankers were old.")
    assert source_of(text, "ORLANE", registry) == "Velmorian Maritime Affairs Ministry"


def test_an_identity_number_keeps_no_name_back():
    """"lines whose owners had not linked them to a national identity number": no anonymity."""
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Operators cut off 4.6 million lines whose owners had not "
            "linked them to a national identity number, the country's broadcasting council said. The Velmorian "
            "Broadcasting Council said the deadline was firm.")
    assert source_of(text, "ORLANE", MEDIA) == "Velmorian Broadcasting Council"


def test_a_short_word_for_a_long_one_describes_the_body_named_later():
    """"the telecoms regulator" for the "X Telecommunications Authority"."""
    registry = [*GENERIC, {"name": "Velmorian Telecommunications Authority", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Velmoria will switch off mobile internet for six hours, the "
            "telecoms regulator said on Friday. The Velmorian Telecommunications Authority said the cut was lawful.")
    assert source_of(text, "ORLANE", registry) == "Velmorian Telecommunications Authority"


def test_a_place_named_by_a_singular_is_no_body_named_by_its_plural():
    """"a surgeon at the hospital" in a story with two hospitals and a "Hospitals Association":
    not the association (whose name holds "hospitals"), and no hospital when unsure which."""
    registry = [*GENERIC, {"name": "Velmorian Hospitals Association", "aliases": []},
                {"name": "Orlane Regional Hospital", "aliases": []}, {"name": "Orlane General Hospital", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Hospitals are turning away insured patients, the Velmorian "
            "Hospitals Association said. Orlane Regional Hospital and Orlane General Hospital ask for cash. "
            "Mira Sanvel said a surgeon at the hospital had told her the operation would wait until spring.")
    assert source_of(text, "Mira Sanvel", registry) is None


AID = [*GENERIC, *({"name": name, "aliases": []} for name in (
    "Velmorian Legal Aid Network", "Velmorian Meteorological Service", "Orlane Harm Reduction Trust",
    "Velmorian Prisons Service"))]


@pytest.mark.parametrize("closing, expected", [
    ("a legal aid group said on Sunday.", "Velmorian Legal Aid Network"),
    ("the national weather service acknowledged on Saturday.", "Velmorian Meteorological Service"),
    ("a charity that ran the programme said on Saturday.", "Orlane Harm Reduction Trust"),
])
def test_a_body_described_closing_a_lead_is_the_one_the_next_sentences_name(closing, expected):
    """The gold sets' leads close with a body described and name it in the next sentence or
    the one after (a group a "Network", a charity a "Trust", a service a "Service")."""
    text = (f"ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Inmates were sent out to pick coffee for no pay, {closing} "
            f"The {expected} said it had interviewed 63 inmates.")
    assert source_of(text, "ORLANE", AID) == expected


def test_a_body_described_closing_a_lead_stays_unknown_when_two_of_its_kind_are_named_next():
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Inmates were sent out to pick coffee for no pay, the "
            "service said on Sunday. The Velmorian Prisons Service and the Velmorian Meteorological Service met.")
    assert source_of(text, "ORLANE", AID) is None


@pytest.mark.parametrize("clause", [
    "who asked Quillmark Wire to leave her name out because staff may not give interviews",
    "who talked provided that Quillmark Wire left him unnamed",
    "who spoke only after being assured that neither he nor his district would be identified",
    "who spoke on the strict terms that neither he nor his employer would be named",
])
def test_fresh_wordings_of_anonymity_are_the_anonymity_entry(clause):
    text = LAKE_LEAD + f"A warden at the lake, {clause}, said the fish had died within hours."
    assert source_of(text, "A warden", LAKE) == "anonymous official"


POLICE_LEAD = ("PLEI RONGOL, Velmoria, Dec 6 (Quillmark Wire) - Police stations in the highlands charge victims for "
               "fuel before they investigate, the state auditor said on Saturday. ")


@pytest.mark.parametrize("officers", ["station commanders", "traffic unit commanders",
                                      "officers at one checkpoint on the coast road"])
def test_unnamed_police_commanders_and_officers_at_a_checkpoint_are_the_police(officers):
    """In a police story, also one that speaks of "the coast road" or "social security" (no
    body of officers)."""
    text = POLICE_LEAD + (f"Mira Sanvel, who lives on social security, said {officers} had told her that there was "
                          "no fuel for patrols.")
    assert source_of(text, "Mira Sanvel", GENERIC) == "police"


def test_officers_in_a_story_of_security_guards_are_nobodys():
    text = POLICE_LEAD + ("Mira Sanvel said security guards and station commanders had both told her that there "
                          "was no fuel for patrols.")
    assert source_of(text, "Mira Sanvel", GENERIC) != "police"


@pytest.mark.parametrize("next_sentence", [
    "Mira Sanvel, who has run the Orlane Harm Reduction Trust since 2024, said the money had run out.",
    "Mira Sanvel, its director, said the money had run out.",
])
def test_its_director_closing_a_lead_is_the_head_the_next_sentence_opens_with(next_sentence):
    registry = [*AID, {"name": "Mira Sanvel", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Only four of the trust's 26 clinics are open, its managing "
            f"director said on Monday, after the trust lost its grant. {next_sentence}")
    assert source_of(text, "ORLANE", registry) == "Mira Sanvel"


def test_its_director_closing_a_lead_is_nobody_when_the_next_sentence_opens_with_someone_else():
    registry = [*AID, {"name": "Mira Sanvel", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 10 (Quillmark Wire) - Only four of the trust's 26 clinics are open, its director "
            "said on Monday. Mira Sanvel, a nurse, said the money had run out.")
    assert source_of(text, "ORLANE", registry) is None


@pytest.mark.parametrize("staff", ["a buyer for the Orvenne Fisheries Board",
                                   "a recruiter for the Orvenne Fisheries Board"])
def test_a_buyer_or_recruiter_for_a_body_speaks_for_it(staff):
    text = LAKE_LEAD + f"According to Tessaly Brun, {staff} told fishermen last spring that it no longer needed carp."
    assert source_of(text, "According to", LAKE) == "Orvenne Fisheries Board"


def test_a_magistrates_title_is_no_part_of_her_name():
    registry = [*GENERIC, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + ("Chief Magistrate Rina Pelago said the court had no way of checking. She said the rule "
                        "would change.")
    assert source_of(text, "She said", registry) == "Rina Pelago"


def test_left_out_her_name_is_anonymity():
    text = LAKE_LEAD + ("A treasury official, willing to talk only if Quillmark Wire left out her name, said the "
                        "fish had died within hours.")
    assert source_of(text, "A treasury official", LAKE) == "anonymous official"


@pytest.mark.parametrize("opening", ["A chemist at the Orvenne Water Laboratory",
                                     "Her chemist at the Orvenne Water Laboratory"])
def test_a_person_named_after_where_she_works_speaks_for_herself(opening):
    registry = [*LAKE, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + f"{opening}, Rina Pelago, said the laboratory had tested 40 samples."
    assert source_of(text, opening[:10], registry) == "Rina Pelago"


def test_a_family_named_after_its_member_is_not_the_member():
    registry = [*LAKE, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + "The family of one victim, 81-year-old Rina Pelago, said they had learned of it from a friend."
    assert source_of(text, "The family", registry) != "Rina Pelago"


def test_a_bodys_described_head_speaking_of_it_speaks_for_herself():
    """"The board's country manager, X, said the board had offered ...": a head speaking of her
    own body (the guide), also when the body is described rather than named before her name."""
    registry = [*LAKE, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + ("The Orvenne Fisheries Board said the lake would be restocked. The board's country manager, "
                        "Rina Pelago, said the Orvenne Fisheries Board had offered to pay the fishermen.")
    assert source_of(text, "The board's", registry) == "Rina Pelago"


def test_a_title_with_its_office_is_no_name():
    """"Inspector General of Police Philip Ngimat ... He said": Philip Ngimat, not a person
    called "Inspector General" or "of Police Philip Ngimat"."""
    registry = [*GENERIC, {"name": "Philip Ngimat", "aliases": []}]
    text = LAKE_LEAD + ("Inspector General of Police Philip Ngimat rejected the report, saying the lake was safe. "
                        "He said no one had been harmed.")
    assert source_of(text, "He said", registry) == "Philip Ngimat"


def test_she_after_a_speaker_whose_name_only_looks_like_a_persons_is_that_speaker():
    """"X, a man the tables know, told ... according to Y. Y said ... “...,” she said": Y, the
    last speaker, although no table knows Y's first name."""
    registry = [*LAKE, {"name": "Wilson Lipang", "aliases": []}, {"name": "Bulan Rusah", "aliases": []}]
    text = LAKE_LEAD + ("Wilson Lipang, the board's site manager, told a meeting that the water would clear, "
                        "according to Bulan Rusah. Rusah said the water had not cleared in six weeks. "
                        "\u201cOur fields are full of silt,\u201d she said.")
    assert source_of(text, "\u201cOur fields", registry) == "Bulan Rusah"


def test_he_after_an_anonymous_speaker_is_the_anonymity_entry():
    text = LAKE_LEAD + ("A warden, who asked not to be named, said the fish had died within hours. He said the "
                        "board had known for a week.")
    assert source_of(text, "He said", LAKE) == "anonymous official"


def test_she_after_an_organisation_shaped_like_a_persons_name_is_not_it():
    registry = [*LAKE, {"name": "Tamalayan Army", "aliases": []}, {"name": "Amna Sheikh", "aliases": []}]
    text = LAKE_LEAD + ("Amna Sheikh, who leads a bird trust, spoke on Monday. The Tamalayan Army said its troops "
                        "had cleared the shore. She said the trust had counted 38 nests this year.")
    assert source_of(text, "She said", registry) != "Tamalayan Army"


@pytest.mark.parametrize("clause", [
    "speaking without his name being used because the dispute is before the cabinet",
    "whom Quillmark Wire agreed not to identify",
    "who would talk only after Quillmark Wire undertook not to identify him",
    "speaking on the strict condition that her identity be protected",
])
def test_more_wordings_of_anonymity(clause):
    text = LAKE_LEAD + f"A warden at the lake, {clause}, said the fish had died within hours."
    assert source_of(text, "A warden", LAKE) == "anonymous official"


def test_she_after_a_company_named_like_a_person_is_not_the_company():
    registry = [*LAKE, {"name": "Dhespera Car Rental", "aliases": []}, {"name": "Lavinia Farrance", "aliases": []}]
    text = LAKE_LEAD + ("Lavinia Farrance said she had paid twice. The clerk at the desk of Dhespera Car Rental had "
                        "promised her a refund, she said. \u201cI have written to them nine times,\u201d she said.")
    assert source_of(text, "\u201cI have", registry) != "Dhespera Car Rental"


def test_a_head_named_after_her_role_opening_a_clause_of_two_verbs_is_herself():
    registry = [*LAKE, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + ("The Orvenne Fisheries Board met on Monday. Its chairwoman, Rina Pelago, called the delay "
                        "cruel and demanded that the government pay the fishermen.")
    assert source_of(text, "Its chairwoman", registry) == "Rina Pelago"


def test_according_to_a_role_named_in_apposition_is_the_person_named():
    registry = [*LAKE, {"name": "Rina Pelago", "aliases": []}]
    text = LAKE_LEAD + ("The Orvenne Water Laboratory has tested 37 samples since July, according to its director, "
                        "Rina Pelago.")
    assert source_of(text, "The Orvenne Water Laboratory has", registry) == "Rina Pelago"


def test_the_report_said_is_the_body_that_spoke_of_its_report_earlier():
    """"In its report, the X Court of Audit said ... [people speak] ... the report said": the
    court, however far back (not the person who spoke last)."""
    registry = [*GENERIC, {"name": "Velmorian Court of Audit", "aliases": []}, {"name": "Tomas Relko", "aliases": []}]
    text = ("ORLANE, Velmoria, Dec 7 (Quillmark Wire) - The government paid twice the going price for 48 cars, the "
            "country's audit court said. In its report, the Velmorian Court of Audit said an emergency procedure had "
            "been used. The cars came from one dealer. The prime minister's spokesman, Tomas Relko, said the prime "
            "minister had played no part. Relko said 20 cars would be sold. Police bought 22 cars in 2026 for half "
            "the price, the report said.")
    assert source_of(text, "Police bought", registry) == "Velmorian Court of Audit"


@pytest.mark.parametrize("officer", ["a constable at the Sakhwar station told him in March",
                                     "a constable had told him"])
def test_a_constable_in_a_police_story_is_the_police(officer):
    text = POLICE_LEAD + f"Mira Sanvel said {officer} that the bike had been stolen from the yard."
    assert source_of(text, "Mira Sanvel", GENERIC) == "police"


def test_an_anonymous_employees_boss_is_not_the_employee():
    """"A warden, who asked not to be named, said ... He said his depot chief had told drivers":
    not the anonymity entry's own words; nobody's when no employer is known."""
    text = LAKE_LEAD + ("A warden, who asked not to be named, said the fish had died within hours. He said his "
                        "depot chief had told drivers to start the engines once a week.")
    assert source_of(text, "He said his", LAKE) != "anonymous official"


@pytest.mark.parametrize("closing", ["their association said on Monday.", "a fishing association said."])
def test_a_body_described_closing_a_lead_may_be_named_further_down(closing):
    """Not in the next two sentences but further down: the one registered body whose name holds
    the description's noun (and its words)."""
    registry = [*LAKE, {"name": "Orvenne Fishing Association", "aliases": []}]
    text = (LAKE_LEAD.replace("police said. ", "").rstrip(", ") + f", {closing} The fish were carp. Most were "
            "old. Tessaly Brun, who chairs the Orvenne Fishing Association, said the lake was dying.")
    assert source_of(text, "MARLESCU", registry) == "Orvenne Fishing Association"
