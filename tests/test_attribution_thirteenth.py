"""Tests for the thirteenth round of attribution rules, from the errors that all thirteen
held-out sets (each once scored, so now development sets) share with the development sets: who
speaks for whom when no one is named. Unnamed staff described by lower-case words of a
registered organisation's name speak for it ("civil protection officials", "a coast guard duty
officer", "federation lawyers"), unless the words fit several organisations, the staff have left
it, or they asked not to be named; "Y's lawyers", "Y's officials", "Y's ministry" speak for Y; and
the words "who asked not to be named" are no request of anyone's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found

GUARD = {"name": "Marvellan Coast Guard", "aliases": []}
SHIELD = {"name": "Marvellan Civil Protection Authority", "aliases": []}
FIELD = {"name": "Ostrander Football Federation", "aliases": []}
ROWING = {"name": "Ostrander Rowing Federation", "aliases": []}
MINISTER = {"name": "Tamsin Orrell", "aliases": ["Orrell"]}
REGISTERED = [*REGISTRY, GUARD, SHIELD, FIELD, MINISTER]
LEAD = ("The Marvellan Coast Guard, the Marvellan Civil Protection Authority and the Ostrander "
        "Football Federation met Interior Minister Tamsin Orrell on Monday. ")


@pytest.mark.parametrize(("sentence", "source", "source_text"), [
    ("Kowalski said civil protection officials had told her that the road would close.",
     "Marvellan Civil Protection Authority", "civil protection officials"),
    ("Kowalski said a coast guard duty officer had told her that the boat was lost.",
     "Marvellan Coast Guard", "coast guard duty officer"),
    ("According to Kowalski, a coast guard officer had told the crew to wait for tugs.",
     "Marvellan Coast Guard", "coast guard officer"),
    ("Kowalski said federation lawyers had told the council that the papers were secret.",
     "Ostrander Football Federation", "federation lawyers"),
    ("Two coast guard engineers said the hull had split in two.",
     "Marvellan Coast Guard", "coast guard engineers"),
])
def test_staff_described_by_an_organisations_own_words_speak_for_it(sentence, source, source_text):
    """Outer or inner speaker; the generic "officials" entry gives way to the organisation."""
    text = LEAD + sentence
    suggestion = found(text, sentence[:12], REGISTERED)
    assert suggestion is not None
    assert suggestion.source == source
    assert text[slice(*suggestion.source_span)] == source_text


def test_words_that_fit_two_organisations_name_neither():
    """"federation lawyers" with a football and a rowing federation named: no one sure."""
    text = ("The Ostrander Football Federation and the Ostrander Rowing Federation met on Monday. "
            "Kowalski said federation lawyers had told the council that the papers were secret.")
    assert found(text, "Kowalski said", [*REGISTRY, FIELD, ROWING]) is None


@pytest.mark.parametrize("sentence", [
    # named only after the phrase: no organisation named before it
    "Kowalski said coast guard officers had told her that the boat was lost, unlike the Marvellan Coast Guard.",
    # they have left it
    "Kowalski said a former coast guard officer had told her that the boat was lost.",
])
def test_staff_of_no_organisation_named_before_or_any_longer_speak_for_none(sentence):
    text = f"Rescuers searched the bay on Monday. {sentence}"
    suggestion = found(text, "Kowalski said", [*REGISTRY, GUARD])
    assert suggestion is None or suggestion.source != "Marvellan Coast Guard"


def test_a_generic_entry_stays_for_staff_of_a_government():
    """"government officials": the words of no one organisation, the registry's "officials"."""
    text = ("The Government of Marvel and the Marvellan Coast Guard met on Monday. "
            "Government officials said the talks would resume.")
    registry = [*REGISTRY, GUARD, {"name": "Government of Marvel", "aliases": []}]
    check(text, "Government officials", "officials", "officials", "said", registry)


def test_staff_who_asked_not_to_be_named_are_the_anonymous_entry():
    """"who asked not to be identified" is no request ("asked") tied to the staff's organisation."""
    text = LEAD + ("A coast guard officer, who asked not to be identified, acknowledged that the "
                   "first boat had arrived two hours late.")
    suggestion = found(text, "A coast guard officer", REGISTERED)
    assert suggestion is not None
    assert suggestion.source == "anonymous official"
    assert text[slice(*suggestion.cue_span)] == "acknowledged"


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("Kowalski said Orrell's officials had promised the union in May that talks would resume.", "Orrell"),
    ("Kowalski said Orrell's lawyers had told her office that he would answer only in writing.", "Orrell"),
    ("Kowalski said Orrell's ministry had promised her association a meeting before the vote.", "Orrell"),
    ("Kowalski said Orrell's negotiators had asked the council to revise its figures.", "Orrell"),
    ("Orrell's ministry said in a statement that the minister had never commented on the case.", "Orrell"),
    ("Orrell's lawyer has rejected any suggestion that the boat carried more than its catch.", "Orrell"),
])
def test_a_persons_lawyers_officials_and_ministry_speak_for_that_person(sentence, source_text):
    text = LEAD + sentence
    suggestion = found(text, sentence[:12], REGISTERED)
    assert suggestion is not None
    assert suggestion.source == "Tamsin Orrell"
    assert text[slice(*suggestion.source_span)].startswith(source_text)


