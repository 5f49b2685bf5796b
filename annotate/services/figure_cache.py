"""Figures over the whole corpus (the dashboard, agreement) remembered in the process until the
data they rest on changes.

Computing them takes a few aggregate queries over every annotation in handed-in tasks (~0.1 to
0.2 s on SQLite at 50,000 annotations); a desk lead reloading the dashboard should not pay that
each time. The data's version is read on every request, cheaply (each part is the maximum of an
indexed column): the newest audit event, which every change that moves a figure writes (saves,
task changes, final labels, collections, sources), and the newest annotation, which also covers
imports that write annotations in bulk. Today's date is part of the key (overdue tasks and the
days of the chart move with it). ``FIGURE_CACHE = False`` turns the memory off.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from typing import Any, TypeVar

from flask import current_app
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Annotation, AuditEvent

T = TypeVar("T")
ENTRIES = 64
_remembered: OrderedDict[Hashable, Any] = OrderedDict()
_lock = threading.Lock()


def data_version() -> tuple:
    """What changes whenever a figure may: the newest audit event and the newest annotation."""
    newest = [select(func.max(column)).scalar_subquery()
              for column in (AuditEvent.id, AuditEvent.at, Annotation.id, Annotation.updated_at)]
    return (current_app.config["SQLALCHEMY_DATABASE_URI"], *db.session.execute(select(*newest)).one())


def remembered(name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or what it gave for the same ``key`` while the data has not changed."""
    if not current_app.config.get("FIGURE_CACHE", True):
        return compute()
    full_key = (name, key, datetime.now(UTC).date(), data_version())
    with _lock:
        if full_key in _remembered:
            _remembered.move_to_end(full_key)
            return _remembered[full_key]
    value = compute()
    with _lock:
        _remembered[full_key] = value
        while len(_remembered) > ENTRIES:
            _remembered.popitem(last=False)
    return value


def forget() -> None:
    """Drop everything remembered (a benchmark's cold runs)."""
    with _lock:
        _remembered.clear()
