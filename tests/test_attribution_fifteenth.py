"""Tests for the fifteenth round of attribution rules, written after the twenty-sixth and
twenty-seventh held-out sets were scored: a body the article describes but never names ("the
finance ministry", "the army", "the national audit chamber") is the one registered body whose
name holds the description's words and whose other words the article ties to the story (the
country or city it names: "Tsiskarian" when Tsiskaria is named), as outer or inner speaker.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from annotate.attribution_registry import Registry
from tests.test_attribution_across import REGISTRY, found, source_of

BODIES = [
    {"name": "Tsiskarian Ministry of Transport", "aliases": []},
    {"name": "Tsiskarian Ministry of Health", "aliases": []},
    {"name": "Valmaskian Ministry of Transport", "aliases": []},
    {"name": "Tsiskarian Army", "aliases": []},
    {"name": "Valmaskian Army", "aliases": []},
    {"name": "Tsiskarian Audit Chamber", "aliases": []},
    {"name": "Mtsvaneli City Council", "aliases": []},
    {"name": "Government of Tuvakoa", "aliases": []},
    {"name": "Nestan Kavtaradze", "aliases": ["Kavtaradze"]},
]
REGISTERED = [*REGISTRY, *BODIES]
LEAD = ("MTSVANELI, Tsiskaria, Dec 2 (Quillmark Wire) - A night train left the rails near Mtsvaneli "
        "on Sunday, the rail union president Nestan Kavtaradze said. ")


@pytest.mark.parametrize(("sentence", "source", "source_text"), [
    ("Kavtaradze said the transport ministry had assured the union that a law would pass.",
     "Tsiskarian Ministry of Transport", "the transport ministry"),
    ("The health ministry disputed that figure, saying deaths had not risen.",
     "Tsiskarian Ministry of Health", "The health ministry"),
    ("Kavtaradze said the army had told the union that its soldiers fired no shots.",
     "Tsiskarian Army", "the army"),
    ("Two soldiers were hurt, the army said.", "Tsiskarian Army", "the army"),
    ("The national audit chamber said the railway's accounts were wrong.",
     "Tsiskarian Audit Chamber", "The national audit chamber"),
    ("The city council said the bridge would be rebuilt.", "Mtsvaneli City Council", "The city council"),
    ("Kavtaradze said senior army officers had told him the line was safe.", "Tsiskarian Army", "army officers"),
])
def test_a_body_described_but_never_named_is_the_registered_one_of_the_country_named(
        sentence, source, source_text):
    """Of two transport ministries and two armies registered, the one whose nationality is
    the country the dateline names; outer and inner speakers alike."""
    text = LEAD + sentence
    suggestion = found(text, sentence[:14], REGISTERED)
    assert suggestion is not None and suggestion.source == source
    assert source_text in text[suggestion.source_span[0] : suggestion.source_span[1] + 3]


def test_a_nationality_before_the_noun_ties_the_body_by_its_stem():
    text = ("APIA, Dec 2 (Quillmark Wire) - A museum returned a carved canoe on Wednesday. "
            "Its director said the Tuvakoan government had promised in writing to keep it in a cool room.")
    assert source_of(text, "Its director said", REGISTERED) == "Government of Tuvakoa"


@pytest.mark.parametrize("sentence", [
    "The bank said the bridge would be rebuilt.",  # a noun no registered body of the place ends in
    "The ministry said the line would reopen.",  # no ministry whose every word the story names
    "The foreign ministry said the line would reopen.",  # no foreign ministry registered
])
def test_a_description_no_registered_body_fits_alone_gives_no_source(sentence):
    assert source_of(LEAD + sentence, sentence[:14], REGISTERED) is None


def test_a_body_of_a_country_the_article_does_not_name_is_not_taken():
    """The army of a country the story never names: no tie, no source."""
    text = ("ORDAVERE, Dec 2 (Quillmark Wire) - A night train left the rails on Sunday, the rail union "
            "president Nestan Kavtaradze said. Two soldiers were hurt, the army said.")
    assert source_of(text, "Two soldiers", REGISTERED) is None


def test_two_registered_bodies_tied_to_the_story_leave_it_unsure():
    """Both countries named, both armies registered: "the army" could be either."""
    text = ("MTSVANELI, Tsiskaria, Dec 2 (Quillmark Wire) - Troops from Valmaskia crossed the border, "
            "the rail union president Nestan Kavtaradze said. Two soldiers were hurt, the army said.")
    assert source_of(text, "Two soldiers", REGISTERED) is None


def test_a_body_named_before_is_left_to_the_articles_own_references():
    """Named earlier, the transport ministry of the other country is what "the ministry" with
    its words fits, not the one of the dateline's country."""
    text = (LEAD + "The Valmaskian Ministry of Transport sent engineers. "
            "Kavtaradze said the transport ministry had told him the signals were old.")
    assert source_of(text, "Kavtaradze said the transport", REGISTERED) == "Valmaskian Ministry of Transport"


def test_the_registry_indexes_names_by_word_and_leaves_out_people_known_as_such():
    registry = Registry([*BODIES, {"name": "Davit Lomtadze", "aliases": [], "kind": "person"},
                         {"name": "police", "aliases": []}])
    assert registry.organisations_with("army") == ["Tsiskarian Army", "Valmaskian Army"]
    assert registry.organisations_with("lomtadze") == []  # a person by kind
    assert registry.organisations_with("police") == []  # a generic entry, no proper name
    assert registry.organisations_with("navy") == []


