"""What "she", "it", "the bank" or "the letter" stands for, when a cue's subject is one of them.

`annotate.attribution` finds the cue and its subject; when the subject names nobody, it asks
`References.antecedent` for the source it refers to. Pure. The rules, precision first:
- a document ("the letter", "the indictment", or "it" after "X's letter") is its author's:
  "X's letter", "a letter from X", "X issued a statement", in the same or an earlier sentence;
  else the source of a recent attributed sentence;
- a description of an organisation ("the bank", "the federation", "the company") is the one
  organisation named before in the article whose name fits it ("Bank of Quervia"; "the
  company" a name like "Tessaro Mining", "the group" a "... Watch": words for the same thing
  are in `annotate.attribution_words.SYNONYMS`); two that fit, nothing; none, for "the
  company" or "the firm", the one name opening its own sentence ("Velgas cut its output, the
  company said") or the source of the previous sentence, if no person; of two that fit, the
  source of the sentence just before, or the one opening the reference's own sentence ("X
  signed Y from Z, the club said"), if it fits;
- "he"/"she": in the nearest sentence (the same one first, then up to LOOKBACK back, not
  across a heading) naming a person the pronoun fits (gender where known), that person; if
  several, the sentence's speaker, else its opener; else nothing;
- "it", "they" and descriptions of people ("the minister"): the source of the nearest recent
  attributed sentence that can be one ("it" no person, "they" an organisation or a crowd such
  as "officials"; "the minister" a person the article names as a minister); for a description
  of a person, else the one person the article named before with that role ("the premier" for
  "Prime Minister Varga"); "the 58-year-old" is read as "he" or "she"; "it" and "they" with
  no such sentence, the one organisation opening the nearest earlier sentence that names any
  ("Norvex cut jobs. ... It said"; "they" from the sentence just before only); "it" is never
  a crowd.
- "he"/"she" after the words it reports ("Renn had 46 percent, she said") is nobody those words
  name; a description with capitalised modifiers ("the Liberal Centre leader") must have been
  given them; "the former" / "the latter" is the first / last of the people the nearest
  sentence naming any names (two; "the latter" also of three); a description after the words
  it reports is unsure when another organisation opens them ("Kellan's board backed it, the
  company said");
- "she" after an unnamed spokeswoman's sentence ("A Norvex spokeswoman said ...") is her
  organisation; "it" after a sentence opened by a description of one organisation ("The
  council has hired ...") is that organisation; "the company" (or "the firm", "the operator")
  that no name fits is the one registered organisation named before that is shown as no other
  kind of body (not "X Dockers' Union") and no person; a role ("the researcher") also fits a
  word of its kind ("a glaciologist"); "the bigger of the two companies" is, of the
  organisation named as the smaller (or bigger) one ("smaller rival Y") and the one other
  named with it, the one of that size; "the 53-year-old" is the one person named with that
  age; "his son" (a relation: son, wife, predecessor, ...) the one person named before with
  that word ("his son, Erik Amsel"); "they" or "she" may stand for the outer speaker of nested
  speech that was nobody's;
- a "he"/"she" opening a sentence and resolved to the one person it fits makes that person's
  gender known for the rest of the article; a sentence that only mentions people of unknown
  gender (no cue of its own) yields to an earlier speaker known to be of the pronoun's
  gender ("Ruiz said ... Moss sat beside her. She conceded": Ruiz).
"""

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from annotate.attribution_cues import (
    DOCUMENT_NOUNS,
    HELD_ROLES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PREPOSITIONS,
    REFERENCE_START,
    RELATIONS,
    SIZES,
    SPOKESPERSON_WORD,
)
from annotate.attribution_entities import (
    ORGANISATION,
    PERSON,
    UNCLASSIFYING,
    Entities,
    Entity,
    TextName,
    head_noun,
    other_body,
    singular,
)
from annotate.attribution_registry import Mention, Registry, RegistryEntry
from annotate.attribution_words import COMPANY_NOUNS, COMPANY_SUFFIXES, LOWER_WORD, ORG_WORDS, is_person_word
from annotate.segment import Span

# Nouns a body that serves may be described by, its own name holding only what it does ("the rescue
# service": "Alpine Air Rescue"; "the shipping line": "Southern Reach Shipping").
_SERVICE_NOUNS = frozenset(("service", "line"))
# Roles of someone over a person, never that person ("his chief", "her supervisor").
_SUPERIORS = frozenset(("chief", "head", "director", "supervisor", "supervisors", "superiors", "manager", "managers",
                        "commander", "commanders", "boss", "bosses", "executive", "governor", "president"))

__all__ = ["SPOKESPERSON", "Found", "References", "Settled", "Suggestion", "names_a_person"]

CARRIED = 0.6
PREVIOUS_SUBJECT = 0.5
LOOKBACK = 3  # body sentences a pronoun or description may reach back
_DOCUMENT_REACH = 25  # ... and "the report said" back to the one who spoke of a report
_RANKS = frozenset(("head", "chief", "senior"))  # words that tell one of a trade from another (see _nearest_anonymous)
_SPOKEN_REACH = 40  # sentences a description looks back over for a body that spoke, described
_NEXT_REACH = 3  # sentences after one past the lead that a body described there may be named in
SPOKESPERSON = "spokesperson"  # the reference of "the spokeswoman"
# How far before its speaker a spokesperson word may stand in the speaker's own phrase ("a
# spokeswoman for the ministry of X", "X's spokeswoman, Ana Ruiz,").
_SPOKESPERSON_REACH = 40
_GENDERS = {"he": "m", "she": "f"}
# A preposition of place right before a name ("a warning for Gaukomah", "a plant in Telmar").
_PLACE_PREPOSITION = re.compile(r"\b(?:for|in|at|near|outside|across|around|from|to)[ \xa0]+\Z")
_AGE = re.compile(r"(\d{1,3})-year-old")
# Who a relation names when no one was named with it ("her client" for "Y's lawyer"), within
# _RELATED_REACH characters before: the person at group "who".
_NAME_AT = r"(?P<who>[A-Z][\w'\u2019-]*(?:[ \xa0]+[A-Z][\w'\u2019-]*){0,2})"
_RELATED = {
    "client": (re.compile(rf"{_NAME_AT}['\u2019]s?[ \xa0]+(?:defence[ \xa0]+|defense[ \xa0]+)?(?:lawyers?|attorneys?"
                          r"|counsel)\b"),
               re.compile(rf"(?:lawyers?|attorneys?)[ \xa0]+(?:for|representing)[ \xa0]+{_NAME_AT}")),
    "predecessor": (re.compile(rf"(?:took[ \xa0]+over[^.;]{{0,60}}?[ \xa0]from|succeeded|replaced)"
                               rf"[ \xa0]+{_NAME_AT}"),),
}
_RELATED_REACH = 3_000
# "the club's lawyer": a lawyer of a body described, whose client is no person
_BODYS_LAWYER = re.compile(r"(?<![\w-])[Tt]he[ \xa0]+[a-z-]+['\u2019]s[ \xa0]+(?:lawyer|attorney)\b")
_HIS_LAWYER = re.compile(r"(?<![\w-])(?P<owner>[Hh]is|[Hh]er)[ \xa0]+(?:defence[ \xa0]+|defense[ \xa0]+)?"
                         r"(?:lawyer|attorney)\b")
_OWNER_REACH = 600
# A sentence that opens with a quote and its closing mark, before a pronoun ('"...," she')
_AFTER_OPENING_QUOTE = re.compile(r"[\u201c\"][^\u201c\u201d\"]+[,?!][\u201d\"][ \xa0]+")
# The words an unnamed source may have been described with, for what it is called again
# (any other noun: itself)
_UNNAMED_DESCRIBED = {"person": ("person", "people", "source", "individual")}
# What an unnamed source is called again ("The official said", "the person added").
_UNNAMED_NOUNS = frozenset(("official", "officer", "person", "source", "member", "aide", "insider",
                            "employee", "diplomat", "lawmaker", "doctor", "nurse", "soldier", "detective"))
_NAMED_AFTER = re.compile(r",[ \xa0]+[A-Z][\w'\u2019-]+[ \xa0]+[A-Z]")  # ", Reinout Vanderhoeck"
_COMPARED_REACH = 3000  # how far before "the bigger of the two" the two may have been named
# A sentence whose subject is an unnamed spokeswoman (spokesman), whom "she" ("he") may stand for.
_SPOKESPERSON_OPENS = {gender: re.compile(rf"(?:an?|the)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){{0,4}}?{word}\b", re.I)
                       for gender, word in (("f", "spokeswoman"), ("m", "spokesman"))}
