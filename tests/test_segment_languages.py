"""Tests for the multilingual segmenter and language detection (annotate.segment, annotate.language).

Cases are written here, so the suite needs neither the benchmark files nor pySBD.
"""

import dataclasses
import itertools
import re
import subprocess
import sys

import pytest

from annotate import segment_languages
from annotate.language import SUPPORTED_LANGUAGES, detect_language, language_name
from annotate.segment import split_sentences

# (language, text, the sentences expected, in order)
CASES = [
    ("de", "Am 3. Oktober feiert Deutschland. Die Feier ist in Schwerin.",
     ["Am 3. Oktober feiert Deutschland.", "Die Feier ist in Schwerin."]),
    ("de", "Dr. Müller leitet die Abteilung Nr. 4 des Instituts. Sie arbeitet dort seit 2019.",
     ["Dr. Müller leitet die Abteilung Nr. 4 des Instituts.", "Sie arbeitet dort seit 2019."]),
    ("de", "Die Preise stiegen, z.B. für Strom. Der Umsatz lag bei 1.000,5 Mio. Euro.",
     ["Die Preise stiegen, z.B. für Strom.", "Der Umsatz lag bei 1.000,5 Mio. Euro."]),
    ("de", "Betroffen sind Bayern, Sachsen usw. Die Behörden warnen.",
     ["Betroffen sind Bayern, Sachsen usw.", "Die Behörden warnen."]),
    ("es", "El Sr. García y la Sra. López llegaron. EE.UU. anunció sanciones.",
     ["El Sr. García y la Sra. López llegaron.", "EE.UU. anunció sanciones."]),
    ("es", "¿Habrá elecciones? El presidente lo descartó.",
     ["¿Habrá elecciones?", "El presidente lo descartó."]),
    ("pt", "O Sr. Silva chegou a Lisboa. O PIB cresceu 2,9% em 2023.",
     ["O Sr. Silva chegou a Lisboa.", "O PIB cresceu 2,9% em 2023."]),
    ("fr", "M. Dupont et Mme Martin ont été reçus. Ils n'ont rien dit.",
     ["M. Dupont et Mme Martin ont été reçus.", "Ils n'ont rien dit."]),
    ("it", "Il dott. Verdi ha curato 14 feriti. Tre sono gravi.",
     ["Il dott. Verdi ha curato 14 feriti.", "Tre sono gravi."]),
    ("nl", "Dhr. Jansen sprak met de minister. Het duurde twee uur.",
     ["Dhr. Jansen sprak met de minister.", "Het duurde twee uur."]),
    ("da", "Mødet er den 3. oktober i Aarhus. Over 200 deltager.",
     ["Mødet er den 3. oktober i Aarhus.", "Over 200 deltager."]),
    ("pl", "Porozumienie podpisały m.in. Niemcy. Polska dołączy później.",
     ["Porozumienie podpisały m.in. Niemcy.", "Polska dołączy później."]),
    ("sk", "Ide o príslušníkov XII. Pluku. Stretnutie bude 3. októbra.",
     ["Ide o príslušníkov XII. Pluku.", "Stretnutie bude 3. októbra."]),
    ("ru", "Встреча пройдет в г. Москве. Участвуют Китай, Индия и т.д. Подробности не раскрываются.",
     ["Встреча пройдет в г. Москве.", "Участвуют Китай, Индия и т.д.", "Подробности не раскрываются."]),
    ("ru", "Министр С. Шойгу прибыл в Пхеньян. Визит продлится три дня.",
     ["Министр С. Шойгу прибыл в Пхеньян.", "Визит продлится три дня."]),
    ("el", "Θα γίνουν εκλογές; Ο πρόεδρος το απέκλεισε.",
     ["Θα γίνουν εκλογές;", "Ο πρόεδρος το απέκλεισε."]),
    ("hy", "Բարև Ձեզ: Իմ անունն է Արմինե: Այսօր երկուշաբթի է։Ես գնում եմ։",
     ["Բարև Ձեզ:", "Իմ անունն է Արմինե:", "Այսօր երկուշաբթի է։", "Ես գնում եմ։"]),
    ("hi", "सरकार ने बजट पेश किया। घाटा 5.1 प्रतिशत रहेगा।क्या चुनाव होंगे?",
     ["सरकार ने बजट पेश किया।", "घाटा 5.1 प्रतिशत रहेगा।", "क्या चुनाव होंगे?"]),
    ("mr", "आज दसरा आहे. आज खूप शुभ दिवस आहे.", ["आज दसरा आहे.", "आज खूप शुभ दिवस आहे."]),
    ("am", "እንደምን አለህ፧መልካም ቀን ይሁንልህ።", ["እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"]),
    ("my", "ရွေးကောက်ပွဲ ကျင်းပမည်လား။သမ္မတက ငြင်းပယ်ခဲ့သည်။",
     ["ရွေးကောက်ပွဲ ကျင်းပမည်လား။", "သမ္မတက ငြင်းပယ်ခဲ့သည်။"]),
    ("ko", "정부는 예산안을 확정했다. 적자는 2.5%에 이를 전망이다.",
     ["정부는 예산안을 확정했다.", "적자는 2.5%에 이를 전망이다."]),
    ("kk", "Президент Қ. Тоқаев Мәскеуге барды. Сапар екі күнге созылады.",
     ["Президент Қ. Тоқаев Мәскеуге барды.", "Сапар екі күнге созылады."]),
    ("bg", "Срещата ще бъде в гр. Пловдив. Ще участват 200 делегати.",
     ["Срещата ще бъде в гр. Пловдив.", "Ще участват 200 делегати."]),
    # Direct speech: a dash and a lowercase word carry the sentence on after ? or !
    ("ru", "«Вы готовы? – спросила она. – Мы ждём». Он кивнул.",
     ["«Вы готовы? – спросила она. – Мы ждём».", "Он кивнул."]),
    ("kk", "Бірақ оның енді не керегі бар? — деді. Ол кетті.",
     ["Бірақ оның енді не керегі бар? — деді.", "Ол кетті."]),
    # A closing quote of the language's own style stays with its sentence.
    ("de", "Sie sagte: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.",
     ["Sie sagte: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro."]),
    # French spaced guillemets, an elided article before an abbreviation.
    ("fr", "Il a dit « Je pars. » Puis il est parti.", ["Il a dit « Je pars. »", "Puis il est parti."]),
    ("it", "È presente l'Avv. Cassioni? Sono l'Ing. Mengozzi.",
     ["È presente l'Avv. Cassioni?", "Sono l'Ing. Mengozzi."]),
    ("pl", "Rząd przyjął budżet na 2025 r. Deficyt wyniesie 5,5 proc. PKB.",
     ["Rząd przyjął budżet na 2025 r.", "Deficyt wyniesie 5,5 proc. PKB."]),
]

