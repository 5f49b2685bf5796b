"""Tests for the thirty-fifth round of attribution rules, written while the hundred-and-ninetieth
and hundred-and-ninety-first held-out sets were being written.

A person introduced as one of a body's staff by trade ("X, a researcher at the Y Institute,",
"X, a senior engineer with Y,") is not its head or officer: what that body itself warned or
advised, she reporting it later ("She said the institute had warned the forest service"), is the
body's, as nested speech; a head or officer ("X, director of Y,") still makes it her own claim.

An unnamed employee's bosses may open the sentence before the cue set in commas ("Her superiors,
she said, had told inspectors to ...", "His supervisor, according to him, had instructed the
crews"): her employer's words, as "She said her superiors had told" is. The employee's body may be
described by the country it serves ("An officer of the country's customs service") and named
only later: that body, not the story's one firm. Of two bodies whose names fit a trade ("rangers":
a "State Forest Agency" and a "Forestry Institute"), the one that employs the trade in the field,
not an institute, university, society, union or academy.

A body described by its possessive before its administration or management ("the market's
administration had told stallholders"), or before its staff after a plural possessive ("the
glassworks' sales manager had assured the nuns"), is the body the description stands for.

A lead opened by a body described and its own verb, its cue joined by "and" ("X's wrestling
federation suspended its oil supplier on Saturday and accused it of ..."), is the body named next
whose name fits the noun, as one closed by a participle is; not when a clause of its own comes
between ("... after a court ordered them back and said").

"His ministry said", of a minister introduced as the head of a registered ministry the story names
("X, who heads the Y Ministry of Natural Resources, said ... His ministry noted"), is that ministry;
of one introduced with no registered ministry, still the minister (her office speaks for her).

Staff by trade include any "-ist" or "-ian" ("X, an ornithologist with the Y Society,", "a
glaciologist at the University of Z"). A body that "had recommended in 2037 that ..." said it, as
one that "had advised" did; an advice may name its time with no preposition ("had advised the
board that year to fence the site"). "Its chief investigator, X," or "Its chief geologist, X,"
is an officer of the body, who reports its recommendation as her own claim.

An offer made by someone unnamed with no entry is nobody's, not the outer speaker's report: after
"one buyer" or a bare plural ("foreign hunters had offered to pay up to $10,000"), as after "a
buyer"; and a price offered for a thing ("one buyer had offered a healer $2,000 for the shrubs")
is an offer put in words. Not a speaker's own people ("its members had offered", "members had
offered"), whose offer the speaker reports as her own claim.

Bare requests are no claims, with a sum asked for ("The board has asked the government for $6
million") or someone asked to meet ("The union has asked the district head to meet its members");
nor is a plan ("The board expects to rule next week on ...").

What a body's own study found ("a university study had found that", "a 2039 ministry survey of the
lake had found that", "the trust's tagging had found that", "a survey carried out by the
university had found that", "a study by his university had found that") is the body's finding,
reported by its staff, also by staff introduced in the same sentence ("X, a biologist at the Y
Trust, said the trust's tagging had found"); by its head, her own claim.

An unnamed employee introduced by where she works, one word of its name right after her trade
("An engineer at the radio", "A guard employed by Marshend at the site"), works for the one body
whose name holds that word ("National Radio of X", "Marshend Holdings"); not a place she worked at
after a clause ("an officer who worked through the night at the hall"). A request for money she
reports ("the chief engineer had asked the ministry for money") stays an act she reports.

A lead opened by a body described and closed by its participle ("X's city council banned diving
..., two days after a young tourist died jumping from it, warning that ...") is that body, though a
clause comes between, when the clause's subject is no body or name (a tourist, a fight); and more
participles close a lead so: "citing", "blaming", "complaining", "conceding", "cautioning",
"alleging", "explaining", "reporting that". A body named further down whose name holds the
possessive's place and the description's words ("Brezovgrad City Council" for "Brezovgrad's city
council") need not be heard speaking in the next two sentences.

A speaker who concedes goes on in her own words after "but" ("X acknowledged that the service had
not tested the bait but argued that ...", "X conceded that the crossing had worked but insisted
that ..."): the verb after "but" is hers, not nested speech of the body in what she conceded.

A minister named with her title in the sentence ("Trade Minister X said the Y Ministry of Trade had
asked the agency to ...") speaks of her own ministry, named by its name after "the": her claim.

A review of the round, by invented cases run before and after it (REVIEW_CASES), mended: a trade in
apposition yields to a head role anywhere in the introduction ("director of Y, an agronomist with
30 years in the valley"); "Its chief <word>," is an officer only for an officer's word ("chief
geologist", not "chief critic"); an association or union may employ a trade in the field; a lead's
joined cue after a relative clause is the relative's; a lead's clause between is a speaker's when
its verb is one of speech or ruling ("after a judge ruled it unsafe", "after prosecutors charged
them"); a head's own workers or employees who offered are hers to report; "has asked residents to
see a doctor" is a request in words, "expects to report a loss" a forecast; "a ministry study in
Brazil" is no registered ministry's; an employee "at the mill" or "at the mine" is the site's
operator's, a workplace named by one word only "at the <word>" of a body or "employed by <Name>";
fronted bosses whose possessive disagrees with the speaker's pronoun are another's.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import GENERIC, source_of

PINE = [*GENERIC, {"name": "Norvashi Institute of Soil Science", "aliases": []},
        {"name": "Norvashi Forest Service", "aliases": []},
        {"name": "Ilse Brannock", "aliases": ["Brannock"]}]


@pytest.mark.parametrize("role", ["a researcher at", "a senior soil scientist at", "one of the engineers at"])
def test_staff_by_trade_report_their_bodys_warning_as_the_bodys(role):
    """"X, a researcher at the Y Institute, said ...  Brannock said the institute had warned":
    the institute's warning, not hers."""
    text = (f"The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, {role} the Norvashi "
            "Institute of Soil Science, said the blight could spread to the whole valley. Brannock said the "
            "institute had warned the forest service in 2038 that the blight had reached the next valley.")
    assert source_of(text, "Brannock said the", PINE) == "Norvashi Institute of Soil Science"


