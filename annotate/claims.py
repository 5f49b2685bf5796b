"""Same-claim matching: do two sentences from different articles make one claim (one verdict)? Pure.

A wire story is rewritten by many outlets, so the same claim comes back in other words. ``parse``
reads a sentence into a :class:`Claim` by rules (no model, standard library only):

- attribution and hedges are set aside ("X said", "according to Y", "reportedly"), so direct and
  reported speech both reduce to what was said;
- words are lower-cased, lightly stemmed and mapped through a table of news synonyms (rise /
  increase / grow / climb; fall / drop / decline / cut; resign / step down...), stop-words dropped;
- numbers become canonical values ("1.2 million", "1,200,000", "1.2m" -> 1200000; "5%", "five
  percent", "5 per cent" -> 5; "a third" -> 0.3333; "four in ten" -> 40; centimetres -> mm);
- time expressions become periods (years, months, dates in either order or with slashes,
  weekdays, quarters, "next year", "per day");
- negation ("not", "denied", "refused"), modality (a prediction or plan: "will", "expected to",
  "plans to"), direction (up or down), capitalised names, roles ("the finance minister") and the
  agent (also of a passive: "was signed by Veyra") are kept as features.

``similarity`` is 0.0 on a hard conflict (another number, period, polarity, modality, direction,
subject or role, or doer and done-to swapped); otherwise a weighted overlap of content in which a
word swapped for another costs much more than a word added or dropped.

``Claim.keys`` are what a database indexes to find candidates: at most 16 plain strings, made of
canonical numbers ("#1200000"), then stems of the names and content words of the claim itself
(synonyms already merged, so "rose" and "climbed" give one key), then names from the
attribution; never stop-words, reporting verbs, hedges, light words or periods. Two texts that
share fewer than 2 keys are never the same claim (``similarity`` is 0.0), so a candidate search
through the keys loses nothing.
"""

import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

THRESHOLD = 0.62
# Two clusters merge only when the mean similarity of their members reaches this.
LINK_THRESHOLD = 0.5
MAX_KEYS = 16
# Longer input is cut here: a claim is a sentence, and parse must stay fast on anything.
MAX_CHARS = 2000
# A key shared by more texts than this is too common to find candidates with.
MAX_POSTING = 5000

NUMBER_WEIGHT, PERIOD_WEIGHT, NAME_WEIGHT = 2.0, 1.0, 1.5
SWAP_COST, ADD_COST = 1.0, 0.25


@dataclass(frozen=True)
class Claim:
    """A parsed sentence: what is claimed, in features that survive paraphrase."""

    text: str
    keys: frozenset[str]
    tokens: frozenset[str] = frozenset()  # content stems of the claim itself
    context: frozenset[str] = frozenset()  # every stem of the sentence, attribution included
    entities: frozenset[str] = frozenset()  # stems of capitalised names in the claim
    roles: frozenset[str] = frozenset()  # "finance minister", "president"
    nouns: frozenset[str] = frozenset()  # what the claim is about: its nouns and events, not names or titles
    numbers: frozenset[str] = frozenset()  # canonical values
    periods: frozenset[str] = frozenset()  # "year:2023", "month:3", "date:3-3", "wd:fri"...
    negated: bool = False
    future: bool = False  # a prediction, plan or promise rather than an outcome
    direction: str = ""  # "+" up, "-" down, "" neither or both
    agent: str = ""  # the doer, when a name opens the clause or follows a passive "by"


# --- lexicon ------------------------------------------------------------------------------------

_STOP = frozenset(["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "from",
                   "with", "without", "into", "onto", "over", "under", "after", "before", "since", "until", "during",
                   "between", "among", "against", "about", "around", "than", "then", "that", "this", "these", "those",
                   "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "it",
                   "its", "itself", "they", "them", "their", "theirs", "we", "us", "our", "you", "your", "he", "him",
                   "his", "she", "her", "i", "me", "my", "be", "is", "are", "was", "were", "been", "being", "am",
                   "have", "has", "had", "having", "do", "does", "did", "done", "not", "no", "never", "none", "nor",
                   "neither", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca",
                   "also", "just", "only", "very", "so", "such", "as", "too", "more", "most", "much", "many", "some",
                   "any", "each", "every", "other", "another", "all", "both", "either", "own", "same", "per", "via",
                   "upon", "while", "though", "although", "because", "due", "despite", "amid", "following", "s", "t",
                   "d", "ll", "reportedly", "allegedly", "apparently", "purportedly", "reportedly", "reports",
                   "report", "reported", "said", "say", "says", "told", "tell", "tells", "announced", "announce",
                   "announces", "stated", "added", "adds", "according", "confirmed", "confirms", "insisted", "warned",
                   "noted", "claimed", "explained", "estimated", "showed", "show", "shows", "found", "finds",
                   "predicted", "predicts", "revealed", "wrote", "mr", "ms", "mrs", "dr", "sir", "nearly", "almost",
                   "roughly", "approximately", "least", "still", "even", "yet", "already", "now", "ever", "deny",
                   "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refuse", "refuses",
                   "refused", "refusing", "expect", "expects", "expected", "expecting", "predict", "forecasts",
                   "projected", "poised", "likely", "unlikely", "plan", "plans", "planned", "planning", "aim", "aims",
                   "intend", "intends", "intended", "hope", "hopes", "vow", "vows", "vowed", "going"])
