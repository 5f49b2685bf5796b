"""Figures over the whole corpus (the dashboard, agreement) remembered in the process until the
data they rest on changes.

Computing them takes a few aggregate queries over every annotation in handed-in tasks (~0.1 to
0.2 s on SQLite at 50,000 annotations); a desk lead reloading the dashboard should not pay that
each time. The data's version is read on every request, cheaply (each part is the maximum of an
indexed column): the newest audit event, which every change that moves a figure writes (saves,
task changes, final labels, collections, sources), and the newest annotation, which also covers
imports that write annotations in bulk. On PostgreSQL, where transactions commit in any order
(an id taken first may be committed last, under a newer maximum), the oldest transaction still
running is part of the version too: it moves when such a transaction ends. Today's date is part
of the key (overdue tasks and the days of the chart move with it), and nothing is kept longer
than ``LIFETIME`` whatever happens. ``FIGURE_CACHE = False`` turns the memory off.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from typing import Any, TypeVar

from flask import current_app
from sqlalchemy import func, select, text

from annotate.extensions import db
from annotate.models import Annotation, AuditEvent

T = TypeVar("T")
ENTRIES = 64
LIFETIME = 300.0  # seconds
_remembered: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
_lock = threading.Lock()


def data_version() -> tuple:
    """What changes whenever a figure may: the newest audit event and the newest annotation."""
    newest: list[Any] = [select(func.max(column)).scalar_subquery()
                         for column in (AuditEvent.id, AuditEvent.at, Annotation.id, Annotation.updated_at)]
    if db.session.get_bind().dialect.name == "postgresql":
        newest.append(text("pg_snapshot_xmin(pg_current_snapshot())::text"))
    return (current_app.config["SQLALCHEMY_DATABASE_URI"], *db.session.execute(select(*newest)).one())


def remembered(name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or what it gave for the same ``key`` while the data has not changed."""
    if not current_app.config.get("FIGURE_CACHE", True):
        return compute()
    full_key = (name, key, datetime.now(UTC).date(), data_version())
    now = time.monotonic()
    with _lock:
        if full_key in _remembered and now - _remembered[full_key][0] < LIFETIME:
            _remembered.move_to_end(full_key)
            return _remembered[full_key][1]
    value = compute()
    with _lock:
        _remembered[full_key] = (now, value)
        while len(_remembered) > ENTRIES:
            _remembered.popitem(last=False)
    return value


def forget() -> None:
    """Drop everything remembered (a benchmark's cold runs)."""
    with _lock:
        _remembered.clear()
