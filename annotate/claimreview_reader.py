"""Reading a ClaimReview feed (issue 15.5): fact-checks published by other organisations, as
schema.org ClaimReview JSON-LD, into checked records. Pure: no Flask, no database.

The shapes read (a ``.json`` file): one ClaimReview object; a list of them (annotate's own
``claimreview`` export is one); an object with ``@graph`` (a page's JSON-LD: its nodes that are not
ClaimReviews, such as the WebPage or the Organization, are passed over); a ``DataFeed`` whose
``dataFeedElement`` items each hold one ClaimReview or a list of them in ``item`` (Google's
fact-check markup feeds). ``@type`` may be a string or a list, with or without the schema.org
prefix. The file is read a value at a time (``json_stream``), so a feed of tens of thousands of
reviews never sits in memory whole; one review may be at most the import's record size.

A review becomes a record of the ``fact_check`` table:

- ``claimReviewed`` (required, at most 5,000 characters) and ``url`` (required, http or https
  with a host); the two identify a review (``review_digest``);
- ``author``, the reviewing organisation: ``name`` required, ``url`` optional (http or https);
- ``reviewRating`` → the rating in words: its ``alternateName``, else its ``name``, else, for a
  numeric rating, ``"ratingValue/bestRating"`` ("1/5"; ``bestRating`` is required then, and the
  value must lie within ``worstRating``..``bestRating``). A review with none of these is refused;
- ``itemReviewed`` (a Claim): its ``author``'s name is the claim's author;
- ``datePublished``: an ISO 8601 date or date and time, kept in UTC (a date, or a time without an
  offset, is read as UTC); ``inLanguage``: a code or a Language object (its ``alternateName``).

The review itself is kept as it was given (``raw``). Text is stored as given (markup included:
pages escape it), only the whitespace around a value trimmed. Anything else wrong (a missing or
mistyped field, a value longer than its column, a NUL character, an item of a list or a feed that
is not a ClaimReview) is a ``RecordError`` naming the review, by its number and place in the file
and its url when it has one, so that the whole file is refused.
"""

import hashlib
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO, NoReturn

from annotate.annotation_input import is_web_url
from annotate.importing import RecordError
from annotate.json_stream import Member, Tokens, streamed_array

CLAIM_REVIEWED_MAX = 5000
# The columns' sizes (annotate/models/claims.py).
MAX_LENGTHS = {"url": 2000, "organisation": 200, "organisation_url": 2000, "rating": 200, "claim_author": 200,
               "language": 16}
# An element of a DataFeed (which may hold several reviews) may be this many times a review's limit.
ELEMENT_FACTOR = 16
REVIEW_TYPE = "ClaimReview"
SHAPES = "a ClaimReview, a list of them, an object with @graph, or a DataFeed"
Fail = Callable[[str], NoReturn]


@dataclass(frozen=True)
class ReviewRecord:
    """One checked ClaimReview, as the ``fact_check`` table stores it."""

    claim_reviewed: str
    url: str
    organisation: str
    organisation_url: str | None
    rating: str
    claim_author: str | None
    date_published: datetime | None  # aware, UTC
    language: str | None
    raw: dict

    @property
    def digest(self) -> str:
        """The review's identity: the same review imported twice is stored once."""
        return review_digest(self.url, self.claim_reviewed)

    def columns(self) -> dict:
        """The ``fact_check`` table's values of this review."""
        return {"digest": self.digest, "claim_reviewed": self.claim_reviewed, "url": self.url,
                "organisation": self.organisation, "organisation_url": self.organisation_url,
                "rating": self.rating, "claim_author": self.claim_author,
                "date_published": self.date_published, "language": self.language, "raw": self.raw}


def review_digest(url: str, claim_reviewed: str) -> str:
    """SHA-256 (hex) of the review's url and claim, one line each."""
    return hashlib.sha256(f"{url}\n{claim_reviewed}".encode()).hexdigest()


