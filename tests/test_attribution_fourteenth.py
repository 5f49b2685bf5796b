"""Tests for the fourteenth round of attribution rules, written after an agreement study
(bench/attribution_agreement.py) showed that careful readers give the twenty-second and
twenty-third held-out sets the same sources as their writers, nested speech included: what the
rules miss there is theirs to find. An organisation's directive in nested speech is its request
(tests/test_attribution_nested.py), an organisation described in apposition ("X, a football
club,") is what "the club" may stand for, and a body's staff described after its name's
possessive speak for it.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found, source_of

CLUB = {"name": "Ardmuir Harriers", "aliases": ["Harriers"]}
DAIRY = {"name": "Skelvik Dairies", "aliases": ["Skelvik"]}
REGISTERED = [*REGISTRY, CLUB, DAIRY]


@pytest.mark.parametrize("appositive", [
    "a football club", "one of the country's oldest football clubs", "the league's richest club"])
def test_an_organisation_described_in_apposition_is_what_its_noun_stands_for(appositive):
    """"X, a football club," / ", one of the oldest football clubs,": "the club" is X, also as
    the owner of its staff and inside nested speech."""
    text = (f"The tax office asked a court to wind up Ardmuir Harriers, {appositive}, over unpaid taxes. "
            "The club said it would pay. Kowalski said the club's manager had promised the players "
            "that the wages would come.")
    check(text, "The club said", "Ardmuir Harriers", "The club", "said", REGISTERED)
    check(text, "Kowalski said", "Ardmuir Harriers", "the club's manager", "promised", REGISTERED)


@pytest.mark.parametrize("appositive", [
    "according to the competition board", "where the board is based", "home of the board"])
def test_an_appositive_that_describes_no_organisation_gives_no_noun(appositive):
    """A clause or a place's description after a name: "the board" is not that name."""
    text = (f"Farmers sold their milk in Vellantry, {appositive}, at a loss. "
            "The board said prices would recover.")
    assert found(text, "The board said", REGISTRY) is None


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("Kowalski said Skelvik's purchasing director had told farmers that prices would hold.", "Skelvik"),
    ("Skelvik's purchasing director said prices would hold.", "Skelvik"),
    ("Kowalski said the Harriers' finance director had assured the league that a plan was agreed.", "Harriers"),
    ("The Harriers' engineers said the stand was safe.", "Harriers"),
])
def test_staff_after_a_registered_names_possessive_speak_for_it(sentence, source_text):
    """A word of trade before the role ("purchasing director") and a plural's possessive
    ("the Harriers'"): the organisation, outer or inner speaker."""
    text = "Skelvik Dairies and Ardmuir Harriers met on Monday. " + sentence
    suggestion = found(text, sentence[:12], REGISTERED)
    source = "Skelvik Dairies" if "Skelvik" in sentence else "Ardmuir Harriers"
    assert suggestion.source == source
    assert text[slice(*suggestion.source_span)] == source_text


def test_a_former_director_after_a_possessive_speaks_for_no_one():
    text = "Skelvik Dairies cut prices. Skelvik's former director said prices would hold."
    assert found(text, "Skelvik's former", REGISTERED) is None


@pytest.mark.parametrize("sentence", [
    "The national audit chamber said the alarms were broken.",
    "The state audit chamber said the alarms were broken."])
def test_national_stands_for_the_nations_adjective_of_a_bodys_name(sentence):
    """"the national audit chamber" is the "Vaspurnian Audit Chamber" named before."""
    registry = [*REGISTRY, {"name": "Vaspurnian Audit Chamber", "aliases": []}]
    text = "The Vaspurnian Audit Chamber published its report. " + sentence
    assert found(text, sentence[:20], registry).source == "Vaspurnian Audit Chamber"


def test_national_picks_the_body_whose_name_opens_with_a_nations_adjective():
    """Of two audit chambers, "the national audit chamber" is the nation's, not the harbour's."""
    registry = [*REGISTRY, {"name": "Harbour Audit Chamber", "aliases": []},
                {"name": "Vaspurnian Audit Chamber", "aliases": []}]
    text = ("The Harbour Audit Chamber and the Vaspurnian Audit Chamber published reports. "
            "The national audit chamber said the alarms were broken.")
    assert found(text, "The national", registry).source == "Vaspurnian Audit Chamber"


