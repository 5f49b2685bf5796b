"""The ``labelstudio`` export format (SPEC §4): Label Studio tasks, and the labelling config of
a project that reads them (annotate/labelstudio_reader.py reads them back). Pure, like
annotate/dataset.py, over the same plain article records.

"""

from collections.abc import Iterable, Iterator

from annotate.dataset import SCHEMA_VERSION
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
    lines = [f"reviewer: {annotation['reviewer']}", f"task_state: {annotation['task_state']}"]
    if annotation["note"]:
        lines.append(f"note: {annotation['note']}")
    lines += [f"evidence: {' '.join(filter(None, (e['url'], e['quote'])))}" for e in annotation["evidence"]]
    meta = {"text": ["\n".join(lines)]}

    def result(from_name, kind, value):
        return {"id": f"a{annotation['id']}", "from_name": from_name, "to_name": "text",
                "type": kind, "origin": "manual", "value": value, "meta": meta}

    results = [result("claim_type", "labels", {**where, "labels": [annotation["claim_type"]]}),
               result("status", "choices", {**where, "choices": [annotation["status"]]})]
    source = sources.get(annotation["source_id"])
    if source is not None:  # a per-region text area's value.text is its list of entries
        results.append(result("source", "textarea", {**where, "text": [source["name"]]}))
    return results


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
