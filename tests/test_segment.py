"""Tests for annotate.segment: the seed article, each segmentation rule, kinds, invariants.

The cases are written here (not read from shared benchmark files) so the suite runs anywhere.
"""

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.segment import WHITESPACE, Span, split_sentences

REPO_ROOT = Path(__file__).resolve().parent.parent
KINDS = {"title", "heading", "meta", "body"}
ZERO_WIDTH = "\u180e\u200b\u2060\ufeff"

# The example article (shared/seeds/000_7c6843467a485547.txt), byte for byte: no-break spaces
# (\xa0) at some line ends, curly quotes and apostrophes.
SEED_ARTICLE = (
    "China-North Korea Bond Strengthened by Blood Comradeship\n"
    "2 mins read\n"
    "\n"
    "To mark the 70th anniversary of Korean War Armistice Day, North Korean leader Kim Jong "
    "Un recently met with Chinese diplomats in a historic setting.\xa0\n"
    "\n"
    "During the meeting, a formal letter from Chinese President Xi Jinping was presented to "
    "Kim Jong Un by the Chinese delegation, led by Li Hongzhong, a Politburo member of the "
    "Communist Party.\n"
    "\n"
    "The letter conveyed China\u2019s steadfast commitment to its relationship with North "
    "Korea, emphasizing the Chinese Communist Party and the government\u2019s enduring "
    "policy to safeguard, strengthen, and develop bilateral relations.\xa0\n"
    "\n"
    "Xinhua, China\u2019s official news agency, reported on the meeting and reiterated "
    "China\u2019s unwavering support for its neighboring ally, North Korea, irrespective of "
    "changes in the global geopolitical landscape.\n"
    "\n"
    "While the contents of President Xi Jinping\u2019s letter have not been fully disclosed "
    "to the public, it highlighted the profound bond between the two communist nations, "
    "forged through the shared sacrifice and loss experienced during the Korean War.\xa0\n"
    "\n"
    "Pyongyang Hosts State Visitors Beyond Chinese Delegation\n"
    "\n"
    "Xi Jinping acknowledged the \u201ccomradeship written with blood\u201d between China "
    "and North Korea, underlining the deep historical ties that continue to shape their "
    "relationship.\n"
    "\n"
    "In addition to the Chinese delegation\u2019s visit, Pyongyang received other state "
    "visitors during this eventful week.\xa0\n"
    "\n"
    "A bilateral meeting between the defense ministers of Russia and North Korea took place "
    "in the capital city.\n"
    "\n"
    "Sergei Shoigu, the Russian defense minister, met with Kang Sun-nam, his North Korean "
    "counterpart, to discuss matters of mutual interest and express a desire for closer "
    "collaboration between the two nations.\n"
    "\n"
    "Shoigu highlighted the Democratic People\u2019s Republic of Korea (North Korea) as a "
    "significant ally of Russia, with a long history of mutually beneficial relations and a "
    "shared border.\n"
    "\n"
    "Both sides affirmed their commitment to enhancing cooperation, and the meeting "
    "underscored the importance of the relationship between Russia and North Korea in the "
    "broader regional context.\n"
    "\n"
    "\n"
)


def is_space(char):
    """Whitespace as the segmenter must trim it: str.isspace() plus zero-width spaces."""
    return char.isspace() or char in ZERO_WIDTH


def texts(text):
    """The sentence texts of text."""
    return [span.text for span in split_sentences(text)]


def kinds(text):
    """The (kind, text) pairs of text."""
    return [(span.kind, span.text) for span in split_sentences(text)]


def assert_invariants(text, spans):
    """Spans are ordered, exact, trimmed, of a known kind, and cover every non-space char."""
    position = 0
    for span in spans:
        assert isinstance(span, Span)
        assert position <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert not is_space(span.text[0]) and not is_space(span.text[-1])
        assert span.kind in KINDS
        assert all(is_space(char) for char in text[position : span.start])
        position = span.end
    assert all(is_space(char) for char in text[position:])


# --- the seed article ------------------------------------------------------------------


def test_seed_article_literal_is_the_seed_file():
    digest = hashlib.sha256(SEED_ARTICLE.encode("utf-8")).hexdigest()
    assert digest == "36f94a63b119855f1161742a45645b64b5b3adb194f915ab88fa48d1dba36637"


