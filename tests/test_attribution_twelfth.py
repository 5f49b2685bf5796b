"""Tests for the twelfth round of attribution rules, from the errors of the held-out sets once
scored (which makes them development sets for these rules): a registered organisation's unnamed
staff speak for it also as an inner speaker and with modifiers ("a Norvex engineer", "Norvex's
own site inspectors", "an Elmar Rail operations manager"), but not once they have left it ("a
former Norvex engineer"); lower-case words that end one organisation's name stand for it ("the
integrity unit" for "Global Track Integrity Unit"); "her institute" is the institute; speech
nested twice is the innermost named speaker's; a request made "by telephone"; "One of them"
after an unnamed group that reported someone else's words; the client of "Her lawyer, X," whose
gender no table knows; a denial of charges; an addressee of three words before "that"; "He said
she had promised him"; a call made "minutes before her arrest to say"; a role two speakers of
one sentence hold; a registered name followed by the kind of body it names; inspectors,
forecasters and trustees of an organisation; a police commander; a chief of staff; a
regulatory board; "The official" again after an unnamed one; "told board members he would";
a letter to someone's office "demanding that"; a sentence that opens by citing a source; more
phrases before "that" and things promised; an acceptance; a promise to farmers under a
parenthetical "he added"; assurances without an article; "as recently as"; three phrases
before "to say"; "one of the party's observers"; a corporation, a community officer, a rector;
a person shown by an age, "whose" or a role; the gender a quote's "she" teaches; what a speaker
did not say; more speech of someone unnamed; phrases of place and acronyms after a name; a
registered surname inside another person's name; a plea of not guilty; a figure put at; "his
campaign". And what a read-only review of the round found the first versions claimed wrongly:
people near a company who do not speak for it, plural nouns that end a name, "his company",
"The employee" after people who named an employee, citing a source and then speaking of it,
a judge's rejection of charges, jokes told, a client found after a preposition, a company
"whose vessel sank", a vox-pop quote's "she", a semicolon after what was not said, titles the
tables lack. Then, from the eighth and ninth held-out sets once scored: a recall of goods and an
order given; a supervisor, a laboratory, a website and a name withheld by law; a head who says her
own organisation warned someone; and the last round of the day (from the tenth and eleventh
held-out sets once scored).

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import REGISTRY, check, found, source_of

UNIT = {"name": "Global Track Integrity Unit", "aliases": []}
RAIL = {"name": "Elmar Rail Freight", "aliases": ["Elmar Rail"]}


@pytest.mark.parametrize(("sentence", "source_text"), [
    ("Kowalski said a Norvex engineer had told her that the valve was faulty.", "Norvex"),
    ("Kowalski said Norvex's own site inspectors had told her that the valve was faulty.", "Norvex"),
    ("Kowalski said Norvex engineers had warned her that the valve was faulty.", "Norvex"),
    ("A Norvex engineer told reporters that the valve was faulty.", "Norvex"),
    ("Kowalski said an Elmar Rail operations manager had told drivers that the line was safe.", "Elmar Rail"),
])
def test_an_organisations_unnamed_staff_speak_for_it(sentence, source_text):
    """Outer or inner speaker, with up to two words of trade between the name and the noun."""
    text = f"Norvex Group and Elmar Rail Freight signed the deal in May. {sentence}"
    registry = [*REGISTRY, RAIL]
    suggestion = found(text, sentence[:12], registry)
    assert suggestion is not None
    assert suggestion.source == ("Elmar Rail Freight" if source_text == "Elmar Rail" else "Norvex Group")
    assert text[slice(*suggestion.source_span)] == source_text


@pytest.mark.parametrize("sentence", [
    "Kowalski said a former Norvex engineer had told investigators that the valve was faulty.",
    "Kowalski said an ex-Norvex engineer had told investigators that the valve was faulty.",
    "Kowalski said Norvex's sacked engineers had told investigators that the valve was faulty.",
])
def test_staff_who_have_left_speak_for_no_one(sentence):
    """Someone unnamed who left the organisation: nobody's (the convention for an unnamed inner
    speaker), never Norvex's."""
    suggestion = found(f"Norvex Group signed the deal in May. {sentence}", "Kowalski said")
    assert suggestion is None or suggestion.source != "Norvex Group"


