"""Tests for the thirty-first round of attribution rules, written while the hundred-and-forty-eighth
and hundred-and-forty-ninth held-out sets were being written.

A named head speaking of her own body is her own claim (the guide's "A head speaking of her own
body"), also where she was introduced by a role with a field ("the agency's director of
vaccination"), by a role after an "according to" ("according to its director, X"), by "who chairs
the association", or as "Health Secretary X"; where her body comes before her cue ("The project,
she said, had offered"); where the body is called by a word of its name ("the community"); and
where the sentence that introduced her reported someone else's words.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

MARSH = [*GENERIC, {"name": "Tollvard Wetlands Agency", "aliases": []},
         {"name": "Brisa Holmqvane", "aliases": ["Holmqvane"]},
         {"name": "Tollvard Reed Cutters' Guild", "aliases": []},
         {"name": "Tollvard Ministry of Farming", "aliases": []}]
MARSH_LEAD = ("TOLLVARD, Kessary, Aug 2 (Pellbrook Wire) - Reed fires burned across the Tollvard marsh on "
              "Sunday, the national wetlands agency said. "
              "The Tollvard Wetlands Agency said 900 hectares had burned. ")
OFFER = " said the agency had warned the guild in March that the reed beds were too dry to cut."


@pytest.mark.parametrize("introduction", [
    "Brisa Holmqvane, the agency's director of fire safety, said the smoke would clear by Tuesday. ",
    "The smoke would clear by Tuesday, according to its director, Brisa Holmqvane. ",
    "Brisa Holmqvane, who heads the agency, said the smoke would clear by Tuesday. ",
])
def test_a_head_introduced_by_her_role_speaks_for_herself_of_her_own_body(introduction):
    """Introduced as the agency's officer, she reports the agency's own offer as her own claim."""
    text = MARSH_LEAD + introduction + "She" + OFFER
    assert source_of(text, "She said the agency", MARSH) == "Brisa Holmqvane"


def test_a_person_introduced_by_no_role_reports_the_body_s_words():
    """Without a role tying her to the agency, the agency's offer is the agency's."""
    text = MARSH_LEAD + "Brisa Holmqvane, a reed cutter, said the smoke would clear by Tuesday. She" + OFFER
    assert source_of(text, "She said the agency", MARSH) == "Tollvard Wetlands Agency"


def test_a_head_first_reporting_her_staff_is_still_introduced_as_head():
    """"X, president of Y, said dozens had been told by staff ..." introduces her as the guild's
    president even though that sentence's claim is not hers: "the guild had asked" is hers later."""
    text = (MARSH_LEAD + "Brisa Holmqvane, president of the Tollvard Reed Cutters' Guild, said cutters had been "
            "told by agency wardens to leave their boats. "
            "\"We lost a season,\" she said. "
            "She said the guild had asked the agency in April to clear the dry reed.")
    assert source_of(text, "She said the guild", MARSH) == "Brisa Holmqvane"


def test_a_body_before_its_head_s_parenthetical_cue_is_her_claim():
    """"The guild, she said, had offered": her own body's offer, hers; a clerk of it before the
    cue is its staff, whose words are not hers."""
    text = (MARSH_LEAD + "Its head, Brisa Holmqvane, said the fires were set. "
            "The agency, she said, had offered to pay for fire breaks.")
    assert source_of(text, "The agency, she said", MARSH) == "Brisa Holmqvane"
    text = (MARSH_LEAD + "Brisa Holmqvane, president of the Tollvard Reed Cutters' Guild, said the fires were set. "
            "A clerk at the agency, she said, had told her in writing to keep the boats out.")
    assert source_of(text, "A clerk at the agency", MARSH) == "Tollvard Wetlands Agency"


def test_a_body_called_by_a_word_of_its_name_is_its_head_s_claim():
    """"The guild" for "Tollvard Reed Cutters' Guild", said by its president: hers."""
    text = (MARSH_LEAD + "Brisa Holmqvane, president of the Tollvard Reed Cutters' Guild, said the fires were set. "
            "She said the guild had asked the agency in January to let cutters patrol at night.")
    assert source_of(text, "She said the guild", MARSH) == "Brisa Holmqvane"


