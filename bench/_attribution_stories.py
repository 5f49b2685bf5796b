"""The attribution benchmark on invented wire stories (issue 16), run by
``bench/attribution.py --stories [PATH ...]``.

A gold file (bench/attribution_stories.json, bench/attribution_stories_heldout2.json ... _heldout233.json,
the held-out sets; bench/attribution_stories_dev*.json, the development sets)
holds a registry and stories
whose every sentence carries its expected source (a registry name, a name as found in the text, or
null) and the phenomena it shows. Each story's text is built the way an import would see it
(title, blank line, paragraphs joined by blank lines), split by `split_sentences`, and suggested
by `suggest_sources` through its public API only; predicted sentences are matched to the gold by
offsets. The same run scores a name-plus-cue-word baseline, so the two columns are measured on the
same machine and input.
"""

import re
from pathlib import Path

PHENOMENA = ("direct", "anaphora", "continued_quote", "verb", "nested", "anonymous", "negative")
BASELINE_CUES = ("say", "says", "said", "told", "according to", "stated", "added")
GOAL_PRECISION, GOAL_RECALL = 0.95, 0.85
# The held-out sets, each written before the rules it tests (their "about" fields say how).
HELD_OUT = tuple(Path(__file__).resolve().parent / name
                 for name in ("attribution_stories.json", "attribution_stories_heldout2.json",
                              "attribution_stories_heldout3.json", "attribution_stories_heldout4.json",
                              "attribution_stories_heldout5.json", "attribution_stories_heldout6.json",
                              "attribution_stories_heldout7.json", "attribution_stories_heldout8.json",
                              "attribution_stories_heldout9.json", "attribution_stories_heldout10.json",
                              "attribution_stories_heldout11.json", "attribution_stories_heldout12.json",
                              "attribution_stories_heldout13.json", "attribution_stories_heldout14.json",
                              "attribution_stories_heldout15.json", "attribution_stories_heldout16.json",
                              "attribution_stories_heldout17.json", "attribution_stories_heldout18.json",
                              "attribution_stories_heldout19.json", "attribution_stories_heldout20.json",
                              "attribution_stories_heldout21.json", "attribution_stories_heldout22.json",
                              "attribution_stories_heldout23.json", "attribution_stories_heldout24.json",
                              "attribution_stories_heldout25.json", "attribution_stories_heldout26.json",
                              "attribution_stories_heldout27.json", "attribution_stories_heldout28.json",
                              "attribution_stories_heldout29.json", "attribution_stories_heldout30.json",
                              "attribution_stories_heldout31.json", "attribution_stories_heldout32.json",
                              "attribution_stories_heldout33.json", "attribution_stories_heldout34.json",
                              "attribution_stories_heldout35.json", "attribution_stories_heldout36.json",
                              "attribution_stories_heldout37.json", "attribution_stories_heldout38.json",
                              "attribution_stories_heldout39.json", "attribution_stories_heldout40.json",
                              "attribution_stories_heldout41.json", "attribution_stories_heldout42.json",
                              "attribution_stories_heldout43.json", "attribution_stories_heldout44.json",
                              "attribution_stories_heldout45.json", "attribution_stories_heldout46.json",
                              "attribution_stories_heldout47.json", "attribution_stories_heldout48.json",
                              "attribution_stories_heldout49.json", "attribution_stories_heldout50.json",
                              "attribution_stories_heldout51.json", "attribution_stories_heldout52.json",
                              "attribution_stories_heldout53.json", "attribution_stories_heldout54.json",
                              "attribution_stories_heldout55.json", "attribution_stories_heldout56.json",
                              "attribution_stories_heldout57.json", "attribution_stories_heldout58.json",
                              "attribution_stories_heldout59.json", "attribution_stories_heldout60.json",
                              "attribution_stories_heldout61.json", "attribution_stories_heldout62.json",
                              "attribution_stories_heldout63.json", "attribution_stories_heldout64.json",
                              "attribution_stories_heldout65.json", "attribution_stories_heldout66.json",
                              "attribution_stories_heldout67.json", "attribution_stories_heldout68.json",
                              "attribution_stories_heldout69.json", "attribution_stories_heldout70.json",
                              "attribution_stories_heldout71.json", "attribution_stories_heldout72.json",
                              "attribution_stories_heldout73.json", "attribution_stories_heldout74.json",
                              "attribution_stories_heldout75.json", "attribution_stories_heldout76.json",
                              "attribution_stories_heldout77.json", "attribution_stories_heldout78.json",
                              "attribution_stories_heldout79.json", "attribution_stories_heldout80.json",
                              "attribution_stories_heldout81.json", "attribution_stories_heldout82.json",
                              "attribution_stories_heldout83.json", "attribution_stories_heldout84.json",
                              "attribution_stories_heldout85.json", "attribution_stories_heldout86.json",
                              "attribution_stories_heldout87.json", "attribution_stories_heldout88.json",
                              "attribution_stories_heldout89.json", "attribution_stories_heldout90.json",
                              "attribution_stories_heldout91.json", "attribution_stories_heldout92.json",
                              "attribution_stories_heldout93.json", "attribution_stories_heldout94.json",
                              "attribution_stories_heldout95.json", "attribution_stories_heldout96.json",
                              "attribution_stories_heldout97.json", "attribution_stories_heldout98.json",
                              "attribution_stories_heldout99.json", "attribution_stories_heldout100.json",
                              "attribution_stories_heldout101.json", "attribution_stories_heldout102.json",
                              "attribution_stories_heldout103.json", "attribution_stories_heldout104.json",
                              "attribution_stories_heldout105.json", "attribution_stories_heldout106.json",
                              "attribution_stories_heldout107.json", "attribution_stories_heldout108.json",
                              "attribution_stories_heldout109.json", "attribution_stories_heldout110.json",
                              "attribution_stories_heldout111.json", "attribution_stories_heldout112.json",
                              "attribution_stories_heldout113.json", "attribution_stories_heldout114.json",
                              "attribution_stories_heldout115.json", "attribution_stories_heldout116.json",
                              "attribution_stories_heldout117.json", "attribution_stories_heldout118.json",
                              "attribution_stories_heldout119.json", "attribution_stories_heldout120.json",
                              "attribution_stories_heldout121.json", "attribution_stories_heldout122.json",
                              "attribution_stories_heldout123.json", "attribution_stories_heldout124.json",
                              "attribution_stories_heldout125.json", "attribution_stories_heldout126.json",
                              "attribution_stories_heldout127.json", "attribution_stories_heldout128.json",
                              "attribution_stories_heldout129.json", "attribution_stories_heldout130.json",
                              "attribution_stories_heldout131.json", "attribution_stories_heldout132.json",
                              "attribution_stories_heldout133.json", "attribution_stories_heldout134.json",
                              "attribution_stories_heldout135.json", "attribution_stories_heldout136.json",
                              "attribution_stories_heldout137.json", "attribution_stories_heldout138.json",
                              "attribution_stories_heldout139.json", "attribution_stories_heldout140.json",
                              "attribution_stories_heldout141.json", "attribution_stories_heldout142.json",
                              "attribution_stories_heldout143.json", "attribution_stories_heldout144.json",
                              "attribution_stories_heldout145.json", "attribution_stories_heldout146.json",
                              "attribution_stories_heldout147.json", "attribution_stories_heldout148.json",
                              "attribution_stories_heldout149.json", "attribution_stories_heldout150.json",
                              "attribution_stories_heldout151.json", "attribution_stories_heldout152.json",
                              "attribution_stories_heldout153.json", "attribution_stories_heldout154.json",
                              "attribution_stories_heldout155.json", "attribution_stories_heldout156.json",
                              "attribution_stories_heldout157.json", "attribution_stories_heldout158.json",
                              "attribution_stories_heldout159.json", "attribution_stories_heldout160.json",
                              "attribution_stories_heldout161.json",
                              "attribution_stories_heldout162.json", "attribution_stories_heldout163.json",
                              "attribution_stories_heldout164.json", "attribution_stories_heldout165.json",
                              "attribution_stories_heldout166.json", "attribution_stories_heldout167.json",
                              "attribution_stories_heldout168.json", "attribution_stories_heldout169.json",
                              "attribution_stories_heldout170.json", "attribution_stories_heldout171.json",
                              "attribution_stories_heldout172.json", "attribution_stories_heldout173.json",
                              "attribution_stories_heldout174.json", "attribution_stories_heldout175.json",
                              "attribution_stories_heldout176.json", "attribution_stories_heldout177.json",
                              "attribution_stories_heldout178.json", "attribution_stories_heldout179.json",
                              "attribution_stories_heldout180.json", "attribution_stories_heldout181.json",
                              "attribution_stories_heldout182.json", "attribution_stories_heldout183.json",
                              "attribution_stories_heldout184.json", "attribution_stories_heldout185.json",
                              "attribution_stories_heldout186.json", "attribution_stories_heldout187.json",
                              "attribution_stories_heldout188.json", "attribution_stories_heldout189.json",
                              "attribution_stories_heldout190.json", "attribution_stories_heldout191.json",
                              "attribution_stories_heldout192.json", "attribution_stories_heldout193.json",
                              "attribution_stories_heldout194.json", "attribution_stories_heldout195.json",
                              "attribution_stories_heldout196.json", "attribution_stories_heldout197.json",
                              "attribution_stories_heldout198.json", "attribution_stories_heldout199.json",
                              "attribution_stories_heldout200.json", "attribution_stories_heldout201.json",
                              "attribution_stories_heldout202.json", "attribution_stories_heldout203.json",
                              "attribution_stories_heldout204.json", "attribution_stories_heldout205.json",
                              "attribution_stories_heldout206.json", "attribution_stories_heldout207.json",
                              "attribution_stories_heldout208.json", "attribution_stories_heldout209.json",
                              "attribution_stories_heldout210.json", "attribution_stories_heldout211.json",
                              "attribution_stories_heldout212.json", "attribution_stories_heldout213.json",
                              "attribution_stories_heldout214.json", "attribution_stories_heldout215.json",
                              "attribution_stories_heldout216.json", "attribution_stories_heldout217.json",
                              "attribution_stories_heldout218.json", "attribution_stories_heldout219.json",
                              "attribution_stories_heldout220.json", "attribution_stories_heldout221.json",
                              "attribution_stories_heldout222.json", "attribution_stories_heldout223.json",
                              "attribution_stories_heldout224.json", "attribution_stories_heldout225.json",
                              "attribution_stories_heldout226.json", "attribution_stories_heldout227.json",
                              "attribution_stories_heldout228.json", "attribution_stories_heldout229.json",
                              "attribution_stories_heldout230.json", "attribution_stories_heldout231.json",
                              "attribution_stories_heldout232.json", "attribution_stories_heldout233.json"))


