"""Source candidates: which registry entry, name or reference sits at a place in an article.

`annotate.attribution` finds a cue and the place its source should be (the subject before it,
the name after it); this module says what is there. `Candidates` indexes an article once: the
registry's mentions (by start and by end), the capitalised names (titles left out), the
documents ("X's letter") and, when first needed, the entities (`annotate.attribution_entities`).
At a place it prefers a registry name or alias, then a capitalised name, then a pronoun or
description ("she", "the bank"), which `annotate.attribution_references` resolves later. A
candidate after a preposition is not the subject ("officials in Skarvik" are the officials),
except after a spokesperson or a document ("a spokesperson for X", "a report by X") and a
registered organisation after its officials ("officials at X"). People who speak for another
unnamed stand for them: "a Norvex spokesman" or "a Norvex official" for Norvex, "its chief
executive" or "his office" for whoever "it" or "he" is, "the group's chief executive" for the
group. Sources described as unnamed ("people familiar with the matter", "sources close to X",
"a source") are the registry's anonymous entry, or nobody. Pure.
"""

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator

from annotate.attribution_cues import (
    ANONYMITY,
    COMPARED_END,
    DATELINE,
    DESCRIBED_MEMBER,
    DESCRIBED_OWNER_ANY_END,
    DESCRIBED_OWNER_END,
    DESCRIBED_SPOKESPERSON,
    DOCUMENT,
    DOCUMENT_END,
    EPITHET_WORDS,
    GENERIC,
    GENERIC_ONE,
    GENERIC_PLURALS,
    HELD_ROLES,
    NAME,
    NAMED_KIND_END,
    NO_LONGER,
    NO_LONGER_WORDS,
    OFFICIAL_HEADS,
    OFFICIALS_END,
    ORG_NOUNS,
    OWNER_END,
    OWNER_PRONOUNS,
    OWNER_START,
    PREPOSITIONS,
    REFERENCE_END,
    REFERENCE_START,
    RELATION_END,
    SHORT_FORM_END,
    SHORT_FORM_START,
    SPOKESPERSON_END,
    UNNAMED_AFTER,
    UNNAMED_BEFORE,
    UNNAMED_HINT,
    UNNAMED_SOURCE_END,
    WINDOW,
)
from annotate.attribution_entities import (
    ORGANISATION,
    PERSON,
    Entities,
    TextName,
    head_words,
    other_body,
    singular,
    text_names,
)
from annotate.attribution_references import SPOKESPERSON, Found
from annotate.attribution_registry import Mention, Registry, RegistryEntry, normal_form
from annotate.attribution_words import (
    ANONYMOUS_ENTRIES,
    BODY_KINDS,
    CAPITALISED_WORD,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    FEMALE_NAMES,
    FIELD_KIN,
    LOWER_WORD,
    MALE_NAMES,
    ORG_WORDS,
    PERSON_ROLE_BEFORE,
    PLACE_NOUNS,
    SPOKESPERSON_NOUNS,
    SYNONYMS,
    TITLE_WORDS,
    body_kind,
    is_person_word,
)
from annotate.segment import Span

# One of many businesses ("one of the tour boats", "one of the agents"; not "one of the yards" of one company).
_ONE_OF_MANY = re.compile(r"\bone[ \xa0]+of[ \xa0]+the[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}(?:agents|dealers|firms|companies"
                          r"|operators|boats|vessels|shops|stores|traders|contractors|farms|hotels|restaurants|buses"
                          r"|lorries|trucks|taxis|clinics|airlines|carriers|brokers|suppliers|exporters|importers|ferries|ships"
                          r"|trawlers)\b")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:[Aa]n?|[Tt]he)[ \xa0]+$")

__all__ = ["ANONYMOUS", "DESCRIPTIVE_ALIAS", "REFERENCE", "REGISTRY_NAME", "SILENT", "TEXT_NAME", "Candidates",
           "comma_before", "public", "reference_word"]

# How good a source candidate is (Found.rank); lower is better. Plain ints, not an IntEnum:
# a member look-up is ten times slower, and it happens for every candidate.
REGISTRY_NAME = 0  # a registry name or proper alias
DESCRIPTIVE_ALIAS = 1  # a registry alias such as "the ministry"
TEXT_NAME = 2  # a capitalised name in the text, not in the registry
REFERENCE = 3  # a pronoun or description that still needs its antecedent
SILENT = 4  # nested speech of somebody unnamed: the sentence has no source
SHORT_FORM = "short form"  # (a Found's basis, not a rank) "the integrity unit" for "Global Track Integrity Unit"
CITY_BODY = "city's body"  # (a basis) "the city's finance office" for "Humbotta City Administration"
ANONYMOUS = 0.8  # the confidence of an unnamed source filed under the registry's anonymous entry
_WORD = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")
_HYPHENED = re.compile(r"\w+(?:-\w+)+")
# Words of a registered name that need no tie to an article ("of", "City" in "Vilkmerge City
# Council"), and a description's words that say nothing of which body ("the national audit
# chamber"); bodies a country has one of, which "the <noun>" alone may describe.
_LATER_REACH = 40  # sentences after a lead that a body described there may be named in (`named_later`)
_UNTIED_WORDS = frozenset(("of", "the", "and", "for", "on", "in", "at", "s", "national", "state", "city", "town",
                           "district", "regional", "municipal", "general", "public", "royal", "federal", "county",
                           "provincial", "central", "republic", "own", "government", "local"))
_STATE_WORDS = frozenset(("national", "state", "government", "federal", "public"))
# Officers or detectives with no word of whose they are ("an officer", "one of the detectives",
# "Officers"), whom a police story may mean; the word "police"; the bodies other than the police
# whose people may be officers or guard (a story that speaks of one leaves "officers" unsure).
# A spokesperson of a body described by words of its name ("a customs spokeswoman").
_WORDED_SPOKESPERSON = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \xa0]+(?P<words>(?:[a-z-]+[ \xa0]+){0,1}[a-z-]+)[ \xa0]+"
                                  r"(?:spokesman|spokeswoman|spokesperson)\Z")
_OFFICERS_END = re.compile(
    r"(?<![\w'\u2019-])(?:(?:(?P<det>an|a(?=[ \xa0]+(?:senior|junior|uniformed|armed|constable|detective|traffic))"
    r"|one[ \xa0]+of[ \xa0]+the|two|three|several|some|other)"
    r"[ \xa0]+(?:(?:senior|junior|uniformed|armed|traffic)[ \xa0]+)?(?:officers?|detectives?|constables?)"
    r"|(?P<the>the[ \xa0]+)?(?:officers|detectives|constables))"
    r"(?:[ \xa0]+at[ \xa0]+(?:the|a|one)[ \xa0]+(?:district[ \xa0]+|[A-Z][\w-]+[ \xa0]+)?"
    r"(?:station|post|checkpoint|roadblock)(?:[ \xa0]+(?:on|in|near)[ \xa0]+(?:the[ \xa0]+)?(?:[\w-]+[ \xa0]+){0,2}?"
    r"[\w-]+)?)?"
    # ... or their commanders ("his commander", "the station commander", "their superiors", "the
    # local station's commander", "traffic unit commanders")
    r"|(?P<own>(?:(?:his|her|their|the)[ \xa0]+(?:local[ \xa0]+)?(?:(?:station|post|district|shift|duty)"
    r"(?:['\u2019]s)?[ \xa0]+)?|(?:station|district|(?:traffic[ \xa0]+)?unit)[ \xa0]+)"
    r"(?:commanders?|superiors)"
    r"|(?:his|her|their|the)[ \xa0]+(?:local[ \xa0]+)?(?:station|post)[ \xa0]+(?:head|chief)))\Z", re.IGNORECASE)
# The word before officers named with no determiner ("said officers had told", "Officers said").
_BEFORE_BARE_OFFICERS = frozenset(("", "said", "says", "that", "and", "but", "because", "while", "when"))
_POLICE = re.compile(r"\b(?:police|policem[ae]n|policewom[ae]n)\b", re.IGNORECASE)
_OTHER_OFFICERS = re.compile(
    r"\b(?:soldiers?|army|armies|military|troops|navy|naval|prisons?|jails?|(?<!security[ \xa0])guards?|wardens?"
    r"|customs|border"
    r"|coast[ \xa0]*guards?|firefighters?|fire[ \xa0]+(?:service|brigade|officers?)|ships?|vessels?|ferry|ferries"
    r"|crews?|airlines?|pilots?|returning|probation|marines?|militia|gendarmes?|gendarmerie"
    # (not "the coast road", "social security": no one's officers; nor a security guard, who is no officer)
    r"|security[ \xa0]+(?:officers?|forces|staff|services?|personnel|men|agents?))\b",
    re.IGNORECASE)
# An organisation's unnamed staff in their role, with no word of which organisation ("a
# regional manager", "the home's manager", "her line manager", "managers"), not a former one;
# and the names of bodies that oversee or speak for others rather than run something.
# Roles of those who run an event or a crew for a body ("race officer", "shift leader").
_RUNNING_ROLES = r"(?:directors?|officers?|chiefs?|leaders?|marshals?)"
# Those who guard public land, and the land ("a forest guard", "a park ranger", "a wildlife warden").
_WARDENS = re.compile(r"\b(?:guards?|rangers?|wardens?)\Z")
_GUARDED_LAND = frozenset(("forest", "park", "wildlife", "game", "reserve", "marine", "fisheries", "coast"))
_THEIR_OWN = re.compile(r"(?:his|her|their)[ \xa0]", re.IGNORECASE)
_STORY_STAFF = re.compile(
    r"(?:that[ \xa0]+)?(?P<staff>(?:(?:a|an|the|one[ \xa0]+of[ \xa0]+(?:the|his|her|their)|two|three|several|some"
    r"|his|her|their|(?:the|a|an)[ \xa0]+[a-z-]+['\u2019]s)[ \xa0]+)?"
    r"(?:(?!former\b|retired\b|ex-|outside\b|independent\b|external\b|own\b)[a-z-]+[ \xa0]+){0,2}?"
    r"(?:managers?|management|supervisors?|foreman|foremen|hosts?|keepers?|stewards?|clerks?|auditors?"
    r"|head[ \xa0]+teacher|headteacher|administrators?|receptionists?|dispatchers?|bosses|boss|superiors"
    r"|rangers?|surveyors?|deputy[ \xa0]+directors?|team[ \xa0]+leaders?"
    r"|guards?|porters?|ushers?|attendants?|concierges?|cashiers?|head[ \xa0]+waiters?"
    # ... or who runs an event or a crew for them ("the race officer", "the crew chief", "the shift leader")
    rf"|(?:race|course|event|show|shift|crew|safety)[ \xa0]+{_RUNNING_ROLES})"
    # ... or an office of theirs ("head office", "the regional office", "the control room")
    r"|(?:the[ \xa0]+)?(?:head|regional|local|district|area|technical|main)[ \xa0]+office"
    r"|the[ \xa0]+(?:control[ \xa0]+room|call[ \xa0]+cent(?:re|er)))"
    # ... in a place of theirs ("managers in the capital")
    r"(?:[ \xa0]+(?:in|at)[ \xa0]+(?:the[ \xa0]+)?[a-z-]+)?",
    re.IGNORECASE)
# Staff who run an event ("the race officer", "the show's course director").
_EVENT_RUNNER = re.compile(rf"\b(?:race|course|event|show)[ \xa0]+{_RUNNING_ROLES}\b", re.IGNORECASE)
# Staff who run a shift or a site ("the shift supervisor", "a site foreman"): a firm's, never a regulator's.
_WORKS_STAFF = re.compile(r"\b(?:site|foreman|foremen|boss|bosses)\b", re.IGNORECASE)
_SHIFT_STAFF = re.compile(r"\bshift\b", re.IGNORECASE)
_MANAGERS = re.compile(r"\b(?:managers?|management|supervisors?)\b", re.IGNORECASE)
_TO_PUBLIC_STAFF = re.compile(r"[ \xa0]+(?:had[ \xa0]+)?(?:[a-z]+[ \xa0]+){1,2}?(?:the[ \xa0]+|an?[ \xa0]+)?"
                              r"(?:[a-z]+[ \xa0]+)?(?:rangers?|inspectors?|forecasters?|officers?|officials?"
                              r"|wardens?|technicians?|staff)\b")
# Senior staff, or staff in the plural, after a place's possessive ("the mine's chief geologist",
# "the unit's engineers"), whose words the one operator that runs it speaks for.
_PLACES_STAFF = re.compile(r"(?P<staff>(?:the|a|an)[ \xa0]+(?P<place>[a-z-]+)['\u2019]s[ \xa0]+"
                           r"(?:(?P<senior>chief|senior|head)[ \xa0]+)?(?P<person>[a-z-]+))",
                           re.IGNORECASE)
# Words of rank before a role, which make another person of it ("the head keeper", not "a keeper").
_RANKS = frozenset(("head", "chief", "senior", "deputy", "assistant"))
_STAFF_DETERMINERS = frozenset(("a", "an", "the", "one", "of", "his", "her", "their", "two", "three", "several",
                                "some", "senior", "shift", "night", "duty", "deputy", "regional", "local", "chief"))
# A site an operator runs, whose staff are its own ("a plant manager", "managers at the mill").
# Compound words for a site that name their operator ("X Shipyard" runs the yard).
_COMPOUND_SITES = frozenset(("shipyard", "shipyards", "boatyard", "dockyard", "dockyards", "steelworks", "ironworks",
                             "glassworks", "brickworks", "gasworks", "waterworks", "sawmill", "sawmills", "papermill"))
_SITE = re.compile(r"\b(?:plant|factory|mill|mine|depot|yard|warehouse|works|refinery|smelter|quarry|landfill)\b",
                   re.IGNORECASE)
# Words that say who runs a site ("is run under contract by", "belongs to", "which operates it").
_RUN_BY_WORDS = r"(?:run|operated|owned|managed)[ \xa0]+(?:[\w-]+[ \xa0]+){0,5}?by|belongs?[ \xa0]+to"
_RUN_BY = re.compile(rf"\b(?:{_RUN_BY_WORDS}|operators?|(?:which|that|who)[ \xa0]+(?:runs|operates|owns|manages))\b",
                     re.IGNORECASE)
# What says who owns or runs the story's site ("The plant belongs to X", "is run by X", "The
# ship's owner, X,"; not "X, which runs the national network": something else).
_OWNER_OF = re.compile(rf"\b(?:{_RUN_BY_WORDS}|(?:owner|owners|operator)[ \xa0]*,)", re.IGNORECASE)
# An event's unnamed staff described by its word ("a race official", "a contest marshal", "the
# festival's stewards", with where they stood: "a race marshal at the lake"), and what says which
# body runs the event ("X, which ran the race", "X, which stages the contest").
_EVENT_WORDS = r"race|contest|competition|tournament|festival|regatta|rally|parade|carnival|gathering|championship"
_EVENT_STAFF = re.compile(rf"(?:that[ \xa0]+)?(?:an?|one|another|the)[ \xa0]+(?P<event>{_EVENT_WORDS})"
                          r"(?:['\u2019]s)?[ \xa0]+"
                          r"(?:official|marshal|steward)s?(?:[ \xa0]+(?:at|on|near|in|by)[ \xa0]+[\w' \xa0-]{1,40})?",
                          re.IGNORECASE)
_RUNS_EVENT = re.compile(r"\b(?:which|that)[ \xa0]+(?:ran|runs|organi[sz]ed|organi[sz]es|staged|stages|hosted|hosts)"
                         rf"[ \xa0]+the[ \xa0]+(?:[\w-]+[ \xa0]+){{0,3}}?(?P<event>{_EVENT_WORDS})\b", re.IGNORECASE)
# The prosecution by its service's name ("the prosecution service", "the public prosecution office").
_PROSECUTION_END = re.compile(r"(?<![\w-])the[ \xa0]+(?:(?:public|state|national|regional|crown)[ \xa0]+)?prosecution"
                              r"[ \xa0]+(?:service|office|authority)\Z", re.IGNORECASE)
# A lawyer named by whose client he is ("His lawyer", "her defence lawyers"), at a cue: the client's.
_CLIENTS_LAWYER_END = re.compile(r"(?<![\w-])(?P<owner>[Hh]is|[Hh]er)[ \xa0]+(?:defen[cs]e[ \xa0]+)?"
                                 r"(?:lawyers?|attorneys?|solicitors?)\Z")
# A hospital's doctor or nurse described by the patients they treat ("a doctor treating the
# girl", "a nurse caring for the brothers", "the surgeons treating him there").
_TREATING_MEDIC_END = re.compile(r"(?<![\w-])(?:a|an|one|the|two)[ \xa0]+(?:senior[ \xa0]+)?"
                                 r"(?:doctor|nurse|surgeon|physician|medic)s?[ \xa0]+(?:treating|caring[ \xa0]+for"
                                 r"|looking[ \xa0]+after)(?:[ \xa0]+[\w'\u2019-]+){1,4}\Z", re.IGNORECASE)
# A place's own body by the words of its name ("the city's emergency management department",
# "the country's civil protection directorate", "the regional forestry corps").
# In a story's lead, where the story may name the body only further down, also a noun alone or
# with words after it, and the bodies a lead is told by ("the country's department of disease
# control", "the country's health care watchdog", "the country's state railway operator").
_PLACES_OWN_BODY = re.compile(r"(?:(?<![\w-])the[ \xa0]+(?:(?:city|town|country|nation)['\u2019]s"
                              r"|(?P<region>regional|provincial))"
                              # ... or the dateline's place by name ("Velebija's civil protection directorate")
                              r"|(?<![\w'\u2019-])(?P<place>[A-Z][\w-]+(?:[ \xa0]+[A-Z][\w-]+){0,2})['\u2019]s)"
                              r"[ \xa0]+(?P<words>(?:[a-z-]+[ \xa0]+){0,4}"
                              r"(?P<noun>department|office|service|authority|agency|directorate|board|bureau|utility"
                              r"|inspectorate|supervisor|regulator|commission|council|brigade|institute|corps|division"
                              r"|(?P<lead>ministry|operator|company|watchdog|centre|center|hospital)))"
                              r"(?P<of>[ \xa0]+(?:of|for)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}[a-z-]+)?\Z")
_OWNER_WORD = re.compile(r"([a-z-]+)['\u2019]s\b")  # "the company's" in "the company's supervisors"
# Staff whom the story's one company does not employ, by their words: someone's own ("his
# superiors", "the registry's managers"), inspectors, or a branch's or district's.
_NOT_THE_COMPANYS = re.compile(r"['\u2019]s\b|\b(?:his|her|their|its|our|my|inspectors?|superiors|control[ \xa0]+room"
                               r"|registry|branch|district|head[ \xa0]+office|director|chief|deputy)\b",
                               re.IGNORECASE)
# A state body that runs works of its own ("X Water Authority", "X Ports Corporation").
_UTILITY = re.compile(r"\b(?:Water|Waterworks|Power|Electricity|Energy|Gas|Ports?|Harbour|Airports?|Rail|Railways"
                      r"|Metro|Transit|Utilities|Dams?)\b")
