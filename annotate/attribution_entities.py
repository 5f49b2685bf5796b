"""Who an article names, in order: the antecedents a pronoun or a description can stand for.

"The bank said ..." and "She estimated ..." name nobody; source suggestion resolves them to
an entity named earlier in the article. This module lists the article's named entities once
(registry mentions and capitalised names, one pass each) with what a reference needs to know
about each: whether it is a person or an organisation, a person's gender where a title or a
first name makes it clear, and the words of an organisation's name ("bank" in "Central Bank of
Norvania"). A surname alone ("Park") joins the person named in full before ("Lena Park").
Pure; `annotate.attribution` asks it for the antecedent of one reference at a time.

Resolution is for precision: a description ("the bank") resolves only when exactly one entity
named before fits it; a pronoun ("she") to the one person who fits in the nearest sentence
naming any, or to the speaker or opener of that sentence; anything else is no antecedent.
"""

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from annotate.attribution_cues import CUE, ORG_NOUNS
from annotate.attribution_registry import Mention
from annotate.attribution_words import (
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    MALE_NAMES,
    MALE_WORDS,
    NAME_LIKE_ROLES,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_WORDS,
    ROLE_ENDINGS,
    ROLE_SYNONYMS,
    SYNONYMS,
    TITLE_WORDS,
    is_person_word,
)

__all__ = ["ORGANISATION", "PERSON", "Entities", "Entity", "TextName", "head_noun", "head_words", "other_body",
           "singular", "text_names"]

PERSON, ORGANISATION = "person", "organisation"
_PERSON, _ORGANISATION = PERSON, ORGANISATION
_COMPANY = "<company>"  # the word every company's name is indexed under


# Words before a role that say when or how someone holds it, not which role ("the former
# speaker", "the acting director"); any other lower-case modifier must be one the article names
# the holder with ("the prime minister" is not "Health Minister Moss").
UNCLASSIFYING = frozenset((
    "former", "new", "then", "outgoing", "incoming", "current", "acting", "interim", "veteran",
    "embattled", "longtime", "retired", "late", "same", "other", "young", "elderly", "first",
    "sitting", "beleaguered", "ousted", "suspended", "jailed", "newly", "recently", "own",
))
# Words before a role that say nothing of which role it is ("its director", "a director").
_NO_ROLE_MODIFIERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "one", "of", "for", "as"))

class TextName(NamedTuple):
    """A capitalised name at text[start:end]; ``titled`` when a title stood before it."""

    start: int
    end: int
    text: str
    titled: bool


_OFFICE_OF = re.compile(r"of[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w-]+[ \xa0]+")  # a title's office ("of Police")


def text_names(text: str, matches: Iterable[re.Match[str]]) -> list[TextName]:
    """The names of NAME matches, titles inside them left out ("Foreign Minister Elena Sarkis"
    names Elena Sarkis); a run of titles alone names nobody."""
    names = []
    lower_words = set(_LOWER_WORDS.findall(text))  # (the article's lower-case words)
    for match in matches:
        start, end = match.start("name"), match.end("name")
        titled = match.start() < start
        words = match.group("name").split()
        of = _PERSON_OF.match(text, start, end)
        if of and _is_person_of(of.group("person").split(), of.group("organisation").split()) \
                and not all(word.rstrip(".") in TITLE_WORDS for word in of.group("person").split()):
            # "Peter Nagy of the Consumers' League": a person, then an organisation ("Chief X of the Y
            # Council": X, past the title)
            person_start, person_titled = _after_titles(text, start, of.end("person"), titled)
            names.append(TextName(person_start, of.end("person"),
                                  " ".join(text[person_start : of.end("person")].split()), person_titled))
            start, titled = of.start("organisation"), False
            words = of.group("organisation").split()
        if (len(words) > 2 and is_person_word(words[0].lower()) and words[0].lower() not in NAME_LIKE_ROLES
                and not any(
                word in ORG_WORDS or word in COMPANY_SUFFIXES for word in words)) or (
                len(words) > 1 and words[0].lower() in _DESCRIPTORS):
            # "Resident Amalia Costa", "Co-author Tobias Ferreira", "Chipmaker Serelon"
            # opening a sentence: the role or the kind of company is no part of the name
            start = start + len(words[0]) + len(text[start + len(words[0]) : end]) \
                - len(text[start + len(words[0]) : end].lstrip())
            titled, words = True, words[1:]
            if words[0].islower():
                continue  # "Councillor for Traffic X": a portfolio before the name, no name of its own
        if len(words) == 1 and (_names_no_one(text, words[0], start, end)
                                or (not titled and _no_speaker_named(text, words[0], start, lower_words))):
            continue
        if len(words) == 1 or TITLE_WORDS.isdisjoint(word.rstrip(".") for word in words) \
                or (words[-1] in ORG_WORDS and "of" not in words and words[0].rstrip(".") not in TITLE_WORDS):
            # ("Maddeny General Hospital": no General's name)
            names.append(TextName(start, end, " ".join(words), titled))
            continue
        start, titled = _after_titles(text, start, end, titled)
        if start < end:
            names.append(TextName(start, end, " ".join(text[start:end].split()), titled))
    return names


def _after_titles(text: str, start: int, end: int, titled: bool) -> tuple[int, bool]:
    """Where a name with titles in it (text[start:end]) starts past its last title, and whether
    it is titled ("Foreign Minister Elena Sarkis": Elena Sarkis; "Inspector General of Police
    Philip Ngimat": past "of Police" too)."""
    for word in reversed(list(_NAME_WORD.finditer(text, start, end))):
        if word.group().rstrip(".") in TITLE_WORDS:
            after = _NAME_WORD.search(text, word.end(), end)
            start = after.start() if after else end
            office = _OFFICE_OF.match(text, start, end)
            if office is not None and len(text[office.end() : end].split()) >= 2:
                start = office.end()
            return start, True
    return start, titled


def _names_no_one(text: str, word: str, start: int, end: int) -> bool:
    """Tell whether a one-word NAME match at text[start:end] names no one: a title before a
    role and a name ("Chief forecaster Quintus Eskerwick": "Chief"), an organisation's word
    after a possessive ("Sorrenbeck Children's Hospital": "Hospital"), an adjective made of a
    name ("Dravenholt-based") or a nationality after "the" ("the Umbravoyan")."""
    if word in ORG_WORDS and text[max(0, start - 3) : start] in ("'s ", "\u2019s "):
        return True
    if _ADJECTIVE_FROM_NAME.search(word):
        return True  # "the Dravenholt-based reserve", "a Tarnland-owned company"
    if text[max(0, start - 4) : start] in ("the ", "The ") and _NATIONALITY.fullmatch(word):
        return True  # "the Umbravoyan wrote": someone described by nationality, not named
    if not is_person_word(word.lower()):
        return False
    role = _ROLE_BEFORE_NAME.match(text, end)
    return role is not None and is_person_word(role.group("role"))