def test_a_persons_staff_are_not_that_persons_words():
    """"Orrell's staff had told ..." stays unsure: a head's staff may speak for the body she
    heads rather than for her."""
    text = LEAD + "Kowalski said Orrell's staff had told the company in June that the fine would be small."
    suggestion = found(text, "Kowalski said", REGISTERED)
    assert suggestion is None or suggestion.source != "Tamsin Orrell"


@pytest.mark.parametrize("role", ["the administrator appointed by the court", "a deckhand on the trawler",
                                  "the glaciologist who led the survey", "a paediatrician at the clinic"])
def test_a_person_shown_by_a_role_no_table_lists_by_name(role):
    """A role in apposition shows a person (a wide list of person nouns, and the endings
    -ologist, -ician, -ist), so "She" after the speaker of unknown gender is that speaker, not
    a woman named further back."""
    text = ("Finance Minister Maria Ruiz said the loan was refused. "
            f"Quillan Ferrowby, {role}, said the company would be sold. "
            "She said two rival operators had asked to inspect the vessels.")
    check(text, "She said two", "Quillan Ferrowby", "She", "said")


@pytest.mark.parametrize("word", ["list", "checklist", "wrist", "insist"])
def test_words_that_end_like_a_persons_role_show_no_person(word):
    from annotate.attribution_words import is_person_word
    assert not is_person_word(word)
    assert is_person_word("cellist") and is_person_word("technician") and is_person_word("seismologist")


@pytest.mark.parametrize("nothing", ["said nothing during the hearing", "said little during the trial"])
def test_saying_nothing_is_no_claim(nothing):
    """ "His brother said nothing during the hearing, but his lawyer, X, said": the lawyer's."""
    text = ("Lukas Hartvig was convicted on Friday. His brother, Emil Hartvig, was cleared. "
            f"His brother, 29, {nothing}, but his lawyer, Petr Aun, said he would appeal.")
    check(text, "His brother, 29", "Petr Aun", "Petr Aun", "said")


def test_the_client_of_a_bodys_lawyer_is_no_person_given_a_lawyer():
    """"said through his lawyer" gives the referee a lawyer; "The club's lawyer, Ada Feld"
    is the club's: her client is not the referee. Without the club's lawyer he is."""
    text = ("Referee Tomas Reyna said through his lawyer that he was cooperating. The club's lawyer, "
            "Ada Feld, said the payments were fees. Feld said her client had told prosecutors that he "
            "never met Reyna.")
    suggestion = found(text, "Feld said")
    assert suggestion is None or suggestion.source != "Tomas Reyna"
    text = ("Referee Tomas Reyna said through his lawyer that he was cooperating. The lawyer, "
            "Ada Feld, said the payments were fees. Feld said her client had told prosecutors that he "
            "never met Ortiz.")
    check(text, "Feld said", "Tomas Reyna", "her client", "told")


@pytest.mark.parametrize(("description", "said"), [
    ("the convenor", "the convenor said"),
    ("the 49-year-old geologist", "the 49-year-old geologist said"),
    ("the 61-year-old former admiral", "the 61-year-old former admiral said"),
])
def test_a_person_described_by_a_role_no_table_of_descriptions_lists(description, said):
    """'"...," the convenor said' after "Its convenor, Eilidh Strathgowan," is her; an age with
    a role is the one who spoke just before."""
    text = ("The Islands Council warned that food would run short. Its convenor, Eilidh Strathgowan, "
            "said one island had a single doctor. "
            f"\u201cThe ferry is not coming,\u201d {said}.")
    check(text, "\u201cThe ferry", "Eilidh Strathgowan", description, "said")


def test_an_age_with_a_role_is_not_someone_further_back():
    """"the 56-year-old judge" right after another person spoke: not a senator named before."""
    text = ("Senator Baltasar Orme said the delay was needed. The nominee, appeals court judge "
            "Ephie Ashgrove-Tulk, has been accused of failing to declare a stake. In a letter, "
            "Ashgrove-Tulk wrote that the stake had been held in a blind trust. "
            "\u201cI have nothing to hide,\u201d the 56-year-old judge told reporters.")
    suggestion = found(text, "\u201cI have nothing")
    assert suggestion is None or suggestion.source != "Baltasar Orme"


