"""The regexes of the splitter's fast paths: what they settle in C, and why the Spans stay the same.

`annotate.segment` decides candidate boundaries in Python (`_Scanner`); the regexes built here
make that Python run as rarely as they can, each settling only what the scanner would settle
the same way in every state of the scan:

- `candidate_pattern(rules)`: the one pass that finds a language's candidate boundaries. It
  settles the plain cases inline ("plain", "word": a period the scanner would cut at anyway)
  and turns away the marks that end nothing, so those never reach Python.
- `tile_pattern(rules)`: for caseless scripts and marks written without spaces
  (`LanguageRules.tiles`), a first pass that cuts the text into sentences it settles alone and
  the rest, which the scanner decides as before.
- `kept_periods(rules)`: inside the candidate regex, the marks that certainly end no
  sentence, whatever the scanner's state: a period after a title ("Dr. Müller"); after an
  abbreviation, a capital initial or letters joined by periods before a word that is no
  common opener ("proc. PKB", "А. Фарахани", "Л.Н. Толстой"); after a lowercase letter; after
  a title, an abbreviation, a number word or a single letter before a number ("ok. 200",
  "жыл. № 70"); after an ordinal where ordinals take a period ("XII. Pluku", "7. Apríla"); and
  "?" or "!" before a dash and a lowercase word («Готов? – спросила»).
- `ender_words(rules)`: a period after a word of `enders` ("r.", "т.д.") before a capital,
  which the scanner always cuts at: a "word" candidate, cut without a look-up.
- `mark_cluster(rules)`: "?", "?!" (marks not all "." and "…") and their closing marks before
  a capital, which the scanner always cuts after: a "word" candidate too.

Why kept_periods and ender_words change no Span: each answers only where `_period_ends` (with
`_punct_cut` and `_Scanner.decide` around it) answers the same in every state of the scan.
The word must stand whole, after a character `str.split` splits at (or at the text's start),
so that it is the very word the scanner looks up (a boundary never falls inside such a word);
its letters match in the cases whose `str.lower()` gives the table word (built from Unicode,
not from the regex engine's case folding; the capital sigma, lowered by context, is left to
the scanner); the period is alone, with spaces and then a word on the same line after it (no
line end, no closing mark, no ". . ."). Anything else still goes to the scanner. A mark
turned away would have changed nothing in the scan: `decide` leaves the state as it was when
it does not cut, and the match would have ended right after the mark, where the search goes
on anyway. tests/test_segment_languages.py checks them (and mark_cluster, and the paragraph
ends) against the scanner alone; tests/test_segment_kazakh_speed_parity.py checks the quick
paragraph ends and the last-letter classes the same way.
"""

import re
from collections.abc import Set as AbstractSet
from functools import cache

from annotate.segment_languages import HARD_STOPS, LanguageRules
from annotate.segment_rules import (
    BR,
    BULLET,
    CLOSE,
    CLOSE_CHARS,
    HS,
    MARKER_FIRST,
    OPEN,
    OPEN_CHARS,
    WHITESPACE,
    WS,
)

__all__ = [
    "CLOSING", "OPENING", "QUOTE_GOES_ON_CLASS", "candidate_pattern", "ender_words",
    "kept_periods", "mark_cluster", "tile_pattern",
]

# Brackets and quotes that a hard stop inside them does not end the sentence at (CJK and curly).
OPENING = "\u300c\u300e\u300a\u3010\u3008\uff08\u201c"
CLOSING = "\u300d\u300f\u300b\u3011\u3009\uff09\u201d"
# After a quotation closed by its mark, these carry the sentence on (Japanese と, commas).
QUOTE_GOES_ON_CLASS = "\u3068\u3001\uff0c,"

# What str.split() splits at (the zero-width spaces are not among them).
_SPLIT = "".join(c for c in WHITESPACE if c.isspace())
_SPLIT_CLASS = re.escape(_SPLIT)
_SIGMA = "\u03a3"  # "Σ".lower() depends on the letters around it (final sigma)
_LETTER = r"[^\W\d_]"  # a letter of DOTTED (annotate.segment_rules)