def _no_speaker_named(text: str, word: str, start: int, lower_words: set[str]) -> bool:
    """Tell whether a one-word NAME match at ``start`` is a word the article also writes in lower
    case, opening a sentence ("River blindness is spread", "Driving examiners ... sold"), or a
    capital named in apposition ("speaking in the capital, Ngissa, denied"): no one's name."""
    if text[max(0, start - 9) : start] in ("capital, ", "capital,\xa0"):
        return True
    if _OPENS_SENTENCE.search(text, max(0, start - 12), start) is None:
        return False
    return word.lower() in lower_words or _GROUP_AFTER.match(text, start + len(word)) is not None


# A group of officials after a capitalised word opening a sentence ("Forestry authorities in the county
# banned", "Provincial officials said"): the word describes them, no one's name.
_GROUP_AFTER = re.compile(r"[ \xa0]+(?:authorities|officials|officers|inspectors|agencies|services|guilds|unions|groups"
                          r"|cooperatives|associations|clubs|societies|councils|committees|growers|farmers|fishermen"
                          r"|fishers|traders|workers|residents|families|villagers|campaigners|activists)\b")


# Where a sentence opens: the text's start, a sentence's end, a paragraph break or a dateline's dash.
_OPENS_SENTENCE = re.compile(r"(?:\A|[.?!][\u201d\"']?[ \xa0]+|\n[ \xa0]*|[ \xa0][-\u2013\u2014][ \xa0]+)\Z")
_LOWER_WORDS = re.compile(r"(?<![\w'\u2019-])[a-z][a-z-]*(?![\w'\u2019-])")
# A lower-case role word between a capitalised one and a name ("Chief forecaster Quintus ...").
_ROLE_BEFORE_NAME = re.compile(r"[ \xa0]+(?P<role>[a-z][a-z-]+)[ \xa0]+[A-Z]")
# What a company is, written before its name at a sentence's start ("Chipmaker Serelon").
_DESCRIPTORS = COMPANY_NOUNS - {"company", "group", "firm", "utility", "startup", "start-up"}
# A name of a person followed by their organisation ("Peter Nagy of the Consumers' League").
_ABBREVIATED_TITLES = frozenset(("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "rev", "st"))
_SENTENCE_BREAK = re.compile(r"[.?!][\u201d\"']?\s+(?=[A-Z\u201c\"])|\n")
_PERSON_OF = re.compile(r"(?P<person>\S+(?:[ \xa0]+\S+){1,2}?)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?"
                        r"(?P<organisation>\S.*)", re.DOTALL)


def _is_person_of(person: list[str], organisation: list[str]) -> bool:
    """Tell "Peter Nagy of Halvard Bank" (a person of an organisation) from "Central Bank of
    Norvania" or "Republic of Dasnia" (one name): the part before "of" is two or three words
    that name no organisation, and it opens with a first name or an organisation follows."""
    if not 2 <= len(person) <= 3 or any(w in ORG_WORDS or w in COMPANY_SUFFIXES for w in person):
        return False
    if (person[0] in FEMALE_NAMES or person[0] in MALE_NAMES) and person[-1] not in PLACE_WORDS:
        return True
    return any(w.rstrip("'\u2019") in ORG_WORDS or w in COMPANY_SUFFIXES for w in organisation)


_ROLE_AFTER = re.compile(
    r",[ \xa0]+(?:(?:a|an|the|his|her|its)[ \xa0]+)?(?:[\w-]+[ \xa0]+){0,4}?"
    r"(?P<role>[\w-]+)\b", re.IGNORECASE)
# ... or heading it at its end (", Strell Rail's chief executive.").
_ROLE_HEAD = re.compile(
    r",[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){0,4}(?P<role>[\w-]+)(?=[,.](?:\s|\Z))", re.IGNORECASE)
# "a Zarata manager", "an Ostra operations director": one of an organisation's staff, named by it.
_ONE_OF_ITS_STAFF = re.compile(r"[ \xa0]+(?:[a-z-]+[ \xa0]+)?(?:manager|director|official|engineer|executive|employee"
                               r"|spokes(?:man|woman|person)|supervisor|inspector|technician|salesman|saleswoman)\b")
_INDEFINITE_END = re.compile(r"(?<![\w-])(?:a|an|A|An)[ \xa0]+\Z")
# A group that is no business ("the residents' group X", "X, a campaign group,").
_NO_BUSINESS = re.compile(r"\b(?:residents|campaign|pressure|rights|advocacy|environmental|lobby|activist|community"
                          r"|patients|parents|consumer|consumers|civic|citizens|opposition|rebel|militant|armed|protest"
                          r"|farmers|victims|families|women's|human[ \xa0]+rights|conservation|anti-[a-z]+)['\u2019]?"
                          r"[ \xa0]+group\b", re.IGNORECASE)
# A company's name that wire copy calls "the group" too ("X Holdings", "Y Industries").
_GROUP_OF_COMPANIES = re.compile(r"\b(?:Holdings?|Industries|Enterprises|Corporation|Corp|Conglomerate|Group)\b")
# Companies that make things, and the words of names of companies that serve instead (an airline, a bank,
# an insurer, a retailer), which "the manufacturer" never means.
_MAKERS = frozenset(("manufacturer", "maker", "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker",
                     "shipbuilder"))
_SERVICE_KIND_WORDS = frozenset(("air", "airways", "airlines", "airline", "aerolinea", "aerolineas", "carrier",
                                 *SYNONYMS["lender"], "insurance", "insurer", "retail", "retailers", "airport",
                                 "airports", "hotel", "hotels", "telecom", "mobile"))  # (not "aero": "X Aero Engines")
_ANY_COMPANY = frozenset(("company", "firm", "group", "operator"))  # nouns said of any company
_NOUN_AFTER = re.compile(r"[ \xa0]+([a-z-]+)\b")
_THE_BEFORE = re.compile(r"(?<![\w-])the[ \xa0]+\Z")
_THE_DESCRIPTION = re.compile(r"(?<![\w-])[Tt]he(?:[ \xa0]+[a-z-]+){1,3}[ \xa0]*\Z")
# "its maker", "the crane's maker" before a name set in commas
_OWNED_DESCRIPTION = re.compile(r"(?<![\w'\u2019-])(?:its|their|[a-z-]+['\u2019]s)[ \xa0]+"
                                r"(?P<words>[a-z-]+(?:[ \xa0]+[a-z-]+)?)[ \xa0]*\Z")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\"\u201c\u201d()\n]")
_APPOSITIVE = re.compile(r",[ \xa0]+([^,;:()]{1,60}?)(?:,|\.(?:\s|\Z))")  # ", the minister," or ending the sentence
# ... and a person's role, which may end in a long name ("director-general of the KwaNgubevana Department of
# Environmental Affairs")
_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which|that|when|where)\b", re.IGNORECASE)
_ROLE_APPOSITIVE = re.compile(r",[ \xa0]+([^,;:()]{1,100}?)(?:,|\.(?:\s|\Z))")
_OF_ORGANISATION = re.compile(r"[ \xa0]+(?:of|from|at)[ \xa0]+(?:the[ \xa0]+)?"
                              r"(?P<organisation>(?:[A-Z][\w'\u2019-]*[ \xa0]+){0,4}[A-Z][\w'\u2019-]*)")