def test_the_steward_after_an_unnamed_steward_is_the_anonymous_entry():
    text = ("Fans were crushed at the gate. A steward who was at the gate, speaking on condition of "
            "anonymity, said the gate had been locked. The steward said radios had stopped working.")
    check(text, "The steward said", "anonymous official", "The steward", "said")


@pytest.mark.parametrize(("inner", "source_text"), [
    ("the skipper had shouted to the crew that the raft was trapped", "the skipper"),
    ("the skipper had radioed the company at two in the morning to report that the nets had snagged",
     "the skipper"),
    ("Ortiz had himself demanded an early vote in a speech last month", "Ortiz"),
])
def test_words_shouted_radioed_and_demanded_are_the_inner_speakers(inner, source_text):
    text = ("The trawler's skipper, Rafael Ortiz, was lost at sea. Its deckhand, Cathal Venn, survived. "
            f"The deckhand said {inner}.")
    suggestion = found(text, "The deckhand said")
    assert suggestion is not None
    assert suggestion.source == "Rafael Ortiz"
    assert text[slice(*suggestion.source_span)] == source_text
    verb = next(word for word in ("shouted", "radioed", "demanded") if word in inner)
    assert text[slice(*suggestion.cue_span)].endswith(verb)  # ("himself demanded": the adverb with it)


PRISON = {"name": "Bellacq Prison Service", "aliases": []}
AGENCY = {"name": "Selvar Food Safety Agency", "aliases": []}


@pytest.mark.parametrize(("sentence", "source", "source_text"), [
    ("Kowalski said the prison's governor had told officers that the men had dug for weeks.",
     "Bellacq Prison Service", "the prison's governor"),
    ("According to Kowalski, the prison's governor had warned the service in a letter that the cameras were old.",
     "Bellacq Prison Service", "the prison's governor"),
    ("Kowalski said exporters had been told by the agency's inspectors at the border that the ban would last.",
     "Selvar Food Safety Agency", "the agency"),
    ("Kowalski said she had been told by the agency's director in March that the permit was under review.",
     "Selvar Food Safety Agency", "the agency"),
])
def test_an_organisations_head_or_staff_described_by_its_words_speak_for_it(sentence, source, source_text):
    """Inner speakers and agents of a passive: "the prison's governor" (a word of one registered
    name), "by the agency's inspectors" (not "by Kaspari's predecessor")."""
    lead = ("The Bellacq Prison Service lost three inmates on Sunday." if source == "Bellacq Prison Service"
            else "The Selvar Food Safety Agency banned imports on Monday.")
    text = f"{lead} {sentence}"
    suggestion = found(text, sentence[:12], [*REGISTRY, PRISON, AGENCY])
    assert suggestion is not None
    assert suggestion.source == source
    assert text[slice(*suggestion.source_span)] == source_text


def test_a_persons_predecessor_as_agent_is_not_that_person():
    text = ("Anna Kowalski took over the ministry in May. "
            "She said she had been told by Ortiz's predecessor that the audit was complete.")
    suggestion = found(text, "She said", [*REGISTRY])
    assert suggestion is None or suggestion.source != "Rafael Ortiz"


@pytest.mark.parametrize("told", [
    "the Bank of Elmar had told buyers privately that the rate might rise",
    "the Bank of Elmar had told lenders the rate would rise in May",
])
def test_told_with_an_adverb_or_a_bare_clause_is_inner_speech(told):
    text = f"The Bank of Elmar met on Monday. According to Kowalski, {told}."
    check(text, "According to Kowalski", "Bank of Elmar", "Bank of Elmar", "told")


def test_told_someone_a_thing_is_no_clause():
    """"had told lenders the news" holds no clause: the outer speaker's words."""
    text = "The Bank of Elmar met on Monday. Kowalski said the Bank of Elmar had told lenders the news."
    check(text, "Kowalski said", "Anna Kowalski", "Kowalski", "said")


# --- from the fourteenth and fifteenth held-out sets, once scored ------------------------------

def test_a_request_reported_by_a_closing_cue_is_the_reporters():
    """"X has asked for the files, Y said.": the request is an act Y reports."""
    text = "Norvex sued in May. Norvex has asked for the files to be sealed pending a ruling, Kowalski said."
    check(text, "Norvex has asked", "Anna Kowalski", "Kowalski", "said")


def test_a_request_with_no_closing_cue_stays_the_askers_own_act():
    text = "Norvex sued in May. Norvex has asked for the files to be sealed pending a ruling."
    suggestion = found(text, "Norvex has asked")
    assert suggestion is None or suggestion.source != "Anna Kowalski"