# Right to left: Arabic script, with its own question mark and the Urdu full stop.
RTL_CASES = [
    ("ar", "هل ستجرى انتخابات مبكرة؟ نفى الرئيس ذلك. عالج د. أحمد 14 جريحا.",
     ["هل ستجرى انتخابات مبكرة؟", "نفى الرئيس ذلك.", "عالج د. أحمد 14 جريحا."]),
    ("fa", "آیا انتخابات زودهنگام برگزار می‌شود؟رئیس‌جمهور آن را رد کرد.",
     ["آیا انتخابات زودهنگام برگزار می‌شود؟", "رئیس‌جمهور آن را رد کرد."]),
    ("ur", "کیا انتخابات ہوں گے؟ صدر نے تردید کی۔حصص 3 فیصد بڑھے۔",
     ["کیا انتخابات ہوں گے؟", "صدر نے تردید کی۔", "حصص 3 فیصد بڑھے۔"]),
]

# Scripts without spaces: a sentence ends at its mark, closing quotes and brackets stay with it,
# a mark inside a title or a quotation does not end the sentence.
CJK_CASES = [
    ("zh", "外交部发言人说：“中方反对制裁。”美方尚未回应。",
     ["外交部发言人说：“中方反对制裁。”", "美方尚未回应。"]),
    ("zh", "电影《你好！北京》将于10月上映。导演表示非常期待！",
     ["电影《你好！北京》将于10月上映。", "导演表示非常期待！"]),
    ("zh", "双方签署了《合作协议》（草案）。具体细节尚未公布？",
     ["双方签署了《合作协议》（草案）。", "具体细节尚未公布？"]),
    ("ja", "これはペンです。それはマーカーです。", ["これはペンです。", "それはマーカーです。"]),
    ("ja", "記者が「辞任するのですか？」と質問した。大臣は答えなかった。",
     ["記者が「辞任するのですか？」と質問した。", "大臣は答えなかった。"]),
    ("ja", "消費者物価指数は２．８％上昇した。食料品の値上がりが続いている。",
     ["消費者物価指数は２．８％上昇した。", "食料品の値上がりが続いている。"]),
]