_REPORTING = ["say", "said", "says", "tell", "told", "announce", "announced", "stated", "add", "added", "report",
              "reported", "confirm", "confirmed", "insist", "insisted", "warn", "warned", "note", "noted", "claim",
              "claimed", "explain", "explained", "estimate", "estimated", "show", "showed", "find", "found",
              "predict", "predicted", "reveal", "revealed"]
_IRREGULAR = {
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
    "shrank": "shrink", "shrunk": "shrink", "slid": "slide", "lost": "lose", "stole": "steal", "stolen": "steal",
    "struck": "strike", "went": "go", "gone": "go", "saw": "see", "seen": "see", "stood": "stand", "made": "make",
    "paid": "pay", "sold": "sell", "bought": "buy", "held": "hold", "began": "begin", "begun": "begin",
    "took": "take", "taken": "take", "given": "give", "gave": "give", "dead": "die", "death": "die",
    "deaths": "die", "won": "win", "led": "lead", "brought": "bring", "spent": "spend", "kept": "keep",
    "told": "tell", "said": "say", "flew": "fly", "flown": "fly", "came": "come", "got": "get", "found": "find",
    "economic": "economy", "economies": "economy", "northern": "north", "southern": "south", "eastern": "east",
    "western": "west", "died": "die", "dies": "die", "dying": "die", "failure": "fail", "failures": "fail",
    "$": "usd", "dollar": "usd", "dollars": "usd", "€": "eur", "euro": "eur", "euros": "eur", "£": "gbp",
    "km2": "sqkm", "children": "child", "women": "woman", "men": "man", "people": "people", "news": "news",
}
_GROUPS = {
    "rise": "rise increase climb grow growth expand expansion raise hike lift up gain jump surge soar accelerate "
            "higher boost",
    "fall": "fall drop decline decrease cut reduce reduction lower slash shrink slide slip down narrow lose loss axe "
            "eliminate elimination plunge tumble sink slump",
    "kill": "kill die fatal", "injure": "injure injury wound hurt", "resign": "resign resignation quit",
    "arrest": "arrest detain detention",
    "buy": "buy acquire acquisition purchase takeover", "close": "close closure shut",
    "pledge": "pledge promise", "approve": "approve approval pass back endorse",
    "ceasefire": "ceasefire truce armistice", "agreement": "agreement deal pact accord treaty",
    "job": "job position", "strike": "strike walkout hit", "people": "people person resident inhabitant population",
    "home": "home house housing property", "car": "car vehicle", "plant": "plant factory facility",
    "wage": "wage pay salary", "unemploy": "unemployment unemployed jobless joblessness",
    "deficit": "deficit shortfall", "economy": "economy gdp", "output": "output production produce pump",
    "parliament": "parliament lawmaker legislator legislature mp", "vote": "vote election ballot",
    "fire": "fire blaze wildfire", "earthquake": "earthquake quake tremor", "tourist": "tourist visitor",
    "protest": "protest protester demonstration demonstrator", "benchmark": "benchmark key policy",
    "regulator": "regulator watchdog", "fault": "fault faulty defect defective", "forecast": "forecast outlook",
    "share": "share stock", "profit": "profit earnings", "temperature": "temperature thermometer",
}
_PHRASES = {
    ("gross", "domestic", "product"): "economy", ("chief", "executive", "officer"): "ceo",
    ("go", "on", "strike"): "strike", ("went", "on", "strike"): "strike", ("goes", "on", "strike"): "strike",
    ("chief", "executive"): "ceo", ("net", "income"): "profit", ("shut", "down"): "close",
    ("square", "kilometres"): "sqkm", ("square", "kilometers"): "sqkm", ("sq", "km"): "sqkm", ("per", "cent"): "",
    ("forecast", "to"): "", ("set", "to"): "", ("due", "to"): "", ("set", "up"): "establish",
    ("take", "place"): "hold", ("took", "place"): "hold", ("takes", "place"): "hold",
}
for _verb in ("step", "steps", "stepped", "stepping"):
    _PHRASES[_verb, "down"] = "resign"
for _verb in ("walk", "walks", "walked", "walking"):
    _PHRASES[_verb, "out"] = "strike"
for _verb in ("go", "goes", "went", "going"):
    _PHRASES[_verb, "up"] = "rise"
    _PHRASES[_verb, "down"] = "fall"
_PHRASE_STARTS = frozenset(phrase[0] for phrase in _PHRASES)
_LIGHT_WORDS = ("make have take go come get set see stand reach record count carry put keep new early late total "
                "number figure data official company firm group government ministry office authority country city "
                "town nation miner carmaker lender usd eur gbp celsius sqkm some highest")
_ROLE_HEADS = frozenset(["minister", "president", "governor", "ceo", "mayor", "chairman", "chairwoman", "chair",
                         "secretary", "spokesman", "spokeswoman", "spokesperson", "founder", "premier", "chancellor",
                         "director", "leader", "commissioner"])
_ROLE_MODIFIERS = frozenset(["finance", "health", "defence", "defense", "interior", "foreign", "prime", "education",
                             "trade", "economy", "justice", "deputy", "vice", "opposition", "labour", "labor",
                             "energy", "transport", "environment", "agriculture", "culture", "tourism", "industry",
                             "development", "central"])
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "i"])
_DETERMINERS = frozenset(["the", "a", "an", "some", "its", "their", "his", "her", "about", "around", "over", "more",
                          "than", "this", "that", "these", "those", "mr", "ms", "mrs", "dr", "chief", "executive"])
