"""Sentence rules per language, as data: marks, letter cases and abbreviation tables.

`rules_for(code)` returns the `LanguageRules` that `annotate.segment` scans a text with. English
is the generic set (its tables live in `annotate.segment_rules`), and any code without rules of
its own falls back to it. Every set knows the marks that end a sentence with no space after them
(`HARD_STOPS`: 。！？ ። ፧ ။ । ॥ ۔ ؟ ։), so a stray Hindi or Chinese sentence is split everywhere.

How the tables are read (words lowercased, without their final period, letters joined by
periods kept: "z.b", "т.е", "ee.uu"):
- `titles`: never end a sentence ("Dr.", "Nr.", "z.B.", "т.е.", "Sra.").
- `abbreviations`: may end one; before a capitalised word only a common opener (`starters`)
  starts a new sentence.
- `enders`: end a sentence before any capitalised word ("usw.", "т.д.", "etc.").
- `before_number`: never end a sentence before a number ("Nr. 4", "S. 12").
- `quotes`: pairs of quotation marks; a sentence does not end inside an open quotation
  («Готов? – спросила мама. – Идём».), and a closing mark stays with its sentence („…Lust.“).
  A straight quote pair ('""') is open after an odd number of them.
- `tiles`: set where the scanner's own fast path (a period after lowercase letters, before a
  capital) cannot settle most sentences: caseless scripts and marks written without a space.
  There a first regex pass settles them (`annotate.segment_fast.tile_pattern`): 1.1-2.8x faster on the
  bench's texts, while in cased alphabets (and Arabic, whose periods follow long words) it cost
  10-30% more than it saved. The Spans are the same either way.
- `months`: after a small number or a Roman numeral, a period before a month is an ordinal
  ("3. Oktober", "XII. Pluku" reads as ordinal through the Roman numeral alone), in the
  languages that write ordinals with a period (`ordinal_dot`).
"""

from dataclasses import dataclass, field

from annotate import segment_rules as en
from annotate.language import iso_639_1

__all__ = ["HARD_STOPS", "RULES", "LanguageRules", "rules_for"]

# Marks that end a sentence even with no space after them (scripts written without spaces, and
# marks no other language uses inside a sentence).
HARD_STOPS = "\u3002\uff01\uff1f\u1362\u1367\u104b\u0964\u0965\u06d4\u061f\u0589"

# Latin letters of the desk's languages (Latin-1, then the Polish, Czech and Slovak letters).
_LATIN_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff" + "ąćčďęěĺľłńňőœŕřśšťůűźżž"
_LATIN_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "ĄĆČĎĘĚĹĽŁŃŇŐŒŔŘŚŠŤŮŰŹŻŽ"
_CYRILLIC_LOWER = "\u0430-\u044f\u0451\u0456\u04d9\u0493\u049b\u04a3\u04e9\u04b1\u04af\u04bb"
_CYRILLIC_UPPER = "\u0410-\u042f\u0401\u0406\u04d8\u0492\u049a\u04a2\u04e8\u04b0\u04ae\u04ba"
_GREEK_LOWER = "\u03ac-\u03ce"
_GREEK_UPPER = "\u0386-\u038f\u0391-\u03ab"
_ARMENIAN_LOWER = "\u0561-\u0587"
_ARMENIAN_UPPER = "\u0531-\u0556"
# Caseless scripts: any letter of the script may open a sentence.
_ARABIC = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
_DEVANAGARI = "\u0900-\u0963\u0971-\u097f"
_ETHIOPIC = "\u1200-\u135a"
_MYANMAR = "\u1000-\u103f\u1050-\u109f"
_HANGUL = "\uac00-\ud7af"


@dataclass(frozen=True)
class LanguageRules:
    """What the scanner needs to know about one language (see the module docstring)."""

    code: str
    lower: str = _LATIN_LOWER  # regex class contents: letters before a plain sentence end
    upper: str = _LATIN_UPPER  # letters that open a sentence after a plain end
    stops: str = en.TERM  # regex class contents: marks that end a sentence before a space
    titles: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    enders: frozenset[str] = frozenset()
    before_number: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    ordinal_dot: bool = False
    quotes: str = ""  # quotation marks as open-close pairs ("«»„“"): no sentence ends inside
    tiles: bool = False  # settle sentences in one regex pass first (see annotate.segment)
    tails: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        """Derive the four-letter tails of every abbreviation (the scanner's fast path)."""
        words = self.titles | self.abbreviations | self.enders | self.before_number
        object.__setattr__(self, "tails", frozenset(w[-4:] for w in words if len(w) >= 4))