DETECTION = {
    "en": "The central bank said on Tuesday that inflation had eased to 3.5 percent in March.",
    "es": "El presidente dijo el martes que el gobierno no subirá los impuestos este año.",
    "pt": "O presidente disse nesta terça-feira que o governo não vai aumentar os impostos.",
    "fr": "Le président a déclaré mardi que le gouvernement n'augmenterait pas les impôts.",
    "de": "Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen.",
    "it": "Il governo ha approvato giovedì il decreto sulle pensioni, ha detto il ministro.",
    "nl": "De regering heeft donderdag het nieuwe wetsvoorstel naar de Tweede Kamer gestuurd.",
    "da": "Regeringen fremlagde torsdag et nyt lovforslag om skatter, siger ministeren.",
    "pl": "Prezydent powiedział we wtorek, że rząd nie podniesie podatków w tym roku.",
    "sk": "Prezident v utorok povedal, že vláda tento rok nezvýši dane.",
    "ru": "Президент заявил журналистам во вторник, что переговоры продолжатся.",
    "bg": "Президентът заяви във вторник, че правителството няма да вдига данъците.",
    "kk": "Президент сейсенбі күні үкімет биыл салықты көтермейтінін мәлімдеді.",
    "el": "Ο πρόεδρος δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αυξήσει τους φόρους.",
    "hy": "Նախագահը երեքշաբթի հայտարարեց, որ կառավարությունը չի բարձրացնի հարկերը։",
    "am": "ፕሬዚዳንቱ ማክሰኞ መንግስት ግብር እንደማይጨምር ተናግረዋል።",
    "my": "သမ္မတက အစိုးရသည် အခွန်မတိုးမြှင့်ဟု အင်္ဂါနေ့တွင် ပြောကြားခဲ့သည်။",
    "hi": "राष्ट्रपति ने मंगलवार को कहा कि सरकार इस साल कर नहीं बढ़ाएगी।",
    "mr": "राष्ट्रपतींनी मंगळवारी सांगितले की सरकार या वर्षी कर वाढवणार नाही.",
    "ar": "قال الرئيس يوم الثلاثاء إن الحكومة لن ترفع الضرائب هذا العام.",
    "fa": "رئیس جمهور روز سه‌شنبه گفت که دولت امسال مالیات‌ها را افزایش نخواهد داد.",
    "ur": "صدر نے منگل کو کہا کہ حکومت اس سال ٹیکس نہیں بڑھائے گی۔",
    "zh": "新华社北京7月27日电 国家主席习近平周四表示，中国将继续支持朝鲜。",
    "ja": "首相は火曜日、政府は今年増税しないと述べた。",
    "ko": "대통령은 화요일 정부가 올해 세금을 인상하지 않을 것이라고 말했다.",
}


def check_offsets(text, spans):
    """Every span points back into text exactly."""
    for span in spans:
        assert text[span.start:span.end] == span.text
    assert [s.start for s in spans] == sorted(s.start for s in spans)