def story_text(story):
    """Return the story's text and, for every gold sentence, (start, end, gold sentence)."""
    parts, spans, offset = [story["title"], "\n\n"], [], len(story["title"]) + 2
    for number, paragraph in enumerate(story["paragraphs"]):
        if number:
            parts.append("\n\n")
            offset += 2
        for position, sentence in enumerate(paragraph):
            if position:
                parts.append(" ")
                offset += 1
            parts.append(sentence["text"])
            spans.append((offset, offset + len(sentence["text"]), sentence))
            offset += len(sentence["text"])
    return "".join(parts), spans


def _name_pattern(name):
    """A case-insensitive pattern for ``name`` as a whole word (names may end in '.')."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)


class Baseline:
    """Name plus cue word: the registry source named in a sentence that also holds a cue word."""

    def __init__(self, registry):
        self.names = [(_name_pattern(alias), entry["name"])
                      for entry in registry for alias in [entry["name"], *entry.get("aliases", [])] if alias]
        self.cue = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in BASELINE_CUES) + r")\b",
                              re.IGNORECASE)

    def source(self, sentence_text):
        """The earliest (then longest) registry name in the sentence when it has a cue, else None."""
        if not self.cue.search(sentence_text):
            return None
        found = [(match.start(), -len(match.group()), name)
                 for pattern, name in self.names for match in [pattern.search(sentence_text)] if match]
        return min(found)[2] if found else None


def run_story(story, registry, baseline, split_sentences, suggest_sources):
    """Score one story: rows (story id, index, gold sentence, got, suggestion, baseline source,
    aligned) for every gold sentence, and the stray suggestions on predicted sentences that match
    no gold sentence (a segmentation drift; the title is not scored)."""
    text, spans = story_text(story)
    sentences = split_sentences(text)
    suggestions = suggest_sources(text, sentences, registry)
    by_span = {(sentence.start, sentence.end): (sentence, suggestion)
               for sentence, suggestion in zip(sentences, suggestions, strict=True)}
    rows, matched = [], set()
    for index, (start, end, gold) in enumerate(spans):
        sentence, suggestion = by_span.get((start, end), (None, None))
        matched.add((start, end))
        got = suggestion.source if suggestion else None
        base = baseline.source(gold["text"])
        rows.append((story["id"], index, gold, got, suggestion, base, sentence is not None))
    title_end = len(story["title"])
    strays = [(story["id"], sentence, suggestion) for (start, end), (sentence, suggestion) in by_span.items()
              if suggestion and (start, end) not in matched and start >= title_end]
    return rows, strays


def counts(pairs, strays=0):
    """(tp, fp, fn, suggestions) over (gold source, got) pairs, ``strays`` extra wrong suggestions."""
    tp = sum(1 for gold, got in pairs if got is not None and got == gold)
    fp = sum(1 for gold, got in pairs if got is not None and got != gold) + strays
    fn = sum(1 for gold, got in pairs if gold is not None and got != gold)
    return tp, fp, fn, tp + fp


def ratios(tp, fp, fn):
    """Precision, recall, F1 (None where nothing was suggested or nothing is to be found)."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else None)
    return precision, recall, f1