def test_a_secretary_speaks_for_herself_of_her_own_department():
    """"Farming Secretary X" heads the farming ministry or department: its request, said by her,
    is hers."""
    registry = [*MARSH, {"name": "Tollvard Farming Department", "aliases": []}]
    text = (MARSH_LEAD + "Farming Secretary Brisa Holmqvane said tests by the agency had confirmed the fires "
            "were set. "
            "She said the department had asked farmers to plough fire breaks within a week.")
    assert source_of(text, "She said the department", registry) == "Brisa Holmqvane"


HARBOUR = [*GENERIC, {"name": "Mervik District Police", "aliases": []},
           {"name": "Mervik State Prosecutor's Office", "aliases": []},
           {"name": "Mervik Police Officers' Union", "aliases": []},
           {"name": "Aldra Fennick", "aliases": ["Fennick"]}]
HARBOUR_TEXT = ("MERVIK, Kessary, Aug 4 (Pellbrook Wire) - Two divers drowned in the Mervik harbour on Sunday, "
                "the district police said. "
                "Mervik District Police said the divers had run out of air. "
                "The Mervik State Prosecutor's Office has opened an inquiry. "
                "Prosecutors said they would question the boat's skipper. "
                "Police said the boat had no radio.")


def test_bare_police_and_prosecutors_are_the_one_force_of_that_kind_the_story_names():
    """With a district police and a state prosecutor's office registered and named, "police said"
    and "prosecutors said" are theirs, not the generic entries'."""
    assert source_of(HARBOUR_TEXT, "MERVIK", HARBOUR) == "Mervik District Police"
    assert source_of(HARBOUR_TEXT, "Prosecutors said", HARBOUR) == "Mervik State Prosecutor's Office"
    assert source_of(HARBOUR_TEXT, "Police said the boat", HARBOUR) == "Mervik District Police"


def test_a_police_union_or_a_second_force_leaves_police_generic():
    """A police union is no force; with two forces named, "police said" could be either: generic."""
    text = HARBOUR_TEXT.replace("Mervik District Police said", "The Mervik Police Officers' Union said")
    assert source_of(text, "Police said the boat", HARBOUR) == "police"
    registry = [*HARBOUR, {"name": "Kessary Border Police", "aliases": []}]
    text = HARBOUR_TEXT + " The Kessary Border Police searched the boat."
    assert source_of(text, "Police said the boat", registry) == "police"


def test_an_unregistered_firm_described_with_a_relative_clause_speaks_for_nobody():
    """"The security company that maintains the alarm had assured her": an unregistered firm's
    words (nobody's), not a thing ("the alarm") with no speaker, which would leave them hers."""
    registry = [*GENERIC, {"name": "Aldra Fennick", "aliases": ["Fennick"]}]
    text = ("MERVIK, Kessary, Aug 4 (Pellbrook Wire) - A gallery was robbed on Sunday. "
            "Aldra Fennick, who owns it, said the paintings were insured. "
            "Fennick said the security company that maintains the alarm had assured her it would be fixed by Friday. "
            "Fennick said tests on the alarm had shown that it was cut.")
    assert source_of(text, "Fennick said the security", registry) is None
    assert source_of(text, "Fennick said tests", registry) == "Aldra Fennick"


@pytest.mark.parametrize("speaker", [
    "A welder who worked alongside Fennick, and who would let Pellbrook Wire describe him only by his trade,",
    "The yard's nurse, who agreed to talk as long as nothing she said was put to her name,",
])
def test_further_wordings_that_keep_a_name_back(speaker):
    """"Describe him only by his trade", "nothing she said was put to her name": the anonymous entry."""
    registry = [*GENERIC, {"name": "Aldra Fennick", "aliases": ["Fennick"]}]
    text = ("MERVIK, Kessary, Aug 4 (Pellbrook Wire) - A crane fell at the Mervik yard on Sunday. "
            "Aldra Fennick, who runs the yard, said nobody had been hurt. "
            + speaker + " said the brakes had been taped down for months.")
    assert source_of(text, speaker.split(",")[0].split(" who")[0], registry) == "anonymous official"


def test_a_place_or_the_reporting_agency_is_no_speaker():
    """Unregistered names in the dateline (the country, the agency) or right after "in" are no
    speakers: "said a clerk in Ostrava" is not Ostrava's."""
    registry = [*GENERIC, {"name": "Aldra Fennick", "aliases": ["Fennick"]}]
    text = ("SLAPNICA, Podmirje, Aug 4 (Ostinel) - Podmirje closed its border crossing on Sunday, citing what "
            "Aldra Fennick called \u201ca credible threat\u201d. "
            "Fennick did not reply when Ostinel asked about the threat. "
            "The crossing was busy, said a customs clerk in Varrowdene.")
    assert source_of(text, "SLAPNICA", registry) == "Aldra Fennick"
    assert source_of(text, "Fennick did not reply", registry) is None
    assert source_of(text, "The crossing was busy", registry) is None