def test_seed_article_structure():
    spans = split_sentences(SEED_ARTICLE)
    assert_invariants(SEED_ARTICLE, spans)
    assert [span.kind for span in spans] == ["title", "meta"] + ["body"] * 5 + ["heading"] + [
        "body"
    ] * 6
    assert spans[0].text == "China-North Korea Bond Strengthened by Blood Comradeship"
    assert spans[1].text == "2 mins read"
    assert spans[7].text == "Pyongyang Hosts State Visitors Beyond Chinese Delegation"


def test_seed_article_one_body_sentence_per_paragraph():
    paragraphs = [p.strip(WHITESPACE) for p in SEED_ARTICLE.split("\n\n") if p.strip()]
    body = [span.text for span in split_sentences(SEED_ARTICLE) if span.kind == "body"]
    assert body == [p for p in paragraphs[1:] if not p.startswith("Pyongyang Hosts")]
    assert body[0].endswith("historic setting.")  # the no-break space after it is trimmed
    assert "\u201ccomradeship written with blood\u201d" in body[5]


def test_seed_article_offsets_with_crlf():
    crlf = SEED_ARTICLE.replace("\n", "\r\n")
    spans = split_sentences(crlf)
    assert_invariants(crlf, spans)
    assert [s.text for s in spans] == texts(SEED_ARTICLE)
    assert [s.kind for s in spans] == [s.kind for s in split_sentences(SEED_ARTICLE)]


# --- the Span type and trivial inputs ---------------------------------------------------


def test_span_is_a_frozen_value():
    [span] = split_sentences("  Hello there.\n")
    assert span == Span(2, 14, "Hello there.", "body")
    with pytest.raises(AttributeError):  # a named tuple: immutable
        span.start = 3


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u00a0\u2009\u3000\u200b\ufeff\r\n\t"])
def test_blank_input_has_no_sentences(text):
    assert split_sentences(text) == []


def test_whitespace_constant_is_isspace_plus_zero_width():
    expected = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(WHITESPACE) == expected | set(ZERO_WIDTH)


# --- sentence rules ---------------------------------------------------------------------