@pytest.mark.parametrize("role", ["director of", "the head of"])
def test_a_head_reports_her_own_bodys_warning_as_her_own_claim(role):
    """"X, director of the Y Institute, said ... She said the institute had warned": hers (she
    speaks of her own body)."""
    text = (f"The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, {role} the Norvashi "
            "Institute of Soil Science, said the blight could spread to the whole valley. Brannock said the "
            "institute had warned the forest service in 2038 that the blight had reached the next valley.")
    assert source_of(text, "Brannock said the", PINE) == "Ilse Brannock"


CUSTOMS = [*GENERIC, {"name": "Vardessan Customs Service", "aliases": []},
           {"name": "Pelham Strand Auctions", "aliases": []},
           {"name": "Oskan Dravet", "aliases": ["Dravet"]}]
CUSTOMS_LEAD = ("The Vardessan Ministry of Culture asked Pelham Strand Auctions on Monday to withdraw three carved "
                "stones from a sale. Oskan Dravet, the village head, said the stones were taken in 2038. ")


@pytest.mark.parametrize("words", [
    "Her superiors, she said, had told officers in 2038 to open every lorry carrying stone.",
    "Her supervisor, according to her, had instructed officers in 2038 to open every lorry carrying stone.",
    "She said her superiors had told officers in 2038 to open every lorry carrying stone.",
])
def test_an_employees_bosses_before_or_after_the_cue_speak_for_her_employer_named_later(words):
    """"An officer of the country's customs service, who asked not to be named, said ... Her
    superiors, she said, had told officers to ...": the customs service (named only later), not
    the auction house, the story's one firm."""
    text = (CUSTOMS_LEAD + "An officer of the country's customs service, who asked not to be named, said the "
            "stones could have left in a lorry. " + words + " The Vardessan Customs Service gave no figures.")
    assert source_of(text, words[:20], CUSTOMS) == "Vardessan Customs Service"


def test_a_named_persons_bosses_before_the_cue_are_no_one_found_by_this_rule():
    """"His superiors, Dravet said, had told ...": a named villager has no employer the story
    gives; nobody's (not the customs service)."""
    words = "His superiors, Dravet said, had told officers in 2038 to open every lorry carrying stone."
    text = CUSTOMS_LEAD + "The Vardessan Customs Service gave no figures. " + words
    assert source_of(text, words[:20], CUSTOMS) != "Vardessan Customs Service"