@pytest.mark.parametrize("closing", [
    "the castle's management said on Wednesday.", "the band's managers said on Tuesday.",
    "the city's firefighters said.",
])
def test_a_lead_closed_by_a_body_s_staff_is_the_body_named_next(closing):
    """"..., the castle's management said": the registered body the next sentence names speaking."""
    registry = [*GENERIC, {"name": "Rytirov Castle Administration", "aliases": []},
                {"name": "Kopinik Jousting Company", "aliases": []}]
    text = ("RYTIROV, Vrchlavie, Aug 11 (Pellbrook Wire) - A horseman was killed at a staged tournament on Tuesday, "
            + closing + " The Rytirov Castle Administration said the rider had died before help came. "
            "The Kopinik Jousting Company said its lances were tested.")
    assert source_of(text, "RYTIROV", registry) == "Rytirov Castle Administration"


def test_a_lead_closed_by_a_victim_s_family_is_not_the_body_named_next():
    """"the rider's family said" is no body's staff: not the administration named next."""
    registry = [*GENERIC, {"name": "Rytirov Castle Administration", "aliases": []}]
    text = ("RYTIROV, Vrchlavie, Aug 11 (Pellbrook Wire) - A horseman was killed at a staged tournament on Tuesday, "
            "the rider's family said. The Rytirov Castle Administration said the rider had died before help came.")
    assert source_of(text, "RYTIROV", registry) != "Rytirov Castle Administration"


@pytest.mark.parametrize("own", ["his firm", "his company", "his workshop", "his department"])
def test_a_head_speaking_of_his_own_firm_makes_his_own_claim(own):
    """"The workshop's owner, X, said his firm had told the parish ...": what his own body said is
    his claim (the guide's "A head speaking of her own body")."""
    registry = [*GENERIC, {"name": "Drahan Mechur", "aliases": ["Mechur"]},
                {"name": "Vrchla Parish Council", "aliases": []}]
    text = ("VRCHLA, Kessary, Aug 8 (Pellbrook Wire) - A church gallery collapsed on Sunday. "
            "The workshop's owner, Drahan Mechur, said " + own + " had told the parish in writing that the gallery "
            "needed a survey.")
    assert source_of(text, "The workshop's owner", registry) == "Drahan Mechur"


@pytest.mark.parametrize("words", [
    "the company had cancelled trips under every warning that named the hills",
    "the driver had been given no warning that men were on the track",
])
def test_a_warning_after_a_determiner_is_a_noun_not_nested_speech(words):
    """"every warning that named the hills", "no warning that": a noun, so no inner speaker; the
    outer speaker's claim."""
    registry = [*GENERIC, {"name": "Rewa Hokiora", "aliases": ["Hokiora"]}]
    text = "TIRAMA, Kessary, Aug 11 (Pellbrook Wire) - A cave flooded on Sunday. Hokiora said " + words + "."
    assert source_of(text, "Hokiora said", registry) == "Rewa Hokiora"


def test_the_addressee_of_a_letter_is_not_its_speaker():
    """"An inspector's letter to the company had warned that ...": the company received the
    warning, so it is not the company's claim."""
    registry = [*GENERIC, {"name": "Shirin Herbal Company", "aliases": []},
                {"name": "Mahta Rishvand", "aliases": ["Rishvand"]}]
    text = ("SHIRIN, Kessary, Aug 3 (Pellbrook Wire) - Shirin Herbal Company recalled its teas on Monday. "
            "According to Rishvand, an inspector's letter to the company in March had warned that its claims "
            "broke the law.")
    assert source_of(text, "According to Rishvand", registry) != "Shirin Herbal Company"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Police questioned Stitovsky and Turnajsky on Tuesday and let them go.", None),
    ("Police questioned the watchman on Thursday morning.", None),
    ("Police questioned the timing of the festival.", "police"),
    ("Police questioned Norvex's figures.", "police"),
])
def test_questioning_someone_is_an_act_questioning_a_thing_is_a_claim(sentence, source):
    """"Questioned Stitovsky", "questioned the watchman": people questioned, nothing said; "questioned
    the timing" voices a doubt."""
    text = "RYTIROV, Vrchlavie, Aug 11 (Pellbrook Wire) - A horseman was killed on Tuesday. " + sentence
    assert source_of(text, "Police questioned", GENERIC) == source


