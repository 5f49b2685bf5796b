"""The ``claimreview`` export format (SPEC §4): schema.org ClaimReview items for the claims with
a verdict, fit to publish as Google's ClaimReview guidelines describe them. Pure, like
annotate/dataset.py, over the same plain article records.

Choices, for a fact-checker reading the output:

- ``url`` is the page where the desk published its verdict (the final label's ``review_url``),
  else the public claim page of this site (``PUBLIC_BASE_URL`` + ``/claims/<sentence id>``, served
  when ``PUBLIC_CLAIM_PAGES`` is on). Never an admin page behind a login.
- ``reviewRating`` always has ``name`` and ``alternateName`` (the verdict in words). The verdicts
  on the true–false scale also have ``ratingValue`` (5 True, 3 Misleading, 1 False) with
  ``bestRating`` 5 and ``worstRating`` 1. Unverifiable has no place on that scale: it has no
  ``ratingValue`` (nor the scale's bounds), which Google accepts since ``alternateName`` is there.
- ``claimReviewed`` is the sentence with its whitespace collapsed; past 75 characters (Google's
  recommendation) it is cut at the last word boundary that fits and ends with "…". A reviewer's
  span is not used instead: the spans in a record are those the export's filters chose, so a
  filtered export would review a different text than the unfiltered one.
- The claim (``itemReviewed``) is dated on the article's own calendar day (its ``published_at`` as
  the record gives it, in the offset it was published in); its ``appearance`` is the article only
  when the article has a URL; its ``author`` is the source, else the article's publisher, else
  left out.
- ``datePublished`` of the review is the day of the final label's decision (UTC).
"""

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from ipaddress import ip_address
from urllib.parse import urlsplit

from annotate.annotation_input import is_web_url
from annotate.dataset import SCHEMA_VERSION

# ClaimReview rating per status: (ratingValue or None, alternateName); "unverified" is not rated.
RATINGS = {"supported": (5, "True"), "refuted": (1, "False"), "misleading": (3, "Misleading"),
           "unverifiable": (None, "Unverifiable")}
BEST_RATING, WORST_RATING = 5, 1
PERSON_KINDS = frozenset({"person"})
CLAIM_REVIEWED_MAX = 75  # Google: "less than 75 characters" keeps claimReviewed readable
ELLIPSIS = "…"
CLAIM_PAGE = "/claims/{sentence_id}"  # the public claim page (annotate/views/public.py)


class SettingsMissing(ValueError):
    """The configuration lacks what a publishable ClaimReview needs; ``missing`` names it."""

    def __init__(self, missing: list[str]):
        super().__init__("; ".join(missing))
        self.missing = missing


def is_verdict(final: dict | None) -> bool:
    """True for a final label whose status is rated in a ClaimReview."""
    return final is not None and final["status"] in RATINGS


def any_without_review_url(articles: Iterable[dict]) -> bool:
    """True when some claim with a verdict has no ``review_url`` (its url is then a claim page)."""
    return any(is_verdict(s["final"]) and not s["final"].get("review_url")
               for article in articles for s in article["sentences"])


def check_settings(config: Mapping, needs_claim_pages: bool) -> None:
    """Refuse (``SettingsMissing``, naming each setting and what it must be) a configuration
    that would publish a ClaimReview without a reviewing organization, or with links that a
    reader cannot open."""
    missing = []
    if not str(config.get("REVIEWING_ORGANIZATION") or "").strip():
        missing.append("REVIEWING_ORGANIZATION (the reviewing organization's name)")
    if not is_public_url(config.get("REVIEWING_ORGANIZATION_URL")):
        missing.append("REVIEWING_ORGANIZATION_URL (its public site, an http(s) URL)")
    if needs_claim_pages:
        if not is_public_url(config.get("PUBLIC_BASE_URL")):
            missing.append("PUBLIC_BASE_URL (the public http(s) address of this site, for the claim "
                           "pages of the claims whose final label has no review_url)")
        if config.get("PUBLIC_CLAIM_PAGES") is not True:
            missing.append("PUBLIC_CLAIM_PAGES = True (to serve those claim pages)")
    if missing:
        raise SettingsMissing(missing)