# An auxiliary: what makes words after a name's comma a clause rather than an appositive.
_CLAUSE_VERB = re.compile(r"(?<![\w-])(?:had|has|have|was|were|is|are|would|will|could|did|does|do)(?![\w-])")
_WORD = re.compile(r"\w+(?:-\w+)*")
# ", who", ", whom", ", whose brother": said only of people (", whose vessel" of a company too)
# ", a structural engineer who ...": a role named in a long appositive, before what it says of them
_DESCRIBED_AS_ROLE = re.compile(r",[ \xa0]+(?:a|an|the)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?(?P<role>[a-z-]+)[ \xa0]+"
                                r"(?:who|whose|at|of|for|with|in|from|and)\b")
_WHO_AFTER = re.compile(r",[ \xa0]+(?:whom?[ \xa0]|whose[ \xa0]+(?:[a-z\d-]+[ \xa0]+)?(?:(?:brother|sister|son|daughter"
                        r"|husband|father|mother|parent|grandson|granddaughter|grandchild|niece|nephew|cousin|widow)s?"
                        r"|wife|wives|children|grandchildren|family)\b)")
_ONE_OF_AFTER = re.compile(r",[ \xa0]+one[ \xa0]+of[ \xa0]+(?:the|his|her|their|its)[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?"
                           r"(?P<role>[a-z-]+s)(?=[,;.]|[ \xa0]+(?:who|in|on|at|from|of)\b)")
_AGE_AFTER = re.compile(r",[ \xa0]+(?:\d{2}(?:,|\.(?=\s|\Z))|(?:a|an|the)[ \xa0]+\d{1,3}-year-old\b)")
# "X's widow", "X's son": kin are a person's
_KIN_AFTER = re.compile(r"['\u2019]s[ \xa0]+(?:widow|widower|wife|husband|mother|father|son|daughter|brother|sister"
                        r"|parents)\b")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
# "the national audit chamber", "the state rail operator": a nation's body, its name opening with
# the nation's adjective ("Vaspurnian", "Kerdualecan", "Maltese", "Danish")
_NATIONAL = re.compile(r"(?:national|state)[ \xa0]+")
_NATIONALITY = re.compile(r"[A-Z][a-z-]*(?:an|ese|ish|i|ch)")
_ADJECTIVE_FROM_NAME = re.compile(r"-(?:based|born|owned|run|led|backed|listed|made|registered|funded)\Z")
_ONE_OF = re.compile(r"\A(?:one|another)[ \xa0]+of[ \xa0]+")  # ", one of the country's oldest clubs,"
_APPOSITIVE_STOPS = frozenset(("of", "for", "at", "in", "from", "with", "since", "based", "that", "which", "whose",
                               "owned", "run", "founded"))
_NAME_WORD = re.compile(r"[\w.'\u2019-]+")


def _appositive_words(after: str, role: bool = False) -> list[str]:
    """The words of an appositive right after a name (", the former mayor of Y,"), none when
    they make a clause (", the fire chief had asked"); for a ``role``, up to 100 characters when it
    opens with no relative word ("director-general of the X Department of Environmental Affairs")."""
    found = _APPOSITIVE.match(after)
    if found is None and role:
        found = _ROLE_APPOSITIVE.match(after)
        found = None if found is not None and _RELATIVE_OPENING.match(found.group(1)) else found
    if found is None or _CLAUSE_VERB.search(found.group(1)) or CUE.search(found.group(1)):
        return []
    return found.group(1).split()


# The role a verb of a relative clause after a name gives ("X, who chairs the council,": a chair).
_ROLE_OF_VERB = {"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director", "owns": "owner",
                 "founded": "founder", "manages": "manager", "runs": "head"}
# Words of a role that a person or a body may hold ("the organiser, Zarata Produkzioak,").
_EITHER_KIND = frozenset(("organiser", "organizer", "operator", "owner", "promoter", "sponsor", "contractor",
                          "supplier", "builder", "maker", "insurer", "landlord", "lender", "publisher", "distributor",
                          "broker", "developer", "seller", "buyer", "manufacturer", "importer", "exporter",
                          "controller", "handler", "planner", "screener"))  # ("Ground handler Aerovanta")


def _role_described(words: list[str]) -> bool:
    """Tell whether a description of up to ten words holds a person's role before its first
    preposition ("the former mayor of Santerre", "a veteran lawyer for ...", "The chairman of the
    Lipniski District Executive Committee")."""
    if not words or len(words) > 10:
        return False
    head = []
    for word in words:
        if word.lower() in ("of", "for", "at", "in", "from", "with"):
            break
        head.append(word.strip(".,").lower())
    if len(words) > 7 and len(head) > 3:
        return False  # (past seven words, only a short head before "of": "The chairman of the X Y Z")
    return any(is_person_word(word) for word in head)


class Entity(NamedTuple):
    """One named entity at text[start:end]: ``name`` as suggested, ``kind`` "person",
    "organisation" or None, ``gender`` "f", "m" or None, ``words`` its name's words, lower case."""

    start: int
    end: int
    name: str
    kind: str | None
    gender: str | None
    words: frozenset[str]