@pytest.mark.parametrize(("words", "source"), [
    ("he would answer only once the police had finished", None),
    ("she would not answer until the investigation was done", None),
    ("he would not name the member", None),
    ("he would not name the member but the rope had been tested", "Torgrim Hallbak"),
])
def test_answers_put_off_or_names_kept_are_refused_comment(words, source):
    """"Would answer only once ...", "would not name the member": no comment, nobody's claim;
    a claim after "but" is the speaker's."""
    registry = [*GENERIC, {"name": "Torgrim Hallbak", "aliases": ["Hallbak"]}]
    text = "OSLEN, Kessary, Sep 5 (Pellbrook Wire) - A climbing rope snapped on Sunday. Hallbak said " + words + "."
    assert source_of(text, "Hallbak said", registry) == source


def test_a_name_before_an_appositive_and_a_relative_clause_is_the_speaker():
    """"X, a dermatologist at Y Hospital, where most of the women were treated, said": X."""
    registry = [*GENERIC, {"name": "Sidra Ashwani", "aliases": ["Ashwani"]},
                {"name": "Zubayda Royal Hospital", "aliases": []}]
    text = ("ZUBAYDA, Kessary, Sep 7 (Pellbrook Wire) - Nineteen women are being treated after filler injections. "
            "Sidra Ashwani, a dermatologist at Zubayda Royal Hospital, where most of the women were treated, said the "
            "product looked like an industrial gel.")
    assert source_of(text, "Sidra Ashwani", registry) == "Sidra Ashwani"
    assert source_of(text, "Sidra Ashwani", registry[:-1]) == "Sidra Ashwani"  # (the hospital unregistered)


@pytest.mark.parametrize("staff", ["the company's fitters", "the company's guide", "the company's stewards"])
def test_more_trades_of_a_body_described_speak_for_it(staff):
    """"He said the company's fitters had assured him": the company, named before."""
    registry = [*GENERIC, {"name": "Bilaw Crystal Lighting", "aliases": []}, {"name": "Omar Quds", "aliases": ["Quds"]}]
    text = ("QASR, Kessary, Sep 2 (Pellbrook Wire) - A chandelier fell on wedding guests on Saturday. "
            "The fittings were installed by Bilaw Crystal Lighting, a firm in the capital. "
            "Omar Quds, who owns the hall, said the lights had been checked in May. "
            "He said " + staff + " had assured him the anchors could carry twice the weight.")
    assert source_of(text, "He said the company", registry) == "Bilaw Crystal Lighting"


@pytest.mark.parametrize("clause", ["after tourists complained that the ponies looked weak",
                                    "because guests complained that the water tasted of chlorine"])
def test_a_complaint_in_a_clause_of_time_or_cause_is_the_outer_speaker_s_claim(clause):
    """"X said its volunteers had found the animals after tourists complained that ...": X's claim,
    the tourists' complaint being only when it happened."""
    registry = [*GENERIC, {"name": "Sablon Animal Welfare Society", "aliases": []}]
    text = ("SABLON, Kessary, Sep 13 (Pellbrook Wire) - Twelve ponies were seized on a beach on Sunday. "
            "The Sablon Animal Welfare Society said its volunteers had found the animals " + clause + ".")
    assert source_of(text, "The Sablon Animal", registry) == "Sablon Animal Welfare Society"


DARTS = [*GENERIC, {"name": "Skovren Darts Association", "aliases": []},
         {"name": "Egil Fjordhav", "aliases": ["Fjordhav"]}, {"name": "Kastvold Bet", "aliases": []}]
DARTS_LEAD = ("SKOVREN, Kessary, Oct 7 (Pellbrook Wire) - Two darts players were charged with fixing matches. "
              "Egil Fjordhav, president of the Skovren Darts Association, said the players had been suspended. ")


def test_staff_of_the_body_a_named_head_heads_speaking_to_others_are_his_claim():
    """"He said the association's integrity officer had warned all players": the guide's staff who
    report to the head, speaking to others: his own claim."""
    text = DARTS_LEAD + ("He said the association's integrity officer had warned all players in writing that "
                         "approaches must be reported.")
    assert source_of(text, "He said the association", DARTS) == "Egil Fjordhav"