_DETERMINERS |= _ROLE_HEADS | _ROLE_MODIFIERS

_WORD_NUMBERS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                             "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                             "sixteen", "seventeen", "eighteen", "nineteen"])}
_WORD_NUMBERS.update({w: 10 * n for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                                       "eighty", "ninety"], 2)})
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12}
_FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
              "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}
_LENGTHS = {"mm": 1.0, "millimetre": 1.0, "millimetres": 1.0, "millimeter": 1.0, "millimeters": 1.0,
            "cm": 10.0, "centimetre": 10.0, "centimetres": 10.0, "centimeter": 10.0, "centimeters": 10.0}

# --- patterns -----------------------------------------------------------------------------------

_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                            "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": " - ", "\u00a0": " "})
_TAG = re.compile(r"<[^<>]{0,300}>")
_TOKEN = re.compile(r"km2|\d+(?:[.,]\d+)*|[^\W\d_]+|[%\":/$€£]")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)\b")
_LEAD_VERBS = r"said|says|announced|announces|told\s+\w+|stated|added|confirmed|insisted|warned|claimed|estimated"
_LEAD_SAID = re.compile(rf"\s(?:{_LEAD_VERBS})\b(?:\s+(?:on|in|at|late|early)\s+\w+)?(?:\s+that\b|\s*[:,])?\s*")
_LEAD_HINTS = ("said", "says", "announce", "told", "stated", "added", "confirmed", "insisted", "warned", "claimed",
               "estimated")
_LEAD_ACCORDING = re.compile(r"according\s+to\s+(?P<src>[^,]{1,100}),\s*", re.IGNORECASE)
_TRAIL = re.compile(r"[,;:]\s*\"?\s*(?P<src>[^,;:\"]{1,120}?)[\s.!?\"]*$")
_TRAIL_CUE = re.compile(rf"\b(?:{'|'.join(_REPORTING)}|says|tells|shows|finds|according\s+to)\b", re.IGNORECASE)
_MAX_SOURCE_WORDS = 9

_NEGATORS = frozenset(["not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "cannot", "denied",
                       "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "refused",
                       "refuses", "refuse", "refusing"])
_MODALS = frozenset(["will", "would", "shall", "could", "might", "wo", "ll"])
_FUTURE_VERBS = frozenset(["expects", "expect", "predicts", "predicted", "forecasts"])
_TO_CUES = frozenset(["set", "expected", "forecast", "projected", "predicted", "poised", "likely", "unlikely", "plan",
                      "plans", "planned", "planning", "aim", "aims", "aiming", "intend", "intends", "intending",
                      "hope", "hopes", "expect", "expects", "expecting", "vow", "vows", "vowed", "promised", "going",
                      "about"])
_BE = frozenset(["is", "are", "was", "were", "be"])
_ARTICLES = frozenset(("the", "a", "an"))

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]
_MONTHS = {name: n for n, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)} | {"sept": 9})
_MAY_PREPOSITIONS = frozenset(["in", "on", "since", "by", "until", "from", "of", "early", "late", "mid", "last",
                               "next", "this", "end"])
_WEEKDAYS = {d: d[:3] for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}
_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}
_RELATIVE = {"this": "this", "next": "next", "last": "last", "previous": "last", "past": "last", "coming": "next"}
_RELATIVE_UNITS = frozenset(["year", "month", "week", "quarter", "decade"])
_DAY_WORDS = frozenset(["today", "yesterday", "tomorrow", "tonight"])
_FREQ = {"daily": "day", "hourly": "hour", "weekly": "week", "monthly": "month", "annual": "year",
         "annually": "year", "yearly": "year", "quarterly": "quarter"}
_FREQ_UNITS = frozenset(["day", "hour", "week", "month", "year"])
_NOT_FREQ = frozenset(["earlier", "ago", "before", "later", "after", "on", "in", "to"])
_AFTER_NUMBER = frozenset(("%", "percent", "pct", "per", "million", "billion", "bn", "m", "k", "thousand"))
_CURRENCIES = frozenset(("$", "€", "£", "usd", "eur", "gbp"))
_PERIOD_WORDS = (frozenset(_MONTHS) | frozenset(_WEEKDAYS) | frozenset(_ORDINALS) | frozenset(_RELATIVE) | _DAY_WORDS
                 | frozenset(_FREQ) | {"q", "per", "each", "every", "a", "an"})
_PERCENT = frozenset(("%", "percent", "pct", "percentage"))


# --- public interface ---------------------------------------------------------------------------


def parse(text: str) -> Claim:
    """Read one sentence into a :class:`Claim`."""
    main, attribution = _split_attribution(_normalise(text))
    claim_part, source_part = _read_part(main), _read_part(attribution)
    tokens = frozenset(claim_part.stems)
    entities = frozenset(claim_part.entities)
    numbers = frozenset(claim_part.numbers | source_part.numbers)
    lower = source_part.lower + claim_part.lower
    return Claim(
        text=text,
        keys=_keys(numbers, claim_part, source_part),
        tokens=tokens,
        context=tokens | source_part.stems,
        entities=entities,
        roles=frozenset(claim_part.roles),
        nouns=frozenset(claim_part.nouns - (entities - claim_part.weak) - _NOT_NOUNS),
        numbers=numbers,
        periods=frozenset(claim_part.periods | source_part.periods),
        negated=_negated(lower),
        future=_is_future(source_part.surface + claim_part.surface, lower),
        direction=_direction(tokens),
        agent=claim_part.agent or (source_part.agent if claim_part.opens_with_pronoun else ""),
    )