@pytest.mark.parametrize(("language", "text", "expected"), CASES + RTL_CASES + CJK_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES + RTL_CASES + CJK_CASES)])
def test_sentences_per_language(language, text, expected):
    spans = split_sentences(text, language)
    check_offsets(text, spans)
    assert [s.text for s in spans] == expected
    assert all(s.kind == "body" for s in spans)


@pytest.mark.parametrize(("language", "text", "expected"), CASES + RTL_CASES + CJK_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES + RTL_CASES + CJK_CASES)])
def test_detected_language_splits_the_same(language, text, expected):
    """None detects the language from the text; the result is the same as naming it."""
    assert [s.text for s in split_sentences(text)] == [s.text for s in split_sentences(text, language)]


def test_german_ordinal_and_abbreviation_differ_from_english():
    text = "Am 3. Oktober feiert Deutschland. Die Feier ist in Schwerin."
    assert len(split_sentences(text, "de")) == 2
    assert len(split_sentences(text, "en")) == 3  # English reads "3." as a sentence end


@pytest.mark.parametrize("language", sorted(DETECTION))
def test_detects_each_language(language):
    assert detect_language(DETECTION[language]) == language


def test_every_supported_language_is_detected_and_named():
    assert set(DETECTION) == SUPPORTED_LANGUAGES
    assert language_name("zh") == "Chinese"
    assert language_name("ar") == "Arabic"
    assert language_name("xx") == "xx"


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "Hi", "...", "2024-05-01"])
def test_detection_gives_up_on_too_little_text(text):
    assert detect_language(text) is None


def test_detection_reads_a_bounded_prefix():
    """A long article's language comes from its start: the end is never read."""
    text = " ".join([DETECTION["de"]] * 6) + " " + "漢字" * 100_000
    assert detect_language(text) == "de"


@pytest.mark.parametrize("code", ["xx", "sv", "tlh", "EN", "pt-BR", ""])
def test_unknown_or_unsupported_code_falls_back_to_generic_rules(code):
    text = "Dr. Smith arrived at 9 a.m. today. The talks began.\n\n中方反对。美方尚未回应。"
    spans = split_sentences(text, code)
    check_offsets(text, spans)
    assert [s.text for s in spans] == [
        "Dr. Smith arrived at 9 a.m. today.", "The talks began.", "中方反对。", "美方尚未回应。",
    ]


def test_kinds_in_a_chinese_article():
    text = ("中朝友谊历久弥新\n\n新华社北京7月27日电 国家主席习近平周四表示，中国将继续支持朝鲜。"
            "他说，两国友谊牢不可破。\n")
    spans = split_sentences(text, "zh")
    check_offsets(text, spans)
    assert [(s.text, s.kind) for s in spans] == [
        ("中朝友谊历久弥新", "title"),
        ("新华社北京7月27日电 国家主席习近平周四表示，中国将继续支持朝鲜。", "body"),
        ("他说，两国友谊牢不可破。", "body"),
    ]


def test_kinds_in_an_arabic_article():
    text = "الحكومة تقر الموازنة\n\nأقرت الحكومة يوم الثلاثاء موازنة عام 2025. وانتقدت المعارضة الخطة.\n"
    spans = split_sentences(text)
    check_offsets(text, spans)
    assert [s.kind for s in spans] == ["title", "body", "body"]
    assert spans[2].text == "وانتقدت المعارضة الخطة."


def test_hindi_line_ending_in_danda_is_body_not_heading():
    text = "शीर्षक\n\nसरकार ने बजट पेश किया।\n"
    assert [s.kind for s in split_sentences(text, "hi")] == ["title", "body"]


def test_unclosed_bracket_does_not_make_cost_quadratic():
    """A stray 《 never closed: each later mark looks back a bounded window only."""
    text = "《" + "好。" * 20_000
    spans = split_sentences(text, "zh")
    check_offsets(text, spans)
    assert len(spans) > 19_000


def test_language_module_is_pure():
    code = "import annotate.language, annotate.segment, sys; print('flask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_supported_languages_are_those_with_rules():
    from annotate.segment_languages import RULES

    assert set(RULES) == SUPPORTED_LANGUAGES


# --- the tiled fast path (annotate.segment_fast.tile_pattern) gives the scanner's Spans ------

