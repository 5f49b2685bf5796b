"""The ``claimreview`` export format (SPEC §4): schema.org ClaimReview items for the claims with
a verdict. Pure, like annotate/dataset.py, over the same plain article records."""

from collections.abc import Iterable, Iterator

from annotate.dataset import SCHEMA_VERSION

# ClaimReview rating per status: (ratingValue or None, alternateName); "unverified" is not rated.
RATINGS = {"supported": (5, "True"), "refuted": (1, "False"), "misleading": (3, "Misleading"),
           "unverifiable": (None, "Unverifiable")}
PERSON_KINDS = frozenset({"person"})


def claim_reviews(articles: Iterable[dict], sources: dict[int, dict], organization: dict,
                  base_url: str) -> Iterator[dict]:
    """schema.org ClaimReview items for sentences whose final status is a verdict."""
    for article in articles:
        for sentence in article["sentences"]:
            final = sentence["final"]
            if final and final["status"] in RATINGS:
                yield _claim_review(article, sentence, final, sources, organization, base_url)


def _claim_review(article, sentence, final, sources, organization, base_url) -> dict:
    value, name = RATINGS[final["status"]]
    rating = {"@type": "Rating", "bestRating": 5, "worstRating": 1, "alternateName": name}
    if value is not None:
        rating["ratingValue"] = value
    source = sources.get(final["source_id"])
    if source is not None:
        claim_author = {"@type": "Person" if source["kind"] in PERSON_KINDS else "Organization",
                        "name": source["name"]}
    else:  # the article itself asserts it: its publisher is the author
        claim_author = {"@type": "Organization", "name": article["publisher"] or "unknown publisher"}
    appearance = {"@type": "CreativeWork", "url": article["url"] or f"{base_url}/articles/{article['id']}"}
    if article["title"]:
        appearance["headline"] = article["title"]
    if article["published_at"]:
        appearance["datePublished"] = article["published_at"]
    item = {"@type": "Claim", "author": claim_author, "appearance": appearance}
    if article["published_at"]:
        item["datePublished"] = article["published_at"][:10]
    return {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "url": f"{base_url}/articles/{article['id']}#s{sentence['id']}",
        "claimReviewed": sentence["text"], "reviewRating": rating, "itemReviewed": item,
        "author": organization, "schemaVersion": f"annotate-export/{SCHEMA_VERSION}",
        "datePublished": (final["decided_at"] or "")[:10],
        "identifier": f"sentence-{sentence['id']}",
    }