def similarity(a: Claim, b: Claim) -> float:
    """How surely two claims are one, in [0, 1]; 0.0 on a hard conflict or fewer than 2 shared keys."""
    if len(a.keys & b.keys) < 2 or _conflict(a, b):
        return 0.0
    names = a.entities | b.entities
    same = _weight((a.tokens & b.context) | (b.tokens & a.context), names)
    same += NUMBER_WEIGHT * len(a.numbers & b.numbers) + PERIOD_WEIGHT * len(a.periods & b.periods)
    only_a = _weight(a.tokens - b.context, names) + NUMBER_WEIGHT * len(a.numbers - b.numbers)
    only_b = _weight(b.tokens - a.context, names) + NUMBER_WEIGHT * len(b.numbers - a.numbers)
    swapped = min(only_a, only_b)
    return same / (same + SWAP_COST * swapped + ADD_COST * (max(only_a, only_b) - swapped))


def conflicting(a: Claim, b: Claim) -> bool:
    """A hard conflict: another number, period, polarity, modality, direction, subject or role (so
    the two never share a cluster, whatever else they share)."""
    return _conflict(a, b)


def same_claim(a: Claim, b: Claim) -> bool:
    """True when a fact-checker would give both one verdict."""
    return similarity(a, b) >= THRESHOLD


# The version of what ``parse`` reads: a database stores each claim's features with it (so that a
# candidate is scored without being parsed again) and reads again those of another version.
FEATURES_VERSION = 1
_SETS = ("keys", "tokens", "context", "entities", "roles", "nouns", "numbers", "periods")


def features(claim: Claim) -> list:
    """A claim's features as JSON-ready values, for ``from_features``."""
    return [FEATURES_VERSION, *(sorted(getattr(claim, name)) for name in _SETS),
            claim.negated, claim.future, claim.direction, claim.agent]


def from_features(text: str, stored: object) -> Claim | None:
    """The claim of ``text`` from its stored ``features``; None when they were stored by another
    version of the rules (or are not features): parse the text again then."""
    if not isinstance(stored, list) or len(stored) != len(_SETS) + 5 or stored[0] != FEATURES_VERSION:
        return None
    negated, future, direction, agent = stored[len(_SETS) + 1:]
    # Filled in place rather than through the frozen dataclass's __init__ (a setattr call a
    # field, keywords): the claim index rebuilds tens of thousands of candidates a batch.
    claim = object.__new__(Claim)
    claim.__dict__.update(zip(_SETS, map(frozenset, stored[1:len(_SETS) + 1]), strict=True), text=text,
                          negated=bool(negated), future=bool(future), direction=str(direction), agent=str(agent))
    return claim


def cluster(texts: list[str]) -> list[int]:
    """A cluster label per text, equal for the same claim; labels 0..k-1 by first appearance."""
    claims = [parse(text) for text in texts]
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(claims):
        score = similarity(claims[i], claims[j])
        if score > 0.0:
            scores[i, j] = score
    groups = _Groups(claims, scores)
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score >= THRESHOLD:
            groups.join(i, j)
    return groups.labels()


# --- reading a sentence -------------------------------------------------------------------------


def _normalise(text: str) -> str:
    """NFKC, plain quotes and dashes, no HTML, "n't" spelled out, bounded length."""
    text = text[:MAX_CHARS]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return text.replace("n't", " not").strip()


def _split_attribution(text: str) -> tuple[str, str]:
    """The claim and its attribution ("X said", "according to Y")."""
    sources = []
    lead = _lead_source(text)
    if lead:
        sources.append(lead[0])
        text = text[lead[1]:]
    match = _TRAIL.search(text)
    if match and _TRAIL_CUE.search(match.group("src")) and len(match.group("src").split()) <= _MAX_SOURCE_WORDS + 1:
        claim = text[: match.start()]
        if len(claim.split()) > 2:
            sources.append(match.group("src"))
            text = claim
    return text.strip(' "'), " ".join(sources)


def _lead_source(text: str) -> tuple[str, int] | None:
    """The source opening the sentence ("According to X,", "X said (that)") and where the claim starts."""
    according = _LEAD_ACCORDING.match(text)
    if according:
        return according.group("src"), according.end()
    if not any(hint in text for hint in _LEAD_HINTS):
        return None
    said = _LEAD_SAID.search(text, 0, 160)
    if not said or '"' in text[: said.start()] or len(text[: said.start()].split()) > _MAX_SOURCE_WORDS:
        return None
    if len(text[said.end():].split()) <= 2:
        return None
    return text[: said.start()], said.end()


@dataclass
class _Part:
    """Features of one stretch of text (the claim or its attribution)."""

    surface: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)  # capitalised only as the first word: maybe no name
    roles: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)  # stems met as nouns (or events), not only as verb forms
    ranked: list[str] = field(default_factory=list)
    agent: str = ""
    opens_with_pronoun: bool = False