class Entities:
    """The article's named entities, by position."""

    def __init__(self, text: str, mentions: list[Mention], names: list[TextName]) -> None:
        self.text = text
        found: dict[int, Entity] = {}
        for mention in mentions:
            if not mention.entry.is_description:
                self._take(found, self._from_mention(mention))
        registered_ends = {entity.end: entity.start for entity in found.values()}
        registered = sorted((mention.start, mention.entry.name) for mention in mentions
                            if not mention.entry.is_description)
        for name in names:
            if len({entry for start, entry in registered if name.start <= start < name.end}) > 1:
                continue  # ("Przemko Debor of the Modra Transport Inspectorate": two registered names, not one)
            entity = self._from_name(_before_body_served(text, name, registered_ends))
            self._take(found, _as_short_form(entity, registered, text) if entity is not None else None)
        self.entities = self._linked(_outermost(sorted(found.values())))
        self.starts = [entity.start for entity in self.entities]
        self.kinds: dict[str, str | None] = {}  # name -> person or organisation, if ever clear
        self.genders: dict[str, str | None] = {}  # name -> "f" or "m", if clear and never both
        for entity in self.entities:
            if entity.kind and self.kinds.get(entity.name) is None:
                self.kinds[entity.name] = entity.kind
            if entity.gender:
                held = self.genders.get(entity.name, entity.gender)
                self.genders[entity.name] = entity.gender if held == entity.gender else None
        for entity in self.entities:  # "a Zarata manager": an organisation, whatever else made
            # it look like a person ("the organiser, Zarata Produkzioak,")
            if _ONE_OF_ITS_STAFF.match(self.text, entity.end) and _INDEFINITE_END.search(
                    self.text, max(0, entity.start - 8), entity.start):
                self.kinds[entity.name] = _ORGANISATION
        self.companies: set[str] = set()  # names that "the company" may stand for
        # name -> the lower-case words the article puts before it ("grid operator X", "smaller
        # rival Y"): "the operator" and "the smaller carrier" may stand for it
        self.described_as: dict[str, set[str]] = {}
        self.first_seen = self._organisations_by_word()
        self._roles: dict[str, set[str]] | None = None  # person -> role words, when first asked
        self._holders: dict[str, list[tuple[int, str]]] = {}  # role -> (first mention, person)

    def _organisations_by_word(self) -> dict[str, list[tuple[int, str]]]:
        """Word -> (start, name) of the first three organisations whose names have the word, at
        their first mentions: enough to tell one antecedent of "the bank" from two, and of two
        the one the word heads when no third is named."""
        first_seen: dict[str, list[tuple[int, str]]] = {}
        for entity in self.entities:
            if self.kinds.get(entity.name) == _PERSON or _common_plural(entity.name):
                continue  # (not "Hospitals" opening a sentence: no hospital's name)
            described = self._described_before(entity) or self._described_after(entity)
            if described:
                self.described_as.setdefault(entity.name, set()).update(described)
            if (_is_company(entity) and not _NO_BUSINESS.search(entity.name)) or any(
                    word in COMPANY_NOUNS and not (word == "group" and _NO_BUSINESS.search(
                        self.text, max(0, entity.start - 40), entity.end + 60)) for word in described):
                self.companies.add(entity.name)  # (not "the residents' group X", "X Land Rights Group": no company)
            owned = self._owned_description(entity)
            if owned:
                self.described_as.setdefault(entity.name, set()).update(owned)
            nouns = {word for word in [*described, *owned] if word in ORG_NOUNS or word in COMPANY_NOUNS}
            for word in entity.words | nouns | ({_COMPANY} if entity.name in self.companies else set()):
                seen = first_seen.setdefault(word, [])
                if len(seen) < 3 and all(name != entity.name for _, name in seen):
                    seen.append((entity.start, entity.name))
        return first_seen

    def _described_before(self, entity: Entity) -> list[str]:
        """The lower-case words just before an organisation's name, up to three ("terminal
        operator", "smaller rival"), when the last is a noun for an organisation."""
        chunks = _CLAUSE_BREAK.split(self.text[max(0, entity.start - 40) : entity.start])
        words = chunks[-1].split()[-3:]
        if not words and len(chunks) > 2 and self.text[: entity.start].rstrip().endswith(",") \
                and _THE_DESCRIPTION.search(chunks[-2]):  # "It fined the company, X,": what "the
            # company" named (not "a company, X": any company)
            words = chunks[-2].split()[-3:]
        if words and words[-1].lower() in _DESCRIPTORS:  # "Chipmaker Serelon" opening a sentence
            words[-1] = words[-1].lower()
        while words and not _LOWER_WORD.fullmatch(words[0]):
            words = words[1:]
        if not words or not all(_LOWER_WORD.fullmatch(word) for word in words):
            return []
        return words if words[-1] in ORG_NOUNS or words[-1] in COMPANY_NOUNS or words[-1] == "rival" else []

    def _owned_description(self, entity: Entity) -> list[str]:
        """The noun of a possessive description set before an organisation's name ("inspected by
        its maker, X,", "the crane's maker, X,"), which "the maker" may then stand for (the
        organisation is not shown a company by it: "the company" is still unsure of it)."""
        if not self.text[: entity.start].rstrip().endswith(","):
            return []
        chunks = _CLAUSE_BREAK.split(self.text[max(0, entity.start - 40) : entity.start])
        owned = _OWNED_DESCRIPTION.search(chunks[-2]) if len(chunks) > 1 and not chunks[-1].strip() else None
        words = owned.group("words").split() if owned else []
        return words[-1:] if words and words[-1] in ORG_NOUNS else []

    def _described_after(self, entity: Entity) -> list[str]:
        """The lower-case words of an appositive that describes an organisation right after its
        name, up to three before any preposition, when the last is a noun for an organisation
        (", a football club,", ", one of the country's oldest football clubs,": "the club"
        may stand for it; not ", the club's shirt sponsor,")."""
        noun = _NOUN_AFTER.match(self.text, entity.end)
        if noun is not None and _THE_BEFORE.search(self.text, max(0, entity.start - 5), entity.start) \
                and (noun.group(1) in ORG_NOUNS or noun.group(1) in COMPANY_NOUNS):
            return [noun.group(1)]  # "the Farmacias Ñepohano chain": "the chain" may stand for it
        found = _APPOSITIVE.match(self.text, entity.end, min(len(self.text), entity.end + 80))
        if found is None or _CLAUSE_VERB.search(found.group(1)):
            return []
        one_of = _ONE_OF.match(found.group(1))
        words = found.group(1)[one_of.end() if one_of else 0 :].split()
        if not words or words[0] not in ("a", "an", "the"):
            return []  # (", according to the competition board.")
        head = []
        for word in words:
            if word in _APPOSITIVE_STOPS:
                break
            head.append(word)
        head = [word for word in head if _LOWER_WORD.fullmatch(word) and word not in ("a", "an", "the")][-3:]
        if head and one_of and head[-1].endswith("s"):
            head[-1] = head[-1][:-1]  # "one of the ... clubs": a club
        return head if head and (head[-1] in ORG_NOUNS or head[-1] in COMPANY_NOUNS) else []

    @staticmethod
    def _take(found: dict[int, Entity], entity: Entity | None) -> None:
        """Keep the longest entity at each start; a registry mention comes first and wins ties."""
        if entity is None:
            return
        held = found.get(entity.start)
        if held is None or held.end < entity.end:
            found[entity.start] = entity

    def _from_mention(self, mention: Mention) -> Entity:
        """An entity for a registry mention; its kind says person or organisation."""
        entry = mention.entry
        surface = self.text[mention.start : mention.end]
        kind: str | None
        if entry.kind == "person" or _titled(surface, entry.name):
            kind = _PERSON  # "Governor Marit Osterval", an alias with the title in it
        elif entry.kind is None:
            kind = self._kind_of(entry.name, mention.start, mention.end)
        else:
            kind = _ORGANISATION
        gender = None
        if kind == _PERSON:
            gender = self._gender(surface, mention.start, mention.end) or _first_name_gender(entry.name) \
                or self._own_pronoun(mention.end)
        return Entity(mention.start, mention.end, entry.name, kind, gender, _words(entry.name))

    def _from_name(self, name: TextName) -> Entity | None:
        """An entity for a capitalised name of the text (not a lone "Union" opening "Union
        leader Matteo Grell": an organisation's word alone names none)."""
        if name.text in ORG_WORDS:
            return None
        kind = _PERSON if name.titled else self._kind_of(name.text, name.start, name.end)
        gender = (self._gender(name.text, name.start, name.end) or self._own_pronoun(name.end)) \
            if kind == _PERSON else None
        return Entity(name.start, name.end, name.text, kind, gender, _words(name.text))

    def _own_pronoun(self, end: int) -> str | None:
        """"f" or "m" from the pronoun a person uses of herself or himself right after her cue
        ("Pardede said her daughter", "Tahirou said she had"), where nothing else tells (not for
        "Madina Kokoeva ... Kokoeva said he would plead": her client)."""
        own = _SAID_OF_ONESELF.match(self.text, end)
        return None if own is None else "f" if own.group(1).lower() in ("she", "her") else "m"

    def _kind_of(self, name: str, start: int, end: int) -> str | None:
        """Person, organisation or unknown, from the name's words and what surrounds it."""
        words = name.replace(".", " ").split()
        if any(word in ORG_WORDS or word in COMPANY_SUFFIXES for word in words) or (
                len(words) > 2 and words[0].isupper() and words[0].lower() in SYNONYMS["club"]) or (
                len(words) > 1 and words[-1].isupper() and words[-1].lower() in SYNONYMS["club"]):
            return _ORGANISATION  # (a club's letters: "NK Železarji Blatnogradec", "Vellmar FC")
        before = self.text[max(0, start - 40) : start].split()
        if before and is_person_word(before[-1].rstrip(".,").lower()) \
                and before[-1].rstrip(".,").lower() not in _EITHER_KIND:
            return _PERSON  # "Sculler X", "world champion sculler X", "Chief forecaster X" (but "the
            # organiser, Zarata Produkzioak,": a word for a person or a body alike)
        if words and (words[0] in FEMALE_NAMES or words[0] in MALE_NAMES):
            return _PERSON if len(words) > 1 and words[-1] not in PLACE_WORDS else None
        after = self.text[end : end + 80]
        if _SAID_OF_ONESELF.match(after):
            return _PERSON  # "Pardede said her daughter had not been told": a person's pronoun
        if (len(words) > 1 and _WHO_AFTER.match(after)) or _KIN_AFTER.match(after):
            return _PERSON  # "Farida Ansel, who heads the mission": "who" is for people; "Ansel's son": kin too
        of = _OF_ORGANISATION.match(after)
        if of and len(words) in (2, 3) and any(word in ORG_WORDS for word in of.group("organisation").split()):
            return _PERSON  # "Ana Ruiz of the Consumers' Council": a person of an organisation
        role, head = _ROLE_AFTER.match(after), _ROLE_HEAD.match(after)
        described = _DESCRIBED_AS_ROLE.match(after)
        one_of = _ONE_OF_AFTER.match(after)  # "X, one of the injured walkers,": one of those people
        one = singular(one_of.group("role").lower()) if one_of else ""
        if one and len(words) > 1 and (is_person_word(one) or (one.endswith("er") and one not in COMPANY_NOUNS
                                                              and one not in ORG_NOUNS)):
            return _PERSON  # (a doer: "one of the injured walkers", not "one of the lenders")
        if _AGE_AFTER.match(after) or any(
                match and is_person_word(match.group("role").lower()) for match in (role, head, described)):
            return _PERSON
        if len(words) > 1 and (_role_described(_appositive_words(after))
                               or _role_described(self._description_before(start))):
            return _PERSON  # "X, the former mayor of Y," / "The former mayor of Y, X,"
        return None

    def _description_before(self, start: int) -> list[str]:
        """The words of a description set before a name and a comma ("The former mayor of Y,
        X"), up to the clause's start; none when no comma comes right before the name."""
        preceding = self.text[max(0, start - 60) : start].rstrip()
        if not preceding.endswith(","):
            return []
        return _CLAUSE_BREAK.split(preceding[:-1])[-1].split()

    def _gender(self, surface: str, start: int, end: int) -> str | None:
        """"f" or "m" where a title, a role word or a first name makes it clear, else None."""
        before = _SENTENCE_BREAK.split(self.text[max(0, start - 40) : start])[-1].split()  # (not "... with
        # her son. Kokuteta Mushumbusi": the sentence before is no title of hers; but "Mrs. X")
        if before and before[-1][-1:] in ".?!\u201d\"" and before[-1].rstrip(".").lower() not in _ABBREVIATED_TITLES:
            before = []
        words = [w.rstrip(".,").lower() for w in (*before[-2:], *surface.split()[:-1])]
        after = _ROLE_AFTER.match(self.text, end, min(len(self.text), end + 80))
        if after:
            words.append(after.group("role").lower())
        female = any(w in FEMALE_WORDS for w in words)
        male = any(w in MALE_WORDS for w in words)
        first = surface.split()[0] if surface.split() else ""
        female = female or first in FEMALE_NAMES
        male = male or first in MALE_NAMES
        return "f" if female and not male else "m" if male and not female else None

    @staticmethod
    def _linked(entities: list[Entity]) -> list[Entity]:
        """A one-word name that is the last word of a person named before ("Timo Haller", or a
        two-word name of unknown kind) is that person (what the one-word mention shows of her kind
        and gender counts where the full name showed none: "Pardede said her daughter")."""
        people: dict[str, Entity] = {}
        linked = []
        for entity in entities:
            words = entity.name.split()
            if len(words) == 1 and entity.kind != _ORGANISATION and words[0] in people:
                full = people[words[0]]
                entity = entity._replace(name=full.name, kind=full.kind or entity.kind,
                                         gender=full.gender or entity.gender, words=full.words)
            elif (entity.kind == _PERSON and len(words) > 1) or (entity.kind is None and len(words) == 2):
                people[words[-1]] = entity
            linked.append(entity)
        return linked

    def between(self, start: int, end: int) -> list[Entity]:
        """The entities starting in [start, end), in order."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return self.entities[low:high]

    def at(self, start: int) -> Entity | None:
        """The entity starting at an offset, if any."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.starts) and self.starts[index] == start:
            return self.entities[index]
        return None

    def has_role(self, name: str, role: str) -> bool:
        """Tell whether the article names a person with a role word ("Finance Minister Dorn",
        "Dorn, the finance minister,") before or after one of their mentions."""
        if self._roles is None:
            self._roles = {}
            for entity in self.entities:
                if self.kinds.get(entity.name) == _PERSON:
                    self._roles.setdefault(entity.name, set()).update(self._role_words(entity))
        held = self._roles.get(name, ())
        return role in held or any(word in held for word in ROLE_SYNONYMS.get(role, ())) \
            or (role in ROLE_ENDINGS and any(word.endswith(ROLE_ENDINGS[role]) for word in held))

    def role_modified(self, name: str, role: str | None, word: str) -> bool:
        """Tell whether the article names a person with a role word right after another
        lower-case word than ``word`` ("Its managing director, X," for "the finance director")."""
        if role is None:
            return False
        for entity in self.entities:
            if entity.name != name:
                continue
            words = self._role_words_as_written(entity)
            if any(later.lower() == role and earlier.isalpha() and earlier.islower() and earlier != word
                   and earlier not in UNCLASSIFYING and earlier not in _NO_ROLE_MODIFIERS
                   for earlier, later in itertools.pairwise(words)):
                return True
        return False

    def named_with_owners(self, name: str, words: Iterable[str]) -> bool:
        """Tell whether the article names a person with every owner among a description's words
        ("the plant's director" needs the holder named as the plant's, or a plant, director; a
        place's, "the village's fire chief", needs nothing)."""
        owners = [word[:-2] for word in words
                  if word.endswith("'s") and word[:-2].isalpha() and word[:-2] not in PLACE_NOUNS]
        return all(self.has_role(name, owner + "'s") or self.has_role(name, owner) for owner in owners)

    def has_other_owner(self, name: str, noun: str | None) -> bool:
        """Tell whether the article names a person with a role of a body described by another
        noun than ``noun`` ("The institute's director, X," for "the hospital's director")."""
        if noun is None:
            return False
        self.has_role(name, noun)  # (the role words, gathered once)
        nouns = {noun, *SYNONYMS.get(noun, ()), *(_ANY_COMPANY if noun in COMPANY_NOUNS else ())}
        # ("The X Company's chief executive" for "the utility's chief executive": a utility is a company)
        held = (self._roles or {}).get(name, set())
        if any(word[:-2] not in nouns and (word[:-2] in ORG_NOUNS or word[:-2] in COMPANY_NOUNS)
               for word in held if word.endswith("'s")):
            return True
        # ("X, director of the Y Department of Construction Control," for "the hospital's director")
        bodies = {bare for word in held if (bare := word.removesuffix("'s")) in ORG_NOUNS or bare in COMPANY_NOUNS}
        return "of" in held and bool(bodies) and not bodies & nouns

    def role_holder(self, role: str, before: int, of: str | None = None, modifiers: Iterable[str] = ()) -> str | None:
        """The one person named before an offset with a role word ("the minister" for
        "Finance Minister Dorn"), or None if none or several; given an organisation's noun
        (``of``), the one named with both ("Agency director Ana Ruiz" for "the agency's
        director"); of several, the one named with the description's other words too ("the
        interior minister" for "Interior Minister Dushku", not "Prime Minister Kastrioti")."""
        holders = self._holders_of(role)
        high = bisect.bisect_left(holders, (before, ""))
        if of is not None:
            held = {name for _, name in holders[max(0, high - 16) : high] if self.has_role(name, of)}
            return held.pop() if len(held) == 1 else None
        words = [word for word in modifiers if word.isalpha()]
        if high > 1 and words:
            held = {name for _, name in holders[max(0, high - 16) : high]
                    if all(self.has_role(name, word) for word in words)}
            return held.pop() if len(held) == 1 else None
        if high != 1:
            return None
        holder = holders[0][1]  # ("the finance director" is not "Its managing director, X", but "the
        # former speaker" is the speaker who resigned)
        if not self.named_with_owners(holder, modifiers):
            return None
        return holder if all(self.has_role(holder, word) for word in words if word not in UNCLASSIFYING) else None

    def sole_holder(self, role: str) -> str | None:
        """The one person the article names with a role word, wherever ("the provincial
        governor said" in a lead, "Governor Doung Sarith" further down), or None."""
        names = {name for _, name in self._holders_of(role)}
        return names.pop() if len(names) == 1 else None

    def held_by_other(self, role: str, name: str) -> bool:
        """Tell whether the article names a person other than name with a role word."""
        return any(holder != name for _, holder in self._holders_of(role))

    def _holders_of(self, role: str) -> list[tuple[int, str]]:
        """(first mention, name) of each person named with a role word, in order (once per
        role word)."""
        holders = self._holders.get(role)
        if holders is None:
            first: dict[str, int] = {}
            for entity in self.entities:
                if self.kinds.get(entity.name) == _PERSON and self.has_role(entity.name, role):
                    first.setdefault(entity.name, entity.start)
            holders = self._holders[role] = sorted((start, name) for name, start in first.items())
        return holders

    def _role_words(self, entity: Entity) -> list[str]:
        """The words just before a mention and those of an appositive just after it, lower case."""
        return [word.lower() for word in self._role_words_as_written(entity)]

    def _role_words_as_written(self, entity: Entity) -> list[str]:
        """The words just before a mention and those of an appositive just after it."""
        preceding = self.text[max(0, entity.start - 50) : entity.start]
        if preceding.rstrip().endswith(","):  # "Kowalski's lawyer, Jan Moss,": the role before,
            # but not in "The minister, Moss said, had ...": the one who speaks of the role
            spoken = CUE.match(self.text, entity.end + 1) if self.text[entity.end : entity.end + 1] == " " else None
            preceding = "" if spoken else preceding.rstrip()[:-1]
        chunk = _CLAUSE_BREAK.split(preceding)[-1].split()
        verbs = [i for i, word in enumerate(chunk) if CUE.fullmatch(word)]
        chunk = chunk[verbs[-1] + 1 :] if verbs else chunk  # "The union leader said Lumley":
        # the words before the cue describe its speaker, not Lumley
        before = chunk[-3:]
        for preposition in ("of", "for"):  # "The speaker of the parliament, Jan Moss,", "A
            # spokeswoman for the bloc, Ana Ruiz,"
            if preposition in chunk[1:-1] and len(chunk) <= 6:
                before.append(chunk[chunk.index(preposition, 1) - 1])
        surface = self.text[entity.start : entity.end].split()
        titles = [at for at, word in enumerate(surface[:-1]) if word.rstrip(".") in TITLE_WORDS]
        before += surface[: titles[-1] + 1] if titles else []  # "Interior Minister X" (an alias): both words
        # (none after "According to Ruiz, the fire chief had asked ...": a clause, no role)
        appositive = _appositive_words(self.text[entity.end : entity.end + 120], role=True)
        for position, word in enumerate(appositive[:-1]):
            if word.lower() in ("for", "to") and position:  # "a lawyer for the driver":
                appositive = appositive[:position]  # a lawyer, not an agent
                break
        words = [*before, *appositive]
        if len(appositive) > 1 and appositive[0] == "who" and appositive[1] in _ROLE_OF_VERB:
            words.append(_ROLE_OF_VERB[appositive[1]])  # ("X, who chairs the council,": its chair)
        return [word.strip(".,") for word in words]

    def first_after(self, start: int, end: int) -> Entity | None:
        """The first entity starting in [start, end), if any."""
        found = self.between(start, end)
        return found[0] if found else None

    def kind(self, name: str) -> str | None:
        """Person, organisation or None, as the article's mentions of a name show it."""
        return self.kinds.get(name)

    def is_person(self, name: str, kind: str | None = None) -> bool:
        """Tell whether a source is a person: its registry kind says so, or the article's
        mentions of it show it as one."""
        return kind == PERSON or self.kind(name) == PERSON

    def fits(self, name: str, gender: str | None) -> bool:
        """Tell whether a pronoun of this gender can stand for the named person."""
        known = self.genders.get(name)
        return gender is None or known is None or known == gender

    def _fitting(self, noun: str, before: int) -> set[str]:
        """Up to three names of organisations named before an offset that "the <noun>" fits."""
        nouns = (noun, *SYNONYMS.get(noun, ()), *((_COMPANY,) if noun in COMPANY_NOUNS else ()))
        fitting: set[str] = set()
        for word in nouns:
            fitting.update(name for start, name in self.first_seen.get(word, ()) if start < before)
        # "Musicians of the Meravian Symphony Orchestra" is no other orchestra than the one named
        return {name for name in fitting
                if not any(name.endswith((" of " + other, " of the " + other)) for other in fitting)}

    def described(self, noun: str, before: int, modifiers: Iterable[str] = ()) -> str | None:
        """The name of the one organisation named before an offset that "the <noun>" fits; of
        several, the one the article described with the same modifiers ("the smaller carrier"
        for "smaller rival Corvel Air")."""
        fitting = self._fitting(noun, before)
        modifiers = set(modifiers)
        if len(fitting) > 1 and modifiers:
            # (or by words of its own name, the noun among them: "the airport company")
            fitting = {name for name in fitting if modifiers <= self.described_as.get(name, set())
                       or (noun in _words(name) and modifiers <= _words(name))}
        if len(fitting) > 1 and noun not in _ANY_COMPANY:  # "the agency": the one named an agency (not a
            # service it may mean), "the chain": the one described as one; but "the company" may be any
            # company, named or described so or not
            named = {name for name in fitting if noun in (
                self.described_as.get(name, ()) if noun in COMPANY_NOUNS else _words(name))}
            if len(named) != 1 and noun in COMPANY_NOUNS:  # "the airline": Aqqanat Airlines, not the
                # company "The company, Yelken Ground Services," that fits only as any company might
                nouns = {noun, *SYNONYMS.get(noun, ())}
                named = {name for name in fitting if nouns & (_words(name) | self.described_as.get(name, set()))}
            fitting = named if len(named) == 1 else fitting
        if len(fitting) == 2:  # "the railway": the Lessonaz Rack Railway, not the Railway Inspectorate,
            # whose name holds the word only as a modifier (of two: a third may be another railway)
            headed = {name for name in fitting if head_noun(name) == noun}
            if len(headed) == 1 and all(noun in _words(name) for name in fitting):
                fitting = headed
        if len(fitting) > 1 and noun in COMPANY_NOUNS:
            fitting = self._companies_of_kind(fitting, noun)
        if len(fitting) > 1 and noun == "group":  # "the group": the one named a group ("X Land Rights
            # Group"), not a company named otherwise that "the group" might mean ("Y Minerals")
            grouped = {name for name in fitting if head_noun(name) == "group"}
            fitting = grouped if len(grouped) == 1 and not any(
                "group" in self.described_as.get(name, ()) or _GROUP_OF_COMPANIES.search(name)
                or self.described_as.get(name, set()) & COMPANY_NOUNS for name in fitting - grouped) else fitting
        if len(fitting) == 1 and modifiers and noun in COMPANY_NOUNS:
            name = self._named_by_modifier(next(iter(fitting)), modifiers, before)
        else:
            name = next(iter(fitting)) if len(fitting) == 1 else None
        if name is not None and noun in _MAKERS and _words(name) & _SERVICE_KIND_WORDS:
            return None  # "the manufacturer": no airline, bank or insurer ("Kuzeyhan Airways")
        return name

    @staticmethod
    def _companies_of_kind(fitting: set[str], noun: str) -> set[str]:
        """Of several names a company's description fits, those shown as no other kind of body ("the
        utility": not "Galdria's Energy Board"), and for a kind of company, not one whose name holds a
        word for that kind only before its own head ("the airline": not "Valtrane Aero Engines")."""
        if noun != "group":
            fitting = {name for name in fitting if not other_body(name, noun)}
        if len(fitting) > 1 and noun not in _ANY_COMPANY:
            nouns = {noun, *SYNONYMS.get(noun, ())}
            modified = {name for name in fitting if nouns & _words(name) and name.split()[0].lower() not in nouns
                        and not head_words(name) & nouns}
            # (a kin word opening the name heads it: "Air Vahtelia")
            fitting = (fitting - modified) or fitting
        return fitting

    def _named_by_modifier(self, only: str, modifiers: set[str], before: int) -> str | None:
        """For "the railway company" when one company fits ("Yagkuam Rail Works") whose name and
        descriptions hold none of the modifiers: the one other organisation named before whose
        name holds one ("Tsamajuki State Railway"), or None if several do; else that company."""
        if modifiers & (self.described_as.get(only, set()) | _words(only)):
            return only
        others = {name for modifier in modifiers if (name := self.named_with_words([modifier], before))
                  and name != only and self.kinds.get(name) != _PERSON}
        return only if not others else others.pop() if len(others) == 1 else None

    def named_with_words(self, words: Iterable[str], before: int) -> str | None:
        """The one organisation named before an offset whose name holds every one of the words
        ("the refining company" for "Itanna Refining", "the ferry company" for "Wenu Ferries"), or
        None."""
        fitting: set[str] | None = None
        for word in words:
            named = {name for start, name in self.first_seen.get(word, ()) if start < before}
            fitting = named if fitting is None else fitting & named
        if fitting is not None and len(fitting) > 1:  # (not the short form itself, seen alone: "Kinmitsuba"
            # for "Kinmitsuba Grading")
            fitting = {name for name in fitting if name.casefold() != " ".join(words)} or fitting
        return fitting.pop() if fitting is not None and len(fitting) == 1 else None

    def short_form(self, words: str, before: int, any_case: bool = False) -> str | None:
        """The one organisation named before an offset whose name capitalised words end ("the
        Front" for "Sulvaran Liberation Front", "the Weather Office" for "Sudravan Weather
        Office") or open before "of" ("the Transport Ministry" for "Transport Ministry of
        Elmar"), or None; ``any_case``: words in lower case too ("the integrity unit" for
        "Global Track Integrity Unit")."""
        last = words.split()[-1]
        if any_case:
            words = words.lower()
        fitting = {name for start, name in self.first_seen.get(last.lower(), ())
                   if start < before and ((folded := name.lower() if any_case else name).endswith(" " + words)
                                          or folded.startswith(words + " of "))}
        national = _NATIONAL.match(words) if any_case and not fitting else None
        if national:  # "the national audit chamber": the "Vaspurnian Audit Chamber", a nation's
            rest = words[national.end() :]
            fitting = {name for start, name in self.first_seen.get(last.lower(), ())
                       if start < before and name.lower().endswith(" " + rest)
                       and len(name.split()) == len(rest.split()) + 1 and _NATIONALITY.fullmatch(name.split()[0])}
        return fitting.pop() if len(fitting) == 1 else None

    def national_form(self, words: str) -> str | None:
        """The one organisation named anywhere whose name is the capitalised words after a
        nationality ("the country's Red Crescent" for "Hawramandi Red Crescent", named in the
        next sentence), or None."""
        fitting = {name for _, name in self.first_seen.get(words.split()[-1].lower(), ())
                   if name.endswith(" " + words) and len(name.split()) == len(words.split()) + 1
                   and _NATIONALITY.fullmatch(name.split()[0])}
        return fitting.pop() if len(fitting) == 1 else None

    def first_word_of(self, word: str, before: int, used_alone: bool = False) -> str | None:
        """The one organisation named before an offset whose name a single capitalised word
        opens ("Lamkhoy" for "Lamkhoy Resorts"), when no person's name holds the word; or None.
        ``used_alone``: the word may also have been found alone as a name before ("Tambrelle had cut")."""
        if " " in word or not word[:1].isupper():
            return None
        holders = {name for start, name in self.first_seen.get(word.lower(), ())
                   if start < before and not (used_alone and name == word)}
        fitting = {name for name in holders if name.startswith(word + " ")}
        if len(fitting) != 1 or len(holders) != 1 or self.kinds.get(next(iter(fitting))) != _ORGANISATION or any(
                self.kinds.get(entity.name) == _PERSON and word in entity.name.split() for entity in self.entities):
            return None
        return fitting.pop()

    def fits_modifiers(self, name: str, noun: str, modifiers: Iterable[str]) -> bool:
        """Tell whether the words before a description's noun are words of an organisation's
        name or of how the article described it ("the finance ministry", "Finance Ministry")."""
        words = _words(name) | self.described_as.get(name, set())
        return (noun in _words(name) and all(modifier in words for modifier in modifiers)) \
            or all(modifier in self.described_as.get(name, set()) for modifier in modifiers)

    def fits_description(self, name: str, noun: str) -> bool:
        """Tell whether "the <noun>" fits an organisation's name ("the lender" Ferrant Bank)."""
        if self.kinds.get(name) == _PERSON:
            return False
        nouns = (noun, *SYNONYMS.get(noun, ()))
        words = _words(name) | self.described_as.get(name, set())
        if any(word in words for word in nouns):
            return True
        return noun in COMPANY_NOUNS and name in self.companies

    def is_institution(self, name: str) -> bool:
        """Tell whether a name shows an organisation that is no company ("Securities
        Commission", "Energy Ministry"): "the chipmaker" cannot stand for it."""
        words = name.replace(".", " ").split()
        return not any(word in COMPANY_SUFFIXES for word in words) and any(
            word in ORG_WORDS for word in words)

    def fits_any(self, noun: str, before: int) -> bool:
        """Tell whether any organisation named before an offset fits "the <noun>"."""
        return bool(self._fitting(noun, before))

    def people(self, start: int, end: int, gender: str | None) -> list[Entity]:
        """The distinct people named in [start, end) that a pronoun of this gender fits."""
        fitting: dict[str, Entity] = {}
        for entity in self.between(start, end):
            if self.kinds.get(entity.name) == _PERSON and self.fits(entity.name, gender):
                fitting.setdefault(entity.name, entity)
        return list(fitting.values())