SAP = [*GENERIC, {"name": "Ostmarrian State Forest Agency", "aliases": []},
       {"name": "Kelvaro Forestry Institute", "aliases": []},
       {"name": "Sulvo Drinks", "aliases": []}, {"name": "Linnea Kask", "aliases": ["Kask"]}]


def test_rangers_are_the_forest_agencys_not_the_forestry_institutes():
    """"A ranger who asked not to be named said ... She said her superiors had told rangers": the
    agency that employs rangers, not the institute that studies the forest."""
    words = "She said her superiors had told rangers not to seize the canisters."
    text = ("The Ostmarrian State Forest Agency banned sap tapping on Monday. Sulvo Drinks, which bottles the sap, "
            "called the ban a blow. Linnea Kask, a researcher at the "
            "Kelvaro Forestry Institute, said tapped trees were rotting. A ranger who patrols the hills, and "
            "who asked not to be named, said the tappers came at night. " + words)
    assert source_of(text, words[:20], SAP) == "Ostmarrian State Forest Agency"


MARKET = [*GENERIC, {"name": "Qoriwasi Central Market", "aliases": []},
          {"name": "Tupaq Yawar", "aliases": ["Yawar"]}, {"name": "Oskarsen Glassworks", "aliases": []}]


@pytest.mark.parametrize(("words", "body"), [
    ("She said the market's administration had told stallholders to post prices by the kilo.",
     "Qoriwasi Central Market"),
    ("She said the glassworks' sales manager had assured stallholders that every jar was checked.",
     "Oskarsen Glassworks"),
])
def test_a_bodys_administration_or_staff_after_a_plural_possessive_speak_for_it(words, body):
    """"the market's administration had told stallholders": the market's words."""
    text = ("The Qoriwasi Central Market closed its meat hall on Monday after a fire. Oskarsen Glassworks, which "
            "sells jars to the stallholders, offered help. Tupaq Yawar, who sells potatoes there, said the hall "
            "had been full of smoke. " + words)
    assert source_of(text, words[:20], MARKET) == body


OIL = [*GENERIC, {"name": "Bozrani Wrestling Federation", "aliases": []},
       {"name": "Kalder Oils", "aliases": []}, {"name": "Tarkan Yelbeyi", "aliases": ["Yelbeyi"]}]
OIL_NEXT = (" Tarkan Yelbeyi, president of the Bozrani Wrestling Federation, stated that every barrel would be "
            "withdrawn. Kalder Oils did not respond.")


def test_a_lead_body_described_whose_cue_is_joined_by_and_is_the_body_named_next():
    """"Bozran's wrestling federation suspended its oil supplier on Saturday and accused it of
    ...": the federation named next."""
    lead = ("ERMENKOZ, Bozran, Feb 4 (Quillon) - Bozran's wrestling federation suspended its oil supplier on "
            "Saturday and accused it of selling olive oil mixed with a solvent.")
    assert source_of(lead + OIL_NEXT, "ERMENKOZ", OIL) == "Bozrani Wrestling Federation"


def test_a_lead_whose_joined_cue_follows_a_clause_of_its_own_is_not_the_body_named_next():
    """"... suspended the tournament after a court ordered it and accused ...": unsure whose."""
    lead = ("ERMENKOZ, Bozran, Feb 4 (Quillon) - Bozran's wrestling federation suspended the tournament after "
            "a court ordered it and accused the supplier of selling olive oil mixed with a solvent.")
    assert source_of(lead + OIL_NEXT, "ERMENKOZ", OIL) != "Bozrani Wrestling Federation"


BISON = [*GENERIC, {"name": "Zelvanian Ministry of Natural Resources", "aliases": []},
         {"name": "Mikhal Drazdou", "aliases": ["Drazdou"]}]


def test_his_ministry_of_a_minister_introduced_as_its_head_is_the_ministry():
    """"X, who heads the Y Ministry, said ... His ministry noted that ...": the ministry."""
    text = ("Mikhal Drazdou, who heads the Zelvanian Ministry of Natural Resources, said he would decide on the "
            "cull within a month. His ministry noted that no bison had been culled since 2019.")
    assert source_of(text, "His ministry", BISON) == "Zelvanian Ministry of Natural Resources"