def _read_part(text: str) -> _Part:
    """Periods, numbers, content stems, names, roles and agent of a stretch of text."""
    if not text:
        return _Part()
    if "-" in text:
        text = _ISO_DATE.sub(lambda m: f" {int(m['d'])} {_MONTH_NAMES[int(m['m']) - 1].title()} {m['y']} ", text)
    surface = _TOKEN.findall(text)
    lower = [token.lower() for token in surface]
    part = _Part(surface, lower)
    consumed = _read_periods(surface, lower, part.periods)
    _read_numbers(lower, consumed, part.numbers)
    _read_words(surface, lower, consumed, part)
    part.agent = _agent(surface, lower)
    part.opens_with_pronoun = bool(lower) and lower[0] in _PRONOUNS
    return part


def _negated(lower: list[str]) -> bool:
    """An odd number of negations ("not", "denied", "called off"): "denied it would not" is no denial."""
    count = sum(1 for word in lower if word in _NEGATORS)
    if "off" in lower:
        count += sum(1 for i, word in enumerate(lower[1:], 1) if word == "off" and lower[i - 1] in ("call", "calls",
                                                                                                   "called"))
    return count % 2 == 1


def _is_future(surface: list[str], lower: list[str]) -> bool:
    """A prediction, plan or promise: "will", "would", "is to", "expected to", "plans to", "expects"."""
    for i, word in enumerate(lower):
        if word in _MODALS or word in _FUTURE_VERBS:
            return True
        if word == "may" and surface[i] == "may" and not _at(lower, i + 1)[:1].isdigit():
            return True
        if word in _TO_CUES and _to_verb(lower, i + 1):
            return True
        if word in _BE and _to_verb(lower, i + 2 if _at(lower, i + 1) == "due" else i + 1):
            return True
    return False


def _to_verb(lower: list[str], j: int) -> bool:
    """ "to" then a word that can be a verb (not "the", not a number) at j."""
    following = _at(lower, j + 1)
    return _at(lower, j) == "to" and following.isalpha() and following not in _ARTICLES


def _at(lower: list[str], i: int) -> str:
    """The token at i, or "" past the end."""
    return lower[i] if 0 <= i < len(lower) else ""


def _read_words(surface: list[str], lower: list[str], consumed: set[int], part: _Part) -> None:
    """Fill the stems, names and roles of ``part`` from its tokens."""
    initial, skip = True, 0
    for i, word in enumerate(lower):
        if skip or i in consumed:
            skip = max(skip - 1, 0)
            continue
        if word in _QUOTES:
            initial = True
            continue
        phrase = None
        if word in _PHRASE_STARTS:
            phrase, skip = _phrase_at(lower[i: i + 3])
        if phrase is None:
            stem, content, verbal = _WORDS.get(word) or _word_info(word)
        else:
            stem, content, verbal = phrase, bool(phrase), False
        if word in _ROLE_WORDS:
            part.roles.add(_role_at(lower, i))
        if content:
            _add_stem(part, stem, surface, i, initial and phrase is None, verbal)
        initial = False


def _phrase_at(words: list[str]) -> tuple[str | None, int]:
    """The canonical stem ("" to drop it) of a multi-word expression starting here, and how many more words it
    takes; None when there is none."""
    for size in (3, 2):
        if len(words) >= size and tuple(words[:size]) in _PHRASES:
            return _PHRASES[tuple(words[:size])], size - 1
    return None, 0


def _role_at(lower: list[str], i: int) -> str:
    """The office named at token i ("finance minister", "ceo"), or ""."""
    word = lower[i]
    before = lower[i - 1] if i > 0 else ""
    if word == "executive" and before == "chief":
        return "ceo"
    if word not in _ROLE_HEADS:
        return ""
    return f"{before} {word}" if before in _ROLE_MODIFIERS else word


def _word_info(word: str) -> tuple[str, bool, bool]:
    """A lower-case word's stem, whether it is content (not a stop-word, reporting verb or hedge) and whether
    it is a verb form that says less than a noun when swapped ("welcomed", "measuring", "flew"). Cached."""
    stem = canonical(word)
    content = len(stem) > 1 and word not in _STOP and stem not in _STOP_STEMS and not stem[0].isdigit()
    verbal = stem not in _EVENTS and (word.endswith(("ed", "ing")) or word in _IRREGULAR_VERBS)
    if len(_WORDS) >= _MAX_CACHED_WORDS:
        _WORDS.clear()
    _WORDS[word] = (stem, content, verbal)
    return stem, content, verbal


def _add_stem(part: _Part, stem: str, surface: list[str], i: int, initial: bool, verbal: bool) -> None:
    """Record the content stem of token i, as a name too when it is capitalised (a weak one when only because it
    opens the sentence: not possessive, not followed by another capitalised word)."""
    part.stems.add(stem)
    if not verbal:
        part.nouns.add(stem)
    if surface[i][:1].isupper() and stem not in _TITLES and not (initial and stem in _COMMON_OPENERS):
        part.entities.add(stem)
        following = _at(surface, i + 1)
        if initial and following != "s" and not following[:1].isupper():
            part.weak.add(stem)
    if stem not in part.ranked:
        part.ranked.append(stem)


