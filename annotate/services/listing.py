"""Lists on pages and in the API: offset pages, and the "contains" text filter.

One row more than the page is read, so "next" needs no count query (a count over a large table
costs more than the page itself).
"""

from typing import Any, TypeVar

from sqlalchemy import Row, Select

from annotate.extensions import db

T = TypeVar("T")
LIKE_ESCAPE = "\\"


def one_page(query: Select, page: int, per_page: int) -> tuple[list[Row[Any]], bool]:
    """The rows of page ``page`` (from 1) of ``query``, and whether more rows follow."""
    rows = list(db.session.execute(query.limit(per_page + 1).offset((page - 1) * per_page)).all())
    return rows[:per_page], len(rows) > per_page


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape ``LIKE_ESCAPE``) that matches ``text`` literally anywhere."""
    for char in (LIKE_ESCAPE, "%", "_"):
        text = text.replace(char, LIKE_ESCAPE + char)
    return f"%{text}%"


def neighbours(items: list[T], current: T | None) -> tuple[T | None, T | None]:
    """The items before and after ``current`` in ``items`` (the previous and next sentence)."""
    if current is None:
        return None, None
    index = items.index(current)
    return (items[index - 1] if index else None, items[index + 1] if index + 1 < len(items) else None)

