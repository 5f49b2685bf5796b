"""What the reviewer's workspace shows: a task's sentences, the reviewer's annotations of
them, progress, and source suggestions; and the save of its no-JavaScript panel (a new source
and the annotation that uses it, in one transaction; annotations themselves are saved by
services/annotations.py)."""

from dataclasses import dataclass, field

from sqlalchemy import select

from annotate.attribution import suggest_sources
from annotate.errors import NotFound
from annotate.extensions import db
from annotate.models import Annotation, Article, Collection, Sentence, Source, Task
from annotate.segment import Span
from annotate.services import annotations
from annotate.services.collections import of_article
from annotate.services.listing import neighbours
from annotate.services.review import CommentView, comments_of
from annotate.services.sources import SourceDraft, create_source
from annotate.services.transaction import transaction


class WorkspaceNotFound(NotFound):
    """No such task among the caller's (or no such sentence in it)."""


@dataclass
class Workspace:
    """One reviewer's view of one task."""

    task: Task
    article: Article
    sentences: list[Sentence]
    annotations: dict[int, Annotation]  # by sentence id
    current: Sentence | None
    comments: dict[int, list[CommentView]] = field(default_factory=dict)  # returned ones, by sentence id
    collections: list[Collection] = field(default_factory=list)  # the article's, for their guidelines

    @property
    def decided(self) -> int:
        """Sentences with a claim type chosen."""
        return sum(1 for a in self.annotations.values() if a.claim_type is not None)

    def neighbours(self) -> tuple[Sentence | None, Sentence | None]:
        """The sentences before and after the current one."""
        return neighbours(self.sentences, self.current)


def load(task_id: int, reviewer_id: int, sentence_id: int | None) -> Workspace:
    """The task's workspace, opened at ``sentence_id`` or where the reviewer left off."""
    task = db.session.scalar(select(Task).where(Task.id == task_id, Task.reviewer_id == reviewer_id))
    if task is None:
        raise WorkspaceNotFound("No task with that id among yours.")
    sentences = list(db.session.scalars(
        select(Sentence).where(Sentence.article_id == task.article_id).order_by(Sentence.position)))
    annotations = {a.sentence_id: a for a in db.session.scalars(
        select(Annotation).join(Sentence, Sentence.id == Annotation.sentence_id)
        .where(Sentence.article_id == task.article_id, Annotation.reviewer_id == reviewer_id))}
    by_id = {s.id: s for s in sentences}
    current = by_id.get(sentence_id) if sentence_id else _where_left_off(sentences, annotations)
    return Workspace(task, task.article, sentences, annotations, current,
                     comments_of(task.id, returned_only=True), of_article(task.article_id))


def _where_left_off(sentences, annotations) -> Sentence | None:
    """The sentence after the last one saved, or the first undecided one, or the first."""
    if annotations:
        last = max(annotations.values(), key=lambda a: (a.updated_at, a.id))
        index = next(i for i, s in enumerate(sentences) if s.id == last.sentence_id)
        return sentences[min(index + 1, len(sentences) - 1)]
    return sentences[0] if sentences else None


def registry() -> list[Source]:
    """Every registered source, by name."""
    return list(db.session.scalars(select(Source).order_by(Source.name)))


def suggestion_for(workspace: Workspace, sources: list[Source]):
    """The source suggestion for the current sentence, or None."""
    if workspace.current is None:
        return None
    text = workspace.article.text
    spans = [Span(s.start, s.end, text[s.start:s.end], s.kind) for s in workspace.sentences]
    suggestions = suggest_sources(text, spans, sources)
    return suggestions[workspace.sentences.index(workspace.current)]


def save_panel(sentence_id: int, reviewer_id: int, data: dict, new_source: SourceDraft | None) -> dict:
    """Save the panel's annotation, registering ``new_source`` first when given: both in one
    transaction, so a refused annotation leaves no new source behind."""
    with transaction():
        if new_source is not None:
            data = {**data, "source_id": create_source(new_source, actor_id=reviewer_id).id}
        return annotations.save(sentence_id, reviewer_id, data)