def test_a_claim_told_after_a_time_phrase_is_the_tellers_not_the_outer_speakers():
    """"had told passengers minutes earlier that": the conductor's claim (unresolved, so
    nobody's), not the passenger's who reports it."""
    text = ("Ortiz, a passenger, survived the crash. He said the conductor had told passengers minutes "
            "earlier that the line ahead had been checked.")
    assert found(text, "He said", REGISTRY) is None
    text = "Kowalski said Ortiz had told passengers minutes earlier that the line was clear."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "told")


@pytest.mark.parametrize(("sentence", "source"), [
    ("A doctor at Maddeny General Hospital said three of the injured were burned.", None),
    ("A spokesman for Maddeny General Hospital said the ward was closed.", "Maddeny General Hospital"),
    ("Doctors at Sorrenbeck Children's Hospital said the baby was stable.", None),
    ("General Tomas Varga said the army was ready.", "Tomas Varga"),
])
def test_a_title_or_possessive_inside_an_organisations_name_does_not_cut_it(sentence, source):
    """"General" in "Maddeny General Hospital" is no title and "Hospital" after "Children's"
    is no name: never "Hospital" alone (a doctor speaks for herself)."""
    text = "A bus crashed on Monday. " + sentence
    assert source_of(text, sentence[:12], REGISTRY) == source


@pytest.mark.parametrize("sentence", [
    "The Dravenholt-based reserve confirmed that it had approved the request.",
    "\u201cI have never cheated,\u201d the Umbravoyan wrote on social media.",
])
def test_an_adjective_made_of_a_name_is_no_speaker(sentence):
    """"Dravenholt-based" and "the Umbravoyan" name no one (they were suggested as sources)."""
    text = "Ortiz, an Umbravoyan rider, was banned on Monday. " + sentence
    suggestion = found(text, sentence[:8], REGISTRY)
    assert suggestion is None or suggestion.source not in ("Dravenholt-based", "Umbravoyan")


def test_a_spokesperson_in_a_place_speaks_for_whom_they_speak_for_not_the_place():
    """"A police spokesman in Bressande": the police (a generic entry), never "Bressande"; a
    spokesman in a place with no one named speaks for no one; "for X" is still X."""
    registry = [*REGISTRY, {"name": "police", "aliases": []}]
    text = ("A bus crashed in Bressande on Monday. A police spokesman in Bressande said officers had "
            "seized two phones. A spokesman in Bressande said the road was shut. A spokesman for "
            "Kowalski said she was ill.")
    assert found(text, "A police", registry).source == "police"
    assert found(text, "A spokesman in", registry) is None
    assert found(text, "A spokesman for", registry).source == "Anna Kowalski"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kowalski dismissed the threat.", "Anna Kowalski"),
    ("Kowalski dismissed that explanation at a news conference.", "Anna Kowalski"),
    ("The Bank of Elmar defended the decision to raise rates.", "Bank of Elmar"),
    ("The Bank of Elmar, which sets rates, defended the move as \u201cprudent.\u201d", "Bank of Elmar"),
    ("Kowalski defended her title in Oslo.", None),
    ("Kowalski successfully defended the champion.", None),
    ("Ortiz was dismissed as coach in May.", None),
])
def test_a_rebuttal_or_a_defence_of_a_decision_is_said(sentence, source):
    """"dismissed the threat / that explanation", "defended the decision / the move as ...":
    said (PARC 3.0 counts them); not a title defended or a coach dismissed."""
    text = "A storm hit Elmar on Monday. " + sentence
    assert source_of(text, sentence[:12], REGISTRY) == source