RULES = {
    "simple": ("The vote passed. Markets rose.", ["The vote passed.", "Markets rose."]),
    "question": ("Is it true? Nobody knows.", ["Is it true?", "Nobody knows."]),
    "double punctuation": ("Hello!! Who?! Me.", ["Hello!!", "Who?!", "Me."]),
    "name with exclamation": ("She works at Yahoo! in Paris.", ["She works at Yahoo! in Paris."]),
    "titles": (
        "Mr. Smith met Dr. Jones and Prof. Lee. Gen. Patton and Sen. Warren did not.",
        ["Mr. Smith met Dr. Jones and Prof. Lee.", "Gen. Patton and Sen. Warren did not."],
    ),
    "saint and street": (
        "St. Mary's Church is on Main st. near the park.",
        ["St. Mary's Church is on Main st. near the park."],
    ),
    "company mid-sentence": ("Acme Co. at noon signed.", ["Acme Co. at noon signed."]),
    "company at the end": (
        "They sold it to Acme Inc. It closed the deal.",
        ["They sold it to Acme Inc.", "It closed the deal."],
    ),
    "possessive": ("That is Smith Jr.'s car.", ["That is Smith Jr.'s car."]),
    "U.S. before a name": (
        "She joined the U.S. Army in 2001.",
        ["She joined the U.S. Army in 2001."],
    ),
    "U.S. at the end": (
        "They moved to the U.S. How did it go?",
        ["They moved to the U.S.", "How did it go?"],
    ),
    "U.K. mid-sentence": ("The U.K. and the E.U. agreed.", ["The U.K. and the E.U. agreed."]),
    "a.m. and p.m.": (
        "At 7 a.m. Mrs. Cole opened the shop. She closed it at 9 p.m. Mr. Cole then cleaned up.",
        ["At 7 a.m. Mrs. Cole opened the shop.", "She closed it at 9 p.m.",
         "Mr. Cole then cleaned up."],
    ),
    "initials": (
        "J. R. R. Tolkien wrote it. George W. Bush read it.",
        ["J. R. R. Tolkien wrote it.", "George W. Bush read it."],
    ),
    "pronoun I": (
        "It was you and I. Did Albert I. Jones agree?",
        ["It was you and I.", "Did Albert I. Jones agree?"],
    ),
    "page and number": (
        "See p. 55 and No. 7 on Jan. 5 for more. Then stop.",
        ["See p. 55 and No. 7 on Jan. 5 for more.", "Then stop."],
    ),
    "e.g. i.e. vs. etc.": (
        "Some states, e.g. Ohio, i.e. the key one, voted Smith vs. Jones, etc. The rest waited.",
        ["Some states, e.g. Ohio, i.e. the key one, voted Smith vs. Jones, etc.",
         "The rest waited."],
    ),
    "May is a word": (
        "It rained in May. The crops grew.",
        ["It rained in May.", "The crops grew."],
    ),
    "decimals": (
        "Growth was 3.14 percent, or 1.5 million jobs. Version 2.0 followed.",
        ["Growth was 3.14 percent, or 1.5 million jobs.", "Version 2.0 followed."],
    ),
    "number at the end": ("It cost $100.00. He paid.", ["It cost $100.00.", "He paid."]),
    "ellipsis at the end": ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    "unicode ellipsis at the end": ("Wait\u2026 Who is it?", ["Wait\u2026", "Who is it?"]),
    "ellipsis mid-sentence": (
        "I mean ... well, it was odd...really \u2026 odd.",
        ["I mean ... well, it was odd...really \u2026 odd."],
    ),
    "bracketed omission": (
        '"Prices [...] rose [...]" (Smith 12).',
        ['"Prices [...] rose [...]" (Smith 12).'],
    ),
    "spaced ellipsis": (
        "It went on . . . and on. . . . Later it stopped.",
        ["It went on . . . and on.", ". . . Later it stopped."],
    ),
    "quote with attribution": (
        '"We will win," Xinhua reported. Others doubted it.',
        ['"We will win," Xinhua reported.', "Others doubted it."],
    ),
    "question inside quotes": (
        '"Is it true?" she asked. Nobody answered.',
        ['"Is it true?" she asked.', "Nobody answered."],
    ),
    "curly quotes close the sentence": (
        "\u201cStop!\u201d he shouted. \u201cNow.\u201d Nobody moved.",
        ["\u201cStop!\u201d he shouted.", "\u201cNow.\u201d", "Nobody moved."],
    ),
    "single quotes": ("He said, 'This is great.' She agreed.", ["He said, 'This is great.'",
                                                              "She agreed."]),
    "parenthesis inside": (
        "He left (see above.) and came back. (He was tired.) Then he slept.",
        ["He left (see above.) and came back.", "(He was tired.)", "Then he slept."],
    ),
    "url": (
        "Read www.example.com/a.b and https://x.org/new.html. Then decide.",
        ["Read www.example.com/a.b and https://x.org/new.html.", "Then decide."],
    ),
    "email": (
        "Write to jane.doe@example.org. She replies.",
        ["Write to jane.doe@example.org.", "She replies."],
    ),
    "inline numbered list": ("1. First item 2. Second item", ["1. First item", "2. Second item"]),
    "inline parens list": (
        "1) The first 2) The second 3) The third",
        ["1) The first", "2) The second", "3) The third"],
    ),
    "inline list with periods": (
        "1.) Buy milk. 2.) Sell eggs.",
        ["1.) Buy milk.", "2.) Sell eggs."],
    ),
    "inline letter list": ("a. alpha item b. beta item", ["a. alpha item", "b. beta item"]),
    "bullet list": ("\u2022 9. Nine \u2022 10. Ten", ["\u2022 9. Nine", "\u2022 10. Ten"]),
    "numbers in prose are no list": (
        "He scored 2. The team won 3 to 1.",
        ["He scored 2.", "The team won 3 to 1."],
    ),
    "no-break space after a period": (
        "One ends.\u00a0\n\nTwo ends.\u00a0",
        ["One ends.", "Two ends."],
    ),
    "cjk": ("\u4eca\u5929\u3002\u660e\u5929\uff01", ["\u4eca\u5929\u3002", "\u660e\u5929\uff01"]),
}


@pytest.mark.parametrize("text, expected", RULES.values(), ids=RULES.keys())
def test_sentence_rules(text, expected):
    spans = split_sentences(text)
    assert_invariants(text, spans)
    assert [span.text for span in spans] == expected