def test_a_quote_after_the_words_said_is_no_inverted_speaker():
    """"Its general counsel, X, said the ruling \u201c...\u201d": X, not "the ruling" after "said"."""
    text = ("Norvex said it would appeal. Its general counsel, Saffron Featherstonehaugh, said the ruling "
            "\u201cmisunderstands how the software works\u201d and would hurt the industry.")
    check(text, "Its general counsel", "Saffron Featherstonehaugh", "Saffron Featherstonehaugh", "said")


def test_the_head_of_a_body_named_in_apposition_is_herself_when_the_registry_holds_her():
    text = ("Two babies died. The director of St Wendreda's University Hospital, Dr. Adalheid Fenwhistle, "
            "said the unit had been closed.")
    registry = [{"name": "St Wendreda's University Hospital", "aliases": []},
                {"name": "Adalheid Fenwhistle", "aliases": ["Fenwhistle", "Dr. Adalheid Fenwhistle"]}]
    suggestion = found(text, "The director", registry)
    assert suggestion is not None and suggestion.source == "Adalheid Fenwhistle"


def test_a_letter_written_by_an_officer_named_in_apposition_is_hers():
    text = ("The Elmar Teachers' Federation struck the record off. In a letter seen by reporters, the "
            "federation's records officer, Hildeburga Varrenfeld, wrote that the course was short.")
    check(text, "In a letter", "Hildeburga Varrenfeld", "Hildeburga Varrenfeld", "In a letter")


@pytest.mark.parametrize("role", ["Sprinter", "Grandmaster", "Festivalgoer", "Pianist"])
def test_a_role_before_a_name_at_a_sentences_start_is_no_part_of_it(role):
    text = (f"{role} Juniper Akwaboa said the tickets were sold online. "
            "\u201cMy mother watched it on a phone,\u201d the 26-year-old said.")
    check(text, role, "Juniper Akwaboa", "Juniper Akwaboa", "said")
    check(text, "\u201cMy mother", "Juniper Akwaboa", "the 26-year-old", "said")


def test_a_promise_stressed_as_the_inner_speakers_own_is_hers():
    """"He said Y had herself promised delegates free travel": Y's promise."""
    text = ("Ortiz was re-elected on Monday. He said Kowalski had herself promised delegates from six "
            "federations free travel.")
    check(text, "He said", "Anna Kowalski", "Kowalski", "promised")


def test_observers_from_an_organisation_speak_for_it_not_the_body_they_report_on():
    text = ("The Toumbrel Electoral Board met on Monday. Election observers from the Quaywarden "
            "Tallykeepers said the board had rejected signatures on grounds never used before.")
    registry = [{"name": "Toumbrel Electoral Board", "aliases": []}, {"name": "Quaywarden Tallykeepers", "aliases": []}]
    check(text, "Election observers", "Quaywarden Tallykeepers", "Quaywarden Tallykeepers", "said", registry)


def test_a_person_who_showed_no_emotion_makes_no_claim():
    """"showed" is a document's verb ("the report showed that"): no person shows a claim so."""
    text = ("The court convicted him on Monday. Rafael Ortiz, 52, showed no emotion as the verdicts "
            "on 38 counts of fraud were read out.")
    assert found(text, "Rafael Ortiz, 52") is None


def test_staff_of_one_body_described_by_another_bodys_words_speak_for_their_owner():
    """"the directorate's data protection officer" is the directorate's, though "data
    protection" is in the commission's name."""
    text = ("The Valcourt Revenue Directorate was hacked. The Valcourt Data Protection Commission "
            "opened an inquiry. According to Kowalski, the directorate's data protection officer had "
            "told the commission in November that the data was safe.")
    registry = [*REGISTRY, {"name": "Valcourt Revenue Directorate", "aliases": []},
                {"name": "Valcourt Data Protection Commission", "aliases": []}]
    check(text, "According to Kowalski", "Valcourt Revenue Directorate",
          "the directorate's data protection officer", "told", registry)


def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman_not_the_woman_she_named():
    text = ("Prosecutors raided the committee. A spokeswoman for the prosecutors' office said Anna "
            "Kowalski was not a suspect. She said investigators had seized computers.")
    check(text, "A spokeswoman", "prosecutors", "prosecutors", "said")
    check(text, "She said", "prosecutors", "She", "said")


def test_an_unnamed_official_of_a_named_body_asking_anonymity_after_the_cue_is_anonymous():
    text = ("The Brenna Institute for Water Research paid for the study. An official at the Brenna "
            "Institute for Water Research, which paid for most of it, said on condition of anonymity "
            "that the paper would be withdrawn.")
    check(text, "An official", "anonymous official", "An official at the Brenna Institute for Water Research",
          "said")