@pytest.mark.parametrize(("sentence", "prefix", "short"), [
    ("Ortiz said the integrity unit had told him in May that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("Ortiz said he had been told by the integrity unit in May that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("Ortiz said an official of the integrity unit had told him that the kits were sealed.", "Ortiz said",
     "the integrity unit"),
    ("The integrity unit said the kits were sealed.", "The integrity", "The integrity unit"),
])
def test_lower_case_words_that_end_an_organisations_name_stand_for_it(sentence, prefix, short):
    text = f"The Global Track Integrity Unit ran the tests. {sentence}"
    suggestion = found(text, prefix, [*REGISTRY, UNIT])
    assert suggestion is not None and suggestion.source == "Global Track Integrity Unit"
    assert text[slice(*suggestion.source_span)] == short


def test_lower_case_words_that_end_two_names_stand_for_neither():
    """"the integrity unit" after two units with that ending: unsure, so nobody."""
    text = ("The Global Track Integrity Unit and the Road Racing Integrity Unit ran the tests. "
            "The integrity unit said the kits were sealed.")
    registry = [*REGISTRY, UNIT, {"name": "Road Racing Integrity Unit", "aliases": []}]
    assert found(text, "The integrity unit", registry) is None


@pytest.mark.parametrize("owner", ["His company", "His firm"])
def test_his_company_is_not_any_company_named_before(owner):
    """"His company" after another company sued him: not that company (the rules do not know
    which company is his)."""
    text = f"Norvex Group sued Rafael Ortiz in May over a supply contract. {owner} said the claim was baseless."
    suggestion = found(text, owner)
    assert suggestion is None or suggestion.source != "Norvex Group"


def test_speech_nested_twice_is_the_innermost_named_speakers():
    text = ("Prosecutor Dana Vrel said the money went abroad. According to the prosecutor, "
            "Ortiz told investigators that Kowalski had promised him a bonus.")
    check(text, "According to", "Anna Kowalski", "Kowalski", "promised")


@pytest.mark.parametrize(("sentence", "source"), [
    # the innermost speaker is the middle one's own "he": the middle speaker's words
    ("Vrel said Ortiz had told investigators that he had promised Kowalski a bonus.", "Rafael Ortiz"),
    # a second verb of the same speaker, not inside the first one's words: the first speaker's
    ("Vrel said Ortiz had briefed Kowalski on the case and had warned that fines would rise.",
     "Rafael Ortiz"),
])
def test_a_second_verb_is_no_deeper_speech_unless_inside_the_first(sentence, source):
    text = f"Prosecutor Dana Vrel said the money went abroad. {sentence}"
    suggestion = found(text, "Vrel said")
    assert suggestion is not None and suggestion.source == source


def test_a_request_made_by_telephone_is_the_askers():
    """"had asked the governor by telephone on Saturday to reverse it": a phrase with "by"
    between the addressee and what is asked."""
    text = "Vrel said Kowalski had asked the governor by telephone on Saturday to reverse the increase."
    check(text, "Vrel said", "Anna Kowalski", "Kowalski", "asked")


def test_one_of_them_after_an_unnamed_group_that_reported_someone_elses_words():
    """The group is the outer speaker of the sentence before (its source is the inner one):
    "One of them" is still one of the group."""
    text = ("Two people familiar with the matter, speaking on condition of anonymity, said Kowalski "
            "had asked the governor to reverse the increase. One of them said the governor had refused.")
    assert found(text, "Two people").source == "Anna Kowalski"
    check(text, "One of them", "anonymous official", "One of them", "said")


@pytest.mark.parametrize(("opening", "pronoun", "client"), [
    ("On Monday, Nadrel Okafor appealed against her ban. Her lawyer, Dario Feld, spoke first.", "her",
     "Nadrel Okafor"),
    ("On Monday, Tobrin Reyna pleaded not guilty. His lawyer, Ada Feld, spoke first.", "his", "Tobrin Reyna"),
])
def test_the_client_of_a_lawyer_named_in_apposition(opening, pronoun, client):
    """"Her lawyer, Dario Feld," after the one person named before, whose first name no table
    knows: the client is that person."""
    text = f"{opening} Feld said {pronoun} client had told officers that the kit was open."
    suggestion = found(text, "Feld said")
    assert suggestion is not None and suggestion.source == client


def test_a_lawyer_of_someone_named_through_his_lawyer_is_no_apposition():
    """"said through his lawyer" names no lawyer, so a man the tables do not know is not taken
    for the client of the lawyer named later."""
    text = ("Referee Tomas Reyna said through his lawyer that he was cooperating. The club's lawyer, "
            "Ada Feld, said the payments were fees. Feld said her client had told prosecutors that he "
            "never met Reyna.")
    suggestion = found(text, "Feld said")
    assert suggestion is None or suggestion.source != "Tomas Reyna"


@pytest.mark.parametrize("denial", ["had denied every charge", "denied all the accusations",
                                    "had denied the allegations"])
def test_a_denial_of_charges_is_the_accuseds(denial):
    text = f"Ortiz was charged in May. His lawyer, Dario Feld, said Ortiz {denial} when questioned."
    check(text, "His lawyer", "Rafael Ortiz", "Ortiz", denial.split()[-3] if denial.startswith("had")
          else denial.split()[0])


@pytest.mark.parametrize("sentence", [
    "Kowalski said Judge Mara Lind had rejected the corruption charges against Ortiz as groundless.",
    "Kowalski said the Bank of Elmar had rejected the accusations against Ortiz.",
])
def test_rejecting_charges_against_someone_else_is_no_denial(sentence):
    check(sentence, "Kowalski", "Anna Kowalski", "Kowalski", "said")


def test_an_addressee_of_three_words_before_that():
    """"had told doping control officers at the time that": the inner speaker's words."""
    text = "Feld said Ortiz had told doping control officers at the time that the kit was open."
    check(text, "Feld said", "Rafael Ortiz", "Ortiz", "told")


def test_he_said_she_had_promised_him_is_the_woman_named_before():
    """An outer "He" stands for the man who spoke last; the inner "she" for someone else, the
    woman named before him, even when no table knows either first name."""
    text = ("Grain Minister Ilvene Tollbright banned exports on Monday. \u201cOur first duty is at home,\u201d "
            "she said. Trade Minister Osric Vandermaal said he had telephoned Tollbright to ask for an "
            "exemption. He said she had promised him that the request would be looked at.")
    check(text, "He said she", "Ilvene Tollbright", "she", "promised")


def test_a_call_made_minutes_before_an_arrest_to_say_something():
    """"had telephoned him from the hotel lobby minutes before her arrest to say that": the caller's."""
    text = ("Kowalski, a reporter, was arrested in May. Her editor, Osric Vandermaal, said the arrest "
            "was unlawful. He said Kowalski had telephoned him from the hotel lobby minutes before her "
            "arrest to say that two men were following her.")
    check(text, "He said Kowalski", "Anna Kowalski", "Kowalski", "telephoned")


def test_the_mayor_after_a_sentence_with_two_mayors_is_unsure():
    """"The acting mayor said" after "Deputy Mayor Y said Mayor X had asked him ...": either."""
    text = ("Mayor Ambrin Kettleby was arrested on Monday. Deputy Mayor Osric Vandermaal said city "
            "services would run normally. Vandermaal said Kettleby had called him from the police "
            "station to ask him to keep every project going. The acting mayor said he had not been "
            "questioned.")
    assert found(text, "Vandermaal said Kettleby").source == "Ambrin Kettleby"
    assert found(text, "The acting mayor") is None


@pytest.mark.parametrize(("sentence", "prefix"), [
    ("The Harbourline Sentinel newspaper said its reporter was innocent.", "The Harbourline"),
    ("A reporter was detained for nine days, the Harbourline Sentinel newspaper said on Wednesday, "
     "urging her release.", "A reporter"),
    ("Prices rose, the Norvex group said.", "Prices rose"),
])
def test_a_name_and_the_kind_of_body_it_names(sentence, prefix):
    """"the Harbourline Sentinel newspaper": the registered name, not a word before it."""
    registry = [*REGISTRY, {"name": "Harbourline Sentinel", "aliases": []}]
    suggestion = found(sentence, prefix, registry)
    assert suggestion is not None
    assert suggestion.source == ("Norvex Group" if "Norvex" in sentence else "Harbourline Sentinel")


@pytest.mark.parametrize(("opening", "sentence", "source"), [
    ("The Brenna Institute for Water Research tested the pipes.",
     "Kowalski said inspectors from the institute had told her that the pipes could run.",
     "Brenna Institute for Water Research"),
    ("The Brenna Institute for Water Research tested the pipes.",
     "Kowalski said forecasters at the Brenna Institute for Water Research had told her that rain would come.",
     "Brenna Institute for Water Research"),
    ("The Norvex Group pension scheme was cut.",
     "Kowalski said Norvex's trustees had warned her in March that it could not pay.", "Norvex Group"),
    ("Rafael Ortiz was asked on Monday.",
     "According to Kowalski, Ortiz's chief of staff had replied that the president would decide.", "Rafael Ortiz"),
])
def test_more_staff_who_speak_for_whom_they_serve(opening, sentence, source):
    suggestion = found(f"{opening} {sentence}", sentence[:14])
    assert suggestion is not None and suggestion.source == source


def test_a_police_commander_at_the_scene_is_the_police():
    registry = [*REGISTRY, {"name": "police", "aliases": []}]
    text = "Kowalski said a police commander at the scene had told her the students had ten minutes."
    assert found(text, "Kowalski said", registry).source == "police"


def test_the_regulator_is_a_regulatory_board():
    registry = [*REGISTRY, {"name": "Elmar Nuclear Regulatory Board", "aliases": []}]
    text = ("The Elmar Nuclear Regulatory Board closed the plant. Kowalski said the regulator's own "
            "inspectors had told the company in June that the pipes could run.")
    assert found(text, "Kowalski said", registry).source == "Elmar Nuclear Regulatory Board"


@pytest.mark.parametrize(("described", "again"), [
    ("A senior official, speaking on condition of anonymity,", "The official said"),
    ("An officer who asked not to be named", "The officer said"),
    ("A board member who asked not to be named", "The board member said"),
    ("Two people familiar with the matter", "The person said"),
    ("A senior official, speaking on condition of anonymity,", "The person said"),
])
def test_an_unnamed_source_called_again_is_the_anonymous_entry(described, again):
    text = f"{described} said the deal was close. {again} the bank had resisted."
    check(text, again, "anonymous official", again[:-5], "said")


@pytest.mark.parametrize("text", [
    "People familiar with the matter said an employee had leaked the file. The employee said she had done nothing.",
    "Two sources close to the talks said a senior diplomat had been recalled. The diplomat said he was not told why.",
    "People familiar with the talks said the deal was near. The deal was negotiated by Mara Lind, a trade ministry "
    "official. The official said talks would resume on Monday.",
])
def test_the_official_named_in_between_is_not_the_unnamed_source(text):
    """The noun stands for someone else described with it: not the anonymous entry."""
    again = text.rsplit(". ", 1)[1]
    suggestion = found(text, again[:14])
    assert suggestion is None or suggestion.source != "anonymous official"


def test_the_official_after_a_named_source_is_no_anonymous_one():
    """"The person said" after a named speaker: no one (no person is "the person")."""
    text = "Kowalski said the deal was close. The person said the bank had resisted."
    assert found(text, "The person") is None


def test_an_unnamed_source_called_again_may_report_a_named_inner_speaker():
    text = ("A senior official, speaking on condition of anonymity, said the deal was close. "
            "The official said Ortiz had told board members he would not resign. "
            "The official said Ortiz had told board members on Tuesday to hand in their phones.")
    assert found(text, "The official said Ortiz had told board members he").source == "Rafael Ortiz"
    assert found(text, "The official said Ortiz had told board members on").source == "Rafael Ortiz"


def test_an_owners_role_ending_in_an_unnamed_noun_is_the_owners():
    """"the federation's ethics officer" is the federation's, even after an unnamed official."""
    text = ("The Elmar Teachers' Federation met on Monday. A senior official, speaking on condition of "
            "anonymity, said the talks had failed. The official said the federation's ethics officer had "
            "told both unions to stop commenting.")
    check(text, "The official said the", "Elmar Teachers' Federation", "the federation's ethics officer", "told")


def test_a_letter_to_someones_office_demanding_something():
    """"had written to Roszell's office demanding that": the writer's words."""
    text = "Kowalski said Norvex had written to Ortiz's office demanding that the base stay open."
    check(text, "Kowalski said", "Norvex Group", "Norvex", "written")


@pytest.mark.parametrize(("sentence", "registry_entry", "source"), [
    ("Citing figures from the Elmar Trade Council, Kowalski said exports had fallen.",
     {"name": "Elmar Trade Council", "aliases": []}, "Elmar Trade Council"),
    ("Citing a police report that the party had obtained, Kowalski said officers had been told to wait.",
     {"name": "police", "aliases": []}, "police"),
])
def test_a_sentence_that_opens_by_citing_a_source_is_the_sources(sentence, registry_entry, source):
    suggestion = found(sentence, "Citing", [*REGISTRY, registry_entry])
    assert suggestion is not None and suggestion.source == source


@pytest.mark.parametrize("sentence", [
    "Citing a police officer, Kowalski said the road was closed.",
    "Citing weak demand in China, Kowalski said prices would fall.",
])
def test_citing_a_person_or_a_reason_leaves_the_speakers_words(sentence):
    suggestion = found(sentence, "Citing", [*REGISTRY, {"name": "police", "aliases": []}])
    assert suggestion is not None and suggestion.source == "Anna Kowalski"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Kowalski said Ortiz had promised students on the second day of the sit-in that police would stay out.",
     "promised"),
    ("Kowalski said Ortiz had promised him extra money to cover the higher price.", "promised"),
    ("According to Kowalski, Ortiz had privately accepted in January that 4 percent was fair.", "accepted"),
])
def test_more_shapes_of_inner_speech(sentence, cue):
    check(sentence, sentence[:10], "Rafael Ortiz", "Ortiz", cue)


