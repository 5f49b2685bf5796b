"""Tests for annotate.attribution: the seed article, the fixture stories, each rule, invariants.

The seed article is written here as a literal (not read from shared files) so the suite runs
anywhere; the fixture stories are read from the repository's fixtures/.
"""

import json
import random
import re
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.attribution import Suggestion, suggest_sources
from annotate.attribution_registry import Registry
from annotate.segment import split_sentences
from tests.conftest import calls_made
from tests.test_segment import SEED_ARTICLE

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"

# The seed article, as tests/test_segment.py holds it (byte for byte).


SEED_REGISTRY = [
    SimpleNamespace(name="Xinhua", kind="news_agency", aliases=["Xinhua News Agency"]),
    SimpleNamespace(name="Xi Jinping", kind="person", aliases=["President Xi Jinping", "President Xi"]),
    SimpleNamespace(name="Sergei Shoigu", kind="person", aliases=["Shoigu"]),
    SimpleNamespace(name="Kim Jong Un", kind="person", aliases=[]),
]

# Sentence prefix -> the source issue 4 expects; every other seed sentence gets None.
SEED_EXPECTED = {
    "The letter conveyed": "Xi Jinping",
    "Xinhua, China\u2019s official news agency, reported": "Xinhua",
    "While the contents of President Xi Jinping\u2019s letter": "Xi Jinping",
    "Xi Jinping acknowledged": "Xi Jinping",
    "Shoigu highlighted": "Sergei Shoigu",
}

# A small registry for the rule tests, as dicts.
REGISTRY = [
    {"name": "Xinhua", "kind": "news_agency", "aliases": ["Xinhua News Agency"]},
    {"name": "Xi Jinping", "kind": "person", "aliases": ["President Xi Jinping", "Xi"]},
    {"name": "Kim Jong Un", "kind": "person", "aliases": ["Kim"]},
    {"name": "Sergei Shoigu", "kind": "person", "aliases": ["Shoigu"]},
    {"name": "Orbitec Ltd.", "kind": "organization", "aliases": ["Orbitec"]},
    {"name": "Port of Valmora authority", "kind": "government",
     "aliases": ["the port authority", "Anselm Ruiz"]},
    {"name": "Ministry of Agriculture of Norvania", "kind": "government",
     "aliases": ["the ministry"]},
]


def suggest(text, registry=REGISTRY):
    """Return [(sentence text, suggestion)] for text."""
    sentences = split_sentences(text)
    suggestions = suggest_sources(text, sentences, registry)
    return list(zip((s.text for s in sentences), suggestions, strict=True))


def sources(text, registry=REGISTRY):
    """Return the suggested source name (or None) of each sentence of text."""
    return [s.source if s else None for _, s in suggest(text, registry)]


def spanned(text, span):
    """The text under a span."""
    return text[span[0] : span[1]]


# --- the seed article -------------------------------------------------------------------


@pytest.mark.parametrize("registry", [SEED_REGISTRY, [vars(s) for s in SEED_REGISTRY]],
                         ids=["objects", "dicts"])
def test_seed_article_suggests_xinhua_xi_and_shoigu_and_nothing_else(registry):
    """Issue 4's acceptance: the three sources where the story attributes, None elsewhere."""
    for text, suggestion in suggest(SEED_ARTICLE, registry):
        expected = next((n for p, n in SEED_EXPECTED.items() if text.startswith(p)), None)
        assert (suggestion.source if suggestion else None) == expected, text


def test_seed_spans_and_confidences():
    """Direct registry matches score 0.9; the letter and "it" are carried at 0.6."""
    found = [(text, s) for text, s in suggest(SEED_ARTICLE, SEED_REGISTRY) if s]

    def got(prefix):
        return next(s for text, s in found if text.startswith(prefix))

    xinhua = got("Xinhua, China")
    assert spanned(SEED_ARTICLE, xinhua.cue_span) == "reported"
    assert spanned(SEED_ARTICLE, xinhua.source_span) == "Xinhua"
    assert (xinhua.confidence, xinhua.basis) == (0.9, "registry")
    letter = got("The letter conveyed")
    assert spanned(SEED_ARTICLE, letter.source_span) == "The letter"
    assert (letter.confidence, letter.basis) == (0.6, "carried")
    pronoun = got("While the contents")
    assert spanned(SEED_ARTICLE, pronoun.cue_span) == "highlighted"
    assert spanned(SEED_ARTICLE, pronoun.source_span) == "it"
    shoigu = got("Shoigu highlighted")
    assert spanned(SEED_ARTICLE, shoigu.source_span) == "Shoigu"