def is_review(node: Any) -> bool:
    """True for a JSON-LD object typed ClaimReview (``@type`` a string or a list)."""
    if not isinstance(node, dict):
        return False
    types = node.get("@type")
    return REVIEW_TYPE in _short_names(types if isinstance(types, list) else [types])


def _short_names(types: list) -> set[str]:
    """Type names without a schema.org prefix ("schema:ClaimReview", "https://schema.org/ClaimReview")."""
    return {name.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in types if isinstance(name, str)}


def is_claim_review_feed(stream: BinaryIO, max_record_bytes: int) -> bool:
    """True when the first review-shaped node of the JSON in ``stream`` (the object itself, the
    first item of a list, the first ClaimReview of ``@graph``) is a ClaimReview, or the JSON is a
    DataFeed with items (the reader refuses those that are not ClaimReviews); rewinds."""
    start = stream.tell()
    try:
        first = next(_nodes(Tokens(stream, "", max_record_bytes * ELEMENT_FACTOR)), None)
        return first is not None and (is_review(first[1]) or first[0].startswith("dataFeedElement"))
    except RecordError:
        return False
    finally:
        stream.seek(start)


def read_claim_reviews(stream: BinaryIO, name: str, max_record_bytes: int) -> Iterator[ReviewRecord]:
    """Yield the checked reviews of one feed, a ``RecordError`` at the first bad one (or at
    the end, when the file holds none)."""
    number = 0
    for number, (place, node) in enumerate(_nodes(Tokens(stream, name, max_record_bytes * ELEMENT_FACTOR)), 1):
        yield check_review(node, name, _where(number, place, node), max_record_bytes)
    if number == 0:
        raise RecordError(name, None, f"the file holds no ClaimReview; expected {SHAPES}")


def _where(number: int, place: str, node: Any) -> str:
    """How an error names a review: its number, its place in a nested file, its url."""
    url = node.get("url") if isinstance(node, dict) else None
    said = [part for part in (place, url[:200] if isinstance(url, str) and url.strip() else "") if part]
    return f"review {number}" + (f" ({'; '.join(said)})" if said else "")


# --- the shapes of a feed -----------------------------------------------------------------------

def _nodes(tokens: Tokens) -> Iterator[tuple[str, Any]]:
    """Each node of the document that should be a ClaimReview, with its place (empty for the
    items of a top-level list and for a lone object)."""
    first = tokens.peek()
    if first == "[":
        for member in streamed_array(tokens, ""):
            if member.number is not None:
                yield "", member.value
        if tokens.peek() is not None:
            tokens.fail("unexpected data after the list")
    elif first == "{":
        yield from _object_nodes(tokens)
    else:
        tokens.fail(f"expected {SHAPES}")


def _object_nodes(tokens: Tokens) -> Iterator[tuple[str, Any]]:
    """A top-level object: a container (``@graph``, ``dataFeedElement``), whose nodes are read
    one at a time, or else itself a review."""
    tokens.take("{")
    lone: dict[str, Any] = {}
    container, closed = False, tokens.peek() == "}"
    while not closed:
        key = tokens.value()
        if not isinstance(key, str):
            tokens.fail("invalid JSON: expected a member name")
        if key in lone:
            tokens.fail(f"{key!r} appears twice")
        tokens.take(":")
        if key in CONTAINERS and tokens.peek() == "[":
            container = True
            yield from CONTAINERS[key](streamed_array(tokens, key))
            lone[key] = None
        else:
            lone[key] = tokens.value()
        closed = tokens.take(",}") == "}"
    if not lone:
        tokens.take("}")
    if tokens.peek() is not None:
        tokens.fail("unexpected data after the document")
    if not container:
        yield "", lone


def _graph_nodes(items: Iterator[Member]) -> Iterator[tuple[str, Any]]:
    """The ClaimReviews of ``@graph``; a page's other nodes are passed over."""
    for member in items:
        if member.number is not None and is_review(member.value):
            yield f"@graph[{member.number}]", member.value


