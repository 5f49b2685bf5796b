"""What the reviewer's workspace shows: a task's sentences around the current one, the
reviewer's annotations of them, progress, and source suggestions; and the save of its
no-JavaScript panel (a new source and the annotation that uses it, in one transaction;
annotations themselves are saved by services/annotations.py).

A page holds a window of sentences around the current one, never the whole article: a
10,000-sentence article made every step a 5 MB page. Progress is counted in SQL; the page's
script fetches further windows (``window_of``) and the panel of the next sentence (``panel_of``).
"""

from dataclasses import dataclass, field, replace
from typing import ClassVar

from sqlalchemy import exists, select
from sqlalchemy.orm import selectinload

from annotate.attribution import Suggestion, suggest_sources
from annotate.errors import NotFound
from annotate.extensions import db
from annotate.labels import DEFAULT_STATUS
from annotate.models import Annotation, Article, Collection, Sentence, Task
from annotate.segment import Span
from annotate.services import annotations, claim_memory, source_registry
from annotate.services.collections import of_article
from annotate.services.listing import neighbours
from annotate.services.review import CommentView, comments_of
from annotate.services.sources import SourceDraft, create_source
from annotate.services.task_queries import progress
from annotate.services.transaction import transaction

# The window a page shows: this many sentences before the current one and after it.
WINDOW_BEFORE, WINDOW_AFTER = 20, 40


class WorkspaceNotFound(NotFound):
    """No such task among the caller's (or no such sentence in it)."""


@dataclass
class Workspace:
    """One reviewer's view of one task, at its current sentence."""

    task: Task
    article: Article
    sentences: list[Sentence]  # the window around the current sentence, in order
    annotations: dict[int, Annotation]  # the reviewer's, of the window's sentences, by sentence id
    current: Sentence | None
    comments: dict[int, list[CommentView]] = field(default_factory=dict)  # returned ones, by sentence id
    collections: list[Collection] = field(default_factory=list)  # the article's, for their guidelines
    decided: int = 0  # sentences of the article with a claim type chosen
    total: int = 0  # sentences of the article
    first: Sentence | None = None  # the article's first sentence
    first_undecided: Sentence | None = None
    commented: list[tuple[int, int]] = field(default_factory=list)  # (id, position) of those with comments
    window_before: ClassVar[int] = WINDOW_BEFORE
    window_after: ClassVar[int] = WINDOW_AFTER

    def neighbours(self) -> tuple[Sentence | None, Sentence | None]:
        """The sentences before and after the current one (the window holds both)."""
        return neighbours(self.sentences, self.current)

    @property
    def earlier(self) -> bool:
        """Sentences before the window."""
        return bool(self.sentences) and self.sentences[0].position > 0

    @property
    def later(self) -> bool:
        """Sentences after the window."""
        return bool(self.sentences) and self.sentences[-1].position < self.total - 1


def load(task_id: int, reviewer_id: int, sentence_id: int | None, required: bool = False) -> Workspace:
    """The task's workspace, opened at ``sentence_id`` or where the reviewer left off
    (``required``: the sentence must be one of the task's)."""
    task = _task(task_id, reviewer_id)
    current = (_sentence(task.article_id, Sentence.id == sentence_id) if sentence_id
               else _where_left_off(task.article_id, reviewer_id))
    if required and current is None:
        raise WorkspaceNotFound("No sentence with that id in this task.")
    window = _window(task.article_id, current) if current else []
    decided, total = progress([task.id])[task.id]
    comments = comments_of(task.id, returned_only=True)
    return Workspace(task, task.article, window, _annotations(reviewer_id, window), current, comments,
                     of_article(task.article_id), decided, total,
                     window[0] if window and window[0].position == 0 else _sentence(task.article_id),
                     _first_undecided(task.article_id, reviewer_id), _positions(comments))