def _agent(surface: list[str], lower: list[str]) -> str:
    """The doer: the name after a passive "by", else the name that opens the clause."""
    for i, word in enumerate(lower):
        if word in _BE and any(w.endswith(("ed", "en")) or w in _IRREGULAR_VERBS for w in lower[i + 1: i + 3]):
            by = next((k for k in range(i + 2, min(len(lower), i + 14)) if lower[k] == "by"), -1)
            return _name_at(surface, lower, by + 1) if by >= 0 else ""
    return _name_at(surface, lower, 0)


def _name_at(surface: list[str], lower: list[str], start: int) -> str:
    """The stem of the name at ``start`` (after articles and titles), or ""."""
    while start < len(lower) and lower[start] in _DETERMINERS:
        start += 1
    if start < len(surface) and surface[start][:1].isupper() and lower[start] not in _NOT_AGENTS:
        return canonical(lower[start])
    return ""


def _direction(tokens: frozenset[str]) -> str:
    """ "+" when the claim says up, "-" when it says down, "" otherwise."""
    up, down = "rise" in tokens, "fall" in tokens
    if up == down:
        return ""
    return "+" if up else "-"


def _keys(numbers: frozenset[str], claim: _Part, source: _Part) -> frozenset[str]:
    """At most MAX_KEYS index keys: numbers, the claim's names and words, then the speaker's names."""
    names = [stem for stem in claim.ranked if stem in claim.entities]
    words = sorted((s for s in claim.ranked if s not in claim.entities), key=lambda s: (_weight_of(s) < 1, -len(s), s))
    keys = [f"#{number}" for number in sorted(numbers)]
    for stem in dict.fromkeys(names + words + sorted(source.entities)):
        if len(keys) >= MAX_KEYS:
            break
        if stem not in _LIGHT:
            keys.append(stem)
    return frozenset(keys[:MAX_KEYS])


# --- periods and numbers ------------------------------------------------------------------------


def _read_periods(surface: list[str], lower: list[str], periods: set[str]) -> set[int]:
    """Collect the time expressions among the tokens into ``periods``; the positions they took."""
    consumed: set[int] = set()
    for i in [i for i, word in enumerate(lower) if word[0] <= "9" or word in _PERIOD_WORDS]:
        word = lower[i]
        if i in consumed:
            continue
        if word[0].isdigit():
            end = _number_period(surface, lower, i, periods)
        elif word in _PERIOD_WORDS:
            end = _calendar_period(surface, lower, i, periods) or _relative_period(lower, i, periods)
        else:
            continue
        consumed.update(range(i, end))
    return consumed


def _number_period(surface: list[str], lower: list[str], i: int, periods: set[str]) -> int:
    """A date opening with a number ("3 March", "3/3", "12/05/2024") or a year at i; where it ends."""
    word, following = lower[i], _at(lower, i + 1)
    if word.isdigit() and len(word) <= 2:
        if following in _MONTHS and _is_month(surface, lower, i + 1):
            _add_date(periods, _MONTHS[following], int(word))
            return _year_after(lower, i + 2, periods)
        if following == "/" and _at(lower, i + 2).isdigit() and len(_at(lower, i + 2)) <= 2:
            _add_slash_date(periods, int(word), int(lower[i + 2]))
            if _at(lower, i + 3) == "/" and _at(lower, i + 4).isdigit() and len(lower[i + 4]) in (2, 4):
                periods.add(f"year:{lower[i + 4] if len(lower[i + 4]) == 4 else '20' + lower[i + 4]}")
                return i + 5
            return i + 3
    return _year_after(lower, i, periods)


def _year_after(lower: list[str], j: int, periods: set[str]) -> int:
    """A year at j (1800-2099, not an amount: no "%", scale or currency around it); where it ends."""
    word = _at(lower, j)
    is_year = len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2099
    if is_year and _at(lower, j + 1) not in _AFTER_NUMBER and _at(lower, j - 1) not in _CURRENCIES:
        periods.add(f"year:{word}")
        return j + 1
    return j


def _calendar_period(surface: list[str], lower: list[str], i: int, periods: set[str]) -> int:
    """A month (with its day: "March 3"), a quarter or a weekday at i; where it ends (0 for none)."""
    word, following = lower[i], _at(lower, i + 1)
    if word in _MONTHS and _is_month(surface, lower, i):
        if following.isdigit() and int(following) <= 31 and _at(lower, i + 2) not in _AFTER_NUMBER:
            _add_date(periods, _MONTHS[word], int(following))
            return _year_after(lower, i + 2, periods)
        if (len(word) > 3 or word == "may") and word != "sept":  # "may" is a whole month name
            periods.add(f"month:{_MONTHS[word]}")
            return i + 1
    if word in _ORDINALS and following == "quarter":
        periods.add(f"q:{_ORDINALS[word]}")
        return i + 2
    if word == "q" and surface[i] == "Q" and following in ("1", "2", "3", "4"):
        periods.add(f"q:{following}")
        return i + 2
    if word in _WEEKDAYS:
        periods.add(f"wd:{_WEEKDAYS[word]}")
        return i + 2 if following == "s" else i + 1
    return 0