# Institutions that employ their own staff, whoever runs them: "the hospital's managers", "its head
# teacher" of a nursery, are none of the registered company's.
_INSTITUTION = re.compile(r"\b(?:hospital|clinic|school|nursery|university|college|prison|jail|court|ministry"
                          r"|council|police|army|teacher)\b", re.IGNORECASE)
# A hospital's head or senior nurse or doctor ("the head nurse", "a senior doctor", "the ward's
# head nurse"), whose orders to staff are the hospital's; and a name that shows a hospital.
_MEDICAL_HEAD = re.compile(r"(?:(?:the|a|an|her|his|their|the[ \xa0]+(?:ward|unit)['\u2019]s)[ \xa0]+)?"
                           r"(?:(?:ward|unit|duty|night)[ \xa0]+)?(?:head|senior|chief)[ \xa0]+"
                           r"(?:nurse|doctor|physician|surgeon|consultant)(?:[ \xa0]+(?:of|on|in)[ \xa0]+the[ \xa0]+"
                           r"(?:ward|unit))?|(?:the[ \xa0]+)?matron", re.IGNORECASE)
# A hospital's unnamed nurses and doctors with no word of another employer ("a nurse", "the
# nurses", "a ward doctor", "a doctor on the ward", "a nurse at the centre"; not "her own
# doctor", "a prison doctor", "the school nurse"), whose words to patients are the hospital's.
_MEDICAL_STAFF = re.compile(r"(?:(?:a|an|the|one[ \xa0]+of[ \xa0]+the|two|three|several|some)[ \xa0]+"
                            # ... or bare, several ("doctors had told her")
                            r"|(?=(?:nurses|doctors|physicians|surgeons|consultants)\b))"
                            r"(?:(?:ward|unit|duty|night|senior|junior|young|attending|on-call|head|chief)"
                            r"[ \xa0]+){0,2}"
                            r"(?:nurses?|doctors?|physicians?|surgeons?|consultants?|midwife|midwives|p(?:a)?ediatricians?"
                            r"|(?<=ward[ \xa0])(?:manager|sister)s?)"
                            r"(?:[ \xa0]+(?:on|in|at|from)[ \xa0]+the[ \xa0]+(?P<place>[a-z-]+(?:[ \xa0]+[a-z-]+)?))?"
                            # ... or who did something to the patient ("the nurse who screened her")
                            r"(?:[ \xa0]+who[ \xa0]+[a-z]+ed(?:[ \xa0]+(?:her|him|them|me|us))?)?",
                            re.IGNORECASE)
# A nurse or doctor of something other than a hospital ("the school nurse", "a prison doctor").
_OTHERS_MEDIC = re.compile(r"\b(?:school|prison|camp|team|club|ship['\u2019]s|company|factory|mine|army|military"
                           r"|private|family|own)[ \xa0]+(?:nurse|doctor|medic)s?\b", re.IGNORECASE)
# A school's unnamed teachers and officers ("a teacher", "her son's teacher", "the bursar").
_SCHOOL_STAFF = re.compile(r"(?:a|an|the|one[ \xa0]+of[ \xa0]+the|his|her|their|(?:his|her|their)[ \xa0]+"
                           r"(?:son|daughter|child|children)['\u2019]s)[ \xa0]+(?P<role>teachers?|class[ \xa0]+teacher"
                           r"|head[ \xa0]*teacher|principal|headmaster|headmistress|bursar|registrar|dean"
                           r"|lecturers?)", re.IGNORECASE)
_SCHOOL_NAME = re.compile(r"\b(?:School|Academy|College|Nursery|Kindergarten)\b")
_HOSPITAL_PARTS = frozenset(("ward", "wards", "unit", "department", "hospital"))  # ("at the emergency ward")
_HOSPITAL_NAME = re.compile(r"\b(?:Hospital|Clinic|Infirmary|Medical[ \xa0]+Cent(?:re|er)|Health[ \xa0]+Cent(?:re|er)"
                            r"|Health[ \xa0]+Complex|Cancer[ \xa0]+Cent(?:re|er))\b")
_A_PERSON_AFTER = re.compile(r",[ \xa0]+(?:a|an)[ \xa0]+(?:\d+-year-old|[a-z-]+[ \xa0]+who\b)")
# People close to someone, before that someone's name ("Teammates of ", "the family of ").
_CLOSE_TO_SOMEONE = re.compile(r"\b(?:teammates|colleagues|friends|relatives|family|neighbours|neighbors|classmates"
                               r"|parents|children|supporters|fans)[ \xa0]+of[ \xa0]+\Z", re.IGNORECASE)
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")
_OVERSEER = re.compile(r"\b(?:Ministry|Commission|Inspectorate|Regulator|Union|Association|Federation|Foundation"
                       r"|Front|Workers|Mineworkers|Standards"
                       r"|Court|Tribunal|Parliament|Government|Ombudsman|Police|Forum|Party|Alliance|Syndicate|Guild"
                       r"|Chamber|League|Institute|Academy|Observatory|Survey|Society|Community|Navy|Army"
                       # ... bodies that license, inspect, audit or investigate others, and emergency
                       # services called to what others run
                       r"|Gaming|Licensing|Welfare|Supervisory|Supervision|Regulatory|Inspection|Audit|Auditors"
                       r"|Ethics|Integrity|Competition|Consumer|Electoral|Election|Investigation|Inquiry|Prosecution"
                       r"|Fire|Rescue|Ambulance|Civil[ \xa0]+Protection|Civil[ \xa0]+Defence|Emergency)\b")
# ... and those that keep others' places safe, which overseers are for the place's word in their name
# ("A technician at the dam": no "X Dam Safety Board"'s), though they may run what they are named for.
_SAFETY = re.compile(r"\bSafety\b")
# A sentence opened by a crowd the registry may hold ("Prosecutors in Kara have charged").
_CROWD_OPENING = re.compile(r"[ \xa0]*(Prosecutors|Police|Investigators|Officials)\b")
# Whom a speaker told, before the staff who told them ("He told reporters the head keeper had").
_TOLD_LEAD = re.compile(r"(?:(?:reporters|journalists|parliament|lawmakers|investigators|colleagues|him|her|them|us|me)"
                        r"(?:[ \xa0]+that)?|that)[ \xa0]+")
# One-word descriptions that never stand for a body whose name they end ("the state", "the city").
_NOT_A_BODY = frozenset(("state", "city", "town", "country", "nation", "people", "public", "world", "island",
                         "region", "province", "capital", "village", "government", "family", "team", "club"))
# Bodies a city has one of, which "the <noun>" may describe in a story datelined there.
_PLACE_BODIES = frozenset(("zoo", "museum", "airport", "port", "library", "opera", "theatre", "stadium", "aquarium",
                           "observatory", "cathedral", "orchestra", "archive", "archives"))
_NATIONAL_BODIES = frozenset(("army", "navy", "government", "parliament", "constabulary", "coastguard", "ministry"))
_THE_END = re.compile(r"(?<![\w-])the\Z", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|widow|widower|cousin"
                              r"|nephew|niece|uncle|aunt|grandson|granddaughter),[ \xa0]+\Z")
_JOINED = re.compile(r"\b(?:and|but|or|while|as)\b")  # a new clause or another subject joined on
# A participle's phrase after a speaker ("the hospital treating him", "the firm representing them").
_PARTICIPLE_END = re.compile(r"(?<=[a-z])[ \xa0]+(?:treating|representing|employing|caring[ \xa0]+for)[ \xa0]+"
                             r"(?:him|her|them|it|the[ \xa0]+[a-z-]+)[ \xa0]*\Z")
_ACRONYM_END = re.compile(r"[ \xa0]*\([A-Z][A-Z0-9&.-]{1,9}\)\Z")  # " (CNMU)"
# "in the (fishing) village": a phrase of place before "of X" (towns, villages, regions)
_PLACE_PHRASE_END = re.compile(r"[ \xa0]+(?:in|at|from|near)[ \xa0]+the[ \xa0]+(?:[a-z-]+[ \xa0]+)?"
                               r"(?:village|town|city|port|district|region|province|county|area|suburb|capital)\Z")
_PLACE_PREPOSITIONS = frozenset(("at", "on", "in", "near", "of", "from", "outside", "inside"))
_CLAUSE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|said|says|after|before|when|while|because|since|until|as)\b",
                          re.IGNORECASE)
_FORMER_END = re.compile(r"(?<![\w-])(?:former|ex-|non-)[ \xa0]*\Z", re.IGNORECASE)
_CONNECTORS = frozenset(("of", "for", "in", "at", "from"))
# "the convenor", "the 49-year-old geologist", "the former admiral": a description of a person
# by any role word (`is_person_word`), an age before it if any.
_OPEN_ROLE_END = re.compile(r"(?<![\w'\u2019-])[Tt]he[ \xa0]+(?P<age>\d{1,3}-year-old[ \xa0]+)?"
                           r"(?:[a-z-]+[ \xa0]+){0,2}?(?P<noun>[a-z-]+)\Z")
_OPEN_ROLE_START = re.compile(r"[Tt]he[ \xa0]+(?P<age>\d{1,3}-year-old[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}?"
                             r"(?P<noun>[a-z-]+)(?=[ \xa0]*[,.;]|[ \xa0]+(?:said|told|had|has|was)\b)")
# Unnamed staff described by lower-case words ("civil protection officials", "a coast guard
# duty officer", "the harbour master"): the words before the word for the staff, some of which
# may name an organisation. The staff nouns below always count; any other word for people
# counts when it names staff (`_names_staff`), but not employees or workers ("a bank employee"
# may speak for herself).
DESCRIBED_STAFF_END = re.compile(r"(?<![\w'\u2019-])(?P<words>(?:[a-z-]+[ \xa0]+){1,4})(?P<person>[a-z-]+)\Z")
# ... opening a sentence, its first word capitalised ("Customs officers said", "Prison officials said").
_DESCRIBED_STAFF_OPENING = re.compile(r"(?P<words>[A-Z][a-z-]+[ \xa0]+(?:[a-z-]+[ \xa0]+){0,3})(?P<person>[a-z-]+)\Z")
_STAFF_WORD = re.compile(r"[A-Za-z-]+")  # (a word of such a description, the opening one capitalised)
_STAFF_NOUNS = frozenset(("official", "officer", "engineer", "lawyer", "guard", "inspector", "manager",
                          "technician", "forecaster", "controller", "warden", "ranger", "investigator",
                          "planner", "auditor", "team"))
# "the prison's governor", "the board's chief investigator": staff or a head of a body described
# by lower-case words of its name. The roles below always count; any other word for staff only
# after a body's own word ("the board's", not "the coast's oldest fisherman").
OWNED_BY_END = re.compile(
    r"(?<![\w'\u2019-])[Tt]he[ \xa0]+(?P<words>(?:[a-z-]+[ \xa0]+){0,2}[a-z-]+)['\u2019]s[ \xa0]+(?:own[ \xa0]+)?"
    r"(?:[a-z-]+[ \xa0]+){0,2}?(?P<person>[a-z-]+)\Z")
_OWNED_ROLES = frozenset(("governor", "director", "chief", "head", "chairman", "chairwoman", "chair", "president",
                          "manager", "managers", "officials", "officer", "officers", "inspector", "inspectors",
                          "engineer", "engineers", "technician", "technicians", "staff", "lawyer", "lawyers",
                          "spokesman", "spokeswoman", "spokesperson", "trustees", "board", "management"))
# Staff of the place named right before ("the X Hospital, where doctors said").
_WHERE_STAFF = re.compile(r",[ \xa0]+where[ \xa0]+(?:(?:the|its|two|three|several|some)[ \xa0]+)?"
                          r"(?P<person>[a-z-]+)\Z")
# Staff of the place named just before ("Doctors there said", "a paediatrician there said").
_THERE_STAFF = re.compile(r"(?<![\w'\u2019-])(?:(?:a|an|the|one|two|three|several|some)[ \xa0]+)?"
                          r"(?:(?:senior|junior|young|chief|head|duty|ward|night)[ \xa0]+)?(?P<person>[A-Za-z-]+)"
                          r"[ \xa0]+(?:there"
                          # ... or on its ward ("A nurse on the ward said", "a doctor in its emergency ward said")
                          r"|(?:on|in|at)[ \xa0]+(?:the|its)[ \xa0]+(?:[a-z'\u2019-]+[ \xa0]+){0,2}?"
                          r"(?:ward|unit|wing|emergency[ \xa0]+room))\Z")
# ... or after the body that opens their sentence ("At the X Hospital, doctors said").
_AT_BODY_STAFF = re.compile(r"(?:At|In)[ \xa0]+(?:the[ \xa0]+)?(?P<place>[A-Z][^,;\u201c\"]{2,60}),[ \xa0]+"
                            r"(?:(?:the|its|two|three|several|some)[ \xa0]+)?(?P<person>[a-z-]+)\Z")
# A place named as one of many, which "there" may stand for ("a health centre", "another clinic").
_SOME_PLACE = re.compile(r"\b(?:a|an|another)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}(?:hospital|clinic"
                         r"|cent(?:re|er)|dispensary|pharmacy|station|office|plant|factory|school|mine|camp|shop|market|hotel|depot|ward)\b")
_MEDICS = re.compile(r"(?:nurse|doctor|physician|surgeon|consultant|midwi(?:fe|ve)|p(?:a)?ediatrician|medic)s?",
                     re.IGNORECASE)
_NAME_AFTER = re.compile(r",[ \xa0]*[A-Z\u00c0-\u00de]")
# Words that tie staff to the body that employs them ("engineers working for the company").
_EMPLOYED = frozenset(("working", "work", "works", "worked", "employed", "hired", "contracted", "sent", "acting",
                       "dispatched", "deployed"))
_SERVICES = frozenset(("service", "agency", "authority", "directorate", "department", "inspectorate", "guard",
                       "corps", "brigade", "police", "office", "bureau", "secretariat", "administration"))
# Staff whom their trade ties to a kind of body, by the words of its name ("the captain" of a
# cruise line, "the station master" of a railway, "rangers" of a national park).
_BOAT_WORDS = frozenset(("cruises", "cruise", "ferries", "ferry", "shipping", "line", "lines", "maritime", "tours",
                         "boats", "boat", "launches", "hydrofoil", "hydrofoils"))
# Words of a ship or ferry line's name (no regulator's "Maritime", no bus company's "Lines").
_SHIP_LINE_WORDS = frozenset(("cruises", "cruise", "ferries", "ferry", "shipping"))
_BAR_WORDS = frozenset(("bar", "bars", "cellars", "inn", "tavern", "restaurant", "restaurants", "cafe", "pub",
                        "brasserie", "grill", "bistro"))
_TRADE_BODIES = {
    "captain": frozenset(("cruises", "cruise", "ferries", "ferry", "shipping", "line", "lines", "maritime")),
    "purser": frozenset(("cruises", "cruise", "ferries", "ferry", "shipping", "line", "lines")),
    "pilot": frozenset(("airlines", "airline", "air", "airways", "aviation")),
    "station master": frozenset(("railways", "railway", "rail", "trains")),
    "conductor": frozenset(("railways", "railway", "rail", "trains", "tramways", "trams")),
    "signaller": frozenset(("railways", "railway", "rail")),
    "warden": frozenset(("prison", "prisons", "corrections", "jail", "penitentiary", "conservation", "wildlife",
                         "parks", "park", "reserve", "reserves", "forestry")),
    "prison guard": frozenset(("prison", "prisons", "corrections", "jail", "penitentiary")),
    "firefighter": frozenset(("fire", "rescue")),
    "ranger": frozenset(("park", "parks", "forest", "forestry", "wildlife", "reserve")),
    "forest guard": frozenset(("forest", "forests", "forestry", "wildlife", "park", "parks", "reserve")),
    "park guard": frozenset(("park", "parks", "wildlife", "reserve", "conservation")),
    "game guard": frozenset(("game", "wildlife", "park", "parks", "reserve", "conservation")),
    "dam operator": frozenset(("power", "hydro", "hydroelectric", "dam", "dams", "electricity", "energy")),
    "harbour master": frozenset(("harbour", "harbor", "port", "ports")),
    "lock keeper": frozenset(("canal", "canals", "waterways")),
    "forecaster": frozenset(("meteorological", "weather", "hydrometeorological")),
    "referee": frozenset(("federation", "league")),
    "crew member": frozenset(("cruises", "cruise", "ferries", "ferry", "shipping", "line", "lines", "maritime",
                              "marine", "airlines", "airline", "airways", "tours", "boats")),
    "rescuer": frozenset(("rescue", "defence", "defense", "emergency", "emergencies")),  # (civil defence)
    "assessor": frozenset(("insurance", "insurer", "insurers", "assurance")),
    "lifeguard": frozenset(("leisure", "pool", "pools", "aquatic", "waterpark", "lido", "beach", "beaches")),
    "postman": frozenset(("post", "postal", "posts", "mail")),
    "postwoman": frozenset(("post", "postal", "posts", "mail")),
    "lineman": frozenset(("power", "electricity", "electric", "energy", "grid", "utility", "utilities")),
    "crewman": _BOAT_WORDS, "crewmen": _BOAT_WORDS, "deckhand": _BOAT_WORDS, "boatman": _BOAT_WORDS,
    "boatmen": _BOAT_WORDS, "helmsman": _BOAT_WORDS,
    "barman": _BAR_WORDS, "barmen": _BAR_WORDS, "bartender": _BAR_WORDS, "barmaid": _BAR_WORDS,
    "waiter": _BAR_WORDS, "waitress": _BAR_WORDS,
    "teacher": frozenset(("school", "schools", "academy", "conservatory", "college", "kindergarten")),
    "zookeeper": frozenset(("zoo", "zoological")),
    # heads and officers whose title says what kind of body they serve
    "principal": frozenset(("school", "schools", "college", "academy", "conservatory", "institute", "lycee", "lyceum")),
    "headmaster": frozenset(("school", "schools", "college", "academy")),
    "headmistress": frozenset(("school", "schools", "college", "academy")),
    "curator": frozenset(("museum", "museums", "gallery", "galleries", "archive", "archives", "collection")),
    "returning officer": frozenset(("council", "electoral", "election", "elections", "borough", "municipality",
                                    "commission")),
    "town clerk": frozenset(("council", "borough", "municipality", "municipal", "town")),
    "town treasurer": frozenset(("council", "borough", "municipality", "municipal", "town")),
    "guide": frozenset(("tours", "tour", "safaris", "safari", "adventures", "expeditions", "trekking", "excursions",
                        "outfitters")),
}
# Words of bodies that study or teach a trade rather than employ it in the field: of
# several bodies whose names fit a trade ("ranger": "X State Forest Agency", "X Forestry
# Institute"), not these; but a teacher's body may be a college.
_NO_STAFF_OF_TRADE = frozenset(("institute", "university", "research", "laboratory", "academy", "college"))
_TAUGHT = frozenset(("teacher",))
# Words a body's name may hold for the people a lead describes it by, beyond `SYNONYMS` ("Lawmakers in X":
# its "National Assembly"; "Searchers": the "X Search and Rescue Command").
_HEAD_KIN = {
    "lawmakers": ("assembly", "parliament", "congress", "senate", "legislature"),
    "legislators": ("assembly", "parliament", "congress", "senate", "legislature"),
    "searchers": ("search", "rescue"),
    "rescuers": ("rescue",),
    "organisers": ("organising", "organizing", "committee"),
    "organizers": ("organising", "organizing", "committee"),
    "investigators": ("investigation", "investigations", "investigative"),
    "geologists": ("geological", "geology"),
    "miner": ("mines",),
    "union": ("guild",),  # (actors' and makers' unions are often guilds)
}
_GUARDS = frozenset(("forest guard", "park guard", "game guard"))
# Bodies that regulate or bargain for a trade rather than employ it ("X Rail Regulator", "X Rail Workers' Union").
_NOT_AN_EMPLOYER = re.compile(r"\b(?:Regulator|Regulatory|Inspectorate|Union)\b")
# Trades of one head or officer of their body ("the principal", "the returning officer"), never a crowd.
_HEAD_TRADES = frozenset(("principal", "headmaster", "headmistress", "curator", "returning officer", "town clerk",
                          "town treasurer"))