def test_a_held_role_with_another_trade_before_it_is_not_the_holder_named_for_the_role():
    """"the hospital's pharmacy director" is not the director named before for the hospital."""
    text = ("Hospital director Anna Kowalski opened the ward in May. The Brenna Institute for Water "
            "Research tested it. Ortiz said the hospital's pharmacy director had told him that stocks "
            "were low.")
    suggestion = found(text, "Ortiz said")
    assert suggestion is None or suggestion.source != "Anna Kowalski"


def test_an_order_shouted_by_someone_unnamed_is_nobodys():
    text = "Hail struck the city. Ortiz said a neighbour had shouted at everyone in the street to get away."
    assert found(text, "Ortiz said") is None


@pytest.mark.parametrize("role", ["Chief forecaster", "Champion sculler"])
def test_a_role_two_words_before_a_name_shows_a_person(role):
    """'"...," he said' after "Chief forecaster X defended it": X, a person, not a man named before."""
    text = (f"Rafael Ortiz said the warning came late. {role} Quintus Eskerwick defended the forecast, "
            "saying the storm had grown fast. "
            "\u201cTwenty minutes is not enough,\u201d he said.")
    check(text, "\u201cTwenty", "Quintus Eskerwick", "he", "said")


@pytest.mark.parametrize(("inner", "source_text"), [
    ("the board's chief investigator had told him the findings were ready", "the board's chief investigator"),
    ("the board's entomologists had warned in a report in August that the season was early",
     "the board's entomologists"),
    ("the board's team doctor had told rowers in October to keep their mouths closed",
     "the board's team doctor"),
    ("the board's commander had asked the crews to carry extra fuel", "the board's commander"),
])
def test_any_person_of_a_described_body_speaks_for_it(inner, source_text):
    """Any word for a person after "the board's" (not only the roles a table lists); a person's
    directive, not the body's act."""
    text = f"The Elmar Rail Safety Board opened an inquiry. Ortiz said {inner}."
    registry = [*REGISTRY, {"name": "Elmar Rail Safety Board", "aliases": []}]
    suggestion = found(text, "Ortiz said", registry)
    assert suggestion is not None
    assert suggestion.source == "Elmar Rail Safety Board"
    assert text[slice(*suggestion.source_span)] == source_text


def test_a_bodys_request_in_its_own_document_is_the_bodys():
    """"the board's ruling had asked the operator to ..." is the board's request, made in its
    document (a document speaks for its author; this expected anyone but the board before,
    when an organisation's directive was left to no one)."""
    text = ("The Elmar Rail Safety Board opened an inquiry. Ortiz said the board's ruling had asked "
            "the operator to slow its trains.")
    registry = [*REGISTRY, {"name": "Elmar Rail Safety Board", "aliases": []}]
    assert found(text, "Ortiz said", registry).source == "Elmar Rail Safety Board"


# --- from the sixteenth and seventeenth held-out sets, once scored -----------------------------

@pytest.mark.parametrize(("sentence", "verb"), [
    ("Pendleford declared three days of national mourning.", "declared"),
    ("Pendleford, who had pleaded not guilty, stood still as the sentence was read.", "pleaded"),
    ("The Brenna Institute for Water Research, which maintains the dam, sent two engineers.", "maintains"),
])
def test_an_act_or_a_description_in_a_relative_clause_is_no_claim(sentence, verb):
    text = f"The court sat on Monday. {sentence}"
    assert found(text, sentence[:10]) is None


def test_a_declaration_that_is_a_claim():
    text = "The court sat on Monday. Ortiz declared that the verdict was unjust."
    check(text, "Ortiz declared", "Rafael Ortiz", "Ortiz", "declared")


@pytest.mark.parametrize(("inner", "verb"), [
    ("Kowalski had promised him full access to every account", "promised"),
    ("the Bank of Elmar had promised Threlfall a lighter sentence", "promised"),
    ("the Bank of Elmar had offered her government in a letter in 2019 to discuss a loan", "offered"),
    ("Kowalski had sworn to the squad in a dressing-room meeting that wages would be paid", "sworn"),
    ("Kowalski had described the film to her in September as \u201cthe bravest thing\u201d", "described"),
    ("the Bank of Elmar had warned the firm in a letter in August about \u201crecurring failures\u201d",
     "warned"),
    ("the Bank of Elmar had also advised the chapter two years ago to move the relic", "advised"),
])
def test_more_shapes_of_inner_speech(inner, verb):
    text = f"The Bank of Elmar met Anna Kowalski on Monday. Ortiz said {inner}."
    suggestion = found(text, "Ortiz said")
    assert suggestion is not None
    assert suggestion.source == ("Anna Kowalski" if inner.startswith("Kowalski") else "Bank of Elmar")
    assert text[slice(*suggestion.cue_span)].endswith(verb)