def test_the_head_of_a_department_is_one_of_the_bodys_people_not_its_named_head():
    """"the museum's head of security" speaks for the museum, not for the director it named;
    "the museum's head" is still that director."""
    registry = [*REGISTRY, {"name": "Karmravan Museum", "aliases": []},
                {"name": "Siranush Melkonyants", "aliases": ["Melkonyants"]}]
    text = ("Thieves broke into the Karmravan Museum on Wednesday. The museum's director, Siranush "
            "Melkonyants, said the crown was priceless. Kowalski said the museum's head of security had "
            "told staff in October that the night shift would be cut. The museum's head said the "
            "shift would stay.")
    assert found(text, "Kowalski said", registry).source == "Karmravan Museum"
    assert found(text, "The museum's head said", registry).source == "Siranush Melkonyants"


@pytest.mark.parametrize("sentence", [
    "Judge Rafael Ortiz ordered the defendants to hand their passports to the court.",
    "The Bank of Elmar fined the lender 2 million crowns and ordered it to publish its data.",
    "Kowalski ordered all four ships to be inspected before they sail again.",
])
def test_an_order_is_an_act_not_a_claim(sentence):
    """bench/ATTRIBUTION_GUIDE.md: ordering something done is an event (the held-out sets from
    the ninth on and the twenty-fourth, written to the guide, give no source; "ordered" was a
    reporting verb before)."""
    text = "A storm hit Elmar on Monday. " + sentence
    assert found(text, sentence[:10], REGISTRY) is None


def test_an_order_with_words_said_is_still_the_speakers():
    text = "A storm hit Elmar on Monday. Kowalski ordered an inquiry, saying the warnings had been ignored."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "saying")


@pytest.mark.parametrize("opener", ["Fourteen people were missing", "Only 11 of the overflows were upgraded",
                                    "Eleven bags of blood were found", "More than 600 homes were flooded"])
def test_a_number_or_quantifier_opening_a_sentence_is_no_antecedent(opener):
    """"Fourteen people were missing ..., they said": they are the police named before, never
    "Fourteen" (a number word is no name)."""
    registry = [*REGISTRY, {"name": "police", "aliases": []}]
    text = f"Police said they had searched the valley. {opener}, they said."
    assert found(text, opener[:8], registry).source == "police"


def test_an_order_inside_speech_is_an_act_the_outer_speaker_reports():
    """"He said the ministry had ordered the authority to hand out aid": his claim (an order is
    an act, bench/ATTRIBUTION_GUIDE.md), while "had asked the authority to" is the ministry's request."""
    text = "Kowalski said the Bank of Elmar had ordered lenders to hand out aid within 72 hours."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "said")
    text = "Kowalski said the Bank of Elmar had asked lenders to hand out aid within 72 hours."
    check(text, "Kowalski", "Bank of Elmar", "Bank of Elmar", "asked")


def test_words_of_its_own_name_pick_one_of_several_companies():
    """"the airport company" is the Lezeta Airport Company, not the airline also named."""
    registry = [*REGISTRY, {"name": "Lezeta Airport Company", "aliases": []}, {"name": "Vexa Air", "aliases": []}]
    text = ("The Lezeta Airport Company and the airline Vexa Air cancelled flights. Flights resumed at "
            "11.40, the airport company said.")
    assert found(text, "Flights resumed", registry).source == "Lezeta Airport Company"


@pytest.mark.parametrize(("staff", "body"), [
    ("a technical superintendent at Skelvik", "Skelvik Dairies"),
    ("a vet from the company", "Skelvik Dairies"),
    ("district coordinators of Skelvik Dairies", "Skelvik Dairies"),
    ("an auditor at Skelvik", "Skelvik Dairies"),
])
def test_staff_at_an_organisation_telling_a_claim_speak_for_it(staff, body):
    """Unnamed staff in their official capacity, tied to the one organisation by a preposition
    (bench/ATTRIBUTION_GUIDE.md), as the inner speaker of nested speech."""
    text = (f"Skelvik Dairies closed a plant. Kowalski said {staff} had told the farmers in May that "
            "milk prices would hold.")
    assert found(text, "Kowalski said", REGISTERED).source == body


@pytest.mark.parametrize(("sentence", "source"), [
    ("Two ships are detained, according to figures published by the Bank of Elmar.", "Bank of Elmar"),
    ("According to data released by the Bank of Elmar, two ships are detained.", "Bank of Elmar"),
    ("According to a formula set by the Bank of Elmar, fees rose.", None),
])
def test_figures_published_by_an_entry_are_its(sentence, source):
    """A document for its author (bench/ATTRIBUTION_GUIDE.md): "according to figures published
    by X" is X's, like "figures from X"; "a formula set by X" states no claim of X's."""
    assert source_of("A storm hit Elmar. " + sentence, sentence[:10], REGISTRY) == source


