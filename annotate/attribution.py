"""Source suggestions: who a sentence's claim comes from, read off its attribution cue.

`suggest_sources(text, sentences, sources)` returns one item per sentence: None when the article
speaks for itself, else a `Suggestion` naming the source (a registry name, or a name found in
the text), where the cue and the source sit in `text`, and a confidence. Pure: no Flask, no
database; the page offers the suggestion and a reviewer accepts it with one key.

How it works: the registry's names and aliases are found in the text by an index of them
(`annotate.attribution_registry.Registry`: proper names case-insensitive; descriptive aliases
such as "the ministry" only in lower case, so "The Ministry of ..." stays a name), every match
reported, overlapping ones included. `sources` may be that index itself, built once and reused
for every article (as the workspace does), so that an article's cost does not grow with the
registry; given entries, it is built for the call. Capitalised names, documents
(`annotate.attribution_candidates`), quotes (`annotate.attribution_quotes`) and, when a
reference needs them, the article's entities (`annotate.attribution_entities`) are found by
one pass each. Then, sentence by sentence, each cue outside a quote ("said", "estimated",
"according to", ", saying", "quoted X as saying", ...; `annotate.attribution_cues`) is tied to
a source:
- the subject just before the cue (adverbs, times and "has" skipped; "X, the agency, said"
  skips the appositive; "officials in Skarvik" is the officials, but "officials at X", "a
  spokesperson for X", "an X official" and "X's office" are X's when X is a registered
  organisation; a spokesperson named ("X spokeswoman Ana Ruiz") is herself; "X ... and said",
  "X ..., saying" and "X raised the toll in a post" go back to the clause's subject), or the
  name just after it when a saying verb follows a comma or quote and the name ends the clause
  ('"...," said X.', not ', said Pellin would ...') or the cue is "according to"; a negated or
  passive cue ("did not say", "was told") attributes nothing;
- a speaker who asked not to be named (the marker before the cue, or right after it: '...,
  said a diplomat who asked not to be identified.') or who is described as unnamed ("people
  familiar with the matter", "sources close to X") goes to the registry's anonymous entry, if
  it has one, and to nobody otherwise;
- at that position, a registry match wins (the longest one), then a capitalised name, then a
  pronoun or description ("she", "the bank", "the letter", "the chief executive", "the
  58-year-old"), resolved by `annotate.attribution_references` to an entity named earlier;
- nested speech is the inner speaker's: "X said Y had told him that ...", "Y had warned (the
  union at a meeting in May) that ...", "he had been told by Y", "X's chairman had warned";
  nobody's when Y is unnamed (the anonymous entry when Y asked not to be named, but not when
  the outer speaker did: "According to an aide who ..., Y had told"), X's own when Y is a
  pronoun ("X said she had told Y"); also a commitment ("Y had promised to", "had agreed to",
  "had offered him"), a stance argued by a named Y ("Y had argued against"), a cue set in
  parenthesis ("Y, X said, had told him"), "X, citing Y, said" and "quoted the agency's
  director, Y, as saying"; a role followed by a name in apposition ("X's chief executive, Y,")
  is the person named, and "In a letter, X told Y that ..." is X's own verb, not nested;
  further inner speech: a person's directive ("Y had instructed him to pay"; an organisation's
  "had asked X to review" is an act), a belief ("X said the governor believed ..."), a call
  made to say something, a speech act after "had" ("Y had congratulated ..."), a quoted naming
  ('Y had called it "fair"'), a clause without "that" after "had" ("Y had indicated it would
  bid"); the agent of a passive may be a description or a role with a name in apposition
  ("by the former minister, Y,"); a passive with no agent ("had been warned") is nobody's, and
  so is one with an unnamed agent ("by a neighbour", "by Kaltrian soldiers"); a speech act named
  by its object ("Y had repeated that promise", "had given her his word"), a threat ("Y had
  threatened to quit") and advice ("the agency had advised farmers to wait") are inner speech;
  an inner "he"/"she" whose gender differs from the outer speaker's is someone else;
- a cue set in commas after the sentence's own ("Y had assured her, X said, that") notes X as
  the outer speaker, whom a later "she" stands for; "the Front" after "X Liberation Front" is
  that organisation.
The first cue of a sentence that resolves gives its suggestion (at most MAX_CUES are tried, so
run-on text stays linear). Last, a sentence inside a quote whose speaker is named in another
sentence (the quote runs over sentences, or follows the speaker's quote in the same
paragraph) gets that speaker. Word tables for names (titles, first names, organisation
words) are in `annotate.attribution_words`.

Confidence scale: 0.9 a registry name or alias attached to the cue; 0.8 a descriptive alias
("the ministry") of an entry named earlier in the article, 0.7 one that is not, 0.8 an
anonymous source filed under the registry's entry; 0.7 a name from the text that is not in the
registry; 0.6 a source carried across a pronoun, description, document or quote; 0.5
"he"/"she" read as the person who opens an earlier sentence.
"""