# Texts that reach every kind of tile: each sort of settled ending, brackets (also longer than
# the window the scanner counts them in), a quotation carried on by a particle, lists, titles,
# credits, blank lines, CRLF, a stray line break, text in another script.
TILE_TEXTS = [text for _, text, _ in CASES + RTL_CASES + CJK_CASES] + [
    "Title line\n\n新华社北京3月3日电 总理表示，增长目标为5%左右。他说：“要坚定不移推进改革。”与会代表鼓掌。"
    "\n\n1) 第一项 2) 第二项\n\n(Reporting by Jane Doe; Editing by Bob Roe)\n",
    "記者が「辞任するのですか？」と質問した。大臣は答えなかった。\r\n\r\n「はい。」、と答えた。\n次の行。",
    "《" + "长" * 320 + "！" + "好" * 10 + "》结束。下一句。",
    "서울, 3월 3일 (로이터) - 정부는 예산안을 확정했다. 3명은 위독한 상태다."
    "\n\n조기 선거가 치러질까? 대통령은 부인했다.",
    "Барев Ձեզ: Իմ անունն է Արմինե: Ես գնում եմ աշխատանքի:\n\n• 9. First item • 10. Second item",
    "It closed yesterday. 1.) The first item. 2.) The second item.\n\nHe said so. 2025. Next one.",
    "At 5 a.m. Mr. Smith went to the U.S. How about you? Der 3. Oktober. Am XII. Tag.\n\n  \n",
    "دکتر احمدی ۱۴ مجروح را درمان کرد. حال سه نفر وخیم است. ڈاکٹر. احمد آیا؟ بله۔\n\nعنوان",
    # A paragraph's last sentence with spaces before the blank line; blank lines a tile cannot
    # take (CRLF, a vertical tab), also at the text's end.
    "中方反对。美方尚未回应  \n\n他说，两国友谊牢不可破。 \n\n",
    "中方反对。美方尚未回应。\r\n\r\n",
    "大臣は答えなかった。\n\x0b\n次の行。\n\x0b\n",
]


@pytest.mark.parametrize("language", sorted(SUPPORTED_LANGUAGES))
def test_tiles_give_the_scanners_spans(language, monkeypatch):
    rules = segment_languages.RULES[language]
    texts = [*TILE_TEXTS, "\n\n".join(TILE_TEXTS), " ".join(TILE_TEXTS)]
    spans = {}
    for tiles in (True, False):
        monkeypatch.setitem(segment_languages.RULES, language, dataclasses.replace(rules, tiles=tiles))
        spans[tiles] = [split_sentences(text, language) for text in texts]
    assert spans[True] == spans[False]
    assert sum(map(len, spans[True])) > 2 * len(texts)  # the texts are split, not empty


# --- marks settled in the candidate regex (annotate.segment_fast) give the scanner's Spans ----

def _table_texts(rules):
    """Texts with every table word of a language in several cases, before a capital, a common
    opener, a number, a dash, a quote, a line break; with initials, ordinals, dotted letters."""
    words = sorted(rules.titles | rules.abbreviations | rules.enders | rules.before_number)
    starter = min(rules.starters, default="The")
    after = ["Abc", starter, "12", "№ 5", "(Xyz", "„Tak", "\u00ab\u0421\u043b\u043e\u0432\u043e",
             "abc", "– abc", "\u00bb", ". . . Abc", "\nAbc", "\n\nAbc", "Σ", "I"]
    parts = []
    for index, word in enumerate(words):
        for form in (word, word.upper(), word.capitalize()):
            parts.append(f"Text {form}. {after[index % len(after)]} and {form}. "
                         f"{after[(index + 3) % len(after)]} ends.")
    return [
        " ".join(parts),
        "\n\n".join(parts),
        "A. Smith and K. Jones. I. Smith x. Abc Σ. Abc \u212a. Abc ſt. Abc St. Abc XII. Abc "
        "7. Abc 12. Abc 123. Abc U.S. Abc u.s. " + starter + " a.m. Abc Л.Н. Толстой. Б.з.б. 6.",
        "Ready? – she asked. Ready! — he said. Ready… - yes. Ready? – Yes. Готов? – спросила.",
        "Is it? Yes!? No?! Fine.? Well…? So?» Next?\u201d Then? » Or. . .? Now?\u200b Abc? (Abc? abc",
    ]


