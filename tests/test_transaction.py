"""services/transaction.py: one commit for the outermost block, everything rolled back on a
failure anywhere, a lost unique race turned into the caller's domain error."""

import pytest
from sqlalchemy import func, select

from annotate.errors import Conflict
from annotate.extensions import db
from annotate.models import Source
from annotate.services.transaction import transaction


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(Source))


def add(name: str) -> None:
    db.session.add(Source(name=name, kind="other", aliases=[], description=""))
    db.session.flush()


def test_the_outermost_block_commits(app_ctx):
    with transaction():
        add("A")
        with transaction():
            add("B")
        db.session.rollback()  # a rollback here would undo both: the inner block did not commit
    assert count() == 0
    with transaction():
        add("A")
        with transaction():
            add("B")
    db.session.rollback()  # nothing left to undo: the outer block committed both
    assert count() == 2


def test_a_failure_inside_rolls_back_the_whole_transaction(app_ctx):
    with pytest.raises(RuntimeError, match="refused"), transaction():
        add("A")
        with transaction():
            add("B")
            raise RuntimeError("refused")
    assert count() == 0
    with transaction():  # the session is usable again, and the depth is back to zero
        add("C")
    db.session.rollback()
    assert count() == 1


def test_a_lost_unique_race_becomes_the_given_domain_error(app_ctx):
    with transaction():
        add("Taken")
    with (
        pytest.raises(Conflict, match="meanwhile"),
        transaction(on_conflict=lambda: Conflict("someone saved it meanwhile")),
    ):
        add("Taken")
    assert count() == 1
