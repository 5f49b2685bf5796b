"""Tests for the twenty-first round of attribution rules, written while the hundredth and
hundred-and-first held-out sets were being written: leads that close with a body or a person
described, named only further down.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

VALLEY = [*GENERIC, {"name": "Tormesh Hill Farmers' Cooperative", "aliases": []},
          {"name": "Tormeshi Agriculture Ministry", "aliases": []}, {"name": "Ilse Varkonen", "aliases": []},
          {"name": "Tormesh Women's Network", "aliases": []}]
DATELINE = "BRAVNO, Tormesh, Jan 5 (Pellwick Wire) - "
LEAD = "Frost has killed the plum blossom on about 900 farms in the hills above Bravno"
FOLLOWING = (" The frost came two weeks later than usual. Plums are the only cash crop of most hill farms. "
             "Ilse Varkonen, who chairs the Tormesh Hill Farmers' Cooperative, said no farm had insurance. "
             "The Tormesh Women's Network said it would hand out seed.")


@pytest.mark.parametrize("closing", [
    "the region's largest hill farmers' cooperative said on Friday.",
    "a farmers' cooperative said on Friday.",
    "the hill farmers' cooperative said on Friday, and some families have begun to leave.",
    "Tormesh's hill farmers' cooperative said.",
])
def test_a_lead_closed_by_a_body_described_with_possessives_is_the_body_named_later(closing):
    """"the region's largest potato growers' cooperative said", "a farmers' cooperative said":
    the one registered body named further down whose name holds the description's noun and words
    (a place's possessive is no word of its name)."""
    text = DATELINE + LEAD + ", " + closing + FOLLOWING
    assert source_of(text, "BRAVNO", VALLEY) == "Tormesh Hill Farmers' Cooperative"


def test_a_possessive_word_of_the_description_must_fit_the_name():
    """"a women's cooperative said": no registered cooperative is a women's one, so no one."""
    text = DATELINE + LEAD + ", a women's cooperative said on Friday." + FOLLOWING
    assert source_of(text, "BRAVNO", VALLEY) is None


CLINIC = [*GENERIC, {"name": "Orla Menditz", "aliases": []}, {"name": "Bravno General Hospital", "aliases": []},
          {"name": "Pavel Strand", "aliases": []}]
CLINIC_LEAD = DATELINE + "A boy of 12 who fell ill after a school trip had drunk water from a stream, "


@pytest.mark.parametrize(("closing", "following"), [
    ("the country's comptroller said.", "Comptroller Orla Menditz said the trip had not been approved."),
    ("the doctor who treated him said on Friday.",
     "The boy, Pavel Strand, is recovering. Orla Menditz, a specialist at Bravno General Hospital, said he "
     "would go home on Monday."),
    ("Tormesh's auditor general said.", "The trip cost 900 crowns. Auditor General Orla Menditz said it was unpaid."),
    ("the principal of the country's largest mountain school said.",
     "Orla Menditz, who heads the school, said the stream had looked clean."),
])
def test_a_lead_closed_by_one_person_described_is_the_person_named_next_speaking(closing, following):
    """"..., the country's comptroller said." then "Comptroller X said": X, also when one
    sentence without a cue comes between."""
    text = CLINIC_LEAD + closing + " " + following
    assert source_of(text, "BRAVNO", CLINIC) == "Orla Menditz"


@pytest.mark.parametrize(("closing", "following"), [
    ("the country's comptroller said.", "Finance Minister Orla Menditz said the trip had not been approved."),
    ("a neighbour said.", "Orla Menditz said the trip had not been approved."),
    ("the doctor who treated him said.", "Bravno General Hospital said the boy would go home on Monday."),
])
def test_a_lead_closed_by_a_person_described_is_not_another_speaker(closing, following):
    """A minister is no comptroller; a neighbour is anyone; a body speaking next is not the doctor."""
    text = CLINIC_LEAD + closing + " " + following
    assert source_of(text, "BRAVNO", CLINIC) is None


COURTS = [*GENERIC, {"name": "Bravno Labour Court", "aliases": []}, {"name": "Tormesh Court of Appeal", "aliases": []},
          {"name": "Kestrin Mills", "aliases": []}]
MILLS = " Kestrin Mills said it would appeal. The Bravno Labour Court also fined Kestrin Mills."


@pytest.mark.parametrize("lead", [
    "A court in Bravno on Friday ordered Kestrin Mills to pay 300 weavers, ruling that they had been cheated.",
    "A labour court in Bravno on Friday ordered Kestrin Mills to pay 300 weavers, ruling that they had been cheated.",
    "Three hundred weavers will be paid after the labour court ordered Kestrin Mills to pay them, ruling that "
    "they had been cheated.",
])
def test_a_court_described_that_rules_is_the_court_named_further_down(lead):
    """"A court in X on Friday ordered ..., ruling that": the one registered court the story names
    further down, by the description's words ("labour") when it gives some."""
    text = DATELINE + lead + MILLS + " The Tormesh Court of Appeal will hear it."
    assert source_of(text, "BRAVNO", COURTS) == "Bravno Labour Court"


def test_an_appeal_court_that_found_is_the_court_of_appeal():
    text = (DATELINE + "A weaver was freed on Friday after an appeal court found that his file had been lost."
            " The Tormesh Court of Appeal ordered a new trial. The Bravno Labour Court had tried him.")
    assert source_of(text, "BRAVNO", COURTS) == "Tormesh Court of Appeal"


def test_a_court_described_with_two_courts_fitting_is_no_one():
    """Two courts named further down and no word to tell them apart: no one."""
    text = (DATELINE + "A court on Friday ordered a mill to pay 300 weavers, ruling that they had been cheated."
            " The Tormesh Court of Appeal and the Bravno Labour Court have both heard the case.")
    assert source_of(text, "BRAVNO", COURTS) is None


def test_a_court_described_ordering_with_no_ruling_in_words_is_an_act():
    text = DATELINE + "A court in Bravno on Friday ordered Kestrin Mills to pay 300 weavers." + MILLS
    assert source_of(text, "BRAVNO", COURTS) is None


MILL = [*GENERIC, {"name": "Kestrin Mills", "aliases": []}, {"name": "Tormeshi Labour Ministry", "aliases": []},
        {"name": "Tormesh Weavers' Union", "aliases": []}, {"name": "Ilse Varkonen", "aliases": []}]
MILL_LEAD = (DATELINE + "Hundreds of weavers lost their jobs when Kestrin Mills closed, the Tormesh Weavers' Union "
             "said on Friday. The Tormeshi Labour Ministry said it would look into the closure. ")


@pytest.mark.parametrize(("words", "body"), [
    ("Ilse Varkonen said she had written to the Tormeshi Labour Ministry and had been told by its chief inspector "
     "that", "Tormeshi Labour Ministry"),
    ("Ilse Varkonen said the weavers had been told by Kestrin's supervisors that", "Kestrin Mills"),
    ("Ilse Varkonen said the weavers had been told by mill staff that", "Kestrin Mills"),
    ("Ilse Varkonen said the weavers had been told by the ministry's control room that", "Tormeshi Labour Ministry"),
    ("Ilse Varkonen said the mill had been warned by its own surveyor that", "Kestrin Mills"),
    ("According to the ministry, Kestrin Mills had been told by its inspectors that", "Tormeshi Labour Ministry"),
])
def test_a_passives_agent_that_is_a_bodys_unnamed_staff_is_the_body(words, body):
    """"had been told by its chief inspector", "by Yeliba's supervisors", "by prison staff": the
    body whose staff they are; "its" is the body the sentence names last before it, but not the
    passive's own subject unless "its own" says so."""
    text = MILL_LEAD + words + " the looms were unsafe."
    assert source_of(text, "Ilse Varkonen said" if words.startswith("Ilse") else "According", MILL) == body


@pytest.mark.parametrize(("words", "body"), [
    ("Ilse Varkonen said Kestrin's supervisors had told the weavers that", "Kestrin Mills"),
    ("Ilse Varkonen said mill staff had told the weavers that", "Kestrin Mills"),
    ("An inspector who was at the mill, speaking on condition of anonymity, said its manager had admitted that",
     "Kestrin Mills"),
])
def test_a_nested_verbs_subject_that_is_a_bodys_unnamed_staff_is_the_body(words, body):
    """The same owners of staff as a passive's agent, as the subject of a nested verb."""
    text = MILL_LEAD + words + " the looms were unsafe."
    assert source_of(text, words[:12], MILL) == body


def test_its_staff_after_a_place_no_registered_body_has_is_no_ones():
    """"at the dairy visit ... its manager": "its" is the dairy, which no registered name holds, not
    the body named in the sentences before."""
    text = MILL_LEAD + ("An inspector who was at the dairy visit, speaking on condition of anonymity, said its "
                        "manager had admitted that the milk was sour.")
    assert source_of(text, "An inspector", MILL) != "Tormeshi Labour Ministry"


RAIL = [*GENERIC, {"name": "Yagkam Rail Works", "aliases": []}, {"name": "Tormesh State Railway", "aliases": []},
        {"name": "Ilse Varkonen", "aliases": []}]
RAIL_LEAD = (DATELINE + "A track crew was sent out without radios, the Tormesh State Railway said. The contractor, "
             "Yagkam Rail Works, was fined. Ilse Varkonen said the company had offered no radios. ")


@pytest.mark.parametrize(("sentence", "body"), [
    ("In a statement, the company said it had bought 70 radios.", "Yagkam Rail Works"),
    ("The railway company denied giving any such assurance.", "Tormesh State Railway"),
])
def test_works_is_a_company_and_a_companys_modifier_may_name_another_body(sentence, body):
    """"X Rail Works" is a company's name ("the company"); "the railway company" is the body whose
    name holds "railway", not the one company, whose name does not."""
    assert source_of(RAIL_LEAD + sentence, sentence[:12], RAIL) == body


WATER = [*GENERIC, {"name": "Tormesh Standards Board", "aliases": []},
         {"name": "Tormesh Water Authority", "aliases": []}]
WATER_LEAD = DATELINE + "Hundreds of people fell ill after drinking from the river, police said. "


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Tormesh Standards Board found in an audit that 212 of the meters read high.", "Tormesh Standards Board"),
    ("The Tormesh Standards Board found in a survey published in March that the meters read high.",
     "Tormesh Standards Board"),
    ("The Tormesh Water Authority found sediment in the water at 30 times the safe level.", "Tormesh Water Authority"),
    ("The Tormesh Water Authority found levels of up to 84 milligrams a litre.", "Tormesh Water Authority"),
    ("The Tormesh Water Authority surveyed 2,300 wells and found only 214 in use.", "Tormesh Water Authority"),
])
def test_what_a_body_found_in_an_audit_or_measured_is_its_claim(sentence, body):
    """"found in an audit that", "found levels of", "found X at 30 times the safe level": a finding
    put in words, the body's."""
    assert source_of(WATER_LEAD + sentence, "The Tormesh", WATER) == body