import itertools
import re
from collections.abc import Iterable

from annotate.attribution_candidates import (
    ANONYMOUS,
    DESCRIPTIVE_ALIAS,
    REFERENCE,
    REGISTRY_NAME,
    SILENT,
    TEXT_NAME,
    Candidates,
    comma_before,
    reference_word,
)
from annotate.attribution_cues import (
    AFTER_INVERSION,
    ANONYMITY,
    BEFORE_CUE,
    CUE,
    DATELINE,
    INVERTIBLE,
    NESTED_OBJECT,
    NESTED_VERB,
    NESTED_WEAK,
    NOT_A_CUE,
    NOT_A_SUBJECT,
    ORG_NOUNS,
    PASSIVE_WORDS,
    PERSON_NOUNS,
    REFERENCE_START,
    SPOKESPERSON_WORD,
    STOP_WORDS,
    WINDOW,
)
from annotate.attribution_entities import ORGANISATION, PERSON
from annotate.attribution_quotes import Quotes, continue_quotes
from annotate.attribution_references import CARRIED, Found, References, Settled, Suggestion
from annotate.attribution_registry import Registry
from annotate.attribution_words import PERSON_ROLE_BEFORE, SPOKESPERSON_NOUNS, TITLE_WORDS
from annotate.segment import Span

__all__ = ["Suggestion", "suggest_sources"]

# Confidences, as the scale in the docstring above gives them.
REGISTRY = 0.9
DESCRIPTIVE_NAMED_EARLIER, DESCRIPTIVE = 0.8, 0.7
NAMED = 0.7
MAX_CUES = 16  # cues tried per sentence: bounds the work on run-on text
_SKIPPED_KINDS = frozenset(("title", "heading", "meta"))
_PRONOUNS = frozenset(("he", "she", "it", "they"))
# What a name may modify rather than be the subject of ("Norvex shares rose, ...", "The
# Tarvonian presidency said in a statement").
_MODIFIED = re.compile(r"[ \xa0]+(?:shares|stock|stocks|prices|sales|output|profits?|revenues?"
                       r"|exports|imports|bonds|debt|currency|economy|market|index|presidency"
                       rf"|{'|'.join(ORG_NOUNS)}|{'|'.join(PERSON_NOUNS)})\b")
# What ends an unnamed speaker's words before an anonymity marker (", who").
_WHO_TAIL = re.compile(r"[\s,]*(?:\b(?:who(?:\s+(?:spoke|was|were|is|are))?|speaking)\b[\s,]*)?\Z")
# What may end a sentence after an anonymity marker ("... because the talks are confidential.").
_ANONYMITY_TAIL = re.compile(r"(?:[ \xa0,]+(?:because|as|since|given|to)\b[^\u201c\u201d\"]*+)?[\s.!?\u201d\"]*\Z")
_WORD = re.compile(r"\w")
# An age in apposition ("Ruiz, 34,"), between a name and a second appositive.
_AGE_TAIL = re.compile(r",[ \xa0]*\d{1,3}\Z")
# A passive auxiliary before a nested verb ("had been warned that"): nobody named speaks.
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:been|was|were|is|are|be|being)[ \xa0]+(?:[a-z]+ly[ \xa0]+)?\Z",
                             re.IGNORECASE)
# Verbs that tell of speaking but carry no claim ("X spoke to the agency in an interview").
_CONTENTLESS = frozenset(("spoke", "speaks", "talked", "talks", "appeared", "appears"))
_CLOSING_QUOTE = re.compile(r"[\u201d\"]")
_NO_APPOSITIVE = frozenset(("who", "which", "whose", "whom", "that", "where"))
# A participle opening a clause between commas ("The study, published in X, ..."): no speaker.
_PARTICIPLE = re.compile(r"[a-z]+ed\Z|(?:written|seen|sent|drawn|made|given|taken|shown|known"
                         r"|held|brought|led|run|built|based)\Z")
# A relative pronoun before a nested verb ("Y, who had warned that"): the verb is no claim of
# the sentence's own.
_RELATIVE = re.compile(r"(?<![\w-])(?:who|which)(?:[ \xa0]+(?:had|has|have|also|previously|once))*[ \xa0]+\Z",
                       re.IGNORECASE)
# The words of a person's role ("Norvex's chief executive", "the agency's director"): a name in
# apposition after a phrase ending in one is the person who holds the role.
_ROLES = frozenset(PERSON_ROLE_BEFORE | set(PERSON_NOUNS))
# An auxiliary or modal: a clause's own verb ("..., said the union would strike").
_FINITE = re.compile(r"(?<![\w-])(?:would|will|could|can|may|might|should|must|had|has|have|was|were"
                     r"|is|are|did|does|do)(?![\w-])", re.IGNORECASE)