def _words(text: str) -> frozenset[str]:
    """A table from a space-separated string."""
    return frozenset(text.split())


def _rules(code: str, **tables: object) -> LanguageRules:
    """Build a language's rules; string tables are space-separated words."""
    values = {key: _words(value) if isinstance(value, str) and key not in _CLASSES else value
              for key, value in tables.items()}
    return LanguageRules(code, **values)  # type: ignore[arg-type]


_CLASSES = ("lower", "upper", "stops", "quotes")
_GUILLEMETS = "\u00ab\u00bb"  # « »
_LOW_HIGH = "\u201e\u201c"  # „ “ (German, Slavic)

ENGLISH = LanguageRules(
    "en", lower="a-z", upper="A-Z", titles=en.TITLES, abbreviations=en.ABBREVIATIONS,
    before_number=en.BEFORE_NUMBER, starters=en.STARTERS,
)
# Latin-script titles shared by most languages: "Dr. Müller", "Prof. Rossi".
_TITLES = "dr prof mr mrs ms st"
_ROMANCE = "etc"

RULES: dict[str, LanguageRules] = {rules.code: rules for rules in (
    ENGLISH,
    _rules(
        "de", ordinal_dot=True, quotes=_LOW_HIGH,
        titles=f"{_TITLES} hr fr frl nr z.b d.h u.a bzw ca vgl ggf evtl sog bspw inkl zzgl mio mrd "
               "abs art bd dipl ing jh jhd max min ggü u.u o.ä s.o s.u str tel i.d.r med kath "
               "evang n°",
        enders="usw etc u.ä", before_number="nr s abs art bd kap",
        starters="Die Der Das Es Er Sie Wir Ich In Im Am Auf Auch Aber Doch Dann Damit Dies Diese "
                 "Ein Eine Nach Mit",
        months="januar februar märz april mai juni juli august september oktober november dezember "
               "jan feb mär apr jun jul aug sep sept okt nov dez",
    ),
    _rules(
        "es", quotes='""', titles=f"{_TITLES} sr sra srta sres dra lic ing ee.uu pág núm av avda dña d ud uds "
                     "aprox admón gral párrf art no n° mt cra ext tel d.c ee lun mar mié jue vie sáb "
                     "dom ene feb abr may jun jul ago sept oct nov dic",
        enders=_ROMANCE, before_number="núm pág art cap n.º nº",
        starters="El La Los Las Un Una En Es Pero Sin Por Para Con Según Este Esta",
    ),
    _rules(
        "pt", titles=f"{_TITLES} sr sra srs dra eng av pág núm ex profa dta",
        enders=_ROMANCE, before_number="núm pág art cap nº n.º",
        starters="O A Os As Um Uma Em No Na Mas Para Com Segundo Este Esta",
    ),
    _rules(
        "fr", titles=f"{_TITLES} m mm mme mmes mlle mlles me pr dr ste cie av bd env p.ex ex",
        enders=_ROMANCE, before_number="n° no art p chap",
        starters="Le La Les Un Une Il Elle Ils Elles Ce Cette En Dans Mais Pour Selon",
    ),
    _rules(
        "it", quotes='""', titles=f"{_TITLES} sig sig.ra sigg dott dott.ssa ing avv on geom rag arch p.es "
                     "pag art n es psicol dir gen lun mar mer gio ven sab dom gen feb apr mag giu "
                     "lug ago set ott nov dic",
        enders="ecc", before_number="n art pag cap",
        starters="Il Lo La I Gli Le Un Una In Ma Per Secondo Questo Questa",
    ),
    _rules(
        "nl", titles=f"{_TITLES} dhr mevr mw ir ing drs mr o.a bijv m.b.t i.p.v nl d.w.z ca blz zgn "
                     "jl aanw vnw",
        enders="enz", before_number="nr blz art",
        starters="De Het Een Dat Dit Die Er Hij Zij Ze We In Maar Ook Volgens",
    ),
    _rules(
        "da", ordinal_dot=True,
        titles=f"{_TITLES} hr fru bl.a f.eks dvs ca mht jf evt nr pct mio mia kr kl vedr iflg ang "
               "adm afd skt n°",
        enders="osv mv m.v", before_number="nr s",
        starters="Det Den De Der En Et Han Hun Vi Jeg I Men Og Efter Hvad Hvor Hvem Hvorfor Hvordan",
        months="januar februar marts april maj juni juli august september oktober november "
               "december jan feb mar apr jun jul aug sep okt nov dec",
    ),
    _rules(
        "pl", quotes=_LOW_HIGH, titles=f"{_TITLES} dr hab inż mgr prof ks płk gen ul al m.in np tzn tj ok ww godz "
                     "im św zob bałt",
        enders="r itd itp in", abbreviations="proc", before_number="nr s art ust pkt",
        starters="W To Ten Ta Nie Na Jak Ale Po Od Jest Są",
    ),
    _rules(
        "sk", ordinal_dot=True, quotes=_LOW_HIGH,
        titles=f"{_TITLES} mudr judr ing mgr doc napr tzv resp tj čl ods hod mld mil s.r.o a.s "
               "s r o",
        enders="atď a.i", before_number="č s čl ods",
        starters="V To Ten Táto Na Ako Ale Po Od Je Sú",
        months="januára februára marca apríla mája júna júla augusta septembra októbra novembra "
               "decembra január február marec apríl máj jún júl august september október november "
               "december",
    ),
    _rules(
        "ru", lower=_CYRILLIC_LOWER, upper=_CYRILLIC_UPPER, quotes=_GUILLEMETS + _LOW_HIGH,
        titles="г гг т.е т.к т.н см ср напр им ул пр д кв стр тыс млн млрд руб коп проф акад "
               "доц им т.ч н.э вв пгт д-р",
        enders="т.д т.п др", before_number="№ ст п ч стр гл рис",
        starters="В На Это Он Она Они Мы Я По Но Как",
    ),
    _rules(
        "bg", lower=_CYRILLIC_LOWER, upper=_CYRILLIC_UPPER, quotes=_GUILLEMETS + _LOW_HIGH,
        titles="г гр с ул бул пл т.е т.нар напр вкл д-р проф ст млн млрд хил т.г",
        enders="т.н др лв", before_number="№ ал чл ст",
        starters="В На Това Той Тя Те Ние Аз По Но Как",
    ),
    _rules(
        "kk", lower=_CYRILLIC_LOWER, upper=_CYRILLIC_UPPER, quotes=_GUILLEMETS,
        titles="қ ж т.б т.с.с мыс млн млрд проф акад",
        enders="т.б", before_number="№ б жыл",
        starters="Бұл Ол Біз Мен Сол Алайда Бірақ Және",
    ),
    _rules(
        "el", lower=_GREEK_LOWER, upper=_GREEK_UPPER, stops=en.TERM + ";",
        titles="κ κα δρ καθ π.χ δηλ κ.λπ κ.ά αρ εκατ δισ χλμ τ.μ σελ",
        before_number="αρ σελ",
        starters="Ο Η Το Οι Τα Στο Στη Σε Αυτό Αλλά Και",
    ),
    _rules("hy", tiles=True, lower=_ARMENIAN_LOWER, upper=_ARMENIAN_UPPER, stops=":!?\u2026",
           titles="թ թթ պրն տկն"),
    _rules("ar", tiles=True, lower=_ARABIC, upper=_ARABIC, titles="د م ص ق.م"),
    _rules("fa", tiles=True, lower=_ARABIC, upper=_ARABIC, titles="د م ه.ش ق.م"),
    _rules("ur", tiles=True, lower=_ARABIC, upper=_ARABIC, titles="ڈاکٹر"),
    _rules("hi", tiles=True, lower=_DEVANAGARI, upper=_DEVANAGARI, titles="डॉ श्री श्रीमती प्रो"),
    _rules("mr", tiles=True, lower=_DEVANAGARI, upper=_DEVANAGARI, titles="डॉ श्री श्रीमती प्रा"),
    _rules("am", tiles=True, lower=_ETHIOPIC, upper=_ETHIOPIC),
    _rules("my", tiles=True, lower=_MYANMAR, upper=_MYANMAR),
    _rules("ko", tiles=True, lower=_HANGUL, upper=_HANGUL),
    _rules("zh", tiles=True, lower="a-z", upper="A-Z"),
    _rules("ja", tiles=True, lower="a-z", upper="A-Z"),
)}


def rules_for(code: str | None) -> LanguageRules:
    """Return the rules of a language code or tag ("el", "el-GR", "el_GR"); English (the generic
    rules) for any other."""
    if code is None:
        return ENGLISH
    # A bare code of RULES ("kk") is its own ISO 639-1 code: found without parsing the tag
    # (a dict look-up; iso_639_1 costs about as much as segmenting a short sentence).
    rules = RULES.get(code)
    if rules is not None:
        return rules
    return RULES.get(iso_639_1(code) or "", ENGLISH)