@pytest.mark.parametrize("language", sorted(SUPPORTED_LANGUAGES))
def test_settled_periods_give_the_scanners_spans(language, monkeypatch):
    from annotate import segment, segment_fast

    rules = segment_languages.RULES[language]
    texts = [*TILE_TEXTS, *_table_texts(rules)]
    fast = [split_sentences(text, language) for text in texts]
    monkeypatch.setattr(segment_fast, "kept_periods", lambda rules: "(?!)")
    monkeypatch.setattr(segment_fast, "ender_words", lambda rules: "(?!)")
    monkeypatch.setattr(segment_fast, "mark_cluster", lambda rules: "(?!)")
    monkeypatch.setattr(segment, "_CANDIDATES", {})
    slow = [split_sentences(text, language) for text in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 2 * len(texts)  # the texts are split, not empty


@pytest.mark.parametrize("tag", ["el-GR", "el_GR", "EL", " el "])
def test_a_language_tag_picks_its_languages_rules(tag):
    text = "Θα συνεχιστούν οι συνομιλίες την Τρίτη; Ο υπουργός δεν απάντησε."
    assert split_sentences(text, tag) == split_sentences(text, "el")
    assert len(split_sentences(text, tag)) == 2


# --- paragraph ends, quotations and credits on the fast paths (issue 16) --------------------

FAST_PATH_CASES = {
    # A mark, then a single CRLF and a lowercase word: wrapped prose, no boundary.
    "crlf_wrapped": ("en", "He said it was over.\r\n and then he left. Nobody came.",
                     [("He said it was over.\r\n and then he left.", "body"), ("Nobody came.", "body")]),
    "crlf_blank": ("en", "He said it was over.\r\n\r\nThen he left.",
                   [("He said it was over.", "body"), ("Then he left.", "body")]),
    # A paragraph end before a list marker still opens the inline list.
    "list_after_mark": ("en", "Two items follow.\n\n1) apples 2) pears\n\nDone.",
                        [("Two items follow.", "body"), ("1) apples", "body"), ("2) pears", "body"),
                         ("Done.", "body")]),
    "list_after_heading": ("en", "Shopping\n\n\u2022 apples \u2022 pears\n\nDone.",
                           [("Shopping", "title"), ("\u2022 apples", "body"), ("\u2022 pears", "body"),
                            ("Done.", "body")]),
    "heading_then_paragraph": ("pl", "Budżet przyjęty\n\nRząd przyjął budżet. Opozycja krytykuje.",
                               [("Budżet przyjęty", "title"), ("Rząd przyjął budżet.", "body"),
                                ("Opozycja krytykuje.", "body")]),
    # A quotation is counted in a bounded window: open near the mark, forgotten far before it.
    "quotation_open": ("kk", "Ол айтты: «Біз келеміз. Бәрі жақсы болады». Содан кейін кетті.",
                       [("Ол айтты: «Біз келеміз. Бәрі жақсы болады».", "body"),
                        ("Содан кейін кетті.", "body")]),
    "quotation_out_of_window": ("kk", "«" + "сөз " * 90 + "бітті. Келесі сөйлем.» Ол кетті.",
                                [("«" + "сөз " * 90 + "бітті.", "body"), ("Келесі сөйлем.»", "body"),
                                 ("Ол кетті.", "body")]),
    "no_quotation_marks": ("pl", "Rząd przyjął budżet. Deficyt wyniesie 5,5 proc. PKB.",
                           [("Rząd przyjął budżet.", "body"), ("Deficyt wyniesie 5,5 proc. PKB.", "body")]),
    "credit_closing_paragraph": (
        "en", "The talks ended.\n\nThey will resume. (Reporting by Jane Doe; Editing by Bob Roe)\n\nMore.",
        [("The talks ended.", "body"), ("They will resume.", "body"),
         ("(Reporting by Jane Doe; Editing by Bob Roe)", "meta"), ("More.", "body")]),
    "two_questions_are_no_heading": ("en", "Intro.\n\nWho? What?\n\nText here.",
                                     [("Intro.", "body"), ("Who?", "body"), ("What?", "body"),
                                      ("Text here.", "body")]),
    "text_ends_after_a_mark": ("en", "One. Two.\n", [("One.", "body"), ("Two.", "body")]),
    "lowercase_after_a_mark": ("el", "Ο κ. Παπαδόπουλος είπε. και έφυγε. Η συνάντηση έληξε.",
                               [("Ο κ. Παπαδόπουλος είπε. και έφυγε.", "body"),
                                ("Η συνάντηση έληξε.", "body")]),
    "tile_spaces_before_blank_line": ("zh", "中方反对。美方尚未回应  \n\n他说，两国友谊牢不可破。",
                                      [("中方反对。", "body"), ("美方尚未回应", "body"),
                                       ("他说，两国友谊牢不可破。", "body")]),
    "tile_crlf_at_the_end": ("zh", "中方反对。美方尚未回应。\r\n\r\n",
                             [("中方反对。", "body"), ("美方尚未回应。", "body")]),
}


@pytest.mark.parametrize("language, text, expected", FAST_PATH_CASES.values(), ids=FAST_PATH_CASES.keys())
def test_fast_paths_keep_the_rules(language, text, expected):
    spans = split_sentences(text, language)
    check_offsets(text, spans)
    assert [(s.text, s.kind) for s in spans] == expected


@pytest.mark.parametrize("language", ["en", "pl", "kk", "el", "de"])
def test_paragraph_ends_give_the_scanners_spans(language, monkeypatch):
    """Paragraph ends settled in the candidate regex ("pe", "bb") cut where the scanner's own
    paragraph_end and line_break would, also before list markers and with CRLF."""
    from annotate import segment

    paragraphs = ["Abc def.", "Abc def?", "Heading", "1) one 2) two", "\u2022 a \u2022 b", "a) x b) y",
                  "Text. . .", "Quote.\u201d", "Fin. \u00bb", "abc", "Text.\u2028"]
    texts = [sep.join(pair) for pair in itertools.product(paragraphs, repeat=2)
             for sep in ("\n\n", "\r\n\r\n", " \n \n ", "\n", "\r\n")]
    fast = [split_sentences(text, language) for text in texts]
    pattern = segment.candidate_pattern
    monkeypatch.setattr(segment, "candidate_pattern", lambda rules: re.compile(
        pattern(rules).pattern.replace("(?P<pe>", "(?!)(?P<pe>").replace("(?P<bb>)", "(?!)(?P<bb>)"),
        re.VERBOSE))
    monkeypatch.setattr(segment, "_CANDIDATES", {})
    slow = [split_sentences(text, language) for text in texts]
    assert fast == slow


def test_meta_lines_start_as_line_kind_expects():
    """line_kind reads a line as meta only when it may start one (annotate.segment_rules):
    ASCII, digits of any script, "©", and the letters the regex engine folds to "i"."""
    from annotate.segment_rules import _META, _is_byline, _may_be_meta, line_kind

    for line in ["\u0131mage: AFP", "\u0130MAGE: AFP", "\u0665 mins read", "\u00a9 2024 Reuters"]:
        assert line_kind(line, False) == "meta"
    assert line_kind("Владимир Федосеев: Аттар магиясы енді жоқ", False) == "heading"
    lines = ["By Jane Doe", "2 mins read", "Updated: 27 July 2023 10:15 GMT", "LONDON (Reuters) -",
             "Photo: AP", "image: AFP", "Mon. 27 July 2023", "read time 4 min"]
    for char in map(chr, range(0x80, 0xD800, 7)):
        if not _may_be_meta(char):
            for line in lines:
                assert not (_META.fullmatch(char + line[1:]) or _is_byline(char + line[1:])), (char, line)