def test_the_agent_of_a_passive_who_has_left_a_body_speaks_for_no_one():
    text = ("Milvane Foods recalled its formula. The inspector said the office had been warned by a "
            "former Milvane engineer as early as June that cleaning was skipped.")
    registry = [*REGISTRY, {"name": "Milvane Foods", "aliases": ["Milvane"]}]
    suggestion = found(text, "The inspector", registry)
    assert suggestion is None or suggestion.source != "Milvane Foods"


@pytest.mark.parametrize("noun", ["cloud provider", "distributor", "shipbuilder", "publisher"])
def test_more_words_for_a_company(noun):
    text = f"Nimbuslake Systems cut 300 jobs on Monday. The {noun} said the cuts would save 40 million crowns."
    registry = [*REGISTRY, {"name": "Nimbuslake Systems", "aliases": []}]
    check(text, f"The {noun}", "Nimbuslake Systems", f"The {noun}", "said", registry)


@pytest.mark.parametrize(("inner", "source_text"), [
    ("a Norvex help-line worker had told her that the tins were safe", "Norvex"),
    ("a Norvex customer service worker had told her that the tins were safe", "Norvex"),
    ("a directorate investigator had told him that the agency knew", "directorate investigator"),
])
def test_workers_and_employees_of_a_body_speak_for_it(inner, source_text):
    text = f"Norvex Group and the Elmar Revenue Directorate were hacked on Monday. Ortiz said {inner}."
    registry = [*REGISTRY, {"name": "Elmar Revenue Directorate", "aliases": []}]
    suggestion = found(text, "Ortiz said", registry)
    assert suggestion is not None
    assert suggestion.source == ("Norvex Group" if source_text == "Norvex" else "Elmar Revenue Directorate")
    assert text[slice(*suggestion.source_span)] == source_text


def test_a_towns_police_chief_is_the_police():
    text = ("Fires burned near Alvessa. Ortiz said the Alvessa police chief had told him on the night "
            "of the fire that two cars had been seen.")
    registry = [*REGISTRY, {"name": "police", "aliases": []}]
    check(text, "Ortiz said", "police", "the Alvessa police chief", "told", registry)


# --- from the eighteenth and nineteenth held-out sets, once scored -----------------------------

def test_a_request_for_a_meeting_in_a_main_clause_is_an_act():
    text = "Gas bills will rise. The Elmar Teachers' Federation has asked for a meeting with the commission."
    assert found(text, "The Elmar") is None


@pytest.mark.parametrize(("inner", "source", "source_text"), [
    ("the captain, Gawain Montravers, had reported a fault in the cooling system", "Gawain Montravers",
     "Gawain Montravers"),
    ("Norvex's lawyers had told agency staff in October that some customers were affected", "Norvex Group",
     "Norvex"),
    ("Kowalski had promised vice-chancellors in September that no university would close", "Anna Kowalski",
     "Kowalski"),
])
def test_reports_and_promises_to_people_described_in_several_words(inner, source, source_text):
    text = f"Norvex Group met Anna Kowalski on Monday. Ortiz said {inner}."
    suggestion = found(text, "Ortiz said")
    assert suggestion is not None and suggestion.source == source
    assert text[slice(*suggestion.source_span)].startswith(source_text)


def test_a_reported_deed_is_the_confirmers_words():
    """"X confirmed that Y had reported the breach in time": X's, the report an act."""
    text = "Norvex Group was hacked. The Bank of Elmar confirmed that Norvex had reported the breach within 72 hours."
    check(text, "The Bank of Elmar", "Bank of Elmar", "Bank of Elmar", "confirmed")


@pytest.mark.parametrize(("sentence", "source", "source_text"), [
    ("A festival spokeswoman said ticket holders would get a refund.", "Marranbeck Vintage Festival",
     "festival"),
    ("A central bank spokesman said the governor did not discuss private talks.", "Bank of Elmar", "bank"),
])
def test_a_spokesperson_of_a_body_described(sentence, source, source_text):
    text = f"The Marranbeck Vintage Festival was cancelled and the Bank of Elmar held rates. {sentence}"
    registry = [*REGISTRY, {"name": "Marranbeck Vintage Festival", "aliases": []}]
    suggestion = found(text, sentence[:10], registry)
    assert suggestion is not None and suggestion.source == source