@cache
def _bmp() -> str:
    """Every character of the Basic Multilingual Plane, in order (surrogates too)."""
    return "".join(map(chr, range(0x10000)))


@cache
def _lowering_to() -> dict[str, str]:
    """Map each character to every character whose str.lower() is it (in the BMP: a word
    written with a character outside it is left to the scanner)."""
    found: dict[str, list[str]] = {}
    for char, low in zip(_bmp(), map(str.lower, _bmp()), strict=True):
        if len(low) == 1 and char != _SIGMA:
            found.setdefault(low, []).append(char)
    return {low: "".join(chars) for low, chars in found.items()}


def _cased(word: str) -> str:
    """The regex of the strings whose str.lower() is word (a word _readable accepts)."""
    lowering = _lowering_to()
    return "".join(re.escape(lowering[char]) if len(lowering[char]) == 1
                   else f"[{re.escape(lowering[char])}]" for char in word)


def _readable(word: str) -> bool:
    """Tell whether the scanner reads word back whole, as the table holds it (no spaces, no
    leading quote, no apostrophe, lowercase, every letter with a known case)."""
    return bool(word) and not (any(c in _SPLIT for c in word) or word[0] in OPEN_CHARS
                               or "'" in word or "\u2019" in word or word.lower() != word
                               or any(c not in _lowering_to() for c in word))


def _whole_before_dot(words: AbstractSet[str]) -> str:
    """A zero-width regex, placed right after a period, that holds when one of words stands
    whole before it (in any case whose str.lower() is the word): after a space str.split()
    splits at, or at the text's start. Words the scanner would not read back whole (spaces,
    leading quotes, apostrophes) are left out; "(?!)" when none is left."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        if _readable(word):
            by_length.setdefault(len(word), []).append(word)
    if not by_length:
        return "(?!)"
    # Where the words have several lengths, the class of all their last letters first: a look-
    # behind that turns most places away in one step (the same answers, faster).
    every = "" if len(by_length) == 1 else _last_letters([word for group in by_length.values() for word in group])
    return every + "(?:" + "|".join(
        rf"{_last_letters(group)}(?<=(?:{'|'.join(map(_cased, group))})\.)"
        rf"(?<![^{_SPLIT_CLASS}][\s\S]{{{size + 1}}})"
        for size, group in sorted(by_length.items())
    ) + ")"


def _last_letters(group: list[str]) -> str:
    """A look-behind, placed right after a period, at the last letters of words (in any case
    whose str.lower() is the word), or "" for a short list. A list's words are tried one by
    one; where there are several, this one class turns most places away first (the same
    answers, faster); for one or two words it would cost more than it saves."""
    if len(group) <= 2:
        return ""
    lowering = _lowering_to()
    return rf"(?<=[{re.escape(''.join(sorted({c for word in group for c in lowering[word[-1]]})))}]\.)"


def _letter_before_dot(letters: AbstractSet[str]) -> str:
    """A zero-width regex, placed right after a period, that holds when one of letters (as
    written) stands alone before it, after a space str.split() splits at or at the start."""
    if not letters:
        return "(?!)"
    return rf"(?<=(?<![^{_SPLIT_CLASS}])[{re.escape(''.join(sorted(letters)))}]\.)"


@cache
def _letters(lower: str, upper: str) -> tuple[frozenset[str], frozenset[str]]:
    """The single letters of a language's classes: (lowercase ones, the others)."""
    chars = re.findall(f"[{lower}{upper}]", _bmp())
    chars = [c for c in chars if c.isalpha() and len(c.lower()) == 1 and c != _SIGMA]
    return (frozenset(c for c in chars if c.islower()),
            frozenset(c for c in chars if not c.islower()))