def _cell(value):
    return "   - " if value is None else f"{value:5.3f}"


def _line(label, gold_count, ours, base):
    """One table line: the gold count, then P R F1 and suggestions for each system."""
    cells = []
    for tp, fp, fn, made in (ours, base):
        precision, recall, f1 = ratios(tp, fp, fn)
        cells.append(f"{_cell(precision)} {_cell(recall)} {_cell(f1)} {made:5d}")
    return f"{label:16} {gold_count:5d}   {cells[0]}   {cells[1]}"


def table(rows, strays):
    """Print overall and per-phenomenon scores, ours next to the baseline; return ours overall."""
    ours_pairs = [(gold["source"], got) for _, _, gold, got, _, _, _ in rows]
    base_pairs = [(gold["source"], base) for _, _, gold, _, _, base, _ in rows]
    attributed = sum(1 for gold, _ in ours_pairs if gold is not None)
    print(f"{'':16} {'gold':>5}   {'suggest_sources':^29}   {'baseline: name + cue word':^29}")
    print(f"{'':16} {'sents':>5}   {'P':>5} {'R':>5} {'F1':>5} {'sugg':>5}   {'P':>5} {'R':>5} {'F1':>5} {'sugg':>5}")
    ours = counts(ours_pairs, len(strays))
    print(_line("overall", attributed, ours, counts(base_pairs)))
    for phenomenon in PHENOMENA:
        tagged = [index for index, row in enumerate(rows) if phenomenon in row[2]["phenomena"]]
        if phenomenon == "negative":
            wrong = [sum(1 for i in tagged if pairs[i][1] is not None) for pairs in (ours_pairs, base_pairs)]
            print(f"{'negative':16} {len(tagged):5d}   false suggestions {wrong[0]:<11d}   "
                  f"false suggestions {wrong[1]}")
            continue
        line = _line(phenomenon, sum(1 for i in tagged if rows[i][2]["source"] is not None),
                     counts([ours_pairs[i] for i in tagged]), counts([base_pairs[i] for i in tagged]))
        print(line)
    return ratios(*ours[:3])