# --- nested speech: the addressee and the phrases before "that" or "to" -----------------------

PEOPLE = [*REGISTRY, {"name": "Marta Quillon", "aliases": ["Quillon"]},
          {"name": "Teodor Vasquel", "aliases": ["Vasquel"]}]


@pytest.mark.parametrize("sentence", [
    # an addressee with a possessive before its noun
    "Quillon said Vasquel had warned the mayor's chief of staff in an email that the branch would close.",
    "According to Quillon, Vasquel had warned the agency's headquarters in a letter that the branch would close.",
    # a third phrase, and one opening with "with"
    "Quillon said Vasquel had insisted in his first interview with the agency that the branch would close.",
    # a promise to do something, made to an addressee with "the", after two phrases
    "Quillon said Vasquel had promised the ministry in writing on Tuesday to close the branch.",
    "Quillon said Vasquel had promised the city council to close the branch.",
])
def test_the_inner_speaker_is_found_past_a_longer_addressee_and_more_phrases(sentence):
    text = "Marta Quillon and Teodor Vasquel met in Elmar. " + sentence
    assert source_of(text, sentence[:14], PEOPLE) == "Teodor Vasquel"


@pytest.mark.parametrize("sentence", [
    "Quillon said in a written statement that the branch would close.",  # her own statement
    "Quillon said Vasquel had promised the workers' union nothing.",  # no promise's content
])
def test_the_outer_speakers_own_words_stay_hers(sentence):
    text = "Marta Quillon and Teodor Vasquel met in Elmar. " + sentence
    assert source_of(text, sentence[:14], PEOPLE) == "Marta Quillon"


# --- officers in a police story; a warning to do something -----------------------------------

WITH_POLICE = [*PEOPLE, {"name": "police", "aliases": []}]
POLICE_STORY = ("DRENMOUTH, Dec 2 (Quillmark Wire) - Police broke up a protest outside a bank on Tuesday. "
                "Marta Quillon, who was in the crowd, spoke to reporters. ")


@pytest.mark.parametrize("sentence", [
    "She said officers had told the crowd to go home.",
    "She said one of the officers had told her that the bank would open on Friday.",
    "She said an officer in the van had told her that she was lucky.",
    "She said detectives had asked her not to discuss the case.",
    "Officers said the crowd had thrown bottles.",
])
def test_officers_in_a_story_of_the_police_are_the_police(sentence):
    assert source_of(POLICE_STORY + sentence, sentence[:12], WITH_POLICE) == "police"


@pytest.mark.parametrize(("story", "sentence"), [
    # no police in the story
    ("DRENMOUTH, Dec 2 (Quillmark Wire) - A protest took place outside a bank. ", "Officers said the crowd was calm."),
    # soldiers in the story: whose officers?
    (POLICE_STORY + "Soldiers guarded the bank. ", "Officers said the crowd was calm."),
    # officers of a trade
    (POLICE_STORY, "Safety officers said the crowd was calm."),
])
def test_officers_who_may_not_be_the_polices_get_no_generic_source(story, sentence):
    assert source_of(story + sentence, sentence[:12], WITH_POLICE) != "police"


def test_the_officer_is_one_person_taken_up_again_not_the_police():
    text = (POLICE_STORY + "An officer who fired the shot, speaking on condition of anonymity, said he had "
            "been threatened. The officer said he had shouted a warning twice.")
    assert source_of(text, "The officer said", WITH_POLICE) != "police"


def test_a_warning_to_do_something_is_the_warners_words():
    """"Y had warned the strikers not to block the ramp": Y's directive, not the outer
    speaker's claim."""
    text = ("Marta Quillon and Teodor Vasquel met in Elmar. "
            "Quillon said Vasquel had warned the strikers not to block the ramp.")
    assert source_of(text, "Quillon said", PEOPLE) == "Teodor Vasquel"


# --- a generic speaker before two phrases of place --------------------------------------------

@pytest.mark.parametrize(("sentence", "source"), [
    ("Witnesses on the beach at Tarraquist said the rocket had tilted.", "witnesses"),
    ("Witnesses at a petrol station near the runway said they had seen smoke.", "witnesses"),
    ("Officials on the northern island of Motuhea said the clinic was closed.", "officials"),
    ("Officials at the regional hospital in Lukolo said nine miners were hurt.", "officials"),
])
def test_a_generic_speaker_is_found_before_two_phrases_of_place(sentence, source):
    text = "TARRAQUIST, Dec 2 (Quillmark Wire) - A rocket blew up on Tuesday. " + sentence
    assert source_of(text, sentence[:12]) == source


def test_a_phrase_of_time_before_a_clause_is_not_a_phrase_of_place():
    """"... its head of admissions on Tuesday after an audit found": the audit's finding, no
    head of the university's."""
    text = ("ULVSTED, Dec 1 (Quillmark Wire) - The Bank of Elmar suspended its head of lending on "
            "Tuesday after an audit found that 40 loans were forged.")
    assert source_of(text, "ULVSTED") is None


