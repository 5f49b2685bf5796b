"""Source suggestions: who a sentence's claim comes from, read off its attribution cue.

`suggest_sources(text, sentences, sources)` returns one item per sentence: None when the article
speaks for itself, else a `Suggestion` naming the source (a registry name, or a name found in
the text), where the cue and the source sit in `text`, and a confidence. Pure: no Flask, no
database; the page offers the suggestion and a reviewer accepts it with one key.

How it works: per call, the registry's names and aliases become two prefix-tree regexes (proper
names, case-insensitive; descriptive aliases such as "the ministry", matched only in lower
case so "The Ministry of ..." stays a name) that report every match, overlapping ones included.
Capitalised names and document phrases ("X's letter", "letter from X") are found by one regex
pass each. Then, sentence by sentence, each cue ("said", "according to", "quoted X as saying",
...) is tied to a source:
- the subject just before the cue (adverbs and "has" skipped; "X, the agency, said" skips the
  appositive), or the name just after it when the cue follows a comma or quote
  ('"...," said X.') or is "according to"; a negated or passive cue ("did not say", "was told")
  attributes nothing;
- at that position, a registry match wins (the longest one), then a capitalised name, then a
  pronoun or definite description ("it", "she", "the letter"), which is carried: to the author
  of a letter or statement mentioned in the same or an earlier sentence, else to the nearest
  earlier attributed sentence (up to three back, not across a heading) whose source agrees
  with it (a person for "he"/"she", not a person for "it" and "the ministry").
The first cue of a sentence that resolves gives its suggestion (at most MAX_CUES are tried, so
run-on text stays linear). The matchers are cached by registry contents across calls.

Confidence scale: 0.9 a registry name or alias attached to the cue; 0.8 a descriptive alias
("the ministry") of an entry named earlier in the article, 0.7 one that is not; 0.7 a name
from the text that is not in the registry; 0.6 a source carried across a pronoun, description
or document; 0.5 "he"/"she" read as the person who opens the previous sentence.
"""

import bisect
import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Suggestion", "suggest_sources"]