def _relative_period(lower: list[str], i: int, periods: set[str]) -> int:
    """ "next year", "today", "per day", "a month", "monthly" at i; where it ends (i for none)."""
    word, following = lower[i], _at(lower, i + 1)
    if word in _RELATIVE and following in _RELATIVE_UNITS:
        periods.add(f"rel:{_RELATIVE[word]}-{following}")
        return i + 2
    if word in _DAY_WORDS:
        periods.add(f"rel:{word}")
        return i + 1
    if following in _FREQ_UNITS and (word in ("per", "each", "every") or (word in _ARTICLES and word != "the"
                                                                           and _at(lower, i + 2) not in _NOT_FREQ)):
        periods.add(f"freq:{following}")
        return i + 2
    if word in _FREQ:
        periods.add(f"freq:{_FREQ[word]}")
        return i + 1
    return i


def _is_month(surface: list[str], lower: list[str], i: int) -> bool:
    """A capitalised month name; "May" only after "in", "on"... or next to a number."""
    if not surface[i][:1].isupper():
        return False
    if lower[i] != "may":
        return True
    return _at(lower, i - 1) in _MAY_PREPOSITIONS or _at(lower, i - 1).isdigit() or _at(lower, i + 1).isdigit()


def _add_date(periods: set[str], month: int, day: int) -> None:
    """Record a calendar date and its month, when it is one."""
    if 1 <= month <= 12 and 1 <= day <= 31:
        periods.update((f"date:{month}-{day}", f"month:{month}"))


def _add_slash_date(periods: set[str], first: int, second: int) -> None:
    """A d/m or m/d date: both readings when both are possible."""
    if first <= 12:
        _add_date(periods, first, second)
    if second <= 12:
        _add_date(periods, second, first)


def _read_numbers(lower: list[str], consumed: set[int], numbers: set[str]) -> None:
    """Collect the canonical values of the numbers among the tokens; mark the positions they take."""
    for i in [i for i, word in enumerate(lower) if word[0] <= "9" or word in _NUMBER_STARTS]:
        if i in consumed:
            continue
        value, end = _number_at(lower, i)
        if value is not None:
            value, end = _number_suffixes(lower, end, value)
            numbers.add(_format_number(value))
            consumed.update(range(i, end))


def _number_at(lower: list[str], i: int) -> tuple[float | None, int]:
    """A number written in digits or words starting at token i, and where it ends."""
    word = lower[i]
    if word[0].isdigit():
        return _digits(word), i + 1
    if word not in _NUMBER_STARTS:
        return None, i
    following = lower[i + 1] if i + 1 < len(lower) else ""
    starts = word in _WORD_NUMBERS and word != "one"
    starts = starts or (word in ("one", "a", "an") and (following in _FRACTIONS or following in _SCALES_WORDS))
    if not starts:
        return None, i
    return _word_number(lower, i)


def _digits(word: str) -> float:
    """The value of "1,200,000", "5.2" or "12"."""
    if _THOUSANDS.fullmatch(word):
        return float(word.replace(",", ""))
    whole, _, rest = word.split(",", 1)[0].partition(".")
    return float(f"{whole}.{rest.split('.', 1)[0]}" if rest else whole)  # "0.0.0" reads as 0.0


def _word_number(lower: list[str], i: int) -> tuple[float, int]:
    """A number in words ("thirty seven", "two million", "a third"), and where it ends."""
    total, current, j = 0.0, 0.0, i
    while j < len(lower):
        word = lower[j]
        if word in _WORD_NUMBERS:
            current += _WORD_NUMBERS[word]
        elif word in ("a", "an") and j == i:
            current = 1.0
        elif word == "hundred":
            current = max(current, 1.0) * 100
        elif word in _SCALES_WORDS:
            total += max(current, 1.0) * _SCALES[word]
            current = 0.0
        else:
            break
        j += 1
    return total + current, j


def _number_suffixes(lower: list[str], j: int, value: float) -> tuple[float, int]:
    """Apply what follows a number: a scale, a fraction, a percent sign, "in ten", a length unit."""
    following = lower[j] if j < len(lower) else ""
    if following in _SCALES:
        value, j = value * _SCALES[following], j + 1
    elif following in _FRACTIONS:
        value, j = value * _FRACTIONS[following], j + 1
    following = lower[j] if j < len(lower) else ""
    if following in _PERCENT:
        return value, j + 1
    if following == "per" and _at(lower, j + 1) == "cent":
        return value, j + 2
    if following in _LENGTHS:
        return value * _LENGTHS[following], j + 1
    if following == "in" and j + 1 < len(lower):
        base, _ = _number_at(lower, j + 1) if lower[j + 1] not in ("a", "an") else (None, j)
        if base and 2 <= base <= 100:
            return value / base * 100, j + 2
    return value, j


def _format_number(value: float) -> str:
    """A canonical spelling: integers without decimals, others to 4 significant digits."""
    rounded = round(value)
    if abs(value - rounded) < 1e-6 * max(1.0, abs(value)):
        return str(rounded)
    return f"{value:.4g}"


# --- words --------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """The stem a lower-case word is compared by: irregular forms, light stemming, then synonyms."""
    stem = _stem(_IRREGULAR.get(word, word))
    return _SYNONYMS.get(stem, stem)