def kept_periods(rules: LanguageRules) -> str:
    """A zero-width regex, placed right after a mark, that holds where the mark ends no
    sentence in any state of the scan (see the module docstring).

    It mirrors `_period_ends`: titles first (never an end), then a number after the period
    (no end after a number word, an abbreviation or a single letter), then enders (always an
    end: not here), single letters (a lowercase one never ends; a capital one, but "I", ends
    only before a common opener), then abbreviations (an end only before a common opener),
    then letters joined by periods; and `_punct_cut` for "?" or "!" before a dash.
    """
    lower_letters, upper_letters = _letters(rules.lower, rules.upper)
    titles = set(rules.titles)
    enders = rules.enders - titles
    # A single letter that is a title or an ender is read as such first.
    lowercase = {c for c in lower_letters if c.lower() not in titles | enders}
    capitals = {c for c in upper_letters if c != "I" and c.lower() not in titles | enders}
    abbreviations = {w for w in rules.abbreviations - titles - enders if len(w) >= 2}
    number_words = set(rules.before_number) | set(rules.abbreviations) | titles
    # A word on the same line, no closing mark nor ". . ." before it.
    word_after = rf"[{HS}]++(?=[^{WS}{rules.stops}\u00bb\u203a])"
    starters = "|".join(map(re.escape, sorted(rules.starters, key=len, reverse=True))) or "(?!)"
    no_opener = rf"[{HS}]++[{OPEN}]*+(?=\w)(?!(?:{starters})(?!\w))"
    number = rf"[{HS}]++[{OPEN}]*+(?:\d|\u2116)"
    branches = [
        rf"{_whole_before_dot(titles)}{word_after}",
        rf"(?<=(?<![^{_SPLIT_CLASS}])St\.){word_after}",  # "St." is a title in every language
        rf"{_letter_before_dot(lowercase)}{word_after}",
        rf"(?:{_whole_before_dot(abbreviations)}|{_letter_before_dot(capitals)}){no_opener}",
        # (The number first: it rules out most places in one step, the words in many.)
        rf"(?={number})(?:{_whole_before_dot(number_words)}|{_letter_before_dot(lowercase | capitals)})",
    ]
    # Letters joined by periods that no table holds ("Л.Н.", "Б.з.б."): an end only before a
    # common opener; never before a number ("a.m." and "p.m." are read otherwise).
    dotted = "|".join(rf"(?<=(?<![^{_SPLIT_CLASS}])(?:{_LETTER}\.){{{count}}}{_LETTER}\.)"
                      for count in range(1, 5))
    table = titles | set(rules.enders) | set(rules.abbreviations)
    not_table = rf"(?!{_whole_before_dot(table)})"
    not_time = rf"(?<!{_cased('a.m')}\.)(?<!{_cased('p.m')}\.)"
    if all(map(_readable, table)):  # else a table word might go unseen: left to the scanner
        # (Each ends "x.y.": one look-behind at that turns most places away first.)
        branches.append(rf"(?<=\.{_LETTER}\.)(?:{dotted}){not_table}{not_time}{no_opener}")
    if rules.ordinal_dot:
        # Ordinals written with a period: "XII. Pluku", "7. Apríla" (not before a number).
        letters = f"[{rules.lower}{rules.upper}]"
        roman = "|".join(rf"(?<=(?<![^{_SPLIT_CLASS}])[IVXLC]{{{count}}}\.)"
                         for count in range(2, 9))
        branches.append(rf"(?:{roman})[{HS}]++[{OPEN}]*+(?={letters})")
        day = rf"(?<=(?<![^{_SPLIT_CLASS}])\d\.)|(?<=(?<![^{_SPLIT_CLASS}])\d\d\.)"
        branches.append(rf"(?:{day})[{HS}]++[{OPEN}]*+(?={letters})(?!(?:{starters})(?!\w))")
    periods = rf"(?<=\.)(?=[{HS}])(?:" + "|".join(branches) + ")"
    # "?", "!" or "…" before a dash and a lowercase word: the speech goes on («Готов? – спросила»).
    if not lowercase:  # a caseless script
        return periods
    lowercase_class = re.escape("".join(sorted(lower_letters)))
    dash = (rf"(?<![.])(?<=[{rules.stops}])[{HS}]++[-\u2013\u2014]"
            rf"(?=[{re.escape(WHITESPACE)}]{{0,2}}[{lowercase_class}])")
    return f"(?:{periods}|{dash})"


