"""The article pages' forms: importing (files, or a pasted article with its metadata), editing
an article's metadata, and confirming its deletion."""

from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import BooleanField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from annotate.models import Article
from annotate.services.article_edits import EDITABLE, field_error, metadata_of

DATE_FORMS = "YYYY-MM-DD, or a time with its UTC offset: 2024-05-01T09:30+02:00"


class ImportForm(FlaskForm):
    """Files to import, or a pasted article with its metadata."""

    files = MultipleFileField("Files (.txt, .json, .jsonl)")
    collection = StringField("Into the collection (optional; a new name makes one)",
                             validators=[Optional(), Length(max=200)])
    title = StringField("Title (optional; else its first line)", validators=[Optional(), Length(max=500)])
    url = StringField("URL (optional)", validators=[Optional()])
    publisher = StringField("Publisher (optional)", validators=[Optional()])
    published_at = StringField(f"Published (optional; {DATE_FORMS})", validators=[Optional()])
    text = TextAreaField("Text", validators=[Optional()])

    def pasted_metadata(self) -> dict[str, str]:
        """The metadata given with the pasted text."""
        return {"title": self.title.data or "", "url": self.url.data or "", "publisher": self.publisher.data or "",
                "published_at": self.published_at.data or ""}


def import_rule(key: str):
    """A validator that applies the import's rule for metadata field ``key``. The field must be
    posted (empty, for none): a post without it would clear the value nobody saw."""
    def check(form, field):
        if not field.raw_data:
            raise ValidationError("This field was not sent; reload the page and try again.")
        message = field_error(key, field.data)
        if message:
            raise ValidationError(message)
    return check


class MetadataForm(FlaskForm):
    """An article's metadata (never its text), each field checked as an import checks it."""

    title = StringField("Title", validators=[import_rule("title")])
    url = StringField("URL", validators=[import_rule("url")])
    publisher = StringField("Publisher", validators=[import_rule("publisher")])
    published_at = StringField(f"Published ({DATE_FORMS})", validators=[import_rule("published_at")])
    language = StringField("Language (ISO 639-1 code)", validators=[import_rule("language")])
    external_id = StringField("External id", validators=[import_rule("external_id")])

    @classmethod
    def of(cls, article: Article) -> "MetadataForm":
        """The form filled with the article's metadata, whatever the request posted."""
        return cls(formdata=None, data={key: value or "" for key, value in metadata_of(article).items()})

    def values(self) -> dict[str, str]:
        """The posted metadata, by field."""
        return {key: getattr(self, key).data or "" for key in EDITABLE}


class DeleteArticleForm(FlaskForm):
    """The deletion's confirmation: a box to tick."""

    confirm = BooleanField("Yes, delete this article and all the work on it",
                           validators=[DataRequired("Tick the box to confirm the deletion; nothing was deleted.")])
