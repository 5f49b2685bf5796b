"""The one way a service writes: ``with transaction(): ...`` commits at the end of the block, or
rolls everything back and re-raises.

Blocks nest: an inner block joins the outermost one and only the outermost commits, so a
writing service can be called inside another one and both land together or not at all (the
no-JavaScript workspace save registers a new source and saves the annotation that uses it in
one transaction). A failure anywhere rolls back the whole transaction.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import CursorResult, Executable
from sqlalchemy.exc import IntegrityError

from annotate.errors import DomainError
from annotate.extensions import db

_DEPTH = "annotate.transaction_depth"


@contextmanager
def transaction(on_conflict: Callable[[], DomainError] | None = None) -> Iterator[None]:
    """Run the block in one transaction (joining an enclosing one); commit or roll back.

    ``on_conflict`` turns an ``IntegrityError`` (a concurrent writer took a unique value first)
    into the domain error it returns, raised after the rollback.
    """
    session = db.session
    depth = session.info.get(_DEPTH, 0)
    session.info[_DEPTH] = depth + 1
    try:
        yield
        if depth == 0:
            session.commit()
    except IntegrityError:
        session.rollback()
        if on_conflict is None:
            raise
        raise on_conflict() from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info[_DEPTH] = depth


def rows_changed(statement: Executable, parameters: dict | None = None) -> int:
    """Run an UPDATE or DELETE (with its bound ``parameters``) in the current transaction; the
    number of rows it changed."""
    result = db.session.execute(statement, parameters)
    if not isinstance(result, CursorResult):
        raise TypeError("rows_changed() runs UPDATE and DELETE statements only")
    return result.rowcount