def test_the_words_of_a_title_pick_one_of_several_ministers():
    """"the interior minister" is the one named "Interior Minister ...", also when the article
    named another minister and the interior minister spoke five sentences before (the registry
    holds both with their titles as aliases)."""
    registry = [*REGISTRY, {"name": "Besnik Dushku", "aliases": ["Dushku", "Interior Minister Besnik Dushku"]},
                {"name": "Arben Kastrioti", "aliases": ["Kastrioti", "Prime Minister Arben Kastrioti"]}]
    text = ("Prime Minister Arben Kastrioti declared a day of mourning. Interior Minister Besnik Dushku said "
            "bridges would close. Relatives waited outside. Rain fell. Roads shut. Divers went in. "
            "Rescue work would go on through the night, the interior minister said.")
    assert found(text, "Rescue work", registry).source == "Besnik Dushku"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kowalski said Ortiz had written back that repairs would wait.", "Rafael Ortiz"),
    ("Kowalski said the Bank of Elmar had written to her that repairs would wait.", "Bank of Elmar"),
    ("According to Kowalski, Ortiz wrote to the ministry at the time that the samples were clean.", "Rafael Ortiz"),
    ("Kowalski said a resident had written to the council in May that the bridge moved.", None),
    ("Kowalski said she had written to the minister that repairs were needed.", "Anna Kowalski"),
])
def test_a_letters_claim_inside_speech_is_the_writers(sentence, source):
    """"Y had written back that ...": Y's claim, not the outer speaker's (an unnamed writer with
    no entry: nobody's; "she had written" of the speaker herself: hers)."""
    assert source_of("A storm hit Elmar. " + sentence, sentence[:10], REGISTRY) == source


@pytest.mark.parametrize("sentence", [
    "Kowalski said the crew had radioed the tower that they were clear of the runway.",
    "Kowalski said a guard on the far bank had shouted to drivers to reverse off the bridge.",
])
def test_a_message_or_shout_of_someone_unresolved_is_not_the_outer_speakers(sentence):
    """"had radioed the tower that", "had shouted to drivers to": the crew's and the guard's
    words (unnamed here, so nobody's), not Kowalski's claim."""
    assert found("A storm hit Elmar. " + sentence, "Kowalski", REGISTRY) is None


def test_a_message_radioed_by_someone_named_is_theirs():
    text = "A storm hit Elmar. Kowalski said Ortiz had radioed the tower that the runway was clear."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "radioed")


@pytest.mark.parametrize("staff", ["an official in Kowalski's office", "officials from Kowalski's ministry"])
def test_officials_of_someones_own_office_speak_for_them(staff):
    """Not the generic "officials": the one whose office or ministry it is."""
    text = f"Kowalski named a list. Ortiz said {staff} had told his deputy in March that the list was final."
    assert found(text, "Ortiz said", REGISTRY).source == "Anna Kowalski"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Kowalski said the board had been told by Ortiz on Nov. 28 that the data were safe.", "had been told by"),
    ("Kowalski said Ortiz had warned the government twice last week that the embassy was at risk.", "warned"),
])
def test_an_abbreviated_month_or_twice_does_not_hide_nested_speech(sentence, cue):
    """"told by Y on Nov. 28 that" (the abbreviation's full stop ends no sentence) and "had
    warned the government twice last week that": Y's claim."""
    suggestion = check(sentence, "Kowalski", "Rafael Ortiz", "Ortiz", cue)
    assert suggestion.source == "Rafael Ortiz"


def test_members_named_by_the_plural_of_a_bodys_last_word_speak_for_it():
    """"border guards had told drivers the crossing might not reopen" (a clause without "that",
    its verb "might"): the Varlessan Border Guard's words; "prison guards" name no body here."""
    registry = [*REGISTRY, {"name": "Varlessan Border Guard", "aliases": []}]
    text = ("The Varlessan Border Guard closed the crossing. Kowalski said border guards at Stennbrook "
            "had told drivers the crossing might not reopen. Ortiz said prison guards had told him the "
            "cells were full.")
    assert found(text, "Kowalski said", registry).source == "Varlessan Border Guard"
    assert found(text, "Ortiz said", registry) is None