def test_an_outer_speakers_own_possessive_tells_his_gender():
    """"X said in his email that she had promised": she is not X (whose first name no table knows)."""
    text = ("Quillan Hebblethwaite resigned on Monday. Hebblethwaite said in his email that she had promised "
            "the deans in September that no university would close.")
    suggestion = found(text, "Hebblethwaite said")
    assert suggestion is None or suggestion.source != "Quillan Hebblethwaite"


def test_the_detective_again_after_an_unnamed_detective_and_a_directive_to_a_titled_name():
    text = ("Relics were stolen from the treasury. A detective on the case, speaking on condition of "
            "anonymity, said the alarm had been off. The detective said Norvex had been slow to hand over "
            "call records. The detective said Kowalski had asked Interior Minister Rafael Ortiz within an "
            "hour of the theft to put the treasury under guard.")
    check(text, "The detective said Norvex", "anonymous official", "The detective", "said")
    check(text, "The detective said Kowalski", "Anna Kowalski", "Kowalski", "asked")


def test_arguing_for_hours_is_no_stance():
    """"had argued for hours over the gates" is no stance argued for something."""
    text = ("The river burst its banks. A Norvex engineer, who spoke on condition of anonymity, said "
            "Norvex's managers had argued for hours over whether to open the gates.")
    check(text, "A Norvex engineer", "anonymous official", "A Norvex engineer", "said")


def test_a_managing_director_speaks_for_the_company():
    text = ("Norvex printed the wrong name. Ortiz said Norvex's managing director had admitted the mistake "
            "to him in a phone call on Tuesday.")
    check(text, "Ortiz said", "Norvex Group", "Norvex", "admitted")


# --- from the twentieth and twenty-first held-out sets, once scored ----------------------------

@pytest.mark.parametrize("crowd", ["Rescuers dug two survivors out of the snow", "Nobody was hurt",
                                   "Players have had no pay rise since 2018"])
def test_it_said_after_a_capitalised_crowd_is_the_body_that_spoke_before(crowd):
    text = f"The Elmar Teachers' Federation said the pass was closed. {crowd}, it said."
    check(text, crowd[:8], "Elmar Teachers' Federation", "it", "said")


def test_calling_members_to_a_meeting_is_an_act():
    text = ("Rates rose again. The Elmar Teachers' Federation, which represents 23 unions, has called its "
            "members to a meeting on Friday.")
    assert found(text, "The Elmar") is None
    text = "Rates rose again. Kowalski called the vote \u201ca coup in slow motion.\u201d"
    check(text, "Kowalski called", "Anna Kowalski", "Kowalski", "called")


def test_the_family_of_someone_named_is_not_that_person():
    text = ("Three patients died. The family of one victim, 81-year-old Anna Kowalski, said they had learned "
            "the cause of her death from a newspaper.")
    suggestion = found(text, "The family")
    assert suggestion is None or suggestion.source != "Anna Kowalski"


@pytest.mark.parametrize("sentence", ["Private detectives said the man had fled.",
                                      "The former police chief said the roads were closed."])
def test_detectives_and_former_police_chiefs_are_not_the_police(sentence):
    text = f"A painting was stolen. {sentence}"
    suggestion = found(text, sentence[:10], [*REGISTRY, {"name": "police", "aliases": []}])
    assert suggestion is None or suggestion.source != "police"


@pytest.mark.parametrize(("inner", "source_text"), [
    ("a harbour board engineer had told captains over the radio on Wednesday that no berth was free",
     "harbour board engineer"),
    ("the harbour board's pilots had told captains over the radio on Wednesday that no berth was free",
     "the harbour board's pilots"),
])
def test_any_word_for_staff_of_a_trade_speaks_for_the_body(inner, source_text):
    text = ("Norvex Group and the Sallowmouth Harbour Board signed the lease in May. "
            f"Ortiz said {inner}.")
    registry = [*REGISTRY, {"name": "Sallowmouth Harbour Board", "aliases": []}]
    suggestion = found(text, "Ortiz said", registry)
    assert suggestion is not None
    assert suggestion.source == ("Norvex Group" if source_text == "Norvex" else "Sallowmouth Harbour Board")
    assert text[slice(*suggestion.source_span)] == source_text


@pytest.mark.parametrize("sentence", [
    "The Norvex chief said he had made no such commitment.",
    "Ortiz said a Norvex customer had told him the tins were unsafe.",
    "The Ossarian Foreign Ministry summoned the ambassadors of three states on Tuesday.",
])
def test_a_held_role_a_customer_and_an_act_are_no_staff(sentence):
    text = ("Norvex Group chief Maximilian Threlkeld visited the plant. The Ossarian Foreign Ministry met. "
            f"{sentence}")
    registry = [*REGISTRY, {"name": "Ossarian Foreign Ministry", "aliases": []}]
    suggestion = found(text, sentence[:10], registry)
    assert suggestion is None or suggestion.source not in ("Norvex Group", "Ossarian Foreign Ministry")



