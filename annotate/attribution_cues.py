"""The English that source suggestion reads: attribution cues, references, documents and names.

`annotate.attribution` ties each cue in a sentence to a source; the words and patterns it looks
for are here, apart from that logic, so that a new verb, noun or title is one edit in one table
and the rules that use them stay readable. Pure: regexes and word tables only.
"""

import re

_VERBS = (
    "said", "says", "say", "reported", "reports", "report", "told", "tells", "tell", "announced",
    "announces", "acknowledged", "acknowledges", "highlighted", "highlights", "affirmed",
    "affirms", "conveyed", "conveys", "reiterated", "reiterates", "stated", "states", "added",
    "adds", "noted", "notes", "claimed", "claims", "claim", "insisted", "insists", "warned",
    "warns", "warn", "emphasized", "emphasizes", "emphasised", "emphasises", "underlined",
    "underlines", "underscored", "underscores", "stressed", "stresses", "confirmed", "confirms",
    "denied", "denies", "deny", "disputed", "disputes", "argued", "argues", "explained",
    "explains", "declared", "declares", "asserted", "asserts", "wrote", "writes", "revealed",
    "reveals", "alleged", "alleges", "admitted", "admits", "replied", "replies", "responded",
    "asked", "asks", "cautioned",
)
# One match per cue; its group name says which kind of cue it is.
CUE = re.compile(
    r"(?P<according>\b[Aa]ccording\s+to\b)"
    r"|(?P<quoted>\b(?:quoted|cited)\b(?:\s+(?P<who>[^,;:!?\u201c\u201d\"\n]{1,80}?))?"
    r"\s+as\s+saying\b)"
    r"|(?P<statement>\b[Ii]n\s+a\s+(?:[a-z]+\s+)?statement\b)"
    rf"|(?P<verb>\b(?:{'|'.join(_VERBS)})\b)"
    r"|(?P<document_verb>\b(?:lists|listed|shows|showed)\b)"
)

# Between a subject and its cue: adverbs and "has" are skipped over ("X has also said") ...
_SKIPPED = (
    "also", "further", "later", "then", "again", "previously", "earlier", "repeatedly", "publicly",
    "privately", "separately", "recently", "once", "first", "quickly", "flatly", "strongly",
    "firmly", "officially", "formally", "reportedly", "has", "have", "had", "already",
    "subsequently", "similarly", "today", "yesterday", "himself", "herself", "itself",
    "themselves",
)
# ... a negation or a modal means the source did not say it ("did not say", "declined to") ...
_STOPS = (
    "not", "never", "to", "did", "do", "does", "would", "will", "could", "can", "may", "might",
    "should", "must", "shall", "declined",
)
# ... and a passive means the subject was told, not telling ("was told", "it is reported").
_PASSIVES = ("was", "were", "is", "are", "be", "been", "being")
BEFORE_CUE = re.compile(
    rf"(?:(?<![\w'\u2019-])(?P<w>{'|'.join((*_SKIPPED, *_STOPS, *_PASSIVES))}"
    r"|\w+n['\u2019]t)\s+)*\Z",
    re.IGNORECASE,
)
STOP_WORDS = frozenset(_STOPS)
PASSIVE_WORDS = frozenset(_PASSIVES)
# A first word after an inverted cue that shows no subject follows ('"...," said on Monday').
NOT_A_SUBJECT = frozenset((
    "on", "in", "at", "that", "to", "by", "with", "after", "before", "during", "from", "as",
    "about", "which", "who", "whom", "and", "but", "or", "its", "their", "his", "her", "our",
    "for", "over", "into", "than", "if", "while",
))