def test_his_ministry_of_a_minister_introduced_with_no_registered_ministry_is_the_minister():
    """"Minister X said ... His ministry said": no ministry registered, so the minister's words."""
    text = ("Forestry Minister Mikhal Drazdou said he would decide on the cull within a month. His ministry "
            "noted that no bison had been culled since 2019.")
    assert source_of(text, "His ministry", BISON) == "Mikhal Drazdou"


OWLS = [*GENERIC, {"name": "Kessrin Society for Bird Protection", "aliases": []},
        {"name": "Kessrin District Council", "aliases": []}, {"name": "Volkhard Rennsteig", "aliases": ["Rennsteig"]}]
OWLS_LEAD = ("The Kessrin District Council closed 14 crags to climbers on Monday. Volkhard Rennsteig, an "
             "ornithologist with the Kessrin Society for Bird Protection, recalled climbers near a nest in April. ")


@pytest.mark.parametrize("words", [
    "He said the society had urged the district in March to close the crags.",
    "He said the society had advised the council that year to close the crags.",
    "He said the society had recommended in 2037 that the crags be closed in spring.",
])
def test_a_staff_scientist_reports_her_bodys_advice_as_the_bodys(words):
    """"X, an ornithologist with the Y Society, ... He said the society had urged / advised /
    recommended ...": the society's advice."""
    assert source_of(OWLS_LEAD + words, words[:20], OWLS) == "Kessrin Society for Bird Protection"


def test_a_bodys_chief_officer_reports_its_recommendation_as_her_own():
    """"Its chief investigator, X, said ... She said the society had recommended": hers."""
    text = ("The Kessrin Society for Bird Protection counted the nests on Monday. Its chief investigator, Volkhard "
            "Rennsteig, said the count was the lowest in years. He said the society had recommended in 2037 "
            "that the crags be closed in spring.")
    assert source_of(text, "He said the society", OWLS) == "Volkhard Rennsteig"


HUNT = [*GENERIC, {"name": "Mikal Varnisk", "aliases": ["Varnisk"]},
        {"name": "Ostrava Bison Reserve", "aliases": []}]


@pytest.mark.parametrize("words", [
    "Varnisk said foreign hunters had offered to pay up to $10,000 a head for the right to shoot a bull.",
    "Varnisk said one buyer had offered a healer in his village $2,000 for the old shrubs.",
])
def test_an_offer_by_someone_unnamed_with_no_entry_is_nobodys(words):
    """"X said foreign hunters had offered to pay ...": the hunters' offer, and they have no
    entry: nobody's (not Varnisk's)."""
    text = "Mikal Varnisk, a ranger at the Ostrava Bison Reserve, said the herd had grown to 300. " + words
    assert source_of(text, words[:20], HUNT) is None


def test_an_offer_by_the_speakers_own_members_is_her_claim():
    """"X, who heads the reserve, said members had offered to ...": her own claim."""
    words = "Varnisk said its members had offered to count the bison on their own land."
    text = "Mikal Varnisk, who heads the Ostrava Bison Reserve, said the herd had grown to 300. " + words
    assert source_of(text, words[:20], HUNT) == "Mikal Varnisk"


COCOA = [*GENERIC, {"name": "Ahouvan Cocoa Board", "aliases": []},
         {"name": "Ahouvan Cocoa Growers' Union", "aliases": []}]
COCOA_LEAD = ("The Ahouvan Cocoa Board banned burning on farms on Monday. The Ahouvan Cocoa Growers' Union said the "
              "ban came too late. ")


@pytest.mark.parametrize("words", [
    "The cocoa board has asked the government for $6 million to replant the burned farms.",
    "The growers' union has asked the district head to meet its members in Lekin.",
    "The board expects to rule next week on whether the farms should be replanted.",
])
def test_bare_requests_and_plans_are_no_claims(words):
    """"has asked the government for $6 million", "has asked X to meet", "expects to rule":
    nobody's claim."""
    assert source_of(COCOA_LEAD + words, words[:20], COCOA) is None


STUDY = [*GENERIC, {"name": "University of Belmarra", "aliases": []},
         {"name": "Tomas Ercanes", "aliases": ["Ercanes"]}]