def ender_words(rules: LanguageRules) -> str:
    """A zero-width regex, placed right after a period, that holds after a whole word of
    `enders` (not a title), where the scanner always cuts before a capital; "(?!)" if none."""
    enders = rules.enders - rules.titles
    roman = "(?<![IVXLC][IVXLC]\\.)" if rules.ordinal_dot else ""
    return f"{_whole_before_dot(enders)}{roman}"


def mark_cluster(rules: LanguageRules) -> str:
    """A regex, placed right after a mark, that takes the rest of its cluster of marks and the
    closing marks after it, when the cluster holds a mark that is neither "." nor "…" ("?",
    "?!", ".?") and a capital follows on the line: `_punct_cut` always cuts after them there."""
    term, close = rules.stops, CLOSE + re.escape(rules.quotes[1::2])
    return (rf"(?<=[{term}])(?:(?<![.\u2026])|(?=[{term}]*?(?![.\u2026])[{term}]))[{term}]*+[{close}]*+"
            rf"(?=[{HS}]+[{OPEN}]*[{rules.upper}])")


def candidate_pattern(rules: LanguageRules) -> re.Pattern[str]:
    """Compile the regex that finds a language's candidate boundaries.

    The first character is matched by one class, which lets the regex engine skip everything
    else at C speed; a mark with a letter or digit right after it ("0.7", "m.in.") is turned
    away at once; the branches then look behind at it to know which kind of candidate it is.
    "plain" is the common case settled inside the regex: ". ", "? " or "! " after four lowercase
    letters that end no abbreviation, before a capital on the same line; "word" is a period the
    scanner would cut at too before a capital (`_word_before`), or a cluster of marks that is
    not all "." and "…" before a capital (`mark_cluster`), outside a list marker. Punctuation
    at a line end also takes the line break, so a paragraph end is one candidate; a French closing
    guillemet after a space (". »") belongs to the sentence it closes. Paragraph ends come
    first, as they are the most common candidates: "pe" is a mark before blank lines and "bb" a
    line break before blank lines, when no list marker opens the next paragraph; the scanner
    cuts there whatever its state (as `_Scanner.paragraph_end` and `line_break` would). Their
    plainest shape, one blank line ("\n\n") and then a character that is no space and opens
    no list, is tried before anything else, as "pq" (after a mark) and "bq" (after a line's
    end): the same matches as "pe" and "bb" there, in a few steps, and an alternative that
    starts with a character costs the engine one comparison where another follows. Each
    paragraph end's group is empty and sits at its cut ("bb", "bq": in a look-behind, at the
    line break the match starts with). "pe" first looks ahead for its line break past marks,
    closing marks and spaces (all it may take before it), so a mark before a word on the same
    line fails it at once.
    Punctuation before a lowercase word on the same line is no candidate at all (it ends
    nothing: _punct_cut; turned away with the letter or digit above), nor
    is a mark that ends nothing in any state of the scan (`kept_periods`: "Dr. Müller", "proc.
    PKB"); a period after an ender ("т.д. Подробности", `ender_words`) is a "word" candidate.
    "hard" is a mark that ends a sentence with no space after it (HARD_STOPS).

    The `kept_periods` test comes right after "pe" and "plain" and guards every branch after
    them: where it holds, a period or mark with spaces and then a word after it on the line,
    none of those branches could match ("word" would be a cut where the scanner makes none; a
    line break, a hard stop or a last mark before a line end is none of these). So it turns
    kept marks away before they try the "word" look-behinds, the same matches in less time.
    """
    tails = "|".join(sorted(rules.tails)) or "(?!)"
    term, low = rules.stops, rules.lower
    close = CLOSE + re.escape(rules.quotes[1::2])  # the language's closing quotes too
    plain = "".join(mark for mark in ".?!;:" if mark in term)
    lowercase = low if low != rules.upper else ""  # caseless scripts have none
    after_word, after_number = _word_before(rules) if "." in term else ("(?!)", "(?!)")
    return re.compile(
        rf"""[{BR}{term}{HARD_STOPS}](?:
          \n\n(?<=[{term}](?P<pq>)\n\n)(?![{WS}{MARKER_FIRST}])
        | \n(?<=(?P<bq>)\n\n)(?![{WS}{MARKER_FIRST}])
        | (?!(?<=[{term}])(?:[^{WS}{close}{term}]|[{HS}]+[{OPEN}]*[{lowercase}/,;]))(?:
          (?<=[{term}])(?=[.{term}{close}{HS}\u00bb\u203a]*+[{BR}])(?>(?<=\.)(?:[ \xa0]\.){{2,}}|[{term}]*+)
          [{close}]*+(?:[ \xa0\u202f][\u00bb\u203a])?[{HS}]*+(?P<pe>)[{BR}](?:(?<=\r)\n)?+
          (?:[{HS}]*[{BR}])++(?![{WS}]*+[{MARKER_FIRST}])
        | (?<=[{low}][{low}][{low}][{low}][{plain}])(?<!(?:{tails})\.)(?P<plain>[{close}]*)
          (?=[{HS}]+[{OPEN}]*[{rules.upper}])
        | (?!{kept_periods(rules)})(?:
          (?:(?<=\.)(?=[{HS}]+[{rules.upper}])
             (?:(?<=(?:{after_word}|{after_number})\.)|{ender_words(rules)})
          | {mark_cluster(rules)})(?P<word>)
        | (?<=(?P<bb>)[{BR}])(?:(?<=\r)\n)?+(?:[{HS}]*[{BR}])++(?![{WS}]*+[{MARKER_FIRST}])
        | (?<=[{BR}])(?P<br>(?:(?<=\r)\n)?(?P<blank>(?:[{HS}]*[{BR}])*)(?=[{HS}]*(?P<lc>[^{WS}])?))
        | (?>(?:(?P<el>(?<=\.)(?:[ \xa0]\.){{2,}})|(?P<p>(?<=[{term}])[{term}]*))
          (?P<c>[{close}]*(?:[ \xa0\u202f][\u00bb\u203a])?)
          (?=[{WS}]*\Z|[{WS}]+(?P<o>[{OPEN}]*)(?P<nx>\w+|[^{WS}])))
          (?(el)|(?![{HS}]+[{OPEN}]*[{lowercase}/,;]))
          (?:[{HS}]*(?P<pb>[{BR}])(?:(?<=\r)\n)?(?P<pblank>(?:[{HS}]*[{BR}])*))?
        | (?P<hard>(?<=[{HARD_STOPS}])[{HARD_STOPS}]*[{close}]*)
          (?P<hl>[{HS}]*(?P<hb>[{BR}])(?:(?<=\r)\n)?(?P<hblank>(?:[{HS}]*[{BR}])*)
            (?=[{HS}]*(?P<hlc>[^{WS}])?))?
          )
        ))""",
        re.VERBOSE,
    )