# Where an employee works, by one word of its name ("at the radio", "employed by Marshend").
_WORKS_AT = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,3}?"
                       r"(?:at[ \xa0]+the[ \xa0]+(?!(?:plant|factory|mill|mine|depot|yard|warehouse|works|refinery"
                       r"|smelter|quarry|landfill|site|port|farm|camp|border|station)\b)(?P<word>[a-z][\w-]+)"
                       r"|employed[ \xa0]+(?:by|at)[ \xa0]+(?P<name>[A-Z][\w-]+)"
                       # ... or in a unit of a place ("A controller in the airport's tower")
                       r"|(?:at|in|on)[ \xa0]+the[ \xa0]+(?P<owner>[a-z][\w-]+)['\u2019]s[ \xa0]+[a-z-]+)"
                       r"(?=[ \xa0]*(?:,|\Z|at\b|in\b))")
# An officer of a kind named by the word of her body's name ("A customs officer", "A fisheries officer",
# "A biosecurity inspector").
_KIND_OF_OFFICER = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)[ \xa0]+(?P<word>customs|fisheries|fishery|biosecurity"
                              r"|immigration|health|forestry|forest|wildlife|tax|excise|revenue|labour|labor|environment"
                              r"|environmental|agriculture|agricultural|veterinary|quarantine|parks?|marine|maritime"
                              r"|transport|traffic|mining|water|food|aviation|tourism|education|prisons?|border)"
                              r"[ \xa0]+"
                              r"(?:officers?|inspectors?|officials?|wardens?|agents?|staff)\b")