# --- what a read-only review of this round found the first versions claimed wrongly -------------

REVIEWED = [*REGISTRY, {"name": "Marvellan Coast Guard", "aliases": []}, {"name": "police", "aliases": []},
            {"name": "World Health Organization", "aliases": ["WHO"]},
            {"name": "Skyvale Airlines", "aliases": ["Skyvale"]}]
REVIEW_LEAD = ("The Marvellan Coast Guard, the World Health Organization, Skyvale Airlines, Norvex Group, the "
               "Bank of Elmar and the Brenna Institute for Water Research met on Monday. ")


@pytest.mark.parametrize(("sentence", "not_source"), [
    ("Prison guard officers said the inmates were calm.", "Marvellan Coast Guard"),
    ("Local health officials said 40 cases had been confirmed.", "World Health Organization"),
    ("Kowalski said health inspectors had told her that 40 cases had been confirmed.", "World Health Organization"),
    ("A rival bank economist said lending would slow.", "Bank of Elmar"),
    ("A research assistant said the samples were lost.", "Brenna Institute for Water Research"),
    ("Along the coast the harbour master said the boats were safe.", "Marvellan Coast Guard"),
    ("A former coast guard officer said the boat was lost.", "Marvellan Coast Guard"),
    ("Former coast guard officers said the boat was lost.", "Marvellan Coast Guard"),
    ("A Skyvale crash survivor said the planes were unsafe.", "Skyvale Airlines"),
    ("Norvex sued two journalists, who said the lawsuit was an attempt to silence them.", "Norvex Group"),
    ("The bank's shareholders said the move was reckless.", "Bank of Elmar"),
    ("The bank's former chief economist said the move was reckless.", "Bank of Elmar"),
    ("Kowalski said she had been told by Ortiz's former lawyers that the deal was legal.", "Rafael Ortiz"),
    ("A week later, the Bank of Elmar said on condition of anonymity that a cut was likely.",
     "anonymous official"),
    ("Ortiz asked whether the plan was legal, but Kowalski told reporters.", "Anna Kowalski"),
])
def test_what_the_review_found_claimed_wrongly(sentence, not_source):
    text = REVIEW_LEAD + sentence
    suggestion = found(text, sentence[:12], REVIEWED)
    assert suggestion is None or suggestion.source != not_source


def test_an_age_another_speaker_was_given_is_not_theirs():
    text = "Anna Kowalski, 52, said the dam was safe. The 34-year-old geologist said the cracks were new."
    suggestion = found(text, "The 34-year-old")
    assert suggestion is None or suggestion.source != "Anna Kowalski"
    text = "Anna Kowalski said the dam was safe. The 29-year-old suspect said he had been framed."
    suggestion = found(text, "The 29-year-old")
    assert suggestion is None or suggestion.source != "Anna Kowalski"


@pytest.mark.parametrize("sentence", ["Kowalski declared on Monday that the vote had been rigged.",
                                      "Kowalski declared publicly that the vote had been rigged.",
                                      "Kowalski said nothing in the contract barred the sale."])
def test_claims_the_review_found_lost(sentence):
    text = f"The vote was held on Sunday. {sentence}"
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", sentence.split()[1])


def test_a_name_that_opens_with_a_role_word_keeps_it():
    text = "The bridge was closed. Dean Alan Whitby, 44, said the bridge was unsafe."
    suggestion = found(text, "Dean Alan")
    assert suggestion is not None and suggestion.source == "Dean Alan Whitby"


def test_the_cost_stays_linear_with_many_bodies_and_their_staff():
    """Staff described by a body's words, with a new body named in every paragraph: eight times
    the text costs about eight times as much (counted in calls, as the other linearity test)."""
    from annotate.attribution import suggest_sources
    from annotate.segment import split_sentences
    from tests.conftest import calls_made

    def article(paragraphs):
        parts, registry = [], [*REGISTRY]
        for number in range(paragraphs):
            name = f"Kestrel{number} Coast Guard Authority"
            registry.append({"name": name, "aliases": []})
            parts.append(f"The {name} met on Monday. Kowalski said a coast guard officer had told her "
                         "that the crew was safe. The authority's divers said the hull had split. "
                         "\u201cWe are ready,\u201d the 34-year-old geologist said.")
        return "\n\n".join(parts), registry

    def cost(paragraphs):
        text, registry = article(paragraphs)
        sentences = split_sentences(text)
        return calls_made(lambda: suggest_sources(text, sentences, registry))

    small, large = cost(20), cost(160)
    assert 7 * small < large < 9 * small