def show_errors(rows, strays):
    """Print every sentence where suggest_sources disagrees with the gold."""
    wrong = [row for row in rows if row[3] != row[2]["source"]]
    print(f"\ndisagreements: {len(wrong)} (+{len(strays)} stray suggestions)")
    for story_id, index, gold, got, suggestion, _, aligned in wrong:
        detail = "" if suggestion is None else f" ({getattr(suggestion, 'confidence', '?')})"
        note = "" if aligned else " [not segmented as in the gold]"
        print(f"  {story_id} #{index} {','.join(gold['phenomena']) or '-'}: gold {gold['source']}, "
              f"got {got}{detail}{note}\n      {gold['text'][:110]!r}")
    for story_id, sentence, suggestion in strays:
        print(f"  {story_id} stray: {sentence.text[:80]!r} got {suggestion.source}")


def _scored(gold, split_sentences, suggest_sources):
    """The rows and stray suggestions of every story of a loaded gold file (its own registry)."""
    registry = gold["registry"]
    baseline = Baseline(registry)
    rows, strays = [], []
    for story in gold["stories"]:
        story_rows, story_strays = run_story(story, registry, baseline, split_sentences, suggest_sources)
        rows += story_rows
        strays += story_strays
    return rows, strays


def _report(rows, strays, stories, errors):
    """Print the counts, the table and (``errors``) the disagreements; True when the goal is met."""
    misaligned = sum(1 for row in rows if not row[6])
    print(f"stories {stories}  sentences {len(rows)}  attributed "
          f"{sum(1 for row in rows if row[2]['source'] is not None)}  not segmented as in the gold "
          f"{misaligned}  stray suggestions {len(strays)}\n")
    precision, recall, _ = table(rows, strays)
    if errors:
        show_errors(rows, strays)
    met = precision is not None and recall is not None and precision >= GOAL_PRECISION and recall >= GOAL_RECALL
    print(f"\ngoal: precision >= {GOAL_PRECISION} and recall >= {GOAL_RECALL} overall: "
          f"{'met' if met else 'NOT met'} (precision {_cell(precision).strip()}, recall {_cell(recall).strip()})")
    return met


def run(gold, split_sentences, suggest_sources, errors=False):
    """Run the benchmark over a loaded gold file; return True when the goal is met."""
    rows, strays = _scored(gold, split_sentences, suggest_sources)
    return _report(rows, strays, len(gold["stories"]), errors)


def run_sets(named, split_sentences, suggest_sources, errors=False):
    """Run the benchmark over several gold files ((name, loaded gold) pairs): each file's table,
    then all of them as one set (the goal is judged on that); True when the goal is met."""
    if len(named) == 1:
        return run(named[0][1], split_sentences, suggest_sources, errors)
    rows, strays = [], []
    for name, gold in named:
        print(f"== {name}")
        found = _scored(gold, split_sentences, suggest_sources)
        _report(*found, len(gold["stories"]), errors)
        rows += found[0]
        strays += found[1]
        print()
    print(f"== all {len(named)} sets together")
    return _report(rows, strays, sum(len(gold["stories"]) for _, gold in named), False)