def _feed_nodes(items: Iterator[Member]) -> Iterator[tuple[str, Any]]:
    """The reviews of a DataFeed: each element's ``item`` (one or a list), or the element itself
    when it is a ClaimReview."""
    for member in items:
        if member.number is None:
            continue
        place, element = f"dataFeedElement[{member.number}]", member.value
        item = element.get("item") if isinstance(element, dict) and not is_review(element) else None
        if isinstance(item, list):
            yield from ((f"{place}.item[{index}]", node) for index, node in enumerate(item))
        else:
            yield (place, element) if item is None else (f"{place}.item", item)


CONTAINERS: dict[str, Callable[[Iterator[Member]], Iterator[tuple[str, Any]]]] = {
    "@graph": _graph_nodes, "dataFeedElement": _feed_nodes}


# --- one review ---------------------------------------------------------------------------------

def check_review(node: Any, name: str, where: str, max_record_bytes: int) -> ReviewRecord:
    """Check one decoded ClaimReview and return it as a record (``RecordError`` otherwise)."""
    def fail(message: str) -> NoReturn:
        raise RecordError(name, where, message)

    if not isinstance(node, dict):
        fail(f"expected a ClaimReview object, got {_type(node)}")
    if not is_review(node):
        fail(f"not a ClaimReview (@type {node.get('@type')!r}); expected {SHAPES}")
    _check_raw(node, max_record_bytes, fail)
    claim = _claim_reviewed(node.get("claimReviewed"), fail)
    url = _required_url(node.get("url"), "url", fail)
    organisation, organisation_url = _organisation(node.get("author"), fail)
    return ReviewRecord(
        claim_reviewed=claim, url=url, organisation=organisation, organisation_url=organisation_url,
        rating=review_rating(node.get("reviewRating"), fail),
        claim_author=_claim_author(node.get("itemReviewed"), fail),
        date_published=_date(node.get("datePublished"), "datePublished", fail),
        language=_language(node.get("inLanguage"), fail), raw=node)


def _check_raw(node: dict, max_record_bytes: int, fail: Fail) -> None:
    """What no database stores the same (NUL, unpaired surrogates), and the size limit."""
    dumped = json.dumps(node, ensure_ascii=False)
    try:
        size = len(dumped.encode("utf-8"))
    except UnicodeEncodeError:
        fail("contains an unpaired surrogate (invalid Unicode)")
    if "\\u0000" in dumped:
        fail("contains a NUL character")
    if size > max_record_bytes:
        fail(f"the review is larger than the limit of {max_record_bytes:,} bytes")


def _claim_reviewed(value: Any, fail: Fail) -> str:
    if value is None:
        fail("missing 'claimReviewed' (the claim the review checks)")
    claim = _text(value, "claimReviewed", CLAIM_REVIEWED_MAX, fail)
    if claim is None:
        fail("'claimReviewed' is empty")
    return claim


def _required_url(value: Any, key: str, fail: Fail) -> str:
    if value is None:
        fail(f"missing '{key}' (the page of the review)")
    url = _optional_url(value, key, MAX_LENGTHS["url"], fail)
    if url is None:
        fail(f"'{key}' is empty")
    return url


def _optional_url(value: Any, key: str, max_length: int, fail: Fail) -> str | None:
    url = _text(value, key, max_length, fail)
    if url is not None and not is_web_url(url):
        fail(f"'{key}' must be an http or https URL with a host (https://example.org/...), got {url[:80]!r}")
    return url


def _organisation(author: Any, fail: Fail) -> tuple[str, str | None]:
    """The reviewing organisation's name and site (``author``; the first one of a list)."""
    if isinstance(author, list) and author:
        author = author[0]
    if author is None:
        fail("missing 'author' (the organisation that published the review)")
    if not isinstance(author, dict):
        fail(f"'author' must be an object with a name, got {_type(author)}")
    organisation = _text(author.get("name"), "author.name", MAX_LENGTHS["organisation"], fail)
    if organisation is None:
        fail("'author' has no 'name' (the organisation that published the review)")
    return organisation, _optional_url(author.get("url"), "author.url", MAX_LENGTHS["organisation_url"], fail)