@pytest.mark.parametrize("sentence", [
    "Police found the bodies of two men near the bridge.",
    "Police found only a dog in the house.",
])
def test_finding_someone_or_something_is_an_act(sentence):
    assert source_of(WATER_LEAD + sentence, "Police found", WATER) is None


FARM = [*GENERIC, {"name": "Gunna Lauksveg", "aliases": []}, {"name": "Tormeshi Agriculture Ministry", "aliases": []}]
FARM_LEAD = DATELINE + "Wool prices fell by half this year, the Tormeshi Agriculture Ministry said. "


def test_a_quote_after_a_sentence_naming_one_newcomer_is_hers():
    """'"...," she said' right after a sentence that says nothing and names one person by a name
    that looks like a person's: that person."""
    text = FARM_LEAD + ("On a windy hillside near Stajvik, Gunna Lauksveg and her son tipped the fleeces into a pit. "
                        "\u201cMy grandmother would have wept,\u201d she said.")
    assert source_of(text, "\u201cMy grandmother", FARM) == "Gunna Lauksveg"


def test_a_quote_after_a_sentence_naming_two_people_is_no_newcomers():
    text = FARM_LEAD + ("Gunna Lauksveg and Pella Orsund tipped the fleeces into a pit. "
                        "\u201cMy grandmother would have wept,\u201d she said.")
    assert source_of(text, "\u201cMy grandmother", FARM) is None


