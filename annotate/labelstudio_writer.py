"""The ``labelstudio`` export format (SPEC §4): Label Studio tasks, and the labelling config of
a project that reads them (annotate/labelstudio_reader.py reads them back). Pure, like
annotate/dataset.py, over the same plain article records.

A region's meta text (what Label Studio's region panel shows and keeps) carries what its
controls cannot: the reviewer, the state of their task, the note and the evidence. It is
written twice over, for two readers (issue 13.1):

- for people, lines ``reviewer: …``, ``task_state: …``, ``note: …`` and, per evidence item,
  ``evidence: URL`` and ``quote: …``; a value's further lines are indented two spaces;
- for annotate, a last line ``annotate-data: {JSON}``: the exact values as one JSON object
  (``reviewer``, ``task_state``, ``note``, ``evidence`` as a list of ``{"url", "quote"}``). JSON
  escapes newlines, so the line is one line whatever a note holds; U+2028, U+2029 and U+0085
  are escaped too, for readers that take them as line ends. Any other text (Chinese, emoji,
  spaces in a URL, `` | ``) is written as it is, readable.

The reader trusts the JSON line alone, so no note can pass for a key and no space splits a URL.
It also renders the lines for people from that JSON again and refuses a region whose lines were
changed without it (an edit in Label Studio's panel is then not silently lost: change the JSON
line as well, or delete it to have the lines read as in the older layout, which files without
the JSON line are read by).
"""

from collections.abc import Iterable, Iterator

from annotate.dataset import SCHEMA_VERSION, to_json
from annotate.labels import CLAIM_TYPES, STATUSES

# --- labelstudio ------------------------------------------------------------------------------
# A Label Studio project for this format: its labelling config (LABEL_STUDIO_CONFIG, also printed
# by ``annotate label-studio-config``) has the claim type as span labels and, per region,
# the verification status as a choice and the source as a text field. Every result of one
# annotation carries the same region id, so Label Studio shows the three on one region.

def label_studio_tasks(articles: Iterable[dict], sources: dict[int, dict]) -> Iterator[dict]:
    """Label Studio tasks: the article text, one annotation per reviewer with a region per
    decided sentence (its narrower span when it has one) labelled with the claim type, its
    status and source, and the reviewer, task state, note and evidence as the region's meta text."""
    for article in articles:
        by_reviewer: dict[str, list] = {}
        for sentence in article["sentences"]:
            for annotation in sentence["annotations"]:
                if annotation["claim_type"] is not None:
                    by_reviewer.setdefault(annotation["reviewer"], []).extend(
                        _label_studio_region(article["text"], sentence, annotation, sources))
        yield {
            "data": {"schema_version": SCHEMA_VERSION, "text": article["text"], "title": article["title"] or "",
                     "article_id": article["id"], "url": article["url"] or "",
                     "publisher": article["publisher"] or "", "published_at": article["published_at"] or "",
                     "language": article["language"] or "", "external_id": article["external_id"] or "",
                     "meta": article["meta"]},
            "annotations": [{"result": results, "meta": {"reviewer": reviewer}}
                            for reviewer, results in by_reviewer.items()],
        }


def _label_studio_region(text: str, sentence: dict, annotation: dict, sources: dict[int, dict]) -> list[dict]:
    span = annotation["span"] or {"start": sentence["start"], "end": sentence["end"]}
    where = {"start": span["start"], "end": span["end"], "text": text[span["start"]:span["end"]]}
    # Label Studio keeps a region's meta text but drops an annotation's meta: the reviewer goes here.
    meta = {"text": [meta_text({"reviewer": annotation["reviewer"], "task_state": annotation["task_state"],
                                "note": annotation["note"], "evidence": annotation["evidence"]})]}

    def result(from_name, kind, value):
        return {"id": f"a{annotation['id']}", "from_name": from_name, "to_name": "text",
                "type": kind, "origin": "manual", "value": value, "meta": meta}

    results = [result("claim_type", "labels", {**where, "labels": [annotation["claim_type"]]}),
               result("status", "choices", {**where, "choices": [annotation["status"]]})]
    source = sources.get(annotation["source_id"])
    if source is not None:  # a per-region text area's value.text is its list of entries
        results.append(result("source", "textarea", {**where, "text": [source["name"]]}))
    return results


META_DATA = "annotate-data: "  # the marker of the meta text's last line, the exact values as JSON


def meta_text(values: dict) -> str:
    """A region's meta text: ``values`` (reviewer, task_state, note, evidence) as lines for people,
    then the line ``annotate-data: {JSON}`` that annotate reads them back from."""
    data = to_json({key: values[key] for key in ("reviewer", "task_state", "note", "evidence") if key in values})
    return readable_meta(values) + "\n" + META_DATA + data


def readable_meta(values: dict) -> str:
    """The lines for people of a region's meta text; a value's further lines indented."""
    lines = [_line("reviewer", values.get("reviewer")), _line("task_state", values.get("task_state"))]
    if values.get("note"):
        lines.append(_line("note", values["note"]))
    for item in values.get("evidence") or []:
        lines.append(_line("evidence", item["url"]))
        if item.get("quote"):
            lines.append(_line("  quote", item["quote"]))
    return "\n".join(line for line in lines if line)


def _line(key: str, value: str | None) -> str:
    indent = " " * (len(key) - len(key.lstrip()) + 2)
    return "" if value is None else f"{key}: " + str(value).replace("\n", "\n" + indent)


def _label_studio_config() -> str:
    def options(tag: str, values: tuple[str, ...]) -> str:
        return "".join(f'\n    <{tag} value="{value}"/>' for value in values)

    return f"""<View>
  <Style>.htx-text {{ white-space: pre-wrap; }}</Style>
  <Labels name="claim_type" toName="text">{options("Label", CLAIM_TYPES)}
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected">
    <Header value="Verification status"/>
    <Choices name="status" toName="text" perRegion="true" choice="single">{options("Choice", STATUSES)}
    </Choices>
    <Header value="Source (empty: the article itself)"/>
    <TextArea name="source" toName="text" perRegion="true" maxSubmissions="1" editable="true"/>
  </View>
</View>
"""


LABEL_STUDIO_CONFIG = _label_studio_config()