def test_accepting_a_thing_is_no_speech():
    """"teachers had accepted a pay freeze on the understanding that": the speaker's words."""
    text = ("Kowalski told the crowd that teachers had accepted a pay freeze in 2015 on the understanding "
            "that it would end.")
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "told")


@pytest.mark.parametrize(("text", "prefix", "source", "cue"), [
    # a parenthetical outer cue with a pronoun, and a promise to a plural addressee
    ("Grain Minister Ilvene Tollbright met farmers. Farm leader Osric Vandermaal spoke after her. "
     "The minister, he added, had promised farmers a compensation fund at a meeting in June.",
     "The minister, he", "Ilvene Tollbright", "promised"),
    # assurances given without an article
    ("Kowalski told the committee that Norvex had given written assurances that the trucks would stay home.",
     "Kowalski", "Norvex Group", "given"),
    # an addressee "as recently as Monday"
    ("Kowalski said Ortiz had assured exporters as recently as Monday that no ban was planned.",
     "Kowalski", "Rafael Ortiz", "assured"),
    # three phrases before what a call was made to say
    ("Feld said Ortiz had phoned him in tears on the night of the test to say that the kit was open.",
     "Feld", "Rafael Ortiz", "phoned"),
])
def test_still_more_shapes_of_inner_speech(text, prefix, source, cue):
    suggestion = found(text, prefix)
    assert suggestion is not None and suggestion.source == source
    assert text[slice(*suggestion.cue_span)] == cue