# An unnamed man or woman opening a sentence as its speaker ("The brother of the younger man
# said", "A woman who sells fish there told"), whom "he"/"she" opening the next stands for.
_UNNAMED_OPENS = {gender: re.compile(rf"(?:an?|the|his|her|their|one)[ \xa0]+(?:[\w'\u2019-]+[ \xa0]+){{0,3}}?"
                                     rf"(?:{words})\b", re.I)
                  for gender, words in (("f", "woman|sister|mother|daughter|wife|girl|aunt|niece|grandmother|widow"),
                                        ("m", "man|brother|father|son|husband|boy|uncle|nephew|grandfather|widower"))}
# A possessive opening a subject set in apposition ("X's widow, Y,"): Y is the subject.
_OWNED_APPOSITIVE = re.compile(r"['\u2019]s[ \xa0]+(?:[a-z-]+[ \xa0]+){0,2}?[a-z-]+,[ \xa0]+")
# People a story brings in rather than refers back to ("the 29-year-old suspect")
_NEWCOMERS = frozenset(("suspect", "victim", "survivor", "witness", "defendant", "passenger", "resident",
                        "bystander", "driver", "pedestrian", "motorist", "man", "woman", "boy", "girl", "hostage"))
_AGE_REACH = 5000  # how far before "the 53-year-old" its age may have been given
_DETERMINERS = ("the", "this", "that")
# Organisation nouns that name a crowd rather than one body: no "it" stands for them.
_CROWD_NOUNS = frozenset(("police",))
# Descriptions of any company ("the company"), which the one company named before may take.
# Words of a description that name no trade ("the state company", "the new company").
_PLAIN_MODIFIERS = frozenset(("state", "national", "private", "public", "local", "new", "old", "own", "main", "same",
                              "big", "small", "family", "foreign", "listed", "parent", "former", "other"))
_PLAIN_COMPANY_NOUNS = frozenset(("company", "firm", "operator"))
_PLURAL = re.compile(r"[A-Za-z-]{2,}[^su'\u2019s]s|people|police|staff|crowds?", re.IGNORECASE)


def names_a_person(reference: str) -> bool:
    """Tell whether a reference can stand only for a person ("he", "she", "the minister", "the
    58-year-old")."""
    return reference in ("he", "she", "person") or reference in PERSON_NOUNS or reference in RELATIONS \
        or is_person_word(reference)


# The pronouns of each gender, by which a sentence keeps someone named earlier in view.
_GENDER_PRONOUN = {"f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
                   "m": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)}


# A body a name opening a sentence owns ("Waruguma's broadcasting regulator", "Atraya's state
# power company"): "it" later in the sentence stands for the body, not for the owner.
# Last words of organisations' names that no table of organisation words holds ("Tamalayan Army",
# "Psynashkho Tours", "Lisnacree Wanderers"), which a name shaped like a person's may end in.
_NOT_SURNAMES = frozenset(("Army", "Tours", "Wanderers", "Rovers", "United", "City", "Renewables", "Ferries",
                           "Travel", "Foods", "Mills", "Farms", "Motors", "Airways", "Lines", "Builders", "Car",
                           "Cars", "Rental", "Rentals", "Cardio", "Trading", "Imports", "Logistics", "Shipping",
                           "Textiles", "Mining", "Minerals", "Steel", "Cement", "Paving", "Supplies", "Solar",
                           "Pharma", "Medical", "Estates", "Properties", "Holdings", "Media", "Marine", "Dairies",
                           "Geothermal", "Fisheries", "Security", "Construction", "Engineering", "Works",
                           # (more trades a business is named by: "Talmarkt Supermarkets" is no person)
                           "Supermarkets", "Supermarket", "Stores", "Markets", "Hotels", "Resorts", "Breweries",
                           "Bakeries", "Vineyards", "Wines", "Distilleries", "Pharmacies", "Clinics", "Motorways",
                           "Railways", "Buses", "Coaches", "Airlines", "Utilities", "Chemicals", "Plastics",
                           "Ventures", "Brands"))
_OWNED_BODY = re.compile(r"['\u2019]s(?P<words>(?:[ \xa0]+[a-z-]+){1,4})")