# The nouns of a definite description ("the minister", "the ministry", "the letter"): which
# list a noun is in says which sources it can stand for.
PERSON_NOUNS = (
    "minister", "president", "spokesperson", "spokesman", "spokeswoman", "official", "lawmaker",
    "director", "leader", "chief", "chairman", "chairwoman", "secretary", "ambassador", "envoy",
    "mayor", "governor", "premier", "senator", "general", "commander",
)
ORG_NOUNS = (
    "ministry", "chamber", "company", "agency", "union", "government", "department", "embassy",
    "delegation", "authority", "council", "committee", "party", "group", "firm", "organization",
    "organisation", "court", "office", "bank", "board", "commission", "administration", "police",
    "army", "military", "institute", "association", "federation", "newspaper", "broadcaster",
)
DOCUMENT_NOUNS = (
    "letter", "statement", "message", "report", "note", "speech", "address", "remarks",
    "communiqu\u00e9", "communique", "announcement", "filing", "memo", "email", "e-mail", "post",
    "interview", "release", "editorial", "commentary", "cable", "tweet", "decree", "document",
)
_NOUN_ALT = "|".join((*PERSON_NOUNS, *ORG_NOUNS, *DOCUMENT_NOUNS))
_DOC_ALT = "|".join(DOCUMENT_NOUNS)
# A pronoun or description just before a cue ("it said", "the ministry said") ...
REFERENCE_END = re.compile(
    rf"(?<![\w'\u2019-])(?:(?P<pronoun>it|he|she|they)|(?:the|this|that)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_NOUN_ALT})s?)\Z",
    re.IGNORECASE,
)
# ... or just after one ("according to the ministry").
REFERENCE_START = re.compile(
    rf"(?:(?P<pronoun>it|he|she|they)|(?:the|this|that)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN_ALT})s?)\b",
    re.IGNORECASE,
)
# "The company's filing": the subject is a document, its author the possessor.
DOCUMENT_END = re.compile(rf"['\u2019]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{_DOC_ALT})s?\Z")
# A document and where its author is: "X's letter", "a letter from X", "X issued a statement".
DOCUMENT = re.compile(
    rf"(?P<possessive>['\u2019]s?)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun1>{_DOC_ALT})s?\b"
    rf"|\b(?P<noun2>{_DOC_ALT})s?[ \xa0]+(?:from|by|of)[ \xa0]+"
    r"|\b(?:issued|released|published|sent|delivered|wrote|signed)[ \xa0]+(?:an?|the|its|his|her"
    rf"|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun3>{_DOC_ALT})s?\b"
)
# After a cue: at most seven words, up to the first clause punctuation.
WINDOW = re.compile(r"[ \t\xa0]*(?:[^\s,;:!?()\[\]\u2014\u2013\u201c\u201d\"]+[ \t\xa0]*){1,7}")

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f"
_NOT_NAME = (
    "The A An This That These Those It Its He His She Her They Their We Our I You In On At By "
    "For From To Of With As But And Or If While When During After Before Since Until According "
    "Both Some All Each Every Many Most No Not However Meanwhile Also Mr Mrs Ms Dr Prof Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December"
).replace(" ", "|")
_TITLES = (
    "President|Prime Minister|Minister|Chancellor|Senator|General|Governor|Secretary|Premier|"
    "Chairman|Director|Ambassador|Mayor|Judge|King|Queen|Prince|Pope|Foreign Minister|"
    "Defen[cs]e Minister"
)
_TOKEN = rf"(?!(?:{_NOT_NAME})\b)[{_UPPER}](?:[\w-]|['\u2019](?!s\b)\w)*"
# A capitalised name in the text, titles before it left out of the "name" group.
NAME = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:{_TITLES})[ \xa0]+)*(?P<name>{_TOKEN}"
    rf"(?:(?:[ \xa0]+(?:of|the|for|de|del|da|di|du|van|von|der|den|bin|al|el|la|le))*"
    rf"[ \xa0]+{_TOKEN})*(?:(?<=Ltd)\.|(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.|(?<=Jr)\.)?)"
)
# Capitalised openers that name a crowd, not a source ("Police said").
GENERIC = frozenset((
    "police", "staff", "people", "everyone", "someone", "nobody", "data", "media", "government",
    "military", "army", "security", "management", "leadership", "rescue",
))