def test_staff_telling_their_head_or_another_body_s_staff_are_not_the_head_s_claim():
    """Told to the head himself ("had assured him"), the staff's words are the body's; the staff of
    a body he does not head are that body's."""
    text = DARTS_LEAD + "He said the association's integrity officer had assured him that approaches were reported."
    assert source_of(text, "He said the association", DARTS) == "Skovren Darts Association"
    text = DARTS_LEAD + ("Most of the bets were placed with Kastvold Bet. "
                         "He said the bookmaker's compliance officer had warned all players that bets were flagged.")
    assert source_of(text, "He said the bookmaker", DARTS) != "Egil Fjordhav"


def test_the_chair_described_is_the_person_introduced_as_chairing_the_body():
    """"X, who chairs the council, said ..." and later "the council's chair said": X."""
    registry = [*GENERIC, {"name": "Melea Tupou", "aliases": ["Tupou"]},
                {"name": "Falemau Water Safety Council", "aliases": []}]
    text = ("FALEMAU, Kessary, Oct 12 (Pellbrook Wire) - Two surf pupils drowned on Sunday. "
            "Melea Tupou, who chairs the Falemau Water Safety Council, said surf schools needed no licence. "
            "\"Every beach here has a channel like that one,\" the council's chair said.")
    assert source_of(text, "\"Every beach", registry) == "Melea Tupou"


def test_told_someone_a_clause_whose_verb_is_in_the_past_is_inner_speech():
    """"She said the injured had told doctors the foam smelled of bleach": the injured's words
    (unnamed: nobody's), not hers; "had told doctors the news" stays hers."""
    registry = [*GENERIC, {"name": "Stama Kerasi", "aliases": ["Kerasi"]}]
    opening = "KYMA, Kessary, Oct 9 (Pellbrook Wire) - Eleven dancers were burned by foam on Friday. Kerasi said "
    assert source_of(opening + "the injured had told doctors the foam smelled of bleach.", "Kerasi said",
                     registry) is None
    assert source_of(opening + "the injured had told doctors the news.", "Kerasi said", registry) == "Stama Kerasi"


def test_asked_not_to_with_the_verb_left_out_is_a_request_in_words():
    """"saying police had asked him not to.": the police's request, in words."""
    registry = [*GENERIC, {"name": "Dzifa Kpodo", "aliases": ["Kpodo"]}]
    text = ("AKWA, Kessary, Oct 8 (Pellbrook Wire) - Frog legs sold as farmed were seized on Monday. "
            "Dzifa Kpodo, who bought them, said they looked farmed. "
            "He declined to name the supplier, saying police had asked him not to.")
    assert source_of(text, "He declined", registry) == "police"


@pytest.mark.parametrize("sentence", [
    "The Ngalu Surf School has closed for a week, a notice on its shack said.",
    "A handwritten notice on the Ngalu Surf School's gate on Saturday said the school was closed.",
    "The school is closed, according to a sign pinned to its door.",
])
def test_a_notice_on_a_body_s_door_speaks_for_the_body(sentence):
    """A notice or sign on a body's door, gate or shack is that body's document."""
    registry = [*GENERIC, {"name": "Ngalu Surf School", "aliases": []}]
    text = ("NGALU, Kessary, Oct 12 (Pellbrook Wire) - Two pupils drowned on Sunday. The Ngalu Surf School ran the "
            "lesson. " + sentence)
    assert source_of(text, sentence[:28], registry) == "Ngalu Surf School"


def test_a_notice_on_a_door_of_no_registered_body_is_nobody_s():
    """"their doors" of shops no entry names: no source."""
    registry = [*GENERIC, {"name": "Ngalu Surf School", "aliases": []}]
    text = ("NGALU, Kessary, Oct 12 (Pellbrook Wire) - Sweets were withdrawn on Sunday. The shops have shut, "
            "according to a notice taped to their doors.")
    assert source_of(text, "The shops", registry) is None


def test_none_opening_a_sentence_is_no_name():
    """"None of the patients was in danger, it said.": "it", the centre that spoke before, not a
    name "None"."""
    registry = [*GENERIC, {"name": "Isona Public Health Centre", "aliases": []}]
    text = ("ISONA, Kessary, Nov 8 (Pellbrook Wire) - Forty diners fell ill on Sunday, the Isona Public Health Centre "
            "said. The Isona Public Health Centre said doctors had removed larvae from 19 patients. "
            "All of them had eaten mackerel at one of four outlets. "
            "The centre ordered the four outlets to close for five days. "
            "None of the patients was in danger, it said.")
    assert source_of(text, "None of", registry) == "Isona Public Health Centre"