@pytest.mark.parametrize(("name", "description"), [
    ("Corrisdane State Railways", "the railway"), ("Norland Airlines", "the airline"),
    ("Skelvik Ferries", "the ferry company"),
])
def test_a_singular_description_fits_a_name_in_the_plural(name, description):
    registry = [*REGISTRY, {"name": name, "aliases": []}]
    text = f"{name} cancelled its services on Monday. A spokesman for {description} said the strike had cost millions."
    assert source_of(text, "A spokesman", registry) == name


# --- a finding that closes the clause it reports ----------------------------------------------

INQUIRY = [*REGISTRY, {"name": "Valmaskian Rail Accident Inquiry", "aliases": []}]


@pytest.mark.parametrize("ending", [
    "the Valmaskian Rail Accident Inquiry found on Wednesday.",
    "the Valmaskian Rail Accident Inquiry concluded in its final report.",
    "the Valmaskian Rail Accident Inquiry ruled, granting the families' request.",
])
def test_a_finding_after_the_clause_it_reports_is_the_bodys(ending):
    text = ("RANNAPERE, Dec 2 (Quillmark Wire) - The braking system had been switched off two days "
            "before the crash, " + ending)
    assert source_of(text, "RANNAPERE", INQUIRY) == "Valmaskian Rail Accident Inquiry"


@pytest.mark.parametrize("sentence", [
    "Rescuers found three bodies in the river.", "Divers found the wreck on Wednesday.",
])
def test_finding_a_thing_is_no_claim(sentence):
    assert source_of("The ferry sank on Monday. " + sentence, sentence[:8], INQUIRY) is None


# --- more ways of asking not to be named; a plural addressee before a bare clause ------------

@pytest.mark.parametrize("phrase", [
    "who would not give his name", "speaking on the understanding that he would not be identified",
    "who would speak only anonymously", "who would only speak anonymously", "who insisted on anonymity",
])
def test_more_phrases_of_anonymity_make_the_speaker_the_anonymous_entry(phrase):
    text = f"The dam burst on Monday. A soldier at the checkpoint, {phrase}, said a second dam could fail."
    assert source_of(text, "A soldier") == "anonymous official"


def test_a_caller_who_gave_no_name_is_no_source_that_asked_for_anonymity():
    text = ("Kowalski said the threats had begun in April. According to Kowalski, a man who did not "
            "give his name had phoned her and urged her to take the post down.")
    assert source_of(text, "According to Kowalski") != "anonymous official"


def test_a_plural_addressee_before_a_clause_opening_with_there_is_nested_speech():
    text = ("Anna Kowalski chairs the Norvex board. A former trustee, who asked not to be named, spoke "
            "to reporters. He said Kowalski had told trustees there was no time for a long debate.")
    assert source_of(text, "He said Kowalski") == "Anna Kowalski"


def test_a_place_after_of_in_the_clause_subject_is_no_speaker_of_its_participle():
    """"More than 600 residents of X sued ..., accusing it of": the residents (no entry), not X;
    but "A panel of the Bank of Elmar concluded ..." is the bank's."""
    text = ("SOMLOVAR, Dec 2 (Quillmark Wire) - More than 600 residents of Somlovar sued Norvex on "
            "Wednesday, accusing it of starting a wildfire. A panel of the Bank of Elmar concluded in a "
            "report published on Tuesday that the loans were sound.")
    assert source_of(text, "SOMLOVAR") is None
    assert source_of(text, "A panel") == "Bank of Elmar"


@pytest.mark.parametrize("sentence", [
    "Norvex said in a brief statement that it would not comment on an ongoing investigation.",
    "The bank said it would not comment on its rules of engagement.",
])
def test_saying_only_that_no_comment_will_come_is_no_claim(sentence):
    """bench/ATTRIBUTION_GUIDE.md: "said it would not comment" is null."""
    text = "The Bank of Elmar and Norvex Group were raided. " + sentence
    assert source_of(text, sentence[:8]) is None


@pytest.mark.parametrize("sentence", [
    "Norvex said it would not comment on the case but that its accounts were in order.",
    "Norvex said it did not comment on pending applications.",  # a policy it states
])
def test_a_refusal_with_a_claim_or_a_stated_policy_stays_attributed(sentence):
    text = "The Bank of Elmar and Norvex Group were raided. " + sentence
    assert source_of(text, sentence[:8]) == "Norvex Group"


def test_a_document_verb_after_and_needs_a_document():
    """"... banned bird markets and shows": "shows" is a noun, no document's verb."""
    text = ("Anna Kowalski ordered all poultry to be kept indoors from Thursday and banned bird markets "
            "and shows until further notice.")
    assert source_of(text, "Anna Kowalski") is None


def test_a_refusal_citing_a_reason_is_no_claim_of_the_reason_or_the_refuser():
    text = ("Anna Kowalski met prosecutors on Monday. Kowalski declined to discuss the remarks, citing "
            "the Norvex inquiry.")
    assert source_of(text, "Kowalski declined") is None


# --- unnamed staff of the story's one organisation, as inner speakers -------------------------

CARE = [*REGISTRY, {"name": "Zlatolet Care", "aliases": ["Zlatolet"]},
        {"name": "Care Quality Inspectorate", "aliases": []}, {"name": "Mojca Vrhovnik", "aliases": ["Vrhovnik"]},
        {"name": "Nursing Union of Trenta", "aliases": []}]
