"""The streaming JSON reader both export readers stand on: members and array items one at a time,
errors naming the line, and a buffer that never holds more than the next value needs."""

import io
import json

import pytest

from annotate.importing import RecordError
from annotate.json_stream import CHUNK, STREAMED, Member, Tokens, members, streamed_array


def read(text: str, limit: int = CHUNK) -> list[Member]:
    return list(members(Tokens(io.BytesIO(text.encode()), "f.json", limit), "items"))


def test_members_in_file_order_and_the_streamed_array_item_by_item():
    document = '\ufeff{"a": 1, "items": [{"x": 1}, [2], "three"], "b": {"c": null}}'
    assert read(document) == [Member("a", None, 1), Member("items", None, STREAMED), Member("items", 0, {"x": 1}),
                              Member("items", 1, [2]), Member("items", 2, "three"), Member("b", None, {"c": None})]
    assert read('{"items": [], "n": 7}') == [Member("items", None, STREAMED), Member("n", None, 7)]
    assert read('{"items": 5}') == [Member("items", None, 5)]  # not an array: read whole, for the schema to refuse
    assert read("{}") == []


@pytest.mark.parametrize("text, line, message", [
    ('{"a": 1,\n "a": 2}', "line 2", "'a' appears twice"),
    ('{"a": 1}\n[]', "line 2", "unexpected data after the document"),
    ('{"a": 1,\n\n "items": [1, 2', "line 3", "invalid JSON: expected ',' or ']', found the end of the file"),
    ('{"a": NaN}', "line 1", "NaN is not a JSON number"),
    ('{"a": [1, 2}', "line 1", "invalid JSON"),
    ('[1]', "line 1", "invalid JSON: expected '{', found '['"),
])
def test_broken_json_names_the_line(text, line, message):
    with pytest.raises(RecordError) as error:
        read(text)
    assert error.value.name == "f.json" and error.value.where == line and message in error.value.message


def test_invalid_utf8_is_refused_naming_a_line():
    stream = io.BytesIO(b'{"a": "x",\n"b": "\xff"}')
    with pytest.raises(RecordError, match="line 1: not valid UTF-8"):  # the line where the chunk read starts
        list(members(Tokens(stream, "f.json", CHUNK), "items"))


def test_a_record_larger_than_the_limit_is_refused_before_it_is_read_whole():
    big = json.dumps({"items": [{"text": "x" * (5 * CHUNK)}]})
    assert read(big, 8 * CHUNK)[1].value == {"text": "x" * (5 * CHUNK)}
    tokens = Tokens(io.BytesIO(big.encode()), "f.json", 2 * CHUNK)
    with pytest.raises(RecordError, match="larger than the limit of 131,072 bytes"):
        list(members(tokens, "items"))
    assert len(tokens.buffer) < len(big)  # the buffer grows by doubling, and stops past the limit


def test_values_across_chunk_boundaries_and_lines_counted_across_refills():
    items = [{"n": number, "pad": "é" * 1000} for number in range(300)] + [12345678901234567890]
    text = json.dumps({"items": items}, ensure_ascii=False, indent=1)
    assert [member.value for member in read(text)[1:]] == items
    with pytest.raises(RecordError) as error:
        read(text + "\n\nx")
    assert error.value.where == f"line {text.count(chr(10)) + 3}"


def test_memory_stays_flat_a_buffer_of_about_a_chunk_for_many_small_items():
    tokens = Tokens(io.BytesIO(json.dumps({"items": [{"n": n, "pad": "y" * 200} for n in range(20_000)]}).encode()),
                    "f.json", CHUNK)
    largest = 0
    for _ in members(tokens, "items"):
        largest = max(largest, len(tokens.buffer))
    assert largest <= 2 * CHUNK  # the document is ~4.5 MB


def test_an_array_streamed_on_its_own_as_label_studio_has_it():
    tokens = Tokens(io.BytesIO(b'[{"id": 1}, {"id": 2}]'), "p.json", CHUNK)
    assert list(streamed_array(tokens, "tasks")) == [Member("tasks", None, STREAMED), Member("tasks", 0, {"id": 1}),
                                                     Member("tasks", 1, {"id": 2})]
    assert tokens.peek() is None
