"""Reading ids and page numbers from untrusted text. Pure: no Flask, no database.

Database ids are 32-bit on both SQLite and PostgreSQL columns we create; anything outside
1..MAX_ID, or anything but ASCII digits ("²".isdigit() is True, int("²") fails), is no id.
"""

import re

MAX_ID = 2**31 - 1
MAX_PAGE = 1_000_000
# Items per page of an API list (``limit``): by default, and at most.
DEFAULT_LIMIT, MAX_LIMIT = 50, 500
_DIGITS = re.compile(r"[0-9]{1,10}")


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