def tile_pattern(rules: LanguageRules) -> re.Pattern[str]:
    """Compile the regex that cuts a language's text into tiles, in one C-level pass.

    A tile (group "tile") is one of three things, the first that matches:
    - a settled sentence: text with none of the characters that could start a candidate
      boundary or change how one is decided (line breaks, the language's marks, quotes,
      brackets, bullets), then an ending the scanner would cut after in any context: a hard
      stop (with its closing marks, and with a bracket it closes), a plain ". " after four
      lowercase letters before a capital, a period after a word no table knows or a number
      (`_word_before`), "?" or "!" before a capital; or the last sentence of a paragraph, before
      its blank line, whatever its mark. Inside, balanced brackets are fine (《…》, “…！…”),
      hard stops inside them too, and so are a mark before a letter or digit ("0.7") and the
      period of a title ("Dr. ", `_title_dot`).
    - "o" (its own group too), anything else: the rest of the paragraph, which the scanner
      decides candidate by candidate as before;
    - the blank lines opening the text.
    Either of the first two may take the blank lines after it, a boundary that closes the line
    unit; a settled sentence holds no "\n" but there. The tiles cover the text with no gap, so
    their lengths give every offset.
    """
    term, low, up = rules.stops, rules.lower, rules.upper
    close = CLOSE + re.escape(rules.quotes[1::2])
    quotes = re.escape(rules.quotes)
    # Quotes and brackets outside these sets only matter right after a mark, where the endings
    # below take them (or the tile is not settled).
    special = f"{BR}{term}{HARD_STOPS}{quotes}{BULLET}{OPENING}{CLOSING}"
    closers = re.escape("".join(c for c in CLOSE_CHARS + rules.quotes[1::2] if c not in OPENING))
    plain = "".join(mark for mark in ".?!;:" if mark in term)
    tails = "|".join(sorted(rules.tails)) or "(?!)"
    # Text between sentence ends, as an unrolled loop: runs of ordinary characters, joined by
    # a mark with a letter or digit right after it ("0.7%", "www.un.org": no candidate) or by
    # balanced brackets; inside brackets, a hard stop goes on too.
    plain_run = rf"[^{special}]*+"
    mid_mark = rf"[{term}](?=[^{WS}{term}{close}])"
    inside = rf"{plain_run}(?:(?:{mid_mark}|[{HARD_STOPS}]++(?![{close}])){plain_run})*+"
    # Balanced brackets, also a quotation ending in a hard stop that a particle or a comma
    # carries on (「…ですか？」と).
    bracket = (rf"[{OPENING}]{inside}(?:[{CLOSING}]|[{HARD_STOPS}]++[{closers}]*+"
               rf"(?<=[{CLOSING}])(?=[{QUOTE_GOES_ON_CLASS}]))")
    # Where the language has no titles, "St." (the one title of all) is left to the scanner.
    joints = "|".join([mid_mark, *([_title_dot(rules)] if rules.titles else []), bracket])
    content = rf"{plain_run}(?:(?:{joints}){plain_run})*+"
    # A hard stop, its closing marks, and no particle or comma carrying a quotation on.
    goes_on = rf"(?![{close}])(?!(?<=[{CLOSING}])[{QUOTE_GOES_ON_CLASS}])"
    ends = [
        rf"[{HARD_STOPS}]++[{closers}]*+{goes_on}",
        rf"[{OPENING}]{inside}[{HARD_STOPS}]++(?=[{closers}]*?[{CLOSING}])[{closers}]*+{goes_on}",
    ]
    if plain:
        ends.append(rf"(?<=[{low}][{low}][{low}][{low}])[{plain}](?<!(?:{tails})\.)(?=[{HS}]++[{up}\d])")
    if "." in term:
        after_word, after_number = _word_before(rules)
        ends.append(rf"{after_word}\.(?=[{HS}]++[{up}\d])|{after_number}\.(?=[{HS}]++[{up}])")
    # A cluster of marks with one that is neither "." nor "…" ("?", "?!", Armenian ":") ends a
    # sentence before a capital or a number.
    ends.append(rf"[.\u2026]*+(?![.\u2026])[{term}][{term}]*+(?=[{HS}]++[{up}\d])")
    # The last sentence of a paragraph ends at the blank line, whatever its mark (spaces alone
    # are no sentence). It is read once, as the content the endings above were tried after, when
    # that content ends with no space, away from the text's end (so it holds a character:
    # content never starts a tile at a line break); else again, from a start that is no blank.
    last = rf"(?:[{term}]++[{closers}]*+)?(?=[{HS}]*\n[{HS}]*\n|[{WS}]*\Z)"
    ending = "|".join(ends)
    # "1) ", "a. " opening a paragraph start an inline list, which the scanner follows.
    no_list = rf"(?!(?=[{HS}\da-z])[{HS}]*+(?:\d{{1,3}}|[a-z])(?:\.\)|[.)])(?:[{WS}]|\Z))"
    blank = rf"(?:[{HS}]*\n){{2,}}[{HS}]*"
    return re.compile(
        rf"(?P<tile>(?:{no_list}(?>{content}(?:{ending}|(?<=[^{WS}])(?![{WS}]*\Z){last})"
        rf"|(?=[{HS}]*[^{WS}]){content}{last})"
        rf"|(?P<o>(?:[^\n]++|\n(?![{HS}]*\n))++))(?:{blank})?"
        rf"|{blank})"  # blank lines opening the text
    )


