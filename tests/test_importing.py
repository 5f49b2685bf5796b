"""The pure reader of import files: formats, validation and the messages it gives."""

import io
import json

import pytest

from annotate.importing import ArticleRecord, RecordError, read_articles

LIMIT = 4096


def read(name: str, data: bytes | str, limit: int = LIMIT) -> list[ArticleRecord]:
    """Read a file's records from bytes."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return list(read_articles(io.BytesIO(raw), name, limit))


def error_of(name: str, data: bytes | str, limit: int = LIMIT) -> RecordError:
    """The error a bad file raises."""
    with pytest.raises(RecordError) as caught:
        read(name, data, limit)
    return caught.value


def test_txt_first_non_empty_line_is_the_title_and_text_is_kept_exactly():
    text = "\n\n  Headline Here  \r\nBody one. Body two.\n"
    [record] = read("a.txt", text)
    assert record.title == "Headline Here"
    assert record.text == text


def test_json_object_and_list_with_metadata():
    obj = {"text": "One. Two.", "title": "T", "url": "https://example.org/x", "publisher": "P",
           "published_at": "2026-03-14T09:30:00Z", "language": "en", "external_id": "e1",
           "meta": {"k": [1, 2]}}
    [single] = read("a.json", json.dumps(obj))
    assert single.published_at.isoformat() == "2026-03-14T09:30:00+00:00"
    assert single.meta == {"k": [1, 2]} and single.external_id == "e1"
    assert len(read("b.json", json.dumps([obj, {"text": "Other."}]))) == 2


def test_date_without_time_or_zone_is_utc_midnight():
    [record] = read("a.json", json.dumps({"text": "x", "published_at": "2026-05-02"}))
    assert record.published_at.isoformat() == "2026-05-02T00:00:00+00:00"


def test_jsonl_skips_blank_lines():
    data = '{"text": "a"}\n\n{"text": "b"}\n'
    assert [r.text for r in read("a.jsonl", data)] == ["a", "b"]


def test_text_sha256_identifies_the_text():
    one, two = read("a.jsonl", '{"text": "same"}\n{"text": "same", "title": "other"}\n')
    assert one.text_sha256 == two.text_sha256 and len(one.text_sha256) == 64


@pytest.mark.parametrize("name, data, where, message", [
    ("a.jsonl", '{"text": "ok"}\n{"title": "no text"}\n', "line 2", "missing 'text'"),
    ("a.jsonl", '{"text": "ok"}\n{"text": 42}\n', "line 2", "'text' must be a string, got number"),
    ("a.jsonl", '{"text": "   \\n "}\n', "line 1", "'text' is empty"),
    ("a.jsonl", '{"text": "ok"}\n{"text": "ok",\n', "line 2", "invalid JSON"),
    ("a.jsonl", '["text"]\n', "line 1", "expected an object, got array"),
    ("a.jsonl", '{"text": "x", "title": 5}\n', "line 1", "'title' must be a string, got number"),
    ("a.jsonl", '{"text": "x", "meta": "m"}\n', "line 1", "'meta' must be an object, got string"),
    ("a.jsonl", '{"text": "x", "published_at": "last week"}\n', "line 1", "not an ISO 8601 date"),
    ("a.jsonl", '{"text": "x", "url": "javascript:alert(1)"}\n', "line 1", "http or https"),
    ("a.jsonl", '{"text": "x", "colour": "red"}\n', "line 1", "unknown field(s) 'colour'"),
    ("a.jsonl", '{"text": "x\\u0000y"}\n', "line 1", "NUL character"),
    ("a.json", '[{"text": "ok"}, {"text": null}]', "record 2", "'text' must be a string, got null"),
    ("a.json", '{"text": "ok",\n "title": }', "line 2", "invalid JSON"),
    ("a.json", '"just a string"', None, "expected an object or a list of objects"),
    ("a.txt", "   \n\t\n", None, "'text' is empty"),
])
def test_bad_records_name_the_file_and_place(name, data, where, message):
    error = error_of(name, data)
    assert error.name == name and error.where == where
    assert message in error.message
    assert str(error).startswith(f"{name}: " + (f"{where}: " if where else ""))


def test_bad_encoding_names_the_line():
    error = error_of("a.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    assert (error.where, "not valid UTF-8") == ("line 2", error.message[:15])
    assert error_of("a.txt", b"Title\nline two \xff\n").where == "line 2"


def test_oversized_line_is_refused_without_reading_it_whole():
    huge = '{"text": "' + "x" * (LIMIT * 4) + '"}\n'
    error = error_of("a.jsonl", '{"text": "ok"}\n' + huge)
    assert error.where == "line 2" and "longer than the limit" in error.message


def test_oversized_txt_and_text_field_are_refused():
    assert "larger than the limit" in error_of("a.txt", "x" * (LIMIT + 1)).message
    big = json.dumps({"text": "é" * LIMIT})  # fits the file limit, not the text limit
    assert "'text' is larger than the limit" in error_of("a.json", big).message


def test_unknown_extension_is_refused():
    assert "unknown file type" in error_of("a.csv", "text\n").message


def test_records_are_validated_lazily_so_a_bad_line_stops_the_file():
    stream = io.BytesIO(b'{"text": "a"}\n{"text": 1}\n{"text": "c"}\n')
    records = read_articles(stream, "a.jsonl", LIMIT)
    assert next(records).text == "a"
    with pytest.raises(RecordError):
        next(records)


def test_module_is_pure():
    import subprocess
    import sys

    code = ("import sys, annotate.importing; "
            "assert not {'flask', 'sqlalchemy'} & set(sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("data, message", [
    ('{"text": "x", "meta": ' + "[" * 5000 + "]" * 5000 + "}\n", "nested"),
    ('{"text": "x", "meta": {"n": ' + "9" * 5000 + "}}\n", "invalid JSON"),
    ('{"text": "x", "meta": {"n": NaN}}\n', "NaN is not a JSON number"),
    ('{"text": "x\\ud800"}\n', "unpaired surrogate"),
    ('{"text": "x", "title": "t\\udfff"}\n', "unpaired surrogate"),
    ('{"text": "x", "meta": {"k": "\\udfff"}}\n', "unpaired surrogate"),
    ('{"text": "x", "published_at": "9999-12-31T23:00:00-05:00"}\n', "out of range"),
    ('{"text": "x", "published_at": "0001-01-01T00:00:00+05:00"}\n', "out of range"),
    ('{"text": "x", "meta": {"a": ' + "[" * 30 + "]" * 30 + "}}\n", "nested more than 20 levels"),
])
def test_hostile_json_is_a_clear_error_not_a_crash(data, message):
    error = error_of("a.jsonl", data, limit=1024 * 1024)
    assert error.where == "line 1" and message in error.message


def test_a_derived_title_with_markup_is_dropped_not_refused():
    [record] = read("a.txt", "Tesla <TSLA.O> shares fall\n\nBody.")
    assert record.title is None and record.text.startswith("Tesla <TSLA.O>")


def test_a_jsonl_export_row_is_refused_with_a_hint():
    row = {"schema_version": 1, "article_id": 1, "sentence_id": 3, "sentence_text": "It rained.", "notes": ""}
    error = error_of("export.jsonl", json.dumps(row) + "\n")
    assert error.where == "line 1" and "only a json export of annotate can be imported back" in error.message