def _as_short_form(entity: Entity, registered: list[tuple[int, str]], text: str) -> Entity:
    """An unregistered capitalised name of two words or more ending in a word for a body that ends
    the name of one registered organisation named before ("The Road Administration paid ..." after
    the "Hvalmark Road Administration"): that organisation, not another one."""
    words = entity.name.split()
    if len(words) < 2 or words[-1] not in ORG_WORDS or entity.kind == _PERSON \
            or text[max(0, entity.start - 3) : entity.start] in ("'s ", "\u2019s "):
        return entity  # (not "Sweden's Road Administration": another place's)
    fitting = {name for start, name in registered if start < entity.start and name.endswith(" " + entity.name)}
    if len(fitting) != 1:
        return entity
    name = fitting.pop()
    return entity._replace(name=name, kind=_ORGANISATION, words=_words(name))


def _titled(surface: str, name: str) -> bool:
    """Tell whether a mention opens with a title its entry's name lacks ("Governor X" of X,
    "Prime Minister X")."""
    words = surface.split()
    named = len(name.split())
    return len(words) > named and any(word.rstrip(".") in TITLE_WORDS for word in words[:-named])


def _before_body_served(text: str, name: TextName, registered_ends: dict[int, int]) -> TextName:
    """A capitalised name run on into a registered body it serves ("Quillet Plain Airport for the
    Saint Aldwyn Airport Company", the airport run for that company) cut before "for": the
    registered name after it is an entity of its own; other names as they are."""
    body_start = registered_ends.get(name.end)
    if body_start is None or body_start <= name.start:
        return name
    served = _FOR_THE_END.search(text, name.start, body_start)
    if served is None or served.end() != body_start:
        return name
    return TextName(name.start, served.start(), " ".join(text[name.start : served.start()].split()), name.titled)