def _task(task_id: int, reviewer_id: int) -> Task:
    task = db.session.scalar(select(Task).where(Task.id == task_id, Task.reviewer_id == reviewer_id))
    if task is None:  # revoked, or given to someone else: say so, to its reviewer only
        reason = annotations.taken_away(reviewer_id, task_id=task_id)
        raise WorkspaceNotFound(*reason) if reason else WorkspaceNotFound("No task with that id among yours.")
    return task


def _sentence(article_id: int, *where) -> Sentence | None:
    """The first sentence of the article (by position) that matches ``where``."""
    return db.session.scalar(select(Sentence).where(Sentence.article_id == article_id, *where)
                             .order_by(Sentence.position).limit(1))


def _where_left_off(article_id: int, reviewer_id: int) -> Sentence | None:
    """The sentence after the last one saved (that one when it is the last), or the first."""
    last = db.session.scalar(
        select(Sentence.position).join(Annotation, Annotation.sentence_id == Sentence.id)
        .where(Sentence.article_id == article_id, Annotation.reviewer_id == reviewer_id)
        .order_by(Annotation.updated_at.desc(), Annotation.id.desc()).limit(1))
    if last is None:
        return _sentence(article_id)
    return _sentence(article_id, Sentence.position > last) or _sentence(article_id, Sentence.position == last)


def _window(article_id: int, current: Sentence) -> list[Sentence]:
    """WINDOW_BEFORE sentences, the current one, WINDOW_AFTER sentences (fewer at either end)."""
    before = db.session.scalars(select(Sentence).where(
        Sentence.article_id == article_id, Sentence.position < current.position)
        .order_by(Sentence.position.desc()).limit(WINDOW_BEFORE))
    after = db.session.scalars(select(Sentence).where(
        Sentence.article_id == article_id, Sentence.position > current.position)
        .order_by(Sentence.position).limit(WINDOW_AFTER))
    return [*reversed(list(before)), current, *after]


def _annotations(reviewer_id: int, sentences: list[Sentence]) -> dict[int, Annotation]:
    """The reviewer's annotations of these sentences (with their sources), by sentence id."""
    if not sentences:
        return {}
    return {a.sentence_id: a for a in db.session.scalars(
        select(Annotation).options(selectinload(Annotation.source))
        .where(Annotation.reviewer_id == reviewer_id, Annotation.sentence_id.in_([s.id for s in sentences])))}


def _positions(sentence_ids) -> list[tuple[int, int]]:
    """(id, position) of these sentences, by position."""
    if not sentence_ids:
        return []
    return [(row.id, row.position) for row in db.session.execute(
        select(Sentence.id, Sentence.position).where(Sentence.id.in_(list(sentence_ids))).order_by(Sentence.position))]


def _first_undecided(article_id: int, reviewer_id: int) -> Sentence | None:
    """The first sentence the reviewer has not given a claim type."""
    decided = exists().where(Annotation.sentence_id == Sentence.id, Annotation.reviewer_id == reviewer_id,
                             Annotation.claim_type.is_not(None))
    return _sentence(article_id, ~decided)


def registry(for_reviewer: int | None = None) -> source_registry.View:
    """The registry as this reviewer works with it: the approved sources and their own
    proposals (``None``: every source). Its suggestion matcher is kept between requests while
    the registry is unchanged (services/source_registry.py); ``.names`` is the source box's
    list, ``.named(label)`` finds a source by name or alias."""
    return source_registry.view(for_reviewer)


def suggestion_for(workspace: Workspace, sources: source_registry.View | None = None) -> Suggestion | None:
    """The source suggestion for the current sentence, or None: from the sources the task's
    reviewer may use (whatever ``sources`` holds), read in the text of the window's sentences."""
    current, window = workspace.current, workspace.sentences
    if current is None or not window:
        return None
    if sources is None or sources.reviewer_id != workspace.task.reviewer_id:
        sources = registry(workspace.task.reviewer_id)
    low = window[0].start
    text = workspace.article.text[low:window[-1].end]
    spans = [Span(s.start - low, s.end - low, text[s.start - low:s.end - low], s.kind) for s in window]
    found = suggest_sources(text, spans, sources.matcher)[window.index(current)]
    if found is None:
        return None
    return replace(found, cue_span=_shifted(found.cue_span, low), source_span=_shifted(found.source_span, low))