_APOSTROPHE = "['\u2019]"


def _any_case(word: str) -> str:
    """The regex of a (lowercase) table word in any case; caseless scripts need no flag."""
    return re.escape(word) if word.upper() == word else f"(?i:{re.escape(word)})"


def _word_before(rules: LanguageRules) -> tuple[str, str]:
    """Zero-width regexes for the place before a period that _period_ends would end a
    sentence at, in any context, when a capital follows: (after a word, after a number).

    The word has two letters or more (maybe with a closing mark after them) and is no word of
    the tables (nor ends with one, in any case), nor "St", nor (where ordinals take a period)
    a Roman numeral. The number has three digits or more where ordinals take a period ("am 3.
    Oktober"), or it is a percentage. After a word, a number may follow too.
    """
    letters = rules.lower + rules.upper
    words = rules.titles | rules.abbreviations | rules.before_number | rules.enders
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(word)
    # A one-letter word of the tables can only be what is left after an apostrophe (l'M.).
    # Each length's words are tried one by one: where there are several, the class of their last
    # letters (in any case, as the words) lets most places pass first, in one step; the same
    # answers, faster. (Not for the one-letter words, which the apostrophe before rules out.)
    unlike = "".join(
        f"(?>(?<!(?i:[{re.escape(''.join(sorted({w[-1] for w in group})))}]))"
        f"|(?<!(?:{'|'.join(map(_any_case, group))})))" if size > 1 and len(group) > 2
        else f"(?<!{_APOSTROPHE if size == 1 else ''}(?:{'|'.join(map(_any_case, group))}))"
        for size, group in by_length.items()
    )
    roman = "(?<![IVXLC][IVXLC])" if rules.ordinal_dot else ""
    number = r"(?<=\d\d\d)" if rules.ordinal_dot else r"(?<=\d)"
    word = rf"(?:(?<=[{letters}][{letters}])|(?<=[{letters}][{letters}][{CLOSE}]))"  # «…کنیم».
    return rf"{word}{unlike}(?<!St){roman}", rf"(?:{number}|(?<=%))"


def _title_dot(rules: LanguageRules) -> str:
    """The regex of a period after a title ("Dr. Müller", "डॉ. शर्मा"): never a sentence end,
    when the title is a whole word (after a space or at the start) and a word follows on the
    line (not a ". . ." nor a "»", which the scanner reads otherwise)."""
    by_length: dict[int, list[str]] = {2: ["St"]}  # "St." is a title in every case (_period_ends)
    for word in sorted(rules.titles):
        by_length.setdefault(len(word), []).append(_any_case(word))
    whole = "|".join(rf"(?<={'|'.join(group)})(?<![^{WS}][\s\S]{{{size}}})"
                     for size, group in by_length.items())
    return rf"(?:{whole})\.(?=[{HS}]++[^{WS}{rules.stops}\u00bb\u203a])"