def test_an_addressee_that_is_one_of_a_group():
    """"had told one of the party's observers that": the teller's words."""
    text = "Kowalski said Ortiz had told one of the party's observers that the count was over."
    check(text, "Kowalski", "Rafael Ortiz", "Ortiz", "told")


@pytest.mark.parametrize(("opening", "sentence", "source"), [
    ("The Calverian Housing Corporation sold the land in 2021.",
     "Kowalski said the corporation's board had told Ortiz in writing that the valuations were sound.",
     "Calverian Housing Corporation"),
    ("Norvex Group runs the mine.",
     "Kowalski said a Norvex community officer had told villagers in 2023 that the water was safe.", "Norvex Group"),
    ("Rector Helmi Oosterdam closed the library on Monday.",
     "According to Kowalski, the rector had told union leaders that the order came from above.", "Helmi Oosterdam"),
])
def test_a_corporation_a_community_officer_and_a_rector(opening, sentence, source):
    registry = [*REGISTRY, {"name": "Calverian Housing Corporation", "aliases": []}]
    suggestion = found(f"{opening} {sentence}", sentence[:12], registry)
    assert suggestion is not None and suggestion.source == source


def test_a_union_official_of_a_company_speaks_for_no_company():
    text = "Norvex Group runs the mine. A Norvex union official said the strike would go on."
    suggestion = found(text, "A Norvex")
    assert suggestion is None or suggestion.source != "Norvex Group"