@pytest.mark.parametrize("opening", ["Mawari's president, Shun Torikawa,", "The company's president, Shun Torikawa,"])
def test_a_head_named_in_apposition_is_the_subject_of_and_said(opening):
    """"X's president, Y, bowed before cameras ... and said": Y, not nobody."""
    registry = [*GENERIC, {"name": "Mawari", "aliases": []}, {"name": "Shun Torikawa", "aliases": ["Torikawa"]}]
    text = ("ISONA, Kessary, Nov 8 (Pellbrook Wire) - Forty diners fell ill at Mawari restaurants on Sunday. "
            + opening + " bowed deeply before cameras in the city on Sunday evening and said the company had failed.")
    assert source_of(text, opening[:10], registry) == "Shun Torikawa"


def test_a_possessive_that_is_no_role_stays_a_modifier():
    """"Mawari's shares fell ... and analysts said": no subject of "said" in the possessive."""
    registry = [*GENERIC, {"name": "Mawari", "aliases": []}]
    text = ("ISONA, Kessary, Nov 8 (Pellbrook Wire) - Forty diners fell ill at Mawari restaurants on Sunday. "
            "Mawari's shares, already weak, fell on Monday and said nothing of the future.")
    assert source_of(text, "Mawari's shares", registry) is None


def test_a_name_after_a_clause_following_the_cue_is_no_inverted_speaker():
    """", said drivers paid Bhuiya by the night": a clause (its verb with no auxiliary), so the
    speaker is the one before the cue; '"...," said union leader Rahmat Sheikh.' stays inverted."""
    registry = [*GENERIC, {"name": "Rahmat Sheikh", "aliases": ["Sheikh"]}, {"name": "Shams Bhuiya", "aliases": []}]
    text = ("ICHAMO, Kessary, Nov 10 (Pellbrook Wire) - A depot burned on Sunday. "
            "Rahmat Sheikh, who leads the Ichamo Drivers' Union, said drivers paid Shams Bhuiya by the night. "
            "\u201cWe had nowhere else,\u201d said union leader Rahmat Sheikh.")
    assert source_of(text, "Rahmat Sheikh, who", registry) == "Rahmat Sheikh"
    assert source_of(text, "\u201cWe had", registry) == "Rahmat Sheikh"


def test_a_lead_closed_by_staff_who_did_something_is_the_body_of_their_trade():
    """"..., volunteer firefighters who recovered the bodies said.": the story's one fire brigade."""
    registry = [*GENERIC, {"name": "Pichi Fire Brigade", "aliases": []}]
    text = ("PICHI, Kessary, Nov 12 (Pellbrook Wire) - Four people drowned in a gorge on Thursday, volunteer "
            "firefighters who recovered the bodies said. The Pichi Fire Brigade said five others survived.")
    assert source_of(text, "PICHI", registry) == "Pichi Fire Brigade"


def test_a_body_with_a_participle_phrase_before_the_cue_is_the_speaker():
    """"..., the hospital treating him said.": the hospital, named in the next sentence."""
    registry = [*GENERIC, {"name": "Preah Kickboxing Federation", "aliases": []},
                {"name": "Preah Central Hospital", "aliases": []}]
    text = ("PREAH, Kessary, Nov 2 (Pellbrook Wire) - A kickboxer collapsed at a weigh-in on Monday, the national "
            "federation said. The Preah Kickboxing Federation said he had lost eight kilograms. "
            "He died that night of kidney failure, the hospital treating him said. "
            "Preah Central Hospital did not release his tests.")
    assert source_of(text, "He died", registry) == "Preah Central Hospital"


def test_questioned_by_is_a_passive_act_and_who_said_is_the_agent_s():
    """"X was detained and questioned by prosecutors, who said ...": the prosecutors' claim, not X's."""
    registry = [*GENERIC, {"name": "Radek Ciechan", "aliases": ["Ciechan"]}]
    text = ("GALAK, Kessary, Nov 6 (Pellbrook Wire) - A fire killed two boys at a laser arena on Sunday. "
            "Ciechan was detained overnight and questioned by prosecutors, who said he could be charged.")
    assert source_of(text, "Ciechan was", registry) == "prosecutors"
