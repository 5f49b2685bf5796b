"""Results parity of the splitter's fast paths (made for Kazakh's speed, used by every language).

The quick paragraph ends ("pq", "bq" in annotate.segment_fast.candidate_pattern), the look-ahead
before "pe", the class of last letters before the table words, and the scanner's shortcut past
quotation marks must give the very Spans the general paths give. No timing here: results only.
"""

import itertools
import re

import pytest

from annotate import segment, segment_fast
from annotate.segment import split_sentences
from annotate.segment_languages import RULES

LANGUAGES = ["en", "kk", "ru", "bg", "de", "pl", "el", "hy", "ar", "hi", "zh", "ja"]
# Paragraphs of the shapes the paragraph ends settle, and of the shapes they leave to the scanner.
PARAGRAPHS = ["Abc def.", "Abc def?", "Heading", "1) one 2) two", "\u2022 a \u2022 b", "a) x b) y",
              "Text. . .", "Quote.\u201d", "Fin. \u00bb", "abc", "Text.\u2028", "Мен келдім.", "Бұл не?!",
              "«Біз келеміз. Ертең» деді.", "Dr. Smith came.", "\u6211\u6765\u4e86\u3002", "  Indented.",
              "Ends with spaces.  ", "\u0939\u093e\u0901\u0964"]
SEPARATORS = ["\n\n", "\n\n\n", "\r\n\r\n", " \n \n ", "\n", "\r\n", "\n \n", "\n\n ", "\u2029\u2029",
              "\n\n\u200b"]


def _texts():
    pairs = [sep.join(pair) for pair in itertools.product(PARAGRAPHS, repeat=2) for sep in SEPARATORS]
    return pairs + ["".join(parts) for parts in itertools.product(PARAGRAPHS[:6], SEPARATORS[:4], PARAGRAPHS[6:12])]


def _without(monkeypatch, *groups):
    """Split with the candidate regex's named paragraph-end groups never matching."""
    pattern = segment_fast.candidate_pattern

    def disabled(rules):
        source = pattern(rules).pattern
        for group in groups:
            assert f"(?P<{group}>" in source
            source = source.replace(f"(?P<{group}>", f"(?!)(?P<{group}>")
        return re.compile(source, re.VERBOSE)

    monkeypatch.setattr(segment, "candidate_pattern", disabled)
    monkeypatch.setattr(segment, "_CANDIDATES", {})


@pytest.mark.parametrize("language", LANGUAGES)
def test_quick_paragraph_ends_give_the_general_ones(language, monkeypatch):
    texts = _texts()
    fast = [split_sentences(text, language) for text in texts]
    _without(monkeypatch, "pq", "bq")
    assert [split_sentences(text, language) for text in texts] == fast


@pytest.mark.parametrize("language", LANGUAGES)
def test_paragraph_ends_give_the_scanners_spans(language, monkeypatch):
    texts = _texts()
    fast = [split_sentences(text, language) for text in texts]
    _without(monkeypatch, "pq", "bq", "pe", "bb")
    assert [split_sentences(text, language) for text in texts] == fast


def test_paragraph_end_groups_sit_at_the_cut():
    """Each paragraph end's (empty) group is where the sentence ends: the scanner cuts there."""
    pattern = segment_fast.candidate_pattern(RULES["kk"])
    text = "Бірінші.\n\nТақырып\n\nСоңғы!\r\n\r\nТағы\r\n\r\nБітті."
    found = {m.lastgroup: m.end(m.lastgroup) for m in pattern.finditer(text)}
    assert found == {"pq": text.index("\n"), "bq": text.index("\n\nСоңғы"), "pe": text.index("\r"),
                     "bb": text.index("\r\n\r\nБітті"), "c": len(text)}


@pytest.mark.parametrize("language", sorted(RULES))
def test_last_letter_class_changes_no_answer(language):
    """The class of all last letters before the words of a table (_whole_before_dot) turns away
    only places where no word of the table stands."""
    rules = RULES[language]
    words = rules.titles | rules.abbreviations | rules.before_number | rules.enders
    guarded = segment_fast._whole_before_dot(words)
    readable = sorted(w for w in words if segment_fast._readable(w))
    prefix = segment_fast._last_letters(readable) if len({len(w) for w in readable}) > 1 else ""
    assert guarded.startswith(prefix)
    plain = re.compile(guarded[len(prefix):])
    guarded_re = re.compile(guarded)
    samples = [f"{lead}{variant}." for word in readable
               for variant in {word, word.upper(), word.capitalize(), word[:-1] + word[-1].upper()}
               for lead in ("", " ", "x", "(")]
    samples += [f" {word[1:]}x." for word in readable if len(word) > 1] + [" Smith.", " 12.", " a.b.", "."]
    for sample in samples:
        assert bool(plain.match(sample, len(sample))) == bool(guarded_re.match(sample, len(sample))), sample


QUOTED = {
    "kk open quotation": (
        "kk", "Ол: «Біз келеміз. Ертең барамыз» деді. Бұл жаңалық.",
        ["Ол: «Біз келеміз. Ертең барамыз» деді.", "Бұл жаңалық."]),
    "kk closed quotation": (
        "kk", "«Айқын» газеті жазды. Бұл туралы кеше хабарлады. Оппозиция сынады.",
        ["«Айқын» газеті жазды.", "Бұл туралы кеше хабарлады.", "Оппозиция сынады."]),
    "kk quotation beyond the window": (
        "kk", "«Бастау Бұл " + "өте ұзақ сөйлем " * 25 + "дейді. Кейін келді.",
        ["«Бастау Бұл " + "өте ұзақ сөйлем " * 25 + "дейді.", "Кейін келді."]),
    "kk nested quotation": (
        "kk", "Ол «бір «екі» үш. Төрт» деді. Бес болды.",
        ["Ол «бір «екі» үш. Төрт» деді.", "Бес болды."]),
    "kk quotation after the last cut": (
        "kk", "Бірінші сөйлем. Екінші «сөйлем. Үшінші» сөйлем. Төртінші.",
        ["Бірінші сөйлем.", "Екінші «сөйлем. Үшінші» сөйлем.", "Төртінші."]),
    "ru two pairs": (
        "ru", "Он сказал: «Мы придём. Завтра». Потом ушёл. „Это так. Да“ — ответил он.",
        ["Он сказал: «Мы придём. Завтра».", "Потом ушёл.", "„Это так. Да“ — ответил он."]),
    "de low-high quotes": (
        "de", "Er sagte: „Wir kommen. Morgen.“ Dann ging er. Sie blieb.",
        ["Er sagte: „Wir kommen. Morgen.“", "Dann ging er.", "Sie blieb."]),
    "es straight quotes": (
        "es", 'Dijo "Vamos. Mañana" y se fue. Ella se quedó.',
        ['Dijo "Vamos. Mañana" y se fue.', "Ella se quedó."]),
}


@pytest.mark.parametrize("language, text, expected", QUOTED.values(), ids=QUOTED.keys())
def test_periods_inside_quotations(language, text, expected):
    spans = split_sentences(text, language)
    assert [s.text for s in spans] == expected
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_paragraph_kinds_in_kazakh():
    text = "Бірінші абзац.\n\nЕкінші абзац?\n\nТақырып\n\nҮшінші абзац!\n\n"
    assert [(s.text, s.kind) for s in split_sentences(text, "kk")] == [
        ("Бірінші абзац.", "body"), ("Екінші абзац?", "heading"), ("Тақырып", "heading"),
        ("Үшінші абзац!", "body")]