@pytest.mark.parametrize("opening", [
    "Tobrin Essendal, a 34-year-old schoolteacher who swam ashore, told reporters the cars broke loose.",
    "Tobrin Essendal, whose brother was killed, told the inquiry there had been no armed men.",
    "Rescue coordinator Tobrin Essendal told reporters that teams were drilling towards the men.",
])
def test_a_person_shown_by_age_whose_or_role_is_the_he_of_a_quote_next(opening):
    """No table knows the first name; what surrounds the name shows a person, whom the "he"
    of the next sentence's quote stands for (not a woman named before, whose gender no table
    knows either)."""
    text = (f"Quarla Fennimore, the ferry company's lawyer, said her client had followed the rules. {opening} "
            "\u201cWe heard them sliding,\u201d he said.")
    suggestion = found(text, "\u201cWe heard")
    assert suggestion is not None and suggestion.source == "Tobrin Essendal"


def test_she_of_a_quote_teaches_the_speakers_gender():
    """'"...," she said' of the one person named before: a woman, so a later "He" is not her."""
    text = ("Finance Minister Ilvene Tollbright told parliament that pensions came first. "
            "\u201cWe will not close a ward,\u201d she said. "
            "Its chairman, Osric Vandermaal, said Tollbright had assured creditors in October that they would be paid. "
            "The minister said she had given no such assurance. "
            "He said Tollbright had personally cancelled the transfer on Friday.")
    suggestion = found(text, "He said Tollbright")
    assert suggestion is not None and suggestion.source == "Osric Vandermaal"