REGISTRY, DESCRIPTIVE, NAMED, CARRIED = 0.9, (0.8, 0.7), 0.7, 0.6
PREVIOUS_SUBJECT = 0.5
LOOKBACK = 3  # body sentences a pronoun or description may reach back
MAX_CUES = 16  # cues tried per sentence: bounds the work on run-on text
_SKIPPED_KINDS = frozenset(("title", "heading", "meta"))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested source: `basis` is "registry", "name" (from the text) or "carried"."""

    source: str
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    confidence: float
    basis: str = "registry"


@dataclass(frozen=True, slots=True)
class _Found:
    """A source candidate inside one sentence; rank orders them (lower is better)."""

    source: str | None  # None for a reference that still needs its antecedent
    start: int
    end: int
    rank: int  # 0 registry name/alias, 1 descriptive alias, 2 name in the text, 3 reference
    kind: str | None = None  # the registry kind, when known
    reference: str = ""  # the pronoun or the noun of a description ("it", "letter")


_VERBS = (
    "said says say reported reports report told tells tell announced announces acknowledged "
    "acknowledges highlighted highlights affirmed affirms conveyed conveys reiterated reiterates "
    "stated states added adds noted notes claimed claims claim insisted insists warned warns "
    "warn emphasized emphasizes emphasised emphasises underlined underlines underscored "
    "underscores stressed stresses confirmed confirms denied denies deny disputed disputes "
    "argued argues explained explains declared declares asserted asserts wrote writes revealed "
    "reveals alleged alleges admitted admits replied replies responded asked asks cautioned"
).split()
_CUE = re.compile(
    r"(?P<according>\b[Aa]ccording\s+to\b)"
    r"|(?P<quoted>\b(?:quoted|cited)\b(?:\s+(?P<who>[^,;:!?\u201c\u201d\"\n]{1,80}?))?"
    r"\s+as\s+saying\b)"
    r"|(?P<statement>\b[Ii]n\s+a\s+(?:[a-z]+\s+)?statement\b)"
    rf"|(?P<verb>\b(?:{'|'.join(_VERBS)})\b)"
    r"|(?P<document_verb>\b(?:lists|listed|shows|showed)\b)"
)
_SKIP = (
    "also further later then again previously earlier repeatedly publicly privately separately "
    "recently once first quickly flatly strongly firmly officially formally reportedly has have "
    "had already subsequently similarly today yesterday himself herself itself themselves"
)
_STOP = "not never to did do does would will could can may might should must shall declined"
_PASSIVE = "was were is are be been being"
_BEFORE_CUE = re.compile(
    rf"(?:(?<![\w'\u2019-])(?P<w>{'|'.join((_SKIP + ' ' + _STOP + ' ' + _PASSIVE).split())}"
    r"|\w+n['\u2019]t)\s+)*\Z",
    re.IGNORECASE,
)
_STOP_WORDS = frozenset(_STOP.split())
_PASSIVE_WORDS = frozenset(_PASSIVE.split())
_NOT_A_SUBJECT = frozenset(
    "on in at that to by with after before during from as about which who whom and but or "
    "its their his her our for over into than if while".split()
)
_PERSON_NOUNS = (
    "minister president spokesperson spokesman spokeswoman official lawmaker director leader "
    "chief chairman chairwoman secretary ambassador envoy mayor governor premier senator general "
    "commander"
).split()
_ORG_NOUNS = (
    "ministry chamber company agency union government department embassy delegation authority "
    "council committee party group firm organization organisation court office bank board "
    "commission administration police army military institute association federation "
    "newspaper broadcaster"
).split()
_DOCUMENT_NOUNS = (
    "letter statement message report note speech address remarks communiqu\u00e9 communique "
    "announcement filing memo email e-mail post interview release editorial commentary cable "
    "tweet decree document"
).split()
_NOUN_ALT = "|".join(_PERSON_NOUNS + _ORG_NOUNS + _DOCUMENT_NOUNS)
_DOC_ALT = "|".join(_DOCUMENT_NOUNS)
_REFERENCE_END = re.compile(
    rf"(?<![\w'\u2019-])(?:(?P<pronoun>it|he|she|they)|(?:the|this|that)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_NOUN_ALT})s?)\Z",
    re.IGNORECASE,
)
_REFERENCE_START = re.compile(
    rf"(?:(?P<pronoun>it|he|she|they)|(?:the|this|that)\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN_ALT})s?)\b",
    re.IGNORECASE,
)
# "The company's filing": the subject is a document, its author the possessor.
_DOCUMENT_END = re.compile(rf"['\u2019]s?\s+(?:[a-z-]+\s+){{0,2}}?(?:{_DOC_ALT})s?\Z")
_DOCUMENT = re.compile(
    rf"(?P<possessive>['\u2019]s?)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun1>{_DOC_ALT})s?\b"
    rf"|\b(?P<noun2>{_DOC_ALT})s?[ \xa0]+(?:from|by|of)[ \xa0]+"
    r"|\b(?:issued|released|published|sent|delivered|wrote|signed)[ \xa0]+(?:an?|the|its|his|her"
    rf"|their)[ \xa0]+(?:[a-z-]+[ \xa0]+){{0,2}}?(?P<noun3>{_DOC_ALT})s?\b"
)
# After a cue: at most seven words, up to the first clause punctuation.
_WINDOW = re.compile(r"[ \t\xa0]*(?:[^\s,;:!?()\[\]\u2014\u2013\u201c\u201d\"]+[ \t\xa0]*){1,7}")

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
_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:{_TITLES})[ \xa0]+)*(?P<name>{_TOKEN}"
    rf"(?:(?:[ \xa0]+(?:of|the|for|de|del|da|di|du|van|von|der|den|bin|al|el|la|le))*"
    rf"[ \xa0]+{_TOKEN})*(?:(?<=Ltd)\.|(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.|(?<=Jr)\.)?)"
)
_GENERIC = frozenset(
    "police staff people everyone someone nobody data media government military army security "
    "management leadership rescue".split()
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")


def suggest_sources(text, sentences, sources) -> list[Suggestion | None]:
    """Suggest, for each sentence, the source its claim is attributed to, or None."""
    sentences = list(sentences)
    article = _Article(text, sentences, _Registry(sources))
    return [article.suggest(index) for index in range(len(sentences))]


def _normal(form: str) -> str:
    """The key a name or alias is compared by: spacing, apostrophes and case ignored."""
    return _SPACES.sub(" ", form).replace("\u2019", "'").strip().casefold()


def _field(source, key):
    """Read name/aliases/kind from a model object or a dict."""
    if isinstance(source, Mapping):
        return source.get(key)
    return getattr(source, key, None)


class _Registry:
    """The registry's names and aliases as two matchers built once per call."""

    def __init__(self, sources):
        self.forms = {}  # normal form -> (name, kind, descriptive)
        proper, descriptive = [], []
        for source in sources:
            name, kind = _field(source, "name"), _field(source, "kind")
            if not isinstance(name, str) or not name.strip():
                continue
            kind = getattr(kind, "value", kind)
            for form in [name, *(_field(source, "aliases") or [])]:
                key = _normal(form) if isinstance(form, str) else ""
                if not _WORD.search(key) or key in self.forms or len(key) > 200:
                    continue
                # "the ministry" is a description; "the Kremlin" and names are proper.
                is_description = form is not name and key.startswith("the ") and (
                    form.strip()[4:] == form.strip()[4:].lower()
                )
                self.forms[key] = (name.strip(), kind, is_description)
                (descriptive if is_description else proper).append(key)
        self.proper = _matcher(tuple(proper), case_insensitive=True)
        self.descriptive = _matcher(tuple(form[4:] for form in descriptive), prefix=r"[Tt]he\s+")

    def mentions(self, text):
        """Every registry match in text, overlapping ones included: (start, end, entry)."""
        found = []
        for matcher in (self.proper, self.descriptive):
            if matcher is None:
                continue
            for m in matcher.finditer(text):
                entry = self.forms.get(_normal(m.group(1)))
                if entry is not None:  # exotic case foldings the regex accepts are dropped
                    found.append((m.start(1), m.end(1), entry))
        return found