STUDIES = ["a study by his university", "a university study", "the university's survey",
           "a survey carried out by the university in 2039", "a 2039 university study of the lake"]


@pytest.mark.parametrize("study", STUDIES)
def test_a_bodys_own_study_reported_by_its_staff_is_the_bodys_finding(study):
    """"X, a forest engineer at the University of Y, ... He said a university study had found
    that": the university's finding."""
    text = ("Tomas Ercanes, a forest engineer at the University of Belmarra, explained that trees needed three "
            f"years to recover. He said {study} had found that trees tapped once a year lived as long as others.")
    assert source_of(text, "He said", STUDY) == "University of Belmarra"


@pytest.mark.parametrize("study", STUDIES)
def test_a_bodys_own_study_reported_by_its_head_is_her_claim(study):
    """"X, director of the University of Y, ... He said a university study had found that": his."""
    text = ("Tomas Ercanes, director of the University of Belmarra, explained that trees needed three years to "
            f"recover. He said {study} had found that trees tapped once a year lived as long as others.")
    assert source_of(text, "He said", STUDY) == "Tomas Ercanes"


def test_staff_introduced_in_the_sentence_report_their_bodys_study_as_its_finding():
    """"X, a biologist at the University of Y, said a university study had found that": its."""
    text = ("Tomas Ercanes, a biologist at the University of Belmarra, said a university study had found that "
            "trees tapped once a year lived as long as others.")
    assert source_of(text, "Tomas Ercanes", STUDY) == "University of Belmarra"


RADIO = [*GENERIC, {"name": "National Radio of Salmara", "aliases": []},
         {"name": "Txamba Discos", "aliases": []}, {"name": "Salmaran National Archive", "aliases": []}]
RADIO_LEAD = ("Txamba Discos claimed the tapes on Monday. The Salmaran National Archive said it would store them. "
              "The National Radio of Salmara said it had kept them for 40 years. ")


@pytest.mark.parametrize("words", [
    "His managers, he said, had instructed the engineers in April to copy nothing.",
    "He said his managers had instructed the engineers in April to copy nothing.",
])
def test_an_employee_at_a_body_named_by_one_word_speaks_of_its_managers(words):
    """"An engineer at the radio, who asked not to be named, said ... His managers had
    instructed": the National Radio's words."""
    text = (RADIO_LEAD + "An engineer at the radio, who asked not to be named, said the reels were mouldy. " + words)
    assert source_of(text, words[:20], RADIO) == "National Radio of Salmara"


def test_a_request_for_money_an_employee_reports_is_no_nested_speech():
    """"He said the radio's chief engineer had asked the ministry for money": an act he reports."""
    words = "He said the radio's chief engineer had asked the ministry in February for money to replace it."
    text = (RADIO_LEAD + "An engineer at the radio, who asked not to be named, said the reels were mouldy. " + words)
    assert source_of(text, words[:20], RADIO) != "National Radio of Salmara"


BRIDGE = [*GENERIC, {"name": "Bresovar City Council", "aliases": []},
          {"name": "Adnan Cehavic", "aliases": ["Cehavic"]}]
BRIDGE_NEXT = (" Mayor Adnan Cehavic said the ban would run until the summer was over. Divers have leapt from the "
               "bridge for centuries. The Bresovar City Council will review the ban in September.")


@pytest.mark.parametrize("lead", [
    "Bresovar's city council banned all diving from the old bridge on Thursday, two days after a young tourist "
    "died jumping from it, warning that anyone caught on the parapet would be fined.",
    "Bresovar's city council banned all diving from the old bridge on Thursday, citing the death of a young "
    "tourist who jumped from it.",
])
def test_a_lead_body_described_closed_by_its_participle_is_the_body_named_further_down(lead):
    """"X's city council banned ..., two days after a young tourist died, warning that ...": the
    council named further down (a tourist does not speak for it)."""
    text = "BRESOVAR, Bistrania, May 3 (Quillon) - " + lead + BRIDGE_NEXT
    assert source_of(text, "BRESOVAR", BRIDGE) == "Bresovar City Council"