LINES = {
    "blank line": ("a first part\n\nsecond part", ["a first part", "second part"]),
    "blank line with spaces": ("One\n \u00a0\t\nTwo", ["One", "Two"]),
    "title line": ("Big News Today\nThe market fell.", ["Big News Today", "The market fell."]),
    "heading between paragraphs": (
        "It rose.\nWhat Comes Next\nIt fell.",
        ["It rose.", "What Comes Next", "It fell."],
    ),
    "wrapped after a comma": (
        "The market fell sharply,\nanalysts said on Monday.",
        ["The market fell sharply,\nanalysts said on Monday."],
    ),
    "wrapped after a word": (
        "He said the market\nfell sharply. Then\nit rose.",
        ["He said the market\nfell sharply.", "Then\nit rose."],
    ),
    "wrapped after an abbreviation": (
        "She moved to the U.S.\nfor work.",
        ["She moved to the U.S.\nfor work."],
    ),
    "capital after a line break": (
        "He met with\nKim Jong Un.",
        ["He met with", "Kim Jong Un."],
    ),
    "colon then lowercase line": ("Items:\nfirst thing", ["Items:", "first thing"]),
    "list lines": ("1. One\n2. Two\n- three\nb) four", ["1. One", "2. Two", "- three", "b) four"]),
    "letter list lines": ("a. one\nb. two", ["a. one", "b. two"]),
    "line separators": ("One\u2028Two\u2029Three\x85Four", ["One", "Two", "Three", "Four"]),
}


@pytest.mark.parametrize("text, expected", LINES.values(), ids=LINES.keys())
def test_line_rules(text, expected):
    spans = split_sentences(text)
    assert_invariants(text, spans)
    assert [span.text for span in spans] == expected


# --- kinds ------------------------------------------------------------------------------

META_LINES = [
    "By Jane Doe",
    "By Jane Doe and John Roe, Reuters",
    "BY JANE DOE",
    "2 mins read",
    "5 min read",
    "3-minute read",
    "July 27, 2023",
    "27 July 2023",
    "Thursday, July 27, 2023",
    "Updated: 27 July 2023 10:15 GMT",
    "Published 10:15 a.m. ET, July 27, 2023",
    "BEIJING, July 27 (Xinhua) --",
    "LONDON (Reuters) -",
    "Photo: Reuters/John Smith",
    "Image: AFP.",
]


@pytest.mark.parametrize("line", META_LINES)
def test_meta_lines(line):
    assert kinds(f"Headline Here\n{line}\n\nThe story begins.") == [
        ("title", "Headline Here"),
        ("meta", line),
        ("body", "The story begins."),
    ]


@pytest.mark.parametrize(
    "line", ["By then it was late", "NATO", "Photos From the Summit", "Reading List"]
)
def test_lines_that_only_look_like_meta_are_headings(line):
    assert kinds(f"It began.\n\n{line}\n\nIt ended.")[1] == ("heading", line)


def test_title_is_only_the_first_line():
    assert kinds("First Line\n\nSecond Line\n\nText.") == [
        ("title", "First Line"),
        ("heading", "Second Line"),
        ("body", "Text."),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A sentence.\n\nA Heading", [("body", "A sentence."), ("heading", "A Heading")]),
        ("Is this a title?\nNo.", [("body", "Is this a title?"), ("body", "No.")]),
        ("One. Two\n\nThree", [("body", "One."), ("body", "Two"), ("heading", "Three")]),
        ("x" * 201, [("body", "x" * 201)]),
        ("lowercase line\n\nText.", [("body", "lowercase line"), ("body", "Text.")]),
        ("Intro\n1. first\n\u2022 second", [("title", "Intro"), ("body", "1. first"),
                                             ("body", "\u2022 second")]),
        ("Wrapped title\nover two lines", [("body", "Wrapped title\nover two lines")]),
    ],
)
def test_body_title_and_heading(text, expected):
    assert kinds(text) == expected



CREDIT_LINES = [
    "(Reporting by Jane Doe; Editing by John Roe)",
    "(Reporting by Jane Doe in Moscow; Additional reporting by Max Mu in Beijing; Editing by John Roe and Sam Smith)",
    "Reporting by Jane Doe in Moscow; Writing by John Roe",
    "Reporting by Jane Doe, Ann Lee and Bo Li; Editing by Mark Heinrich.",
    "(Reporting by Reuters staff; Compiled by J. Roe)",
    "(Writing by Jane Doe, editing by John Roe)",
]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_wire_credit_lines_are_meta(line):
    """Issue 14.5: a credit line was a heading (no final punctuation) or body (a period)."""
    assert kinds(f"Talks Resume\n\nThe talks resumed on Monday.\n\n{line}") == [
        ("title", "Talks Resume"), ("body", "The talks resumed on Monday."), ("meta", line)]