def test_a_word_of_the_sentence_before_gives_no_gender():
    """"... with her feverish son. Kokuta Mushumba, a nurse, said she ...": "son" ends the
    sentence before and makes no he of her; her "she" later is hers."""
    registry = [*FARM, {"name": "Kokuta Mushumba", "aliases": []}]
    text = FARM_LEAD + ("One woman said she had waited nine hours with her feverish son. Kokuta Mushumba, a nurse "
                        "on the ward, said she had worked 36-hour shifts. \u201cI am alone with 60 children,\u201d "
                        "she said.")
    assert source_of(text, "\u201cI am alone", registry) == "Kokuta Mushumba"


@pytest.mark.parametrize("speaker", [
    "A nurse, asking that she not be identified by name, said",
    "A trader, who feared arrest and gave Pellwick Wire no name, said",
    "One of the cooks, afraid of losing her job if named, said",
    "A pharmacist, who feared losing customers if his name appeared, said",
    "A worker at the farm, speaking to Pellwick Wire without his name because staff may not talk, said",
    "A pharmacist who feared losing business, and withheld her name for that reason, said",
    "A man who sorts rubbish at the dump and asked to remain nameless said",
    "A clerk, whom Pellwick Wire is not naming because she still hopes to be paid, said",
    "An officer, whom Pellwick Wire agreed to leave unnamed, said",
    "A former crew member, interviewed in return for a promise not to publish his name, said",
    "A stallholder, who would not let Pellwick Wire identify her, said",
    "A technician, interviewed on the promise that Pellwick Wire would keep his identity secret, said",
    "His wife, who preferred not to be named in print, said",
    "An engineer, who asked that Pellwick Wire identify him only by his job, said",
    "A nurse, who gave her account only once promised her identity would stay hidden, said",
    "A nurse there, who is therefore described here only by her trade, said",
    "A seller, fined once before and unwilling to be named for that reason, said",
    "A former technician, bound by a confidentiality agreement and so unnamed here, said",
])
def test_new_wordings_of_anonymity_are_the_anonymous_entry(speaker):
    text = WATER_LEAD + speaker + " the water had smelled of diesel for weeks."
    assert source_of(text, speaker[:10], WATER) == "anonymous official"