# A common noun after a capitalised word, which modifies it ("Kaltrian soldiers"), not a word
# of time ("by Ruiz days earlier", "by Marta Ruiz this week").
_HEAD_NOUN = re.compile(r"[ \xa0]+(?!(?:this|these|those|days|weeks|months|years|hours|minutes|nights"
                        r"|mornings|evenings|decades|times|was|is|has|his|its|as)\b)"
                        rf"(?:[a-z-]+s|{'|'.join(PERSON_NOUNS)})\b")
# A word of nationality or origin ("Kaltrian", "Marsan", "Chinese", "Danish", "Iraqi", "Dutch").
_ORIGIN = re.compile(r"[A-Z][a-z-]*(?:an|ese|ish|i|ch|ss|ek|ai)\Z")
# Nested verbs of acts and stances, whose speaker must be known to take the claim from the
# outer speaker ("X said the army had called it ...", the army unknown: X's claim).
_ACT_GROUPS = ("promise", "act", "pledge", "calling", "stance")
_BY = re.compile(r"(?<![\w-])by(?![\w-])")
# Directives that are speech even from an organisation ("the agency had urged farmers to"),
# unlike one that may be an act ("the agency had asked the board to review").
_VERBAL_DIRECTIVES = frozenset(("advised", "urged", "implored", "begged"))
_INDEFINITE = re.compile(r"[ \xa0]+(?:a|an|one|some|several|two|three|other)[ \xa0]", re.IGNORECASE)
_CONJUNCTION = re.compile(r"(?<![\w-])(?:and|but)\Z", re.IGNORECASE)
# What may stand between "according to" and its source: "the", or "figures from (the)".
_ACCORDING_SOURCE = re.compile(
    r"[ \t\xa0]*(?:(?:the|a|an)[ \t\xa0]+)?(?:(?:[\w-]+[ \t\xa0]+){0,3}?(?P<noun>[\w-]+)"
    r"[ \t\xa0]+(?:from|by|of|at)(?P<lead>)[ \t\xa0]+(?:the[ \t\xa0]+)?)?", re.IGNORECASE)
# The nouns that a source may be given by ("data from X", "a statement by X").
_SOURCE_NOUNS = SPOKESPERSON_NOUNS | {"data", "figures", "estimates", "statistics", "sources", "officials"}



def _reports_an_act(cue: re.Match[str]) -> bool:
    """Tell whether a nested verb reports an act or a stance rather than words ("had agreed to
    pay", "had demanded", "had called it", "had lodged a protest", "had argued against")."""
    return any(cue.group(group) for group in _ACT_GROUPS)


def suggest_sources(
    text: str, sentences: Iterable[Span], sources: Iterable[object] | Registry
) -> list[Suggestion | None]:
    """Suggest, for each sentence, the source its claim is attributed to, or None (``sources``:
    registry entries, or a `Registry` built from them once)."""
    spans = list(sentences)
    registry = sources if isinstance(sources, Registry) else Registry(sources)
    article = _Article(text, spans, registry)
    for index in range(len(spans)):
        article.suggest(index)
    settled = continue_quotes(text, spans, article.results, article.quotes, article.cued)
    return [found.suggestion if found else None for found in settled]