def review_rating(rating: Any, fail: Fail) -> str:
    """The verdict in words: ``alternateName``, else ``name``, else "ratingValue/bestRating"."""
    if rating is None:
        fail("missing 'reviewRating'")
    if not isinstance(rating, dict):
        fail(f"'reviewRating' must be an object, got {_type(rating)}")
    for key in ("alternateName", "name"):
        words = _text(rating.get(key), f"reviewRating.{key}", MAX_LENGTHS["rating"], fail)
        if words is not None:
            return words
    value = _number(rating.get("ratingValue"), "reviewRating.ratingValue", fail)
    if value is None:
        fail("'reviewRating' has no alternateName, name or ratingValue: the review has no rating")
    best = _number(rating.get("bestRating"), "reviewRating.bestRating", fail)
    if best is None:
        fail("'reviewRating' has a ratingValue but no bestRating (nor alternateName or name) to read it by")
    worst = _number(rating.get("worstRating"), "reviewRating.worstRating", fail)
    if value > best or (worst is not None and value < worst):
        fail(f"'reviewRating.ratingValue' {value:g} is outside worstRating..bestRating")
    return f"{value:g}/{best:g}"


def _number(value: Any, key: str, fail: Fail) -> float | None:
    """A finite number, from a JSON number or a numeric string (feeds write both)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        fail(f"'{key}' must be a number, got {_type(value)}")
    try:
        number = float(value)
    except ValueError:
        fail(f"'{key}' must be a number, got {str(value)[:40]!r}")
    if not math.isfinite(number):
        fail(f"'{key}' must be a finite number")
    return number


def _claim_author(claim: Any, fail: Fail) -> str | None:
    """Who made the claim: the name of ``itemReviewed.author`` (the first one of a list)."""
    if claim is None:
        return None
    if not isinstance(claim, dict):
        fail(f"'itemReviewed' must be an object (a Claim), got {_type(claim)}")
    author = claim.get("author")
    if isinstance(author, list) and author:
        author = author[0]
    if author is None or author == []:
        return None
    if not isinstance(author, dict):
        fail(f"'itemReviewed.author' must be an object with a name, got {_type(author)}")
    return _text(author.get("name"), "itemReviewed.author.name", MAX_LENGTHS["claim_author"], fail)


def _date(value: Any, key: str, fail: Fail) -> datetime | None:
    """An ISO 8601 date or date and time, in UTC (a date or a time without offset: UTC)."""
    text = _text(value, key, 64, fail)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        fail(f"'{key}' is not an ISO 8601 date: {text[:40]!r}")
    try:
        return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except OverflowError:
        fail(f"'{key}' is out of range once converted to UTC: {text[:40]!r}")


def _language(value: Any, fail: Fail) -> str | None:
    """``inLanguage``: a code ("en"), or a Language object's ``alternateName`` (else its name)."""
    if isinstance(value, dict):
        key = "alternateName" if value.get("alternateName") not in (None, "") else "name"
        return _text(value.get(key), f"inLanguage.{key}", MAX_LENGTHS["language"], fail)
    return _text(value, "inLanguage", MAX_LENGTHS["language"], fail)


def _text(value: Any, key: str, max_length: int, fail: Fail) -> str | None:
    """An optional string, whitespace around it trimmed (None when absent or blank)."""
    if value is None:
        return None
    if not isinstance(value, str):
        fail(f"'{key}' must be a string, got {_type(value)}")
    value = value.strip()
    if len(value) > max_length:
        fail(f"'{key}' is longer than {max_length:,} characters")
    return value or None


def _type(value: Any) -> str:
    """Name a JSON value's type the way a JSON user would."""
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string",
            list: "array", dict: "object"}.get(type(value), "number" if isinstance(value, float) else "value")