def test_a_lead_whose_participle_follows_a_clause_of_a_body_is_not_the_subjects():
    """"... after a court ordered it, warning that ...": the court's words, maybe; not the council's."""
    text = ("BRESOVAR, Bistrania, May 3 (Quillon) - Bresovar's city council banned all diving from the old bridge "
            "on Thursday after a court ordered it, warning that anyone caught on the parapet would be fined."
            + BRIDGE_NEXT)
    assert source_of(text, "BRESOVAR", BRIDGE) != "Bresovar City Council"


BAIT = [*GENERIC, {"name": "Unalga Wildlife Service", "aliases": []},
        {"name": "Arlette Kudrin", "aliases": ["Kudrin"]}]


@pytest.mark.parametrize("words", [
    "Kudrin acknowledged that the service had not tested the bait on eagles but argued that the pellets were safe.",
    "Kudrin conceded that the service had dropped the bait early, but insisted that the pellets were safe.",
])
def test_a_verb_after_but_following_a_concession_is_the_speakers_own(words):
    """"X acknowledged that the service had not tested it but argued that ...": X's words."""
    text = ("Arlette Kudrin, director of the Unalga Wildlife Service, said no more bait would be dropped. " + words)
    assert source_of(text, words[:20], BAIT) == "Arlette Kudrin"


TRADE = [*GENERIC, {"name": "Keranian Ministry of Trade", "aliases": []},
         {"name": "Yusna Sutarman", "aliases": ["Sutarman"]}, {"name": "Keranian Spice Agency", "aliases": []}]


def test_a_minister_named_with_her_title_speaks_of_her_own_ministry():
    """"Trade Minister X said the Y Ministry of Trade had asked the agency to ...": hers."""
    words = ("Trade Minister Yusna Sutarman said the Keranian Ministry of Trade had asked the agency to report "
             "within a month.")
    text = "The Keranian Spice Agency suspended exports on Monday. " + words
    assert source_of(text, "Trade Minister", TRADE) == "Yusna Sutarman"