LAKE_POLICE = [*GENERIC, {"name": "Ilse Varkonen", "aliases": []}]
DROWNED = DATELINE + "Two men drowned in the lake on Sunday, police said. "


@pytest.mark.parametrize("words", [
    "Ilse Varkonen said a police officer who spoke at a school assembly in May had warned pupils that",
    "According to Ilse Varkonen, police officers who came to the hospital informed the family that",
    "Ilse Varkonen said the city's police commander had told her investigators that",
    "Ilse Varkonen said the local station's commander had promised her that",
    "Ilse Varkonen said an officer she knew from other cases had warned her that",
    "Ilse Varkonen said a traffic officer had told one of her clients that",
])
def test_officers_and_their_commanders_in_a_police_story_are_the_police(words):
    text = DROWNED + words + " the ice was thin."
    assert source_of(text, words[:12], LAKE_POLICE) == "police"


@pytest.mark.parametrize("boss", ["his commander", "his station head"])
def test_an_anonymous_police_employees_bosses_are_the_police(boss):
    """"A police diver, who gave no name, said ... He said his commander had told the divers":
    the police, even where other bodies' people are officers too."""
    text = (DROWNED + "The Tormesh Marine Authority said its officers had warned of currents. A police diver, who "
            "gave no name because he may not talk to reporters, said the currents were strong. "
            f"He said {boss} had told the divers to stop at sunset.")
    registry = [*LAKE_POLICE, {"name": "Tormesh Marine Authority", "aliases": []}]
    assert source_of(text, "He said", registry) == "police"


@pytest.mark.parametrize("words", [
    "Ilse Varkonen said Kestrin Mills had offered each family 200,000 crowns in 2022 if they dropped the case.",
    "According to Ilse Varkonen, Kestrin Mills offered each family 5,000 crowns on condition that they signed.",
    "Ilse Varkonen said Kestrin Mills had offered the weavers a bonus in return for silence.",
])
def test_an_offer_on_terms_is_the_offerers_words(words):
    """The guide: offers put in words are the offerer's; an offer on terms ("if they dropped the
    case") is one, and so is a sum offered to each (below)."""
    assert source_of(MILL_LEAD + words, words[:12], MILL) == "Kestrin Mills"



@pytest.mark.parametrize("words", [
    "According to Ilse Varkonen, a ministry inspector visited the mill in August and told the women afterwards that",
    "A ministry engineer came to look in November and told the weavers the looms would last, according to "
    "Ilse Varkonen.",
    "Ilse Varkonen said an inspector from the labour ministry came to the mill on Monday and told her that",
])
def test_a_nested_verb_joined_to_a_visit_in_the_past_is_the_visitors(words):
    """"Y visited the agency in August and told the women that": Y's words, also with no "had"."""
    text = MILL_LEAD + words + ("" if words.endswith(".") else " the looms were safe.")
    assert source_of(text, words[:12], MILL) == "Tormeshi Labour Ministry"