# Documents that speak only for a body named as their owner ("The agency's records show"), never
# for whoever spoke last.
_OWNED_DOCUMENTS = frozenset(("records", "guidelines", "data"))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested source: `basis` is "registry", "name" (from the text), "carried" (through a
    pronoun, description or document), "quote" (a quote whose speaker is named elsewhere) or
    "anonymous" (an unnamed source filed under the registry's generic entry)."""

    source: str
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    confidence: float
    basis: str = "registry"


class Found(NamedTuple):
    """A source candidate inside one sentence."""

    source: str | None  # None for a reference that still needs its antecedent
    start: int
    end: int
    rank: int  # how good a candidate (annotate.attribution's _REGISTRY_NAME ... _SILENT)
    kind: str | None = None  # the registry kind, when known
    reference: str = ""  # the pronoun or the noun of a description ("it", "letter")
    confidence: float | None = None  # when not the rank's
    basis: str = "registry"  # the Suggestion's basis, for a registry entry
    role: str = ""  # for "its chief executive": the role ("executive"), whose holder it may be


class Settled(NamedTuple):
    """A sentence's suggestion (None: the sentence has none, whatever its cues), with the
    registry kind of its source for later references."""

    suggestion: Suggestion | None
    kind: str | None
    outer: tuple[str, str | None] | None = None  # nested speech: the outer speaker, and kind


# A court's or tribunal's name: its head word ("X District Court", "Court of Appeal", "High Court of
# X"; not an audit office's "Court of Audit").
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\Z|\b(?:Court|Tribunal)[ \xa0]+of[ \xa0]+(?!Audit|Accounts|Auditors)")
_PLAIN_JUDGE = re.compile(r"[Tt]he[ \xa0]+(?:(?:presiding|trial)[ \xa0]+)?judge")  # "the judge", no one described
_AUDITORS = frozenset(("auditor", "auditors"))  # who speak for an audit office, unless one is named


class Antecedent(NamedTuple):
    """What a pronoun, description or document stands for."""

    source: str
    kind: str | None
    confidence: float


class _Quotes(Protocol):
    """What the references need of the article's quotes (annotate.attribution_quotes.Quotes,
    which builds on this module's Suggestion)."""

    def around(self, offset: int) -> object | None: ...


class _Article(Protocol):
    """What the references need of the article (annotate.attribution._Article)."""

    text: str
    registry: Registry
    sentences: list[Span]
    results: list[Settled | None]
    silent_outer: dict[int, tuple[str, str | None]]
    anonymous_outer: dict[int, Suggestion]
    cued: set[int]
    documents: list

    @property
    def quotes(self) -> _Quotes: ...

    @property
    def entities(self) -> Entities: ...

    names_by_end: dict[int, TextName]
    by_start: dict[int, Mention]
    mentions: list[Mention]

    def anonymous_entry(self) -> RegistryEntry | None: ...
    def _ending_at(self, end: int, sentence: Span, head: bool, documents_only: bool) -> Found | None: ...
    def _is_name(self, name: TextName, head: bool) -> bool: ...
    def _after(self, pos: int, sentence: Span) -> Found | None: ...
    def _subject(self, cue_start: int, sentence: Span) -> Found | None: ...
    def _clause_start(self, sentence: Span) -> int: ...
    def unnamed_organisation(self, words: list[str], before: int) -> str | None: ...
    def registered_short_name(self, name: str, before: int) -> str | None: ...
    def named_later(self, modifiers: list[str], noun: str, after: int, reach: int = ...) -> str | None: ...


class References:
    """Antecedents in one article, from its entities and the suggestions made so far."""

    def __init__(self, article: _Article) -> None:
        self.article = article
        self.document_starts = [m.start() for m in article.documents]
        self._companies: tuple[list[tuple[int, str]], list[tuple[int, str]], list[int]] | None = None
        self._sentence_starts: list[int] | None = None
        self._sole = False  # whether the last "he"/"she" resolved had one person to fit
        # the story's lead, its first sentence of body text (see _lead)
        self._lead_index = next((at for at, sentence in enumerate(article.sentences) if sentence.kind == "body"), -1)

    @property
    def entities(self) -> Entities:
        """The article's entities (found when first asked for)."""
        return self.article.entities

    def antecedent(self, found: Found, index: int) -> Antecedent | None:
        """What a pronoun or description refers to, or None; for "its chief executive" whose
        "it" stands for nobody found, the one person named before with that role; for "the
        official" after an unnamed official, the anonymous entry."""
        if (found.reference in _UNNAMED_NOUNS or found.reference in PERSON_NOUNS or is_person_word(found.reference)) \
                and self.article.text[found.start : found.end].lower().endswith(found.reference):
            # ("the steward" after "a steward, speaking on condition of anonymity")
            # "The official said" after an unnamed official (not "the federation's ethics officer")
            anonymous = self._nearest_anonymous(found.reference, index, self._modifiers(found))
            if anonymous is not None or found.reference == "person":  # "the person": no one named
                return anonymous
        if found.role and found.reference in ORG_NOUNS:  # "the agency's director": the one
            holder = self.entities.role_holder(found.role, found.start, found.reference) \
                or self._sole_holder(found, index)
            owned = self.article.text[found.start : found.end].replace("\u2019", "'").split("'s", 1)[-1].split()
            if holder and not all(self.entities.has_role(holder, word.lower()) for word in owned[:-1]
                                  if word.isalpha() and word.islower() and word != "own"):
                holder = None  # "the hospital's pharmacy director": not a director named for other work
            if holder:  # named before as the agency's director ("Agency director Ana Ruiz")
                return Antecedent(holder, "person", CARRIED)
        antecedent = self._antecedent(found, index)
        if antecedent is None and not found.role:
            antecedent = self._office(found)  # "The auditor put the loss at": the audit office
        if antecedent is None and found.role and found.reference not in ORG_NOUNS:
            holder = self.entities.role_holder(found.role, found.start)
            return Antecedent(holder, "person", CARRIED) if holder else None
        if antecedent is None and found.reference != "person" and names_a_person(found.reference) \
                and _AGE.search(self.article.text, found.start, found.end):
            # "the 61-year-old economist", no one named as an economist: read as "the 61-year-old",
            # when that is who spoke just before (the one the story is about)
            person = self._person(found._replace(reference="person"), index)
            spoke = next((settled.suggestion.source for earlier in self._earlier(index)
                          if (settled := self.article.results[earlier]) is not None and settled.suggestion), None)
            if person is None or person.source != spoke or found.reference in _NEWCOMERS:
                return None  # (not "The 29-year-old suspect", nor "X, 52, said ... The 34-year-old")
            return person
        return antecedent

    def _audit_body(self, found: Found) -> Antecedent | None:
        """For "the auditor" whom no person named before is: the one registered organisation
        named before whose name holds an auditor's word ("Kitavian Audit Office", "Vuntian
        Auditor General's Office", "Zibinian Court of Audit"), or None."""
        if self.entities.role_holder(found.reference or "", found.start) is not None:
            return None
        bodies = {name for word, seen in self.entities.first_seen.items() if word.startswith(("audit", "comptroller"))
                  for start, name in seen if start < found.start}
        return Antecedent(bodies.pop(), ORGANISATION, CARRIED) if len(bodies) == 1 else None

    def _office(self, found: Found) -> Antecedent | None:
        """For an auditor or a judge whom no person named before is: the office they sit in
        (`_audit_body`, `_court`), or None."""
        if found.reference in _AUDITORS:
            return self._audit_body(found)
        plain = _PLAIN_JUDGE.fullmatch(self.article.text, found.start, found.end) is not None
        return self._court(found) if found.reference == "judge" and plain else None  # (not "the
        # 56-year-old judge", one described as a person)

    def _body_named_by_noun(self, found: Found) -> Antecedent | None:
        """For "the survey" or "the review" alone, the one registered organisation named before whose
        name ends in that word ("X Geotechnical Survey"), or None."""
        noun = found.reference or ""
        if self.article.text[found.start : found.end].lower() != "the " + noun:
            return None
        bodies = {name for start, name in self.entities.first_seen.get(noun, ()) if start < found.start
                  and name.split()[-1].lower() == noun}
        return Antecedent(bodies.pop(), ORGANISATION, CARRIED) if len(bodies) == 1 else None

    def _court(self, found: Found) -> Antecedent | None:
        """For "the judge" whom no person named before is: the one registered court or tribunal
        mentioned before, by a name whose head is "Court" or "Tribunal" ("Songwolpo District
        Court", "Court of Appeal"; not "Court of Audit", "Kensington Court Hotel"), or None."""
        if self.entities.role_holder("judge", found.start) is not None:
            return None
        courts = {mention.entry.name for mention in self.article.mentions
                  if mention.start < found.start and not mention.entry.is_description
                  and _COURT_NAME.search(mention.entry.name)}
        return Antecedent(courts.pop(), ORGANISATION, CARRIED) if len(courts) == 1 else None

    def _other_age(self, name: str, found: Found) -> bool:
        """Tell whether the article gave a person another age than "the 34-year-old ..." does."""
        text = self.article.text
        age = _AGE.search(text, found.start, found.end)
        surname = name.split()[-1]
        if age is None:
            return False
        low = max(0, found.start - _AGE_REACH)  # (as far back as an age is looked for: linear)
        given = re.compile(rf"\b{re.escape(surname)},[ \xa0]+(\d{{1,3}})[,)]").search(text, low, found.start)
        # (or the age was given to someone unnamed: "His wife, a 61-year-old economist,")
        return (given is not None and given.group(1) != age.group(1)) \
            or re.compile(rf"\b{age.group(1)}-year-old\b").search(text, low, found.start) is not None

    def _sole_holder(self, found: Found, index: int) -> str | None:
        """For "the bank's chief executive", the one person named before with the role, if
        not named in the sentence itself ("X said the agency's head had ...": not X)."""
        holder = self.entities.role_holder(found.role, found.start)
        sentence = self.article.sentences[index]
        if holder is None or any(e.name == holder for e in self.entities.between(sentence.start, sentence.end)):
            return None
        if self.entities.has_other_owner(holder, found.reference):
            return None  # ("the hospital's director" is not "The institute's director, X")
        return holder

    def _antecedent(self, found: Found, index: int) -> Antecedent | None:
        """What a pronoun or description refers to, or None."""
        reference = found.reference
        if reference == SPOKESPERSON:
            return self._spokesperson(index)
        if reference in ("he", "she", "person"):  # "person": "the 61-year-old"
            # (not "his district chief", "her supervisor": someone over them)
            return self._person(found, index) if found.role not in _SUPERIORS else None
        if reference in ("former", "latter") or reference in SIZES or reference in RELATIONS:
            return self._picked(found, index)
        if reference in ("it", "they") or reference in DOCUMENT_NOUNS:
            author = self._document_author(found, index) or self._opening_description(found, index)
            if author:  # ("The health ministry has sent ..., it said": the ministry, whoever spoke before)
                return author
            opener = self._opening_organisation(found, index) if reference in ("it", "they") else None
            recent = self._recent_speaker(index) if opener else None
            if opener and not (recent and recent != opener and self.entities.kind(recent) != PERSON
                               and self._agrees(reference, recent, None)):
                # "Brelia will raise output, its chief executive said" (but after the firm
                # Farrowdel's words, "Juvanne had done neither, it said" is Farrowdel's)
                return Antecedent(opener, None, CARRIED)
        elif reference in ORG_NOUNS:  # ("the prosecution" of no body named: the registry's prosecutors)
            described = self._described(found, index)
            return described or (self._prosecutors(reference) if reference == "prosecution" else None)
        if reference in PERSON_NOUNS or is_person_word(reference):
            return self._role(found, index)
        carried = self._carried(reference, index)
        if carried is None and reference in ("it", "they"):
            return self._earlier_subject(reference, index)
        return carried or self._prosecutors(reference)

    def _prosecutors(self, reference: str) -> Antecedent | None:
        """For "the indictment" of no author named, or "the prosecution": the registry's prosecutors,
        if it holds them."""
        entry = self.article.registry.entry("prosecutors") if reference in ("indictment", "prosecution") else None
        return Antecedent(entry.name, entry.kind, CARRIED) if entry is not None else None

    def _role(self, found: Found, index: int) -> Antecedent | None:
        """"The minister": a speaker named with that role, or else the one person named before
        with it; "the two presidents" is no one person."""
        reference = found.reference
        if self.article.text[found.start : found.end].lower().endswith(reference + "s"):
            return None
        carried = self._carried(reference, index, role=reference)
        if carried is not None and not self._named_as(found, carried.source):
            carried = None  # ("the labour minister" after the prime minister spoke: the one
            # named as the labour minister)
        holder = None if carried else self.entities.role_holder(reference, found.start,
                                                                modifiers=self._modifiers(found))
        if holder is None and carried is None and self._lead(index):  # "..., the provincial governor said" in
            holder = self.entities.sole_holder(reference)  # the lead, "Governor X" named further down
        antecedent = carried or (Antecedent(holder, "person", CARRIED) if holder else None)
        return antecedent if antecedent and self._named_as(found, antecedent.source) else None

    def _spokesperson(self, index: int) -> Antecedent | None:
        """"The spokeswoman": the source of the nearest earlier sentence whose speaker is a
        spokesperson ("A spokeswoman for X said": X; "X's spokeswoman, Ana Ruiz, said": Ruiz)."""
        for earlier in self._earlier(index):
            settled = self.article.results[earlier]
            suggestion = settled.suggestion if settled else None
            cue_span = suggestion.cue_span if suggestion else None
            if settled is None or suggestion is None or cue_span is None:
                continue
            if self._spokesperson_speaks(earlier, suggestion):
                return Antecedent(suggestion.source, settled.kind, CARRIED)
        return None

    def _spokesperson_speaks(self, index: int, suggestion: Suggestion) -> bool:
        """Tell whether sentence index's speaker is named as a spokesperson in its own subject
        phrase ("A spokesman for X said", "X's spokeswoman, Ana Ruiz, said", "the spokesman
        said"), not elsewhere ("Asked about the spokesman's remarks, Ruiz said")."""
        text, sentence = self.article.text, self.article.sentences[index]
        if suggestion.source_span is None:
            return False
        start, end = suggestion.source_span
        cue_start = suggestion.cue_span[0] if suggestion.cue_span else end
        between = text[end:cue_start]
        if "," not in between and len(between.split()) <= 3 and SPOKESPERSON_WORD.search(between):
            return True  # "A Norvex spokeswoman said"
        low = max(sentence.start, start - _SPOKESPERSON_REACH)
        for word in SPOKESPERSON_WORD.finditer(text, low, end):
            if text[word.end() : word.end() + 2] not in ("'s", "\u2019s") \
                    and self.article.quotes.around(word.start()) is None:
                return True
        return False

    def _picked(self, found: Found, index: int) -> Antecedent | None:
        """One picked out by a relation ("his son": the one person named before as a son), by
        size ("the bigger of the two companies") or by order ("the former")."""
        reference = found.reference
        if reference in RELATIONS:
            holder = self.entities.role_holder(reference, found.start) or self._related(reference, found.start)
            return Antecedent(holder, "person", CARRIED) if holder else None
        return self._compared(found) if reference in SIZES else self._one_of_two(reference, index)

    def _related(self, relation: str, before: int) -> str | None:
        """"Her client": the one person the article gives a lawyer before ``before`` ("Y's
        lawyer", "a lawyer for Y"); "his predecessor": the one person it says was succeeded
        ("took over from Y", "succeeded Y"); else None."""
        people = set()
        low = max(0, before - _RELATED_REACH)
        for pattern in _RELATED.get(relation, ()):
            for match in pattern.finditer(self.article.text, low, before):
                entity = self.entities.at(match.start("who"))  # a person, or someone unsure
                if entity is not None and self.entities.kinds.get(entity.name) != ORGANISATION:
                    people.add(entity.name)
        if relation == "client":  # "His lawyer, X,": the person named last before it, if known
            # to be a man (for "Her lawyer", a woman)
            for match in _HIS_LAWYER.finditer(self.article.text, low, before):
                gender = "m" if match.group("owner").lower() == "his" else "f"
                named = [entity for entity in self.entities.between(max(0, match.start() - _OWNER_REACH), match.start())
                         if self.entities.kinds.get(entity.name) == PERSON
                         or (self.person_shaped(entity.name) and not self._after_preposition(entity.start))]
                known = self.entities.genders.get(named[-1].name) if named else None
                appositive = _NAMED_AFTER.match(self.article.text, match.end())
                if named and (known == gender or (known is None and appositive)):
                    people.add(named[-1].name)  # the person mentioned last, known to fit (or, for
                    # "Her lawyer, Reinout Vanderhoeck,", not known not to)
        if relation == "client" and _BODYS_LAWYER.search(self.article.text, low, before):
            return None  # "The club's lawyer, X, said her client": the club, no person
        if len(people) != 1:
            return None
        person = people.pop()
        return person if self.entities.is_person(person) or self.person_shaped(person) else None

    def _after_preposition(self, start: int) -> bool:
        """Tell whether a name follows a preposition ("in Port Ostra", "by Tobrin Reyna"): a
        place, or someone not the subject of their clause."""
        before = self.article.text[max(0, start - 12) : start].split()
        return bool(before) and before[-1].lower() in PREPOSITIONS

    def person_shaped(self, name: str) -> bool:
        """Tell whether a name no mention shows as a person's or an organisation's looks like a
        person's: two or three words, none of an organisation ("Nadira Quellfonte")."""
        words = name.split()
        return self.entities.kinds.get(name) is None and 2 <= len(words) <= 3 \
            and not any(word in ORG_WORDS or word in COMPANY_SUFFIXES for word in words)

    def _compared(self, found: Found) -> Antecedent | None:
        """"The bigger of the two companies": of the organisation named before as the smaller
        (or bigger) one ("smaller rival Y") and the one other registered organisation named in
        the same sentence, the one of that size."""
        size = SIZES[found.reference]
        article = self.article
        for entity in self.entities.between(max(0, found.start - _COMPARED_REACH), found.start):
            sizes = {SIZES[word] for word in self.entities.described_as.get(entity.name, ()) if word in SIZES}
            if len(sizes) != 1:
                continue
            if self._sentence_starts is None:
                self._sentence_starts = [s.start for s in article.sentences]
            index = bisect.bisect_right(self._sentence_starts, entity.start) - 1
            sentence = article.sentences[index]
            others = {e.name for e in self.entities.between(sentence.start, sentence.end)
                      if e.name != entity.name and e.start in article.by_start
                      and not self.entities.is_person(e.name)}
            if len(others) != 1:
                return None
            return Antecedent(entity.name if sizes == {size} else others.pop(), None, CARRIED)
        return None

    def _aged(self, found: Found) -> Antecedent | None:
        """For "the 53-year-old": the one person named before with that age ("Ana Ruiz, 53,"),
        looked for within _AGE_REACH characters, or None."""
        text = self.article.text
        age = _AGE.search(text, found.start, found.end)
        if age is None:
            return None
        people = set()
        low = max(0, found.start - _AGE_REACH)
        for given in re.finditer(rf",[ \xa0]+{age.group(1)}(?=[,.)])", text[low : found.start]):
            named = self.entities.people(max(0, low + given.start() - 60), low + given.start() + 1, None)
            if named and named[-1].end == low + given.start():
                people.add(named[-1].name)
        return Antecedent(people.pop(), "person", CARRIED) if len(people) == 1 else None

    def _one_of_two(self, reference: str, index: int) -> Antecedent | None:
        """"The former" / "the latter": the first or the last of the people the nearest earlier
        sentence naming any names, when it names two ("the latter" also the last of three)."""
        for earlier in self._earlier(index):
            sentence = self.article.sentences[earlier]
            people = list(dict.fromkeys(
                e.name for e in self.entities.people(sentence.start, sentence.end, None)
                if self.article.quotes.around(e.start) is None))
            if not people:
                continue
            if len(people) < 2 or (reference == "former" and len(people) > 2):
                return None
            return Antecedent(people[0] if reference == "former" else people[-1], "person", CARRIED)
        return None

    def _named_as(self, found: Found, source: str) -> bool:
        """Tell whether a person fits a description's capitalised or organisation modifiers
        ("the Liberal Centre leader" is not "Opposition leader Stenn", "the union leader" not
        "Council leader Lumley"): the article names them with each."""
        words = self.article.text[found.start : found.end].split()[1:-1]
        modifiers = [word.lower() for word in words if word[:1].isupper() or word in ORG_NOUNS]
        # a lower-case modifier the article names someone else with ("the prime minister", not
        # "Health Minister Moss" when it names a "Prime Minister Ruiz")
        classifying = [word for word in words if word.isalpha() and word.islower()
                       and word not in ORG_NOUNS and word not in UNCLASSIFYING]
        return all(self.entities.has_role(source, word) for word in modifiers) \
            and self.entities.named_with_owners(source, self._modifiers(found)) and not any(
            not self.entities.has_role(source, word) and (self.entities.held_by_other(word, source)
                                                          or self.entities.role_modified(source, found.reference, word))
            for word in classifying)

    def _earlier_subject(self, reference: str, index: int) -> Antecedent | None:
        """"Norvex cut 400 jobs. ... It said": the one organisation (no person) opening the
        nearest earlier sentence that names any, no other speaker given for that sentence;
        for "they", not past a sentence opening with a plural ("Workers protested")."""
        for earlier in self._earlier(index):
            sentence = self.article.sentences[earlier]
            named = [e for e in self.entities.between(sentence.start, sentence.end)
                     if self.article.quotes.around(e.start) is None and self._is_name(e)]
            start = self.article._clause_start(sentence)
            opens_named = bool(named) and named[0].start <= start + 4  # "Dorna Rovers signed"
            if reference == "they" and not opens_named and self._opens_with_plural(sentence):
                return None  # "Workers protested. They said": the workers
            bodies = [e for e in named
                      if e.start in self.article.by_start or self.entities.kind(e.name) == ORGANISATION]
            if not opens_named and not bodies and reference == "it":
                described = self._described_opener(earlier)
                if described is not None:  # "The council has hired ... It said": the council (also
                    # when the sentence names a place after its opening; not another body, which
                    # "it" may stand for as well)
                    return described
            if not named:
                continue
            opener = named[0]
            if not opens_named or self.entities.kind(opener.name) == PERSON:
                return None
            if self.entities.kind(opener.name) is None and " " not in opener.name \
                    and opener.start not in self.article.by_start:
                return None  # "Local fans ...": one capitalised word, maybe no name at all
            settled = self.article.results[earlier]
            spoken = settled.suggestion.source if settled and settled.suggestion else None
            if spoken not in (None, opener.name):
                return None  # "X said Y ...": the sentence is another's words
            if spoken is None and any(e.name != opener.name and self.entities.kind(e.name) != PERSON
                                      for e in named):
                return None  # two organisations, neither speaking: which one, unsure
            return Antecedent(opener.name, None, CARRIED)
        return None

    def _described_opener(self, index: int) -> Antecedent | None:
        """The one organisation that a singular description opening sentence index stands for
        ("The council has hired a contractor"), when the sentence has no other speaker."""
        article, sentence = self.article, self.article.sentences[index]
        start = article._clause_start(sentence)
        opening = REFERENCE_START.match(article.text, start, sentence.end)
        noun = (opening.group("noun") or "").lower() if opening else ""
        if opening is None or noun not in ORG_NOUNS or noun in _CROWD_NOUNS \
                or opening.group().lower().endswith(noun + "s"):
            return None
        described = self.entities.described(noun, start)
        settled = article.results[index]
        spoken = settled.suggestion.source if settled and settled.suggestion else None
        if described is None or spoken not in (None, described):
            return None
        return Antecedent(described, None, CARRIED)

    def _carried(self, reference: str, index: int, reach: int = LOOKBACK,
                 role: str | None = None) -> Antecedent | None:
        """The source of the nearest earlier attributed sentence that the reference fits (and,
        given a role, that the article names with it: "Finance Minister Dorn"); none for documents
        that speak only for an owner named with them ("The data suggest": no one's)."""
        if reference in _OWNED_DOCUMENTS:
            return None
        between: set[str] = set()  # organisations named in the sentences passed over
        for earlier in itertools.islice(self._earlier(index), reach):
            settled = self.article.results[earlier]
            source = settled.suggestion.source if settled and settled.suggestion else None
            outer = settled.outer if settled is not None else self.article.silent_outer.get(earlier)
            if outer and reference in ("it", "they") and self._agrees(reference, *outer):
                return Antecedent(*outer, CARRIED)  # "X said Y had told it ... Its": X
            if source is not None and settled is not None and (
                    not role or self.entities.has_role(source, role)) \
                    and self._agrees(reference, source, settled.kind):
                if role and outer and outer[0] != source and self.entities.has_role(outer[0], role):
                    return None  # "The mayor said": the one who spoke, or the one whose words he told
                if reference in ("it", "they") and between - {source}:
                    return None  # another organisation came between: which one, unsure
                return Antecedent(source, settled.kind, CARRIED)
            between.update(self._organisations(earlier))
        return None

    def _opens_with_plural(self, sentence: Span) -> bool:
        """Tell whether one of a sentence's first three words looks plural ("Its shares fell",
        "Local workers said"): "they" may stand for them."""
        start = self.article._clause_start(sentence)
        words = self.article.text[start : min(sentence.end, start + 60)].split()[:3]
        return any(_PLURAL.fullmatch(word.strip(",.\u201c\u201d\"")) for word in words)

    def _is_name(self, entity: Entity) -> bool:
        """Tell a name from a capitalised crowd opening a sentence ("Analysts were ...")."""
        name = self.article.names_by_end.get(entity.end)
        return name is None or name.start != entity.start or self.article._is_name(name, False)

    def _organisations(self, index: int) -> set[str]:
        """The organisations a sentence names (those the article shows as organisations), and
        the one a description opening it stands for ("The council has hired ...")."""
        sentence = self.article.sentences[index]
        named = {e.name for e in self.entities.between(sentence.start, sentence.end)
                 if self.entities.kind(e.name) == ORGANISATION}
        start = self.article._clause_start(sentence)
        opening = REFERENCE_START.match(self.article.text, start, sentence.end)
        noun = (opening.group("noun") or "").lower() if opening else ""
        described = self.entities.described(noun, start) if noun in ORG_NOUNS else None
        return named | {described} if described else named

    def _agrees(self, reference: str, source: str, kind: str | None) -> bool:
        """Tell whether a reference can stand for a source of a registry kind (a person for
        "she"; the article's mentions tell when the registry does not)."""
        if kind is None:
            kind = self.entities.kind(source)
        elif kind != "person":
            kind = ORGANISATION
        if names_a_person(reference):
            return kind == PERSON
        if reference == "they":  # an organisation or a crowd ("officials"), known as such
            return kind == ORGANISATION or source.islower()
        if reference == "it" or reference in ORG_NOUNS:
            return kind != PERSON and not source.islower()  # "it" is no crowd ("officials")
        return True

    def _document_author(self, found: Found, index: int) -> Antecedent | None:
        """The author of the letter or statement a reference stands for, if named (but "the survey" after
        the "X Geotechnical Survey": the body, not a survey's author)."""
        reference = found.reference
        body = self._body_named_by_noun(found) if reference in DOCUMENT_NOUNS else None
        if body is not None:
            return body
        noun = None if reference in ("it", "they") else reference
        # "X's letter ..., it said"; "the report, drawn up by X, found" (the noun's own)
        author = self._author(index, found.end + 1 if noun else found.start, noun)
        for earlier in self._earlier(index) if noun and not author else ():
            author = self._author(earlier, None, noun)
            if author:
                break
        return author or (self._spoken_with(noun, index) if noun in DOCUMENT_NOUNS else None)

    def _spoken_with(self, noun: str, index: int) -> Antecedent | None:
        """For "the report said" with no author near: the one organisation that spoke, earlier in
        the story, in a sentence naming such a document ("In its report, the X Court of Audit
        said"), or None."""
        word = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
        speakers = set()
        for earlier in self._earlier(index, reach=_DOCUMENT_REACH):
            settled, sentence = self.article.results[earlier], self.article.sentences[earlier]
            if settled is not None and settled.suggestion is not None and word.search(sentence.text) \
                    and not self.entities.is_person(settled.suggestion.source, settled.kind) \
                    and not self.person_shaped(settled.suggestion.source):
                speakers.add(settled.suggestion.source)
        return Antecedent(speakers.pop(), None, CARRIED) if len(speakers) == 1 else None

    def _author(self, index: int, before: int | None, noun: str | None) -> Antecedent | None:
        """The author of the nearest letter or statement in a sentence (before an offset)."""
        article, sentence = self.article, self.article.sentences[index]
        low = bisect.bisect_left(self.document_starts, sentence.start)
        high = bisect.bisect_left(self.document_starts, before or sentence.end)
        for document in reversed(article.documents[max(low, high - 16):high]):
            document_noun = document.group("noun1") or document.group("noun2") or document["noun3"]
            if noun and document_noun.lower() != noun:
                continue
            if document.group("possessive"):  # "X's letter"
                owner = article._ending_at(document.start(), sentence, False, False)
            elif document.group("noun2"):  # "a letter from X"
                owner = article._after(document.end(), sentence)
            else:  # "X issued a statement"
                owner = article._subject(document.start(), sentence)
            if owner and owner.source is not None:
                return Antecedent(owner.source, owner.kind, CARRIED)
            if owner and owner.reference in ORG_NOUNS:  # "The council issued a statement"
                described = self.entities.described(owner.reference, owner.start)
                if described:
                    return Antecedent(described, None, CARRIED)
        return None

    def _modifiers(self, found: Found) -> list[str]:
        """The words between a description's determiner and its noun ("the smaller carrier":
        smaller; "the interior minister": interior), lower case."""
        words = self.article.text[found.start : found.end].lower().replace("\u2019", "'").split()
        owner = words.index(f"{found.reference}'s") if f"{found.reference}'s" in words else len(words) - 1
        return words[1:owner] if words and words[0] in _DETERMINERS else []  # (up to the noun when
        # it owns what follows: "the agency's inspectors", none)

    def _described(self, found: Found, index: int) -> Antecedent | None:
        """"The bank": the one organisation named before whose name fits; else, for "the
        company" when nothing named fits, the previous sentence's source if it is no person."""
        modifiers = self._modifiers(found)
        fitting = self._fitting(found, modifiers)
        if fitting is not None:
            if self._other_organisation_opens(index, found.start, fitting, found.reference):
                return None  # "Kellan's board backed it, the company said": Kellan, unsure
            # ("the court" after "Tolhaqa's Supreme Court": the registered "Tolhaqan Supreme Court")
            return Antecedent(self.article.registered_short_name(fitting, found.start) or fitting, None, CARRIED)
        unnamed = self._unnamed_described(found, modifiers)
        if unnamed is not None:
            return Antecedent(unnamed, None, CARRIED)
        # of two banks, the one that just spoke; "the country's disease control agency said ...
        # The agency said"; in a lead, the one the story names further down
        spoken = self._described_speaker(found, index, modifiers) or self._named_after_lead(found, modifiers, index)
        if spoken is not None:
            return Antecedent(spoken, None, CARRIED)
        opening = self._clause_opener(index, found.start)
        if opening and self.entities.fits_description(opening, found.reference):
            return Antecedent(opening, None, CARRIED)  # "X signed Y from Z, the club said": X
        trade = self._named_with_words(found, modifiers)
        if trade is not None and _names_trade(trade, modifiers):  # "the railway company": "X State Railways"
            return Antecedent(trade, None, CARRIED)
        if self.entities.fits_any(found.reference, found.start) or found.reference not in COMPANY_NOUNS:
            return None  # two organisations fit, or "the government" after a bank's words
        return self._company(found, index, modifiers)

    def _company(self, found: Found, index: int, modifiers: list[str]) -> Antecedent | None:
        """For "the company" that no name named before fits: the organisation opening the
        clause, else the one registered body named before that may be a company, else the
        previous sentence's source if it is one; never one whose name lacks the description's
        trade ("the railway company" is no "X Pest Services")."""
        opener = self._opening_organisation(found, index)  # "Nexora cut ..., the company said"
        if opener:
            return Antecedent(opener, None, CARRIED)
        sole = self._sole_company(found, index) if found.reference in _PLAIN_COMPANY_NOUNS else None
        if sole and _holds_modifiers(sole, modifiers):  # the one registered body named before that may
            # be a company
            return Antecedent(sole, None, CARRIED)
        carried = self._carried(found.reference or "", index, reach=1)  # "Nexora said ... The company"
        if carried and (((self.entities.is_institution(carried.source) or other_body(carried.source, found.reference))
                        and not self.entities.fits_description(carried.source, found.reference))
                        or not _holds_modifiers(carried.source, modifiers)):
            return None  # "The commission said ... the chipmaker", "The navy said ... the company":
            # no company spoke
        return carried

    def _named_after_lead(self, found: Found, modifiers: list[str], index: int) -> str | None:
        """For a body described in the story's lead when none named before fits ("..., the
        national disaster agency said"): the one the story names further down
        (`Candidates.named_later`), or None."""
        if found.reference is None or self.entities.fits_any(found.reference, found.start):
            return None
        if not self._lead(index):  # past the lead, a body named within a few sentences ("She said the
            # ministry had assured her ... The X Ministry stated"), not for its head ("the department's
            # director": the person, who may be named later)
            return None if found.role in HELD_ROLES else self.article.named_later(
                modifiers, found.reference, found.start, reach=_NEXT_REACH)
        return self.article.named_later(modifiers, found.reference, found.start)

    def _lead(self, index: int) -> bool:
        """Tell whether a sentence is the story's lead, its first of body text."""
        return index == self._lead_index

    def _described_speaker(self, found: Found, index: int, modifiers: list[str]) -> str | None:
        """The source of the sentence just before, if "the <noun>" fits it (of two banks, the one
        that just spoke); else, when no organisation named before fits, the one organisation that
        spoke before, found by a description of it ("the country's disease control agency said"),
        whose name fits, if only one did (within the _SPOKEN_REACH sentences before: linear);
        never one whose name lacks a word the description gives ("the city's traffic office" is
        not the "City Health Office" that spoke)."""
        words = [word for word in modifiers if not word.endswith("'s") and word.isalpha()
                 and word not in ("national", "state", "own", "local", "main")]
        recent = self._recent_speaker(index)
        if recent and self.entities.fits_description(recent, found.reference or "") \
                and self.entities.fits_modifiers(recent, found.reference or "", words):
            return recent
        if found.reference is None or self.entities.fits_any(found.reference, found.start):
            return None
        spoken = {settled.suggestion.source for settled in self.article.results[max(0, index - _SPOKEN_REACH) : index]
                  if settled is not None and settled.suggestion is not None
                  and not settled.suggestion.source.islower()
                  and self.entities.fits_description(settled.suggestion.source, found.reference)
                  and self.entities.fits_modifiers(settled.suggestion.source, found.reference, words)}
        return spoken.pop() if len(spoken) == 1 else None

    def _fitting(self, found: Found, modifiers: list[str]) -> str | None:
        """The organisation named before that a description fits; for "the finance ministry"
        after only the health ministry was named, the registered finance ministry of the
        country instead, if there is one."""
        fitting = self.entities.described(found.reference, found.start, modifiers)
        if fitting is not None and modifiers and not self.entities.fits_modifiers(fitting, found.reference, modifiers):
            return self.article.unnamed_organisation([*modifiers, found.reference], found.start) \
                or self._named_with_words(found, modifiers) or fitting
        return fitting

    def _unnamed_described(self, found: Found, modifiers: list[str]) -> str | None:
        """"The finance ministry" when no organisation named before fits: the registered body
        of the country the article names, never named itself (`Candidates.unnamed_organisation`);
        else, for a company described by words of its name, the one whose name holds them."""
        if self.entities.fits_any(found.reference, found.start):
            return None
        return self.article.unnamed_organisation([*modifiers, found.reference], found.start) \
            or self._named_with_words(found, modifiers)

    def _named_with_words(self, found: Found, modifiers: list[str]) -> str | None:
        """For a company described by words of its name ("the refining company"), the one
        organisation named before whose name holds them and shows no other kind of body, but
        for a kind the words give ("the railway company" for "X State Railways", not for "X
        Railway Workers' Union")."""
        if not modifiers:
            return None
        if found.reference not in COMPANY_NOUNS:  # "the rescue service" when no service was named: the one
            # body named before whose name is headed by the last of the words ("Alpine Air Rescue of X"); not
            # for a noun of a kind of its own ("the police union" is no "X Police", "the water board" no "X Water")
            named = self.entities.named_with_words(modifiers, found.start) if found.reference in _SERVICE_NOUNS \
                else None
            return named if named is not None and head_noun(named) == modifiers[-1] and " " in named \
                and not self.entities.is_person(named) else None  # (not "Genvale" for "the Genvale agency")
        named = self.entities.named_with_words(modifiers, found.start)
        if named is not None and not other_body(named, found.reference):
            return named
        seen = self.entities.first_seen
        fitting: set[str] | None = None
        for word in modifiers:
            names = {name for start, name in seen.get(word, ()) if start < found.start}
            fitting = names if fitting is None else fitting & names
        trades = {name for name in fitting or () if _names_trade(name, modifiers)}
        return trades.pop() if len(trades) == 1 else None

    def _sole_company(self, found: Found, index: int) -> str | None:
        """For "the company" that no name fits: the one registered organisation named before
        that is shown as no other kind of body ("Dockers' Union") and as no person, however long
        before, unless an unregistered organisation that may be a company was named since its last
        mention ("Bluefen cut pay ... Kowalski met Harwick Freight ... The company"); else None."""
        if self._companies is None:  # (first mention, name) of each, every mention, and where
            # unregistered organisations that may be companies start: once
            first: dict[str, int] = {}
            mentions: list[tuple[int, str]] = []
            for start, mention in sorted(self.article.by_start.items()):
                entry = mention.entry
                if entry.kind != "person" and not entry.is_description and not entry.name.islower() \
                        and not self.entities.is_person(entry.name) and not other_body(entry.name, "company"):
                    first.setdefault(entry.name, start)
                    mentions.append((start, entry.name))
            unregistered = [entity.start for entity in self.entities.entities
                            if entity.start not in self.article.by_start
                            and self.entities.kind(entity.name) == ORGANISATION
                            and not other_body(entity.name, "company")]
            self._companies = (sorted((start, name) for name, start in first.items()), mentions, unregistered)
        firsts, mentions, unregistered = self._companies
        if bisect.bisect_left(firsts, (found.start, "")) != 1:
            return None
        last = mentions[bisect.bisect_left(mentions, (found.start, "")) - 1][0]
        since = bisect.bisect_left(unregistered, found.start) - bisect.bisect_right(unregistered, last)
        return None if since > 0 else firsts[0][1]

    def _other_organisation_opens(self, index: int, before: int, fitting: str, noun: str) -> bool:
        """Tell whether the reference's own sentence opens with an organisation other than the
        one its description fits (registered, or shown as an organisation by its name) that the
        description could stand for too (any for "the company"; for "the commission", one whose
        name it fits), and the description follows the words it reports ("..., the company
        said")."""
        start = self.article._clause_start(self.article.sentences[index])
        if not self.article.text[start:before].rstrip().endswith(","):
            return False
        opening = self.entities.first_after(start, before)
        if opening is None or opening.start > start + 4 or opening.name == fitting:
            return False
        if noun not in COMPANY_NOUNS and not self.entities.fits_description(opening.name, noun):
            return False  # "The Mahligai Grand casino ... will stay closed, the commission said"
        kind = self.entities.kind(opening.name)
        return kind == ORGANISATION or (kind is None and opening.start in self.article.by_start)

    def _clause_opener(self, index: int, before: int) -> str | None:
        """The entity opening the reference's own sentence, before the reference, if any."""
        start = self.article._clause_start(self.article.sentences[index])
        opening = self.entities.first_after(start, before)
        return opening.name if opening and opening.start <= start + 4 else None

    def _recent_speaker(self, index: int) -> str | None:
        """The source of the sentence just before (not across a heading), if it has one."""
        earlier = next(self._earlier(index), None)
        settled = self.article.results[earlier] if earlier is not None else None
        return settled.suggestion.source if settled and settled.suggestion else None

    def _opening_organisation(self, found: Found, index: int) -> str | None:
        """The name opening the reference's own sentence, when it is the only name before the
        reference and no person's ("Velgas cut its output, the company said")."""
        article = self.article
        start = article._clause_start(article.sentences[index])
        named = [entity for entity in self.entities.between(start, found.start)
                 if not self._place_after_preposition(entity)]  # ("issued a warning for Gaukomah")
        if not named or named[0].start > start + 4 or any(e.name != named[0].name for e in named) \
                or not self._is_name(named[0]):  # ("Rescuers dug ..., it said": a crowd, no name)
            return None
        owned = _OWNED_BODY.match(article.text, named[0].end, found.start)
        words = owned.group("words").lower().split() if owned is not None else []
        if found.end - found.start > 3 and named[0].start not in article.by_start:  # "Rikimanu will stop
            # ..., its maritime affairs ministry said": a body of an unregistered place's own
            words = LOWER_WORD.findall(article.text, found.start + 3, found.end)
        nouns = [at for at, word in enumerate(words) if word in ORG_NOUNS]
        if nouns:  # "Waruguma's broadcasting regulator has ..., it announced": the regulator's, in a
            # lead the one the story names later
            return article.named_later(words[: nouns[-1]], words[nouns[-1]], found.start) if self._lead(index) \
                else None
        return None if self.entities.kind(named[0].name) == PERSON else named[0].name

    def _opening_description(self, found: Found, index: int) -> Antecedent | None:
        """For "it" closing a clause that opens with a body described ("The health ministry has
        sent ..., it said"): the organisation the description stands for, carried; or None."""
        if found.reference != "it":
            return None
        start = self.article._clause_start(self.article.sentences[index])
        opening = REFERENCE_START.match(self.article.text, start, found.start)
        noun = (opening.group("noun") or "").lower() if opening is not None else ""
        if opening is None or noun not in ORG_NOUNS:
            return None
        described = self._described(found._replace(start=opening.start(), end=opening.end("noun"), reference=noun),
                                    index)
        return described if described is not None and not self.entities.is_person(described.source) else None

    def _place_after_preposition(self, entity: Entity) -> bool:
        """Tell whether a name neither a person's nor a registered body's follows a preposition of
        place ("for Gaukomah", "in Telmar"): a place, no one an "its" could stand for."""
        return self.entities.kind(entity.name) is None and entity.start not in self.article.by_start \
            and _PLACE_PREPOSITION.search(self.article.text, max(0, entity.start - 10), entity.start) is not None

    def _person(self, found: Found, index: int) -> Antecedent | None:
        """"He"/"she" or "the 53-year-old": for an age, the one person named with it, else the
        person the nearest sentence naming one the pronoun fits names."""
        aged = self._aged(found) if found.reference == "person" else None
        self._sole = False
        antecedent = aged or self._nearest_person(found, index)
        if aged is None and antecedent is not None and found.reference == "person" and (
                self._other_age(antecedent.source, found)
                or self.article.text[found.start : found.end].split()[-1].lower() in _NEWCOMERS):
            return None  # "X, 52, said ... The 34-year-old said", "the 29-year-old suspect": someone else
        gender = _GENDERS.get(found.reference)
        sentence = self.article.sentences[index]
        opens = (found.start == sentence.start and self.article.text[found.start : found.end] in ("He", "She")) \
            or (_AFTER_OPENING_QUOTE.fullmatch(self.article.text, sentence.start, found.start) is not None
                and antecedent is not None and self._recent_speaker(index) == antecedent.source)
            # ('"...," she said' only of the one who spoke just before: a quote may be a
            # passer-by's, unnamed)
        if antecedent is not None and gender and self._sole and antecedent.source not in self.entities.genders \
                and opens:  # "She said" or '"...," she said' of Ruiz: Ruiz is a she
            self.entities.genders[antecedent.source] = gender
        return antecedent

    def _nearest_person(self, found: Found, index: int) -> Antecedent | None:
        """"He"/"she": the person the nearest sentence naming one the pronoun fits names."""
        gender = _GENDERS.get(found.reference)
        sentences = self.article.sentences
        spans: list[tuple[Span, int, int | None]] = []
        text = self.article.text
        if (text[found.start : found.end].lower() not in _GENDERS and found.reference != "person") \
                or not text[sentences[index].start : found.start].rstrip().endswith(","):
            # "Renn had 46 percent, she said" (or "the 58-year-old said"): whom the words are
            # about is not who says them (but "Ortiz will not run, his office said": his own)
            spans.append((sentences[index], found.start, None))
        else:
            opening = self._opening_speaker(found, sentences[index], gender)
            if opening is not None:
                return opening
        spans += [(sentences[e], sentences[e].end, e) for e in self._earlier(index)]
        for position, (sentence, end, earlier) in enumerate(spans):
            people = {p.name for p in self.entities.people(sentence.start, end, gender)
                      if self.article.quotes.around(p.start) is None}  # not '"We backed Kim," he
            speaker = self._speaker(earlier, gender)
            # "Ruiz (she) said ... Moss sat beside her. She said": Ruiz
            people = self._speaker_over(earlier, people, speaker, gender, spans[position + 1 :])
            unnamed = self._unnamed_speaker(sentence, earlier, gender, bool(people or speaker))
            if unnamed is not None:
                return unnamed
            if not people and not speaker and self._unnamed_spoke(sentence, earlier, index, gender):
                return None  # "The brother of the younger man said ... He said": the brother, unnamed
            if speaker:
                people.add(speaker)
            if len(people) == 1:
                self._sole = True  # the one person the pronoun fits there
                return Antecedent(people.pop(), "person", CARRIED)
            if speaker:
                return Antecedent(speaker, "person", CARRIED)
            if people:
                return self._opener(sentence, people)
        return self._quoted_newcomer(found, index)

    def _quoted_newcomer(self, found: Found, index: int) -> Antecedent | None:
        """For '"...," she said' right after a sentence that says nothing and names one person
        only by a name that looks like a person's ("Gunnvi Lauksung and her son tipped the
        fleeces into a pit"): that person, or None."""
        article = self.article
        sentence = article.sentences[index]
        if index == 0 or _AFTER_OPENING_QUOTE.fullmatch(article.text, sentence.start, found.start) is None:
            return None
        before = article.sentences[index - 1]
        settled = article.results[index - 1] if index - 1 < len(article.results) else None
        if settled is not None and settled.suggestion is not None:
            return None
        names = {entity.name for entity in self.entities.between(before.start, before.end)
                 if not self._after_preposition(entity.start)}  # ("near Stajnvik": a place)
        if len(names) != 1:
            return None
        name = names.pop()
        if self.entities.kinds.get(name) is not None or not self.person_shaped(name):
            return None
        return Antecedent(name, "person", CARRIED)

    def _opening_speaker(self, found: Found, sentence: Span, gender: str | None) -> Antecedent | None:
        """For "Maria Ruiz, 34, lost her job in May, she said": the clause's subject, who speaks
        when known to be of the pronoun's gender (not "Oakham, she said, had told ...")."""
        text = self.article.text
        start = self.article._clause_start(sentence)
        opening = [p for p in self.entities.people(start, found.start, gender)
                   if p.start <= start + 4 and self.article.quotes.around(p.start) is None
                   and gender is not None and self.entities.genders.get(p.name) == gender
                   and "," not in text[found.end : sentence.end]]
        return Antecedent(opening[0].name, "person", CARRIED) if len(opening) == 1 else None

    def _unnamed_speaker(self, sentence: Span, index: int | None, gender: str | None,
                         named: bool) -> Antecedent | None:
        """Whom "he"/"she" stands for when sentence index's speaker is unnamed: the body an
        unnamed spokeswoman (for "she"; spokesman for "he") opening it spoke for ("A spokeswoman
        for X said Y was no suspect. She said": X, not Y); when it ``named`` no one the pronoun
        fits, the anonymous entry ("An official, who asked not to be named, said ... She said")
        or the body a spokesperson spoke for ("A Norvex spokeswoman said ... She said")."""
        if gender is not None and index is not None and _SPOKESPERSON_OPENS[gender].match(
                self.article.text, self.article._clause_start(sentence), sentence.end):
            spoken_for = self._spokesperson_for(index)
            if spoken_for is not None:
                return spoken_for
        if named:
            return None
        return self._anonymous(index) or self._spokesperson_for(index)

    def _unnamed_spoke(self, sentence: Span, earlier: int | None, index: int, gender: str | None) -> bool:
        """Tell whether the sentence right before ``index`` (``earlier``) is spoken by an unnamed
        man or woman of the pronoun's gender opening it, with no suggestion ("The brother of the
        younger man said by telephone that ..."), and sentence index opens with the pronoun."""
        if gender is None or earlier is None or earlier != index - 1 or earlier not in self.article.cued:
            return False
        settled = self.article.results[earlier]
        if settled is not None and settled.suggestion is not None:
            return False
        here = self.article.sentences[index]
        if self.article.text[here.start : here.start + 4].split()[:1] not in (["He"], ["She"]):
            return False
        return _UNNAMED_OPENS[gender].match(self.article.text, self.article._clause_start(sentence), sentence.end) \
            is not None

    def _speaker_over(self, index: int | None, people: set[str], speaker: str | None, gender: str | None,
                      before: list[tuple[Span, int, int | None]]) -> set[str]:
        """The people a "he"/"she" may stand for in sentence index: when it names people of
        unknown gender but no one speaks there (no cue of its own, no ``speaker``), a speaker
        of an earlier sentence (``before``) known to be of the pronoun's gender instead, the
        stronger antecedent; else the people named."""
        if speaker or not people or gender is None or index is None \
                or any(self.entities.genders.get(name) is not None for name in people):
            return people
        sentence = self.article.sentences[index]
        if not _GENDER_PRONOUN[gender].search(self.article.text, sentence.start, sentence.end):
            return people  # the earlier one is kept in view only by a pronoun ("Moss sat beside her")
        known = self._known_person(before, gender)
        return {known} if known else people

    def _known_speaker(self, spans: list[tuple[Span, int, int | None]], gender: str | None) -> str | None:
        """The speaker of the nearest of these earlier sentences who is known to be of the
        pronoun's gender, if any."""
        for _sentence, _end, earlier in spans:
            speaker = self._speaker(earlier, gender)
            if speaker and self.entities.genders.get(speaker) == gender:
                return speaker
        return None

    def _known_person(self, spans: list[tuple[Span, int, int | None]], gender: str | None) -> str | None:
        """The one person named or speaking in the nearest of these earlier sentences that
        names one known to be of the pronoun's gender."""
        for sentence, end, earlier in spans:
            named = {p.name for p in self.entities.people(sentence.start, end, gender)
                     if self.article.quotes.around(p.start) is None}
            speaker = self._speaker(earlier, gender)
            known = {name for name in (named | {speaker} if speaker else named)
                     if self.entities.genders.get(name) == gender}
            if known:
                return known.pop() if len(known) == 1 else None
        return None

    def _nearest_anonymous(self, noun: str, index: int, modifiers: Iterable[str] = ()) -> Antecedent | None:
        """For "the official" (``noun``): the anonymous entry when the nearest earlier sentence
        that names a speaker or the noun is an unnamed speaker's (or has one as the outer
        speaker of its nested speech) described with that noun ("A senior official, speaking
        on condition of anonymity, said"; any for "the person"); None when that sentence names
        someone else with it ("People familiar with it said an employee had leaked the file"),
        or when a word of rank among the ``modifiers`` is not in the unnamed speaker's
        description ("the head nurse" is not "A nurse, who asked not to be named")."""
        words = _UNNAMED_DESCRIBED.get(noun, (noun,))
        entry = self.article.anonymous_entry()
        for earlier in self._earlier(index):
            settled = self.article.results[earlier]
            anonymous = self.article.anonymous_outer.get(earlier) or (
                settled.suggestion if settled is not None and settled.suggestion is not None
                and settled.suggestion.basis == "anonymous" else None)
            if anonymous is None and entry is not None and settled is not None and (
                    (settled.suggestion is not None and settled.suggestion.basis == "carried"
                     and settled.suggestion.source == entry.name)
                    or (settled.outer is not None and settled.outer[0] == entry.name)):
                continue  # ("He said ...", "The doctor said Y had told ...": the unnamed speaker
                # again, whose description is further back)
            sentence = self.article.sentences[earlier]
            named = [match for word in words
                     for match in re.finditer(rf"\b{word}s?\b", self.article.text[sentence.start : sentence.end], re.I)]
            if anonymous is not None and anonymous.source_span is not None:
                start, end = anonymous.source_span
                described = self.article.text[start:end].lower()
                if any(word in _RANKS and word not in described for word in modifiers):
                    return None
                if noun == "person" or any(start <= sentence.start + match.start() < end for match in named):
                    return Antecedent(anonymous.source, None, CARRIED)  # described with the noun, or
                    # "the person", whoever spoke unnamed
                return None
            if named or (settled is not None and settled.suggestion is not None):
                return None
        return None

    def _anonymous(self, index: int | None) -> Antecedent | None:
        """The registry's anonymous entry when sentence index is an unnamed speaker's."""
        settled = self.article.results[index] if index is not None else None
        if settled is None or settled.suggestion is None or settled.suggestion.basis != "anonymous":
            return None
        return Antecedent(settled.suggestion.source, settled.kind, CARRIED)

    def _spokesperson_for(self, index: int | None) -> Antecedent | None:
        """The organisation an unnamed spokesperson spoke for in sentence index, if so."""
        settled = self.article.results[index] if index is not None else None
        suggestion = settled.suggestion if settled else None
        if index is None or settled is None or suggestion is None or settled.outer \
                or self.entities.is_person(suggestion.source, settled.kind) \
                or not self._spokesperson_speaks(index, suggestion):
            return None
        return Antecedent(suggestion.source, settled.kind, CARRIED)

    def _speaker(self, index: int | None, gender: str | None) -> str | None:
        """The source of sentence index when "he"/"she" may stand for it, else None."""
        settled = self.article.results[index] if index is not None else None
        if settled is None or settled.suggestion is None:
            silent = self.article.silent_outer.get(index) if index is not None else None
            speakers = [silent] if silent else []  # "X said an aide had told her ...": X
        else:
            speakers = [settled.outer, (settled.suggestion.source, settled.kind)] if settled.outer \
                else [(settled.suggestion.source, settled.kind)]
        for source, kind in speakers:  # "Y had conceded, X said. ... he said": X, who speaks
            if (self.entities.is_person(source, kind) or (self.person_shaped(source)
                                                          and _NOT_SURNAMES.isdisjoint(source.split()))) \
                    and self.entities.fits(source, gender):
                return source
        return None

    def _opener(self, sentence: Span, people: set[str]) -> Antecedent | None:
        """Of several people in a sentence, the one opening it ("Shoigu met Kang. He said"),
        unless two open it together ("Sarkis and Petrov met")."""
        article = self.article
        start = article._clause_start(sentence)
        opening = self.entities.first_after(start, sentence.end)
        if opening is None or opening.name not in people or opening.start > start + 4:
            return None
        if article.text[opening.end : opening.end + 5].lstrip().startswith("and "):
            return None
        owned = _OWNED_APPOSITIVE.match(article.text, opening.end, sentence.end)
        if owned is not None:  # "X's widow, Y, sat in the front row. She said": Y, the subject
            named = self.entities.first_after(owned.end(), sentence.end)
            return Antecedent(named.name, "person", PREVIOUS_SUBJECT) \
                if named is not None and named.start == owned.end() and named.name in people else None
        return Antecedent(opening.name, "person", PREVIOUS_SUBJECT)

    def _earlier(self, index: int, reach: int = LOOKBACK) -> Iterator[int]:
        """Up to reach earlier body sentences, nearest first, not across a heading."""
        found = 0
        for earlier in range(index - 1, -1, -1):
            kind = self.article.sentences[earlier].kind
            if kind in ("title", "heading") or found == reach:
                return
            if kind != "meta":
                found += 1
                yield earlier


def _names_trade(name: str | None, modifiers: list[str]) -> bool:
    """Tell whether a name's words for a kind of body are all words of a company's description
    ("the railway company" for "X State Railways")."""
    if name is None:
        return False
    words = {_one(word) for word in name.lower().split()}
    kinds = {word for word in words if word in ORG_NOUNS and word not in COMPANY_NOUNS}
    return bool(kinds) and kinds <= {_one(word) for word in modifiers}


def _one(word: str) -> str:
    """A word in the singular, if it is a plural ("railways": railway)."""
    return singular(word) if word.endswith("s") else word


def _holds_modifiers(name: str, modifiers: list[str]) -> bool:
    """Tell whether a name holds one of a description's content words, or it gives none ("the
    company"; "the railway company" for "X Railways", not for "X Pest Services")."""
    words = [_one(word) for word in modifiers if word.isalpha() and word not in _PLAIN_MODIFIERS]
    return not words or any(_one(part) in words for part in name.lower().split())