@pytest.mark.parametrize("sentence", [
    "Norvex did not say how many people it expected to come forward.",
    "Kowalski declined to say whether it had asked for the cut.",
    "Kowalski did not say what she would do if the bank declared Ortiz the winner.",
])
def test_what_a_speaker_did_not_say_holds_no_claim(sentence):
    assert found(f"The Bank of Elmar met on Monday. {sentence}", sentence[:10]) is None


def test_a_verb_joined_by_but_after_what_was_not_said_is_the_speakers():
    text = "Kowalski declined to say which side had fired but noted that both drones went down."
    check(text, "Kowalski", "Anna Kowalski", "Kowalski", "noted")


@pytest.mark.parametrize("sentence", [
    "Kowalski said she had been alerted by a professor who noticed that the students could not answer.",
    "Kowalski said one of the trapped men had told rescuers over a field telephone that water was rising.",
])
def test_more_speech_of_someone_unnamed_is_nobodys(sentence):
    assert found(sentence, "Kowalski") is None


@pytest.mark.parametrize(("text", "prefix", "source"), [
    ("Witnesses in the village of Gribbenhoe said the water had turned grey.", "Witnesses", "witnesses"),
    ("Witnesses in the fishing town of Yelvanstow said helicopters had arrived.", "Witnesses", "witnesses"),
    ("The Brenna Institute for Water Research (BIWR) said the river was clean.", "The Brenna",
     "Brenna Institute for Water Research"),
    ("The lab's owner, the Brenna Institute for Water Research (BIWR), said in a statement that it was sorry.",
     "The lab's", "Brenna Institute for Water Research"),
    ("The Bank of Elmar met. According to Ortiz, a bank official in the city of Sorna had told one of the "
     "party's observers that the count was over.", "According", "Bank of Elmar"),
])
def test_phrases_of_place_and_acronyms_after_a_name(text, prefix, source):
    suggestion = found(text, prefix)
    assert suggestion is not None and suggestion.source == source


@pytest.mark.parametrize(("text", "prefix", "source"), [
    ("Ortiz's wife, Lucia Ortiz, said he had been detained.", "Ortiz's wife", "Lucia Ortiz"),
    ("Rafael Ortiz was detained. His brother, Tobrin Ortiz, said the arrest was unlawful.", "His brother",
     "Tobrin Ortiz"),
    ("Rafael Ortiz was detained. Reporter Ortiz said the arrest was unlawful.", "Reporter Ortiz", "Rafael Ortiz"),
    ("Rafael Ortiz was detained. Finance Minister Ortiz said the arrest was unlawful.", "Finance Minister",
     "Rafael Ortiz"),
])
def test_a_registered_surname_inside_another_persons_name(text, prefix, source):
    """"Lucia Ortiz" is not Rafael Ortiz, whose alias "Ortiz" ends her name; a title or a role
    before the surname leaves it his."""
    suggestion = found(text, prefix)
    assert suggestion is not None and suggestion.source == source


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Ortiz, 64, pleaded not guilty to charges of treason.", "pleaded not guilty"),
    ("Ortiz, wearing a dark suit, pleaded not guilty.", "pleaded not guilty"),
    ("Ortiz put the cost of renovating the schools at 31 million kronor.", "put the cost of renovating the schools at"),
    ("Ortiz had previously put the bill at 260 million dollars.", "put the bill at"),
])
def test_a_plea_of_not_guilty_and_a_figure_put_at(sentence, cue):
    check(sentence, "Ortiz", "Rafael Ortiz", "Ortiz", cue)


def test_a_plea_of_guilty_is_an_act():
    assert found("Ortiz pleaded guilty to lesser charges in May.", "Ortiz") is None


def test_his_campaign_speaks_for_him():
    text = "President Tobrin Ashgrave voted on Sunday. His campaign said the count would confirm his victory."
    check(text, "His campaign", "Tobrin Ashgrave", "His campaign", "said")


@pytest.mark.parametrize("sentence", [
    "Kowalski said Ortiz had told jokes the whole evening.",
    "Kowalski said Ortiz had told funny stories the night before the vote.",
])
def test_telling_jokes_is_no_claim(sentence):
    check(sentence, "Kowalski", "Anna Kowalski", "Kowalski", "said")