def _stem(word: str) -> str:
    """A light suffix stripper: consistent rather than linguistically exact."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")):
        word = word[:-3] + "y"
    elif word.endswith("eed") or (word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        word = word[:-1]
    for suffix in ("ation", "ment", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("ian") and len(word) > 6:
        word = word[:-1]  # demonyms: "Veltranian" -> "veltrania"
    elif word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]
    return word


_SYNONYMS = {_stem(_IRREGULAR.get(w, w)): label for label, words in _GROUPS.items() for w in words.split()}
_SCALES_WORDS = frozenset(("thousand", "million", "billion", "trillion"))
_STOP_STEMS = frozenset(canonical(w) for w in _REPORTING)
_TITLES = frozenset(canonical(w) for w in (*_ROLE_HEADS, *_ROLE_MODIFIERS, "chief", "executive", "officer", "ceo"))
_LIGHT = frozenset(canonical(w) for w in _LIGHT_WORDS.split())
_EVENTS = frozenset(_GROUPS) - {"rise", "fall"}
_IRREGULAR_VERBS = frozenset(_IRREGULAR) - frozenset(["economic", "economies", "northern", "southern", "eastern",
                                                      "western", "children", "women", "men", "people", "news", "dead",
                                                      "death", "deaths", "failure", "failures"])
_COMMON_OPENERS = frozenset(_GROUPS) | _LIGHT
_WORDS: dict[str, tuple[str, bool, bool]] = {}
_MAX_CACHED_WORDS = 100_000
_QUOTES = frozenset(('"', ":"))
_ROLE_WORDS = _ROLE_HEADS | {"executive"}
_NUMBER_STARTS = frozenset(_WORD_NUMBERS) | {"a", "an"}
_NOT_NOUNS = _TITLES | _LIGHT | {"rise", "fall"}
_NOT_AGENTS = _STOP | frozenset(_WORD_NUMBERS)


def _weight_of(stem: str) -> float:
    """How much a content stem says: light words little, direction words some."""
    if stem in _LIGHT:
        return 0.4
    return 0.6 if stem in ("rise", "fall") else 1.0


def _weight(stems: Iterable[str], names: frozenset[str]) -> float:
    """Weighted size of a set of stems: names weigh more, light words less."""
    return sum(NAME_WEIGHT if stem in names else _weight_of(stem) for stem in stems)


# --- comparing ----------------------------------------------------------------------------------


def _conflict(a: Claim, b: Claim) -> bool:
    """True when the claims cannot be one, whatever their words share."""
    if a.negated != b.negated or a.future != b.future:
        return True
    if a.direction and b.direction and a.direction != b.direction:
        return True
    if _swapped(a.numbers, b.numbers) or _periods_clash(a.periods, b.periods):
        return True
    if (a.nouns - b.context) and (b.nouns - a.context):
        return True  # another quantity or thing: "exports" for "imports", "wheat" for "barley"
    return _subject_clash(a, b)


def _swapped(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side has something the other lacks: a substitution, not an addition."""
    return bool(a - b) and bool(b - a)


def _periods_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Another year, month, date, weekday, quarter, relative period or rate on each side."""
    if not a or not b or a == b:
        return False
    kinds = {period.split(":", 1)[0] for period in a} & {period.split(":", 1)[0] for period in b}
    for kind in kinds:
        prefix = kind + ":"
        if _swapped(frozenset(p for p in a if p.startswith(prefix)), frozenset(p for p in b if p.startswith(prefix))):
            return True
    return False


def _subject_clash(a: Claim, b: Claim) -> bool:
    """Another name or role on each side, or the doer and the done-to swapped."""
    if a.roles and b.roles and not a.roles & b.roles:
        return True
    if a.agent and b.agent and a.agent != b.agent and a.agent in b.entities and b.agent in a.entities:
        return True
    if a.roles & b.roles:
        return False  # one office: a name on one side is its holder
    return bool(a.entities - b.context) and bool(b.entities - a.context)


# --- clustering ---------------------------------------------------------------------------------


def _candidate_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least 2 keys, found through an inverted index (never all pairs)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        for key in claim.keys:
            postings[key].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                shared[i, j] += 1
    return sorted(pair for pair, count in shared.items() if count >= 2)


class _Groups:
    """Claims joined into clusters: two clusters merge only when they agree on average and never conflict."""

    MAX_CHECKED = 20

    def __init__(self, claims: list[Claim], scores: dict[tuple[int, int], float]) -> None:
        self.parent = list(range(len(claims)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
        self.claims = claims
        self.scores = scores

    def root(self, i: int) -> int:
        """The representative of i's cluster."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Merge the clusters of i and j if their members agree."""
        ri, rj = self.root(i), self.root(j)
        if ri == rj or not self._agree(self.members[ri], self.members[rj]):
            return
        if len(self.members[ri]) < len(self.members[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))

    def _agree(self, left: list[int], right: list[int]) -> bool:
        """Mean similarity across the clusters reaches LINK_THRESHOLD, and no pair conflicts."""
        pairs = [(min(x, y), max(x, y)) for x in left[: self.MAX_CHECKED] for y in right[: self.MAX_CHECKED]]
        total = 0.0
        for pair in pairs:
            score = self.scores.get(pair, 0.0)
            if score == 0.0 and _conflict(self.claims[pair[0]], self.claims[pair[1]]):
                return False
            total += score
        return total / len(pairs) >= LINK_THRESHOLD

    def labels(self) -> list[int]:
        """Labels 0..k-1 in order of first appearance."""
        seen: dict[int, int] = {}
        return [seen.setdefault(self.root(i), len(seen)) for i in range(len(self.parent))]