def earlier_for(workspace: Workspace) -> claim_memory.CheckedBefore | None:
    """What the desk decided before about the current sentence's claim ("Checked before")."""
    current = workspace.current
    if current is None or current.kind != "body":
        return None
    return claim_memory.checked_before(current.id, workspace.article.id,
                                       workspace.article.text[current.start:current.end], workspace.task.reviewer_id)


def _shifted(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    """A span of the window's text as offsets into the article."""
    return None if span is None else (span[0] + by, span[1] + by)


def save_panel(sentence_id: int, reviewer_id: int, data: dict, new_source: SourceDraft | None) -> dict:
    """Save the panel's annotation, registering ``new_source`` first when given: both in one
    transaction, so a refused annotation leaves no new source behind."""
    with transaction():
        if new_source is not None:
            data = {**data, "source_id": create_source(new_source, actor_id=reviewer_id).id}
        return annotations.save(sentence_id, reviewer_id, data)


def sentence_json(sentence: Sentence, annotation: Annotation | None, comments: int, text: str) -> dict:
    """A sentence of the list, with the reviewer's labels of it, as the page's script adds it."""
    return {"id": sentence.id, "position": sentence.position, "kind": sentence.kind,
            "start": sentence.start, "end": sentence.end, "text": text[sentence.start:sentence.end],
            "claim_type": annotation.claim_type if annotation else None,
            "source": annotation.source.name if annotation and annotation.source else None,
            "status": annotation.status if annotation else DEFAULT_STATUS, "comments": comments}


def window_of(task_id: int, reviewer_id: int, start: int, limit: int) -> dict:
    """At most ``limit`` sentences of the task from position ``start`` on, with the reviewer's
    labels and the number of comments from the review on each; and how many the article has."""
    task = _task(task_id, reviewer_id)
    sentences = list(db.session.scalars(select(Sentence).where(
        Sentence.article_id == task.article_id, Sentence.position >= start).order_by(Sentence.position).limit(limit)))
    labels, comments = _annotations(reviewer_id, sentences), comments_of(task.id, returned_only=True)
    text = task.article.text
    _, total = progress([task.id])[task.id]
    return {"items": [sentence_json(s, labels.get(s.id), len(comments.get(s.id, [])), text) for s in sentences],
            "total": total}


def panel_of(workspace: Workspace, suggestion) -> dict:
    """The current sentence's panel as the page's script shows it after a step: the sentence,
    the reviewer's annotation and its history, the comments from the review, the source
    suggestion (``suggestion_for``), what was decided before about the same claim
    (``earlier_for``), and the sentences before and after."""
    current, text = workspace.current, workspace.article.text
    if current is None:
        raise WorkspaceNotFound("No sentence with that id in this task.")
    before, after = workspace.neighbours()
    remarks = workspace.comments.get(current.id, [])
    earlier = earlier_for(workspace)
    cue = suggestion.cue_span if suggestion is not None else None
    return {
        "sentence": sentence_json(current, workspace.annotations.get(current.id), len(remarks), text),
        "annotation": annotations.serialize(workspace.annotations.get(current.id), current.id),
        "history": annotations.history(current.id, workspace.task.reviewer_id),
        "comments": [{"body": remark.body, "author": remark.author} for remark in remarks],
        "suggestion": None if suggestion is None else {
            "source": suggestion.source, "cue": text[cue[0]:cue[1]] if cue else None,
            "confidence": suggestion.confidence},
        "checked_before": None if earlier is None else earlier.as_json(),
        "previous_id": before.id if before else None,
        "next_id": after.id if after else None,
    }