@pytest.mark.parametrize(("words", "body"), [
    ("Ilse Varkonen said the Tormeshi Labour Ministry had promised each registered weaver 4,500 crowns a month.",
     "Tormeshi Labour Ministry"),
    ("Ilse Varkonen said Kestrin Mills had offered 300 families 2 million crowns each in March to sign papers.",
     "Kestrin Mills"),
    ("Ilse Varkonen said the Tormeshi Labour Ministry had promised every registered weaver a monthly allowance.",
     "Tormeshi Labour Ministry"),
])
def test_a_sum_promised_or_offered_to_each_is_the_promisers_words(words, body):
    assert source_of(MILL_LEAD + words, "Ilse", MILL) == body


POST = [*GENERIC, {"name": "Tormeshi Customs Administration", "aliases": []}, {"name": "Tormesh Post", "aliases": []},
        {"name": "Tormeshi Agriculture Ministry", "aliases": []}, {"name": "Emeline Haegel", "aliases": []}]
POST_LEAD = (DATELINE + "Parcels were held at the border for weeks, police said. The Tormeshi Customs Administration, "
             "the Tormeshi Agriculture Ministry and Tormesh Post are looking into it. ")


@pytest.mark.parametrize(("sentence", "body"), [
    ("A customs spokeswoman said only sacks flagged by the scanners had been opened.",
     "Tormeshi Customs Administration"),
    ("A post spokesman said the company would send staff to help.", "Tormesh Post"),
    ("\u201cOur officers go where the farmers are,\u201d an agriculture ministry spokesman said.",
     "Tormeshi Agriculture Ministry"),
])
def test_a_spokesperson_described_by_words_of_a_name_speaks_for_that_body(sentence, body):
    assert source_of(POST_LEAD + sentence, sentence[:8], POST) == body


@pytest.mark.parametrize("cue", ["said its head, Emeline Haegel.", "said the group's head, Emeline Haegel."])
def test_an_inverted_cue_before_a_role_in_apposition_is_the_person_named(cue):
    """'"...," said its head, Emeline Haegel.': she, and the quote running on is hers too."""
    text = POST_LEAD + f"\u201cNobody reads a receipt of 40 lines,\u201d {cue} \u201cThe chains count on it.\u201d"
    assert source_of(text, "\u201cNobody", POST) == "Emeline Haegel"
    assert source_of(text, "\u201cThe chains", POST) == "Emeline Haegel"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Kestrin Mills has appealed to the Tormesh Supreme Court, which will rule in May.", None),
    ("Kestrin Mills appealed to the government to postpone the closure.", "Kestrin Mills"),
])
def test_an_appeal_to_a_court_is_a_filing_and_an_appeal_to_anyone_else_a_plea(sentence, source):
    assert source_of(MILL_LEAD + sentence, "Kestrin Mills ", MILL) == source


@pytest.mark.parametrize("words", [
    "Ilse Varkonen said a Kestrin Mills operator had told her afterwards that",
    "Ilse Varkonen said company staff had told her that",
])
def test_an_operator_of_a_named_company_and_company_staff_are_the_company(words):
    text = MILL_LEAD + "The company, Kestrin Mills, said it would reopen. " + words + " the looms were safe."
    assert source_of(text, words[:12], MILL) == "Kestrin Mills"


def test_an_official_at_a_named_body_is_the_body_not_the_generic_officials():
    registry = [*MILL, {"name": "Tormeshi Central Medical Stores", "aliases": []}]
    text = (MILL_LEAD + "The Tormeshi Central Medical Stores holds the tablets. Ilse Varkonen said an official at the "
            "stores had replied in May that no lorry could be hired.")
    assert source_of(text, "Ilse Varkonen said an", registry) == "Tormeshi Central Medical Stores"


@pytest.mark.parametrize("closing", ["the hospital's head of paediatrics said.",
                                     "the head of the country's main hospital said."])
def test_a_lead_closed_by_a_bodys_head_is_the_head_named_next(closing):
    """Heads speak for themselves: "..., the hospital's head of paediatrics said." then "X said ...":
    X, not the hospital."""
    text = CLINIC_LEAD + closing + (
        " Orla Menditz said 212 of 1,700 babies tested at Bravno General Hospital had low iodine.")
    assert source_of(text, "BRAVNO", CLINIC) == "Orla Menditz"