CARE_LEAD = ("LJUBNO, Trenta, Dec 2 (Quillmark Wire) - Three residents of a care home run by Zlatolet Care died "
             "of cold last week, the Care Quality Inspectorate said. Mojca Vrhovnik, whose mother lives at the "
             "home, said she had complained twice. ")


@pytest.mark.parametrize("staff", [
    "the home's manager", "a regional manager", "managers", "her line manager", "a foreman", "the head keeper",
])
def test_unnamed_staff_as_inner_speakers_speak_for_the_storys_one_organisation_that_runs_something(staff):
    """A regulator (inspectorate) and a union are no employer of managers: the care company is
    the one organisation they can belong to (bench/ATTRIBUTION_GUIDE.md: tied to one entry)."""
    sentence = f"She said {staff} had told her in November that the heating was being fixed."
    assert source_of(CARE_LEAD + sentence, "She said", CARE) == "Zlatolet Care"


@pytest.mark.parametrize("staff", [
    "a former manager",  # speaks for no one
    "a neighbour",  # no staff
    "the hospital's managers",  # a hospital's, whoever runs it
    "its head teacher",  # a school's
])
def test_unnamed_people_who_are_not_the_organisations_staff_in_their_role_speak_for_no_one(staff):
    sentence = f"She said {staff} had told her in November that the heating was being fixed."
    assert source_of(CARE_LEAD + sentence, "She said", CARE) is None


def test_staff_of_a_story_with_two_organisations_that_run_something_are_unsure():
    text = CARE_LEAD.replace("run by Zlatolet Care", "run by Zlatolet Care for Bank of Elmar")
    sentence = "She said a regional manager had told her in November that the heating was being fixed."
    assert source_of(text + sentence, "She said", CARE) is None


def test_the_role_of_one_person_introduced_before_is_that_person_not_the_organisation():
    """"A draw supervisor was suspended ... the supervisor had told her": one man speaking for himself."""
    text = (CARE_LEAD + "A night supervisor was suspended on Monday. "
            "She said the supervisor had told her on Monday that he had no idea who had turned the heating off.")
    assert source_of(text, "She said the supervisor", CARE) is None


# --- one word ending a registered name; an opener the description cannot stand for -----------

LOTTERY = [*REGISTRY, {"name": "Hrafnsey State Lottery", "aliases": []},
           {"name": "Seriwangsa Gaming Commission", "aliases": []},
           {"name": "Mahligai Resorts", "aliases": ["Mahligai"]}]


@pytest.mark.parametrize("sentence", [
    "The ticket has not yet been claimed, the lottery said.",
    "The ticket was sold at a kiosk, according to the lottery.",
])
def test_one_word_that_ends_a_registered_name_stands_for_it(sentence):
    text = "The Hrafnsey State Lottery suspended its draws on Wednesday. " + sentence
    assert source_of(text, sentence[:10], LOTTERY) == "Hrafnsey State Lottery"


@pytest.mark.parametrize("sentence", [
    "The state will pay, the state said.",  # a word that names no body
    "Prices rose, the resorts said.",  # a plural: the resorts, not Mahligai Resorts
])
def test_one_word_that_names_no_body_stands_for_none(sentence):
    text = "The Hrafnsey State Lottery and Mahligai Resorts met. " + sentence
    assert source_of(text, sentence[:10], LOTTERY) is None


def test_a_sentence_opening_with_an_organisation_the_description_cannot_fit_keeps_it():
    """"The Mahligai Grand casino, run by Mahligai Resorts, will stay closed, the commission
    said": the casino is no commission."""
    text = ("KOTA PERMAISURI, Seriwangsa, Dec 2 (Quillmark Wire) - The Seriwangsa Gaming Commission suspended "
            "the licence "
            "of the country's largest casino on Wednesday. The Mahligai Grand casino, run by Mahligai Resorts on "
            "the waterfront in Kota Permaisuri, will stay closed for at least 30 days, the commission said.")
    assert source_of(text, "The Mahligai Grand", LOTTERY) == "Seriwangsa Gaming Commission"


# --- a head speaking of her own body; a relative clause after an appositive -------------------

def test_a_head_named_after_its_saying_the_company_did_something_speaks_in_her_own_name():
    """"Its chief executive, X, said the company accepted that ...": X, even when "its" is
    unsure (the sentence before speaks of a home run by the company)."""
    registry = [*REGISTRY, {"name": "Zlatolet Care", "aliases": []}, {"name": "Matjaz Kobilca", "aliases": ["Kobilca"]}]
    text = ("The home is run by Zlatolet Care, which owns 19 care homes. Its chief executive, Matjaz Kobilca, "
            "said the company accepted that staffing had fallen too low.")
    assert source_of(text, "Its chief executive", registry) == "Matjaz Kobilca"


@pytest.mark.parametrize("verb", ["said", "told reporters"])
def test_a_relative_clause_after_an_appositive_leaves_the_named_person_the_speaker(verb):
    registry = [*REGISTRY, {"name": "Teduh Foundation", "aliases": []}]
    text = (f"Zubaidah Hamzah, director of the Teduh Foundation, which runs a gambling helpline, {verb} "
            "calls had doubled.")
    assert source_of(text, "Zubaidah", registry) == "Zubaidah Hamzah"