# Staff named by one word of their public body's name ("A search team member", "A ministry inspector").
_STAFF_BY_WORD = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)[ \xa0]+(?!(?:district|regional|provincial|county|city"
                            r"|town|village|state|national|local|municipal|federal|senior|junior|former|retired|young|veteran"
                            r"|court)\b)(?P<word>[a-z]{4,})[ \xa0]+(?:team[ \xa0]+)?"
                            # (words for a body's staff, not trades practised anywhere: "A mining engineer", "A water
                            # engineer", "A health worker" work for no ministry or board by that word alone)
                            r"(?:officers?|inspectors?|officials?|wardens?|agents?|staff|members?|employees?"
                            r"|clerks?|managers?|investigators?|rangers?|dispatchers?)\b")
# Trades whose staff speak for their body only as the one who led the party ("the guide had told
# the group"), not as a crowd of their trade ("Guides on the dunes said").
_ONE_OF_THE_PARTY = frozenset(("guide",))
_THE_ONE = re.compile(r"(?:the|a|an)[ \xa0]+(?:[a-z-]+[ \xa0]+)?[a-z-]+\Z", re.IGNORECASE)
_ROLE_STAFF = re.compile(
    r"(?:(?:the|a|an|two|three|several|some|one[ \xa0]+of[ \xa0]+the)[ \xa0]+)?"
    # (words of the body's own name: "civil defence rescuers" of the "X Civil Defence")
    r"(?P<words>(?:[a-z-]+[ \xa0]+){1,2})??(?:(?:senior|chief|duty|head|(?P<deputy>deputy|assistant|vice)|"
    r"local|park|ship's|ship['\u2019]s)[ \xa0]+)?(?P<trade>" + "|".join(
        rf"{re.escape(trade)}s?" for trade in sorted(_TRADE_BODIES, key=len, reverse=True)) + r")", re.IGNORECASE)
# Officers at a police station ("an officer at the central police station").
_AT_THE_POLICE = re.compile(
    r"(?<![\w-])(?:(?:an?|the|one[ \xa0]+of[ \xa0]+the|two|three|several)[ \xa0]+(?:[a-z-]+[ \xa0]+)?)?"
    r"(?:officers?|detectives?|constables?|sergeants?|policem[ae]n|policewom[ae]n)[ \xa0]+(?:at|from)[ \xa0]+"
    r"(?:the|a|their|his|her)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,3}?police[ \xa0]+(?:station|headquarters|post)\Z")
# Staff of a public service, whose one word of trade names it ("a rescue officer", "customs officers").
_SERVICE_STAFF = frozenset(("officer", "officers", "official", "officials", "inspector", "inspectors", "ranger",
                            "rangers", "warden", "wardens"))
# Staff whose title makes their body's name: an inspector's inspectorate, a director's directorate.
_TITLED_BODIES = frozenset(("inspector", "director"))
# What may come before the words of a body's staff ("a coast guard officer", "said council officials")
_STAFF_LEAD = frozenset(("a", "an", "the", "two", "three", "four", "several", "some", "many", "senior",
                         "junior", "top", "said", "says", "that", "and", "but", "told"))
# Words that own no staff of their own (the generic entries speak for these) or begin no name.
_NOT_AN_OWNER = frozenset(("government", "police", "party", "union", "state", "national", "public", "or", "of", "its",
                           "their", "his", "her",
                           "other"))
# What puts a name in another's phrase: a preposition, or "to" ("a letter from X to Y": not Y).
_GOVERNING = frozenset((*PREPOSITIONS, "to"))
# Who leads a body and speaks for it, unnamed ("the chairman of X", X a registered body).
_LEADS = frozenset(("chairman", "chairwoman", "chair", "president", "director", "chief", "ceo",
                    "boss", "head", "leadership", "board"))
# Someone's own office or ministry, whose staff speak for them ("an official in X's office")
_OWN_OFFICE = re.compile(r"['\u2019]s[ \xa0]+(?:own[ \xa0]+)?(?:ministry|office|cabinet|campaign)\b")
# "of security", "of hospital planning": a department after a role ("the head of security")
_DEPARTMENT = re.compile(r"of[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}[a-z-]+"
                         r"(?=[ \xa0]+(?:had|has|have|was|is|said|told|says|,))")
# A country as an owner, which a phrase's length does not count ("of the country's fisheries institute").
_POSSESSIVE_S = re.compile(r"(?<=\s)(?:country|nation|island|republic|kingdom)['\u2019]s(?=\s)")
_PREPOSITION = re.compile(rf"(?<![\w-])(?:{'|'.join(PREPOSITIONS)})(?![\w-])", re.IGNORECASE)
# A city's or town's own unnamed offices and staff ("the city's finance office", "a dispatcher at
# the city's snow hotline", "the town's lawyers", "a clerk at the town hall"), who speak for the
# body that governs it; not the city's hospitals, schools, police or companies, which are others.
_CITY_STAFF_END = re.compile(
    r"(?<![\w'\u2019-])(?:(?:(?:a|an|the|one[ \xa0]+of[ \xa0]+the|two|three|several|some)[ \xa0]+"
    r"(?:[a-z-]+[ \xa0]+){0,2}?|(?=[a-z-]+s[ \xa0]))(?P<head>[a-z-]+)[ \xa0]+(?:at|in|of|from|on)[ \xa0]+)?"
    r"(?P<body>the[ \xa0]+(?:city|town|(?P<county>county))['\u2019]s[ \xa0]+(?:own[ \xa0]+)?(?:[a-z-]+[ \xa0]+){0,2}"
    r"(?P<noun>[a-z-]+)|(?:the[ \xa0]+)?(?:city|town)[ \xa0]+hall)\Z"
    # ... or described by the word for the city's own ("a municipal engineer", "city hall officials")
    r"|(?<![\w'\u2019-])(?:(?:a|an|one[ \xa0]+of[ \xa0]+the|two|three|several|some)[ \xa0]+)?(?:senior[ \xa0]+)?"
    r"(?P<own>municipal|city[ \xa0]+hall|town[ \xa0]+hall)[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?P<staff>[a-z-]+)\Z"
    # ... or the city's inspectors, wardens and planners by the word "city" alone ("city inspectors")
    r"|(?<![\w'\u2019-])(?:(?:a|an|one[ \xa0]+of[ \xa0]+the|two|three|several|some)[ \xa0]+)?"
    r"(?P<own_city>city|town)[ \xa0]+(?P<city_staff>inspectors?|wardens?|planners?|engineers?)\Z",
    re.IGNORECASE)
_UNITS = frozenset(("office", "department", "bureau", "hotline", "helpline", "crew", "team", "administration",
                    "authorities", "desk", "service", "services", "officials", "staff", "lawyers", "hall", "room",
                    "centre", "center", "headquarters", "management", "branch", "division", "unit", "section"))
_NOT_THE_CITYS = re.compile(r"\b(?:police|hospitals?|schools?|university|universities|court|courts|company|utility"
                            r"|mayor|zoo|museum|port|airport|insurer|bank|fire|prison)\b", re.IGNORECASE)
# Who answers for an office at its desk or telephone ("a dispatcher at the city's snow hotline").
_DESK_STAFF = frozenset(("dispatcher", "operator", "handler", "clerk", "receptionist", "employee", "worker", "man",
                         "woman", "someone"))
# The words of a governing body's name: "Humbotta City Administration", "Sonawadi Municipal Corporation".
_CITY_WORDS = frozenset(("city", "town", "municipal", "municipality", "metropolitan", "borough"))
_COUNTY_WORDS = frozenset(("county",))  # ("the county's public works department": "Nakoriot County Government")
_GOVERNING_WORDS = frozenset(("council", "administration", "government", "corporation", "hall", "municipality",
                               "assembly"))


def _no_state_body(name: str) -> bool:
    """Tell whether a registered name shows no state body ("X Chimney Services" is a firm's name,
    though "service" heads state bodies)."""
    return body_kind(name) != "state" or name.endswith(" Services")


def _a_firm(name: str) -> bool:
    """Tell whether a registered body may be a firm that employs managers or site staff: no state
    body (`_no_state_body`) and no hospital."""
    return _no_state_body(name) and not _HOSPITAL_NAME.search(name)


def _employers_of(staff: str, operators: set[str]) -> set[str]:
    """Of the operators, those that may employ staff described so: for those who run an event ("the
    race officer"), no state body or hospital; for those who run a shift or a site ("the shift
    supervisor", "a site foreman"), no state body (not the dairy's regulator), and for a site's, no
    hospital either."""
    if _EVENT_RUNNER.search(staff):
        return {name for name in operators if body_kind(name) != "state" and not _HOSPITAL_NAME.search(name)}
    if _WORKS_STAFF.search(staff):
        return {name for name in operators if _a_firm(name)}
    if _SHIFT_STAFF.search(staff):  # (a nurse's shift supervisor is a hospital's)
        return {name for name in operators if _no_state_body(name)}
    return operators


class Candidates:
    """One article's registry mentions, names and documents, and the candidate at a place."""

    def __init__(self, text: str, sentences: list[Span], registry: Registry) -> None:
        self.text, self.sentences, self.registry = text, sentences, registry
        self.by_end: dict[int, Mention] = {}  # the longest mention ending at each offset
        self.by_start: dict[int, Mention] = {}  # the longest mention starting at each offset
        self.first_named: dict[str, int] = {}  # entry name -> its first mention not a description
        self.mentions = registry.mentions(text)
        self.mention_starts = [mention.start for mention in self.mentions]
        self.sentence_starts = [sentence.start for sentence in sentences]
        for mention in self.mentions:
            self._index(mention)
        self.starts = sorted(self.by_start)
        # (a lead's opener is the first word after its dateline: "LORSK, Dec 2 (Wire) - Ambulances")
        openers = (_WORD.search(text, dateline.end() if (dateline := DATELINE.match(text, s.start, s.end)) else s.start,
                                s.end) for s in sentences)
        self.openers = {m.start() for m in openers if m}
        self.names = text_names(text, NAME.finditer(text))
        self.name_starts = [name.start for name in self.names]
        self.names_by_end = {name.end: name for name in self.names}
        self.surnames = {name.text.rsplit(None, 1)[-1] for name in self.names if " " in name.text}
        # One-word names seen in mid-sentence: a lone capitalised opener is a name only if seen so.
        self.known = {name.text for name in self.names
                      if name.start not in self.openers and " " not in name.text}
        self.documents = list(DOCUMENT.finditer(text))
        self._entities: Entities | None = None
        self._name_words: set[str] | None = None  # see _short_form
        self._organisation_words: dict[str, tuple[int, list[str]]] | None = None  # see _all_organisations
        self._organisations_by_run: dict[tuple[str, ...], list[tuple[int, str, list[str]]]] | None = None
        self._first_names: dict[str, dict[str, int]] | None = None  # see _names_by_first_word
        self._word_starts: dict[str, dict[str, int]] | None = None  # see _tied
        self._other_officers: bool | None = None  # see _police_story
        self._dateline: frozenset[str] | None = None  # see _dateline_words
        self._body_cache: tuple[list[int], list[int]] | None = None  # see _body
        self._body_names: dict[str, int] | None = None  # see _first_in_body
        self._lead: tuple[int, int] | None = None  # see in_lead
        self._institutions: dict[str, dict[str, int]] = {}  # see _institutions_before
        others_medic = _OTHERS_MEDIC.search(text)  # where the article first names a school's (prison's,
        # ...) nurse or doctor, after whom "the nurse" is no hospital's (see hospital_head)
        self._others_medic_at = others_medic.start() if others_medic else len(text)

    @property
    def entities(self) -> Entities:
        """The article's entities, found the first time a reference or a surname needs them."""
        if self._entities is None:
            body = self._body()
            self._entities = Entities(self.text, [m for m in self.mentions if _inside(body, m.start)],
                                      [name for name in self.names if _inside(body, name.start)])
        return self._entities

    def _first_in_body(self) -> dict[str, int]:
        """Entry name -> where the body first names it (not by a description), found once."""
        if self._body_names is None:
            self._body_names = {}
            body = self._body()
            for mention in self.mentions:
                if not mention.entry.is_description and _inside(body, mention.start):
                    self._body_names.setdefault(mention.entry.name, mention.start)
        return self._body_names

    def _body(self) -> tuple[list[int], list[int]]:
        """`_body_spans`, found once."""
        if self._body_cache is None:
            self._body_cache = self._body_spans()
        return self._body_cache

    def _body_spans(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the body text where entities are named: titles, headings, meta
        lines and datelines ("LORSK, March 3 (Norpress) - ") left out."""
        starts, ends = [], []
        for sentence in self.sentences:
            if sentence.kind == "body":
                dateline = DATELINE.match(self.text, sentence.start, sentence.end)
                starts.append(dateline.end() if dateline else sentence.start)
                ends.append(sentence.end)
        return starts, ends

    def _index(self, mention: Mention) -> None:
        """Note a registry mention where it starts and ends, and where its entry is first named."""
        longest = self.by_end.get(mention.end)
        if longest is None or longest.start > mention.start:
            self.by_end[mention.end] = mention
        longest = self.by_start.get(mention.start)
        if longest is None or longest.end < mention.end:
            self.by_start[mention.start] = mention
        name = mention.entry.name
        first = self.first_named.get(name, len(self.text))
        if not mention.entry.is_description and mention.start < first:
            self.first_named[name] = mention.start

    def _at_end(
        self, end: int, sentence: Span, head: bool = False, documents_only: bool = False
    ) -> Found | None:
        """The best candidate ending at end: registry, name, a document's author, reference."""
        acronym = _ACRONYM_END.search(self.text, max(sentence.start, end - 16), end)
        if acronym:  # "The Nurses' Union (CNMU) said": the name before its acronym
            end = acronym.start()
        participle = _PARTICIPLE_END.search(self.text, max(sentence.start, end - 40), end)
        if participle:  # "the hospital treating him said": the hospital ("a doctor treating him": its staff)
            medic = self._treating_medic(max(sentence.start, end - 80), end)
            if medic is not None:
                return medic
            end = participle.start()
        found = self._ending_at(end, sentence, head, documents_only)
        if found is None:
            return None if documents_only else self._phrase_head(end, sentence)
        if found.rank == REFERENCE and found.reference in ("it", "he", "she", "they"):
            return found
        return self._governed(found, sentence)  # "Norvex spokeswoman Ana Ruiz": herself

    def _ending_at(self, end: int, sentence: Span, head: bool, documents_only: bool) -> Found | None:
        """The candidate ending at end, before any preposition is looked at."""
        text, low = self.text, max(sentence.start, end - 60)
        document = DOCUMENT_END.search(text, low, end)
        if document:  # "The company's filing lists ..."
            return self._at_end(document.start(), sentence)
        if documents_only:
            return None
        unnamed = self._unnamed_ending_at(end, sentence)
        if unnamed:  # "people familiar with the matter said", "a source said"
            return unnamed
        spoken_for = self._spoken_for(end, sentence, low)
        if isinstance(spoken_for, Found):
            return spoken_for
        end = spoken_for
        mention = self.by_end.get(end)
        if mention and mention.start >= sentence.start and not self._inside_other_name(mention, end):
            return _registry_found(mention)
        kind_noun = NAMED_KIND_END.search(text, low, end)
        named = self.by_end.get(kind_noun.start()) if kind_noun else None
        if named is not None and named.start >= sentence.start and self._organisation(named):
            return _registry_found(named)._replace(end=end)  # "the Harbourline Sentinel newspaper said"
        name = self.names_by_end.get(end)
        if name and name.start >= sentence.start and self._is_name(name, head) \
                and name.text.lower() not in EPITHET_WORDS:  # "the Briton": a reference
            return self._name_found(name)
        return self._generic_one(low, end) or self._treating_medic(low, end) or self._reference_ending_at(low, end)

    def _treating_medic(self, low: int, end: int) -> Found | None:
        """"A doctor treating the girl", "a nurse caring for the brothers" ending at end: one of
        the hospital's staff speaking of its patients, for the one registered hospital named
        before; or None."""
        medic = _TREATING_MEDIC_END.search(self.text, low, end)
        hospitals = self._institutions_before(_HOSPITAL_NAME, medic.start()) if medic is not None else set()
        return Found(hospitals.pop(), medic.start(), end, REGISTRY_NAME) if len(hospitals) == 1 and medic else None

    def _inside_other_name(self, mention: Mention, end: int) -> bool:
        """Tell whether a one-word registry alias ends another person's name ("Corrisdale" of
        Imogen Corrisdale in "Jonah Corrisdale"): one word before it that is a known first name
        or follows a relative ("her husband, Jonah Corrisdale,"), never a title or a role."""
        name = self.names_by_end.get(end)
        if name is None or name.start >= mention.start or " " in self.text[mention.start : mention.end]:
            return False
        before = self.text[name.start : mention.start].split()
        if len(before) != 1 or before[0].rstrip(".") in TITLE_WORDS or before[0] in ORG_WORDS \
                or before[0].endswith(("'s", "\u2019s")) or before[0].lower() in PERSON_ROLE_BEFORE:
            return False  # "Finance Minister Ruiz", "Journalist Ruiz": Ruiz
        # a first name: known as one, or the name of a relative in apposition ("Ruiz's husband,
        # Jonah Ruiz,"); not any capitalised word ("Detective Ruiz", "Congressman Ruiz")
        return before[0] in FEMALE_NAMES or before[0] in MALE_NAMES \
            or _RELATIVE_BEFORE.search(self.text, max(0, name.start - 20), name.start) is not None

    def _generic_one(self, low: int, end: int) -> Found | None:
        """"a witness", "a police commander" ending at end: the registry's "witnesses" or
        "police", if it holds them, else None; "officers", "an officer", "one of the detectives"
        are the police only where the article speaks of police before and of no other body
        whose people are officers (`_police_story`)."""
        station = _AT_THE_POLICE.search(self.text, low, end)
        if station is not None and (entry := self.registry.entry("police")) is not None:
            # "an officer at the central police station": the police
            return Found(entry.name, station.start(), end, REGISTRY_NAME, entry.kind)
        one = GENERIC_ONE.search(self.text, low, end)
        if one:
            words = one.group("noun") or one.group("chief") or one.group("many")
            plural = GENERIC_PLURALS[" ".join(words.lower().split())]
            entry = self.registry.entry(normal_form(plural))
            if entry is not None:
                return Found(entry.name, one.start(), end, REGISTRY_NAME, entry.kind)
        officers = _OFFICERS_END.search(self.text, low, end)
        if officers and not officers.group("det") and not officers.group("the") and not officers.group("own"):
            before = self.text[low : officers.start()].split()  # not "safety officers"
            officers = officers if (before[-1] if before else "").lower() in _BEFORE_BARE_OFFICERS else None
        if officers and self._police_story(officers.start()):
            entry = self.registry.entry("police")
            if entry is not None:
                return Found(entry.name, officers.start(), end, REGISTRY_NAME, entry.kind)
        return None

    def staff_of_the_story(self, start: int, end: int) -> Found | None:
        """For an organisation's unnamed staff with no word of which one ("a regional manager",
        "managers", "her line manager", "the home's manager" when no name fits "the home"),
        text[start:end]: the one registered organisation named before that runs something (no
        ministry, regulator, union or court, whose staff are officials or inspectors), or of
        several, the one named in the sentence or the two before it, as the guide ties unnamed
        staff to the one entry that fits; None when none or several do (not "an outside auditor",
        "his own superiors": someone else's)."""
        low, high = self._trimmed(start, end)
        told = _TOLD_LEAD.match(self.text, low, end)
        low = told.end() if told else low
        role = _ROLE_STAFF.fullmatch(self.text, low, high)
        if role is not None:  # "the captain", "firefighters", "a lock keeper": the one body of their trade
            return self._body_of_trade(role, low)
        staff = self.unowned_staff(start, end)
        if staff is None or _THEIR_OWN.match(staff.group("staff")):
            return None  # ("her supervisor": the speaker's own employer's, whoever runs what the story is about)
        owner = _OWNER_WORD.search(staff.group("staff"))
        company = owner.group(1).lower() if owner and owner.group(1).lower() in COMPANY_NOUNS else None
        operators = self._operators(low, company)  # ("the company's supervisors": no customs service's)
        operators = _employers_of(staff.group("staff"), operators)
        words = [owner.group(1).lower()] if owner and not company else [
            word for word in staff.group("staff").lower().split()[:-1] if word not in _STAFF_DETERMINERS]
        sites = {name for word in words if (name := self.entities.named_with_words(  # ("the resort's": "X Resorts")
            [word if word in self.entities.first_seen else word + "s"], low)) in operators}
        if len(sites) == 1:  # "the metro's control room", "a terminal supervisor": the one operator
            operators = sites  # whose name holds the word
        elif not sites and not owner and _WARDENS.search(staff.group("staff")):  # "a forest guard", with the
            # "Ministry of Environment and Forests" named: the one state body whose name holds the word of the
            # land it guards (not the story's operator); of two, none
            others = {name for word in words if word in _GUARDED_LAND for form in (word, word + "s")
                      for start, name in self.entities.first_seen.get(form, ()) if start < low
                      and body_kind(name) == "state"}
            if others:
                return Found(others.pop(), staff.start("staff"), staff.end(), REGISTRY_NAME) if len(others) == 1 \
                    else None
        public = _TO_PUBLIC_STAFF.match(self.text, end) is not None
        if len(operators) > 1 and len(sites) != 1 and _MANAGERS.search(staff.group("staff")) \
                and staff.group("staff")[1:].islower() and not public:
            # ("a manager", with a firm and its regulator named: the firm's, unless it is no firm's; but managers
            # telling rangers or inspectors are their service's, and "a Forest Service manager" the service's)
            operators = {name for name in operators if _a_firm(name)} or operators
        if len(operators) > 1:  # several in the story: the one named in this sentence or the two
            # before ("A former cleaner with Lõukas Cleaning ... said managers had told staff")
            here = bisect.bisect_right(self.sentence_starts, low) - 1
            window = self.sentences[max(0, here - 2)].start
            recent = self.mentions[bisect.bisect_left(self.mention_starts, window) : bisect.bisect_left(
                self.mention_starts, low)]
            near = {mention.entry.name for mention in recent if mention.entry.name in operators}
            if near and all(body_kind(name) == "state" for name in near):  # (a state service named near,
                # and the story saying who owns what it is about: "The greenhouses belong to X")
                owning = {name for name in self._runs_the_story(operators, low) if body_kind(name) != "state"}
                near = owning if len(owning) == 1 else near
            operators = self._runs_the_site(staff.group(), operators, low) or near
            if len(operators) > 1 and not public:  # ("the pool manager": of a resort and a tourism
                # authority, the one that is no state body, whose staff are officials; not managers telling rangers)
                operators = {name for name in operators if body_kind(name) != "state"} or operators
        return Found(operators.pop(), staff.start("staff"), staff.end(), REGISTRY_NAME) if len(operators) == 1 else None

    def hospital_head(self, start: int, end: int, directive: bool = True) -> Found | None:
        """For a hospital's head or senior nurse or doctor at text[start:end] ("the head nurse",
        "a senior doctor") giving an order (``directive``), or any of its unnamed nurses and
        doctors (`_MEDICAL_STAFF`: "a ward doctor had assured the family"): the one registered
        hospital named before (whose name holds the place they are at: "a nurse at the centre",
        not "at the clinic" of a hospital), or None."""
        low, high = self._trimmed(start, end)
        head = _MEDICAL_HEAD.fullmatch(self.text, low, high) if directive else None
        staff = _MEDICAL_STAFF.fullmatch(self.text, low, high) if head is None else None
        found = head or staff
        if found is None:
            return None
        hospitals = self._institutions_before(_HOSPITAL_NAME, low)
        if staff is not None and self._others_medic_at < low:
            return None  # "the nurse" after "the school nurse": the school's
        place = staff.group("place") if staff is not None else None
        if len(hospitals) != 1 or (place and place.lower().split()[-1] not in _HOSPITAL_PARTS and not all(
                word in next(iter(hospitals)).lower().split() for word in place.lower().split())):
            return None
        return Found(hospitals.pop(), found.start(), found.end(), REGISTRY_NAME)

    def school_staff(self, start: int, end: int) -> Found | None:
        """For a school's unnamed teachers or officers at text[start:end] ("a teacher", "her
        son's teacher", "the bursar", "the principal" when no one is named as principal): the one
        registered school named before, or None."""
        low, high = self._trimmed(start, end)
        staff = _SCHOOL_STAFF.fullmatch(self.text, low, high)
        if staff is None or self.entities.sole_holder(staff.group("role").lower().split()[-1]) is not None:
            return None  # ("the principal" after "The principal, X,": X)
        schools = self._institutions_before(_SCHOOL_NAME, low)
        return Found(schools.pop(), staff.start(), staff.end(), REGISTRY_NAME) if len(schools) == 1 else None

    def no_staff(self, someone: re.Match[str]) -> bool:
        """Tell whether someone at a place (``someone``: "a customer at the ") is no staff of
        whoever runs it: a customer, a visitor, a patient (`_NOT_ITS_STAFF`)."""
        words = LOWER_WORD.findall(self.text, someone.start(), someone.end())
        return words[-3 if someone.group().lower().endswith("the ") else -2].removesuffix("s") in _NOT_ITS_STAFF

    def place_of_work(self, someone: re.Match[str], start: int, end: int) -> Found | None:
        """For staff at a place described by words (``someone``: "a clerk at the ",
        text[start:end]: "the waterworks office", "the rental shop", "the central pharmacy"), the
        one organisation named before whose name holds each of the words but those of a mere
        place ("office", "shop"), a plural for a singular; or None, also for its customers and
        visitors ("a customer at the service")."""
        words = [word for word in LOWER_WORD.findall(self.text, start + 4, end) if word not in _PLACE_WORDS]
        if not words or len(words) > 3 or end - start > 44 or self.no_staff(someone):
            return None
        fitting = {self.entities.named_with_words([self._name_word(word)], start)
                   for word in words}
        name = fitting.pop() if len(fitting) == 1 else None
        return Found(name, start, end, REGISTRY_NAME) if name is not None else None

    def _name_word(self, word: str) -> str:
        """The form of a place's word that registered names hold: the word itself; else its plural
        ("rental" for "X Rentals"); else for a works in "-ery", its trade ("distillery" for "X
        Distilling" or "X Distillers", "brewery" for "X Brewing")."""
        seen = self.entities.first_seen
        if word in seen:
            return word
        if word.endswith("ery") and len(word) > 6:
            trade = next((form for form in (word[:-3] + "ing", word[:-3] + "ers") if form in seen), None)
            if trade is not None:
                return trade
        return word + "s"

    def event_staff(self, start: int, end: int) -> Found | None:
        """For an event's unnamed staff at text[start:end] ("a race official", "a contest marshal at
        the pier"): the one registered organisation the sentences before say runs that event ("The
        X Club, which ran the race, said"), as a Found over the staff; or None."""
        low, high = self._trimmed(start, end)
        staff = _EVENT_STAFF.fullmatch(self.text, low, high)
        if staff is None:
            return None
        event, bodies = staff.group("event").lower(), set()
        for runs in _RUNS_EVENT.finditer(self.text, 0, low):
            if runs.group("event").lower() != event:
                continue
            here = self.sentences[bisect.bisect_right(self.sentence_starts, runs.start()) - 1]
            named = [mention for mention in self.mentions[bisect.bisect_left(self.mention_starts, here.start)
                                                          : bisect.bisect_left(self.mention_starts, runs.start())]
                     if self._organisation(mention)]
            if named:  # the body the relative clause is about: named last before "which"
                bodies.add(named[-1].entry.name)
        return Found(bodies.pop(), staff.start(), staff.end(), REGISTRY_NAME) if len(bodies) == 1 else None

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """text[start:end] without the white space at either end, as offsets."""
        return start + len(self.text[start:end]) - len(self.text[start:end].lstrip()), \
            start + len(self.text[start:end].rstrip())

    def _institutions_before(self, kind: re.Pattern[str], before: int) -> set[str]:
        """The registered organisations whose names show a kind of institution (``kind``: a
        hospital's, a school's) first named before an offset (each kind's table built once)."""
        table = self._institutions.get(kind.pattern)
        if table is None:
            table = self._institutions[kind.pattern] = {}
            for mention in self.mentions:
                if kind.search(mention.entry.name) and self._organisation(mention):
                    table.setdefault(mention.entry.name, mention.start)
        return {name for name, first in table.items() if first < before}

    def _operators(self, before: int, company: str | None = None) -> set[str]:
        """The registered organisations named before an offset that run something (no ministry,
        regulator, union or court: `_OVERSEER`); given a company's noun, none shown as another
        kind of body."""
        return {mention.entry.name for mention in self.mentions if mention.start < before
                and self._organisation(mention) and not _OVERSEER.search(mention.entry.name)
                and not (company and other_body(mention.entry.name, company))}

    def firms_staff(self, start: int, end: int) -> bool:
        """Tell whether text[start:end] is a body's unnamed staff who run a shift or a site ("a shift
        supervisor", "the foreman"), or manage ("managers"), with no word of whose (`unowned_staff`; not
        "a Sinxay manager", "the firm's foreman")."""
        staff = self.unowned_staff(start, end)
        words = staff.group("staff") if staff is not None else ""
        return words[1:].islower() and "'" not in words and "\u2019" not in words \
            and (_WORKS_STAFF.search(words) or _SHIFT_STAFF.search(words) or _MANAGERS.search(words)) is not None

    def unowned_staff(self, start: int, end: int) -> re.Match[str] | None:
        """An organisation's unnamed staff at text[start:end] (after whom they told, if said:
        "reporters a regional manager") with no word of which organisation (`_STORY_STAFF`), or
        None; not an institution's ("the hospital's managers": the hospital's, whoever runs it)
        nor one person introduced before ("the clerk" after "a clerk", who speaks for himself)."""
        low, high = self._trimmed(start, end)
        told = _TOLD_LEAD.match(self.text, low, end)
        low = told.end() if told else low
        staff = _STORY_STAFF.fullmatch(self.text, low, high)
        if staff is None:
            staff = _PLACES_STAFF.fullmatch(self.text, low, high)
            staff = staff if staff is not None and _names_staff(staff.group("person")) and (
                staff.group("senior") or staff.group("person").endswith("s")) \
                and staff.group("place").lower() not in ORG_NOUNS and staff.group("place").lower() not in PLACE_NOUNS \
                else None
        if staff is None or _INSTITUTION.search(staff.group("staff")) or self._one_person(staff):
            return None
        return staff

    def institutions_staff(self, start: int, end: int) -> str | None:
        """For an institution's unnamed staff at text[start:end] ("ministry managers", "the
        hospital's managers"), whom `unowned_staff` leaves to the institution: its word, else None."""
        low, high = self._trimmed(start, end)
        staff = _STORY_STAFF.fullmatch(self.text, low, high)
        if staff is None or self._one_person(staff):
            return None
        institution = _INSTITUTION.search(staff.group("staff"))
        return institution.group().lower() if institution is not None else None

    def employer(self, start: int, end: int, described: set[str], *, by_operator: bool = True) -> str | None:
        """The one registered organisation an unnamed employee's description at text[start:end]
        ties him to ("A worker in Sewqa's support centre", "A technician in the board's control
        room", "A worker at the landfill", "A lifeguard"), or None: one named in it, else the one
        the descriptions of bodies in it stand for (``described``: "the board"), else the
        operator of a site it names, else the one body of his trade, else the one operator the
        story says runs what it is about ("The plant belongs to X"); not by operators when not
        ``by_operator``."""
        named = {mention.entry.name for mention in self.mentions if start <= mention.start < end
                 and self._organisation(mention)} or described or self._opened_names(start, end)
        if named:
            return named.pop() if len(named) == 1 else None
        if _ONE_OF_MANY.search(self.text, start, end):  # "A deckhand on one of the tour boats": whose
            return None  # boat, the story does not say
        place = _WORKS_AT.match(self.text, start, end)
        word = (place.group("word") or place.group("owner") or place.group("name")).lower() if place else ""
        worded = self.body_with_words([word], start) if place is not None else None
        if worded is not None and (_OVERSEER.search(worded) or _SAFETY.search(worded)) \
                and not _same_word(word, worded.split()[-1].lower()):
            worded = None  # ("A technician at the dam": not the "X Dam Safety Board", which oversees dams)
        if worded is not None:  # ("An engineer at the radio": the "National Radio of X"; "A guard employed by
            return worded  # Marshend": "Marshend Holdings")
        worded = self.body_of_staff_kind(start, end)
        if worded is not None:
            return worded
        operators = self._operators(start) if by_operator else set()
        if by_operator and _SITE.search(self.text, start, end):
            site = self._runs_the_site(self.text[start:end], operators, start) if len(operators) > 1 else operators
            if not site:  # (no sentence names who runs it: the one operator that is no civil body)
                site = {name for name in operators if body_kind(name) != "civil"}
            return site.pop() if len(site) == 1 else None
        role = _ROLE_STAFF.search(self.text, start, end)
        found = self._body_of_trade(role, start) if role is not None else None
        if found is not None:
            return found.source
        owner = self._runs_the_story(operators, start) if len(operators) > 1 else operators
        return owner.pop() if len(owner) == 1 else None

    def body_of_staff_kind(self, start: int, end: int, whole: bool = False) -> str | None:
        """The one public body named before whose name holds the word of an unnamed officer's kind at
        text[start:end] ("A customs officer at the wharf": the "X Customs Directorate"; "A search team member":
        the "X Search and Rescue Command"; not a forum), or None; ``whole``: the words are the officer alone
        ("a prison officer")."""
        for pattern in (_KIND_OF_OFFICER, _STAFF_BY_WORD):
            kind = pattern.fullmatch(self.text, start, end) if whole else pattern.match(self.text, start, end)
            worded = self.body_with_words([kind.group("word").lower()], start) if kind is not None else None
            if worded is not None and not _NO_STAFF_OF_TRADE.intersection(worded.lower().split()) and public(worded):
                return worded
        return None

    def _opened_names(self, start: int, end: int) -> set[str]:
        """The registered organisations named before whose names a capitalised word after the
        first of text[start:end] opens after an article ("A Tambrelle signal engineer": "Tambrelle Iron
        Railways"; not a place after a preposition, "A ranger on Penukuma")."""
        return {name for word in CAPITALISED_WORD.finditer(self.text, start + 1, end)
                if _ARTICLE_BEFORE.search(self.text, start, word.start())
                and (name := self.entities.first_word_of(word.group(), start, used_alone=True)) is not None}

    def _runs_the_story(self, operators: set[str], before: int) -> set[str]:
        """Of several operators, the one the sentences before say runs or owns what the story
        is about ("The plant belongs to X", "The ship's owner, X, said"), if only one is said
        to, as a set (empty when none or several are)."""
        owners: set[str] = set()
        for sentence in self.sentences:
            if sentence.start >= before:
                break
            if _OWNER_OF.search(self.text, sentence.start, sentence.end):
                owners |= self._named_in(sentence, operators)
        return owners if len(owners) == 1 else set()

    def _named_in(self, sentence: Span, names: set[str]) -> set[str]:
        """Those of ``names`` that a sentence mentions."""
        low = bisect.bisect_left(self.mention_starts, sentence.start)
        high = bisect.bisect_left(self.mention_starts, sentence.end)
        return {mention.entry.name for mention in self.mentions[low:high] if mention.entry.name in names}

    def _named_after(self, offset: int, sentence: Span, names: set[str]) -> set[str]:
        """Of ``names``, the one a sentence mentions first after an offset ("The refinery is run by
        X, and the tanker by Y": X, after "refinery"), as a set (empty when none is)."""
        low = bisect.bisect_left(self.mention_starts, offset)
        high = bisect.bisect_left(self.mention_starts, sentence.end)
        return next(({mention.entry.name} for mention in self.mentions[low:high] if mention.entry.name in names), set())

    def company_of_the_story(self, start: int, end: int) -> Found | None:
        """For an organisation's unnamed staff with no word of which one (`unowned_staff`: "a
        factory manager", "the farm manager", "supervisors") whom no other rule ties to a body:
        the one registered operator named before whose name shows a company ("X Electric", "X
        Fur Company"), beside centres, regulators and services but no state utility, which may run
        the site itself; None when the staff are someone's ("his superiors", "the registry's
        managers"), inspectors, or of a branch or district."""
        staff = self.unowned_staff(start, end)
        if staff is None or _NOT_THE_COMPANYS.search(staff.group()) or re.search(r"\b[A-Z]", staff.group("staff")):
            return None  # (nor "Nordgas managers": a body's by its own name)
        operators = self._operators(staff.start())
        companies = {name for name in operators if body_kind(name) == "company"}
        if len(companies) != 1 or any(body_kind(name) == "state" and _UTILITY.search(name) for name in operators):
            return None  # (a state utility may run the site itself: "the Korvelt Water Authority")
        return Found(companies.pop(), staff.start("staff"), staff.end(), REGISTRY_NAME)

    def _runs_the_site(self, staff: str, operators: set[str], before: int) -> set[str]:
        """Of several operators, for staff of a site ("a plant manager", "managers at the
        factory"): the one whose name holds a compound of the site's word ("X Shipyard" for the yard),
        else the one named in the first sentence before that speaks of that site ("The plant
        belongs to X"), as a set (empty when none is); of those, the first that says who runs it
        ("The plant is run under contract by X"), if any does."""
        site = _SITE.search(staff)
        if site is None:
            return set()
        word = site.group().lower()
        compound = {name for name in operators if any(  # ("the yard": "X Shipyard"; "the works": "X Steelworks")
            part.lower() in _COMPOUND_SITES and part.lower().endswith(word) for part in name.split())}
        if len(compound) == 1:
            return compound
        site_pattern = re.compile(rf"\b{word}s?\b", re.IGNORECASE)
        first: set[str] = set()
        for sentence in self.sentences:
            if sentence.start >= before:
                break
            site_word = site_pattern.search(self.text, sentence.start, sentence.end)
            if site_word:
                named = self._named_in(sentence, operators)
                if named and _RUN_BY.search(self.text, sentence.start, sentence.end):
                    return self._named_after(site_word.end(), sentence, named) if len(named) > 1 else named
                first = first or named
        return first

    def _body_of_trade(self, role: re.Match[str], before: int) -> Found | None:
        """For staff named by their trade alone ("the captain", "rangers", "the station master"):
        the one registered organisation named before whose name has a word of that trade's
        bodies (`_TRADE_BODIES`: a captain's cruise line or ferry company), or None."""
        trade = " ".join(role.group("trade").lower().split())
        trade = trade if trade in _TRADE_BODIES else trade.removesuffix("es" if trade.endswith("sses") else "s")
        if trade in _ONE_OF_THE_PARTY and not _THE_ONE.match(role.group()):
            return None  # ("Guides on the dunes said", "her guides": not the one who led the party)
        if trade in _HEAD_TRADES and (role.group("trade").lower().endswith("s") or (
                not role.group("deputy") and self.entities.sole_holder(trade.split()[-1]) is not None)):
            return None  # ("Principals at three schools"; "the principal" named before as a person: that person)
        words = _TRADE_BODIES[trade]
        own = set(role.group("words").lower().split()) if role.group("words") else set()
        bodies = {name for name, (named, parts) in self._all_organisations().items()
                  if named <= before and words.intersection(parts) and own.issubset(parts)}
        if (len(bodies) > 1 or trade in _GUARDS) and trade not in _TAUGHT | _HEAD_TRADES:
            # ("rangers": the forest agency, not the forestry institute; a forest guard is never a research
            # centre's, nor a forest dwellers' union's; but a teacher's or a principal's may be a college)
            bodies = {name for name in bodies if not _NO_STAFF_OF_TRADE.intersection(name.lower().split())
                      and (trade not in _GUARDS or public(name))}
        bodies = {name for name in bodies if not _NOT_AN_EMPLOYER.search(name)}  # ("a conductor": the railway's, never
        # the rail regulator's or the rail union's)
        return Found(bodies.pop(), role.start("trade"), role.end(), REGISTRY_NAME) if len(bodies) == 1 else None

    def body_of_staff(self, trade: str) -> str | None:
        """For staff named by their trade closing a lead ("doctors", "firefighters", "mountain
        rescuers"): the one registered hospital the story names for nurses and doctors, else the
        one registered organisation whose name has a word of that trade's bodies
        (`_TRADE_BODIES`), wherever the story names it; or None."""
        trade = trade.lower().removesuffix("s")
        if _MEDICS.fullmatch(trade):
            bodies = self._institutions_before(_HOSPITAL_NAME, len(self.text))
        else:
            words = _TRADE_BODIES.get(trade, frozenset()) if trade not in _ONE_OF_THE_PARTY else frozenset()
            bodies = {name for name, (_, parts) in self._all_organisations().items() if words.intersection(parts)
                      and not _HOSPITAL_NAME.search(name)}  # ("X County Emergency Hospital": no rescuers')
        return bodies.pop() if len(bodies) == 1 else None

    def organisation_named_last(self, before: int, company: str | None = None) -> str | None:
        """The registered organisation named last before an offset (within the 40 mentions
        before it), or None; given a company's noun, the last that is no other kind of body
        ("Ministry", "Union", "Hospital") and oversees nothing."""
        high = bisect.bisect_left(self.mention_starts, before)
        for mention in reversed(self.mentions[max(0, high - 40) : high]):
            name = mention.entry.name
            if self._organisation(mention) and (company is None or not (
                    other_body(name, company) or _OVERSEER.search(name))):
                return name
        return None

    def company_named_last(self, found: Found) -> Found | None:
        """For "the company" (``found``, a description by a company's noun) that no name known
        as a company fits: the company named last before it (`organisation_named_last`), as a
        Found over the description; or None."""
        name = self.organisation_named_last(found.start, found.reference or "company")
        return Found(name, found.start, found.end, REGISTRY_NAME) if name else None

    def _one_person(self, staff: re.Match[str]) -> bool:
        """Tell whether staff described as "the <role>" is one person the article introduced
        before ("a draw supervisor ... the supervisor") or describes right after (", a
        61-year-old")."""
        if _A_PERSON_AFTER.match(self.text, staff.end()):
            return True
        words = staff.group("staff").lower().split()
        if words[0] != "the" or "'" in staff.group("staff") or "\u2019" in staff.group("staff"):
            return False
        ranks = [word for word in words[1:-1] if word in _RANKS]  # ("the head keeper" after "a keeper": another)
        if ranks and re.search(rf"\b{re.escape(' '.join([*ranks, words[-1]]))}\b", self.text[: staff.start()],
                               re.IGNORECASE):
            return True  # ("X, the zoo's head keeper, said ... the head keeper had told": that one person)
        return re.search(rf"\b(?:a|an)[ \xa0]+(?:[\w-]+[ \xa0]+){{0,2}}{re.escape(' '.join([*ranks, words[-1]]))}\b",
                         self.text[: staff.start()], re.IGNORECASE) is not None

    def _police_story(self, before: int) -> bool:
        """Tell whether the article speaks of police before an offset and nowhere of soldiers,
        guards, crews or any other body whose people may be officers."""
        if self._other_officers is None:
            self._other_officers = _OTHER_OFFICERS.search(self.text) is not None
        police = _POLICE.search(self.text, 0, before)
        return police is not None and not self._other_officers

    def _reference_ending_at(self, low: int, end: int) -> Found | None:
        """A pronoun or description ending at end ("she", "the bank", "the bigger of the two
        companies"), or None."""
        prosecution = _PROSECUTION_END.search(self.text, low, end)
        if prosecution:  # "the prosecution service said": the prosecution, whoever the story names as it
            return Found(None, prosecution.start(), end, REFERENCE, reference="prosecution")
        lawyer = _CLIENTS_LAWYER_END.search(self.text, low, end)
        if lawyer and self._client_named_before(lawyer.start()):  # "His lawyer said": a lawyer speaks for
            # the client, the one "his" stands for
            return Found(None, lawyer.start(), end, REFERENCE, reference=OWNER_PRONOUNS[lawyer.group("owner").lower()])
        relation = RELATION_END.search(self.text, low, end)
        if relation:  # "his son said"
            return Found(None, relation.start(), end, REFERENCE, reference=relation.group("relation").lower())
        compared = COMPARED_END.search(self.text, low, end)
        if compared:
            return Found(None, compared.start(), end, REFERENCE, reference=compared.group("size").lower())
        short = SHORT_FORM_END.search(self.text, low, end)
        if short and short.group("words").startswith(("national ", "state ")):  # "the national
            # audit chamber": the nation's, of all the chambers named
            nations = self._short_form(short.start(), short.start("words"), end)
            if nations is not None:
                return nations
        reference = REFERENCE_END.search(self.text, low, end)
        if reference:
            word = reference_word(reference)
            return Found(None, reference.start(), end, REFERENCE, reference=word)
        role = _OPEN_ROLE_END.search(self.text, low, end)
        if role and is_person_word(role.group("noun").lower()):  # "the convenor", "the
            # 49-year-old geologist": a person's role no table of descriptions lists
            word = "person" if role.group("age") else role.group("noun").lower()
            return Found(None, role.start(), end, REFERENCE, reference=word)
        return self._short_form(short.start(), short.start("words"), end) if short else None

    def _client_named_before(self, start: int) -> bool:
        """Tell whether "His lawyer" at start opens its sentence right after one that names a
        person ("X has denied cheating. His lawyer said"), the client; not after someone unnamed
        ("The archer was questioned. His lawyer said"), nor inside another's words ("X said his
        lawyers had told him")."""
        here = bisect.bisect_right(self.sentence_starts, start) - 1
        if here < 1 or self.text[self.sentences[here].start : start].strip(" \u201c\"'"):
            return False
        before = self.sentences[here - 1]
        return any(self.entities.is_person(entity.name) for entity in self.entities.between(before.start, before.end))

    def _short_form(self, start: int, words: int, end: int) -> Found | None:
        """"the integrity unit" (from start; its words from ``words`` to end) for the one
        registered organisation named before whose name the words end in any case ("Global
        Track Integrity Unit"), the last word an organisation's ("Unit", not "Children"); or
        None."""
        phrase = self.text[words:end].split()
        if not phrase or (phrase[-1].capitalize() not in ORG_WORDS
                          and (len(phrase) > 1 or phrase[0].lower() in _NOT_A_BODY
                               or phrase[0].endswith(("s", "men", "children", "people", "folk", "staff")))):
            return None  # "the children" is no "Save the Children": an organisation's word ends it,
            # or one word of a thing ("the lottery" of the "Hrafnsey State Lottery", "the zoo")
        if self._name_words is None:  # the words of the registered names the article holds: most
            # phrases end in none of them, and are let go without the entities' pass over it
            self._name_words = {word.lower() for mention in self.mentions for word in mention.entry.name.split()}
        name = None
        if phrase[-1].lower() in self._name_words:
            name = self.entities.short_form(" ".join(phrase), start, any_case=True)
        if name is None and self.registry.organisations_with(phrase[-1].lower()) \
                and not self.entities.fits_any(phrase[-1].lower(), start):  # (the registry looked at first: cheap)
            name = self.unnamed_organisation([word.lower() for word in phrase], start)
        if name is None or self.registry.entry(normal_form(name)) is None:
            return None
        return Found(name, start, end, DESCRIPTIVE_ALIAS, basis=SHORT_FORM)

    def registered_short_name(self, name: str, before: int) -> str | None:
        """For an organisation's name the registry does not hold, the registered organisation
        it is a short form of ("the Ministry of Mines", "Tolhaqa's Supreme Court": the
        "Hadeleytan Ministry of Mines", the "Tolhaqan Supreme Court"; `unnamed_organisation`),
        or None."""
        words = name.split()
        if len(words) < 2 or not any(word in ORG_WORDS for word in words) \
                or self.registry.entry(normal_form(name)) is not None:
            return None
        return self.unnamed_organisation([word.lower() for word in words], before)

    def unnamed_organisation(self, words: list[str], before: int, untied: bool = False) -> str | None:
        """For a body described but never named ("the finance ministry", "the national audit
        chamber", "the army"; ``words`` in lower case, the noun last): the one registered
        organisation the article has not named whose name holds the noun and every other word
        (a nationality by its stem: "the Tuvakoan government", "Government of Tuvakoa"), and
        whose name's other words the article ties to it before the offset ("Tsiskarian" when
        Tsiskaria is named: the dateline's country); else None. A noun alone fits only a body a
        country has one of ("the army"), or a ministry whose every other word the article names
        ("the ministry" of the "Zalunmar Ministry of Labour" where Zalunmar and labour are
        named), not "the council" or "the bank"."""
        *modifiers, noun = [word for word in words if word not in ("national", "state", "own")
                            and not word.endswith(("'s", "\u2019s"))] or [""]  # ("the ministry's head")
        alone = not modifiers and noun not in _NATIONAL_BODIES  # ("the zoo": only of the dateline's place)
        if alone and (not noun or (noun.capitalize() not in ORG_WORDS and noun not in _PLACE_BODIES)):
            return None
        fitting = []
        for name in self.registry.organisations_with(noun):
            if self._first_in_body().get(name, len(self.text)) < before:
                continue  # named before in the body: the article's own references decide (a title's
                # "Tolhaqan supreme court" is no entity they know)
            parts = [part.casefold() for part in _WORD_RUN.findall(name)]
            if not all(any(_same_word(modifier, part) for part in parts) for modifier in modifiers):
                continue
            rest = [part for part in parts if part != noun and part not in _UNTIED_WORDS
                    and not any(_same_word(modifier, part) for modifier in modifiers)]
            if alone and not any(part in self._dateline_words() for part in rest):
                continue  # "the zoo" is the "Nagyvarsany Zoo" in a story datelined NAGYVARSANY
            if untied or all(self._tied(part, before) for part in rest):  # ("the regional ... office": a
                # region the article need not name)
                fitting.append(name)
                if len(fitting) > 1:
                    return None
        return fitting[0] if fitting else None

    def named_later(self, modifiers: list[str], noun: str, after: int, reach: int = _LATER_REACH) -> str | None:
        """For a body described in a story's lead before any is named ("..., the national
        disaster agency said", "..., the city's metro operator said"; ``modifiers`` the words
        before the noun, in lower case): the one registered organisation first named in the
        _LATER_REACH sentences after the offset whose name holds the noun (a company's need
        not, if a word of its own is given: "Metro d'Osquela"; nor any, if two are) and every
        other word; or None."""
        words = [word for word in modifiers if word not in _UNTIED_WORDS and word not in ("main", "largest", "biggest")
                 and not word.endswith(("'s", "\u2019s"))]
        if noun in COMPANY_NOUNS and not words:
            return None  # ("the operator said": which one, the story may say only later)
        here = bisect.bisect_right(self.sentence_starts, after) - 1
        end = self.sentences[min(len(self.sentences) - 1, here + reach)].end
        fitting: dict[str, None] = {}  # (in the order first named)
        for name, parts in self._first_named_between(after, end):
            if not all(any(_same_word(word, part) for part in parts) for word in words):
                continue
            rest = " ".join(part for part in parts if not any(_same_word(word, part) for word in words))
            if any(_same_word(noun, part) or part in SYNONYMS.get(noun, ()) for part in parts) \
                    or (noun in COMPANY_NOUNS and not other_body(rest, noun)) \
                    or len(words) > 1:
                # (a company's description is no other kind of body, unless by its own words: "the
                # state railway operator" for "X Railways"; two words of a name fit whatever its
                # noun: "the city's emergency medical service" for "X Emergency Medical Institute")
                fitting[name] = None
        if not fitting and len(words) > 1:  # "the country's food safety board": the one board named
            # later with a word of the description ("X Food and Veterinary Board")
            partial = self._named_later_in_part(words, noun, after, end)
            return next(iter(partial)) if len(partial) == 1 else None
        if len(fitting) > 1:  # "the state railway": the railway, not its workers' union
            fitting = {name: None for name in fitting if not _OVERSEER.search(name)} or fitting
        if len(fitting) > 1 and not words and any(word in _STATE_WORDS for word in modifiers):
            # ("the government office", "the state agency": of two offices, the one named first)
            return next(iter(fitting))
        return next(iter(fitting)) if len(fitting) == 1 else None

    def _named_later_in_part(self, words: list[str], noun: str, after: int, end: int) -> dict[str, None]:
        """The registered organisations first named between two offsets whose names hold a
        description's noun (or another word for its kind) and one of its other words."""
        return {name: None for name, parts in self._first_named_between(after, end)
                if any(_same_word(noun, part) or part in SYNONYMS.get(noun, ()) for part in parts)
                and any(_same_word(word, part) for word in words for part in parts)}

    def named_later_by_head(self, head: str, words: list[str], after: int) -> str | None:
        """For a body a lead describes by a head noun and other words ("Berrocania's association of
        migrant shepherds", "Searchers on the ice cap"): the one registered organisation first named
        after the offset (in the _LATER_REACH sentences) whose name holds the head noun or a kin of it
        (`_HEAD_KIN`, `SYNONYMS`), or of several, the one holding the most of the other words, when
        it holds more of them than any other; or None."""
        kin = (head, *head_kin(head))
        here = bisect.bisect_right(self.sentence_starts, after) - 1
        end = self.sentences[min(len(self.sentences) - 1, here + _LATER_REACH)].end

        def held(word: str, parts: list[str]) -> bool:
            return any(_same_word(word, part) or (word == head and part in kin[1:]) for part in parts)

        scored = sorted(((sum(1 for word in {*words, head} if held(word, parts)),
                          any(_same_word(word, part) for word in kin for part in parts), name)
                         for name, parts in self._first_named_between(after, end)), reverse=True)
        # (score: the description's words the name holds; then whether it holds the head or a kin)
        if not scored or not scored[0][1]:
            return None  # (the best fit must hold the head: "the regional body that runs beach volleyball"
            # is no "X Volleyball Federation" when an "Atlantic Coast Volleyball Confederation" fits better)
        best = [name for score, holds, name in scored if (score, holds) == scored[0][:2]]
        if len(best) > 1:  # of several as good, the one headed by the word or a kin ("Vahtelia's national
            # airline": "Vahtelia Air", not "Strommerkaal Aero Engines")
            best = [name for name in best if any(_same_word(word, head) for word in kin for head in head_words(name))]
        return best[0] if len(best) == 1 else None

    @staticmethod
    def holds_words(name: str, words: Iterable[str]) -> bool:
        """Tell whether a name holds each of the lower-case words, or a form of it ("forestry" in
        "X Forests", "fisheries" in "X Fisheries Department")."""
        parts = [part.casefold() for part in _WORD_RUN.findall(name)]
        return all(any(_same_word(word, part) for part in parts) for word in words)

    def named_later_with(self, word: str, after: int) -> str | None:
        """The one registered organisation first named in the _LATER_REACH sentences after the offset
        whose name holds ``word`` ("forestry" for "Forestry authorities": "X County Forestry Bureau"),
        or None."""
        here = bisect.bisect_right(self.sentence_starts, after) - 1
        end = self.sentences[min(len(self.sentences) - 1, here + _LATER_REACH)].end
        named = [(name, parts) for name, parts in self._first_named_between(after, end) if public(name)]
        exact = [name for name, parts in named if word in parts]  # (the word itself before a kin: "forest")
        fitting = exact or [name for name, parts in named if any(_same_word(word, part) for part in parts)]
        return fitting[0] if len(fitting) == 1 else None

    def _first_named_between(self, after: int, end: int) -> Iterator[tuple[str, list[str]]]:
        """Each registered organisation first named between two offsets (in the body), once, in
        the order named, with its name's words in lower case."""
        first = self._first_in_body()
        seen: set[str] = set()
        for mention in self.mentions[bisect.bisect_left(self.mention_starts, after) : bisect.bisect_left(
                self.mention_starts, end)]:
            name = mention.entry.name
            if first.get(name, -1) < after or name in seen or not self._organisation(mention):
                continue
            seen.add(name)
            yield name, [part.casefold() for part in _WORD_RUN.findall(name)]

    def named_next(self, noun: str, index: int) -> str | None:
        """For a body described at the end of a story's lead (", a legal aid group said", "the
        national weather service acknowledged"), the one registered organisation named in the
        two sentences after it whose name holds the description's noun or another word for its
        kind (`SYNONYMS`: a group a "Network", a regulator an "Authority"), or None."""
        fitting = self._named_next_holding(noun, index)
        return fitting.pop() if len(fitting) == 1 and index + 1 < len(self.sentences) else None

    def _named_next_holding(self, noun: str, index: int) -> set[str]:
        """The registered organisations the two sentences after a lead name whose names hold
        its description's noun or another word for its kind."""
        kinds = (noun, *SYNONYMS.get(noun, ()))
        return {mention.entry.name for mention in self._mentions_next(index)
                if self._organisation(mention) and any(_same_word(kind, part.casefold()) for kind in kinds
                                                       for part in _WORD_RUN.findall(mention.entry.name))}

    def _mentions_next(self, index: int) -> list[Mention]:
        """The registry mentions of the two sentences after sentence ``index``."""
        low = self.sentences[min(index + 1, len(self.sentences) - 1)].start
        high = self.sentences[min(index + 2, len(self.sentences) - 1)].end
        low, high = (bisect.bisect_left(self.mention_starts, offset) for offset in (low, high))
        return self.mentions[low:high]

    def body_speaking_next(self, noun: str, index: int) -> str | None:
        """For a body described at the end of a story's lead whose noun no name named next
        holds ("the country's public spending watchdog found", "a bird conservation group
        said"), when no name there holds that noun: the first registered organisation the two
        sentences after it name, past those of another kind (a company for "the regulator", a
        state service for "a welfare group", by `body_kind`), or None."""
        wanted = BODY_KINDS.get(noun)
        if index + 1 >= len(self.sentences) or self._named_next_holding(noun, index):
            return None  # (two services named next for "the service": unsure which)
        for mention in self._mentions_next(index):
            name = mention.entry.name
            if not self._organisation(mention) or name.islower() or self.entities.kind(name) == PERSON:
                continue
            kind = body_kind(name)
            if kind is None and wanted in ("state", "civil") and not any(word in ORG_WORDS for word in name.split()):
                continue  # ("the food safety board" is no "Kuusepõllu Kondiiter", whatever that is)
            if wanted is None or kind is None or kind == wanted:
                return name
        return None

    def _dateline_words(self) -> frozenset[str]:
        """The words of the article's first dateline ("NAGYVARSANY, Kunsagia, Dec 2 (Wire) -"),
        in lower case (found once)."""
        if self._dateline is None:
            dateline = next((found for sentence in self.sentences
                             if (found := DATELINE.match(self.text, sentence.start, sentence.end))), None)
            self._dateline = frozenset(word.casefold() for word in (*_WORD_RUN.findall(dateline.group()),
                                                                    *_HYPHENED.findall(dateline.group()))) \
                if dateline else frozenset()  # ("PORT-VERDELAIS" whole and in parts)
        return self._dateline

    def _tied(self, word: str, before: int) -> bool:
        """Tell whether the article names, before an offset, a word that is ``word`` or its stem
        ("Tsiskaria" for "tsiskarian")."""
        if self._word_starts is None:  # every word of five letters or more by its first five: once
            self._word_starts = {}
            for match in _WORD_RUN.finditer(self.text):
                if len(match.group()) >= 5:
                    folded = _folded(match.group())  # ("Serrèbia" for "serrebian")
                    self._word_starts.setdefault(folded[:5], {}).setdefault(folded, match.start())
        if len(word) < 5:  # ("Tó" of "Dibé Tó": a short word, named as itself)
            short = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            return short.search(self.text, 0, before) is not None
        word = _folded(word)
        seen = self._word_starts.get(word[:5], {})
        return any(start < before and _same_word(word, other) for other, start in seen.items())

    def _unnamed_ending_at(self, end: int, sentence: Span) -> Found | None:
        """A source described as unnamed ending at end ("people familiar with the matter", "a
        source"), or None (two cheap tests first: most subjects are neither)."""
        text, window = self.text, max(sentence.start, end - 120)
        unnamed = UNNAMED_BEFORE.search(text, window, end) if UNNAMED_HINT.search(text, window, end) else None
        if unnamed is None and text[end - 8 : end].lower().rstrip("s").endswith(("source", "insider")):
            unnamed = UNNAMED_SOURCE_END.search(text, window, end)
        return self._unnamed(unnamed.start(), end) if unnamed else None

    def _spoken_for(self, end: int, sentence: Span, low: int) -> Found | int:
        """For people who speak for another ("its chief executive", "a Norvex spokesman", "a
        Norvex official"): the one they speak for, or where that one's name ends; else end."""
        text = self.text
        owner = OWNER_END.search(text, low, end)
        if owner:  # "its chief executive said": whoever "it" is
            word = OWNER_PRONOUNS[owner.group("owner").lower()]
            dateline = DATELINE.match(text, sentence.start, sentence.end)
            opening = dateline.end() if dateline else sentence.start
            crowd = _CROWD_OPENING.match(text, opening) if word == "they" else None
            entry = self.registry.entry(crowd.group(1).lower()) if crowd is not None else None
            if entry is not None:  # "Prosecutors have charged him, their office said": the prosecutors
                return Found(entry.name, owner.start(), end, REGISTRY_NAME, entry.kind)
            role = (owner.group("role") or "").lower()
            return Found(None, owner.start(), end, REFERENCE, reference=word, role=role)
        city = self._city_staff(low, end)
        if city is not None:  # "the city's finance office had promised": the city's government
            return city
        described_owner = self._described_owner_end(low, end)
        if described_owner:  # "the group's chief executive said": the group (or the one
            # chief executive named before as the group's: `References`)
            return self._described_owner(described_owner, end, sentence)
        spokesperson = SPOKESPERSON_END.search(text, low, end)
        if spokesperson:  # "A Norvex spokesman said", "A ministry spokesman said"
            return self._spokesperson_of(spokesperson, low, end, sentence)
        organisation = self._organisation_of_staff(low, end, sentence)
        if organisation is not None:  # "A Norvex official said", "Norvex engineers said"
            return organisation
        return self._member(low, end) or self._trade_plural(low, end) or self._staff_where(end, sentence) \
            or self._staff_there(low, end, sentence) or end

    def _staff_where(self, end: int, sentence: Span) -> Found | None:
        """"... at the X Hospital, where doctors said": staff of the registered body named right
        before ", where", or None."""
        where = _WHERE_STAFF.search(self.text, max(sentence.start, end - 60), end)
        if where is None or not _names_staff(where.group("person")):
            return None
        body = self.by_end.get(where.start())
        if body is None or not self._organisation(body):
            return None
        return Found(body.entry.name, where.start("person"), end, REGISTRY_NAME, body.entry.kind)  # (the
        # staff speak: the name itself sits in a phrase governed by "at")

    def _staff_there(self, low: int, end: int, sentence: Span) -> Found | None:
        """"Doctors there said", "a paediatrician there said": staff of the registered body
        named last before them, in their sentence or the one before it (for nurses and
        doctors, the story's one hospital when the body named last is none); "At the X
        Hospital, doctors said": the body that opens their sentence; or None."""
        text = self.text
        opened = self._staff_after_opening_body(low, end)
        if opened is not None:  # "At the X Hospital, doctors said"
            return opened
        there = _THERE_STAFF.search(text, max(low, end - 50), end)
        if there is None or not _names_staff(there.group("person")) or _NAME_AFTER.match(text, end) \
                or ANONYMITY.search(text, sentence.start, sentence.end):
            return None  # ("A doctor there, X, said": X; "a nurse there said, asking not to be named")
        index = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
        window = self.sentences[max(0, index - 1)].start
        recent = self.mentions[bisect.bisect_left(self.mention_starts, window) : bisect.bisect_left(
            self.mention_starts, there.start())]
        bodies = [mention for mention in recent if self._organisation(mention)]
        if _SOME_PLACE.search(text, bodies[-1].end if bodies else window, there.start()):
            return None  # ("taken to a health centre ... a nurse there": not a registered one)
        medics = _MEDICS.fullmatch(there.group("person")) is not None
        if bodies and not (medics and not _HOSPITAL_NAME.search(bodies[-1].entry.name)):
            return Found(bodies[-1].entry.name, there.start(), end, REGISTRY_NAME, bodies[-1].entry.kind)
        hospitals = self._institutions_before(_HOSPITAL_NAME, there.start()) if medics else set()
        return Found(hospitals.pop(), there.start(), end, REGISTRY_NAME) if len(hospitals) == 1 else None

    def _staff_after_opening_body(self, low: int, end: int) -> Found | None:
        """For staff right after the registered body that opens their sentence ("At the X Hospital,
        doctors said", text[low:end]): that body; else None ("At a school in the hills, teachers")."""
        at = _AT_BODY_STAFF.match(self.text, low, end)
        if at is None or not _names_staff(at.group("person")):
            return None
        low_mention, high_mention = (bisect.bisect_left(self.mention_starts, offset) for offset in at.span("place"))
        named = [mention for mention in self.mentions[low_mention:high_mention]
                 if self._organisation(mention) and mention.end == at.end("place")]
        if not named:
            return None
        return Found(named[0].entry.name, at.start("person"), end, REGISTRY_NAME, named[0].entry.kind)

    def _trade_plural(self, low: int, end: int) -> Found | None:
        """"Firefighters said", "Rangers said": the one registered body of their trade named
        before (`_body_of_trade`), or None."""
        trimmed = self._trimmed(low, end)
        role = _ROLE_STAFF.fullmatch(self.text, *trimmed)
        if role is None or not role.group("trade").lower().endswith("s") or role.group().lower().startswith(
                ("a ", "an ", "one ")):
            return None
        return self._body_of_trade(role, low)

    def _spokesperson_of(self, spokesperson: re.Match[str], low: int, end: int, sentence: Span) -> Found | int:
        """For a spokesperson ending at end ("A Norvex spokesman", "a ministry spokesman", "The
        spokeswoman", "a customs spokeswoman"): the one spoken for, or where the words before
        "spokesman" start."""
        text = self.text
        mention = self.by_end.get(spokesperson.start())
        if mention and mention.start >= sentence.start:  # "a police spokesman"
            return _registry_found(mention)
        described = DESCRIBED_SPOKESPERSON.search(text, low, end)
        if described and described.end() == end:
            return Found(None, described.start(), described.end("noun"), REFERENCE,
                         reference=described.group("noun").lower())
        definite = _THE_END.search(text, low, spokesperson.start())
        if definite:  # "The spokeswoman said": the one who spoke as a spokesperson before
            return Found(None, definite.start(), end, REFERENCE, reference=SPOKESPERSON)
        worded = _WORDED_SPOKESPERSON.search(text, low, end)
        name = self.body_with_words(worded.group("words").lower().split(), low) if worded else None
        if worded is not None and name is not None:  # "a customs spokeswoman", "an agriculture
            # ministry spokesman": the one body named before whose name holds the words
            return Found(name, worded.start(), end, REGISTRY_NAME)
        return spokesperson.start()

    def body_with_words(self, words: list[str], before: int) -> str | None:
        """The one registered organisation named before an offset whose name holds the words, the
        last one or its plural ("Yeliba", "mill" for "Kestrin Mills", "agriculture ministry"), or
        None."""
        for last in (words[-1], words[-1] + "s"):
            name = self.entities.named_with_words([*words[:-1], last], before)
            if name is not None and name in self.registry.organisations_with(last) \
                    and self.entities.kind(name) != PERSON:
                return name
        return None

    def _member(self, low: int, end: int) -> Found | None:
        """"a commission member had told him": the commission named before, as a reference;
        "a police officer": the registry's police; else None."""
        member = DESCRIBED_MEMBER.search(self.text, low, end)
        if member is None:
            return None
        generic = self._generic_one(low, end)
        if generic is not None:
            return generic
        noun = next(group for group in ("noun", "nouns", "body") if member.group(group))
        word = member.group(noun).lower()
        if noun == "nouns" and self.entities.described(word, low) is None \
                and self.unnamed_organisation([word], low) is None:
            return None  # ("port officials", no port registered: the generic officials)
        return Found(None, member.start(), member.end(noun), REFERENCE, reference=word)

    def _places_own_body(self, low: int, end: int) -> Found | None:
        """A city's, country's or region's own body described by the words of its registered
        name, ending at end ("the city's emergency management department": "Bayan Emergency
        Management Department"; "the regional forestry corps", whose region the story need not
        name), or None."""
        own = _PLACES_OWN_BODY.search(self.text, low, end)
        if own is None:
            return None
        *modifiers, noun = own.group("words").lower().split()
        of = [word for word in (own.group("of") or "").lower().split() if word not in ("of", "for")]
        lead = self.in_lead(own.start())
        if not lead and (own.group("lead") or own.group("of") or not modifiers):
            return None  # (outside a lead only "the city's ... office", as before)
        place = own.group("place")
        if place and not all(word.casefold() in self._dateline_words() for word in place.split()):
            return None  # (a place's own body only of the dateline's place, not "Norvex's ... office")
        named = self.unnamed_organisation([*modifiers, *of, noun], own.start(), untied=own.group("region") is not None)
        if named is None and lead:  # "..., the country's department of disease control said": the
            named = self.named_later([*modifiers, *of], noun, own.start())  # one the story names later
        return Found(named, own.start(), end, REGISTRY_NAME) if named is not None else None

    def in_lead(self, offset: int) -> bool:
        """Tell whether an offset is in the story's lead, its first sentence of body text."""
        if self._lead is None:
            self._lead = next(((sentence.start, sentence.end) for sentence in self.sentences
                               if sentence.kind == "body"), (-1, -1))
        return self._lead[0] <= offset < self._lead[1]

    def _city_staff(self, low: int, end: int) -> Found | None:
        """For a city's or town's own unnamed office or staff ending at end ("the city's finance
        office", "an official of the city's property department", "a clerk at the town hall"):
        a place's own body registered by its words (`_places_own_body`), else the one registered
        body named before that governs a city or town (`city_government`), or None."""
        place = self._places_own_body(low, end)
        if place is not None:
            return place
        staff = _CITY_STAFF_END.search(self.text, low, end)
        if staff is None or _NOT_THE_CITYS.search(staff.group()):
            return None
        head = (staff.group("head") or staff.group("staff") or "").lower()
        if head and head not in _DESK_STAFF and head not in OFFICIAL_HEADS \
                and (not _names_staff(head) or head.rstrip("s") in _NOT_ITS_STAFF):
            return None  # ("a protester at the town hall", "a resident of the city's old town")
        noun = (staff.group("noun") or "").lower()
        if noun and noun not in _UNITS and noun.rstrip("s") not in _UNITS and not _names_staff(noun) \
                and noun not in _OWNED_ROLES:
            return None  # ("the city's streets", "the town's river pumping station")
        if staff.group("county") and self.entities.named_with_words(
                ["county", *staff.group("body").lower().split()[2:]], len(self.text)) is not None:
            return None  # ("the county's disaster office": "Ilmasin County Disaster Office", its own)
        government = self.city_government(staff.start(), _COUNTY_WORDS if staff.group("county") else _CITY_WORDS)
        # (the span is the city's part: "an official in the city's procurement office, who asked
        # not to be named," is someone unnamed, whom the anonymity marker decides)
        start = staff.start("body") if staff.group("body") else staff.start("own") if staff.group("own") \
            else staff.start("own_city")
        return Found(government, start, end, REGISTRY_NAME, basis=CITY_BODY) if government else None

    def city_government(self, before: int, words: frozenset[str] = _CITY_WORDS) -> str | None:
        """The one registered organisation named before an offset whose name shows it governs
        a city or town ("Humbotta City Administration", "Arcenac Town Council", "Sonawadi
        Municipal Corporation"); if none is, the one named later that governs the dateline's
        city ("HUMBOTTA, ... -"); else None (also when several are)."""
        governing = [(named, name) for name, (named, parts) in self._all_organisations().items()
                     if words.intersection(parts) and _GOVERNING_WORDS.intersection(parts)]
        earlier = {name for named, name in governing if named <= before}
        if not earlier:
            earlier = {name for _, name in governing
                       if self._dateline_words().intersection(word.casefold() for word in name.split())}
        return earlier.pop() if len(earlier) == 1 else None

    def _described_owner_end(self, low: int, end: int) -> re.Match[str] | None:
        """"the group's chief executive" ending at end, or with any word for a person ("the
        board's chief investigator", "the agency's entomologists"); else None."""
        owner = DESCRIBED_OWNER_END.search(self.text, low, end)
        if owner is not None and NO_LONGER.search(owner.group()):
            return None  # ("the port's former technical director": no longer the port's)
        if owner is None:
            owner = DESCRIBED_OWNER_ANY_END.search(self.text, low, end)
            if owner is not None and ((not _names_staff(owner.group("person")) and owner.group("person") not in _UNITS)
                                      or NO_LONGER.search(owner.group())):
                return None  # (not "the bank's shareholders", "the bank's former chief economist")
        return owner

    def _organisation_of_staff(self, low: int, end: int, sentence: Span) -> Found | None:
        """For an organisation's unnamed people ending at end ("a Norvex official", "Norvex's
        own engineers", "an Ostra Ferries operations manager"): the registered organisation, or
        None (also for "a former Norvex engineer", who speaks for no one)."""
        officials = OFFICIALS_END.search(self.text, low, end)
        while officials is not None:  # the modifiers are lower-case words, so the phrase may
            # match from before the organisation's name: try each start
            organisation = self.by_end.get(officials.start())
            if organisation is not None and organisation.start >= sentence.start \
                    and self._organisation(organisation):
                if _FORMER_END.search(self.text, max(sentence.start, organisation.start - 12), organisation.start):
                    return None
                return _registry_found(organisation)
            officials = OFFICIALS_END.search(self.text, officials.start() + 1, end)
        return self._described_organisation(low, end)

    def _described_organisation(self, low: int, end: int) -> Found | None:
        """For unnamed staff described by lower-case words of a registered organisation's name
        ("civil protection officials" of the "Teravonne Civil Protection Authority", "a coast
        guard duty officer", "federation lawyers", "the prison's governor"): the one
        organisation named before whose name holds those words in a row (with up to two words
        of trade after them), or None."""
        owned = OWNED_BY_END.search(self.text, low, end)
        run = owned.group("words").lower().split() if owned is not None else []
        holders = self._organisations_holding(run, owned.start()) if owned is not None else []
        if len(run) == 1 and run[0] in PLACE_NOUNS:  # ("the district's chief inspector" is no "X District
            # Court"'s: a court has no inspectors; a place's words name no court's staff)
            holders = [holder for holder in holders if not _COURT_NAME.search(holder[0])]
        if owned is not None and (NO_LONGER.search(owned.group()) or not (
                _owned_staff(owned) or (len(holders) == 1 and _staff_of_a_house(owned)))):
            owned = None  # (not "the coast's oldest fisherman", "the bank's shareholders", "the
            # prison's former governor"; but "the prison's doctor" when one body's name holds "prison")
        if owned is not None:  # "the prison's governor": the one organisation named before
            # with "prison" in its name (and "the directorate's data protection officer" is the
            # directorate's, whatever other body "data protection" names)
            if not holders:  # "the army's chief of staff": the army of the country named
                unnamed = self.unnamed_organisation(run, owned.start())
                return Found(unnamed, owned.start(), end, REGISTRY_NAME) if unnamed else None
            return Found(holders[0][0], owned.start(), end, REGISTRY_NAME) if len(holders) == 1 else None
        staff = self._described_staff(low, end)
        return self._staff_organisation(staff, end) if staff is not None else None

    def _clause_opening(self, low: int) -> bool:
        """Tell whether an offset opens its sentence's first clause (after a dateline)."""
        sentence = self.sentences[max(0, bisect.bisect_right(self.sentence_starts, low) - 1)]
        dateline = DATELINE.match(self.text, sentence.start, sentence.end)
        return low == (dateline.end() if dateline else sentence.start)

    def _opening_staff(self, low: int, end: int, staff: re.Match[str] | None) -> re.Match[str] | None:
        """Staff described by words that open a sentence, the first capitalised ("Customs officers
        said", "Civil protection officers said", of which ``staff`` holds the lower-case words or
        none): the whole phrase; None when it does not open the sentence, opens with a
        determiner ("An agency scientist") or holds a cue ("She said a ministry official")."""
        if not self._clause_opening(low):
            return None
        opening = _DESCRIBED_STAFF_OPENING.fullmatch(self.text, low, end)
        if opening is None or opening.group("words").split()[0].lower() in _STAFF_LEAD:
            return None
        if staff is not None and (self.text[low : staff.start()].count(" ") != 1
                                  or _STAFF_LEAD.intersection(staff.group("words").split())):
            return None
        return opening

    def _described_staff(self, low: int, end: int) -> re.Match[str] | None:
        """Staff described by lower-case words ending at end ("civil protection officials", "the
        harbour master"), not after an owner named before the words ("Norvex's civil protection
        staff": the owner decides), nor "a bank employee", who may speak for herself."""
        staff = DESCRIBED_STAFF_END.search(self.text, low, end)
        staff = self._opening_staff(low, end, staff) or staff
        person = staff.group("person") if staff is not None else ""
        if staff is not None and person not in ("staff", *_STAFF_NOUNS) and person[:-1] not in _STAFF_NOUNS \
                and (not _names_staff(person) or person.rstrip("s") in ("employee", "worker")):
            return None  # (no word for staff; or "a bank employee")
        if staff is None or self.text[max(low, staff.start() - 3) : staff.start()].rstrip().endswith(("'s", "\u2019s")):
            return None
        return staff

    def _heads_one_name(self, word: str, before: int) -> bool:
        """Tell whether a lower-case word ends the name of the one registered organisation named
        before an offset that holds it ("crematorium": "La Hougue Crematorium")."""
        holders = self._organisations_holding([word], before)  # (its head: not "Institute for Water Research")
        return len(holders) == 1 and holders[0][1][-1] == word and not {"of", "for"} & set(holders[0][1])

    def _staff_organisation(self, staff: re.Match[str], end: int) -> Found | None:
        """The one organisation named before whose name holds the staff's words in a row, from
        the first word after a determiner (or "said"): "(a) coast guard (duty) officer", not "a
        former coast guard officer", "Prison guard officers" or "local health officials"; one
        word only when it is a body's own word ("federation lawyers", "council officials")."""
        text = self.text
        words = [(word.group().lower(), word.start()) for word in _STAFF_WORD.finditer(
            text, staff.start("words"), staff.end("words"))]
        # (from the word after the last lead word: "The nurse said hospital managers": "hospital")
        first = next((at for at, (word, _) in enumerate(words) if word not in _STAFF_LEAD
                      and all(later not in _STAFF_LEAD for later, _ in words[at:])), len(words))
        if first == len(words):  # "said inspectors had": an inspectorate's, if one is named
            return self._members([], text[staff.end("words") : end].lower(), end, staff.start("person"))
        if words[first][0] in _NOT_AN_OWNER or words[first][0] in NO_LONGER_WORDS:
            return None
        before = text[max(0, staff.start() - 30) : staff.start()].split()
        if first == 0 and before and before[-1][:1].isupper() and before[-1].lower() not in _STAFF_LEAD \
                and not before[-1].endswith(","):
            return None  # "Prison guard officers", "Elmar central bank officials": another owner (not
            # "on Tuesday, civil protection officials said")
        noun = text[staff.end("words") : end].lower()
        for last in range(len(words) - 1, max(first, len(words) - 3) - 1, -1):
            run = [word for word, _ in words[first : last + 1]]
            service = len(run) == 1 and noun in _SERVICE_STAFF
            # ("a district official", "a port official": of the one body whose name holds the word)
            official = service and noun.rstrip("s") == "official"
            if len(run) == 1 and not run[0].endswith("s") and self._heads_one_name(run[0] + "s", staff.start()) \
                    and not self._heads_one_name(run[0], staff.start()):
                run = [run[0] + "s"]  # ("a resort manager" of "X Dive Resorts")
            if len(run) == 1 and run[0].capitalize() not in ORG_WORDS and run[0] not in ORG_NOUNS and not service \
                    and not self._heads_one_name(run[0], staff.start()):
                continue  # "a water engineer", "research assistants": no body's own word (but "a
                # rescue officer", "customs officers" are a service's, and "a crematorium technician"
                # the one body named before whose name the word ends: "La Hougue Crematorium")
            holders = self._staff_holders(run, staff.start(), service, official)
            if staff.re is _DESCRIBED_STAFF_OPENING:  # ("Customs officers said" opening a sentence: a
                # service's, not "Airport officials" of "X Airport Holdings" nor "Logudorian officials")
                holders = [(name, parts) for name, parts in holders
                           if len(run) > 1 or (service and _service_of(parts, run[0]))]  # ("Civil protection officers")
            if len(holders) != 1:
                continue
            if last == len(words) - 1 and _holds_run(holders[0][1], [*run, noun]):
                return None  # "the coast guard" is the Coast Guard itself, not one of its staff
            return Found(holders[0][0], words[first][1], end, REGISTRY_NAME)
        return self._members(words[first:], noun, end, staff.start())

    def _staff_holders(self, run: list[str], before: int, service: bool,
                       official: bool) -> list[tuple[str, list[str]]]:
        """The registered organisations whose names hold a run of staff words: those named before
        an offset, else those first named in a later sentence ("a county official" of the one county
        body named further down), else the one unnamed organisation the words describe."""
        holders = self._organisations_holding(run, before) \
            or (self._organisations_holding([run[0] + "s"], before) if official else [])
        if service and not official and run[0].capitalize() not in ORG_WORDS:  # (the word right before the
            # service's own noun: "Customs Service", not "World Health Organization")
            holders = [(name, parts) for name, parts in holders if _service_of(parts, run[0])]
            # (or the word that closes the service's name after "of": "Bureau of Customs")
        if not holders:  # (named in a later sentence, not beside the staff: "officers, unlike the Coast Guard")
            here = self.sentences[max(0, bisect.bisect_right(self.sentence_starts, before) - 1)].end
            holders = [(name, parts) for name, parts in self._organisations_holding(run, len(self.text))
                       if self._all_organisations()[name][0] > here]
        if not holders and (unnamed := self.unnamed_organisation(run, before)):
            holders = [(unnamed, [part.casefold() for part in _WORD_RUN.findall(unnamed)])]
        return holders

    def _members(self, words: list[tuple[str, int]], noun: str, end: int, before: int) -> Found | None:
        """"border guards" for the "Varlessan Border Guard": members named by the plural of the
        last word of the one organisation named before whose name ends in their words; "(labour)
        inspectors" for the "(Dashtiyari Labour) Inspectorate", the body their title makes."""
        single = noun[:-1] if noun.endswith("s") else noun
        stems = [*([single] if noun.endswith("s") and words else []),
                 *([single + "ate"] if single in _TITLED_BODIES else [])]
        for stem in stems:
            run = [word for word, _ in words] + [stem]
            holders = self._organisations_holding(run, before)
            if len(holders) == 1 and holders[0][1][-len(run) :] == run:
                return Found(holders[0][0], words[0][1] if words else before, end, REGISTRY_NAME)
        return None

    def _organisations_holding(self, run: list[str], before: int) -> list[tuple[str, list[str]]]:
        """Up to two of the registered organisations named before an offset whose names hold
        ``run`` in a row (one is the answer; two, that it is unsure). Every run of up to four
        words of every name is indexed once, with the names that hold it in the order they are
        first named, so that each lookup costs a search, not a pass over the names."""
        if self._organisations_by_run is None:
            index: dict[tuple[str, ...], list[tuple[int, str, list[str]]]] = {}
            for name, (named, parts) in self._all_organisations().items():
                runs = {tuple(parts[at : at + size]) for size in range(1, 5)
                        for at in range(len(parts) - size + 1)}
                runs.update((singular(part),) for part in parts if len(part) > 4 and part.endswith("s"))
                # ("the farm's manager": "Acuetzpal Farms")
                for key in runs:
                    index.setdefault(key, []).append((named, name, parts))
            self._organisations_by_run = {key: sorted(holders) for key, holders in index.items()}
        holders = self._organisations_by_run.get(tuple(run), [])
        count = bisect.bisect_right(holders, (before, "\uffff"))
        return [(name, parts) for _, name, parts in holders[: min(count, 2)]]

    def operator_of_vessel(self, before: int) -> str | None:
        """The one registered organisation named before an offset whose name shows that it runs
        ships (`_SHIP_LINE_WORDS`: "X Ferries", "X Shipping") and is no state body, whose crew "the
        ship's chief engineer" is; or None."""
        bodies = {name for name, (named, parts) in self._all_organisations().items()
                  if named <= before and _SHIP_LINE_WORDS.intersection(parts) and body_kind(name) != "state"}
        return bodies.pop() if len(bodies) == 1 else None

    def _all_organisations(self) -> dict[str, tuple[int, list[str]]]:
        """Every registered organisation the article names: where it is first named, and its
        name's words in lower case (found once per article)."""
        if self._organisation_words is None:
            self._organisation_words = {}
            for mention in self.mentions:
                if mention.entry.name not in self._organisation_words and self._organisation(mention):
                    self._organisation_words[mention.entry.name] = (
                        mention.end, [word.lower() for word in mention.entry.name.split()])
        return self._organisation_words

    def _described_owner(self, owner: re.Match[str], end: int, sentence: Span) -> Found:
        """For "the group's chief executive": the group described, or the registered name
        that ends in the noun ("the Osmer Group's chairman": the Osmer Group)."""
        named = self.by_end.get(owner.end("noun"))
        if named is not None and named.start > owner.start() and named.start >= sentence.start:
            return _registry_found(named)
        role = self.text[owner.start() : end].split()[-1].lower()
        return Found(None, owner.start(), end, REFERENCE, reference=owner.group("noun").lower(),
                     role=role if role in HELD_ROLES else "")

    def _words_governing(self, found: Found, sentence: Span) -> list[str]:
        """The words before a candidate, up to four, ending in the preposition that governs it when one
        does past an adjective, a place's possessive or a place joined by "and"."""
        text = self.text
        before = _without_article(text[max(sentence.start, found.start - 40) : found.start].split()[-4:])
        if len(before) > 1 and before[-1].isalpha() and before[-1].islower():
            governing = _without_article(before[:-1])  # empty for "The rival X": nothing governs it
            if governing and governing[-1].lower() in _GOVERNING:
                before = governing  # "at (the) broker X", "in neighbouring X"
        if len(before) > 2 and before[-1].isalpha() and before[-1].islower() \
                and before[-2].endswith(("'s", "\u2019s")) and before[-3].lower() in _GOVERNING:
            before = before[:-2]  # "on Hallorn's northern X River": a place after a place's possessive
        if len(before) > 2 and before[-1] == "and" and before[-2][:1].isupper() and before[-2].isalpha() \
                and before[-3].lower() in _GOVERNING and found.rank == TEXT_NAME \
                and " " not in text[found.start : found.end]:
            before = before[:-2]  # "in the villages of X and Y": a place joined to a place (one word
            # each; not "Officials from X and Ana Ruiz")
        return before

    def _governed(self, found: Found, sentence: Span) -> Found | None:
        """A candidate after a preposition is not the subject: "officials in Skarvik" are the
        officials, but "a spokesperson for X" and "a report by X" are X's."""
        text = self.text
        before = self._words_governing(found, sentence)
        if not before or before[-1].lower() not in _GOVERNING:
            return found
        preposition = text.rfind(before[-1], sentence.start, found.start)
        head = text[max(sentence.start, preposition - 40) : preposition].split()
        if head and (head[-1].lower() in SPOKESPERSON_NOUNS
                     or head[-1].lower()[:-1] in SPOKESPERSON_NOUNS) and before[-1].lower() != "in":
            return found  # "a spokesperson for X", "the head of the commission" (not "a police
            # spokesman in Bressande": a place)
        if head and head[-1].lower() in _PARTITIVES and before[-1].lower() == "of" and found.rank == REFERENCE \
                and _POSSESSIVE.search(text, found.start, found.end):
            return found  # "one of the federation's lawyers": the federation's (not "one of the banks")
        if head and self._client(head[-1], before[-1], found):
            return found  # "A lawyer for X said": X's
        leads = bool(head) and head[-1].lower() in _LEADS and before[-1].lower() == "of"  # "the chairman of X"
        employed = len(head) > 1 and head[-1].lower() in _EMPLOYED and before[-1].lower() in ("for", "by", "at")
        if employed:  # "engineers working for the company", "a lifeguard employed by the hotel": its
            head = head[:-2] if head[-2].lower() in ("who", "that") else head[:-1]
        staff = bool(head) and (_speaks_for_object(head[-1].lower(), before[-1].lower()) or (
            employed and head[-1].lower().rstrip("s") not in _NOT_ITS_STAFF))
        if self._spoken_for_by(found, staff, leads):
            return found
        return self._head_before(preposition, sentence, self._names_organisation(found))

    def _client(self, head: str, preposition: str, found: Found) -> bool:
        """Tell whether the candidate after a preposition is a lawyer's client ("A lawyer for X",
        "a lawyer for the company"; not "A lawyer for X, Y,": Y, the lawyer named)."""
        return head.lower().rstrip("s") in ("lawyer", "attorney") and preposition.lower() == "for" \
            and (found.source is not None or found.reference in ORG_NOUNS) \
            and not _NAME_AFTER.match(self.text, found.end)

    def _spoken_for_by(self, found: Found, staff: bool, leads: bool) -> bool:
        """Tell whether the candidate after a preposition is whom the phrase's head speaks for:
        its ``staff`` (officials, engineers ...) or one who ``leads`` it ("the chairman of")."""
        if (staff or leads) and found.rank == REGISTRY_NAME:
            mention = self.by_start.get(found.start)
            if mention and self._organisation(mention):
                return True  # "officials at the Finance Ministry": the ministry's
        if ((staff or leads) and found.basis == SHORT_FORM) or found.basis == CITY_BODY:
            return True  # "an official of the integrity unit": the unit's; "a clerk at the town
            # hall", whose head `_city_staff` has looked at
        if staff and found.rank == REFERENCE and found.reference in ORG_NOUNS:
            return True  # "officials at the ministry": the ministry named before
        if staff and found.rank == REGISTRY_NAME and found.source is not None \
                and _PLACES_OWN_BODY.fullmatch(self.text, found.start, found.end):
            return True  # "doctors at the town's hospital" (in a lead, the one named later)
        # "an official in Thorncastle's office", "officials from Sarratt's ministry": theirs
        return staff and found.source is not None and _OWN_OFFICE.match(self.text, found.end) is not None

    def _names_organisation(self, found: Found) -> bool:
        """Tell whether a candidate names an organisation (registered, or shown as one)."""
        if found.source is None:
            return False
        mention = self.by_start.get(found.start) if found.rank == REGISTRY_NAME else None
        if mention is not None:
            return self._organisation(mention)
        return found.rank == TEXT_NAME and self.entities.kind(found.source) == ORGANISATION

    def _organisation(self, mention: Mention) -> bool:
        """Tell whether a registry mention names an organisation, not a person or a crowd
        (a generic entry such as "officials" is written in lower case)."""
        entry = mention.entry
        if entry.is_description or entry.kind == "person" or entry.name.islower():
            return False
        return self.entities.kind(entry.name) != PERSON

    def _head_before(self, preposition: int, sentence: Span, of_organisation: bool = False,
                     depth: int = 0) -> Found | None:
        """The registry entry heading a phrase cut by a preposition ("Witnesses in Sorna"), or
        the person named heading it: a name the article shows as a person's, or, before an
        organisation (``of_organisation``), a name of two or three words that it does not show
        as an organisation's ("Ana Ruiz of the Consumers' League")."""
        head_end = sentence.start + len(self.text[sentence.start : preposition].rstrip())
        mention = self.by_end.get(head_end)
        if mention and mention.start >= sentence.start:
            if _CLOSE_TO_SOMEONE.search(self.text, max(sentence.start, mention.start - 40), mention.start):
                return None  # ("Teammates of X at the base said": not X)
            return _registry_found(mention)
        spoken_for = self._spoken_for(head_end, sentence, max(sentence.start, head_end - 60))
        if isinstance(spoken_for, Found) and spoken_for.role and _DEPARTMENT.match(self.text, preposition):
            spoken_for = spoken_for._replace(role="")  # "the museum's head of security": one of
            # its people, not the head the museum named (its director)
        if isinstance(spoken_for, Found):  # "a commission official in the city of X": the commission
            return self._governed(spoken_for, sentence)  # (not "Families of Norvex engineers in ...")
        one = self._generic_one(max(sentence.start, head_end - 40), head_end)
        if one is not None:  # "a police commander at the scene"
            return one
        name = self.names_by_end.get(head_end)
        if name and name.start >= sentence.start and " " in name.text:
            kind = self.entities.kind(name.text)
            if kind == PERSON or (of_organisation and kind is None and len(name.text.split()) <= 3):
                return self._name_found(name)
        outer = _PLACE_PHRASE_END.search(self.text, max(sentence.start, head_end - 40), head_end)
        if outer is not None and name is None:  # "Witnesses in the village of X": the phrase before
            return self._head_before(outer.start(), sentence)
        cut = self.text[preposition : preposition + 8].split()
        if depth < 2 and cut and cut[0].lower() in _PLACE_PREPOSITIONS:  # (not "on Tuesday after an audit")
            return self._head_of_place(head_end, sentence, depth)
        return None

    def _head_of_place(self, end: int, sentence: Span, depth: int) -> Found | None:
        """For a head that is itself a phrase of place ("Witnesses on the beach" of "Witnesses on
        the beach at X", "Officials on the island" of "... of Motuhea"): the head before its
        preposition, when the phrase is a few words with no clause in it."""
        low = max(sentence.start, end - 40)
        prepositions = list(_PREPOSITION.finditer(self.text, low, end))
        preposition = prepositions[-1] if prepositions else None
        if preposition is None or preposition.group().lower() not in _PLACE_PREPOSITIONS \
                or len(self.text[preposition.end() : end].split()) > 4 \
                or _CLAUSE_WORD.search(self.text, preposition.end(), end) or "," in self.text[preposition.end() : end]:
            return None
        return self._head_before(preposition.start(), sentence, depth=depth + 1)

    def _phrase_head(self, end: int, sentence: Span) -> Found | None:
        """For a subject that ends in no candidate ("Officials in both capitals"): the registry
        entry before its last preposition, within five words, or before the one before it
        ("Witnesses on the beach at Tarraquist", "Officials on the island of Motuhea"; up to
        three phrases in a row)."""
        low = max(sentence.start, end - 60)
        for depth, preposition in enumerate(reversed(list(_PREPOSITION.finditer(self.text, low, end)))):
            if depth > 2 or len(_POSSESSIVE_S.sub("", self.text[preposition.end() : end]).split()) > 4:
                return None
            if "," in self.text[preposition.start() : end] or _JOINED.search(self.text, preposition.end(), end):
                return None  # (not "Regulators visited Norvex on Monday and inspectors said")
            clause = _CLAUSE_WORD.search(self.text, preposition.end(), end)  # ("on Tuesday after an audit")
            head = self._head_before(preposition.start(), sentence, depth=2 if clause else 0)
            if head is not None or depth or clause or preposition.group().lower() not in _PLACE_PREPOSITIONS:
                return head
            end = preposition.start()
        return None

    def _is_name(self, name: TextName, head: bool) -> bool:
        """Tell a name from a capitalised common word opening the sentence ("Officials")."""
        words = name.text.split()
        if name.start not in self.openers:
            return True
        if len(words) > 1:  # "Residents of Korsa (, a village,) said": the residents, not a name
            return not (_plural_opener(words[0], self.known) and words[1] in _CONNECTORS)
        if head:
            return True
        # "Xinhua said" is a name; "Officials said" and "Rescuers said" are not (nor, unless
        # registered, capitalised elsewhere or the surname of a name before, "Reuters said":
        # plural-looking words are refused).
        return name.text in self.surnames or not _plural_opener(name.text, self.known)

    def _reference_starting(self, first: int, end: int) -> Found | None:
        """A pronoun's people ("its spokesman", "its annual report": whoever "it" is), a
        pronoun or a description starting at first, or None."""
        owner = OWNER_START.match(self.text, first, end)
        if owner:
            return Found(None, first, owner.end(), REFERENCE, reference=OWNER_PRONOUNS[owner.group("owner").lower()],
                         role=(owner.group("role") or "").lower())
        reference = REFERENCE_START.match(self.text, first, end)
        if reference is None:
            return None
        return Found(None, first, reference.end(), REFERENCE, reference=reference_word(reference))

    def _after(self, pos: int, sentence: Span, limit: int | None = None) -> Found | None:
        """The candidate named just after pos: registry first, then a name, then a reference."""
        window = WINDOW.match(self.text, pos, limit or sentence.end)
        if window is None:
            return None
        end = window.end()
        index = bisect.bisect_left(self.starts, pos)
        named = bisect.bisect_left(self.name_starts, pos)
        name = self.names[named] if named < len(self.names) and self.names[named].end <= end else None
        if index < len(self.starts) and self.starts[index] < end:
            mention = self.by_start[self.starts[index]]
            if mention.end <= (limit or sentence.end) and (name is None or name.end > mention.start
                                       or self.text[name.end : name.end + 2] not in ("'s", "\u2019s")):
                return _registry_found(mention)  # (not past an owner named before it: "by Ana
                # Ruiz's office that Varga would")
        if name is not None:  # (not "Residents of X" opening the sentence: a crowd, no name)
            return self._name_found(name) if len(name.text.split()) == 1 or self._is_name(name, False) else None
        first = pos + len(window.group()) - len(window.group().lstrip())
        unnamed = UNNAMED_AFTER.match(self.text, first, sentence.end)
        if unnamed:  # "according to people familiar with the talks"
            return self._unnamed(first, unnamed.end())
        described = DESCRIBED_SPOKESPERSON.match(self.text, first, end)
        if described:  # "according to a ministry spokesman"
            return Found(None, first, described.end("noun"), REFERENCE,
                         reference=described.group("noun").lower())
        reference = self._reference_starting(first, end)
        if reference is not None:
            return reference
        role = _OPEN_ROLE_START.match(self.text, first, end)
        if role and is_person_word(role.group("noun").lower()):  # "according to the convenor"
            word = "person" if role.group("age") else role.group("noun").lower()
            return Found(None, first, role.end(), REFERENCE, reference=word)
        short = SHORT_FORM_START.match(self.text, first, end)
        if short is None:
            return None
        spans = [match.span() for match in LOWER_WORD.finditer(self.text, short.start("words"), short.end())]
        # "by the integrity unit in February": the longest run of words that names one
        return next((found for count in range(len(spans), 0, -1)
                     if (found := self._short_form(first, spans[0][0], spans[count - 1][1]))), None)

    def anonymous_entry(self) -> RegistryEntry | None:
        """The registry's entry for unnamed sources ("anonymous official"), if it holds one."""
        return next((entry for key in ANONYMOUS_ENTRIES
                     if (entry := self.registry.entry(normal_form(key))) is not None), None)

    def _unnamed(self, start: int, end: int) -> Found:
        """A source described, not named ("a person familiar with the talks"): the anonymous
        entry, or nobody (SILENT) when the registry holds none."""
        entry = self.anonymous_entry()
        if entry is None:
            return Found(None, start, end, SILENT)
        return Found(entry.name, start, end, REGISTRY_NAME, entry.kind, confidence=ANONYMOUS,
                     basis="anonymous")

    def _name_found(self, name: TextName) -> Found:
        """A candidate for a capitalised name in the text (a surname as the full name before;
        a first name as the one registered person named before with it: "Emil" for "Emil
        Varga" when no other Emil was named)."""
        if " " in name.text:
            mention = self.by_start.get(name.start)
            if mention is not None and self._organisation(mention) and mention.end < name.end \
                    and self.text[mention.end : mention.end + 4] == " of ":
                return _registry_found(mention)  # "Carh Senagat of Garayurt": the registered maker, of a place
            short = self.registered_short_name(name.text, name.start)
            if short is not None:
                return Found(short, name.start, name.end, REGISTRY_NAME)
            return Found(name.text, name.start, name.end, TEXT_NAME)
        if name.text not in self.surnames:
            person = self._person_by_first_name(name)
            body = self._body_by_word(name) if person is None else None
            if body is not None:  # "Galebnica's lawyer" after "Galebnica Water Polo Club": the club
                return Found(body, name.start, name.end, REGISTRY_NAME)
            return Found(person or name.text, name.start, name.end, TEXT_NAME)
        entity = self.entities.at(name.start)
        source = entity.name if entity is not None and entity.end == name.end else name.text
        body = self._body_by_word(name) if source == name.text else None
        if body is not None:  # "The Defenders have asked" after "X Wildlife Defenders": the group
            return Found(body, name.start, name.end, REGISTRY_NAME)
        return Found(source, name.start, name.end, TEXT_NAME)

    def _body_by_word(self, name: TextName) -> str | None:
        """The one registered organisation named in full before a lone word that opens its name
        ("Galebnica" for "Galebnica Water Polo Club"), when no other registered name opens with
        it, or else closes it ("the Defenders"); or None."""
        named = self._names_by_first_word().get(name.text, {})
        before = self.text[max(0, name.start - 12) : name.start].split()
        if len(named) > 1 or name.text in _PLACE_FIRST_NAMES or (before and before[-1].lower() in PREPOSITIONS):
            return None  # ("the association of Amatlacingo": the place)
        if not named:  # ... or its last ("the Defenders" for "Kallangurran Wildlife Defenders"), no
            # organisation's own word ("Club", "Council")
            word = name.text.rstrip(".")  # ("Ltd." is "Ltd")
            last = {} if word in ORG_WORDS or word in COMPANY_SUFFIXES else {
                mention.entry.name: mention.start for mention in self.mentions
                if " " in mention.entry.name and mention.entry.name.split()[-1] == name.text
                and self._organisation(mention) and mention.start < name.start}
            return next(iter(last)) if len(last) == 1 else None
        full, start = next(iter(named.items()))
        return full if start < name.start and self.entities.kind(full) == ORGANISATION else None

    def _names_by_first_word(self) -> dict[str, dict[str, int]]:
        """First word -> each registered full name of several words opening with it, and where
        it is first mentioned (built once)."""
        if self._first_names is None:
            self._first_names = {}
            for mention in self.mentions:
                full = mention.entry.name
                if " " in full:
                    self._first_names.setdefault(full.split()[0], {}).setdefault(full, mention.start)
        return self._first_names

    def _person_by_first_name(self, name: TextName) -> str | None:
        """The one registered person named before a lone first name with it, else the one
        person named in full before with it, or None."""
        if name.text in _PLACE_FIRST_NAMES:
            return None  # "Victoria said": the place (or its government) as likely as the person
        named = self._names_by_first_word().get(name.text, {})
        people = [full for full, start in named.items() if start < name.start]
        if not people:  # ... or the one person named in full in the text ("Kamarulzaman Ishak")
            people = list(dict.fromkeys(other.text for other in self.names if other.start < name.start
                                        and other.text.split()[0] == name.text and len(other.text.split()) in (2, 3)))
        if len(people) != 1:
            return None
        person = people[0]
        return person if self.entities.kind(person) == PERSON else None


# Words for some of a group ("one of the union's lawyers").
_POSSESSIVE = re.compile(r"\w['\u2019]s\b")
_PARTITIVES = frozenset(("one", "two", "three", "several", "some", "many", "most", "both"))
# First names that are also names of places, which a lone mention may be.
_PLACE_FIRST_NAMES = frozenset((
    "Victoria", "Jordan", "Georgia", "Florence", "Austin", "Adelaide", "Charlotte", "Savannah",
    "Chelsea", "Kent", "Lincoln", "Orlando", "Paris", "Sydney", "Dallas", "Eugene", "Regina",
    "Virginia", "Carolina", "Lorraine", "Santiago", "Israel", "Chad", "Mali", "Luxembourg",
))


# Heads that are the staff of what follows only after "from": "inspectors from the authority"
# are its own, "government inspectors at Norvex" and "auditors of Norvex" are not Norvex's.
_VISITING_HEADS = frozenset(("inspector", "inspectors", "auditors", "investigators"))


def _folded(word: str) -> str:
    """A word in lower case without its accents ("serrèbia": "serrebia")."""
    return "".join(char for char in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(char))


def public(name: str) -> bool:
    """Tell whether a registered name may be a public body's: none whose name shows a company or a
    civil body (a union, association, forum or cooperative)."""
    return body_kind(name) not in ("civil", "company")


def head_kin(head: str) -> tuple[str, ...]:
    """Other words a body's name may hold for a lead's head noun (`SYNONYMS`, `_HEAD_KIN`)."""
    return (*SYNONYMS.get(head, ()), *_HEAD_KIN.get(head, ()))


def _es(word: str) -> str | None:
    """A word ending in s, x, z, ch, sh or o in its plural ("bus" -> "buses"), else None (not "not" ->
    "notes")."""
    return word + "es" if word.endswith(("s", "x", "z", "ch", "sh", "o")) else None


def _ies(word: str) -> str | None:
    """A word ending in a consonant and "y" in its plural ("ferry" -> "ferries"), else None."""
    return word[:-1] + "ies" if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou" else None


def _same_word(word: str, other: str) -> bool:
    """Tell whether two lower-case words are one, one the other's plural, or one is the other's
    stem or derived form (a place and its nationality: "tsiskaria", "tsiskarian"; "harvondel",
    "harvondelian")."""
    if word == other or word + "s" == other or other + "s" == word:  # ("port" for "Ports")
        return True
    if _es(word) == other or _es(other) == word or _ies(word) == other or _ies(other) == word:
        return True  # ("bus" for "Buses", "ferry" for "Ferries")
    if other in FIELD_KIN.get(word, ()):
        return True  # ("gambling" for "Gaming", "tax" for "Revenue")
    short, long = sorted((word.removesuffix("s"), other), key=len)
    if len(short) >= 7 and long.startswith(short):  # ("telecoms" for "Telecommunications")
        return True
    shorter = min(len(word), len(other))
    shared = next((at for at, (one, two) in enumerate(zip(word, other, strict=False)) if one != two), shorter)
    return shorter >= 5 and shared >= max(len(word), len(other)) - 3


def _speaks_for_object(head: str, preposition: str) -> bool:
    """Tell whether a phrase's head speaks for what the preposition after it governs."""
    staff = head in OFFICIAL_HEADS or (preposition in ("at", "from") and (head in _DESK_STAFF or (
        _names_staff(head) and head.rstrip("s") not in _NOT_ITS_STAFF)))  # ("a scientist at the university";
    # not "a lawmaker for the Greens", "a biologist with the trust", who may speak for themselves)
    unit = head in _UNITS and preposition in ("of", "at")  # "the regional office of X": X's
    # "a senior director at the ministry", "an employee of the consultancy": its own
    own = (head.rstrip("s") in ("director", "employee") and preposition in ("at", "of", "from"))
    return unit or own or (staff and (head not in _VISITING_HEADS or preposition == "from"))


def _without_article(words: list[str]) -> list[str]:
    """Words before a name, a last "the" left out."""
    return words[:-1] if words and words[-1].lower() == "the" else words


def reference_word(reference: re.Match[str]) -> str:
    """The pronoun or noun a reference stands by ("person" for "the 61-year-old")."""
    if reference.group("age"):
        return "person"
    ordinal = reference.groupdict().get("ordinal")
    if ordinal:
        return ordinal.split()[-1].lower()  # "former" or "latter"
    return (reference.group("pronoun") or reference.group("noun")).lower()


def _plural_opener(word: str, known: set[str]) -> bool:
    """Tell a capitalised crowd ("Officials", "Rescuers", "Police") from a one-word name: a
    plural-looking or generic word never seen capitalised in mid-sentence."""
    return word not in known and (word.endswith("s") or word.lower() in GENERIC)


def _inside(spans: tuple[list[int], list[int]], offset: int) -> bool:
    """Tell whether an offset lies in one of the spans (sorted starts, and their ends)."""
    starts, ends = spans
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def comma_before(text: str, low: int, high: int) -> int:
    """The last comma before high that separates words (not the one in "40,000"), or -1."""
    comma = text.rfind(",", low, high)
    while comma >= 0 and not text[comma + 1 : comma + 2].isspace():
        comma = text.rfind(",", low, comma)
    return comma


# People named by their relation to a body, who do not speak for it ("a Norvex customer")
# Words of a place of work that say nothing of whose it is ("the waterworks office").
_PLACE_WORDS = frozenset(("office", "offices", "desk", "counter", "branch", "station", "depot", "shop", "store",
                          "headquarters", "line", "centre", "center", "site", "yard", "gate", "front", "main",
                          "local", "district", "regional", "head", "stand", "stall", "kiosk", "booth", "house",
                          "gatehouse", "hut", "cabin", "lodge", "post"))
_NOT_ITS_STAFF = frozenset(("customer", "client", "shareholder", "investor", "rival", "critic", "passenger",
                            "patient", "resident", "victim", "fan", "supporter", "voter", "tenant", "owner",
                            "student", "pupil", "member", "founder", "creditor", "depositor", "buyer",
                            "landlord", "hostage", "protester", "whistleblower", "striker", "inmate", "prisoner",
                            "detainee", "survivor", "widow", "widower", "suspect", "journalist", "defendant",
                            "plaintiff", "neighbour", "neighbor", "spectator", "commuter", "traveller", "traveler",
                            "tourist", "shopper", "motorist", "pedestrian", "bystander", "witness", "visitor",
                            "guest", "user", "subscriber", "holder", "bondholder", "policyholder", "heir"))


def _names_staff(word: str) -> bool:
    """Tell whether a lower-case word names people who may work for a body ("geologist")."""
    word = word.lower()
    single = word[:-1] if word.endswith("s") and not is_person_word(word) else word
    return is_person_word(single) and single not in _NOT_ITS_STAFF and single not in HELD_ROLES \
        and single not in ("leader", "boss")  # ("the Aeroval chief": the one named chief)


def _owned_staff(owned: re.Match[str]) -> bool:
    """Tell whether an OWNED_BY_END match ends in one of a body's roles, or in any word for
    staff after a body's own word ("the board's entomologists")."""
    person = owned.group("person")
    return person in _OWNED_ROLES or (_names_staff(person) and _body_word(owned.group("words").split()[-1]))


def _staff_of_a_house(owned: re.Match[str]) -> bool:
    """Tell whether an OWNED_BY_END match is a word for staff after a word that is no place's
    ("the prison's doctor", "the conservancy's rangers"; not "the island's pastor"), nor a title
    ("the lottery's director-general")."""
    person = owned.group("person")
    return _names_staff(person) and "-" not in person and owned.group("words").split()[-1] not in PLACE_NOUNS


def _service_of(parts: list[str], word: str) -> bool:
    """Tell whether a name's words (lower case) show a service of ``word``: the word right before
    the service's noun ("Customs Service", "Tax Office"), or closing the name after "of" ("Bureau
    of Customs")."""
    return (_holds_run(parts, [word, parts[-1]]) and parts[-1] in _SERVICES) \
        or (parts[-1] == word and "of" in parts and any(part in _SERVICES for part in parts))


def _body_word(word: str) -> bool:
    """Tell whether a lower-case word names a kind of body ("board", "agency", "guard")."""
    return word.capitalize() in ORG_WORDS or word in ORG_NOUNS


def _holds_run(parts: list[str], run: list[str]) -> bool:
    """Tell whether a name's words (lower case) hold ``run`` in a row."""
    return any(parts[at : at + len(run)] == run for at in range(len(parts) - len(run) + 1))


def _registry_found(mention: Mention) -> Found:
    """A candidate for a registry mention; descriptive aliases rank below names."""
    entry = mention.entry
    rank = DESCRIPTIVE_ALIAS if entry.is_description else REGISTRY_NAME
    return Found(entry.name, mention.start, mention.end, rank, entry.kind)