def test_a_credit_closing_a_paragraph_is_meta():
    text = "The talks resumed on Monday. (Reporting by Jane Doe; Editing by John Roe)"
    assert kinds(text) == [("body", "The talks resumed on Monday."),
                           ("meta", "(Reporting by Jane Doe; Editing by John Roe)")]


@pytest.mark.parametrize("line", [
    "Reporting by the BBC showed that officers lied.",
    "(Reporting by phone was hard that week.)",
    "Editing by hand takes time",
    "(Reporting by Jane Doe; the rest is prose)",
])
def test_prose_about_reporting_is_not_a_credit(line):
    assert kinds(f"It began.\n\n{line}\n\nIt ended.")[1][0] != "meta"


def test_a_question_standing_as_a_sub_head_is_a_heading():
    """Issue 14.5: a short question alone between blank lines was body."""
    text = "Talks Resume\n\nThe talks resumed.\n\nWhat Comes Next?\n\nNobody knows."
    assert kinds(text)[2] == ("heading", "What Comes Next?")
    assert kinds(text.replace("\n", "\r\n"))[2] == ("heading", "What Comes Next?")
    assert kinds("It began.\n\nWhat comes next? \u00a0\n \nNobody knows.")[1] == ("heading", "What comes next?")


@pytest.mark.parametrize("text", [
    "Is this a title?\nNo.",  # one line break: not alone between blank lines
    "It began.\nWhat comes next?\n\nNobody knows.",
    "It began.\n\nWhat comes next?",  # the last line of the text
    "It began.\n\nWhat comes next?\nNobody knows.",
    "It began.\n\n\u201cWho is next?\u201d\n\nNobody knows.",  # a quoted question
    "It began.\n\nWhy would anyone in this town, after all that happened last year, ever trust "
    "the council again?\n\nNobody knows.",  # too long for a sub-head
])
def test_questions_that_are_not_sub_heads_stay_body(text):
    assert all(kind == "body" for kind, _ in kinds(text))


# --- properties -------------------------------------------------------------------------

SPACES = [" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u2009", "\u3000", "\u2028", "\x85",
          "\x0b", "\x1c", "\u200b", "\ufeff", "\u180e", "\n\n", " \n \n"]
SPACE_AND_PUNCTUATION = sorted({char for piece in SPACES for char in piece} | set(".?!\u2026\"')("))
PIECES = [
    *SPACES,
    "Mr. ", "Dr.", "U.S. ", "U.S.", "a.m. ", "e.g. ", "I. ", "J. ", "p. 55", "No. ", "3.14",
    "\u2026", "...", ". . . ", ". . . .", "[...]", ".", "?", "!", "?!", "\"", "'", "\u201c",
    "\u201d", "\u2019", "(", ")", "]", "1. ", "2. ", "1) ", "2) ", "1.) ", "a. ", "b. ", "c) ",
    "\u2022 ", "\u2043", "9. ", "10. ", "The ", "it ", "How ", "Government ", "word", "X",
    "www.example.com/a.b", "jane.doe@example.org", "By Jane Doe", "2 mins read",
    "July 27, 2023", "BEIJING, July 27 (Xinhua) --", "Photo: AFP", ":", ",", "\u3002", "\uff01",
]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_invariants_on_any_text(text):
    assert_invariants(text, split_sentences(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SPACE_AND_PUNCTUATION))))
def test_invariants_on_text_rich_in_spaces_and_punctuation(text):
    assert_invariants(text, split_sentences(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_invariants_on_sentence_like_text(text):
    assert_invariants(text, split_sentences(text))


def test_invariants_on_long_joined_articles():
    text = "\n\n".join([SEED_ARTICLE] * 50 + ["1. a 2. b " * 500, "Mr. " * 1000])
    assert_invariants(text, split_sentences(text))


# --- purity -----------------------------------------------------------------------------


def test_segment_module_imports_neither_flask_nor_sqlalchemy():
    """Loaded from its file, the module (and the segment_rules it imports) needs no web stack."""
    code = (
        "import importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location('segment', sys.argv[1])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['segment'] = module\n"
        "spec.loader.exec_module(module)\n"
        "assert module.split_sentences('A. B.') is not None\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'werkzeug')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(REPO_ROOT / "annotate" / "segment.py")],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
