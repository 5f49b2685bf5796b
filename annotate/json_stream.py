"""Reading a large JSON document from a byte stream a value at a time. Pure: no Flask, no database.

An export or a Label Studio project may be far larger than memory should hold, but each of its
records (an article, a task) is small. ``Tokens`` keeps only a buffer that grows as far as the
next value needs (up to a limit, so one oversized record cannot take the memory either), and
``members`` and ``streamed_array`` hand out a document's top-level members, and the items of its
one long array, one at a time. Both readers of exports (``dataset_reader`` and
``labelstudio_reader``) are built on it. Every problem is a ``RecordError`` naming the line.
"""

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple, NoReturn

from annotate.importing import RecordError

CHUNK = 64 * 1024  # bytes read from the stream at a time
STREAMED: Any = object()  # the value of a streamed array's member: its items follow one by one


class Member(NamedTuple):
    """A top-level member (``number`` None), or one item of the streamed array (``number`` its place)."""

    key: str
    number: int | None
    value: Any


class WrittenFloat(float):
    """A JSON number written with a fraction or an exponent ("1.0", "2e3"). JSON Schema counts
    1.0 as an integer; an export writes every integer without either, so one read here never is."""

    __slots__ = ()

    def is_integer(self) -> bool:
        """Never: it was written as a fraction."""
        return False


def members(tokens: "Tokens", streamed: str) -> Iterator[Member]:
    """The members of the object ``tokens`` holds; the array named ``streamed`` item by item,
    after ``Member(streamed, None, STREAMED)``. A member named twice, or data after the object,
    is an error."""
    tokens.take("{")
    seen: set[str] = set()
    closed = tokens.peek() == "}"
    while not closed:
        key = tokens.value()
        if not isinstance(key, str):
            tokens.fail("invalid JSON: expected a member name")
        if key in seen:
            tokens.fail(f"{key!r} appears twice")
        seen.add(key)
        tokens.take(":")
        if key == streamed and tokens.peek() == "[":
            yield from streamed_array(tokens, key)
        else:
            yield Member(key, None, tokens.value())
        closed = tokens.take(",}") == "}"
    if not seen:
        tokens.take("}")
    if tokens.peek() is not None:
        tokens.fail("unexpected data after the document")


def streamed_array(tokens: "Tokens", key: str) -> Iterator[Member]:
    """The array that comes next, as ``Member(key, None, STREAMED)`` and then its items one by one."""
    tokens.take("[")
    yield Member(key, None, STREAMED)
    closed, number = tokens.peek() == "]", 0
    while not closed:
        yield Member(key, number, tokens.value())
        number += 1
        closed = tokens.take(",]") == "]"
    if number == 0:
        tokens.take("]")


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


class Tokens:
    """A JSON text read from a byte stream a value at a time: ``raw_decode`` on a buffer that
    grows only as far as the next value needs, up to ``limit`` characters. ``name`` is the file's
    name in errors."""

    def __init__(self, stream: BinaryIO, name: str, limit: int):
        self.stream, self.name, self.limit = stream, name, limit
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=WrittenFloat)
        self.buffer, self.pos, self.line, self.eof = "", 0, 1, False

    def fail(self, message: str, offset: int | None = None) -> NoReturn:
        """Raise a ``RecordError`` at the current line (or at ``offset`` in the buffer)."""
        newlines = self.buffer.count("\n", 0, self.pos if offset is None else offset)
        raise RecordError(self.name, f"line {self.line + newlines}", message)

    def _fill(self, size: int = CHUNK) -> bool:
        """Drop what was read, read more; False at the end of the stream."""
        if self.eof:
            return False
        self.line += self.buffer.count("\n", 0, self.pos)
        self.buffer, self.pos = self.buffer[self.pos:], 0
        data = self.stream.read(size)
        self.eof = not data
        try:
            self.buffer += self.decoder.decode(data, final=self.eof)
        except UnicodeDecodeError:
            self.fail("not valid UTF-8; save the file as UTF-8", len(self.buffer))
        return True

    def peek(self) -> str | None:
        """The next character that is not white space, or None at the end."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return None

    def take(self, expected: str) -> str:
        """Consume one of the characters in ``expected``."""
        char = self.peek()
        if char is None or char not in expected:
            found = "the end of the file" if char is None else repr(char)
            self.fail(f"invalid JSON: expected {' or '.join(map(repr, expected))}, found {found}")
        self.pos += 1
        return char

    def value(self) -> Any:
        """The next JSON value."""
        self.peek()
        while True:
            try:
                value, end = self.json.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self._more():
                    continue
                self.fail(f"invalid JSON: {exc.msg}", exc.pos)
            except RecursionError:
                self.fail("invalid JSON: nested too deeply")
            except ValueError as exc:
                self.fail(f"invalid JSON: {exc}")
            if end == len(self.buffer) and self._more():
                continue  # a number at the end of the buffer may go on
            self.pos = end
            return value

    def _more(self) -> bool:
        """Read more for a value that does not fit yet; False at the end of the stream."""
        if len(self.buffer) - self.pos > self.limit:
            self.fail(f"a record is larger than the limit of {self.limit:,} bytes, or not valid JSON")
        return self._fill(max(CHUNK, len(self.buffer) - self.pos))