@pytest.mark.parametrize("words", [
    "Ilse Varkonen said Kestrin Mills had given the ministry a written assurance in 2024 that",
    "Ilse Varkonen said Kestrin Mills gave the union an assurance in October that",
])
def test_an_assurance_given_in_words_is_the_givers(words):
    text = MILL_LEAD + words + " no loom was unsafe."
    assert source_of(text, "Ilse", MILL) == "Kestrin Mills"


def test_a_whole_quote_before_a_quote_whose_speaker_is_named_after_it_is_that_speakers():
    """'"A vote with one name is no election." "I would rather lose," said X.': X's, both."""
    text = (MILL_LEAD + "The mill stood empty on Friday. \u201cA mill with no weavers is a shed.\u201d \u201cI would "
            "rather lose than shut it,\u201d "
            "said Ilse Varkonen, who chairs the union.")
    assert source_of(text, "\u201cA mill", MILL) == "Ilse Varkonen"


def test_a_whole_quote_after_a_paragraph_break_is_not_the_next_speakers_by_that_rule():
    """A new paragraph opens with a quote and its own speaker only: the quote before, in the
    paragraph before, is not taken forward."""
    text = (MILL_LEAD + "The mill stood empty on Friday. \u201cA mill with no weavers is a shed.\u201d\n\n\u201cI "
            "would rather lose,\u201d "
            "said Ilse Varkonen.")
    assert source_of(text, "\u201cA mill", MILL) is None


@pytest.mark.parametrize(("worker", "boss"), [("A postman", "his depot manager"), ("A lineman", "a supervisor")])
def test_an_anonymous_postmans_or_linemans_bosses_speak_for_the_post_or_the_power_company(worker, boss):
    """The body of his trade, before another body named just before him."""
    registry = [*POST, {"name": "Tormesh Northern Power Company", "aliases": []}]
    text = (POST_LEAD + "The Tormesh Northern Power Company said the roads were icy. " + worker + ", who agreed "
            f"to talk provided his name was left out, said the work was dangerous. He said {boss} had told the crews "
            "to vary their routes.")
    body = "Tormesh Post" if worker == "A postman" else "Tormesh Northern Power Company"
    assert source_of(text, "He said", registry) == body


@pytest.mark.parametrize("sentence", [
    "The Tormesh Water Authority put the arrears at 1.9 billion crowns.",
    "The Tormesh Water Authority called that account false.",
    "The Tormesh Water Authority found 902 of the pumps broken.",
    "The Tormesh Water Authority found 281 tanks standing unconnected.",
])
def test_an_estimate_a_rebuttal_and_a_count_found_are_claims(sentence):
    assert source_of(WATER_LEAD + sentence, "The Tormesh", WATER) == "Tormesh Water Authority"


def test_police_putting_a_crowd_at_a_number_is_their_estimate():
    text = WATER_LEAD + "Protesters gathered outside the offices on Wednesday, and police put the crowd at about 400."
    assert source_of(text, "Protesters", WATER) == "police"


def test_an_alert_in_words_is_the_alerters():
    text = MILL_LEAD + "Ilse Varkonen said Kestrin Mills had alerted her staff that the papers were forged."
    assert source_of(text, "Ilse", MILL) == "Kestrin Mills"


@pytest.mark.parametrize("sentence", [
    "The mill treated six more workers in November, according to its records.",
    "According to its annual accounts, the mill has set aside 120 million crowns.",
])
def test_according_to_its_own_document_is_the_body_it_stands_for(sentence):
    text = MILL_LEAD.replace("The Tormeshi Labour Ministry said it would look into the closure. ", "") + sentence
    assert source_of(text, sentence[:12], MILL) == "Kestrin Mills"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Firefighters said the flat had filled with smoke in a minute.", "Kestrin Fire Department"),
    ("A firefighter said the flat had filled with smoke in a minute.", None),
])
def test_firefighters_speaking_are_the_one_fire_department_named_before(sentence, source):
    """Staff named by their trade alone, in the plural, speak for the one body of that trade named
    before; one unnamed firefighter is someone with no entry."""
    registry = [*GENERIC, {"name": "Kestrin Fire Department", "aliases": []}]
    text = DATELINE + "A girl was hurt when a charger caught fire. The Kestrin Fire Department sent two engines. "
    assert source_of(text + sentence, sentence[:6], registry) == source