class _Article(Candidates):
    """One article's candidates and quotes, and the suggestions made so far."""

    def __init__(self, text: str, sentences: list[Span], registry: Registry) -> None:
        super().__init__(text, sentences, registry)
        self.results: list[Settled | None] = []  # per sentence suggested so far
        self.cued: set[int] = set()  # sentences with a cue of their own outside quotes
        self.quotes = Quotes(text)
        self.references = References(self)

    def suggest(self, index: int) -> None:
        """Settle sentence index (earlier sentences must be done first) into self.results."""
        sentence, settled = self.sentences[index], None
        if sentence.kind not in _SKIPPED_KINDS:
            found = CUE.finditer(self.text, sentence.start, sentence.end)
            cues = (cue for cue in itertools.islice(found, MAX_CUES)
                    if self.quotes.around(cue.start()) is None
                    and not NOT_A_CUE.match(self.text, cue.end(), sentence.end))
            first = next(cues, None)
            if first:
                self.cued.add(index)
            settled = self._nested(first, sentence, index) if first else None
            for cue in itertools.chain((first,), cues) if first and settled is None else ():
                candidate = self._source_of(cue, sentence)
                settled = self._settle(candidate, _cue_span(cue), index) if candidate else None
                if settled:
                    settled = self._parenthetical(settled, next(cues, None), sentence, index)
                    break
        self.results.append(settled if settled and settled.suggestion else None)

    def _parenthetical(self, settled: Settled, cue: re.Match[str] | None, sentence: Span,
                       index: int) -> Settled:
        """For "Y had assured her, X said, that ...": Y's suggestion noting X, the speaker of
        the cue set in commas, as its outer speaker (whom a later "she" may stand for)."""
        if cue is None or settled.suggestion is None or settled.outer \
                or self.text[cue.end() : cue.end() + 1] != ",":
            return settled
        return self._with_outer(settled, cue, sentence, index)

    def _nested(self, first: re.Match[str], sentence: Span, index: int) -> Settled | None:
        """For "X said Y had told him that ...": Y's suggestion, or an empty one if Y is unnamed
        (``first``: the sentence's first cue). A verb whose speaker is the first cue's own ("In
        a letter, X told Y that Z had assured ...") is the outer cue, not nested speech."""
        after = first.end()
        for cue in itertools.islice(NESTED_VERB.finditer(self.text, after, sentence.end), MAX_CUES):
            if self.quotes.around(cue.start()) is not None or _RELATIVE.search(
                    self.text, max(after, cue.start() - 20), cue.start()):
                continue  # "X said Y, who had warned that ..., was wrong": X's words
            if cue.group("passive"):  # "X said he had been told by Y"
                found = self._agent(cue.end(), sentence)
                if found is None:
                    return None
            elif cue.group("object") and not NESTED_OBJECT.match(self.text, cue.end(), sentence.end):
                continue
            else:
                found = self._inner_speaker(after, cue.start(), sentence)
            if self._no_inner_speech(cue, found):
                continue
            if found is not None and found.reference in _PRONOUNS \
                    and not self._other_gender(found, first, sentence, index):
                return None  # "X said she had told him": the speaker's own words
            if found is not None and self._writers_own(first, found, sentence):
                after = cue.end()
                continue  # "In a letter, X told Y that ...": X's own verb
            if found is None:
                return Settled(None, None)
            return self._inner_settled(found, cue, first, sentence, index)
        return None

    def _inner_settled(self, found: Found, cue: re.Match[str], first: re.Match[str], sentence: Span,
                       index: int) -> Settled | None:
        """Nested speech's suggestion, noting its outer speaker; for an inner speaker who does not
        resolve, an empty one, or None (the outer speaker's) after a verb of an act ("X said the
        army had called it ...", no army known: X's claim)."""
        settled = self._settle(found, cue.span(), index)
        if settled is None:
            return None if _reports_an_act(cue) else Settled(None, None)
        return self._with_outer(settled, first, sentence, index)

    def _agent(self, end: int, sentence: Span) -> Found | None:
        """The agent of a passive nested verb ("had been told by Y"): a person named in
        apposition to a role ("by the former minister, Radu Lenc,"), else the candidate after
        "by" unless a pronoun ("by him": unsure whom); no one named for an indefinite agent
        ("by a neighbour") or a capitalised modifier of a common noun ("by Kaltrian soldiers")."""
        found = self._named_in_apposition(end, min(sentence.end, end + 120), sentence)
        found = found or self._after(end, sentence)
        unnamed = _INDEFINITE.match(self.text, end, sentence.end)
        if (found is None and unnamed) or (found is not None and found.rank == TEXT_NAME
                                           and _ORIGIN.match(self.text[found.start : found.end])
                                           and _HEAD_NOUN.match(self.text, found.end, sentence.end)):
            return Found(None, end, end + 1, SILENT)
        return None if found is None or found.reference in _PRONOUNS else found

    def _no_inner_speech(self, cue: re.Match[str], found: Found | None) -> bool:
        """Tell whether a nested verb reports no speech of its own: a directive that is no
        person's ("X said the agency had asked Y to review": an act), or a verb that reports
        speech only with a speaker, who is missing ("X said the data had suggested that")."""
        if not cue.group("passive") and _PASSIVE_BEFORE.search(self.text, max(0, cue.start() - 30), cue.start()):
            return True  # "X said Y had been warned that ...": no one named warned
        if cue.group("directive"):  # "advised"/"urged" say what to do, whoever does
            return cue.group().lower() not in _VERBAL_DIRECTIVES and not self._person_speaks(found)
        weak = cue.group().lower() in NESTED_WEAK or cue.group("stance") or cue.group("bare") \
            or cue.group("calling") or cue.group("belief") or cue.group("contact") or cue.group("act") \
            or cue.group("pledge")
        coordinated = _CONJUNCTION.search(self.text, max(0, cue.start() - 5), cue.start() - 1)
        return found is None and bool(weak or coordinated)  # "X apologised and insisted that"

    def _person_speaks(self, found: Found | None) -> bool:
        """Tell whether a nested speaker is a person, named or referred to."""
        if found is None or found.rank == SILENT:
            return False
        if found.source is None:
            return found.reference in ("he", "she", "person") or found.reference in PERSON_NOUNS
        return found.kind == "person" or self.entities.kind(found.source) == PERSON

    def _other_gender(self, found: Found, first: re.Match[str], sentence: Span, index: int) -> bool:
        """Tell whether an inner "he"/"she" cannot be the outer speaker, whose gender is known
        to differ ("The minister said she had told him", the minister a man): someone else."""
        gender = {"he": "m", "she": "f"}.get(found.reference)
        outer = self._source_of(first, sentence) if gender else None
        spoken = self._settle(outer, _cue_span(first), index) if outer else None
        if spoken is None or spoken.suggestion is None:
            return False
        known = self.entities.genders.get(spoken.suggestion.source)
        return known is not None and known != gender

    def _writers_own(self, first: re.Match[str], found: Found, sentence: Span) -> bool:
        """Tell whether a nested verb's speaker is the one a statement cue opening the sentence
        introduces ("In a letter, X told Y that ..."): the sentence's own verb."""
        if found.source is None or first.lastgroup != "statement":
            return False
        outer = self._source_of(first, sentence)
        return outer is not None and outer.start == found.start

    def _with_outer(self, settled: Settled, first: re.Match[str], sentence: Span, index: int) -> Settled:
        """Nested speech's suggestion, noting its outer speaker, whom "it" in a later sentence
        stands for rather than the inner one (the subject is the more salient)."""
        if settled.suggestion is None:
            return settled
        outer = self._source_of(first, sentence)
        spoken = self._settle(outer, _cue_span(first), index) if outer else None
        if spoken is None or spoken.suggestion is None:
            return settled
        return settled._replace(outer=(spoken.suggestion.source, spoken.kind))

    def _inner_speaker(self, after: int, cue_start: int, sentence: Span) -> Found | None:
        """The speaker of nested speech before its verb: the anonymous entry for "X said an
        official, who asked not to be named, had told her" (not for "According to an official
        who ..., Devaki had told": Devaki), else the subject."""
        subject = self._subject(cue_start, sentence)
        anonymous = ANONYMITY.search(self.text, after, cue_start)
        if anonymous is None or (subject and subject.rank in (REGISTRY_NAME, TEXT_NAME)
                                 and subject.start > anonymous.end()):
            return subject
        comma = comma_before(self.text, after, anonymous.start())
        low = after + len(self.text[after:comma]) - len(self.text[after:comma].lstrip())
        return self._anonymous_entry(anonymous, low, comma if comma > low else anonymous.start())

    def _source_of(self, cue: re.Match[str], sentence: Span) -> Found | None:
        """The source candidate a cue attaches to, by the kind of cue."""
        start, end = _cue_span(cue)
        kind = cue.lastgroup
        if kind == "according":
            return self._according(end, sentence)
        if kind == "quoted":
            if cue.group("who") and not cue.group("who").lower().startswith("by "):
                start, end = cue.span("who")  # "quoted the agency's director, Eva Toller, as"
                return self._named_in_apposition(start, end, sentence) or self._after(start, sentence, end)
            return self._subject(start, sentence, passive=True)
        if kind == "statement":
            return self._statement(start, end, sentence)
        if kind == "document_verb":
            return self._subject(start, sentence, documents_only=True)
        if kind == "participle":  # "X cut its forecast, saying ..."
            cited = self._cited(end, sentence) if self.text[start:end] == "citing" else None
            return cited or self._clause_subject(sentence, start)
        return self._speaker(cue, sentence)

    def _statement(self, start: int, end: int, sentence: Span) -> Found | None:
        """The source of a statement cue ("In a statement, the ministry ...", "X raised the
        toll in a post")."""
        comma = self.text.find(",", end, min(sentence.end, end + 80))
        if start in self.openers and comma > 0:  # "In a statement, the ministry ..."
            if _BY.search(self.text, end, comma) and self._ends_in_role(max(end, comma - 40), comma):
                return None  # "In a statement read by his lawyer, X, ...": X names the lawyer;
                # the clause's own cue tells who speaks
            found = self._after(comma + 1, sentence)
            if found and self.text[comma + 1 : found.start].strip():
                return None  # not the subject ("..., the union accused X"): its verb's
            return found
        words = self.text[self._clause_start(sentence) : start].lower().split()
        if any(w in PASSIVE_WORDS or (w in STOP_WORDS and w != "to") or w.endswith("n't")
               or w in _CONTENTLESS for w in words):
            return None  # "X was named in a report", "X will respond in a statement", "X
            # spoke to the agency in an interview": no claim
        return self._clause_subject(sentence, start)  # "X raised the toll in a post"

    def _speaker(self, cue: re.Match[str], sentence: Span) -> Found | None:
        """The source of a reporting verb: anonymous, after it ('"...," said X') or before it."""
        start, end = _cue_span(cue)
        if self.text[start:end] == "continued" and not _CLOSING_QUOTE.search(self.text, sentence.start, start):
            return None  # "Fighting continued.", but '"...," she continued.'
        anonymous = self._anonymous(sentence, start) or self._anonymous_after(start, end, sentence)
        if anonymous:
            return anonymous
        if self._inverted(start, end, sentence, cue):  # '"...," said Anselm Ruiz.'
            found = self._after(end, sentence)
            if found and self._ends_inversion(found, sentence) and self._right_after(end, found):
                return found
        return self._subject(start, sentence)

    def _according(self, end: int, sentence: Span) -> Found | None:
        """The source right after "according to" ("the ministry", "a statement from X")."""
        lead = _ACCORDING_SOURCE.match(self.text, end, sentence.end)
        noun = lead.group("noun") if lead else None
        common = lead is not None and noun is not None and noun.islower()  # not "Chamber of"
        if common and noun not in _SOURCE_NOUNS:
            return None
        # After "figures from", the window for the source starts anew (long names fit in it).
        found = self._after(lead.end("lead") if lead and common else end, sentence)
        if found is None:
            return None
        between = self.text[end:found.start]
        if _ACCORDING_SOURCE.fullmatch(between) is None and between.strip():
            return None  # "according to a formula set by X": X is no source
        return found

    def _inverted(self, start: int, end: int, sentence: Span, cue: re.Match[str] | None) -> bool:
        """Tell whether a cue follows a comma or a closing quote and a subject may follow it."""
        if self.text[start:end].lower() not in INVERTIBLE:
            return False
        before = self.text[max(sentence.start, start - 3) : start].rstrip()
        if not before or before[-1] not in ",\u201d\"":
            return False
        following = self.text[end : min(sentence.end, end + 20)].split()
        return bool(following) and following[0].lower() not in NOT_A_SUBJECT

    def _right_after(self, end: int, found: Found) -> bool:
        """Tell whether a speaker follows an inverted cue within its noun phrase ('..., said
        principal cellist Ana Ruiz'), not across a clause with a verb of its own (', said the
        association would campaign against Rask')."""
        return _FINITE.search(self.text, end, found.start) is None

    def _ends_inversion(self, found: Found, sentence: Span) -> bool:
        """Tell '"...," said Ruiz, a ...' from '..., said Pellin would ...' (a new clause)."""
        following = self.text[found.end : min(sentence.end, found.end + 20)]
        if following[:2] in ("'s", "\u2019s"):
            return False  # "..., said Orbitec's revenue ..."
        words = following.split()
        return not words or not words[0][0].isalnum() or words[0].lower() in AFTER_INVERSION

    def _anonymous(self, sentence: Span, cue_start: int) -> Found | None:
        """"A senior official, speaking on condition of anonymity, said": the registry's
        anonymous entry, if it holds one."""
        low = max(sentence.start, cue_start - 250)
        marker = ANONYMITY.search(self.text, low, cue_start)
        if marker is None:
            return None
        subject = self._clause_start(sentence)
        named = self._subject(cue_start, sentence)
        if named and named.rank in (REGISTRY_NAME, TEXT_NAME) and named.start <= subject + 4 \
                and named.source and not named.source.islower():
            return None  # "Ruiz, speaking on background, said": Ruiz, named
        comma = comma_before(self.text, subject, marker.start())
        end = comma if comma > subject else marker.start()
        return self._anonymous_entry(marker, subject, end)

    def _anonymous_after(self, start: int, end: int, sentence: Span) -> Found | None:
        """'An official said on condition of anonymity that ...', '..., said a diplomat who
        asked not to be named.': the anonymity marker right after the cue (at most two words
        between, or, for a speaker after the cue, ending the sentence); the speaker is the
        unnamed subject before the cue, or the one just after it."""
        text = self.text
        marker = ANONYMITY.search(text, end, min(sentence.end, end + 90))
        if marker is None:
            return None
        between = text[end : marker.start()].replace(",", " ").split()
        if len(between) > 6 or "that" in between:
            return None
        if len(between) > 2 and not _ANONYMITY_TAIL.match(text, marker.end(), sentence.end):
            return None  # "X said a soldier, who asked not to be named, had been killed"
        if self._inverted(start, end, sentence, None):  # '..., said a diplomat who ...'
            named = self._after(end, sentence, marker.start())
            low = end + len(text[end : marker.start()]) - len(text[end : marker.start()].lstrip())
            tail = _WHO_TAIL.search(text, low, marker.start())
            high = tail.start() if tail else marker.start()
        else:
            named = self._subject(start, sentence)
            comma = comma_before(text, sentence.start, start)
            low, high = max(comma + 1, self._clause_start(sentence)), start
            low += len(text[low:high]) - len(text[low:high].lstrip())
        if named is not None and named.rank in (REGISTRY_NAME, TEXT_NAME) and named.source \
                and not named.source.islower():
            return None  # "Ruiz said on condition ..." is Ruiz, whatever he asked
        return self._anonymous_entry(marker, low, high)

    def _anonymous_entry(self, marker: re.Match[str], start: int, end: int) -> Found:
        """The registry's anonymous entry for a speaker at text[start:end], or no source at all
        (SILENT) when the registry holds none."""
        entry = self.anonymous_entry()
        if entry is None:
            return Found(None, marker.start(), marker.end(), SILENT)
        end = start + len(self.text[start:end].rstrip())
        return Found(entry.name, start, max(end, start + 1), REGISTRY_NAME, entry.kind,
                     confidence=ANONYMOUS, basis="anonymous")

    def _clause_start(self, sentence: Span) -> int:
        """Where the sentence's first clause starts: after a dateline ("LORSK, March 3 (X) - ")."""
        dateline = DATELINE.match(self.text, sentence.start, sentence.end)
        return dateline.end() if dateline else sentence.start

    def _clause_subject(self, sentence: Span, before: int) -> Found | None:
        """The subject opening the sentence's clause, for "..., saying" and "... and said"."""
        start = self._clause_start(sentence)
        window = WINDOW.match(self.text, start, before)
        if window is None:
            return None
        found = self._after(start, sentence, before)
        first = start + len(window.group()) - len(window.group().lstrip())
        if found is None or found.start > first + 4:  # no name opening the clause ...
            opening = REFERENCE_START.match(self.text, first, before)
            if opening:  # ... but "The club thanked Brandt and said": the club
                return Found(None, first, opening.end(), REFERENCE, reference=reference_word(opening))
        if found is None or found.start > start + 50:
            return None
        if self.text[found.end : found.end + 2] in ("'s", "\u2019s") or _MODIFIED.match(
                self.text, found.end, before):
            return None  # "Marenland's opposition", "Norvex shares": a modifier, not the subject
        name = self.names_by_end.get(found.end) if found.rank == TEXT_NAME else None
        if name is not None and not self._is_name(name, False):
            return None  # "Exports rose, ...": a capitalised common word, no name
        return found

    def _subject(
        self, cue_start: int, sentence: Span, passive: bool = False, documents_only: bool = False
    ) -> Found | None:
        """The candidate ending just before the cue, adverbs skipped; None if negated."""
        text, low = self.text, max(sentence.start, cue_start - 200)
        before = BEFORE_CUE.search(text, low, cue_start)  # always matches: its words are optional
        skipped = text[before.start() : cue_start] if before else ""
        words = skipped.lower().replace("\u2019", "'").split()
        if any(w in STOP_WORDS or w.endswith("n't") for w in words):
            return None  # "did not say", "declined to comment"
        if not passive and any(w in PASSIVE_WORDS for w in words):
            return None  # "was told", "it was reported"
        end = low + len(text[low : cue_start - len(skipped)].rstrip())
        if end <= sentence.start:
            return None
        conjunction = _CONJUNCTION.search(text, max(sentence.start, end - 4), end)
        if conjunction:  # "X kept rates ... and said", "X welcomed the move but warned"
            return self._clause_subject(sentence, conjunction.start())
        if text[end - 1] == ",":
            return self._appositive(end - 1, sentence, documents_only)
        return self._at_end(end, sentence, documents_only=documents_only)

    def _appositive(self, comma: int, sentence: Span, documents_only: bool) -> Found | None:
        """For "X, the agency, said": the head before the appositive, or the appositive."""
        text, start = self.text, self._clause_start(sentence)  # not a dateline's commas
        before = comma_before(text, max(start, comma - 150), comma)
        if before <= start:
            head = start + len(text[start : comma].rstrip())
            return self._at_end(head, sentence, True, documents_only)
        head = sentence.start + len(text[sentence.start : before].rstrip())
        age = _AGE_TAIL.search(text, sentence.start, head)
        head = age.start() if age else head  # "Ruiz, 34, the elder of the two, said": Ruiz
        candidates = [self._at_end(head, sentence, True, documents_only)]
        inner = text[before + 1 : comma].split()
        if inner and inner[0].lower() not in _NO_APPOSITIVE and not _PARTICIPLE.match(inner[0]):
            inner_end = before + 1 + len(text[before + 1 : comma].rstrip())
            candidates.append(self._at_end(inner_end, sentence, False, documents_only))
        if candidates[0] and SPOKESPERSON_WORD.search(text, sentence.start, before):
            named = candidates[-1] if len(candidates) > 1 else None
            if named and named.source is not None and named.rank in (REGISTRY_NAME, TEXT_NAME):
                return named  # "A spokeswoman for X, Ana Ruiz, said": Ana Ruiz, named
            return candidates[0]  # "A spokeswoman for X, who ..., said": X
        if len(candidates) > 1 and self._ends_in_role(max(sentence.start, before - 40), before) \
                and self._person_named(candidates[1]):
            return candidates[1]  # "X's chief executive, Ana Ruiz, said": herself, named
        head_name = candidates[0]
        if head_name and head_name.rank in (REGISTRY_NAME, TEXT_NAME) and inner and (
                inner[0].lower() in ("a", "an", "the") or "'s" in inner[0].replace("\u2019", "'")):
            return head_name  # "Ana Ruiz, a spokeswoman for X, said": herself, named
        found = [f for f in candidates if f]
        return min(found, key=lambda f: f.rank) if found else None

    def _cited(self, end: int, sentence: Span) -> Found | None:
        """The source cited in "X, citing Y, said ...", whose claim it is: a person named after
        a role ("citing the bank's chief economist, Hanna Lutz,"), or a person or organisation
        named right after "citing" (after "the", a role or a title at most); None for anything
        else ("citing weak demand in China", a place), which leaves X's own words."""
        limit = min(sentence.end, end + 120)
        named = self._named_in_apposition(end, limit, sentence)
        if named:
            return named
        found = self._after(end, sentence)
        if found is None or found.source is None \
                or found.rank not in (REGISTRY_NAME, DESCRIPTIVE_ALIAS, TEXT_NAME) \
                or self.text[found.end : found.end + 2] in ("'s", "\u2019s"):
            return None
        between = self.text[end : found.start].split()
        if between and between[0].lower() == "the":
            between = between[1:]
        if any(word.lower() not in _ROLES and word.rstrip(".") not in TITLE_WORDS for word in between):
            return None  # "citing weak demand in China": no source right after "citing"
        if found.rank == TEXT_NAME and found.kind not in (PERSON, ORGANISATION) \
                and self.entities.kind(found.source) not in (PERSON, ORGANISATION):
            return None  # a name not shown as a person's or an organisation's: a place, maybe
        return found

    def _named_in_apposition(self, start: int, end: int, sentence: Span) -> Found | None:
        """The person named in apposition to a role in text[start:end] ("the agency's
        director, Eva Toller,"), or None."""
        comma = self.text.find(",", start, end)
        if comma < 0 or not self._ends_in_role(max(start, comma - 40), comma):
            return None
        found = self._after(comma + 1, sentence)
        return found if self._person_named(found) else None

    def _ends_in_role(self, start: int, end: int) -> bool:
        """Tell whether text[start:end] ends in a person's role ("Norvex's chief executive")."""
        words = self.text[start:end].split()
        return bool(words) and words[-1].lower() in _ROLES

    def _person_named(self, found: Found | None) -> bool:
        """Tell whether a candidate is a person's name (a registry person, or a name the
        article shows as a person's)."""
        if found is None or found.source is None or found.rank not in (REGISTRY_NAME, TEXT_NAME):
            return False
        return found.kind == "person" or self.entities.kind(found.source) == PERSON

    def _settle(self, found: Found, cue_span: tuple[int, int], index: int) -> Settled | None:
        """Turn a candidate into a suggestion, carrying a reference back to its antecedent."""
        span = (found.start, found.end)
        if found.rank == SILENT:
            return Settled(None, None)
        if found.source is None:  # a reference
            antecedent = self.references.antecedent(found, index)
            if antecedent is None:
                return None
            source, kind, confidence = antecedent.source, antecedent.kind, antecedent.confidence
            return Settled(Suggestion(source, cue_span, span, confidence, "carried"), kind)
        if found.rank == REGISTRY_NAME:
            confidence = found.confidence or REGISTRY
            return Settled(Suggestion(found.source, cue_span, span, confidence, found.basis), found.kind)
        if found.rank == DESCRIPTIVE_ALIAS:
            named = self.first_named.get(found.source, found.start) < found.start
            confidence = DESCRIPTIVE_NAMED_EARLIER if named else DESCRIPTIVE
            return Settled(Suggestion(found.source, cue_span, span, confidence), found.kind)
        short = self._short_name(found)
        if short:  # "the Front" after "Sulvaran Liberation Front": that organisation
            return Settled(Suggestion(short, cue_span, span, CARRIED, "carried"), None)
        return Settled(Suggestion(found.source, cue_span, span, NAMED, "name"), None)

    def _short_name(self, found: Found) -> str | None:
        """The one organisation named before whose name a capitalised word after "the" ends
        ("the Front", "the League"), a short form of it, or None."""
        word = found.source or ""
        if " " in word or self.text[max(0, found.start - 4) : found.start] != "the ":
            return None
        return self.entities.short_form(word, found.start)


def _cue_span(cue: re.Match[str]) -> tuple[int, int]:
    """Where a cue's words are (its named group: the participle, not the comma before it)."""
    return cue.span(cue.lastgroup or 0)