_FOR_THE_END = re.compile(r"[ \xa0]+for[ \xa0]+(?:the[ \xa0]+)?")


def _outermost(entities: list[Entity]) -> list[Entity]:
    """Entities not inside an earlier one ("Federation of Dasnia" in "Dockworkers'
    Federation of Dasnia"), in order."""
    kept: list[Entity] = []
    for entity in entities:
        if not kept or entity.end > kept[-1].end:
            kept.append(entity)
    return kept


def other_body(name: str, noun: str) -> bool:
    """Tell whether a name shows a kind of body other than a company ("Energy Board",
    "Dockers' Union"), which a company's description ("the utility") does not stand for; a
    company's "Services" is no public "Service" ("Okun Linen Services", "Customs Service")."""
    words = _words(name)
    return any(word in ORG_NOUNS and word not in COMPANY_NOUNS and word != noun
               and not (word == "service" and "services" in words) for word in words)


def _common_plural(name: str) -> bool:
    """Tell whether a one-word name is the plural of a noun for a body ("Hospitals", "Banks")."""
    word = name.lower()
    return " " not in word and word.endswith("s") and singular(word) != word \
        and (singular(word) in ORG_NOUNS or singular(word) in COMPANY_NOUNS)


def head_words(name: str) -> frozenset[str]:
    """The word a name is headed by, lower case, as written and singular ("Kuzeyhan Airways": airways
    and airway; "Bank of Norvania": bank), for a description's kin words to be held against."""
    words = name.split(" of ", 1)[0].lower().split()
    return frozenset((words[-1], head_noun(name))) if words else frozenset()


