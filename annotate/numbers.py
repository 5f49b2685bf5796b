"""Reading ids and page numbers from untrusted text. Pure: no Flask, no database.

Database ids are 32-bit on both SQLite and PostgreSQL columns we create; anything outside
1..MAX_ID, or anything but ASCII digits ("²".isdigit() is True, int("²") fails), is no id.
"""

import re
from datetime import UTC, date, datetime, time, timedelta

MAX_ID = 2**31 - 1
MAX_PAGE = 1_000_000
# Items per page of an API list (``limit``): by default, and at most.
DEFAULT_LIMIT, MAX_LIMIT = 50, 500
_DIGITS = re.compile(r"[0-9]{1,10}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_id(value) -> int | None:
    """A positive id from an int or a string of ASCII digits, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


def parse_count(value, upper: int) -> int | None:
    """A whole number from 0 to ``upper`` from a string of ASCII digits, or None."""
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
        return number if number <= upper else None
    return None


def page_number(value) -> int:
    """A page number from a query string: 1 to MAX_PAGE, 1 for anything else."""
    return min(parse_id(value) or 1, MAX_PAGE)


def parse_day(value) -> date | None:
    """A calendar day from ``YYYY-MM-DD`` text (other ISO 8601 spellings are not days here), or
    None for anything else."""
    if not isinstance(value, str) or not _DAY.fullmatch(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:  # "2026-02-30"
        return None


def day_start(day: date) -> datetime:
    """The first instant of a day, in UTC (a ``since`` bound: on or after)."""
    return datetime.combine(day, time.min, UTC)


def day_end(day: date) -> datetime | None:
    """The first instant after a day, in UTC (an ``until`` bound: before it, so the whole last day
    counts); None for the last day there is (nothing comes after it)."""
    return None if day == date.max else datetime.combine(day + timedelta(days=1), time.min, UTC)



def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and the noun in the right number, for people: "1 article", "2,000 articles",
    "0 articles" (``plural``: when adding an "s" is wrong: "1 duplicate skipped" needs none)."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"