# --- the fixture stories ----------------------------------------------------------------


def fixture_articles():
    """Return {external_id: text} of the fixture stories."""
    lines = (FIXTURES / "wire_stories.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    records += json.loads((FIXTURES / "tricky.json").read_text(encoding="utf-8"))
    return {record["external_id"]: record["text"] for record in records}


FIXTURE_CASES = [
    ("mw-2026-0314-017", "VALMORA, March 14", "Port of Valmora authority", "the port authority"),
    ("mw-2026-0314-017", "\u201cCargo handling", "Port of Valmora authority", "Anselm Ruiz"),
    ("mw-2026-0314-017", "According to the Valmora", "Valmora Chamber of Commerce",
     "Valmora Chamber of Commerce"),
    ("mw-2026-0314-017", "The chamber did not say", None, None),
    ("mw-2026-0314-017", "The dockworkers\u2019 union", "Uni\u00f3n Portuaria",
     "Uni\u00f3n Portuaria"),
    ("mw-2026-0314-017", "It added that talks", "Uni\u00f3n Portuaria", "It"),
    ("mw-2026-0314-017", "Shipping analysts", None, None),
    ("ld-20260502-drought", "The Ministry of Agriculture", "Ministry of Agriculture of Norvania",
     "Ministry of Agriculture of Norvania"),
    ("ld-20260502-drought", "The ministry said payments", "Ministry of Agriculture of Norvania",
     "The ministry"),
    ("ld-20260502-drought", "It also reiterated", "Ministry of Agriculture of Norvania", "It"),
    ("ld-20260502-drought", "Opposition lawmaker", "Hana Vesely", "Dr. Hana Vesely"),
    ("ld-20260502-drought", "She said at least three", "Hana Vesely", "She"),
    ("ld-20260502-drought", "Independent auditors", None, None),
    ("fx-markup-1", "A spokesperson for Orbitec", "Orbitec Ltd.", "Orbitec Ltd."),
    ("fx-markup-1", "The company\u2019s filing", "Orbitec Ltd.", "The company"),
    ("fx-markup-1", "\u201cIs it true?\u201d a reporter asked.", None, None),
]


@pytest.mark.parametrize(("article", "prefix", "source", "mention"), FIXTURE_CASES)
def test_fixture_stories(article, prefix, source, mention):
    """The cues of the wire stories attach to the registry entries of fixtures/sources.json."""
    registry = json.loads((FIXTURES / "sources.json").read_text(encoding="utf-8"))
    text = fixture_articles()[article]
    suggestion = next(s for t, s in suggest(text, registry) if t.startswith(prefix))
    assert (suggestion.source if suggestion else None) == source
    if mention:
        assert spanned(text, suggestion.source_span) == mention


def test_fixture_titles_and_meta_lines_get_nothing():
    """"Ministry Says Drought Aid ..." is a title: no suggestion despite its cue."""
    registry = json.loads((FIXTURES / "sources.json").read_text(encoding="utf-8"))
    for text in fixture_articles().values():
        sentences = split_sentences(text)
        suggestions = suggest_sources(text, sentences, registry)
        for sentence, suggestion in zip(sentences, suggestions, strict=True):
            if sentence.kind != "body":
                assert suggestion is None, sentence.text


# --- rules ------------------------------------------------------------------------------


def test_inversion_takes_the_name_after_the_cue():
    """'"...," said X.' attributes to X, registered or not."""
    assert sources("\u201cWe will not back down,\u201d said Anselm Ruiz.") == [
        "Port of Valmora authority"]
    (_, found), = suggest("\u201cWe will not back down,\u201d said Maria Lopez, an organiser.")
    assert (found.source, found.confidence, found.basis) == ("Maria Lopez", 0.7, "name")
    assert sources("The port reopened, said the port authority.") == ["Port of Valmora authority"]


def test_a_preposition_after_the_cue_is_no_inversion():
    """"X, the agency, reported on Y" keeps the subject X, not a name in the object."""
    text = "Xinhua, the state agency, reported on Kang Sun-nam and his visit."
    assert sources(text) == ["Xinhua"]


def test_subject_skips_appositive_and_adverbs():
    """Appositives between commas and adverbs before the cue are skipped."""
    assert sources("Sergei Shoigu, who met Kim on Friday, has also said ties are strong.") == [
        "Sergei Shoigu"]
    assert sources("The Russian defense minister, Sergei Shoigu, said ties are strong.") == [
        "Sergei Shoigu"]


def test_according_to_and_quoted_as_saying():
    """The source follows "according to" and sits between "quoted" and "as saying"."""
    assert sources("According to Xinhua, the visit went well.") == ["Xinhua"]
    assert sources("According to a statement from the ministry, aid rose.") == [
        "Ministry of Agriculture of Norvania"]
    assert sources("Xinhua quoted Kim as saying the ties were strong.") == ["Kim Jong Un"]
    assert sources("Kim was quoted as saying the ties were strong.") == ["Kim Jong Un"]
    assert sources("In a statement, Orbitec called the figure wrong.") == ["Orbitec Ltd."]


def test_longest_alias_wins_within_word_boundaries():
    """"Kim Jong Un" beats alias "Kim"; "Xinhuanet" is not "Xinhua"; "Kim Yo Jong" is not Kim."""
    text = "Kim Jong Un said the war was won."
    (_, found), = suggest(text)
    assert spanned(text, found.source_span) == "Kim Jong Un"
    text = "Chinese President Xi Jinping said ties were strong."
    (_, found), = suggest(text)
    assert (found.source, spanned(text, found.source_span)) == ("Xi Jinping", "President Xi Jinping")
    assert sources("The Xinhuanet site said the visit went well.") == [None]
    (_, found), = suggest("Kim Yo Jong said the drills were provocative.")
    assert (found.source, found.basis) == ("Kim Yo Jong", "name")


def test_alias_matching_ignores_case_spacing_and_apostrophes():
    """XINHUA, "Xinhua\u00a0News  Agency" and curly apostrophes match the registry."""
    registry = [*REGISTRY, {"name": "Uni\u00f3n Portuaria", "aliases": ["the dockworkers' union"]}]
    assert sources("XINHUA reported the visit.") == ["Xinhua"]
    text = "Xinhua\u00a0News  Agency reported the visit."
    (_, found), = suggest(text)
    assert spanned(text, found.source_span) == "Xinhua\u00a0News  Agency"
    assert sources("The dockworkers\u2019 union said pay rose.", registry) == ["Uni\u00f3n Portuaria"]


def test_descriptive_aliases_match_only_as_descriptions():
    """Alias "the ministry" does not turn "The Ministry of Culture" into the registry entry."""
    (_, found), = suggest("The Ministry of Culture said museums would reopen.")
    assert (found.source, found.basis) == ("Ministry of Culture", "name")
    (_, _), (_, second) = suggest(
        "The Ministry of Agriculture of Norvania announced aid. The ministry said it helped.")
    assert second.source == "Ministry of Agriculture of Norvania"
    assert second.confidence == 0.8  # named earlier in the article
    (_, alone), = suggest("The ministry said it helped.")
    assert alone.confidence == 0.7


def test_pronouns_and_descriptions_carry_the_earlier_source():
    """It/She/the company carry the nearest attributed sentence, at 0.6."""
    text = "Orbitec said revenue fell. It added that costs rose. The company said more."
    assert sources(text) == ["Orbitec Ltd.", "Orbitec Ltd.", "Orbitec Ltd."]
    _, (_, carried), _ = suggest(text)
    assert (carried.confidence, carried.basis) == (0.6, "carried")
    assert spanned(text, carried.source_span) == "It"


def test_carry_respects_person_and_organisation():
    """"She" skips an organisation to reach a person; "It" skips a person."""
    text = "Kim said ties were strong. Xinhua reported the visit. She said more."
    assert sources(text) == ["Kim Jong Un", "Xinhua", "Kim Jong Un"]
    text = "Xinhua reported the visit. Kim said ties were strong. It said more."
    assert sources(text) == ["Xinhua", "Kim Jong Un", "Xinhua"]


def test_carry_does_not_cross_a_heading_or_reach_too_far():
    """A pronoun after a heading, or four sentences on, has no antecedent."""
    assert sources("Kim said ties were strong.\n\nNew Section\n\nHe said more.") == [
        "Kim Jong Un", None, None]
    text = "Kim said ties were strong. Rain fell. Wind blew. Snow came. He said more."
    assert sources(text)[-1] is None


def test_documents_carry_their_author():
    """"the letter" and "it" reach the author of a letter or statement."""
    text = ("A letter from President Xi Jinping was read out. The letter stressed the ties.")
    assert sources(text) == [None, "Xi Jinping"]
    text = "Though Kim\u2019s letter was brief, it stressed unity."
    assert sources(text) == ["Kim Jong Un"]
    text = "Orbitec issued a statement on Friday. The statement said revenue fell."
    assert sources(text) == [None, "Orbitec Ltd."]


def test_he_may_refer_to_the_person_opening_the_previous_sentence():
    """With no attributed sentence before, "He" reads as the one person the previous sentence
    names (0.6), or, of two people there, as the one who opens it (0.5)."""
    text = "Sergei Shoigu met Kang Sun-nam in Pyongyang. He said ties were strong."
    _, (_, found) = suggest(text)
    assert (found.source, found.confidence) == ("Sergei Shoigu", 0.6)
    text = "Sergei Shoigu met Kim Jong Un in Pyongyang. He said ties were strong."
    _, (_, found) = suggest(text)
    assert (found.source, found.confidence) == ("Sergei Shoigu", 0.5)
    assert spanned(text, found.source_span) == "He"


@pytest.mark.parametrize("text", [
    "The ministry did not say how many farmers were paid.",
    "Orbitec declined to comment on the figure.",
    "Kim wouldn\u2019t say whether talks would resume.",
    "It was reported that the port closed.",
    "Shoigu was told that the drills would go ahead.",
    "Officials said the port would reopen.",
    "Rescuers said three people were missing.",
    "Shoigu met Kim in Pyongyang.",
    "Both sides affirmed their commitment to cooperation.",
    "The port reopened on Saturday.",
])
def test_the_article_speaks_for_itself(text):
    """No cue, a negated or passive cue, or an unnameable subject: no suggestion."""
    assert sources(text) == [None] * len(split_sentences(text))


def test_titles_headings_and_meta_get_nothing():
    """Cues in titles, headings and meta lines never make a suggestion."""
    text = ("Kim says ties are strong\n2 mins read\n\nXinhua reported the visit.\n\n"
            "Shoigu warns the West\n\nBy Xinhua News Agency\n\nShoigu said more.")
    kinds = [s.kind for s in split_sentences(text)]
    assert kinds == ["title", "meta", "body", "heading", "meta", "body"]
    assert sources(text) == [None, None, "Xinhua", None, None, "Sergei Shoigu"]


def test_registry_entries_may_be_sparse_or_odd():
    """Missing aliases, None aliases, blank names and duplicates are tolerated."""
    registry = [
        {"name": "Xinhua", "aliases": None},
        {"name": "  ", "aliases": ["Kim"]},
        SimpleNamespace(name="Kim Jong Un", aliases=["Xinhua", 7]),
        {"aliases": ["Shoigu"]},
    ]
    text = "Xinhua said so. Kim Jong Un said so. Kim said so."
    assert [(s.source, s.basis) for _, s in suggest(text, registry)] == [
        ("Xinhua", "registry"), ("Kim Jong Un", "registry"), ("Kim", "name")]
    (_, named), = suggest("Xinhua said so.", [])
    assert (named.source, named.basis) == ("Xinhua", "name")
    assert suggest_sources("", [], REGISTRY) == []


def test_a_registry_built_once_serves_every_article_alike():
    """A `Registry` built once gives, article after article, what the entries give."""
    registry = json.loads((FIXTURES / "sources.json").read_text(encoding="utf-8"))
    built = Registry(registry)
    texts = [SEED_ARTICLE, *(json.loads(line)["text"] for line in
                             (FIXTURES / "wire_stories.jsonl").read_text(encoding="utf-8").splitlines() if line)]
    for text in texts:
        sentences = split_sentences(text)
        assert suggest_sources(text, sentences, built) == suggest_sources(text, sentences, registry)


def test_a_registry_may_extend_a_shared_one():
    """One reviewer's proposals on top of the shared registry: both found, the shared one's
    entry kept for a form both have, and the shared registry itself unchanged."""
    shared = Registry(REGISTRY)
    own = Registry([{"name": "Xinhau News Desk", "kind": "news_agency", "aliases": ["XND", "Xinhua"]}], base=shared)
    text = "XND said ships waited. Xinhua said so too. President Xi Jinping said more."
    assert sources(text, own) == ["Xinhau News Desk", "Xinhua", "Xi Jinping"]
    assert sources(text, shared) == ["XND", "Xinhua", "Xi Jinping"]
    (_, found), = suggest("Ships waited, the Xinhau News Desk said.", own)
    assert (found.source, found.confidence) == ("Xinhau News Desk", 0.9)


def test_an_articles_cost_does_not_grow_with_the_registry():
    """The registry is indexed once; an article then costs about the same against 20,000
    aliases of 100 characters as against the seven entries of the rule tests (counted in calls)."""
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))).capitalize()
             for _ in range(3000)]
    flood = [{"name": f"Flood {n}", "kind": "other",
              "aliases": [" ".join(rng.choice(words) for _ in range(14))[:100] for _ in range(50)]}
             for n in range(400)]
    small, large = Registry(REGISTRY), Registry([*REGISTRY, *flood])
    sentences = split_sentences(SEED_ARTICLE)

    assert suggest_sources(SEED_ARTICLE, sentences, large) == suggest_sources(SEED_ARTICLE, sentences, small)
    costs = [calls_made(lambda registry=registry: suggest_sources(SEED_ARTICLE, sentences, registry))
             for registry in (small, large)]
    assert costs[1] < 1.5 * costs[0]