def head_noun(name: str) -> str:
    """The noun a name is headed by, lower case and singular: its last word, or the last before
    "of" ("Central Bank of Norvania": bank)."""
    words = name.split(" of ", 1)[0].lower().split()
    return "" if not words else singular(words[-1]) if len(words[-1]) > 4 and words[-1].endswith("s") else words[-1]


def _words(name: str) -> frozenset[str]:
    """A name's words, lower case, for "the bank" to find "Central Bank of Norvania" (and a
    hyphenated word whole as well as its parts: "the co-operative")."""
    words = set(name.lower().replace("-", " ").split()) if "-" in name else set()
    words.update(word.lower() for word in _WORD.findall(name))
    # ... and a plural's singular: "the railway" is "Corrisdane State Railways"
    return frozenset(words | {singular(word) for word in words if len(word) > 4 and word.endswith("s")})


def singular(word: str) -> str:
    """The singular of a plural noun in lower case ("railways", "ferries"), else the word."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word if word.endswith(("ss", "us", "is")) else word[:-1]


def _is_company(entity: Entity) -> bool:
    """Tell a company's name ("Orbitec Ltd.", "Norvex Group") from another organisation's."""
    words = entity.name.replace(".", " ").split()
    return any(word in COMPANY_SUFFIXES for word in words) and not any(
        word in ORG_WORDS and word not in COMPANY_SUFFIXES for word in words)  # "Energy Ministry"


# A name's own pronoun right after its cue ("Pardede said her daughter", "Tahirou said she had"; not
# "he", which a lawyer says of a client: "Kokoeva said he would plead not guilty").
_SAID_OF_ONESELF = re.compile(r"[ \xa0]+(?:said|says|added|told[ \xa0]+[a-z]+)[ \xa0]+(?:that[ \xa0]+)?(she|her|his)\b")


def _first_name_gender(name: str) -> str | None:
    """"f" or "m" when a name's first word is a first name of one gender only."""
    first = name.split()[0] if name.split() else ""
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None