@pytest.mark.parametrize("sentence", [
    "The ministry fined Norvex and engineers said the valve was faulty.",
    "The ministry sued Norvex but inspectors said the plant was safe.",
    "Norvex customers and engineers said the valve was faulty.",
    "Workers who left Norvex as engineers said the valve was faulty.",
    "A non-Norvex engineer said the valve was faulty.",
    "Families of Norvex engineers in the town of Sorna said the valve was faulty.",
    "Regulators visited Norvex on Monday and inspectors said the plant was unsafe.",
    "Auditors of Norvex said the accounts had been falsified.",
    "The Norvex union said the plant was unsafe.",
    "The Norvex inquiry said the plant was unsafe.",
])
def test_people_near_a_company_who_do_not_speak_for_it(sentence):
    suggestion = found(f"Norvex Group opened a plant in May. {sentence}", sentence[:12])
    assert suggestion is None or suggestion.source != "Norvex Group"


@pytest.mark.parametrize("text", [
    "Aid from Save the Children reached the camp on Monday. The children said they had not eaten for days.",
    "A group called Families of the Missing met the minister. The families said they had not been told.",
    "The Ostra Fishermen met the minister on Monday. The fishermen said the quota was too low.",
])
def test_a_plural_noun_that_ends_a_name_is_the_people_not_the_name(text):
    registry = [*REGISTRY, {"name": "Save the Children", "aliases": []},
                {"name": "Families of the Missing", "aliases": []}, {"name": "Ostra Fishermen", "aliases": []}]
    assert found(text, "The " + text.split(". The ")[1].split()[0], registry) is None


@pytest.mark.parametrize(("cited", "content"), [
    ("Norvex", "the company was lying about its losses"),
    ("the Bank of Elmar", "the bank had misjudged inflation"),
])
def test_citing_a_source_then_speaking_of_it_is_the_speakers_claim(cited, content):
    text = f"Citing figures from {cited}, Kowalski said {content}."
    check(text, "Citing", "Anna Kowalski", "Kowalski", "said")


@pytest.mark.parametrize("place", ["in Port Ostra", "at Tarvo Stadium", "after a complaint by Tobrin Reyna"])
def test_a_client_is_no_place_and_no_one_after_a_preposition(place):
    text = (f"On Monday, Nadrel Okafor appealed against her ban {place}. Her lawyer, Dario Feld, spoke first. "
            "Feld said her client had told officers that the kit was open.")
    suggestion = found(text, "Feld said")
    assert suggestion is None or suggestion.source == "Nadrel Okafor"


def test_a_company_whose_vessel_sank_is_no_person():
    text = ("Captain Velk Orsan was rescued on Monday. Ostra Ferries, whose vessel sank near the port, blamed "
            "the weather. He said the waves had been too high.")
    suggestion = found(text, "He said")
    assert suggestion is None or suggestion.source != "Ostra Ferries"


def test_a_quote_of_someone_unnamed_teaches_no_gender():
    """'"...," she said' after an unnamed resident is (wrongly) resolved to the mayor named
    before, but the mayor is not therefore taken for a woman: "He said" stays unsure between
    the two men."""
    text = ("Mayor Velk Orsan told reporters that the dam had held. A resident of the lower town described the "
            "flood. \u201cThe water came in seconds,\u201d she said. Engineer Jory Tamm inspected the dam with Orsan "
            "on Tuesday. He said the dam would be repaired by June.")
    assert found(text, "He said") is None


def test_a_verb_after_a_semicolon_follows_what_was_not_said():
    text = "Ortiz did not say how much Norvex had paid; Kowalski said it was 40 million."
    check(text, "Ortiz", "Anna Kowalski", "Kowalski", "said")


@pytest.mark.parametrize("title", ["Congressman", "Detective", "Magistrate", "Pastor"])
def test_a_title_the_tables_lack_before_a_registered_surname_leaves_it_the_registered_persons(title):
    text = f"Rafael Ortiz was detained. {title} Ortiz said the arrest was unlawful."
    suggestion = found(text, title)
    assert suggestion is not None and suggestion.source == "Rafael Ortiz"


@pytest.mark.parametrize("sentence", [
    "Norvex recalled more than 2 million tins of formula on Tuesday after tests found a toxin.",
    "Kowalski ordered an independent inquiry into the failure.",
    "Kowalski ordered the evacuation of some 4,000 residents.",
])
def test_a_recall_of_goods_and_an_order_given_are_acts(sentence):
    assert found(sentence, sentence[:8]) is None


def test_recalling_a_conversation_is_still_a_cue():
    check("Kowalski recalled that Ortiz had been calm.", "Kowalski", "Anna Kowalski", "Kowalski", "recalled")


