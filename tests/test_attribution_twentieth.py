"""Tests for the twentieth round of attribution rules, written while the eighty-eighth and
eighty-ninth held-out sets were being written: what a named body's tests or report found,
reported by someone else.

Every sentence here is invented for these tests (none comes from a benchmark set).
"""

import pytest

from tests.test_attribution_across import source_of

GENERIC = [{"name": name, "aliases": []} for name in ("anonymous official", "officials", "police", "prosecutors",
                                                       "witnesses")]
LAKE = [*GENERIC, {"name": "Orvenne Water Laboratory", "aliases": []}, {"name": "Tessaly Brun", "aliases": []},
        {"name": "Orvenne Fisheries Board", "aliases": []}]
LAKE_LEAD = ("MARLESCU, Orvenne, Dec 4 (Quillmark Wire) - Hundreds of dead fish washed up on the shore of Lake "
             "Marlescu on Sunday, police said. ")


@pytest.mark.parametrize("document", [
    "tests by the Orvenne Water Laboratory had found",
    "tests by the Orvenne Water Laboratory last month had found",
    "a 2019 report by the Orvenne Water Laboratory had already found",
    "an analysis carried out by the Orvenne Water Laboratory had detected",
])
def test_what_a_named_bodys_tests_or_report_found_is_its_finding(document):
    """The guide: findings of a named body's tests or report, reported by someone else, are the
    body's (nested speech)."""
    text = LAKE_LEAD + f"Tessaly Brun, a fisherman, said {document} ammonia in the water."
    assert source_of(text, "Tessaly Brun", LAKE) == "Orvenne Water Laboratory"


@pytest.mark.parametrize("words", [
    "the Orvenne Water Laboratory had found a buyer for its old boats",  # a thing found, no document
    "tests had found ammonia in the water",  # no author
    "tests by the Orvenne Water Laboratory and the Orvenne Fisheries Board had found ammonia",  # two authors
])
def test_a_finding_with_no_one_documents_author_stays_the_speakers(words):
    text = LAKE_LEAD + f"Tessaly Brun, a fisherman, said {words}."
    assert source_of(text, "Tessaly Brun", LAKE) == "Tessaly Brun"