def test_a_lone_first_name_is_the_one_person_named_in_full_with_it_before():
    """Malay and other names taken up by the given name: "Kamarulzaman Ishak ... Kamarulzaman said"."""
    text = ("Kamarulzaman Ishak, whose son lost his savings, said the casino had let him in. "
            "\u201cHe did the hardest thing,\u201d Kamarulzaman said.")
    assert source_of(text, "\u201cHe did") == "Kamarulzaman Ishak"


def test_a_first_name_two_people_share_is_unsure():
    text = ("Kamarulzaman Ishak and Kamarulzaman Yusof spoke to reporters. "
            "\u201cHe did the hardest thing,\u201d Kamarulzaman said.")
    assert source_of(text, "\u201cHe did") not in ("Kamarulzaman Ishak", "Kamarulzaman Yusof")


def test_staff_belong_to_the_body_that_runs_something_not_to_its_licensing_board_or_the_fire_service():
    registry = [*REGISTRY, {"name": "Hrafnsey State Lottery", "aliases": []},
                {"name": "Hrafnseyan Gaming Board", "aliases": []},
                {"name": "Hrafnsey Fire and Rescue Service", "aliases": []}]
    text = ("The Hrafnsey State Lottery halted its draws after the Hrafnseyan Gaming Board opened an inquiry. "
            "The Hrafnsey Fire and Rescue Service was called to its offices. "
            "Kowalski told reporters that managers had told staff in May that the post would be filled.")
    assert source_of(text, "Kowalski told", registry) == "Hrafnsey State Lottery"


@pytest.mark.parametrize("sentence", [
    "She said ministry inspectors had told the federation that they could not enter factories.",
    "In a statement, the ministry denied that it had agreed to give notice of checks.",
    "Kavtaradze said officials at the ministry had promised him that the money would come.",
])
def test_the_ministry_never_named_is_the_one_registered_ministry_the_story_ties_every_word_of(sentence):
    """"The ministry" alone: the "Tsiskarian Ministry of Transport" in a story that names Tsiskaria
    and speaks of transport, of the three ministries registered."""
    text = LEAD + "Transport Minister Davit Lomtadze visited the site. " + sentence
    assert source_of(text, sentence[:12], REGISTERED) == "Tsiskarian Ministry of Transport"


def test_the_ministry_is_unsure_where_two_ministries_are_tied():
    text = LEAD + "Transport and health officials visited the site. The ministry said the line would reopen."
    assert source_of(text, "The ministry said", REGISTERED) is None


@pytest.mark.parametrize("staff", ["a sales agent from", "a booking clerk at", "a shift foreman at"])
def test_an_agent_clerk_or_foreman_of_a_named_organisation_speaks_for_it(staff):
    text = f"Kowalski said {staff} Norvex Group had told her in October that prices would rise."
    assert source_of(text, "Kowalski said") == "Norvex Group"


def test_figures_published_on_a_day_by_a_body_are_its():
    text = ("Illegal logging has tripled since January, according to satellite data published on "
            "Wednesday by Norvex Group.")
    assert source_of(text, "Illegal logging") == "Norvex Group"


def test_a_finding_closing_its_clause_before_an_act_joined_by_and_is_the_finders():
    text = ("RANNAPERE, Dec 2 (Quillmark Wire) - The app broke safety law by pushing riders to speed, the "
            "Valmaskian Rail Accident Inquiry found on Wednesday, and fined the company 84 million crowns.")
    assert source_of(text, "RANNAPERE", INQUIRY) == "Valmaskian Rail Accident Inquiry"


def test_a_managing_partner_named_in_apposition_is_a_person_a_pronoun_may_stand_for():
    registry = [*REGISTRY, {"name": "Tor Rosse Capital", "aliases": []},
                {"name": "Zuan Tosoratti", "aliases": ["Tosoratti"]}]
    text = ("Tor Rosse Capital bought the blocks. Its managing partner, Zuan Tosoratti, said tenants had been "
            "offered money. He said the tenants had been given 14 months' notice.")
    assert source_of(text, "He said", registry) == "Zuan Tosoratti"


# --- whom a pronoun stands for ----------------------------------------------------------------

def test_a_name_whose_sons_are_spoken_of_is_a_person_the_next_he_stands_for():
    registry = [*REGISTRY, {"name": "Pere Fontcuberta-Serra", "aliases": ["Fontcuberta-Serra"]}]
    text = ("Chief executive Pere Fontcuberta-Serra said the ride would not reopen. Arnau Bosch-Pujades, whose "
            "two sons were in the rear train, said they had been on the ride twice. "
            "\u201cYou hear the screams and you think it is part of the fun,\u201d he said.")
    assert source_of(text, "\u201cYou hear", registry) == "Arnau Bosch-Pujades"


@pytest.mark.parametrize(("between", "source"), [
    # nothing keeps the lawyer in view: the minister, of unknown gender, is the nearer one
    ("Finance Minister Vilayvanh Sisoulath, whose ministry oversees the lottery, ordered the winnings frozen.",
     "Vilayvanh Sisoulath"),
    # "her" keeps the lawyer in view: Moss is someone else
    ("Vilayvanh Sisoulath sat beside her.", "Khamla Vongphachanh"),
])
def test_an_earlier_speaker_of_the_pronouns_gender_wins_only_when_a_pronoun_keeps_her_in_view(between, source):
    text = ("The lawyer, Khamla Vongphachanh, said her client had confessed only after 30 hours. She said "
            f"the cousins had bought 40 tickets a week. {between} She said the lottery had handed the state "
            "310 billion kham last year.")
    assert source_of(text, "She said the lottery") == source