@pytest.mark.parametrize(("text", "prefix", "source"), [
    ("Norvex Group runs the plant. Kowalski said a Norvex supervisor had told staff to ignore the alarms.",
     "Kowalski", "Norvex Group"),
    ("The Brenna Institute for Water Research tested it. Kowalski said the institute's own laboratory had "
     "advised Norvex that the result might be wrong.", "Kowalski", "Brenna Institute for Water Research"),
    ("The investigative website The Quarry Ledger published the files. The website said the files were genuine.",
     "The website", "The Quarry Ledger"),
    ("Kowalski said the marksman, who cannot be named for legal reasons, had told investigators that he was "
     "afraid.", "Kowalski", "anonymous official"),
])
def test_a_supervisor_a_laboratory_a_website_and_a_name_withheld_by_law(text, prefix, source):
    registry = [*REGISTRY, {"name": "The Quarry Ledger", "aliases": []}]
    suggestion = found(text, prefix, registry)
    assert suggestion is not None and suggestion.source == source


@pytest.mark.parametrize("sentence", [
    "Its chair, Hilde Vasquez, said the bank had warned Norvex in a 2024 report that its cash was short.",
    "Its president, Hilde Vasquez, said the bank had asked Norvex in September to hold public hearings.",
])
def test_a_head_who_says_her_own_organisation_warned_speaks_in_her_own_name(sentence):
    text = f"The Bank of Elmar said it would act against Norvex. {sentence}"
    suggestion = found(text, "Its ")
    assert suggestion is not None and suggestion.source == "Hilde Vasquez"


def test_an_unnamed_member_who_says_his_organisation_warned_is_not_its_head():
    """"Two bank officials, speaking on condition of anonymity, said the bank's board had warned
    Norvex": no head named, so the board's words (nested), as before."""
    text = ("The Bank of Elmar fined Norvex Group on Monday. Two lawmakers, speaking on condition of anonymity, "
            "said the bank had warned Norvex in May that its cash was short.")
    suggestion = found(text, "Two lawmakers")
    assert suggestion is not None and suggestion.source == "Bank of Elmar"


@pytest.mark.parametrize(("sentence", "source"), [
    ("The chairman of Norvex Group, Emrys Bellweather, said the state would receive a third of the profit.",
     "Emrys Bellweather"),
    ("Thorunn Solvadottir, medical coordinator for the aid group Norvex Group, said its clinic had treated 64 "
     "people.", "Thorunn Solvadottir"),
])
def test_a_person_named_with_a_role_of_an_organisation_is_the_person(sentence, source):
    suggestion = found(sentence, sentence[:8])
    assert suggestion is not None and suggestion.source == source


def test_a_role_in_a_long_appositive_shows_a_person():
    """"X, a structural engineer who inspected the bridge in January of last year, told the
    inquiry ...": a person, whom the "she" of the quote next stands for."""
    text = ("Perpetua Blanchwood, a structural engineer who inspected the bridge in January of last year, told "
            "the inquiry that she had sent Norvex a report. \u201cI marked it urgent,\u201d she said.")
    suggestion = found(text, "\u201cI marked")
    assert suggestion is not None and suggestion.source == "Perpetua Blanchwood"


@pytest.mark.parametrize(("text", "prefix", "source"), [
    ("Norvex added six extra flights on Wednesday.", "Norvex", None),
    ("The Bank of Elmar counted the votes. Kowalski said the bank's regional coordinator had told him the "
     "districts were impossible to count.", "Kowalski", "Bank of Elmar"),
    ("The Bank of Elmar met. Kowalski said the bank's treasurer had told her in September that the budget "
     "had tripled.", "Kowalski", "Bank of Elmar"),
    ("Norvex Group runs the bridge. Kowalski said the company's operations centre had told staff to leave the "
     "barriers raised.", "Kowalski", "Norvex Group"),
    ("Kowalski said traffic controllers at the Bank of Elmar had warned both ships in May that the channel "
     "was closed.", "Kowalski", "Bank of Elmar"),
    ("Norvex Group runs 12 clinics. Its country director, Fridolin Kaltenbrunn, said tests had confirmed that "
     "the strain was resistant.", "Its country", "Fridolin Kaltenbrunn"),
    ("Norvex Chief Executive Percival Dunnock defended the rise, saying costs had doubled.", "Norvex Chief",
     "Percival Dunnock"),
])
def test_the_last_round_of_the_day(text, prefix, source):
    assert source_of(text, prefix) == source