@functools.lru_cache(maxsize=16)  # pages ask again and again with the same registry
def _matcher(forms, case_insensitive=False, prefix=""):
    """A regex reporting, at every word start, the longest form that ends at a word end."""
    if not forms:
        return None
    trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    flags = re.IGNORECASE if case_insensitive else 0
    return re.compile(rf"(?<!\w)(?=({prefix}{_trie_pattern(trie)})(?!\w))", flags)


def _trie_pattern(node):
    """Regex for a prefix tree: shared prefixes once, longer branches tried first."""
    branches = []
    for char in sorted(key for key in node if key):
        child, piece = node[char], _char_pattern(char)
        while len(child) == 1 and "" not in child:  # a chain: one literal run, no group
            ((char, child),) = child.items()
            piece += _char_pattern(char)
        branches.append(piece + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char_pattern(char):
    """One character of a form: any run of spaces for a space, either apostrophe."""
    return {" ": r"\s+", "'": "['\u2019]"}.get(char) or re.escape(char)


class _Article:
    """One article's registry matches, names and documents, and the suggestions made so far."""

    def __init__(self, text, sentences, registry):
        self.text, self.sentences, self.results = text, sentences, []
        self.by_end, self.by_start, self.first_named = {}, {}, {}
        for start, end, entry in registry.mentions(text):
            if self.by_end.get(end, (end,))[0] > start:  # the longest match ending here
                self.by_end[end] = (start, entry)
            if self.by_start.get(start, (start,))[0] < end:
                self.by_start[start] = (end, entry)
            if not entry[2] and start < self.first_named.get(entry[0], len(text)):
                self.first_named[entry[0]] = start
        self.starts = sorted(self.by_start)
        self.names = list(_NAME.finditer(text))
        self.name_starts = [m.start("name") for m in self.names]
        self.names_by_end = {m.end("name"): m for m in self.names}
        openers = (_WORD.search(text, s.start, s.end) for s in sentences)
        self.openers = {m.start() for m in openers if m}
        # Words capitalised in mid-sentence: a lone capitalised opener is a name only if seen so.
        self.known = {
            word for m in self.names if m.start("name") not in self.openers
            for word in m.group("name").split()
        }
        self.documents = list(_DOCUMENT.finditer(text))
        self.document_starts = [m.start() for m in self.documents]

    def suggest(self, index):
        """The suggestion for sentence index; earlier sentences must be done first."""
        sentence, result = self.sentences[index], None
        if sentence.kind not in _SKIPPED_KINDS:
            cues = _CUE.finditer(self.text, sentence.start, sentence.end)
            for cue in itertools.islice(cues, MAX_CUES):
                found = self._source_of(cue, sentence)
                result = found and self._settle(found, cue.span(), index)
                if result:
                    break
        self.results.append(result)
        return result[0] if result else None

    def _source_of(self, cue, sentence):
        """The source candidate a cue attaches to, by the kind of cue."""
        start, end = cue.span()
        if cue.lastgroup == "according":
            return self._after(end, sentence)
        if cue.lastgroup == "quoted":
            if cue.group("who"):
                return self._after(cue.start("who"), sentence, cue.end("who"))
            return self._subject(start, sentence, passive=True)
        if cue.lastgroup == "statement":
            comma = self.text.find(",", end, min(sentence.end, end + 80))
            if start in self.openers and comma > 0:  # "In a statement, the ministry ..."
                return self._after(comma + 1, sentence)
        if cue.lastgroup == "document_verb":
            return self._subject(start, sentence, documents_only=True)
        if self._inverted(start, end, sentence):  # '"...," said Anselm Ruiz.'
            found = self._after(end, sentence)
            if found:
                return found
        return self._subject(start, sentence)

    def _inverted(self, start, end, sentence):
        """Tell whether a cue follows a comma or a closing quote and a subject may follow it."""
        before = self.text[max(sentence.start, start - 3) : start].rstrip()
        if not before or before[-1] not in ",\u201d\"":
            return False
        following = self.text[end : min(sentence.end, end + 20)].split()
        return bool(following) and following[0].lower() not in _NOT_A_SUBJECT

    def _subject(self, cue_start, sentence, passive=False, documents_only=False):
        """The candidate ending just before the cue, adverbs skipped; None if negated."""
        text, low = self.text, max(sentence.start, cue_start - 200)
        skipped = text[_BEFORE_CUE.search(text, low, cue_start).start() : cue_start]
        words = skipped.lower().replace("\u2019", "'").split()
        if any(w in _STOP_WORDS or w.endswith("n't") for w in words):
            return None  # "did not say", "declined to comment"
        if not passive and any(w in _PASSIVE_WORDS for w in words):
            return None  # "was told", "it was reported"
        end = low + len(text[low : cue_start - len(skipped)].rstrip())
        if end <= sentence.start:
            return None
        if text[end - 1] == ",":
            return self._appositive(end - 1, sentence, documents_only)
        return self._at_end(end, sentence, documents_only=documents_only)

    def _appositive(self, comma, sentence, documents_only):
        """For "X, the agency, said": the head before the appositive, or the appositive."""
        text = self.text
        before = text.rfind(",", max(sentence.start, comma - 150), comma)
        if before <= sentence.start:
            head = sentence.start + len(text[sentence.start : comma].rstrip())
            return self._at_end(head, sentence, True, documents_only)
        head = sentence.start + len(text[sentence.start : before].rstrip())
        found = [self._at_end(head, sentence, True, documents_only)]
        inner = text[before + 1 : comma].split()
        if inner and inner[0].lower() not in ("who", "which", "whose", "whom", "that", "where"):
            inner_end = before + 1 + len(text[before + 1 : comma].rstrip())
            found.append(self._at_end(inner_end, sentence, False, documents_only))
        found = [f for f in found if f]
        return min(found, key=lambda f: f.rank) if found else None

    def _at_end(self, end, sentence, head=False, documents_only=False):
        """The best candidate ending at end: registry, name, a document's author, reference."""
        text, low = self.text, max(sentence.start, end - 60)
        document = _DOCUMENT_END.search(text, low, end)
        if document:  # "The company's filing lists ..."
            return self._at_end(document.start(), sentence)
        if documents_only:
            return None
        hit = self.by_end.get(end)
        if hit and hit[0] >= sentence.start:
            return self._registry_found(hit[0], end, hit[1])
        name = self.names_by_end.get(end)
        if name and name.start("name") >= sentence.start and self._is_name(name, head):
            return _Found(" ".join(name.group("name").split()), name.start("name"), end, 2)
        reference = _REFERENCE_END.search(text, low, end)
        if reference:
            word = (reference.group("pronoun") or reference.group("noun")).lower()
            return _Found(None, reference.start(), end, 3, reference=word)
        return None

    def _registry_found(self, start, end, entry):
        """A candidate for a registry match; descriptive aliases rank below names."""
        name, kind, is_description = entry
        return _Found(name, start, end, 1 if is_description else 0, kind)

    def _is_name(self, match, head):
        """Tell a name from a capitalised common word opening the sentence ("Officials")."""
        name = match.group("name")
        if head or match.start("name") not in self.openers or len(name.split()) > 1:
            return True
        # "Xinhua said" is a name; "Officials said" and "Rescuers said" are not (nor, unless
        # registered or capitalised elsewhere, "Reuters said": plural-looking words are refused).
        return name in self.known or not (name.endswith("s") or name.lower() in _GENERIC)

    def _after(self, pos, sentence, limit=None):
        """The candidate named just after pos: registry first, then a name, then a reference."""
        window = _WINDOW.match(self.text, pos, limit or sentence.end)
        if window is None:
            return None
        end = window.end()
        index = bisect.bisect_left(self.starts, pos)
        if index < len(self.starts) and self.starts[index] < end:
            start = self.starts[index]
            stop, entry = self.by_start[start]
            if stop <= end:
                return self._registry_found(start, stop, entry)
        index = bisect.bisect_left(self.name_starts, pos)
        if index < len(self.names) and self.names[index].end("name") <= end:
            name = self.names[index]
            return _Found(" ".join(name.group("name").split()), name.start("name"), name.end(
                "name"), 2)
        first = pos + len(window.group()) - len(window.group().lstrip())
        reference = _REFERENCE_START.match(self.text, first, end)
        if reference:
            word = (reference.group("pronoun") or reference.group("noun")).lower()
            return _Found(None, first, reference.end(), 3, reference=word)
        return None

    def _settle(self, found, cue_span, index):
        """Turn a candidate into (Suggestion, registry kind), carrying references back."""
        span = (found.start, found.end)
        if found.rank == 0:
            return Suggestion(found.source, cue_span, span, REGISTRY), found.kind
        if found.rank == 1:
            named = self.first_named.get(found.source, found.start) < found.start
            confidence = DESCRIPTIVE[0] if named else DESCRIPTIVE[1]
            return Suggestion(found.source, cue_span, span, confidence), found.kind
        if found.rank == 2:
            return Suggestion(found.source, cue_span, span, NAMED, "name"), None
        antecedent = self._antecedent(found, index)
        if antecedent is None:
            return None
        source, kind, confidence = antecedent
        return Suggestion(source, cue_span, span, confidence, "carried"), kind

    def _antecedent(self, found, index):
        """What a pronoun or description refers to: (source, kind, confidence) or None."""
        reference, sentence = found.reference, self.sentences[index]
        if reference in ("it", "they") or reference in _DOCUMENT_NOUNS:
            noun = None if reference in ("it", "they") else reference
            author = self._author(sentence, found.start, noun)  # "X's letter ..., it said"
            for earlier in self._earlier(index) if noun and not author else ():
                author = self._author(self.sentences[earlier], None, noun)
                if author:
                    break
            if author:
                return author.source, author.kind, CARRIED
        for earlier in self._earlier(index):
            result = self.results[earlier]
            if result and _agrees(reference, result[1]):
                return result[0].source, result[1], CARRIED
        if reference in ("he", "she"):
            return self._previous_opener(index)
        return None

    def _author(self, sentence, before, noun):
        """The author of the nearest letter or statement in sentence (before an offset)."""
        low = bisect.bisect_left(self.document_starts, sentence.start)
        high = bisect.bisect_left(self.document_starts, before or sentence.end)
        for document in reversed(self.documents[low:high]):
            found = document.group("noun1") or document.group("noun2") or document["noun3"]
            if noun and found.lower() != noun:
                continue
            if document.group("possessive"):  # "X's letter"
                owner = self._at_end(document.start(), sentence)
            elif document.group("noun2"):  # "a letter from X"
                owner = self._after(document.end(), sentence)
            else:  # "X issued a statement"
                owner = self._subject(document.start(), sentence)
            if owner and owner.rank < 3:
                return owner
        return None

    def _earlier(self, index):
        """Up to LOOKBACK earlier body sentences, nearest first, not across a heading."""
        found = 0
        for earlier in range(index - 1, -1, -1):
            kind = self.sentences[earlier].kind
            if kind in ("title", "heading") or found == LOOKBACK:
                return
            if kind != "meta":
                found += 1
                yield earlier

    def _previous_opener(self, index):
        """For "He"/"She": the person who opens the previous body sentence, if any."""
        earlier = next(self._earlier(index), None)
        opener = None if earlier is None else _WORD.search(
            self.text, self.sentences[earlier].start, self.sentences[earlier].end)
        if opener is None:
            return None
        hit = self.by_start.get(opener.start())
        if hit and not hit[1][2] and hit[1][1] in (None, "person"):
            return hit[1][0], hit[1][1], PREVIOUS_SUBJECT
        index = bisect.bisect_left(self.name_starts, opener.start())
        name = self.names[index] if index < len(self.names) else None
        if name and name.start("name") == opener.start() and len(name.group("name").split()) > 1:
            return " ".join(name.group("name").split()), None, PREVIOUS_SUBJECT
        return None


def _agrees(reference, kind):
    """Tell whether a pronoun or description can stand for a source of this registry kind."""
    if kind is None:
        return True
    if reference in ("he", "she") or reference in _PERSON_NOUNS:
        return kind == "person"
    if reference == "it" or reference in _ORG_NOUNS:
        return kind != "person"
    return True