def test_it_after_another_bodys_words_is_that_body_not_the_sentences_opener():
    """"Juvanne had done neither, it said" after the Farrowdel firm spoke: Farrowdel's words about
    Juvanne; "Emergency care was continuing, it said" after the trust spoke: the trust's. With
    no organisation speaking just before, the opener is still "it" ("Velgas cut its output, it said")."""
    registry = [*REGISTRY, {"name": "Farrowdel Geotechnics", "aliases": ["Farrowdel"]},
                {"name": "Juvanne Gold", "aliases": ["Juvanne"]}]
    text = ("Farrowdel Geotechnics said it had told Juvanne Gold to drain the dam. "
            "Juvanne had done neither, it said.")
    assert found(text, "Juvanne had", registry).source == "Farrowdel Geotechnics"
    text = "Ortiz went home. Juvanne Gold cut its output by a third, it said."
    assert found(text, "Juvanne Gold cut", registry).source == "Juvanne Gold"


@pytest.mark.parametrize("sentence", [
    "Kowalski said an archivist had phoned him early on Wednesday to say the water was rising.",
    "Kowalski said the president of a neighbouring country had telephoned her to offer a field hospital.",
])
def test_a_call_of_someone_unnamed_to_say_or_offer_is_not_the_outer_speakers(sentence):
    """The caller's words (unnamed, with no entry: nobody's), not Kowalski's claim."""
    assert found("A flood hit Elmar. " + sentence, "Kowalski", REGISTRY) is None


def test_quoted_someone_unnamed_from_a_place_is_not_the_place():
    text = ("A trial opened. Kowalski quoted a pensioner from the village of Pazzagliano as telling the "
            "court that she had been promised a warm winter. Kowalski quoted Ortiz as saying the deal was off.")
    assert found(text, "Kowalski quoted a", REGISTRY) is None
    assert found(text, "Kowalski quoted Ortiz", REGISTRY).source == "Rafael Ortiz"


def test_minutes_earlier_before_that_keeps_the_inner_speech():
    text = ("A fire spread. Kowalski said the commander of the volunteer brigade had radioed minutes earlier "
            "that the track was still clear. Kowalski said Ortiz had warned her hours earlier that the road was shut.")
    assert found(text, "Kowalski said the commander", REGISTRY) is None
    assert found(text, "Kowalski said Ortiz", REGISTRY).source == "Rafael Ortiz"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Her deputy had been told by Ortiz at a reception in May that the fund was safe, Kowalski added.",
     "Rafael Ortiz"),
    ("The board had been told by the Bank of Elmar only on Monday that the files were online, Kowalski said.",
     "Bank of Elmar"),
    ("Detectives had been told by a neighbour that a van was parked behind the house, Kowalski said.", None),
    ("The bank cut rates by half a point, Kowalski said.", "Anna Kowalski"),
])
def test_inner_speech_set_before_a_closing_cue_is_the_inner_speakers(sentence, source):
    """"Y had been told by Z that ..., X said.": Z's claim (an unnamed Z: nobody's), as when
    the cue comes first; a sentence with no inner speech stays the closing speaker's."""
    assert source_of("A storm hit Elmar. " + sentence, sentence[:12], REGISTRY) == source


@pytest.mark.parametrize("role", ["secretary-general", "director-general", "vice-president"])
def test_a_hyphenated_role_shows_a_person(role):
    """"Its secretary-general, Zawadi Mwakilema," is a person, so a later "she said" is hers."""
    registry = [*REGISTRY, {"name": "Zawadi Mwakilema", "aliases": ["Mwakilema"]}]
    text = (f"The union met on Monday. Its {role}, Zawadi Mwakilema, said members had not been paid. "
            "\u201cWe will keep working,\u201d she said.")
    assert found(text, "\u201cWe will", registry).source == "Zawadi Mwakilema"