@pytest.mark.parametrize("noun", ["manager", "engineer"])
def test_the_role_of_an_unnamed_source_taken_up_again_is_the_anonymous_entry(noun):
    """"A senior manager, who spoke on condition of anonymity, said ... The manager said": the
    anonymous entry, also for role words that usually name a role's holder."""
    text = (f"A senior {noun} at Norvex, who spoke on condition of anonymity, said the plant was unsafe. "
            f"The {noun} said no inspector had visited since May.")
    assert source_of(text, f"The {noun} said") == "anonymous official"


def test_staff_told_to_do_something_are_an_addressee_of_a_directive():
    text = ("Anna Kowalski runs the Norvex plant. Rafael Ortiz said Kowalski had instructed staff in October "
            "to keep the radiators below 19 degrees.")
    assert source_of(text, "Rafael Ortiz said") == "Anna Kowalski"


def test_a_head_of_a_department_named_in_apposition_speaks_for_herself():
    text = ("Norvex's head of supplier standards, Demelza Trevenna, said the retailer had given the company "
            "three months to pay.")
    assert source_of(text, "Norvex's head") == "Demelza Trevenna"


def test_an_audit_carried_out_for_one_body_by_another_is_the_auditors():
    registry = [*REGISTRY, {"name": "Keelhaven Social Audits", "aliases": []}]
    text = ("Norvex cancelled its orders after an audit of its supplier. The audit, carried out for Norvex by "
            "Keelhaven Social Audits, found that workers had been paid for 48 hours. It estimated the unpaid "
            "wages at about 1.1 billion rupas.")
    assert source_of(text, "The audit", registry) == "Keelhaven Social Audits"
    assert source_of(text, "It estimated", registry) == "Keelhaven Social Audits"


def test_a_union_leader_saying_the_company_promised_reports_the_companys_words():
    """"Its leader" of the union named last: "the company" is another body, whose promise it is."""
    registry = [*REGISTRY, {"name": "Posta Drinase", "aliases": []},
                {"name": "Drinasian Postal Workers' Union", "aliases": []}]
    text = ("Posta Drinase will close 380 offices. The Drinasian Postal Workers' Union called a strike. "
            "Its leader, Sokol Marku, said the company had promised the union in writing in 2022 that no office "
            "would close before 2027.")
    assert source_of(text, "Its leader", registry) == "Posta Drinase"


@pytest.mark.parametrize(("dateline", "source"), [
    ("MTSVANELI, Tsiskaria", "Mtsvaneli City Council"),  # the council of the dateline's city
    ("RUSTAVELI, Tsiskaria", None),  # another city: whose council?
])
def test_the_council_alone_is_the_registered_council_of_the_datelines_city(dateline, source):
    text = (f"{dateline}, Dec 2 (Quillmark Wire) - A bridge fell into the river on Sunday. "
            "The council said the bridge would be rebuilt.")
    assert source_of(text, "The council said", REGISTERED) == source


def test_what_is_yet_to_be_said_until_it_reports_is_no_claim():
    text = ("Anna Kowalski ordered an inquiry into the escape and suspended the head keeper until it reports.")
    assert source_of(text, "Anna Kowalski") is None


def test_a_reply_each_time_is_nested_speech():
    text = ("Anna Kowalski wrote to Norvex twice. She said Norvex had replied each time that a new plant "
            "was planned for 2026.")
    assert source_of(text, "She said Norvex") == "Norvex Group"


# --- a head speaking again of what her own body did -------------------------------------------

FEDERATION = [*REGISTRY, {"name": "Vermandian Circus Federation", "aliases": []},
              {"name": "Ernestine Delattre", "aliases": ["Delattre"]}]


@pytest.mark.parametrize("introduction", [
    "Ernestine Delattre, who chairs the Vermandian Circus Federation, said the elephant was old.",
    "The Vermandian Circus Federation met on Monday. Its president, Ernestine Delattre, said the elephant was old.",
])
def test_a_head_speaking_again_of_what_her_own_body_offered_makes_her_own_claim(introduction):
    text = introduction + " She said the federation had offered in 2022 to help the family find a sanctuary."
    assert source_of(text, "She said the federation", FEDERATION) == "Ernestine Delattre"


@pytest.mark.parametrize(("introduction", "inner"), [
    # its staff are not the body itself
    ("Ernestine Delattre, who chairs the Vermandian Circus Federation, said the elephant was old.",
     "engineers at the federation"),
    # a former head speaks of it from outside
    ("The Vermandian Circus Federation met on Monday. Its former president, Ernestine Delattre, said the elephant "
     "was old.", "the federation"),
])
def test_staff_of_her_body_or_a_body_she_no_longer_heads_speak_for_it(introduction, inner):
    text = introduction + f" She said {inner} had told the family in 2022 that a sanctuary would be found."
    assert source_of(text, "She said", FEDERATION) == "Vermandian Circus Federation"


# --- crowds opening a sentence; short names of registered bodies -------------------------------

def test_residents_of_a_place_described_in_apposition_are_a_crowd_not_a_name():
    text = ("A lift fell on Monday. Residents of Skerryhill House, a 14-storey block built in 1968, said the "
            "lift had broken down 11 times this year.")
    assert source_of(text, "Residents of") is None