def is_public_url(url) -> bool:
    """An http(s) URL with a host that is not this machine (no localhost or loopback address)."""
    if not isinstance(url, str) or not is_web_url(url.strip()):
        return False
    host = urlsplit(url.strip()).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ip_address(host).is_loopback
    except ValueError:  # a name, not an address
        return True


def organization(config: Mapping) -> dict:
    """The reviewing organization (the ClaimReview's ``author``), from checked settings."""
    return {"@type": "Organization", "name": config["REVIEWING_ORGANIZATION"].strip(),
            "url": config["REVIEWING_ORGANIZATION_URL"].strip()}


def claim_page_url(public_base_url: str, sentence_id: int) -> str:
    """The public claim page of a sentence."""
    return public_base_url.strip().rstrip("/") + CLAIM_PAGE.format(sentence_id=sentence_id)


def claim_reviews(articles: Iterable[dict], sources: dict[int, dict], author: dict,
                  public_base_url: str | None) -> Iterator[dict]:
    """schema.org ClaimReview items for sentences whose final status is a verdict.
    ``public_base_url`` may be None only when every such claim has a ``review_url``."""
    for article in articles:
        for sentence in article["sentences"]:
            if is_verdict(sentence["final"]):
                yield _claim_review(article, sentence, sources, author, public_base_url)


def _claim_review(article: dict, sentence: dict, sources: dict, author: dict,
                  public_base_url: str | None) -> dict:
    final = sentence["final"]
    url = final.get("review_url")
    if not url:
        if public_base_url is None:
            raise SettingsMissing(["PUBLIC_BASE_URL"])
        url = claim_page_url(public_base_url, sentence["id"])
    item = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": url,
        "claimReviewed": claim_reviewed(sentence["text"]), "reviewRating": rating(final["status"]),
        "itemReviewed": _claim(article, sources.get(final["source_id"])), "author": author,
        "schemaVersion": f"annotate-export/{SCHEMA_VERSION}", "identifier": f"sentence-{sentence['id']}",
    }
    if final.get("decided_at"):
        item["datePublished"] = day_of(final["decided_at"])
    return item


def rating(status: str) -> dict:
    """The ``reviewRating`` of a verdict (see the module's docstring for Unverifiable)."""
    value, name = RATINGS[status]
    result: dict = {"@type": "Rating", "name": name, "alternateName": name}
    if value is not None:
        result.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return result


def _claim(article: dict, source: dict | None) -> dict:
    """The ``itemReviewed`` Claim: its author, where and when it appeared (what is known)."""
    claim: dict = {"@type": "Claim"}
    if source is not None:
        claim["author"] = {"@type": "Person" if source["kind"] in PERSON_KINDS else "Organization",
                           "name": source["name"]}
    elif article.get("publisher"):  # the article itself asserts it: its publisher is the author
        claim["author"] = {"@type": "Organization", "name": article["publisher"]}
    published = article.get("published_at")
    if published:
        claim["datePublished"] = day_of(published)
    if article.get("url"):
        appearance: dict = {"@type": "CreativeWork", "url": article["url"]}
        if article.get("title"):
            appearance["headline"] = article["title"]
        if published:
            appearance["datePublished"] = published
        if article.get("publisher"):
            appearance["publisher"] = {"@type": "Organization", "name": article["publisher"]}
        claim["appearance"] = appearance
    return claim


def day_of(moment: str) -> str:
    """The calendar day of an ISO 8601 date or time, in the offset it is written in."""
    return datetime.fromisoformat(moment).date().isoformat()


def claim_reviewed(text: str) -> str:
    """The sentence, whitespace collapsed, cut at a word boundary to at most 75 characters."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= CLAIM_REVIEWED_MAX:
        return text
    room = text[:CLAIM_REVIEWED_MAX - len(ELLIPSIS) + 1]  # one more: a space right after still fits
    cut = room.rfind(" ")
    kept = room[:cut] if cut > 0 else room[:-1]  # one long word: cut inside it
    return kept.rstrip(" ,;:-–—") + ELLIPSIS