# Cases a review of this round invented to probe its rules for overreach (each checked against the rules
# before the round and after): what the guide gives, which the rules must keep giving.
REVIEW_CASES = [
    ("1 head + ', an agronomist with ...'",
     ('The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, director of the '
      'Norvashi Institute of Soil Science, an agronomist with 30 years in the valley, said the blight '
      'could spread. Brannock said the institute had warned the forest service in 2038 that the blight '
      'had reached the next valley.'),
     'Brannock said the', 'Ilse Brannock',
     ['Norvashi Institute of Soil Science|', 'Norvashi Forest Service|', 'Ilse Brannock|Brannock']),
    ("2 'a soil scientist in charge of' the institute",
     ('The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, a soil scientist in '
      'charge of the Norvashi Institute of Soil Science, said the blight could spread. Brannock said '
      'the institute had warned the forest service in 2038 that the blight had reached the next valley.'),
     'Brannock said the', 'Ilse Brannock',
     ['Norvashi Institute of Soil Science|', 'Norvashi Forest Service|', 'Ilse Brannock|Brannock']),
    ("3 head; body described as 'a network of scientists in'",
     ('The Norvashi Forest Service began felling pines on Monday. Ilse Brannock, who heads the '
      'Norvashi Institute of Soil Science, a network of scientists in 12 countries, said the blight '
      'could spread. Brannock said the institute had warned the forest service in 2038 that the blight '
      'had reached the next valley.'),
     'Brannock said the', 'Ilse Brannock',
     ['Norvashi Institute of Soil Science|', 'Norvashi Forest Service|', 'Ilse Brannock|Brannock']),
    ("4 president + ', a historian in his spare time'",
     ('The Kessrin District Council closed 14 crags to climbers on Monday. Volkhard Rennsteig, '
      'president of the Kessrin Society for Bird Protection, a historian in his spare time, said the '
      'owls had come back. He said the society had warned the council in March that the nests were at '
      'risk.'),
     'He said', 'Volkhard Rennsteig',
     ['Kessrin Society for Bird Protection|', 'Kessrin District Council|', 'Volkhard Rennsteig|Rennsteig']),
    ("5 'Its chief critic, X,'",
     ('The Kessrin Society for Bird Protection counted the nests on Monday. Its chief critic, Volkhard '
      'Rennsteig, said the count was too low. He said the society had warned the council in 2037 that '
      'the crags were unsafe.'),
     'He said the society', 'Kessrin Society for Bird Protection',
     ['Kessrin Society for Bird Protection|', 'Kessrin District Council|', 'Volkhard Rennsteig|Rennsteig']),
    ('7 rescuer with a rescue association and a civil defence agen',
     ('Two climbers died on Mount Kessa on Sunday. The Kessrin Mountain Rescue Association said its '
      'teams reached them after six hours. The Kessrin Civil Defence Agency sent a helicopter. A '
      'rescuer, who asked not to be named, said the storm came fast. She said her team leader had told '
      'the climbers to stay put.'),
     'She said', None,
     ['Kessrin Mountain Rescue Association|', 'Kessrin Civil Defence Agency|']),
    ("8 lead: relative clause '... who tested positive ... and den",
     ("ERMENKOZ, Bozran, Feb 4 (Quillon) - Bozran's wrestling federation suspended two wrestlers who "
      'tested positive for a banned solvent and denied using it. Tarkan Yelbeyi, president of the '
      'Bozrani Wrestling Federation, stated that every barrel would be withdrawn. Kalder Oils did not '
      'respond.'),
     'ERMENKOZ', None,
     ['Bozrani Wrestling Federation|', 'Kalder Oils|', 'Tarkan Yelbeyi|Yelbeyi']),
    ("9 head: 'workers had offered'",
     ('Halvard Textiles said on Monday it would close its mill in Tarvik. Jonna Velk, its chief '
      'executive, said orders had halved. Velk said workers had offered to take a 10 percent pay cut '
      'to keep the mill open.'),
     'Velk said', 'Jonna Velk',
     ['Halvard Textiles|', 'Jonna Velk|Velk', "Kessrin Mill Owners' Association|"]),
    ("10 head: 'employees had offered'",
     ('Halvard Textiles said on Monday it would close its mill in Tarvik. Jonna Velk, its chief '
      'executive, said orders had halved. Velk said employees had offered to work a fourth shift '
      'without pay.'),
     'Velk said', 'Jonna Velk',
     ['Halvard Textiles|', 'Jonna Velk|Velk', "Kessrin Mill Owners' Association|"]),
    ("11 'has asked residents to see a doctor'",
     ('Forty people fell ill after eating cocoa paste in Lekin. The Ahouvan Ministry of Health has '
      'asked residents to see a doctor if they feel sick.'),
     'The Ahouvan Ministry', 'Ahouvan Ministry of Health',
     ['Ahouvan Cocoa Board|', 'Ahouvan Ministry of Health|']),
    ("12 'expects to report a loss' (a forecast)",
     ('The Ahouvan Cocoa Board banned burning on farms on Monday. The board expects to report a loss '
      'of $40 million this year because of the ban.'),
     'The board expects', 'Ahouvan Cocoa Board',
     ['Ahouvan Cocoa Board|', 'Ahouvan Ministry of Health|']),
    ("13 'a ministry study in Brazil'",
     ('The Kessrin Ministry of Agriculture banned the spray on Monday. Tomas Ercanes, a chemist with '
      "the Belmarra Growers' Union, said the spray was safe. He said a ministry study in Brazil had "
      'found that the spray left no residue on the fruit.'),
     'He said', 'Tomas Ercanes',
     ['Kessrin Ministry of Agriculture|', 'Tomas Ercanes|Ercanes', "Belmarra Growers' Union|"]),
    ("14a 'A worker at the mill' vs Mill Owners' Association",
     ("Halvard Textiles said on Monday it would close its mill in Tarvik. The Kessrin Mill Owners' "
      'Association said three more mills could close this year. A worker at the mill, who asked not to '
      'be named, said the looms had stopped in May. He said his managers had told staff to say nothing.'),
     'He said', 'Halvard Textiles',
     ['Halvard Textiles|', 'Jonna Velk|Velk', "Kessrin Mill Owners' Association|"]),
    ("14b 'A miner at the mine' vs Mine Safety Board",
     ('Orvane Mining closed its copper mine at Tarvik on Monday after a wall collapsed. The Kessrin '
      'Mine Safety Board said it would inspect the site. A miner at the mine, who asked not to be '
      'named, said the wall had cracked in May. He said his managers had told staff to say nothing.'),
     'He said', 'Orvane Mining',
     ['Orvane Mining|', 'Kessrin Mine Safety Board|']),
    ("15 lead: 'after a judge ruled it unsafe, warning'",
     ("BRESOVAR, Bistrania, May 3 (Quillon) - Bresovar's city council banned all diving from the old "
      'bridge on Thursday after a judge ruled it unsafe, warning that anyone caught on the parapet '
      'would be fined. Mayor Adnan Cehavic said the ban would run until the summer was over. Divers '
      'have leapt from the bridge for centuries. The Bresovar City Council will review the ban in '
      'September.'),
     'BRESOVAR', None,
     ['Bresovar City Council|', 'Adnan Cehavic|Cehavic']),
    ("ok-a 'His ministry' of another (unregistered) minister",
     ('Mikhal Drazdou, who heads the Zelvanian Ministry of Natural Resources, said he would decide on '
      'the cull within a month. Farm Minister Pavel Orsk said he opposed any cull. His ministry noted '
      'that no bison had been culled since 2019.'),
     'His ministry', 'Pavel Orsk',
     ['Zelvanian Ministry of Natural Resources|', 'Mikhal Drazdou|Drazdou', 'Pavel Orsk|Orsk']),
    ("ok-b 'He said his ministry had warned' (head speaks of own b",
     ('Mikhal Drazdou, who heads the Zelvanian Ministry of Natural Resources, said he would decide on '
      'the cull within a month. He said his ministry had warned the farmers in 2039 that the herd was '
      'too large.'),
     'He said', 'Mikhal Drazdou',
     ['Zelvanian Ministry of Natural Resources|', 'Mikhal Drazdou|Drazdou', 'Pavel Orsk|Orsk']),
    ('ok-c plural possessive of two markets stays null',
     ("The Qoriwasi Central Market and the Qoriwasi Butchers' Market closed their meat halls on Monday "
      'after a fire. Tupaq Yawar, who sells potatoes there, said the halls had been full of smoke. She '
      "said the markets' managers had told stallholders to leave their goods behind."),
     'She said the', None,
     ['Qoriwasi Central Market|', "Qoriwasi Butchers' Market|", 'Tupaq Yawar|Yawar']),
    ("ok-d request in words by managers still the employer's",
     ('Txamba Discos claimed the tapes on Monday. The Salmaran National Archive said it would store '
      'them. The National Radio of Salmara said it had kept them for 40 years. An engineer at the '
      'radio, who asked not to be named, said the reels were mouldy. He said his managers had asked '
      'the engineers in April to copy nothing.'),
     'He said', 'National Radio of Salmara',
     ['National Radio of Salmara|', 'Txamba Discos|', 'Salmaran National Archive|']),
    ("ok-e 'had recommended that' by the council's planners",
     ('The Kessrin District Council closed 14 crags to climbers on Monday. Volkhard Rennsteig, who '
      'chairs the Kessrin Society for Bird Protection, said the owls had come back. He said the '
      "council's own planners had recommended that the crags stay open."),
     'He said', 'Kessrin District Council',
     ['Kessrin Society for Bird Protection|', 'Kessrin District Council|', 'Volkhard Rennsteig|Rennsteig']),
    ("ok-f 'prosecutors had offered' not swallowed as nobody's",
     ('Mikal Varnisk, a ranger at the Ostrava Bison Reserve, was charged with poaching in May. Varnisk '
      'said prosecutors had offered to drop the charges if he named the buyer.'),
     'Varnisk said', 'prosecutors',
     ['Mikal Varnisk|Varnisk', 'Ostrava Bison Reserve|']),
]


@pytest.mark.parametrize(("case", "text", "prefix", "expected", "entries"), REVIEW_CASES,
                         ids=[case[0][:40] for case in REVIEW_CASES])
def test_the_rounds_rules_do_not_overreach(case, text, prefix, expected, entries):
    """Heads keep their own claims, staff their bodies', requests and offers their speakers' (see each case)."""
    registry = [*GENERIC, *({"name": entry.split("|")[0],
                             "aliases": [alias for alias in entry.split("|")[1].split(",") if alias]}
                            for entry in entries)]
    assert source_of(text, prefix, registry) == expected, case