COURT = [*REGISTRY, {"name": "Tolhaqan Supreme Court", "aliases": []},
         {"name": "Hadeleytan Ministry of Mines", "aliases": []}]


def test_a_short_name_of_a_registered_body_never_named_in_full_is_that_body():
    text = ("Tolhaqan supreme court frees woman\n\nNOWEJLHAS, Tolhaqa, Dec 2 (Quillmark Wire) - Tolhaqa's Supreme "
            "Court on Wednesday overturned a conviction. The court ruled that she had been denied a fair trial.")
    assert source_of(text, "The court ruled", COURT) == "Tolhaqan Supreme Court"


def test_the_ministry_of_mines_is_the_registered_ministry_of_the_country_named():
    text = ("BERAHSO, Hadeleyta, Dec 2 (Quillmark Wire) - Salt cutters protested on Monday. "
            "The Ministry of Mines said no area they used would be handed to the company.")
    assert source_of(text, "The Ministry of Mines", COURT) == "Hadeleytan Ministry of Mines"


# --- more shapes: a reply to a letter, a promise to workers, anonymity kept, meetings asked for --

@pytest.mark.parametrize(("sentence", "source"), [
    ("Kowalski said Norvex had replied to a letter from the village in 2023 that there was no cause for concern.",
     "Norvex Group"),
    ("Kowalski said Norvex had promised workers in June to keep the furnace lit.", "Norvex Group"),
    ("Kowalski said Norvex had guaranteed in writing that every stone had been mined.", "Norvex Group"),
    ("Kowalski said Norvex had warned Skerrie Lifts in writing in 2024 about gaps in its records.",
     "Norvex Group"),
    ("A senior Norvex inspector, who asked to remain anonymous, said the company had known since 2021.",
     "anonymous official"),
    ("Police named the dead men as Jan Fordyce, 71, and Ruby Manson, 58.", None),  # no "police" registered here
    ("The Bank of Elmar has asked to meet Kowalski to discuss the rules.", None),  # a bare request
])
def test_more_shapes_of_nested_speech_anonymity_and_acts(sentence, source):
    text = "Anna Kowalski and Norvex Group met in Elmar. " + sentence
    assert source_of(text, sentence[:14]) == source


def test_police_naming_the_dead_make_a_claim():
    text = "A lift fell in Skerryhill on Monday. Police named the dead as Jan Fordyce, 71, and Ruby Manson, 58."
    assert source_of(text, "Police named", [*REGISTRY, {"name": "police", "aliases": []}]) == "police"


@pytest.mark.parametrize("ending", [
    "according to a regional official who asked not to be identified.",
    "according to one of its engineers, who spoke on condition of anonymity.",
])
def test_an_anonymous_source_after_according_to_at_the_end_of_the_sentence(ending):
    text = "The board met on Monday. Forty camels were lost when the tear gas was fired, " + ending
    assert source_of(text, "Forty camels") == "anonymous official"


def test_a_person_of_a_group_named_in_apposition_speaks_for_herself():
    registry = [*REGISTRY, {"name": "Segara Lestari", "aliases": []}]
    text = "Ni Wayan Suardanti, of the environmental group Segara Lestari, said sea walls were only part of it."
    assert source_of(text, "Ni Wayan", registry) == "Ni Wayan Suardanti"


def test_a_description_whose_words_the_organisation_named_before_lacks_is_the_registered_one_they_fit():
    registry = [*REGISTRY, {"name": "Brentanian Health Ministry", "aliases": []},
                {"name": "Brentanian Finance Ministry", "aliases": []}]
    text = ("BRENTA, Brentania, Dec 2 (Quillmark Wire) - The Brentanian Health Ministry raised the sugar tax. "
            "Kowalski said the finance ministry had assured the industry in March that the rate would stay.")
    assert source_of(text, "Kowalski said", registry) == "Brentanian Finance Ministry"


def test_rangers_speak_for_the_parks_service_not_a_community_council():
    registry = [*REGISTRY, {"name": "Jekchalian Parks Service", "aliases": []},
                {"name": "Jerwaq Community Council", "aliases": []}]
    text = ("The Jekchalian Parks Service closed two landings. The Jerwaq Community Council objected. "
            "Kowalski said rangers had told guides in October that the trail would stay open.")
    assert source_of(text, "Kowalski said", registry) == "Jekchalian Parks Service"


def test_a_promise_by_a_body_no_one_can_name_is_unsure_not_the_reporters():
    """"He said the city's finance office had promised to pay": a promise is the promiser's words;
    with no registered body for it, no one (not the man who reports it)."""
    text = ("Anna Kowalski leads the drivers. She said the city's finance office had promised in October to pay "
            "all the arrears within two weeks.")
    assert source_of(text, "She said") is None


# --- prosecutors' documents; bare requests; denials of another's words; kept anonymity --------

PROSECUTORS = [*REGISTRY, {"name": "Oleificio Sant Elia", "aliases": []}]


@pytest.mark.parametrize("sentence", [
    "According to the charge sheet, the mill bought cheap oil at night.",
    "The indictment, filed at the district court, accuses the owner of taking bribes.",
])
def test_a_prosecution_document_of_no_named_author_is_the_prosecutors(sentence):
    text = "Prosecutors charged the owner of Oleificio Sant Elia on Monday. " + sentence
    assert source_of(text, sentence[:10], PROSECUTORS) == "prosecutors"