def test_suggestion_is_frozen():
    """A Suggestion is an immutable value."""
    suggestion = Suggestion("Xinhua", (0, 4), (5, 11), 0.9)
    with pytest.raises(FrozenInstanceError):
        suggestion.source = "x"


# --- invariants -------------------------------------------------------------------------

PIECES = [
    "Xinhua", "Xinhua News Agency", "Kim", "Kim Jong Un", "President Xi Jinping", "Shoigu",
    "Orbitec Ltd.", "the port authority", "The ministry", "Anselm Ruiz", "Maria Lopez", "It",
    "She", "they", "The letter", "letter from", "\u2019s letter", "said", "says", "told",
    "reported", "according to", "According to", "quoted", "as saying", "in a statement",
    "did not", "was", "also", "lists", "issued a statement", ", ", ". ", "? ", "\n", "\n\n",
    "\u201c", "\u201d", "\"", " ", "\xa0", "the", "met", "XINHUA", "kim", "\u017fhoigu",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join))
def test_one_item_per_sentence_and_spans_inside_it(text):
    """One item per sentence; spans inside the sentence (a quote's continuation: inside the
    text); registry spans spell a name/alias."""
    sentences = split_sentences(text)
    suggestions = suggest_sources(text, sentences, REGISTRY)
    assert len(suggestions) == len(sentences)
    forms = {
        _normal(form): entry["name"]
        for entry in REGISTRY for form in [entry["name"], *entry["aliases"]]
    }
    for sentence, suggestion in zip(sentences, suggestions, strict=True):
        if suggestion is None:
            continue
        assert 0.0 <= suggestion.confidence <= 1.0
        # A quote's later sentences point at the cue and speaker of the sentence naming them.
        low, high = (0, len(text)) if suggestion.basis == "quote" else (sentence.start, sentence.end)
        for span in (suggestion.cue_span, suggestion.source_span):
            assert span is None or low <= span[0] < span[1] <= high
        if suggestion.basis == "registry":
            assert forms[_normal(spanned(text, suggestion.source_span))] == suggestion.source


def _normal(form):
    """Compare forms as the matcher does: case, spacing and apostrophes ignored."""
    return re.sub(r"\s+", " ", form).replace("\u2019", "'").strip().casefold()


def test_module_imports_neither_flask_nor_sqlalchemy():
    """Imported in a fresh interpreter, the module pulls in no web or database stack."""
    code = (
        "import sys\n"
        "import annotate.attribution as attribution\n"
        "assert attribution.suggest_sources('', [], []) == []\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'werkzeug')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