@pytest.mark.parametrize("sentence", [
    "The Bank of Elmar has asked the government for emergency loans.",
    "The Bank of Elmar has asked to lease the keepers' cottages.",
])
def test_asking_for_a_thing_or_to_do_something_is_a_bare_request(sentence):
    assert source_of("Norvex cut jobs. " + sentence, "The Bank") is None


def test_asking_someone_to_do_something_is_a_request_in_words():
    text = "Norvex cut jobs. The Bank of Elmar has asked the court to order a new audit."
    assert source_of(text, "The Bank") == "Bank of Elmar"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kowalski denied that Norvex had promised to test all the corn.", "Anna Kowalski"),
    ("Kowalski denied that anyone at Norvex had promised the club more money.", "Anna Kowalski"),
])
def test_a_denial_of_what_another_is_said_to_have_said_is_the_deniers(sentence, source):
    assert source_of("Anna Kowalski met Norvex Group. " + sentence, "Kowalski denied") == source


def test_speaking_only_if_not_named_is_anonymity():
    text = ("A forest fire broke out. A warden employed by the forest office, who would speak only if he was not "
            "named, said he had found baits near a track.")
    assert source_of(text, "A warden") == "anonymous official"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kowalski said Norvex had warned the Elmar Justice Ministry in 2024 that some schools were a back door.",
     "Norvex Group"),
    ("Kowalski said Norvex had given the department a written guarantee that a crew would be ready.",
     "Norvex Group"),
    ("Kowalski said lawyers for Norvex had advised her that ending the contract would cost millions.",
     "Norvex Group"),
])
def test_longer_addressees_a_guarantee_given_and_a_bodys_lawyers(sentence, source):
    text = "Anna Kowalski and Norvex Group met in Elmar. " + sentence
    assert source_of(text, "Kowalski said") == source


def test_a_lawyer_for_a_body_named_in_apposition_speaks_for_herself():
    text = "Norvex Group ran out of money. A lawyer for Norvex, Ebba Yeadon, said the company had been unpaid."
    assert source_of(text, "A lawyer") == "Ebba Yeadon"


# --- names with particles; more anonymity; an appositive describing the body named before ----

def test_a_name_with_a_particle_is_one_name():
    text = "Gradus te Kloeze, who chairs the patients' federation, estimated that a patient would pay 40 euros."
    assert source_of(text, "Gradus") == "Gradus te Kloeze"


@pytest.mark.parametrize("phrase", ["who did not want her name published", "who asked that her name be withheld"])
def test_keeping_ones_name_out_of_print_is_anonymity(phrase):
    text = f"Wards were emptied. A nurse at the hospital in Vazonnet, {phrase}, said three wards were closed."
    assert source_of(text, "A nurse") == "anonymous official"


def test_an_appositive_describing_the_body_after_a_role_leaves_the_named_person():
    registry = [*REGISTRY, {"name": "Scuderia Mirandela", "aliases": []}]
    text = ("Ermes Manicardi, president of the Scuderia Mirandela, the club that runs it, said the rally would "
            "move its finish.")
    assert source_of(text, "Ermes", registry) == "Ermes Manicardi"


def test_a_minister_speaking_again_of_what_her_ministry_did_makes_her_own_claim():
    registry = [*REGISTRY, {"name": "Horhanian Environment Ministry", "aliases": []},
                {"name": "Marichka Holubchak", "aliases": ["Holubchak"]}]
    text = ("SHEPIT, Horhania, Dec 2 (Quillmark Wire) - Dogs killed 300 sheep. Environment Minister Marichka "
            "Holubchak said compensation would be paid. She said the ministry had written to district councils "
            "in the spring asking them to round up stray dogs.")
    assert source_of(text, "She said the ministry", registry) == "Marichka Holubchak"


def test_an_appositive_counting_the_body_among_others_is_left_out():
    registry = [*REGISTRY, {"name": "Abrar Natural Honey", "aliases": []}]
    text = "Shukri Temam, who owns Abrar Natural Honey, one of the 12, said his company had never added sugar."
    assert source_of(text, "Shukri", registry) == "Shukri Temam"


def test_assurances_given_by_an_unnamed_body_are_no_claim_of_the_reporter():
    text = ("Anna Kowalski buys honey abroad. She said the importer had given the company written assurances that "
            "the honey came from one cooperative.")
    assert source_of(text, "She said") is None


def test_an_assurance_given_when_something_happened_is_nested_speech():
    text = ("Anna Kowalski lives near the farm. She said Norvex had assured residents when the farm was approved "
            "in 2017 that a blade could never land beyond the fence.")
    assert source_of(text, "She said") == "Norvex Group"


def test_a_portfolio_between_title_and_name_is_no_name():
    registry = [*REGISTRY, {"name": "Geesje Olde Rikkert", "aliases": ["Olde Rikkert"]}]
    text = ("The council banned e-scooters. Councillor for Traffic Geesje Olde Rikkert said the pavements were "
            "for people on foot.")
    suggestion = found(text, "Councillor", registry)
    assert suggestion is not None and suggestion.source == "Geesje Olde Rikkert"
